/* test_loader_robust.c — the loader on broken files: 2,000 deterministic
 * mutations of a valid story (bytes flipped or replaced by syntax
 * characters, the file cut short, lines duplicated, dropped or swapped). No
 * crash (run it under ASan too), and every file that does not load says why,
 * in at least one message at a line of the file. Files that still load are
 * played a few steps, so their functions run too. BESIDE_MUTANTS=n in the
 * environment runs n mutants instead, for a longer hunt. */
#include "script_test.h"

#include <stdint.h>

#include "core/text.h"

enum { MUTANTS = 2000, MAX_STEPS = 12 };

static uint64_t rng_state;

static uint64_t rng(void)
{
    /* xorshift64*: the same mutants on every machine. */
    rng_state ^= rng_state >> 12;
    rng_state ^= rng_state << 25;
    rng_state ^= rng_state >> 27;
    return rng_state * 2685821657736338717ull;
}

static size_t below(size_t n)
{
    return n ? (size_t)(rng() % n) : 0;
}

typedef struct {
    char *data;
    size_t len;
} Buf;

/* Start and end of the `k`th line (0-based), or false past the end. */
static int line_span(const Buf *b, size_t k, size_t *start, size_t *end)
{
    size_t s = 0;
    for (size_t i = 0; i < k; i++) {
        const char *nl = memchr(b->data + s, '\n', b->len - s);
        if (!nl)
            return 0;
        s = (size_t)(nl - b->data) + 1;
    }
    const char *nl = memchr(b->data + s, '\n', b->len - s);
    *start = s;
    *end = nl ? (size_t)(nl - b->data) + 1 : b->len;
    return s < b->len;
}

static size_t count_lines(const Buf *b)
{
    size_t n = 1;
    for (size_t i = 0; i < b->len; i++)
        n += b->data[i] == '\n';
    return n;
}

/* Replaces [at, at + cut) with `n` bytes of `with`. */
static void splice(Buf *b, size_t at, size_t cut, const char *with, size_t n)
{
    char *d = malloc(b->len - cut + n + 1);
    assert_non_null(d);
    memcpy(d, b->data, at);
    memcpy(d + at, with, n);
    memcpy(d + at + n, b->data + at + cut, b->len - at - cut);
    free(b->data);
    b->len = b->len - cut + n;
    b->data = d;
    b->data[b->len] = '\0';
}

static void mutate(Buf *b)
{
    static const char syntax[] = "{}\",=()[]\n\\-'#.:;~ \0\x80\xff\x1b";
    size_t start, end, s2, e2;
    switch (below(7)) {
    case 0: /* flip bits of a byte */
        if (b->len)
            b->data[below(b->len)] ^= (char)(1 + below(255));
        break;
    case 1: { /* a byte becomes a character that matters to the syntax */
        if (b->len)
            b->data[below(b->len)] = syntax[below(sizeof syntax - 1)];
        break;
    }
    case 2: /* cut the file short */
        b->len = below(b->len + 1);
        b->data[b->len] = '\0';
        break;
    case 3: /* a line twice */
        if (line_span(b, below(count_lines(b)), &start, &end)) {
            char *copy = malloc(end - start);
            assert_non_null(copy);
            memcpy(copy, b->data + start, end - start);
            splice(b, start, 0, copy, end - start);
            free(copy);
        }
        break;
    case 4: /* a line dropped */
        if (line_span(b, below(count_lines(b)), &start, &end))
            splice(b, start, end - start, "", 0);
        break;
    case 5: { /* a line moved elsewhere */
        if (line_span(b, below(count_lines(b)), &start, &end)) {
            size_t n = end - start;
            char *copy = malloc(n);
            assert_non_null(copy);
            memcpy(copy, b->data + start, n);
            splice(b, start, n, "", 0);
            if (line_span(b, below(count_lines(b)), &s2, &e2))
                splice(b, s2, 0, copy, n);
            else
                splice(b, b->len, 0, copy, n);
            free(copy);
        }
        break;
    }
    default: { /* a run of bytes dropped from inside a line */
        if (b->len) {
            size_t at = below(b->len);
            size_t n = 1 + below(8);
            splice(b, at, at + n > b->len ? b->len - at : n, "", 0);
        }
        break;
    }
    }
}

/* Plays the first shown choice a few times; errors are fine, crashes not. */
static void play_a_little(const Story *s)
{
    Position p;
    runtime_start(s, &p);
    for (int step = 0; step < MAX_STEPS && !runtime_at_ending(s, &p); step++) {
        char *err = NULL;
        TextBuf text = {0};
        if (runtime_scene_text(s, &p, &text, &err) < 0) {
            assert_non_null(err);
            free(err);
            err = NULL;
        }
        textbuf_free(&text);
        int shown[STORY_MAX_CHOICES];
        int n = runtime_choices(s, &p, shown, &err);
        if (n <= 0) {
            free(err);
            return;
        }
        Position next;
        if (runtime_step(s, &p, shown[step % n], &next, NULL, &err) < 0) {
            assert_non_null(err);
            free(err);
            return;
        }
        p = next;
    }
}

