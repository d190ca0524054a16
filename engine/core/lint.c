/* lint.c — static checks over the story graph, then a bounded play of every
 * path for what only play can show (a `when` that never holds, a dead end). */
#include "core/lint.h"

#include <stdlib.h>
#include <string.h>

#include "core/explore.h"
#include "core/expr.h"
#include "core/i18n.h"
#include "core/reading.h"

#define W(line, ...) diag_add(d, DIAG_WARNING, s->file, (line), __VA_ARGS__)

/* Marks scenes reachable from start following every route, ignoring conditions.
 * Choices whose next is a function are skipped: their targets are unknown. */
static void reach(const Story *s, bool *seen)
{
    int *todo = malloc(sizeof(int) * (size_t)(s->n_scenes + 1));
    if (!todo || s->start < 0) {
        free(todo);
        return;
    }
    int n = 0;
    todo[n++] = s->start;
    seen[s->start] = true;
    while (n) {
        const Scene *sc = &s->scenes[todo[--n]];
        for (int c = 0; c < sc->n_choices; c++)
            for (int r = 0; r < sc->choices[c].n_next; r++) {
                int to = sc->choices[c].next[r].scene;
                if (to >= 0 && !seen[to]) {
                    seen[to] = true;
                    todo[n++] = to;
                }
            }
    }
    free(todo);
}

static bool uses_functions(const Story *s)
{
    for (int i = 0; i < s->n_scenes; i++) {
        const Scene *sc = &s->scenes[i];
        for (int c = 0; c < sc->n_choices; c++)
            if (sc->choices[c].next_host_ref)
                return true;
    }
    return false;
}

typedef struct {
    bool *tested;
} FlagUse;

static void mark_flag(void *ud, int flag)
{
    ((FlagUse *)ud)->tested[flag] = true;
}

static void note_cond(const Cond *c, FlagUse *u)
{
    if (c->expr)
        expr_each_flag(c->expr, mark_flag, u);
}

static void check_flags(const Story *s, DiagList *d)
{
    bool set[STORY_MAX_FLAGS] = {0}, tested[STORY_MAX_FLAGS] = {0};
    FlagUse u = {tested};
    for (int i = 0; i < s->n_scenes; i++) {
        const Scene *sc = &s->scenes[i];
        for (int p = 0; p < sc->n_paras; p++)
            note_cond(&sc->paras[p].when, &u);
        for (int c = 0; c < sc->n_choices; c++) {
            const Choice *ch = &sc->choices[c];
            for (int k = 0; k < ch->n_set; k++)
                set[ch->set_flags[k]] = true;
            note_cond(&ch->when, &u);
            for (int r = 0; r < ch->n_next; r++)
                note_cond(&ch->next[r].when, &u);
        }
    }
    for (int f = 0; f < s->n_flags; f++) {
        if (tested[f] && !set[f])
            W(s->flag_lines[f], _("flag '%s' is tested but no choice sets it, so it is always "
                                  "false. Add set = \"%s\" to the choice that should turn it "
                                  "on."), s->flags[f], s->flags[f]);
    }
}

