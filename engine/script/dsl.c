/* dsl.c — the blocks of the scenario language: scenario { }, scene "id" { },
 * ending "id" { } and the choice words. Each reads its table into the story
 * as it runs, so one file's problems are all reported in one go. */
#include "script/dsl.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include <lauxlib.h>

#include "core/i18n.h"
#include "core/text.h"
#include "script/dsl_internal.h"

const char *const dsl_words[] = {
    "scenario", "scene", "ending", "rescue", "support", "boundary", "self_care", "neutral",
    "it_depends", "hurtful", NULL,
};
const char *const dsl_scenario_fields[] = {
    "id", "title", "teaser", "you_play", "minutes", "content_notes", "meters", "start",
    "author", "version", "people", "place", NULL,
};
const char *const dsl_scene_fields[] = {"discuss", "notes", "with", "place", NULL};
const char *const dsl_ending_fields[] = {
    "title", "lens", "practice", "reflect", "discuss", "notes", "with", "place", NULL,
};
static const char *const lens_fields[] = {
    "goal", "behaviours", "behaviors", "thoughts", "emotions", "underlying", NULL,
};
static const char *const para_fields[] = {"when", NULL};

/* The words hold a pointer to the context, which dsl_free() frees when the
 * file has run; but a story's function can still call them during play
 * (when = function() scene "x" { } end, or a word kept in a local). So the
 * registry says whether the context is alive, and each word checks it
 * before touching the pointer. */
static const char DSL_ALIVE = 'A';

/* `word` is a word of the story language ("scene"), shown as it is, or a
 * phrase marked with N_, shown in the reader's language. */
static void check_loading(lua_State *L, const char *word)
{
    bool alive = lua_rawgetp(L, LUA_REGISTRYINDEX, &DSL_ALIVE) != LUA_TNIL;
    lua_pop(L, 1);
    if (!alive)
        luaL_error(L, _("%s can be used only while the story file loads, not in a function that "
                        "runs during play."), strchr(word, ' ') ? _(word) : word);
}

DslContext *dsl_of(lua_State *L)
{
    return lua_touserdata(L, lua_upvalueindex(1));
}

int dsl_caller_line(lua_State *L)
{
    lua_Debug ar;
    if (lua_getstack(L, 1, &ar) && lua_getinfo(L, "l", &ar) && ar.currentline > 0)
        return ar.currentline;
    return 0;
}

void dsl_error(DslContext *c, int line, const char *fmt, ...)
{
    c->errors++;
    if (c->kept > DSL_MAX_PROBLEMS)
        return;
    if (c->kept++ == DSL_MAX_PROBLEMS) {
        diag_add(c->diags, DIAG_ERROR, c->story->file, line, _("more than %d problems; Beside "
                 "stops listing them here. Fix these first."), DSL_MAX_PROBLEMS);
        return;
    }
    va_list ap;
    va_start(ap, fmt);
    diag_addv(c->diags, DIAG_ERROR, c->story->file, line, fmt, ap);
    va_end(ap);
}

/* ---- scenario { } ---- */

/* Whether the table at 1 has the field at all: a field that is there but
 * wrong (empty, a number) has had its own error, so "needs" would be a second
 * message for one mistake. */
static bool has_field(lua_State *L, const char *field)
{
    bool has = dsl_field(L, 1, field) != LUA_TNIL;
    lua_pop(L, 1);
    return has;
}

/* scenario { minutes = N }: a whole number from 1 to 240. */
static void read_minutes(DslContext *c, int line)
{
    lua_State *L = c->L;
    if (dsl_field(L, 1, "minutes") != LUA_TNIL) {
        if (!lua_isinteger(L, -1) || lua_tointeger(L, -1) < 1 || lua_tointeger(L, -1) > 240)
            dsl_error(c, line, _("scenario: minutes must be a whole number from 1 to 240, like "
                      "minutes = 15."));
        else
            c->story->minutes = (int)lua_tointeger(L, -1);
    }
    lua_pop(L, 1);
}

