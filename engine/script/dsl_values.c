/* dsl_values.c — reading the values inside a story's blocks: text,
 * conditions, effects, flags, routes, delayed effects, choices (field names:
 * dsl_fields.c; meters: dsl_meters.c). */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include <lauxlib.h>

#include "core/i18n.h"
#include "core/text.h"
#include "core/utf8.h"
#include "script/dsl_internal.h"

const char *const dsl_choice_fields[] = {
    "because", "effects", "next", "set", "clear", "when", "later", "reacts", NULL,
};
const char *const dsl_later_fields[] = {"after", "effects", "says", NULL};

const char *dsl_echo(const char *s, size_t n, char *buf, size_t size)
{
    size_t w = 0, i = 0;
    while (i < n && w + 8 < size) {
        size_t len = 0;
        long cp = utf8_decode((const unsigned char *)s + i, n - i, &len);
        if (cp < 0x20 || cp == 0x7F || (cp >= 0x80 && cp <= 0x9F)) {
            buf[w++] = '?'; /* a control character or broken UTF-8: never echoed */
            i += len ? len : 1;
            continue;
        }
        memcpy(buf + w, s + i, len);
        w += len;
        i += len;
    }
    if (i < n) {
        memcpy(buf + w, "\xE2\x80\xA6", 3); /* "…": cut here */
        w += 3;
    }
    buf[w] = '\0';
    return buf;
}

/* The length of s, counted no further than DSL_MAX_NAME + 1: a name that
 * long is refused anyway, and a 50 MB one is not read to its end. */
static size_t name_len(const char *s)
{
    size_t n = 0;
    while (n <= DSL_MAX_NAME && s[n])
        n++;
    return n;
}

bool dsl_valid_id(const char *s)
{
    if (!*s || name_len(s) > DSL_MAX_NAME)
        return false;
    for (; *s; s++)
        if (!(isalnum((unsigned char)*s) || *s == '-' || *s == '_'))
            return false;
    return true;
}

bool dsl_valid_name(const char *s)
{
    if (name_len(s) > DSL_MAX_NAME || !(isalpha((unsigned char)*s) || *s == '_'))
        return false;
    for (s++; *s; s++)
        if (!(isalnum((unsigned char)*s) || *s == '_'))
            return false;
    return true;
}

/* The end of a terminal control sequence that starts at s[i] (ESC, or a C1
 * control already decoded as `cp` of `len` bytes): CSI runs to its final
 * byte; OSC, DCS, SOS, PM and APC run to BEL or the string terminator. */
static size_t sequence_end(const unsigned char *s, size_t n, size_t i, long cp, size_t len)
{
    size_t j = i + len;
    int kind = 0; /* 1: CSI, 2: a string */
    if (cp == 0x1B && j < n) {
        unsigned char d = s[j];
        if (d == '[')
            kind = 1, j++;
        else if (d == ']' || d == 'P' || d == 'X' || d == '^' || d == '_')
            kind = 2, j++;
        else if (d >= 0x20 && d <= 0x7E)
            return j + 1; /* a two-byte escape, like ESC c (reset) */
    } else if (cp == 0x9B) {
        kind = 1;
    } else if (cp == 0x9D || cp == 0x90 || cp == 0x98 || cp == 0x9E || cp == 0x9F) {
        kind = 2;
    }
    if (kind == 1) {
        while (j < n && s[j] >= 0x20 && s[j] <= 0x3F)
            j++;
        if (j < n && s[j] >= 0x40 && s[j] <= 0x7E)
            j++;
    } else if (kind == 2) {
        while (j < n) {
            if (s[j] == 0x07)
                return j + 1;
            if (s[j] == 0x1B && j + 1 < n && s[j + 1] == '\\')
                return j + 2;
            if (s[j] == 0xC2 && j + 1 < n && s[j + 1] == 0x9C)
                return j + 2;
            j++;
        }
    }
    return j;
}

