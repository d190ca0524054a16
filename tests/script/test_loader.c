/* test_loader.c — turning story files into the model: one fixture per
 * mistake in tests/fixtures/loader/, each reported at its line with what to
 * write instead; several mistakes reported in one go; a valid story whose
 * model matches the file; and the story's own functions at play time. */
#include "script_test.h"

#include "core/text.h"

typedef struct {
    const char *file;
    int line;
    const char *words[5];
} Mistake;

#define COMMA_HINT "Check for a missing comma"

static const Mistake mistakes[] = {
    {"missing-comma.lua", 4, {"'}' expected (to close '{' at line 2) near 'neutral'", COMMA_HINT}},
    {"missing-brace.lua", 6, {"'}' expected (to close '{' at line 2) near 'ending'", COMMA_HINT}},
    {"text-not-quoted.lua", 3, {"near 'calls'"}},
    {"unknown-field-becuase.lua", 4, {"neutral choice has a field 'becuase'",
                                      "Did you mean 'because'?"}},
    {"next-unknown-scene.lua", 4, {"choice 1 ('Lend him the money.') goes to scene 'tom-leavs', "
                                   "which does not exist", "Did you mean 'tom-leaves'?"}},
    {"duplicate-scene.lua", 6, {"there is already a scene or ending called 'a' (line 2)",
                                "Give each one its own id"}},
    {"effect-unknown-meter.lua", 4, {"there is no meter 'growht'", "Did you mean 'growth'?"}},
    {"effect-number-not-string.lua", 4, {"write the change to growth in quotes with a sign",
                                         "\"+10\" to raise it by 10", "\"=10\" to set it"}},
    {"bad-effect-text.lua", 4, {"growth = \"plus ten\" is not a change Beside knows",
                                "Write \"+10\" or \"-5\"", "\"=50\" (set)"}},
    {"effect-too-big.lua", 4, {"growth = \"+500\" is not a change", "amounts go up to 100"}},
    {"bad-condition.lua", 4, {"when = \"growth = 40\"", "write '==', not '='"}},
    {"condition-unknown-name.lua", 5, {"'lent_mony' is not a meter or a flag",
                                       "Did you mean 'lent_money'?"}},
    {"flag-is-meter.lua", 4, {"'growth' is a meter, so it cannot be a flag too",
                              "Pick another flag name"}},
    {"scene-without-body.lua", 6, {"scene \"b\" has no { } after it",
                                   "Write scene \"b\" { \"text\", ... }"}},
    {"choice-outside-scene.lua", 6, {"this choice is not inside a scene",
                                     "Move it inside scene \"...\" { }"}},
    {"too-many-choices.lua", 2, {"scene 'a' offers 10 choices; the most is 9",
                                 "Split the moment into two scenes"}},
    {"ending-with-choice.lua", 8, {"ending 'z' has a choice",
                                   "Make it a scene, or move the choice"}},
    {"no-scenario.lua", 2, {"put scenario { ... } at the top of the file, before the first scene"}},
    {"scenario-missing-start.lua", 2, {"the scenario does not say where the story starts",
                                       "Add start = \"first-scene-id\""}},
    {"start-unknown.lua", 1, {"start goes to scene 'begining', which does not exist",
                              "Did you mean 'beginning'?"}},
    {"bad-id.lua", 6, {"scene \"tom opens up\": ids use letters, digits, - and _ with no spaces",
                       "like \"tom-opens-up\""}},
    {"invalid-utf8.lua", 2, {"text is not valid UTF-8 text", "Save the story file as UTF-8"}},
    {"control-character.lua", 2, {"text contains a control character (code 1)", "Remove it"}},
    {"unfinished-string.lua", 3, {"unfinished string", "A text is missing its closing quote mark"}},
    {"later-missing-after.lua", 4, {"later needs after = N", "the number of choices (1 to 50)",
                                    "later = { after = 2"}},
    {"meter-extra-without-better.lua", 1, {"say which way is better for energy",
                                           "energy = { start = 50, better = \"higher\" }"}},
    {"field-in-wrong-block.lua", 2, {"scene has a field 'because', which belongs in a choice"}},
    {"choice-without-next.lua", 4, {"neutral choice has no next", "Add next = \"scene-id\""}},
    {"choice-without-text.lua", 4, {"start with what the player says or does, in quotes"}},
    {"choice-two-texts.lua", 4, {"a choice has one text", "Join the sentences into one string"}},
    {"minutes-out-of-range.lua", 1, {"minutes must be a whole number from 1 to 240",
                                     "like minutes = 15"}},
    {"second-scenario.lua", 2, {"a story file has one scenario { }; this is a second one"}},
    {"scenario-missing-id.lua", 1, {"scenario needs an id, like id = \"nina-and-tom\""}},
    {"empty-title.lua", 1, {"scenario: title is empty", "Write the text, or leave title out"}},
    {"lens-not-table.lua", 6, {"ending 'z': lens must be a table", "lens = { goal = "}},
    {"curly-quotes.lua", 3, {"a curly quote mark", "Beside reads only straight quotes",
                             "Curly quotes inside a text are fine"}},
    {"self-care-dash.lua", 4, {"'self' is not a word Beside knows. Did you mean 'self_care'?",
                               "joined with _ (self_care), not with - or a space"}},
    {"no-break-space.lua", 4, {"a no-break space", "type a plain space"}},
    {"stray-byte.lua", 4, {"not part of the story language (byte 167)",
                           "Text goes inside straight quotes"}},
};

