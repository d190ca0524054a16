/* sandbox.c — the Lua state stories run in: allow-listed libraries, strict
 * globals, an instruction budget, a memory cap, bounded pattern matching. */
#include "sandbox.h"

#include <math.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <lauxlib.h>
#include <lualib.h>

#include "../core/text.h"

enum { HOOK_EVERY = 1000 };

struct Sandbox {
    lua_State *L;
    size_t used, limit;
    bool over_memory;
    long budget_ticks; /* in units of HOOK_EVERY instructions */
    long ticks;
    bool exhausted;
    long load_budget, call_budget;
    int builtins_ref; /* registry ref to the table of protected names */
};

static Sandbox *get_sandbox(lua_State *L)
{
    return *(Sandbox **)lua_getextraspace(L);
}

static void *sb_alloc(void *ud, void *ptr, size_t osize, size_t nsize)
{
    Sandbox *sb = ud;
    size_t old = ptr ? osize : 0; /* with no block, osize is a type tag */
    if (nsize == 0) {
        free(ptr);
        sb->used -= old;
        return NULL;
    }
    if (nsize > old && sb->used - old + nsize > sb->limit) {
        sb->over_memory = true;
        return NULL;
    }
    void *p = realloc(ptr, nsize);
    if (p)
        sb->used = sb->used - old + nsize;
    return p;
}

static void sb_hook(lua_State *L, lua_Debug *ar)
{
    (void)ar;
    Sandbox *sb = get_sandbox(L);
    if (!sb->exhausted && ++sb->ticks <= sb->budget_ticks)
        return;
    /* From now on every instruction fails, so a pcall or an error handler in
     * the script that catches this error gets no further than its next step. */
    if (!sb->exhausted) {
        sb->exhausted = true;
        lua_sethook(L, sb_hook, LUA_MASKCOUNT, 1);
    }
    luaL_error(L, "the script ran too long (more than %d million steps). Look for a loop "
                  "that never ends.", (int)((sb->budget_ticks * HOOK_EVERY) / 1000000));
}

static void start_budget(Sandbox *sb, long instructions)
{
    sb->ticks = 0;
    sb->budget_ticks = instructions / HOOK_EVERY;
    sb->exhausted = false;
    sb->over_memory = false;
    lua_sethook(sb->L, sb_hook, LUA_MASKCOUNT, HOOK_EVERY);
}

/* ---- Strict globals ---- */

static int l_globals_index(lua_State *L)
{
    /* (globals, key) */
    Sandbox *sb = get_sandbox(L);
    lua_rawgeti(L, LUA_REGISTRYINDEX, sb->builtins_ref);
    lua_pushvalue(L, 2);
    if (lua_rawget(L, -2) != LUA_TNIL)
        return 1;
    if (lua_type(L, 2) != LUA_TSTRING)
        return luaL_error(L, "a name must be text");
    const char *name = lua_tostring(L, 2);
    const char *names[256];
    int n = sandbox_names(sb, names, 256);
    const char *guess = text_suggest(name, names, n);
    if (guess)
        return luaL_error(L, "'%s' is not a word Beside knows. Did you mean '%s'?", name, guess);
    return luaL_error(L, "'%s' is not a word Beside knows. If it is text, put it in quotes: "
                         "\"%s\". If it is your own variable, give it a value first.", name, name);
}

static int l_globals_newindex(lua_State *L)
{
    Sandbox *sb = get_sandbox(L);
    lua_rawgeti(L, LUA_REGISTRYINDEX, sb->builtins_ref);
    lua_pushvalue(L, 2);
    if (lua_rawget(L, -2) != LUA_TNIL)
        return luaL_error(L, "'%s' is a word Beside uses; pick another name for your own "
                             "variable.", lua_tostring(L, 2));
    lua_settop(L, 3);
    lua_rawset(L, 1);
    return 0;
}

/* ---- Wrapped base functions ---- */

