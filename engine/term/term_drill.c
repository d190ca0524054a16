/* term_drill.c — Spot it items in the terminal: the situation, the response,
 * the seven kinds to pick from, and the answer with its because. */
#include "term/term_drill.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/game.h"
#include "core/i18n.h"
#include "core/text.h"

static void say(TermPlayer *tp, const char *s)
{
    if (fputs(s, tp->out) == EOF)
        tp->output_failed = true;
}

static void show_item(TermPlayer *tp, const DrillItem *it, int n, int of)
{
    char *head = text_format(_("Item %d of %d."), n, of);
    say(tp, tp->plain ? "" : "\033[1m");
    say(tp, head ? head : "");
    say(tp, tp->plain ? "\n" : "\033[0m\n");
    free(head);
    term_wrap(tp, it->situation, 0);
    char *resp = text_format(_("The response: %s"), it->response);
    term_wrap(tp, resp ? resp : it->response, 0);
    free(resp);
    say(tp, _("What kind of response is it?\n"));
    for (int k = 0; k < KIND_COUNT; k++) {
        char *line = text_format("  %d. %s\n", k + 1, _(story_kind_label((ChoiceKind)k)));
        say(tp, line ? line : "");
        free(line);
    }
}

static void help(TermPlayer *tp)
{
    say(tp, _("Help\n"));
    say(tp, _("  Type the number of the kind, or its name (rescue, support, boundary,\n"
            "  self-care, neutral, it depends, hurtful), and press Enter.\n"
            "  t: show the item again.\n"
            "  q: stop here; the answers you gave are kept.\n"));
    for (int k = 0; k < KIND_COUNT; k++) {
        char *line = text_format("%s: %s", _(story_kind_label((ChoiceKind)k)),
                                 _(game_kind_meaning((ChoiceKind)k)));
        if (line)
            term_wrap_hanging(tp, line, 2, 4);
        free(line);
    }
    term_wrap(tp, _("Beside is practice, not therapy. If you are in danger or in crisis, call "
                  "your local emergency number now."), 2);
}

/* A typed word as names are compared: lowercase, '_' for a space or dash. */
static void fold(const char *p, char *w, size_t size)
{
    size_t n = 0;
    for (; *p && n + 1 < size; p++)
        w[n++] = (*p == ' ' || *p == '-') ? '_' : (char)tolower((unsigned char)*p);
    w[n] = '\0';
}

/* The kind a typed word names ("self-care", "self care", "it depends",
 * "Rescue", or the kind's label in the player's language), or -1. */
static int kind_named(const char *p)
{
    char w[32], label[64];
    fold(p, w, sizeof w);
    for (int k = 0; k < KIND_COUNT; k++) {
        const char *name = story_kind_name((ChoiceKind)k);
        fold(_(story_kind_label((ChoiceKind)k)), label, sizeof label);
        if (strcmp(w, name) == 0 || strcmp(w, label) == 0 ||
            (k == KIND_DEPENDS && strcmp(w, "depends") == 0))
            return k;
    }
    return -1;
}

/* One line of input, trimmed, echoed when input is not a terminal. False
 * when the input has ended. */
static bool read_line(TermPlayer *tp, char *line, size_t size)
{
    if (!fgets(line, (int)size, tp->in))
        return false;
    if (!strchr(line, '\n') && !feof(tp->in)) { /* an overlong line: drop the rest */
        int ch;
        while ((ch = fgetc(tp->in)) != EOF && ch != '\n')
            ;
    }
    char *p = line;
    while (isspace((unsigned char)*p))
        p++;
    memmove(line, p, strlen(p) + 1);
    char *e = line + strlen(line);
    while (e > line && isspace((unsigned char)e[-1]))
        *--e = '\0';
    if (tp->echo) {
        say(tp, line);
        say(tp, "\n");
    }
    say(tp, "\n");
    return true;
}

int term_drill_ask(TermPlayer *tp, const DrillItem *it, int n, int of)
{
    show_item(tp, it, n, of);
    char line[256];
    for (;;) {
        say(tp, _("Type a number from 1 to 7, or h for help.\n> "));
        fflush(tp->out);
        if (tp->output_failed)
            return -1;
        if (!read_line(tp, line, sizeof line)) {
            say(tp, _("\nInput has ended, so Beside is stopping here.\n"));
            return -1;
        }
        char cmd = (char)tolower((unsigned char)line[0]);
        int named = kind_named(line);
        if (isdigit((unsigned char)cmd)) {
            char *end;
            long k = strtol(line, &end, 10);
            if (*end == '\0' && k >= 1 && k <= KIND_COUNT)
                return (int)k - 1;
            say(tp, _("Pick a number from 1 to 7.\n"));
        } else if (named >= 0) {
            return named;
        } else if (cmd == 'q' && line[1] == '\0') {
            say(tp, _("Stopping here. Your answers so far are kept. Take care of yourself.\n"));
            return -1;
        } else if (cmd == 't' && line[1] == '\0') {
            show_item(tp, it, n, of);
        } else if ((cmd == 'h' || cmd == '?') && (line[1] == '\0' || strcmp(line, "help") == 0)) {
            help(tp);
        } else if (line[0] != '\0') {
            char *msg = text_format(_("Beside did not understand '%s'. Type h for help.\n"), line);
            say(tp, msg ? msg : "");
            free(msg);
        }
    }
}

void term_drill_feedback(TermPlayer *tp, const DrillItem *it, ChoiceKind answer)
{
    char *s;
    if (answer == it->kind)
        s = text_format(_("Right: %s."), _(story_kind_label(it->kind)));
    else
        s = text_format(_("Not quite: you said %s; it is %s."), _(story_kind_label(answer)),
                        _(story_kind_label(it->kind)));
    if (s)
        term_wrap(tp, s, 0);
    free(s);
    term_wrap(tp, it->because, 0);
    say(tp, "\n");
}

void term_drill_score(TermPlayer *tp, const DrillScore *s)
{
    int right = drill_score_right(s), total = drill_score_total(s);
    char *line = text_format(_("%d of %d right.\n"), right, total);
    say(tp, line ? line : "");
    free(line);
    for (int k = 0; k < KIND_COUNT; k++) {
        if (s->total[k] == 0)
            continue;
        line = text_format(_("  %s: %d of %d right.\n"), _(story_kind_label((ChoiceKind)k)),
                           s->right[k], s->total[k]);
        say(tp, line ? line : "");
        free(line);
    }
}
