/* sandbox.c — the Lua state stories run in: strict globals, an instruction
 * budget, a time backstop and a memory cap. The library functions stories
 * may use are in sandbox_lib.c. */
#include "script/sandbox.h"

#include <math.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <lauxlib.h>
#include <lualib.h>

#include "core/diag.h"
#include "core/i18n.h"
#include "core/text.h"
#include "script/sandbox_internal.h"
#include "script/source_text.h"

/* The instruction budget counts instructions, but one instruction can do
 * much work in C (s == t on two long texts, s .. t), and some library
 * functions loop in C without running any (table.move). So C functions that
 * loop charge their work to the budget (charge()), the allocator charges
 * every big block by its size (so s .. t in a loop is counted too), and a
 * call also has a time limit: a backstop for the little that cannot be
 * counted (comparing two long texts). The hook checks it every HOOK_EVERY
 * instructions (few, so that a run of slow instructions cannot overrun it by
 * much), the allocator on big blocks.
 *
 * The time limit is CPU time, not time on the clock: a busy computer gives a
 * story less of each second, not less work, so the same file loads or fails
 * the same way however busy the computer is. It is set far above what the
 * budget needs (a step costs about 25 ns of CPU; the limit allows
 * SECONDS_PER_INSTRUCTION, and never less than MIN_SECONDS), so a story
 * within its budget never meets it, and play stays deterministic. The wall
 * clock is read every hook because it is cheap; the CPU clock (a system
 * call) only once the wall clock says the limit could have passed. */
enum { HOOK_EVERY = 100, BIG_BLOCK = 1 << 16, BYTES_PER_STEP = 16 };
/* What each byte of a file adds to the limits of loading it (see
 * sandbox_run). */
enum { LOAD_STEPS_PER_BYTE = 2, MEMORY_PER_BYTE = 4 };
/* Sanitizer builds run several times slower; their time backstop is longer
 * by the same factor (BESIDE_SLOW_BUILD, set by CMake), so that the budget
 * and memory cap, not the clock, still stop a story there as they do in a
 * normal build. */
#ifndef BESIDE_SLOW_BUILD
#define BESIDE_SLOW_BUILD 1
#endif
static const double SECONDS_PER_INSTRUCTION = 100e-9 * BESIDE_SLOW_BUILD,
                    MIN_SECONDS = 2.0 * BESIDE_SLOW_BUILD;

/* struct Sandbox is in sandbox_internal.h. */

Sandbox *sandbox_of(lua_State *L)
{
    return *(Sandbox **)lua_getextraspace(L);
}

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static double cpu_now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* Whether the call has used up its CPU time. `t` is now(). The CPU time
 * used cannot pass the limit sooner than the clock does, so until the
 * clock reaches sb->deadline there is nothing to ask; after, the deadline
 * moves on by the CPU time still left. */
static bool out_of_time(Sandbox *sb, double t)
{
    if (t <= sb->deadline)
        return false;
    double left = sb->seconds - (cpu_now() - sb->cpu_start);
    if (left <= 0)
        return true;
    sb->deadline = t + left;
    return false;
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
    if (nsize > old && sb->used + sb->held - old + nsize > sb->limit) {
        sb->over_memory = true;
        return NULL;
    }
    void *p = realloc(ptr, nsize);
    if (p)
        sb->used = sb->used - old + nsize;
    /* A big block means an instruction doing much work (s .. t): it is
     * charged by its size, and past the budget or the time limit the hook
     * stops the script after this instruction (an error cannot be raised
     * in here). */
    if (p && nsize >= BIG_BLOCK && sb->deadline > 0 && !sb->exhausted) {
        sb->spent += (long)(nsize / BYTES_PER_STEP);
        if (sb->every != 1 && (sb->spent > sb->budget || out_of_time(sb, now())))
            set_every(sb, 1);
    }
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
        lua_pushfstring(L, _("%sthe script ran too long (more than %d seconds). Look for a loop "
                           "that never ends."), lua_tostring(L, -1), (int)(sb->seconds + 0.5));
    else
        lua_pushfstring(L, _("%sthe script ran too long (more than %d million steps). Look for a "
                           "loop that never ends."), lua_tostring(L, -1),
                        (int)(sb->budget / 1000000));
    return lua_error(L);
}

