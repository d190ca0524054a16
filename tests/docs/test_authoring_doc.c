/* test_authoring_doc.c — docs/AUTHORING.md against the scenario language:
 * every word and field has an entry in its Reference, the Reference names
 * nothing else, and the first story to copy passes `beside check` and is
 * printed in the guide exactly as it is in docs/examples/. */
#include <setjmp.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "core/diag.h"
#include "core/lint.h"
#include "core/story.h"
#include "script/dsl.h"
#include "script/loader.h"

#define GUIDE DOCS "/AUTHORING.md"
#define EXAMPLE DOCS "/examples/first-story.lua"

/* The American spelling the loader also accepts inside lens = { }. */
static const char ALIAS_BEHAVIORS[] = "behaviors";

static char *read_all(const char *path, size_t *len_out)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        fail_msg("cannot open %s", path);
    char *buf = NULL;
    size_t len = 0, cap = 0;
    char chunk[8192];
    size_t n;
    while ((n = fread(chunk, 1, sizeof chunk, f)) > 0) {
        if (len + n + 1 > cap) {
            cap = (len + n + 1) * 2;
            buf = realloc(buf, cap);
            assert_non_null(buf);
        }
        memcpy(buf + len, chunk, n);
        len += n;
    }
    fclose(f);
    if (!buf) {
        buf = malloc(1);
        assert_non_null(buf);
    }
    buf[len] = '\0';
    if (len_out)
        *len_out = len;
    return buf;
}

/* The guide split into lines (the buffer is modified in place). */
typedef struct {
    char *text;
    char **lines;
    int n;
} Lines;

static void lines_read(Lines *l, const char *path)
{
    l->text = read_all(path, NULL);
    l->n = 0;
    int cap = 1024;
    l->lines = malloc(sizeof *l->lines * (size_t)cap);
    assert_non_null(l->lines);
    char *p = l->text;
    while (*p) {
        if (l->n == cap) {
            cap *= 2;
            l->lines = realloc(l->lines, sizeof *l->lines * (size_t)cap);
            assert_non_null(l->lines);
        }
        l->lines[l->n++] = p;
        char *nl = strchr(p, '\n');
        if (!nl)
            break;
        *nl = '\0';
        p = nl + 1;
    }
}

static void lines_free(Lines *l)
{
    free(l->lines);
    free(l->text);
}

/* A fenced code block's ``` line; Markdown allows up to three spaces before it. */
static bool is_fence(const char *line)
{
    for (int i = 0; i < 3 && *line == ' '; i++)
        line++;
    return strncmp(line, "```", 3) == 0;
}

/* The `### ` headings of the "## Reference" section, outside code blocks. */
typedef struct {
    char **items;
    int n;
    bool found_section;
} Headings;

static void reference_headings(const Lines *l, Headings *h)
{
    memset(h, 0, sizeof *h);
    h->items = calloc((size_t)l->n + 1, sizeof *h->items);
    assert_non_null(h->items);
    bool in = false, code = false;
    for (int i = 0; i < l->n; i++) {
        const char *s = l->lines[i];
        if (is_fence(s)) {
            code = !code;
            continue;
        }
        if (code)
            continue;
        if (strncmp(s, "## ", 3) == 0) {
            in = strcmp(s, "## Reference") == 0;
            h->found_section |= in;
            continue;
        }
        if (in && strncmp(s, "### ", 4) == 0)
            h->items[h->n++] = (char *)s;
    }
}

/* The NAME of a "### `NAME`" heading (malloc'd), or NULL if it has another form. */
static char *heading_name(const char *heading)
{
    const char *p = heading + 4;
    size_t n = strlen(p);
    if (n < 3 || p[0] != '`' || p[n - 1] != '`')
        return NULL;
    char *name = malloc(n - 1);
    assert_non_null(name);
    memcpy(name, p + 1, n - 2);
    name[n - 2] = '\0';
    if (strchr(name, '`')) {
        free(name);
        return NULL;
    }
    return name;
}

/* Every keyword of the language: the words, the fields of each block, and
 * the lens parts. Returns how many were written to `out`. */
static int language_keywords(const char **out, int max)
{
    const char *const *lists[] = {
        dsl_words, dsl_scenario_fields, dsl_scene_fields, dsl_ending_fields,
        dsl_choice_fields, dsl_later_fields, dsl_meter_fields,
    };
    int n = 0;
    for (size_t k = 0; k < sizeof lists / sizeof lists[0]; k++)
        for (int i = 0; lists[k][i]; i++)
            if (n < max)
                out[n++] = lists[k][i];
    for (int part = 0; part < LENS_COUNT && n < max; part++)
        out[n++] = story_lens_name(part);
    return n;
}

static bool in_list(const char *name, const char *const *list, int n)
{
    for (int i = 0; i < n; i++)
        if (strcmp(name, list[i]) == 0)
            return true;
    return false;
}

