/* test_translate.c — a story's translatable lines and their ids, a catalogue
 * written and read back (the round trip), an English line that changed
 * marked for review, removed lines kept as obsolete, and the per-line
 * fallback to English in play. The story is tests/fixtures/translate/tiny.lua;
 * its lines are counted by hand in the comments. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "core/people.h"
#include "core/text.h"
#include "core/translate.h"
#include "script/loader.h"
#include "script/story_lang.h"

#define TINY FIXTURES "/translate/tiny.lua"
#define TINY_PO FIXTURES "/translate/es/tiny.po"

/* tiny.lua: title, teaser, you_play, one content note, two people (6);
 * start: text-1 (text-2 is a function), choice-1 with because and later,
 * choice-2 with because, discuss (7); after: text-1, text-2, choice-1 and
 * its because (4); end: text-1, title, five lens parts, practice, reflect (9). */
enum { TINY_LINES = 26 };

static Story *load(const char *path)
{
    DiagList d = {0};
    Story *s = loader_load_file(path, NULL, &d);
    if (!s) {
        diag_print(&d, stderr);
        fail_msg("%s did not load", path);
    }
    diag_list_clear(&d);
    return s;
}

/* The tiny story with one English line changed and one choice removed. */
static Story *load_edited(void)
{
    size_t len = 0;
    char *err = NULL;
    char *src = loader_read_file(TINY, 1 << 20, &len, &err);
    assert_non_null(src);
    TextBuf b = {0};
    const char *from = strstr(src, "\"Ask what he needs.\"");
    assert_non_null(from);
    textbuf_append(&b, src, (size_t)(from - src));
    textbuf_puts(&b, "\"Ask him what he needs.\"");
    textbuf_puts(&b, from + strlen("\"Ask what he needs.\""));
    char *edited = textbuf_take(&b);
    /* Remove the discuss line (a line the story no longer has). */
    char *discuss = strstr(edited, "  discuss = \"What does Tom need?\",\n");
    assert_non_null(discuss);
    memmove(discuss, discuss + strlen("  discuss = \"What does Tom need?\",\n"),
            strlen(discuss + strlen("  discuss = \"What does Tom need?\",\n")) + 1);
    DiagList d = {0};
    Story *s = loader_load_text("tiny.lua", edited, strlen(edited), NULL, &d);
    diag_print(&d, stderr);
    assert_non_null(s);
    diag_list_clear(&d);
    free(edited);
    free(src);
    return s;
}

static const TrLine *line_with(const TrLines *l, const char *ctxt)
{
    for (int i = 0; i < l->count; i++)
        if (strcmp(l->items[i].ctxt, ctxt) == 0)
            return &l->items[i];
    return NULL;
}

static void test_lines_and_ids(void **state)
{
    (void)state;
    Story *s = load(TINY);
    TrLines l = {0};
    assert_int_equal(translate_lines(s, &l), 0);
    assert_int_equal(l.count, TINY_LINES);
    static const struct { const char *ctxt, *english; } want[] = {
        {"@story/title", "The Loan"},
        {"@story/content-note-1", "money worries"},
        {"@person/tom", "Tom"},
        {"start/text-1", "Tom asks for money."},
        {"start/choice-1/later-1", "He has not paid you back."},
        {"start/choice-2/because", "The problem stays his."},
        {"start/discuss", "What does Tom need?"},
        {"after/text-2", "He looks away."},
        {"end/lens-underlying", "What was under it."},
        {"end/reflect", "A question."},
    };
    for (size_t i = 0; i < sizeof want / sizeof *want; i++) {
        const TrLine *t = line_with(&l, want[i].ctxt);
        if (!t)
            fail_msg("no line %s", want[i].ctxt);
        assert_string_equal(*t->slot, want[i].english);
    }
    /* The text function's paragraph is not a line: its text is made in play. */
    assert_null(line_with(&l, "start/text-2"));
    /* Lines point at where they are in the file. */
    assert_int_equal(line_with(&l, "start/choice-1")->line, 15);
    translate_lines_free(&l);
    story_free(s);
}

