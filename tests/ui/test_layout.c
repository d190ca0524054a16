/* test_layout.c — word wrapping against fake fonts, and the column sizing
 * rules of DESIGN.md §9. Lines are shown as "one|two|#three": '|' between
 * lines, '#' marking a line that opens a new paragraph. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <cmocka.h>

#include "ui/layout.h"

/* A fake font: ASCII `px` wide, other characters `wide` (an invalid byte
 * counts as one character). With bytes set, every byte is `px` wide. With
 * kern set, n characters are 10n + n*n/50 wide: the whole is wider than the
 * sum of its parts, as kerning can make it. Counts what it measured. */
typedef struct {
    int px, wide, bytes, kern;
    size_t calls, measured;
} Font;

static int font_measure(void *ud, const char *s, size_t len)
{
    Font *f = ud;
    int w = 0, n = 0;
    f->calls++;
    f->measured += len;
    for (const unsigned char *c = (const unsigned char *)s, *e = c + len; c < e; c++)
        if (f->bytes || (*c & 0xC0) != 0x80) {
            w += *c < 0x80 || f->bytes ? f->px : f->wide;
            n++;
        }
    return f->kern ? 10 * n + n * n / 50 : w;
}

#define is_blank_byte(c) ((c) == ' ' || (c) == '\t' || (c) == '\r' || (c) == '\n')

/* Checks what must hold for any text: lines in order, inside the text, no
 * space at either end, widths as measured, and every byte left out of a line
 * a space or newline. With utf8 set, lines also start and end between
 * characters. */
static void check_lines(const char *t, size_t n, const LayoutLines *ls, Font *f, int utf8)
{
    size_t pos = 0;
    Font quiet = *f;
    for (size_t i = 0; i < ls->count; i++) {
        const LayoutLine *l = &ls->items[i];
        assert_true(l->start >= pos && l->len > 0 && l->start + l->len <= n);
        for (; pos < l->start; pos++)
            assert_true(is_blank_byte(t[pos]));
        assert_false(is_blank_byte(t[l->start]));
        assert_false(is_blank_byte(t[l->start + l->len - 1]));
        assert_null(memchr(t + l->start, '\n', l->len));
        assert_int_equal(l->width, font_measure(&quiet, t + l->start, l->len));
        if (utf8) {
            assert_true(((unsigned char)t[l->start] & 0xC0) != 0x80);
            if (l->start + l->len < n)
                assert_true(((unsigned char)t[l->start + l->len] & 0xC0) != 0x80);
        }
        pos = l->start + l->len;
    }
    for (; pos < n; pos++)
        assert_true(is_blank_byte(t[pos]));
}

static LayoutLines lines;

static const char *show(const char *t)
{
    static char buf[4096];
    size_t o = 0;
    for (size_t i = 0; i < lines.count; i++) {
        const LayoutLine *l = &lines.items[i];
        o += (size_t)snprintf(buf + o, sizeof buf - o, "%s%s%.*s", i ? "|" : "",
                              l->paragraph_gap ? "#" : "", (int)l->len, t + l->start);
    }
    buf[o] = '\0';
    return buf;
}

static const char *wrap_with(Font *f, const char *t, int max, int utf8)
{
    assert_int_equal(layout_wrap(&lines, t, strlen(t), max, font_measure, f), 0);
    check_lines(t, strlen(t), &lines, f, utf8);
    return show(t);
}

/* Every character 10 px; in the wide font, all but ASCII 20 px. */
static Font even = {10, 10, 0, 0, 0, 0}, wide = {10, 20, 0, 0, 0, 0};
#define wrap(t, max) wrap_with(&even, (t), (max), 1)
#define wrap_wide(t, max) wrap_with(&wide, (t), (max), 1)

static int free_lines(void **state)
{
    (void)state;
    layout_lines_free(&lines);
    return 0;
}

