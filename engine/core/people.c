/* people.c — who is in a scene and how they take a choice (people.h). */
#include "core/people.h"

#include <stdio.h>
#include <string.h>

#include "core/i18n.h"

const char *people_face_name(Face f)
{
    static const char *const names[FACE_COUNT] = {"by-rule", "calm", "hurt", "warm"};
    return (unsigned)f < FACE_COUNT ? names[f] : "calm";
}

Face people_face_find(const char *word)
{
    static const struct { const char *word; Face face; } words[] = {
        {"calm", FACE_CALM}, {"hurt", FACE_HURT}, {"angry", FACE_HURT},
        {"warm", FACE_WARM}, {"relieved", FACE_WARM},
    };
    for (size_t i = 0; word && i < sizeof words / sizeof words[0]; i++)
        if (strcmp(words[i].word, word) == 0)
            return words[i].face;
    return FACE_BY_RULE;
}

int people_find(const Story *s, const char *key)
{
    for (int i = 0; key && i < s->n_people; i++)
        if (strcmp(s->people[i].key, key) == 0)
            return i;
    return -1;
}

static bool is_word_char(unsigned char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
           c >= 0x80;
}

/* Where `text` first has `name` as a whole word ("Tom", not "Tomorrow"):
 * its byte offset, or -1. */
static long named_at(const char *text, const char *name)
{
    size_t n = strlen(name);
    if (!text || n == 0)
        return -1;
    for (const char *p = strstr(text, name); p; p = strstr(p + 1, name)) {
        bool start = p == text || !is_word_char((unsigned char)p[-1]);
        if (start && !is_word_char((unsigned char)p[n]))
            return (long)(p - text);
    }
    return -1;
}

/* Where the scene first names person p, counting its paragraphs and then
 * its choices as one text; -1 when it never does. */
static long first_named(const Scene *sc, const char *name)
{
    long base = 0;
    for (int i = 0; i < sc->n_paras; i++) {
        long at = named_at(sc->paras[i].text, name);
        if (at >= 0)
            return base + at;
        base += sc->paras[i].text ? (long)strlen(sc->paras[i].text) + 1 : 1;
    }
    for (int i = 0; i < sc->n_choices; i++) {
        long at = named_at(sc->choices[i].text, name);
        if (at >= 0)
            return base + at;
        base += sc->choices[i].text ? (long)strlen(sc->choices[i].text) + 1 : 1;
    }
    return -1;
}

int people_in_scene(const Story *s, int scene, int out[])
{
    if (scene < 0 || scene >= s->n_scenes)
        return 0;
    const Scene *sc = &s->scenes[scene];
    int n = 0;
    if (sc->has_with) {
        for (int i = 0; i < sc->n_with && n < STORY_MAX_WITH; i++)
            if (sc->with[i] >= 0 && sc->with[i] < s->n_people)
                out[n++] = sc->with[i];
        return n;
    }
    /* The people the text names, the first named first (the one the
     * player most likely answers), at most STORY_MAX_WITH of them. */
    long at[STORY_MAX_PEOPLE];
    int order[STORY_MAX_PEOPLE], named = 0;
    for (int p = 0; p < s->n_people && p < STORY_MAX_PEOPLE; p++) {
        at[p] = first_named(sc, s->people[p].name);
        if (at[p] < 0)
            continue;
        int k = named++;
        while (k > 0 && at[order[k - 1]] > at[p]) {
            order[k] = order[k - 1];
            k--;
        }
        order[k] = p;
    }
    for (int i = 0; i < named && n < STORY_MAX_WITH; i++)
        out[n++] = order[i];
    for (int p = 0; n == 0 && p < s->n_people; p++)
        if (s->people[p].main)
            out[n++] = p;
    return n;
}

Face people_reaction(const Story *s, const Feedback *f, int who)
{
    if (who < 0 || who >= s->n_people || !f->choice)
        return FACE_CALM;
    Face said = (Face)f->choice->reacts[who];
    if (said > FACE_BY_RULE && said < FACE_COUNT)
        return said;
    if (f->choice->kind == KIND_HURTFUL)
        return FACE_HURT;
    int better = 0, worse = 0;
    for (int m = 0; m < s->n_meters && m < STORY_MAX_METERS; m++) {
        if (m == METER_GROWTH)
            continue;
        /* The choice's own change, not what earlier choices landed now. */
        int d = f->info.after_own[m] - f->info.before_own[m];
        if (d == 0)
            continue;
        if ((d > 0) == s->meters[m].higher_is_better)
            better++;
        else
            worse++;
    }
    return better > worse ? FACE_WARM : worse > better ? FACE_HURT : FACE_CALM;
}

void people_caption(const Story *s, int who, Face face, char *buf, size_t size)
{
    if (size == 0)
        return;
    buf[0] = '\0';
    if (who < 0 || who >= s->n_people)
        return;
    const char *name = s->people[who].name;
    switch (face) {
    case FACE_HURT: snprintf(buf, size, _("%s looks hurt."), name); break;
    case FACE_WARM: snprintf(buf, size, _("%s looks relieved."), name); break;
    default: snprintf(buf, size, _("%s stays calm."), name); break;
    }
}
