/* screens_menu.c — the screens around play: title, the story cards, a
 * story's content notes, help and settings. Each lays the screen out into
 * the display list for the current window size. */
#include <string.h>

#include "ui/app.h"
#include "ui/font_find.h"

const char *screen_name(ScreenId s)
{
    static const char *names[SCREEN_COUNT] = {"title", "stories", "notes", "play", "debrief",
                                              "help", "settings", "history"};
    return s < SCREEN_COUNT ? names[s] : "?";
}

/* A button as wide as its label, in the fixed top bar. */
static int bar_button(App *a, int right, int y, const char *label, Action act)
{
    int pad = gfx_base_px(a->gfx) * 2 / 3;
    /* A little slack: a line measured whole can be a pixel narrower than
     * the sum of its words, which is how the wrapper measures it. */
    int w = gfx_measure(a->gfx, FONT_BODY, label, strlen(label)) + 2 * pad +
            gfx_char_width(a->gfx) / 2;
    ui_button(a, right - w, y, w, label, act, 0);
    return w;
}

int screen_top_bar(App *a, const char *title, bool with_back, bool with_history)
{
    int gap = ui_gap(a), margin = layout_margin(gfx_char_width(a->gfx));
    int pad = gfx_base_px(a->gfx) * 2 / 3, lh = gfx_line_height(a->gfx, FONT_BODY);
    int y = gap / 2, right = a->width - margin;
    a->dl.in_body = false;
    /* In a narrow window the buttons drop their key names. */
    bool narrow = a->width < gfx_char_width(a->gfx) * 45;
    if (a->screen != SCREEN_HELP)
        right -= bar_button(a, right, y, narrow ? "Help" : "Help (F1)", ACT_HELP) + gap / 2;
    if (with_history)
        right -= bar_button(a, right, y, narrow ? "Choices" : "Choices (H)", ACT_HISTORY) + gap / 2;
    if (with_back)
        right -= bar_button(a, right, y, narrow ? "Back" : "Back (Esc)", ACT_BACK) + gap / 2;
    int h = lh + pad;
    if (title && right - margin > 6 * gfx_char_width(a->gfx)) {
        /* The title keeps to one line; a long one is cut with an ellipsis. */
        size_t n = strlen(title);
        const char *shown = title;
        int room = right - margin - gap / 2;
        while (n > 0 && gfx_measure(a->gfx, FONT_BOLD, shown, strlen(shown)) > room) {
            do
                n--;
            while (n > 0 && ((unsigned char)title[n] & 0xC0) == 0x80);
            shown = dl_printf(&a->dl, "%.*s…", (int)n, title);
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
    return bottom + 1;
}

/* Ends a screen's body at `y`: records its height for scrolling. */
static void body_end(App *a, int y)
{
    a->dl.content_h = y + ui_gap(a) * 2 - a->dl.body_top;
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
    /* The block sits a third of the way down when the window has room. */
    int block = gfx_line_height(a->gfx, FONT_HEADING) + gfx_line_height(a->gfx, FONT_BODY) * 9 +
                gap * 6;
    int room = a->height - y - block;
    y += room > gap * 9 ? room / 3 : gap * 3;
    y += ui_text(a, FONT_HEADING, C_ACCENT, x, y, w, "Beside");
    y += gap / 2;
    y += ui_text(a, FONT_BODY, C_TEXT, x, y, w,
                 "Practise the difference between rescuing and supporting the people you love.");
    y += gap / 2;
    y += ui_text(a, FONT_SMALL, C_MUTED, x, y, w,
                 "This is practice, not therapy. You can stop at any time.");
    y += gap * 2;
    int bw = gfx_char_width(a->gfx) * 28;
    if (bw > w)
        bw = w;
    if (a->has_run && a->run_story >= 0) {
        const char *label = dl_printf(&a->dl, "Continue: %s",
                                      a->stories[a->run_story].story->title);
        y += ui_button(a, x, y, bw, label, ACT_CONTINUE_RUN, 0) + gap / 2;
    }
    y += ui_button(a, x, y, bw, "Stories", ACT_STORIES, 0) + gap / 2;
    y += ui_button(a, x, y, bw, "Settings", ACT_SETTINGS, 0) + gap / 2;
    y += ui_button(a, x, y, bw, "Help", ACT_HELP, 0) + gap / 2;
    y += ui_button(a, x, y, bw, "Quit", ACT_QUIT, 0);
    body_end(a, y);
}

static const char *notes_line(App *a, const Story *s)
{
    if (s->n_content_notes == 0)
        return NULL;
    const char *line = "Content notes: ";
    for (int i = 0; i < s->n_content_notes; i++)
        line = dl_printf(&a->dl, "%s%s%s", line, s->content_notes[i],
                         i + 1 < s->n_content_notes ? "; " : ".");
    return line;
}

void screen_stories(App *a)
{
    int y = screen_top_bar(a, "Stories", true, false), x, w, gap = ui_gap(a);
    ui_column(a, &x, &w);
    y += gap;
    if (a->n_stories == 0)
        y += ui_text(a, FONT_BODY, C_TEXT, x, y, w,
                     "No stories were found. Stories are .lua files in the folders that "
                     "'beside list' shows; your own go in ~/.local/share/beside/stories.");
    int pad = gfx_base_px(a->gfx) * 2 / 3;
    for (int i = 0; i < a->n_stories; i++) {
        const StoryCard *c = &a->stories[i];
        if (!c->story) {
            /* A story that fails to load is shown with the reason, not hidden. */
            y += ui_text(a, FONT_BOLD, C_TEXT, x, y, w,
                         dl_printf(&a->dl, "This story could not be opened: %s", c->path));
            y += ui_text(a, FONT_SMALL, C_MUTED, x, y, w, c->problem) + gap;
            continue;
        }
        const Story *s = c->story;
        int at = (int)(dl_add(&a->dl, ITEM_BUTTON, (LayoutBox){x, y, w, 0}) - a->dl.items);
        a->dl.items[at].action = ACT_PICK_STORY;
        a->dl.items[at].arg = i;
        int top = y, iw = w - 2 * pad;
        y += pad / 2;
        y += ui_text(a, FONT_BOLD, C_ACCENT, x + pad, y, iw,
                     dl_printf(&a->dl, "%d.  %s", i + 1, s->title ? s->title : s->id));
        if (s->teaser)
            y += ui_text(a, FONT_BODY, C_TEXT, x + pad, y, iw, s->teaser);
        const char *who = s->you_play ? dl_printf(&a->dl, "You play %s.", s->you_play) : "";
        if (s->minutes > 0)
            who = dl_printf(&a->dl, "%s%sAbout %d minutes.", who, *who ? " " : "", s->minutes);
        y += ui_text(a, FONT_SMALL, C_MUTED, x + pad, y, iw, who);
        const char *notes = notes_line(a, s);
        if (notes)
            y += ui_text(a, FONT_SMALL, C_MUTED, x + pad, y, iw, notes);
        y += pad / 2;
        a->dl.items[at].box.h = y - top;
        y += gap;
    }
    body_end(a, y);
}

void screen_notes(App *a)
{
    const Story *s = a->stories[a->picked].story;
    int y = screen_top_bar(a, s->title, true, false), x, w, gap = ui_gap(a);
    ui_column(a, &x, &w);
    y += gap;
    y += ui_text(a, FONT_HEADING, C_ACCENT, x, y, w, "Before you start");
    y += gap / 2;
    y += ui_text(a, FONT_BODY, C_TEXT, x, y, w, "This story includes:");
    for (int i = 0; i < s->n_content_notes; i++)
        y += ui_text(a, FONT_BODY, C_TEXT, x + gfx_char_width(a->gfx) * 2, y,
                     w - gfx_char_width(a->gfx) * 2,
                     dl_printf(&a->dl, "•  %s", s->content_notes[i]));
    y += gap / 2;
    y += ui_text(a, FONT_BODY, C_TEXT, x, y, w,
                 "You can stop at any time with Esc, and pick up again from the title screen. "
                 "If something here stirs up a lot, it is fine to take a break or to talk to "
                 "someone you trust. Help (F1) says where to find support.");
    y += gap * 2;
    y += ui_button(a, x, y, w, "Start the story", ACT_START_STORY, 0) + gap / 2;
    y += ui_button(a, x, y, w, "Back to the stories", ACT_BACK, 0);
    body_end(a, y);
}

void screen_help(App *a)
{
    int y = screen_top_bar(a, "Help", true, false), x, w, gap = ui_gap(a);
    ui_column(a, &x, &w);
    y += gap;
    static const char *const paras[][2] = {
        {"This is practice, not therapy.",
         "Beside lets you try out ways of caring for people in made-up stories and see what "
         "they might lead to. It does not know you or your life, and it cannot tell you what "
         "to do."},
        {"If you are in danger or in crisis",
         "Call your local emergency number now. If you are thinking about hurting yourself, "
         "call a crisis line or go to the nearest emergency room."},
        {"If there are threats or violence",
         "If someone threatens you or hurts you, setting boundaries alone is not enough and "
         "can be risky. Please get help from a professional or a support service first."},
        {"Keys",
         "Number keys pick a choice. Tab and the arrow keys move the focus ring; Enter "
         "picks what has focus. Esc goes back. Ctrl+Z takes back your last choice. F11 "
         "switches full screen on and off. F1 opens this page from anywhere."},
    };
    for (size_t i = 0; i < sizeof paras / sizeof paras[0]; i++) {
        y += ui_text(a, FONT_BOLD, C_ACCENT, x, y, w, paras[i][0]);
        y += ui_text(a, FONT_BODY, C_TEXT, x, y, w, paras[i][1]) + gap;
    }
    y += ui_text(a, FONT_BOLD, C_ACCENT, x, y, w, "People you can contact");
    if (a->contacts.count == 0)
        y += ui_text(a, FONT_BODY, C_TEXT, x, y, w,
                     "No contacts have been set up on this computer. A therapist or "
                     "facilitator can add them to ~/.config/beside/contacts.conf, one a line: "
                     "Name = how to reach them.");
    for (int i = 0; i < a->contacts.count; i++)
        y += ui_text(a, FONT_BODY, C_TEXT, x, y, w,
                     dl_printf(&a->dl, "%s: %s", a->contacts.items[i].name,
                               a->contacts.items[i].how));
    if (a->contacts.problems) {
        y += gap / 2;
        y += ui_text(a, FONT_SMALL, C_MUTED, x, y, w,
                     dl_printf(&a->dl, "Some lines of the contacts file were skipped:\n%s",
                               a->contacts.problems));
    }
    y += gap;
    y += ui_button(a, x, y, w, "Back", ACT_BACK, 0);
    body_end(a, y);
}

static int option_row(App *a, int x, int y, int w, const char *const *labels, int n, Action act,
                      const int *args, int current)
{
    /* The options of one setting side by side when they fit, else stacked. */
    int gap = ui_gap(a), pad = gfx_base_px(a->gfx) * 2 / 3, total = 0;
    const char *tick = gfx_has_glyph(a->gfx, FONT_BODY, 0x2713) ? "\u2713 " : "* ";
    for (int i = 0; i < n; i++)
        total += gfx_measure(a->gfx, FONT_BODY, labels[i], strlen(labels[i])) +
                 gfx_measure(a->gfx, FONT_BODY, tick, strlen(tick)) + 2 * pad + gap / 2 +
                 gfx_char_width(a->gfx) / 2;
    bool across = total <= w;
    int bx = x, h = 0, y0 = y;
    for (int i = 0; i < n; i++) {
        bool on = args[i] == current;
        const char *label = on ? dl_printf(&a->dl, "%s%s", tick, labels[i]) : labels[i];
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
    int y = screen_top_bar(a, "Settings", true, false), x, w, gap = ui_gap(a);
    ui_column(a, &x, &w);
    y += gap;
    static const char *const sizes[] = {"100%", "125%", "150%", "175%", "200%"};
    static const int size_args[] = {100, 125, 150, 175, 200};
    y += ui_text(a, FONT_BOLD, C_ACCENT, x, y, w, "Text size");
    y += option_row(a, x, y, w, sizes, 5, ACT_TEXT_SIZE, size_args, a->settings.text_size) + gap;
    static const char *const themes[] = {"Light", "Dark", "High contrast"};
    static const int theme_args[] = {THEME_LIGHT, THEME_DARK, THEME_HIGH_CONTRAST};
    y += ui_text(a, FONT_BOLD, C_ACCENT, x, y, w, "Colours");
    y += option_row(a, x, y, w, themes, 3, ACT_THEME, theme_args, (int)a->settings.theme) + gap;
    static const char *const onoff[] = {"Off", "On"};
    static const int onoff_args[] = {0, 1};
    y += ui_text(a, FONT_BOLD, C_ACCENT, x, y, w, "Full screen (F11)");
    y += option_row(a, x, y, w, onoff, 2, ACT_FULLSCREEN, onoff_args, a->settings.fullscreen) + gap;
    y += ui_text(a, FONT_BOLD, C_ACCENT, x, y, w, "Reduce motion");
    y += ui_text(a, FONT_SMALL, C_MUTED, x, y, w, "Meters jump to their new values instead of "
                                                  "sliding.");
    y += option_row(a, x, y, w, onoff, 2, ACT_MOTION, onoff_args, a->settings.reduce_motion) + gap;
    y += ui_text(a, FONT_BOLD, C_ACCENT, x, y, w, "Font");
    if (a->dyslexic_available) {
        static const char *const fonts[] = {"Standard", "OpenDyslexic"};
        static const int font_args[] = {FONT_READING, FONT_DYSLEXIC};
        y += option_row(a, x, y, w, fonts, 2, ACT_FONT, font_args, a->settings.font) + gap;
    } else {
        y += ui_text(a, FONT_SMALL, C_MUTED, x, y, w,
                     "OpenDyslexic, a font some people with dyslexia find easier, is not "
                     "installed. To add it: sudo apt install fonts-opendyslexic") + gap;
    }
    y += ui_button(a, x, y, w, "Back", ACT_BACK, 0);
    body_end(a, y);
}
