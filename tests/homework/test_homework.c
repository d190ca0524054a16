/* test_homework.c — reading assignment files: a good one gives its values;
 * each broken rule is reported at its line with what to write instead;
 * files that try to leave the sandbox are refused with a message, quickly
 * and without a crash. */
#include <time.h>
#include <unistd.h>

#include "homework_test.h"

#ifndef BESIDE_SLOW_BUILD
#define BESIDE_SLOW_BUILD 1
#endif

#include "core/text.h"

/* ---- good files ---- */

static void good_file_gives_its_values(void **state)
{
    (void)state;
    DiagList d = {0};
    Homework *hw = homework_load(fixture("good.beside-homework"), &d);
    if (!hw)
        print_diags(&d);
    assert_non_null(hw);
    assert_int_equal(d.count, 0);
    assert_true(ends_with(hw->file, "good.beside-homework"));
    assert_string_equal(hw->from, "Sam Lee");
    assert_string_equal(hw->assigned, "2026-12-01");
    assert_string_equal(hw->due, "2026-12-08");
    assert_int_equal(hw->n_stories, 2);
    assert_string_equal(hw->stories[0], "nina-and-tom");
    assert_string_equal(hw->stories[1], "the-fine-line");
    assert_int_equal(hw->n_questions, 2);
    assert_string_equal(hw->questions[0], "When did you feel the pull to fix it?");
    assert_string_equal(hw->questions[1], "What did you want to say instead?");
    assert_string_equal(hw->practice,
                        "Once a day, ask 'Do you want advice, or should I just listen?'");
    assert_string_equal(hw->note, "Play at your own pace.\nStop if it gets too much.");
    assert_int_equal(hw->n_contacts, 2);
    assert_string_equal(hw->contacts[0], "Sam Lee's practice: 555 0142, weekdays 9 to 5");
    assert_string_equal(hw->contacts[1], "Crisis line: 988, any hour");
    homework_free(hw);
    diag_list_clear(&d);
}

static void minimal_file_has_only_stories(void **state)
{
    (void)state;
    DiagList d = {0};
    Homework *hw = homework_load(fixture("minimal.beside-homework"), &d);
    assert_non_null(hw);
    assert_int_equal(hw->n_stories, 1);
    assert_string_equal(hw->stories[0], "clean");
    assert_null(hw->from);
    assert_null(hw->assigned);
    assert_null(hw->due);
    assert_int_equal(hw->n_questions, 0);
    assert_null(hw->questions);
    assert_null(hw->practice);
    assert_null(hw->note);
    homework_free(hw);
    diag_list_clear(&d);
}

static void non_ascii_text_is_kept(void **state)
{
    (void)state;
    DiagList d = {0};
    Homework *hw = homework_load(fixture("non-ascii.beside-homework"), &d);
    if (!hw)
        print_diags(&d);
    assert_non_null(hw);
    assert_string_equal(hw->from, "Zo\xc3\xab \xc5\x8ckubo-\xc5\x81ukasiewicz");
    assert_int_equal(hw->n_questions, 4);
    assert_string_equal(hw->questions[1],
                        "\xd0\x9a\xd0\xbe\xd0\xb3\xd0\xb4\xd0\xb0 \xd1\x82\xd0\xb5\xd0\xb1\xd0\xb5 "
                        "\xd1\x85\xd0\xbe\xd1\x82\xd0\xb5\xd0\xbb\xd0\xbe\xd1\x81\xd1\x8c "
                        "\xd0\xb2\xd1\x81\xd1\x91 \xd0\xb8\xd1\x81\xd0\xbf\xd1\x80\xd0\xb0\xd0\xb2"
                        "\xd0\xb8\xd1\x82\xd1\x8c?");
    /* An emoji, and e + a combining accent written as a Lua escape. */
    assert_string_equal(hw->note, "Take your time \xf0\x9f\x8c\xb1 \xe2\x80\x94 e\xcc\x81 is fine "
                                  "too.");
    homework_free(hw);
    diag_list_clear(&d);
}

/* Fields behind a metatable are read raw: the __index loop never runs. */
static void metatable_is_not_consulted(void **state)
{
    (void)state;
    DiagList d = {0};
    Homework *hw = homework_load(fixture("metatable-index.beside-homework"), &d);
    if (!hw)
        print_diags(&d);
    assert_non_null(hw);
    assert_int_equal(hw->n_stories, 1);
    assert_null(hw->note);
    homework_free(hw);
    diag_list_clear(&d);
}

/* ---- each rule broken ---- */