/* Whether the text is as cleaning would leave it, which most story text
 * is: words of printable characters (valid UTF-8, no control character)
 * with one space between them and none at either end. */
static bool already_clean(const unsigned char *s, size_t n)
{
    if (n == 0 || s[0] == ' ' || s[n - 1] == ' ')
        return false;
    for (size_t i = 0; i < n;) {
        unsigned char ch = s[i];
        if (ch > 0x20 && ch < 0x7F) {
            i++;
        } else if (ch == ' ') {
            if (s[i + 1] == ' ') /* the last byte is not a space */
                return false;
            i++;
        } else if (ch < 0x80) {
            return false; /* a line break, a tab, a control character */
        } else {
            size_t len = 1;
            long cp = utf8_decode(s + i, n - i, &len);
            if (cp < 0 || cp <= 0x9F)
                return false; /* not UTF-8, or a C1 control character */
            i += len;
        }
    }
    return true;
}

char *dsl_clean_text(const char *text, size_t n, size_t max, DslTextFault *fault)
{
    const unsigned char *s = (const unsigned char *)text;
    TextBuf b = {0};
    int newlines = 0;
    bool space = false;
    fault->control = -1;
    fault->bad_utf8 = false;
    fault->cut = false;
    if ((!max || n <= max) && already_clean(s, n)) {
        char *copy = malloc(n + 1);
        if (copy) {
            memcpy(copy, s, n);
            copy[n] = '\0';
        }
        return copy;
    }
    for (size_t i = 0; i < n;) {
        unsigned char ch = s[i];
        if (ch == '\n' || ch == ' ' || ch == '\t' || ch == '\r') {
            newlines += ch == '\n';
            space = true;
            i++;
            continue;
        }
        size_t len = 1;
        long cp = utf8_decode(s + i, n - i, &len);
        if (cp < 0x20 || cp == 0x7F || (cp >= 0x80 && cp <= 0x9F)) {
            if (cp < 0) {
                fault->bad_utf8 = true;
            } else {
                if (fault->control < 0)
                    fault->control = (int)cp;
                i = sequence_end(s, n, i, cp, len);
                continue;
            }
        }
        if (space && b.len)
            textbuf_puts(&b, newlines >= 2 ? "\n\n" : " ");
        space = false;
        newlines = 0;
        if (max && b.len + len > max) {
            fault->cut = true;
            break;
        }
        if (cp < 0)
            textbuf_puts(&b, "\xEF\xBF\xBD"); /* U+FFFD for what is not UTF-8 */
        else
            textbuf_append(&b, (const char *)s + i, len);
        i += len;
    }
    return textbuf_take(&b);
}

/* dsl_normalise, for `field` of `what` when field is not NULL: the label
 * for a message ("choice 2: because") is made only when there is one. */
static char *normalise(DslContext *c, int line, const char *what, const char *field)
{
    size_t n;
    const char *s = lua_tolstring(c->L, -1, &n);
    /* The copy is the story's memory too, and cleaning it is work. */
    sandbox_hold(c->L, n + 64); /* and the record that keeps it */
    sandbox_charge(c->L, (double)n);
    DslTextFault fault;
    char *out = dsl_clean_text(s, n, 0, &fault);
    if (out && (fault.control >= 0 || fault.bad_utf8)) {
        char label[96];
        if (field) {
            snprintf(label, sizeof label, "%s: %s", what, field);
            what = label;
        }
        if (fault.control >= 0)
            dsl_error(c, line, _("%s contains a control character (code %d). Remove it."),
                      dsl_what_shown(what), fault.control);
        else
            dsl_error(c, line, _("%s is not valid UTF-8 text. Save the story file as UTF-8 in "
                                 "your editor."), dsl_what_shown(what));
        free(out);
        return NULL;
    }
    if (!out)
        dsl_error(c, line, _("out of memory"));
    return out;
}

