/* session_text.c — the summary of a facilitated session as plain text, for
 * the terminal, formatted from its model (session_model.c). Every story
 * string goes through report_clean_text. */
#include "core/i18n.h"
#include "report/session_model.h"

static const SessionMarkup text_markup = {
    .text = report_clean_text,
    .scene_open = " (%s ", .scene_close = ")", .head_close = "\n",
    .opening_open = "  ", .opening_close = "\n",
    .question_open = "  %s ", .question_close = "\n",
    .lenses_open = "", .lens_open = "%s: ", .lens_close = "\n", .lenses_close = "",
    .practice_open = "%s: ",
    .reflect_open = "%s: ", .part_close = "\n",
    .no_ending = "%.0s%s\n\n", /* the sentence only */
    .ending_open = "%s ", .ending_word = N_("WHERE THE STORY ENDED:"), .ending_close = "\n\n",
    .ending_end = "\n",
};

static void text_head(TextBuf *b, const SessionModel *m)
{
    textbuf_printf(b, "%s\n", _("BESIDE: SESSION SUMMARY"));
    session_put_story(b, m, report_clean_text, "%s", _("Story: %s."), NULL);
    textbuf_puts(b, "\n");
    if (*m->date) {
        textbuf_printf(b, _("Played together on %s."), m->date);
        textbuf_puts(b, "\n");
    }
    textbuf_printf(b, _("Length of the session: %s. Decisions made: %d."), m->spent, m->n_steps);
    textbuf_printf(b, "\n\n%s\n\n", _("THE DECISIONS"));
    if (m->n_steps == 0)
        textbuf_printf(b, "%s\n\n", _("The room made no decisions."));
}

static void text_decision(TextBuf *b, const SessionStep *st, int number)
{
    textbuf_printf(b, _("Decision %d"), number);
    session_put_scene(b, st, &text_markup);
    for (int i = 0; i < st->n_options; i++) {
        const SessionOption *o = &st->options[i];
        textbuf_printf(b, "  %d. \"", o->number);
        report_clean_text(b, o->text);
        textbuf_printf(b, "\" - %s - ", o->kind);
        textbuf_printf(b, session_hands_format(o->votes), o->votes);
        if (o->taken)
            textbuf_printf(b, " - %s", _("the room's choice"));
        textbuf_puts(b, "\n");
    }
    textbuf_puts(b, "  ");
    session_put_hands(b, st);
    textbuf_puts(b, "\n\n");
}

static void text_decisions(TextBuf *b, const SessionModel *m)
{
    for (int i = 0; i < m->n_steps; i++)
        text_decision(b, &m->steps[i], i + 1);
}

static void text_path(TextBuf *b, const SessionModel *m)
{
    textbuf_printf(b, "%s\n\n", _("THE PATH THE ROOM TOOK"));
    for (int i = 0; i < m->n_steps; i++) {
        const SessionOption *o = m->steps[i].taken;
        textbuf_printf(b, "  %d. ", i + 1);
        if (o) {
            textbuf_puts(b, "\"");
            report_clean_text(b, o->text);
            textbuf_printf(b, "\" (%s)\n", o->kind);
        } else {
            textbuf_printf(b, "%s\n", _("No option was taken."));
        }
    }
    if (m->ending) {
        textbuf_printf(b, "  %s ", _("The ending:"));
        report_clean_text(b, m->ending);
        textbuf_puts(b, "\n");
    }
}

static void text_meters(TextBuf *b, const SessionModel *m)
{
    textbuf_printf(b, "\n%s\n\n", _("HOW THE METERS MOVED"));
    for (int k = 0; k <= m->n_steps; k++) {
        textbuf_puts(b, "  ");
        if (k == 0)
            textbuf_puts(b, _("At the start:"));
        else
            textbuf_printf(b, _("After decision %d:"), k);
        textbuf_puts(b, " ");
        textbuf_printf(b, _("resentment %d, growth %d, intimacy %d"), m->meters[k][0],
                       m->meters[k][1], m->meters[k][2]);
        textbuf_puts(b, "\n");
    }
    textbuf_printf(b, "%s\n\n",
                   _("Resentment: lower is better. Growth and intimacy: higher is better."));
}

static void text_ending(TextBuf *b, const SessionModel *m)
{
    session_put_ending(b, m, &text_markup);
}

char *session_text(const SessionSummary *s)
{
    static const SessionPart parts[] = {text_head, text_decisions, text_path, text_meters,
                                        text_ending, NULL};
    return session_render(s, parts, "--\n%s\n");
}
