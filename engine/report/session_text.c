/* session_text.c — the summary of a facilitated session as plain text, for
 * the terminal, formatted from its model (session_model.c). Every story
 * string goes through report_clean_text. */
#include "report/session_model.h"

static const SessionMarkup text_markup = {
    .text = report_clean_text,
    .scene_open = " (scene ", .scene_close = ")", .head_close = "\n",
    .opening_open = "  ", .opening_close = "\n",
    .question_open = "  The question for the room: ", .question_close = "\n",
    .lenses_open = "", .lens_open = "%s: ", .lens_close = "\n", .lenses_close = "",
    .practice_open = "Something to practise this week: ",
    .reflect_open = "A question to think or write about: ", .part_close = "\n",
    .no_ending = "The session stopped before an ending.\n\n",
    .ending_open = "WHERE THE STORY ENDED: ", .ending_close = "\n\n", .ending_end = "\n",
};

static void text_head(TextBuf *b, const SessionModel *m)
{
    session_put_story(b, m, report_clean_text, "BESIDE: SESSION SUMMARY\nStory: ", ".\n",
                      "Played together on %s.\n");
    textbuf_printf(b, "Length of the session: %s. Decisions made: %d.\n\nTHE DECISIONS\n\n",
                   m->spent, m->n_steps);
    if (m->n_steps == 0)
        textbuf_puts(b, "The room made no decisions.\n\n");
}

static void text_decision(TextBuf *b, const SessionStep *st, int number)
{
    textbuf_printf(b, "Decision %d", number);
    session_put_scene(b, st, &text_markup);
    for (int i = 0; i < st->n_options; i++) {
        const SessionOption *o = &st->options[i];
        textbuf_printf(b, "  %d. \"", o->number);
        report_clean_text(b, o->text);
        textbuf_printf(b, "\" - %s - %d %s%s\n", o->kind, o->votes, session_hands_word(o->votes),
                       o->taken ? " - the room's choice" : "");
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
    textbuf_puts(b, "THE PATH THE ROOM TOOK\n\n");
    for (int i = 0; i < m->n_steps; i++) {
        const SessionOption *o = m->steps[i].taken;
        textbuf_printf(b, "  %d. ", i + 1);
        if (o) {
            textbuf_puts(b, "\"");
            report_clean_text(b, o->text);
            textbuf_printf(b, "\" (%s)\n", o->kind);
        } else {
            textbuf_puts(b, "No option was taken.\n");
        }
    }
    if (m->ending) {
        textbuf_puts(b, "  The ending: ");
        report_clean_text(b, m->ending);
        textbuf_puts(b, "\n");
    }
}

static void text_meters(TextBuf *b, const SessionModel *m)
{
    textbuf_puts(b, "\nHOW THE METERS MOVED\n\n");
    for (int k = 0; k <= m->n_steps; k++) {
        if (k == 0)
            textbuf_puts(b, "  At the start:");
        else
            textbuf_printf(b, "  After decision %d:", k);
        textbuf_printf(b, " resentment %d, growth %d, intimacy %d\n", m->meters[k][0],
                       m->meters[k][1], m->meters[k][2]);
    }
    textbuf_puts(b, "Resentment: lower is better. Growth and intimacy: higher is better.\n\n");
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
