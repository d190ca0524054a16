/* screens_menu.c — the screens around play: title, the story cards, a
 * story's content notes, help and settings. Each lays the screen out into
 * the display list for the current window size. */
#include <stdlib.h>
#include <string.h>

#include "core/i18n.h"
#include "ui/app.h"
#include "ui/font_find.h"
#include "ui/people.h"
#include "ui/screens.h"
#include "ui/view.h"
#include "ui/voice_ui.h"

const char *screen_name(ScreenId s)
{
    static const char *names[SCREEN_COUNT] = {
        "title",   "stories", "notes",   "play",    "debrief", "help",       "settings",
        "history", "confirm", "journal", "write",   "import",  "homework",   "report",
        "present", "compare", "summary", "desk",    "desk-files", "desk-preview", "drill",
        "drill-progress"};
    return s < SCREEN_COUNT ? names[s] : "?";
}

/* The width of a top-bar button for `label`. */
static int bar_width(App *a, const char *label)
{
    int pad = gfx_base_px(a->gfx) * 2 / 3;
    /* A little slack: a line measured whole can be a pixel narrower than
     * the sum of its words, which is how the wrapper measures it. */
    return gfx_measure(a->gfx, FONT_BODY, label, strlen(label)) + 2 * pad +
           gfx_char_width(a->gfx) / 2;
}

int screen_top_bar(App *a, const char *title, bool with_back, bool with_history)
{
    int gap = ui_gap(a), margin = layout_margin(gfx_char_width(a->gfx));
    int pad = gfx_base_px(a->gfx) * 2 / 3, lh = gfx_line_height(a->gfx, FONT_BODY);
    int y = gap / 2, right = a->width - margin;
    a->dl.in_body = false;
    /* In a narrow window the buttons drop their key names; when they still
     * do not fit on one row they take a second one, and the title goes. */
    bool narrow = a->width < gfx_char_width(a->gfx) * 45;
    const char *labels[3];
    Action acts[3];
    int n = 0;
    if (a->screen != SCREEN_HELP)
        labels[n] = narrow ? _("Help") : _("Help (F1)"), acts[n++] = ACT_HELP;
    if (with_history)
        labels[n] = narrow ? _("Choices") : _("Choices (H)"), acts[n++] = ACT_HISTORY;
    if (with_back)
        labels[n] = narrow ? _("Back") : _("Back (Esc)"), acts[n++] = ACT_BACK;
    int total = 0;
    for (int i = 0; i < n; i++)
        total += bar_width(a, labels[i]) + gap / 2;
    if (with_history && total > a->width - 2 * margin) {
        /* No room: the list of choices stays a key press away (H). */
        int k = 0;
        for (int i = 0; i < n; i++)
            if (acts[i] != ACT_HISTORY)
                labels[k] = labels[i], acts[k++] = acts[i];
        n = k;
    }
    int rows = 1;
    for (int i = 0; i < n; i++) {
        int w = bar_width(a, labels[i]);
        if (right - w < margin && right < a->width - margin) {
            rows++;
            right = a->width - margin;
            y += lh + pad + gap / 3;
        }
        ui_button(a, right - w, y, w, labels[i], acts[i], 0);
        right -= w + gap / 2;
    }
    if (rows > 1)
        title = NULL;
    y = gap / 2 + (rows - 1) * (lh + pad + gap / 3);
    int h = lh + pad;
    if (title && right - margin > 6 * gfx_char_width(a->gfx)) {
        /* The title keeps to one line; a long one is cut with an ellipsis. */
        size_t len = strlen(title);
        const char *shown = title;
        int room = right - margin - gap / 2;
        while (len > 0 && gfx_measure(a->gfx, FONT_BOLD, shown, strlen(shown)) > room) {
            do
                len--;
            while (len > 0 && ((unsigned char)title[len] & 0xC0) == 0x80);
            shown = dl_printf(&a->dl, "%.*s\u2026", (int)len, title);
        }
        Item *t = dl_add(&a->dl, ITEM_TEXT, (LayoutBox){margin, y + pad / 2,
                                                         gfx_measure(a->gfx, FONT_BOLD, shown,
                                                                     strlen(shown)), lh});
        t->font = FONT_BOLD;
        t->colour = C_ACCENT;
        t->text = shown;
        t->len = strlen(shown);
    }
    int bottom = y + h + gap / 2;
    Item *rule = dl_add(&a->dl, ITEM_FILL, (LayoutBox){0, bottom, a->width, 1});
    rule->colour = C_TRACK;
    a->dl.body_top = bottom + 1;
    a->dl.in_body = true;
    y = bottom + 1;
    if (a->screen != SCREEN_PLAY && a->screen != SCREEN_DEBRIEF && a->screen != SCREEN_PRESENT &&
        a->screen != SCREEN_SUMMARY && a->problem) {
        /* Play and the debrief show it under the meters instead. */
        int x, w;
        ui_column(a, &x, &w);
        y += ui_gap(a) / 2;
        y += ui_problem_box(a, x, y, w);
    }
    return y;
}

