/* test_sandbox.c — story files from strangers: each attack in
 * tests/fixtures/sandbox/ must be refused with a plain message naming the
 * file and line, within a second, with the process alive and nothing left
 * behind for the next story. Attacks run at load time (the file itself) and
 * at play time (a when function called through the runtime). */
#include "script_test.h"

#include <stdbool.h>
#include <unistd.h>

#include "core/text.h"

/* Refusals, not benchmarks: anything near this is a loop nobody stopped. */
#ifndef BESIDE_SLOW_BUILD
#define BESIDE_SLOW_BUILD 1
#endif
/* Seconds in a normal build; sanitizer builds are allowed their slowdown. */
static const double REFUSAL_SECONDS = 1.0 * BESIDE_SLOW_BUILD;
/* A few attacks do much work in each instruction, with nothing to count but
 * time (comparing two 32 MB texts in a loop): the sandbox's backstop of 5
 * seconds of CPU time at load stops them, one slow instruction later. */
static const double BACKSTOP_SECONDS = 5.5 * BESIDE_SLOW_BUILD;

typedef struct {
    const char *file;
    int line; /* 0: no line applies (memory runs out anywhere) */
    const char *words[5];
} Attack;

#define NOT_A_WORD(name) "'" name "' is not a word Beside knows"
#define TOO_LONG "the script ran too long", "Look for a loop that never ends"
#define MEMORY "the story used more than 128 MB of memory", "Look for a loop that builds"
#define PATTERN "could take too long on a text of 5000 characters", "plain search"

static const Attack attacks[] = {
    {"os-execute.lua", 2, {NOT_A_WORD("os")}},
    {"io-open.lua", 2, {NOT_A_WORD("io")}},
    {"require.lua", 2, {NOT_A_WORD("require")}},
    {"dofile.lua", 2, {NOT_A_WORD("dofile")}},
    {"loadfile.lua", 2, {NOT_A_WORD("loadfile")}},
    {"load-binary-chunk.lua", 2, {"load: this is compiled Lua, not text", "only text"}},
    {"load-mode-b.lua", 2, {"load: this is compiled Lua, not text", "only text"}},
    {"string-dump.lua", 2, {"string.dump is not available in stories."}},
    {"string-dump-method.lua", 2, {"string.dump is not available in stories."}},
    {"debug-getinfo.lua", 2, {NOT_A_WORD("debug")}},
    {"string-metatable-index.lua", 2, {"attempt to index a boolean value"}},
    {"string-metatable-rawset.lua", 2,
     {"bad argument #1 to 'rawset' (table expected, got boolean)"}},
    {"setmetatable-gc.lua", 2, {"stories cannot use __gc", "Remove it"}},
    {"weak-table-mode.lua", 2, {"stories cannot use __mode (weak tables)", "Remove it"}},
    {"weak-table-mode-late.lua", 20, {"the __mode set later changed nothing"}},
    {"infinite-loop.lua", 2, {TOO_LONG}},
    {"loop-in-pcall.lua", 2, {TOO_LONG}},
    {"pcall-loop-nested.lua", 2, {TOO_LONG}},
    {"xpcall-looping-handler.lua", 2, {TOO_LONG}},
    {"xpcall-handler-after-error.lua", 2, {TOO_LONG}},
    {"coroutine.lua", 2, {NOT_A_WORD("coroutine")}},
    {"memory-table.lua", 0, {MEMORY}},
    {"memory-string-rep.lua", 0, {MEMORY}},
    {"memory-concat-doubling.lua", 0, {MEMORY}},
    {"deep-recursion.lua", 2, {"stack overflow", "a function calls itself without end?"}},
    {"pattern-find.lua", 2, {"the pattern 'a-a-a-a-a-a-a-b'", PATTERN}},
    {"pattern-gsub.lua", 2, {"the pattern 'a-a-a-a-a-a-a-b'", PATTERN}},
    {"pattern-match.lua", 2, {"the pattern 'a-a-a-a-a-a-a-b'", PATTERN}},
    {"pattern-gmatch.lua", 2, {"the pattern 'a-a-a-a-a-a-a-b'", PATTERN}},
    {"pattern-many-small.lua", 2, {TOO_LONG}},
    {"math-random.lua", 2, {"stories cannot use random numbers", "the same every time"}},
    {"undeclared-global.lua", 2, {NOT_A_WORD("scen"), "Did you mean 'scene'?"}},
    {"overwrite-word.lua", 2, {"'scene' is a word Beside uses", "pick another name"}},
    {"getmetatable-globals.lua", 2, {"attempt to index a boolean value"}},
    {"globals-by-name.lua", 2, {NOT_A_WORD("_G")}},
    {"setmetatable-globals.lua", 2, {"cannot change a protected metatable"}},
    {"env-alias.lua", 2, {NOT_A_WORD("os")}},
    {"env-rawget.lua", 2, {"attempt to index a nil value (local 'os')"}},
    {"load-return-os.lua", 2, {NOT_A_WORD("os")}},
    {"collectgarbage.lua", 2, {NOT_A_WORD("collectgarbage")}},
    {"table-move-huge.lua", 2, {TOO_LONG}},
    {"table-remove-len.lua", 2, {"table.remove cannot be used on a table with a __len"}},
    {"table-sort-len.lua", 2, {"table.sort cannot be used on a table with a __len"}},
    {"string-rep-empty.lua", 2, {TOO_LONG}},
    {"plain-find-quadratic.lua", 2, {"searching a text of 10000000 characters",
                                     "could take too long"}},
    {"load-big-loop.lua", 2, {TOO_LONG}},
    {"string-compare-loop.lua", 2, {TOO_LONG, "seconds)"}},
    /* Each copy is a big block, charged by its size: the budget stops it. */
    {"concat-big-loop.lua", 2, {TOO_LONG, "million steps"}},
    {"error-table.lua", 2, {"error() was given a table, not a message in quotes"}},
    {"print-flood.lua", 2, {TOO_LONG}},
    /* Issue 13: C functions the count hook never saw. Each must be stopped by
     * the budget (its message says "million steps", not "seconds"). */
    {"call-self.lua", 2, {"setmetatable: __call must be a function written in the story",
                          "not a table"}},
    {"call-builtin.lua", 2, {"setmetatable: __lt must be a function written in the story",
                             "not a built-in function"}},
    {"sort-packsize.lua", 2, {TOO_LONG, "million steps"}},
    {"packsize-huge.lua", 2, {TOO_LONG, "million steps"}},
    {"format-copy-loop.lua", 2, {TOO_LONG, "million steps"}},
    {"gsub-builtin-repl.lua", 2, {TOO_LONG, "million steps"}},
    {"huge-global-name.lua", 4, {TOO_LONG, "million steps"}},
    {"setmetatable-string.lua", 2,
     {"bad argument #1 to 'setmetatable' (table expected, got string)"}},
};

