/* assignment.c — the open assignment, kept in the profile as its text. */
#include "app/assignment.h"

#include <stdlib.h>
#include <string.h>

#include "core/i18n.h"
#include "core/text.h"

/* The profile's settings table holds the assignment's text; one this long
 * is not kept (it stays open for this time only). */
enum { KEPT_MAX = 70000 };
static const char KEY[] = "homework";

bool assignment_is_file(const char *path)
{
    return homework_is_file(path);
}

Homework *assignment_restore(Profile *p)
{
    char *text = NULL, *err = NULL;
    if (!p || profile_setting_get(p, KEY, &text, &err) < 0 || !text) {
        free(err);
        return NULL;
    }
    DiagList d = {0};
    Homework *hw = homework_load_text("your saved assignment", text, strlen(text), &d);
    diag_list_clear(&d);
    free(text);
    return hw;
}

Homework *assignment_open(Profile *p, const char *path, DiagList *d, char **problem)
{
    *problem = NULL;
    Homework *hw = homework_load(path, d);
    if (!hw)
        return NULL;
    char *text = homework_write(hw), *err = NULL;
    if (p && text && strlen(text) < KEPT_MAX && profile_setting_set(p, KEY, text, &err) < 0)
        *problem = text_format(_("The assignment is open, but it could not be kept for next "
                                 "time: %s"), err ? err : "");
    free(err);
    free(text);
    return hw;
}

void assignment_forget(Profile *p)
{
    char *err = NULL;
    if (p)
        profile_setting_set(p, KEY, "", &err);
    free(err);
}
