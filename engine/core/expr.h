/* expr.h — conditions written as text: "resentment >= 40 and not lent_money".
 * Names are the story's meters (numbers) and flags (true/false). */
#ifndef BESIDE_EXPR_H
#define BESIDE_EXPR_H

#include <stdbool.h>

typedef struct Expr Expr;
typedef struct Story Story;
typedef struct Position Position;

/* Compiles `src` against the story's meter and flag names. On failure returns
 * NULL and sets *err to a malloc'd message saying what to write instead. */
Expr *expr_compile(const Story *s, const char *src, char **err);
bool expr_eval(const Expr *e, const Position *p);
/* Calls fn for each flag the expression reads (for lint). */
void expr_each_flag(const Expr *e, void (*fn)(void *ud, int flag), void *ud);
void expr_free(Expr *e);

#endif
