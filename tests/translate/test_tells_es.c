/* test_tells_es.c — the Spanish choices give their kind away no more than the
 * English do: for each translated story, the tells classifier (core/tells.h)
 * is trained on the options of the other Spanish stories and must guess
 * "rescue or not" no more than 5 points better than always giving the
 * commoner answer, the bar test_story_tells holds the English to. (Its words
 * are ASCII runs, so "está" counts as "est": rougher than for English, and
 * the same for every kind.) */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#include <cmocka.h>

#include "core/tells.h"
#include "script/story_lang.h"

static const char *const ids[] = {"nina-and-tom", "the-fine-line", "after-the-breakup"};
enum { N_STORIES = sizeof ids / sizeof *ids, MAX_OPTIONS = 2000 };

static int options_of(const Story *s, TellsItem *out, int room)
{
    int n = 0;
    for (int i = 0; i < s->n_scenes; i++)
        for (int c = 0; c < s->scenes[i].n_choices && n < room; c++)
            out[n++] = (TellsItem){s->scenes[i].choices[c].text,
                                   s->scenes[i].choices[c].kind == KIND_RESCUE};
    return n;
}

static void test_spanish_tells(void **state)
{
    (void)state;
    Story *st[N_STORIES];
    DiagList d = {0};
    for (int k = 0; k < N_STORIES; k++) {
        char path[512];
        snprintf(path, sizeof path, "%s/%s.lua", SCRIPTS, ids[k]);
        st[k] = story_lang_load(path, "es", NULL, &d);
        assert_non_null(st[k]);
        /* Translated, or this would measure the English. */
        assert_true(st[k]->scenes[0].choices[0].text[0] != '\0');
    }
    assert_string_equal(st[0]->title, "Nina y Tom");
    static TellsItem train[MAX_OPTIONS], test[MAX_OPTIONS];
    int failed = 0;
    for (int k = 0; k < N_STORIES; k++) {
        int nt = 0;
        for (int j = 0; j < N_STORIES; j++)
            if (j != k)
                nt += options_of(st[j], train + nt, MAX_OPTIONS - nt);
        int n = options_of(st[k], test, MAX_OPTIONS);
        TellsModel *m = tells_train(train, nt);
        assert_non_null(m);
        TellsScore sc;
        tells_score(m, test, n, &sc);
        double points = 100.0 * (sc.right - sc.baseline) / sc.options;
        printf("%s (es): %d options, %d guessed right, %d by always guessing: %+.1f points\n",
               ids[k], sc.options, sc.right, sc.baseline, points);
        if (points > 5.0) {
            printf("ERROR: the Spanish options of %s give their kind away: %+.1f points\n",
                   ids[k], points);
            failed++; /* every story is scored before the test fails */
        }
        tells_free(m);
    }
    for (int k = 0; k < N_STORIES; k++)
        story_free(st[k]);
    diag_list_clear(&d);
    if (failed > 0)
        fail_msg("%d Spanish stories give their kinds away (above)", failed);
}

int main(void)
{
    const struct CMUnitTest tests[] = {cmocka_unit_test(test_spanish_tells)};
    return cmocka_run_group_tests(tests, NULL, NULL);
}
