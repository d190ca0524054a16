/* desk.c — the assignment being made at the desk (see desk.h): the draft's
 * lists and dates, saving it, the recent ones kept in the profile, and the
 * files in the documents folder. */
#include "app/desk.h"

#include <dirent.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>

#include "core/i18n.h"
#include "core/text.h"
#include "report/report.h"

Homework *desk_draft_new(void)
{
    return calloc(1, sizeof(Homework));
}

static int copy_list(char ***dst, int *n, char *const *src, int count)
{
    for (int i = 0; i < count; i++)
        if (desk_add(dst, n, src[i]) < 0)
            return -1;
    return 0;
}

Homework *desk_draft_copy(const Homework *hw)
{
    Homework *d = desk_draft_new();
    if (!d)
        return NULL;
    bool ok = copy_list(&d->stories, &d->n_stories, hw->stories, hw->n_stories) == 0 &&
              copy_list(&d->questions, &d->n_questions, hw->questions, hw->n_questions) == 0 &&
              copy_list(&d->contacts, &d->n_contacts, hw->contacts, hw->n_contacts) == 0 &&
              desk_set_text(&d->practice, hw->practice) == 0 &&
              desk_set_text(&d->note, hw->note) == 0 && desk_set_text(&d->from, hw->from) == 0;
    if (ok && hw->due && !(d->due = text_dup(hw->due)))
        ok = false;
    if (!ok) {
        homework_free(d);
        return NULL;
    }
    return d;
}

int desk_find(char *const *items, int n, const char *s)
{
    for (int i = 0; i < n; i++)
        if (items[i] && s && strcmp(items[i], s) == 0)
            return i;
    return -1;
}

int desk_add(char ***items, int *n, const char *s)
{
    char *copy = text_dup(s ? s : "");
    char **grown = copy ? realloc(*items, sizeof *grown * (size_t)(*n + 1)) : NULL;
    if (!grown) {
        free(copy);
        return -1;
    }
    *items = grown;
    grown[(*n)++] = copy;
    return 0;
}

void desk_remove(char ***items, int *n, int i)
{
    if (i < 0 || i >= *n)
        return;
    free((*items)[i]);
    memmove(*items + i, *items + i + 1, sizeof **items * (size_t)(*n - i - 1));
    (*n)--;
}

int desk_toggle(char ***items, int *n, const char *s)
{
    int at = desk_find(*items, *n, s);
    if (at >= 0) {
        desk_remove(items, n, at);
        return 0;
    }
    return desk_add(items, n, s) < 0 ? -1 : 1;
}

int desk_set_text(char **field, const char *text)
{
    bool blank = true;
    for (const char *p = text; p && *p && blank; p++)
        blank = *p == ' ' || *p == '\n' || *p == '\t' || *p == '\r';
    char *copy = blank ? NULL : text_dup(text);
    if (!blank && !copy)
        return -1;
    free(*field);
    *field = copy;
    return 0;
}

/* ---- dates ---- */

void desk_today(char out[11])
{
    time_t now = time(NULL);
    struct tm t;
    localtime_r(&now, &t);
    strftime(out, 11, "%Y-%m-%d", &t);
}

int desk_date_add(const char *date, int days, char out[11])
{
    if (!date || !homework_valid_date(date))
        return -1;
    struct tm t = {0};
    t.tm_year = atoi(date) - 1900;
    t.tm_mon = atoi(date + 5) - 1;
    t.tm_mday = atoi(date + 8) + days;
    t.tm_hour = 12; /* away from midnight, so a clock change cannot move the day */
    t.tm_isdst = -1;
    if (mktime(&t) == (time_t)-1)
        return -1;
    strftime(out, 11, "%Y-%m-%d", &t);
    return 0;
}

static int set_due(Homework *d, const char *date)
{
    char *copy = date ? text_dup(date) : NULL;
    if (date && !copy)
        return -1;
    free(d->due);
    d->due = copy;
    return 0;
}

int desk_due_move(Homework *d, const char *today, int days)
{
    char out[11];
    if (desk_date_add(d->due && homework_valid_date(d->due) ? d->due : today, days, out) < 0)
        return -1;
    return set_due(d, strcmp(out, today) < 0 ? today : out);
}

int desk_due_set(Homework *d, const char *today, int days)
{
    char out[11];
    if (days < 0)
        return set_due(d, NULL);
    return desk_date_add(today, days, out) < 0 ? -1 : set_due(d, out);
}

int desk_check(const Homework *d, const char *today, HomeworkProblems *out)
{
    const char *const names[HOMEWORK_F_COUNT] = {
        [HOMEWORK_F_STORIES] = _("Story"), [HOMEWORK_F_QUESTIONS] = _("Question"),
        [HOMEWORK_F_PRACTICE] = _("The practice task"), [HOMEWORK_F_NOTE] = _("The note"),
        [HOMEWORK_F_FROM] = _("Your name"), [HOMEWORK_F_DUE] = _("The due date"),
        [HOMEWORK_F_CONTACTS] = _("Contact line"),
    };
    return homework_check(d, today, names, out);
}

/* ---- saving ---- */

/* The draft's text, dated today, read back as the client's Beside will. */
static char *checked_text(Homework *d, const char *today, char **message)
{
    char *was = d->assigned;
    d->assigned = (char *)today;
    char *text = homework_write(d);
    d->assigned = was;
    DiagList diags = {0};
    Homework *back = text ? homework_load_text(_("the assignment"), text, strlen(text), &diags)
                          : NULL;
    if (!back) {
        *message = text ? text_format(_("The assignment would not open, so it was not saved: %s"),
                                      diags.count ? diags.items[0].message : "")
                        : text_dup(_("There is not enough memory to save the assignment."));
        free(text);
        text = NULL;
    }
    homework_free(back);
    diag_list_clear(&diags);
    return text;
}

