/* test_drill_tells.c — the wording of the bank's responses does not give
 * the kind away: the classifier of `beside check --tells` (words, length,
 * '?'), trained on five relationship groups and tested on the sixth, sorts
 * responses into rescue or not hardly better than always guessing "not a
 * rescue": within 7 points in each group, within 5 over the whole bank. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "core/tells.h"
#include "core/text.h"
#include "script/drill_load.h"

enum { GROUP_MARGIN = 7, BANK_MARGIN = 5 };

static void responses_give_nothing_away(void **state)
{
    (void)state;
    DrillBank b = {0};
    DiagList d = {0};
    static const char *const files[] = {
        "bank-partners.lua", "bank-friends.lua", "bank-parents-and-adult-children.lua",
        "bank-siblings.lua", "bank-parent-and-teen.lua", "bank-coworkers.lua",
    };
    for (int i = 0; i < 6; i++) {
        char *p = text_format("%s/drill/%s", SCRIPTS, files[i]);
        assert_int_equal(drill_load_file(p, &b, &d), 0);
        free(p);
    }
    TellsItem *train = calloc((size_t)b.count, sizeof *train);
    TellsItem *test = calloc((size_t)b.count, sizeof *test);
    assert_non_null(train);
    assert_non_null(test);
    int right = 0, baseline = 0, options = 0, over_margin = 0;
    for (int g = 0; g < DRILL_REL_COUNT; g++) {
        int n_train = 0, n_test = 0;
        for (int i = 0; i < b.count; i++) {
            TellsItem it = {b.items[i].response, b.items[i].kind == KIND_RESCUE};
            if ((int)b.items[i].relationship == g)
                test[n_test++] = it;
            else
                train[n_train++] = it;
        }
        TellsModel *m = tells_train(train, n_train);
        assert_non_null(m);
        TellsScore sc;
        tells_score(m, test, n_test, &sc);
        double over = 100.0 * (sc.right - sc.baseline) / sc.options;
        printf("%-28s %3d responses: classifier %5.1f%%, guessing %5.1f%% (%+.1f points)\n",
               drill_relationship_name((DrillRelationship)g), sc.options,
               100.0 * sc.right / sc.options, 100.0 * sc.baseline / sc.options, over);
        over_margin += over > GROUP_MARGIN;
        right += sc.right;
        baseline += sc.baseline;
        options += sc.options;
        tells_free(m);
    }
    double over = 100.0 * (right - baseline) / options;
    printf("the bank: classifier %.1f%%, guessing %.1f%% (%+.1f points)\n",
           100.0 * right / options, 100.0 * baseline / options, over);
    assert_int_equal(over_margin, 0);
    assert_true(over <= BANK_MARGIN);
    free(train);
    free(test);
    diag_list_clear(&d);
    drill_bank_free(&b);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(responses_give_nothing_away),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
