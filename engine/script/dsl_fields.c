/* dsl_fields.c — the field names of a story's blocks: which fields a block
 * may have (dsl_check_fields, with a did-you-mean or where a field belongs),
 * raw reading of one field, and what a message calls a block in the
 * reader's language. */
#include <string.h>

#include <lauxlib.h>

#include "core/i18n.h"
#include "core/text.h"
#include "script/dsl_internal.h"

/* Where a field belongs, for a hint when it is used in the wrong block. */
static const struct { const char *field, *home; } field_homes[] = {
    {"because", N_("a choice")}, {"effects", N_("a choice")}, {"next", N_("a choice")},
    {"set", N_("a choice")}, {"clear", N_("a choice")}, {"later", N_("a choice")},
    {"lens", N_("an ending")}, {"practice", N_("an ending")}, {"reflect", N_("an ending")},
    {"discuss", N_("a scene or an ending")}, {"notes", N_("a scene or an ending")},
    {"place", N_("a scene, an ending or scenario { }")},
    {"teaser", N_("scenario { }")}, {"you_play", N_("scenario { }")},
    {"minutes", N_("scenario { }")}, {"meters", N_("scenario { }")},
    {"start", N_("scenario { }")}, {"content_notes", N_("scenario { }")},
    {"after", N_("later = { }")}, {"says", N_("later = { }")},
};

/* The names of blocks that are words of English, not of the story language
 * (dsl_check_fields' `what`): translated where a message shows them. */
static const char *const what_words[] = {
    N_("text with a condition"), N_("a way in next"), N_("a person of people = { }"),
    N_("a meter"), N_("text"),
};

const char *dsl_what_shown(const char *what)
{
    for (size_t i = 0; i < sizeof what_words / sizeof what_words[0]; i++)
        if (strcmp(what, what_words[i]) == 0)
            return _(what_words[i]);
    return what;
}

void dsl_check_fields(DslContext *c, int idx, int line, const char *what,
                      const char *const *allowed, bool positional)
{
    lua_State *L = c->L;
    idx = lua_absindex(L, idx);
    lua_pushnil(L);
    while (lua_next(L, idx)) {
        lua_pop(L, 1);
        /* Each key is a step, and a long one is read to its end. */
        sandbox_charge(L, 1.0 + (lua_type(L, -1) == LUA_TSTRING ? (double)lua_rawlen(L, -1) : 0));
        if (lua_type(L, -1) == LUA_TNUMBER) {
            if (!positional)
                dsl_error(c, line, _("%s takes named fields only (name = value); remove the "
                          "item without a name."), dsl_what_shown(what));
            continue;
        }
        if (lua_type(L, -1) != LUA_TSTRING) {
            dsl_error(c, line, _("%s has a field whose name is not text."), dsl_what_shown(what));
            continue;
        }
        const char *key = lua_tostring(L, -1);
        bool ok = false;
        int n = 0;
        for (; allowed[n]; n++)
            ok |= strcmp(allowed[n], key) == 0;
        if (ok)
            continue;
        const char *home = NULL;
        for (size_t i = 0; i < sizeof field_homes / sizeof field_homes[0]; i++)
            if (strcmp(field_homes[i].field, key) == 0)
                home = field_homes[i].home;
        const char *guess = text_suggest(key, allowed, n);
        if (home)
            dsl_error(c, line, _("%s has a field '%s', which belongs in %s."), dsl_what_shown(what),
                      key, _(home));
        else if (guess)
            dsl_error(c, line, _("%s has a field '%s' that Beside does not know. Did you mean "
                      "'%s'?"), dsl_what_shown(what), key, guess);
        else
            dsl_error(c, line, _("%s has a field '%s' that Beside does not know. It can have: %s%s%s%s%s"),
                      dsl_what_shown(what), key, allowed[0] ? allowed[0] : "", n > 1 ? ", " : "",
                      n > 1 ? allowed[1] : "", n > 2 ? ", ..." : "", n > 2 ? "" : ".");
    }
}

int dsl_field(lua_State *L, int idx, const char *field)
{
    idx = lua_absindex(L, idx);
    lua_pushstring(L, field);
    return lua_rawget(L, idx);
}