static void wraps_greedily_at_spaces(void **state)
{
    (void)state;
    const char *t = "the quick brown fox jumps over the lazy dog";
    /* 10 characters a line; "jumps over" is exactly 100 px and fits. */
    assert_string_equal(wrap(t, 100), "the quick|brown fox|jumps over|the lazy|dog");
    const size_t start[] = {0, 10, 20, 31, 40}, len[] = {9, 9, 10, 8, 3};
    const int width[] = {90, 90, 100, 80, 30};
    for (size_t i = 0; i < 5; i++) {
        assert_int_equal(lines.items[i].start, start[i]);
        assert_int_equal(lines.items[i].len, len[i]);
        assert_int_equal(lines.items[i].width, width[i]);
    }
    /* One pixel less and "jumps over" no longer fits. */
    assert_string_equal(wrap(t, 99), "the quick|brown fox|jumps|over the|lazy dog");
    assert_string_equal(wrap(t, 10000), t);
    /* Spaces go at the ends of lines; inside a line they stay. */
    assert_string_equal(wrap("  aaa     bbb   ", 50), "aaa|bbb");
    assert_int_equal(lines.items[0].start, 2);
    assert_string_equal(wrap("a   b\t c", 100), "a   b\t c");
    assert_int_equal(lines.items[0].width, 80);
}

static void newlines_break_lines_and_blank_lines_paragraphs(void **state)
{
    (void)state;
    assert_string_equal(wrap("One two.\n\nThree four.", 1000), "One two.|#Three four.");
    /* Several blank lines are one gap; none before the first paragraph. */
    assert_string_equal(wrap("\n\nA\n\n\n\nB\n\n", 1000), "A|#B");
    assert_string_equal(wrap("A\n   \nB", 1000), "A|#B");
    assert_string_equal(wrap("A\r\n\r\nB", 1000), "A|#B");
    /* The gap is on the first line of the paragraph only. */
    assert_string_equal(wrap("aaa bbb\n\nccc ddd", 30), "aaa|bbb|#ccc|ddd");
    /* A single newline is a hard break, with no gap. */
    assert_string_equal(wrap("a\nb", 1000), "a|b");
    assert_string_equal(wrap("one two\nthree", 1000), "one two|three");
    assert_string_equal(wrap("a\r\nb  \n  c", 1000), "a|b|c");
    assert_string_equal(wrap("aaa bbb ccc\nddd", 70), "aaa bbb|ccc|ddd");
}

/* Thumbs up with a medium skin tone; woman, zero-width joiner, girl. */
#define THUMB "\xf0\x9f\x91\x8d" "\xf0\x9f\x8f\xbd"
#define FAMILY "\xf0\x9f\x91\xa9" "\xe2\x80\x8d" "\xf0\x9f\x91\xa7"

static void long_words_break_between_characters(void **state)
{
    (void)state;
    /* A word too long for any line starts a new one; its rest shares a line
     * with what follows. */
    assert_string_equal(wrap("to extraordinarily", 100), "to|extraordin|arily");
    assert_string_equal(wrap("extraordinarily so", 100), "extraordin|arily so");
    /* 2-byte é; with wide characters twice as wide as ASCII. */
    assert_string_equal(wrap("éééééé", 30), "ééé|ééé");
    assert_string_equal(wrap_wide("aéaéaé", 30), "aé|aé|aé");
    /* 3-byte curly quotes and euro signs. */
    assert_string_equal(wrap("“€€€€€”", 30), "“€€|€€€|”");
    assert_string_equal(wrap_wide("“€€€€€”", 45), "“€|€€|€€|”");
    /* An em dash inside a long word: after it is a break, before it not. */
    assert_string_equal(wrap("aaaa—bbbb", 30), "aaa|a—|bbb|b");
    /* 4-byte emoji. */
    assert_string_equal(wrap("😀😀😀😀😀", 20), "😀😀|😀😀|😀");
    assert_string_equal(wrap_wide("😀😀😀", 30), "😀|😀|😀");
    /* A skin tone, a ZWJ family and a combining accent stay whole, even
     * when wider than the line. */
    assert_string_equal(wrap(THUMB THUMB, 10), THUMB "|" THUMB);
    assert_string_equal(wrap(FAMILY "x", 10), FAMILY "|x");
    assert_string_equal(wrap("e\xcc\x81" "e\xcc\x81", 10), "e\xcc\x81|e\xcc\x81");
}

static void curly_quotes_and_accented_letters_stay_whole(void **state)
{
    (void)state;
    assert_string_equal(wrap("“Café,” she said — “naïve”.", 100),
                        "“Café,”|she said —|“naïve”.");
    assert_string_equal(wrap_wide("Zoë’s “déjà vu”", 90), "Zoë’s|“déjà|vu”");
}

