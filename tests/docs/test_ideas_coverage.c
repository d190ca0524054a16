/* test_ideas_coverage.c — docs/IDEAS.md against the shipped stories: every
 * idea in the seeds' index has at least one row, and each row points at a
 * scene that exists, a choice that exists (or an ending), and a phrase that
 * is really there: in the choice's text or because, or in the ending's lens,
 * practice or reflect. */
#include <ctype.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "core/story.h"
#include "core/text.h"
#include "script/loader.h"

#define TABLE DOCS "/IDEAS.md"

/* The ideas of the seeds' index, as the headings of docs/IDEAS.md name them. */
static const char *const ideas[] = {
    "Listening instead of solving",
    "Encouraging autonomy",
    "Support not control",
    "Sharing responsibility",
    "Pausing before acting",
    "Checking motives",
    "Saying no",
    "Self-care",
    "Seeking support",
    "Boundaries",
    "The five parts",
};
enum { N_IDEAS = sizeof ideas / sizeof ideas[0] };

static char *read_all(const char *path)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        fail_msg("cannot open %s", path);
    size_t len = 0, cap = 8192;
    char *buf = malloc(cap);
    assert_non_null(buf);
    size_t n;
    while ((n = fread(buf + len, 1, cap - len - 1, f)) > 0) {
        len += n;
        if (cap - len - 1 == 0) {
            cap *= 2;
            buf = realloc(buf, cap);
            assert_non_null(buf);
        }
    }
    fclose(f);
    buf[len] = '\0';
    return buf;
}

/* Trims spaces at both ends, in place. */
static char *trim(char *s)
{
    while (isspace((unsigned char)*s))
        s++;
    size_t n = strlen(s);
    while (n > 0 && isspace((unsigned char)s[n - 1]))
        s[--n] = '\0';
    return s;
}

/* A cell's text without the backticks around it. */
static char *unquote(char *s)
{
    size_t n = strlen(s);
    if (n >= 2 && s[0] == '`' && s[n - 1] == '`') {
        s[n - 1] = '\0';
        return s + 1;
    }
    return s;
}

/* Loaded stories, so each is loaded once. */
typedef struct {
    char *id;
    Story *story; /* NULL when it did not load */
} Loaded;

typedef struct {
    Loaded items[32];
    int n;
} Cache;

static Story *story_for(Cache *c, const char *id)
{
    for (int i = 0; i < c->n; i++)
        if (strcmp(c->items[i].id, id) == 0)
            return c->items[i].story;
    assert_true(c->n < 32);
    char path[512];
    snprintf(path, sizeof path, "%s/%s.lua", SCRIPTS, id);
    DiagList d = {0};
    Story *s = NULL;
    FILE *f = fopen(path, "rb");
    if (f) {
        fclose(f);
        s = loader_load_file(path, NULL, &d);
        if (!s)
            diag_print(&d, stderr);
    }
    diag_list_clear(&d);
    c->items[c->n].id = text_dup(id);
    assert_non_null(c->items[c->n].id);
    c->items[c->n].story = s;
    c->n++;
    return s;
}

static bool has(const char *text, const char *phrase)
{
    return text && strstr(text, phrase) != NULL;
}

