/* story_gen.c — big stories for the benchmarks (story_gen.h). */
#include "story_gen.h"

#include "core/text.h"

static void header(TextBuf *b, const char *id)
{
    textbuf_printf(b, "scenario { id = \"%s\", title = \"Bench\", start = \"s0\",\n"
                      "  meters = { resentment = 20, growth = 30, intimacy = 40 } }\n", id);
}

static void plain(TextBuf *b, int scenes)
{
    for (int i = 0; i < scenes; i++) {
        int a = i + 1, c = i + 2, d = i + 3;
        textbuf_printf(b, "scene \"s%d\" {\n  \"Scene %d. Someone you love has a problem.\",\n"
                          "  { when = \"asked\", \"You asked them first last time.\" },\n", i, i);
        if (a >= scenes) {
            textbuf_puts(b, "  neutral { \"Go on.\", because = \"b\", next = { { when = "
                            "\"resentment >= 50\", \"hard\" }, \"good\" } },\n}\n");
            continue;
        }
        textbuf_printf(b,
            "  rescue { \"Fix it.\", because = \"b\", effects = { resentment = \"+%d\", growth = \"%%-10\" },"
            " next = \"s%d\" },\n"
            "  support { \"Ask first.\", because = \"b\", effects = { growth = \"%%+10\", resentment = \"-%d\" },"
            " set = \"asked\", next = \"s%d\" },\n"
            "  boundary { \"Say no kindly.\", because = \"b\", when = \"growth >= 20\","
            " effects = { intimacy = \"+%d\" }, clear = \"asked\", next = { { when = \"asked\", \"s%d\" }, \"s%d\" } },\n}\n",
            1 + i % 3, a, 1 + i % 2, c < scenes ? c : a, 1 + i % 4, d < scenes ? d : a, a);
    }
}

/* The same scenes as plain(), declared by a loop. */
static void compact(TextBuf *b, int scenes)
{
    textbuf_printf(b, "local n = %d\n", scenes);
    textbuf_puts(b,
        "local function id(k, i) return \"s\" .. (k < n and k or i + 1) end\n"
        "for i = 0, n - 2 do\n"
        "  scene(\"s\" .. i) {\n"
        "    \"Scene \" .. i .. \". Someone you love has a problem.\",\n"
        "    { when = \"asked\", \"You asked them first last time.\" },\n"
        "    rescue { \"Fix it.\", because = \"b\", effects = { resentment = \"+\" .. (1 + i % 3),"
        " growth = \"%-10\" }, next = \"s\" .. (i + 1) },\n"
        "    support { \"Ask first.\", because = \"b\", effects = { growth = \"%+10\","
        " resentment = \"-\" .. (1 + i % 2) }, set = \"asked\", next = id(i + 2, i) },\n"
        "    boundary { \"Say no kindly.\", because = \"b\", when = \"growth >= 20\","
        " effects = { intimacy = \"+\" .. (1 + i % 4) }, clear = \"asked\","
        " next = { { when = \"asked\", id(i + 3, i) }, \"s\" .. (i + 1) } },\n"
        "  }\n"
        "end\n"
        "scene(\"s\" .. (n - 1)) {\n"
        "  \"Scene \" .. (n - 1) .. \". Someone you love has a problem.\",\n"
        "  { when = \"asked\", \"You asked them first last time.\" },\n"
        "  neutral { \"Go on.\", because = \"b\", next = { { when = \"resentment >= 50\","
        " \"hard\" }, \"good\" } },\n"
        "}\n");
}

char *story_gen(int scenes, const char *id, bool is_compact)
{
    TextBuf b = {0};
    header(&b, id);
    if (is_compact)
        compact(&b, scenes);
    else
        plain(&b, scenes);
    textbuf_puts(&b, "ending \"good\" { \"Good.\" }\nending \"hard\" { \"Hard.\" }\n");
    return textbuf_take(&b);
}