static void sb_hook(lua_State *L, lua_Debug *ar)
{
    (void)ar;
    Sandbox *sb = sandbox_of(L);
    if (!sb->exhausted) {
        sb->spent += sb->every;
        if (sb->spent <= sb->budget && !out_of_time(sb, now()))
            return;
        sb->out_of_time = sb->spent <= sb->budget;
    }
    /* Level 0 in a hook is the Lua function running: the line of the loop. */
    stop(L, sb, 0);
}

/* Counts `work` steps a C function is about to do (elements moved, bytes
 * scanned) as that many instructions; raises the budget error, placed at
 * the calling line, when they do not fit. */
void sandbox_charge(lua_State *L, double work)
{
    Sandbox *sb = sandbox_of(L);
    if (!sb->exhausted) {
        if (work > (double)(sb->budget - sb->spent))
            sb->spent = sb->budget + 1;
        else
            sb->spent += (long)work;
        /* The clock is read once per HOOK_EVERY steps charged, as often as
         * the hook reads it: a scene's fields charge a few steps each, and
         * reading the clock for every one was 3% of loading a big story. */
        if (sb->spent <= sb->budget && sb->spent - sb->clock_spent < HOOK_EVERY)
            return;
        sb->clock_spent = sb->spent;
        if (sb->spent <= sb->budget && !out_of_time(sb, now()))
            return;
        sb->out_of_time = sb->spent <= sb->budget;
    }
    stop(L, sb, 1);
}

void sandbox_hold(lua_State *L, size_t bytes)
{
    Sandbox *sb = sandbox_of(L);
    if (bytes > sb->limit || sb->used + sb->held + bytes > sb->limit) {
        sb->over_memory = true;
        luaL_error(L, _("not enough memory"));
    }
    sb->held += bytes;
}

static void start_budget(Sandbox *sb, long instructions)
{
    sb->seconds = (double)instructions * SECONDS_PER_INSTRUCTION;
    if (sb->seconds < MIN_SECONDS)
        sb->seconds = MIN_SECONDS;
    sb->budget = instructions;
    sb->spent = sb->clock_spent = 0;
    sb->cpu_start = cpu_now();
    sb->deadline = now() + sb->seconds;
    sb->out_of_time = false;
    sb->exhausted = false;
    sb->over_memory = false;
    sb->stopped = SANDBOX_STOPPED_NOT;
    set_every(sb, HOOK_EVERY);
}

/* ---- Strict globals ---- */

static int l_globals_index(lua_State *L)
{
    /* (globals, key) */
    Sandbox *sb = sandbox_of(L);
    lua_rawgeti(L, LUA_REGISTRYINDEX, sb->builtins_ref);
    lua_pushvalue(L, 2);
    if (lua_rawget(L, -2) != LUA_TNIL)
        return 1;
    if (lua_type(L, 2) != LUA_TSTRING)
        return luaL_error(L, _("a name must be text"));
    /* The message quotes the name: a long one is work (and memory). */
    sandbox_charge(L, (double)lua_rawlen(L, 2));
    const char *name = lua_tostring(L, 2);
    const char *names[256];
    int n = sandbox_names(sb, names, 256);
    const char *guess = text_suggest(name, names, n);
    /* self-care reads as self - care: the first half is the name Lua asks for. */
    size_t len = strlen(name);
    for (int i = 0; !guess && len > 0 && i < n; i++)
        if (strncmp(names[i], name, len) == 0 && names[i][len] == '_')
            return luaL_error(L, _("'%s' is not a word Beside knows. Did you mean '%s'? Words "
                              "are joined with _ (%s), not with - or a space."), name, names[i],
                              names[i]);
    if (guess)
        return luaL_error(L, _("'%s' is not a word Beside knows. Did you mean '%s'?"), name, guess);
    return luaL_error(L, _("'%s' is not a word Beside knows. If it is text, put it in quotes: "
                         "\"%s\". If it is your own variable, give it a value first."), name, name);
}

