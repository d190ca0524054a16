/* homework_ui.c — an assignment from a therapist in the window: opened from
 * the command line or dropped on the window, kept in the profile, shown on
 * the Homework screen with what is done, and turned into a report only when
 * the player asks, after a preview of exactly what it holds. */
#include <stdlib.h>
#include <string.h>

#include "app/assignment.h"
#include "core/i18n.h"
#include "core/text.h"
#include "ui/app.h"
#include "ui/homework_ui.h"
#include "ui/screens.h"
#include "ui/view.h"

static void homework_set(App *a, Homework *hw)
{
    homework_free(a->hw.assignment);
    a->hw.assignment = hw;
    homework_report_clear_choices(&a->hw.report);
}

/* The first few problems of an assignment file, each with file:line. */
static char *problems_text(DiagList *d, const char *path)
{
    TextBuf b = {0};
    textbuf_printf(&b, _("The assignment in %s could not be opened:"), path);
    app_diag_lines(&b, d, 3, path, _(" ('beside assign --check FILE' lists them all)."));
    textbuf_printf(&b, "\n%s", _("Ask the person who gave it to you for a new copy."));
    return textbuf_take(&b);
}

void app_homework_restore(App *a)
{
    Homework *hw = assignment_restore(a->profile);
    if (hw)
        homework_set(a, hw);
}

int app_homework_open(App *a, const char *path)
{
    DiagList d = {0};
    char *problem = NULL;
    Homework *hw = assignment_open(a->profile, path, &d, &problem);
    if (!hw) {
        char *msg = problems_text(&d, path);
        app_set_problem(a, msg);
        free(msg);
        diag_list_clear(&d);
        return -1;
    }
    diag_list_clear(&d);
    homework_set(a, hw);
    if (problem)
        app_set_problem(a, problem);
    free(problem);
    app_load_stories(a);
    app_go(a, SCREEN_HOMEWORK);
    return 0;
}

void app_homework_remove(App *a)
{
    assignment_forget(a->profile);
    homework_set(a, NULL);
}

/* The story card for an assigned id, or -1 when it is not installed. */
static int card_of(App *a, const char *id)
{
    for (int i = 0; i < a->shelf.n; i++)
        if (a->shelf.cards[i].story && strcmp(a->shelf.cards[i].story->id, id) == 0)
            return i;
    return -1;
}

int app_homework_card(App *a, int n)
{
    if (!a->hw.assignment || n < 0 || n >= a->hw.assignment->n_stories)
        return -1;
    app_load_stories(a);
    return card_of(a, a->hw.assignment->stories[n]);
}

/* "Not started yet", "In progress", or "Finished: 2 endings found". */
static const char *status_line(App *a, int card)
{
    if (card < 0 || !a->shelf.progress)
        return "";
    const StoryProgress *p = &a->shelf.progress[card];
    if (app_profile_resume_card(a) == card)
        return _("In progress.");
    if (p->finished > 0)
        return dl_printf(&a->dl, ngettext("Done: played to an ending %d time.",
                                          "Done: played to an ending %d times.", p->finished),
                         p->finished);
    if (p->started > 0)
        return _("Started.");
    return _("Not started yet.");
}

