/* test_theme.c — the WCAG contrast formula against reference values, and
 * every theme held to its contrast targets (DESIGN.md §9). */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "ui/theme.h"

#define BLACK theme_rgb(0x000000)
#define WHITE theme_rgb(0xFFFFFF)

static double ratio(uint32_t a, uint32_t b)
{
    return theme_contrast_ratio(theme_rgb(a), theme_rgb(b));
}

static void contrast_matches_reference_values(void **state)
{
    (void)state;
    /* White has L = 1, black L = 0: (1 + 0.05) / (0 + 0.05) = 21. */
    assert_float_equal(ratio(0x000000, 0xFFFFFF), 21.0, 1e-9);
    /* #777777, the well-known grey that just fails AA on white: 4.48.
     * 0x77 = 119; 119/255 = 0.46667; (0.46667 + 0.055) / 1.055 = 0.49447;
     * 0.49447^2.4 = 0.18447 (all three channels equal, so L = 0.18447);
     * 1.05 / (0.18447 + 0.05) = 4.478. */
    assert_float_equal(ratio(0x777777, 0xFFFFFF), 4.478, 0.001);
    /* #808080 on white: 128/255 = 0.50196; 0.55696 / 1.055 = 0.52792;
     * 0.52792^2.4 = 0.21586; 1.05 / 0.26586 = 3.949. */
    assert_float_equal(ratio(0x808080, 0xFFFFFF), 3.949, 0.001);
    /* Pure primaries: one channel at 1, so L is its weight.
     * Red on white: 1.05 / (0.2126 + 0.05) = 1.05 / 0.2626 = 3.998.
     * Blue on white: 1.05 / (0.0722 + 0.05) = 1.05 / 0.1222 = 8.592.
     * Green on black: (0.7152 + 0.05) / 0.05 = 0.7652 / 0.05 = 15.304. */
    assert_float_equal(ratio(0xFF0000, 0xFFFFFF), 3.998, 0.001);
    assert_float_equal(ratio(0x0000FF, 0xFFFFFF), 8.592, 0.001);
    assert_float_equal(ratio(0x00FF00, 0x000000), 15.304, 0.001);
    /* Below the 0.03928 threshold the channel is linear: 10/255 = 0.039216,
     * / 12.92 = 0.0030353; on black (0.0030353 + 0.05) / 0.05 = 1.0607.
     * Just above it, 11/255 = 0.043137 takes the power branch:
     * (0.098137 / 1.055)^2.4 = 0.093021^2.4 = 0.0033465, giving 1.0669
     * (the linear branch would have given 11/255/12.92 = 0.0033388). */
    assert_float_equal(ratio(0x0A0A0A, 0x000000), 1.0607, 0.0001);
    assert_float_equal(ratio(0x0B0B0B, 0x000000), 1.0669, 0.0001);
    assert_float_equal(theme_luminance(theme_rgb(0x0B0B0B)), 0.0033465, 1e-7);
}

static void contrast_is_symmetric_and_one_for_a_colour_on_itself(void **state)
{
    (void)state;
    assert_float_equal(ratio(0x777777, 0xFFFFFF), ratio(0xFFFFFF, 0x777777), 1e-12);
    assert_float_equal(ratio(0x3D7A3A, 0x3D7A3A), 1.0, 1e-12);
    assert_float_equal(theme_luminance(BLACK), 0.0, 1e-12);
    assert_float_equal(theme_luminance(WHITE), 1.0, 1e-12);
    ThemeColour c = theme_rgb(0xFF123456u);
    assert_int_equal(c.r, 0x12);
    assert_int_equal(c.g, 0x34);
    assert_int_equal(c.b, 0x56);
}

/* Fails naming the theme and the pair, so a colour tweak that breaks a
 * target says which one. */
static int expect_ratio(const Theme *t, const char *what, ThemeColour a,
                        ThemeColour b, double min)
{
    double r = theme_contrast_ratio(a, b);
    if (r + 1e-9 >= min)
        return 1;
    print_error("%s theme: %s is %.2f:1, needs %.1f:1\n", t->name, what, r, min);
    return 0;
}

