/* term_player.h — the terminal front end: plain text that a screen reader can
 * follow and a test can drive. It reads commands line by line from `in` and
 * writes to `out`; with `plain` it writes no escape codes at all. */
#ifndef BESIDE_TERM_PLAYER_H
#define BESIDE_TERM_PLAYER_H

#include <stdbool.h>
#include <stdio.h>

#include "core/game.h"

typedef struct {
    FILE *in, *out;
    int width;   /* wrap at this many columns (0: 72) */
    bool plain;  /* no bold, no escape codes */
    bool echo;   /* repeat each command read (when input is not a terminal) */
    bool output_failed; /* set when `out` could not be written (a closed terminal) */
} TermPlayer;

/* Fills `fe` with the terminal front end working on `tp`. */
void term_player_frontend(TermPlayer *tp, Frontend *fe);

/* Shows the story's card (title, who you play, length, content notes, the
 * practice-not-therapy line) before play starts. */
void term_player_intro(TermPlayer *tp, const Story *s);

/* Writes `text` wrapped to the player's width, keeping blank lines between
 * paragraphs, with `indent` spaces before every line. */
void term_wrap(TermPlayer *tp, const char *text, int indent);
/* The same with `first` spaces before the first line of each paragraph and
 * `rest` before the others, so numbered items hang under their text. */
void term_wrap_hanging(TermPlayer *tp, const char *text, int first, int rest);

#endif
