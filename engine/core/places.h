/* places.h — where a scene happens (place = "kitchen" in a scene, an
 * ending or the scenario) and whether a place has a picture. A place is
 * the name of a picture (assets/places/NAME.svg), never a line a player
 * reads: the scene's own text says where we are. Plain C, no Lua, no SDL. */
#ifndef BESIDE_PLACES_H
#define BESIDE_PLACES_H

#include <stdbool.h>

#include "core/diag.h"
#include "core/story.h"

/* The place of scene `scene`: its own place =, else the scenario's, else
 * NULL. Also NULL when the name is not a plain one (places_valid_name), so
 * a front end can put it in a file name safely. */
const char *places_of_scene(const Story *s, int scene);

/* Whether `name` can name a picture: 1 to 64 lowercase letters, digits
 * and single hyphens inside ("living-room"). */
bool places_valid_name(const char *name);

/* For `beside check`: a warning with the scene's file:line for each place
 * (the scenario's and each scene's or ending's) that is not one of the
 * `n` names in `known` (the pictures there are), with a "did you mean"
 * when one is close and the list of places. Returns how many it added. */
int places_check(const Story *s, const char *const *known, int n, DiagList *d);

#endif