typedef struct {
    const char *file;
    int line;
    const char *words[4];
} Mistake;

static const Mistake mistakes[] = {
    {"two-blocks.beside-homework", 5, {"an assignment file has one homework { }; this is a "
                                       "second one (the first is at line 1)"}},
    {"no-block.beside-homework", 1, {"the file has no homework { ... }",
                                     "'beside assign --help' shows how to make one"}},
    {"not-a-table.beside-homework", 2, {"homework needs { } after it"}},
    {"stories-missing.beside-homework", 2, {"homework needs stories",
                                            "stories = { \"nina-and-tom\" }", "beside list"}},
    {"stories-empty.beside-homework", 3, {"stories is empty", "Add the id of at least one"}},
    {"stories-not-list.beside-homework", 2, {"stories is a list in { }, even for one story: "
                                             "stories = { \"nina-and-tom\" }."}},
    {"story-bad-id.beside-homework", 4, {"stories: \"The Fine Line\" is not a story id",
                                         "lowercase letters, digits and dashes"}},
    {"story-not-text.beside-homework", 2, {"stories: item 2 is a number",
                                           "write each story's id in quotes"}},
    {"story-twice.beside-homework", 5, {"stories: \"nina-and-tom\" is listed twice",
                                        "List each story once"}},
    {"too-many-stories.beside-homework", 2, {"stories lists 21 stories; the most is 20",
                                             "Split them into two assignments"}},
    {"too-many-questions.beside-homework", 3, {"questions has 21 questions; the most is 20"}},
    {"question-too-long.beside-homework", 5, {"questions: question 2 is 501 characters long; "
                                              "the most is 500. Shorten it."}},
    {"question-not-text.beside-homework", 5, {"questions: item 2 is a table",
                                              "write each question in quotes"}},
    {"too-many-contacts.beside-homework", 3, {"contacts has 7 contacts; the most is 6",
                                               "Keep the ones your client most needs."}},
    {"contact-control-character.beside-homework", 6, {"contacts: contact 2 contains a control "
                                                      "character (code 27)"}},
    {"contacts-not-list.beside-homework", 3, {"contacts is a list in { }, even for one contact"}},
    {"questions-not-list.beside-homework", 3, {"questions is a list in { }, even for one "
                                               "question"}},
    {"practice-too-long.beside-homework", 3, {"practice is 2001 characters long; the most is "
                                              "2000"}},
    {"note-not-text.beside-homework", 3, {"note must be text in quotes, like note = \"...\", not "
                                          "a number"}},
    {"from-empty.beside-homework", 2, {"from is empty. Write the text, or leave it out."}},
    {"note-control-character.beside-homework", 3, {"note contains a control character (code 7)",
                                                   "Remove it"}},
    {"note-invalid-utf8.beside-homework", 3, {"note is not valid UTF-8 text",
                                              "Save the file as UTF-8"}},
    {"date-bad-shape.beside-homework", 3, {"due = \"8 December 2026\" is not a date Beside can "
                                           "read", "like due = \"2026-12-08\""}},
    {"date-not-on-calendar.beside-homework", 3, {"assigned = \"2026-02-29\" is not a day on the "
                                                 "calendar: that month has 28 days"}},
    {"date-month-13.beside-homework", 3, {"due = \"2026-13-01\" has month 13; months go from 01 "
                                          "to 12"}},
    {"date-not-text.beside-homework", 3, {"due must be a date in quotes",
                                          "due = \"2026-12-08\""}},
    {"due-before-assigned.beside-homework", 4, {"due = \"2026-11-30\" is before assigned = "
                                                "\"2026-12-01\"", "on or after the day"}},
    {"unknown-field.beside-homework", 3, {"homework has a field 'qestions' that Beside does not "
                                          "know. Did you mean 'questions'?"}},
    {"unknown-field-far.beside-homework", 3, {"homework has a field 'colour'", "It can have: from, "
                                              "assigned, due, stories, questions, practice, "
                                              "note, contacts, drill, check_form."}},
    {"unnamed-item.beside-homework", 1, {"homework takes named fields only (name = value)"}},
    {"missing-comma.beside-homework", 3, {"'}' expected (to close '{' at line 1) near 'stories'",
                                          "Check for a missing comma"}},
    {"misspelt-word.beside-homework", 1, {"'homwork' is not a word Beside knows. Did you mean "
                                          "'homework'?"}},
    {"story-file.beside-homework", 1, {"'scenario' is not a word Beside knows",
                                       "This looks like a story file, not an assignment"}},
};

