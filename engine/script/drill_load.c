/* drill_load.c — the drill "id" { } word: Spot it items read from a file run
 * in the story sandbox, checked field by field with file:line messages. */
#include "script/drill_load.h"

#include <stdlib.h>
#include <string.h>

#include <lauxlib.h>

#include "core/i18n.h"
#include "core/text.h"
#include "script/dsl_internal.h"
#include "script/loader.h"

const char *const drill_fields[] = {
    "relationship", "couple", "difficulty", "idea", "situation", "response", "kind",
    "because", "form", NULL,
};
/* Fields every item has; couple only for partners, form only for the check. */
static const char *const required[] = {
    "relationship", "difficulty", "idea", "situation", "response", "kind", "because", NULL,
};
enum { MAX_TEXT = 2000, MAX_PROBLEMS = 200 };

typedef struct {
    const char *name; /* the file, in messages */
    const char *src;  /* its text, to find the line of a field */
    DrillBank *bank;
    DiagList *diags;
    int errors;
    /* The item being read. Lua errors (a budget, the memory cap) jump out of
     * the reader half-way, so what it has copied is kept here, where the
     * loader frees it, and never only on the C stack. */
    DrillBank pending;
} DrillCtx;

static void problem(DrillCtx *c, int line, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
static void problem(DrillCtx *c, int line, const char *fmt, ...)
{
    if (c->errors++ >= MAX_PROBLEMS)
        return;
    va_list ap;
    va_start(ap, fmt);
    diag_addv(c->diags, DIAG_ERROR, c->name, line, fmt, ap);
    va_end(ap);
}

/* The line of `field = ` inside the item that starts at `line`: Lua reports
 * only the line of the word, and authors want the line of the mistake. */
static int field_line(const DrillCtx *c, int line, const char *field)
{
    const char *p = c->src;
    for (int l = 1; p && l < line; l++) {
        p = strchr(p, '\n');
        p = p ? p + 1 : NULL;
    }
    size_t n = strlen(field);
    for (int l = line; p && *p; l++) {
        const char *q = p;
        while (*q == ' ' || *q == '\t')
            q++;
        if (l > line && strncmp(q, "drill", 5) == 0)
            break;
        if (strncmp(q, field, n) == 0) {
            const char *r = q + n;
            while (*r == ' ' || *r == '\t')
                r++;
            if (*r == '=')
                return l;
        }
        p = strchr(p, '\n');
        p = p ? p + 1 : NULL;
    }
    return line;
}

/* Field `field` of the item table (at 1) as clean text, or NULL (reported
 * when it is there but not text). */
static char *get_text(DrillCtx *c, lua_State *L, const char *id, int line, const char *field)
{
    char *out = NULL;
    int t = dsl_field(L, 1, field);
    if (t == LUA_TSTRING) {
        size_t n;
        const char *s = lua_tolstring(L, -1, &n);
        sandbox_charge(L, (double)n);
        DslTextFault fault;
        out = dsl_clean_text(s, n, MAX_TEXT, &fault);
        int fl = field_line(c, line, field);
        if (out && (fault.control >= 0 || fault.bad_utf8 || fault.cut || !*out)) {
            if (!*out)
                problem(c, fl, _("item '%s': %s is empty. Write the text."), id, field);
            else if (fault.cut)
                problem(c, fl, _("item '%s': %s is too long. Keep an item short: a few "
                                 "sentences."), id, field);
            else
                problem(c, fl, _("item '%s': %s is not plain UTF-8 text. Remove control "
                                 "characters and save the file as UTF-8."), id, field);
            free(out);
            out = NULL;
        }
    } else if (t != LUA_TNIL) {
        problem(c, field_line(c, line, field), _("item '%s': %s must be text in quotes, like "
                "%s = \"...\"."), id, field, field);
    }
    lua_pop(L, 1);
    return out;
}

static void check_fields(DrillCtx *c, lua_State *L, const char *id, int line)
{
    int n = 0;
    while (drill_fields[n])
        n++;
    lua_pushnil(L);
    while (lua_next(L, 1)) {
        lua_pop(L, 1);
        sandbox_charge(L, 1.0);
        if (lua_type(L, -1) != LUA_TSTRING) {
            problem(c, line, _("item '%s' takes named fields only (name = value); remove the "
                    "item without a name."), id);
            continue;
        }
        const char *key = lua_tostring(L, -1);
        bool ok = false;
        for (int i = 0; i < n; i++)
            ok |= strcmp(drill_fields[i], key) == 0;
        if (ok)
            continue;
        const char *guess = text_suggest(key, drill_fields, n);
        int fl = field_line(c, line, key);
        if (guess)
            problem(c, fl, _("item '%s' has a field '%s' that Beside does not know. Did you mean "
                    "'%s'?"), id, key, guess);
        else
            problem(c, fl, _("item '%s' has a field '%s' that Beside does not know. An item has: "
                    "relationship, couple, difficulty, idea, situation, response, kind, "
                    "because, form."), id, key);
    }
    for (int i = 0; required[i]; i++) {
        bool has = dsl_field(L, 1, required[i]) != LUA_TNIL;
        lua_pop(L, 1);
        if (!has)
            problem(c, line, _("item '%s' needs %s. Every item has relationship, difficulty, "
                    "idea, situation, response, kind and because."), id, required[i]);
    }
}

/* One of `names` in a field, with a did-you-mean when it is none of them. */
static int get_choice(DrillCtx *c, lua_State *L, const DrillItem *it, const char *field,
                      const char *const *names, int n, const char *list)
{
    char *v = get_text(c, L, it->id, it->line, field);
    if (!v)
        return -1;
    for (int i = 0; i < n; i++)
        if (strcmp(names[i], v) == 0) {
            free(v);
            return i;
        }
    const char *guess = text_suggest(v, names, n);
    int fl = field_line(c, it->line, field);
    if (guess)
        problem(c, fl, _("item '%s': %s = \"%s\" is not one Beside knows. Did you mean \"%s\"?"),
                it->id, field, v, guess);
    else
        problem(c, fl, _("item '%s': %s = \"%s\" is not one Beside knows. Use one of: %s."),
                it->id, field, v, list);
    free(v);
    return -1;
}

static void read_numbers(DrillCtx *c, lua_State *L, DrillItem *it, int *bad)
{
    int t = dsl_field(L, 1, "difficulty");
    if (t != LUA_TNIL) {
        lua_Integer d = lua_isinteger(L, -1) ? lua_tointeger(L, -1) : 0;
        if (d < DRILL_MIN_DIFFICULTY || d > DRILL_MAX_DIFFICULTY) {
            problem(c, field_line(c, it->line, "difficulty"), _("item '%s': difficulty is 1 "
                    "(easy), 2 (medium) or 3 (subtle), written without quotes."), it->id);
            (*bad)++;
        } else {
            it->difficulty = (int)d;
        }
    }
    lua_pop(L, 1);
    char *form = get_text(c, L, it->id, it->line, "form");
    if (form && (strcmp(form, "A") == 0 || strcmp(form, "B") == 0)) {
        it->form = form[0];
    } else if (form) {
        problem(c, field_line(c, it->line, "form"), _("item '%s': form is \"A\" or \"B\" (the "
                "two check forms); leave it out for a practice item."), it->id);
        (*bad)++;
    }
    free(form);
}

static void read_kinds(DrillCtx *c, lua_State *L, DrillItem *it, int *bad)
{
    const char *kinds[KIND_COUNT];
    for (int k = 0; k < KIND_COUNT; k++)
        kinds[k] = story_kind_name((ChoiceKind)k);
    const char *rels[DRILL_REL_COUNT];
    for (int r = 0; r < DRILL_REL_COUNT; r++)
        rels[r] = drill_relationship_name((DrillRelationship)r);
    int k = get_choice(c, L, it, "kind", kinds, KIND_COUNT, "rescue, support, boundary, "
                       "self_care, neutral, it_depends, hurtful");
    int r = get_choice(c, L, it, "relationship", rels, DRILL_REL_COUNT, "partners, friends, "
                       "parents-and-adult-children, siblings, parent-and-teen, coworkers");
    *bad += (k < 0) + (r < 0);
    it->kind = k < 0 ? KIND_NEUTRAL : (ChoiceKind)k;
    it->relationship = r < 0 ? DRILL_PARTNERS : (DrillRelationship)r;
    static const char *const couples[] = {"same-sex", "different-sex"};
    bool has_couple = dsl_field(L, 1, "couple") != LUA_TNIL;
    lua_pop(L, 1);
    if (r == DRILL_PARTNERS && !has_couple) {
        problem(c, it->line, _("item '%s' is about partners, so it needs couple = \"same-sex\" "
                "or couple = \"different-sex\"."), it->id);
        (*bad)++;
    } else if (r >= 0 && r != DRILL_PARTNERS && has_couple) {
        problem(c, field_line(c, it->line, "couple"), _("item '%s': couple is only for "
                "relationship = \"partners\"; remove it."), it->id);
        (*bad)++;
    } else if (has_couple) {
        int cp = get_choice(c, L, it, "couple", couples, 2, "same-sex, different-sex");
        if (cp < 0)
            (*bad)++;
        else
            it->couple = text_dup(couples[cp]);
    }
}

static int l_drill_body(lua_State *L)
{
    DrillCtx *c = lua_touserdata(L, lua_upvalueindex(1));
    const char *id = lua_tostring(L, lua_upvalueindex(2));
    int line = (int)lua_tointeger(L, lua_upvalueindex(3));
    if (!lua_istable(L, 1)) {
        problem(c, line, _("drill \"%s\" needs { } with its fields after the id: drill \"%s\" { "
                "relationship = \"friends\", ... }."), id, id);
        return 0;
    }
    lua_settop(L, 1);
    int before = c->errors;
    check_fields(c, L, id, line);
    drill_bank_free(&c->pending); /* what a stopped read left */
    DrillItem blank = {.line = line};
    if (drill_bank_add(&c->pending, &blank) < 0)
        return luaL_error(L, _("out of memory"));
    DrillItem *it = &c->pending.items[0];
    it->id = text_dup(id);
    it->file = text_dup(c->name);
    int bad = 0;
    read_numbers(c, L, it, &bad);
    read_kinds(c, L, it, &bad);
    it->idea = get_text(c, L, id, line, "idea");
    it->situation = get_text(c, L, id, line, "situation");
    it->response = get_text(c, L, id, line, "response");
    it->because = get_text(c, L, id, line, "because");
    sandbox_hold(L, sizeof *it + 1024);
    if (c->errors > before || bad || !it->id || !it->file || !it->idea || !it->situation ||
        !it->response || !it->because || !it->difficulty) {
        drill_bank_free(&c->pending); /* frees the strings */
        return 0;
    }
    DrillItem done = *it;
    c->pending.count = 0; /* its strings now go to the bank */
    if (drill_bank_add(c->bank, &done) < 0) /* which then frees its strings */
        return luaL_error(L, _("out of memory"));
    return 0;
}

static int l_ignore(lua_State *L)
{
    (void)L;
    return 0;
}

static int l_drill(lua_State *L)
{
    DrillCtx *c = lua_touserdata(L, lua_upvalueindex(1));
    int line = dsl_caller_line(L);
    size_t n = 0;
    const char *id = lua_type(L, 1) == LUA_TSTRING ? lua_tolstring(L, 1, &n) : NULL;
    sandbox_charge(L, 1.0 + (double)(n > DSL_MAX_ECHO ? DSL_MAX_ECHO : n));
    if (!id || n > DSL_MAX_NAME || strlen(id) != n || !dsl_valid_id(id)) {
        char echo[DSL_MAX_ECHO + 8];
        if (id)
            problem(c, line, _("drill needs its id in quotes before the { }, using letters, "
                               "digits, - and _ (at most 64), like drill \"friends-031\" { ... }. "
                               "This one is \"%s\"."), dsl_echo(id, n, echo, sizeof echo));
        else
            problem(c, line, _("drill needs its id in quotes before the { }, using letters, "
                               "digits, - and _ (at most 64), like drill \"friends-031\" { ... }."));
        lua_pushcfunction(L, l_ignore); /* swallow the { } that follows */
        return 1;
    }
    lua_pushlightuserdata(L, c);
    lua_pushvalue(L, 1);
    lua_pushinteger(L, line);
    lua_pushcclosure(L, l_drill_body, 3);
    return 1;
}

static void add_lua_error(DrillCtx *c, const char *msg)
{
    int line;
    const char *rest = diag_split_location(msg, c->name, &line);
    problem(c, line, _("%s Check this line: text in quotes, a comma after each field, and { } "
            "closed."), rest);
}

int drill_load_text(const char *name, const char *src, size_t len, DrillBank *bank,
                    DiagList *diags)
{
    DrillCtx c = {.name = name, .src = src, .bank = bank, .diags = diags};
    SandboxLimits lim = {.memory_limit = 64u << 20};
    Sandbox *sb = sandbox_new(&lim);
    if (!sb) {
        diag_add(diags, DIAG_ERROR, name, 0, _("out of memory"));
        return 1;
    }
    sandbox_expose(sb, "drill", l_drill, &c);
    char *err = NULL;
    if (sandbox_run(sb, src, len, name, &err) < 0)
        add_lua_error(&c, err ? err : _("out of memory"));
    free(err);
    sandbox_free(sb);
    drill_bank_free(&c.pending);
    if (c.errors > MAX_PROBLEMS)
        diag_add(diags, DIAG_ERROR, name, 0, _("more than %d problems; Beside stops listing them "
                 "here. Fix these first."), MAX_PROBLEMS);
    return c.errors;
}

int drill_load_file(const char *path, DrillBank *bank, DiagList *diags)
{
    size_t len;
    char *err = NULL;
    char *src = loader_read_file(path, LOADER_MAX_FILE, &len, &err);
    if (!src) {
        loader_read_problem(diags, path, err);
        free(err);
        return 1;
    }
    int errors = drill_load_text(path, src, len, bank, diags);
    free(src);
    return errors;
}
