/* test_speech.c — the words read aloud (engine/app/speech): a scene with
 * its choices in the order shown, one choice, the card after a choice (the
 * kind, why, each meter's move and whether that is better, what came back
 * from earlier), and signs a voice would read oddly turned into words. */
#include "../profile/profile_test.h"
#include "app/language.h"
#include "app/speech.h"
#include "script/loader.h"

static const char story_src[] =
    "scenario { id = \"s\", title = \"S\", start = \"a\",\n"
    "  meters = { resentment = 20, growth = 30, intimacy = 40 } }\n"
    "scene \"a\" { \"Monday. Kim calls.\",\n"
    "  rescue { \"Clean it for her\", because = \"It stays hers.\",\n"
    "    effects = { resentment = \"+10\", growth = \"-10\" },\n"
    "    later = { after = 1, effects = { resentment = \"+5\" }, says = \"Kim texts again.\" },\n"
    "    next = \"b\" },\n"
    "  support { \"Ask what is hardest?\", because = \"You stay close.\",\n"
    "    effects = { growth = \"+10\" }, next = \"b\" } }\n"
    "scene \"b\" { \"Tuesday.\", neutral { \"Wait\", because = \"Time.\", next = \"end\" } }\n"
    "ending \"end\" { title = \"The end\", \"It went fine.\" }\n";

static Story *load(void)
{
    DiagList d = {0};
    Story *s = loader_load_text("s.lua", story_src, strlen(story_src), NULL, &d);
    for (int i = 0; !s && i < d.count; i++)
        fprintf(stderr, "%s\n", d.items[i].message);
    diag_list_clear(&d);
    assert_non_null(s);
    return s;
}

static void a_scene_is_read_with_its_choices_in_the_order_shown(void **state)
{
    (void)state;
    Story *s = load();
    Run r;
    run_init(&r, s);
    SceneView v = {.story = s, .run = &r, .text = "Monday. Kim calls.", .n_shown = 2,
                   .shown = {1, 0}};
    char *said = speech_scene(&v);
    assert_string_equal(said, "Monday. Kim calls. 2 choices. 1: Ask what is hardest? "
                              "2: Clean it for her.");
    free(said);
    said = speech_choice(&v, 1);
    assert_string_equal(said, "Choice 2 of 2: Clean it for her.");
    free(said);
    run_free(&r);
    story_free(s);
}

static void the_card_says_the_kind_why_and_each_move(void **state)
{
    (void)state;
    Story *s = load();
    Run r;
    run_init(&r, s);
    StepInfo info;
    char *err = NULL;
    uint8_t before[STORY_MAX_METERS];
    memcpy(before, r.pos.meters, sizeof before);
    assert_int_equal(run_choose(&r, 0, &info, &err), 0);
    Feedback f = {.choice = &s->scenes[0].choices[0], .info = info};
    memcpy(f.before, before, sizeof f.before);
    memcpy(f.after, r.pos.meters, sizeof f.after);
    char *said = speech_card(s, &f);
    /* resentment 20 + 10, lower is better; growth 30 - 10, higher is better */
    assert_non_null(strstr(said, "Rescue. It stays hers. Resentment up 10, to 30: worse. "
                                 "Growth down 10, to 20: worse."));
    free(said);
    /* The next choice: the rescue's later effect lands and is said. */
    memcpy(before, r.pos.meters, sizeof before);
    assert_int_equal(run_choose(&r, 0, &info, &err), 0);
    f = (Feedback){.choice = &s->scenes[1].choices[0], .info = info};
    memcpy(f.before, before, sizeof f.before);
    memcpy(f.after, r.pos.meters, sizeof f.after);
    said = speech_card(s, &f);
    assert_non_null(strstr(said, "Neutral. Time."));
    assert_non_null(strstr(said, "Kim texts again."));
    free(said);
    run_free(&r);
    story_free(s);
}

static void signs_become_words(void **state)
{
    (void)state;
    char *said = speech_clean("More below \u2193   \u00b7  Votes:\n3 \u2713");
    assert_string_equal(said, "More below down , Votes: 3");
    free(said);
    said = speech_clean("");
    assert_string_equal(said, "");
    free(said);
}

/* Issue 19: in Spanish the words Beside adds are Spanish (po/es.po); the
 * story's own words stay as the story has them. */
static void spanish_is_read_in_spanish(void **state)
{
    (void)state;
    char lang[32];
    language_start("es", lang, sizeof lang);
    assert_string_equal(lang, "es");
    Story *s = load();
    Run r;
    run_init(&r, s);
    SceneView v = {.story = s, .run = &r, .text = "Monday. Kim calls.", .n_shown = 2,
                   .shown = {1, 0}};
    char *said = speech_scene(&v);
    assert_string_equal(said, "Monday. Kim calls. 2 opciones. 1: Ask what is hardest? "
                              "2: Clean it for her.");
    free(said);
    said = speech_choice(&v, 1);
    assert_string_equal(said, "Opción 2 de 2: Clean it for her.");
    free(said);
    StepInfo info;
    char *err = NULL;
    uint8_t before[STORY_MAX_METERS];
    memcpy(before, r.pos.meters, sizeof before);
    assert_int_equal(run_choose(&r, 0, &info, &err), 0);
    Feedback f = {.choice = &s->scenes[0].choices[0], .info = info};
    memcpy(f.before, before, sizeof f.before);
    memcpy(f.after, r.pos.meters, sizeof f.after);
    said = speech_card(s, &f);
    assert_non_null(strstr(said, "Rescate. It stays hers. Resentimiento sube 10, hasta 30: peor. "
                                 "Crecimiento baja 10, hasta 20: peor."));
    free(said);
    said = speech_clean("Sigue abajo \u2193 \u2212 5");
    assert_string_equal(said, "Sigue abajo baja menos 5");
    free(said);
    run_free(&r);
    story_free(s);
    /* And back: English again for whatever runs next. */
    language_start("en", lang, sizeof lang);
    said = speech_clean("A \u2191");
    assert_string_equal(said, "A up");
    free(said);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(a_scene_is_read_with_its_choices_in_the_order_shown),
        cmocka_unit_test(the_card_says_the_kind_why_and_each_move),
        cmocka_unit_test(signs_become_words),
        cmocka_unit_test(spanish_is_read_in_spanish),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
