/* sandbox.h — a Lua state safe for running story files from strangers.
 *
 * What a script can reach is an allow-list: the base library without dofile,
 * loadfile, collectgarbage, print-to-stdout or warn; string (without dump, and
 * with pattern functions refused when they could take too long), table, math
 * (without random: stories are deterministic) and utf8. No io, os, package,
 * require, debug or coroutine. Chunks load as text only. The string metatable
 * is hidden; setmetatable refuses __gc, __mode and any metamethod that is not
 * a function the story wrote (or a table, for __index and __newindex), so no
 * metamethod runs in C out of the hook's sight. Reading a name that was never defined
 * is an error with a did-you-mean. Every call runs under an instruction budget
 * that a pcall or an xpcall handler inside the script cannot swallow (library
 * functions count their work against it by the size of their input, big
 * blocks are charged by their size, and a limit of a few seconds of CPU
 * time backs it up), and all memory comes from an allocator with a cap,
 * which also counts what C keeps for the story (sandbox_hold). Loading a
 * file raises the budget and the cap by its size. docs/SECURITY.md has
 * every limit. */
#ifndef BESIDE_SANDBOX_H
#define BESIDE_SANDBOX_H

#include <stddef.h>

#include <lua.h>

#include "script/sandbox_limits.h"

typedef struct Sandbox Sandbox;

/* A fresh sandbox. NULL when memory runs out. */
Sandbox *sandbox_new(const SandboxLimits *limits);
void sandbox_free(Sandbox *sb);
lua_State *sandbox_state(Sandbox *sb);

/* Makes `name` (a C function) reachable from scripts and protected from being
 * overwritten, like the built-in words. Leaves the stack as it was. */
void sandbox_expose(Sandbox *sb, const char *name, lua_CFunction fn, void *upvalue);
/* The names scripts can read, for did-you-mean suggestions. */
int sandbox_names(Sandbox *sb, const char **out, int max);

/* Loads `len` bytes of text as a chunk called `name` (shown in messages as the
 * file name) and runs it under the load budget plus 2 steps a byte, the
 * memory cap raised to its base plus 4 bytes a byte (so a file's size alone
 * never stops it, and the same file loads the same way on any computer). Returns 0; or -1 with *err set
 * to a malloc'd message beginning "name:line:" where a line is known. */
int sandbox_run(Sandbox *sb, const char *src, size_t len, const char *name, char **err);
/* Which limit stopped the last sandbox_run or sandbox_call, if one did. */
SandboxStop sandbox_stopped_by(const Sandbox *sb);

/* Calls the function below `nargs` arguments on the stack, like lua_pcall,
 * under the call budget. Returns 0; or -1 with *err set and nothing pushed. */
int sandbox_call(Sandbox *sb, int nargs, int nresults, char **err);

/* For C functions a script calls (the story words, the library wrappers).
 * sandbox_charge counts `work` steps the function is about to do (bytes
 * scanned, items read) as that many instructions; it raises the budget
 * error, placed at the calling line, when they do not fit or the deadline
 * has passed. sandbox_hold counts `bytes` that C keeps for the story (copies
 * of its texts and ids, its scenes) against the memory cap, as if the script
 * had allocated them; it raises the out-of-memory error when they do not
 * fit. Both only inside a call the sandbox runs. */
void sandbox_charge(lua_State *L, double work);
void sandbox_hold(lua_State *L, size_t bytes);

/* Memory in use by the state, in bytes. */
size_t sandbox_memory(const Sandbox *sb);

#endif