char *dsl_normalise(DslContext *c, int line, const char *what)
{
    return normalise(c, line, what, NULL);
}

char *dsl_get_text(DslContext *c, int idx, const char *field, int line, const char *what)
{
    lua_State *L = c->L;
    char *out = NULL;
    int t = dsl_field(L, idx, field);
    if (t == LUA_TSTRING) {
        out = normalise(c, line, what, field);
        if (out && !*out) {
            dsl_error(c, line, _("%s: %s is empty. Write the text, or leave %s out."), what, field,
                      field);
            free(out);
            out = NULL;
        }
    } else if (t != LUA_TNIL) {
        dsl_error(c, line, _("%s: %s must be text in quotes, not a %s."), what, field,
                  lua_typename(L, t));
    }
    lua_pop(L, 1);
    return out;
}

void dsl_read_cond(DslContext *c, int line, const char *what, Cond *out)
{
    lua_State *L = c->L;
    memset(out, 0, sizeof *out);
    out->line = line;
    if (lua_type(L, -1) == LUA_TSTRING) {
        sandbox_hold(L, lua_rawlen(L, -1) + 1);
        out->source = text_dup(lua_tostring(L, -1));
    } else if (lua_type(L, -1) == LUA_TFUNCTION) {
        lua_pushvalue(L, -1);
        out->host_ref = luaL_ref(L, LUA_REGISTRYINDEX);
    } else {
        dsl_error(c, line, _("%s: when must be a condition in quotes, like when = \"growth >= 40\", "
                  "or a function."), dsl_what_shown(what));
    }
}

/* "+10", "-5", "%+20", "%-20", "=50" */
static bool parse_effect(const char *v, EffectOp *op, int *amount)
{
    while (*v == ' ')
        v++;
    bool fair = *v == '%';
    if (fair)
        v++;
    char sign = *v++;
    if (sign != '+' && sign != '-' && !(sign == '=' && !fair))
        return false;
    while (*v == ' ')
        v++;
    if (!isdigit((unsigned char)*v))
        return false;
    long n = 0;
    while (isdigit((unsigned char)*v)) {
        n = n * 10 + (*v++ - '0');
        if (n > 100)
            return false;
    }
    while (*v == ' ')
        v++;
    if (*v)
        return false;
    *op = fair ? EFFECT_FAIR : sign == '=' ? EFFECT_SET : EFFECT_ADD;
    *amount = sign == '-' ? -(int)n : (int)n;
    return true;
}

static void unknown_meter(DslContext *c, int line, const char *what, const char *name)
{
    const char *names[STORY_MAX_METERS];
    for (int i = 0; i < c->story->n_meters; i++)
        names[i] = c->story->meters[i].name;
    const char *guess = text_suggest(name, names, c->story->n_meters);
    if (guess)
        dsl_error(c, line, _("%s: there is no meter '%s'. Did you mean '%s'?"), what, name, guess);
    else
        dsl_error(c, line, _("%s: there is no meter '%s'. Add it to scenario { meters = { %s = "
                  "{ start = 50, better = \"higher\" } } }, or use resentment, growth or "
                  "intimacy."), what, name, name);
}

/* Reports the value at the top of the stack, a change to meter `name`
 * that Beside cannot read. */
static void bad_change(DslContext *c, int line, const char *what, const char *name)
{
    lua_State *L = c->L;
    /* xgettext:no-c-format */
    const char *how = _("Write \"+10\" or \"-5\" (up or down), \"%+20\" or \"%-20\" (a share of "
                        "the way to 100 or to 0), or \"=50\" (set); amounts go up to 100.");
    if (lua_type(L, -1) == LUA_TSTRING) {
        char echo[DSL_MAX_ECHO + 8];
        size_t vn = 0;
        const char *v = lua_tolstring(L, -1, &vn);
        dsl_error(c, line, _("%s: %s = \"%s\" is not a change Beside knows. %s"), what, name,
                  dsl_echo(v, vn, echo, sizeof echo), how);
    } else {
        dsl_error(c, line, _("%s: %s = a %s is not a change Beside knows. %s"), what, name,
                  lua_typename(L, lua_type(L, -1)), how);
    }
}

