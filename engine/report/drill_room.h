/* drill_room.h — the summary of a room's round of Spot it (facilitator
 * mode): for each item the room answered, the hands for each kind and what
 * the room said, and the room's accuracy per kind. Nothing about anyone in
 * the room: only the counts of hands. Rendered as a page to print (HTML)
 * and as plain text. */
#ifndef BESIDE_DRILL_ROOM_H
#define BESIDE_DRILL_ROOM_H

#include <stdint.h>

#include "core/drill.h"

enum { DRILL_ROOM_MAX = 50 };

typedef struct {
    const DrillItem *item;  /* owned by the bank the round came from */
    int votes[KIND_COUNT];  /* the hands for each kind */
    int answer;             /* the kind the room settled on */
} DrillRoomItem;

typedef struct {
    DrillRoomItem items[DRILL_ROOM_MAX];
    int n;
    int64_t finished;       /* when the round ended (Unix seconds); 0: not said */
} DrillRoom;

/* Adds an answered item (ignored past DRILL_ROOM_MAX). */
void drill_room_add(DrillRoom *r, const DrillItem *item, const int *votes, int answer);
/* The room's right answers and items of kind `k` (-1 for every kind). */
int drill_room_right(const DrillRoom *r, int k, int *total);
/* The page and the text (malloc'd); NULL when memory runs out. */
char *drill_room_html(const DrillRoom *r);
char *drill_room_text(const DrillRoom *r);

#endif
