/* cli.h — the subcommands of `beside`. Each takes its own argv (argv[0] is the
 * subcommand name) and returns the exit code: 0 ok, 1 problems found, 2 usage. */
#ifndef BESIDE_CLI_H
#define BESIDE_CLI_H

#include <stdbool.h>
#include <stdio.h>

#include "core/explore.h"
#include "core/story.h"
#include "script/library.h"

enum { EXIT_OK = 0, EXIT_PROBLEMS = 1, EXIT_USAGE = 2 };

int cli_check(int argc, char **argv);
int cli_explore(int argc, char **argv);
int cli_play(int argc, char **argv);
int cli_graph(int argc, char **argv);
int cli_list(int argc, char **argv);
int cli_assign(int argc, char **argv);
int cli_report(int argc, char **argv);
/* `beside drill`: Spot it in the terminal (cli_drill.c). */
int cli_drill(int argc, char **argv);
/* `beside new ID`: a starter story in the stories folder (cli_new.c). */
int cli_new(int argc, char **argv);
/* `beside window [options] [STORY]` (cli_window.c). */
int cli_window(int argc, char **argv);
/* Plain `beside`: the window when there is a display, else the terminal
 * player, saying why. */
int cli_default(void);
/* `beside check --tells`: for each story file in `targets`, how well the
 * wording of its options gives their kind away (cli_tells.c). */
int cli_check_tells(const PathList *targets);

/* `beside check` on Spot it item files (cli_check_drill.c): prints the
 * problems and adds their counts; with `quiet` no summary of the bank. */
int cli_check_drill(const PathList *files, bool quiet, int *errors, int *warnings);

/* Stories sharing an id (cli_clash.c): `check` adds a warning to `d` when
 * another file wins the id of `s` (at `path`), or this one hides another;
 * `list` prints one for each hidden file and each pair of `files` whose
 * `ids` (NULL for a story that did not load) are the same. */
void cli_id_clashes(const Story *s, const char *path, DiagList *d);
void cli_list_clashes(const PathList *files, char *const *ids);

/* `beside translate extract` (cli_translate.c). */
int cli_translate(int argc, char **argv);
/* `beside check --lang LANG` for one story file (cli_check_lang.c): prints
 * the translation's problems with file:line and adds their counts. */
int cli_check_lang(const char *path, const char *lang, bool quiet, int *errors, int *warnings);

/* One numbering (cli_numbers.c): a choice's number as the player sees it
 * (1 + the choices before it on offer, in the file's order) and as the file
 * counts it. cli_path_numbers fills shown[i] for each step of `p` by playing
 * it (0 where that failed); cli_choice_number writes "2[3]" (shown, then the
 * file's in brackets) or "3" when they agree; cli_choice_label, for a map
 * with no state, the numbers a player may see: "3", or "2-3 [3]" when
 * choices before it have a `when`. */
void cli_path_numbers(const Story *s, const ExplorePath *p, int *shown);
void cli_choice_number(char *buf, size_t size, int shown, int file);
void cli_choice_label(const Scene *sc, int c, char *buf, size_t size);

/* Finds and loads a story named by id or path. On failure prints why to
 * stderr (with file:line for each problem) and returns NULL. */
Story *cli_open_story(const char *ref);
/* The same in the player's language (script/story_lang.h): for playing. */
Story *cli_open_story_for_player(const char *ref);
/* True if argv holds -h or --help. */
bool cli_wants_help(int argc, char **argv);
/* Prints "beside CMD: message" and a pointer to --help; returns EXIT_USAGE. */
int cli_usage_error(const char *cmd, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* Writes s as a JSON string, quotes included. */
void cli_json_string(FILE *out, const char *s);

#endif
