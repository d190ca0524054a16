/* cli_assign.c — `beside assign`: a therapist writes an assignment file
 * from options, or checks one. */
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "cli/cli.h"
#include "core/i18n.h"
#include "core/text.h"
#include "homework/homework.h"
#include "homework/homework_check.h"
#include "script/library.h"

static const char *const usage = N_(
    "Usage: beside assign --story ID [--story ID ...] [OPTIONS]\n"
    "       beside assign --check FILE\n"
    "\n"
    "Writes an assignment: a small file that tells Beside which stories your\n"
    "client plays between sessions, the questions to think about afterwards,\n"
    "and a practice task for the week. Give the file to your client (by email\n"
    "or on a USB stick); they open it in Beside. The file holds no personal\n"
    "data about your client, only what you write in it.\n"
    "\n"
    "Options:\n"
    "  --story ID        a story to play; give it again for more, in the order\n"
    "                    to play them ('beside list' shows the ids). Needed,\n"
    "                    unless it is Spot it only (--drill, --check-form)\n"
    "  --drill N         N rounds of Spot it, the practice drill (1 to 20)\n"
    "  --check-form A|B  take Spot it's check form A (or B, to compare later)\n"
    "  --question TEXT   a question to reflect on; give it again for more\n"
    "  --practice TEXT   a practice task for the week\n"
    "  --note TEXT       a note to your client\n"
    "  --contact TEXT    a line for your client's Help screen while the\n"
    "                    assignment is open: your practice's phone and hours,\n"
    "                    a local crisis line; give it again for more (up to 6)\n"
    "  --from NAME       your name, as your client will see it\n"
    "  --due DATE        when it is due: a date like 2026-12-08, or +7 for a\n"
    "                    week from today\n"
    "  --output FILE     where to write it (default: homework.beside-homework\n"
    "                    in this folder); '-' prints it here instead\n"
    "  --force           replace FILE if it is already there\n"
    "  --check FILE      check an assignment file and sum it up; writes nothing\n"
    "  -h, --help        show this help\n"
    "\n"
    "Put text with spaces in quotes. The assignment is dated today. A question\n"
    "can be up to 500 characters; a contact line 200; a note, a practice task or\n"
    "a name up to 2000.\n"
    "\n"
    "Examples:\n"
    "  beside assign --story nina-and-tom --due +7\n"
    "\n"
    "  beside assign --story nina-and-tom --story the-fine-line \\\n"
    "      --question \"When did you feel the pull to fix it?\" \\\n"
    "      --question \"What did you want to say instead?\" \\\n"
    "      --practice \\\n"
    "        \"Once a day, ask: do you want advice, or should I just listen?\" \\\n"
    "      --note \"Play at your own pace. Stop if it gets too much.\" \\\n"
    "      --contact \"Sam Lee's practice: 555 0142, weekdays 9 to 5\" \\\n"
    "      --from \"Sam Lee\" --due 2026-12-08 --output week-3.beside-homework\n"
    "\n"
    "  beside assign --check week-3.beside-homework\n"
    "\n"
    "More in docs/THERAPISTS.md, 'The assignment file'.\n"
    "\n"
    "Exit status: 0 ok, 1 problems found, 2 usage error.\n");

static const char default_output[] = "homework.beside-homework";

typedef struct {
    char **stories, **questions, **contacts;
    int n_stories, n_questions, n_contacts;
    const char *practice, *note, *from, *due, *output, *check, *drill, *check_form;
    bool force, writing;
} Args;

static void args_free(Args *a)
{
    free(a->stories);
    free(a->questions);
    free(a->contacts);
}

static int push(char ***list, int *n, char *value)
{
    char **grown = realloc(*list, sizeof *grown * (size_t)(*n + 1));
    if (!grown)
        return -1;
    *list = grown;
    grown[(*n)++] = value;
    return 0;
}

