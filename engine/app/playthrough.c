/* playthrough.c — starting, saving and continuing a playthrough. */
#include "app/playthrough.h"

#include <stdlib.h>
#include <string.h>

#include "core/game.h"
#include "core/state_text.h"
#include "core/i18n.h"
#include "core/text.h"

int playthrough_start(Playthrough *pt, Profile *p, const Story *s, int64_t abandon,
                      char **problem)
{
    memset(pt, 0, sizeof *pt);
    pt->story = s;
    pt->profile = p;
    run_init(&pt->run, s);
    pt->run.order = game_new_order();
    if (!p)
        return 0;
    char *err = NULL;
    if (abandon > 0) {
        profile_abandon(p, abandon, &err);
        free(err); /* an old row left behind is harmless */
        err = NULL;
    }
    int64_t id = profile_begin(p, s, &err);
    if (id < 0) {
        *problem = text_format(_("Your progress in this story will not be saved: %s"),
                               err ? err : "");
        free(err);
        pt->save_failed = true;
        return -1;
    }
    pt->id = id;
    return playthrough_save(pt, problem);
}

int playthrough_resume(Playthrough *pt, Profile *p, const Story *s, int64_t id,
                       char **message)
{
    memset(pt, 0, sizeof *pt);
    pt->story = s;
    pt->profile = p;
    pt->id = id;
    char *state = NULL, *err = NULL;
    if (p)
        profile_state(p, id, &state, &err);
    free(err);
    err = NULL;
    StateResume how = {0};
    if (!state || state_text_resume(s, state, &pt->run, &how, &err) < 0) {
        *message = text_format(_("Your place in %s could not be read back (%s), so the story "
                                 "starts from the beginning."),
                               s->title, err ? err : _("the save is missing"));
        free(err);
        free(state);
        run_init(&pt->run, s);
        pt->run.order = game_new_order();
        return 1;
    }
    free(state);
    pt->saved_steps = pt->run.n_steps;
    if (!how.changed)
        return 0;
    if (how.kept < how.saved)
        *message = text_format(_("This story changed since you last played it; you are back at "
                                 "your choice %d of %d."),
                               how.kept + 1, how.saved);
    else
        *message = text_dup(_("This story changed since you last played it. Your choices are "
                              "kept; the meters follow the story as it is now."));
    /* Save the run as the story now makes it: not a rewind of the player's. */
    pt->saved_steps = -1;
    char *problem = NULL;
    playthrough_save(pt, &problem);
    free(problem); /* the next save says it, if it fails again */
    pt->save_failed = false;
    return 1;
}

int playthrough_save(Playthrough *pt, char **problem)
{
    if (!pt->profile || pt->id <= 0)
        return 0;
    char *err = NULL;
    bool rewound = pt->run.n_steps <= pt->saved_steps;
    int rc = profile_save(pt->profile, pt->id, &pt->run, rewound, &err);
    if (rc == 0) {
        pt->saved_steps = pt->run.n_steps;
        return 0;
    }
    /* Not advancing saved_steps keeps the next save's idea of a rewind
     * honest: the profile still holds the run as it was. */
    int result = 0;
    if (!pt->save_failed) {
        *problem = text_format(_("Your last choice could not be saved: %s"), err ? err : "");
        result = -1;
    }
    pt->save_failed = true;
    free(err);
    return result;
}

void playthrough_free(Playthrough *pt)
{
    if (!pt)
        return;
    run_free(&pt->run);
}
