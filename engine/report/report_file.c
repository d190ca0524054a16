/* report_file.c — putting a report on disk: a new file only its owner can
 * read, never over an existing one, in the documents folder by default. */
#define _DEFAULT_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "core/i18n.h"
#include "report/report_internal.h"

char *report_default_dir(void)
{
    const char *docs = getenv("XDG_DOCUMENTS_DIR");
    struct stat st;
    if (docs && *docs && stat(docs, &st) == 0 && S_ISDIR(st.st_mode))
        return text_dup(docs);
    const char *home = getenv("HOME");
    if (!home || !*home)
        return NULL;
    char *d = text_format("%s/Documents", home);
    if (d && stat(d, &st) == 0 && S_ISDIR(st.st_mode))
        return d;
    free(d);
    return text_dup(home);
}

/* Creates `path` (it must not exist) holding data, mode 0600, synced.
 * Returns 0, -1 with errno EEXIST when it exists, or -1 with errno set. */
static int write_new(const char *path, const char *data)
{
    int fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd < 0)
        return -1;
    /* The umask may have taken more away; the owner must still read it. */
    size_t len = strlen(data), done = 0;
    int ok = fchmod(fd, 0600) == 0;
    while (ok && done < len) {
        ssize_t n = write(fd, data + done, len - done);
        if (n < 0 && errno == EINTR)
            continue;
        ok = n > 0;
        done += ok ? (size_t)n : 0;
    }
    ok = ok && fsync(fd) == 0;
    int saved = errno;
    ok = close(fd) == 0 && ok;
    if (!ok) {
        unlink(path);
        errno = saved ? saved : EIO;
        return -1;
    }
    return 0;
}

char *report_write_file(const char *path, const char *dir, const char *name, const char *ext,
                        int64_t now, const char *data, char **err)
{
    if (path) {
        if (write_new(path, data) == 0)
            return text_dup(path);
        int e = errno;
        if (err)
            *err = e == EEXIST
                       ? text_format(_("%s already exists, and Beside does not write over "
                                       "files. Choose another name, or move that file first."),
                                     path)
                       : text_format(_("Beside could not write the report to %s: %s."), path,
                                     strerror(e));
        return NULL;
    }
    time_t t = (time_t)(now ? now : (int64_t)time(NULL));
    struct tm tm;
    char day[16] = "undated";
    if (localtime_r(&t, &tm))
        strftime(day, sizeof day, "%Y-%m-%d", &tm);
    for (int n = 1; n < 1000; n++) {
        char *p = n == 1 ? text_format("%s/%s-%s.%s", dir, name, day, ext)
                         : text_format("%s/%s-%s-%d.%s", dir, name, day, n, ext);
        if (!p)
            break;
        if (write_new(p, data) == 0)
            return p;
        int e = errno;
        if (e != EEXIST) {
            if (err)
                *err = text_format(_("Beside could not write the report to %s: %s."), p,
                                   strerror(e));
            free(p);
            return NULL;
        }
        free(p);
    }
    if (err)
        *err = text_format(_("Beside could not find a free name for the report in %s."), dir);
    return NULL;
}