static void check_scene(const Story *s, int i, DiagList *d)
{
    const Scene *sc = &s->scenes[i];
    if (sc->n_paras == 0)
        W(sc->line,
          sc->is_ending ? _("ending '%s' has no text. Start it with a sentence in quotes.")
                        : _("scene '%s' has no text. Start it with a sentence in quotes."),
          sc->id);
    if (sc->is_ending) {
        if (!sc->title)
            W(sc->line, _("ending '%s' has no title. Add title = \"...\": the debrief shows it."),
              sc->id);
        int missing = 0;
        for (int k = 0; k < LENS_COUNT; k++)
            missing += !sc->lens[k];
        if (missing == LENS_COUNT)
            W(sc->line, _("ending '%s' has no lens, so the debrief cannot show the five parts. Add "
                          "lens = { goal = \"...\", behaviours = \"...\", thoughts = \"...\", "
                          "emotions = \"...\", underlying = \"...\" }."), sc->id);
        for (int k = 0; k < LENS_COUNT && missing < LENS_COUNT; k++)
            if (!sc->lens[k])
                W(sc->line, _("ending '%s' has no lens.%s, so the debrief will skip that part. "
                              "Add %s = \"...\" inside lens = { ... }."), sc->id,
                  story_lens_name(k),
                  story_lens_name(k));
        if (!sc->practice)
            W(sc->line, _("ending '%s' has no practice task. Add practice = \"one small thing to "
                          "try this week\"."), sc->id);
        if (!sc->reflect)
            W(sc->line, _("ending '%s' has no reflection prompt. Add reflect = \"a question to "
                          "write about\"."), sc->id);
        return;
    }
    if (sc->n_choices == 0) {
        W(sc->line, _("scene '%s' has no choices and is not an ending, so the story stops here. "
                      "Add a choice, or write ending \"%s\" { ... } instead of scene."),
          sc->id, sc->id);
        return;
    }
    for (int c = 0; c < sc->n_choices; c++) {
        const Choice *ch = &sc->choices[c];
        if (!ch->because)
            W(ch->line, _("choice %d in scene '%s' has no because. Add because = \"...\": the "
                          "player sees it after choosing, and it is where they learn."),
              c + 1, sc->id);
        for (int e = 0; e < c; e++)
            if (ch->text && sc->choices[e].text && strcmp(ch->text, sc->choices[e].text) == 0 &&
                (COND_IS_EMPTY(ch->when) || COND_IS_EMPTY(sc->choices[e].when)))
                W(ch->line, _("choices %d and %d in scene '%s' have the same words, so a player "
                              "cannot tell them apart. Change one. (The same words in two "
                              "different scenes, a twin, are fine.)"), e + 1, c + 1, sc->id);
        if (ch->n_next > 0 && !COND_IS_EMPTY(ch->next[ch->n_next - 1].when))
            W(ch->line, _("choice %d in scene '%s': every way in next = { ... } has a condition, "
                          "so if none holds the story stops. End the list with a plain scene id."),
              c + 1, sc->id);
    }
}

/* A problem from the story's functions reads "file:line: message"; file it
 * under that line so editors can jump to it. */
static void add_problem(const Story *s, const char *msg, DiagList *d)
{
    int line;
    const char *rest = diag_split_location(msg, s->file, &line);
    diag_add(d, DIAG_ERROR, s->file, line, "%s", rest);
}

/* States check plays before it gives up on every path. Consequences on
 * every kind of choice (delayed effects on supports and limits too) make a
 * rich story reach a few hundred thousand (nina-and-tom: 462,000 states,
 * 0.5 s and 77 MB here); past 600,000 check warns and explore samples. */
enum { LINT_PLAY_LIMIT = 600000 };

/* Whether seeded playthroughs reach every scene and choice, in a story where
 * that is all playing every path could find (explore_cover_decides): then
 * check is done without playing every path. They may play ten choices for
 * each in the story (a 50,000-scene story needs about two). */
static bool covered(const Story *s)
{
    if (!explore_cover_decides(s))
        return false;
    long choices = 0;
    for (int i = 0; i < s->n_scenes; i++)
        choices += s->scenes[i].n_choices;
    ExploreOptions co = {.cover_steps = 10 * choices + 10000, .seed = 1};
    ExploreReport r;
    if (explore_run(s, &co, &r) < 0)
        return false;
    bool all = r.covered;
    explore_report_free(s, &r);
    return all;
}

