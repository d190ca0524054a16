/* font_find.c — asking fontconfig for a font that can set the game's text. */
#include "ui/font_find.h"

#include <stdlib.h>
#include <string.h>

#include <fontconfig/fontconfig.h>

#include "core/i18n.h"
#include "core/text.h"

/* Families that set English text well, in order of preference. */
static const char *const reading_families[] = {
    "DejaVu Sans", "Noto Sans", "Liberation Sans", "Open Sans", "Fira Sans", NULL,
};
static const char *const dyslexic_families[] = {"OpenDyslexic", NULL};

/* The first font in the config's set whose family is `family`, or NULL. */
static char *match_family(FcConfig *cfg, const char *family, bool bold)
{
    FcPattern *want = FcPatternCreate();
    if (!want)
        return NULL;
    FcPatternAddString(want, FC_FAMILY, (const FcChar8 *)family);
    FcPatternAddInteger(want, FC_WEIGHT, bold ? FC_WEIGHT_BOLD : FC_WEIGHT_REGULAR);
    FcPatternAddInteger(want, FC_SLANT, FC_SLANT_ROMAN);
    FcPatternAddBool(want, FC_SCALABLE, FcTrue);
    FcConfigSubstitute(cfg, want, FcMatchPattern);
    FcDefaultSubstitute(want);
    FcResult result;
    FcPattern *got = FcFontMatch(cfg, want, &result);
    FcPatternDestroy(want);
    char *path = NULL;
    FcChar8 *got_family = NULL, *file = NULL;
    FcBool scalable = FcFalse;
    /* fontconfig always offers its nearest font; take it only if it is the
     * family asked for, so the game's look does not depend on chance. */
    if (got && FcPatternGetString(got, FC_FAMILY, 0, &got_family) == FcResultMatch &&
        strcmp((const char *)got_family, family) == 0 &&
        FcPatternGetBool(got, FC_SCALABLE, 0, &scalable) == FcResultMatch && scalable &&
        FcPatternGetString(got, FC_FILE, 0, &file) == FcResultMatch)
        path = text_dup((const char *)file);
    if (got)
        FcPatternDestroy(got);
    return path;
}

static FcConfig *load_config(const char *config_file, char **err)
{
    FcConfig *cfg;
    if (config_file) {
        cfg = FcConfigCreate();
        if (cfg && (!FcConfigParseAndLoad(cfg, (const FcChar8 *)config_file, FcTrue) ||
                    !FcConfigBuildFonts(cfg))) {
            FcConfigDestroy(cfg);
            cfg = NULL;
        }
    } else {
        cfg = FcInitLoadConfigAndFonts();
    }
    if (!cfg)
        *err = config_file
                   ? text_format(_("Beside could not read the font settings (fontconfig: %s). "
                                   "Check that the fontconfig package is installed."),
                                 config_file)
                   : text_dup(_("Beside could not read the font settings (fontconfig). Check "
                                "that the fontconfig package is installed."));
    return cfg;
}

static char *find_in(FcConfig *cfg, FontStyle style, bool bold, char **err)
{
    const char *const *families = style == FONT_DYSLEXIC ? dyslexic_families : reading_families;
    char *path = NULL;
    for (int i = 0; families[i] && !path; i++)
        path = match_family(cfg, families[i], bold);
    if (!path)
        *err = style == FONT_DYSLEXIC
                   ? text_dup(_("The OpenDyslexic font is not installed. Install it with: "
                                "sudo apt install fonts-opendyslexic"))
                   : text_dup(_("Beside found no font to show text with. Install one with: "
                                "sudo apt install fonts-dejavu-core"));
    return path;
}

char *font_find(FontStyle style, bool bold, const char *config_file, char **err)
{
    *err = NULL;
    FcConfig *cfg = load_config(config_file, err);
    if (!cfg)
        return NULL;
    char *path = find_in(cfg, style, bold, err);
    FcConfigDestroy(cfg);
    return path;
}

int font_find_all(const char *config_file, FontPaths *out, char **err)
{
    *err = NULL;
    memset(out, 0, sizeof *out);
    /* Reading the font configuration is the slow part: do it once. */
    FcConfig *cfg = load_config(config_file, err);
    if (!cfg)
        return -1;
    char *ignored = NULL;
    out->regular[FONT_READING] = find_in(cfg, FONT_READING, false, err);
    if (out->regular[FONT_READING]) {
        out->bold[FONT_READING] = find_in(cfg, FONT_READING, true, &ignored);
        free(ignored), ignored = NULL;
        out->regular[FONT_DYSLEXIC] = find_in(cfg, FONT_DYSLEXIC, false, &ignored);
        free(ignored), ignored = NULL;
        if (out->regular[FONT_DYSLEXIC])
            out->bold[FONT_DYSLEXIC] = find_in(cfg, FONT_DYSLEXIC, true, &ignored);
        free(ignored);
    }
    FcConfigDestroy(cfg);
    return out->regular[FONT_READING] ? 0 : -1;
}

void font_paths_free(FontPaths *p)
{
    for (int i = 0; i < 2; i++) {
        free(p->regular[i]);
        free(p->bold[i]);
    }
    memset(p, 0, sizeof *p);
}