/* scenario { content_notes = "..." or { "...", ... } }. */
static void read_content_notes(DslContext *c, int line)
{
    lua_State *L = c->L;
    Story *s = c->story;
    int t = dsl_field(L, 1, "content_notes");
    if (t == LUA_TSTRING) {
        lua_newtable(L);
        lua_insert(L, -2);
        lua_rawseti(L, -2, 1);
        t = LUA_TTABLE;
    }
    if (t == LUA_TTABLE) {
        int n = (int)lua_rawlen(L, -1);
        sandbox_charge(L, (double)n);
        sandbox_hold(L, ((size_t)n + 1) * sizeof *s->content_notes);
        s->content_notes = calloc((size_t)n + 1, sizeof *s->content_notes);
        for (int i = 1; s->content_notes && i <= n; i++) {
            if (lua_rawgeti(L, -1, i) == LUA_TSTRING) {
                char *note = dsl_normalise(c, line, "content_notes");
                if (note)
                    s->content_notes[s->n_content_notes++] = note;
            } else {
                dsl_error(c, line, _("scenario: content_notes is a list of texts, like "
                          "content_notes = { \"drinking\", \"money worries\" }."));
            }
            lua_pop(L, 1);
        }
    } else if (t != LUA_TNIL) {
        dsl_error(c, line, _("scenario: content_notes is a list of texts, like content_notes = "
                  "{ \"drinking\" }."));
    }
    lua_pop(L, 1);
}

static int l_scenario(lua_State *L)
{
    check_loading(L, "scenario");
    DslContext *c = dsl_of(L);
    Story *s = c->story;
    int line = dsl_caller_line(L);
    if (!lua_istable(L, 1)) {
        dsl_error(c, line, _("scenario needs a table: scenario { id = \"my-story\", title = "
                  "\"...\", start = \"first-scene\" }."));
        return 0;
    }
    if (c->have_scenario) {
        dsl_error(c, line, _("a story file has one scenario { }; this is a second one."));
        return 0;
    }
    c->have_scenario = true;
    s->line = line;
    dsl_check_fields(c, 1, line, "scenario", dsl_scenario_fields, false);
    s->id = dsl_get_text(c, 1, "id", line, "scenario");
    if (!s->id && !has_field(L, "id"))
        dsl_error(c, line, _("scenario needs an id, like id = \"nina-and-tom\" (letters, digits, "
                  "- and _). It is how players and therapists name the story."));
    else if (s->id && !dsl_valid_id(s->id))
        dsl_error(c, line, _("scenario: id = \"%s\" may use only letters, digits, - and _ (no "
                  "spaces), at most 64 of them."), s->id);
    s->title = dsl_get_text(c, 1, "title", line, "scenario");
    if (!s->title && !has_field(L, "title"))
        dsl_error(c, line, _("scenario needs a title, like title = \"Nina and Tom\"."));
    s->teaser = dsl_get_text(c, 1, "teaser", line, "scenario");
    s->you_play = dsl_get_text(c, 1, "you_play", line, "scenario");
    s->author = dsl_get_text(c, 1, "author", line, "scenario");
    s->version = dsl_get_text(c, 1, "version", line, "scenario");
    s->start_id = dsl_get_text(c, 1, "start", line, "scenario");
    s->place = dsl_get_text(c, 1, "place", line, "scenario");
    read_minutes(c, line);
    read_content_notes(c, line);
    int t = dsl_field(L, 1, "meters");
    if (t == LUA_TTABLE)
        dsl_read_meters(c, lua_gettop(L), line);
    else if (t != LUA_TNIL)
        dsl_error(c, line, _("scenario: meters must be a table, like meters = { resentment = 10, "
                  "growth = 30, intimacy = 40 }."));
    lua_pop(L, 1);
    if (dsl_field(L, 1, "people") != LUA_TNIL)
        dsl_read_people(c, -1, line);
    lua_pop(L, 1);
    return 0;
}

/* ---- choice words ---- */