static void test_reference_has_every_keyword(void **state)
{
    (void)state;
    Lines l;
    lines_read(&l, GUIDE);
    Headings h;
    reference_headings(&l, &h);
    if (!h.found_section)
        fail_msg("%s has no '## Reference' section", GUIDE);
    const char *words[256];
    int n = language_keywords(words, 256);
    int missing = 0;
    for (int i = 0; i < n; i++) {
        if (in_list(words[i], words, i))
            continue; /* a field of several blocks (title, start...) has one entry */
        int count = 0;
        for (int j = 0; j < h.n; j++) {
            char *name = heading_name(h.items[j]);
            count += name && strcmp(name, words[i]) == 0;
            free(name);
        }
        if (count == 0) {
            print_error("%s: the Reference has no \"### `%s`\" heading, but '%s' is a "
                        "keyword of the scenario language.\n", GUIDE, words[i], words[i]);
            missing++;
        } else if (count > 1) {
            print_error("%s: the Reference has %d headings for `%s`; give it one.\n", GUIDE,
                        count, words[i]);
            missing++;
        }
    }
    free(h.items);
    lines_free(&l);
    assert_int_equal(missing, 0);
}

/* Loads a one-scene story whose ending's lens uses `field`; true if it loads. */
static bool lens_field_accepted(const char *field)
{
    char src[1024];
    snprintf(src, sizeof src,
             "scenario { id = \"alias\", title = \"Alias\", start = \"a\" }\n"
             "scene \"a\" { \"A.\", support { \"Ask.\", because = \"b\", next = \"e\" } }\n"
             "ending \"e\" { \"E.\", lens = { %s = \"x\" } }\n", field);
    DiagList d = {0};
    Story *s = loader_load_text("alias.lua", src, strlen(src), NULL, &d);
    bool ok = s != NULL && diag_count(&d, DIAG_ERROR) == 0;
    story_free(s);
    diag_list_clear(&d);
    return ok;
}

static void test_reference_names_only_keywords(void **state)
{
    (void)state;
    Lines l;
    lines_read(&l, GUIDE);
    Headings h;
    reference_headings(&l, &h);
    if (!h.found_section)
        fail_msg("%s has no '## Reference' section", GUIDE);
    const char *words[256];
    int n = language_keywords(words, 256);
    int wrong = 0;
    for (int j = 0; j < h.n; j++) {
        char *name = heading_name(h.items[j]);
        if (!name) {
            print_error("%s: Reference heading \"%s\" is not of the form ### `keyword`.\n",
                        GUIDE, h.items[j]);
            wrong++;
        } else if (strcmp(name, ALIAS_BEHAVIORS) == 0) {
            if (!lens_field_accepted(ALIAS_BEHAVIORS)) {
                print_error("%s: the Reference documents `%s`, but the loader no longer "
                            "accepts it in lens = { }.\n", GUIDE, name);
                wrong++;
            }
        } else if (!in_list(name, words, n)) {
            print_error("%s: the Reference has a heading for `%s`, which is not a keyword of "
                        "the scenario language.\n", GUIDE, name);
            wrong++;
        }
        free(name);
    }
    free(h.items);
    lines_free(&l);
    assert_int_equal(wrong, 0);
}

static void test_first_story_checks_clean(void **state)
{
    (void)state;
    DiagList d = {0};
    Story *s = loader_load_file(EXAMPLE, NULL, &d);
    if (s) {
        LintOptions lo = {0};
        lint_story(s, &lo, &d);
    }
    if (d.count) {
        diag_sort(&d);
        diag_print(&d, stderr);
    }
    bool loaded = s != NULL;
    int errors = diag_count(&d, DIAG_ERROR), warnings = diag_count(&d, DIAG_WARNING);
    story_free(s);
    diag_list_clear(&d);
    assert_true(loaded);
    assert_int_equal(errors, 0);
    assert_int_equal(warnings, 0);
}

static void test_first_story_matches_guide(void **state)
{
    (void)state;
    char *example = read_all(EXAMPLE, NULL);
    const char *nl = strchr(example, '\n');
    assert_non_null(nl);
    size_t first_len = (size_t)(nl - example);

    Lines l;
    lines_read(&l, GUIDE);
    int found = 0;
    char *block = NULL;
    for (int i = 0; i + 1 < l.n; i++) {
        if (strcmp(l.lines[i], "```lua") != 0 || strlen(l.lines[i + 1]) != first_len ||
            strncmp(l.lines[i + 1], example, first_len) != 0)
            continue;
        found++;
        size_t cap = 1, used = 0;
        for (int j = i + 1; j < l.n && !is_fence(l.lines[j]); j++)
            cap += strlen(l.lines[j]) + 1;
        free(block);
        block = malloc(cap);
        assert_non_null(block);
        for (int j = i + 1; j < l.n && !is_fence(l.lines[j]); j++) {
            size_t n = strlen(l.lines[j]);
            memcpy(block + used, l.lines[j], n);
            used += n;
            block[used++] = '\n';
        }
        block[used] = '\0';
    }
    if (found != 1)
        fail_msg("%s should hold exactly one ```lua block starting with \"%.*s\"; it holds %d",
                 GUIDE, (int)first_len, example, found);
    if (strcmp(block, example) != 0) {
        size_t k = 0;
        while (block[k] && block[k] == example[k])
            k++;
        int line = 1;
        for (size_t m = 0; m < k; m++)
            line += example[m] == '\n';
        fail_msg("the story in %s differs from %s, first at line %d of the example",
                 GUIDE, EXAMPLE, line);
    }
    free(block);
    lines_free(&l);
    free(example);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_reference_has_every_keyword),
        cmocka_unit_test(test_reference_names_only_keywords),
        cmocka_unit_test(test_first_story_checks_clean),
        cmocka_unit_test(test_first_story_matches_guide),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
