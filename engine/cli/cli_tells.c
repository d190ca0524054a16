/* cli_tells.c — `beside check --tells`: does the wording of a story's
 * options give their kind away? Trains the classifier (core/tells) on every
 * other story Beside can find and scores each story named. */
#include <stdlib.h>
#include <string.h>

#include "cli/cli.h"
#include "core/i18n.h"
#include "core/tells.h"
#include "script/library.h"
#include "script/loader.h"

/* How many points above guessing count as "no strong tells". */
enum { TELLS_AIM = 5, TELLS_LISTED = 12 };

typedef struct {
    Story *story;
    TellsItem *items;
    int n;
} Options;

static void options_free(Options *o)
{
    story_free(o->story);
    free(o->items);
    memset(o, 0, sizeof *o);
}

/* Loads a story quietly and lists its options. -1 when it does not load. */
static int options_load(const char *path, Options *o)
{
    memset(o, 0, sizeof *o);
    DiagList d = {0};
    o->story = loader_load_file(path, NULL, &d);
    diag_list_clear(&d);
    if (!o->story)
        return -1;
    int n = 0;
    for (int i = 0; i < o->story->n_scenes; i++)
        n += o->story->scenes[i].n_choices;
    o->items = calloc((size_t)n + 1, sizeof *o->items);
    if (!o->items) {
        options_free(o);
        return -1;
    }
    for (int i = 0; i < o->story->n_scenes; i++)
        for (int c = 0; c < o->story->scenes[i].n_choices; c++) {
            const Choice *ch = &o->story->scenes[i].choices[c];
            o->items[o->n++] = (TellsItem){ch->text, ch->kind == KIND_RESCUE};
        }
    return 0;
}

/* A feature as a reader would say it. */
static const char *feature_words(const char *name, char *buf, size_t size)
{
    if (strncmp(name, "w:", 2) == 0)
        return name + 2;
    if (strcmp(name, "has:?") == 0)
        return _("(a question)");
    int k = atoi(name + 4);
    if (k >= 6)
        snprintf(buf, size, _("(%d or more words)"), k * 4);
    else
        snprintf(buf, size, _("(%d to %d words)"), k * 4, k * 4 + 3);
    return buf;
}

static void print_features(const TellsModel *m, bool toward, const char *label)
{
    const char *names[TELLS_LISTED];
    int n = tells_top(m, toward, names, TELLS_LISTED);
    printf("  %s", label);
    for (int i = 0; i < n; i++) {
        char buf[64];
        printf("%s%s", i ? ", " : " ", feature_words(names[i], buf, sizeof buf));
    }
    printf("%s\n", n ? "" : _(" none"));
}

/* Mean words and share of questions per kind: the two tells a reader sees first. */
static void print_shape(const Story *s)
{
    int count[KIND_COUNT] = {0}, words[KIND_COUNT] = {0}, asks[KIND_COUNT] = {0};
    for (int i = 0; i < s->n_scenes; i++)
        for (int c = 0; c < s->scenes[i].n_choices; c++) {
            const Choice *ch = &s->scenes[i].choices[c];
            count[ch->kind]++;
            asks[ch->kind] += strchr(ch->text, '?') != NULL;
            bool in = false;
            for (const char *p = ch->text; *p; p++) {
                bool letter = *p != ' ' && *p != '\n';
                words[ch->kind] += letter && !in;
                in = letter;
            }
        }
    printf(_("  Words per option, on average:"));
    bool first = true;
    for (int k = 0; k < KIND_COUNT; k++)
        if (count[k]) {
            printf("%s %s %.1f", first ? "" : ",", _(story_kind_label((ChoiceKind)k)),
                   (double)words[k] / count[k]);
            first = false;
        }
    printf(_(".\n  Options that ask a question:"));
    first = true;
    for (int k = 0; k < KIND_COUNT; k++)
        if (count[k]) {
            printf(_("%s %s %d of %d"), first ? "" : ",", _(story_kind_label((ChoiceKind)k)),
                   asks[k], count[k]);
            first = false;
        }
    printf(".\n");
}

