/* report_fixture.h — what the report tests share: two stories built in C
 * with choices as long as the shipped ones, played into a profile with a
 * retry, and journal pages holding text that must come out as written. */
#ifndef BESIDE_REPORT_FIXTURE_H
#define BESIDE_REPORT_FIXTURE_H

#include "../profile/profile_test.h"
#include "report/report.h"

/* Player text that must be escaped, and text that must survive byte for byte. */
#define NASTY_CHOICE "Say \"I'll <fix> it\" & </svg><script>alert(1)</script>"
#define NASTY_NOTE "Go <b>slowly</b> & be kind to \"yourself\" — it's fine"
#define NASTY_REFLECTION "<script>alert('x')</script> </svg> & \"quoted\" it's"
#define UNICODE_REFLECTION "Première fois — I noticed 🌱\n    indented line\n\nשלום עולם, and back."
#define PRIVATE_REFLECTION "This page is private and must stay out."

static const char *const choice_words[3][4] = {
    {"Tell them you will sort it out tonight, and start making the calls yourself",
     "Take the whole thing off their plate before they can even ask for help",
     "Cover for them again and say nothing, so nobody has to feel bad about it",
     "Lend the money straight away and promise yourself it is the last time"},
    {"Sit down next to them. \u201cDo you want advice, or should I just listen?\u201d",
     "Ask what they have tried so far, and what they think the next step is",
     "Say you believe they can handle it, and that you are here if they want to talk",
     "Let the silence be, and wait for them to say what they need"},
    {"Say kindly that you cannot lend money again, and that you still care",
     "Tell them you need an evening to yourself, and mean it",
     "Say no to the extra shift and go to bed on time for once",
     "Name what you see, once, and then leave the choice with them"},
};

/* A story of `n` scenes in a row, each with a rescue, a support and a
 * boundary choice, then one ending. Scene 0's rescue is NASTY_CHOICE. */
static inline Story *long_story(const char *id, const char *title, int n)
{
    Story *s = sb_new(id);
    free(s->title);
    s->title = text_dup(title);
    char name[32], next[32];
    int scenes[64];
    for (int i = 0; i < n; i++) {
        snprintf(name, sizeof name, "s%d", i);
        scenes[i] = sb_scene(s, name, false);
    }
    sb_scene(s, "the-end", true);
    for (int i = 0; i < n; i++) {
        if (i + 1 < n)
            snprintf(next, sizeof next, "s%d", i + 1);
        else
            snprintf(next, sizeof next, "the-end");
        int c = sb_choice(s, scenes[i], i == 0 ? NASTY_CHOICE : choice_words[0][i % 4], next);
        sb_get(s, scenes[i], c)->kind = KIND_RESCUE;
        sb_effect(s, scenes[i], c, R, EFFECT_ADD, 9);
        sb_effect(s, scenes[i], c, I, EFFECT_ADD, -4);
        c = sb_choice(s, scenes[i], choice_words[1][i % 4], next);
        sb_get(s, scenes[i], c)->kind = KIND_SUPPORT;
        sb_effect(s, scenes[i], c, G, EFFECT_ADD, 7);
        sb_effect(s, scenes[i], c, I, EFFECT_ADD, 5);
        c = sb_choice(s, scenes[i], choice_words[2][i % 4], next);
        sb_get(s, scenes[i], c)->kind = KIND_BOUNDARY;
        sb_effect(s, scenes[i], c, R, EFFECT_ADD, -6);
        sb_effect(s, scenes[i], c, G, EFFECT_ADD, 4);
    }
    sb_finish(s);
    return s;
}

/* Plays `s` to its ending in `p`: choices by a pattern; when `retry_at` >= 0,
 * takes back the last two choices once after that step (>= 2) and
 * chooses differently. */
static inline void play_story(Profile *p, const Story *s, int n, int retry_at)
{
    char *err = NULL;
    int64_t pt = profile_begin(p, s, &err);
    assert_true(pt > 0);
    Run r;
    run_init(&r, s);
    int shift = 0;
    for (int i = 0; i < n; i++) {
        /* Choice 0 is the nasty one, always in the report. */
        int c = i == 0 ? 0 : (i * 7 + 1 + shift) % 3;
        if (run_choose(&r, c, NULL, &err) < 0)
            fail_msg("choice %d: %s", i, err);
        assert_int_equal(profile_save(p, pt, &r, false, &err), 0);
        if (i == retry_at) {
            assert_int_equal(run_rewind(&r, i - 1, &err), 0);
            assert_int_equal(profile_save(p, pt, &r, true, &err), 0);
            i -= 2;
            shift = 1;
            retry_at = -1;
        }
    }
    run_free(&r);
}

static inline int64_t add_page(Profile *p, const char *story, const char *prompt, const char *body)
{
    char *err = NULL;
    int64_t id = profile_journal_new(p, story, story ? "the-end" : NULL, prompt, &err);
    assert_true(id > 0);
    assert_int_equal(profile_journal_save(p, id, body, &err), 0);
    return id;
}

typedef struct {
    int64_t nasty, unicode, private_page, question, free_page;
} FixturePages;

/* The questions and the rest of the assignment the fixture uses. */
static char *fixture_stories[] = {"first-story", "second-story"};
static char *fixture_questions[] = {"When did you feel the pull to fix it?",
                                    "What did you do instead?"};

static inline Homework fixture_homework(void)
{
    return (Homework){
        .from = "Sam Lee",
        .assigned = "2000-01-01",
        .due = "2000-01-08",
        .stories = fixture_stories,
        .n_stories = 2,
        .questions = fixture_questions,
        .n_questions = 2,
        .practice = "Once a day, ask \u201cDo you want advice, or should I just listen?\u201d",
        .note = NASTY_NOTE,
    };
}

/* The profile at `path` with both stories played (`n` choices each, the
 * first with a retry) and the journal pages. */
static inline FixturePages fixture_profile(const char *path, int n)
{
    Story *a = long_story("first-story", "Nina and Tom", n);
    Story *b = long_story("second-story", "The Fine Line", n);
    Profile *p = open_clean(path);
    play_story(p, a, n, n / 2);
    play_story(p, b, n, -1);
    FixturePages pages;
    pages.nasty = add_page(p, "first-story", "What did you notice?", NASTY_REFLECTION);
    pages.unicode = add_page(p, "second-story", "What did you notice?", UNICODE_REFLECTION);
    pages.private_page = add_page(p, "second-story", NULL, PRIVATE_REFLECTION);
    pages.question = add_page(p, NULL, fixture_questions[0],
                              "When the money came up. I wanted to fix it at once.");
    pages.free_page = add_page(p, NULL, NULL, "A free page: never in a report.");
    profile_close(p);
    story_free(a);
    story_free(b);
    return pages;
}

#endif
