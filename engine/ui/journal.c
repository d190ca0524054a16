/* journal.c — the journal in the window: the list of pages, and the writing
 * page with its editor (engine/ui/textedit.c). What is typed is saved to
 * the profile as it is typed; leaving the page, or a second without typing,
 * makes it safe over a power cut too. */
#include <SDL.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "core/dates.h"
#include "core/i18n.h"
#include "core/text.h"
#include "ui/app.h"
#include "ui/desk_ui.h"
#include "ui/journal.h"
#include "ui/screens.h"
#include "ui/view.h"

enum { SYNC_AFTER_MS = 1000 };

/* The editor measures with the body font through this. */
static int measure_body(void *ud, const char *s, size_t len)
{
    return gfx_measure(ud, FONT_BODY, s, len);
}

static void save_now(App *a)
{
    if (!a->jn.editor || textedit_changes(a->jn.editor) == a->jn.saved_changes)
        return;
    a->jn.saved_changes = textedit_changes(a->jn.editor);
    if (!a->profile || a->jn.edit_id <= 0 || a->jn.for_desk)
        return;
    char *err = NULL;
    size_t len;
    const char *text = textedit_text(a->jn.editor, &len);
    if (profile_journal_save(a->profile, a->jn.edit_id, text, &err) < 0) {
        free(a->jn.problem);
        a->jn.problem = text_format(_("Not saved: %s Your words are still here on the page; "
                                         "export or copy them before you close Beside."),
                                       err ? err : "");
    } else if (a->jn.problem) {
        free(a->jn.problem);
        a->jn.problem = NULL;
    }
    free(err);
    a->jn.sync_due = SDL_GetTicks() + SYNC_AFTER_MS;
    if (!a->jn.sync_due)
        a->jn.sync_due = 1;
}

void journal_tick(App *a)
{
    if (!a->jn.sync_due || (int32_t)(SDL_GetTicks() - a->jn.sync_due) < 0)
        return;
    a->jn.sync_due = 0;
    char *err = NULL;
    if (a->profile)
        profile_sync(a->profile, &err);
    free(err);
}

int journal_wait_ms(const App *a)
{
    if (!a->jn.sync_due)
        return -1;
    int32_t left = (int32_t)(a->jn.sync_due - SDL_GetTicks());
    return left < 0 ? 0 : left;
}

void journal_leave(App *a, bool keep_editor)
{
    save_now(a);
    if (a->jn.sync_due) {
        a->jn.sync_due = SDL_GetTicks() - 1;
        journal_tick(a);
    }
    SDL_StopTextInput();
    if (!keep_editor && a->jn.for_desk && a->jn.editor) {
        /* A field of the desk's assignment: the text goes into the draft. */
        size_t len;
        const char *text = textedit_text(a->jn.editor, &len);
        desk_ui_take_text(a, text, len);
    }
    if (!keep_editor) {
        a->jn.for_desk = false;
        textedit_free(a->jn.editor);
        a->jn.editor = NULL;
        free(a->jn.prompt);
        a->jn.prompt = NULL;
        free(a->jn.problem);
        a->jn.problem = NULL;
        a->jn.edit_id = 0;
    }
}

void journal_load_list(App *a)
{
    journal_entries_free(a->jn.list, a->jn.n_list);
    a->jn.list = NULL;
    a->jn.n_list = 0;
    char *err = NULL;
    if (a->profile && profile_journal_list(a->profile, &a->jn.list, &a->jn.n_list, &err) < 0) {
        app_set_problem(a, err);
        a->jn.list = NULL;
        a->jn.n_list = 0;
    }
    free(err);
}

static void open_editor(App *a, int64_t id, const char *prompt, const char *body)
{
    journal_leave(a, false);
    a->jn.editor = textedit_new();
    if (!a->jn.editor) {
        app_set_problem(a, _("There is not enough memory to open the journal."));
        return;
    }
    if (body)
        textedit_set_text(a->jn.editor, body, strlen(body));
    textedit_move(a->jn.editor, TEXTEDIT_TEXT_END);
    a->jn.saved_changes = textedit_changes(a->jn.editor);
    a->jn.edit_id = id;
    a->jn.prompt = prompt ? text_dup(prompt) : NULL;
    if (!a->profile || id <= 0)
        a->jn.problem = text_dup(_("This page cannot be saved (the message above says why). "
                                      "Copy what you write somewhere else before you close it."));
    app_go(a, SCREEN_WRITE);
}

