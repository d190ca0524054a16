/* ui_cli.h — the commands that open the game window. */
#ifndef BESIDE_UI_CLI_H
#define BESIDE_UI_CLI_H

/* `beside window [options] [STORY]`; argv[0] is "window". */
int ui_cli_window(int argc, char **argv);
/* Plain `beside`: the window when there is a display, else the terminal
 * player, saying why. */
int ui_cli_default(void);

#endif
