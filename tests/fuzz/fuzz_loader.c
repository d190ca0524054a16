/* fuzz_loader.c — libFuzzer target: any bytes as a story file. The loader
 * must never crash or hang; a story that loads must survive check, a random
 * playthrough and a save round trip. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "core/explore.h"
#include "core/lint.h"
#include "core/state_text.h"
#include "script/loader.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    SandboxLimits limits = {.memory_limit = 32u << 20, .load_budget = 2000000, .call_budget = 200000};
    DiagList d = {0};
    Story *s = loader_load_text("fuzz.lua", (const char *)data, size, &limits, &d);
    if (!s) {
        if (d.count == 0)
            abort(); /* a failed load must say why */
        diag_list_clear(&d);
        return 0;
    }
    LintOptions lo = {.play_limit = 5000};
    lint_story(s, &lo, &d);
    ExploreOptions eo = {.random_runs = 3, .seed = size, .max_steps = 200};
    ExploreReport r;
    if (explore_run(s, &eo, &r) == 0)
        explore_report_free(s, &r);
    Run run;
    run_init(&run, s);
    for (int i = 0; i < 20 && !runtime_at_ending(s, &run.pos); i++) {
        int shown[STORY_MAX_CHOICES];
        char *err = NULL;
        int n = runtime_choices(s, &run.pos, shown, &err);
        free(err);
        err = NULL;
        if (n <= 0 || run_choose(&run, shown[(size_t)i % (size_t)n], NULL, &err) < 0) {
            free(err);
            break;
        }
    }
    char *text = state_text_write(&run);
    if (text) {
        Run back;
        char *err = NULL;
        if (state_text_read(s, text, &back, &err) < 0)
            abort(); /* what we write we must read */
        char *again = state_text_write(&back);
        if (!again || strcmp(text, again) != 0)
            abort();
        free(again);
        run_free(&back);
        free(text);
    }
    run_free(&run);
    story_free(s);
    diag_list_clear(&d);
    return 0;
}
