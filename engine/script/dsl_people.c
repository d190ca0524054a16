/* dsl_people.c — the scenario language's people: people = { } in
 * scenario { }, with = in a scene or an ending, reacts = in a choice. All
 * three are additions: a story without them loads as before. */
#include <stdlib.h>
#include <string.h>

#include "core/i18n.h"
#include "core/people.h"
#include "core/text.h"
#include "script/dsl_internal.h"
#include "script/sandbox.h"

static const char *const person_fields[] = {"name", "art", "main", NULL};

/* The keys of the people read so far, for a did-you-mean. */
static const char *suggest_person(const Story *s, const char *key)
{
    const char *keys[STORY_MAX_PEOPLE];
    for (int i = 0; i < s->n_people; i++)
        keys[i] = s->people[i].key;
    return text_suggest(key, keys, s->n_people);
}

/* One person: the table (or the name as text) at the top of the stack. */
static void read_person(DslContext *c, const char *key, int line)
{
    lua_State *L = c->L;
    Story *s = c->story;
    Person p = {.key = text_dup(key), .line = line};
    if (lua_type(L, -1) == LUA_TSTRING) {
        p.name = dsl_normalise(c, line, "people");
    } else if (lua_istable(L, -1)) {
        int idx = lua_gettop(L);
        dsl_check_fields(c, idx, line, "a person of people = { }", person_fields, false);
        p.name = dsl_get_text(c, idx, "name", line, "people");
        p.art = dsl_get_text(c, idx, "art", line, "people");
        if (p.art && !dsl_valid_id(p.art)) {
            dsl_error(c, line, _("people: %s's art = \"%s\" names a picture by its file name: "
                      "letters, digits, - and _ only, like art = \"tom\"."), key, p.art);
            free(p.art);
            p.art = NULL;
        }
        int t = dsl_field(L, idx, "main");
        if (t == LUA_TBOOLEAN)
            p.main = lua_toboolean(L, -1);
        else if (t != LUA_TNIL)
            dsl_error(c, line, _("people: %s's main is true or false."), key);
        lua_pop(L, 1);
    } else {
        dsl_error(c, line, _("people: %s = { name = \"...\", art = \"...\" } or %s = \"Name\"."),
                  key, key);
    }
    if (!p.name)
        p.name = text_dup(key);
    if (!p.art)
        p.art = text_dup(key);
    if (!p.key || !p.name || !p.art) {
        free(p.key), free(p.name), free(p.art);
        return;
    }
    /* Kept sorted by key, so the order never depends on Lua's. */
    int at = s->n_people;
    while (at > 0 && strcmp(s->people[at - 1].key, p.key) > 0) {
        s->people[at] = s->people[at - 1];
        at--;
    }
    s->people[at] = p;
    s->n_people++;
}

void dsl_read_people(DslContext *c, int idx, int line)
{
    lua_State *L = c->L;
    idx = lua_absindex(L, idx);
    if (!lua_istable(L, idx)) {
        dsl_error(c, line, _("scenario: people is a table, like people = { tom = { name = \"Tom\" "
                  "} }."));
        return;
    }
    lua_pushnil(L);
    while (lua_next(L, idx)) {
        sandbox_charge(L, 1.0);
        const char *key = lua_type(L, -2) == LUA_TSTRING ? lua_tostring(L, -2) : NULL;
        if (!key || !dsl_valid_name(key))
            dsl_error(c, line, _("people: each person has a key of letters, digits and _, like "
                      "people = { tom = { name = \"Tom\" } }."));
        else if (c->story->n_people >= STORY_MAX_PEOPLE)
            dsl_error(c, line, _("people: a story can have at most %d people with pictures; '%s' "
                      "is one too many."), STORY_MAX_PEOPLE, key);
        else
            read_person(c, key, line);
        lua_pop(L, 1);
    }
    int mains = 0;
    for (int i = 0; i < c->story->n_people; i++)
        mains += c->story->people[i].main;
    if (mains > 1)
        dsl_error(c, line, _("people: only one person can be main = true (the one shown when a "
                  "scene names no one)."));
    if (mains == 0 && c->story->n_people == 1)
        c->story->people[0].main = true;
}

