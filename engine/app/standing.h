/* standing.h — where the player stands across the library, for a title
 * screen: the playthrough Continue would take up, and how many stories
 * have been played and endings found. Read from the profile in one place
 * for every front end. */
#ifndef BESIDE_APP_STANDING_H
#define BESIDE_APP_STANDING_H

#include <stdint.h>

#include "profile/profile.h"

typedef struct {
    int64_t resume;    /* the newest unfinished playthrough; 0: none */
    char *story_id;    /* its story's id (NULL when resume is 0) */
    char *state;       /* its save, as last written */
    char *title;       /* its story's title as saved, or NULL */
    int stories_played; /* distinct stories with a choice made or an ending */
    int endings_found;  /* distinct (story, ending) pairs reached */
} Standing;

/* Reads the player's standing from `p` (NULL gives an empty one). A
 * profile that cannot be read leaves the parts it could not read empty:
 * a title screen shows less, it never fails. */
void standing_read(Profile *p, Standing *out);
void standing_free(Standing *s);

#endif
