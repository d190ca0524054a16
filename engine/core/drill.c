/* drill.c — the Spot it item bank: names, the bank's storage, and what
 * `beside check` finds in it. */
#include "core/drill.h"

#include <stdlib.h>
#include <string.h>

#include "core/i18n.h"
#include "core/readability.h"
#include "core/text.h"

static const char *const REL_NAMES[DRILL_REL_COUNT] = {
    "partners", "friends", "parents-and-adult-children", "siblings", "parent-and-teen",
    "coworkers",
};
static const char *const REL_LABELS[DRILL_REL_COUNT] = {
    "Partners", "Friends", "Parents and adult children", "Siblings", "A parent and a teenager",
    "Coworkers",
};

const char *drill_relationship_name(DrillRelationship r)
{
    return (unsigned)r < DRILL_REL_COUNT ? REL_NAMES[r] : "?";
}

const char *drill_relationship_label(DrillRelationship r)
{
    return (unsigned)r < DRILL_REL_COUNT ? REL_LABELS[r] : "?";
}

int drill_relationship_find(const char *name)
{
    for (int r = 0; name && r < DRILL_REL_COUNT; r++)
        if (strcmp(REL_NAMES[r], name) == 0)
            return r;
    return -1;
}

int drill_kind_find(const char *name)
{
    for (int k = 0; name && k < KIND_COUNT; k++)
        if (strcmp(story_kind_name((ChoiceKind)k), name) == 0)
            return k;
    return -1;
}

const char *drill_difficulty_name(int difficulty)
{
    static const char *const names[] = {"?", "easy", "medium", "subtle"};
    return difficulty >= 1 && difficulty <= 3 ? names[difficulty] : "?";
}

static void item_free(DrillItem *it)
{
    free(it->id);
    free(it->couple);
    free(it->idea);
    free(it->situation);
    free(it->response);
    free(it->because);
    free(it->file);
}

int drill_bank_add(DrillBank *b, DrillItem *item)
{
    if (b->count == b->cap) {
        int cap = b->cap ? b->cap * 2 : 64;
        DrillItem *items = realloc(b->items, (size_t)cap * sizeof *items);
        if (!items) {
            item_free(item);
            return -1;
        }
        b->items = items;
        b->cap = cap;
    }
    b->items[b->count] = *item;
    return b->count++;
}

void drill_bank_free(DrillBank *b)
{
    for (int i = 0; i < b->count; i++)
        item_free(&b->items[i]);
    free(b->items);
    memset(b, 0, sizeof *b);
}

int drill_bank_find(const DrillBank *b, const char *id)
{
    for (int i = 0; id && i < b->count; i++)
        if (b->items[i].id && strcmp(b->items[i].id, id) == 0)
            return i;
    return -1;
}

double drill_item_grade(const DrillItem *item)
{
    Readability r = {0};
    readability_add(&r, item->situation);
    readability_add(&r, item->response);
    return readability_grade(&r);
}

void drill_count(const DrillBank *b, DrillCounts *out)
{
    memset(out, 0, sizeof *out);
    for (int i = 0; i < b->count; i++) {
        const DrillItem *it = &b->items[i];
        out->total++;
        if ((unsigned)it->kind < KIND_COUNT)
            out->by_kind[it->kind]++;
        if (it->difficulty >= 1 && it->difficulty <= DRILL_MAX_DIFFICULTY)
            out->by_difficulty[it->difficulty]++;
        if ((unsigned)it->relationship < DRILL_REL_COUNT)
            out->by_relationship[it->relationship]++;
        if (it->form == 'A' || it->form == 'B')
            out->by_form[it->form - 'A']++;
    }
}

double drill_one_answer_score(const DrillCounts *c, ChoiceKind kind)
{
    return c->total > 0 ? (double)c->by_kind[kind] / c->total : 0.0;
}

static bool in_files(const DrillCheckOptions *opt, const char *file)
{
    if (!opt->files)
        return true;
    for (int i = 0; i < opt->n_files; i++)
        if (file && strcmp(opt->files[i], file) == 0)
            return true;
    return false;
}

