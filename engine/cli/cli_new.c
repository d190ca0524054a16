/* cli_new.c — `beside new ID`: a starter story in the user's stories folder,
 * named after its id, never over a file that is there; then what to do next.
 * The story is a whole one (a scene of three choices, two endings) that
 * passes `beside check`, with comments that say what each part is. */
#define _POSIX_C_SOURCE 200809L /* mkdir */
#include <ctype.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "cli/cli.h"
#include "core/i18n.h"
#include "core/text.h"
#include "script/library.h"

static const char *const new_usage = N_(
    "Usage: beside new ID\n"
    "\n"
    "Writes a starter story to your stories folder as ID.lua: one scene with\n"
    "three choices (a rescue, a support and a self-care) and two endings, with\n"
    "a comment on each part. Change the words and make it yours. It never\n"
    "writes over a file that is there.\n"
    "\n"
    "ID is the story's name for Beside: lowercase letters, digits and dashes,\n"
    "starting with a letter, like lena-and-her-dad. Beside finds the story by\n"
    "it: beside check ID, beside play ID.\n"
    "\n"
    "Your stories folder is $XDG_DATA_HOME/beside/stories (usually\n"
    "~/.local/share/beside/stories); it is made if it is not there.\n"
    "\n"
    "Options:\n"
    "  -h, --help   show this help\n"
    "\n"
    "Example:\n"
    "  beside new lena-and-her-dad\n"
    "\n"
    "Writing stories: docs/AUTHORING.md.\n");

