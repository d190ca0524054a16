/* titles.h — the titles of stories and endings by id, for a report: the
 * profile keeps the titles of stories played, but not of endings or of
 * stories an assignment lists and nobody has played yet. Each story is
 * loaded (in the sandbox) once, the first time it is asked about. */
#ifndef BESIDE_APP_TITLES_H
#define BESIDE_APP_TITLES_H

typedef struct Titles Titles;

/* An empty cache; NULL when memory runs out (a report then shows ids). */
Titles *titles_new(void);
void titles_free(Titles *t);

/* The title of story `story_id` (scene_id NULL) or of its ending
 * `scene_id`, or NULL when the story cannot be found or loaded, or the
 * scene has no title. `ctx` is a Titles; the shape fits
 * ReportOptions.title. The text lives as long as the Titles. */
const char *titles_lookup(void *ctx, const char *story_id, const char *scene_id);

#endif
