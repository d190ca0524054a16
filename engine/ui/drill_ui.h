/* drill_ui.h — Spot it in the window ("Spot it" on the title screen): a
 * round of ten items (read, pick the kind with a click or a number key 1-7,
 * see at once whether it was right and why), a check form, and the
 * progress screen with a chart of accuracy per kind over time. The round
 * itself is engine/app/drill_session.h; this is what the window shows of
 * it. Private to engine/ui/. */
#ifndef BESIDE_UI_DRILL_UI_H
#define BESIDE_UI_DRILL_UI_H

#include "app/drill_session.h"
#include "app/room.h"
#include "ui/app.h"

/* What a Spot it button does: ACT_DRILL_DO's arg is DRILL_ARG(op, i). */
typedef enum {
    DRILL_UI_ANSWER,   /* i: the ChoiceKind picked */
    DRILL_UI_NEXT,     /* on from an answer's feedback */
    DRILL_UI_ROUND,    /* a new practice round */
    DRILL_UI_CHECK,    /* i: 0 form A, 1 form B */
    DRILL_UI_PROGRESS, /* the progress screen */
    DRILL_UI_SAVE_ROOM, /* a room's round: save its summary to the documents folder */
} DrillUiOp;

#define DRILL_ARG(op, i) ((int)(op) * 100 + (i))

typedef struct DrillScreen {
    DrillBank bank;
    bool loaded;
    char *problem;             /* no items, a save that failed: said on screen */
    DrillSession s;
    bool active;               /* a round or check is under way or just done */
    const DrillItem *answered; /* the item just answered, while its feedback shows */
    int answer;                /* the kind picked for it */
    DrillBlock *blocks;        /* the progress screen's data */
    int n_blocks;
    DrillRoundInfo other;      /* after a check: the other form's, for the change */
    bool has_other;
    bool room;                 /* facilitator mode: a room votes, nothing is saved */
    int votes[KIND_COUNT];     /* the room's hands for each kind, this item */
    DrillRoom record;          /* a room's round so far, for its summary */
    char *saved;               /* where the room's summary went, or why not */
} DrillScreen;

/* ACT_DRILL: a practice round (arg 0) or the progress screen (arg 1). */
void drill_ui_open(App *a, int arg);
/* ACT_DRILL_DO. */
void drill_ui_action(App *a, int arg);
/* A number key 1-7 (digit 0-6) on the round screen: that kind; in
 * facilitator mode a hand for it (`take_away`: Shift, one hand less). */
void drill_ui_digit(App *a, int digit, bool take_away);
/* Enter with no button focused: on from an answer; in facilitator mode,
 * reveal the kind with most hands. */
void drill_ui_enter(App *a);
void drill_ui_free(App *a);

void screen_drill(App *a);
void screen_drill_progress(App *a);

#endif