static void test_round_trip(void **state)
{
    (void)state;
    Story *s = load(TINY);
    PoFile empty = {0}, po = {0};
    TrMerge st;
    assert_int_equal(translate_merge(s, &empty, "es", "tiny.lua", &po, &st), 0);
    assert_int_equal(st.added, TINY_LINES);
    assert_int_equal(po.count, TINY_LINES + 1); /* and the header */
    /* Translate every line: "ES " and the English. */
    for (int i = 1; i < po.count; i++) {
        free(po.items[i].str);
        po.items[i].str = text_format("ES %s", po.items[i].id);
    }
    char *text = po_write(&po);
    assert_non_null(text);
    PoFile back = {0};
    DiagList d = {0};
    assert_int_equal(po_parse("es.po", text, strlen(text), &back, &d), 0);
    assert_int_equal(back.count, po.count);
    for (int i = 0; i < po.count; i++) {
        assert_string_equal(back.items[i].id, po.items[i].id);
        assert_string_equal(back.items[i].str, po.items[i].str);
        if (i > 0)
            assert_string_equal(back.items[i].ctxt, po.items[i].ctxt);
    }
    /* Written again, the same bytes. */
    char *again = po_write(&back);
    assert_string_equal(again, text);
    /* Extracting again changes nothing. */
    PoFile merged = {0};
    assert_int_equal(translate_merge(s, &back, "es", "tiny.lua", &merged, &st), 0);
    assert_int_equal(st.kept, TINY_LINES);
    assert_int_equal(st.added + st.review + st.obsoleted, 0);
    /* And in play every line is the translation. */
    TrCount n;
    assert_int_equal(translate_apply(s, &back, &n), 0);
    assert_int_equal(n.translated, TINY_LINES);
    assert_string_equal(s->title, "ES The Loan");
    assert_string_equal(s->scenes[0].choices[0].later[0].says, "ES He has not paid you back.");
    assert_string_equal(s->people[1].name, "ES Tom"); /* people are sorted by key: ana, tom */
    assert_null(s->scenes[0].paras[1].text); /* the function's paragraph */
    free(text);
    free(again);
    po_free(&po);
    po_free(&back);
    po_free(&merged);
    diag_list_clear(&d);
    story_free(s);
}

static void test_changed_line_needs_review(void **state)
{
    (void)state;
    Story *s = load(TINY);
    PoFile empty = {0}, po = {0};
    assert_int_equal(translate_merge(s, &empty, "es", "tiny.lua", &po, NULL), 0);
    for (int i = 1; i < po.count; i++) {
        free(po.items[i].str);
        po.items[i].str = text_format("ES %s", po.items[i].id);
    }
    story_free(s);
    s = load_edited();
    PoFile merged = {0};
    TrMerge st;
    assert_int_equal(translate_merge(s, &po, "es", "tiny.lua", &merged, &st), 0);
    assert_int_equal(st.review, 1);
    assert_int_equal(st.obsoleted, 1);
    assert_int_equal(st.added, 0);
    assert_int_equal(st.kept, TINY_LINES - 2);
    const PoEntry *e = po_find(&merged, "start/choice-2", "Ask him what he needs.");
    assert_non_null(e);
    assert_true(e->fuzzy);
    assert_string_equal(e->prev_id, "Ask what he needs.");
    assert_string_equal(e->str, "ES Ask what he needs.");
    int obsolete = 0;
    for (int i = 0; i < merged.count; i++)
        if (merged.items[i].obsolete) {
            obsolete++;
            assert_string_equal(merged.items[i].id, "What does Tom need?");
        }
    assert_int_equal(obsolete, 1);
    /* Written and read, the flag, the old English and the obsolete entry stay. */
    char *text = po_write(&merged);
    assert_non_null(strstr(text, "#, fuzzy\n#| msgid \"Ask what he needs.\"\n"
                                 "msgctxt \"start/choice-2\"\n"));
    assert_non_null(strstr(text, "#~ msgctxt \"start/discuss\"\n"));
    PoFile back = {0};
    DiagList d = {0};
    assert_int_equal(po_parse("es.po", text, strlen(text), &back, &d), 0);
    e = po_find(&back, "start/choice-2", "Ask him what he needs.");
    assert_true(e && e->fuzzy && e->prev_id && strcmp(e->prev_id, "Ask what he needs.") == 0);
    assert_null(po_find(&back, "start/discuss", "What does Tom need?")); /* obsolete */
    /* The changed line is shown in English until someone reviews it. */
    TrCount n;
    translate_apply(s, &back, &n);
    assert_int_equal(n.fuzzy, 1);
    assert_string_equal(s->scenes[0].choices[1].text, "Ask him what he needs.");
    assert_string_equal(s->scenes[0].choices[1].because, "ES The problem stays his.");
    free(text);
    po_free(&po);
    po_free(&merged);
    po_free(&back);
    diag_list_clear(&d);
    story_free(s);
}