/* Ends a screen's body at `y`: records its height for scrolling. */
static void body_end(App *a, int y)
{
    a->dl.content_h = y + ui_gap(a) * 2 - a->dl.body_top;
}

/* The title of the story Continue would resume, from the cards when they
 * are loaded, else from the saved state's story id. */
static const char *continue_title(App *a)
{
    int card = app_profile_resume_card(a);
    if (card >= 0)
        return a->shelf.cards[card].story->title;
    return a->standing.title ? a->standing.title : a->standing.story_id;
}

/* The width of a title-screen button that holds `label` on one line. */
static int label_width(App *a, const char *label)
{
    return gfx_measure(a->gfx, FONT_BODY, label, strlen(label)) + gfx_base_px(a->gfx) * 4 / 3 +
           gfx_char_width(a->gfx) / 2;
}

/* Whether Stories and Spot it go one under the other on the title: when
 * half the buttons' width holds less than 12 characters, or either label. */
static bool drill_stacked(App *a, int bw)
{
    int half = (bw - ui_gap(a) / 2) / 2;
    return half < gfx_char_width(a->gfx) * 12 || label_width(a, _("Stories")) > half ||
           label_width(a, _("Spot it")) > half;
}

/* Whether Help and For therapists go one under the other: when the two
 * labels do not fit side by side in the column's width. */
static bool desk_stacked(App *a, int bw)
{
    return label_width(a, _("Help")) + ui_gap(a) / 2 + label_width(a, _("For therapists")) > bw;
}