void journal_open_field(App *a, const char *prompt, const char *body)
{
    int writing = a->desk ? a->desk->writing : -1;
    journal_leave(a, false); /* a page left open underneath is saved first */
    if (a->desk)
        a->desk->writing = writing;
    a->jn.editor = textedit_new();
    if (!a->jn.editor) {
        app_set_problem(a, _("There is not enough memory to open the writing page."));
        return;
    }
    textedit_set_text(a->jn.editor, body ? body : "", body ? strlen(body) : 0);
    textedit_move(a->jn.editor, TEXTEDIT_TEXT_END);
    a->jn.saved_changes = textedit_changes(a->jn.editor);
    a->jn.edit_id = 0;
    a->jn.for_desk = true;
    a->jn.prompt = prompt ? text_dup(prompt) : NULL;
    app_go(a, SCREEN_WRITE);
}

void journal_new_page(App *a, const char *story_id, const char *ending_id, const char *prompt)
{
    int64_t id = 0;
    char *err = NULL;
    if (a->profile) {
        id = profile_journal_new(a->profile, story_id, ending_id, prompt, &err);
        if (id < 0) {
            char *msg = text_format(_("A new journal page could not be saved: %s"), err ? err : "");
            app_set_problem(a, msg);
            free(msg);
            free(err);
            id = 0;
        }
    }
    open_editor(a, id, prompt, "");
}

void journal_open_page(App *a, int index)
{
    if (index < 0 || index >= a->jn.n_list)
        return;
    const JournalEntry *e = &a->jn.list[index];
    open_editor(a, e->id, e->prompt, e->body);
}

/* Keeps the caret on screen after typing or moving. */
static void caret_visible(App *a)
{
    a->jn.caret_visible = true;
    a->dirty = true;
}

bool journal_key(App *a, int32_t key, uint16_t mod)
{
    if (a->screen != SCREEN_WRITE || !a->jn.editor)
        return false;
    bool ctrl = (mod & KMOD_CTRL) != 0;
    TextEdit *ed = a->jn.editor;
    /* Tab leaves the page for its buttons; Enter then presses the button. */
    if (key == SDLK_TAB || ((key == SDLK_RETURN || key == SDLK_KP_ENTER) && a->focus >= 0))
        return false;
    if (key != SDLK_ESCAPE && key != SDLK_F1 && key != SDLK_F11 && a->focus >= 0) {
        a->focus = -1; /* typing goes back to the page */
        a->dirty = true;
    }
    switch (key) {
    case SDLK_BACKSPACE: textedit_backspace(ed); break;
    case SDLK_DELETE: textedit_delete(ed); break;
    case SDLK_LEFT: textedit_move(ed, ctrl ? TEXTEDIT_WORD_LEFT : TEXTEDIT_LEFT); break;
    case SDLK_RIGHT: textedit_move(ed, ctrl ? TEXTEDIT_WORD_RIGHT : TEXTEDIT_RIGHT); break;
    case SDLK_UP: textedit_move(ed, TEXTEDIT_UP); break;
    case SDLK_DOWN: textedit_move(ed, TEXTEDIT_DOWN); break;
    case SDLK_HOME: textedit_move(ed, ctrl ? TEXTEDIT_TEXT_START : TEXTEDIT_LINE_START); break;
    case SDLK_END: textedit_move(ed, ctrl ? TEXTEDIT_TEXT_END : TEXTEDIT_LINE_END); break;
    case SDLK_RETURN:
    case SDLK_KP_ENTER: textedit_insert(ed, "\n", 1); break;
    case SDLK_v:
        if (!ctrl)
            return true; /* the letter itself comes as text input */
        if (SDL_HasClipboardText()) {
            char *clip = SDL_GetClipboardText();
            if (clip && textedit_insert(ed, clip, strlen(clip)) == TEXTEDIT_TOO_LONG)
                app_set_problem(a, _("That is too much to paste: a page holds up to 100,000 "
                                     "characters."));
            SDL_free(clip);
        }
        break;
    case SDLK_ESCAPE:
    case SDLK_F1:
    case SDLK_F11:
        return false; /* back, help and full screen work as everywhere */
    default:
        return true; /* letters and digits arrive as text input, not shortcuts */
    }
    save_now(a);
    caret_visible(a);
    return true;
}