static void mistake_is_reported(void **state)
{
    const Mistake *m = *state;
    DiagList d = {0};
    double seconds;
    Story *s = load_timed(fixture("loader", m->file), NULL, &d, &seconds);
    assert_null(s);
    assert_true(d.count >= 1);
    const Diag *e = find_diag(&d, m->words);
    assert_non_null(e);
    assert_int_equal(e->severity, DIAG_ERROR);
    assert_non_null(e->file);
    assert_true(ends_with(e->file, m->file));
    if (e->line != m->line)
        print_diags(&d);
    assert_int_equal(e->line, m->line);
    diag_list_clear(&d);
}

/* One mistake, one message: the fixtures that hold a single mistake must not
 * report a second, made-up one. */
static void single_mistakes_give_single_messages(void **state)
{
    (void)state;
    static const char *const single[] = {
        /* A duplicate scene's choices were also called "not inside a scene". */
        "duplicate-scene.lua",
        /* title = "" was "title is empty" and "scenario needs a title". */
        "empty-title.lua",
        "unknown-field-becuase.lua", "next-unknown-scene.lua", "effect-unknown-meter.lua",
        "flag-is-meter.lua", "start-unknown.lua", "missing-comma.lua",
    };
    for (size_t i = 0; i < sizeof single / sizeof single[0]; i++) {
        DiagList d = {0};
        double seconds;
        assert_null(load_timed(fixture("loader", single[i]), NULL, &d, &seconds));
        if (d.count != 1) {
            fprintf(stderr, "  %s:\n", single[i]);
            print_diags(&d);
        }
        assert_int_equal(d.count, 1);
        diag_list_clear(&d);
    }
}

static void several_mistakes_are_reported_in_one_go(void **state)
{
    (void)state;
    DiagList d = {0};
    double seconds;
    assert_null(load_timed(fixture("loader", "several-errors.lua"), NULL, &d, &seconds));
    static const struct {
        int line;
        const char *words[3];
    } expected[] = {
        {4, {"field 'becuase'", "Did you mean 'because'?"}},
        {5, {"no meter 'growht'", "Did you mean 'growth'?"}},
        {6, {"goes to scene 'zz', which does not exist", "Did you mean 'z'?"}},
        {8, {"already a scene or ending called 'a' (line 2)"}},
        {12, {"ending 'z' has a choice"}},
    };
    for (size_t i = 0; i < sizeof expected / sizeof expected[0]; i++) {
        const Diag *e = find_diag(&d, expected[i].words);
        assert_non_null(e);
        assert_int_equal(e->line, expected[i].line);
    }
    if (d.count != 5)
        print_diags(&d);
    assert_int_equal(d.count, 5);
    for (int i = 0; i < d.count; i++) {
        assert_non_null(d.items[i].message);
        assert_true(d.items[i].message[0] != '\0');
    }
    diag_list_clear(&d);
}

