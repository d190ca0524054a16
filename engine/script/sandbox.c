/* sandbox.c — the Lua state stories run in: allow-listed libraries, strict
 * globals, an instruction budget, a memory cap, bounded pattern matching. */
#include "sandbox.h"

#include <math.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <lauxlib.h>
#include <lualib.h>

#include "../core/text.h"

/* The instruction budget counts instructions, but one instruction can do
 * much work in C (s == t on two long texts, s .. t), and some library
 * functions loop in C without running any (table.move). So C functions that
 * loop charge their work to the budget (charge()), and a call also has a
 * time limit, which the hook checks every HOOK_EVERY instructions (few, so
 * that a run of slow instructions cannot overrun it by much) and the
 * allocator on big blocks. The time limit is only a backstop: a story within
 * its instruction budget finishes long before it, so play stays
 * deterministic. */
enum { HOOK_EVERY = 100, BIG_BLOCK = 1 << 20 };
static const double SECONDS_PER_INSTRUCTION = 20e-9, MIN_SECONDS = 1.0;

struct Sandbox {
    lua_State *L;
    size_t used, limit;
    bool over_memory;
    long budget;       /* instructions the current call may run */
    long spent;        /* instructions run, and work charged by C functions */
    int every;         /* instructions between two runs of the hook */
    double seconds;    /* the time limit of the current call */
    double deadline;   /* CLOCK_MONOTONIC seconds; 0 outside a call */
    bool out_of_time;
    bool exhausted;
    long load_budget, call_budget;
    int builtins_ref; /* registry ref to the table of protected names */
    char *chunk;      /* "@name" of the story file, as Lua knows it */
};

static Sandbox *get_sandbox(lua_State *L)
{
    return *(Sandbox **)lua_getextraspace(L);
}

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static void sb_hook(lua_State *L, lua_Debug *ar);

static void set_every(Sandbox *sb, int every)
{
    sb->every = every;
    lua_sethook(sb->L, sb_hook, LUA_MASKCOUNT, every);
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
    /* A big block means an instruction doing much work: past the deadline,
     * have the hook stop the script after this instruction. */
    if (p && nsize >= BIG_BLOCK && sb->deadline > 0 && !sb->exhausted && sb->every != 1 &&
        now() > sb->deadline)
        set_every(sb, 1);
    return p;
}

/* Raises the out-of-budget error, placed at the line of stack `level`. */
static int stop(lua_State *L, Sandbox *sb, int level)
{
    /* From now on every instruction fails, so a pcall or an error handler in
     * the script that catches this error gets no further than its next step. */
    if (!sb->exhausted) {
        sb->exhausted = true;
        set_every(sb, 1);
    }
    luaL_where(L, level);
    if (sb->out_of_time)
        lua_pushfstring(L, "%sthe script ran too long (more than %f seconds). Look for a loop "
                           "that never ends.", lua_tostring(L, -1), (lua_Number)sb->seconds);
    else
        lua_pushfstring(L, "%sthe script ran too long (more than %d million steps). Look for a "
                           "loop that never ends.", lua_tostring(L, -1),
                        (int)(sb->budget / 1000000));
    return lua_error(L);
}

static void sb_hook(lua_State *L, lua_Debug *ar)
{
    (void)ar;
    Sandbox *sb = get_sandbox(L);
    if (!sb->exhausted) {
        double t = now();
        sb->spent += sb->every;
        if (sb->spent <= sb->budget && t <= sb->deadline)
            return;
        sb->out_of_time = sb->spent <= sb->budget;
    }
    /* Level 0 in a hook is the Lua function running: the line of the loop. */
    stop(L, sb, 0);
}

/* Counts `work` steps a C function is about to do (elements moved, bytes
 * scanned) as that many instructions; raises the budget error, placed at
 * the calling line, when they do not fit. */
static void charge(lua_State *L, double work)
{
    Sandbox *sb = get_sandbox(L);
    if (!sb->exhausted) {
        if (work > (double)(sb->budget - sb->spent))
            sb->spent = sb->budget + 1;
        else
            sb->spent += (long)work;
        if (sb->spent <= sb->budget && now() <= sb->deadline)
            return;
        sb->out_of_time = sb->spent <= sb->budget;
    }
    stop(L, sb, 1);
}

