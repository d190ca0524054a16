/* desk_catalogue.c — what each story offers a therapist making an
 * assignment (see desk.h): its title, length and content notes, its
 * endings' reflect prompts and practice tasks as suggestions, and the
 * ideas docs/IDEAS.md says it teaches. */
#include "app/desk.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/text.h"
#include "script/loader.h"

static int add_once(char ***items, int *n, const char *s)
{
    if (!s || desk_find(*items, *n, s) >= 0)
        return 0;
    return desk_add(items, n, s);
}

int desk_catalogue_add(DeskCatalogue *c, const Story *s)
{
    DeskStory *grown = realloc(c->stories, sizeof *grown * (size_t)(c->count + 1));
    if (!grown)
        return -1;
    c->stories = grown;
    DeskStory *d = &grown[c->count];
    memset(d, 0, sizeof *d);
    d->id = text_dup(s->id);
    d->title = text_dup(s->title ? s->title : s->id);
    d->minutes = s->minutes;
    int rc = d->id && d->title ? 0 : -1;
    for (int i = 0; rc == 0 && i < s->n_content_notes; i++)
        rc = add_once(&d->notes, &d->n_notes, s->content_notes[i]);
    for (int i = 0; rc == 0 && i < s->n_scenes; i++) {
        const Scene *sc = &s->scenes[i];
        if (!sc->is_ending)
            continue;
        rc = add_once(&d->reflect, &d->n_reflect, sc->reflect);
        if (rc == 0)
            rc = add_once(&d->practice, &d->n_practice, sc->practice);
    }
    c->count++; /* kept even when a list ran short, so desk_catalogue_free frees it */
    return rc;
}

int desk_catalogue_load(DeskCatalogue *c)
{
    PathList paths = {0};
    library_list(&paths);
    int added = 0;
    for (int i = 0; i < paths.count; i++) {
        DiagList d = {0};
        Story *s = loader_load_file(paths.items[i], NULL, &d);
        if (s && desk_catalogue_add(c, s) < 0)
            added = -1;
        else if (s && added >= 0)
            added++;
        story_free(s);
        diag_list_clear(&d);
    }
    path_list_free(&paths);
    return added;
}

const DeskStory *desk_catalogue_find(const DeskCatalogue *c, const char *id)
{
    for (int i = 0; i < c->count; i++)
        if (strcmp(c->stories[i].id, id) == 0)
            return &c->stories[i];
    return NULL;
}

/* docs/IDEAS.md beside the first story folder that has one (the shipped
 * scripts/ folder's docs/), or NULL. */
static FILE *open_ideas(void)
{
    PathList dirs = {0};
    library_dirs(&dirs);
    FILE *f = NULL;
    for (int i = 0; !f && i < dirs.count; i++) {
        char *path = text_format("%s/../docs/IDEAS.md", dirs.items[i]);
        f = path ? fopen(path, "r") : NULL;
        free(path);
    }
    path_list_free(&dirs);
    return f;
}

/* A table row's first cell: "| nina-and-tom | ..." gives nina-and-tom. */
static bool row_story(const char *line, char *id, size_t size)
{
    if (line[0] != '|')
        return false;
    const char *p = line + 1;
    while (*p == ' ')
        p++;
    size_t n = strcspn(p, " |");
    if (n == 0 || n >= size || strncmp(p, "story", n) == 0 || *p == '-')
        return false;
    memcpy(id, p, n);
    id[n] = '\0';
    return true;
}

int desk_catalogue_ideas(DeskCatalogue *c, const char *path)
{
    FILE *f = path ? fopen(path, "r") : open_ideas();
    if (!f)
        return -1;
    char line[1024], idea[256] = "", id[80];
    while (fgets(line, sizeof line, f)) {
        line[strcspn(line, "\r\n")] = '\0';
        if (strncmp(line, "## ", 3) == 0) {
            snprintf(idea, sizeof idea, "%.*s", (int)sizeof idea - 1, line + 3);
            continue;
        }
        if (!idea[0] || !row_story(line, id, sizeof id))
            continue;
        for (int i = 0; i < c->count; i++) {
            DeskStory *d = &c->stories[i];
            if (strcmp(d->id, id) == 0)
                add_once(&d->teaches, &d->n_teaches, idea);
        }
    }
    fclose(f);
    return 0;
}

static void free_list(char **items, int n)
{
    for (int i = 0; i < n; i++)
        free(items[i]);
    free(items);
}

void desk_catalogue_free(DeskCatalogue *c)
{
    for (int i = 0; i < c->count; i++) {
        DeskStory *d = &c->stories[i];
        free(d->id);
        free(d->title);
        free_list(d->notes, d->n_notes);
        free_list(d->teaches, d->n_teaches);
        free_list(d->reflect, d->n_reflect);
        free_list(d->practice, d->n_practice);
    }
    free(c->stories);
    c->stories = NULL;
    c->count = 0;
}
