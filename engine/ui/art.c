/* art.c — SVG pictures rasterized by SDL2_image and kept as textures
 * (art.h). Built without SDL2_image, every picture is "not there" and the
 * window says so once. */
#include "ui/art.h"

#include <SDL.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#ifdef BESIDE_HAVE_SDL_IMAGE
#include <SDL_image.h>
#endif

#include "app/assets.h"
#include "core/i18n.h"
#include "core/text.h"

enum { ART_KEEP = 48, ART_KEEP_BANDS = 3, ART_NAMES = 256 };

typedef struct {
    char *name;
    int w, h;
    SDL_Texture *tex;
    unsigned long used;
} Cached;

typedef struct {
    char *name;
    bool ok; /* false: missing or broken, and already said */
} Known;

struct Art {
    char *dir;
    Cached cache[ART_KEEP];
    Known known[ART_NAMES];
    int n_known;
    unsigned long clock;
    bool told_no_loader;
};

Art *art_open(void)
{
    Art *a = calloc(1, sizeof *a);
    if (!a)
        return NULL;
    a->dir = assets_dir();
    if (!a->dir)
        fprintf(stderr, _("beside: no pictures: neither %s nor %s is a folder (reinstall "
                          "Beside, or set BESIDE_ASSETS to the assets folder). The window "
                          "works without them.\n"), BESIDE_SOURCE_ASSETS, BESIDE_INSTALLED_ASSETS);
    return a;
}

void art_close(Art *a)
{
    if (!a)
        return;
    for (int i = 0; i < ART_KEEP; i++) {
        free(a->cache[i].name);
        if (a->cache[i].tex)
            SDL_DestroyTexture(a->cache[i].tex);
    }
    for (int i = 0; i < a->n_known; i++)
        free(a->known[i].name);
    free(a->dir);
    free(a);
}

const char *art_dir(const Art *a) { return a ? a->dir : NULL; }

static Known *known(Art *a, const char *name)
{
    for (int i = 0; i < a->n_known; i++)
        if (strcmp(a->known[i].name, name) == 0)
            return &a->known[i];
    return NULL;
}

/* Remembers NAME's state; a bad one is said on stderr with the reason. */
static void remember(Art *a, const char *name, bool ok, const char *why)
{
    Known *k = known(a, name);
    if (!ok && (!k || k->ok))
        fprintf(stderr, _("beside: the picture %s/%s.svg is not shown: %s. The window goes "
                          "on without it.\n"), a->dir ? a->dir : "assets", name, why);
    if (k) {
        k->ok = ok;
        return;
    }
    if (a->n_known < ART_NAMES && (a->known[a->n_known].name = text_dup(name)))
        a->known[a->n_known++].ok = ok;
}

bool art_has(Art *a, const char *name)
{
    if (!a || !a->dir || !name)
        return false;
#ifndef BESIDE_HAVE_SDL_IMAGE
    if (!a->told_no_loader)
        fprintf(stderr, "%s", _("beside: no pictures: this Beside was built without SDL2_image "
                                "(libsdl2-image-dev).\n"));
    a->told_no_loader = true;
    return false;
#else
    Known *k = known(a, name);
    if (k)
        return k->ok;
    char *path = text_format("%s/%s.svg", a->dir, name);
    struct stat st;
    bool ok = path && stat(path, &st) == 0 && S_ISREG(st.st_mode);
    remember(a, name, ok, ok ? NULL : _("there is no such file"));
    free(path);
    return ok;
#endif
}