static void mistake_is_reported(void **state)
{
    const Mistake *m = *state;
    DiagList d = {0};
    Homework *hw = homework_load(fixture(m->file), &d);
    assert_null(hw);
    assert_true(d.count >= 1);
    const Diag *e = find_diag(&d, m->words);
    assert_non_null(e);
    assert_true(ends_with(e->file, m->file));
    if (e->line != m->line)
        fprintf(stderr, "  %s: reported at line %d, expected %d\n", m->file, e->line, m->line);
    assert_int_equal(e->line, m->line);
    assert_int_equal(e->severity, DIAG_ERROR);
    diag_list_clear(&d);
}

/* One check shows every mistake, each at its own line. */
static void several_errors_in_one_go(void **state)
{
    (void)state;
    DiagList d = {0};
    assert_null(homework_load(fixture("several-errors.beside-homework"), &d));
    static const struct { int line; const char *words[2]; } want[] = {
        {3, {"from must be text in quotes"}},
        {5, {"due = \"2026-02-30\" is not a day on the calendar"}},
        {6, {"stories: \"Nina\" is not a story id"}},
        {7, {"questions: question 1 is empty"}},
        {8, {"field 'colour'"}},
    };
    for (size_t i = 0; i < sizeof want / sizeof want[0]; i++) {
        const Diag *e = find_diag(&d, want[i].words);
        assert_non_null(e);
        assert_int_equal(e->line, want[i].line);
    }
    assert_int_equal(d.count, 5);
    diag_list_clear(&d);
}

/* ---- the sandbox ---- */

typedef struct {
    const char *file;
    int line;             /* -1: any */
    const char *words[3];
} Escape;

static const Escape escapes[] = {
    {"os-execute.beside-homework", 1, {"'os' is not a word Beside knows",
                                       "it cannot run programs, open files or load code"}},
    {"io-open.beside-homework", 1, {"'io' is not a word Beside knows", "cannot run programs"}},
    {"require.beside-homework", 1, {"'require' is not a word Beside knows"}},
    {"endless-loop.beside-homework", 2, {"ran too long", "needs no loops"}},
    {"loop-in-pcall.beside-homework", 2, {"ran too long"}},
    {"huge-string.beside-homework", -1, {"the file used more than 16 MB of memory",
                                         "an assignment needs a few KB"}},
    {"string-rep-huge.beside-homework", 1, {"string too large", "look for string.rep"}},
    /* Issue 13: a table as its own __call looped in C with no hook; a C
     * function as table.sort's comparator ran uncharged. */
    {"call-self.beside-homework", 2, {"__call must be a function written in the story"}},
    {"sort-packsize.beside-homework", 2, {"ran too long"}},
};

/* CPU time, as the sandbox's limits are: a busy machine does not change it. */
static double seconds_now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static void escape_is_refused(void **state)
{
    const Escape *x = *state;
    unlink("/tmp/beside-homework-escaped");
    DiagList d = {0};
    double t0 = seconds_now();
    Homework *hw = homework_load(fixture(x->file), &d);
    double took = seconds_now() - t0;
    assert_null(hw);
    const Diag *e = find_diag(&d, x->words);
    assert_non_null(e);
    if (x->line >= 0)
        assert_int_equal(e->line, x->line);
    /* Every escape is stopped by its budget (5 million steps), the memory
     * cap or a refusal, in well under a second of CPU time; the sandbox's
     * backstop (2 s, 8 in sanitizer builds) is never what stops one. */
    fprintf(stderr, "  %-32s refused in %.3f s\n", x->file, took);
    assert_true(took < 1.0 * BESIDE_SLOW_BUILD + 1.0);
    assert_int_equal(access("/tmp/beside-homework-escaped", F_OK), -1);
    diag_list_clear(&d);
}

/* An error raised with terminal escapes in it: the message keeps none. */
static void error_with_escapes_is_cleaned(void **state)
{
    (void)state;
    DiagList d = {0};
    assert_null(homework_load(fixture("error-escape.beside-homework"), &d));
    const char *words[] = {"gone", NULL};
    const Diag *e = find_diag(&d, words);
    assert_non_null(e);
    for (const unsigned char *p = (const unsigned char *)e->message; *p; p++)
        assert_true(*p >= 0x20 && *p != 0x7F);
    diag_list_clear(&d);
}

/* A table of 100,000 unknown fields: 200 problems kept, and a line saying
 * there were more, not 100,000 messages outside the memory cap. */
static void problems_are_capped(void **state)
{
    (void)state;
    DiagList d = {0};
    assert_null(homework_load(fixture("many-fields.beside-homework"), &d));
    const char *words[] = {"more than 200 problems", NULL};
    assert_non_null(find_diag(&d, words));
    assert_int_equal(d.count, 201);
    diag_list_clear(&d);
}

