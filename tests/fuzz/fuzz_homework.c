/* fuzz_homework.c — libFuzzer target: any bytes as an assignment file. Reading
 * must never crash or hang, and a failure must say why; an assignment that
 * reads must write to text that reads back to the same values, and that
 * text must write to the same bytes again. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "homework/homework.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void same_text(const char *a, const char *b)
{
    if ((a == NULL) != (b == NULL) || (a && strcmp(a, b) != 0))
        abort();
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    DiagList d = {0};
    Homework *hw = homework_load_text("fuzz.beside-homework", (const char *)data, size, &d);
    if (!hw) {
        if (diag_count(&d, DIAG_ERROR) == 0)
            abort(); /* a failed read must say why */
        diag_list_clear(&d);
        return 0;
    }
    if (hw->n_stories < 1 || d.count != 0)
        abort();
    char *text = homework_write(hw);
    if (text) {
        DiagList d2 = {0};
        Homework *back = homework_load_text("fuzz.beside-homework", text, strlen(text), &d2);
        if (!back)
            abort(); /* what we write we must read */
        same_text(hw->from, back->from);
        same_text(hw->assigned, back->assigned);
        same_text(hw->due, back->due);
        same_text(hw->practice, back->practice);
        same_text(hw->note, back->note);
        if (back->n_stories != hw->n_stories || back->n_questions != hw->n_questions)
            abort();
        for (int i = 0; i < hw->n_stories; i++)
            same_text(hw->stories[i], back->stories[i]);
        for (int i = 0; i < hw->n_questions; i++)
            same_text(hw->questions[i], back->questions[i]);
        char *again = homework_write(back);
        if (again)
            same_text(text, again);
        free(again);
        homework_free(back);
        diag_list_clear(&d2);
        free(text);
    }
    homework_free(hw);
    diag_list_clear(&d);
    return 0;
}
