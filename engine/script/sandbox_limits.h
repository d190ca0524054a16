/* sandbox_limits.h — how much a sandbox lets a script use. Apart from
 * sandbox.h so that code outside engine/script (which reads data files
 * through script/record.h) sets limits without seeing Lua's headers. */
#ifndef BESIDE_SANDBOX_LIMITS_H
#define BESIDE_SANDBOX_LIMITS_H

#include <stddef.h>

typedef struct {
    size_t memory_limit;  /* bytes; 0: 128 MiB (loading adds 4 a byte of file) */
    long load_budget;     /* instructions to run the file; 0: 50 million (plus 2
                           * a byte of file, sandbox_run) */
    long call_budget;     /* instructions per function call in play; 0: 2 million */
} SandboxLimits;

/* Which limit stopped the last run or call, if one did: so a caller can
 * add its own advice without reading the message, which is in the
 * player's language. */
typedef enum {
    SANDBOX_STOPPED_NOT,     /* it ran to its end, or stopped for another reason */
    SANDBOX_STOPPED_MEMORY,  /* it used more memory than memory_limit */
    SANDBOX_STOPPED_TIME,    /* it ran out of instructions or CPU time */
} SandboxStop;

#endif
