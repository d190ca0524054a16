/* test_textedit.c — the journal's editor core against a fake font: whole
 * characters removed and moved over, pasted text cleaned, the 100,000-byte
 * cap, carets and clicks on wrapped and blank lines, the composition, and the
 * paragraph-by-paragraph layout agreeing with a fresh one. Lines are shown as
 * "one |two": '|' between lines. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "ui/textedit.h"

/* A fake font: every code point `px` wide, except the ones that join the
 * character before them (marks, variation selectors, skin tones, ZWJ), which
 * are 0. With kern set, n characters are 10n + n*n/50 wide: the whole wider
 * than the sum of its parts, as kerning can make it. Counts what it measured. */
typedef struct {
    int px, kern;
    size_t calls, measured;
} Font;

static int joins(unsigned long cp)
{
    return (cp >= 0x300 && cp <= 0x36F) || (cp >= 0xFE00 && cp <= 0xFE0F) || cp == 0x200D ||
           (cp >= 0x1F3FB && cp <= 0x1F3FF) || (cp >= 0x20D0 && cp <= 0x20FF);
}

static int font_measure(void *ud, const char *s, size_t len)
{
    Font *f = ud;
    int n = 0;
    f->calls++;
    f->measured += len;
    for (size_t i = 0; i < len;) {
        const unsigned char *u = (const unsigned char *)s + i;
        size_t k = *u < 0x80 ? 1 : *u < 0xE0 ? 2 : *u < 0xF0 ? 3 : 4;
        unsigned long cp = k == 1 ? *u : *u & (0x7Fu >> k);
        for (size_t j = 1; j < k && i + j < len; j++)
            cp = cp << 6 | (u[j] & 0x3F);
        n += !joins(cp);
        i += k;
    }
    return f->kern ? 10 * n + n * n / 50 : f->px * n;
}

static Font font = {10, 0, 0, 0};
#define LH 20 /* line height */

static TextEdit *editor(const char *text, int width)
{
    TextEdit *ed = textedit_new();
    assert_non_null(ed);
    font = (Font){10, 0, 0, 0};
    textedit_set_layout(ed, width, LH, font_measure, &font);
    assert_int_equal(textedit_set_text(ed, text, strlen(text)), TEXTEDIT_OK);
    return ed;
}

static const char *text(const TextEdit *ed)
{
    return textedit_text(ed, NULL);
}

static const char *show(TextEdit *ed)
{
    static char buf[8192];
    size_t count, o = 0;
    const char *v = textedit_view(ed, NULL);
    const TextEditLine *l = textedit_lines(ed, &count);
    assert_non_null(l);
    buf[0] = '\0';
    for (size_t i = 0; i < count; i++)
        o += (size_t)snprintf(buf + o, sizeof buf - o, "%s%.*s", i ? "|" : "", (int)l[i].len,
                              v + l[i].start);
    return buf;
}

static TextEditCaret caret(TextEdit *ed)
{
    TextEditCaret c;
    assert_int_equal(textedit_caret(ed, &c), TEXTEDIT_OK);
    assert_int_equal(c.y, (int)c.line * LH);
    assert_int_equal(c.height, LH);
    return c;
}

#define assert_caret(ed, l, xx)                                                                    \
    do {                                                                                           \
        TextEditCaret c_ = caret(ed);                                                              \
        assert_int_equal(c_.line, (l));                                                            \
        assert_int_equal(c_.x, (xx));                                                              \
    } while (0)

static void move(TextEdit *ed, TextEditMove how)
{
    assert_int_equal(textedit_move(ed, how), TEXTEDIT_OK);
}

static size_t at(TextEdit *ed, int x, int y)
{
    size_t off;
    assert_int_equal(textedit_offset_at(ed, x, y, &off), TEXTEDIT_OK);
    return off;
}

static void insert(TextEdit *ed, const char *s)
{
    assert_int_equal(textedit_insert(ed, s, strlen(s)), TEXTEDIT_OK);
}

/* Characters of 2, 3 and 4 bytes, and ones made of several code points. */
#define E_ACUTE "\xc3\xa9"
#define EURO "\xe2\x82\xac"
#define SMILE "\xf0\x9f\x99\x82"
#define E_COMBINING "e\xcc\x81"
#define FAMILY "\xf0\x9f\x91\xa8\xe2\x80\x8d\xf0\x9f\x91\xa9\xe2\x80\x8d\xf0\x9f\x91\xa7\xe2\x80\x8d\xf0\x9f\x91\xa6"
#define FLAG_FR "\xf0\x9f\x87\xab\xf0\x9f\x87\xb7"
#define FLAG_DE "\xf0\x9f\x87\xa9\xf0\x9f\x87\xaa"
#define THUMB_TONE "\xf0\x9f\x91\x8d\xf0\x9f\x8f\xbd"
#define KEYCAP_1 "1\xef\xb8\x8f\xe2\x83\xa3"
#define HEART_VS16 "\xe2\x9d\xa4\xef\xb8\x8f"

static const char *const whole[] = {E_ACUTE, EURO, SMILE, E_COMBINING, FAMILY,
                                    FLAG_FR, THUMB_TONE, KEYCAP_1, HEART_VS16};

static void empty_text_has_one_empty_line_and_a_caret(void **state)
{
    (void)state;
    TextEdit *ed = editor("", 100);
    size_t count, len = 99;
    const TextEditLine *l = textedit_lines(ed, &count);
    assert_int_equal(count, 1);
    assert_int_equal(l[0].start, 0);
    assert_int_equal(l[0].len, 0);
    assert_string_equal(textedit_text(ed, &len), "");
    assert_int_equal(len, 0);
    assert_caret(ed, 0, 0);
    assert_int_equal(textedit_backspace(ed), 0);
    assert_int_equal(textedit_delete(ed), 0);
    for (int how = TEXTEDIT_LEFT; how <= TEXTEDIT_TEXT_END; how++) {
        move(ed, (TextEditMove)how);
        assert_int_equal(textedit_cursor(ed), 0);
    }
    assert_int_equal(at(ed, 500, 500), 0);
    assert_int_equal(at(ed, -5, -5), 0);
    assert_int_equal(textedit_insert(ed, "", 0), TEXTEDIT_OK);
    assert_int_equal(textedit_insert(ed, NULL, 0), TEXTEDIT_OK);
    assert_int_equal(textedit_set_text(ed, NULL, 0), TEXTEDIT_OK);
    assert_int_equal(textedit_changes(ed), 0);
    textedit_free(ed);
    textedit_free(NULL);

    /* With no layout set: no wrapping, 1 px characters on 1 px lines. */
    ed = textedit_new();
    insert(ed, "ab" E_ACUTE "\ncd");
    assert_string_equal(show(ed), "ab" E_ACUTE "|cd");
    TextEditCaret c;
    assert_int_equal(textedit_caret(ed, &c), TEXTEDIT_OK);
    assert_true(c.line == 1 && c.x == 2 && c.y == 1 && c.height == 1);
    textedit_free(ed);
}