/* The story, with @ID@ and @TITLE@ to fill in. */
static const char starter[] =
    "-- @TITLE@: a new story, made by 'beside new'. Change every word of it.\n"
    "-- Each part is explained in docs/AUTHORING.md, 'The parts of a story'.\n"
    "-- After each change, run: beside check @ID@\n"
    "\n"
    "scenario {\n"
    "  id = \"@ID@\", -- the file's name without .lua: change both together\n"
    "  title = \"@TITLE@\",\n"
    "  teaser = \"Jo has a job interview on Friday. She asks you to write her answers.\",\n"
    "  you_play = \"Jo's older sister\",\n"
    "  minutes = 5,\n"
    "  content_notes = { \"work worries\" },\n"
    "  meters = { resentment = 20, growth = 30, intimacy = 40 },\n"
    "  start = \"the-call\",\n"
    "}\n"
    "\n"
    "-- A scene: what happens, then the choices. Each choice has a kind (rescue,\n"
    "-- support, boundary, self_care, neutral, it_depends or hurtful), a because\n"
    "-- that says why, its effects on the meters, and where it goes next.\n"
    "scene \"the-call\" {\n"
    "  \"Jo calls you late on Tuesday. She has a job interview on Friday. \"\n"
    "  .. \"\\\"You are good with words,\\\" she says. \\\"Can you write my answers? \"\n"
    "  .. \"I will learn them by heart.\\\"\",\n"
    "\n"
    "  discuss = \"Whose interview is it? What might Jo need from you tonight?\",\n"
    "\n"
    "  rescue {\n"
    "    \"Say yes, and write all of her answers tonight.\",\n"
    "    because = \"Jo can find her own words. Writing them for her feels kind now, \"\n"
    "      .. \"but on Friday she will stand there with yours.\",\n"
    "    effects = { intimacy = \"+5\", growth = \"-10\" },\n"
    "    later = { -- a cost that comes one choice on, or at the ending\n"
    "      after = 1,\n"
    "      effects = { resentment = \"+10\" },\n"
    "      says = \"Jo sends you more questions. She asks if you can do these too.\",\n"
    "    },\n"
    "    next = \"your-words\",\n"
    "  },\n"
    "\n"
    "  support {\n"
    "    \"Ask which question scares her most, and practise it with her on the phone.\",\n"
    "    because = \"The answers stay hers, and you stay close. \"\n"
    "      .. \"She finds she has more to say than she thought.\",\n"
    "    effects = { growth = \"+10\", intimacy = \"+10\", resentment = \"-5\" },\n"
    "    set = \"practised\", -- a flag: the ending below can ask about it\n"
    "    next = \"her-words\",\n"
    "  },\n"
    "\n"
    "  self_care {\n"
    "    \"Say you are too tired to help tonight, and offer her an hour on Thursday.\",\n"
    "    because = \"Your rest counts too. And the answers stay with Jo.\",\n"
    "    effects = { resentment = \"-10\", growth = \"+5\" },\n"
    "    next = \"her-words\",\n"
    "  },\n"
    "}\n"
    "\n"
    "-- An ending: what happens, then what the debrief shows.\n"
    "ending \"your-words\" {\n"
    "  \"On Friday Jo says your answers word for word. She gets the job. \"\n"
    "  .. \"She thanks you, but she sounds far away.\",\n"
    "\n"
    "  title = \"Your answers\",\n"
    "  lens = {\n"
    "    goal = \"To take away Jo's fear, fast.\",\n"
    "    behaviours = \"Doing the hard part for her.\",\n"
    "    thoughts = \"\\\"I can do this better and quicker.\\\"\",\n"
    "    emotions = \"Worry for Jo, and relief once it was done.\",\n"
    "    underlying = \"Her fear felt like your job to fix.\",\n"
    "  },\n"
    "  practice = \"This week, when someone asks you to do a thing they can do, \"\n"
    "    .. \"ask first which part feels hard.\",\n"
    "  reflect = \"When did someone do a hard thing for you? Did it help you the next time?\",\n"
    "}\n"
    "\n"
    "ending \"her-words\" {\n"
    "  \"On Friday night Jo calls. \\\"I got stuck on one question,\\\" she says. \"\n"
    "  .. \"\\\"But the rest were mine.\\\"\",\n"
    "  { when = \"practised\", \"\\\"The one we practised went well. I knew what to say.\\\"\" },\n"
    "\n"
    "  title = \"Her own answers\",\n"
    "  lens = {\n"
    "    goal = \"To help Jo without taking her task away.\",\n"
    "    behaviours = \"Asking, practising, or resting, and leaving the words to her.\",\n"
    "    thoughts = \"\\\"This is hers. She can do hard things.\\\"\",\n"
    "    emotions = \"Worry, and the urge to step in, which you let pass.\",\n"
    "    underlying = \"Trusting Jo is harder than doing it for her.\",\n"
    "  },\n"
    "  practice = \"This week, when someone you love is stuck, ask one question before \"\n"
    "    .. \"you offer a fix.\",\n"
    "  reflect = \"What did it cost you to leave the words to Jo?\",\n"
    "}\n";

static bool valid_new_id(const char *id)
{
    size_t n = strlen(id);
    if (n == 0 || n > 60 || !islower((unsigned char)id[0]) || id[n - 1] == '-')
        return false;
    for (const char *p = id; *p; p++)
        if (!(islower((unsigned char)*p) || isdigit((unsigned char)*p) || *p == '-'))
            return false;
    return true;
}

/* "lena-and-her-dad" -> "Lena and her dad". */
static char *title_of(const char *id)
{
    char *t = text_dup(id);
    for (char *p = t; p && *p; p++)
        if (*p == '-')
            *p = ' ';
    if (t)
        t[0] = (char)toupper((unsigned char)t[0]);
    return t;
}

/* The starter with its names filled in. */
static char *fill(const char *id, const char *title)
{
    TextBuf b = {0};
    for (const char *p = starter; *p;) {
        if (strncmp(p, "@ID@", 4) == 0) {
            textbuf_puts(&b, id);
            p += 4;
        } else if (strncmp(p, "@TITLE@", 7) == 0) {
            textbuf_puts(&b, title);
            p += 7;
        } else {
            textbuf_printf(&b, "%c", *p++);
        }
    }
    return textbuf_take(&b);
}