/* Reads effects = { name = "+10", ... } at the top of the stack. */
static void read_effects(DslContext *c, int line, const char *what, EffectList *out)
{
    lua_State *L = c->L;
    if (!lua_istable(L, -1)) {
        dsl_error(c, line, _("%s: effects must be a table, like effects = { growth = \"+10\" }."),
                  what);
        return;
    }
    int t = lua_gettop(L);
    int n = 0;
    lua_pushnil(L);
    while (lua_next(L, t)) {
        n++;
        lua_pop(L, 1);
        sandbox_charge(L, 1.0 + (lua_type(L, -1) == LUA_TSTRING ? (double)lua_rawlen(L, -1) : 0));
    }
    /* Nothing below runs story code (raw access, no __tostring), so the
     * table cannot grow under the walk; the count bounds it all the same. */
    sandbox_hold(L, ((size_t)n + 1) * sizeof *out->items);
    out->items = calloc((size_t)n + 1, sizeof *out->items);
    if (!out->items)
        return;
    lua_pushnil(L);
    while (out->count < n && lua_next(L, t)) {
        if (lua_type(L, -2) != LUA_TSTRING) {
            dsl_error(c, line, _("%s: effects must name a meter for each change, like "
                      "effects = { growth = \"+10\" }."), what);
            lua_pop(L, 1);
            continue;
        }
        const char *name = lua_tostring(L, -2);
        int m = story_find_meter(c->story, name);
        Effect e = {m, EFFECT_ADD, 0};
        if (m < 0) {
            unknown_meter(c, line, what, name);
        } else if (lua_type(L, -1) == LUA_TNUMBER) {
            lua_Integer v = lua_tointeger(L, -1);
            dsl_error(c, line, _("%s: write the change to %s in quotes with a sign: \"+%lld\" to "
                      "raise it by %lld, or \"=%lld\" to set it."), what, name, (long long)v,
                      (long long)v, (long long)v);
        } else if (lua_type(L, -1) != LUA_TSTRING ||
                   !parse_effect(lua_tostring(L, -1), &e.op, &e.amount)) {
            bad_change(c, line, what, name);
        } else {
            out->items[out->count++] = e;
        }
        lua_pop(L, 1);
    }
}

/* Reads set = "flag" or set = { "a", "b" } at the top of the stack. */
static void read_flags(DslContext *c, int line, const char *what, const char *field,
                       int **out, int *count)
{
    lua_State *L = c->L;
    int n = lua_istable(L, -1) ? (int)lua_rawlen(L, -1) : 1;
    sandbox_charge(L, (double)n);
    sandbox_hold(L, ((size_t)n + 1) * sizeof **out);
    *out = calloc((size_t)n + 1, sizeof **out);
    if (!*out)
        return;
    for (int i = 1; i <= n; i++) {
        if (lua_istable(L, -1))
            lua_rawgeti(L, -1, i);
        else
            lua_pushvalue(L, -1);
        const char *name = lua_type(L, -1) == LUA_TSTRING ? lua_tostring(L, -1) : NULL;
        if (!name || !dsl_valid_name(name)) {
            dsl_error(c, line, _("%s: %s takes flag names made of letters, digits and _ (at most 64), like "
                      "%s = \"lent_money\" or %s = { \"a\", \"b\" }."), what, field, field, field);
        } else if (story_find_meter(c->story, name) >= 0) {
            dsl_error(c, line, _("%s: '%s' is a meter, so it cannot be a flag too. Pick another "
                      "flag name."), what, name);
        } else if (strcmp(name, "and") == 0 || strcmp(name, "or") == 0 || strcmp(name, "not") == 0 ||
                   strcmp(name, "true") == 0 || strcmp(name, "false") == 0 ||
                   strcmp(name, "scene") == 0) {
            dsl_error(c, line, _("%s: '%s' is a word conditions use, so it cannot be a flag. Pick "
                      "another name, like '%s_done'."), what, name, name);
        } else {
            int f = story_flag(c->story, name, line);
            if (f < 0)
                dsl_error(c, line, _("%s: a story can have at most %d flags."), what, STORY_MAX_FLAGS);
            else
                (*out)[(*count)++] = f;
        }
        lua_pop(L, 1);
    }
}