static void typed_text_goes_in_at_the_cursor(void **state)
{
    (void)state;
    TextEdit *ed = editor("", 1000);
    insert(ed, "h");
    insert(ed, E_ACUTE "llo");
    assert_string_equal(text(ed), "h" E_ACUTE "llo");
    assert_int_equal(textedit_cursor(ed), 6);
    textedit_set_cursor(ed, 1);
    insert(ed, "\xe2\x80\x9c"); /* a curly quote */
    assert_string_equal(text(ed), "h\xe2\x80\x9c" E_ACUTE "llo");
    assert_int_equal(textedit_cursor(ed), 4);
    /* set_cursor never lands inside a UTF-8 sequence, nor past the end. */
    textedit_set_cursor(ed, 5);
    assert_int_equal(textedit_cursor(ed), 4);
    textedit_set_cursor(ed, 3);
    assert_int_equal(textedit_cursor(ed), 1);
    textedit_set_cursor(ed, 1000);
    assert_int_equal(textedit_cursor(ed), 9);
    assert_int_equal(textedit_changes(ed), 3);
    textedit_free(ed);
}

static void backspace_and_delete_remove_whole_characters(void **state)
{
    (void)state;
    char buf[64];
    for (size_t i = 0; i < sizeof whole / sizeof *whole; i++) {
        size_t n = strlen(whole[i]);
        snprintf(buf, sizeof buf, "a%sb", whole[i]);
        TextEdit *ed = editor(buf, 1000);
        textedit_set_cursor(ed, 1 + n);
        assert_int_equal(textedit_backspace(ed), 1);
        assert_string_equal(text(ed), "ab");
        assert_int_equal(textedit_cursor(ed), 1);

        assert_int_equal(textedit_set_text(ed, buf, strlen(buf)), TEXTEDIT_OK);
        textedit_set_cursor(ed, 1);
        assert_int_equal(textedit_delete(ed), 1);
        assert_string_equal(text(ed), "ab");
        assert_int_equal(textedit_cursor(ed), 1);

        /* The character alone, from either side. */
        assert_int_equal(textedit_set_text(ed, whole[i], n), TEXTEDIT_OK);
        assert_int_equal(textedit_backspace(ed), 1);
        assert_string_equal(text(ed), "");
        assert_int_equal(textedit_set_text(ed, whole[i], n), TEXTEDIT_OK);
        move(ed, TEXTEDIT_TEXT_START);
        assert_int_equal(textedit_delete(ed), 1);
        assert_string_equal(text(ed), "");
        textedit_free(ed);
    }
}

static void the_cursor_moves_over_whole_characters(void **state)
{
    (void)state;
    char buf[256] = "";
    size_t stops[16], count = 0;
    stops[count++] = 0;
    for (size_t i = 0; i < sizeof whole / sizeof *whole; i++) {
        strcat(buf, whole[i]);
        stops[count++] = strlen(buf);
    }
    TextEdit *ed = editor(buf, 10000);
    move(ed, TEXTEDIT_TEXT_START);
    for (size_t i = 1; i < count; i++) {
        move(ed, TEXTEDIT_RIGHT);
        assert_int_equal(textedit_cursor(ed), stops[i]);
        /* Each is one character on screen: 10 px, a flag 20. */
        assert_int_equal(caret(ed).x, font_measure(&(Font){10, 0, 0, 0}, buf, stops[i]));
    }
    move(ed, TEXTEDIT_RIGHT);
    assert_int_equal(textedit_cursor(ed), stops[count - 1]);
    for (size_t i = count - 1; i-- > 0;) {
        move(ed, TEXTEDIT_LEFT);
        assert_int_equal(textedit_cursor(ed), stops[i]);
    }
    move(ed, TEXTEDIT_LEFT);
    assert_int_equal(textedit_cursor(ed), 0);
    /* Backspace from the end takes them one by one, last first. */
    move(ed, TEXTEDIT_TEXT_END);
    for (size_t i = count - 1; i > 0; i--) {
        assert_int_equal(textedit_backspace(ed), 1);
        assert_int_equal(textedit_cursor(ed), stops[i - 1]);
        assert_memory_equal(text(ed), buf, stops[i - 1]);
    }
    assert_string_equal(text(ed), "");
    textedit_free(ed);
}

static void flags_pair_from_the_start_of_a_run(void **state)
{
    (void)state;
    /* France, Germany, then a lone regional indicator I. */
    TextEdit *ed = editor("x " FLAG_FR FLAG_DE "\xf0\x9f\x87\xae", 1000);
    assert_int_equal(textedit_backspace(ed), 1);
    assert_string_equal(text(ed), "x " FLAG_FR FLAG_DE);
    assert_int_equal(textedit_backspace(ed), 1);
    assert_string_equal(text(ed), "x " FLAG_FR);
    insert(ed, FLAG_DE);
    move(ed, TEXTEDIT_LEFT);
    assert_int_equal(textedit_cursor(ed), 10);
    move(ed, TEXTEDIT_LEFT);
    assert_int_equal(textedit_cursor(ed), 2);
    assert_int_equal(textedit_delete(ed), 1);
    assert_string_equal(text(ed), "x " FLAG_DE);
    textedit_free(ed);
}

static void backspace_at_a_line_start_joins_the_lines(void **state)
{
    (void)state;
    TextEdit *ed = editor("one\ntwo", 1000);
    textedit_set_cursor(ed, 4);
    assert_int_equal(textedit_backspace(ed), 1);
    assert_string_equal(text(ed), "onetwo");
    assert_string_equal(show(ed), "onetwo");
    insert(ed, "\n");
    assert_string_equal(show(ed), "one|two");
    assert_caret(ed, 1, 0);
    move(ed, TEXTEDIT_LEFT);
    assert_int_equal(textedit_delete(ed), 1);
    assert_string_equal(text(ed), "onetwo");
    textedit_free(ed);
}

