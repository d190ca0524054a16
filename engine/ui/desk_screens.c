/* desk_screens.c — the desk's screens laid out into the display list: the
 * assignment (stories, questions, practice, note, name, due date,
 * contacts, then preview and save), the session plan tab, the files in
 * the documents folder, and the client's view of the draft. Each problem
 * is shown under the field it is about. */
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "core/dates.h"
#include "core/i18n.h"
#include "ui/desk_ui.h"
#include "ui/screens.h"
#include "ui/view.h"

static const char *tick(App *a, bool on)
{
    if (!on)
        return "+ ";
    return gfx_has_glyph(a->gfx, FONT_BODY, 0x2713) ? "\u2713 " : "* ";
}

/* Buttons side by side, on as many rows as they need within w. The one
 * whose arg is `current` is marked selected. Returns the height. */
static int button_row(App *a, int x, int y, int w, const char *const *labels, const int *args,
                      int n, int current)
{
    int gap = ui_gap(a), pad = gfx_base_px(a->gfx) * 2 / 3, slack = gfx_char_width(a->gfx) / 2;
    int bx = x, top = y, h = 0;
    for (int i = 0; i < n; i++) {
        int bw = gfx_measure(a->gfx, FONT_BODY, labels[i], strlen(labels[i])) + 2 * pad + slack;
        if (bw > w)
            bw = w;
        if (bx > x && bx + bw > x + w) { /* no room left on this row */
            bx = x;
            y += h + gap / 3;
        }
        int at = a->dl.count;
        h = ui_button(a, bx, y, bw, labels[i], ACT_DESK_DO, args[i]);
        a->dl.items[at].selected = args[i] == current;
        bx += bw + gap / 2;
    }
    return y + h - top;
}

/* The problems about a field (item -1: any), framed, or 0 when none. */
static int field_problem(App *a, int x, int y, int w, HomeworkField f, int item)
{
    DeskScreen *d = a->desk;
    if (f == HOMEWORK_F_STORIES && d->draft->n_stories == 0 && !d->tried)
        return 0; /* an empty draft is not a mistake until it is saved */
    char *about = homework_problems_about(&d->problems, f, item);
    if (!about)
        return 0;
    int pad = gfx_base_px(a->gfx) / 2;
    int at = (int)(dl_add(&a->dl, ITEM_FRAME, (LayoutBox){x, y, w, 0}) - a->dl.items);
    a->dl.items[at].colour = C_WORSE;
    a->dl.items[at].value = 2;
    int h = ui_text(a, FONT_BODY, C_TEXT, x + pad, y + pad, w - 2 * pad,
                    dl_printf(&a->dl, _("To fix: %s"), about)) + 2 * pad;
    a->dl.items[at].box.h = h;
    free(about);
    return h + ui_gap(a) / 3;
}

static int heading(App *a, int x, int y, int w, const char *text)
{
    return ui_gap(a) + ui_text(a, FONT_HEADING, C_ACCENT, x, y + ui_gap(a), w, text) +
           ui_gap(a) / 3;
}

/* An idea docs/IDEAS.md names (its "## " headings) in the player's
 * language; a heading not listed here stays as written. */
static const char *idea_label(const char *idea)
{
    static const char *const known[] = {
        N_("Listening instead of solving"), N_("Encouraging autonomy"), N_("Support not control"),
        N_("Sharing responsibility"),       N_("Pausing before acting"), N_("Checking motives"),
        N_("Saying no"),                    N_("Self-care"),             N_("Seeking support"),
        N_("Boundaries"),                   N_("The five parts"),
    };
    for (size_t i = 0; i < sizeof known / sizeof known[0]; i++)
        if (strcmp(idea, known[i]) == 0)
            return _(known[i]);
    return idea;
}