/* A good story still loads and plays: nothing leaked from the attack. */
static void assert_good_story_works(void)
{
    DiagList d = {0};
    double seconds;
    Story *s = load_timed(fixture("sandbox", "good.lua"), NULL, &d, &seconds);
    if (!s)
        print_diags(&d);
    assert_non_null(s);
    assert_int_equal(d.count, 0);
    Position p;
    runtime_start(s, &p);
    int shown[STORY_MAX_CHOICES];
    char *err = NULL;
    assert_int_equal(runtime_choices(s, &p, shown, &err), 1);
    TextBuf text = {0};
    assert_int_equal(runtime_scene_text(s, &p, &text, &err), 0);
    assert_string_equal(text.data, "Tom calls.\n\nGrowth is 30.");
    textbuf_free(&text);
    story_free(s);
    diag_list_clear(&d);
}

static void attack_is_refused(void **state)
{
    const Attack *a = *state;
    unlink("/tmp/beside-sandbox-pwned");
    DiagList d = {0};
    double seconds;
    const char *path = fixture("sandbox", a->file);
    Story *s = load_timed(path, NULL, &d, &seconds);
    fprintf(stderr, "  %-32s refused in %.3f s\n", a->file, seconds);
    assert_null(s);
    const Diag *e = find_diag(&d, a->words);
    assert_non_null(e);
    assert_non_null(e->file);
    assert_true(ends_with(e->file, a->file));
    if (a->line)
        assert_int_equal(e->line, a->line);
    bool backstop = strstr(e->message, "seconds)") != NULL;
    assert_true(seconds < (backstop ? BACKSTOP_SECONDS : REFUSAL_SECONDS));
    assert_int_equal(access("/tmp/beside-sandbox-pwned", F_OK), -1);
    diag_list_clear(&d);
    assert_good_story_works();
}

/* ---- At play time, through runtime_choices ---- */

typedef struct {
    const char *file;
    size_t memory_limit; /* 0: the default */
    const char *words[5];
} PlayAttack;