static void a_missing_file_says_so(void **state)
{
    (void)state;
    DiagList d = {0};
    assert_null(loader_load_file(fixture("loader", "no-such-file.lua"), NULL, &d));
    const char *words[] = {"cannot open the file", "Check the name", NULL};
    const Diag *e = find_diag(&d, words);
    assert_non_null(e);
    /* The file is the problem's, as with every other, so it prints
     * "FILE: error: cannot open the file ..." (issue 18). */
    assert_non_null(e->file);
    assert_true(ends_with(e->file, "no-such-file.lua"));
    assert_null(strstr(e->message, "no-such-file.lua"));
    diag_list_clear(&d);
}

/* ---- The valid story: the model matches the file ---- */

static const Effect *effect_on(const EffectList *l, const Story *s, const char *meter)
{
    int m = story_find_meter(s, meter);
    for (int i = 0; i < l->count; i++)
        if (l->items[i].meter == m)
            return &l->items[i];
    return NULL;
}

static void assert_effect(const EffectList *l, const Story *s, const char *meter, EffectOp op,
                          int amount)
{
    const Effect *e = effect_on(l, s, meter);
    assert_non_null(e);
    assert_int_equal(e->op, op);
    assert_int_equal(e->amount, amount);
}

static const char *flag_name(const Story *s, int flag)
{
    return flag >= 0 && flag < s->n_flags ? s->flags[flag] : "?";
}

/* Notepad saves UTF-8 with a byte-order mark: it is skipped, not refused. */
static void a_byte_order_mark_is_skipped(void **state)
{
    (void)state;
    DiagList d = {0};
    double seconds;
    Story *s = load_timed(fixture("loader", "byte-order-mark.lua"), NULL, &d, &seconds);
    if (!s)
        print_diags(&d);
    assert_non_null(s);
    assert_string_equal(s->id, "bom");
    assert_string_equal(s->title, "With a mark");
    story_free(s);
    diag_list_clear(&d);
}

