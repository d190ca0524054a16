/* assignment.h — the assignment a player has open: read from the file a
 * therapist gave them (opened from the command line or dropped on the
 * window), kept in the profile so it is still open next time, and put away
 * when the player removes it. */
#ifndef BESIDE_APP_ASSIGNMENT_H
#define BESIDE_APP_ASSIGNMENT_H

#include <stdbool.h>

#include "core/diag.h"
#include "homework/homework.h"
#include "profile/profile.h"

/* Whether `path` names an assignment file (by its .beside-homework ending). */
bool assignment_is_file(const char *path);
/* The assignment kept in `p` (NULL `p` is fine), or NULL when none is kept
 * or it no longer reads. */
Homework *assignment_restore(Profile *p);
/* Reads the assignment in `path`. NULL, with the problems in `d` (each with
 * file:line), when it cannot be read. Otherwise keeps it in `p` for next
 * time; when that fails, *problem (malloc'd, for the player) says so and
 * the assignment is open all the same. */
Homework *assignment_open(Profile *p, const char *path, DiagList *d, char **problem);
/* Forgets the kept assignment (NULL `p` is fine). */
void assignment_forget(Profile *p);

#endif