void screen_title(App *a)
{
    int y = screen_top_bar(a, NULL, false, false), x, w, gap = ui_gap(a);
    ui_column(a, &x, &w);
    /* A narrower block than the reading column: the title screen's few
     * lines wrap into even halves instead of leaving one word alone. */
    int narrow = gfx_char_width(a->gfx) * 46;
    if (w > narrow) {
        x += (w - narrow) / 2;
        w = narrow;
    }
    const char *cont = NULL;
    if (a->game.has_run && a->game.run_story >= 0 && !runtime_at_ending(a->game.play.run.story, &a->game.play.run.pos) &&
        (!a->profile || !a->standing.resume || a->standing.resume == a->game.play.id))
        cont = a->shelf.cards[a->game.run_story].story->title;
    else if (a->standing.resume && a->standing.story_id)
        cont = continue_title(a);
    /* The words and the buttons; the picture takes what is left
     * of the window (at most a quarter of it), so the buttons stay in view. */
    int lh = gfx_line_height(a->gfx, FONT_BODY), bh = lh + gfx_base_px(a->gfx) * 2 / 3 + gap / 2;
    int bw = gfx_char_width(a->gfx) * 28;
    if (bw > w)
        bw = w;
    int buttons = 4 + drill_stacked(a, bw) + desk_stacked(a, bw) + (cont != NULL) + (a->hw.assignment != NULL) + (a->profile != NULL);
    int block = gfx_line_height(a->gfx, FONT_TITLE) + lh * 4 + gap * 4 + bh * buttons;
    int room = a->height - y - block;
    int picture = people_title_height(a, w, room - gap);
    room -= picture;
    y += room > gap * 9 ? room / 4 : gap;
    y += people_title(a, x, y, w, picture);
    y += gap / 2;
    y += ui_text(a, FONT_BODY, C_TEXT, x, y, w,
                 _("Practise the difference between rescuing and supporting the people you love."));
    y += gap / 2;
    y += ui_text(a, FONT_SMALL, C_MUTED, x, y, w,
                 _("This is practice, not therapy. You can stop at any time."));
    int played = a->standing.stories_played, found = a->standing.endings_found;
    if (played > 0)
        y += ui_text(a, FONT_SMALL, C_TEXT, x, y, w,
                     dl_printf(&a->dl, _("So far you have played %s and found %s."),
                               dl_printf(&a->dl, ngettext("%d story", "%d stories", played), played),
                               dl_printf(&a->dl, ngettext("%d ending", "%d endings", found), found)));
    else /* the first time: the way in for someone who cannot see the window */
        y += gap / 3 + ui_text(a, FONT_SMALL, C_MUTED, x, y + gap / 3, w,
                               _("Using a screen reader? Press V to hear the screen, or play "
                                 "in a terminal: beside play --text."));
    y += gap * 2;
    if (cont)
        y += ui_button(a, x, y, bw, dl_printf(&a->dl, _("Continue: %s"), cont), ACT_CONTINUE_RUN, 0) +
             gap / 2;
    if (a->hw.assignment)
        y += ui_button(a, x, y, bw, _("Homework"), ACT_HOMEWORK, 0) + gap / 2;
    /* Spot it, the practice drill, beside the stories: one row, so the
     * title keeps its height; one under the other when that is too narrow. */
    int half = (bw - gap / 2) / 2;
    if (!drill_stacked(a, bw)) {
        int h1 = ui_button(a, x, y, half, _("Stories"), ACT_STORIES, 0);
        int h2 = ui_button(a, x + bw - half, y, half, _("Spot it"), ACT_DRILL, 0);
        y += (h1 > h2 ? h1 : h2) + gap / 2;
    } else {
        y += ui_button(a, x, y, bw, _("Stories"), ACT_STORIES, 0) + gap / 2;
        y += ui_button(a, x, y, bw, _("Spot it"), ACT_DRILL, 0) + gap / 2;
    }
    if (a->profile)
        y += ui_button(a, x, y, bw, _("Journal"), ACT_JOURNAL, 0) + gap / 2;
    y += ui_button(a, x, y, bw, _("Settings"), ACT_SETTINGS, 0) + gap / 2;
    /* For therapists beside Help, for the same reason. */
    if (!desk_stacked(a, bw)) {
        int help = bw - ui_gap(a) / 2 - label_width(a, _("For therapists"));
        int h1 = ui_button(a, x, y, help, _("Help"), ACT_HELP, 0);
        int h2 = ui_button(a, x + help + gap / 2, y, bw - help - gap / 2, _("For therapists"),
                           ACT_DESK, 0);
        y += (h1 > h2 ? h1 : h2) + gap / 2;
    } else {
        y += ui_button(a, x, y, bw, _("Help"), ACT_HELP, 0) + gap / 2;
        y += ui_button(a, x, y, bw, _("For therapists"), ACT_DESK, 0) + gap / 2;
    }
    y += ui_button(a, x, y, bw, _("Quit"), ACT_QUIT, 0);
    body_end(a, y);
}

static const char *notes_line(App *a, const Story *s)
{
    if (s->n_content_notes == 0)
        return NULL;
    const char *list = "";
    for (int i = 0; i < s->n_content_notes; i++)
        list = dl_printf(&a->dl, "%s%s%s", list, i ? "; " : "", s->content_notes[i]);
    return dl_printf(&a->dl, _("Content notes: %s."), list);
}

