/* profile.h — the player's own data in one SQLite database: settings,
 * progress per story, every playthrough with every choice (and the choices
 * later taken back), and the journal. All SQL lives in engine/profile/.
 *
 * Every call that writes commits before it returns, so what a call reported
 * saved survives the process being killed. Choices, new playthroughs and
 * journal pages, abandon, import and delete also survive the machine losing
 * power (the commit is synced to the disk); journal typing and settings are
 * synced at least once a second while writes go on, by profile_sync() and
 * by profile_close(). Calls that fail return -1 with *err set to a message
 * for the player (malloc'd; the caller frees it) that says what happened
 * and what to do; nothing already saved is lost.
 *
 * The file: see "The profile" in docs/ARCHITECTURE.md. One process writes
 * it at a time (it holds "<path>.lock"); a second copy of Beside, or a
 * second profile_open() of the same file, reads it. Open it once per
 * process and pass the Profile around. */
#ifndef BESIDE_PROFILE_H
#define BESIDE_PROFILE_H

#include <stdbool.h>
#include <stdint.h>

#include "core/runtime.h"

typedef struct Profile Profile;

/* The database file used when none is given: $XDG_DATA_HOME/beside/profile.db
 * (~/.local/share/beside/profile.db). Malloc'd; NULL when HOME is unset too. */
char *profile_default_path(void);

/* Opens the profile at `path` (NULL: the default), creating the file and its
 * folder when missing and bringing an older schema up to date.
 *
 * A file that is not a Beside profile (truncated, corrupt, not a database,
 * another program's database) is never overwritten: it is renamed to
 * "<path>.broken-YYYYMMDD-HHMMSS" (its -wal file goes with it), a fresh
 * profile is made, and *notice says so, naming the new name. A profile from
 * a newer Beside (a higher schema version) is renamed the same way to
 * "<path>.newer-YYYYMMDD-HHMMSS". An empty file (0 bytes), or a database
 * with nothing at all in it, holds nothing to lose: the profile is made in
 * it (that is what a crash while the profile was first made leaves).
 *
 * When the profile can be read but not written (a read-only folder or file)
 * or another copy of Beside is writing it, it is opened read-only, *notice
 * says progress will not be saved and why, and every write returns -1 with
 * that reason. *notice is NULL when all went well; the caller frees it.
 *
 * Returns NULL with *err set only when no profile can be had at all (no
 * folder can be made, the file cannot be read and cannot be set aside, a
 * locked file that needs updating); the game then plays on without one. */
Profile *profile_open(const char *path, char **notice, char **err);
void profile_close(Profile *p);
const char *profile_path(const Profile *p);
/* True when writes are refused (see profile_open). */
bool profile_read_only(const Profile *p);
/* Makes what was saved so far safe over a power cut (journal typing and
 * settings are otherwise synced at most a second late). Call when the
 * player leaves the journal page, or a second after they stop typing. */
int profile_sync(Profile *p, char **err);

/* ---- settings: small text values by name ---- */
/* *value is malloc'd, or NULL when the setting was never saved. Keys and
 * values are the caller's; "theme", "text-size" and so on. */
int profile_setting_get(Profile *p, const char *key, char **value, char **err);
int profile_setting_set(Profile *p, const char *key, const char *value, char **err);

/* ---- progress ---- */
typedef struct {
    int started;     /* playthroughs begun (abandoned ones too) */
    int finished;    /* playthroughs that reached an ending at least once */
    char **endings;  /* distinct ending ids reached, oldest first */
    int n_endings;
    int64_t last_played; /* unix seconds; 0 never */
} StoryProgress;

int profile_progress(Profile *p, const char *story_id, StoryProgress *out, char **err);
void story_progress_free(StoryProgress *sp);

/* ---- playthroughs ---- */
/* Begins a playthrough of `s` (the run at its start). Returns its id (> 0),
 * or -1 with *err set. */
int64_t profile_begin(Profile *p, const Story *s, char **err);
/* Saves the run as it stands after a choice or a rewind, in one durable
 * transaction: the whole state (state_text) replaces the playthrough's saved
 * state, and the history is brought in line with the run: choices it holds
 * that are no longer in the run are marked taken back (kept for the debrief
 * and reports), and the run's new choices are appended. Call after every
 * run_choose() with `rewound` false, and after every run_rewind() with
 * `rewound` true: only then does taking choices back count as one of the
 * player's rewinds (after a story update, resuming takes back choices the
 * player did not). When the run newly stands at an ending, the ending is
 * recorded and the playthrough counts as finished. Time between saves counts
 * as time spent playing, at most 15 minutes per choice. */
