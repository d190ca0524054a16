/* dates.h — days and months by name in the interface's language. Beside
 * sets only the messages' locale (app/language.h), never LC_TIME, so
 * strftime's %A and %B would stay English: the names come from the
 * catalogue instead (core/i18n.h). */
#ifndef BESIDE_DATES_H
#define BESIDE_DATES_H

#include <stddef.h>
#include <stdint.h>

/* The month's name (0 January … 11 December), translated; "?" outside. */
const char *date_month(int month);
/* The weekday's name (0 Sunday … 6 Saturday), translated; "?" outside. */
const char *date_weekday(int day);
/* "4 December 2026" (in Spanish "4 de diciembre de 2026") for the local
 * day of Unix time `t`, into buf (always terminated); "?" when it has none. */
void date_day_text(int64_t t, char *buf, size_t size);

#endif