static void play_every_path(const Story *s, const LintOptions *opt, bool functions, DiagList *d)
{
    if (covered(s))
        return;
    ExploreOptions eo = {.max_states = opt->play_limit > 0 ? opt->play_limit : LINT_PLAY_LIMIT};
    ExploreReport r;
    if (explore_run(s, &eo, &r) < 0) {
        diag_add(d, DIAG_WARNING, s->file, 0, _("out of memory while playing every path"));
        return;
    }
    if (r.truncated) {
        diag_add(d, DIAG_WARNING, s->file, 0,
                 _("the story has more than %ld different states, so check did not play every "
                   "path. Run beside explore for a sample."), eo.max_states);
        explore_report_free(s, &r);
        return;
    }
    for (int i = 0; i < r.problems.count; i++)
        add_problem(s, r.problems.items[i].message, d);
    if (r.problems.count > 0) {
        /* A failed function ends the paths through it, so what lies past it
         * would look unreachable: those warnings would point the wrong way. */
        int line;
        diag_split_location(r.problems.items[0].message, s->file, &line);
        diag_add(d, DIAG_NOTE, s->file, line, _("check did not look for scenes and choices no "
                 "path reaches, because this story function failed. Fix it and check again."));
        explore_report_free(s, &r);
        return;
    }
    bool *static_seen = calloc((size_t)s->n_scenes + 1, sizeof *static_seen);
    if (static_seen)
        reach(s, static_seen);
    for (int i = 0; i < s->n_scenes; i++) {
        const Scene *sc = &s->scenes[i];
        /* Scenes no route leads to were reported already; here only those that
         * the conditions (or the story's functions) keep out. */
        if (!r.scene_reached[i] && (functions || (static_seen && static_seen[i])))
            W(sc->line, sc->is_ending ? _("ending '%s' is never reached on any path: the "
                                          "conditions that lead to it never hold.")
                                      : _("scene '%s' is never reached on any path: the "
                                          "conditions that lead to it never hold."), sc->id);
        if (!r.scene_reached[i])
            continue;
        /* A choice with no when in a reached scene is always offered; if no path
         * took it, one of the story's functions failed, reported above. */
        for (int c = 0; c < sc->n_choices; c++)
            if (!r.choice_reached[i][c] && !COND_IS_EMPTY(sc->choices[c].when))
                W(sc->choices[c].line, _("choice %d in scene '%s' is never offered on any path: "
                  "its when = \"%s\" never holds when the player is here."), c + 1, sc->id,
                  sc->choices[c].when.source ? sc->choices[c].when.source : _("function"));
    }
    /* Scenes with no choices at all were reported by check_scene. */
    for (int i = 0; i < s->n_scenes; i++)
        if (r.dead_end_at[i] && s->scenes[i].n_choices > 0)
            W(s->scenes[i].line, _("on some paths scene '%s' shows no choices (every choice's when "
              "is false), so the player is stuck. Add a choice with no when."), s->scenes[i].id);
    if (r.has_loop)
        W(s->scenes[r.loop_scene].line, _("the player can go round in a loop through scene '%s' "
          "forever with nothing changing. Give a choice in the loop an effect or a flag, or a "
          "way out."), s->scenes[r.loop_scene].id);
    free(static_seen);
    explore_report_free(s, &r);
}

/* The hardest long sentence of a scene, over all its strings. */
typedef struct {
    double grade;
    char sentence[96];
} HardSentence;

/* Keeps the sentence of `text` at bytes start..start+len when its grade g
 * is above the hardest so far. */
static void note_hardest(HardSentence *h, const char *text, double g, size_t start, size_t len)
{
    if (g == READABILITY_NONE || g <= h->grade)
        return;
    h->grade = g;
    if (len >= sizeof h->sentence - 4) { /* cut on a character, with … */
        len = sizeof h->sentence - 4;
        while (len > 0 && ((unsigned char)text[start + len] & 0xC0) == 0x80)
            len--;
        snprintf(h->sentence, sizeof h->sentence, "%.*s\u2026", (int)len, text + start);
    } else {
        snprintf(h->sentence, sizeof h->sentence, "%.*s", (int)len, text + start);
    }
}

/* A scene's counts and its hardest long sentence, each text read once. */
typedef struct {
    Readability r;
    HardSentence hard;
} SceneCount;

static void count_text(const char *text, void *ctx)
{
    SceneCount *c = ctx;
    size_t start, len;
    double g = readability_add_hardest(&c->r, text, READING_SENTENCE_WORDS, &start, &len);
    note_hardest(&c->hard, text, g, start, len);
}

