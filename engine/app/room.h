/* room.h — what a facilitator's room leaves behind: the summary of a story
 * played on a projector (report/session.h) or of a Spot it round played by
 * a show of hands (report/drill_room.h), saved as a page in the documents
 * folder under a name never taken. The summaries hold the story or the
 * items and the count of hands: nothing about anyone in the room. */
#ifndef BESIDE_APP_ROOM_H
#define BESIDE_APP_ROOM_H

#include "report/drill_room.h"
#include "report/session.h"

/* Saves the story session's summary as beside-session-DATE.html (then -2,
 * -3…). Returns what to tell the facilitator (malloc'd; NULL only when
 * memory runs out): where it went, or why it could not be saved. */
char *room_save_session(const SessionSummary *s);
/* The same for a Spot it round: beside-spot-it-room-DATE.html. */
char *room_save_drill(const DrillRoom *r);

#endif