/* "Played 3 times. Finished 2. Endings found: 2 of 4. You have a story in
 * progress." — or NULL for a story never played. */
static const char *progress_line(App *a, int card)
{
    if (!a->shelf.progress)
        return NULL;
    const StoryProgress *p = &a->shelf.progress[card];
    const Story *s = a->shelf.cards[card].story;
    int endings = 0;
    for (int i = 0; i < s->n_scenes; i++)
        endings += s->scenes[i].is_ending;
    if (p->started == 0)
        return dl_printf(&a->dl, ngettext("Not played yet. %d ending to find.",
                                          "Not played yet. %d endings to find.", endings), endings);
    const char *line = p->started == 1 ? _("Played once.") : dl_printf(&a->dl,
        ngettext("Played %d time.", "Played %d times.", p->started), p->started);
    if (p->finished > 0) /* each a sentence, joined by a space */
        line = dl_printf(&a->dl, "%s %s", line, dl_printf(&a->dl, _("Finished %d."), p->finished));
    line = dl_printf(&a->dl, "%s %s", line,
                     dl_printf(&a->dl, _("Endings found: %d of %d."), p->n_endings, endings));
    if (app_profile_resume_card(a) == card)
        line = dl_printf(&a->dl, "%s %s", line, _("You have this story in progress."));
    return line;
}

void screen_stories(App *a)
{
    int y = screen_top_bar(a, _("Stories"), true, false), x, w, gap = ui_gap(a);
    ui_column(a, &x, &w);
    y += gap;
    if (a->shelf.n == 0)
        y += ui_text(a, FONT_BODY, C_TEXT, x, y, w,
                     _("No stories were found. Stories are .lua files in the folders that "
                       "'beside list' shows; your own go in ~/.local/share/beside/stories."));
    int pad = gfx_base_px(a->gfx) * 2 / 3;
    for (int i = 0; i < a->shelf.n; i++) {
        const StoryCard *c = &a->shelf.cards[i];
        if (!c->story) {
            /* A story that fails to load is shown with the reason, not hidden. */
            y += ui_text(a, FONT_BOLD, C_TEXT, x, y, w,
                         dl_printf(&a->dl, _("This story could not be opened: %s"), c->path));
            y += ui_text(a, FONT_SMALL, C_MUTED, x, y, w, c->problem) + gap;
            continue;
        }
        const Story *s = c->story;
        int at = (int)(dl_add(&a->dl, ITEM_BUTTON, (LayoutBox){x, y, w, 0}) - a->dl.items);
        a->dl.items[at].action = ACT_PICK_STORY;
        a->dl.items[at].arg = i;
        int top = y, iw = w - 2 * pad, tx = x + pad;
        y += pad / 2;
        /* The cover at the card's left when the card is wide, else on top. */
        bool beside = w >= gfx_char_width(a->gfx) * 50;
        int cover_w = beside ? w / 4 : iw;
        int cover_h = people_cover(a, s, tx, y, cover_w);
        if (cover_h > 0 && beside) {
            tx += cover_w + pad;
            iw -= cover_w + pad;
        } else if (cover_h > 0) {
            y += cover_h + pad / 2;
        }
        int cover_bottom = beside && cover_h > 0 ? y + cover_h : y;
        y += ui_text(a, FONT_BOLD, C_ACCENT, tx, y, iw,
                     dl_printf(&a->dl, "%d.  %s", i + 1, s->title ? s->title : s->id));
        if (s->teaser)
            y += ui_text(a, FONT_BODY, C_TEXT, tx, y, iw, s->teaser);
        const char *who = s->you_play ? dl_printf(&a->dl, _("You play %s."), s->you_play) : "";
        if (s->minutes > 0)
            who = dl_printf(&a->dl, "%s%s%s", who, *who ? " " : "",
                            dl_printf(&a->dl, ngettext("About %d minute.", "About %d minutes.",
                                                       s->minutes), s->minutes));
        y += ui_text(a, FONT_SMALL, C_MUTED, tx, y, iw, who);
        const char *notes = notes_line(a, s);
        if (notes)
            y += ui_text(a, FONT_SMALL, C_MUTED, tx, y, iw, notes);
        const char *progress = progress_line(a, i);
        if (progress)
            y += ui_text(a, FONT_SMALL, C_TEXT, tx, y, iw, progress);
        if (cover_bottom > y)
            y = cover_bottom;
        y += pad / 2;
        a->dl.items[at].box.h = y - top;
        y += gap;
    }
    body_end(a, y);
}