static int parse_args(int argc, char **argv, Args *a)
{
    static const char *const takes[] = {"--story", "--question", "--practice", "--note",
                                        "--from", "--due", "--output", "--check", "--contact",
                                        "--drill", "--check-form"};
    for (int i = 1; i < argc; i++) {
        const char *arg = argv[i];
        bool needs = false;
        for (size_t k = 0; k < sizeof takes / sizeof takes[0]; k++)
            needs = needs || strcmp(arg, takes[k]) == 0;
        if (needs && i + 1 >= argc)
            return cli_usage_error("assign", _("%s needs a value after it."), arg);
        char *v = needs ? argv[++i] : NULL;
        const char **one = NULL;
        if (strcmp(arg, "--story") == 0) {
            if (push(&a->stories, &a->n_stories, v) < 0)
                return EXIT_PROBLEMS;
        } else if (strcmp(arg, "--question") == 0) {
            if (push(&a->questions, &a->n_questions, v) < 0)
                return EXIT_PROBLEMS;
        } else if (strcmp(arg, "--contact") == 0) {
            if (push(&a->contacts, &a->n_contacts, v) < 0)
                return EXIT_PROBLEMS;
        } else if (strcmp(arg, "--practice") == 0) {
            one = &a->practice;
        } else if (strcmp(arg, "--note") == 0) {
            one = &a->note;
        } else if (strcmp(arg, "--from") == 0) {
            one = &a->from;
        } else if (strcmp(arg, "--due") == 0) {
            one = &a->due;
        } else if (strcmp(arg, "--output") == 0) {
            one = &a->output;
        } else if (strcmp(arg, "--check") == 0) {
            one = &a->check;
        } else if (strcmp(arg, "--drill") == 0) {
            one = &a->drill;
        } else if (strcmp(arg, "--check-form") == 0) {
            one = &a->check_form;
        } else if (strcmp(arg, "--force") == 0) {
            a->force = true;
        } else if (arg[0] == '-' && arg[1]) {
            return cli_usage_error("assign", _("'%s' is not an option of beside assign."), arg);
        } else {
            return cli_usage_error("assign", _("'%s' has no option before it. To name a story, "
                                   "write --story %s; to check a file, --check %s."), arg, arg,
                                   arg);
        }
        if (one && *one)
            return cli_usage_error("assign", _("%s is given twice; give it once."), arg);
        if (one)
            *one = v;
        if (strcmp(arg, "--check") != 0)
            a->writing = true;
    }
    if (a->check && a->writing)
        return cli_usage_error("assign", _("--check FILE checks a file and writes nothing, so it "
                                         "takes no other options."));
    if (!a->check && a->n_stories == 0 && !a->drill && !a->check_form)
        return cli_usage_error("assign", _("which stories? Give at least one with --story ID, "
                                         "like --story nina-and-tom ('beside list' shows the "
                                         "ids)."));
    return EXIT_OK;
}

/* ---- checking the options ---- */

/* Today, and today + `days`, as YYYY-MM-DD in local time. */
static void days_from_today(int days, char out[16])
{
    time_t now = time(NULL);
    struct tm t;
    localtime_r(&now, &t);
    t.tm_mday += days;
    t.tm_hour = 12; /* away from midnight, so a clock change cannot move the day */
    t.tm_isdst = -1;
    mktime(&t);
    strftime(out, 16, "%Y-%m-%d", &t);
}

/* The option's own forms: +N days from today, or a date written out
 * (checked as a day on the calendar by homework_check, with the rest). */
static int due_date(const char *due, char out[16])
{
    if (due[0] == '+') {
        char *end;
        errno = 0;
        long days = strtol(due + 1, &end, 10);
        if (errno || end == due + 1 || *end || days < 0 || days > 366)
            return cli_usage_error("assign", _("--due %s: after + give a number of days from 0 to "
                                             "366, like --due +7 for a week from today."), due);
        days_from_today((int)days, out);
        return EXIT_OK;
    }
    int y, m, d;
    char extra;
    if (strlen(due) != 10 || sscanf(due, "%4d-%2d-%2d%c", &y, &m, &d, &extra) != 3)
        return cli_usage_error("assign", _("--due needs a date written year-month-day, like "
                                         "--due 2026-12-08, or +7 for a week from today; '%s' "
                                         "is not one."), due);
    snprintf(out, 16, "%s", due);
    return EXIT_OK;
}

/* homework_check's problems as this command says them: a mistake in the
 * options is a usage error (the first one); a story not installed here is
 * a problem (each one). */
