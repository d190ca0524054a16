/* dates.c — days and months by name (dates.h). */
#include "core/dates.h"

#include <stdio.h>
#include <time.h>

#include "core/i18n.h"

static const char *const months[12] = {
    N_("January"), N_("February"), N_("March"),     N_("April"),   N_("May"),      N_("June"),
    N_("July"),    N_("August"),   N_("September"), N_("October"), N_("November"), N_("December"),
};
static const char *const weekdays[7] = {
    N_("Sunday"), N_("Monday"), N_("Tuesday"), N_("Wednesday"), N_("Thursday"), N_("Friday"),
    N_("Saturday"),
};

const char *date_month(int month)
{
    return month >= 0 && month < 12 ? _(months[month]) : "?";
}

const char *date_weekday(int day)
{
    return day >= 0 && day < 7 ? _(weekdays[day]) : "?";
}

void date_day_text(int64_t t, char *buf, size_t size)
{
    if (size == 0)
        return;
    time_t tt = (time_t)t;
    struct tm tm;
    if (!localtime_r(&tt, &tm))
        snprintf(buf, size, "?");
    else /* TRANSLATORS: a date: the day, the month's name, the year ("3 December 2026"). */
        snprintf(buf, size, _("%d %s %d"), tm.tm_mday, date_month(tm.tm_mon), tm.tm_year + 1900);
}