static void check_result(const char *name, const Buf *b, Story *s, const DiagList *d,
                         uint64_t seed)
{
    size_t lines = count_lines(b);
    if (!s && d->count == 0)
        fprintf(stderr, "  %s (seed %llu) failed without a message\n", name,
                (unsigned long long)seed);
    if (!s)
        assert_true(d->count >= 1);
    int errors = 0;
    for (int i = 0; i < d->count; i++) {
        const Diag *e = &d->items[i];
        assert_non_null(e->message);
        assert_true(e->message[0] != '\0');
        assert_true(e->line >= 0);
        /* Lua may point at the line after the last when the file ends early. */
        assert_true((size_t)e->line <= lines + 1);
        errors += e->severity == DIAG_ERROR;
    }
    if (!s)
        assert_true(errors >= 1);
    else
        assert_int_equal(errors, 0);
}

static void mutants_load_or_say_why(void **state)
{
    (void)state;
    size_t len;
    char *err = NULL;
    char *original = loader_read_file(fixture("loader", "valid.lua"), LOADER_MAX_FILE, &len, &err);
    assert_non_null(original);
    /* Smaller budgets: a mutant that loops is refused sooner. */
    SandboxLimits limits = {.memory_limit = 32 << 20, .load_budget = 2000000,
                            .call_budget = 200000};
    int loaded = 0, mutants = MUTANTS;
    if (getenv("BESIDE_MUTANTS"))
        mutants = atoi(getenv("BESIDE_MUTANTS"));
    for (int i = 0; i < mutants; i++) {
        uint64_t seed = 0x5eed0000u + (uint64_t)i;
        rng_state = seed * 0x9e3779b97f4a7c15ull | 1;
        Buf b = {malloc(len + 1), len};
        assert_non_null(b.data);
        memcpy(b.data, original, len + 1);
        int rounds = 1 + (int)below(3);
        for (int r = 0; r < rounds; r++)
            mutate(&b);
        char name[64];
        snprintf(name, sizeof name, "mutant-%04d.lua", i);
        DiagList d = {0};
        Story *s = loader_load_text(name, b.data, b.len, &limits, &d);
        check_result(name, &b, s, &d, seed);
        if (s) {
            loaded++;
            play_a_little(s);
        }
        story_free(s);
        diag_list_clear(&d);
        free(b.data);
    }
    fprintf(stderr, "  %d of %d mutants still loaded\n", loaded, mutants);
    /* The mutations must mostly break the file, or the test tests little. */
    assert_true(loaded < mutants / 2);
    free(original);
}

/* Files no editor would save, each loaded once. */
static void odd_files_load_or_say_why(void **state)
{
    (void)state;
    static const struct {
        const char *name;
        const char *data;
        size_t len;
    } odd[] = {
        {"empty.lua", "", 0},
        {"nul.lua", "\0\0\0\0", 4},
        {"bytecode.lua", "\x1bLua\x54\x00\x19\x93\r\n\x1a\n", 12},
        {"bom.lua", "\xef\xbb\xbfscenario { id = \"x\", title = \"T\", start = \"a\" }", 0},
        {"only-comment.lua", "-- nothing here", 15},
        {"unclosed-comment.lua", "--[[ never closed", 17},
        {"return.lua", "return 1", 8},
        {"error-nil.lua", "error()", 7},
        {"scene-number.lua", "scene(1)", 8},
        {"scene-twice-called.lua",
         "scenario { id = \"x\", title = \"T\", start = \"a\" }\n"
         "local b = scene \"a\"\nb { \"x\", neutral { \"go\", next = \"a\" } }\nb { \"y\" }\n",
         0},
        {"choice-in-two-scenes.lua",
         "scenario { id = \"x\", title = \"T\", start = \"a\" }\n"
         "local c = neutral { \"go\", next = \"b\" }\n"
         "scene \"a\" { \"x\", c }\nscene \"b\" { \"y\", c }\n",
         0},
    };
    for (size_t i = 0; i < sizeof odd / sizeof odd[0]; i++) {
        size_t len = odd[i].len ? odd[i].len : strlen(odd[i].data);
        Buf b = {(char *)odd[i].data, len};
        DiagList d = {0};
        Story *s = loader_load_text(odd[i].name, odd[i].data, len, NULL, &d);
        if (!s && d.count == 0)
            fprintf(stderr, "  %s failed without a message\n", odd[i].name);
        check_result(odd[i].name, &b, s, &d, 0);
        if (s)
            play_a_little(s);
        story_free(s);
        diag_list_clear(&d);
    }
}

/* Deep nesting is refused by the parser, not by the C stack. */
static void deep_nesting_is_refused(void **state)
{
    (void)state;
    enum { DEPTH = 100000 };
    TextBuf src = {0};
    textbuf_puts(&src, "local x = ");
    for (int i = 0; i < DEPTH; i++)
        textbuf_puts(&src, "{");
    DiagList d = {0};
    assert_null(loader_load_text("deep.lua", src.data, src.len, NULL, &d));
    assert_true(d.count >= 1);
    assert_non_null(d.items[0].message);
    diag_list_clear(&d);
    textbuf_free(&src);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(mutants_load_or_say_why),
        cmocka_unit_test(odd_files_load_or_say_why),
        cmocka_unit_test(deep_nesting_is_refused),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
