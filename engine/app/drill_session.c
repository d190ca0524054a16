/* drill_session.c — one Spot it round or check, the same for every front
 * end: picked from the profile, answered item by item, saved at once. */
#include "app/drill_session.h"

#include <stdlib.h>
#include <string.h>

#include "core/i18n.h"
#include "core/text.h"
#include "script/drill_load.h"

int drill_session_bank(DrillBank *bank, char **problem)
{
    DiagList d = {0};
    int errors = drill_load_library(bank, NULL, &d);
    diag_list_clear(&d);
    if (bank->count == 0)
        *problem = text_dup(_("No Spot it items were found. They live in the drill/ folder of a "
                              "story folder (see 'beside list --help')."));
    else if (errors)
        *problem = text_dup(_("Some Spot it items have mistakes and were left out; run 'beside "
                              "check' to see them."));
    return bank->count;
}

/* Begins the round in the profile. 0, or 1 with *problem. */
static int begin(DrillSession *s, char **problem)
{
    if (!s->profile)
        return 0;
    char mode[12] = "practice";
    if (s->form) {
        mode[0] = s->form;
        mode[1] = '\0';
    }
    char *err = NULL;
    s->round = profile_drill_begin(s->profile, mode, s->number, &err);
    if (s->round > 0) {
        free(err);
        return 0;
    }
    s->round = 0;
    s->save_failed = true;
    *problem = err ? err : text_dup(_("Your answers will not be saved this time."));
    return 1;
}

/* The memory of each bank item, from the profile's rows by id. */
static DrillMemory *memory_of(const DrillBank *b, Profile *p)
{
    DrillMemory *mem = calloc((size_t)b->count + 1, sizeof *mem);
    DrillMemoryRow *rows = NULL;
    int n = 0;
    char *err = NULL;
    if (mem && p && profile_drill_memory(p, &rows, &n, &err) == 0)
        for (int i = 0; i < n; i++) {
            int at = drill_bank_find(b, rows[i].item_id);
            if (at >= 0)
                mem[at] = rows[i].memory;
        }
    free(err);
    drill_memory_rows_free(rows, n);
    return mem;
}

int drill_session_practice(DrillSession *s, const DrillBank *b, Profile *p, uint64_t seed,
                           char **problem)
{
    memset(s, 0, sizeof *s);
    s->bank = b;
    s->profile = p;
    s->number = 1;
    int right = 0, total = 0;
    char *err = NULL;
    if (p && (profile_drill_next_round(p, &s->number, &err) < 0 ||
              profile_drill_recent(p, DRILL_RECENT, &right, &total, &err) < 0)) {
        free(err); /* a profile that cannot be read: a first round */
        s->number = 1;
        right = total = 0;
    }
    s->level = drill_level(right, total);
    DrillMemory *mem = memory_of(b, p);
    s->n = mem ? drill_round_pick(b, mem, s->number, s->level, seed, s->items) : 0;
    free(mem);
    if (s->n == 0) {
        *problem = text_dup(_("There are no Spot it practice items to play."));
        return -1;
    }
    return begin(s, problem);
}

int drill_session_check(DrillSession *s, const DrillBank *b, Profile *p, char form,
                        char **problem)
{
    memset(s, 0, sizeof *s);
    s->bank = b;
    s->profile = p;
    s->form = form;
    s->n = form == 'A' || form == 'B' ? drill_form_items(b, form, s->items, DRILL_FORM_ITEMS)
                                      : 0;
    if (s->n == 0) {
        *problem = text_format(_("The Spot it bank has no items of check form %c."),
                               form ? form : '?');
        return -1;
    }
    return begin(s, problem);
}

const DrillItem *drill_session_item(const DrillSession *s)
{
    return s->at < s->n ? &s->bank->items[s->items[s->at]] : NULL;
}

bool drill_session_done(const DrillSession *s)
{
    return s->at >= s->n;
}

int drill_session_answer(DrillSession *s, ChoiceKind kind, char **problem)
{
    const DrillItem *it = drill_session_item(s);
    if (!it || (unsigned)kind >= KIND_COUNT)
        return -1;
    bool right = kind == it->kind;
    drill_score_add(&s->score, it->kind, right);
    s->at++;
    char *err = NULL;
    DrillAnswer a = {.item = it, .answer = kind};
    int rc = 0;
    if (s->profile && s->round > 0) {
        rc = profile_drill_answer(s->profile, s->round, &a, &err);
        if (rc == 0 && drill_session_done(s))
            rc = profile_drill_finish(s->profile, s->round, &err);
    }
    if (rc < 0 && !s->save_failed) {
        s->save_failed = true;
        *problem = err ? err : text_dup(_("Your answer was not saved."));
        err = NULL;
    }
    free(err);
    return right;
}

int drill_session_other_check(const DrillSession *s, DrillRoundInfo *out, char **problem)
{
    if (!s->profile || !s->form)
        return 0;
    DrillRoundInfo *r = NULL;
    int n = 0;
    if (profile_drill_rounds(s->profile, 0, &r, &n, problem) < 0)
        return -1;
    char other = s->form == 'A' ? 'B' : 'A';
    int found = 0;
    for (int i = 0; i < n; i++)
        if (r[i].id != s->round && r[i].finished && r[i].mode[0] == other && !r[i].mode[1]) {
            *out = r[i];
            found = 1;
        }
    free(r);
    return found;
}

int drill_session_progress(Profile *p, int per, DrillBlock **out, int *count, char **problem)
{
    *out = NULL;
    *count = 0;
    DrillRoundInfo *r = NULL;
    int n = 0;
    if (profile_drill_rounds(p, 0, &r, &n, problem) < 0)
        return -1;
    if (per < 1)
        per = 1;
    DrillBlock *b = calloc((size_t)n + 1, sizeof *b);
    if (!b) {
        free(r);
        *problem = text_dup(_("Beside ran out of memory."));
        return -1;
    }
    int in_block = 0;
    for (int i = 0; i < n; i++) {
        if (strcmp(r[i].mode, "practice") != 0 || drill_score_total(&r[i].score) == 0)
            continue;
        if (in_block == 0) {
            b[*count].first = r[i].number;
            b[*count].from = r[i].started;
            (*count)++;
        }
        DrillBlock *cur = &b[*count - 1];
        cur->last = r[i].number;
        cur->to = r[i].started;
        for (int k = 0; k < KIND_COUNT; k++) {
            cur->score.right[k] += r[i].score.right[k];
            cur->score.total[k] += r[i].score.total[k];
        }
        in_block = (in_block + 1) % per;
    }
    free(r);
    if (*count == 0) {
        free(b);
        b = NULL;
    }
    *out = b;
    return 0;
}
