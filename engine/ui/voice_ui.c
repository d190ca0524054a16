/* voice_ui.c — reading the window aloud (issue 15): the V key says what
 * has focus and then the scene (or the card, or the screen's words); with
 * Settings' Read aloud on, the window says each new scene or card and
 * whatever takes the focus. The words come from app/speech.c, the voice
 * from ui/voice.c. What is said is also written to BESIDE_UI_DUMP.spoken,
 * so tests can hear it without a speech server. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "app/speech.h"
#include "core/i18n.h"
#include "core/text.h"
#include "ui/app.h"
#include "ui/voice.h"
#include "ui/voice_ui.h"

static void record(const App *a, const char *text)
{
    if (!a->dump_path)
        return;
    char path[4096];
    snprintf(path, sizeof path, "%s.spoken", a->dump_path);
    FILE *f = fopen(path, "a");
    if (!f)
        return;
    fprintf(f, "say: %s\n", text);
    fclose(f);
}

/* Says `text`. The first time, the voice is opened; when it cannot be,
 * the player is told why, once, and the words are only recorded. */
static void say(App *a, const char *text)
{
    if (!text || !*text)
        return;
    record(a, text);
    if (!a->vo.voice && !a->vo.tried) {
        a->vo.tried = true;
        a->vo.voice = voice_open(&a->vo.why);
        if (!a->vo.voice)
            app_set_problem(a, a->vo.why);
    }
    voice_say(a->vo.voice, text);
}

/* The words of the focused button, as its label shows them; NULL: none. */
static char *focused_words(App *a)
{
    Item *f = app_focused_item(a);
    if (!f)
        return NULL;
    TextBuf b = {0};
    LayoutBox box = f->box;
    for (Item *it = f + 1; it < a->dl.items + a->dl.count && it->kind == ITEM_TEXT; it++) {
        if (it->box.y < box.y || it->box.y >= box.y + box.h)
            break;
        textbuf_printf(&b, "%s%.*s", b.len ? " " : "", (int)it->len, it->text);
    }
    char *words = b.data ? speech_clean(b.data) : NULL;
    textbuf_free(&b);
    return words;
}

/* What the screen says: the scene, the card, or its lines of text. */
static char *screen_words(App *a)
{
    bool story = a->screen == SCREEN_PLAY || a->screen == SCREEN_PRESENT ||
                 a->screen == SCREEN_DEBRIEF || a->screen == SCREEN_SUMMARY;
    if (story && a->in_game && a->game.feedback_shown)
        return speech_card(a->game.play.run.story, &a->game.feedback);
    if (story && a->in_game && a->game.have_view)
        return speech_scene(&a->game.view);
    TextBuf b = {0};
    for (int i = 0; i < a->dl.count; i++) {
        const Item *it = &a->dl.items[i];
        if (it->kind == ITEM_TEXT && !it->overlay)
            textbuf_printf(&b, "%s%.*s", b.len ? " " : "", (int)it->len, it->text);
    }
    char *words = b.data ? speech_clean(b.data) : NULL;
    textbuf_free(&b);
    return words;
}

/* What is on the screen now, to see that it changed. */
static long screen_key(const App *a)
{
    long k = (long)a->screen + 1;
    if (a->in_game)
        k = k * 1000003 + a->game.play.run.n_steps * 4099L + a->game.play.run.pos.scene * 2L +
            a->game.feedback_shown;
    return k;
}

void voice_ui_read(App *a)
{
    char *focus = focused_words(a), *screen = screen_words(a);
    char *both = text_format("%s%s%s", focus ? focus : "", focus && screen ? ". " : "",
                             screen ? screen : "");
    say(a, both);
    free(both);
    free(focus);
    free(screen);
}

void voice_ui_frame(App *a)
{
    if (!a->settings.voice)
        return;
    long key = screen_key(a);
    if (key != a->vo.key) {
        a->vo.key = key;
        a->vo.focus = a->focus;
        char *screen = screen_words(a);
        say(a, screen);
        free(screen);
    } else if (a->focus != a->vo.focus) {
        a->vo.focus = a->focus;
        char *focus = focused_words(a);
        say(a, focus);
        free(focus);
    }
}

void voice_ui_turned_on(App *a)
{
    a->vo.key = screen_key(a);
    a->vo.focus = a->focus;
    say(a, _("Reading aloud is on."));
}

const char *voice_ui_problem(const App *a)
{
    return a->vo.voice ? NULL : a->vo.why;
}

void voice_ui_close(App *a)
{
    voice_close(a->vo.voice);
    free(a->vo.why);
    a->vo.voice = NULL;
    a->vo.why = NULL;
}
