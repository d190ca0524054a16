/* game.c — the play loop shared by all front ends. */
#include "game.h"

#include <stdlib.h>
#include <string.h>

const char *game_kind_meaning(ChoiceKind kind)
{
    switch (kind) {
    case KIND_RESCUE: return "doing for someone what they can do for themselves";
    case KIND_SUPPORT: return "staying beside someone while they handle what is theirs";
    case KIND_BOUNDARY: return "saying clearly what you will and will not do";
    case KIND_SELF_CARE: return "looking after your own needs too";
    case KIND_NEUTRAL: return "neither rescuing nor supporting: small talk or waiting";
    case KIND_DEPENDS:
        return "it can help or turn into a rescue: it depends on how and when it is done";
    case KIND_HURTFUL: return "neither rescuing nor supporting, and it hurts";
    case KIND_COUNT: break;
    }
    return "";
}

int game_view(const Run *run, SceneView *v, TextBuf *buf, char **err)
{
    memset(v, 0, sizeof *v);
    v->story = run->story;
    v->run = run;
    v->at_ending = runtime_at_ending(run->story, &run->pos);
    if (runtime_scene_text(run->story, &run->pos, buf, err) < 0)
        return -1;
    v->text = buf->data ? buf->data : "";
    if (!v->at_ending) {
        int n = runtime_choices(run->story, &run->pos, v->shown, err);
        if (n < 0)
            return -1;
        v->n_shown = n;
    }
    return 0;
}

int game_play(Run *run, const Frontend *fe)
{
    int failures = 0;
    for (;;) {
        SceneView v;
        TextBuf buf = {0};
        char *err = NULL;
        if (game_view(run, &v, &buf, &err) < 0) {
            fe->problem(fe->ud, err ? err : "out of memory");
            free(err);
            err = NULL; /* freed again below when no step back is possible */
            textbuf_free(&buf);
            /* Step back one choice so the player is not stuck on a broken scene. */
            if (run->n_steps > 0 && ++failures < 3 && run_rewind(run, run->n_steps - 1, &err) == 0)
                continue;
            free(err);
            return GAME_FAILED;
        }
        fe->scene(fe->ud, &v);
        if (v.at_ending)
            fe->ending(fe->ud, &v);
        else if (v.n_shown == 0)
            fe->problem(fe->ud, "No choice is open here: the story has a dead end. You can go "
                                "back a step, or quit.");
        bool redraw = false;
        while (!redraw) {
            GameCommand cmd = fe->ask(fe->ud, &v);
            if (cmd.type == GAME_QUIT) {
                textbuf_free(&buf);
                return GAME_QUIT_BY_PLAYER;
            }
            if (cmd.type == GAME_REWIND) {
                if (run_rewind(run, cmd.arg, &err) < 0) {
                    fe->problem(fe->ud, err ? err : "out of memory");
                    free(err);
                    err = NULL;
                    continue;
                }
                if (fe->changed)
                    fe->changed(fe->ud, run);
                redraw = true;
                continue;
            }
            if (v.at_ending || cmd.arg < 0 || cmd.arg >= v.n_shown) {
                fe->problem(fe->ud, "That is not one of the choices.");
                continue;
            }
            Feedback f = {0};
            f.choice = &run->story->scenes[run->pos.scene].choices[v.shown[cmd.arg]];
            memcpy(f.before, run->pos.meters, sizeof f.before);
            if (run_choose(run, v.shown[cmd.arg], &f.info, &err) < 0) {
                fe->problem(fe->ud, err ? err : "out of memory");
                free(err);
                err = NULL;
                continue;
            }
            failures = 0;
            memcpy(f.after, run->pos.meters, sizeof f.after);
            if (fe->changed)
                fe->changed(fe->ud, run);
            fe->feedback(fe->ud, &v, &f);
            redraw = true;
        }
        textbuf_free(&buf);
    }
}