static int l_load(lua_State *L)
{
    /* load(chunk [, name [, mode [, env]]]) with mode forced to text. */
    int n = lua_gettop(L);
    lua_pushvalue(L, lua_upvalueindex(1)); /* the real load */
    lua_pushvalue(L, 1);
    if (n >= 2)
        lua_pushvalue(L, 2);
    else
        lua_pushnil(L);
    lua_pushliteral(L, "t");
    if (n >= 4) {
        lua_pushvalue(L, 4);
        lua_call(L, 4, LUA_MULTRET);
    } else {
        lua_call(L, 3, LUA_MULTRET);
    }
    return lua_gettop(L) - n;
}

static int l_setmetatable(lua_State *L)
{
    if (lua_type(L, 2) == LUA_TTABLE) {
        lua_pushliteral(L, "__gc");
        if (lua_rawget(L, 2) != LUA_TNIL)
            return luaL_error(L, "stories cannot use __gc (code that runs when memory is "
                                 "freed). Remove it.");
        lua_pop(L, 1);
    }
    lua_pushvalue(L, lua_upvalueindex(1));
    lua_insert(L, 1);
    lua_call(L, lua_gettop(L) - 1, 1);
    return 1;
}

static int l_print(lua_State *L)
{
    /* Goes to stderr with the place it came from, so authors can trace. */
    luaL_where(L, 1);
    fputs(lua_tostring(L, -1), stderr);
    lua_pop(L, 1);
    for (int i = 1; i <= lua_gettop(L); i++) {
        size_t n;
        const char *s = luaL_tolstring(L, i, &n);
        fprintf(stderr, "%s%s", i > 1 ? "\t" : " ", s);
        lua_pop(L, 1);
    }
    fputc('\n', stderr);
    return 0;
}

/* ---- Bounded patterns ----
 * Lua's matcher backtracks; with k repeating items it can take about n^(k+1)
 * steps on a text of n bytes, all inside C where the instruction hook cannot
 * stop it. So we estimate that bound before matching and refuse patterns that
 * could run too long on the text they are given. */

enum { PATTERN_MAX_STEPS = 20000000 };

static double pattern_cost(const char *p, size_t plen, size_t subject_len)
{
    int repeats = 0, optional = 0;
    bool in_set = false;
    bool special = false;
    for (size_t i = 0; i < plen; i++) {
        char c = p[i];
        if (c == '%' && i + 1 < plen) {
            char d = p[++i];
            special = true;
            if (!in_set && (d == 'b' || (d >= '1' && d <= '9')))
                repeats++;
            if (d == 'b')
                i += 2;
            continue;
        }
        if (in_set) {
            if (c == ']')
                in_set = false;
            continue;
        }
        switch (c) {
        case '[': in_set = true; special = true; break;
        case '*': case '+': case '-': repeats++; special = true; break;
        case '?': optional++; special = true; break;
        case '.': case '^': case '$': case '(': case ')': special = true; break;
        default: break;
        }
    }
    if (!special)
        return (double)subject_len * (double)plen;
    double n = (double)subject_len + 1;
    return pow(n, repeats + 1) * pow(2, optional > 30 ? 30 : optional) * (double)(plen + 1);
}

static int check_pattern(lua_State *L, int plain_arg)
{
    size_t slen, plen;
    luaL_checklstring(L, 1, &slen);
    const char *p = luaL_checklstring(L, 2, &plen);
    if (plain_arg && lua_toboolean(L, plain_arg))
        return 0;
    double cost = pattern_cost(p, plen, slen);
    if (cost > PATTERN_MAX_STEPS)
        return luaL_error(L, "the pattern '%s' could take too long on a text of %d "
                             "characters. Use fewer repeats (* + - %%b), a shorter text, or "
                             "plain search: string.find(text, word, 1, true).",
                          p, (int)slen);
    return 0;
}

static int call_original(lua_State *L)
{
    lua_pushvalue(L, lua_upvalueindex(1));
    lua_insert(L, 1);
    lua_call(L, lua_gettop(L) - 1, LUA_MULTRET);
    return lua_gettop(L);
}

static int l_find(lua_State *L)
{
    check_pattern(L, 4);
    return call_original(L);
}

static int l_pattern(lua_State *L)
{
    check_pattern(L, 0);
    return call_original(L);
}