static void pasted_line_ends_become_newlines(void **state)
{
    (void)state;
    TextEdit *ed = editor("", 1000);
    insert(ed, "one\r\ntwo\rthree\n\r\nfour\r");
    assert_string_equal(text(ed), "one\ntwo\nthree\n\nfour\n");
    assert_string_equal(show(ed), "one|two|three||four|");
    /* A CR at the end of one paste and an LF at the start of the next are
     * two line ends: each paste is cleaned on its own. U+2028 and U+2029
     * end lines too. */
    insert(ed, "\n\xe2\x80\xa8x\xe2\x80\xa9");
    assert_string_equal(text(ed), "one\ntwo\nthree\n\nfour\n\n\nx\n");
    textedit_free(ed);
}

static void invalid_bytes_become_replacement_characters(void **state)
{
    (void)state;
#define FFFD "\xef\xbf\xbd"
    const char *cases[][2] = {
        {"a\xff" "b", "a" FFFD "b"},
        {"\xc3(", FFFD "("},                       /* cut short */
        {"\xe2\x82", FFFD},                        /* cut short at the end: one */
        {"\xf0\x9f\x99" "x", FFFD "x"},            /* 3 of 4 bytes: one */
        {"\xc0\xaf", FFFD FFFD},                   /* overlong '/' */
        {"\xed\xa0\x80", FFFD FFFD FFFD},          /* a surrogate */
        {"\xf4\x90\x80\x80", FFFD FFFD FFFD FFFD}, /* past U+10FFFF */
        {"\x80\xbf", FFFD FFFD},                   /* stray continuation bytes */
        {"\xff" E_ACUTE, FFFD E_ACUTE},            /* a good character after a bad byte */
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        TextEdit *ed = editor("", 1000);
        insert(ed, cases[i][0]);
        assert_string_equal(text(ed), cases[i][1]);
        assert_int_equal(textedit_cursor(ed), strlen(cases[i][1]));
        /* And a saved page read back is cleaned the same way. */
        assert_int_equal(textedit_set_text(ed, cases[i][0], strlen(cases[i][0])), TEXTEDIT_OK);
        assert_string_equal(text(ed), cases[i][1]);
        textedit_free(ed);
    }
    /* A NUL inside the pasted bytes is dropped, not an end. */
    TextEdit *ed = editor("", 1000);
    assert_int_equal(textedit_insert(ed, "a\0b", 3), TEXTEDIT_OK);
    assert_string_equal(text(ed), "ab");
    textedit_free(ed);
#undef FFFD
}

static void control_characters_go_and_tabs_become_spaces(void **state)
{
    (void)state;
    TextEdit *ed = editor("", 1000);
    insert(ed, "a\tb\x01\x1b[0m\x7f" "c\xc2\x85\xc2\x9f" "d\xc2\xa0" "e");
    assert_string_equal(text(ed), "a    b[0mcd\xc2\xa0" "e");
    textedit_free(ed);
}

static void the_text_is_capped_at_a_hundred_thousand_bytes(void **state)
{
    (void)state;
    char *big = malloc(TEXTEDIT_MAX_BYTES + 2);
    assert_non_null(big);
    memset(big, 'a', TEXTEDIT_MAX_BYTES + 1);
    big[TEXTEDIT_MAX_BYTES + 1] = '\0';
    TextEdit *ed = editor("", 700);
    size_t len;

    /* Too long at once: nothing goes in. */
    assert_int_equal(textedit_insert(ed, big, TEXTEDIT_MAX_BYTES + 1), TEXTEDIT_TOO_LONG);
    assert_string_equal(text(ed), "");
    assert_int_equal(textedit_set_text(ed, big, TEXTEDIT_MAX_BYTES + 1), TEXTEDIT_TOO_LONG);
    assert_int_equal(textedit_changes(ed), 0);

    /* Exactly the cap fits; then not one byte more, nor a tab's spaces. */
    assert_int_equal(textedit_insert(ed, big, TEXTEDIT_MAX_BYTES - 3), TEXTEDIT_OK);
    assert_int_equal(textedit_insert(ed, "\t", 1), TEXTEDIT_TOO_LONG);
    assert_int_equal(textedit_insert(ed, "\xff\xff", 2), TEXTEDIT_TOO_LONG); /* 6 bytes */
    assert_int_equal(textedit_insert(ed, EURO, 3), TEXTEDIT_OK);
    textedit_text(ed, &len);
    assert_int_equal(len, TEXTEDIT_MAX_BYTES);
    assert_int_equal(textedit_insert(ed, "b", 1), TEXTEDIT_TOO_LONG);
    assert_int_equal(textedit_changes(ed), 2);
    /* Text that cleans to nothing fits; removing makes room again. */
    assert_int_equal(textedit_insert(ed, "\x01\x02", 2), TEXTEDIT_OK);
    assert_int_equal(textedit_backspace(ed), 1);
    insert(ed, "b");
    textedit_text(ed, &len);
    assert_int_equal(len, TEXTEDIT_MAX_BYTES - 2);
    /* A CRLF counts as the one byte it becomes. */
    assert_int_equal(textedit_insert(ed, "\r\n\r\n", 4), TEXTEDIT_OK);
    textedit_text(ed, &len);
    assert_int_equal(len, TEXTEDIT_MAX_BYTES);
    /* The set text may be the cap exactly. */
    assert_int_equal(textedit_set_text(ed, big, TEXTEDIT_MAX_BYTES), TEXTEDIT_OK);
    textedit_free(ed);
    free(big);
}

