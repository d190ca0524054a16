/* translate.h — a story in another language: every line a player sees, with
 * an id that survives edits elsewhere in the file, matched against a gettext
 * catalogue (core/po.h). docs/TRANSLATING.md is the guide for translators.
 *
 * The id of a line is its msgctxt plus its English text as msgid, as gettext
 * does it: the context says where the line is ("after-close/choice-2/because",
 * "the-end/lens-goal", "@story/title", "@person/mom") and is built from the
 * scene id, the field and the line's place among its scene's lines of that
 * field, never from a line number. So editing another scene, or adding a line
 * such as `people = { }`, changes no id; changing the English of a line makes
 * its old translation "fuzzy" (needs review) until a person looks at it.
 *
 * What is translated: scene text, choice text, because, later's says,
 * discuss, an ending's title, lens parts, practice and reflect, the story's
 * title, teaser, content notes and you_play, the names of its people and
 * the labels of the meters it adds. Not facilitators' notes, and not text
 * that a story's own functions make while playing: that stays English. The
 * story's logic (conditions, effects, routes) is the same in every language. */
#ifndef BESIDE_TRANSLATE_H
#define BESIDE_TRANSLATE_H

#include <stdbool.h>
#include <stddef.h>

#include "core/po.h"
#include "core/story.h"

typedef struct {
    char *ctxt;  /* the line's id (msgctxt), malloc'd */
    char **slot; /* the field in the story that holds it */
    int line;    /* where it is in the story file; the scene's line when unknown */
    char *what;  /* for the translator: "Scene after-close, choice 2 (support), because" */
} TrLine;

typedef struct {
    TrLine *items;
    int count;
    int cap;
} TrLines;

/* Every translatable line of `s`, in file order, each pointing at its field.
 * Returns 0, or -1 on no memory (what was found is kept). */
int translate_lines(Story *s, TrLines *out);
void translate_lines_free(TrLines *l);

typedef struct {
    int lines;      /* lines the story has */
    int translated; /* shown in the other language */
    int missing;    /* no translation: shown in English */
    int fuzzy;      /* a translation that needs review: shown in English */
} TrCount;

/* Puts each line's translation from `po` into the story in place of the
 * English (freed). A line without a translation, or with one marked fuzzy,
 * keeps its English: the fallback is per line. A line whose context is not
 * in the catalogue takes the translation of the same English elsewhere in
 * it (choices moved within a scene). Fills *count when not NULL. Returns 0,
 * or -1 on no memory (lines already replaced stay replaced). */
int translate_apply(Story *s, const PoFile *po, TrCount *count);

/* How a catalogue stands against the story, line by line: fn is called for
 * each line that is missing (entry NULL, or its msgstr empty) or fuzzy. */
typedef void (*TrProblemFn)(void *ctx, const TrLine *line, const PoEntry *entry);
TrCount translate_status(Story *s, const PoFile *po, TrProblemFn fn, void *ctx);

typedef struct {
    int added;     /* new lines, not translated yet */
    int kept;      /* unchanged lines */
    int review;    /* translations kept but marked fuzzy: the English changed */
    int obsoleted; /* translations of lines no longer in the story (#~) */
} TrMerge;

/* Builds the catalogue for `s` in `lang` ("es") from the one it had (`old`,
 * may be empty): new lines added with an empty msgstr, a line whose English
 * changed keeps its translation marked fuzzy with the old English as #|
 * msgid, translations of removed lines kept as obsolete (#~). `ref_file` is
 * the story's file as the references (#:) name it. The header of `old` is
 * kept; a new one names the language. Returns 0, or -1 on no memory. */
int translate_merge(Story *s, const PoFile *old, const char *lang, const char *ref_file,
                    PoFile *out, TrMerge *stats);

/* The language to show stories in, from (in this order) the player's
 * choice (an option, then BESIDE_LANG), then the locale: LANGUAGE (its
 * first item), LC_ALL, LC_MESSAGES, LANG. Each may be NULL. Writes "es_ES"
 * or "es" (no codeset or modifier) to `out`, or "" for English: "C",
 * "POSIX" or "en..." and nothing set. */
void translate_pick_lang(const char *const sources[6], char *out, size_t n);

#endif