static int report_problems(const HomeworkProblems *p)
{
    for (int i = 0; i < p->count; i++)
        if (!p->items[i].not_found)
            return cli_usage_error("assign", "%s", p->items[i].message);
    for (int i = 0; i < p->count; i++)
        fprintf(stderr, "beside assign: %s\n", p->items[i].message);
    return p->count ? EXIT_PROBLEMS : EXIT_OK;
}

/* ---- writing ---- */

static int write_file(const char *path, const char *text, bool force)
{
    if (strcmp(path, "-") == 0)
        return fputs(text, stdout) < 0 ? EXIT_PROBLEMS : EXIT_OK;
    int flags = O_WRONLY | O_CREAT | (force ? O_TRUNC : O_EXCL);
    int fd = open(path, flags, 0644); /* for sharing: it holds nothing private */
    if (fd < 0 && errno == EEXIST) {
        fprintf(stderr, _("beside assign: %s is already there, so nothing was written. Give "
                        "another name with --output FILE, or add --force to replace it.\n"),
                path);
        return EXIT_PROBLEMS;
    }
    size_t len = strlen(text), done = 0;
    while (fd >= 0 && done < len) {
        ssize_t n = write(fd, text + done, len - done);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            break;
        done += (size_t)n;
    }
    int err = errno;
    if (fd < 0 || done < len || close(fd) < 0) {
        fprintf(stderr, _("beside assign: cannot write %s: %s. Check the folder exists and that "
                        "you may write there.\n"), path, strerror(fd < 0 || done < len ? err
                                                                                        : errno));
        if (fd >= 0)
            unlink(path); /* never leave half an assignment */
        return EXIT_PROBLEMS;
    }
    return EXIT_OK;
}

/* ---- summing up ---- */

static void print_text(const char *label, const char *text)
{
    printf("%s", label);
    for (const char *p = text; *p; p++) {
        putchar(*p);
        if (*p == '\n')
            fputs("    ", stdout);
    }
    putchar('\n');
}

static void print_summary(const Homework *hw)
{
    if (hw->from)
        print_text(_("From: "), hw->from);
    if (hw->assigned && hw->due)
        printf(_("Given on %s, due %s.\n"), hw->assigned, hw->due);
    else if (hw->assigned)
        printf(_("Given on %s.\n"), hw->assigned);
    else if (hw->due)
        printf(_("Due %s.\n"), hw->due);
    if (hw->n_stories > 0)
        printf(_("Stories to play, in this order:\n"));
    for (int i = 0; i < hw->n_stories; i++) {
        char *err = NULL, *path = library_find(hw->stories[i], &err);
        printf("  %d. %s%s\n", i + 1, hw->stories[i],
               path ? "" : _(" (not found on this computer: your client needs it installed)"));
        free(path);
        free(err);
    }
    if (hw->drill_rounds > 0)
        printf(ngettext("Spot it: %d practice round of 10 items ('beside drill').\n",
                        "Spot it: %d practice rounds of 10 items ('beside drill').\n",
                        (unsigned long)hw->drill_rounds),
               hw->drill_rounds);
    if (hw->check_form)
        printf(_("Spot it: check form %c ('beside drill --check %c').\n"), hw->check_form,
               hw->check_form);
    if (hw->n_questions > 0)
        printf(_("Questions to reflect on:\n"));
    for (int i = 0; i < hw->n_questions; i++) {
        char label[16];
        snprintf(label, sizeof label, "  %d. ", i + 1);
        print_text(label, hw->questions[i]);
    }
    if (hw->practice)
        print_text(_("Practice this week: "), hw->practice);
    if (hw->note)
        print_text(_("Note: "), hw->note);
    if (hw->n_contacts > 0)
        printf(_("Contacts for your client's Help screen:\n"));
    for (int i = 0; i < hw->n_contacts; i++)
        print_text("  ", hw->contacts[i]);
}