static void wrapped_lines_keep_the_spaces_at_the_break(void **state)
{
    (void)state;
    /* 100 px: ten characters a line. */
    TextEdit *ed = editor("the quick brown fox jumps over the lazy dog", 100);
    assert_string_equal(show(ed), "the quick |brown fox |jumps over |the lazy |dog");
    assert_int_equal(textedit_set_text(ed, "hello     world", 15), TEXTEDIT_OK);
    assert_string_equal(show(ed), "hello     |world");
    /* Leading spaces on a line after a newline are indentation and stay. */
    assert_int_equal(textedit_set_text(ed, "a\n    indented text", 19), TEXTEDIT_OK);
    assert_string_equal(show(ed), "a|    |indented |text");
    /* A word wider than a line breaks between characters, and an em dash may
     * end a line. */
    assert_int_equal(textedit_set_text(ed, "to extraordinarily yes", 22), TEXTEDIT_OK);
    assert_string_equal(show(ed), "to |extraordin|arily yes");
    const char *dash = "I said\xe2\x80\x94no more";
    textedit_set_layout(ed, 70, LH, font_measure, &font);
    assert_int_equal(textedit_set_text(ed, dash, strlen(dash)), TEXTEDIT_OK);
    assert_string_equal(show(ed), "I said\xe2\x80\x94|no more");
    /* Whole characters only, even when one is wider than the line. */
    textedit_set_layout(ed, 15, LH, font_measure, &font);
    assert_int_equal(textedit_set_text(ed, FAMILY E_COMBINING "x", strlen(FAMILY E_COMBINING "x")),
                     TEXTEDIT_OK);
    assert_string_equal(show(ed), FAMILY "|" E_COMBINING "|x");
    textedit_free(ed);
}

/* Every character boundary of a text has a caret on a line that holds it,
 * and a click on that caret finds the same offset. */
static void every_offset_has_a_caret(void **state)
{
    (void)state;
    const char *texts[] = {"", "\n", "\n\n", "a", "a\n", "hello world foo\n\nbar  \n   ",
                           "to extraordinarily\n" SMILE SMILE SMILE " " FAMILY "   x",
                           "wide       spaces       here          "};
    for (size_t k = 0; k < sizeof texts / sizeof *texts; k++) {
        TextEdit *ed = editor(texts[k], 100);
        size_t n = strlen(texts[k]), count;
        const TextEditLine *l = textedit_lines(ed, &count);
        assert_non_null(l);
        for (size_t v = 0; v <= n; v++) {
            if (v < n && ((unsigned char)texts[k][v] & 0xC0) == 0x80)
                continue;
            textedit_set_cursor(ed, v);
            TextEditCaret c = caret(ed);
            assert_true(c.line < count);
            assert_true(l[c.line].start <= v && v <= l[c.line].start + l[c.line].len);
            assert_true(c.x >= 0 && c.x <= 100);
            /* Clamped spaces share the edge; elsewhere the click round-trips,
             * but for offsets inside a character of several code points,
             * which give one of that character's ends. */
            if (c.x < 100) {
                size_t back = at(ed, c.x, c.y + LH / 2);
                if (back != v) {
                    textedit_set_cursor(ed, back);
                    move(ed, back < v ? TEXTEDIT_RIGHT : TEXTEDIT_LEFT);
                    assert_true(back < v ? textedit_cursor(ed) > v : textedit_cursor(ed) < v);
                }
            }
        }
        textedit_free(ed);
    }
}

static void home_and_end_go_to_the_ends_of_the_line_on_screen(void **state)
{
    (void)state;
    TextEdit *ed = editor("hello world foo\nbar", 100);
    assert_string_equal(show(ed), "hello |world foo|bar");
    textedit_set_cursor(ed, 8); /* in "world" */
    move(ed, TEXTEDIT_LINE_START);
    assert_int_equal(textedit_cursor(ed), 6);
    assert_caret(ed, 1, 0);
    move(ed, TEXTEDIT_LINE_END);
    assert_int_equal(textedit_cursor(ed), 15);
    assert_caret(ed, 1, 90);
    move(ed, TEXTEDIT_UP);
    assert_caret(ed, 0, 60); /* "hello " is 60 px: the end of line 0 */
    assert_int_equal(textedit_cursor(ed), 6);
    /* End of a wrapped line: the same offset as the next line's start, but
     * the caret stays at the end of this one, and stays with End again. */
    move(ed, TEXTEDIT_LINE_START);
    assert_int_equal(textedit_cursor(ed), 0);
    move(ed, TEXTEDIT_LINE_END);
    assert_int_equal(textedit_cursor(ed), 6);
    assert_caret(ed, 0, 60);
    move(ed, TEXTEDIT_LINE_END);
    assert_caret(ed, 0, 60);
    move(ed, TEXTEDIT_LINE_START);
    assert_int_equal(textedit_cursor(ed), 0);
    /* From there, right goes on into the next line, left back to its start. */
    move(ed, TEXTEDIT_LINE_END);
    move(ed, TEXTEDIT_RIGHT);
    assert_int_equal(textedit_cursor(ed), 7);
    assert_caret(ed, 1, 10);
    move(ed, TEXTEDIT_LEFT);
    assert_caret(ed, 1, 0);
    /* Typing at a wrapped line's end goes in at that offset. */
    move(ed, TEXTEDIT_UP);
    move(ed, TEXTEDIT_LINE_END);
    insert(ed, "x");
    assert_string_equal(show(ed), "hello |xworld foo|bar");
    assert_caret(ed, 1, 10);
    assert_int_equal(textedit_backspace(ed), 1);
    /* Ctrl+Home and Ctrl+End. */
    move(ed, TEXTEDIT_TEXT_END);
    assert_int_equal(textedit_cursor(ed), 19);
    assert_caret(ed, 2, 30);
    move(ed, TEXTEDIT_LINE_START);
    assert_int_equal(textedit_cursor(ed), 16);
    move(ed, TEXTEDIT_TEXT_START);
    assert_int_equal(textedit_cursor(ed), 0);
    textedit_free(ed);
}

static void blank_lines_are_lines_of_their_own(void **state)
{
    (void)state;
    TextEdit *ed = editor("one\n\n\nfour", 1000);
    assert_string_equal(show(ed), "one|||four");
    move(ed, TEXTEDIT_TEXT_START);
    move(ed, TEXTEDIT_LINE_END);
    assert_caret(ed, 0, 30);
    const size_t down[] = {4, 5, 9, 10};
    for (size_t i = 0; i < 4; i++) {
        move(ed, TEXTEDIT_DOWN);
        assert_int_equal(textedit_cursor(ed), down[i]);
    }
    assert_caret(ed, 3, 40);
    move(ed, TEXTEDIT_UP);
    move(ed, TEXTEDIT_UP);
    assert_int_equal(textedit_cursor(ed), 4);
    assert_caret(ed, 1, 0);
    move(ed, TEXTEDIT_LINE_END);
    assert_int_equal(textedit_cursor(ed), 4);
    move(ed, TEXTEDIT_LINE_START);
    assert_int_equal(textedit_cursor(ed), 4);
    /* Typing on a blank line. */
    insert(ed, "two");
    assert_string_equal(show(ed), "one|two||four");
    assert_caret(ed, 1, 30);
    textedit_free(ed);
}

