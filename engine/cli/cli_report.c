/* cli_report.c — `beside report`: writes the homework report the client
 * asked for, where they asked for it, after they could see what it holds. */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "app/homework_report.h"
#include "core/i18n.h"
#include "cli/cli.h"
#include "core/text.h"
#include "homework/homework.h"
#include "profile/profile.h"

static const char *const help = N_(
    "Usage: beside report [OPTIONS]\n"
    "\n"
    "Writes a report of what you played and wrote, to read with your therapist.\n"
    "It is one file that opens in any web browser and prints on one or two\n"
    "pages. Nothing is sent anywhere: the file is made only when you run this,\n"
    "only where you say, and only you can open it (until you share it).\n"
    "\n"
    "Options:\n"
    "  --homework FILE   report on this assignment (a .beside-homework file):\n"
    "                    its stories, played since the day it was given.\n"
    "                    Without it: every story you have played.\n"
    "  --preview         show exactly what the report will hold, with a number\n"
    "                    for each reflection, and write nothing\n"
    "  --leave-out N     leave reflection N out of the report (N from --preview);\n"
    "                    give it again to leave out more than one\n"
    "  --text            plain text (for pasting into an email) instead of a web page\n"
    "  --output FILE     write the report to FILE (it must not exist yet);\n"
    "                    '-' prints it here instead\n"
    "  -h, --help        show this help\n"
    "\n"
    "Without --output the report goes to your documents folder\n"
    "($XDG_DOCUMENTS_DIR, else ~/Documents, else your home folder) as\n"
    "beside-report-YYYY-MM-DD.html (or .txt). A file already there is never\n"
    "replaced: the new one is called ...-2.html, ...-3.html and so on.\n"
    "\n"
    "Examples:\n"
    "  beside report --homework week-3.beside-homework --preview\n"
    "  beside report --homework week-3.beside-homework --leave-out 4\n"
    "  beside report --homework week-3.beside-homework --text --output ~/for-sam.txt\n"
    "  beside report --preview\n"
    "\n"
    "Beside is practice, not therapy.\n");

typedef struct {
    const char *homework, *output;
    bool text, preview;
    int64_t *leave_out;
    int n_leave_out;
} Args;

static int parse_args(int argc, char **argv, Args *a)
{
    for (int i = 1; i < argc; i++) {
        const char *arg = argv[i];
        bool takes = strcmp(arg, "--homework") == 0 || strcmp(arg, "--output") == 0 ||
                     strcmp(arg, "--leave-out") == 0;
        if (takes && i + 1 >= argc)
            return cli_usage_error("report", _("%s needs a value after it."), arg);
        if (strcmp(arg, "--homework") == 0) {
            a->homework = argv[++i];
        } else if (strcmp(arg, "--output") == 0) {
            a->output = argv[++i];
        } else if (strcmp(arg, "--leave-out") == 0) {
            const char *v = argv[++i];
            char *end;
            errno = 0;
            long long id = strtoll(v, &end, 10);
            if (errno || end == v || *end || id <= 0)
                return cli_usage_error("report", _("--leave-out takes the number of a reflection, "
                                                 "as --preview shows it, not '%s'."), v);
            int64_t *grown = realloc(a->leave_out, sizeof *grown * (size_t)(a->n_leave_out + 1));
            if (!grown)
                return EXIT_PROBLEMS;
            a->leave_out = grown;
            a->leave_out[a->n_leave_out++] = id;
        } else if (strcmp(arg, "--text") == 0) {
            a->text = true;
        } else if (strcmp(arg, "--preview") == 0) {
            a->preview = true;
        } else {
            return cli_usage_error("report", _("'%s' is not an option of beside report."), arg);
        }
    }
    return EXIT_OK;
}

/* Every --leave-out must name a reflection the report would hold: a typo
 * must not let in the page the client meant to keep private. */
