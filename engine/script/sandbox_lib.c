/* sandbox_lib.c — the library functions stories may use: the allow-list,
 * and wrappers that keep work done in C (patterns, table moves, long texts,
 * printing) inside the budget, so no single call can hang the game. */
#include <math.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <lauxlib.h>
#include <lualib.h>

#include "core/i18n.h"
#include "script/sandbox_internal.h"

/* ---- Wrapped base functions ---- */

/* load(reader): each piece the story's reader gives is compiled in C, so
 * it is charged as a text given to load is. */
static int l_load_piece(lua_State *L)
{
    lua_pushvalue(L, lua_upvalueindex(1));
    lua_call(L, 0, 1);
    if (lua_type(L, -1) == LUA_TSTRING)
        sandbox_charge(L, 4.0 * (double)lua_rawlen(L, -1));
    return 1;
}

static int l_load(lua_State *L)
{
    if (lua_type(L, 1) == LUA_TFUNCTION) {
        lua_pushvalue(L, 1);
        lua_pushcclosure(L, l_load_piece, 1);
        lua_replace(L, 1);
    }
    /* load(chunk [, name [, mode [, env]]]) with mode forced to text. */
    int n = lua_gettop(L);
    size_t len;
    const char *chunk = lua_tolstring(L, 1, &len);
    if (chunk && len > 0 && chunk[0] == LUA_SIGNATURE[0])
        return luaL_error(L, _("load: this is compiled Lua, not text. A story can load only "
                             "text, so it cannot be used here."));
    if (chunk) /* compiling runs in C, out of the hook's sight: a few steps a byte */
        sandbox_charge(L, 4.0 * (double)len);
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

/* A metatable as the story wrote it stays the story's to change, and Lua
 * reads __mode from it whenever it collects: rawset(mt, "__mode", "k") after
 * setmetatable would still make weak-keyed tables, whose collection can take
 * time quadratic in their number, inside the collector, where no hook runs.
 * So an object gets a copy of its metatable made at setmetatable, which the
 * story never sees: getmetatable gives back the story's own table (the
 * copy's __metatable), and changing that table later changes nothing. */
static const char ORIGINAL = 'O'; /* the copy's key for the story's table */

/* The events Lua looks up in a metatable. Each handler must be a function
 * the story wrote (a Lua function, which the count hook sees run), or for
 * __index and __newindex a table (Lua follows a chain of those at most 2,000
 * deep). A C function or a table as __call, __lt, __concat... runs in C: a
 * table that is its own __call makes Lua retry the call in C without end,
 * where no hook can stop it. */
static const char *const events[] = {
    "__index", "__newindex", "__len", "__eq", "__add", "__sub", "__mul", "__mod", "__pow",
    "__div", "__idiv", "__band", "__bor", "__bxor", "__shl", "__shr", "__unm", "__bnot",
    "__lt", "__le", "__concat", "__call", "__close", "__tostring", "__pairs", NULL,
};

/* The error for metamethod `event` set to a value of type `et` that a story
 * may not use there; `table_ok`: a table would do too. */
static int bad_metamethod(lua_State *L, const char *event, bool table_ok, int et)
{
    if (et == LUA_TFUNCTION)
        return luaL_error(L, table_ok ? _("setmetatable: %s must be a function written in the "
                                          "story or a table, not a built-in function.")
                                      : _("setmetatable: %s must be a function written in the "
                                          "story, not a built-in function."), event);
    return luaL_error(L, table_ok ? _("setmetatable: %s must be a function written in the story "
                                      "or a table, not a %s.")
                                  : _("setmetatable: %s must be a function written in the story, "
                                      "not a %s."), event, lua_typename(L, et));
}

static int l_setmetatable(lua_State *L)
{
    /* Named here: raised from a wrapper, luaL_checktype would say '?'. */
    if (lua_type(L, 1) != LUA_TTABLE)
        return luaL_error(L, "bad argument #1 to 'setmetatable' (table expected, got %s)",
                          luaL_typename(L, 1));
    int t = lua_type(L, 2);
    if (t != LUA_TNIL && t != LUA_TTABLE)
        return luaL_error(L, "bad argument #2 to 'setmetatable' (nil or table expected, got %s)",
                          luaL_typename(L, 2));
    lua_settop(L, 2);
    if (t == LUA_TTABLE) {
        for (int i = 0; events[i]; i++) {
            lua_pushstring(L, events[i]);
            int et = lua_rawget(L, 2);
            bool table_ok = i < 2; /* __index, __newindex */
            bool ok = et == LUA_TNIL || (et == LUA_TFUNCTION && !lua_iscfunction(L, -1)) ||
                      (et == LUA_TTABLE && table_ok);
            lua_pop(L, 1);
            if (!ok)
                return bad_metamethod(L, events[i], table_ok, et);
        }
        /* Raw, as Lua reads metamethods. */
        lua_pushliteral(L, "__gc");
        if (lua_rawget(L, 2) != LUA_TNIL)
            return luaL_error(L, _("stories cannot use __gc (code that runs when memory is "
                                 "freed). Remove it."));
        lua_pushliteral(L, "__mode");
        if (lua_rawget(L, 2) != LUA_TNIL)
            return luaL_error(L, _("stories cannot use __mode (weak tables). Remove it."));
        lua_settop(L, 2);
    }
    if (lua_getmetatable(L, 1)) {
        /* Protected by the story (or by Beside), as Lua's own setmetatable checks. */
        if (lua_rawgetp(L, 3, &ORIGINAL) == LUA_TTABLE)
            lua_replace(L, 3);
        else
            lua_pop(L, 1);
        lua_pushliteral(L, "__metatable");
        if (lua_rawget(L, 3) != LUA_TNIL)
            return luaL_error(L, _("cannot change a protected metatable"));
        lua_settop(L, 2);
    }
    if (t == LUA_TNIL) {
        lua_setmetatable(L, 1);
        return 1;
    }
    lua_newtable(L);
    double fields = 0;
    lua_pushnil(L);
    while (lua_next(L, 2)) {
        lua_pushvalue(L, -2);
        lua_insert(L, -2);
        lua_rawset(L, 3);
        fields++;
    }
    sandbox_charge(L, fields);
    lua_pushliteral(L, "__metatable");
    if (lua_rawget(L, 3) == LUA_TNIL) {
        lua_pushliteral(L, "__metatable");
        lua_pushvalue(L, 2);
        lua_rawset(L, 3);
    }
    lua_pop(L, 1);
    lua_pushvalue(L, 2);
    lua_rawsetp(L, 3, &ORIGINAL);
    lua_setmetatable(L, 1);
    lua_settop(L, 1);
    return 1;
}

/* The message handler of xpcall runs inside the error. When the error is
 * the budget running out, it is raised from the count hook, and Lua runs no
 * hooks inside a hook: a handler that loops would never be stopped. So the
 * story's handler runs only while there is budget left; after that the
 * error goes through as it is. */
static int l_xpcall_handler(lua_State *L)
{
    if (sandbox_of(L)->exhausted)
        return 1;
    lua_pushvalue(L, lua_upvalueindex(1));
    lua_insert(L, 1);
    lua_call(L, lua_gettop(L) - 1, 1);
    return 1;
}

static int l_xpcall(lua_State *L)
{
    luaL_checkany(L, 2);
    lua_pushvalue(L, 2);
    lua_pushcclosure(L, l_xpcall_handler, 1);
    lua_replace(L, 2);
    lua_pushvalue(L, lua_upvalueindex(1));
    lua_insert(L, 1);
    lua_call(L, lua_gettop(L) - 1, LUA_MULTRET);
    return lua_gettop(L);
}

static int l_print(lua_State *L)
{
    /* Goes to stderr with the place it came from, so authors can trace. */
    int n = lua_gettop(L);
    double bytes = 0;
    for (int i = 1; i <= n; i++) {
        luaL_tolstring(L, i, NULL);
        lua_replace(L, i);
        bytes += (double)lua_rawlen(L, i);
    }
    sandbox_charge(L, bytes); /* writing runs in C: a loop printing 100 MB is a loop */
    luaL_where(L, 1);
    fputs(lua_tostring(L, -1), stderr);
    /* stderr is often a terminal: no control character reaches it. */
    for (int i = 1; i <= n; i++) {
        size_t len;
        const unsigned char *t = (const unsigned char *)lua_tolstring(L, i, &len);
        fputs(i > 1 ? "\t" : " ", stderr);
        for (size_t k = 0; k < len; k++)
            if (t[k] >= 0x20 && t[k] != 0x7F && !(t[k] == 0xC2 && k + 1 < len && t[k + 1] < 0xA0))
                fputc(t[k], stderr);
            else if (t[k] == '\n' || t[k] == '\t')
                fputc(t[k], stderr);
    }
    fputc('\n', stderr);
    return 0;
}

/* ---- Bounded patterns ----
 * Lua's matcher backtracks; with k repeating items it can take about n^(k+1)
 * steps on a text of n bytes, all inside C where the instruction hook cannot
 * stop it. So we estimate that bound before matching and refuse patterns that
 * could run too long on the text they are given. */

enum { PATTERN_MAX_STEPS = 20000000, PATTERN_STEPS_PER_INSTRUCTION = 16 };

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
    if (plain_arg && lua_toboolean(L, plain_arg)) {
        /* Plain search compares the word at each place in the text. */
        double cost = (double)slen * (double)plen;
        if (cost > PATTERN_MAX_STEPS)
            return luaL_error(L, _("searching a text of %d characters for a text of %d "
                                 "characters could take too long. Search a shorter text, or "
                                 "for something shorter."), (int)slen, (int)plen);
        sandbox_charge(L, (double)slen + cost / PATTERN_STEPS_PER_INSTRUCTION);
        return 0;
    }
    double cost = pattern_cost(p, plen, slen);
    if (cost > PATTERN_MAX_STEPS)
        return luaL_error(L, _("the pattern '%s' could take too long on a text of %d "
                             "characters. Use fewer repeats (* + - %%b), a shorter text, or "
                             "plain search: string.find(text, word, 1, true)."),
                          p, (int)slen);
    /* Many calls that each stay under the limit must still add up. */
    sandbox_charge(L, (double)slen + cost / PATTERN_STEPS_PER_INSTRUCTION);
    return 0;
}

