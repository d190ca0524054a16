/* cli_drill.h — what the files of `beside drill` share (cli_drill.c plays
 * rounds and checks; cli_drill_show.c shows progress, the change between the
 * check forms, and the bank as JSON). Not for use outside engine/cli. */
#ifndef BESIDE_CLI_DRILL_H
#define BESIDE_CLI_DRILL_H

#include <stdio.h>

#include "core/drill_round.h"
#include "profile/profile_drill.h"
#include "script/drill_load.h"
#include "term/term_player.h"

/* Every item Beside finds; -1 (with a message on stderr) when there are none. */
int cli_drill_load(DrillBank *bank);
/* The player's profile, or NULL with the reason on stderr (play goes on
 * without saving). */
Profile *cli_drill_profile(void);
/* Every item as a JSON array: id, situation, response, kind, difficulty,
 * relationship, couple, idea, because, form, file. */
void cli_drill_export_json(const DrillBank *bank, FILE *out);
/* Accuracy per kind over time, practice and checks, as sentences. */
int cli_drill_progress(TermPlayer *tp, Profile *p);
/* After a check scored `now`: the change per kind since the check
 * `before` of the other form. */
void cli_drill_print_change(TermPlayer *tp, const DrillRoundInfo *before, const DrillScore *now);

#endif
