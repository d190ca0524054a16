/* desk.h — the therapist's desk: an assignment being made (a draft, held
 * as a Homework), the stories it can name with what each offers, checked
 * with the same rules and words as `beside assign` (homework_check.h),
 * saved to the documents folder under a name never taken, remembered in
 * the profile for next week, and opened back from a file. No SDL: the
 * window shows it, tests/app/test_desk.c drives it. */
#ifndef BESIDE_APP_DESK_H
#define BESIDE_APP_DESK_H

#include <stdint.h>

#include "core/story.h"
#include "homework/homework.h"
#include "homework/homework_check.h"
#include "profile/profile.h"
#include "script/library.h"

/* ---- the catalogue: what each story offers (desk_catalogue.c) ---- */

typedef struct {
    char *id, *title;
    int minutes;          /* 0 when the story does not say */
    char **notes;         /* content notes */
    int n_notes;
    char **teaches;       /* the ideas docs/IDEAS.md says it teaches */
    int n_teaches;
    char **reflect;       /* its endings' reflect prompts, each once */
    int n_reflect;
    char **practice;      /* its endings' practice tasks, each once */
    int n_practice;
} DeskStory;

typedef struct {
    DeskStory *stories;
    int count;
} DeskCatalogue;

/* Adds what `s` offers. -1 on no memory. */
int desk_catalogue_add(DeskCatalogue *c, const Story *s);
/* Every story the library finds (those that fail to load are left out).
 * Returns how many were added, -1 on no memory. */
int desk_catalogue_load(DeskCatalogue *c);
/* Reads the ideas table at `path` (NULL: docs/IDEAS.md beside the shipped
 * stories) into each story's `teaches`. Returns 0, or -1 when there is no
 * such file (then no story says what it teaches). */
int desk_catalogue_ideas(DeskCatalogue *c, const char *path);
const DeskStory *desk_catalogue_find(const DeskCatalogue *c, const char *id);
void desk_catalogue_free(DeskCatalogue *c);

/* ---- the draft (desk.c) ---- */

/* An empty draft (a Homework with no stories yet); NULL on no memory. */
Homework *desk_draft_new(void);
/* A copy of `hw` to go on editing: its date given and file forgotten. */
Homework *desk_draft_copy(const Homework *hw);
/* Where `s` is in `items`, or -1. */
int desk_find(char *const *items, int n, const char *s);
/* Adds `s` at the end of the list, or takes it out when it is there.
 * Returns 1 added, 0 taken out, -1 on no memory. */
int desk_toggle(char ***items, int *n, const char *s);
/* Adds `s` at the end (even when it is there). -1 on no memory. */
int desk_add(char ***items, int *n, const char *s);
/* Takes item i out; nothing when there is none. */
void desk_remove(char ***items, int *n, int i);
/* Sets a text field: blank text (only spaces and line breaks) leaves it
 * out. -1 on no memory (the field is unchanged). */
int desk_set_text(char **field, const char *text);

/* Today as YYYY-MM-DD, in local time. */
void desk_today(char out[11]);
/* `date` plus `days` (either sign) into out; -1 when `date` is not one. */
int desk_date_add(const char *date, int days, char out[11]);
/* The due date moved: `days` from the due date (or from today when there
 * is none), never before today. */
int desk_due_move(Homework *d, const char *today, int days);
/* The due date set `days` from today, or taken out when days < 0. */
int desk_due_set(Homework *d, const char *today, int days);

/* homework_check with the desk's names for the fields ("Question 2 is
 * empty. ..."). Returns how many problems, -1 on no memory. */
int desk_check(const Homework *d, const char *today, HomeworkProblems *out);

/* Saves the draft, dated `today`, as assignment-DATE.beside-homework in
 * `dir` (NULL: the documents folder), -2, -3 … when that is taken: never
 * over a file. It is checked first (*problems gets what is wrong, and
 * nothing is written), and the written text is read back before it is
 * kept. When `p` is not NULL it joins the recent assignments. Returns 0
 * with *path (malloc'd) and *message saying where; -1 with *message
 * saying why not. */
int desk_save(Homework *d, const char *dir, const char *today, Profile *p,
              HomeworkProblems *problems, char **path, char **message);

/* ---- the recent assignments, in the profile (desk.c) ---- */

enum { DESK_RECENT_MAX = 5 };
/* Keeps `hw`'s text first among the recent ones (the oldest goes past
 * DESK_RECENT_MAX; the same assignment is kept once). 0, or -1. */
int desk_recent_add(Profile *p, const Homework *hw);
/* The recent assignments, newest first, into out[] (up to DESK_RECENT_MAX,
 * each to homework_free). Returns how many (0 without a profile). */
int desk_recent_list(Profile *p, Homework **out);

/* ---- files (desk.c) ---- */

/* The .beside-homework files in `dir` (NULL: the documents folder), the
 * newest first. */
void desk_find_files(const char *dir, PathList *out);
/* Opens an assignment file into a new draft: NULL with *message naming
 * the file, its line and the problem. */
Homework *desk_open(const char *path, char **message);

#endif