static int l_choice(lua_State *L)
{
    check_loading(L, N_("a choice (rescue, support, boundary, self_care, neutral, it_depends, "
                        "hurtful)"));
    KindWord *k = lua_touserdata(L, lua_upvalueindex(1));
    DslContext *c = k->dsl;
    int line = dsl_caller_line(L);
    const char *word = story_kind_name(k->kind);
    if (!lua_istable(L, 1)) {
        dsl_error(c, line, _("%s needs { } after it: %s { \"What you say or do.\", because = "
                  "\"...\", next = \"scene-id\" }."), word, word);
        lua_newtable(L); /* hand back something harmless so the file keeps loading */
        return 1;
    }
    lua_rawgeti(L, LUA_REGISTRYINDEX, c->marks_ref);
    lua_pushvalue(L, 1);
    lua_createtable(L, 3, 0);
    lua_pushinteger(L, k->kind);
    lua_rawseti(L, -2, 1);
    lua_pushinteger(L, line);
    lua_rawseti(L, -2, 2);
    lua_rawset(L, -3);
    lua_pop(L, 1);
    lua_settop(L, 1);
    return 1;
}

/* If the value at idx is a table made by a choice word, gets its kind and
 * line and marks it used: its mark moves from marks (what dsl_finish reports
 * as outside any scene) to taken, whose keys are weak. So a choice read into
 * its scene is garbage once its scene's table is, and a story of 50,000
 * scenes does not keep 150,000 choice tables alive while it loads; one kept
 * in a local and used in two scenes is still known the second time. */
static bool take_choice(DslContext *c, int idx, ChoiceKind *kind, int *line)
{
    lua_State *L = c->L;
    idx = lua_absindex(L, idx);
    lua_rawgeti(L, LUA_REGISTRYINDEX, c->marks_ref);
    lua_pushvalue(L, idx);
    bool unused = lua_rawget(L, -2) == LUA_TTABLE;
    if (!unused) {
        lua_pop(L, 2);
        lua_rawgeti(L, LUA_REGISTRYINDEX, c->taken_ref);
        lua_pushvalue(L, idx);
        if (lua_rawget(L, -2) != LUA_TTABLE) {
            lua_pop(L, 2);
            return false;
        }
    }
    /* (marks or taken, mark) */
    lua_rawgeti(L, -1, 1);
    *kind = (ChoiceKind)lua_tointeger(L, -1);
    lua_rawgeti(L, -2, 2);
    *line = (int)lua_tointeger(L, -1);
    lua_pop(L, 2);
    if (unused) {
        lua_rawgeti(L, LUA_REGISTRYINDEX, c->taken_ref);
        lua_pushvalue(L, idx);
        lua_pushvalue(L, -3);
        lua_rawset(L, -3); /* taken[choice] = mark */
        lua_pop(L, 2);
        lua_pushvalue(L, idx);
        lua_pushnil(L);
        lua_rawset(L, -3); /* marks[choice] = nil */
    } else {
        lua_pop(L, 1);
    }
    lua_pop(L, 1);
    return true;
}

/* ---- scene "id" { } and ending "id" { } ---- */

/* Scenes are kept by index, never by pointer: story->scenes is a growing
 * array, and a pointer into it dies when it grows. */
static void add_para(DslContext *c, int si, Para *p)
{
    Scene *sc = &c->story->scenes[si];
    Para *paras = realloc(sc->paras, (size_t)(sc->n_paras + 1) * sizeof *paras);
    if (!paras) {
        dsl_error(c, p->line, _("out of memory"));
        cond_clear(&p->when);
        free(p->text);
        return;
    }
    sc->paras = paras;
    sc->paras[sc->n_paras++] = *p;
}

/* { when = "...", "text", ... }: text shown only when the condition holds. */
static void read_para_group(DslContext *c, int si, int idx, int line)
{
    lua_State *L = c->L;
    dsl_check_fields(c, idx, line, "text with a condition", para_fields, true);
    int n = (int)lua_rawlen(L, idx);
    if (n == 0)
        dsl_error(c, line, _("{ when = ... } needs the text to show, like { when = \"lent_money\", "
                  "\"Tom has not paid you back.\" }."));
    for (int i = 1; i <= n; i++) {
        Para p = {.line = line};
        dsl_field(L, idx, "when");
        if (!lua_isnil(L, -1))
            dsl_read_cond(c, line, "text", &p.when);
        lua_pop(L, 1);
        if (lua_rawgeti(L, idx, i) == LUA_TSTRING) {
            p.text = dsl_normalise(c, line, "text");
            if (p.text)
                add_para(c, si, &p);
            else
                cond_clear(&p.when);
        } else {
            dsl_error(c, line, _("text with a condition holds only text in quotes."));
            cond_clear(&p.when);
        }
        lua_pop(L, 1);
    }
}