/* One story as a toggle: its title, length, notes and what it teaches. */
static int story_toggle(App *a, int x, int y, int w, int i)
{
    const DeskStory *s = &a->desk->cat.stories[i];
    const Homework *hw = a->desk->draft;
    int pad = gfx_base_px(a->gfx) * 2 / 3, at = (int)(dl_add(&a->dl, ITEM_BUTTON,
                                                             (LayoutBox){x, y, w, 0}) -
                                                      a->dl.items);
    a->dl.items[at].action = ACT_DESK_DO;
    a->dl.items[at].arg = DESK_ARG(DESK_STORY, i);
    int order = desk_find(hw->stories, hw->n_stories, s->id), top = y, iw = w - 2 * pad;
    a->dl.items[at].selected = order >= 0;
    y += pad / 2;
    y += ui_text(a, FONT_BOLD, C_TEXT, x + pad, y, iw,
                 order >= 0 ? dl_printf(&a->dl, "%s%s", tick(a, true),
                                        dl_printf(&a->dl, _("Picked, number %d: %s"), order + 1,
                                                  s->title))
                            : dl_printf(&a->dl, "%s%s", tick(a, false), s->title));
    const char *line = s->minutes > 0 ? dl_printf(&a->dl, ngettext("About %d minute.",
                                                                   "About %d minutes.",
                                                                   (unsigned long)s->minutes),
                                                  s->minutes)
                                      : "";
    const char *notes = "";
    for (int k = 0; k < s->n_notes; k++)
        notes = dl_printf(&a->dl, "%s%s%s", notes, k ? "; " : "", s->notes[k]);
    if (*notes)
        line = dl_printf(&a->dl, "%s%s%s", line, *line ? " " : "",
                         dl_printf(&a->dl, _("Content notes: %s."), notes));
    if (*line)
        y += ui_text(a, FONT_SMALL, C_MUTED, x + pad, y, iw, line);
    line = "";
    for (int k = 0; k < s->n_teaches; k++)
        line = dl_printf(&a->dl, "%s%s%s", line, k ? "; " : "", idea_label(s->teaches[k]));
    if (*line)
        y += ui_text(a, FONT_SMALL, C_TEXT, x + pad, y, iw, dl_printf(&a->dl, _("Teaches: %s"), line));
    y += pad / 2;
    a->dl.items[at].box.h = y - top;
    return y - top;
}

static int stories_part(App *a, int x, int y, int w)
{
    int top = y, gap = ui_gap(a);
    y += heading(a, x, y, w, _("1. Stories to play"));
    y += ui_text(a, FONT_SMALL, C_MUTED, x, y, w,
                 _("Pick one or more; your client plays them in the order you pick them.")) +
         gap / 3;
    y += field_problem(a, x, y, w, HOMEWORK_F_STORIES, -1);
    for (int i = 0; i < a->desk->cat.count; i++)
        y += story_toggle(a, x, y, w, i) + gap / 3;
    return y - top;
}

/* "Change" and "Remove" for item i of a list. */
static int change_remove(App *a, int x, int y, int w, int field, DeskOp remove, int i)
{
    const char *const labels[] = {_("Change"), _("Remove")};
    int args[] = {DESK_ARG(DESK_WRITE, field + i), DESK_ARG(remove, i)};
    return button_row(a, x, y, w, labels, args, 2, -1);
}

/* Whether q is one of the reflect prompts of the stories picked. */
static bool suggested(const DeskScreen *d, const char *q)
{
    for (int s = 0; s < d->draft->n_stories; s++) {
        const DeskStory *st = desk_catalogue_find(&d->cat, d->draft->stories[s]);
        if (st && desk_find(st->reflect, st->n_reflect, q) >= 0)
            return true;
    }
    return false;
}

/* The suggestions of the picked stories as toggles (reflect prompts, or
 * practice tasks). */
