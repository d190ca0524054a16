/* playthrough.h — the application layer's playthrough: one play of a story,
 * kept in the player's profile. It starts with its own choice order, is
 * saved at every change, and is continued later against the story as it is
 * now. The window and the terminal player both play through this, so
 * neither reaches into the profile's saving or the save format itself. */
#ifndef BESIDE_APP_PLAYTHROUGH_H
#define BESIDE_APP_PLAYTHROUGH_H

#include <stdbool.h>
#include <stdint.h>

#include "core/runtime.h"
#include "profile/profile.h"

typedef struct {
    const Story *story;
    Run run;
    Profile *profile; /* borrowed; NULL: nothing is saved */
    int64_t id;       /* the playthrough in the profile; 0 when not saved */
    int saved_steps;  /* the run's length at the last save */
    bool save_failed; /* a save has failed; later failures are quiet */
} Playthrough;

/* Starts a new playthrough of `s` in `pt` (which is overwritten: free an old
 * one first): a run at the start with a new choice order (game_new_order),
 * saved at once when `p` is not NULL, so Continue shows the choices in the
 * order they were shown. `abandon`, when not 0, is an unfinished playthrough
 * of the same story that starting over leaves behind. Returns 0; -1 with
 * *problem (malloc'd, for the player) when it cannot be saved, and the
 * playthrough then goes on without saving. */
int playthrough_start(Playthrough *pt, Profile *p, const Story *s, int64_t abandon,
                      char **problem);

/* Continues the saved playthrough `id` of `s` in `pt` (overwritten): its
 * state is read again (which starts its clock) and its choices replayed
 * against the story as it is now. Always leaves a run to play. Returns 0
 * when all is as saved; 1 with *message (malloc'd, for the player) when the
 * story changed since, or the save could not be read and play starts over. */
int playthrough_resume(Playthrough *pt, Profile *p, const Story *s, int64_t id,
                       char **message);

/* Saves the run after a change. A run no longer than at the last save was
 * rewound (taken back, or played again from the start); the profile keeps
 * the taken-back choices. Returns 0 (also when nothing is saved); -1 with
 * *problem the first time a save fails. */
int playthrough_save(Playthrough *pt, char **problem);

/* Frees the run; the profile is not the playthrough's to close. */
void playthrough_free(Playthrough *pt);

#endif
