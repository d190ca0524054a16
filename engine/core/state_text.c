/* state_text.c — writing and reading runs as text. */
#include "core/state_text.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "core/i18n.h"

static void write_meters(TextBuf *b, const Story *s, const uint8_t *m)
{
    for (int i = 0; i < s->n_meters; i++)
        textbuf_printf(b, "%s%s=%d", i ? " " : "", s->meters[i].name, m[i]);
}

char *state_text_write(const Run *r)
{
    const Story *s = r->story;
    const Position *p = &r->pos;
    TextBuf b = {0};
    textbuf_printf(&b, "beside-state %d\nstory %s\nscene %s\nmeters ", STATE_TEXT_VERSION,
                   s->id, s->scenes[p->scene].id);
    write_meters(&b, s, p->meters);
    textbuf_puts(&b, "\nflags");
    for (int i = 0; i < s->n_flags; i++)
        if (position_flag(p, i))
            textbuf_printf(&b, " %s", s->flags[i]);
    textbuf_puts(&b, "\n");
    if (r->order)
        textbuf_printf(&b, "order %lu\n", (unsigned long)r->order);
    for (int i = 0; i < p->n_pending; i++) {
        const Pending *w = &p->pending[i];
        textbuf_printf(&b, "later %s %d %d %d\n", s->scenes[w->scene].id, w->choice + 1,
                       w->later + 1, w->remaining);
    }
    for (int i = 0; i < r->n_steps; i++) {
        const RunStep *st = &r->steps[i];
        textbuf_printf(&b, "step %s %d ", s->scenes[st->scene].id, st->choice + 1);
        write_meters(&b, s, st->meters);
        textbuf_puts(&b, "\n");
    }
    textbuf_puts(&b, "end\n");
    return textbuf_take(&b);
}

typedef struct {
    const Story *s;
    const char *p;  /* next unread byte */
    int line;
    char word[128];
    char *err;
} Reader;