static bool read_scene_id(DslContext *c, int line, const char *what, char **out)
{
    lua_State *L = c->L;
    if (lua_type(L, -1) != LUA_TSTRING || !dsl_valid_id(lua_tostring(L, -1))) {
        dsl_error(c, line, _("%s: next must name a scene in quotes, like next = \"tom-opens-up\" "
                  "(letters, digits, - and _; no spaces)."), what);
        return false;
    }
    sandbox_hold(L, lua_rawlen(L, -1) + 1);
    *out = text_dup(lua_tostring(L, -1));
    return *out != NULL;
}

/* next = "id" | function | { { when = "...", "id" }, ..., "id" } */
static void read_next(DslContext *c, int line, const char *what, Choice *ch)
{
    lua_State *L = c->L;
    if (lua_type(L, -1) == LUA_TFUNCTION) {
        lua_pushvalue(L, -1);
        ch->next_host_ref = luaL_ref(L, LUA_REGISTRYINDEX);
        return;
    }
    int n = lua_istable(L, -1) ? (int)lua_rawlen(L, -1) : 1;
    if (n == 0) {
        dsl_error(c, line, _("%s: next = { } is empty. Give at least one scene id."), what);
        return;
    }
    sandbox_charge(L, (double)n);
    sandbox_hold(L, (size_t)n * sizeof *ch->next);
    ch->next = calloc((size_t)n, sizeof *ch->next);
    if (!ch->next)
        return;
    for (int i = 1; i <= n; i++) {
        Route *r = &ch->next[ch->n_next];
        r->scene = -1;
        if (!lua_istable(L, -1)) {
            lua_pushvalue(L, -1);
        } else {
            lua_rawgeti(L, -1, i);
        }
        if (lua_istable(L, -1)) {
            static const char *const route_fields[] = {"when", NULL};
            dsl_check_fields(c, lua_gettop(L), line, "a way in next", route_fields, true);
            dsl_field(L, -1, "when");
            if (!lua_isnil(L, -1))
                dsl_read_cond(c, line, what, &r->when);
            lua_pop(L, 1);
            lua_rawgeti(L, -1, 1);
            if (read_scene_id(c, line, what, &r->scene_id))
                ch->n_next++;
            else
                cond_clear(&r->when); /* the route is dropped; so is its condition */
            lua_pop(L, 1);
        } else if (read_scene_id(c, line, what, &r->scene_id)) {
            ch->n_next++;
        }
        lua_pop(L, 1);
    }
}

static void read_later_one(DslContext *c, int idx, int line, const char *what, Later *l)
{
    lua_State *L = c->L;
    l->line = line;
    dsl_check_fields(c, idx, line, "later", dsl_later_fields, false);
    dsl_field(L, idx, "after");
    if (!lua_isinteger(L, -1) || lua_tointeger(L, -1) < 1 || lua_tointeger(L, -1) > 50)
        dsl_error(c, line, _("%s: later needs after = N, the number of choices (1 to 50) before "
                  "it lands, like later = { after = 2, effects = { resentment = \"+10\" } }."),
                  what);
    else
        l->after = (int)lua_tointeger(L, -1);
    lua_pop(L, 1);
    if (dsl_field(L, idx, "effects") == LUA_TNIL)
        dsl_error(c, line, _("%s: later needs effects = { ... }: what changes when it lands."), what);
    else
        read_effects(c, line, what, &l->effects);
    lua_pop(L, 1);
    l->says = dsl_get_text(c, idx, "says", line, what);
}