static const PlayAttack play_attacks[] = {
    {"play-infinite-loop.lua", 0, {"play-infinite-loop.lua:9: the when function failed",
                                   "failed at line 10: the script ran too long"}},
    {"play-loop-in-pcall.lua", 0, {"the when function failed", TOO_LONG}},
    {"play-xpcall-handler.lua", 0, {"the when function failed", TOO_LONG}},
    {"play-memory-table.lua", 16 << 20, {"the when function failed",
                                         "the story used more than 16 MB of memory"}},
    /* Big blocks are charged by their size: the 2 million steps of a call
     * run out just before its memory does. */
    {"play-memory-concat.lua", 0, {"the when function failed", TOO_LONG, "million steps"}},
    {"play-scene-word.lua", 0, {"scene can be used only while the story file loads"}},
    {"play-kept-word.lua", 0, {"scene can be used only while the story file loads"}},
    {"play-choice-word.lua", 0, {"a choice (rescue, support, boundary, self_care, neutral, "
                                 "it_depends, hurtful) can "
                                 "be used only while the story file loads"}},
    {"play-table-move.lua", 0, {"the when function failed", TOO_LONG}},
    {"play-call-self.lua", 0, {"the when function failed", "__call must be a function "
                               "written in the story"}},
    {"play-sort-packsize.lua", 0, {"the when function failed", TOO_LONG, "million steps"}},
    {"play-format-loop.lua", 0, {"the when function failed", TOO_LONG, "million steps"}},
};

static void play_attack_is_refused(void **state)
{
    const PlayAttack *a = *state;
    DiagList d = {0};
    double seconds;
    SandboxLimits limits = {.memory_limit = a->memory_limit};
    Story *s = load_timed(fixture("sandbox", a->file), &limits, &d, &seconds);
    if (!s)
        print_diags(&d);
    assert_non_null(s);
    Position p;
    runtime_start(s, &p);
    int shown[STORY_MAX_CHOICES];
    for (int round = 0; round < 2; round++) {
        char *err = NULL;
        double t0 = stopwatch();
        int n = runtime_choices(s, &p, shown, &err);
        seconds = stopwatch() - t0;
        fprintf(stderr, "  %-32s refused in %.3f s: %s\n", a->file, seconds, err ? err : "-");
        assert_int_equal(n, -1);
        assert_non_null(err);
        assert_true(has_all(err, a->words));
        assert_true(strstr(err, a->file) != NULL);
        assert_true(seconds < REFUSAL_SECONDS);
        free(err);
        /* The same sandbox still runs the story's other functions: the
         * budget, the hook and the memory flag start clean for each call. */
        TextBuf text = {0};
        err = NULL;
        assert_int_equal(runtime_scene_text(s, &p, &text, &err), 0);
        assert_string_equal(text.data, "Tom calls.\n\nGrowth is 30.");
        textbuf_free(&text);
    }
    story_free(s);
    diag_list_clear(&d);
    assert_good_story_works();
}

/* Regression: a story that filled memory to the last byte at play time made
 * the next call abort the program ("PANIC: unprotected error"), because the
 * table of meters handed to a function was built outside any protected call. */
static void memory_full_at_play_time_is_an_error_not_an_abort(void **state)
{
    (void)state;
    DiagList d = {0};
    double seconds;
    SandboxLimits limits = {.memory_limit = 4 << 20};
    Story *s = load_timed(fixture("sandbox", "play-memory-full.lua"), &limits, &d, &seconds);
    if (!s)
        print_diags(&d);
    assert_non_null(s);
    Position p;
    runtime_start(s, &p);
    int shown[STORY_MAX_CHOICES];
    char *err = NULL;
    int n = runtime_choices(s, &p, shown, &err);
    fprintf(stderr, "  %s\n", err ? err : "-");
    assert_int_equal(n, -1);
    assert_non_null(err);
    assert_non_null(strstr(err, "play-memory-full.lua:26: the when function failed: the story "
                                "used more than 4 MB of memory"));
    free(err);
    story_free(s);
    diag_list_clear(&d);
    assert_good_story_works();
}

/* Regression: Lua shortens a long chunk name to "..." and its tail, and the
 * loader then lost the line. Stories shared between therapists live in deep
 * folders. */
static void a_long_path_keeps_its_line(void **state)
{
    (void)state;
    const char *name = "/home/therapist/Documents/Beside stories/shared by a colleague/"
                       "from the spring workshop/nina-and-tom-long-version.lua";
    const char src[] = "-- x\nlocal x = growht\n";
    DiagList d = {0};
    Story *s = loader_load_text(name, src, sizeof src - 1, NULL, &d);
    assert_null(s);
    const char *words[] = {NOT_A_WORD("growht"), NULL};
    const Diag *e = find_diag(&d, words);
    assert_non_null(e);
    assert_int_equal(e->line, 2);
    assert_string_equal(e->file, name);
    /* The message starts with what happened, not with a shortened path. */
    assert_true(strncmp(e->message, "'growht'", 8) == 0);
    diag_list_clear(&d);
}

/* A loop inside a function is placed at the loop's line, not at the caller's
 * (the hook reports the function that is running). */
static void a_loop_is_placed_at_its_own_line(void **state)
{
    (void)state;
    const char src[] = "-- x\nlocal function f()\n  local i = 0\n  while true do i = i + 1 end\n"
                       "end\nf()\n";
    DiagList d = {0};
    Story *s = loader_load_text("loop.lua", src, sizeof src - 1, NULL, &d);
    assert_null(s);
    const char *words[] = {TOO_LONG, NULL};
    const Diag *e = find_diag(&d, words);
    assert_non_null(e);
    assert_int_equal(e->line, 4);
    diag_list_clear(&d);
}