static int suggestions(App *a, int x, int y, int w, bool practice)
{
    DeskScreen *d = a->desk;
    int top = y, gap = ui_gap(a);
    for (int s = 0; s < d->cat.count; s++) {
        const DeskStory *st = &d->cat.stories[s];
        if (desk_find(d->draft->stories, d->draft->n_stories, st->id) < 0)
            continue;
        int n = practice ? st->n_practice : st->n_reflect;
        if (n > 0)
            y += ui_text(a, FONT_SMALL, C_MUTED, x, y, w,
                         dl_printf(&a->dl, _("Suggested by %s:"), st->title));
        for (int k = 0; k < n && k < 100; k++) {
            const char *text = practice ? st->practice[k] : st->reflect[k];
            bool on = practice ? d->draft->practice && strcmp(d->draft->practice, text) == 0
                               : desk_find(d->draft->questions, d->draft->n_questions, text) >= 0;
            int at = a->dl.count;
            y += ui_button(a, x, y, w, dl_printf(&a->dl, "%s%s", tick(a, on), text), ACT_DESK_DO,
                           DESK_ARG(practice ? DESK_PRACTICE : DESK_SUGGESTED, s * 100 + k)) +
                 gap / 3;
            a->dl.items[at].selected = on;
        }
    }
    return y - top;
}

static bool has_problem(const DeskScreen *d, HomeworkField f, int item)
{
    for (int i = 0; i < d->problems.count; i++)
        if (d->problems.items[i].field == f && d->problems.items[i].item == item)
            return true;
    return false;
}

static int questions_part(App *a, int x, int y, int w)
{
    DeskScreen *d = a->desk;
    int top = y, gap = ui_gap(a);
    y += heading(a, x, y, w, _("2. Questions to think about"));
    y += suggestions(a, x, y, w, false);
    const Homework *hw = d->draft;
    for (int i = 0; i < hw->n_questions; i++) {
        if (suggested(d, hw->questions[i]) && !has_problem(d, HOMEWORK_F_QUESTIONS, i + 1))
            continue;
        y += ui_text(a, FONT_BODY, C_TEXT, x, y, w,
                     dl_printf(&a->dl, _("Your question %d: %s"), i + 1, hw->questions[i]));
        y += field_problem(a, x, y, w, HOMEWORK_F_QUESTIONS, i + 1);
        y += change_remove(a, x, y, w, DESK_F_QUESTION, DESK_REMOVE_QUESTION, i) + gap / 2;
    }
    y += field_problem(a, x, y, w, HOMEWORK_F_QUESTIONS, 0);
    y += ui_button(a, x, y, w, _("Write your own question"), ACT_DESK_DO,
                   DESK_ARG(DESK_WRITE, DESK_F_NEW_QUESTION));
    return y - top;
}

/* A text field under its heading (none when title is NULL): what it
 * holds (or `none`), its problem, and a button to write it. */
static int text_part(App *a, int x, int y, int w, const char *title, const char *value,
                     const char *none, HomeworkField f, int field, const char *write,
                     const char *change)
{
    int top = y;
    if (title)
        y += heading(a, x, y, w, title);
    y += ui_text(a, value ? FONT_BODY : FONT_SMALL, value ? C_TEXT : C_MUTED, x, y, w,
                 value ? value : none) + ui_gap(a) / 3;
    y += field_problem(a, x, y, w, f, -1);
    y += ui_button(a, x, y, w, value ? change : write, ACT_DESK_DO, DESK_ARG(DESK_WRITE, field));
    return y - top;
}

static int practice_part(App *a, int x, int y, int w)
{
    int top = y;
    const char *p = a->desk->draft->practice;
    y += heading(a, x, y, w, _("3. Practice this week"));
    y += suggestions(a, x, y, w, true);
    y += text_part(a, x, y, w, NULL, p, _("No practice task yet: tick one above or "
                                          "write your own."), HOMEWORK_F_PRACTICE, DESK_F_PRACTICE,
                   _("Write your own practice task"), _("Change the practice task"));
    return y - top;
}

/* "Friday 11 December 2026", for a valid YYYY-MM-DD, in the player's
 * language (only the messages follow it, so the names are ours, not the
 * C library's). */
static const char *long_date(App *a, const char *date)
{
    struct tm t = {0};
    t.tm_year = atoi(date) - 1900, t.tm_mon = atoi(date + 5) - 1, t.tm_mday = atoi(date + 8);
    t.tm_hour = 12;
    t.tm_isdst = -1;
    mktime(&t);
    if (t.tm_wday < 0 || t.tm_wday > 6 || t.tm_mon < 0 || t.tm_mon > 11)
        return date;
    /* TRANSLATORS: a date: weekday, day of the month, month, year. */
    return dl_printf(&a->dl, _("%s %d %s %d"), date_weekday(t.tm_wday), t.tm_mday,
                     date_month(t.tm_mon), t.tm_year + 1900);
}

