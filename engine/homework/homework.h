/* homework.h — an assignment from a therapist: which stories to play, the
 * questions to reflect on, a practice task for the week, a note, and an
 * optional date. It is a small, human-readable .beside-homework file, run in
 * the same sandbox as story files (docs/THERAPISTS.md shows one):
 *
 *     homework {
 *       from = "Sam Lee",
 *       assigned = "2026-12-01",
 *       due = "2026-12-08",
 *       stories = { "nina-and-tom", "the-fine-line" },
 *       questions = { "When did you feel the pull to fix it?" },
 *       practice = "Once a day, ask 'Do you want advice, or should I just listen?'",
 *       note = "Play at your own pace. Stop if it gets too much.",
 *       contacts = { "Sam Lee's practice: 555 0142, weekdays 9 to 5" },
 *       drill = 3,           -- three Spot it rounds (docs/DRILL.md)
 *       check_form = "A",    -- and check form A
 *     }
 *
 * Contacts are shown on the client's Help screen, under the therapist's
 * name, for as long as the assignment is open. Like every value they are
 * only text: checked for length and control characters, never run.
 */
#ifndef BESIDE_HOMEWORK_H
#define BESIDE_HOMEWORK_H

#include <stdbool.h>
#include <stddef.h>

#include "core/diag.h"

/* The limits an assignment is held to. Characters are counted in UTF-8
 * characters, not bytes. */
enum {
    HOMEWORK_MAX_FILE = 64 * 1024, /* bytes in a .beside-homework file */
    HOMEWORK_MAX_STORIES = 20,
    HOMEWORK_MAX_QUESTIONS = 20,
    HOMEWORK_MAX_QUESTION = 500,   /* characters in one question */
    HOMEWORK_MAX_TEXT = 2000,      /* characters in from, practice and note */
    HOMEWORK_MAX_ID = 64,          /* bytes in a story id */
    HOMEWORK_MAX_CONTACTS = 6,     /* contact lines the therapist adds */
    HOMEWORK_MAX_CONTACT = 200,    /* characters in one contact line */
    HOMEWORK_MAX_DRILL = 20,       /* Spot it rounds in one assignment */
};

typedef struct {
    char *file;        /* where it was read from; NULL when made in memory */
    char *from;        /* who assigned it; may be NULL */
    char *assigned;    /* YYYY-MM-DD; may be NULL */
    char *due;         /* YYYY-MM-DD; may be NULL */
    char **stories;    /* story ids, in the order to play them; at least one,
                        * unless the assignment asks for Spot it (drill or
                        * check_form) */
    int n_stories;
    char **questions;  /* reflection questions; may be none */
    int n_questions;
    char *practice;    /* the practice task for the week; may be NULL */
    char *note;        /* a note from the therapist; may be NULL */
    char **contacts;   /* lines for the Help screen while the assignment is
                        * open ("Sam Lee's practice: 555 0142"); may be none */
    int n_contacts;
    int drill_rounds;  /* Spot it practice rounds to play (0: none) */
    char check_form;   /* Spot it check form to take: 'A', 'B', or 0 */
} Homework;

/* Reads and checks an assignment file. Returns it, or NULL with at least one
 * error in `diags` naming the file and line and saying what to write. */
Homework *homework_load(const char *path, DiagList *diags);
/* The same for text in memory; `name` is the file name in messages. */
Homework *homework_load_text(const char *name, const char *src, size_t len, DiagList *diags);
/* The text of a .beside-homework file holding `hw` (malloc'd), which
 * homework_load_text reads back to the same values; NULL on no memory. */
char *homework_write(const Homework *hw);
void homework_free(Homework *hw);
/* True when `path` names an assignment file (it ends in .beside-homework). */
bool homework_is_file(const char *path);

/* True when `s` is a story id an assignment can name: 1 to HOMEWORK_MAX_ID
 * lowercase letters, digits and dashes. */
bool homework_valid_id(const char *s);
/* True when `s` is a day that exists on the calendar, written YYYY-MM-DD
 * (years 1970 to 9999). */
bool homework_valid_date(const char *s);
/* What is wrong with `len` bytes of text `s` as a value of at most
 * `max_chars` characters: NULL when nothing is; otherwise a malloc'd phrase
 * that follows the value's name and says what to do ("is empty. Write the
 * text, or leave it out."). Text may hold line breaks and tabs but no other
 * control characters, and must be valid UTF-8. */
char *homework_text_problem(const char *s, size_t len, int max_chars);

#endif