/* mkdir -p, each new folder private (as Beside's other folders are). */
static int make_dirs(const char *dir)
{
    char *p = text_dup(dir);
    if (!p)
        return -1;
    for (char *s = p + 1; *s; s++) {
        if (*s != '/')
            continue;
        *s = '\0';
        if (mkdir(p, 0700) != 0 && errno != EEXIST) {
            free(p);
            return -1;
        }
        *s = '/';
    }
    int rc = mkdir(p, 0700) != 0 && errno != EEXIST ? -1 : 0;
    free(p);
    return rc;
}

/* Writes `text` to `path` unless a file is there. 0; 1 when one is; -1. */
static int write_new(const char *path, const char *text)
{
    FILE *f = fopen(path, "wx");
    if (!f)
        return errno == EEXIST ? 1 : -1;
    bool ok = fputs(text, f) >= 0;
    ok = fclose(f) == 0 && ok;
    if (!ok)
        remove(path);
    return ok ? 0 : -1;
}

static void say_next(const char *id, const char *path)
{
    printf(_("Your new story is in %s\n"
           "\n"
           "Next:\n"
           "  1. Open it in a text editor and change the words.\n"
           "  2. beside check %s\n"
           "     finds mistakes, each with its line. Run it after each change.\n"
           "  3. beside window --watch %s\n"
           "     plays it in the window, which follows every save.\n"
           "     (Or play it in the terminal: beside play --text %s)\n"
           "\n"
           "Writing stories, part by part: docs/AUTHORING.md.\n"),
           path, id, path, id);
}

static int make_story(const char *id)
{
    char *dir = library_user_dir(), *err = NULL;
    if (!dir) {
        fputs(_("beside new: there is no stories folder: set HOME or XDG_DATA_HOME.\n"), stderr);
        return EXIT_PROBLEMS;
    }
    char *path = text_format("%s/%s.lua", dir, id);
    char *found = library_find(id, &err);
    int rc = EXIT_PROBLEMS;
    if (found && path && strcmp(found, path) != 0) {
        fprintf(stderr, _("beside new: there is already a story called '%s', in %s. Pick "
                        "another id, so Beside can tell them apart.\n"), id, found);
    } else if (make_dirs(dir) < 0) {
        fprintf(stderr, _("beside new: %s: the stories folder could not be made (%s).\n"), dir,
                strerror(errno));
    } else {
        char *title = title_of(id), *text = title ? fill(id, title) : NULL;
        int w = text && path ? write_new(path, text) : -1;
        if (w == 0) {
            say_next(id, path);
            rc = EXIT_OK;
        } else if (w == 1) {
            fprintf(stderr, _("beside new: %s is there already; nothing was written. Open it, "
                            "or pick another id.\n"), path);
        } else {
            fprintf(stderr, _("beside new: %s could not be written (%s).\n"), path ? path : id,
                    strerror(errno));
        }
        free(title);
        free(text);
    }
    free(found);
    free(err);
    free(path);
    free(dir);
    return rc;
}

int cli_new(int argc, char **argv)
{
    if (cli_wants_help(argc, argv)) {
        fputs(_(new_usage), stdout);
        return EXIT_OK;
    }
    if (argc != 2 || argv[1][0] == '-')
        return argc > 2 ? cli_usage_error("new", _("give one id, not %d."), argc - 1)
               : argc == 2 ? cli_usage_error("new", _("'%s' is not an option of new."), argv[1])
                           : cli_usage_error("new",
                                             _("which id? Like: beside new lena-and-her-dad"));
    if (!valid_new_id(argv[1]))
        return cli_usage_error("new", _("'%s' cannot be a story id: use lowercase letters, "
                                      "digits and dashes, starting with a letter, like "
                                      "lena-and-her-dad."), argv[1]);
    return make_story(argv[1]);
}