static int due_part(App *a, int x, int y, int w)
{
    const Homework *hw = a->desk->draft;
    int top = y;
    y += heading(a, x, y, w, _("6. Due date"));
    y += ui_text(a, FONT_BODY, C_TEXT, x, y, w,
                 hw->due && homework_valid_date(hw->due)
                     ? dl_printf(&a->dl, _("Due %s (%s)."), long_date(a, hw->due), hw->due)
                     : _("No due date.")) + ui_gap(a) / 3;
    y += field_problem(a, x, y, w, HOMEWORK_F_DUE, -1);
    const char *const labels[] = {_("No due date"), _("One day sooner"), _("One day later"),
                                  _("In a week"), _("In two weeks")};
    static const int args[] = {DESK_ARG(DESK_DUE, DESK_DUE_NONE),
                               DESK_ARG(DESK_DUE, DESK_DUE_SOONER),
                               DESK_ARG(DESK_DUE, DESK_DUE_LATER),
                               DESK_ARG(DESK_DUE, DESK_DUE_WEEK), DESK_ARG(DESK_DUE, DESK_DUE_TWO)};
    y += button_row(a, x, y, w, labels, args, 5, hw->due ? -1 : args[0]);
    return y - top;
}

static int contacts_part(App *a, int x, int y, int w)
{
    const Homework *hw = a->desk->draft;
    int top = y, gap = ui_gap(a);
    y += heading(a, x, y, w, _("7. Contacts for your client's Help screen"));
    y += ui_text(a, FONT_SMALL, C_MUTED, x, y, w,
                 _("Your practice's phone and hours, a local crisis line: your client's Help "
                   "screen shows them while the assignment is open.")) + gap / 3;
    for (int i = 0; i < hw->n_contacts; i++) {
        y += ui_text(a, FONT_BODY, C_TEXT, x, y, w, hw->contacts[i]);
        y += field_problem(a, x, y, w, HOMEWORK_F_CONTACTS, i + 1);
        y += change_remove(a, x, y, w, DESK_F_CONTACT, DESK_REMOVE_CONTACT, i) + gap / 2;
    }
    y += field_problem(a, x, y, w, HOMEWORK_F_CONTACTS, 0);
    if (hw->n_contacts < HOMEWORK_MAX_CONTACTS)
        y += ui_button(a, x, y, w, _("Add a contact line"), ACT_DESK_DO,
                       DESK_ARG(DESK_WRITE, DESK_F_NEW_CONTACT));
    return y - top;
}

/* What was saved, or why not, and the folder. */
static int said(App *a, int x, int y, int w)
{
    DeskScreen *d = a->desk;
    if (!d->said)
        return 0;
    int top = y, gap = ui_gap(a);
    y += gap / 2 + ui_text(a, FONT_BODY, C_TEXT, x, y + gap / 2, w, d->said) + gap / 3;
    if (d->said_ok)
        y += ui_button(a, x, y, w, _("Show the folder"), ACT_DESK_DO, DESK_ARG(DESK_FOLDER, 0));
    return y - top;
}

static int reuse_part(App *a, int x, int y, int w)
{
    DeskScreen *d = a->desk;
    int top = y, gap = ui_gap(a);
    if (d->n_recent > 0)
        y += ui_text(a, FONT_BOLD, C_ACCENT, x, y, w, _("Start from a recent assignment")) + gap / 3;
    for (int i = 0; i < d->n_recent; i++) {
        const Homework *hw = d->recent[i];
        const char *label = "";
        for (int s = 0; s < hw->n_stories; s++) {
            const DeskStory *st = desk_catalogue_find(&d->cat, hw->stories[s]);
            label = dl_printf(&a->dl, "%s%s%s", label, s ? ", " : "", st ? st->title
                                                                      : hw->stories[s]);
        }
        if (hw->n_questions || hw->n_contacts)
            label = dl_printf(&a->dl, "%s \u2014 %s, %s", label,
                              dl_printf(&a->dl, ngettext("%d question", "%d questions",
                                                         (unsigned long)hw->n_questions),
                                        hw->n_questions),
                              dl_printf(&a->dl, ngettext("%d contact line", "%d contact lines",
                                                         (unsigned long)hw->n_contacts),
                                        hw->n_contacts));
        y += ui_button(a, x, y, w, label, ACT_DESK_DO, DESK_ARG(DESK_RECENT, i)) + gap / 3;
    }
    const char *const labels[] = {_("Open an assignment file\u2026"), _("Start afresh")};
    static const int args[] = {DESK_ARG(DESK_FILES, 0), DESK_ARG(DESK_AFRESH, 0)};
    y += button_row(a, x, y, w, labels, args, 2, -1);
    return y - top;
}

