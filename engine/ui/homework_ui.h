/* homework_ui.h — the homework screens (homework_ui.c,
 * report_ui.c): the open assignment and its report's preview. */
#ifndef BESIDE_UI_HOMEWORK_UI_H
#define BESIDE_UI_HOMEWORK_UI_H

#include "ui/app.h"

/* ---- homework_ui.c, report_ui.c ---- */
/* Reads the assignment kept in the profile, if any. */
void app_homework_restore(App *a);
/* Opens an assignment file: the homework screen, or a problem naming
 * file:line (and the player stays where they were). */
int app_homework_open(App *a, const char *path);
void app_homework_remove(App *a);
void app_report_prepare(App *a);
void app_report_toggle(App *a, int index);
void app_report_save(App *a);
void app_report_free(App *a);

#endif
