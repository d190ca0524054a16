/* session_common.c — the parts of the session summary that read the same
 * in HTML and in plain text: a decision's scene, opening line and question,
 * the hands counted, the ending's lenses, practice and question; and the
 * page as a whole, from the model and the renderer's parts. Each renderer
 * gives its markup and its way of writing text. */
#include "core/i18n.h"
#include "report/session_model.h"

/* The closing words of every summary. */
static const char *const footer_words =
    N_("Beside is practice, not therapy. This summary was made on this computer, from a story "
    "played together. It holds no personal data: no names and nothing anyone typed, only the "
    "story's own words and the counts of hands. Beside sends nothing anywhere. If you are in "
    "danger or in crisis, call your local emergency number.");

void session_put_story(TextBuf *b, const SessionModel *m, ReportEscape text, const char *wrap,
                       const char *format, const char *date)
{
    TextBuf title = {0}, wrapped = {0};
    text(&title, m->title);
    textbuf_printf(&wrapped, wrap, title.data ? title.data : "");
    textbuf_printf(b, format, wrapped.data ? wrapped.data : "", date);
    b->failed |= title.failed || wrapped.failed;
    textbuf_free(&title);
    textbuf_free(&wrapped);
}

const char *session_hands_format(int n)
{
    return ngettext("%d hand", "%d hands", (unsigned long)(n < 0 ? 0 : n));
}

/* The format open with its words, s written the renderer's way, close;
 * nothing when s is NULL. */
static void put_part(TextBuf *b, const SessionMarkup *mk, const char *open, const char *words,
                     const char *s, const char *close)
{
    if (!s)
        return;
    textbuf_printf(b, open, words);
    mk->text(b, s);
    textbuf_puts(b, close);
}

void session_put_scene(TextBuf *b, const SessionStep *st, const SessionMarkup *mk)
{
    /* TRANSLATORS: before a scene's id, in brackets after "Decision 3". */
    put_part(b, mk, mk->scene_open, _("scene"), st->scene_id, mk->scene_close);
    textbuf_puts(b, mk->head_close);
    put_part(b, mk, "%s", mk->opening_open, st->opening, mk->opening_close);
    put_part(b, mk, mk->question_open, _("The question for the room:"), st->discuss,
             mk->question_close);
}

void session_put_hands(TextBuf *b, const SessionStep *st)
{
    if (st->hands > 0)
        textbuf_printf(b, ngettext("%d hand counted in all.", "%d hands counted in all.",
                                   (unsigned long)st->hands),
                       st->hands);
    else
        textbuf_puts(b, _("No hands were counted."));
    if (st->compared) {
        textbuf_puts(b, " ");
        textbuf_puts(b, _("The room compared all options side by side."));
    }
}

static void put_lenses(TextBuf *b, const SessionModel *m, const SessionMarkup *mk)
{
    bool any = false;
    for (int p = 0; p < LENS_COUNT; p++)
        any = any || m->lens[p];
    if (!any)
        return;
    textbuf_printf(b, mk->lenses_open, _("Five ways to look at what happened"));
    for (int p = 0; p < LENS_COUNT; p++) {
        if (!m->lens[p])
            continue;
        textbuf_printf(b, mk->lens_open, _(story_lens_label(p)));
        mk->text(b, m->lens[p]);
        textbuf_puts(b, mk->lens_close);
    }
    textbuf_puts(b, mk->lenses_close);
}

void session_put_ending(TextBuf *b, const SessionModel *m, const SessionMarkup *mk)
{
    if (!m->ending) {
        textbuf_printf(b, mk->no_ending, _("The story did not reach an ending"),
                       _("The session stopped before an ending."));
        return;
    }
    put_part(b, mk, mk->ending_open, _(mk->ending_word), m->ending, mk->ending_close);
    if (mk->ending_from)
        mk->ending_from(b, m);
    put_lenses(b, m, mk);
    put_part(b, mk, mk->practice_open, _("Something to practise this week"), m->practice,
             mk->part_close);
    put_part(b, mk, mk->reflect_open, _("A question to think or write about"), m->reflect,
             mk->part_close);
    textbuf_puts(b, mk->ending_end);
}

char *session_render(const SessionSummary *s, const SessionPart *parts, const char *footer)
{
    SessionModel m;
    if (session_model_build(s, &m) < 0)
        return NULL;
    TextBuf b = {0};
    for (const SessionPart *p = parts; *p; p++)
        (*p)(&b, &m);
    textbuf_printf(&b, footer, _(footer_words));
    session_model_free(&m);
    return textbuf_take(&b);
}
