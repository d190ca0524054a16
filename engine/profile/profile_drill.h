/* profile_drill.h — Spot it in the profile: the box of each item the player
 * has practised, every round (practice or check form A or B) and every
 * answer with the item's text as it was asked, so progress and reports stay
 * true after the bank is edited. Like every profile call: 0 or -1 with
 * *err set (malloc'd); each answer is committed (and synced) before the
 * call returns. */
#ifndef BESIDE_PROFILE_DRILL_H
#define BESIDE_PROFILE_DRILL_H

#include <stdbool.h>
#include <stdint.h>

#include "core/drill_round.h"
#include "profile/profile.h"

/* The box and last round of every item answered in practice. */
typedef struct {
    char *item_id;
    DrillMemory memory;
} DrillMemoryRow;
int profile_drill_memory(Profile *p, DrillMemoryRow **out, int *count, char **err);
void drill_memory_rows_free(DrillMemoryRow *rows, int count);

/* The number the next practice round gets (1 for the first), and how many
 * of the last `n` practice answers were right (for drill_level). */
int profile_drill_next_round(Profile *p, int *round, char **err);
int profile_drill_recent(Profile *p, int n, int *right, int *total, char **err);

/* Begins a round: `mode` is "practice", "A" or "B"; `number` the practice
 * round's number (0 for a check). Returns its id (> 0), or -1. */
int64_t profile_drill_begin(Profile *p, const char *mode, int number, char **err);

/* One answer. For a practice round the item's box moves (drill_box_after)
 * and its last round becomes the round's number; a check changes no box. */
typedef struct {
    const DrillItem *item;
    ChoiceKind answer;
} DrillAnswer;
int profile_drill_answer(Profile *p, int64_t round, const DrillAnswer *a, char **err);
/* Marks the round finished (all its items answered). */
int profile_drill_finish(Profile *p, int64_t round, char **err);

/* A round as it was played, with its score per kind. */
typedef struct {
    int64_t id;
    char mode[12];     /* "practice", "A", "B" */
    int number;
    int64_t started;   /* unix seconds */
    bool finished;
    DrillScore score;
} DrillRoundInfo;
/* Every round begun at or after `since` (0: all), oldest first. */
int profile_drill_rounds(Profile *p, int64_t since, DrillRoundInfo **out, int *count,
                         char **err);

/* An answer as it was given, with the item's text at that time. */
typedef struct {
    int64_t round;
    char mode[12];
    char *item_id, *situation, *response;
    ChoiceKind kind, answer;
    bool right;
    int64_t at;
} DrillAnswerRecord;
/* Answers in rounds begun at or after `since`, oldest first; only the
 * wrong ones with `missed_only`. */
int profile_drill_answers(Profile *p, int64_t since, bool missed_only, DrillAnswerRecord **out,
                          int *count, char **err);
void drill_answer_records_free(DrillAnswerRecord *a, int count);

#endif