/* What stays allowed: the sandbox is for stories, and stories may compute. */
static void ordinary_lua_still_works(void **state)
{
    (void)state;
    const char src[] =
        "local t = {}\n"
        "for i = 1, 10000 do table.insert(t, i) end\n"
        "table.insert(t, 1, 0) table.remove(t, 1) table.sort(t, function(a, b) return a > b end)\n"
        "assert(#t == 10000 and t[1] == 10000)\n"
        "assert(table.concat({ 'a', 'b' }, '-') == 'a-b')\n"
        "assert(select('#', table.unpack({ 1, 2, 3 })) == 3)\n"
        "assert(('Tom'):upper() == 'TOM' and ('x'):rep(3, ',') == 'x,x,x')\n"
        "assert(string.find('Tom leaves', 'leaves', 1, true) == 5)\n"
        "assert(('a b c'):gsub('%s+', '') == 'abc')\n"
        "assert(utf8.len('caf\\u{e9}') == 4 and tonumber('42') == 42)\n"
        "assert(load('return 1 + 1')() == 2)\n"
        "local ok, e = pcall(error, 'caught')\n"
        "assert(not ok and e == 'caught')\n"
        "local ok2, e2 = xpcall(function() error('x', 0) end,\n"
        "                       function(m) return 'handled ' .. m end)\n"
        "assert(not ok2 and e2 == 'handled x')\n"
        "local mt = setmetatable({}, { __index = function(_, k) return k end })\n"
        "assert(mt.hello == 'hello' and math.floor(2.5) == 2)\n"
        "local C = {} C.__index = C\n"
        "function C.new(n) return setmetatable({ n = n }, C) end\n"
        "function C:get() return self.n end\n"
        "local o = C.new(5)\n"
        "assert(o:get() == 5 and getmetatable(o) == C)\n"
        "assert(setmetatable(o, nil) == o and getmetatable(o) == nil)\n"
        "local locked = setmetatable({}, { __metatable = 'locked' })\n"
        "assert(getmetatable(locked) == 'locked' and not pcall(setmetatable, locked, {}))\n"
        "my_own = 1\n"
        "assert(my_own == 1)\n"
        "scenario { id = 'ok', title = 'OK', start = 'a' }\n"
        "scene 'a' { 'Text.', neutral { 'Go.', next = 'z' } }\n"
        "ending 'z' { 'End.' }\n";
    DiagList d = {0};
    Story *s = loader_load_text("ordinary.lua", src, sizeof src - 1, NULL, &d);
    if (!s)
        print_diags(&d);
    assert_non_null(s);
    story_free(s);
    diag_list_clear(&d);
}

/* The error from a library function names the story's line and the function,
 * even though the sandbox calls it from C. */
static void library_errors_name_the_line_and_function(void **state)
{
    (void)state;
    const char src[] = "-- x\nlocal t = {}\ntable.insert(t, 5, 1)\n";
    DiagList d = {0};
    assert_null(loader_load_text("lib.lua", src, sizeof src - 1, NULL, &d));
    const char *words[] = {"bad argument #2 to 'insert' (position out of bounds)", NULL};
    const Diag *e = find_diag(&d, words);
    assert_non_null(e);
    assert_int_equal(e->line, 3);
    diag_list_clear(&d);
}

int main(void)
{
    enum {
        N = sizeof attacks / sizeof attacks[0],
        P = sizeof play_attacks / sizeof play_attacks[0],
    };
    struct CMUnitTest tests[N + P + 5];
    int n = 0;
    for (int i = 0; i < N; i++)
        tests[n++] = (struct CMUnitTest){attacks[i].file, attack_is_refused, NULL, NULL,
                                         (void *)&attacks[i]};
    for (int i = 0; i < P; i++)
        tests[n++] = (struct CMUnitTest){play_attacks[i].file, play_attack_is_refused, NULL, NULL,
                                         (void *)&play_attacks[i]};
    const struct CMUnitTest rest[] = {
        cmocka_unit_test(memory_full_at_play_time_is_an_error_not_an_abort),
        cmocka_unit_test(a_long_path_keeps_its_line),
        cmocka_unit_test(a_loop_is_placed_at_its_own_line),
        cmocka_unit_test(ordinary_lua_still_works),
        cmocka_unit_test(library_errors_name_the_line_and_function),
    };
    for (size_t i = 0; i < sizeof rest / sizeof rest[0]; i++)
        tests[n++] = rest[i];
    return _cmocka_run_group_tests("sandbox", tests, (size_t)n, NULL, NULL);
}
