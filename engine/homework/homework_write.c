/* homework_write.c — an assignment as the text of a .beside-homework file:
 * a header in plain words, then one homework { } block with every value as
 * a Lua string, escaped so that reading the file gives the same bytes. */
#include <stdio.h>

#include "core/text.h"
#include "homework/homework.h"

static const char header[] =
    "-- An assignment for Beside, the practice game about rescuing and supporting.\n"
    "-- It says which stories to play, the questions to think about afterwards,\n"
    "-- and a practice task for the week. Open it in Beside: drop it onto the\n"
    "-- game window, or run: beside THIS-FILE\n"
    "--\n"
    "-- It holds no personal data about the client: no answers, no results, nothing\n"
    "-- from their playing. Only what is written below, which you can read here.\n"
    "-- You may change it in a plain text editor; check it afterwards with:\n"
    "--   beside assign --check THIS-FILE\n";

/* s as a Lua string in double quotes. UTF-8 is written as it is, so the
 * file stays readable; quotes, backslashes and control characters are
 * escaped. A control character is written as three decimal digits, so a
 * digit after it cannot be read as part of the escape. */
static void put_string(TextBuf *b, const char *s)
{
    textbuf_puts(b, "\"");
    for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
        switch (*p) {
        case '"': textbuf_puts(b, "\\\""); break;
        case '\\': textbuf_puts(b, "\\\\"); break;
        case '\n': textbuf_puts(b, "\\n"); break;
        case '\t': textbuf_puts(b, "\\t"); break;
        case '\r': textbuf_puts(b, "\\r"); break;
        default:
            if (*p < 0x20 || *p == 0x7F)
                textbuf_printf(b, "\\%03d", *p);
            else
                textbuf_append(b, (const char *)p, 1);
        }
    }
    textbuf_puts(b, "\"");
}

static void put_field(TextBuf *b, const char *name, const char *value)
{
    if (!value)
        return;
    textbuf_printf(b, "  %s = ", name);
    put_string(b, value);
    textbuf_puts(b, ",\n");
}

static void put_list(TextBuf *b, const char *name, char *const *items, int n)
{
    textbuf_printf(b, "  %s = {\n", name);
    for (int i = 0; i < n; i++) {
        textbuf_puts(b, "    ");
        put_string(b, items[i] ? items[i] : "");
        textbuf_puts(b, ",\n");
    }
    textbuf_puts(b, "  },\n");
}

char *homework_write(const Homework *hw)
{
    TextBuf b = {0};
    textbuf_puts(&b, header);
    textbuf_puts(&b, "homework {\n");
    put_field(&b, "from", hw->from);
    put_field(&b, "assigned", hw->assigned);
    put_field(&b, "due", hw->due);
    if (hw->n_stories > 0)
        put_list(&b, "stories", hw->stories, hw->n_stories);
    if (hw->drill_rounds > 0)
        textbuf_printf(&b, "  drill = %d,\n", hw->drill_rounds);
    if (hw->check_form == 'A' || hw->check_form == 'B')
        textbuf_printf(&b, "  check_form = \"%c\",\n", hw->check_form);
    if (hw->n_questions > 0)
        put_list(&b, "questions", hw->questions, hw->n_questions);
    put_field(&b, "practice", hw->practice);
    put_field(&b, "note", hw->note);
    if (hw->n_contacts > 0)
        put_list(&b, "contacts", hw->contacts, hw->n_contacts);
    textbuf_puts(&b, "}\n");
    return textbuf_take(&b); /* NULL when an append failed */
}
