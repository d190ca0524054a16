/* host.c — the story's Lua functions, called by the runtime. Each gets one
 * argument: a read-only table of the meters and flags by name (and `scene`,
 * the current scene id). Reading a name that is not there is an error, so a
 * typo shows up the first time the function runs. */
#include "script/host.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <lauxlib.h>

#include "core/i18n.h"
#include "core/runtime.h"
#include "core/text.h"
#include "script/dsl_internal.h"

/* The longest text a text function's result is kept to: far more than any
 * scene shows. */
enum { HOST_MAX_TEXT = 64 * 1024 };

/* The view a function gets is an empty table whose metatable reads from a
 * hidden table of the values (upvalue 1 of these functions). Empty, so that
 * every write reaches __newindex: with the values in the view itself,
 * s.growth = 100 would quietly change the copy and not the story. */

static int l_view_index(lua_State *L)
{
    lua_pushvalue(L, 2);
    if (lua_rawget(L, lua_upvalueindex(1)) != LUA_TNIL)
        return 1;
    const char *key = lua_type(L, 2) == LUA_TSTRING ? lua_tostring(L, 2) : NULL;
    const char *names[STORY_MAX_METERS + STORY_MAX_FLAGS + 1];
    int n = 0;
    lua_pushnil(L);
    while (n < (int)(sizeof names / sizeof names[0]) && lua_next(L, lua_upvalueindex(1))) {
        lua_pop(L, 1);
        names[n++] = lua_tostring(L, -1);
    }
    const char *guess = key ? text_suggest(key, names, n) : NULL;
    if (guess)
        return luaL_error(L, _("the story has no meter or flag '%s'. Did you mean '%s'?"), key, guess);
    return luaL_error(L, _("the story has no meter or flag '%s'."), key ? key : "?");
}

static int l_view_newindex(lua_State *L)
{
    return luaL_error(L, _("a function cannot change meters or flags directly; use effects and "
                         "set on a choice."));
}

static int l_view_next(lua_State *L)
{
    lua_settop(L, 2);
    if (lua_next(L, 1))
        return 2;
    lua_pushnil(L);
    return 1;
}

static int l_view_pairs(lua_State *L)
{
    /* pairs(s) lists the meters and flags, as it would on a plain table. */
    lua_pushcfunction(L, l_view_next);
    lua_pushvalue(L, lua_upvalueindex(1));
    lua_pushnil(L);
    return 3;
}

static void push_view(lua_State *L, const Story *s, const Position *p)
{
    lua_createtable(L, 0, 0); /* the view */
    lua_createtable(L, 0, 4); /* its metatable */
    lua_createtable(L, 0, s->n_meters + s->n_flags + 1);
    for (int i = 0; i < s->n_meters; i++) {
        lua_pushinteger(L, p->meters[i]);
        lua_setfield(L, -2, s->meters[i].name);
    }
    for (int i = 0; i < s->n_flags; i++) {
        lua_pushboolean(L, position_flag(p, i));
        lua_setfield(L, -2, s->flags[i]);
    }
    lua_pushstring(L, s->scenes[p->scene].id);
    lua_setfield(L, -2, "scene");
    lua_pushvalue(L, -1);
    lua_pushcclosure(L, l_view_pairs, 1);
    lua_setfield(L, -3, "__pairs");
    lua_pushcclosure(L, l_view_index, 1);
    lua_setfield(L, -2, "__index");
    lua_pushcfunction(L, l_view_newindex);
    lua_setfield(L, -2, "__newindex");
    lua_pushboolean(L, 0);
    lua_setfield(L, -2, "__metatable");
    lua_setmetatable(L, -2);
}

/* (function, story, position): builds the view and calls the function with
 * it. Run protected, because building the view needs memory, and a story
 * may have used it all up: unprotected, that error would end the program. */
static int l_call_with_view(lua_State *L)
{
    const Story *s = lua_touserdata(L, 2);
    const Position *p = lua_touserdata(L, 3);
    lua_settop(L, 1);
    push_view(L, s, p);
    lua_call(L, 1, 1);
    return 1;
}

/* The message of a Lua error after its "chunk:LINE: " start (and the line
 * in *line), or the whole message when it has none. */
static const char *failed_at(const char *msg, int *line)
{
    for (const char *p = msg; *p; p++) {
        if (*p != ':' || p[1] < '0' || p[1] > '9')
            continue;
        const char *d = p + 1;
        int n = 0;
        while (*d >= '0' && *d <= '9' && n < 10000000)
            n = n * 10 + (*d++ - '0');
        if (d[0] == ':' && d[1] == ' ') {
            *line = n;
            return d + 2;
        }
    }
    return msg;
}