static void read_body(DslContext *c, int si, int line)
{
    lua_State *L = c->L;
    Scene *sc = &c->story->scenes[si];
    const char *what = sc->is_ending ? "ending" : "scene";
    int n = (int)lua_rawlen(L, 1);
    sandbox_charge(L, (double)n);
    int n_choices = 0;
    for (int i = 1; i <= n; i++) {
        ChoiceKind k;
        int cl;
        lua_rawgeti(L, 1, i);
        if (lua_istable(L, -1) && take_choice(c, -1, &k, &cl))
            n_choices++;
        lua_pop(L, 1);
    }
    if (n_choices > STORY_MAX_CHOICES)
        dsl_error(c, line, _("%s '%s' offers %d choices; the most is %d (one per number key). "
                  "Split the moment into two scenes."), what, sc->id, n_choices, STORY_MAX_CHOICES);
    sandbox_hold(L, ((size_t)n_choices + 1) * sizeof *sc->choices);
    sc->choices = calloc((size_t)n_choices + 1, sizeof *sc->choices);
    if (!sc->choices)
        return;
    for (int i = 1; i <= n; i++) {
        sc = &c->story->scenes[si];
        int t = lua_rawgeti(L, 1, i);
        int idx = lua_gettop(L);
        ChoiceKind kind;
        int cl;
        if (t == LUA_TSTRING) {
            Para p = {.line = line};
            p.text = dsl_normalise(c, line, "text");
            if (p.text)
                add_para(c, si, &p);
        } else if (t == LUA_TFUNCTION) {
            Para p = {.line = line};
            lua_pushvalue(L, idx);
            p.host_ref = luaL_ref(L, LUA_REGISTRYINDEX);
            add_para(c, si, &p);
        } else if (t == LUA_TTABLE && take_choice(c, idx, &kind, &cl)) {
            if (sc->is_ending)
                dsl_error(c, cl, _("ending '%s' has a choice, but an ending is where the story "
                          "stops. Make it a scene, or move the choice."), sc->id);
            else if (sc->n_choices < STORY_MAX_CHOICES && sc->n_choices < n_choices)
                /* Bounded by the first pass's count, which sized the array. */
                dsl_read_choice(c, idx, cl, kind, &sc->choices[sc->n_choices++]);
        } else if (t == LUA_TTABLE) {
            dsl_field(L, idx, "when");
            bool has_when = !lua_isnil(L, -1);
            lua_pop(L, 1);
            if (has_when)
                read_para_group(c, si, idx, line);
            else
                dsl_error(c, line, _("%s '%s': item %d is a table Beside cannot place. A scene holds "
                          "text in quotes, choices (rescue { }, support { }, boundary { }, "
                          "self_care { }, neutral { }, it_depends { }, hurtful { }) and text with a condition ({ when = "
                          "\"...\", \"text\" })."), what, sc->id, i);
        } else {
            dsl_error(c, line, _("%s '%s': item %d is a %s; a scene holds text in quotes and "
                      "choices."), what, sc->id, i, lua_typename(L, t));
        }
        lua_settop(L, 1);
    }
}

static void read_lens(DslContext *c, int si, int line)
{
    lua_State *L = c->L;
    int t = dsl_field(L, 1, "lens");
    if (t == LUA_TTABLE) {
        int idx = lua_gettop(L);
        dsl_check_fields(c, idx, line, "lens", lens_fields, false);
        for (int k = 0; k < LENS_COUNT; k++) {
            char *text = dsl_get_text(c, idx, story_lens_name(k), line, "lens");
            if (!text && k == LENS_BEHAVIOURS)
                text = dsl_get_text(c, idx, "behaviors", line, "lens");
            c->story->scenes[si].lens[k] = text;
        }
    } else if (t != LUA_TNIL) {
        dsl_error(c, line, _("ending '%s': lens must be a table, like lens = { goal = \"...\", "
                  "behaviours = \"...\", thoughts = \"...\", emotions = \"...\", underlying = "
                  "\"...\" }."), c->story->scenes[si].id);
    }
    lua_pop(L, 1);
}