/* Flesch–Kincaid grade of the player-facing text, per scene and as a whole,
 * and of the hardest long sentence in each scene. */
static void check_reading(const Story *s, DiagList *d)
{
    /* The story's counts are its own texts' and the sum of its scenes'
     * (each text is counted on its own), so no text is read twice for them. */
    Readability all = {0};
    readability_add(&all, s->title);
    readability_add(&all, s->teaser);
    for (int k = 0; k < s->n_content_notes; k++)
        readability_add(&all, s->content_notes[k]);
    for (int i = 0; i < s->n_scenes; i++) {
        SceneCount c = {.hard.grade = READING_SENTENCE_MAX};
        reading_scene_each(s, i, count_text, &c);
        readability_merge(&all, &c.r);
        double grade = readability_grade(&c.r);
        /* A plain scene can hide one hard sentence; a hard one is said as a whole. */
        if (grade <= READING_SCENE_MAX && c.hard.grade > READING_SENTENCE_MAX)
            W(s->scenes[i].line,
              s->scenes[i].is_ending
                  ? _("ending '%s' reads plainly but for one sentence at grade %.1f: \"%s\". "
                      "Split it in two, and pick everyday words.")
                  : _("scene '%s' reads plainly but for one sentence at grade %.1f: \"%s\". "
                      "Split it in two, and pick everyday words."),
              s->scenes[i].id, c.hard.grade, c.hard.sentence);
        if (grade > READING_SCENE_MAX)
            W(s->scenes[i].line,
              s->scenes[i].is_ending
                  ? _("ending '%s' reads at grade %.1f, above grade %.0f. Use shorter sentences "
                      "and shorter words: split long sentences in two, and pick everyday words "
                      "(\"help\", not \"assistance\").")
                  : _("scene '%s' reads at grade %.1f, above grade %.0f. Use shorter sentences "
                      "and shorter words: split long sentences in two, and pick everyday words "
                      "(\"help\", not \"assistance\")."),
              s->scenes[i].id, grade, READING_SCENE_MAX);
    }
    double grade = readability_grade(&all);
    if (grade > READING_STORY_MAX)
        W(s->line, _("the story reads at grade %.1f as a whole, above grade %.0f. Use shorter "
                     "sentences and shorter words. beside check --reading lists the scenes, "
                     "hardest first."), grade, READING_STORY_MAX);
}

void lint_story(const Story *s, const LintOptions *opt, DiagList *d)
{
    bool *seen = calloc((size_t)s->n_scenes + 1, sizeof *seen);
    if (!seen)
        return;
    reach(s, seen);
    bool functions = uses_functions(s);
    for (int i = 0; i < s->n_scenes; i++) {
        check_scene(s, i, d);
        if (!seen[i] && !functions)
            W(s->scenes[i].line,
              s->scenes[i].is_ending
                  ? _("ending '%s' can never be reached: no choice's next leads to it. Point a "
                      "choice at it with next = \"%s\", or remove it.")
                  : _("scene '%s' can never be reached: no choice's next leads to it. Point a "
                      "choice at it with next = \"%s\", or remove it."),
              s->scenes[i].id, s->scenes[i].id);
    }
    if (!s->teaser)
        W(s->line, _("the scenario has no teaser. Add teaser = \"one line that makes someone "
                     "want to play\": the story card shows it."));
    if (!s->you_play)
        W(s->line, _("the scenario does not say who the player is. Add you_play = \"Nina\"."));
    if (!s->minutes)
        W(s->line, _("the scenario does not say how long it takes. Add minutes = 15."));
    bool any_ending = false;
    for (int i = 0; i < s->n_scenes; i++)
        any_ending |= s->scenes[i].is_ending;
    if (!any_ending)
        W(s->line, _("the story has no ending. Add at least one ending \"id\" { ... }."));
    free(seen);
    check_reading(s, d);
    check_flags(s, d);
    play_every_path(s, opt, functions, d);
}
