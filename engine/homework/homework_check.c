/* homework_check.c — what an assignment is checked for before it is
 * written (see homework_check.h). `beside assign` and the desk in the
 * window both call homework_check, so a rule or a message changes here
 * once for both. */
#include "homework/homework_check.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/i18n.h"
#include "core/text.h"
#include "script/library.h"

static int add(HomeworkProblems *out, HomeworkField f, int item, bool not_found, char *msg)
{
    if (!msg)
        return -1;
    HomeworkProblem *grown = realloc(out->items, sizeof *grown * (size_t)(out->count + 1));
    if (!grown) {
        free(msg);
        return -1;
    }
    out->items = grown;
    grown[out->count++] = (HomeworkProblem){f, item, not_found, msg};
    return 0;
}

static int addf(HomeworkProblems *out, HomeworkField f, int item, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));
static int addf(HomeworkProblems *out, HomeworkField f, int item, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    char *msg = text_vformat(fmt, ap);
    va_end(ap);
    return add(out, f, item, false, msg);
}

/* One text: "NAME[ N] is empty. ..." */
static int check_text(HomeworkProblems *out, HomeworkField f, const char *name, int item,
                      const char *s, int max)
{
    if (!s)
        return 0;
    char *why = homework_text_problem(s, strlen(s), max);
    if (!why)
        return 0;
    int rc = item > 0 ? addf(out, f, item, "%s %d %s", name, item, why)
                      : addf(out, f, 0, "%s %s", name, why);
    free(why);
    return rc;
}

/* Each text of a list, then how many there are. */
/* `too_many` says "%d ITEMS is too many; the most is %d. ADVICE" in full. */
static int check_list(HomeworkProblems *out, HomeworkField f, const char *name, char **items,
                      int n, int max_items, int max_chars, const char *too_many)
{
    int rc = 0;
    for (int i = 0; rc == 0 && i < n; i++)
        rc = check_text(out, f, name, i + 1, items[i] ? items[i] : "", max_chars);
    if (rc == 0 && n > max_items)
        rc = add(out, f, 0, false, text_format(too_many, n, max_items));
    return rc;
}

static int check_due(HomeworkProblems *out, const char *name, const char *due, const char *today)
{
    if (!due)
        return 0;
    if (!homework_valid_date(due)) {
        int y, m, d;
        char extra;
        if (sscanf(due, "%4d-%2d-%2d%c", &y, &m, &d, &extra) == 3 && strlen(due) == 10)
            return addf(out, HOMEWORK_F_DUE, 0, _("%s %s is not a day on the calendar. Check the "
                                                "month and the day."), name, due);
        return addf(out, HOMEWORK_F_DUE, 0, _("%s needs a date written year-month-day, like "
                                            "2026-12-08."), name);
    }
    if (today && strcmp(due, today) < 0)
        return addf(out, HOMEWORK_F_DUE, 0, _("%s %s is before today (%s). The due date must be "
                                            "today or later."), name, due, today);
    return 0;
}

static int check_story(HomeworkProblems *out, const char *name, char **ids, int i)
{
    const char *id = ids[i] ? ids[i] : "";
    for (int k = 0; k < i; k++)
        if (ids[k] && strcmp(ids[k], id) == 0)
            return addf(out, HOMEWORK_F_STORIES, i + 1, _("%s %s is given twice; list each story "
                                                        "once."), name, id);
    if (!homework_valid_id(id)) {
        if (strchr(id, '/') || strstr(id, ".lua"))
            return addf(out, HOMEWORK_F_STORIES, i + 1, _("%s takes the story's id, like "
                        "nina-and-tom, not its file: '%s'. 'beside list' shows the ids."), name,
                        id);
        return addf(out, HOMEWORK_F_STORIES, i + 1, _("%s '%s' is not a story id. Ids use "
                    "lowercase letters, digits and dashes, like nina-and-tom; 'beside list' "
                    "shows them."), name, id);
    }
    char *err = NULL, *path = library_find(id, &err);
    int rc = path ? 0 : add(out, HOMEWORK_F_STORIES, i + 1, true,
                            err ? err : text_dup(_("out of memory")));
    free(path);
    return rc;
}

static int check_stories(HomeworkProblems *out, const char *name, const Homework *hw)
{
    if (hw->n_stories == 0 && !hw->drill_rounds && !hw->check_form)
        return addf(out, HOMEWORK_F_STORIES, 0, _("Which stories? Pick at least one."));
    if (hw->n_stories > HOMEWORK_MAX_STORIES)
        return addf(out, HOMEWORK_F_STORIES, 0, _("%d stories is too many; the most is %d. Split "
                    "them into two assignments."), hw->n_stories, HOMEWORK_MAX_STORIES);
    int rc = 0;
    for (int i = 0; rc == 0 && i < hw->n_stories; i++)
        rc = check_story(out, name, hw->stories, i);
    return rc;
}

int homework_check(const Homework *hw, const char *today,
                   const char *const names[HOMEWORK_F_COUNT], HomeworkProblems *out)
{
    int before = out->count;
    int rc = check_due(out, names[HOMEWORK_F_DUE], hw->due, today);
    if (rc == 0)
        rc = check_list(out, HOMEWORK_F_QUESTIONS, names[HOMEWORK_F_QUESTIONS], hw->questions,
                        hw->n_questions, HOMEWORK_MAX_QUESTIONS, HOMEWORK_MAX_QUESTION,
                        _("%d questions is too many; the most is %d. Keep the ones that matter "
                          "most this week."));
    if (rc == 0)
        rc = check_list(out, HOMEWORK_F_CONTACTS, names[HOMEWORK_F_CONTACTS], hw->contacts,
                        hw->n_contacts, HOMEWORK_MAX_CONTACTS, HOMEWORK_MAX_CONTACT,
                        _("%d contact lines is too many; the most is %d. Keep the ones your "
                          "client most needs."));
    if (rc == 0)
        rc = check_text(out, HOMEWORK_F_PRACTICE, names[HOMEWORK_F_PRACTICE], 0, hw->practice,
                        HOMEWORK_MAX_TEXT);
    if (rc == 0)
        rc = check_text(out, HOMEWORK_F_NOTE, names[HOMEWORK_F_NOTE], 0, hw->note,
                        HOMEWORK_MAX_TEXT);
    if (rc == 0)
        rc = check_text(out, HOMEWORK_F_FROM, names[HOMEWORK_F_FROM], 0, hw->from,
                        HOMEWORK_MAX_TEXT);
    if (rc == 0)
        rc = check_stories(out, names[HOMEWORK_F_STORIES], hw);
    return rc < 0 ? -1 : out->count - before;
}

char *homework_problems_about(const HomeworkProblems *p, HomeworkField f, int item)
{
    TextBuf b = {0};
    for (int i = 0; i < p->count; i++) {
        const HomeworkProblem *q = &p->items[i];
        if (q->field != f || (item >= 0 && q->item != item))
            continue;
        if (b.len)
            textbuf_puts(&b, "\n");
        textbuf_puts(&b, q->message);
    }
    if (!b.len) {
        textbuf_free(&b);
        return NULL;
    }
    return textbuf_take(&b);
}

void homework_problems_clear(HomeworkProblems *p)
{
    for (int i = 0; i < p->count; i++)
        free(p->items[i].message);
    free(p->items);
    p->items = NULL;
    p->count = 0;
}
