/* test_homework_write.c — writing an assignment: the header says in plain
 * words what the file is; reading the text back gives the same values,
 * whatever the text holds (quotes, backslashes, line breaks, Lua's own
 * brackets and comment marks, any UTF-8). */
#include "homework_test.h"

/* Writes hw, reads it back, and checks every value is the same. */
static void assert_round_trip(const Homework *hw)
{
    char *text = homework_write(hw);
    assert_non_null(text);
    DiagList d = {0};
    Homework *back = homework_load_text("written.beside-homework", text, strlen(text), &d);
    if (!back) {
        fprintf(stderr, "%s", text);
        print_diags(&d);
    }
    assert_non_null(back);
#define SAME(f) \
    do { \
        if (hw->f) \
            assert_string_equal(back->f, hw->f); \
        else \
            assert_null(back->f); \
    } while (0)
    SAME(from);
    SAME(assigned);
    SAME(due);
    SAME(practice);
    SAME(note);
#undef SAME
    assert_int_equal(back->n_stories, hw->n_stories);
    for (int i = 0; i < hw->n_stories; i++)
        assert_string_equal(back->stories[i], hw->stories[i]);
    assert_int_equal(back->n_questions, hw->n_questions);
    for (int i = 0; i < hw->n_questions; i++)
        assert_string_equal(back->questions[i], hw->questions[i]);
    assert_int_equal(back->n_contacts, hw->n_contacts);
    for (int i = 0; i < hw->n_contacts; i++)
        assert_string_equal(back->contacts[i], hw->contacts[i]);
    /* Written again, the same bytes. */
    char *again = homework_write(back);
    assert_non_null(again);
    assert_string_equal(again, text);
    free(again);
    homework_free(back);
    diag_list_clear(&d);
    free(text);
}

static void awkward_strings_round_trip(void **state)
{
    (void)state;
    char *stories[] = {"nina-and-tom", "the-fine-line", "a-1"};
    char *questions[] = {
        "He said \"I'm fine\" \xe2\x80\x94 was he?",
        "C:\\Users\\sam\\ and a trailing backslash \\",
        "]] and ]==] and [[ and [=[ inside",
        "-- not a comment, and --[[ not one either",
        "Line one\nLine two\n\nAfter a blank line\n",
        "\ttabbed and  double  spaced ",
        "\\n is two characters here, \\\" too",
        "digits after an escape: \\1\"23",
        "' single ' quotes '",
        "%s %d %% %n printf marks",
    };
    char *contacts[] = {
        "Sam Lee's practice: 555 0142, weekdays 9 to 5",
        "Crisis line \xe2\x80\x94 \"988\", any hour\\",
    };
    Homework hw = {
        .contacts = contacts, .n_contacts = 2,
        .from = "Dr. O'Brien-\xc3\x96zt\xc3\xbcrk \"Sam\"",
        .assigned = "2026-12-01",
        .due = "2026-12-31",
        .stories = stories, .n_stories = 3,
        .questions = questions, .n_questions = sizeof questions / sizeof questions[0],
        .practice = "Say: \"I trust you to sort this out.\"\nThen wait.",
        .note = "\xf0\x9f\x8c\xb1 \xe4\xbd\xa0\xe5\xa5\xbd \xd9\x85\xd8\xb1\xd8\xad\xd8\xa8\xd8\xa7 "
                "e\xcc\x81 \xe2\x80\xae" "reversed\xe2\x80\xac \xef\xbb\xbf zero\xe2\x80\x8bwidth",
    };
    assert_round_trip(&hw);
}

static void only_stories_round_trip(void **state)
{
    (void)state;
    char *stories[] = {"clean"};
    Homework hw = {.stories = stories, .n_stories = 1};
    assert_round_trip(&hw);
    char *text = homework_write(&hw);
    assert_null(strstr(text, "questions ="));
    assert_null(strstr(text, "from ="));
    free(text);
}

static void longest_values_round_trip(void **state)
{
    (void)state;
    char *stories[HOMEWORK_MAX_STORIES], *questions[HOMEWORK_MAX_QUESTIONS];
    char ids[HOMEWORK_MAX_STORIES][HOMEWORK_MAX_ID + 1];
    /* Every question as long as allowed: 500 characters, cycling through a
     * quote, a backslash and a two-byte letter, all of which need care. */
    static char q[HOMEWORK_MAX_QUESTION * 2 + 1], t[HOMEWORK_MAX_TEXT + 1];
    size_t len = 0;
    for (int i = 0; i < HOMEWORK_MAX_QUESTION; i++) {
        const char *unit = i % 3 == 0 ? "\"" : i % 3 == 1 ? "\\" : "\xc3\xa9";
        memcpy(q + len, unit, strlen(unit));
        len += strlen(unit);
    }
    q[len] = '\0';
    assert_null(homework_text_problem(q, len, HOMEWORK_MAX_QUESTION));
    memset(t, '"', HOMEWORK_MAX_TEXT);
    for (int i = 0; i < HOMEWORK_MAX_STORIES; i++) {
        memset(ids[i], 'a' + i, HOMEWORK_MAX_ID);
        ids[i][HOMEWORK_MAX_ID] = '\0';
        stories[i] = ids[i];
    }
    for (int i = 0; i < HOMEWORK_MAX_QUESTIONS; i++)
        questions[i] = q;
    Homework hw = {
        .from = t, .assigned = "2026-01-01", .due = "2026-01-01",
        .stories = stories, .n_stories = HOMEWORK_MAX_STORIES,
        .questions = questions, .n_questions = HOMEWORK_MAX_QUESTIONS,
        .practice = t, .note = t,
    };
    assert_round_trip(&hw);
}

static void the_good_file_writes_back_to_itself(void **state)
{
    (void)state;
    DiagList d = {0};
    Homework *hw = homework_load(fixture("good.beside-homework"), &d);
    assert_non_null(hw);
    assert_round_trip(hw);
    homework_free(hw);
    hw = homework_load(fixture("non-ascii.beside-homework"), &d);
    assert_non_null(hw);
    assert_round_trip(hw);
    homework_free(hw);
    diag_list_clear(&d);
}

static void header_says_what_the_file_is(void **state)
{
    (void)state;
    char *stories[] = {"nina-and-tom"};
    Homework hw = {.stories = stories, .n_stories = 1, .note = "x"};
    char *text = homework_write(&hw);
    assert_non_null(text);
    assert_true(strncmp(text, "-- An assignment for Beside", 27) == 0);
    assert_non_null(strstr(text, "It holds no personal data about the client"));
    assert_non_null(strstr(text, "beside assign --check"));
    /* Every line before the block is a comment; the block is the rest. */
    const char *block = strstr(text, "\nhomework {\n");
    assert_non_null(block);
    for (const char *p = text; p <= block; p = strchr(p, '\n') + 1)
        assert_true(strncmp(p, "--", 2) == 0);
    free(text);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(awkward_strings_round_trip),
        cmocka_unit_test(only_stories_round_trip),
        cmocka_unit_test(longest_values_round_trip),
        cmocka_unit_test(the_good_file_writes_back_to_itself),
        cmocka_unit_test(header_says_what_the_file_is),
    };
    return cmocka_run_group_tests_name("homework_write", tests, NULL, NULL);
}