static void test_fallback_per_line(void **state)
{
    (void)state;
    /* es/tiny.po translates 9 lines, has one fuzzy (start/discuss), one
     * empty (after/choice-1) and one for English the story no longer has
     * (start/choice-1/because); the other 15 lines are not in it. */
    DiagList d = {0};
    Story *s = story_lang_load(TINY, "es_ES", NULL, &d);
    assert_non_null(s);
    assert_string_equal(s->title, "El préstamo");
    assert_string_equal(s->people[1].name, "Tomás");
    assert_string_equal(s->scenes[0].paras[0].text, "Tom te pide dinero.");
    assert_string_equal(s->scenes[0].discuss, "What does Tom need?");        /* fuzzy */
    assert_string_equal(s->scenes[0].choices[0].text, "Préstaselo.");
    assert_string_equal(s->scenes[0].choices[0].because, "It feels kind now."); /* changed */
    assert_string_equal(s->scenes[0].choices[1].text, "Ask what he needs.");  /* missing */
    assert_string_equal(s->scenes[1].paras[0].text, "A week later.");
    assert_string_equal(s->scenes[1].paras[1].text, "Él aparta la mirada.");
    assert_string_equal(s->scenes[1].choices[0].text, "Carry on.");           /* empty */
    assert_string_equal(s->scenes[2].title, "El final");
    assert_string_equal(s->scenes[2].lens[0], "Una meta.");
    assert_string_equal(s->scenes[2].lens[1], "What she did.");
    /* Who is in a scene comes from the English: "Tom asks for money." names
     * Tom (index 1), though the Spanish calls him "Tomás" and its text says
     * "Tom", so read from the Spanish it would name no one; with two people
     * and no main one, "after" names no one in either language. */
    int who[STORY_MAX_WITH];
    assert_int_equal(people_in_scene(s, 0, who), 1);
    assert_int_equal(who[0], 1);
    assert_int_equal(people_in_scene(s, 1, who), 0);
    story_free(s);
    /* The same counts from the status check --lang uses. */
    s = load(TINY);
    PoFile po = {0};
    assert_int_equal(story_lang_read_po(TINY_PO, &po, &d), 0);
    TrCount n = translate_status(s, &po, NULL, NULL);
    assert_int_equal(n.lines, TINY_LINES);
    assert_int_equal(n.translated, 9);
    assert_int_equal(n.fuzzy, 1);
    assert_int_equal(n.missing, TINY_LINES - 10);
    /* English, and a language with no catalogue, change nothing. */
    Story *en = story_lang_load(TINY, "", NULL, &d);
    Story *fr = story_lang_load(TINY, "fr", NULL, &d);
    assert_string_equal(en->title, "The Loan");
    assert_string_equal(fr->title, "The Loan");
    story_free(en);
    story_free(fr);
    po_free(&po);
    diag_list_clear(&d);
    story_free(s);
}