static int fail(Reader *rd, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static int fail(Reader *rd, const char *fmt, ...)
{
    if (!rd->err) {
        va_list ap;
        va_start(ap, fmt);
        char *m = text_vformat(fmt, ap);
        va_end(ap);
        rd->err = text_format(_("line %d: %s"), rd->line, m ? m : _("out of memory"));
        free(m);
    }
    return -1;
}

/* Reads the next space-separated word on this line into rd->word; returns
 * false at the end of the line. */
static bool next_word(Reader *rd)
{
    while (*rd->p == ' ')
        rd->p++;
    size_t n = 0;
    while (*rd->p && *rd->p != ' ' && *rd->p != '\n') {
        if (n + 1 < sizeof rd->word)
            rd->word[n++] = *rd->p;
        rd->p++;
    }
    rd->word[n] = '\0';
    return n > 0;
}

static int end_line(Reader *rd)
{
    while (*rd->p == ' ')
        rd->p++;
    if (*rd->p && *rd->p != '\n')
        return fail(rd, _("unexpected text at the end of the line"));
    if (*rd->p == '\n')
        rd->p++;
    rd->line++;
    return 0;
}

static int expect_key(Reader *rd, const char *key)
{
    if (!next_word(rd) || strcmp(rd->word, key) != 0)
        return fail(rd, _("expected '%s'"), key);
    return 0;
}

static int read_int(Reader *rd, int lo, int hi, int *out)
{
    if (!next_word(rd))
        return fail(rd, _("a number is missing"));
    char *end;
    long v = strtol(rd->word, &end, 10);
    if (*end || end == rd->word || !(isdigit((unsigned char)rd->word[0])))
        return fail(rd, _("'%s' is not a number"), rd->word);
    if (v < lo || v > hi)
        return fail(rd, _("%ld is outside %d..%d"), v, lo, hi);
    *out = (int)v;
    return 0;
}

static int read_scene(Reader *rd, int *out)
{
    if (!next_word(rd))
        return fail(rd, _("a scene id is missing"));
    *out = story_find_scene(rd->s, rd->word);
    if (*out < 0)
        return fail(rd, _("the story has no scene '%s'"), rd->word);
    return 0;
}

/* Reads "name=value" for every meter, in the story's order. */
static int read_meters(Reader *rd, uint8_t *m)
{
    for (int i = 0; i < rd->s->n_meters; i++) {
        if (!next_word(rd))
            return fail(rd, _("meter '%s' is missing"), rd->s->meters[i].name);
        char *eq = strchr(rd->word, '=');
        if (!eq)
            return fail(rd, _("expected name=value, found '%s'"), rd->word);
        *eq = '\0';
        if (strcmp(rd->word, rd->s->meters[i].name) != 0)
            return fail(rd, _("expected meter '%s', found '%s'"), rd->s->meters[i].name, rd->word);
        char *end;
        long v = strtol(eq + 1, &end, 10);
        if (*end || end == eq + 1 || !isdigit((unsigned char)eq[1]) || v < METER_MIN ||
            v > METER_MAX)
            return fail(rd, _("meter '%s' has value '%s'; it must be 0..100"), rd->word, eq + 1);
        m[i] = (uint8_t)v;
    }
    return 0;
}

static int read_choice(Reader *rd, int scene, int *out)
{
    const Scene *sc = &rd->s->scenes[scene];
    if (sc->n_choices == 0)
        return fail(rd, _("scene '%s' has no choices"), sc->id);
    int n;
    if (read_int(rd, 1, sc->n_choices, &n) < 0)
        return -1;
    *out = n - 1;
    return 0;
}

/* The seed of the choice order: a whole number from 1 to 4294967295. */
static int read_order(Reader *rd, uint32_t *out)
{
    if (!next_word(rd))
        return fail(rd, _("a number is missing"));
    char *end;
    unsigned long long v = strtoull(rd->word, &end, 10);
    if (*end || !isdigit((unsigned char)rd->word[0]) || v == 0 || v > 0xffffffffull)
        return fail(rd, _("'%s' is not an order (a whole number from 1 to 4294967295)"), rd->word);
    *out = (uint32_t)v;
    return 0;
}

/* A "later" line: a delayed effect still waiting (they come before steps). */
static int read_later(Reader *rd, Run *r)
{
    const Story *s = rd->s;
    Position *p = &r->pos;
    if (r->n_steps)
        return fail(rd, _("'later' lines come before 'step' lines"));
    if (p->n_pending == STORY_MAX_PENDING)
        return fail(rd, _("too many 'later' lines"));
    int scene, c = 0, l = 0, left = 0;
    if (read_scene(rd, &scene) < 0 || read_choice(rd, scene, &c) < 0)
        return -1;
    const Choice *ch = &s->scenes[scene].choices[c];
    if (ch->n_later == 0)
        return fail(rd, _("that choice has no delayed effects"));
    if (read_int(rd, 1, ch->n_later, &l) < 0 || read_int(rd, 1, 255, &left) < 0)
        return -1;
    Pending *w = &p->pending[p->n_pending++];
    w->scene = scene;
    w->choice = (uint8_t)c;
    w->later = (uint8_t)(l - 1);
    w->remaining = (uint8_t)left;
    return 0;
}

/* A "step" line: one choice of the history, with the meters after it. */
static int read_step(Reader *rd, Run *r)
{
    if (r->n_steps == r->cap_steps) {
        int cap = r->cap_steps ? r->cap_steps * 2 : 16;
        RunStep *st = realloc(r->steps, (size_t)cap * sizeof *st);
        if (!st)
            return fail(rd, _("out of memory"));
        r->steps = st;
        r->cap_steps = cap;
    }
    RunStep *st = &r->steps[r->n_steps];
    memset(st, 0, sizeof *st);
    if (read_scene(rd, &st->scene) < 0 || read_choice(rd, st->scene, &st->choice) < 0 ||
        read_meters(rd, st->meters) < 0)
        return -1;
    r->n_steps++;
    return 0;
}

static int read_body(Reader *rd, Run *r)
{
    const Story *s = rd->s;
    Position *p = &r->pos;
    int v, scene;
    if (expect_key(rd, "beside-state") < 0 || read_int(rd, 0, 1000000, &v) < 0)
        return -1;
    if (v != STATE_TEXT_VERSION)
        return fail(rd, _("this save is version %d; this Beside reads version %d"), v,
                    STATE_TEXT_VERSION);
    if (end_line(rd) < 0 || expect_key(rd, "story") < 0)
        return -1;
    if (!next_word(rd) || strcmp(rd->word, s->id) != 0)
        return fail(rd, _("this save belongs to story '%s', not '%s'"), rd->word, s->id);
    if (end_line(rd) < 0 || expect_key(rd, "scene") < 0 || read_scene(rd, &scene) < 0)
        return -1;
    memset(p, 0, sizeof *p);
    p->scene = scene;
    if (end_line(rd) < 0 || expect_key(rd, "meters") < 0 || read_meters(rd, p->meters) < 0 ||
        end_line(rd) < 0 || expect_key(rd, "flags") < 0)
        return -1;
    while (next_word(rd)) {
        int f = story_find_flag(s, rd->word);
        if (f < 0)
            return fail(rd, _("the story has no flag '%s'"), rd->word);
        p->flags[f >> 3] |= (uint8_t)(1u << (f & 7));
    }
    if (end_line(rd) < 0)
        return -1;
    for (;;) {
        if (!next_word(rd))
            return fail(rd, _("expected 'later', 'step' or 'end'"));
        if (strcmp(rd->word, "end") == 0)
            break;
        if (strcmp(rd->word, "order") == 0) {
            if (r->n_steps || p->n_pending || r->order)
                return fail(rd, _("'order' comes once, before 'later' and 'step' lines"));
            if (read_order(rd, &r->order) < 0)
                return -1;
        } else if (strcmp(rd->word, "later") == 0) {
            if (read_later(rd, r) < 0)
                return -1;
        } else if (strcmp(rd->word, "step") == 0) {
            if (read_step(rd, r) < 0)
                return -1;
        } else {
            return fail(rd, _("'%s' is not something a save can hold"), rd->word);
        }
        if (end_line(rd) < 0)
            return -1;
    }
    if (end_line(rd) < 0)
        return -1;
    if (*rd->p)
        return fail(rd, _("text after 'end'"));
    return 0;
}

int state_text_read(const Story *s, const char *text, Run *r, char **err)
{
    Reader rd = {.s = s, .p = text, .line = 1};
    run_init(r, s);
    if (read_body(&rd, r) < 0) {
        run_free(r);
        run_init(r, s);
        *err = rd.err ? rd.err : text_dup(_("out of memory"));
        return -1;
    }
    return 0;
}

/* Skips to the start of the next line. */
static void skip_line(Reader *rd)
{
    while (*rd->p && *rd->p != '\n')
        rd->p++;
    if (*rd->p == '\n')
        rd->p++;
    rd->line++;
}

/* Replays one "step" line's choice (the rest of the line is unread); false
 * when it no longer fits the story at the run's position. */
static bool replay_step(Reader *rd, Run *r)
{
    const Story *s = rd->s;
    if (!next_word(rd))
        return false;
    int scene = story_find_scene(s, rd->word);
    if (scene < 0 || scene != r->pos.scene || !next_word(rd))
        return false;
    char *end;
    long n = strtol(rd->word, &end, 10);
    if (*end || !isdigit((unsigned char)rd->word[0]) || n < 1 || n > s->scenes[scene].n_choices)
        return false;
    char *err = NULL;
    /* run_choose refuses a choice that is not offered at this position. */
    if (run_choose(r, (int)n - 1, NULL, &err) < 0) {
        free(err);
        return false;
    }
    return true;
}

int state_text_resume(const Story *s, const char *text, Run *r, StateResume *out, char **err)
{
    Reader rd = {.s = s, .p = text, .line = 1};
    memset(out, 0, sizeof *out);
    run_init(r, s);
    int v;
    if (expect_key(&rd, "beside-state") < 0 || read_int(&rd, 0, 1000000, &v) < 0)
        goto fail;
    if (v != STATE_TEXT_VERSION) {
        fail(&rd, _("this save is version %d; this Beside reads version %d"), v,
             STATE_TEXT_VERSION);
        goto fail;
    }
    if (end_line(&rd) < 0 || expect_key(&rd, "story") < 0)
        goto fail;
    if (!next_word(&rd) || strcmp(rd.word, s->id) != 0) {
        fail(&rd, _("this save belongs to story '%s', not '%s'"), rd.word, s->id);
        goto fail;
    }
    skip_line(&rd);
    char saved_scene[sizeof rd.word] = "";
    bool replaying = true;
    while (*rd.p) {
        if (next_word(&rd)) {
            if (strcmp(rd.word, "end") == 0)
                break;
            if (strcmp(rd.word, "scene") == 0 && next_word(&rd)) {
                memcpy(saved_scene, rd.word, sizeof saved_scene);
            } else if (strcmp(rd.word, "order") == 0) {
                uint32_t order;
                if (r->n_steps == 0 && read_order(&rd, &order) == 0)
                    r->order = order;
                free(rd.err); /* a bad order only loses the shuffle */
                rd.err = NULL;
            } else if (strcmp(rd.word, "step") == 0) {
                out->saved++;
                replaying = replaying && replay_step(&rd, r);
            }
        }
        skip_line(&rd);
    }
    if (replaying && r->n_steps > 0 && strcmp(saved_scene, s->scenes[r->pos.scene].id) != 0) {
        char *e = NULL;
        if (run_rewind(r, r->n_steps - 1, &e) < 0) {
            free(e);
            run_free(r);
            run_init(r, s);
        }
    }
    out->kept = r->n_steps;
    char *now = state_text_write(r);
    if (!now) {
        rd.err = text_dup(_("out of memory"));
        goto fail;
    }
    out->changed = strcmp(now, text) != 0;
    free(now);
    return 0;
fail:
    run_free(r);
    run_init(r, s);
    memset(out, 0, sizeof *out);
    *err = rd.err ? rd.err : text_dup(_("out of memory"));
    return -1;
}
