/* watch.c — live reload: look at the story file every 200 ms (its time,
 * size and inode, which is simple and works everywhere stat() does; an
 * editor that saves by renaming a new file over the old one changes the
 * inode), load it again when it changed, and carry the run over by writing
 * it as a save and resuming that save against the new story
 * (state_text_resume), the way Continue copes with an edited story. */
#define _POSIX_C_SOURCE 200809L /* stat's st_mtim */
#include <SDL.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>

#include "app/catalogue.h"
#include "core/i18n.h"
#include "core/text.h"
#include "ui/view.h"
#include "ui/watch.h"

enum { WATCH_POLL_MS = 200 };

typedef struct {
    long long sec, nsec, size, ino;
    bool exists;
} Stamp;

struct Watch {
    char *path;      /* the file watched; NULL: only F5 */
    bool polling;    /* --watch: look every WATCH_POLL_MS */
    bool forced;     /* F5: load now */
    uint32_t next;   /* SDL ticks of the next look */
    Stamp stamp;     /* the file as last loaded */
    Story *fresh;    /* loaded, waiting for play to stop and take it */
    int fresh_card;
    char *problems;  /* the file's problems, for the overlay; NULL: none */
    double started;  /* ms, when the change was seen: for the time it took */
};

static double now_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

static Stamp stamp_of(const char *path)
{
    struct stat st;
    Stamp s = {0};
    if (!path || stat(path, &st) != 0)
        return s;
#ifdef __APPLE__
    s.nsec = st.st_mtimespec.tv_nsec;
#else
    s.nsec = st.st_mtim.tv_nsec;
#endif
    s.sec = (long long)st.st_mtime;
    s.size = (long long)st.st_size;
    s.ino = (long long)st.st_ino;
    s.exists = true;
    return s;
}

int watch_open(App *a, const char *path)
{
    struct Watch *w = calloc(1, sizeof *w);
    if (!w || !(w->path = strdup(path))) {
        free(w);
        return -1;
    }
    w->polling = true;
    w->stamp = stamp_of(path);
    w->next = SDL_GetTicks() + WATCH_POLL_MS;
    a->watch = w;
    return 0;
}

void watch_request(App *a)
{
    if (!a->watch && a->game.has_run && a->game.run_story >= 0) {
        /* F5 without --watch: the story being played, once. */
        struct Watch *w = calloc(1, sizeof *w);
        if (w && (w->path = strdup(a->shelf.cards[a->game.run_story].path)) != NULL) {
            w->stamp = stamp_of(w->path);
            a->watch = w;
        } else {
            free(w);
        }
    }
    if (!a->watch) {
        app_set_problem(a, _("There is no story open to load again. F5 loads the story you "
                             "are playing from its file."));
        return;
    }
    a->watch->forced = true;
}

int watch_wait_ms(const App *a, int wait)
{
    const struct Watch *w = a->watch;
    if (!w || (!w->polling && !w->forced))
        return wait;
    int due = w->forced ? 0 : (int)(w->next - SDL_GetTicks());
    if (due < 0 || due > WATCH_POLL_MS)
        due = 0;
    return wait < 0 || due < wait ? due : wait;
}

static void set_problems(App *a, char *text)
{
    free(a->watch->problems);
    a->watch->problems = text;
    a->dirty = true;
}

/* Loads the file again: the new story in w->fresh, or the problems. */
static bool load_again(App *a, int card)
{
    struct Watch *w = a->watch;
    DiagList d = {0};
    Story *s = catalogue_load_as_written(w->path, &d);
    if (!s) {
        TextBuf b = {0};
        app_diag_lines(&b, &d, 6, w->path, _(". 'beside check' lists them all."));
        set_problems(a, textbuf_take(&b));
        fprintf(stderr, _("beside: %s has problems; the window keeps the story as it was.\n"),
                w->path);
        diag_list_clear(&d);
        return false;
    }
    diag_list_clear(&d);
    set_problems(a, NULL);
    story_free(w->fresh);
    w->fresh = s;
    w->fresh_card = card;
    return true;
}

