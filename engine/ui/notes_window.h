/* notes_window.h — the facilitator's notes on a second display. */
#ifndef BESIDE_NOTES_WINDOW_H
#define BESIDE_NOTES_WINDOW_H

#include <SDL.h>

typedef struct NotesWindow NotesWindow;

/* Opens a window filling display `display` (SDL's numbering), drawing with
 * the font at `font_path`. NULL with *err set when it cannot. */
NotesWindow *notes_window_open(int display, const char *font_path, char **err);
void notes_window_close(NotesWindow *n);
unsigned notes_window_id(const NotesWindow *n);
/* Shows `text` (blank lines between paragraphs) in place of what was there. */
void notes_window_show(NotesWindow *n, const char *text);
/* Redraws when uncovered or resized; closing it only hides it. */
void notes_window_event(NotesWindow *n, const SDL_WindowEvent *e);

#endif
