/* cli_drill_show.c — what `beside drill` shows besides a round: progress
 * per kind over time, the change from one check form to the other, and the
 * bank as JSON for reviewers. */
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "app/drill_session.h"
#include "cli/cli.h"
#include "cli/cli_drill.h"
#include "core/dates.h"
#include "core/i18n.h"
#include "core/text.h"

/* Practice rounds are summed in blocks of this many, so the text stays
 * short after a hundred rounds. */
enum { BLOCK = 5 };

Profile *cli_drill_profile(void)
{
    char *notice = NULL, *err = NULL;
    Profile *p = profile_open(NULL, &notice, &err);
    if (notice)
        fprintf(stderr, "beside: %s\n", notice);
    if (!p)
        fprintf(stderr, _("beside: your answers will not be saved this time: %s\n"),
                err ? err : _("the profile could not be opened."));
    free(notice);
    free(err);
    return p;
}

void cli_drill_export_json(const DrillBank *b, FILE *out)
{
    fputs("[\n", out);
    for (int i = 0; i < b->count; i++) {
        const DrillItem *it = &b->items[i];
        char form[2] = {it->form, '\0'};
        const char *keys[] = {"id", "situation", "response", "kind"};
        const char *vals[] = {it->id, it->situation, it->response, story_kind_name(it->kind)};
        fputs("  {", out);
        for (int k = 0; k < 4; k++) {
            fprintf(out, "\"%s\": ", keys[k]);
            cli_json_string(out, vals[k]);
            fputs(", ", out);
        }
        fprintf(out, "\"difficulty\": %d, \"relationship\": ", it->difficulty);
        cli_json_string(out, drill_relationship_name(it->relationship));
        fputs(", \"couple\": ", out);
        if (it->couple)
            cli_json_string(out, it->couple);
        else
            fputs("null", out);
        fputs(", \"idea\": ", out);
        cli_json_string(out, it->idea);
        fputs(", \"because\": ", out);
        cli_json_string(out, it->because);
        fputs(", \"form\": ", out);
        if (it->form)
            cli_json_string(out, form);
        else
            fputs("null", out);
        fprintf(out, "}%s\n", i + 1 < b->count ? "," : "");
    }
    fputs("]\n", out);
}

/* "34 of 50 right (68%). Rescue 7 of 10, ..." */
static char *score_text(const DrillScore *s)
{
    TextBuf b = {0};
    int right = drill_score_right(s), total = drill_score_total(s);
    textbuf_printf(&b, _("%d of %d right (%d%%)."), right, total,
                   total ? (int)(100.0 * right / total + 0.5) : 0);
    const char *sep = " ";
    for (int k = 0; k < KIND_COUNT; k++)
        if (s->total[k]) {
            textbuf_printf(&b, _("%s%s %d of %d"), sep, _(story_kind_label((ChoiceKind)k)),
                           s->right[k], s->total[k]);
            sep = ", ";
        }
    if (*sep == ',')
        textbuf_puts(&b, ".");
    return textbuf_take(&b);
}

static void print_blocks(TermPlayer *tp, Profile *p)
{
    DrillBlock *b = NULL;
    int n = 0;
    char *problem = NULL;
    if (drill_session_progress(p, BLOCK, &b, &n, &problem) < 0) {
        fprintf(stderr, "beside: %s\n", problem ? problem : "");
        free(problem);
        return;
    }
    for (int i = 0; i < n; i++) {
        char d1[40], d2[40];
        date_day_text(b[i].from, d1, sizeof d1);
        date_day_text(b[i].to, d2, sizeof d2);
        char *sc = score_text(&b[i].score);
        char *line = b[i].first == b[i].last
                         ? text_format(_("Round %d (%s): %s"), b[i].first, d1, sc)
                         : text_format(_("Rounds %d to %d (%s to %s): %s"), b[i].first, b[i].last,
                                       d1, d2, sc);
        term_wrap_hanging(tp, line ? line : "", 2, 4);
        free(line);
        free(sc);
    }
    free(b);
}

int cli_drill_progress(TermPlayer *tp, Profile *p)
{
    if (!p) {
        fputs(_("Beside could not open your profile, so there is no progress to show.\n"), tp->out);
        return EXIT_PROBLEMS;
    }
    DrillRoundInfo *r = NULL;
    int n = 0;
    char *err = NULL;
    if (profile_drill_rounds(p, 0, &r, &n, &err) < 0) {
        fprintf(stderr, "beside: %s\n", err ? err : "");
        free(err);
        return EXIT_PROBLEMS;
    }
    int practice = 0, checks = 0;
    for (int i = 0; i < n; i++) {
        bool any = drill_score_total(&r[i].score) > 0;
        if (strcmp(r[i].mode, "practice") == 0)
            practice += any;
        else
            checks += any;
    }
    fputs(_("Spot it: your progress\n"), tp->out);
    if (practice == 0 && checks == 0)
        fputs(_("You have not answered any items yet. Type 'beside drill' to play a round.\n"),
              tp->out);
    if (practice) {
        fputs(_("Practice, per kind, oldest first:\n"), tp->out);
        print_blocks(tp, p);
    }
    for (int i = 0; i < n; i++) {
        if (strcmp(r[i].mode, "practice") == 0 || drill_score_total(&r[i].score) == 0)
            continue;
        char d[40];
        date_day_text(r[i].started, d, sizeof d);
        char *sc = score_text(&r[i].score);
        char *line = r[i].finished
                         ? text_format(_("Check form %s (%s): %s"), r[i].mode, d, sc)
                         : text_format(_("Check form %s (%s, not finished): %s"), r[i].mode, d,
                                       sc);
        term_wrap_hanging(tp, line ? line : "", 0, 2);
        free(line);
        free(sc);
    }
    if (checks)
        term_wrap(tp, drill_honest_note(), 0);
    free(r);
    return EXIT_OK;
}

void cli_drill_print_change(TermPlayer *tp, const DrillRoundInfo *before, const DrillScore *now)
{
    char d[40];
    date_day_text(before->started, d, sizeof d);
    char *head = text_format(_("Since check form %s on %s:"), before->mode, d);
    term_wrap(tp, head ? head : "", 0);
    free(head);
    for (int k = 0; k < KIND_COUNT; k++) {
        int was = drill_score_percent(&before->score, (ChoiceKind)k);
        int is = drill_score_percent(now, (ChoiceKind)k);
        if (was < 0 || is < 0)
            continue;
        const char *fmt = is > was   ? _("%s: %d%% then, %d%% now (up).")
                          : is < was ? _("%s: %d%% then, %d%% now (down).")
                                     : _("%s: %d%% then, %d%% now (the same).");
        char *line = text_format(fmt, _(story_kind_label((ChoiceKind)k)), was, is);
        term_wrap(tp, line ? line : "", 2);
        free(line);
    }
}
