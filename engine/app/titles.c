/* titles.c — looking up story and ending titles for reports. */
#include "app/titles.h"

#include <stdlib.h>
#include <string.h>

#include "core/text.h"
#include "script/library.h"
#include "script/loader.h"

typedef struct {
    char *id;
    Story *story; /* NULL when it could not be found or loaded */
} Entry;

struct Titles {
    Entry *items;
    int n, cap;
};

Titles *titles_new(void)
{
    return calloc(1, sizeof(Titles));
}

void titles_free(Titles *t)
{
    if (!t)
        return;
    for (int i = 0; i < t->n; i++) {
        free(t->items[i].id);
        story_free(t->items[i].story);
    }
    free(t->items);
    free(t);
}

/* The story with this id, loaded once (a failure is remembered too). */
static const Story *story_of(Titles *t, const char *id)
{
    for (int i = 0; i < t->n; i++)
        if (strcmp(t->items[i].id, id) == 0)
            return t->items[i].story;
    if (t->n == t->cap) {
        int cap = t->cap ? t->cap * 2 : 8;
        Entry *e = realloc(t->items, (size_t)cap * sizeof *e);
        if (!e)
            return NULL;
        t->items = e;
        t->cap = cap;
    }
    char *copy = text_dup(id);
    if (!copy)
        return NULL;
    Story *s = NULL;
    char *err = NULL;
    char *path = library_find(id, &err);
    if (path) {
        DiagList d = {0};
        s = loader_load_file(path, NULL, &d);
        diag_list_clear(&d);
    }
    free(err);
    free(path);
    t->items[t->n++] = (Entry){copy, s};
    return s;
}

const char *titles_lookup(void *ctx, const char *story_id, const char *scene_id)
{
    Titles *t = ctx;
    if (!t || !story_id)
        return NULL;
    const Story *s = story_of(t, story_id);
    if (!s)
        return NULL;
    if (!scene_id)
        return s->title;
    int i = story_find_scene(s, scene_id);
    return i >= 0 ? s->scenes[i].title : NULL;
}
