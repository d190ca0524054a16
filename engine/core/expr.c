/* expr.c — compiling and evaluating condition text.
 *
 * Grammar (lowest precedence first):
 *   or    := and { "or" and }
 *   and   := not { "and" not }
 *   not   := "not" not | cmp
 *   cmp   := sum [ ("<" | "<=" | ">" | ">=" | "==" | "~=" | "!=") sum ]
 *   sum   := atom { ("+" | "-") atom }
 *   atom  := NUMBER | NAME | "true" | "false" | "(" or ")"
 * Meters are numbers, flags are true/false; mixing them up is a compile error
 * with a hint, so an author learns at `check` time, not in play.
 * The result is a small postfix program run on a fixed stack. */
#include "core/expr.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "core/i18n.h"
#include "core/runtime.h"
#include "core/story.h"
#include "core/text.h"

typedef enum {
    OP_CONST, OP_METER, OP_FLAG, OP_NOT, OP_AND, OP_OR,
    OP_LT, OP_LE, OP_GT, OP_GE, OP_EQ, OP_NE, OP_ADD, OP_SUB,
} OpCode;

typedef struct {
    uint8_t op;
    int32_t arg;
} Op;

enum { EXPR_MAX_OPS = 64, EXPR_STACK = 64 };

struct Expr {
    int n;
    Op ops[];
};

typedef enum { T_NUM, T_BOOL } Type;

typedef struct {
    const Story *story;
    const char *src;
    const char *p;
    Op ops[EXPR_MAX_OPS];
    int n;
    int depth;
    char *err;
} Parser;