static void em_dash_ends_a_line_and_no_break_space_joins(void **state)
{
    (void)state;
    assert_string_equal(wrap("I said—no", 70), "I said—|no");
    /* Not "yes or|—no": the dash stays with the word before it. */
    assert_string_equal(wrap("yes or—no", 60), "yes|or—no");
    assert_string_equal(wrap("wait—no", 50), "wait—|no");
    /* A no-break space joins what is either side of it. */
    assert_string_equal(wrap("go Mr.\u00a0Smith", 90), "go|Mr.\u00a0Smith");
    assert_string_equal(wrap("a\u00a0b\u00a0c", 10), "a|\u00a0|b|\u00a0|c");
}

static void one_pixel_width_gives_one_character_a_line(void **state)
{
    (void)state;
    const char *each = "h|é|l|l|o|w|ö|r|l|d";
    assert_string_equal(wrap("héllo wörld", 1), each);
    assert_string_equal(wrap("héllo wörld", 0), each);
    assert_string_equal(wrap("héllo wörld", INT_MIN), each);
    assert_string_equal(wrap("a—b", 1), "a|—|b");
}

static void invalid_utf8_counts_each_bad_byte_as_a_character(void **state)
{
    (void)state;
    Font f = {1, 1, 1, 0, 0, 0};
    /* Stray bytes, a cut-short dash, an overlong '/', a surrogate, a cut-short emoji. */
    assert_string_equal(wrap_with(&f, "\xff\xfe", 1, 0), "\xff|\xfe");
    assert_string_equal(wrap_with(&f, "\xe2\x80x", 1, 0), "\xe2|\x80|x");
    assert_string_equal(wrap_with(&f, "\xc0\xaf", 1, 0), "\xc0|\xaf");
    assert_string_equal(wrap_with(&f, "\xed\xa0\x80", 1, 0), "\xed|\xa0|\x80");
    assert_string_equal(wrap_with(&f, "\xf0\x9f\x98" "a", 1, 0), "\xf0|\x9f|\x98|a");
    assert_string_equal(wrap_with(&f, "ab\xc3", 2, 0), "ab|\xc3");
    /* A valid character after a bad byte is still whole. */
    assert_string_equal(wrap_with(&f, "\xff\xc3\xa9", 1, 0), "\xff|\xc3\xa9");
}

/* Random bytes, biased towards spaces, newlines and UTF-8 pieces, at random
 * widths: no crash, the invariants hold, and nothing is wider than the line
 * unless it is one character (at most 4 bytes here: no extenders drawn). */
static void random_bytes_keep_the_invariants(void **state)
{
    (void)state;
    const char *pieces[] = {" ", "\n", "a", "bc", "é", "—", "“", "😀", "\xa0",
                            "\xff", "\xe2\x80", "\xf0\x9f", "\xc2\xa0"};
    unsigned seed = 12345;
    char t[300];
    for (int round = 0; round < 3000; round++) {
        size_t n = 0, count = (seed = seed * 1103515245u + 12345u) >> 16 & 63;
        for (size_t k = 0; k < count; k++, n += strlen(t + n)) {
            seed = seed * 1103515245u + 12345u;
            strcpy(t + n, pieces[(seed >> 16) % (sizeof pieces / sizeof *pieces)]);
        }
        Font f = {7, 13, round % 2, round % 3 == 0, 0, 0};
        int max = (int)((seed >> 8) % 90);
        assert_int_equal(layout_wrap(&lines, t, n, max, font_measure, &f), 0);
        check_lines(t, n, &lines, &f, 0);
        for (const LayoutLine *l = lines.items; l < lines.items + lines.count; l++)
            if (l->width > (max < 1 ? 1 : max))
                assert_true(l->len <= 4 && !memchr(t + l->start, ' ', l->len));
    }
}

static void lines_fit_when_the_whole_is_wider_than_its_parts(void **state)
{
    (void)state;
    Font k = {10, 10, 0, 1, 0, 0};
    /* "aaaa" + " bbbb" measure 40 + 50 = 90, but the whole line 91. */
    assert_string_equal(wrap_with(&k, "aaaa bbbb", 90, 1), "aaaa|bbbb");
    /* Nine characters sum to 90 but measure 91: the piece keeps eight. */
    assert_string_equal(wrap_with(&k, "abcdefghij", 90, 1), "abcdefgh|ij");
    assert_string_equal(wrap_with(&k, "ab abcdefghijklmnopq cd", 90, 1),
                        "ab|abcdefgh|ijklmnop|q cd");
}