void journal_text_input(App *a, const char *text)
{
    if (a->screen != SCREEN_WRITE || !a->jn.editor)
        return;
    if (textedit_insert(a->jn.editor, text, strlen(text)) == TEXTEDIT_TOO_LONG)
        app_set_problem(a, _("This page is full: it holds up to 100,000 characters. Start a new "
                             "page to go on."));
    save_now(a);
    caret_visible(a);
}

void journal_composition(App *a, const char *text, int start)
{
    if (a->screen != SCREEN_WRITE || !a->jn.editor)
        return;
    if (text && *text)
        textedit_set_composition(a->jn.editor, text, strlen(text), start);
    else
        textedit_clear_composition(a->jn.editor);
    caret_visible(a);
}

bool journal_click(App *a, int x, int y)
{
    if (a->screen != SCREEN_WRITE || !a->jn.editor)
        return false;
    LayoutBox b = a->jn.edit_box;
    b.y -= a->scroll;
    if (x < b.x || x >= b.x + b.w || y < b.y || y >= b.y + b.h || y < a->dl.body_top)
        return false;
    int pad = gfx_base_px(a->gfx) / 2;
    textedit_click(a->jn.editor, x - b.x - pad, y - b.y - pad);
    caret_visible(a);
    return true;
}

/* "4 December 2026, 18:30": the month's name in the interface's language
 * (strftime would follow LC_TIME, which Beside leaves alone). */
static const char *date_text(App *a, int64_t t)
{
    time_t tt = (time_t)t;
    struct tm tm;
    localtime_r(&tt, &tm);
    /* TRANSLATORS: day, month's name, year, hour and minute of a journal page. */
    return dl_printf(&a->dl, _("%d %s %d, %02d:%02d"), tm.tm_mday, date_month(tm.tm_mon),
                     tm.tm_year + 1900, tm.tm_hour, tm.tm_min);
}

void screen_journal(App *a)
{
    int y = screen_top_bar(a, _("Your journal"), true, false), x, w, gap = ui_gap(a);
    ui_column(a, &x, &w);
    y += gap;
    y += ui_text(a, FONT_SMALL, C_MUTED, x, y, w,
                 _("Your journal stays on this computer. Only you decide who reads it.")) +
         gap / 2;
    y += ui_button(a, x, y, w, _("Write a new page"), ACT_JOURNAL_NEW, 0) + gap;
    if (a->jn.n_list == 0)
        y += ui_text(a, FONT_BODY, C_TEXT, x, y, w,
                     _("No pages yet. At the end of a story, \"Write about this\" opens a page "
                       "with the story's question at the top.")) + gap;
    int pad = gfx_base_px(a->gfx) * 2 / 3;
    for (int i = 0; i < a->jn.n_list; i++) {
        const JournalEntry *e = &a->jn.list[i];
        int at = (int)(dl_add(&a->dl, ITEM_BUTTON, (LayoutBox){x, y, w, 0}) - a->dl.items);
        a->dl.items[at].action = ACT_JOURNAL_OPEN;
        a->dl.items[at].arg = i;
        int top = y, iw = w - 2 * pad;
        y += pad / 2;
        y += ui_text(a, FONT_SMALL, C_MUTED, x + pad, y, iw, date_text(a, e->updated));
        if (e->prompt)
            y += ui_text(a, FONT_BOLD, C_TEXT, x + pad, y, iw, e->prompt);
        /* The first line of what was written, cut to a line. */
        const char *body = e->body && *e->body ? e->body : _("(an empty page)");
        size_t n = strcspn(body, "\n");
        if (n > 120)
            n = 120;
        while (n > 0 && ((unsigned char)body[n] & 0xC0) == 0x80)
            n--;
        y += ui_text(a, FONT_BODY, C_TEXT, x + pad, y, iw,
                     dl_printf(&a->dl, "%.*s%s", (int)n, body, body[n] ? "\u2026" : ""));
        y += pad / 2;
        a->dl.items[at].box.h = y - top;
        y += gap / 2;
    }
    y += gap / 2;
    y += ui_button(a, x, y, w, _("Back"), ACT_BACK, 0);
    a->dl.content_h = y + gap * 2 - a->dl.body_top;
}

