/* tells.h — does the wording of options give their kind away? A small
 * logistic-regression classifier over an option's words, its length and
 * whether it asks a question, trained on some options (rescue or not) and
 * used to guess others. `beside check --tells` trains it on the other
 * stories of the library and scores each story: if it guesses much better
 * than always saying "not a rescue", the wording carries tells a player can
 * learn instead of the skill. Same data in, same model out. */
#ifndef BESIDE_TELLS_H
#define BESIDE_TELLS_H

#include <stdbool.h>

typedef struct {
    const char *text;
    bool rescue;
} TellsItem;

typedef struct TellsModel TellsModel;

/* Trains on items[0..n). NULL when memory runs out. */
TellsModel *tells_train(const TellsItem *items, int n);
void tells_free(TellsModel *m);

/* True when the model reads `text` as a rescue. */
bool tells_guess(const TellsModel *m, const char *text);

/* The `max` features with the largest weight toward rescue (toward = true)
 * or toward not a rescue, strongest first, as the reader would say them:
 * a word ("i'll"), "a question", or "N to M words". Fills names[] with
 * pointers into the model (valid until tells_free) and returns how many. */
int tells_top(const TellsModel *m, bool toward, const char **names, int max);

/* Scoring one set of options with a model. */
typedef struct {
    int options;
    int rescues;
    int right;    /* the model's guesses that were right */
    int baseline; /* right answers from always guessing the commoner answer */
} TellsScore;
void tells_score(const TellsModel *m, const TellsItem *items, int n, TellsScore *out);

#endif
