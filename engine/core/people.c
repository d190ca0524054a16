/* people.c — who is in a scene and how they take a choice (people.h). */
#include "core/people.h"

#include <stdio.h>
#include <string.h>

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

/* Whether `text` has `name` as a whole word ("Tom", not "Tomorrow"). */
static bool names(const char *text, const char *name)
{
    size_t n = strlen(name);
    if (!text || n == 0)
        return false;
    for (const char *p = strstr(text, name); p; p = strstr(p + 1, name)) {
        bool start = p == text || !is_word_char((unsigned char)p[-1]);
        if (start && !is_word_char((unsigned char)p[n]))
            return true;
    }
    return false;
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
    for (int p = 0; p < s->n_people && n < STORY_MAX_WITH; p++) {
        bool named = false;
        for (int i = 0; i < sc->n_paras && !named; i++)
            named = names(sc->paras[i].text, s->people[p].name);
        for (int i = 0; i < sc->n_choices && !named; i++)
            named = names(sc->choices[i].text, s->people[p].name);
        if (named)
            out[n++] = p;
    }
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
    case FACE_HURT: snprintf(buf, size, "%s looks hurt.", name); break;
    case FACE_WARM: snprintf(buf, size, "%s looks relieved.", name); break;
    default: snprintf(buf, size, "%s stays calm.", name); break;
    }
}