/* The person the string at the top of the stack names, or -1 (said). */
static int person_named(DslContext *c, int line, const char *what, const char *field)
{
    lua_State *L = c->L;
    const char *key = lua_type(L, -1) == LUA_TSTRING ? lua_tostring(L, -1) : NULL;
    int p = people_find(c->story, key);
    if (p >= 0)
        return p;
    const char *guess = key ? suggest_person(c->story, key) : NULL;
    if (!key)
        dsl_error(c, line, _("%s: %s names people by their key in people = { }, in quotes."), what,
                  field);
    else if (guess)
        dsl_error(c, line, _("%s: %s names '%s', who is not in people = { }. Did you mean '%s'?"),
                  what, field, key, guess);
    else
        dsl_error(c, line, _("%s: %s names '%s', who is not in people = { } of scenario { }. Add "
                  "them there first."), what, field, key);
    return -1;
}

void dsl_read_with(DslContext *c, int si, int line, const char *what)
{
    lua_State *L = c->L;
    int t = dsl_field(L, 1, "with");
    if (t == LUA_TNIL) {
        lua_pop(L, 1);
        return;
    }
    int ids[STORY_MAX_WITH], n = 0;
    int count = t == LUA_TTABLE ? (int)lua_rawlen(L, -1) : 1;
    if (count > STORY_MAX_WITH)
        dsl_error(c, line, _("%s: with = names at most %d people (the pictures shown at once)."),
                  what, STORY_MAX_WITH);
    for (int i = 1; i <= count && i <= STORY_MAX_WITH; i++) {
        if (t == LUA_TTABLE)
            lua_rawgeti(L, -1, i);
        else
            lua_pushvalue(L, -1);
        int p = person_named(c, line, what, "with");
        if (p >= 0)
            ids[n++] = p;
        lua_pop(L, 1);
    }
    lua_pop(L, 1);
    Scene *sc = &c->story->scenes[si];
    sc->has_with = true;
    sc->n_with = n;
    for (int i = 0; i < n; i++)
        sc->with[i] = (int8_t)ids[i];
}

/* One reaction: the face word at the top of the stack. */
static Face face_word(DslContext *c, int line, const char *what)
{
    lua_State *L = c->L;
    const char *word = lua_type(L, -1) == LUA_TSTRING ? lua_tostring(L, -1) : NULL;
    Face f = people_face_find(word);
    if (f == FACE_BY_RULE)
        dsl_error(c, line, _("%s: reacts = takes \"calm\", \"hurt\" (or \"angry\") or \"warm\" "
                  "(or \"relieved\")."), what);
    return f;
}

void dsl_read_reacts(DslContext *c, int idx, int line, const char *what, Choice *ch)
{
    lua_State *L = c->L;
    int t = dsl_field(L, idx, "reacts");
    if (t == LUA_TSTRING) {
        Face f = face_word(c, line, what); /* everyone there takes it the same way */
        for (int i = 0; i < STORY_MAX_PEOPLE; i++)
            ch->reacts[i] = (uint8_t)f;
    } else if (t == LUA_TTABLE) {
        int tab = lua_gettop(L);
        lua_pushnil(L);
        while (lua_next(L, tab)) {
            sandbox_charge(L, 1.0);
            Face f = face_word(c, line, what);
            lua_pushvalue(L, -2);
            int p = person_named(c, line, what, "reacts");
            lua_pop(L, 2);
            if (p >= 0)
                ch->reacts[p] = (uint8_t)f;
        }
    } else if (t != LUA_TNIL) {
        dsl_error(c, line, _("%s: reacts = \"hurt\", or reacts = { tom = \"hurt\", mom = \"warm\" "
                  "}."), what);
    }
    lua_pop(L, 1);
}
