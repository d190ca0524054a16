/* record.c — runs a data file in the sandbox with one word and copies each
 * call's table out as plain C (see record.h). Everything is read raw, so a
 * metatable on the table cannot run code behind the reader's back; every
 * copy is counted with sandbox_hold before it is made, so a failed hold
 * (which raises) never leaves memory that nothing owns. */
#include "script/record.h"

#include <stdlib.h>
#include <string.h>

#include <lauxlib.h>

#include "core/i18n.h"
#include "core/text.h"
#include "script/sandbox.h"

typedef struct {
    int max_calls;
    RecFile *out;
} Reading;

/* Zeroed memory for C to keep, counted against the cap first. */
static void *held(lua_State *L, size_t count, size_t size)
{
    if (count == 0)
        return NULL;
    sandbox_hold(L, count * size);
    void *p = calloc(count, size);
    if (!p)
        luaL_error(L, _("not enough memory"));
    return p;
}

static char *held_text(lua_State *L, int idx, size_t *len)
{
    const char *s = lua_tolstring(L, idx, len);
    char *copy = held(L, *len + 1, 1);
    memcpy(copy, s, *len + 1);
    return copy;
}

/* Whether the table at `idx` is a list (keys exactly 1..n); its length. */
static bool is_list(lua_State *L, int idx, int *n)
{
    idx = lua_absindex(L, idx);
    lua_Integer keys = 0;
    bool ok = true;
    lua_pushnil(L);
    while (lua_next(L, idx)) {
        lua_pop(L, 1);
        keys++;
        ok = ok && lua_isinteger(L, -1) && lua_tointeger(L, -1) >= 1;
    }
    sandbox_charge(L, (double)keys);
    *n = keys > 0x7fffffff ? 0x7fffffff : (int)keys;
    return ok && (lua_Integer)lua_rawlen(L, idx) == keys;
}

/* The value at `idx` into *v; lists are read one level deep when `deep`. */
static void read_value(lua_State *L, int idx, RecValue *v, bool deep)
{
    idx = lua_absindex(L, idx);
    int t = lua_type(L, idx);
    v->type_name = lua_typename(L, t);
    if (t == LUA_TSTRING) {
        v->type = REC_TEXT;
        v->text = held_text(L, idx, &v->len);
    } else if (t == LUA_TNUMBER && lua_isinteger(L, idx)) {
        v->type = REC_INTEGER;
        v->integer = (long long)lua_tointeger(L, idx);
    } else if (t == LUA_TTABLE && is_list(L, idx, &v->n_items)) {
        v->type = REC_LIST;
        if (!deep)
            return;
        int keep = v->n_items < REC_MAX_ITEMS ? v->n_items : REC_MAX_ITEMS;
        v->items = held(L, (size_t)keep, sizeof *v->items);
        for (int i = 0; i < keep; i++) {
            lua_rawgeti(L, idx, i + 1);
            read_value(L, -1, &v->items[i], false);
            v->n_kept = i + 1;
            lua_pop(L, 1);
        }
    } else {
        v->type = t == LUA_TTABLE ? REC_TABLE : REC_OTHER;
    }
}

static void read_fields(lua_State *L, RecCall *c)
{
    lua_Integer n = 0;
    lua_pushnil(L);
    while (lua_next(L, 1)) {
        lua_pop(L, 1);
        n++;
    }
    sandbox_charge(L, (double)n);
    c->n_fields = n > 0x7fffffff ? 0x7fffffff : (int)n;
    int keep = c->n_fields < REC_MAX_FIELDS ? c->n_fields : REC_MAX_FIELDS;
    c->fields = held(L, (size_t)keep, sizeof *c->fields);
    lua_pushnil(L);
    for (int i = 0; i < keep && lua_next(L, 1); i++) {
        RecField *f = &c->fields[i];
        c->n_kept = i + 1;
        if (lua_type(L, -2) == LUA_TSTRING) {
            f->key = held_text(L, -2, &f->key_len);
            read_value(L, -1, &f->value, true);
        }
        lua_pop(L, 1);
    }
    lua_settop(L, 1);
}

static int l_word(lua_State *L)
{
    Reading *r = lua_touserdata(L, lua_upvalueindex(1));
    RecFile *out = r->out;
    int seen = out->n_calls++;
    if (seen >= r->max_calls)
        return 0;
    lua_Debug ar;
    RecCall *c = &out->calls[seen];
    out->n_kept = seen + 1;
    c->line = lua_getstack(L, 1, &ar) && lua_getinfo(L, "l", &ar) && ar.currentline > 0
                  ? ar.currentline : 1;
    c->is_table = lua_istable(L, 1);
    if (!c->is_table)
        return 0;
    lua_settop(L, 1);
    read_fields(L, c);
    return 0;
}

int record_read(const char *word, const char *name, const char *src, size_t len,
                const SandboxLimits *limits, int max_calls, RecFile *out)
{
    memset(out, 0, sizeof *out);
    Reading r = {.max_calls = max_calls > 0 ? max_calls : 1, .out = out};
    Sandbox *sb = sandbox_new(limits);
    out->calls = calloc((size_t)r.max_calls, sizeof *out->calls);
    if (!sb || !out->calls) {
        sandbox_free(sb);
        out->error = text_dup(_("out of memory"));
        return -1;
    }
    sandbox_expose(sb, word, l_word, &r);
    char *err = NULL;
    int rc = sandbox_run(sb, src, len, name, &err);
    if (rc < 0) {
        out->error = err ? err : text_dup(_("out of memory"));
        out->stopped = sandbox_stopped_by(sb);
    }
    sandbox_free(sb);
    return rc < 0 ? -1 : 0;
}

static void free_value(RecValue *v)
{
    free(v->text);
    for (int i = 0; i < v->n_kept; i++)
        free_value(&v->items[i]);
    free(v->items);
}

void record_free(RecFile *f)
{
    if (!f)
        return;
    for (int i = 0; i < f->n_kept; i++) {
        RecCall *c = &f->calls[i];
        for (int k = 0; k < c->n_kept; k++) {
            free(c->fields[k].key);
            free_value(&c->fields[k].value);
        }
        free(c->fields);
    }
    free(f->calls);
    free(f->error);
    memset(f, 0, sizeof *f);
}

const RecValue *record_get(const RecCall *c, const char *key)
{
    for (int i = 0; i < c->n_kept; i++)
        if (c->fields[i].key && c->fields[i].key_len == strlen(key) &&
            strcmp(c->fields[i].key, key) == 0)
            return &c->fields[i].value;
    return NULL;
}