void screen_notes(App *a)
{
    const Story *s = a->shelf.cards[a->shelf.picked].story;
    int y = screen_top_bar(a, s->title, true, false), x, w, gap = ui_gap(a);
    ui_column(a, &x, &w);
    bool in_progress = app_profile_resume_card(a) == a->shelf.picked ||
                       (a->game.has_run && a->game.run_story == a->shelf.picked &&
                        !runtime_at_ending(a->game.play.run.story, &a->game.play.run.pos));
    y += gap;
    y += ui_text(a, FONT_HEADING, C_ACCENT, x, y, w,
                 in_progress ? _("Welcome back") : _("Before you start"));
    y += gap / 2;
    if (s->n_content_notes > 0)
        y += ui_text(a, FONT_BODY, C_TEXT, x, y, w, _("This story includes:"));
    for (int i = 0; i < s->n_content_notes; i++)
        y += ui_text(a, FONT_BODY, C_TEXT, x + gfx_char_width(a->gfx) * 2, y,
                     w - gfx_char_width(a->gfx) * 2,
                     dl_printf(&a->dl, "\u2022  %s", s->content_notes[i]));
    y += gap / 2;
    y += ui_text(a, FONT_BODY, C_TEXT, x, y, w,
                 _("You can stop at any time with Esc; every choice is saved, and Continue "
                   "brings you back. If something here stirs up a lot, it is fine to take a "
                   "break or to talk to someone you trust. Help (F1) says where to find "
                   "support."));
    y += gap * 2;
    if (in_progress)
        y += ui_button(a, x, y, w, _("Continue where you left off"), ACT_CONTINUE_RUN, 0) + gap / 2;
    y += ui_button(a, x, y, w, in_progress ? _("Start over from the beginning") : _("Start the story"),
                   ACT_START_STORY, 0) + gap / 2;
    y += ui_button(a, x, y, w, _("Back to the stories"), ACT_BACK, 0);
    body_end(a, y);
}

/* Who to contact: the lines a therapist's open assignment carries, then
 * the ones set up on this computer. Returns the height used. */
static int help_contacts(App *a, int x, int y, int w)
{
    int top = y, gap = ui_gap(a);
    const Homework *hw = a->hw.assignment;
    if (hw && hw->n_contacts > 0) {
        y += ui_text(a, FONT_BOLD, C_ACCENT, x, y, w,
                     hw->from ? dl_printf(&a->dl, _("Added by %s, with your assignment"), hw->from)
                              : _("Added by your therapist, with your assignment"));
        for (int i = 0; i < hw->n_contacts; i++)
            y += ui_text(a, FONT_BODY, C_TEXT, x, y, w, hw->contacts[i]);
        y += gap;
    }
    y += ui_text(a, FONT_BOLD, C_ACCENT, x, y, w, _("People you can contact"));
    if (a->contacts.count == 0 && hw && hw->n_contacts > 0)
        y += ui_text(a, FONT_BODY, C_TEXT, x, y, w,
                     _("No other contacts have been set up on this computer."));
    else if (a->contacts.count == 0)
        y += ui_text(a, FONT_BODY, C_TEXT, x, y, w,
                     _("No contacts have been set up on this computer. A therapist or "
                       "facilitator can add them to ~/.config/beside/contacts.conf, one a "
                       "line: Name = how to reach them."));
    for (int i = 0; i < a->contacts.count; i++)
        y += ui_text(a, FONT_BODY, C_TEXT, x, y, w,
                     dl_printf(&a->dl, "%s: %s", a->contacts.items[i].name,
                               a->contacts.items[i].how));
    if (a->contacts.problems) {
        y += gap / 2;
        y += ui_text(a, FONT_SMALL, C_MUTED, x, y, w,
                     dl_printf(&a->dl, _("Some lines of the contacts file were skipped:\n%s"),
                               a->contacts.problems));
    }
    return y - top;
}