/* later = { after = 2, ... } or later = { { after = 2, ... }, { ... } } */
static void read_later(DslContext *c, int line, const char *what, Choice *ch)
{
    lua_State *L = c->L;
    if (!lua_istable(L, -1)) {
        dsl_error(c, line, _("%s: later must be a table, like later = { after = 2, effects = "
                  "{ resentment = \"+10\" }, says = \"...\" }."), what);
        return;
    }
    int t = lua_gettop(L);
    bool list = lua_rawlen(L, t) > 0;
    int n = list ? (int)lua_rawlen(L, t) : 1;
    if (n > STORY_MAX_LATER) {
        dsl_error(c, line, _("%s: a choice can have at most %d delayed effects."), what,
                  STORY_MAX_LATER);
        return;
    }
    sandbox_hold(L, (size_t)n * sizeof *ch->later);
    ch->later = calloc((size_t)n, sizeof *ch->later);
    if (!ch->later)
        return;
    ch->n_later = n;
    for (int i = 0; i < n; i++) {
        if (list) {
            lua_rawgeti(L, t, i + 1);
            if (!lua_istable(L, -1))
                dsl_error(c, line, _("%s: each entry in later = { ... } must be a table."), what);
            else
                read_later_one(c, lua_gettop(L), line, what, &ch->later[i]);
            lua_pop(L, 1);
        } else {
            read_later_one(c, t, line, what, &ch->later[i]);
        }
    }
}

void dsl_read_choice(DslContext *c, int idx, int line, ChoiceKind kind, Choice *ch)
{
    lua_State *L = c->L;
    char what[64];
    snprintf(what, sizeof what, c->choice_what, story_kind_name(kind));
    ch->kind = kind;
    ch->line = line;
    dsl_check_fields(c, idx, line, what, dsl_choice_fields, true);
    if (lua_rawlen(L, idx) > 1)
        dsl_error(c, line, _("%s: a choice has one text. Join the sentences into one string, or "
                  "check for a missing '}' that closes the choice."), what);
    if (lua_rawgeti(L, idx, 1) == LUA_TSTRING) {
        ch->text = dsl_normalise(c, line, what);
    } else {
        dsl_error(c, line, _("%s: start with what the player says or does, in quotes: %s { "
                  "\"Ask him what he needs.\", ... }."), what, story_kind_name(kind));
    }
    lua_pop(L, 1);
    ch->because = dsl_get_text(c, idx, "because", line, what);
    if (dsl_field(L, idx, "effects") != LUA_TNIL)
        read_effects(c, line, what, &ch->effects);
    lua_pop(L, 1);
    if (dsl_field(L, idx, "set") != LUA_TNIL)
        read_flags(c, line, what, "set", &ch->set_flags, &ch->n_set);
    lua_pop(L, 1);
    if (dsl_field(L, idx, "clear") != LUA_TNIL)
        read_flags(c, line, what, "clear", &ch->clear_flags, &ch->n_clear);
    lua_pop(L, 1);
    if (dsl_field(L, idx, "when") != LUA_TNIL)
        dsl_read_cond(c, line, what, &ch->when);
    lua_pop(L, 1);
    if (dsl_field(L, idx, "later") != LUA_TNIL)
        read_later(c, line, what, ch);
    lua_pop(L, 1);
    dsl_read_reacts(c, idx, line, what, ch);
    if (dsl_field(L, idx, "next") == LUA_TNIL)
        dsl_error(c, line, _("%s has no next. Add next = \"scene-id\": where the story goes after "
                  "this choice."), what);
    else
        read_next(c, line, what, ch);
    lua_pop(L, 1);
}
