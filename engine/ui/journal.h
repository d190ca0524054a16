/* journal.h — the journal's screens (journal.c): the list
 * of pages and the page being written. */
#ifndef BESIDE_UI_JOURNAL_H
#define BESIDE_UI_JOURNAL_H

#include "ui/app.h"

/* ---- journal.c ---- */
void journal_load_list(App *a);
void journal_new_page(App *a, const char *story_id, const char *ending_id, const char *prompt);
void journal_open_page(App *a, int index);
/* Saves and stops text input; frees the page unless `keep_editor` (Help). */
void journal_leave(App *a, bool keep_editor);
/* Keys on the writing page; true when the page used the key. */
bool journal_key(App *a, int32_t key, uint16_t mod);
void journal_text_input(App *a, const char *text);
void journal_composition(App *a, const char *text, int start);
/* The writing page for a field of the desk (ui/desk_ui.c): `prompt` above,
 * `body` to change; nothing goes to the journal. */
void journal_open_field(App *a, const char *prompt, const char *body);
/* A click in the writing area moves the caret; true when it was there. */
bool journal_click(App *a, int x, int y);
/* Syncs the profile a second after typing stops; the loop's wait in ms,
 * or -1 when nothing is due. */
void journal_tick(App *a);
int journal_wait_ms(const App *a);

#endif