void screen_help(App *a)
{
    int y = screen_top_bar(a, _("Help"), true, false), x, w, gap = ui_gap(a);
    ui_column(a, &x, &w);
    y += gap;
    static const char *const paras[][2] = {
        {N_("This is practice, not therapy."),
         N_("Beside lets you try out ways of caring for people in made-up stories and see what "
            "they might lead to. It does not know you or your life, and it cannot tell you what "
            "to do.")},
        {N_("If you are in danger or in crisis"),
         N_("Call your local emergency number now. If you are thinking about hurting yourself, "
            "call a crisis line or go to the nearest emergency room.")},
        {N_("If there are threats or violence"),
         N_("If someone threatens you or hurts you, setting boundaries alone is not enough and "
            "can be risky. Please get help from a professional or a support service first.")},
        {N_("If you use a screen reader"),
         N_("Screen readers cannot read this window. V reads aloud what has focus and the "
            "scene, and Settings can read each scene as it comes (this needs "
            "speech-dispatcher). The terminal player shows every scene, choice and card as "
            "plain text that screen readers read well: in a terminal, type beside play --text.")},
        {N_("Keys"),
         N_("Number keys pick a choice. Tab and the arrow keys move the focus ring; Enter "
            "picks what has focus. Esc goes back. Ctrl+Z takes back your last choice. V reads "
            "the screen aloud. F11 switches full screen on and off. F5 reloads the story from "
            "its file, for authors writing one. F1 opens this page from anywhere.")},
    };
    enum { N_PARAS = sizeof paras / sizeof paras[0] };
    for (int i = 0; i < N_PARAS; i++) {
        if (i == N_PARAS - 1) /* contacts before the keys: nearer the crisis words */
            y += help_contacts(a, x, y, w) + gap;
        y += ui_text(a, FONT_BOLD, C_ACCENT, x, y, w, _(paras[i][0]));
        y += ui_text(a, FONT_BODY, C_TEXT, x, y, w, _(paras[i][1])) + gap;
    }
    y += ui_button(a, x, y, w, _("Back"), ACT_BACK, 0);
    body_end(a, y);
}

static int option_row(App *a, int x, int y, int w, const char *const *labels, int n, Action act,
                      const int *args, int current)
{
    /* The options of one setting side by side when they fit, else stacked. */
    int gap = ui_gap(a), pad = gfx_base_px(a->gfx) * 2 / 3, total = 0;
    const char *tick = gfx_has_glyph(a->gfx, FONT_BODY, 0x2713) ? "\u2713 " : "* ";
    for (int i = 0; i < n; i++)
        total += gfx_measure(a->gfx, FONT_BODY, _(labels[i]), strlen(_(labels[i]))) +
                 gfx_measure(a->gfx, FONT_BODY, tick, strlen(tick)) + 2 * pad + gap / 2 +
                 gfx_char_width(a->gfx) / 2;
    bool across = total <= w;
    int bx = x, h = 0, y0 = y;
    for (int i = 0; i < n; i++) {
        bool on = args[i] == current;
        const char *label = on ? dl_printf(&a->dl, "%s%s", tick, _(labels[i])) : _(labels[i]);
        int bw = across ? gfx_measure(a->gfx, FONT_BODY, label, strlen(label)) + 2 * pad +
                              gfx_char_width(a->gfx) / 2
                        : w;
        int at = a->dl.count;
        h = ui_button(a, bx, y, bw, label, act, args[i]);
        a->dl.items[at].selected = on;
        if (across)
            bx += bw + gap / 2;
        else
            y += h + gap / 3;
    }
    return across ? h : y - y0;
}