static void a_hundred_thousand_words_take_linear_time(void **state)
{
    (void)state;
    const char *words[] = {"she", "said", "nothing", "—", "and", "the", "café",
                           "“door”", "closed", "quietly,", "extraordinarily", "😀"};
    size_t n = 0;
    char *t = malloc(100000 * 18);
    assert_non_null(t);
    for (int i = 0; i < 100000; i++) {
        /* A hard break every 97 words, a new paragraph every 500. */
        n += (size_t)sprintf(t + n, "%s%s", words[(i * 7 + i / 13) % 12],
                             i % 500 == 499 ? "\n\n" : i % 97 == 96 ? "\n" : " ");
    }
    Font f = {10, 10, 0, 0, 0, 0};
    struct timespec a, b;
    clock_gettime(CLOCK_MONOTONIC, &a);
    assert_int_equal(layout_wrap(&lines, t, n, 700, font_measure, &f), 0);
    clock_gettime(CLOCK_MONOTONIC, &b);
    double ms = (double)(b.tv_sec - a.tv_sec) * 1e3 + (double)(b.tv_nsec - a.tv_nsec) / 1e6;
    printf("100000 words, %zu bytes, %zu lines in %.1f ms; %zu calls measured %zu bytes\n",
           n, lines.count, ms, f.calls, f.measured);
    check_lines(t, n, &lines, &f, 1);
    for (size_t i = 0; i < lines.count; i++)
        assert_true(lines.items[i].width <= 700);
    /* Linear: each byte measured a few times, however long the text. */
    assert_true(f.measured < 4 * n);

    /* One paragraph and no width limit: still one pass, not quadratic. */
    for (size_t i = 0; i < n; i++)
        if (t[i] == '\n')
            t[i] = ' ';
    f.calls = f.measured = 0;
    assert_int_equal(layout_wrap(&lines, t, n, INT_MAX, font_measure, &f), 0);
    assert_int_equal(lines.count, 1);
    assert_true(f.measured < 4 * n);
    free(t);
}

static void empty_text_gives_no_lines_and_bad_arguments_fail(void **state)
{
    (void)state;
    assert_int_equal(layout_wrap(&lines, NULL, 0, 100, font_measure, &even), 0);
    assert_int_equal(lines.count, 0);
    const char *blank[] = {"", " ", "      ", "\n", "\n\n  \n", " \t\r\n \r\n"};
    for (size_t i = 0; i < sizeof blank / sizeof *blank; i++)
        assert_string_equal(wrap(blank[i], 100), "");
    assert_int_equal(layout_wrap(NULL, "a", 1, 10, font_measure, &even), -1);
    assert_int_equal(layout_wrap(&lines, "a", 1, 10, NULL, &even), -1);
    assert_int_equal(layout_wrap(&lines, NULL, 3, 10, font_measure, &even), -1);
    assert_int_equal(lines.count, 0);
    layout_lines_free(NULL);
    /* Reuse keeps the memory and replaces the lines. */
    assert_string_equal(wrap("a b c d e f", 10), "a|b|c|d|e|f");
    assert_string_equal(wrap("g", 10), "g");
}

static void sizes_follow_design_section_9(void **state)
{
    (void)state;
    assert_int_equal(layout_base_size(720, 100), 20);
    assert_int_equal(layout_base_size(1080, 100), 30);
    assert_int_equal(layout_base_size(2160, 100), 60);
    assert_int_equal(layout_base_size(810, 100), 23);   /* 22.5 rounds up */
    assert_int_equal(layout_base_size(480, 100), 16);   /* 13.3, raised */
    assert_int_equal(layout_base_size(0, 100), 16);
    assert_int_equal(layout_base_size(-5, 100), 16);
    assert_int_equal(layout_base_size(720, 150), 30);
    assert_int_equal(layout_base_size(1080, 50), 16);   /* 15, raised */
    assert_int_equal(layout_base_size(720, 0), 20);     /* unset: 100 % */
    assert_true(layout_base_size(INT_MAX, INT_MAX) > 0);
    /* At most 70 characters, and at most the window less two margins. */
    assert_int_equal(layout_column_width(1920, 10, 70), 700);
    assert_int_equal(layout_column_width(1920, 10, 0), 700);
    assert_int_equal(layout_column_width(400, 10, 70), 360);   /* 400 - 2 * 20 */
    assert_int_equal(layout_column_width(30, 10, 70), 1);
    assert_int_equal(layout_column_width(1000, 0, 70), 70);     /* 1 px chars */
    assert_int_equal(layout_margin(3), 8);
    assert_int_equal(layout_margin(12), 24);
    assert_int_equal(layout_line_height(20), 30);
    assert_int_equal(layout_line_height(16), 24);
    assert_int_equal(layout_line_height(17), 26);   /* 25.5 */
    assert_int_equal(layout_line_height(0), 2);
    assert_string_equal(wrap("aa\n\nbb cc", 30), "aa|#bb|cc");
    assert_int_equal(layout_text_height(&lines, 30, 15), 105);
    assert_int_equal(layout_text_height(NULL, 30, 15), 0);
}

