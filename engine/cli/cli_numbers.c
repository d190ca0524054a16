/* cli_numbers.c — one numbering for maps and transcripts (issue 18). A
 * player sees a scene's choices numbered 1, 2, 3 ... without the ones whose
 * `when` does not hold (in the file's order with BESIDE_CHOICE_ORDER=file),
 * while a story file counts every choice. explore's paths and graph's
 * arrows show the player's number, with the file's in brackets where the
 * two differ, so a transcript can be laid on the map. */
#include <stdio.h>
#include <stdlib.h>

#include "cli/cli.h"
#include "core/runtime.h"

void cli_path_numbers(const Story *s, const ExplorePath *p, int *shown)
{
    Position pos, next;
    runtime_start(s, &pos);
    bool lost = false;
    for (int i = 0; i < p->length; i++) {
        int offered[STORY_MAX_CHOICES];
        char *err = NULL;
        int n = lost ? -1 : runtime_choices(s, &pos, offered, &err);
        shown[i] = 0; /* 0: not known (a function failed on the way) */
        for (int k = 0; k < n; k++)
            if (offered[k] == p->choices[i])
                shown[i] = k + 1;
        free(err);
        err = NULL;
        if (lost || runtime_step(s, &pos, p->choices[i], &next, NULL, &err) < 0)
            lost = true;
        else
            pos = next;
        free(err);
    }
}

void cli_choice_number(char *buf, size_t size, int shown, int file)
{
    if (shown == file || shown <= 0)
        snprintf(buf, size, "%d", file);
    else
        snprintf(buf, size, "%d[%d]", shown, file);
}

void cli_choice_label(const Scene *sc, int c, char *buf, size_t size)
{
    int least = 1; /* the choices before it that are always offered, plus one */
    for (int k = 0; k < c; k++)
        least += COND_IS_EMPTY(sc->choices[k].when);
    if (least == c + 1)
        snprintf(buf, size, "%d", c + 1);
    else
        snprintf(buf, size, "%d-%d [%d]", least, c + 1, c + 1);
}
