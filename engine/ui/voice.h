/* voice.h — speaking through speech-dispatcher, loaded at run time: the
 * window starts and works without it, and says why it cannot read aloud. */
#ifndef BESIDE_VOICE_H
#define BESIDE_VOICE_H

typedef struct Voice Voice;

/* Loads libspeechd (libspeechd.so.2, or the file BESIDE_SPEECHD_LIB names)
 * and connects to speech-dispatcher. NULL when either cannot be done, with
 * *why set (malloc'd) to a sentence for the player. */
Voice *voice_open(char **why);
/* Says `text`, cutting off whatever was still being said. */
void voice_say(Voice *v, const char *text);
/* Closes the connection and unloads the library. Safe with NULL. */
void voice_close(Voice *v);

#endif