/* Checks one row; prints what is wrong and returns false if anything is. */
static bool check_row(Cache *c, int line, const char *story, const char *scene, const char *where,
                      const char *phrase)
{
    Story *s = story_for(c, story);
    if (!s) {
        print_error("IDEAS.md:%d: there is no story '%s' that loads (scripts/%s.lua)\n", line,
                    story, story);
        return false;
    }
    int i = story_find_scene(s, scene);
    if (i < 0) {
        print_error("IDEAS.md:%d: story '%s' has no scene or ending '%s'\n", line, story, scene);
        return false;
    }
    const Scene *sc = &s->scenes[i];
    if (!*phrase) {
        print_error("IDEAS.md:%d: the phrase is empty; put a few words from the story in `...`\n",
                    line);
        return false;
    }
    if (strcmp(where, "ending") == 0) {
        if (!sc->is_ending) {
            print_error("IDEAS.md:%d: '%s' in story '%s' is a scene, not an ending; say which "
                        "choice\n", line, scene, story);
            return false;
        }
        bool found = has(sc->practice, phrase) || has(sc->reflect, phrase);
        for (int k = 0; k < LENS_COUNT; k++)
            found |= has(sc->lens[k], phrase);
        if (!found)
            print_error("IDEAS.md:%d: ending '%s' of story '%s' has no '%s' in its lens, practice "
                        "or reflect\n", line, scene, story, phrase);
        return found;
    }
    int n = 0;
    if (sscanf(where, "choice %d", &n) != 1) {
        print_error("IDEAS.md:%d: where is '%s'; write 'choice N' or 'ending'\n", line, where);
        return false;
    }
    if (n < 1 || n > sc->n_choices) {
        print_error("IDEAS.md:%d: scene '%s' of story '%s' has %d choice%s, so there is no "
                    "choice %d\n", line, scene, story, sc->n_choices, sc->n_choices == 1 ? "" : "s",
                    n);
        return false;
    }
    const Choice *ch = &sc->choices[n - 1];
    if (!has(ch->text, phrase) && !has(ch->because, phrase)) {
        print_error("IDEAS.md:%d: choice %d of scene '%s' in story '%s' has no '%s' in its text "
                    "or because\n", line, n, scene, story, phrase);
        return false;
    }
    return true;
}

static void test_every_idea_is_taught_where_the_table_says(void **state)
{
    (void)state;
    char *text = read_all(TABLE);
    Cache cache = {0};
    int rows[N_IDEAS] = {0};
    int idea = -1, wrong = 0, line = 0;
    bool code = false;
    for (char *p = text, *nl; p && *p; p = nl ? nl + 1 : NULL) {
        nl = strchr(p, '\n');
        if (nl)
            *nl = '\0';
        line++;
        if (strncmp(p, "```", 3) == 0) {
            code = !code;
            continue;
        }
        if (code)
            continue;
        if (strncmp(p, "## ", 3) == 0) {
            const char *name = trim(p + 3);
            idea = -1;
            for (int k = 0; k < N_IDEAS; k++)
                if (strcmp(name, ideas[k]) == 0)
                    idea = k;
            continue;
        }
        if (p[0] != '|')
            continue;
        char *cells[6];
        int n = 0;
        for (char *q = p + 1, *bar; n < 6 && (bar = strchr(q, '|')) != NULL; q = bar + 1) {
            *bar = '\0';
            cells[n++] = trim(q);
        }
        if (n >= 1 && (strcmp(cells[0], "story") == 0 || strncmp(cells[0], "---", 3) == 0))
            continue; /* the header and the line under it */
        if (idea < 0) {
            print_error("IDEAS.md:%d: a row that is not under the heading of an idea\n", line);
            wrong++;
            continue;
        }
        if (n != 4) {
            print_error("IDEAS.md:%d: a row needs 4 cells (story, scene, where, phrase), not %d\n",
                        line, n);
            wrong++;
            continue;
        }
        if (check_row(&cache, line, unquote(cells[0]), unquote(cells[1]), cells[2],
                      unquote(cells[3])))
            rows[idea]++;
        else
            wrong++;
    }
    for (int k = 0; k < N_IDEAS; k++)
        if (rows[k] == 0) {
            print_error("IDEAS.md: the idea '%s' has no row that checks out; add a \"## %s\" "
                        "table with at least one place that teaches it\n", ideas[k], ideas[k]);
            wrong++;
        }
    for (int i = 0; i < cache.n; i++) {
        free(cache.items[i].id);
        story_free(cache.items[i].story);
    }
    free(text);
    assert_int_equal(wrong, 0);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_every_idea_is_taught_where_the_table_says),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