static int check_leave_out(Profile *p, const Homework *hw, const Args *a)
{
    char *err = NULL;
    int unknown = homework_report_unknown_id(p, hw, a->leave_out, a->n_leave_out, &err);
    if (unknown == -2) {
        fprintf(stderr, "beside report: %s\n", err ? err : _("out of memory"));
        free(err);
        return EXIT_PROBLEMS;
    }
    if (unknown >= 0)
        return cli_usage_error("report", _("there is no reflection %lld in this report, so "
                                         "nothing was written. 'beside report --preview' "
                                         "lists the reflections with their numbers."),
                               (long long)a->leave_out[unknown]);
    return EXIT_OK;
}

static int make_report(Profile *p, const Homework *hw, const Args *a)
{
    int rc = check_leave_out(p, hw, a);
    if (rc != EXIT_OK)
        return rc;
    char *report = NULL, *err = NULL;
    ReportFormat f = a->preview ? REPORT_AS_PREVIEW : a->text ? REPORT_AS_TEXT : REPORT_AS_HTML;
    if (homework_report_make(p, hw, a->leave_out, a->n_leave_out, f, &report, &err) < 0) {
        fprintf(stderr, "beside report: %s\n", err ? err : _("out of memory"));
        free(err);
        return EXIT_PROBLEMS;
    }
    if (a->preview) {
        printf(_("This is what the report will hold. Nothing has been written.\n"
               "To leave a reflection out, add --leave-out and its number.\n\n%s"), report);
        free(report);
        return EXIT_OK;
    }
    if (a->output && strcmp(a->output, "-") == 0) {
        fputs(report, stdout);
        free(report);
        return fflush(stdout) == 0 ? EXIT_OK : EXIT_PROBLEMS;
    }
    char *written = homework_report_write(a->output, a->text ? "txt" : "html", report, &err);
    free(report);
    if (!written) {
        fprintf(stderr, "beside report: %s\n", err ? err : _("out of memory"));
        free(err);
        return EXIT_PROBLEMS;
    }
    printf(_("Your report is in %s\nOnly you can open this file until you share it. Nothing was "
           "sent anywhere.\n"), written);
    free(written);
    return EXIT_OK;
}

int cli_report(int argc, char **argv)
{
    if (cli_wants_help(argc, argv)) {
        fputs(_(help), stdout);
        return EXIT_OK;
    }
    Args a = {0};
    int rc = parse_args(argc, argv, &a);
    if (rc != EXIT_OK) {
        free(a.leave_out);
        return rc;
    }
    Homework *hw = NULL;
    if (a.homework) {
        DiagList diags = {0};
        hw = homework_load(a.homework, &diags);
        if (!hw) {
            diag_sort(&diags);
            diag_print(&diags, stderr);
            fprintf(stderr, _("beside report: the assignment in %s could not be read, so no "
                            "report was written.\n"), a.homework);
        }
        diag_list_clear(&diags);
        if (!hw) {
            free(a.leave_out);
            return EXIT_PROBLEMS;
        }
    }
    /* Opening makes a profile when there is none; a report has no need to. */
    char *path = profile_default_path();
    struct stat st;
    Profile *p = NULL;
    if (!path || stat(path, &st) != 0) {
        fprintf(stderr, _("beside report: you have not played any story yet, so there is nothing "
                        "to report.\n"));
        rc = EXIT_PROBLEMS;
    } else {
        char *notice = NULL, *err = NULL;
        p = profile_open(path, &notice, &err);
        /* Read-only is all a report needs; other notices (a damaged file
         * set aside) the client must hear of. */
        if (notice && p && !profile_read_only(p))
            fprintf(stderr, "beside report: %s\n", notice);
        free(notice);
        if (!p) {
            fprintf(stderr, "beside report: %s\n", err ? err : _("out of memory"));
            rc = EXIT_PROBLEMS;
        }
        free(err);
    }
    if (p)
        rc = make_report(p, hw, &a);
    profile_close(p);
    free(path);
    homework_free(hw);
    free(a.leave_out);
    return rc;
}
