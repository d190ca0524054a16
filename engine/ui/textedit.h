/* textedit.h — the journal's text editor core: a multi-line UTF-8 buffer with a
 * cursor, an IME composition shown at the cursor, and the editing word wrap
 * that gives every byte offset a place on screen. No SDL: the window turns
 * keys and SDL_TEXTINPUT / SDL_TEXTEDITING into these calls and draws what
 * textedit_view() and textedit_lines() describe. */
#ifndef BESIDE_TEXTEDIT_H
#define BESIDE_TEXTEDIT_H

#include <stddef.h>

#include "ui/textwrap.h" /* TextWrapLine, and LayoutMeasure from layout.h */

/* The text never grows past this many bytes (about 30 pages of prose). */
#define TEXTEDIT_MAX_BYTES 100000
/* A composition longer than this is refused (SDL's are at most a line). */
#define TEXTEDIT_MAX_COMPOSITION 4096
/* A tab in inserted text becomes this many spaces. */
#define TEXTEDIT_TAB_SPACES 4

typedef enum {
    TEXTEDIT_OK = 0,
    /* The text would pass TEXTEDIT_MAX_BYTES (or a composition
     * TEXTEDIT_MAX_COMPOSITION): nothing was changed. */
    TEXTEDIT_TOO_LONG = 1,
    /* Memory ran out: nothing was changed. */
    TEXTEDIT_NO_MEMORY = -1
} TextEditResult;

typedef enum {
    TEXTEDIT_LEFT,       /* one character back (a base and its marks, a ZWJ emoji, a flag) */
    TEXTEDIT_RIGHT,      /* one character on */
    TEXTEDIT_WORD_LEFT,  /* to the start of this or the previous word (Ctrl+Left) */
    TEXTEDIT_WORD_RIGHT, /* to the end of this or the next word (Ctrl+Right) */
    TEXTEDIT_UP,         /* the line above, at the preferred x; on the first line, the start */
    TEXTEDIT_DOWN,       /* the line below, at the preferred x; on the last line, the end */
    TEXTEDIT_LINE_START, /* Home: the start of the line on screen */
    TEXTEDIT_LINE_END,   /* End: the end of the line on screen */
    TEXTEDIT_TEXT_START, /* Ctrl+Home */
    TEXTEDIT_TEXT_END    /* Ctrl+End */
} TextEditMove;

/* One line on screen: bytes [start, start + len) of textedit_view(); see
 * textwrap.h (`reach` is the wrap's own bookkeeping). A wrapped line's len
 * includes the spaces at the break, so the next line starts at start + len;
 * a blank line has len 0. */
typedef TextWrapLine TextEditLine;

/* Where to draw the caret, in pixels from the top left of the text. */
typedef struct {
    size_t line; /* index into textedit_lines() */
    int x;       /* never past the wrap width, unless the line holds a
                    single character wider than it */
    int y;       /* line * line height */
    int height;  /* the line height */
} TextEditCaret;

typedef struct TextEdit TextEdit;

/* An empty editor, or NULL when memory runs out. Until textedit_set_layout()
 * it wraps nothing and every character is 1 px wide, on 1 px lines. */
TextEdit *textedit_new(void);
/* NULL is fine. */
void textedit_free(TextEdit *ed);

/* Replaces the text (a saved page being opened), cleaned as textedit_insert()
 * cleans, puts the cursor at its end and drops any composition. Not counted
 * as a change. Returns TEXTEDIT_OK, or TEXTEDIT_TOO_LONG / TEXTEDIT_NO_MEMORY
 * with nothing changed; `utf8` may be NULL when `len` is 0. */
TextEditResult textedit_set_text(TextEdit *ed, const char *utf8, size_t len);
/* The text: valid UTF-8, NUL-terminated, without the composition. Its
 * length in bytes goes to *len when `len` is not NULL. Valid until the next
 * call that changes the editor. */
const char *textedit_text(const TextEdit *ed, size_t *len);
/* Counts the changes to the text (inserts and removals, not moves, nor the
 * composition, nor textedit_set_text): save when it differs from the count
 * at the last save. */
unsigned long textedit_changes(const TextEdit *ed);

/* Sets the wrap width (below 1 is read as 1), the line height (below 1 is
 * read as 1) and the measuring callback, which must measure a slice without
 * newlines and not fail (see LayoutMeasure). The lines are laid out again
 * only when one of these differs; NULL `measure` restores the 1 px default. */
void textedit_set_layout(TextEdit *ed, int max_width, int line_height,
                         LayoutMeasure measure, void *ud);