int desk_save(Homework *d, const char *dir, const char *today, Profile *p,
              HomeworkProblems *problems, char **path, char **message)
{
    *path = NULL;
    int n = desk_check(d, today, problems);
    if (n != 0) {
        *message = n < 0 ? text_dup(_("There is not enough memory to check the assignment."))
                 : text_format(ngettext("Nothing was saved yet: %d thing to fix, shown beside its "
                                        "field.",
                                        "Nothing was saved yet: %d things to fix, shown beside "
                                        "their fields.",
                                        (unsigned long)n),
                               n);
        return -1;
    }
    char *text = checked_text(d, today, message);
    if (!text)
        return -1;
    char *folder = dir ? text_dup(dir) : report_default_dir(), *err = NULL;
    *path = folder ? report_write_file(NULL, folder, "assignment", "beside-homework",
                                       (int64_t)time(NULL), text, &err)
                   : NULL;
    if (!*path) {
        *message = folder ? text_format(_("The assignment could not be saved: %s"), err ? err : "")
                          : text_dup(_("The assignment could not be saved: there is no home "
                                       "folder to put it in."));
    } else {
        *message = text_format(_("Saved as %s. Attach it to an email to your client, or copy it "
                                 "to a USB stick: they open it in Beside."), *path);
        if (p)
            desk_recent_add(p, d);
    }
    free(err);
    free(folder);
    free(text);
    return *path ? 0 : -1;
}

/* ---- the recent assignments: desk-recent-1 (newest) … in the settings ---- */

static char *recent_key(int i)
{
    return text_format("desk-recent-%d", i + 1);
}

static char *recent_get(Profile *p, int i)
{
    char *key = recent_key(i), *value = NULL, *err = NULL;
    if (!key || profile_setting_get(p, key, &value, &err) < 0)
        value = NULL;
    free(key);
    free(err);
    if (value && !*value) {
        free(value);
        value = NULL;
    }
    return value;
}

int desk_recent_add(Profile *p, const Homework *hw)
{
    Homework undated = *hw;
    undated.assigned = NULL; /* the same assignment on another day is the same one */
    undated.file = NULL;
    char *text = homework_write(&undated), *kept[DESK_RECENT_MAX] = {0};
    if (!text || !p)
        return free(text), -1;
    int n = 0;
    for (int i = 0; i < DESK_RECENT_MAX; i++) {
        char *old = recent_get(p, i);
        if (old && strcmp(old, text) != 0 && n < DESK_RECENT_MAX - 1)
            kept[n++] = old;
        else
            free(old);
    }
    int rc = 0;
    for (int i = 0; i < DESK_RECENT_MAX; i++) {
        char *key = recent_key(i), *err = NULL;
        const char *value = i == 0 ? text : i - 1 < n ? kept[i - 1] : "";
        if (!key || profile_setting_set(p, key, value, &err) < 0)
            rc = -1;
        free(key);
        free(err);
    }
    for (int i = 0; i < n; i++)
        free(kept[i]);
    free(text);
    return rc;
}

int desk_recent_list(Profile *p, Homework **out)
{
    int n = 0;
    for (int i = 0; p && i < DESK_RECENT_MAX; i++) {
        char *text = recent_get(p, i);
        DiagList d = {0};
        Homework *hw = text ? homework_load_text("a recent assignment", text, strlen(text), &d)
                            : NULL;
        if (hw)
            out[n++] = hw;
        diag_list_clear(&d);
        free(text);
    }
    return n;
}

/* ---- files ---- */

typedef struct {
    char *path;
    time_t mtime;
} Found;

static int newest_first(const void *x, const void *y)
{
    const Found *a = x, *b = y;
    if (a->mtime != b->mtime)
        return a->mtime > b->mtime ? -1 : 1;
    return strcmp(b->path, a->path); /* -2 after the first on the same second */
}

void desk_find_files(const char *dir, PathList *out)
{
    path_list_free(out);
    char *folder = dir ? text_dup(dir) : report_default_dir();
    DIR *dh = folder ? opendir(folder) : NULL;
    Found *found = NULL;
    int n = 0;
    for (struct dirent *e; dh && (e = readdir(dh));) {
        struct stat st;
        char *path = homework_is_file(e->d_name) ? text_format("%s/%s", folder, e->d_name) : NULL;
        Found *grown = path ? realloc(found, sizeof *grown * (size_t)(n + 1)) : NULL;
        if (!grown || stat(path, &st) != 0 || !S_ISREG(st.st_mode)) {
            free(path);
            continue;
        }
        found = grown;
        found[n++] = (Found){path, st.st_mtime};
    }
    if (dh)
        closedir(dh);
    if (n > 1) /* qsort wants a real array, even for nothing to sort */
        qsort(found, (size_t)n, sizeof *found, newest_first);
    for (int i = 0; i < n; i++)
        path_list_push(out, found[i].path);
    free(found);
    free(folder);
}

Homework *desk_open(const char *path, char **message)
{
    DiagList d = {0};
    Homework *hw = homework_load(path, &d);
    Homework *draft = hw ? desk_draft_copy(hw) : NULL;
    if (!hw) {
        diag_sort(&d);
        const Diag *first = d.count ? &d.items[0] : NULL;
        *message = first ? text_format("%s:%d: %s", first->file ? first->file : path, first->line,
                                       first->message)
                         : text_format(_("%s could not be opened."), path);
    } else if (!draft) {
        *message = text_dup(_("There is not enough memory to open the assignment."));
    }
    homework_free(hw);
    diag_list_clear(&d);
    return draft;
}