static void the_valid_story_matches_its_file(void **state)
{
    (void)state;
    DiagList d = {0};
    double seconds;
    Story *s = load_timed(fixture("loader", "valid.lua"), NULL, &d, &seconds);
    if (!s)
        print_diags(&d);
    assert_non_null(s);
    assert_int_equal(d.count, 0);

    /* scenario { } */
    assert_string_equal(s->id, "valid-story");
    assert_string_equal(s->title, "Nina and Tom"); /* runs of spaces and a line break: one space */
    assert_string_equal(s->teaser, "A friend asks for money.");
    assert_string_equal(s->you_play, "Nina, Tom's sister.");
    assert_string_equal(s->author, "Beside tests");
    assert_string_equal(s->version, "1.0");
    assert_int_equal(s->minutes, 15);
    assert_int_equal(s->n_content_notes, 2);
    assert_string_equal(s->content_notes[0], "money worries");
    assert_string_equal(s->content_notes[1], "drinking");
    assert_int_equal(s->line, 3);

    /* Meters: the standard three first, then the story's own. */
    assert_int_equal(s->n_meters, 4);
    assert_string_equal(s->meters[METER_RESENTMENT].name, "resentment");
    assert_int_equal(s->meters[METER_RESENTMENT].initial, 10);
    assert_false(s->meters[METER_RESENTMENT].higher_is_better);
    assert_int_equal(s->meters[METER_GROWTH].initial, 30);
    assert_int_equal(s->meters[METER_INTIMACY].initial, 45);
    assert_string_equal(s->meters[METER_INTIMACY].label, "Closeness");
    assert_true(s->meters[METER_INTIMACY].higher_is_better);
    assert_string_equal(s->meters[3].name, "energy");
    assert_string_equal(s->meters[3].label, "Energy");
    assert_int_equal(s->meters[3].initial, 50);
    assert_true(s->meters[3].higher_is_better);

    /* Scenes, in file order. */
    assert_int_equal(s->n_scenes, 4);
    assert_int_equal(s->start, story_find_scene(s, "asks"));
    const Scene *asks = &s->scenes[story_find_scene(s, "asks")];
    const Scene *later = &s->scenes[story_find_scene(s, "later")];
    const Scene *good = &s->scenes[story_find_scene(s, "good")];
    const Scene *bad = &s->scenes[story_find_scene(s, "bad")];
    assert_false(asks->is_ending);
    assert_false(later->is_ending);
    assert_true(good->is_ending);
    assert_true(bad->is_ending);
    assert_int_equal(asks->line, 22);

    /* Text: spaces and single line breaks become one space; a blank line
     * separates paragraphs. */
    assert_int_equal(asks->n_paras, 4);
    assert_string_equal(asks->paras[0].text,
                        "Tom calls late. He sounds tired.\n\nHe asks how you are.");
    assert_string_equal(asks->paras[1].text, "He asks for money.\n\nAgain.");
    assert_string_equal(asks->paras[2].text, "You lent him money last month.");
    assert_string_equal(asks->paras[2].when.source, "lent_money");
    assert_null(asks->paras[3].text);
    assert_true(asks->paras[3].host_ref != 0);
    assert_string_equal(asks->discuss, "What would you say?");
    assert_string_equal(asks->notes, "For the facilitator.");

    /* Choices: kinds in file order, each with its own line. */
    assert_int_equal(asks->n_choices, 5);
    static const ChoiceKind kinds[] = {KIND_RESCUE, KIND_SUPPORT, KIND_BOUNDARY, KIND_SELF_CARE,
                                       KIND_NEUTRAL};
    static const int lines[] = {32, 40, 47, 58, 64};
    for (int i = 0; i < 5; i++) {
        assert_int_equal(asks->choices[i].kind, kinds[i]);
        assert_int_equal(asks->choices[i].line, lines[i]);
    }

    const Choice *rescue = &asks->choices[0];
    assert_string_equal(rescue->text, "Send the money at once.");
    assert_string_equal(rescue->because, "It ends the call.");
    assert_int_equal(rescue->effects.count, 3);
    assert_effect(&rescue->effects, s, "resentment", EFFECT_ADD, 10);
    assert_effect(&rescue->effects, s, "growth", EFFECT_ADD, -5);
    assert_effect(&rescue->effects, s, "energy", EFFECT_FAIR, -20);
    assert_int_equal(rescue->n_set, 1);
    assert_string_equal(flag_name(s, rescue->set_flags[0]), "lent_money");
    assert_int_equal(rescue->n_later, 1);
    assert_int_equal(rescue->later[0].after, 2);
    assert_effect(&rescue->later[0].effects, s, "resentment", EFFECT_ADD, 15);
    assert_string_equal(rescue->later[0].says, "The money is gone.");
    assert_int_equal(rescue->n_next, 1);
    assert_string_equal(rescue->next[0].scene_id, "later");
    assert_int_equal(rescue->next[0].scene, story_find_scene(s, "later"));
    assert_true(COND_IS_EMPTY(rescue->when));

    const Choice *support = &asks->choices[1];
    assert_int_equal(support->effects.count, 2);
    assert_effect(&support->effects, s, "growth", EFFECT_FAIR, 20);
    assert_effect(&support->effects, s, "intimacy", EFFECT_ADD, 5);
    assert_int_equal(support->n_set, 2);
    assert_string_equal(flag_name(s, support->set_flags[0]), "asked");
    assert_string_equal(flag_name(s, support->set_flags[1]), "listened");
    assert_int_equal(support->n_next, 2); /* routes: the first that holds */
    assert_string_equal(support->next[0].when.source, "resentment >= 50");
    assert_non_null(support->next[0].when.expr);
    assert_int_equal(support->next[0].scene, story_find_scene(s, "bad"));
    assert_true(COND_IS_EMPTY(support->next[1].when));
    assert_int_equal(support->next[1].scene, story_find_scene(s, "later"));

    const Choice *boundary = &asks->choices[2];
    assert_effect(&boundary->effects, s, "energy", EFFECT_SET, 60);
    assert_int_equal(boundary->n_clear, 1);
    assert_string_equal(flag_name(s, boundary->clear_flags[0]), "lent_money");
    assert_int_equal(boundary->n_later, 2);
    assert_int_equal(boundary->later[0].after, 1);
    assert_effect(&boundary->later[0].effects, s, "intimacy", EFFECT_ADD, -5);
    assert_null(boundary->later[0].says);
    assert_int_equal(boundary->later[1].after, 3);
    assert_string_equal(boundary->later[1].says, "He found another way.");

    const Choice *self_care = &asks->choices[3];
    assert_true(self_care->when.host_ref != 0);
    assert_true(self_care->next_host_ref != 0);
    assert_int_equal(self_care->n_next, 0);

    const Choice *neutral = &asks->choices[4];
    assert_string_equal(neutral->when.source, "not asked");
    assert_non_null(neutral->when.expr);

    /* Flags, each once, in the order first met. */
    assert_int_equal(s->n_flags, 3);
    assert_string_equal(s->flags[0], "lent_money");
    assert_string_equal(s->flags[1], "asked");
    assert_string_equal(s->flags[2], "listened");

    /* Endings. */
    assert_string_equal(good->title, "Talking");
    assert_string_equal(good->lens[LENS_GOAL], "Help without taking over.");
    assert_string_equal(good->lens[LENS_BEHAVIOURS], "Asking.");
    assert_string_equal(good->lens[LENS_THOUGHTS], "He can manage.");
    assert_string_equal(good->lens[LENS_EMOTIONS], "Calm.");
    assert_string_equal(good->lens[LENS_UNDERLYING], "Trust.");
    assert_string_equal(good->practice, "Ask one question.");
    assert_string_equal(good->reflect, "What helped?");
    assert_int_equal(good->n_choices, 0);
    assert_string_equal(bad->title, "Badly");
    assert_null(bad->lens[LENS_GOAL]);
    assert_null(bad->practice);

    /* And it plays: text functions and when functions run. */
    Position p;
    runtime_start(s, &p);
    TextBuf text = {0};
    char *err = NULL;
    assert_int_equal(runtime_scene_text(s, &p, &text, &err), 0);
    assert_string_equal(text.data, "Tom calls late. He sounds tired.\n\nHe asks how you are.\n\n"
                                   "He asks for money.\n\nAgain.\n\nEnergy is 50.");
    textbuf_free(&text);
    int shown[STORY_MAX_CHOICES];
    /* self_care needs energy < 40; neutral needs not asked. */
    assert_int_equal(runtime_choices(s, &p, shown, &err), 4);
    assert_int_equal(shown[0], 0);
    assert_int_equal(shown[3], 4);
    Position after;
    assert_int_equal(runtime_step(s, &p, 0, &after, NULL, &err), 0);
    assert_int_equal(after.scene, story_find_scene(s, "later"));
    assert_int_equal(after.meters[METER_RESENTMENT], 20);
    assert_int_equal(after.meters[METER_GROWTH], 25);
    assert_int_equal(after.meters[3], 40); /* 50, down by 20% of 50 */
    story_free(s);
    diag_list_clear(&d);
}

