/* yourdata.c — export, find, import and delete the player's whole profile
 * (see yourdata.h). The SQL is in engine/profile; this is where the files
 * are named and the messages worded. */
#include "app/yourdata.h"

#include <stdlib.h>
#include <string.h>
#include <dirent.h>
#include <sys/stat.h>
#include <time.h>

#include "core/i18n.h"
#include "core/text.h"
#include "report/report.h"

/* A name in `dir` not taken yet, for a copy made on the day of `now`. */
static char *free_name(const char *dir, int64_t now)
{
    char date[16];
    time_t t = (time_t)now;
    struct tm tm;
    localtime_r(&t, &tm);
    strftime(date, sizeof date, "%Y-%m-%d", &tm);
    struct stat st;
    for (int n = 1; n < 100; n++) {
        char *dest = n == 1 ? text_format("%s/beside-profile-%s.sqlite", dir, date)
                            : text_format("%s/beside-profile-%s-%d.sqlite", dir, date, n);
        if (!dest || stat(dest, &st) != 0)
            return dest; /* nothing is overwritten */
        free(dest);
    }
    return NULL;
}

int yourdata_export(Profile *p, const char *dir, int64_t now, char **dest, char **message)
{
    if (dest)
        *dest = NULL;
    if (!p) {
        *message = text_dup(_("There is no profile to export: Beside could not open one."));
        return -1;
    }
    char *folder = dir ? text_dup(dir) : report_default_dir();
    char *path = folder ? free_name(folder, now) : NULL;
    char *err = NULL;
    int rc = -1;
    if (!folder)
        *message = text_dup(_("Your data could not be exported: there is no home folder to "
                              "put it in."));
    else if (!path)
        *message = text_format(_("Your data could not be exported: %s already holds 99 "
                                 "copies from today. Move some of them away."), folder);
    else if (profile_export(p, path, &err) < 0)
        *message = err ? err : text_dup(_("Your data could not be exported."));
    else
        rc = 0;
    if (rc == 0) {
        *message = text_format(_("Your data was saved to %s. It holds your progress, your "
                                 "choices and your journal: keep it somewhere private."), path);
        if (dest)
            *dest = text_dup(path);
    } else if (err != *message) {
        free(err);
    }
    free(path);
    free(folder);
    return rc;
}

/* The day part of a copy's name (YYYY-MM-DD) and its number on that day:
 * beside-profile-2026-12-04.sqlite is 1, ...-2026-12-04-2.sqlite is 2. */
static int copy_number(const char *path, const char **day)
{
    const char *base = strrchr(path, '/');
    base = base ? base + 1 : path;
    *day = base + 15; /* after "beside-profile-" */
    const char *n = strlen(*day) > 10 && (*day)[10] == '-' ? *day + 11 : NULL;
    return n ? atoi(n) : 1;
}

static int newest_first(const void *x, const void *y)
{
    const char *dx, *dy;
    int nx = copy_number(*(char *const *)x, &dx), ny = copy_number(*(char *const *)y, &dy);
    int by_day = strncmp(dy, dx, 10);
    return by_day ? by_day : (ny > nx) - (ny < nx);
}

void yourdata_find_copies(const char *dir, PathList *out)
{
    path_list_free(out);
    char *folder = dir ? text_dup(dir) : report_default_dir();
    DIR *d = folder ? opendir(folder) : NULL;
    struct dirent *e;
    while (d && (e = readdir(d)) != NULL) {
        size_t n = strlen(e->d_name);
        if (strncmp(e->d_name, "beside-profile-", 15) == 0 && n > 7 &&
            strcmp(e->d_name + n - 7, ".sqlite") == 0)
            path_list_push(out, text_format("%s/%s", folder, e->d_name));
    }
    if (d)
        closedir(d);
    free(folder);
    if (out->count > 1)
        qsort(out->items, (size_t)out->count, sizeof *out->items, newest_first);
}

int yourdata_import(Profile *p, const char *src, char **message)
{
    if (!p) {
        *message = text_dup(_("Beside has no profile open to import into."));
        return -1;
    }
    char *notice = NULL, *err = NULL;
    if (profile_import(p, src, &notice, &err) < 0) {
        free(notice);
        *message = err ? err : text_dup(_("That file was not imported."));
        return -1;
    }
    free(err);
    *message = notice ? notice : text_dup(_("Your data was brought back from the copy."));
    return 0;
}

int yourdata_delete_all(Profile *p, char **message)
{
    char *err = NULL;
    if (!p) {
        *message = text_dup(_("There is no profile to delete."));
        return -1;
    }
    if (profile_delete_all(p, &err) < 0) {
        *message = err ? err : text_dup(_("Your data could not be deleted."));
        return -1;
    }
    *message = text_dup(_("All your data in Beside has been deleted: progress, choices, "
                          "journal and settings."));
    return 0;
}

char *yourdata_folder(const Profile *p)
{
    if (!p)
        return NULL;
    char *dir = text_dup(profile_path(p));
    char *slash = dir ? strrchr(dir, '/') : NULL;
    if (!dir)
        return NULL;
    if (!slash) { /* a bare name: the current folder (only tests do this) */
        free(dir);
        return text_dup(".");
    }
    *(slash == dir ? slash + 1 : slash) = '\0';
    return dir;
}

char *yourdata_documents(void)
{
    return report_default_dir();
}