void screen_write(App *a)
{
    int y = screen_top_bar(a, a->jn.for_desk ? _("For therapists") : _("Journal"), true, false), x, w,
        gap = ui_gap(a);
    ui_column(a, &x, &w);
    y += gap;
    if (!a->jn.editor) {
        y += ui_button(a, x, y, w, _("Back"), ACT_BACK, 0);
        a->dl.content_h = y + gap - a->dl.body_top;
        return;
    }
    if (a->jn.prompt)
        y += ui_text(a, FONT_BOLD, C_ACCENT, x, y, w, a->jn.prompt) + gap / 2;
    int pad = gfx_base_px(a->gfx) / 2, lh = gfx_line_height(a->gfx, FONT_BODY);
    textedit_set_layout(a->jn.editor, w - 2 * pad, lh, measure_body, a->gfx);
    size_t n_lines, view_len;
    const TextEditLine *lines = textedit_lines(a->jn.editor, &n_lines);
    const char *view = textedit_view(a->jn.editor, &view_len);
    int min_h = lh * 8 + 2 * pad;
    int h = (int)n_lines * lh + 2 * pad + lh; /* a spare line to type into */
    if (h < min_h)
        h = min_h;
    a->jn.edit_box = (LayoutBox){x, y, w, h};
    Item *bg = dl_add(&a->dl, ITEM_FILL, a->jn.edit_box);
    bg->colour = C_CARD;
    Item *frame = dl_add(&a->dl, ITEM_FRAME, a->jn.edit_box);
    frame->colour = C_FOCUS;
    frame->value = 2;
    for (size_t i = 0; i < n_lines; i++) {
        size_t len = lines[i].len;
        while (len > 0 && view[lines[i].start + len - 1] == '\n')
            len--;
        if (!len)
            continue;
        Item *t = dl_add(&a->dl, ITEM_TEXT, (LayoutBox){x + pad, y + pad + (int)i * lh,
                                                         gfx_measure(a->gfx, FONT_BODY,
                                                                     view + lines[i].start, len),
                                                         lh});
        t->font = FONT_BODY;
        t->colour = C_TEXT;
        t->text = view + lines[i].start;
        t->len = len;
    }
    TextEditCaret c;
    if (textedit_caret(a->jn.editor, &c) == TEXTEDIT_OK) {
        int cx = x + pad + c.x, cy = y + pad + c.y;
        Item *caret = dl_add(&a->dl, ITEM_FILL, (LayoutBox){cx, cy, 2, c.height});
        caret->colour = C_TEXT;
        SDL_Rect r = {cx, cy - a->scroll, 2, c.height};
        SDL_SetTextInputRect(&r);
        if (a->jn.caret_visible) {
            int room = a->height - a->dl.body_top, top = cy - a->dl.body_top;
            if (top - lh < a->scroll)
                a->scroll = top - lh;
            else if (top + c.height + lh > a->scroll + room)
                a->scroll = top + c.height + lh - room;
            a->jn.caret_visible = false;
        }
    }
    y += h + gap / 3;
    y += ui_text(a, a->jn.problem ? FONT_BODY : FONT_SMALL, a->jn.problem ? C_TEXT : C_MUTED,
                 x, y, w, a->jn.problem ? a->jn.problem
                 : a->jn.for_desk ? _("Done, or Esc, puts it in the assignment.")
                                  : _("Saved as you type, only on this computer. Esc "
                                      "closes the page.")) + gap;
    y += ui_button(a, x, y, w, _("Done"), ACT_BACK, 0);
    a->dl.content_h = y + gap * 2 - a->dl.body_top;
}
