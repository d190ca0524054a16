/* present_check.c — the projector check (BESIDE_PRESENT_CHECK=FILE, for
 * tests): every decision of every story, laid out as the projected screen
 * at 1280x720 and 1920x1080, with and without the discussion question, and
 * its compare view (C), written to FILE. No keys are pressed and nothing is drawn: the screens
 * are laid out straight from each decision's position (core/decisions.h). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/decisions.h"
#include "core/i18n.h"
#include "core/text.h"
#include "ui/app.h"
#include "ui/font_find.h"
#include "ui/present.h"
#include "ui/view.h"

static const int sizes[][2] = {{1280, 720}, {1920, 1080}};

/* The last word of the scene's text: the test finds the line it ends. */
static const char *last_word(const char *text)
{
    size_t n = strlen(text);
    while (n > 0 && (text[n - 1] == ' ' || text[n - 1] == '\n'))
        n--;
    size_t start = n;
    while (start > 0 && text[start - 1] != ' ' && text[start - 1] != '\n')
        start--;
    static char word[64];
    snprintf(word, sizeof word, "%.*s", (int)(n - start), text + start);
    return word;
}

/* One decision as the room sees it, each option with votes in two figures. */
static void lay_out(App *a, FILE *f, const Story *s, const Decision *d, const char *text,
                    bool discuss)
{
    SceneView *v = &a->game.view;
    memset(v, 0, sizeof *v);
    v->story = s;
    v->run = &a->game.play.run;
    v->text = text;
    for (int i = 0; i < s->scenes[d->pos.scene].n_choices; i++)
        if (d->choices & (1u << i))
            v->shown[v->n_shown++] = i;
    a->game.have_view = a->in_game = true;
    a->game.feedback_shown = false;
    a->screen = SCREEN_PRESENT;
    a->scroll = 0;
    a->present.show_discuss = discuss;
    a->present.hint = NULL;
    for (int i = 0; i < SESSION_MAX_OPTIONS; i++)
        a->present.votes[i] = 10 + i;
    memcpy(a->game.meters.shown, d->pos.meters, sizeof a->game.meters.shown);
    dl_reset(&a->dl);
    screen_present(a);
    ui_scroll_cue(a);
    fprintf(f, "decision %s %s %dx%d discuss %d tail %s\n", s->id, s->scenes[d->pos.scene].id,
            a->width, a->height, discuss, last_word(text));
    ui_dump_to(a, f);
    if (discuss)
        return;
    /* C: every option side by side, as the room compares them. */
    a->screen = SCREEN_COMPARE;
    a->scroll = 0;
    dl_reset(&a->dl);
    screen_compare(a);
    ui_scroll_cue(a);
    fprintf(f, "compare %s %s %dx%d options %d\n", s->id, s->scenes[d->pos.scene].id, a->width,
            a->height, v->n_shown);
    ui_dump_to(a, f);
}

/* The fonts for a window of this size, as the window would set them. */
static int set_size(App *a, int w, int h)
{
    a->width = w;
    a->height = h;
    char *err = NULL;
    int base = layout_base_size(h, a->settings.text_size);
    if (gfx_set_fonts(a->gfx, a->font_regular[FONT_READING], a->font_bold[FONT_READING], base,
                      &err) < 0) {
        fprintf(stderr, "beside: %s\n", err ? err : _("the fonts could not be opened."));
        free(err);
        return -1;
    }
    return 0;
}

/* One decision at the current size, with and without its question. */
static void check_decision(App *a, FILE *f, const Story *s, const Decision *d)
{
    RunStep step = {0};
    /* As a decision after the first: "Back a step" is offered too. */
    a->game.play.run = (Run){.story = s, .pos = d->pos, .steps = &step, .n_steps = 1};
    TextBuf b = {0};
    char *err = NULL;
    if (runtime_scene_text(s, &d->pos, &b, &err) == 0) {
        const char *text = b.data ? b.data : "";
        lay_out(a, f, s, d, text, false);
        if (s->scenes[d->pos.scene].discuss)
            lay_out(a, f, s, d, text, true);
    } else {
        fprintf(stderr, "beside: %s: %s\n", s->id, err ? err : _("out of memory"));
    }
    free(err);
    textbuf_free(&b);
    memset(&a->game.play.run, 0, sizeof a->game.play.run);
}

/* Every decision of one story at each size (size by size, so the fonts
 * each size tries stay open); -1 when they could not be found. */
static int check_story(App *a, FILE *f, const Story *s)
{
    DecisionList list;
    if (decisions_find(s, 0, &list) < 0) {
        fprintf(stderr, _("beside: %s: out of memory finding its decisions.\n"), s->id);
        return -1;
    }
    if (list.problem)
        fprintf(stderr, "beside: %s: %s\n", s->id, list.problem);
    if (list.truncated)
        fprintf(stderr, _("beside: %s: only the first %ld states were walked.\n"), s->id,
                list.states);
    int rc = 0;
    for (size_t k = 0; k < sizeof sizes / sizeof sizes[0] && rc == 0; k++) {
        rc = set_size(a, sizes[k][0], sizes[k][1]);
        for (int i = 0; i < list.count && rc == 0; i++)
            check_decision(a, f, s, &list.items[i]);
    }
    a->game.have_view = a->in_game = false;
    decisions_free(&list);
    return rc;
}

int present_check_all(App *a, const char *path)
{
    FILE *f = fopen(path, "w");
    if (!f) {
        fprintf(stderr, _("beside: %s cannot be written.\n"), path);
        return -1;
    }
    app_load_stories(a);
    int rc = 0;
    for (int i = 0; i < a->shelf.n && rc == 0; i++)
        if (a->shelf.cards[i].story)
            rc = check_story(a, f, a->shelf.cards[i].story);
    if (fclose(f) != 0)
        rc = -1;
    return rc;
}