/* ---- The story's own functions, at play time ---- */

static Story *load_play(const char *file)
{
    DiagList d = {0};
    double seconds;
    Story *s = load_timed(fixture("loader", file), NULL, &d, &seconds);
    if (!s)
        print_diags(&d);
    assert_non_null(s);
    diag_list_clear(&d);
    return s;
}

static void assert_error_says(const char *err, const char *const *words)
{
    if (!has_all(err, words))
        fprintf(stderr, "  the error was: %s\n", err ? err : "(none)");
    assert_true(has_all(err, words));
}

static void a_when_function_returning_nothing_is_an_error(void **state)
{
    (void)state;
    Story *s = load_play("play-when-returns-nil.lua");
    Position p;
    runtime_start(s, &p);
    int shown[STORY_MAX_CHOICES];
    char *err = NULL;
    assert_int_equal(runtime_choices(s, &p, shown, &err), -1);
    const char *words[] = {"play-when-returns-nil.lua:7: the when function returned nothing",
                           "it must return true or false", NULL};
    assert_error_says(err, words);
    free(err);
    story_free(s);
}

static void a_misspelt_meter_in_a_function_gets_a_did_you_mean(void **state)
{
    (void)state;
    Story *s = load_play("play-misspelt-meter.lua");
    Position p;
    runtime_start(s, &p);
    int shown[STORY_MAX_CHOICES];
    char *err = NULL;
    assert_int_equal(runtime_choices(s, &p, shown, &err), -1);
    const char *words[] = {"play-misspelt-meter.lua:7: the when function failed",
                           "failed at line 8: the story has no meter or flag 'growht'",
                           "Did you mean 'growth'?", NULL};
    assert_error_says(err, words);
    free(err);
    story_free(s);
}