void screen_settings(App *a)
{
    int y = screen_top_bar(a, _("Settings"), true, false), x, w, gap = ui_gap(a);
    ui_column(a, &x, &w);
    y += gap;
    static const char *const sizes[] = {"100%", "125%", "150%", "175%", "200%"};
    static const int size_args[] = {100, 125, 150, 175, 200};
    y += ui_text(a, FONT_BOLD, C_ACCENT, x, y, w, _("Text size"));
    y += option_row(a, x, y, w, sizes, 5, ACT_TEXT_SIZE, size_args, a->settings.text_size) + gap;
    static const char *const themes[] = {N_("Light"), N_("Dark"), N_("High contrast")};
    static const int theme_args[] = {THEME_LIGHT, THEME_DARK, THEME_HIGH_CONTRAST};
    y += ui_text(a, FONT_BOLD, C_ACCENT, x, y, w, _("Colours"));
    y += option_row(a, x, y, w, themes, 3, ACT_THEME, theme_args, (int)a->settings.theme) + gap;
    static const char *const onoff[] = {N_("Off"), N_("On")};
    static const int onoff_args[] = {0, 1};
    y += ui_text(a, FONT_BOLD, C_ACCENT, x, y, w, _("Full screen (F11)"));
    y += option_row(a, x, y, w, onoff, 2, ACT_FULLSCREEN, onoff_args, a->settings.fullscreen) + gap;
    y += ui_text(a, FONT_BOLD, C_ACCENT, x, y, w, _("Reduce motion"));
    y += ui_text(a, FONT_SMALL, C_MUTED, x, y, w, _("Meters jump to their new values instead of "
                                                    "sliding."));
    y += option_row(a, x, y, w, onoff, 2, ACT_MOTION, onoff_args, a->settings.reduce_motion) + gap;
    y += ui_text(a, FONT_BOLD, C_ACCENT, x, y, w, _("Pictures"));
    y += ui_text(a, FONT_SMALL, C_MUTED, x, y, w,
                 a->settings.theme == THEME_HIGH_CONTRAST
                     ? _("Faces and covers. High contrast shows none; the words always say "
                         "how someone took a choice.")
                     : _("Faces and covers. The words always say how someone took a choice."));
    y += option_row(a, x, y, w, onoff, 2, ACT_ART, onoff_args, !a->settings.art_off) + gap;
    y += ui_text(a, FONT_BOLD, C_ACCENT, x, y, w, _("Read aloud (V)"));
    y += ui_text(a, FONT_SMALL, C_MUTED, x, y, w,
                 voice_ui_problem(a) ? voice_ui_problem(a)
                                     : _("Beside reads each scene and card aloud, and whatever "
                                         "takes the focus. V reads the screen at any time."));
    y += option_row(a, x, y, w, onoff, 2, ACT_VOICE, onoff_args, a->settings.voice) + gap;
    y += ui_text(a, FONT_BOLD, C_ACCENT, x, y, w, _("Font"));
    if (a->dyslexic_available) {
        static const char *const fonts[] = {N_("Standard"), "OpenDyslexic"};
        static const int font_args[] = {FONT_READING, FONT_DYSLEXIC};
        y += option_row(a, x, y, w, fonts, 2, ACT_FONT, font_args, a->settings.font) + gap;
    } else {
        /* Said to the player, not to whoever runs the computer: no commands. */
        y += ui_text(a, FONT_SMALL, C_MUTED, x, y, w,
                     _("OpenDyslexic, a font some people with dyslexia find easier to read, is not "
                       "installed on this computer. Ask whoever looks after it to add it.")) + gap;
    }
    static const char *const langs[] = {N_("Automatic (from the system)"), "English", "Español"};
    if (a->profile) {
        y += ui_text(a, FONT_BOLD, C_ACCENT, x, y, w, _("Language"));
        y += ui_text(a, FONT_SMALL, C_MUTED, x, y, w,
                     _("The words and the stories change now. Beside keeps your choice."));
        y += option_row(a, x, y, w, langs, 3, ACT_SETTINGS, (const int[]){1, 2, 3}, app_profile_language(a)) + gap;
    }
    y += ui_text(a, FONT_BOLD, C_ACCENT, x, y, w, _("Your data"));
    y += ui_text(a, FONT_SMALL, C_MUTED, x, y, w,
                 a->profile ? _("Your progress, choices, journal and settings are kept only on "
                                "this computer. Beside never sends them anywhere.")
                            : _("Beside could not open a place to keep your progress, so "
                                "nothing is being saved this time."));
    if (a->profile) {
        y += gap / 3;
        /* The folder is opened, or named, only when asked. */
        y += ui_button(a, x, y, w, _("Show where my data is"), ACT_SHOW_DATA, 0) + gap / 3;
        if (a->data.where)
            y += ui_text(a, FONT_SMALL, C_TEXT, x, y, w, a->data.where) + gap / 3;
        y += ui_button(a, x, y, w, _("Export a copy to your documents folder"), ACT_EXPORT, 0) +
             gap / 3;
        y += ui_button(a, x, y, w, _("Bring back an exported copy\u2026"), ACT_IMPORT_LIST, 0) +
             gap / 3;
        y += ui_button(a, x, y, w, _("Delete all my data\u2026"), ACT_DELETE_ASK, 0) + gap;
    }
    y += ui_button(a, x, y, w, _("Back"), ACT_BACK, 0);
    body_end(a, y);
}