static void wrap(lua_State *L, int table, const char *name, lua_CFunction fn)
{
    lua_getfield(L, table, name);
    lua_pushcclosure(L, fn, 1);
    lua_setfield(L, table, name);
}

/* ---- Building the state ---- */

static void copy_fields(lua_State *L, int from, int to, const char *const *names)
{
    for (; *names; names++) {
        lua_getfield(L, from, *names);
        lua_setfield(L, to, *names);
    }
}

static int open_all(lua_State *L)
{
    Sandbox *sb = get_sandbox(L);
    lua_newtable(L); /* builtins: index 1 */
    int B = lua_gettop(L);

    luaL_requiref(L, "_G", luaopen_base, 0);
    int base = lua_gettop(L);
    static const char *const base_names[] = {
        "assert", "error", "getmetatable", "ipairs", "next", "pairs", "pcall", "rawequal",
        "rawget", "rawlen", "rawset", "select", "tonumber", "tostring", "type", "xpcall",
        "_VERSION", NULL,
    };
    copy_fields(L, base, B, base_names);
    lua_getfield(L, base, "load");
    lua_pushcclosure(L, l_load, 1);
    lua_setfield(L, B, "load");
    lua_getfield(L, base, "setmetatable");
    lua_pushcclosure(L, l_setmetatable, 1);
    lua_setfield(L, B, "setmetatable");
    lua_pushcfunction(L, l_print);
    lua_setfield(L, B, "print");
    lua_pop(L, 1);

    luaL_requiref(L, "string", luaopen_string, 0);
    int str = lua_gettop(L);
    lua_pushnil(L);
    lua_setfield(L, str, "dump");
    wrap(L, str, "find", l_find);
    wrap(L, str, "match", l_pattern);
    wrap(L, str, "gmatch", l_pattern);
    wrap(L, str, "gsub", l_pattern);
    lua_setfield(L, B, "string");
    /* Hide the strings' metatable: getmetatable("") gives false, not the table. */
    lua_pushliteral(L, "");
    lua_getmetatable(L, -1);
    lua_pushboolean(L, 0);
    lua_setfield(L, -2, "__metatable");
    lua_pop(L, 2);

    luaL_requiref(L, "table", luaopen_table, 0);
    lua_setfield(L, B, "table");
    luaL_requiref(L, "math", luaopen_math, 0);
    lua_pushnil(L);
    lua_setfield(L, -2, "random");
    lua_pushnil(L);
    lua_setfield(L, -2, "randomseed");
    lua_setfield(L, B, "math");
    luaL_requiref(L, "utf8", luaopen_utf8, 0);
    lua_setfield(L, B, "utf8");

    /* Empty the real globals (luaopen_base filled them), then make them strict. */
    lua_pushglobaltable(L);
    int G = lua_gettop(L);
    for (;;) {
        lua_pushnil(L);
        if (!lua_next(L, G))
            break;
        lua_pop(L, 1);
        lua_pushnil(L);
        lua_rawset(L, G);
    }
    lua_newtable(L);
    lua_pushcfunction(L, l_globals_index);
    lua_setfield(L, -2, "__index");
    lua_pushcfunction(L, l_globals_newindex);
    lua_setfield(L, -2, "__newindex");
    lua_pushboolean(L, 0);
    lua_setfield(L, -2, "__metatable");
    lua_setmetatable(L, G);
    lua_pop(L, 1);

    /* Drop the loaded-modules cache that requiref filled. */
    lua_pushnil(L);
    lua_setfield(L, LUA_REGISTRYINDEX, LUA_LOADED_TABLE);

    lua_pushvalue(L, B);
    sb->builtins_ref = luaL_ref(L, LUA_REGISTRYINDEX);
    return 0;
}

