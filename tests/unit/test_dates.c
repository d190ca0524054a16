/* test_dates.c — days and months by name (core/dates.h): English when no
 * catalogue is in use, a local day written whole, and "?" outside the
 * ranges rather than a read past a table. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <time.h>

#include <cmocka.h>

#include "core/dates.h"

static void names(void **state)
{
    (void)state;
    assert_string_equal(date_month(0), "January");
    assert_string_equal(date_month(11), "December");
    assert_string_equal(date_month(12), "?");
    assert_string_equal(date_month(-1), "?");
    assert_string_equal(date_weekday(0), "Sunday");
    assert_string_equal(date_weekday(5), "Friday");
    assert_string_equal(date_weekday(7), "?");
}

static void a_day(void **state)
{
    (void)state;
    setenv("TZ", "UTC", 1);
    tzset();
    char buf[64];
    date_day_text(1796385600, buf, sizeof buf); /* 2026-12-04 12:00 UTC */
    assert_string_equal(buf, "4 December 2026");
    char small[5];
    date_day_text(1796385600, small, sizeof small);
    assert_string_equal(small, "4 De"); /* cut, and always terminated */
}

int main(void)
{
    const struct CMUnitTest tests[] = {cmocka_unit_test(names), cmocka_unit_test(a_day)};
    return cmocka_run_group_tests(tests, NULL, NULL);
}