/* A million homework { } in a loop: said once, not a million times. */
static void blocks_in_a_loop_said_once(void **state)
{
    (void)state;
    DiagList d = {0};
    assert_null(homework_load(fixture("blocks-in-loop.beside-homework"), &d));
    const char *words[] = {"this is a second one", NULL};
    assert_non_null(find_diag(&d, words));
    assert_true(d.count <= 2);
    diag_list_clear(&d);
}

static void file_over_64_kb_is_refused(void **state)
{
    (void)state;
    size_t n = HOMEWORK_MAX_FILE + 1;
    char *big = malloc(n + 1);
    assert_non_null(big);
    memset(big, ' ', n);
    memcpy(big, "homework { stories = { \"a\" } }", 30);
    big[n] = '\0';
    DiagList d = {0};
    assert_null(homework_load_text("big.beside-homework", big, n, &d));
    const char *words[] = {"the file is larger than 64 KB", "Is it the right file?", NULL};
    assert_non_null(find_diag(&d, words));
    diag_list_clear(&d);
    /* The same from a file; and a file exactly at the limit loads. */
    char path[] = "/tmp/beside-homework-XXXXXX";
    int fd = mkstemp(path);
    assert_true(fd >= 0);
    assert_int_equal(write(fd, big, n), (ssize_t)n);
    close(fd);
    assert_null(homework_load(path, &d));
    assert_non_null(find_diag(&d, words));
    diag_list_clear(&d);
    assert_int_equal(truncate(path, HOMEWORK_MAX_FILE), 0);
    Homework *hw = homework_load(path, &d);
    if (!hw)
        print_diags(&d);
    assert_non_null(hw);
    homework_free(hw);
    diag_list_clear(&d);
    unlink(path);
    free(big);
}

static void missing_file_says_why(void **state)
{
    (void)state;
    DiagList d = {0};
    assert_null(homework_load(fixture("no-such-file.beside-homework"), &d));
    const char *words[] = {"cannot open the file", "Check the name", NULL};
    assert_non_null(find_diag(&d, words));
    diag_list_clear(&d);
    assert_null(homework_load(FIXTURES "/homework", &d));
    const char *folder[] = {"cannot read the file (is it a folder?)", NULL};
    assert_non_null(find_diag(&d, folder));
    diag_list_clear(&d);
}

/* ---- lines ---- */

/* A decoy "homework {" in a comment and a string, long strings spanning
 * lines, and fields in an unusual order: lines still point at the field. */
static void lines_point_at_the_field(void **state)
{
    (void)state;
    static const char src[] =
        "-- homework { due = \"decoy\" }\n"      /* 1 */
        "--[[ homework {\n"                        /* 2 */
        "  due = \"x\" } ]]\n"                    /* 3 */
        "local decoy = \"homework { due = 1 }\"\n" /* 4 */
        "homework {\n"                             /* 5 */
        "  note = [==[a\n"                         /* 6 */
        "]] b\n"                                   /* 7 */
        "c]==],\n"                                 /* 8 */
        "  stories = { \"ok\",\n"                 /* 9 */
        "    'a\\\n"                               /* 10 */
        "b', \"Bad\" },\n"                         /* 11 */
        "  due = \"soon\",\n"                     /* 12 */
        "}\n";
    DiagList d = {0};
    assert_null(homework_load_text("lines.beside-homework", src, sizeof src - 1, &d));
    const char *due[] = {"due = \"soon\"", NULL}, *item2[] = {"stories: item 2 is not", NULL},
               *item3[] = {"\"Bad\" is not a story id", NULL};
    const Diag *e = find_diag(&d, due);
    assert_non_null(e);
    assert_int_equal(e->line, 12);
    assert_non_null(e = find_diag(&d, item2)); /* 'a\<newline>b' holds a line break */
    assert_int_equal(e->line, 10);
    assert_non_null(e = find_diag(&d, item3));
    assert_int_equal(e->line, 11);
    assert_int_equal(d.count, 3);
    diag_list_clear(&d);
}

/* ---- values ---- */