static void report(const Options *target, const TellsModel *m, int trained_on)
{
    const Story *s = target->story;
    TellsScore sc;
    tells_score(m, target->items, target->n, &sc);
    if (sc.options == 0) {
        printf(_("%s:%d: tells: the story has no options to judge.\n"), s->file, s->line);
        return;
    }
    double acc = 100.0 * sc.right / sc.options, base = 100.0 * sc.baseline / sc.options;
    double over = acc - base;
    const char *guess = sc.rescues * 2 > sc.options ? _("a rescue") : _("not a rescue");
    printf(ngettext("%s:%d: tells: a classifier trained on %d other story sorts this story's %d "
                    "options into rescue or not %.0f%% right; always guessing \"%s\" gets "
                    "%.0f%%. ",
                    "%s:%d: tells: a classifier trained on %d other stories sorts this story's "
                    "%d options into rescue or not %.0f%% right; always guessing \"%s\" gets "
                    "%.0f%%. ",
                    (unsigned long)trained_on),
           s->file, s->line, trained_on, sc.options, acc, guess, base);
    if (over > TELLS_AIM)
        printf(_("The wording gives the kind away: %.0f points better than guessing. Aim for "
                 "%d or fewer.\n"), over, TELLS_AIM);
    else
        printf(_("No strong tells: %+.0f points against guessing (the aim is %d or fewer).\n"),
               over, TELLS_AIM);
    print_features(m, true, _("Reads as a rescue:"));
    print_features(m, false, _("Reads as not a rescue:"));
    print_shape(s);
    bool any = false;
    for (int i = 0, k = 0; i < s->n_scenes; i++)
        for (int c = 0; c < s->scenes[i].n_choices; c++, k++) {
            const Choice *ch = &s->scenes[i].choices[c];
            if (ch->kind != KIND_RESCUE || !tells_guess(m, ch->text))
                continue;
            if (!any)
                printf(_("  Rescues whose wording gives them away:\n"));
            any = true;
            /* At most 70 bytes, cut between UTF-8 characters. */
            int len = (int)strlen(ch->text), cut = len > 70 ? 70 : len;
            while (cut > 0 && cut < len && ((unsigned char)ch->text[cut] & 0xc0) == 0x80)
                cut--;
            printf("    %s:%d: \"%.*s%s\"\n", s->file, ch->line, cut, ch->text,
                   cut < len ? "..." : "");
        }
}

int cli_check_tells(const PathList *targets)
{
    PathList all = {0};
    library_list(&all);
    Options *lib = calloc((size_t)all.count + 1, sizeof *lib);
    if (!lib) {
        path_list_free(&all);
        return -1;
    }
    int n_lib = 0;
    for (int i = 0; i < all.count; i++)
        if (options_load(all.items[i], &lib[n_lib]) == 0)
            n_lib++;
    for (int t = 0; t < targets->count; t++) {
        Options target;
        if (options_load(targets->items[t], &target) < 0)
            continue; /* its errors are printed by check */
        int n = 0, stories = 0;
        for (int i = 0; i < n_lib; i++)
            if (strcmp(lib[i].story->id, target.story->id) != 0)
                n += lib[i].n;
        TellsItem *train = calloc((size_t)n + 1, sizeof *train);
        n = 0;
        for (int i = 0; train && i < n_lib; i++)
            if (strcmp(lib[i].story->id, target.story->id) != 0) {
                memcpy(train + n, lib[i].items, (size_t)lib[i].n * sizeof *train);
                n += lib[i].n;
                stories++;
            }
        TellsModel *m = train && stories > 0 ? tells_train(train, n) : NULL;
        if (m)
            report(&target, m, stories);
        else
            printf(_("%s:%d: tells: there are no other stories to learn from (beside list shows "
                     "what Beside finds).\n"), target.story->file, target.story->line);
        tells_free(m);
        free(train);
        options_free(&target);
    }
    for (int i = 0; i < n_lib; i++)
        options_free(&lib[i]);
    free(lib);
    path_list_free(&all);
    return 0;
}
