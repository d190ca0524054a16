/* textedit_internal.h — what textedit.c and textedit_move.c share: the
 * editor's state and the helpers that map the text to its view. */
#ifndef BESIDE_TEXTEDIT_INTERNAL_H
#define BESIDE_TEXTEDIT_INTERNAL_H

#include "ui/textedit.h"

struct TextEdit {
    char *text; /* NUL-terminated, valid UTF-8, no control character but '\n' */
    size_t len, cap;
    char *comp; /* the composition, cleaned the same way; comp_len 0 = none */
    size_t comp_len, comp_caret;
    char *view; /* text with comp at the cursor; only used while comp_len > 0 */
    size_t view_cap;
    size_t cursor;
    /* The cursor sits where a wrapped line ends and the next begins: show it
     * at the end of the first (set by End, a click, up and down). */
    int at_line_end;
    int goal_x, has_goal; /* the x that up and down keep */
    unsigned long changes;
    TextWrap wrap;
    int line_height;
    TextWrapLines lines, scratch;
    int lines_valid;
};

/* The view is the text with the composition spliced in at the cursor:
 * te_view_text/len give it, te_view_caret the cursor in it, te_text_offset
 * maps a view offset back to the text. te_lines_ready makes sure the wrapped
 * lines are up to date (0 when memory ran out); te_place puts the cursor at
 * text offset c, drawn at a wrapped line's end when at_line_end. */
const char *te_view_text(const TextEdit *ed);
size_t te_view_len(const TextEdit *ed);
size_t te_view_caret(const TextEdit *ed);
size_t te_text_offset(const TextEdit *ed, size_t v);
int te_lines_ready(TextEdit *ed);
void te_place(TextEdit *ed, size_t c, int at_line_end);

#endif