static void start_budget(Sandbox *sb, long instructions)
{
    sb->seconds = (double)instructions * SECONDS_PER_INSTRUCTION;
    if (sb->seconds < MIN_SECONDS)
        sb->seconds = MIN_SECONDS;
    sb->budget = instructions;
    sb->spent = 0;
    sb->deadline = now() + sb->seconds;
    sb->out_of_time = false;
    sb->exhausted = false;
    sb->over_memory = false;
    set_every(sb, HOOK_EVERY);
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
    size_t len;
    const char *chunk = lua_tolstring(L, 1, &len);
    if (chunk && len > 0 && chunk[0] == LUA_SIGNATURE[0])
        return luaL_error(L, "load: this is compiled Lua, not text. A story can load only "
                             "text, so it cannot be used here.");
    if (chunk) /* compiling runs in C, out of the hook's sight: a few steps a byte */
        charge(L, 4.0 * (double)len);
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

static int l_setmetatable(lua_State *L)
{
    luaL_checktype(L, 1, LUA_TTABLE);
    int t = lua_type(L, 2);
    luaL_argexpected(L, t == LUA_TNIL || t == LUA_TTABLE, 2, "nil or table");
    lua_settop(L, 2);
    if (t == LUA_TTABLE) {
        /* Raw, as Lua reads metamethods. */
        lua_pushliteral(L, "__gc");
        if (lua_rawget(L, 2) != LUA_TNIL)
            return luaL_error(L, "stories cannot use __gc (code that runs when memory is "
                                 "freed). Remove it.");
        lua_pushliteral(L, "__mode");
        if (lua_rawget(L, 2) != LUA_TNIL)
            return luaL_error(L, "stories cannot use __mode (weak tables). Remove it.");
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
            return luaL_error(L, "cannot change a protected metatable");
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
    charge(L, fields);
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
    if (get_sandbox(L)->exhausted)
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
    charge(L, bytes); /* writing runs in C: a loop printing 100 MB is a loop */
    luaL_where(L, 1);
    fputs(lua_tostring(L, -1), stderr);
    for (int i = 1; i <= n; i++)
        fprintf(stderr, "%s%s", i > 1 ? "\t" : " ", lua_tostring(L, i));
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
            return luaL_error(L, "searching a text of %d characters for a text of %d "
                                 "characters could take too long. Search a shorter text, or "
                                 "for something shorter.", (int)slen, (int)plen);
        charge(L, (double)slen + cost / PATTERN_STEPS_PER_INSTRUCTION);
        return 0;
    }
    double cost = pattern_cost(p, plen, slen);
    if (cost > PATTERN_MAX_STEPS)
        return luaL_error(L, "the pattern '%s' could take too long on a text of %d "
                             "characters. Use fewer repeats (* + - %%b), a shorter text, or "
                             "plain search: string.find(text, word, 1, true).",
                          p, (int)slen);
    /* Many calls that each stay under the limit must still add up. */
    charge(L, (double)slen + cost / PATTERN_STEPS_PER_INSTRUCTION);
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
    if (status == LUA_ERRRUN && lua_type(L, -1) == LUA_TSTRING && !get_sandbox(L)->exhausted &&
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
    Sandbox *sb = get_sandbox(L);
    double bytes = (double)n * (double)(len + sep_len);
    if (n > 0 && bytes <= (double)(sb->limit - sb->used))
        charge(L, (double)n + bytes / 16.0);
    return call_original(L);
}

static int l_scan(lua_State *L)
{
    /* utf8.len, tonumber, rawequal...: a pass over each text given. */
    double work = 0;
    for (int i = 1; i <= lua_gettop(L); i++)
        if (lua_type(L, i) == LUA_TSTRING)
            work += (double)lua_rawlen(L, i);
    charge(L, work);
    return call_original(L);
}

/* The length table functions will loop to. A __len metamethod could give one
 * length to this check and another to the function, so it is refused. */
static lua_Integer table_length(lua_State *L, const char *what)
{
    luaL_checktype(L, 1, LUA_TTABLE);
    if (luaL_getmetafield(L, 1, "__len") != LUA_TNIL)
        luaL_error(L, "%s cannot be used on a table with a __len metamethod in a story.", what);
    return (lua_Integer)lua_rawlen(L, 1);
}

/* table.insert(t, pos, v) and table.remove(t, pos) move the items from pos
 * to the end; without pos they work at the end and move nothing. */
static int l_table_insert(lua_State *L)
{
    lua_Integer len = table_length(L, "table.insert");
    if (lua_gettop(L) == 3 && lua_isinteger(L, 2) && lua_tointeger(L, 2) <= len)
        charge(L, (double)len - (double)lua_tointeger(L, 2) + 1);
    return call_original(L);
}

static int l_table_remove(lua_State *L)
{
    lua_Integer len = table_length(L, "table.remove");
    if (lua_isinteger(L, 2) && lua_tointeger(L, 2) <= len)
        charge(L, (double)len - (double)lua_tointeger(L, 2) + 1);
    return call_original(L);
}

static int l_table_sort(lua_State *L)
{
    double n = (double)table_length(L, "table.sort");
    charge(L, n * log2(n + 2));
    return call_original(L);
}

static int l_table_concat(lua_State *L)
{
    lua_Integer len = table_length(L, "table.concat");
    lua_Integer i = luaL_optinteger(L, 3, 1), j = luaL_optinteger(L, 4, len);
    if (j >= i)
        charge(L, (double)j - (double)i + 1);
    return call_original(L);
}

static int l_table_range(lua_State *L)
{
    /* table.move(a, f, e, t) and table.unpack(a, f, e): items f to e. */
    lua_Integer f = luaL_optinteger(L, 2, 1);
    lua_Integer e = !lua_isnoneornil(L, 3) ? luaL_checkinteger(L, 3)
                    : lua_type(L, 1) == LUA_TTABLE ? (lua_Integer)lua_rawlen(L, 1) : 0;
    if (e >= f)
        charge(L, (double)e - (double)f + 1);
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
    lua_pushcfunction(L, l_setmetatable);
    lua_setfield(L, B, "setmetatable");
    lua_getfield(L, base, "xpcall");
    lua_pushcclosure(L, l_xpcall, 1);
    lua_setfield(L, B, "xpcall");
    wrap(L, B, "tonumber", l_scan);
    wrap(L, B, "rawequal", l_scan);
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
    wrap(L, str, "rep", l_rep);
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
    lua_pushnil(L);
    lua_setfield(L, -2, "random");
    lua_pushnil(L);
    lua_setfield(L, -2, "randomseed");
    lua_setfield(L, B, "math");
    luaL_requiref(L, "utf8", luaopen_utf8, 0);
    wrap(L, lua_gettop(L), "len", l_scan);
    wrap(L, lua_gettop(L), "offset", l_scan);
    wrap(L, lua_gettop(L), "codepoint", l_scan);
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
    free(sb->chunk);
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
    if (status == LUA_ERRMEM || (sb->over_memory && !sb->exhausted))
        return text_format("the story used more than %d MB of memory. Look for a loop that "
                           "builds a huge table or text.", (int)(sb->limit >> 20));
    /* Not lua_tostring on a number: converting needs memory, which the story
     * may have used up, and this runs outside any protected call. */
    char number[64];
    const char *m = lua_type(L, -1) == LUA_TSTRING ? lua_tostring(L, -1) : NULL;
    if (!m && lua_type(L, -1) == LUA_TNUMBER) {
        snprintf(number, sizeof number, "%.14g", (double)lua_tonumber(L, -1));
        m = number;
    }
    if (!m)
        m = luaL_typename(L, -1);
    if (strstr(m, "stack overflow") && !strstr(m, "stack overflow ("))
        return text_format("%s (a function calls itself without end?)", m);
    if (status == LUA_ERRERR && sb->exhausted)
        return text_format("the script ran too long. Look for a loop that never ends.");
    return text_dup(m);
}

/* The message handler of every call. An error raised where Lua knows no line
 * of the story file (in text given to load(), error("...", 0), error({}))
 * gets the line of the story file it came from. */
static int l_place_error(lua_State *L)
{
    Sandbox *sb = get_sandbox(L);
    lua_Debug ar;
    /* Only the nearest levels: lua_getstack walks from the top each time. */
    for (int level = 1; level < 64 && sb->chunk && lua_getstack(L, level, &ar); level++) {
        if (!lua_getinfo(L, "Sl", &ar) || ar.currentline <= 0 || strcmp(ar.source, sb->chunk) != 0)
            continue;
        const char *m = lua_type(L, 1) == LUA_TSTRING || lua_type(L, 1) == LUA_TNUMBER
                            ? lua_tostring(L, 1) : NULL;
        size_t n = strlen(ar.short_src);
        if (m && strncmp(m, ar.short_src, n) == 0 && m[n] == ':')
            return 1; /* placed already */
        if (m)
            lua_pushfstring(L, "%s:%d: %s", ar.short_src, ar.currentline, m);
        else
            lua_pushfstring(L, "%s:%d: error() was given a %s, not a message in quotes.",
                            ar.short_src, ar.currentline, luaL_typename(L, 1));
        return 1;
    }
    return 1;
}

static int protected_call(Sandbox *sb, int nargs, int nresults, long budget, char **err)
{
    lua_State *L = sb->L;
    int base = lua_gettop(L) - nargs; /* the function, where the handler goes */
    lua_pushcfunction(L, l_place_error);
    lua_insert(L, base);
    start_budget(sb, budget);
    int status = lua_pcall(L, nargs, nresults, base);
    lua_sethook(L, NULL, 0, 0);
    sb->deadline = 0;
    if (status == LUA_OK) {
        lua_remove(L, base);
        return 0;
    }
    *err = error_message(sb, status);
    lua_pop(L, 2);
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
    free(sb->chunk);
    sb->chunk = text_format("@%s", name);
    if (!sb->chunk) {
        *err = text_dup("out of memory");
        return -1;
    }
    sb->over_memory = false;
    int status = luaL_loadbufferx(L, src, len, sb->chunk, "t");
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
