/* app_stories.c — the story cards: loading every story the library finds,
 * with the reason (file:line) for one that does not load, finding the
 * card for a story named on the command line, and loading them all again
 * in another language, the run in play carried over. */
#define _XOPEN_SOURCE 700 /* realpath */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "app/catalogue.h"
#include "core/i18n.h"
#include "core/state_text.h"
#include "ui/app.h"
#include "ui/desk_ui.h"

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

void app_carry_run(App *a, const Story *fresh)
{
    char *text = state_text_write(&a->game.play.run);
    uint32_t order = a->game.play.run.order;
    run_free(&a->game.play.run);
    a->game.play.story = fresh;
    StateResume how = {0};
    char *err = NULL;
    if (!text || state_text_resume(fresh, text, &a->game.play.run, &how, &err) < 0) {
        run_free(&a->game.play.run);
        run_init(&a->game.play.run, fresh);
        a->game.play.run.order = order;
        fprintf(stderr, _("beside: the story starts again from the beginning (%s).\n"),
                err ? err : _("out of memory"));
        app_set_problem(a, _("The story starts again from the beginning: your place in it "
                             "could not be carried over."));
    } else if (how.kept < how.saved) {
        char *m = text_format(_("The story changed; you are back at your choice %d of %d."),
                              how.kept + 1, how.saved);
        app_set_problem(a, m);
        free(m);
    }
    free(err);
    free(text);
    a->game.feedback_shown = false;
    a->game.meters.anim_start = 0;
    a->game.meters.show_delta = false;
    memcpy(a->game.meters.shown, a->game.play.run.pos.meters, sizeof a->game.meters.shown);
}

void app_stories_relanguage(App *a)
{
    if (!a->shelf.loaded || a->watch)
        return; /* not loaded yet, or an author's file as written */
    for (int i = 0; i < a->shelf.n; i++) {
        StoryCard *c = &a->shelf.cards[i];
        DiagList d = {0};
        Story *fresh = catalogue_load(c->path, &d);
        diag_list_clear(&d);
        if (!fresh)
            continue; /* it loaded before: keep it as it was */
        if (a->game.has_run && a->game.run_story == i)
            app_carry_run(a, fresh);
        story_free(c->story);
        c->story = fresh;
        free(c->problem);
        c->problem = NULL;
    }
    desk_ui_relanguage(a);
    a->dirty = a->relayout = true;
}
