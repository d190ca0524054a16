/* notes_window.c — the facilitator's own window in `beside --present` when a
 * second display is connected: the scene's notes and discussion question,
 * large and plain, on the display the room does not see. It draws only when
 * the scene changes or the window is uncovered. */
#include "ui/notes_window.h"

#include <SDL.h>
#include <SDL_ttf.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/i18n.h"
#include "core/text.h"
#include "ui/layout.h"

struct NotesWindow {
    SDL_Window *win;
    SDL_Renderer *ren;
    TTF_Font *font;
    int font_px;
    char *font_path;
    char *text;
    char *dump; /* BESIDE_UI_DUMP.notes: what the window shows, for tests */
};

static int measure(void *ud, const char *s, size_t len)
{
    char buf[1024];
    int w = 0;
    if (len >= sizeof buf)
        len = sizeof buf - 1;
    memcpy(buf, s, len);
    buf[len] = '\0';
    TTF_SizeUTF8(ud, buf, &w, NULL);
    return w;
}

NotesWindow *notes_window_open(int display, const char *font_path, char **err)
{
    *err = NULL;
    NotesWindow *n = calloc(1, sizeof *n);
    if (!n)
        return NULL;
    SDL_Rect r;
    if (SDL_GetDisplayBounds(display, &r) != 0)
        r = (SDL_Rect){SDL_WINDOWPOS_CENTERED_DISPLAY(display),
                       SDL_WINDOWPOS_CENTERED_DISPLAY(display), 800, 600};
    n->win = SDL_CreateWindow(_("Beside: facilitator notes"), r.x, r.y, r.w > 0 ? r.w : 800,
                              r.h > 0 ? r.h : 600, SDL_WINDOW_RESIZABLE);
    if (n->win)
        n->ren = SDL_CreateRenderer(n->win, -1, SDL_RENDERER_SOFTWARE);
    n->font_path = text_dup(font_path);
    if (!n->win || !n->ren || !n->font_path) {
        *err = text_format(_("The notes window could not be opened: %s"), SDL_GetError());
        notes_window_close(n);
        return NULL;
    }
    const char *dump = getenv("BESIDE_UI_DUMP");
    if (dump && *dump)
        n->dump = text_format("%s.notes", dump);
    return n;
}

void notes_window_close(NotesWindow *n)
{
    if (!n)
        return;
    if (n->font)
        TTF_CloseFont(n->font);
    if (n->ren)
        SDL_DestroyRenderer(n->ren);
    if (n->win)
        SDL_DestroyWindow(n->win);
    free(n->font_path);
    free(n->text);
    free(n->dump);
    free(n);
}

unsigned notes_window_id(const NotesWindow *n)
{
    return n ? SDL_GetWindowID(n->win) : 0;
}

static void draw(NotesWindow *n)
{
    int w, h;
    if (SDL_GetRendererOutputSize(n->ren, &w, &h) != 0)
        return;
    /* Readable from arm's length: 1/30 of the height, at least 18 px. */
    int px = h / 30 < 18 ? 18 : h / 30;
    if (px != n->font_px || !n->font) {
        TTF_Font *f = TTF_OpenFont(n->font_path, px);
        if (f) {
            if (n->font)
                TTF_CloseFont(n->font);
            n->font = f;
            n->font_px = px;
        }
    }
    SDL_SetRenderDrawColor(n->ren, 0x1C, 0x1A, 0x17, 255);
    SDL_RenderClear(n->ren);
    if (n->font && n->text) {
        LayoutLines lines = {0};
        int margin = px * 2, lh = layout_line_height(px), y = margin;
        layout_wrap(&lines, n->text, strlen(n->text), w - 2 * margin, measure, n->font);
        SDL_Color ink = {0xED, 0xE6, 0xDA, 255};
        for (size_t i = 0; i < lines.count && y < h; i++) {
            const LayoutLine *l = &lines.items[i];
            if (l->paragraph_gap)
                y += lh / 2;
            char *s = text_format("%.*s", (int)l->len, n->text + l->start);
            SDL_Surface *surf = s ? TTF_RenderUTF8_Blended(n->font, s, ink) : NULL;
            SDL_Texture *t = surf ? SDL_CreateTextureFromSurface(n->ren, surf) : NULL;
            if (t) {
                SDL_Rect dst = {margin, y + (lh - surf->h) / 2, surf->w, surf->h};
                SDL_RenderCopy(n->ren, t, NULL, &dst);
                SDL_DestroyTexture(t);
            }
            SDL_FreeSurface(surf);
            free(s);
            y += lh;
        }
        layout_lines_free(&lines);
    }
    SDL_RenderPresent(n->ren);
}

void notes_window_show(NotesWindow *n, const char *text)
{
    if (!n)
        return;
    free(n->text);
    n->text = text_dup(text);
    SDL_ShowWindow(n->win);
    draw(n);
    if (n->dump) {
        FILE *f = fopen(n->dump, "w");
        if (f) {
            fputs(text, f);
            fclose(f);
        }
    }
}

void notes_window_event(NotesWindow *n, const SDL_WindowEvent *e)
{
    if (!n || e->windowID != SDL_GetWindowID(n->win))
        return;
    if (e->event == SDL_WINDOWEVENT_CLOSE)
        SDL_HideWindow(n->win); /* back with the next scene */
    else if (e->event == SDL_WINDOWEVENT_EXPOSED || e->event == SDL_WINDOWEVENT_SIZE_CHANGED)
        draw(n);
}