Sandbox *sandbox_new(const SandboxLimits *limits)
{
    Sandbox *sb = calloc(1, sizeof *sb);
    if (!sb)
        return NULL;
    sb->limit = limits && limits->memory_limit ? limits->memory_limit : (size_t)128 << 20;
    sb->load_budget = limits && limits->load_budget ? limits->load_budget : 50000000;
    sb->call_budget = limits && limits->call_budget ? limits->call_budget : 2000000;
    sb->L = lua_newstate(sb_alloc, sb);
    if (!sb->L) {
        free(sb);
        return NULL;
    }
    *(Sandbox **)lua_getextraspace(sb->L) = sb;
    lua_pushcfunction(sb->L, open_all);
    if (lua_pcall(sb->L, 0, 0, 0) != LUA_OK) {
        sandbox_free(sb);
        return NULL;
    }
    return sb;
}

void sandbox_free(Sandbox *sb)
{
    if (!sb)
        return;
    if (sb->L)
        lua_close(sb->L);
    free(sb);
}

lua_State *sandbox_state(Sandbox *sb)
{
    return sb->L;
}

size_t sandbox_memory(const Sandbox *sb)
{
    return sb->used;
}

void sandbox_expose(Sandbox *sb, const char *name, lua_CFunction fn, void *upvalue)
{
    lua_State *L = sb->L;
    lua_rawgeti(L, LUA_REGISTRYINDEX, sb->builtins_ref);
    lua_pushlightuserdata(L, upvalue);
    lua_pushcclosure(L, fn, 1);
    lua_setfield(L, -2, name);
    lua_pop(L, 1);
}

int sandbox_names(Sandbox *sb, const char **out, int max)
{
    lua_State *L = sb->L;
    int n = 0;
    for (int pass = 0; pass < 2; pass++) {
        if (pass == 0)
            lua_rawgeti(L, LUA_REGISTRYINDEX, sb->builtins_ref);
        else
            lua_pushglobaltable(L);
        lua_pushnil(L);
        while (lua_next(L, -2)) {
            /* Keys stay alive in their table, so the pointers stay valid. */
            if (lua_type(L, -2) == LUA_TSTRING && n < max)
                out[n++] = lua_tostring(L, -2);
            lua_pop(L, 1);
        }
        lua_pop(L, 1);
    }
    return n;
}

/* Turns a failed call's error value into a message for the author. */
static char *error_message(Sandbox *sb, int status)
{
    lua_State *L = sb->L;
    if (status == LUA_ERRMEM || sb->over_memory)
        return text_format("the story used more than %d MB of memory. Look for a loop that "
                           "builds a huge table or text.", (int)(sb->limit >> 20));
    const char *m = lua_tostring(L, -1);
    if (!m)
        m = luaL_typename(L, -1);
    if (strstr(m, "stack overflow"))
        return text_format("%s (a function calls itself without end?)", m);
    if (status == LUA_ERRERR && sb->exhausted)
        return text_format("the script ran too long. Look for a loop that never ends.");
    return text_dup(m);
}

static int protected_call(Sandbox *sb, int nargs, int nresults, long budget, char **err)
{
    lua_State *L = sb->L;
    start_budget(sb, budget);
    int status = lua_pcall(L, nargs, nresults, 0);
    lua_sethook(L, NULL, 0, 0);
    if (status == LUA_OK)
        return 0;
    *err = error_message(sb, status);
    lua_pop(L, 1);
    /* Let the next call start clean after a memory error. */
    sb->over_memory = false;
    return -1;
}

int sandbox_run(Sandbox *sb, const char *src, size_t len, const char *name, char **err)
{
    lua_State *L = sb->L;
    if (len > 0 && src[0] == LUA_SIGNATURE[0]) {
        *err = text_format("%s: this is compiled Lua, not a story. Beside reads story text "
                           "only.", name);
        return -1;
    }
    char *chunk = text_format("@%s", name);
    if (!chunk) {
        *err = text_dup("out of memory");
        return -1;
    }
    sb->over_memory = false;
    int status = luaL_loadbufferx(L, src, len, chunk, "t");
    free(chunk);
    if (status != LUA_OK) {
        *err = error_message(sb, status);
        lua_pop(L, 1);
        return -1;
    }
    return protected_call(sb, 0, 0, sb->load_budget, err);
}

int sandbox_call(Sandbox *sb, int nargs, int nresults, char **err)
{
    return protected_call(sb, nargs, nresults, sb->call_budget, err);
}