static void a_next_function_naming_no_scene_gets_a_did_you_mean(void **state)
{
    (void)state;
    Story *s = load_play("play-next-unknown-scene.lua");
    Position p, out;
    runtime_start(s, &p);
    char *err = NULL;
    assert_int_equal(runtime_step(s, &p, 0, &out, NULL, &err), -1);
    const char *words[] = {"play-next-unknown-scene.lua:7: the next function returned 'tom-leavs', "
                           "which is not a scene", "Did you mean 'tom-leaves'?", NULL};
    assert_error_says(err, words);
    free(err);
    story_free(s);
}

/* A number from a next function is reported, not converted in place (which
 * needs memory, outside any protected call). */
static void a_next_function_returning_a_number_is_an_error(void **state)
{
    (void)state;
    Story *s = load_play("play-next-number.lua");
    Position p, out;
    runtime_start(s, &p);
    char *err = NULL;
    assert_int_equal(runtime_step(s, &p, 0, &out, NULL, &err), -1);
    const char *words[] = {"the next function returned '42', which is not a scene", NULL};
    assert_error_says(err, words);
    free(err);
    story_free(s);
}

static void text_functions_read_meters_flags_and_the_scene(void **state)
{
    (void)state;
    Story *s = load_play("play-text-function.lua");
    Position p, out;
    runtime_start(s, &p);
    TextBuf text = {0};
    char *err = NULL;
    assert_int_equal(runtime_scene_text(s, &p, &text, &err), 0);
    /* The second function returns nil: no text, and no empty paragraph. */
    assert_string_equal(text.data, "Tom calls.\n\nGrowth is 30 in scene a.");
    textbuf_free(&text);
    assert_int_equal(runtime_step(s, &p, 0, &out, NULL, &err), 0);
    /* In scene b, a text function returns a table. */
    TextBuf text2 = {0};
    assert_int_equal(runtime_scene_text(s, &out, &text2, &err), -1);
    const char *words[] = {"play-text-function.lua:15: the text function returned a table",
                           "it must return text in quotes (or nil for no text)", NULL};
    assert_error_says(err, words);
    free(err);
    textbuf_free(&text2);
    story_free(s);
}

/* Regression: the view was a plain table, so s.growth = 100 quietly changed
 * the copy the function was given, though the guide says functions can read
 * meters but not change them. */
static void a_function_cannot_change_a_meter(void **state)
{
    (void)state;
    Story *s = load_play("play-view-read-only.lua");
    Position p;
    runtime_start(s, &p);
    int shown[STORY_MAX_CHOICES];
    char *err = NULL;
    assert_int_equal(runtime_choices(s, &p, shown, &err), -1);
    const char *words[] = {"failed at line 8: a function cannot change meters or flags "
                           "directly", "use effects and set on a choice", NULL};
    assert_error_says(err, words);
    free(err);
    story_free(s);
}

int main(void)
{
    enum { N = sizeof mistakes / sizeof mistakes[0] };
    int n = 0;
    const struct CMUnitTest rest[] = {
        cmocka_unit_test(single_mistakes_give_single_messages),
        cmocka_unit_test(several_mistakes_are_reported_in_one_go),
        cmocka_unit_test(a_missing_file_says_so),
        cmocka_unit_test(the_valid_story_matches_its_file),
        cmocka_unit_test(a_byte_order_mark_is_skipped),
        cmocka_unit_test(a_when_function_returning_nothing_is_an_error),
        cmocka_unit_test(a_misspelt_meter_in_a_function_gets_a_did_you_mean),
        cmocka_unit_test(a_next_function_naming_no_scene_gets_a_did_you_mean),
        cmocka_unit_test(a_next_function_returning_a_number_is_an_error),
        cmocka_unit_test(text_functions_read_meters_flags_and_the_scene),
        cmocka_unit_test(a_function_cannot_change_a_meter),
    };
    struct CMUnitTest tests[N + sizeof rest / sizeof rest[0]];
    for (int i = 0; i < N; i++)
        tests[n++] = (struct CMUnitTest){mistakes[i].file, mistake_is_reported, NULL, NULL,
                                         (void *)&mistakes[i]};
    for (size_t i = 0; i < sizeof rest / sizeof rest[0]; i++)
        tests[n++] = rest[i];
    return _cmocka_run_group_tests("loader", tests, (size_t)n, NULL, NULL);
}