static void up_and_down_keep_the_x_across_a_short_line(void **state)
{
    (void)state;
    TextEdit *ed = editor("abcdefgh\nab\nabcdefgh", 1000);
    textedit_set_cursor(ed, 6);
    assert_caret(ed, 0, 60);
    move(ed, TEXTEDIT_DOWN);
    assert_int_equal(textedit_cursor(ed), 11);
    assert_caret(ed, 1, 20);
    move(ed, TEXTEDIT_DOWN);
    assert_int_equal(textedit_cursor(ed), 18);
    assert_caret(ed, 2, 60);
    move(ed, TEXTEDIT_UP);
    move(ed, TEXTEDIT_UP);
    assert_int_equal(textedit_cursor(ed), 6);
    /* Any other move forgets the x. */
    move(ed, TEXTEDIT_DOWN);
    move(ed, TEXTEDIT_LEFT);
    move(ed, TEXTEDIT_DOWN);
    assert_int_equal(textedit_cursor(ed), 13);
    /* Down on the last line goes to the end, up on the first to the start;
     * the x is kept for coming back. */
    move(ed, TEXTEDIT_DOWN);
    assert_int_equal(textedit_cursor(ed), 20);
    move(ed, TEXTEDIT_UP);
    assert_int_equal(textedit_cursor(ed), 10);
    textedit_set_cursor(ed, 3);
    move(ed, TEXTEDIT_UP);
    assert_int_equal(textedit_cursor(ed), 0);
    move(ed, TEXTEDIT_DOWN);
    assert_int_equal(textedit_cursor(ed), 11);
    assert_caret(ed, 1, 20);

    /* The same across lines that are wrapped, not ended by newlines. */
    textedit_set_layout(ed, 50, LH, font_measure, &font);
    assert_int_equal(textedit_set_text(ed, "abcd ab abcd", 12), TEXTEDIT_OK);
    assert_string_equal(show(ed), "abcd |ab |abcd");
    textedit_set_cursor(ed, 3);
    move(ed, TEXTEDIT_DOWN);
    assert_int_equal(textedit_cursor(ed), 8);
    assert_caret(ed, 1, 30);
    move(ed, TEXTEDIT_DOWN);
    assert_int_equal(textedit_cursor(ed), 11);
    assert_caret(ed, 2, 30);
    /* Landing at a wrapped line's end shows the caret on that line. */
    move(ed, TEXTEDIT_TEXT_END);
    move(ed, TEXTEDIT_UP);
    assert_int_equal(textedit_cursor(ed), 8);
    assert_caret(ed, 1, 30);
    move(ed, TEXTEDIT_UP);
    assert_int_equal(textedit_cursor(ed), 4);
    assert_caret(ed, 0, 40);
    textedit_free(ed);
}

static void clicks_find_the_nearest_offset_on_every_line(void **state)
{
    (void)state;
    TextEdit *ed = editor("hello world foo\n\nbar", 100);
    assert_string_equal(show(ed), "hello |world foo||bar");
    /* Line 0, "hello ": the nearest boundary; a tie goes left. */
    assert_int_equal(at(ed, 0, 0), 0);
    assert_int_equal(at(ed, 4, 5), 0);
    assert_int_equal(at(ed, 5, 5), 0);
    assert_int_equal(at(ed, 6, 5), 1);
    assert_int_equal(at(ed, 24, 19), 2);
    assert_int_equal(at(ed, 26, 0), 3);
    /* Past the end of a wrapped line: its end, and the caret stays there. */
    assert_int_equal(at(ed, 1000, 10), 6);
    assert_int_equal(textedit_click(ed, 1000, 10), TEXTEDIT_OK);
    assert_int_equal(textedit_cursor(ed), 6);
    assert_caret(ed, 0, 60);
    /* Left of line 1 is the same offset, shown on line 1. */
    assert_int_equal(textedit_click(ed, -30, 25), TEXTEDIT_OK);
    assert_int_equal(textedit_cursor(ed), 6);
    assert_caret(ed, 1, 0);
    assert_int_equal(at(ed, 35, 30), 9);
    assert_int_equal(at(ed, 1000, 30), 15);
    /* The blank line, the last line, and past it. */
    assert_int_equal(at(ed, 50, 45), 16);
    assert_int_equal(at(ed, 0, 45), 16);
    assert_int_equal(at(ed, 15, 65), 18);
    assert_int_equal(at(ed, 1000, 65), 20);
    assert_int_equal(at(ed, 1000, 100000), 20);
    assert_int_equal(at(ed, 15, INT_MAX), 18);
    assert_int_equal(at(ed, 25, -40), 2);
    assert_int_equal(at(ed, INT_MIN, INT_MIN), 0);
    assert_int_equal(at(ed, INT_MAX, INT_MAX), 20);
    assert_int_equal(textedit_click(ed, 15, 65), TEXTEDIT_OK);
    assert_int_equal(textedit_cursor(ed), 18);
    assert_caret(ed, 3, 10);
    /* A click on a character made of several code points. */
    assert_int_equal(textedit_set_text(ed, "a" FAMILY "b", strlen("a" FAMILY "b")), TEXTEDIT_OK);
    assert_int_equal(at(ed, 29, 0), 1); /* four people: 40 px */
    assert_int_equal(at(ed, 31, 0), 1 + strlen(FAMILY));
    textedit_free(ed);
}

