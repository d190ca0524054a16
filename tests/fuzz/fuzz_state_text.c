/* fuzz_state_text.c — libFuzzer target: any bytes as a saved run of a fixed
 * story. Reading must never crash; what reads must write back identically.
 * Resuming (as Continue does, after a story update) must never crash and
 * must give a run that writes and reads back. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "core/state_text.h"
#include "script/loader.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static Story *story(void)
{
    static Story *s;
    if (!s) {
        DiagList d = {0};
        s = loader_load_file(FUZZ_STORY, NULL, &d);
        if (!s)
            abort();
        diag_list_clear(&d);
    }
    return s;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    Story *s = story();
    char *text = malloc(size + 1);
    if (!text)
        return 0;
    memcpy(text, data, size);
    text[size] = '\0';
    Run r;
    char *err = NULL;
    if (state_text_read(s, text, &r, &err) == 0) {
        char *once = state_text_write(&r);
        Run r2;
        char *err2 = NULL;
        if (!once || state_text_read(s, once, &r2, &err2) != 0)
            abort();
        char *twice = state_text_write(&r2);
        if (!twice || strcmp(once, twice) != 0)
            abort();
        free(once);
        free(twice);
        run_free(&r2);
    } else if (!err) {
        abort(); /* a refusal must say why */
    }
    free(err);
    run_free(&r);
    StateResume how;
    err = NULL;
    if (state_text_resume(s, text, &r, &how, &err) == 0) {
        char *written = state_text_write(&r);
        Run back;
        char *err2 = NULL;
        if (how.kept > how.saved || r.n_steps != how.kept || !written ||
            state_text_read(s, written, &back, &err2) != 0)
            abort();
        run_free(&back);
        free(written);
    } else if (!err) {
        abort();
    }
    free(err);
    run_free(&r);
    free(text);
    return 0;
}