static void dates_on_the_calendar(void **state)
{
    (void)state;
    assert_true(homework_valid_date("2026-12-08"));
    assert_true(homework_valid_date("2024-02-29"));
    assert_true(homework_valid_date("2000-02-29"));
    assert_false(homework_valid_date("2100-02-29"));
    assert_false(homework_valid_date("2026-02-29"));
    assert_false(homework_valid_date("2026-04-31"));
    assert_false(homework_valid_date("2026-00-10"));
    assert_false(homework_valid_date("2026-12-00"));
    assert_false(homework_valid_date("2026-1-08"));
    assert_false(homework_valid_date("2026/12/08"));
    assert_false(homework_valid_date("2026-12-08 "));
    assert_false(homework_valid_date("1969-12-31"));
    assert_false(homework_valid_date(""));
}

static void story_ids(void **state)
{
    (void)state;
    assert_true(homework_valid_id("nina-and-tom"));
    assert_true(homework_valid_id("week-3"));
    assert_false(homework_valid_id(""));
    assert_false(homework_valid_id("Nina"));
    assert_false(homework_valid_id("nina_and_tom"));
    assert_false(homework_valid_id("nina and tom"));
    assert_false(homework_valid_id("../etc/passwd"));
    char longest[HOMEWORK_MAX_ID + 2];
    memset(longest, 'a', sizeof longest);
    longest[HOMEWORK_MAX_ID] = '\0';
    assert_true(homework_valid_id(longest));
    longest[HOMEWORK_MAX_ID] = 'a';
    longest[HOMEWORK_MAX_ID + 1] = '\0';
    assert_false(homework_valid_id(longest));
}

static void text_problems(void **state)
{
    (void)state;
    char *why;
    assert_null(homework_text_problem("fine\tand\nfine", 13, 20));
    assert_non_null(why = homework_text_problem("", 0, 20));
    assert_string_equal(why, "is empty. Write the text, or leave it out.");
    free(why);
    assert_non_null(why = homework_text_problem("a\rb", 3, 20));
    assert_non_null(strstr(why, "control character (code 13)"));
    free(why);
    assert_non_null(why = homework_text_problem("a\xc2\x9b" "b", 4, 20)); /* C1 CSI */
    assert_non_null(strstr(why, "control character (U+009B)"));
    free(why);
    assert_non_null(why = homework_text_problem("a\0b", 3, 20));
    free(why);
    assert_non_null(why = homework_text_problem("\xed\xa0\x80", 3, 20)); /* a surrogate */
    assert_non_null(strstr(why, "not valid UTF-8"));
    free(why);
    assert_non_null(why = homework_text_problem("\xe2\x80", 2, 20)); /* cut short */
    free(why);
    /* Characters, not bytes: five two-byte letters fit in five. */
    assert_null(homework_text_problem("\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9", 10, 5));
    assert_non_null(why = homework_text_problem("abcdef", 6, 5));
    assert_string_equal(why, "is 6 characters long; the most is 5. Shorten it.");
    free(why);
}

int main(void)
{
    enum { NM = sizeof mistakes / sizeof mistakes[0], NE = sizeof escapes / sizeof escapes[0] };
    const struct CMUnitTest first[] = {
        cmocka_unit_test(good_file_gives_its_values),
        cmocka_unit_test(minimal_file_has_only_stories),
        cmocka_unit_test(non_ascii_text_is_kept),
        cmocka_unit_test(metatable_is_not_consulted),
        cmocka_unit_test(several_errors_in_one_go),
    };
    const struct CMUnitTest rest[] = {
        cmocka_unit_test(error_with_escapes_is_cleaned),
        cmocka_unit_test(problems_are_capped),
        cmocka_unit_test(blocks_in_a_loop_said_once),
        cmocka_unit_test(file_over_64_kb_is_refused),
        cmocka_unit_test(missing_file_says_why),
        cmocka_unit_test(lines_point_at_the_field),
        cmocka_unit_test(dates_on_the_calendar),
        cmocka_unit_test(story_ids),
        cmocka_unit_test(text_problems),
    };
    struct CMUnitTest tests[NM + NE + sizeof first / sizeof first[0] + sizeof rest / sizeof rest[0]];
    size_t n = 0;
    for (size_t i = 0; i < sizeof first / sizeof first[0]; i++)
        tests[n++] = first[i];
    for (size_t i = 0; i < NM; i++)
        tests[n++] = (struct CMUnitTest){mistakes[i].file, mistake_is_reported, NULL, NULL,
                                         (void *)&mistakes[i]};
    for (size_t i = 0; i < NE; i++)
        tests[n++] = (struct CMUnitTest){escapes[i].file, escape_is_refused, NULL, NULL,
                                         (void *)&escapes[i]};
    for (size_t i = 0; i < sizeof rest / sizeof rest[0]; i++)
        tests[n++] = rest[i];
    return _cmocka_run_group_tests("homework", tests, n, NULL, NULL);
}