static void assignment_tab(App *a, int x, int y, int w)
{
    const Homework *hw = a->desk->draft;
    int gap = ui_gap(a);
    y += ui_text(a, FONT_SMALL, C_MUTED, x, y, w,
                 _("Make an assignment for a client: the stories to play, questions to think "
                   "about, a practice task. The file holds nothing about your client.")) + gap / 2;
    y += reuse_part(a, x, y, w);
    y += stories_part(a, x, y, w);
    y += questions_part(a, x, y, w);
    y += practice_part(a, x, y, w);
    y += text_part(a, x, y, w, _("4. A note to your client"), hw->note, _("No note."),
                   HOMEWORK_F_NOTE, DESK_F_NOTE, _("Write a note"), _("Change the note"));
    y += text_part(a, x, y, w, _("5. Your name"), hw->from,
                   _("Your client sees \"your therapist\"."), HOMEWORK_F_FROM, DESK_F_FROM,
                   _("Write your name"), _("Change your name"));
    y += due_part(a, x, y, w);
    y += contacts_part(a, x, y, w);
    y += heading(a, x, y, w, _("8. Check and save"));
    y += ui_button(a, x, y, w, _("See it as your client will"), ACT_DESK_DO,
                   DESK_ARG(DESK_PREVIEW, 0)) + gap / 3;
    y += ui_button(a, x, y, w, _("Save the assignment"), ACT_DESK_DO, DESK_ARG(DESK_SAVE, 0));
    y += said(a, x, y, w);
    a->dl.content_h = y + gap * 2 - a->dl.body_top;
}

static void plan_tab(App *a, int x, int y, int w)
{
    int gap = ui_gap(a);
    y += ui_text(a, FONT_BODY, C_TEXT, x, y, w,
                 _("A session plan for a class or a group: the timings, three places to stop and "
                   "talk (scenes every way through the story passes), their questions for the "
                   "room, and the endings to debrief. It is saved as a page to print, in your "
                   "documents folder.")) + gap / 2;
    y += said(a, x, y, w) + gap / 2;
    for (int i = 0; i < a->shelf.n; i++) {
        const Story *s = a->shelf.cards[i].story;
        if (s)
            y += ui_button(a, x, y, w, dl_printf(&a->dl, _("Save a session plan: %s"),
                                                 s->title ? s->title : s->id),
                           ACT_DESK_DO, DESK_ARG(DESK_PLAN, i)) + gap / 3;
    }
    a->dl.content_h = y + gap * 2 - a->dl.body_top;
}

void screen_desk(App *a)
{
    int y = screen_top_bar(a, _("For therapists"), true, false), x, w, gap = ui_gap(a);
    ui_column(a, &x, &w);
    y += gap;
    if (!a->desk || !a->desk->draft) {
        y += ui_button(a, x, y, w, _("Back"), ACT_BACK, 0);
        a->dl.content_h = y + gap - a->dl.body_top;
        return;
    }
    const char *const tabs[] = {_("Make an assignment"), _("Plan a session")};
    static const int args[] = {DESK_ARG(DESK_TAB, 0), DESK_ARG(DESK_TAB, 1)};
    y += button_row(a, x, y, w, tabs, args, 2, args[a->desk->tab]) + gap;
    if (a->desk->tab == 1)
        plan_tab(a, x, y, w);
    else
        assignment_tab(a, x, y, w);
}

