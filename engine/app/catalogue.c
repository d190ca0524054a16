/* catalogue.c — the stories a player can pick. */
#include "app/catalogue.h"

#include "script/library.h"
#include "script/loader.h"
#include "script/story_lang.h"

void catalogue_list(PathList *out)
{
    path_list_free(out);
    library_list(out);
}

char *catalogue_find(const char *ref, char **err)
{
    return library_find(ref, err);
}

Story *catalogue_load(const char *path, DiagList *d)
{
    return story_lang_load_for_player(path, d);
}

Story *catalogue_load_as_written(const char *path, DiagList *d)
{
    return loader_load_file(path, NULL, d);
}