static int check_file(const char *path)
{
    DiagList d = {0};
    Homework *hw = homework_load(path, &d);
    if (!hw) {
        diag_sort(&d);
        diag_print(&d, stdout);
        int n = diag_count(&d, DIAG_ERROR);
        printf(ngettext("%s: %d problem, so Beside cannot open this assignment. Fix it and "
                        "check again.\n",
                        "%s: %d problems, so Beside cannot open this assignment. Fix them and "
                        "check again.\n",
                        (unsigned long)n),
               path, n);
        diag_list_clear(&d);
        return EXIT_PROBLEMS;
    }
    printf(_("%s: a good assignment.\n"), path);
    print_summary(hw);
    homework_free(hw);
    diag_list_clear(&d);
    return EXIT_OK;
}

/* --drill N and --check-form A|B into the assignment. */
static int drill_options(const Args *a, Homework *hw)
{
    if (a->drill) {
        char *end;
        long n = strtol(a->drill, &end, 10);
        if (*end || end == a->drill || n < 1 || n > HOMEWORK_MAX_DRILL)
            return cli_usage_error("assign", _("--drill %s: give the number of Spot it rounds, "
                                   "from 1 to %d, like --drill 3."), a->drill, HOMEWORK_MAX_DRILL);
        hw->drill_rounds = (int)n;
    }
    if (a->check_form) {
        char f = (char)(a->check_form[0] & ~0x20);
        if ((f != 'A' && f != 'B') || a->check_form[1])
            return cli_usage_error("assign", _("--check-form is A or B (the two Spot it check "
                                   "forms), like --check-form A."));
        hw->check_form = f;
    }
    return EXIT_OK;
}

static int assign(Args *a)
{
    char today[16], due[16];
    days_from_today(0, today);
    int rc = a->due ? due_date(a->due, due) : EXIT_OK;
    if (rc != EXIT_OK)
        return rc;
    Homework hw = {
        .from = (char *)a->from, .assigned = today, .due = a->due ? due : NULL,
        .stories = a->stories, .n_stories = a->n_stories,
        .questions = a->questions, .n_questions = a->n_questions,
        .practice = (char *)a->practice, .note = (char *)a->note,
        .contacts = a->contacts, .n_contacts = a->n_contacts,
    };
    if ((rc = drill_options(a, &hw)) != EXIT_OK)
        return rc;
    static const char *const names[HOMEWORK_F_COUNT] = {
        [HOMEWORK_F_STORIES] = "--story", [HOMEWORK_F_QUESTIONS] = "--question",
        [HOMEWORK_F_PRACTICE] = "--practice", [HOMEWORK_F_NOTE] = "--note",
        [HOMEWORK_F_FROM] = "--from", [HOMEWORK_F_DUE] = "--due",
        [HOMEWORK_F_CONTACTS] = "--contact",
    };
    HomeworkProblems problems = {0};
    if (homework_check(&hw, today, names, &problems) < 0) {
        fprintf(stderr, _("beside assign: out of memory\n"));
        rc = EXIT_PROBLEMS;
    } else {
        rc = report_problems(&problems);
    }
    homework_problems_clear(&problems);
    if (rc != EXIT_OK)
        return rc;
    const char *out = a->output ? a->output : default_output;
    char *text = homework_write(&hw);
    if (!text) {
        fprintf(stderr, _("beside assign: out of memory\n"));
        return EXIT_PROBLEMS;
    }
    /* What is written must open: read it back before it reaches the client. */
    DiagList d = {0};
    Homework *back = homework_load_text(out, text, strlen(text), &d);
    if (!back) {
        diag_print(&d, stderr);
        fprintf(stderr,
                _("beside assign: the assignment would not open, so nothing was written.\n"));
        rc = EXIT_PROBLEMS;
    } else {
        rc = write_file(out, text, a->force);
    }
    if (rc == EXIT_OK && strcmp(out, "-") != 0) {
        printf(_("Wrote %s.\n"), out);
        print_summary(back);
        printf(_("Give this file to your client. They open it in Beside: they drop it onto the "
               "game window, or run: beside %s\n"), out);
    }
    homework_free(back);
    diag_list_clear(&d);
    free(text);
    return rc;
}

int cli_assign(int argc, char **argv)
{
    if (cli_wants_help(argc, argv)) {
        fputs(_(usage), stdout);
        return EXIT_OK;
    }
    Args a = {0};
    int rc = parse_args(argc, argv, &a);
    if (rc == EXIT_OK)
        rc = a.check ? check_file(a.check) : assign(&a);
    args_free(&a);
    return rc;
}
