/* test_sandbox_blocks.c — issue 13: a story file that attacks the C code
 * reading it, rather than the sandbox around it. Block tables with
 * metamethods that change the story while it is read (once heap corruption:
 * run this under ASan), a loop of 50 MB ids (once 2 GB outside the memory
 * cap), and text that would drive a terminal (escape sequences from a text
 * function, an id holding ESC). */
#define _DEFAULT_SOURCE /* wait4 */
#include "script_test.h"

#include <stdbool.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include "core/text.h"

#ifndef BESIDE_SLOW_BUILD
#define BESIDE_SLOW_BUILD 1
#endif

static Story *load_fixture(const char *name, DiagList *d)
{
    double seconds;
    Story *s = load_timed(fixture("sandbox", name), NULL, d, &seconds);
    fprintf(stderr, "  %-32s %s in %.3f s\n", name, s ? "loaded" : "refused", seconds);
    assert_true(seconds < 1.0 * BESIDE_SLOW_BUILD);
    return s;
}

static const Scene *scene_named(const Story *s, const char *id)
{
    int i = story_find_scene(s, id);
    return i >= 0 ? &s->scenes[i] : NULL;
}

/* True when `t` holds no control character but '\n' and '\t' (C0, DEL, and
 * the C1 controls as UTF-8) and is valid UTF-8 throughout. */
static bool terminal_safe(const char *t)
{
    const unsigned char *p = (const unsigned char *)t;
    for (size_t i = 0; p[i];) {
        if ((p[i] < 0x20 && p[i] != '\n' && p[i] != '\t') || p[i] == 0x7F)
            return false;
        if (p[i] == 0xC2 && p[i + 1] >= 0x80 && p[i + 1] <= 0x9F)
            return false;
        int n = p[i] < 0x80 ? 1 : p[i] >= 0xC2 && p[i] <= 0xDF ? 2 : p[i] >= 0xE0 && p[i] <= 0xEF ? 3
              : p[i] >= 0xF0 && p[i] <= 0xF4 ? 4 : 0;
        if (!n)
            return false;
        for (int k = 1; k < n; k++)
            if ((p[i + k] & 0xC0) != 0x80)
                return false;
        i += (size_t)n;
    }
    return true;
}

/* The scene table's and a text group's __index would declare 99 scenes
 * while scene "a" is read: none is declared, and "a" is whole. */
static void block_index_cannot_add_scenes(void **state)
{
    (void)state;
    DiagList d = {0};
    Story *s = load_fixture("block-index-adds-scenes.lua", &d);
    if (!s)
        print_diags(&d);
    assert_non_null(s);
    assert_int_equal(s->n_scenes, 2);
    assert_null(scene_named(s, "extra-1"));
    const Scene *a = scene_named(s, "a");
    assert_non_null(a);
    assert_int_equal(a->n_paras, 2);
    assert_int_equal(a->n_choices, 1);
    story_free(s);
    diag_list_clear(&d);
}

/* A choice's __index would turn the texts after it into choices between
 * the count and the read: they stay texts. */
static void choice_index_cannot_make_choices(void **state)
{
    (void)state;
    DiagList d = {0};
    Story *s = load_fixture("block-index-makes-choices.lua", &d);
    if (!s)
        print_diags(&d);
    assert_non_null(s);
    const Scene *a = scene_named(s, "a");
    assert_non_null(a);
    assert_int_equal(a->n_choices, 1);
    assert_int_equal(a->n_paras, 3);
    assert_string_equal(a->paras[2].text, "Text three.");
    story_free(s);
    diag_list_clear(&d);
}

/* An effect value's __tostring would add 100 keys to the table being
 * walked: the message names its type, and the __tostring never ran. */
static void effect_tostring_never_runs(void **state)
{
    (void)state;
    DiagList d = {0};
    Story *s = load_fixture("block-effect-tostring.lua", &d);
    assert_null(s);
    const char *words[] = {"m2 = a table is not a change Beside knows", NULL};
    assert_non_null(find_diag(&d, words));
    const char *ran[] = {"ran", NULL};
    for (int i = 0; i < d.count; i++)
        assert_false(has_all(d.items[i].message, ran));
    assert_int_equal(d.count, 1); /* no "no meter 'm1'": no key was added */
    diag_list_clear(&d);
}

/* A text group whose "when" only its __index gives, and that __index
 * declares 60 scenes first: read raw, the group has no when. */
static void group_index_cannot_move_the_scene(void **state)
{
    (void)state;
    DiagList d = {0};
    Story *s = load_fixture("block-index-when.lua", &d);
    assert_null(s);
    const char *words[] = {"item 2 is a table Beside cannot place", NULL};
    assert_non_null(find_diag(&d, words));
    diag_list_clear(&d);
}