static void boxes_and_scene_text_stay_inside_the_window(void **state)
{
    (void)state;
    LayoutBox win = {0, 0, 640, 480};
    assert_true(layout_box_inside((LayoutBox){0, 0, 640, 480}, win));
    assert_true(layout_box_inside((LayoutBox){10, 10, 0, 0}, win));
    assert_false(layout_box_inside((LayoutBox){1, 0, 640, 480}, win));
    assert_false(layout_box_inside((LayoutBox){-1, 5, 10, 10}, win));
    assert_false(layout_box_inside((LayoutBox){5, 475, 10, 10}, win));
    assert_false(layout_box_inside((LayoutBox){5, 5, -1, 10}, win));
    assert_false(layout_box_inside((LayoutBox){INT_MAX, 0, INT_MAX, 1},
                                   (LayoutBox){0, 0, INT_MAX, 1}));

    /* Scene text set by the §9 rules stays inside the window at every size
     * from tiny to 4K, in a font whose characters are half its size wide. */
    const char *t = "Nina looks up from the letter. “You kept it,” she says — "
                    "not a question.\n\nOutside, the rain has stopped.";
    const int sizes[][2] = {{320, 240}, {640, 480}, {1280, 720}, {1920, 1080}, {3840, 2160}};
    for (size_t i = 0; i < 5; i++) {
        int ww = sizes[i][0], size = layout_base_size(sizes[i][1], 100);
        Font f = {size / 2, size / 2, 0, 0, 0, 0};
        int col = layout_column_width(ww, f.px, LAYOUT_COLUMN_CHARS);
        assert_true(col <= LAYOUT_COLUMN_CHARS * f.px);
        wrap_with(&f, t, col, 1);
        int lh = layout_line_height(size), y = 0, h = layout_text_height(&lines, lh, lh / 2);
        LayoutBox column = {(ww - col) / 2, 0, col, h};
        assert_true(layout_box_inside(column, (LayoutBox){0, 0, ww, h}));
        for (size_t k = 0; k < lines.count; k++) {
            y += lines.items[k].paragraph_gap ? lh / 2 : 0;
            LayoutBox line = {column.x, y, lines.items[k].width, lh};
            assert_true(layout_box_inside(line, column));
            y += lh;
        }
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(wraps_greedily_at_spaces),
        cmocka_unit_test(newlines_break_lines_and_blank_lines_paragraphs),
        cmocka_unit_test(long_words_break_between_characters),
        cmocka_unit_test(curly_quotes_and_accented_letters_stay_whole),
        cmocka_unit_test(em_dash_ends_a_line_and_no_break_space_joins),
        cmocka_unit_test(one_pixel_width_gives_one_character_a_line),
        cmocka_unit_test(invalid_utf8_counts_each_bad_byte_as_a_character),
        cmocka_unit_test(random_bytes_keep_the_invariants),
        cmocka_unit_test(lines_fit_when_the_whole_is_wider_than_its_parts),
        cmocka_unit_test(a_hundred_thousand_words_take_linear_time),
        cmocka_unit_test(empty_text_gives_no_lines_and_bad_arguments_fail),
        cmocka_unit_test(sizes_follow_design_section_9),
        cmocka_unit_test(boxes_and_scene_text_stay_inside_the_window),
    };
    return cmocka_run_group_tests(tests, NULL, free_lines);
}