/* True when the message starts with a place, "name:12:". */
static bool has_place(const char *m)
{
    for (const char *c = strchr(m, ':'); c; c = strchr(c + 1, ':')) {
        const char *d = c + 1;
        while (*d >= '0' && *d <= '9')
            d++;
        if (d > c + 1 && *d == ':')
            return true;
    }
    return false;
}

/* Calls the original function (upvalue 1) with the arguments. An error the
 * original raises takes its place and its function name from its caller,
 * which is the wrapper, in C: so it would name no line and "'?'". Both are
 * put back, from the story's line. */
static int call_original(lua_State *L)
{
    lua_pushvalue(L, lua_upvalueindex(1));
    lua_insert(L, 1);
    int status = lua_pcall(L, lua_gettop(L) - 1, LUA_MULTRET, 0);
    if (status == LUA_OK)
        return lua_gettop(L);
    if (status == LUA_ERRRUN && lua_type(L, -1) == LUA_TSTRING && !sandbox_of(L)->exhausted &&
        !has_place(lua_tostring(L, -1))) {
        lua_Debug ar;
        if (lua_getstack(L, 0, &ar) && lua_getinfo(L, "n", &ar) && ar.name) {
            lua_pushfstring(L, "to '%s'", ar.name);
            luaL_gsub(L, lua_tostring(L, -2), "to '?'", lua_tostring(L, -1));
            lua_replace(L, -3);
            lua_pop(L, 1);
        }
        luaL_where(L, 1);
        lua_insert(L, -2);
        lua_concat(L, 2);
    }
    return lua_error(L);
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

/* ---- Other functions that loop in C ----
 * Each charges its work to the budget before calling the original (its
 * upvalue), so a loop of calls runs out of budget like a loop of steps. */

static int l_rep(lua_State *L)
{
    size_t len, sep_len = 0;
    luaL_checklstring(L, 1, &len);
    lua_Integer n = luaL_checkinteger(L, 2);
    luaL_optlstring(L, 3, "", &sep_len);
    /* string.rep("", 1e15) copies nothing, 1e15 times. A text too big for
     * the memory left is not charged: it fails on its own, saying so. */
    Sandbox *sb = sandbox_of(L);
    double bytes = (double)n * (double)(len + sep_len);
    size_t taken = sb->used + sb->held;
    if (n > 0 && bytes <= (double)(sb->limit > taken ? sb->limit - taken : 0))
        sandbox_charge(L, (double)n + bytes / 16.0);
    return call_original(L);
}

static int l_scan(lua_State *L)
{
    /* utf8.len, tonumber, string.packsize, string.upper...: a step for the
     * call and each argument, and a pass over each text given. Every C
     * function a story can reach is charged so, also when it is called from
     * C (as table.sort's comparator, string.gsub's replacement). */
    double work = 1 + lua_gettop(L);
    for (int i = 1; i <= lua_gettop(L); i++)
        if (lua_type(L, i) == LUA_TSTRING)
            work += (double)lua_rawlen(L, i);
    sandbox_charge(L, work);
    return call_original(L);
}

/* string.format: each directive can write up to a few hundred bytes
 * ("%99.99f" of 1e308), so a long format is charged for what it may write,
 * and every text it copies for its length. */
enum { FORMAT_BYTES_PER_CHAR = 64 };

static int l_format(lua_State *L)
{
    size_t flen;
    luaL_checklstring(L, 1, &flen);
    double work = 1 + lua_gettop(L) + (double)flen * FORMAT_BYTES_PER_CHAR;
    for (int i = 2; i <= lua_gettop(L); i++)
        if (lua_type(L, i) == LUA_TSTRING)
            work += (double)lua_rawlen(L, i);
    sandbox_charge(L, work / 4);
    return call_original(L);
}

/* The length table functions will loop to. A __len metamethod could give one
 * length to this check and another to the function, so it is refused. */
static lua_Integer table_length(lua_State *L, const char *what)
{
    luaL_checktype(L, 1, LUA_TTABLE);
    if (luaL_getmetafield(L, 1, "__len") != LUA_TNIL)
        luaL_error(L, _("%s cannot be used on a table with a __len metamethod in a story."), what);
    return (lua_Integer)lua_rawlen(L, 1);
}

/* table.insert(t, pos, v) and table.remove(t, pos) move the items from pos
 * to the end; without pos they work at the end and move nothing. */
static int l_table_insert(lua_State *L)
{
    lua_Integer len = table_length(L, "table.insert");
    if (lua_gettop(L) == 3 && lua_isinteger(L, 2) && lua_tointeger(L, 2) <= len)
        sandbox_charge(L, (double)len - (double)lua_tointeger(L, 2) + 1);
    return call_original(L);
}

static int l_table_remove(lua_State *L)
{
    lua_Integer len = table_length(L, "table.remove");
    if (lua_isinteger(L, 2) && lua_tointeger(L, 2) <= len)
        sandbox_charge(L, (double)len - (double)lua_tointeger(L, 2) + 1);
    return call_original(L);
}

static int l_table_sort(lua_State *L)
{
    double n = (double)table_length(L, "table.sort");
    sandbox_charge(L, n * log2(n + 2));
    return call_original(L);
}

static int l_table_concat(lua_State *L)
{
    lua_Integer len = table_length(L, "table.concat");
    lua_Integer i = luaL_optinteger(L, 3, 1), j = luaL_optinteger(L, 4, len);
    if (j >= i)
        sandbox_charge(L, (double)j - (double)i + 1);
    return call_original(L);
}

static int l_table_range(lua_State *L)
{
    /* table.move(a, f, e, t) and table.unpack(a, f, e): items f to e. */
    lua_Integer f = luaL_optinteger(L, 2, 1);
    lua_Integer e = !lua_isnoneornil(L, 3) ? luaL_checkinteger(L, 3)
                    : lua_type(L, 1) == LUA_TTABLE ? (lua_Integer)lua_rawlen(L, 1) : 0;
    if (e >= f)
        sandbox_charge(L, (double)e - (double)f + 1);
    return call_original(L);
}

static void wrap(lua_State *L, int table, const char *name, lua_CFunction fn)
{
    lua_getfield(L, table, name);
    lua_pushcclosure(L, fn, 1);
    lua_setfield(L, table, name);
}

static int l_no_random(lua_State *L)
{
    return luaL_error(L, _("stories cannot use random numbers. Beside stories are the same every "
                         "time, so a player who goes back and tries again compares choices, not "
                         "luck."));
}

static int l_no_dump(lua_State *L)
{
    return luaL_error(L, _("string.dump is not available in stories."));
}


static void copy_fields(lua_State *L, int from, int to, const char *const *names)
{
    for (; *names; names++) {
        lua_getfield(L, from, *names);
        lua_setfield(L, to, *names);
    }
}

void sandbox_open_libs(lua_State *L, int B)
{
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
    lua_pushcfunction(L, l_setmetatable);
    lua_setfield(L, B, "setmetatable");
    lua_getfield(L, base, "xpcall");
    lua_pushcclosure(L, l_xpcall, 1);
    lua_setfield(L, B, "xpcall");
    wrap(L, B, "tonumber", l_scan);
    wrap(L, B, "rawequal", l_scan);
    wrap(L, B, "tostring", l_scan);
    wrap(L, B, "select", l_scan);
    wrap(L, B, "rawlen", l_scan);
    lua_pushcfunction(L, l_print);
    lua_setfield(L, B, "print");
    lua_pop(L, 1);

    luaL_requiref(L, "string", luaopen_string, 0);
    int str = lua_gettop(L);
    lua_pushcfunction(L, l_no_dump);
    lua_setfield(L, str, "dump");
    wrap(L, str, "find", l_find);
    wrap(L, str, "match", l_pattern);
    wrap(L, str, "gmatch", l_pattern);
    wrap(L, str, "gsub", l_pattern);
    wrap(L, str, "rep", l_rep);
    wrap(L, str, "format", l_format);
    static const char *const scanned[] = {
        "byte", "char", "len", "lower", "upper", "reverse", "sub", "pack", "packsize", "unpack",
        NULL,
    };
    for (int i = 0; scanned[i]; i++)
        wrap(L, str, scanned[i], l_scan);
    lua_setfield(L, B, "string");
    /* Hide the strings' metatable: getmetatable("") gives false, not the table. */
    lua_pushliteral(L, "");
    lua_getmetatable(L, -1);
    lua_pushboolean(L, 0);
    lua_setfield(L, -2, "__metatable");
    lua_pop(L, 2);

    luaL_requiref(L, "table", luaopen_table, 0);
    wrap(L, lua_gettop(L), "insert", l_table_insert);
    wrap(L, lua_gettop(L), "remove", l_table_remove);
    wrap(L, lua_gettop(L), "sort", l_table_sort);
    wrap(L, lua_gettop(L), "concat", l_table_concat);
    wrap(L, lua_gettop(L), "move", l_table_range);
    wrap(L, lua_gettop(L), "unpack", l_table_range);
    lua_setfield(L, B, "table");
    luaL_requiref(L, "math", luaopen_math, 0);
    lua_pushcfunction(L, l_no_random);
    lua_setfield(L, -2, "random");
    lua_pushcfunction(L, l_no_random);
    lua_setfield(L, -2, "randomseed");
    wrap(L, lua_gettop(L), "max", l_scan);
    wrap(L, lua_gettop(L), "min", l_scan);
    wrap(L, lua_gettop(L), "tointeger", l_scan);
    lua_setfield(L, B, "math");
    luaL_requiref(L, "utf8", luaopen_utf8, 0);
    wrap(L, lua_gettop(L), "len", l_scan);
    wrap(L, lua_gettop(L), "offset", l_scan);
    wrap(L, lua_gettop(L), "codepoint", l_scan);
    wrap(L, lua_gettop(L), "char", l_scan);
    lua_setfield(L, B, "utf8");
}