static void later_and_next_read_raw(void **state)
{
    (void)state;
    DiagList d = {0};
    Story *s = load_fixture("block-later-index.lua", &d);
    if (!s)
        print_diags(&d);
    assert_non_null(s);
    assert_int_equal(s->n_scenes, 2);
    const Scene *a = scene_named(s, "a");
    assert_int_equal(a->choices[0].n_next, 1);   /* rawlen, not a __len of 1000 */
    assert_int_equal(a->choices[0].n_later, 1);
    assert_int_equal(a->choices[0].later[0].effects.count, 1);
    story_free(s);
    diag_list_clear(&d);
}

/* 50 MB ids in a loop: stopped by the budget or the memory cap, each message
 * echoing at most 200 bytes of the id, and the process's peak memory within
 * the cap (128 MB) and a small margin. Run in a child, so its peak is its own. */
enum { CAP_MB = 128, MARGIN_MB = 64 };

static void big_ids_stay_under_the_cap(void **state)
{
    (void)state;
    double t0 = 0;
    pid_t pid = fork();
    assert_true(pid >= 0);
    if (pid == 0) {
        DiagList d = {0};
        Story *s = loader_load_file(fixture("sandbox", "big-id-loop.lua"), NULL, &d);
        int bad = s != NULL;
        const char *id_words[] = {"scene \"xxxx", "ids use letters", NULL};
        const Diag *e = find_diag(&d, id_words);
        bad |= !e || strlen(e->message) > 400;
        bool stopped = false;
        for (int i = 0; i < d.count; i++)
            stopped |= strstr(d.items[i].message, "ran too long") != NULL ||
                       strstr(d.items[i].message, "more than 128 MB") != NULL;
        bad |= !stopped;
        if (bad)
            print_diags(&d);
        _exit(bad);
    }
    int status;
    struct rusage ru;
    assert_int_equal(wait4(pid, &status, 0, &ru), pid);
    (void)t0;
    /* The child's CPU time (the sandbox's limit), not the clock's. */
    double seconds = (double)ru.ru_utime.tv_sec + (double)ru.ru_utime.tv_usec / 1e6 +
                     (double)ru.ru_stime.tv_sec + (double)ru.ru_stime.tv_usec / 1e6;
    long peak_mb = ru.ru_maxrss / 1024;
    fprintf(stderr, "  big-id-loop.lua: stopped in %.2f s, peak RSS %ld MB\n", seconds, peak_mb);
    assert_true(WIFEXITED(status));
    assert_int_equal(WEXITSTATUS(status), 0);
    assert_true(seconds < 1.0 * BESIDE_SLOW_BUILD + 1.0);
#if BESIDE_SLOW_BUILD == 1 /* ASan's shadow memory and quarantine are not the story's */
    assert_true(peak_mb < CAP_MB + MARGIN_MB);
#endif
}

/* Text a function makes at play time is cleaned as the file's text is. */
static void play_text_is_cleaned(void **state)
{
    (void)state;
    DiagList d = {0};
    Story *s = load_fixture("play-text-escapes.lua", &d);
    if (!s)
        print_diags(&d);
    assert_non_null(s);
    Position p;
    runtime_start(s, &p);
    TextBuf text = {0};
    char *err = NULL;
    assert_int_equal(runtime_scene_text(s, &p, &text, &err), 0);
    fprintf(stderr, "  shown: %s\n", text.data);
    assert_true(terminal_safe(text.data));
    assert_null(strstr(text.data, "52;"));   /* the clipboard write, gone whole */
    assert_null(strstr(text.data, "[2J"));   /* and the clear screen */
    assert_null(strstr(text.data, "title")); /* and the title change */
    /* The C1 CSI (U+009B) takes " 1m" with it, as a terminal would. */
    assert_non_null(strstr(text.data, "Hello red bad\xEF\xBF\xBD\xEF\xBF\xBD end"));
    assert_non_null(strstr(text.data, "\xEF\xBF\xBD")); /* broken UTF-8 shown as U+FFFD */
    textbuf_free(&text);
    story_free(s);
    diag_list_clear(&d);
}

/* An id holding ESC: the message echoes it without the ESC. */
static void id_with_escape_is_not_echoed(void **state)
{
    (void)state;
    DiagList d = {0};
    Story *s = load_fixture("id-escape.lua", &d);
    assert_null(s);
    assert_true(d.count > 0);
    for (int i = 0; i < d.count; i++) {
        fprintf(stderr, "  %s\n", d.items[i].message);
        assert_true(terminal_safe(d.items[i].message));
    }
    diag_list_clear(&d);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(block_index_cannot_add_scenes),
        cmocka_unit_test(choice_index_cannot_make_choices),
        cmocka_unit_test(effect_tostring_never_runs),
        cmocka_unit_test(group_index_cannot_move_the_scene),
        cmocka_unit_test(later_and_next_read_raw),
        cmocka_unit_test(big_ids_stay_under_the_cap),
        cmocka_unit_test(play_text_is_cleaned),
        cmocka_unit_test(id_with_escape_is_not_echoed),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