static int l_scene_body(lua_State *L)
{
    check_loading(L, N_("scene { } or ending { }"));
    DslContext *c = lua_touserdata(L, lua_upvalueindex(1));
    int h = (int)lua_tointeger(L, lua_upvalueindex(2));
    bool is_ending = lua_toboolean(L, lua_upvalueindex(3));
    Header *hd = &c->headers[h];
    const char *what = is_ending ? "ending" : "scene";
    int line = hd->line;
    hd->done = true;
    if (!lua_istable(L, 1)) {
        dsl_error(c, line, _("%s \"%s\" needs { } with its text after the name: %s \"%s\" { "
                  "\"What happens.\" }."), what, hd->id, what, hd->id);
        return 0;
    }
    lua_settop(L, 1);
    if (!c->have_scenario && !c->told_scenario_first) {
        dsl_error(c, line, _("put scenario { ... } at the top of the file, before the first %s."),
                  what);
        c->told_scenario_first = true; /* say it once */
    }
    int prev = story_find_scene(c->story, hd->id);
    if (prev >= 0) {
        dsl_error(c, line, _("there is already a scene or ending called '%s' (line %d). Give "
                  "each one its own id."), hd->id, c->story->scenes[prev].line);
        /* Its choices go unread, but they are inside a scene: marked, so that
         * dsl_finish() does not also call them choices outside any scene. */
        for (int k = 1; k <= (int)lua_rawlen(L, 1); k++) {
            ChoiceKind kind;
            int cl;
            if (lua_rawgeti(L, 1, k) == LUA_TTABLE)
                take_choice(c, -1, &kind, &cl);
            lua_pop(L, 1);
        }
        return 0;
    }
    sandbox_hold(L, sizeof(Scene) + strlen(hd->id) + 1);
    int i = story_add_scene(c->story, hd->id, line, is_ending);
    if (i < 0)
        return luaL_error(L, _("out of memory"));
    dsl_check_fields(c, 1, line, what, is_ending ? dsl_ending_fields : dsl_scene_fields, true);
    read_body(c, i, line);
    /* Each text is read first and stored after, into the scene found again
     * by its index: the scene is never held across a read. */
    char *text = dsl_get_text(c, 1, "discuss", line, what);
    c->story->scenes[i].discuss = text;
    text = dsl_get_text(c, 1, "notes", line, what);
    c->story->scenes[i].notes = text;
    text = dsl_get_text(c, 1, "place", line, what); /* a picture's name, not a line to read */
    c->story->scenes[i].place = text;
    dsl_read_with(c, i, line, what);
    if (is_ending) {
        text = dsl_get_text(c, 1, "title", line, what);
        c->story->scenes[i].title = text;
        text = dsl_get_text(c, 1, "practice", line, what);
        c->story->scenes[i].practice = text;
        text = dsl_get_text(c, 1, "reflect", line, what);
        c->story->scenes[i].reflect = text;
        read_lens(c, i, line);
    }
    return 0;
}

static int l_ignore(lua_State *L)
{
    (void)L;
    return 0;
}

static int scene_word(lua_State *L, bool is_ending)
{
    check_loading(L, is_ending ? "ending" : "scene");
    DslContext *c = lua_touserdata(L, lua_upvalueindex(1));
    int line = dsl_caller_line(L);
    const char *what = is_ending ? "ending" : "scene";
    if (lua_type(L, 1) != LUA_TSTRING) {
        dsl_error(c, line, _("%s needs its id in quotes before the { }: %s \"my-id\" { ... }."),
                  what, what);
        lua_pushcfunction(L, l_ignore); /* swallow the { } that follows */
        return 1;
    }
    size_t id_len;
    const char *id = lua_tolstring(L, 1, &id_len);
    sandbox_charge(L, 1.0 + (double)(id_len > DSL_MAX_ECHO ? DSL_MAX_ECHO : id_len));
    /* An id that is not valid is kept (for its messages) only as far as a
     * message shows it: a 50 MB id is 200 bytes here, not 50 MB outside the
     * memory cap. */
    char echo[DSL_MAX_ECHO + 8];
    bool valid = id_len <= DSL_MAX_NAME && strlen(id) == id_len && dsl_valid_id(id);
    if (!valid) {
        id = dsl_echo(id, id_len, echo, sizeof echo);
        dsl_error(c, line, _("%s \"%s\": ids use letters, digits, - and _ with no spaces (at most 64), "
                  "like \"tom-opens-up\"."), what, id);
    }
    sandbox_hold(L, sizeof(Header) + strlen(id) + 1 + 64 /* the closure */);
    if (c->n_headers == c->cap_headers) {
        int cap = c->cap_headers ? c->cap_headers * 2 : 64;
        Header *hs = realloc(c->headers, (size_t)cap * sizeof *hs);
        if (!hs)
            return luaL_error(L, _("out of memory"));
        c->headers = hs;
        c->cap_headers = cap;
    }
    Header *h = &c->headers[c->n_headers];
    h->id = text_dup(id);
    if (!h->id)
        return luaL_error(L, _("out of memory"));
    h->line = line;
    h->done = false;
    h->is_ending = is_ending;
    lua_pushlightuserdata(L, c);
    lua_pushinteger(L, c->n_headers++);
    lua_pushboolean(L, is_ending);
    lua_pushcclosure(L, l_scene_body, 3);
    return 1;
}