Result watch_tick(App *a)
{
    Result none = {R_NONE, {GAME_QUIT, 0}};
    struct Watch *w = a->watch;
    if (!w || (!w->forced && (!w->polling || (int)(SDL_GetTicks() - w->next) < 0)))
        return none;
    w->next = SDL_GetTicks() + WATCH_POLL_MS;
    Stamp now = stamp_of(w->path);
    bool changed = now.exists && (now.sec != w->stamp.sec || now.nsec != w->stamp.nsec ||
                                  now.size != w->stamp.size || now.ino != w->stamp.ino);
    if (!changed && !w->forced)
        return none;
    w->forced = false;
    w->stamp = now;
    w->started = now_ms();
    char *err = NULL;
    int card = app_pick_story(a, w->path, &err);
    if (card < 0) {
        set_problems(a, err ? err : text_dup(_("The story file could not be found.")));
        return none;
    }
    if (!load_again(a, card))
        return none;
    bool had_story = a->shelf.cards[card].story != NULL;
    if (a->in_game)
        return (Result){R_RELOAD, {GAME_QUIT, 0}};
    watch_swap(a);
    if (had_story || a->game.has_run)
        return none;
    a->shelf.picked = card; /* the first load failed: start it now that it loads */
    return (Result){R_START, {GAME_QUIT, 0}};
}

bool watch_swap(App *a)
{
    struct Watch *w = a->watch;
    if (!w || !w->fresh)
        return false;
    StoryCard *c = &a->shelf.cards[w->fresh_card];
    if (a->game.has_run && a->game.run_story == w->fresh_card)
        app_carry_run(a, w->fresh);
    story_free(c->story);
    c->story = w->fresh;
    free(c->problem);
    c->problem = NULL;
    w->fresh = NULL;
    a->dirty = true;
    fprintf(stderr, _("beside: loaded %s again in %.0f ms.\n"), w->path, now_ms() - w->started);
    return true;
}

bool watch_overlay(App *a)
{
    if (!a->watch || !a->watch->problems)
        return false;
    const char *head = _("Your story has a problem, so you still see it as it was. Fix it and "
                         "save the file, and this goes away.");
    int pad = gfx_base_px(a->gfx) / 2, first = a->dl.count;
    int x, w;
    ui_column(a, &x, &w);
    /* Laid out once off the page to measure, then moved up from the bottom. */
    Item *back = dl_add(&a->dl, ITEM_FILL, (LayoutBox){0, 0, a->width, 0});
    back->colour = C_CARD;
    Item *rule = dl_add(&a->dl, ITEM_FILL, (LayoutBox){0, 0, a->width, 3});
    rule->colour = C_WORSE;
    int h = pad;
    h += ui_text(a, FONT_BOLD, C_TEXT, x, h, w, head);
    h += pad / 2;
    h += ui_text(a, FONT_SMALL, C_TEXT, x, h, w, a->watch->problems);
    h += pad;
    int top = a->height - h > a->height / 3 ? a->height - h : a->height / 3;
    a->dl.items[first].box.h = a->height - top;
    for (int i = first; i < a->dl.count; i++) {
        Item *it = &a->dl.items[i];
        it->box.y += top;
        it->scrolls = false;
        it->overlay = true;
    }
    /* A long list is cut at the window's edge ('beside check' has it all). */
    int kept = first;
    for (int i = first; i < a->dl.count; i++)
        if (a->dl.items[i].box.y + a->dl.items[i].box.h <= a->height)
            a->dl.items[kept++] = a->dl.items[i];
    a->dl.count = kept;
    return true;
}

void watch_show_problems(App *a, const char *text)
{
    if (a->watch && text)
        set_problems(a, text_dup(text));
}

void watch_free(App *a)
{
    if (!a->watch)
        return;
    story_free(a->watch->fresh);
    free(a->watch->path);
    free(a->watch->problems);
    free(a->watch);
    a->watch = NULL;
}