void screen_desk_files(App *a)
{
    int y = screen_top_bar(a, _("Open an assignment file"), true, false), x, w, gap = ui_gap(a);
    ui_column(a, &x, &w);
    y += gap;
    const PathList *files = a->desk ? &a->desk->files : NULL;
    y += ui_text(a, FONT_BODY, C_TEXT, x, y, w,
                 files && files->count
                     ? _("These assignments are in your documents folder, the newest first. Pick "
                         "one to go on from it; saving makes a new file, the old one stays.")
                     : _("No assignment file (.beside-homework) is in your documents folder.")) +
         gap;
    for (int i = 0; files && i < files->count; i++) {
        const char *name = strrchr(files->items[i], '/');
        y += ui_button(a, x, y, w, name ? name + 1 : files->items[i], ACT_DESK_DO,
                       DESK_ARG(DESK_FILE, i)) + gap / 3;
    }
    y += gap;
    y += ui_button(a, x, y, w, _("Back"), ACT_BACK, 0);
    a->dl.content_h = y + gap * 2 - a->dl.body_top;
}

/* The contacts are on the client's Help screen, not the Homework screen:
 * the preview shows them as Help will, above its last Back button. */
static void preview_contacts(App *a)
{
    const Homework *hw = a->desk ? a->desk->draft : NULL;
    int back = -1;
    for (int i = 0; i < a->dl.count; i++)
        if (a->dl.items[i].kind == ITEM_BUTTON && a->dl.items[i].scrolls &&
            a->dl.items[i].action == ACT_BACK)
            back = i;
    if (!hw || hw->n_contacts == 0 || back < 0)
        return;
    int x, w, gap = ui_gap(a), first = a->dl.count, y0 = a->dl.items[back].box.y, y = y0;
    ui_column(a, &x, &w);
    y += gap / 2;
    y += ui_text(a, FONT_HEADING, C_ACCENT, x, y, w, _("And on your client's Help screen")) +
         gap / 2;
    y += ui_text(a, FONT_BOLD, C_ACCENT, x, y, w,
                 hw->from ? dl_printf(&a->dl, _("Added by %s, with your assignment"), hw->from)
                          : _("Added by your therapist, with your assignment"));
    for (int i = 0; i < hw->n_contacts; i++)
        y += ui_text(a, FONT_BODY, C_TEXT, x, y, w, hw->contacts[i]);
    y += gap;
    for (int i = back; i < first; i++) /* Back and its label move down below them */
        a->dl.items[i].box.y += y - y0;
    a->dl.content_h += y - y0;
}

void screen_desk_preview(App *a)
{
    Homework *kept = a->hw.assignment;
    a->hw.assignment = a->desk ? a->desk->draft : NULL;
    screen_homework(a);
    a->hw.assignment = kept;
    preview_contacts(a);
    /* Read-only: the body's buttons stay as boxes, but nothing acts, except Back. */
    for (int i = 0; i < a->dl.count; i++) {
        Item *it = &a->dl.items[i];
        if (it->kind == ITEM_BUTTON && it->scrolls && it->action != ACT_BACK) {
            it->kind = ITEM_FRAME;
            it->colour = C_TRACK_EDGE;
            it->value = 1;
        }
    }
}

const char *desk_ui_field_prompt(App *a)
{
    int f = a->desk ? a->desk->writing : -1;
    if (f == DESK_F_PRACTICE)
        return _("The practice task for the week. Leave the page empty to take it out.");
    if (f == DESK_F_NOTE)
        return _("A note to your client. Leave the page empty to take it out.");
    if (f == DESK_F_FROM)
        return _("Your name, as your client will see it.");
    if (f == DESK_F_NEW_CONTACT)
        return _("A line for your client's Help screen, like: Sam Lee's practice: 555 0142, "
                 "weekdays 9 to 5");
    if (f >= DESK_F_CONTACT)
        return _("A line for your client's Help screen. Leave the page empty to take it out.");
    if (f == DESK_F_NEW_QUESTION)
        return _("A question for your client to think about after playing.");
    return _("A question for your client. Leave the page empty to take it out.");
}