static void typing_at_the_end_of_a_long_word_wraps_it(void **state)
{
    (void)state;
    /* Five characters a line. */
    TextEdit *ed = editor("", 50);
    const char *word = "abcdefghijkl";
    for (size_t k = 1; k <= strlen(word); k++) {
        assert_int_equal(textedit_insert(ed, word + k - 1, 1), TEXTEDIT_OK);
        assert_caret(ed, (k - 1) / 5, (int)((k - 1) % 5 + 1) * 10);
    }
    assert_string_equal(show(ed), "abcde|fghij|kl");
    /* A space after a full line hangs at its edge; the next word wraps. */
    assert_int_equal(textedit_set_text(ed, "abcde", 5), TEXTEDIT_OK);
    insert(ed, " ");
    assert_string_equal(show(ed), "abcde ");
    assert_caret(ed, 0, 50);
    insert(ed, " ");
    assert_caret(ed, 0, 50);
    insert(ed, "f");
    assert_string_equal(show(ed), "abcde  |f");
    assert_caret(ed, 1, 10);
    /* A long word typed after a short one: it moves down whole, then breaks. */
    assert_int_equal(textedit_set_text(ed, "ab ", 3), TEXTEDIT_OK);
    insert(ed, "cd");
    assert_string_equal(show(ed), "ab cd");
    insert(ed, "e");
    assert_string_equal(show(ed), "ab |cde");
    assert_caret(ed, 1, 30);
    insert(ed, "fghij");
    assert_string_equal(show(ed), "ab |cdefg|hij");
    assert_caret(ed, 2, 30);
    textedit_free(ed);
}

static void the_composition_is_shown_at_the_cursor_but_not_saved(void **state)
{
    (void)state;
    TextEdit *ed = editor("ab", 1000);
    size_t len;
    textedit_set_cursor(ed, 1);
    /* Two kana being composed, the composition's caret after the first. */
    const char *kana = "\xe3\x81\x8b\xe3\x81\x81";
    assert_int_equal(textedit_set_composition(ed, kana, 6, 1), TEXTEDIT_OK);
    assert_string_equal(text(ed), "ab");
    assert_string_equal(textedit_view(ed, &len), "a\xe3\x81\x8b\xe3\x81\x81" "b");
    assert_int_equal(len, 8);
    assert_string_equal(textedit_composition(ed, &len), kana);
    assert_int_equal(len, 6);
    assert_caret(ed, 0, 20);
    assert_int_equal(textedit_changes(ed), 0);
    /* A click inside it is the cursor; after it, past it in the text. */
    assert_int_equal(at(ed, 22, 0), 1);
    assert_int_equal(at(ed, 40, 0), 2);
    /* The caret at its end by default, and an empty one clears it. */
    assert_int_equal(textedit_set_composition(ed, kana, 6, -1), TEXTEDIT_OK);
    assert_caret(ed, 0, 30);
    assert_int_equal(textedit_set_composition(ed, kana, 6, 99), TEXTEDIT_OK);
    assert_caret(ed, 0, 30);
    assert_int_equal(textedit_set_composition(ed, kana, 6, 0), TEXTEDIT_OK);
    assert_caret(ed, 0, 10);
    assert_int_equal(textedit_set_composition(ed, "", 0, 0), TEXTEDIT_OK);
    assert_string_equal(textedit_view(ed, NULL), "ab");
    assert_string_equal(textedit_composition(ed, NULL), "");
    assert_caret(ed, 0, 10);
    /* Committed by an insert, which replaces it. */
    assert_int_equal(textedit_set_composition(ed, kana, 6, -1), TEXTEDIT_OK);
    insert(ed, "\xe3\x81\x8b");
    assert_string_equal(text(ed), "a\xe3\x81\x8b" "b");
    assert_string_equal(textedit_view(ed, NULL), text(ed));
    assert_string_equal(textedit_composition(ed, NULL), "");
    assert_int_equal(textedit_changes(ed), 1);
    /* Cleared, and too long. */
    assert_int_equal(textedit_set_composition(ed, "xy", 2, 0), TEXTEDIT_OK);
    textedit_clear_composition(ed);
    assert_string_equal(textedit_view(ed, NULL), text(ed));
    char *big = calloc(TEXTEDIT_MAX_COMPOSITION + 2, 1);
    assert_non_null(big);
    memset(big, 'x', TEXTEDIT_MAX_COMPOSITION + 1);
    assert_int_equal(textedit_set_composition(ed, big, strlen(big), 0), TEXTEDIT_TOO_LONG);
    assert_string_equal(textedit_view(ed, NULL), text(ed));
    free(big);
    /* Loading a page drops it. */
    assert_int_equal(textedit_set_composition(ed, "xy", 2, 0), TEXTEDIT_OK);
    assert_int_equal(textedit_set_text(ed, "new", 3), TEXTEDIT_OK);
    assert_string_equal(textedit_view(ed, NULL), "new");
    assert_string_equal(show(ed), "new");
    textedit_free(ed);
}

static void the_composition_wraps_and_moves_with_the_cursor(void **state)
{
    (void)state;
    TextEdit *ed = editor("abc def", 50);
    assert_string_equal(show(ed), "abc |def");
    textedit_set_cursor(ed, 3);
    assert_int_equal(textedit_set_composition(ed, "xy", 2, -1), TEXTEDIT_OK);
    assert_string_equal(show(ed), "abcxy |def");
    assert_caret(ed, 0, 50);
    assert_int_equal(textedit_set_composition(ed, "xyz", 3, -1), TEXTEDIT_OK);
    assert_string_equal(show(ed), "abcxy|z def");
    assert_caret(ed, 1, 10);
    /* Editing keys while composing: the composition follows the cursor. */
    assert_int_equal(textedit_backspace(ed), 1);
    assert_string_equal(text(ed), "ab def");
    assert_string_equal(show(ed), "abxyz |def");
    move(ed, TEXTEDIT_TEXT_END);
    assert_string_equal(show(ed), "ab |defxy|z");
    move(ed, TEXTEDIT_TEXT_START);
    assert_int_equal(textedit_delete(ed), 1);
    assert_string_equal(show(ed), "xyzb |def");
    assert_int_equal(textedit_changes(ed), 2);
    insert(ed, "Q");
    assert_string_equal(show(ed), "Qb |def");
    textedit_free(ed);
}

static void changes_count_edits_only(void **state)
{
    (void)state;
    TextEdit *ed = editor("abc", 1000);
    assert_int_equal(textedit_changes(ed), 0);
    insert(ed, "d");
    assert_int_equal(textedit_backspace(ed), 1);
    move(ed, TEXTEDIT_TEXT_START);
    assert_int_equal(textedit_delete(ed), 1);
    assert_int_equal(textedit_changes(ed), 3);
    assert_int_equal(textedit_backspace(ed), 0);
    for (int how = TEXTEDIT_LEFT; how <= TEXTEDIT_TEXT_END; how++)
        move(ed, (TextEditMove)how);
    assert_int_equal(textedit_click(ed, 10, 0), TEXTEDIT_OK);
    assert_int_equal(textedit_set_composition(ed, "x", 1, 0), TEXTEDIT_OK);
    textedit_clear_composition(ed);
    assert_int_equal(textedit_insert(ed, "\x01", 1), TEXTEDIT_OK);
    textedit_set_layout(ed, 10, LH, font_measure, &font);
    assert_int_equal(textedit_changes(ed), 3);
    textedit_free(ed);
}