static void check_item(const DrillBank *b, int i, const DrillCheckOptions *opt, DiagList *d)
{
    const DrillItem *it = &b->items[i];
    /* Of two checked items, the later one is told; an item outside the
     * checked files is never told, so the checked one always is. */
    for (int j = 0; j < b->count; j++)
        if (j != i && (j < i || !in_files(opt, b->items[j].file)) &&
            strcmp(b->items[j].id, it->id) == 0) {
            diag_add(d, DIAG_ERROR, it->file, it->line,
                     _("there is already an item called '%s' (%s:%d). Give each item its own "
                       "id."), it->id, b->items[j].file, b->items[j].line);
            break;
        }
    double g = drill_item_grade(it);
    if (g > DRILL_GRADE_MAX)
        diag_add(d, DIAG_WARNING, it->file, it->line,
                 _("item '%s' reads at grade %.1f, above grade %.0f (its situation and response "
                   "together). Use shorter sentences and shorter words."),
                 it->id, g, DRILL_GRADE_MAX);
    if (opt->ideas && it->idea) {
        bool found = false;
        for (int k = 0; k < opt->n_ideas && !found; k++)
            found = strcmp(opt->ideas[k], it->idea) == 0;
        if (!found) {
            const char *guess = text_suggest(it->idea, opt->ideas, opt->n_ideas);
            if (guess)
                diag_add(d, DIAG_WARNING, it->file, it->line,
                         _("item '%s': idea \"%s\" is not a heading of docs/IDEAS.md. Did you "
                           "mean \"%s\"?"), it->id, it->idea, guess);
            else
                diag_add(d, DIAG_WARNING, it->file, it->line,
                         _("item '%s': idea \"%s\" is not a heading of docs/IDEAS.md. Use one "
                           "of its ## headings."), it->id, it->idea);
        }
    }
}

/* The balance is the bank's, not one item's: the warnings name the first
 * item of a checked file, so an editor still has somewhere to jump. */
static void check_balance(const DrillBank *b, const DrillCheckOptions *opt, DiagList *d)
{
    const char *file = NULL;
    int line = 0;
    for (int i = 0; i < b->count && !file; i++)
        if (in_files(opt, b->items[i].file)) {
            file = b->items[i].file;
            line = b->items[i].line;
        }
    if (!file)
        return;
    DrillCounts c;
    drill_count(b, &c);
    for (int k = 0; k < KIND_COUNT; k++)
        if (drill_one_answer_score(&c, (ChoiceKind)k) > DRILL_ONE_ANSWER_MAX)
            diag_add(d, DIAG_WARNING, file, line,
                     _("the drill bank is %d%% %s items, so always answering \"%s\" scores that "
                       "much. Keep each kind at %.0f%% or less: add items of the other kinds."),
                     (int)(100.0 * c.by_kind[k] / c.total + 0.5),
                     story_kind_name((ChoiceKind)k), story_kind_name((ChoiceKind)k),
                     100 * DRILL_ONE_ANSWER_MAX);
    for (int r = 0; r < DRILL_REL_COUNT; r++)
        if (c.by_relationship[r] < DRILL_MIN_PER_RELATIONSHIP)
            diag_add(d, DIAG_WARNING, file, line,
                     ngettext("the drill bank has %d item for relationship = \"%s\"; it needs "
                              "at least %d in each relationship.",
                              "the drill bank has %d items for relationship = \"%s\"; it needs "
                              "at least %d in each relationship.",
                              (unsigned long)c.by_relationship[r]),
                     c.by_relationship[r], REL_NAMES[r], DRILL_MIN_PER_RELATIONSHIP);
}

void drill_check(const DrillBank *b, const DrillCheckOptions *opt, DiagList *diags)
{
    for (int i = 0; i < b->count; i++)
        if (in_files(opt, b->items[i].file))
            check_item(b, i, opt, diags);
    check_balance(b, opt, diags);
}

int drill_ideas_parse(const char *markdown, char ***out)
{
    *out = NULL;
    int n = 0;
    for (const char *p = markdown; p && *p;) {
        const char *end = strchr(p, '\n');
        size_t len = end ? (size_t)(end - p) : strlen(p);
        if (len > 3 && strncmp(p, "## ", 3) == 0) {
            while (len > 3 && (p[len - 1] == ' ' || p[len - 1] == '\r'))
                len--;
            char *h = text_format("%.*s", (int)(len - 3), p + 3);
            char **grown = h ? realloc(*out, (size_t)(n + 1) * sizeof *grown) : NULL;
            if (!grown) {
                free(h);
                drill_ideas_free(*out, n);
                *out = NULL;
                return -1;
            }
            *out = grown;
            if (strcmp(h, "The five parts") == 0)
                free(h);
            else
                (*out)[n++] = h;
        }
        p = end ? end + 1 : p + len;
    }
    return n;
}

void drill_ideas_free(char **ideas, int n)
{
    for (int i = 0; i < n; i++)
        free(ideas[i]);
    free(ideas);
}
