/* sandbox_internal.h — shared by sandbox.c (the state, the budget) and
 * sandbox_lib.c (the library functions stories may use). Not for use
 * outside these two files. */
#ifndef BESIDE_SANDBOX_INTERNAL_H
#define BESIDE_SANDBOX_INTERNAL_H

#include <stdbool.h>
#include <stddef.h>

#include <lua.h>

#include "script/sandbox.h"

struct Sandbox {
    lua_State *L;
    size_t used, limit;
    size_t base_limit; /* the cap before a file's size is added (sandbox_run) */
    size_t held;       /* bytes C keeps for the story (sandbox_hold), within limit */
    bool over_memory;
    long budget;       /* instructions the current call may run */
    long spent;        /* instructions run, and work charged by C functions */
    long clock_spent;  /* spent when sandbox_charge last read the clock */
    int every;         /* instructions between two runs of the hook */
    double seconds;    /* the CPU time limit of the current call */
    double cpu_start;  /* the thread's CPU clock when the call began */
    double deadline;   /* CLOCK_MONOTONIC seconds before which the limit cannot
                        * have passed; 0 outside a call */
    bool out_of_time;
    bool exhausted;
    SandboxStop stopped; /* what error_message last put the failure down to */
    long load_budget, call_budget;
    int builtins_ref; /* registry ref to the table of protected names */
    char *chunk;      /* "@name" of the story file, as Lua knows it */
};

/* The sandbox a Lua state belongs to. */
Sandbox *sandbox_of(lua_State *L);


/* Opens the allowed libraries and puts what stories may use into the table
 * at stack index `builtins`: the base functions without dofile, loadfile,
 * collectgarbage and warn; string without dump; table; math without random;
 * utf8 — with the wrappers that keep their work inside the budget. */
void sandbox_open_libs(lua_State *L, int builtins);

#endif