void screen_homework(App *a)
{
    int y = screen_top_bar(a, _("Your homework"), true, false), x, w, gap = ui_gap(a);
    ui_column(a, &x, &w);
    y += gap;
    const Homework *hw = a->hw.assignment;
    if (!hw) {
        y += ui_text(a, FONT_BODY, C_TEXT, x, y, w,
                     _("No homework is open. If your therapist gave you a .beside-homework "
                       "file, drop it onto this window, or open it with: beside FILE")) + gap;
        y += ui_button(a, x, y, w, _("Back"), ACT_BACK, 0);
        a->dl.content_h = y + gap * 2 - a->dl.body_top;
        return;
    }
    const char *who = hw->from ? dl_printf(&a->dl, _("From %s"), hw->from) : _("Your assignment");
    if (hw->assigned) /* TRANSLATORS: "From Sam Lee" or "Your assignment", then a date. */
        who = dl_printf(&a->dl, _("%s, given on %s"), who, hw->assigned);
    if (hw->due)
        who = dl_printf(&a->dl, _("%s. Try to finish by %s."), who, hw->due);
    y += ui_text(a, FONT_SMALL, C_MUTED, x, y, w, who) + gap / 2;
    if (hw->note)
        y += ui_text(a, FONT_BODY, C_TEXT, x, y, w, hw->note) + gap;
    if (hw->n_stories > 0)
        y += ui_text(a, FONT_HEADING, C_ACCENT, x, y, w, _("Stories to play")) + gap / 2;
    for (int i = 0; i < hw->n_stories; i++) {
        int card = card_of(a, hw->stories[i]);
        if (card < 0) {
            y += ui_text(a, FONT_BODY, C_TEXT, x, y, w,
                         dl_printf(&a->dl, _("\u201c%s\u201d is not installed on this computer. "
                                             "Ask for the story file, or check its name."),
                                   hw->stories[i])) + gap / 2;
            continue;
        }
        y += ui_button(a, x, y, w,
                       dl_printf(&a->dl, "%d.  %s \u2014 %s", i + 1, a->shelf.cards[card].story->title,
                                 status_line(a, card)),
                       ACT_PICK_STORY, card) + gap / 3;
    }
    y += gap;
    if (hw->drill_rounds || hw->check_form) {
        y += ui_text(a, FONT_HEADING, C_ACCENT, x, y, w, _("Spot it")) + gap / 2;
        if (hw->drill_rounds)
            y += ui_text(a, FONT_BODY, C_TEXT, x, y, w,
                         dl_printf(&a->dl, ngettext("Play %d practice round of ten short items.",
                                            "Play %d practice rounds of ten short items.",
                                            hw->drill_rounds),
                                   hw->drill_rounds));
        if (hw->check_form)
            y += ui_text(a, FONT_BODY, C_TEXT, x, y, w,
                         dl_printf(&a->dl, _("Take check form %c (on the Spot it progress "
                                     "screen)."), hw->check_form));
        y += gap / 3;
        y += ui_button(a, x, y, w, _("Spot it"), ACT_DRILL, hw->drill_rounds ? 0 : 1) + gap;
    }
    if (hw->n_questions > 0) {
        y += ui_text(a, FONT_HEADING, C_ACCENT, x, y, w, _("Questions to think about")) + gap / 2;
        for (int i = 0; i < hw->n_questions; i++) {
            y += ui_text(a, FONT_BODY, C_TEXT, x, y, w, hw->questions[i]);
            if (a->profile)
                y += ui_button(a, x, y, w, _("Write about this in your journal"), ACT_HW_QUESTION, i);
            y += gap / 2;
        }
        y += gap / 2;
    }
    if (hw->practice) {
        y += ui_text(a, FONT_HEADING, C_ACCENT, x, y, w, _("Practice this week")) + gap / 2;
        y += ui_text(a, FONT_BODY, C_TEXT, x, y, w, hw->practice) + gap;
    }
    y += ui_text(a, FONT_HEADING, C_ACCENT, x, y, w, _("When you are ready")) + gap / 2;
    y += ui_text(a, FONT_SMALL, C_MUTED, x, y, w,
                 _("A report shows what you chose and what you wrote, for you and your "
                   "therapist to look at together. Nothing is written until you see it and "
                   "save it.")) +
         gap / 3;
    y += ui_button(a, x, y, w, _("See the report before saving it"), ACT_REPORT, 0) + gap / 2;
    y += ui_button(a, x, y, w, _("Close this assignment"), ACT_HW_REMOVE, 0) + gap / 2;
    y += ui_button(a, x, y, w, _("Back"), ACT_BACK, 0);
    a->dl.content_h = y + gap * 2 - a->dl.body_top;
}