int profile_save(Profile *p, int64_t playthrough, const Run *run, bool rewound, char **err);

/* The most recently saved playthrough that does not stand at an ending
 * and was not abandoned, if any: *playthrough > 0, *story_id and *state
 * (state_text) malloc'd. Returns 0 (with *playthrough 0 when there is none)
 * or -1. A playthrough rewound from its ending and left is offered again. */
int profile_last_unfinished(Profile *p, int64_t *playthrough, char **story_id, char **state,
                            char **err);
/* The saved state of one playthrough (malloc'd state_text). Call it to
 * resume: time spent playing counts from then. Read it with
 * state_text_resume(), which copes with a story changed since. */
int profile_state(Profile *p, int64_t playthrough, char **state, char **err);
/* Marks a playthrough as left for good (the player started the story over
 * or deleted it), so Continue no longer offers it. */
int profile_abandon(Profile *p, int64_t playthrough, char **err);

/* One choice as it was made, for the history screen, debrief and reports. */
typedef struct {
    int step;          /* 0-based position in the run when it was made */
    char *scene_id;
    int choice;        /* index into the scene's choices */
    char *choice_text;
    char *kind;        /* "rescue", "support", ... */
    uint8_t meters[STORY_MAX_METERS]; /* after the choice */
    int n_meters;
    int64_t made_at;   /* unix seconds */
    bool taken_back;   /* a later rewind took it back */
} ChoiceRecord;

typedef struct {
    ChoiceRecord *items;
    int count;
} ChoiceHistory;

/* Every choice of a playthrough in the order made, taken-back ones included:
 * the standing choices (taken_back false) are the path as it is now; the
 * path taken first is the choices up to where `step` first goes back, and
 * each later drop in `step` begins a retry. */
int profile_history(Profile *p, int64_t playthrough, ChoiceHistory *out, char **err);
void choice_history_free(ChoiceHistory *h);

/* One playthrough, for lists and homework reports. */
typedef struct {
    int64_t id;
    char *story_id;
    char *story_title;
    int64_t started, updated; /* unix seconds */
    int64_t finished;         /* when an ending was first reached; 0 never */
    bool at_ending;           /* stands at an ending now */
    bool abandoned;
    char **endings;           /* distinct endings reached, oldest first */
    int n_endings;
    int64_t active_seconds;   /* time spent playing; -1 when not measured */
    int rewinds;              /* times the player went back */
    int n_choices;            /* choices standing */
    int n_taken_back;         /* choices taken back */
} PlaythroughInfo;

/* Every playthrough of `story_id` (NULL: of every story), oldest first. */
int profile_playthroughs(Profile *p, const char *story_id, PlaythroughInfo **out, int *count,
                         char **err);
void playthrough_infos_free(PlaythroughInfo *list, int count);

/* ---- journal ---- */
typedef struct {
    int64_t id;
    char *story_id;   /* NULL for a free page */
    char *ending_id;  /* the ending whose reflection prompt opened it, or NULL */
    char *prompt;     /* the prompt shown above the page, or NULL */
    char *body;       /* UTF-8 as typed */
    int64_t created, updated;
} JournalEntry;

/* Creates an entry and returns its id (> 0), or -1. */
int64_t profile_journal_new(Profile *p, const char *story_id, const char *ending_id,
                            const char *prompt, char **err);
/* Replaces the entry's text; committed before returning (call it at every
 * change: it takes well under a millisecond, see profile_sync). */
int profile_journal_save(Profile *p, int64_t id, const char *body, char **err);
/* Every entry, newest (created) first. */
int profile_journal_list(Profile *p, JournalEntry **out, int *count, char **err);
void journal_entries_free(JournalEntry *e, int count);
int profile_journal_delete(Profile *p, int64_t id, char **err);

/* ---- your data ---- */
/* Writes a consistent copy of the whole profile to `dest` (a new file,
 * readable by its owner only; an existing one is replaced only when the
 * copy is complete). Works on a read-only profile too. */
int profile_export(Profile *p, const char *dest, char **err);
/* Replaces the profile with the one in `src` after checking that it is a
 * Beside profile (an older one is brought up to date; `src` itself is never
 * changed); the current one is first kept as "<path>.before-import-…"
 * (*notice names it). Anything else is refused with a message saying what
 * the file is, and the profile is left as it was. */
int profile_import(Profile *p, const char *src, char **notice, char **err);
/* Deletes everything: playthroughs, journal, settings, and the copies Beside
 * kept beside the profile (.broken-, .newer-, .before-import- files). The
 * file is then rewritten so the deleted text is not left in it. Exports
 * the player saved elsewhere are theirs and are not touched. */
int profile_delete_all(Profile *p, char **err);

#endif