/* Calls function `ref` with the view; leaves one result on the stack. */
static int call(Sandbox *sb, const Story *s, int ref, const Position *p, const char *what,
                int *defined, char **err)
{
    lua_State *L = sandbox_state(sb);
    lua_pushcfunction(L, l_call_with_view);
    lua_rawgeti(L, LUA_REGISTRYINDEX, ref);
    lua_Debug ar;
    lua_pushvalue(L, -1);
    *defined = lua_getinfo(L, ">S", &ar) ? ar.linedefined : 0;
    lua_pushlightuserdata(L, (void *)s);
    lua_pushlightuserdata(L, (void *)p);
    char *e = NULL;
    if (sandbox_call(sb, 3, 1, &e) < 0) {
        /* Lua's message starts "file:LINE: ", the file name cut to fit: say
         * the line in words when it is not the function's own. */
        int at = 0;
        const char *rest = e ? failed_at(e, &at) : _("out of memory");
        if (at > 0 && at != *defined)
            *err = text_format(_("%s:%d: the %s function failed at line %d: %s"), s->file,
                               *defined, what, at, rest);
        else
            *err = text_format(_("%s:%d: the %s function failed: %s"), s->file, *defined, what,
                               rest);
        free(e);
        return -1;
    }
    return 0;
}

static int host_cond(void *ctx, const Story *s, int ref, const Position *p, bool *out, char **err)
{
    lua_State *L = sandbox_state(ctx);
    int line;
    if (call(ctx, s, ref, p, "when", &line, err) < 0)
        return -1;
    int t = lua_type(L, -1);
    *out = lua_toboolean(L, -1);
    lua_pop(L, 1);
    if (t != LUA_TBOOLEAN) {
        if (t == LUA_TNIL)
            *err = text_format(_("%s:%d: the when function returned nothing; it must return "
                                 "true or false."), s->file, line);
        else
            *err = text_format(_("%s:%d: the when function returned %s; it must return true or "
                                 "false."), s->file, line, lua_typename(L, t));
        return -1;
    }
    return 0;
}

static int host_text(void *ctx, const Story *s, int ref, const Position *p, char **out, char **err)
{
    lua_State *L = sandbox_state(ctx);
    int line;
    if (call(ctx, s, ref, p, "text", &line, err) < 0)
        return -1;
    int t = lua_type(L, -1);
    if (t != LUA_TSTRING && t != LUA_TNIL) {
        lua_pop(L, 1);
        *err = text_format(_("%s:%d: the text function returned a %s; it must return text in "
                           "quotes (or nil for no text)."), s->file, line, lua_typename(L, t));
        return -1;
    }
    /* Cleaned as text from the file is cleaned when it loads (the same
     * function): no control character or escape sequence reaches a screen or
     * a terminal, broken UTF-8 shows as U+FFFD, and a text longer than any
     * scene needs is cut. */
    size_t n = 0;
    const char *text = t == LUA_TSTRING ? lua_tolstring(L, -1, &n) : "";
    DslTextFault fault;
    *out = dsl_clean_text(text, n, HOST_MAX_TEXT, &fault);
    lua_pop(L, 1);
    if (!*out) {
        *err = text_dup(_("out of memory"));
        return -1;
    }
    return 0;
}

static int host_next(void *ctx, const Story *s, int ref, const Position *p, int *out, char **err)
{
    lua_State *L = sandbox_state(ctx);
    int line;
    if (call(ctx, s, ref, p, "next", &line, err) < 0)
        return -1;
    /* Not lua_tostring on a number: converting needs memory, outside any
     * protected call (see l_call_with_view). */
    char number[64];
    const char *id = lua_type(L, -1) == LUA_TSTRING ? lua_tostring(L, -1) : NULL;
    if (!id && lua_type(L, -1) == LUA_TNUMBER) {
        snprintf(number, sizeof number, "%.14g", (double)lua_tonumber(L, -1));
        id = number;
    }
    *out = id ? story_find_scene(s, id) : -1;
    if (*out < 0) {
        const char **names = malloc(sizeof *names * (size_t)(s->n_scenes + 1));
        const char *guess = NULL;
        if (names && id) {
            for (int i = 0; i < s->n_scenes; i++)
                names[i] = s->scenes[i].id;
            guess = text_suggest(id, names, s->n_scenes);
        }
        char echo[DSL_MAX_ECHO + 8];
        if (id)
            id = dsl_echo(id, lua_type(L, -1) == LUA_TSTRING ? lua_rawlen(L, -1) : strlen(id),
                          echo, sizeof echo);
        if (!id)
            *err = text_format(_("%s:%d: the next function returned nothing, which is not a "
                                 "scene."), s->file, line);
        else if (!guess)
            *err = text_format(_("%s:%d: the next function returned '%s', which is not a "
                                 "scene."), s->file, line, id);
        else
            *err = text_format(_("%s:%d: the next function returned '%s', which is not a "
                                 "scene. Did you mean '%s'?"), s->file, line, id, guess);
        free(names);
        lua_pop(L, 1);
        return -1;
    }
    lua_pop(L, 1);
    return 0;
}

static void host_free(void *ctx)
{
    sandbox_free(ctx);
}

void host_attach(Story *s, Sandbox *sb)
{
    s->host.ctx = sb;
    s->host.cond = host_cond;
    s->host.text = host_text;
    s->host.next = host_next;
    s->host.free = host_free;
}