static void every_theme_sets_text_at_aaa_on_every_surface(void **state)
{
    (void)state;
    int ok = 1;
    for (int i = 0; i < THEME_COUNT; i++) {
        const Theme *t = theme_get((ThemeId)i);
        ok &= expect_ratio(t, "text on background", t->text, t->background, 7.0);
        ok &= expect_ratio(t, "text on card", t->text, t->card_background, 7.0);
        ok &= expect_ratio(t, "button text on button", t->button_text, t->button_background, 7.0);
        ok &= expect_ratio(t, "accent on background", t->accent, t->background, 4.5);
        ok &= expect_ratio(t, "accent on card", t->accent, t->card_background, 4.5);
    }
    assert_true(ok);
}

static void muted_text_is_at_least_aa(void **state)
{
    (void)state;
    int ok = 1;
    for (int i = 0; i < THEME_COUNT; i++) {
        const Theme *t = theme_get((ThemeId)i);
        ok &= expect_ratio(t, "muted text on background", t->text_muted, t->background, 4.5);
        ok &= expect_ratio(t, "muted text on card", t->text_muted, t->card_background, 4.5);
        ok &= expect_ratio(t, "muted text on button", t->text_muted, t->button_background, 4.5);
    }
    assert_true(ok);
}

static void high_contrast_text_is_at_least_15(void **state)
{
    (void)state;
    const Theme *t = theme_get(THEME_HIGH_CONTRAST);
    int ok = expect_ratio(t, "text on background", t->text, t->background, 15.0);
    ok &= expect_ratio(t, "text on card", t->text, t->card_background, 15.0);
    ok &= expect_ratio(t, "button text on button", t->button_text, t->button_background, 15.0);
    ok &= expect_ratio(t, "muted text on background", t->text_muted, t->background, 7.0);
    ok &= expect_ratio(t, "accent on background", t->accent, t->background, 7.0);
    assert_true(ok);
}

/* WCAG 1.4.11: focus indicators and the parts of a graphic that carry
 * meaning need 3:1 against what is next to them. */
static void focus_ring_and_meter_bars_stand_out(void **state)
{
    (void)state;
    int ok = 1;
    for (int i = 0; i < THEME_COUNT; i++) {
        const Theme *t = theme_get((ThemeId)i);
        ok &= expect_ratio(t, "focus ring on background", t->focus_ring, t->background, 3.0);
        ok &= expect_ratio(t, "focus ring on button", t->focus_ring, t->button_background, 3.0);
        ok &= expect_ratio(t, "focus ring on card", t->focus_ring, t->card_background, 3.0);
        const struct {
            const char *name;
            ThemeColour fill;
        } bars[] = {{"resentment bar", t->meter_resentment},
                    {"growth bar", t->meter_growth},
                    {"intimacy bar", t->meter_intimacy}};
        for (size_t b = 0; b < 3; b++) {
            ok &= expect_ratio(t, bars[b].name, bars[b].fill, t->background, 3.0);
            ok &= expect_ratio(t, bars[b].name, bars[b].fill, t->meter_track, 3.0);
        }
    }
    assert_true(ok);
}

/* Issue 15: the empty part of a meter bar is shown by an outline that
 * stands out from the page, and a button under the pointer keeps its text
 * and the focus ring readable. */
static void meter_tracks_and_hover_stand_out(void **state)
{
    (void)state;
    int ok = 1;
    for (int i = 0; i < THEME_COUNT; i++) {
        const Theme *t = theme_get((ThemeId)i);
        ok &= expect_ratio(t, "meter track outline on background", t->meter_track_edge,
                           t->background, 3.0);
        ok &= expect_ratio(t, "meter track outline on card", t->meter_track_edge,
                           t->card_background, 3.0);
        ok &= expect_ratio(t, "button text on hover", t->button_text, t->button_hover, 7.0);
        ok &= expect_ratio(t, "muted text on hover", t->text_muted, t->button_hover, 4.5);
        ok &= expect_ratio(t, "accent on hover", t->accent, t->button_hover, 4.5);
        ok &= expect_ratio(t, "focus ring on hover", t->focus_ring, t->button_hover, 3.0);
        /* Hover is a fill, not an outline: it must look different from a
         * plain button, but needs no contrast target of its own. */
        assert_true(theme_contrast_ratio(t->button_hover, t->button_background) > 1.05);
    }
    assert_true(ok);
}