/* Asks before something that cannot be undone. */
void screen_confirm(App *a)
{
    bool del = a->data.confirm == CONFIRM_DELETE;
    int y = screen_top_bar(a, del ? _("Delete all my data") : _("Bring back a copy"), true, false);
    int x, w, gap = ui_gap(a);
    ui_column(a, &x, &w);
    y += gap;
    if (del)
        y += ui_text(a, FONT_BODY, C_TEXT, x, y, w,
                     _("This deletes from this computer your progress in every story, every "
                       "choice you made, your journal and your settings. It cannot be undone. If "
                       "you might want them later, export a copy first."));
    else
        y += ui_text(a, FONT_BODY, C_TEXT, x, y, w,
                     dl_printf(&a->dl, _("Replace your data in Beside with the copy in %s? "
                                         "Your data as it is now is kept in a file next to the "
                                         "profile, and the message after this names it."),
                               a->data.confirm_path ? a->data.confirm_path : "?"));
    y += gap * 2;
    y += ui_button(a, x, y, w, del ? _("Delete everything") : _("Replace my data with this copy"),
                   ACT_CONFIRM, 0) + gap / 2;
    y += ui_button(a, x, y, w, del ? _("Keep my data") : _("Cancel"), ACT_BACK, 0);
    body_end(a, y);
}

/* The exported copies in the documents folder, newest first. */
void screen_import(App *a)
{
    int y = screen_top_bar(a, _("Bring back a copy"), true, false), x, w, gap = ui_gap(a);
    ui_column(a, &x, &w);
    y += gap;
    y += ui_text(a, FONT_BODY, C_TEXT, x, y, w,
                 a->data.copies.count
                     ? _("These copies of your data are in your documents folder. Pick one to "
                         "bring it back; Beside asks before it replaces anything.")
                     : _("No exported copy (beside-profile-DATE.sqlite) is in your documents "
                         "folder.")) + gap / 2;
    y += ui_text(a, FONT_SMALL, C_MUTED, x, y, w,
                 _("A copy kept somewhere else can be dropped onto this window from your "
                   "file manager.")) + gap;
    for (int i = 0; i < a->data.copies.count; i++) {
        const char *name = strrchr(a->data.copies.items[i], '/');
        y += ui_button(a, x, y, w, name ? name + 1 : a->data.copies.items[i], ACT_IMPORT_PICK, i) +
             gap / 3;
    }
    y += gap;
    y += ui_button(a, x, y, w, _("Back"), ACT_BACK, 0);
    body_end(a, y);
}