static void word_moves_stop_at_word_ends(void **state)
{
    (void)state;
    /* "Café, she said — “no”.\n  next" */
    const char *t = "Caf\xc3\xa9, she said \xe2\x80\x94 \xe2\x80\x9cno\xe2\x80\x9d.\n  next";
    size_t n = strlen(t);
    TextEdit *ed = editor(t, 1000);
    move(ed, TEXTEDIT_TEXT_START);
    const size_t right[] = {5, 10, 15, 25, n, n};
    for (size_t i = 0; i < 6; i++) {
        move(ed, TEXTEDIT_WORD_RIGHT);
        assert_int_equal(textedit_cursor(ed), right[i]);
    }
    const size_t left[] = {32, 30, 23, 11, 7, 0, 0};
    for (size_t i = 0; i < 7; i++) {
        move(ed, TEXTEDIT_WORD_LEFT);
        assert_int_equal(textedit_cursor(ed), left[i]);
    }
    textedit_free(ed);
}

static void layout_is_cached_and_redone_only_for_changed_paragraphs(void **state)
{
    (void)state;
    /* 300 paragraphs of 59 characters and a newline. */
    char *t = malloc(300 * 62);
    size_t n = 0;
    assert_non_null(t);
    for (int i = 0; i < 300; i++)
        n += (size_t)sprintf(t + n, "%-59s\n", i % 2 ? "the rain had stopped and she" : "said nothing");
    TextEdit *ed = editor(t, 200);
    size_t count;
    assert_non_null(textedit_lines(ed, &count));
    /* Asked again with nothing changed: nothing is measured. */
    font.calls = font.measured = 0;
    assert_non_null(textedit_lines(ed, &count));
    textedit_set_layout(ed, 200, LH, font_measure, &font);
    assert_non_null(textedit_lines(ed, &count));
    assert_int_equal(font.calls, 0);
    /* Typing in one paragraph measures about a line of it. */
    textedit_set_cursor(ed, 150 * 60 + 4);
    insert(ed, "x");
    assert_non_null(textedit_lines(ed, &count));
    assert_true(font.measured > 0 && font.measured < 2 * 62);
    /* A new width, or textedit_relayout(), lays it all out again. */
    textedit_set_layout(ed, 300, LH, font_measure, &font);
    font.calls = 0;
    assert_non_null(textedit_lines(ed, &count));
    assert_true(font.calls >= 300);
    font.calls = 0;
    textedit_relayout(ed);
    assert_non_null(textedit_lines(ed, &count));
    assert_true(font.calls >= 300);
    textedit_free(ed);
    free(t);
}

static void a_hundred_thousand_bytes_lay_out_in_linear_time(void **state)
{
    (void)state;
    const char *words[] = {"she", "said", "nothing", "\xe2\x80\x94", "and", "caf\xc3\xa9",
                           "extraordinarily", SMILE, FAMILY};
    char *t = malloc(TEXTEDIT_MAX_BYTES + 64);
    size_t n = 0, count;
    assert_non_null(t);
    for (int i = 0; n < TEXTEDIT_MAX_BYTES - 40; i++)
        n += (size_t)sprintf(t + n, "%s%s", words[(i * 7 + i / 13) % 9],
                             i % 300 == 299 ? "\n\n" : " ");
    TextEdit *ed = editor("", 700);
    assert_int_equal(textedit_set_text(ed, t, n), TEXTEDIT_OK);
    font.measured = 0;
    assert_non_null(textedit_lines(ed, &count));
    assert_true(font.measured < 4 * n);
    /* Typing in the middle of a 300-word paragraph measures a few lines:
     * the lines after them start where they did, one byte on. */
    textedit_set_cursor(ed, n / 2);
    font.measured = 0;
    insert(ed, "x");
    assert_int_equal(textedit_backspace(ed), 1);
    assert_true(font.measured < 8 * 70 * 4);

    /* One paragraph, one word: broken between characters, still linear. */
    memset(t, 'a', TEXTEDIT_MAX_BYTES);
    assert_int_equal(textedit_set_text(ed, t, TEXTEDIT_MAX_BYTES), TEXTEDIT_OK);
    font.measured = 0;
    assert_non_null(textedit_lines(ed, &count));
    assert_int_equal(count, (TEXTEDIT_MAX_BYTES + 69) / 70);
    assert_true(font.measured < 4 * TEXTEDIT_MAX_BYTES);
    /* Editing at its end measures a line or two, not the paragraph. */
    font.measured = 0;
    assert_int_equal(textedit_backspace(ed), 1);
    assert_int_equal(caret(ed).line, count - 1);
    insert(ed, "b");
    assert_int_equal(caret(ed).line, count - 1);
    assert_true(font.measured < 4 * 70 * 4);

    /* Unwrapped, it is one line; a click on it, and up and down, measure
     * it a few dozen times, not once for each character. */
    textedit_set_layout(ed, INT_MAX, LH, font_measure, &font);
    assert_non_null(textedit_lines(ed, &count));
    assert_int_equal(count, 1);
    font.measured = 0;
    assert_int_equal(textedit_click(ed, 10 * 50000 + 4, 0), TEXTEDIT_OK);
    assert_int_equal(textedit_cursor(ed), 50000);
    assert_int_equal(textedit_click(ed, 10 * 50000 + 6, 0), TEXTEDIT_OK);
    assert_int_equal(textedit_cursor(ed), 50001);
    move(ed, TEXTEDIT_UP);
    assert_int_equal(textedit_cursor(ed), 0);
    move(ed, TEXTEDIT_DOWN);
    assert_int_equal(textedit_cursor(ed), TEXTEDIT_MAX_BYTES);
    assert_true(font.measured < 50 * (size_t)TEXTEDIT_MAX_BYTES);
    textedit_free(ed);
    free(t);
}

