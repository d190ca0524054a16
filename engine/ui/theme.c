/* theme.c — the colour tables of the three themes and the WCAG contrast
 * formula. The tests in tests/ui/test_theme.c hold every table to its
 * contrast targets, so a colour changed here is checked on the next build. */
#include "ui/theme.h"

#include <math.h>
#include <stddef.h>
#include <string.h>

#define RGB(hex) {(uint8_t)((hex) >> 16), (uint8_t)((hex) >> 8), (uint8_t)(hex)}

static const Theme themes[THEME_COUNT] = {
    [THEME_LIGHT] = {
        /* Warm off-white paper and brown-black ink, like a book page. */
        .name = "light",
        .background = RGB(0xFAF6EE),
        .text = RGB(0x2B2520),
        .text_muted = RGB(0x5C5248),
        .accent = RGB(0x8A3A14),
        .focus_ring = RGB(0x1F4FA0),
        .button_background = RGB(0xEFE6D6),
        .button_text = RGB(0x2B2520),
        .card_background = RGB(0xF3ECDF),
        .meter_track = RGB(0xE3D9C8),
        .meter_resentment = RGB(0xB0402C),
        .meter_growth = RGB(0x3D7A3A),
        .meter_intimacy = RGB(0x7A4A9A),
        .button_hover = RGB(0xE6DAC4),
        .meter_track_edge = RGB(0x8C8273),
        .change_better = RGB(0x2E6B2B),
        .change_worse = RGB(0xA3321F),
        /* Earthy and dark enough to read as text on the paper. */
        .kind = {RGB(0xA84A14), RGB(0x2A7530), RGB(0x1F5FAF), RGB(0x7B3FA0), RGB(0x6B645C),
                 RGB(0x0E6F8A), RGB(0xB3261E)},
    },
    [THEME_DARK] = {
        /* Warm charcoal, not pure black, which glares against white text;
         * the ink is a soft off-white for the same reason. */
        .name = "dark",
        .background = RGB(0x1C1A17),
        .text = RGB(0xEDE6DA),
        .text_muted = RGB(0xB3AA9C),
        .accent = RGB(0xE9AE72),
        .focus_ring = RGB(0x8CC0FF),
        .button_background = RGB(0x2B2723),
        .button_text = RGB(0xEDE6DA),
        .card_background = RGB(0x26231F),
        .meter_track = RGB(0x3A3530),
        .meter_resentment = RGB(0xE27D68),
        .meter_growth = RGB(0x8CC784),
        .meter_intimacy = RGB(0xBC9DE3),
        .button_hover = RGB(0x3A3530),
        .meter_track_edge = RGB(0x8A8276),
        .change_better = RGB(0x8CC784),
        .change_worse = RGB(0xF29A88),
        .kind = {RGB(0xF0A050), RGB(0x7DCB7A), RGB(0x7FB2F0), RGB(0xC79BEA), RGB(0xA8A29A),
                 RGB(0x5CC8D6), RGB(0xFF8A80)},
    },
    [THEME_HIGH_CONTRAST] = {
        /* White on black with saturated, light signal colours. */
        .name = "high-contrast",
        .background = RGB(0x000000),
        .text = RGB(0xFFFFFF),
        .text_muted = RGB(0xD6D6D6),
        .accent = RGB(0xFFD23F),
        .focus_ring = RGB(0x3FE0FF),
        .button_background = RGB(0x141414),
        .button_text = RGB(0xFFFFFF),
        .card_background = RGB(0x0A0A0A),
        .meter_track = RGB(0x3A3A3A),
        .meter_resentment = RGB(0xFF7A6B),
        .meter_growth = RGB(0x7CE36C),
        .meter_intimacy = RGB(0xD9A6FF),
        .button_hover = RGB(0x2A2A2A),
        .meter_track_edge = RGB(0x9A9A9A),
        .change_better = RGB(0x7CE36C),
        .change_worse = RGB(0xFF8A7A),
        .kind = {RGB(0xFFB347), RGB(0x7CF07C), RGB(0x8CC8FF), RGB(0xE0A8FF), RGB(0xC8C8C8),
                 RGB(0x4FE3F0), RGB(0xFF8080)},
    },
};

const Theme *theme_get(ThemeId id)
{
    if ((int)id < 0 || id >= THEME_COUNT)
        return NULL;
    return &themes[id];
}

const Theme *theme_find(const char *name)
{
    if (!name)
        return NULL;
    for (int i = 0; i < THEME_COUNT; i++)
        if (strcmp(themes[i].name, name) == 0)
            return &themes[i];
    return NULL;
}

ThemeColour theme_rgb(uint32_t hex)
{
    return (ThemeColour)RGB(hex);
}

/* WCAG 2.x keeps sRGB's original 0.03928 threshold rather than IEC's 0.04045;
 * no 8-bit value lies between the two, so the results agree. */
static double linearise(uint8_t channel)
{
    double c = channel / 255.0;
    return c <= 0.03928 ? c / 12.92 : pow((c + 0.055) / 1.055, 2.4);
}

double theme_luminance(ThemeColour c)
{
    return 0.2126 * linearise(c.r) + 0.7152 * linearise(c.g) + 0.0722 * linearise(c.b);
}

double theme_contrast_ratio(ThemeColour a, ThemeColour b)
{
    double la = theme_luminance(a), lb = theme_luminance(b);
    return la > lb ? (la + 0.05) / (lb + 0.05) : (lb + 0.05) / (la + 0.05);
}