/* Issue 15: each kind has its own colour, readable as the card's heading
 * (4.5:1 on the card) and as the card's frame against the page (3:1); the
 * change of a meter is coloured better or worse and still readable. */
static void kind_colours_read_on_the_card_and_frame_it(void **state)
{
    (void)state;
    static const char *const kinds[THEME_KINDS] = {"rescue", "support", "boundary",
                                                   "self-care", "neutral", "it depends",
                                                   "hurtful"};
    int ok = 1;
    for (int i = 0; i < THEME_COUNT; i++) {
        const Theme *t = theme_get((ThemeId)i);
        char what[64];
        for (int k = 0; k < THEME_KINDS; k++) {
            snprintf(what, sizeof what, "%s colour on card", kinds[k]);
            ok &= expect_ratio(t, what, t->kind[k], t->card_background, 4.5);
            snprintf(what, sizeof what, "%s colour (the card's frame) on background", kinds[k]);
            ok &= expect_ratio(t, what, t->kind[k], t->background, 3.0);
            for (int j = 0; j < k; j++)
                if (memcmp(&t->kind[j], &t->kind[k], sizeof t->kind[k]) == 0) {
                    print_error("%s theme: %s and %s share a colour\n", t->name, kinds[j],
                                kinds[k]);
                    ok = 0;
                }
        }
        ok &= expect_ratio(t, "'better' on card", t->change_better, t->card_background, 4.5);
        ok &= expect_ratio(t, "'worse' on card", t->change_worse, t->card_background, 4.5);
        assert_true(memcmp(&t->change_better, &t->change_worse, sizeof t->change_worse) != 0);
    }
    assert_true(ok);
}

static void themes_match_their_descriptions(void **state)
{
    (void)state;
    const Theme *light = theme_get(THEME_LIGHT), *dark = theme_get(THEME_DARK);
    /* Light: warm off-white paper (more red than blue, not pure white), dark ink. */
    assert_true(light->background.r > light->background.b);
    assert_true(theme_luminance(light->background) < 1.0);
    assert_true(theme_luminance(light->background) > 0.8);
    assert_true(theme_luminance(light->text) < 0.05);
    /* Dark: not pure black, and its text not pure white. */
    assert_true(theme_luminance(dark->background) > 0.005);
    assert_true(theme_luminance(dark->background) < 0.05);
    assert_true(theme_luminance(dark->text) < 1.0);
    /* Lookup by id and by name. */
    assert_ptr_equal(theme_find("light"), light);
    assert_ptr_equal(theme_find("dark"), dark);
    assert_ptr_equal(theme_find("high-contrast"), theme_get(THEME_HIGH_CONTRAST));
    assert_null(theme_find("sepia"));
    assert_null(theme_find(NULL));
    assert_null(theme_get(THEME_COUNT));
    assert_null(theme_get((ThemeId)-1));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(contrast_matches_reference_values),
        cmocka_unit_test(contrast_is_symmetric_and_one_for_a_colour_on_itself),
        cmocka_unit_test(every_theme_sets_text_at_aaa_on_every_surface),
        cmocka_unit_test(muted_text_is_at_least_aa),
        cmocka_unit_test(high_contrast_text_is_at_least_15),
        cmocka_unit_test(focus_ring_and_meter_bars_stand_out),
        cmocka_unit_test(meter_tracks_and_hover_stand_out),
        cmocka_unit_test(kind_colours_read_on_the_card_and_frame_it),
        cmocka_unit_test(themes_match_their_descriptions),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