/* Forgets the lines, for when the same callback now measures differently
 * (the player changed the font or its size). */
void textedit_relayout(TextEdit *ed);

/* Inserts text at the cursor and puts the cursor after it: typed text
 * (SDL_TEXTINPUT, which also commits a composition: any composition is
 * dropped) or pasted text. The text is cleaned first: CRLF and CR become LF
 * (so do U+2028 and U+2029), a tab becomes TEXTEDIT_TAB_SPACES spaces, other
 * control characters (C0, DEL, C1) are dropped, and each invalid UTF-8
 * sequence (its longest valid-looking start, or one stray byte) becomes
 * U+FFFD. All or nothing: returns TEXTEDIT_TOO_LONG when the cleaned text
 * would take the text past TEXTEDIT_MAX_BYTES, TEXTEDIT_NO_MEMORY when memory
 * runs out; then nothing changed. Inserting nothing is TEXTEDIT_OK and no
 * change. */
TextEditResult textedit_insert(TextEdit *ed, const char *utf8, size_t len);
/* Removes the character before (backspace) or after (delete) the cursor: a
 * whole character as the reader sees it — every byte of its UTF-8, a base
 * with its combining marks and variation selectors, a skin-toned or
 * ZWJ-joined emoji, a flag. Returns 1, or 0 when there was nothing to
 * remove. Cannot fail. */
int textedit_backspace(TextEdit *ed);
int textedit_delete(TextEdit *ed);

/* Moves the cursor. Up and down keep the x the caret had before the first
 * of a run of them, so passing a short line does not lose the column.
 * Returns TEXTEDIT_OK, or TEXTEDIT_NO_MEMORY (the lines could not be laid
 * out) with the cursor where it was; only the line moves can fail. */
TextEditResult textedit_move(TextEdit *ed, TextEditMove how);
/* The cursor as a byte offset into textedit_text(). */
size_t textedit_cursor(const TextEdit *ed);
/* Puts the cursor at `offset`, moved back to the start of a UTF-8 sequence
 * and to at most the text's length. */
void textedit_set_cursor(TextEdit *ed, size_t offset);

/* Shows `utf8` at the cursor as text being composed (SDL_TEXTEDITING), with
 * the composition's own caret after `caret_chars` code points of it (SDL's
 * `start`; negative or past the end means at its end). It is cleaned as
 * textedit_insert() cleans, and is not part of the text: it is replaced by
 * the next textedit_insert(), and empty `len` clears it. Returns TEXTEDIT_OK,
 * or TEXTEDIT_TOO_LONG / TEXTEDIT_NO_MEMORY with no composition shown. */
TextEditResult textedit_set_composition(TextEdit *ed, const char *utf8, size_t len,
                                        int caret_chars);
void textedit_clear_composition(TextEdit *ed);
/* The composition ("" when none), its length to *len when not NULL. In
 * textedit_view() it begins at textedit_cursor(): underline it there. */
const char *textedit_composition(const TextEdit *ed, size_t *len);

/* The text as shown: the text with the composition at the cursor. This is
 * what textedit_lines() and the caret index into. NUL-terminated; valid
 * until the next call that changes the editor. */
const char *textedit_view(const TextEdit *ed, size_t *len);
/* The lines on screen, at least one (empty text has one empty line); their
 * count to *count. They are laid out with the callback only when the text,
 * the composition or the layout changed, and then only for the paragraphs
 * that changed. Returns NULL with *count 0 when memory runs out. Valid until
 * the next call that changes the editor. */
const TextEditLine *textedit_lines(TextEdit *ed, size_t *count);

/* Where the caret is: inside the composition when there is one. A cursor at
 * a wrapped line's end (after End, or a click past the end) is shown there
 * rather than at the start of the next line. Returns TEXTEDIT_OK, or
 * TEXTEDIT_NO_MEMORY with *out zeroed. */
TextEditResult textedit_caret(TextEdit *ed, TextEditCaret *out);
/* The byte offset into textedit_text() nearest to the point (x, y): above
 * the text is the first line, below it the last, left of a line its start,
 * right of it its end; a point in the composition gives the cursor. Returns
 * TEXTEDIT_OK, or TEXTEDIT_NO_MEMORY with *offset the cursor. */
TextEditResult textedit_offset_at(TextEdit *ed, int x, int y, size_t *offset);
/* Moves the cursor to the point (x, y), as a mouse click does, keeping it on
 * the clicked line when that is a wrapped line's end. Fails as
 * textedit_offset_at() does, with the cursor where it was. */
TextEditResult textedit_click(TextEdit *ed, int x, int y);

#endif
