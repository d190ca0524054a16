/* app_stories.c — the story cards: loading every story the library finds,
 * with the reason (file:line) for one that does not load, and finding the
 * card for a story named on the command line. */
#define _XOPEN_SOURCE 700 /* realpath */
#include <stdlib.h>
#include <string.h>

#include "app/catalogue.h"
#include "core/i18n.h"
#include "ui/app.h"

void app_diag_lines(TextBuf *b, DiagList *d, int max, const char *file, const char *more)
{
    diag_sort(d);
    for (int i = 0; i < d->count && i < max; i++)
        textbuf_printf(b, "%s%s:%d: %s", b->len ? "\n" : "",
                       d->items[i].file ? d->items[i].file : file, d->items[i].line,
                       d->items[i].message);
    if (d->count > max) { /* "…and 3 more", then `more` */
        textbuf_printf(b, "\n");
        textbuf_printf(b, _("\u2026and %d more"), d->count - max);
        textbuf_printf(b, "%s", more);
    }
}

static char *diags_text(DiagList *d)
{
    TextBuf b = {0};
    app_diag_lines(&b, d, 5, "", _(". 'beside check' lists them all."));
    return textbuf_take(&b);
}

void app_load_stories(App *a)
{
    if (a->shelf.loaded)
        return;
    a->shelf.loaded = true;
    PathList paths = {0};
    catalogue_list(&paths);
    a->shelf.cards = calloc(paths.count > 0 ? (size_t)paths.count : 1, sizeof *a->shelf.cards);
    if (!a->shelf.cards) {
        path_list_free(&paths);
        return;
    }
    for (int i = 0; i < paths.count; i++) {
        StoryCard *c = &a->shelf.cards[a->shelf.n++];
        DiagList d = {0};
        c->path = paths.items[i];
        paths.items[i] = NULL;
        c->story = catalogue_load(c->path, &d);
        if (!c->story)
            c->problem = diags_text(&d);
        diag_list_clear(&d);
    }
    path_list_free(&paths);
    app_profile_progress(a);
}

/* ---- fonts and settings ---- */

/* The cards' progress (loaded once the cards are) grows with the cards:
 * one more card, one more (empty) entry; without memory it is dropped and
 * loaded again next time. */
static void grow_progress(App *a)
{
    if (!a->shelf.progress)
        return;
    StoryProgress *p = realloc(a->shelf.progress, (size_t)a->shelf.n * sizeof *p);
    if (!p) {
        for (int i = 0; i < a->shelf.n - 1; i++)
            story_progress_free(&a->shelf.progress[i]);
        free(a->shelf.progress);
        a->shelf.progress = NULL;
        return;
    }
    memset(&p[a->shelf.n - 1], 0, sizeof *p);
    a->shelf.progress = p;
}

int app_pick_story(App *a, const char *ref, char **err)
{
    char *path = catalogue_find(ref, err);
    if (!path)
        return -1;
    app_load_stories(a);
    char *real = realpath(path, NULL);
    int found = -1;
    for (int i = 0; i < a->shelf.n && found < 0; i++) {
        char *r = realpath(a->shelf.cards[i].path, NULL);
        if (r && real && strcmp(r, real) == 0)
            found = i;
        free(r);
    }
    if (found < 0) {
        /* A file outside the story folders: add it as one more card. */
        StoryCard *more = realloc(a->shelf.cards, (size_t)(a->shelf.n + 1) * sizeof *more);
        if (more) {
            a->shelf.cards = more;
            StoryCard *c = &more[a->shelf.n];
            DiagList d = {0};
            *c = (StoryCard){.path = path};
            path = NULL;
            c->story = catalogue_load(c->path, &d);
            if (!c->story)
                c->problem = diags_text(&d);
            diag_list_clear(&d);
            found = a->shelf.n++;
            grow_progress(a);
        }
    }
    free(path);
    free(real);
    return found;
}