#ifdef BESIDE_HAVE_SDL_IMAGE
/* Rasterizes NAME at w by h; NULL (and said) when it cannot. */
static SDL_Texture *load(Art *a, SDL_Renderer *ren, const char *name, int w, int h)
{
    char *path = text_format("%s/%s.svg", a->dir, name);
    SDL_RWops *rw = path ? SDL_RWFromFile(path, "rb") : NULL;
    free(path);
    if (!rw) {
        remember(a, name, false, SDL_GetError());
        return NULL;
    }
    SDL_Surface *s = IMG_LoadSizedSVG_RW(rw, w, h);
    SDL_RWclose(rw);
    /* nanosvg reads a file that is not SVG as an empty picture. */
    if (!s || s->w <= 0 || s->h <= 0) {
        remember(a, name, false, s ? _("it is empty or not SVG") : IMG_GetError());
        SDL_FreeSurface(s);
        return NULL;
    }
    SDL_Texture *t = SDL_CreateTextureFromSurface(ren, s);
    SDL_FreeSurface(s);
    if (!t)
        remember(a, name, false, SDL_GetError());
    return t;
}

/* The texture of NAME rasterized w by h (h 0: as high as its shape makes
 * it at width w, a band), from the cache or made now; NULL when it cannot
 * be. The least recently drawn goes when the cache is full, or the least
 * recently drawn band when ART_KEEP_BANDS bands are kept. */
static SDL_Texture *texture(Art *a, Gfx *g, const char *name, int w, int h)
{
    Cached *hit = NULL, *oldest = &a->cache[0], *oldest_band = NULL;
    int bands = 0;
    for (int i = 0; i < ART_KEEP && !hit; i++) {
        Cached *c = &a->cache[i];
        if (c->name && c->w == w && c->h == h && strcmp(c->name, name) == 0)
            hit = c;
        else if (c->used < oldest->used)
            oldest = c;
        if (!hit && c->name && c->h == 0) {
            bands++;
            if (!oldest_band || c->used < oldest_band->used)
                oldest_band = c;
        }
    }
    /* A place band is a column wide (4.8 MB at 4K): only the last few are
     * kept, so playing through a story's places does not pile them up. */
    if (!hit && h == 0 && bands >= ART_KEEP_BANDS)
        oldest = oldest_band;
    if (!hit) {
        SDL_Texture *t = load(a, gfx_renderer(g), name, w, h);
        if (!t)
            return NULL;
        free(oldest->name);
        if (oldest->tex)
            SDL_DestroyTexture(oldest->tex);
        *oldest = (Cached){.name = text_dup(name), .w = w, .h = h, .tex = t};
        hit = oldest;
    }
    hit->used = ++a->clock;
    return hit->tex;
}

static void shade_texture(SDL_Texture *t, int shade)
{
    Uint8 m = (Uint8)(shade < 0 ? 0 : shade > 255 ? 255 : shade);
    SDL_SetTextureColorMod(t, m, m, m);
}
#endif

bool art_draw(Art *a, Gfx *g, const char *name, LayoutBox b, int shade)
{
    if (b.w <= 0 || b.h <= 0 || !art_has(a, name))
        return false;
#ifndef BESIDE_HAVE_SDL_IMAGE
    (void)g, (void)shade;
    return false;
#else
    SDL_Texture *t = texture(a, g, name, b.w, b.h);
    if (!t)
        return false;
    shade_texture(t, shade);
    SDL_Rect r = {b.x, b.y, b.w, b.h};
    SDL_RenderCopy(gfx_renderer(g), t, NULL, &r);
    return true;
#endif
}

bool art_draw_band(Art *a, Gfx *g, const char *name, LayoutBox b, int shade)
{
    if (b.w <= 0 || b.h <= 0 || !art_has(a, name))
        return false;
#ifndef BESIDE_HAVE_SDL_IMAGE
    (void)g, (void)shade;
    return false;
#else
    SDL_Texture *t = texture(a, g, name, b.w, 0);
    int tw = 0, th = 0;
    if (!t || SDL_QueryTexture(t, NULL, NULL, &tw, &th) != 0 || tw <= 0 || th <= 0)
        return false;
    shade_texture(t, shade);
    SDL_Rect src = {0, 0, tw, th}, dst = {b.x, b.y, b.w, th};
    if (th > b.h) {
        src.y = (th - b.h) / 2;
        src.h = dst.h = b.h;
    } else {
        dst.y += (b.h - th) / 2;
    }
    SDL_RenderCopy(gfx_renderer(g), t, &src, &dst);
    return true;
#endif
}
