/* theme.h — the three colour themes of the game window (light, dark, high
 * contrast) and the WCAG 2.x contrast ratio the tests check them with. No SDL. */
#ifndef BESIDE_THEME_H
#define BESIDE_THEME_H

#include <stdint.h>

/* An opaque sRGB colour, 8 bits a channel (the same layout as SDL_Color
 * without alpha). */
typedef struct {
    uint8_t r, g, b;
} ThemeColour;

typedef enum { THEME_LIGHT, THEME_DARK, THEME_HIGH_CONTRAST, THEME_COUNT } ThemeId;

/* How many kinds of choice have a colour: the ChoiceKinds of core/story.h,
 * in their order (rescue, support, boundary, self-care, neutral, it
 * depends, hurtful). view.c checks the two counts agree. */
#define THEME_KINDS 7

/* What each colour is for. Text colours are chosen against background,
 * card_background and button_background alike. */
typedef struct {
    const char *name;             /* "light", "dark", "high-contrast" */
    ThemeColour background;       /* the page behind the scene text */
    ThemeColour text;             /* scene text: AAA (7:1) on every surface */
    ThemeColour text_muted;       /* secondary text (hints, "lower is better"): 4.5:1 */
    ThemeColour accent;           /* names and headings: 4.5:1 */
    ThemeColour focus_ring;       /* the focused choice: 3:1 on every surface */
    ThemeColour button_background;
    ThemeColour button_text;
    ThemeColour card_background;  /* the feedback card after a choice */
    ThemeColour button_hover;     /* a button under the pointer (the focus ring is an outline) */
    ThemeColour meter_track;      /* the empty part of a meter bar */
    ThemeColour meter_track_edge; /* the outline that shows a bar's full length: 3:1 on background */
    ThemeColour meter_resentment; /* bar fills: 3:1 on background and track */
    ThemeColour meter_growth;
    ThemeColour meter_intimacy;
    ThemeColour change_better;    /* a meter's change on the card, by its arrow and words: */
    ThemeColour change_worse;     /*   4.5:1 on card */
    /* Each kind's heading, mark and card frame: 4.5:1 on card, 3:1 on
     * background, in ChoiceKind order. */
    ThemeColour kind[THEME_KINDS];
} Theme;

/* Returns the theme, or NULL when `id` is not a ThemeId below THEME_COUNT.
 * Themes are static and never change. */
const Theme *theme_get(ThemeId id);
/* Returns the theme with that name, or NULL when there is none (or `name`
 * is NULL). */
const Theme *theme_find(const char *name);

/* Builds a colour from 0xRRGGBB; bits above 24 are ignored. */
ThemeColour theme_rgb(uint32_t hex);
/* WCAG 2.x relative luminance, 0 (black) to 1 (white): each channel c/255
 * linearised as c/12.92 up to 0.03928, else ((c+0.055)/1.055)^2.4, then
 * weighted 0.2126 R + 0.7152 G + 0.0722 B. */
double theme_luminance(ThemeColour c);
/* WCAG 2.x contrast ratio (L1 + 0.05) / (L2 + 0.05), L1 the lighter; from 1
 * (same colour) to 21 (black and white). The order of a and b does not matter. */
double theme_contrast_ratio(ThemeColour a, ThemeColour b);

#endif