static int l_scene(lua_State *L) { return scene_word(L, false); }
static int l_ending(lua_State *L) { return scene_word(L, true); }

DslContext *dsl_new(Sandbox *sb, Story *story, DiagList *diags)
{
    DslContext *c = calloc(1, sizeof *c);
    if (!c)
        return NULL;
    c->sb = sb;
    c->L = sandbox_state(sb);
    c->story = story;
    c->diags = diags;
    c->choice_what = _("%s choice");
    lua_newtable(c->L);
    c->marks_ref = luaL_ref(c->L, LUA_REGISTRYINDEX);
    lua_newtable(c->L); /* taken: weak keys (see take_choice) */
    lua_createtable(c->L, 0, 1);
    lua_pushliteral(c->L, "k");
    lua_setfield(c->L, -2, "__mode");
    lua_setmetatable(c->L, -2);
    c->taken_ref = luaL_ref(c->L, LUA_REGISTRYINDEX);
    lua_pushboolean(c->L, 1);
    lua_rawsetp(c->L, LUA_REGISTRYINDEX, &DSL_ALIVE);
    sandbox_expose(sb, "scenario", l_scenario, c);
    sandbox_expose(sb, "scene", l_scene, c);
    sandbox_expose(sb, "ending", l_ending, c);
    for (int k = 0; k < KIND_COUNT; k++) {
        c->kinds[k].dsl = c;
        c->kinds[k].kind = (ChoiceKind)k;
        sandbox_expose(sb, story_kind_name((ChoiceKind)k), l_choice, &c->kinds[k]);
    }
    return c;
}

int dsl_finish(DslContext *c)
{
    lua_State *L = c->L;
    if (!c->have_scenario && !c->told_scenario_first)
        dsl_error(c, 1, _("the file has no scenario { ... }. Start it with scenario { id = "
                  "\"my-story\", title = \"...\", start = \"first-scene\" }."));
    for (int i = 0; i < c->n_headers; i++)
        if (!c->headers[i].done)
            dsl_error(c, c->headers[i].line, _("%s \"%s\" has no { } after it, so it is empty. "
                      "Write %s \"%s\" { \"text\", ... }."),
                      c->headers[i].is_ending ? "ending" : "scene", c->headers[i].id,
                      c->headers[i].is_ending ? "ending" : "scene", c->headers[i].id);
    lua_rawgeti(L, LUA_REGISTRYINDEX, c->marks_ref); /* only choices never taken */
    lua_pushnil(L);
    while (lua_next(L, -2)) {
        lua_rawgeti(L, -1, 3);
        bool used = lua_toboolean(L, -1);
        lua_rawgeti(L, -2, 2);
        if (!used)
            dsl_error(c, (int)lua_tointeger(L, -1), _("this choice is not inside a scene, so no "
                      "one will see it. Move it inside scene \"...\" { }, and check the commas "
                      "and braces around it."));
        lua_pop(L, 3);
    }
    lua_pop(L, 1);
    return c->errors;
}

void dsl_free(DslContext *c)
{
    if (!c)
        return;
    lua_pushnil(c->L);
    lua_rawsetp(c->L, LUA_REGISTRYINDEX, &DSL_ALIVE);
    for (int i = 0; i < c->n_headers; i++)
        free(c->headers[i].id);
    free(c->headers);
    free(c);
}