static void fail(Parser *ps, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void fail(Parser *ps, const char *fmt, ...)
{
    if (ps->err)
        return;
    va_list ap;
    va_start(ap, fmt);
    ps->err = text_vformat(fmt, ap);
    va_end(ap);
    if (!ps->err)
        ps->err = text_dup(_("out of memory"));
}

static void emit(Parser *ps, OpCode op, int32_t arg)
{
    if (ps->n == EXPR_MAX_OPS) {
        fail(ps, _("the condition is too long. Split it, or use a function."));
        return;
    }
    ps->ops[ps->n].op = (uint8_t)op;
    ps->ops[ps->n].arg = arg;
    ps->n++;
}

static void skip_space(Parser *ps)
{
    while (isspace((unsigned char)*ps->p))
        ps->p++;
}

/* Reads a word if one starts here; returns its length (0 if none). */
static size_t peek_word(Parser *ps)
{
    skip_space(ps);
    const char *q = ps->p;
    if (!(isalpha((unsigned char)*q) || *q == '_'))
        return 0;
    while (isalnum((unsigned char)*q) || *q == '_')
        q++;
    return (size_t)(q - ps->p);
}

static bool accept_word(Parser *ps, const char *w)
{
    size_t n = peek_word(ps);
    if (n == strlen(w) && strncmp(ps->p, w, n) == 0) {
        ps->p += n;
        return true;
    }
    return false;
}

static bool accept(Parser *ps, const char *tok)
{
    skip_space(ps);
    size_t n = strlen(tok);
    if (strncmp(ps->p, tok, n) == 0) {
        ps->p += n;
        return true;
    }
    return false;
}

static Type parse_or(Parser *ps);

static void unknown_name(Parser *ps, const char *name)
{
    const Story *s = ps->story;
    const char *names[STORY_MAX_METERS + STORY_MAX_FLAGS];
    int n = 0;
    for (int i = 0; i < s->n_meters; i++)
        names[n++] = s->meters[i].name;
    for (int i = 0; i < s->n_flags; i++)
        names[n++] = s->flags[i];
    const char *guess = text_suggest(name, names, n);
    if (guess)
        fail(ps, _("'%s' is not a meter or a flag. Did you mean '%s'?"), name, guess);
    else
        fail(ps, _("'%s' is not a meter or a flag. Flags come from set = \"%s\" on a choice; "
                 "meters are declared in scenario { meters = { ... } }."), name, name);
}

static Type parse_atom(Parser *ps)
{
    skip_space(ps);
    if (ps->err || ++ps->depth > 32) {
        fail(ps, _("the condition is nested too deeply."));
        return T_BOOL;
    }
    Type t = T_BOOL;
    if (accept(ps, "(")) {
        t = parse_or(ps);
        if (!accept(ps, ")"))
            fail(ps, _("a '(' is never closed. Add ')' where the group ends."));
    } else if (isdigit((unsigned char)*ps->p)) {
        long v = 0;
        while (isdigit((unsigned char)*ps->p)) {
            v = v * 10 + (*ps->p++ - '0');
            if (v > 100000)
                v = 100000;
        }
        emit(ps, OP_CONST, (int32_t)v);
        t = T_NUM;
    } else if (peek_word(ps)) {
        size_t n = peek_word(ps);
        char name[65];
        if (n > 64)
            n = 64;
        memcpy(name, ps->p, n);
        name[n] = '\0';
        ps->p += n;
        int i;
        if (strcmp(name, "true") == 0 || strcmp(name, "false") == 0) {
            emit(ps, OP_CONST, name[0] == 't');
        } else if (strcmp(name, "and") == 0 || strcmp(name, "or") == 0 || strcmp(name, "not") == 0) {
            fail(ps, _("'%s' needs something on each side, like: growth > 40 %s lent_money."),
                 name, name);
        } else if ((i = story_find_meter(ps->story, name)) >= 0) {
            emit(ps, OP_METER, i);
            t = T_NUM;
        } else if ((i = story_find_flag(ps->story, name)) >= 0) {
            emit(ps, OP_FLAG, i);
        } else {
            unknown_name(ps, name);
        }
    } else if (*ps->p == '\0') {
        fail(ps, _("the condition ends too soon. Finish it, like: resentment > 50."));
    } else if (*ps->p == '=' ) {
        fail(ps, _("to test if two things are equal write '==', not '='."));
    } else if (*ps->p == '&' || *ps->p == '|' || *ps->p == '!') {
        fail(ps, _("write the words 'and', 'or', 'not' instead of '%c'."), *ps->p);
    } else {
        fail(ps, _("Beside does not understand '%c' here. Conditions use meter names, flag "
                 "names, numbers, comparisons (< <= > >= == ~=) and the words and, or, not."),
             *ps->p);
    }
    ps->depth--;
    return t;
}

static Type parse_sum(Parser *ps)
{
    Type t = parse_atom(ps);
    for (;;) {
        OpCode op;
        skip_space(ps);
        if (*ps->p == '+')
            op = OP_ADD;
        else if (*ps->p == '-')
            op = OP_SUB;
        else
            return t;
        ps->p++;
        Type u = parse_atom(ps);
        if (t != T_NUM || u != T_NUM)
            fail(ps, _("'+' and '-' work on meters and numbers, not on flags."));
        emit(ps, op, 0);
        t = T_NUM;
    }
}

static Type parse_cmp(Parser *ps)
{
    Type t = parse_sum(ps);
    static const struct { const char *tok; OpCode op; } cmps[] = {
        {"<=", OP_LE}, {">=", OP_GE}, {"==", OP_EQ}, {"~=", OP_NE}, {"!=", OP_NE},
        {"<", OP_LT},  {">", OP_GT},
    };
    skip_space(ps);
    if (ps->p[0] == '=' && (ps->p[1] == '>' || ps->p[1] == '<')) {
        fail(ps, _("write '%c=' (the '=' comes second), not '=%c'."), ps->p[1], ps->p[1]);
        return T_BOOL;
    }
    if (ps->p[0] == '=' && ps->p[1] != '=') {
        fail(ps, _("to test if two things are equal write '==', not '='."));
        return T_BOOL;
    }
    for (size_t i = 0; i < sizeof cmps / sizeof cmps[0]; i++) {
        if (accept(ps, cmps[i].tok)) {
            Type u = parse_sum(ps);
            if (cmps[i].op != OP_EQ && cmps[i].op != OP_NE && (t != T_NUM || u != T_NUM))
                fail(ps, _("'%s' compares numbers; a flag is only true or false. Write the flag "
                         "alone, or 'not' and the flag."), cmps[i].tok);
            else if (t != u)
                fail(ps, _("one side of '%s' is a number and the other is true/false."),
                     cmps[i].tok);
            emit(ps, cmps[i].op, 0);
            return T_BOOL;
        }
    }
    return t;
}

static Type parse_not(Parser *ps)
{
    if (accept_word(ps, "not")) {
        /* Each 'not' nests a call: bound it as parse_atom bounds brackets. */
        if (ps->err || ++ps->depth > 32) {
            fail(ps, _("the condition is nested too deeply."));
            return T_BOOL;
        }
        if (parse_not(ps) != T_BOOL)
            fail(ps, _("'not' goes before a flag or a comparison, like: not lent_money."));
        ps->depth--;
        emit(ps, OP_NOT, 0);
        return T_BOOL;
    }
    return parse_cmp(ps);
}

static void need_bool(Parser *ps, Type t, const char *word)
{
    if (t != T_BOOL)
        fail(ps, _("a meter alone is a number, not true or false. Compare it next to '%s', like: "
                 "growth >= 50."), word);
}

static Type parse_and(Parser *ps)
{
    Type t = parse_not(ps);
    while (accept_word(ps, "and")) {
        need_bool(ps, t, "and");
        need_bool(ps, parse_not(ps), "and");
        emit(ps, OP_AND, 0);
        t = T_BOOL;
    }
    return t;
}

static Type parse_or(Parser *ps)
{
    Type t = parse_and(ps);
    while (accept_word(ps, "or")) {
        need_bool(ps, t, "or");
        need_bool(ps, parse_and(ps), "or");
        emit(ps, OP_OR, 0);
        t = T_BOOL;
    }
    return t;
}

Expr *expr_compile(const Story *s, const char *src, char **err)
{
    Parser ps = {.story = s, .src = src, .p = src};
    *err = NULL;
    Type t = parse_or(&ps);
    skip_space(&ps);
    if (!ps.err && (*ps.p == '&' || *ps.p == '|')) /* "a && b": the C habit, between two parts */
        fail(&ps, _("write the words 'and', 'or', 'not' instead of '%.*s'."),
             ps.p[1] == ps.p[0] ? 2 : 1, ps.p);
    if (!ps.err && *ps.p)
        fail(&ps, _("Beside could not read the condition from '%s' on. Join conditions with "
                  "'and' or 'or'."), ps.p);
    if (!ps.err && t != T_BOOL)
        fail(&ps, _("a meter alone is a number, not true or false. Compare it, like: "
                    "growth >= 50."));
    if (ps.err) {
        *err = ps.err;
        return NULL;
    }
    Expr *e = malloc(sizeof *e + (size_t)ps.n * sizeof(Op));
    if (!e) {
        *err = text_dup(_("out of memory"));
        return NULL;
    }
    e->n = ps.n;
    memcpy(e->ops, ps.ops, (size_t)ps.n * sizeof(Op));
    return e;
}

bool expr_eval(const Expr *e, const Position *p)
{
    int32_t st[EXPR_STACK];
    int sp = 0;
    for (int i = 0; i < e->n; i++) {
        const Op *o = &e->ops[i];
        int32_t a, b;
        switch ((OpCode)o->op) {
        case OP_CONST: st[sp++] = o->arg; break;
        case OP_METER: st[sp++] = p->meters[o->arg]; break;
        case OP_FLAG: st[sp++] = position_flag(p, o->arg); break;
        case OP_NOT: st[sp - 1] = !st[sp - 1]; break;
        default:
            b = st[--sp];
            a = st[sp - 1];
            switch ((OpCode)o->op) {
            case OP_AND: a = a && b; break;
            case OP_OR: a = a || b; break;
            case OP_LT: a = a < b; break;
            case OP_LE: a = a <= b; break;
            case OP_GT: a = a > b; break;
            case OP_GE: a = a >= b; break;
            case OP_EQ: a = a == b; break;
            case OP_NE: a = a != b; break;
            case OP_ADD: a = a + b; break;
            case OP_SUB: a = a - b; break;
            default: break;
            }
            st[sp - 1] = a;
        }
    }
    return sp > 0 && st[sp - 1] != 0;
}

void expr_each_flag(const Expr *e, void (*fn)(void *ud, int flag), void *ud)
{
    for (int i = 0; i < e->n; i++)
        if (e->ops[i].op == OP_FLAG)
            fn(ud, e->ops[i].arg);
}

void expr_free(Expr *e)
{
    free(e);
}