static int l_globals_newindex(lua_State *L)
{
    Sandbox *sb = sandbox_of(L);
    lua_rawgeti(L, LUA_REGISTRYINDEX, sb->builtins_ref);
    lua_pushvalue(L, 2);
    if (lua_rawget(L, -2) != LUA_TNIL)
        return luaL_error(L, _("'%s' is a word Beside uses; pick another name for your own "
                             "variable."), lua_tostring(L, 2));
    lua_settop(L, 3);
    lua_rawset(L, 1);
    return 0;
}

/* ---- Building the state ---- */

static int open_all(lua_State *L)
{
    Sandbox *sb = sandbox_of(L);
    lua_newtable(L); /* builtins: index 1 */
    int B = lua_gettop(L);

    sandbox_open_libs(L, B);

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
    sb->base_limit = sb->limit;
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

SandboxStop sandbox_stopped_by(const Sandbox *sb)
{
    return sb->stopped;
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
    sb->stopped = sb->exhausted ? SANDBOX_STOPPED_TIME : SANDBOX_STOPPED_NOT;
    if (status == LUA_ERRMEM || (sb->over_memory && !sb->exhausted)) {
        sb->stopped = SANDBOX_STOPPED_MEMORY;
        return text_format(_("the story used more than %d MB of memory. Look for a loop that "
                           "builds a huge table or text."), (int)(sb->limit >> 20));
    }
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
    /* The message may be the story's own text (error("...")): it goes to a
     * terminal and into the problem list, so it is cut to what a message
     * can show, and its control characters are taken out. */
    char shown[DIAG_MAX_MESSAGE + 8];
    snprintf(shown, sizeof shown, "%s", m);
    text_strip_controls(shown);
    m = shown;
    if (strstr(m, "stack overflow") && !strstr(m, "stack overflow ("))
        return text_format(_("%s (a function calls itself without end?)"), m);
    if (status == LUA_ERRERR && sb->exhausted)
        return text_format(_("the script ran too long. Look for a loop that never ends."));
    return text_dup(m);
}

/* The message handler of every call. An error raised where Lua knows no line
 * of the story file (in text given to load(), error("...", 0), error({}))
 * gets the line of the story file it came from. */
static int l_place_error(lua_State *L)
{
    Sandbox *sb = sandbox_of(L);
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
            lua_pushfstring(L, _("%s:%d: error() was given a %s, not a message in quotes."),
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
        *err = text_dup(_("this is compiled Lua, not a story. Beside reads story text only."));
        return -1;
    }
    free(sb->chunk);
    sb->chunk = text_format("@%s", name);
    if (!sb->chunk) {
        *err = text_dup(_("out of memory"));
        return -1;
    }
    sb->over_memory = false;
    /* A bigger file needs more to load: its limits grow with it, by more
     * than a story written out plainly uses (about 0.6 steps and 3.5 bytes
     * of memory per byte of file), so a file's size alone never stops it. */
    sb->limit = sb->base_limit + MEMORY_PER_BYTE * len;
    long budget = sb->load_budget + LOAD_STEPS_PER_BYTE * (long)len;
    size_t bom = source_bom(src, len); /* UTF-8 all the same: skip it */
    int status = luaL_loadbufferx(L, src + bom, len - bom, sb->chunk, "t");
    if (status != LUA_OK) {
        *err = error_message(sb, status);
        lua_pop(L, 1);
        char *clear = status == LUA_ERRSYNTAX && *err ? source_explain_byte(*err, src, len) : NULL;
        if (clear) {
            free(*err);
            *err = clear;
        }
        return -1;
    }
    return protected_call(sb, 0, 0, budget, err);
}

int sandbox_call(Sandbox *sb, int nargs, int nresults, char **err)
{
    return protected_call(sb, nargs, nresults, sb->call_budget, err);
}