static void lines_fit_when_the_whole_is_wider_than_its_parts(void **state)
{
    (void)state;
    TextEdit *ed = editor("", 90);
    font.kern = 1;
    textedit_relayout(ed);
    /* "aaaa" + " bbbb" measure 40 + 50 = 90, but the whole line 91. */
    insert(ed, "aaaa bbbb");
    assert_string_equal(show(ed), "aaaa |bbbb");
    /* Nine characters sum to 90 but measure 91: the piece keeps eight. */
    assert_int_equal(textedit_set_text(ed, "abcdefghij", 10), TEXTEDIT_OK);
    assert_string_equal(show(ed), "abcdefgh|ij");
    assert_int_equal(textedit_set_text(ed, "ab cd ef gh ij", 14), TEXTEDIT_OK);
    assert_string_equal(show(ed), "ab cd ef |gh ij");
    textedit_free(ed);
}

/* Random typing, pasting, deleting, moving and composing: after every few
 * steps the lines kept up to date paragraph by paragraph are the lines a
 * fresh layout of the same view gives, they cover the view, and the caret is
 * on one of them. */
static void random_edits_keep_the_lines_a_fresh_layout_gives(void **state)
{
    (void)state;
    const char *pieces[] = {"a", "bc ", " ", "  ", "\n", "\n\n", "word ", E_ACUTE, SMILE,
                            E_COMBINING, FAMILY, FLAG_FR, "\xe2\x80\x94", "\r\n", "\t",
                            "extraordinarily", "\xff",
                            "supercalifragilisticexpialidocious-and-then-some-more"};
    unsigned seed = 2024;
    int width = 70;
    TextEdit *ed = editor("", width);
    for (int step = 0; step < 6000; step++) {
        seed = seed * 1103515245u + 12345u;
        unsigned r = seed >> 8;
        const char *p = pieces[r % (sizeof pieces / sizeof *pieces)];
        switch ((r >> 5) % 12) {
        case 0: case 1: case 2: case 3:
            textedit_insert(ed, p, strlen(p));
            break;
        case 4:
            textedit_backspace(ed);
            break;
        case 5:
            textedit_delete(ed);
            break;
        case 6: case 7:
            move(ed, (TextEditMove)((r >> 9) % (TEXTEDIT_TEXT_END + 1)));
            break;
        case 8:
            assert_int_equal(textedit_click(ed, (int)(r >> 4 & 127) - 10, (int)(r >> 11 & 255) - 20),
                             TEXTEDIT_OK);
            break;
        case 9:
            assert_int_equal(textedit_set_composition(ed, p, strlen(p), (int)(r >> 9 & 3) - 1),
                             TEXTEDIT_OK);
            break;
        case 10:
            textedit_clear_composition(ed);
            break;
        case 11:
            if (r % 7 == 0) {
                width = 30 + (int)(r >> 9 & 63);
                textedit_set_layout(ed, width, LH, font_measure, &font);
            } else if (r % 7 == 1) {
                font.kern = !font.kern; /* a new font behind the same callback */
                textedit_relayout(ed);
            } else {
                textedit_set_cursor(ed, r >> 3 & 1023);
            }
            break;
        }
        size_t vlen, count, fresh_count;
        const char *v = textedit_view(ed, &vlen);
        const TextEditLine *l = textedit_lines(ed, &count);
        assert_non_null(l);
        TextEdit *fresh = textedit_new();
        assert_non_null(fresh);
        assert_int_equal(textedit_set_text(fresh, v, vlen), TEXTEDIT_OK);
        assert_string_equal(textedit_text(fresh, NULL), v);
        textedit_set_layout(fresh, width, LH, font_measure, &font);
        const TextEditLine *fl = textedit_lines(fresh, &fresh_count);
        assert_int_equal(fresh_count, count);
        assert_memory_equal(fl, l, count * sizeof *l);
        textedit_free(fresh);

        TextEditCaret c = caret(ed);
        assert_true(c.line < count);
        assert_int_equal(l[0].start, 0);
        for (size_t i = 0; i + 1 < count; i++) {
            size_t end = l[i].start + l[i].len;
            assert_null(memchr(v + l[i].start, '\n', l[i].len));
            assert_true(l[i + 1].start == end || (v[end] == '\n' && l[i + 1].start == end + 1));
        }
        assert_int_equal(l[count - 1].start + l[count - 1].len, vlen);
    }
    textedit_free(ed);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(empty_text_has_one_empty_line_and_a_caret),
        cmocka_unit_test(typed_text_goes_in_at_the_cursor),
        cmocka_unit_test(backspace_and_delete_remove_whole_characters),
        cmocka_unit_test(the_cursor_moves_over_whole_characters),
        cmocka_unit_test(flags_pair_from_the_start_of_a_run),
        cmocka_unit_test(backspace_at_a_line_start_joins_the_lines),
        cmocka_unit_test(pasted_line_ends_become_newlines),
        cmocka_unit_test(invalid_bytes_become_replacement_characters),
        cmocka_unit_test(control_characters_go_and_tabs_become_spaces),
        cmocka_unit_test(the_text_is_capped_at_a_hundred_thousand_bytes),
        cmocka_unit_test(wrapped_lines_keep_the_spaces_at_the_break),
        cmocka_unit_test(every_offset_has_a_caret),
        cmocka_unit_test(home_and_end_go_to_the_ends_of_the_line_on_screen),
        cmocka_unit_test(blank_lines_are_lines_of_their_own),
        cmocka_unit_test(up_and_down_keep_the_x_across_a_short_line),
        cmocka_unit_test(clicks_find_the_nearest_offset_on_every_line),
        cmocka_unit_test(typing_at_the_end_of_a_long_word_wraps_it),
        cmocka_unit_test(the_composition_is_shown_at_the_cursor_but_not_saved),
        cmocka_unit_test(the_composition_wraps_and_moves_with_the_cursor),
        cmocka_unit_test(changes_count_edits_only),
        cmocka_unit_test(word_moves_stop_at_word_ends),
        cmocka_unit_test(layout_is_cached_and_redone_only_for_changed_paragraphs),
        cmocka_unit_test(a_hundred_thousand_bytes_lay_out_in_linear_time),
        cmocka_unit_test(lines_fit_when_the_whole_is_wider_than_its_parts),
        cmocka_unit_test(random_edits_keep_the_lines_a_fresh_layout_gives),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
