/* homework_check.h — the checks an assignment gets before it is written,
 * in one place for every way of making one: `beside assign` names a field
 * by its option ("--question 2 is empty. ..."), the therapist's desk in the
 * window by its label ("Question 2 is empty. ..."); the words after the
 * name are the same. */
#ifndef BESIDE_HOMEWORK_CHECK_H
#define BESIDE_HOMEWORK_CHECK_H

#include <stdbool.h>

#include "homework/homework.h"

typedef enum {
    HOMEWORK_F_STORIES,
    HOMEWORK_F_QUESTIONS,
    HOMEWORK_F_PRACTICE,
    HOMEWORK_F_NOTE,
    HOMEWORK_F_FROM,
    HOMEWORK_F_DUE,
    HOMEWORK_F_CONTACTS,
    HOMEWORK_F_COUNT
} HomeworkField;

typedef struct {
    HomeworkField field;
    int item;        /* 1-based item of a list field; 0 for the field as a whole */
    bool not_found;  /* a story that is not installed here (not a mistake in the text) */
    char *message;   /* a whole sentence, starting with the field's name or a number */
} HomeworkProblem;

typedef struct {
    HomeworkProblem *items;
    int count;
} HomeworkProblems;

/* Checks `hw` as it would be written today (`today` is YYYY-MM-DD): each
 * text (homework_text_problem), how many of each list, the due date (a day
 * on the calendar, not before today), each story id (valid, given once,
 * found by library_find). names[f] is what messages call field f. Adds
 * the problems in that order to `out` and returns how many (0: good);
 * -1 when memory ran out. */
int homework_check(const Homework *hw, const char *today,
                   const char *const names[HOMEWORK_F_COUNT], HomeworkProblems *out);
/* The problems about field `f` (any item when item < 0), joined by line
 * breaks (malloc'd), or NULL when there are none. */
char *homework_problems_about(const HomeworkProblems *p, HomeworkField f, int item);
void homework_problems_clear(HomeworkProblems *p);

#endif