static void test_po_problems(void **state)
{
    (void)state;
    static const char bad[] = "msgid \"a\"\nmsgstr \"b\"\n\nmsgid \"c\"\nmsgid_plural \"cs\"\n"
                              "msgstr[0] \"d\"\n\nmsgid \"e\nmsgstr \"f\" x\nwhat\n"
                              "msgid \"\\q\"\n";
    PoFile po = {0};
    DiagList d = {0};
    assert_true(po_parse("bad.po", bad, strlen(bad), &po, &d) >= 5);
    int lines[] = {5, 6, 8, 9, 10, 11};
    for (size_t i = 0; i < sizeof lines / sizeof *lines; i++) {
        bool found = false;
        for (int k = 0; k < d.count; k++)
            found |= d.items[k].line == lines[i] && strcmp(d.items[k].file, "bad.po") == 0;
        if (!found)
            fail_msg("no problem reported on bad.po:%d", lines[i]);
    }
    assert_non_null(po_find(&po, NULL, "a")); /* what could be read is kept */
    /* Escapes and long lines survive a round trip. */
    PoFile esc = {0};
    PoEntry e = {.ctxt = text_dup("x/y"), .id = text_dup("He said \"no\".\\ Then\ta\nline"),
                 .str = text_dup("Dijo \"no\". Luego una línea larga, muy larga, tan larga que "
                                 "no cabe en una sola línea de setenta y seis columnas.")};
    po_add(&esc, e);
    char *text = po_write(&esc);
    PoFile back = {0};
    assert_int_equal(po_parse("esc.po", text, strlen(text), &back, &d), 0);
    assert_string_equal(back.items[0].id, esc.items[0].id);
    assert_string_equal(back.items[0].str, esc.items[0].str);
    for (char *p = text; p && *p; p = strchr(p, '\n'), p = p ? p + 1 : NULL)
        assert_true(strcspn(p, "\n") <= 82);
    free(text);
    po_free(&esc);
    po_free(&back);
    po_free(&po);
    diag_list_clear(&d);
}

static void test_pick_lang(void **state)
{
    (void)state;
    char out[16];
    const char *locale_only[6] = {NULL, NULL, NULL, NULL, NULL, "es_ES.UTF-8"};
    translate_pick_lang(locale_only, out, sizeof out);
    assert_string_equal(out, "es_ES");
    const char *option_first[6] = {"es", "fr", NULL, NULL, NULL, "de_DE.UTF-8"};
    translate_pick_lang(option_first, out, sizeof out);
    assert_string_equal(out, "es");
    const char *messages[6] = {NULL, NULL, NULL, NULL, "es_MX.UTF-8@x", "en_GB.UTF-8"};
    translate_pick_lang(messages, out, sizeof out);
    assert_string_equal(out, "es_MX");
    const char *c_locale[6] = {NULL, NULL, NULL, "C.UTF-8", "es_ES.UTF-8", NULL};
    translate_pick_lang(c_locale, out, sizeof out);
    assert_string_equal(out, "");
    const char *english[6] = {NULL, NULL, "en_US:es", NULL, NULL, "es_ES.UTF-8"};
    translate_pick_lang(english, out, sizeof out);
    assert_string_equal(out, "");
    const char *nothing[6] = {NULL, NULL, NULL, NULL, NULL, NULL};
    translate_pick_lang(nothing, out, sizeof out);
    assert_string_equal(out, "");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_lines_and_ids),
        cmocka_unit_test(test_round_trip),
        cmocka_unit_test(test_changed_line_needs_review),
        cmocka_unit_test(test_fallback_per_line),
        cmocka_unit_test(test_po_problems),
        cmocka_unit_test(test_pick_lang),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
