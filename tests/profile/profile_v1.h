/* profile_v1.h — a profile of schema version 1 as SQL, with data: two
 * playthroughs of "walk" (one finished after two rewinds, one under way),
 * settings and journal pages. The tests make the file from this text, so a
 * change to the migrations in engine/profile cannot change it. Keep it as
 * version 1 was shipped. */
#ifndef BESIDE_PROFILE_V1_H
#define BESIDE_PROFILE_V1_H

static const char PROFILE_V1_SCHEMA[] =
    "PRAGMA application_id = 1114858545;\n"
    "CREATE TABLE settings (\n"
    "  key TEXT PRIMARY KEY NOT NULL,\n"
    "  value TEXT NOT NULL\n"
    ") WITHOUT ROWID;\n"
    "CREATE TABLE playthroughs (\n"
    "  id INTEGER PRIMARY KEY,\n"
    "  story_id TEXT NOT NULL,\n"
    "  story_title TEXT NOT NULL,\n"
    "  story_version TEXT,\n"
    "  started_at INTEGER NOT NULL,\n"
    "  updated_at INTEGER NOT NULL,\n"
    "  finished_at INTEGER,\n"
    "  at_ending INTEGER NOT NULL DEFAULT 0,\n"
    "  abandoned_at INTEGER,\n"
    "  state TEXT NOT NULL\n"
    ");\n"
    "CREATE INDEX playthroughs_by_story ON playthroughs (story_id);\n"
    "CREATE INDEX playthroughs_by_update ON playthroughs (updated_at);\n"
    "CREATE TABLE choices (\n"
    "  playthrough INTEGER NOT NULL REFERENCES playthroughs (id) ON DELETE CASCADE,\n"
    "  seq INTEGER NOT NULL,\n"
    "  step INTEGER NOT NULL,\n"
    "  scene_id TEXT NOT NULL,\n"
    "  choice INTEGER NOT NULL,\n"
    "  choice_text TEXT NOT NULL,\n"
    "  kind TEXT NOT NULL,\n"
    "  meters TEXT NOT NULL,\n"
    "  made_at INTEGER NOT NULL,\n"
    "  taken_back_at INTEGER,\n"
    "  PRIMARY KEY (playthrough, seq)\n"
    ") WITHOUT ROWID;\n"
    "CREATE TABLE endings (\n"
    "  playthrough INTEGER NOT NULL REFERENCES playthroughs (id) ON DELETE CASCADE,\n"
    "  ending_id TEXT NOT NULL,\n"
    "  reached_at INTEGER NOT NULL\n"
    ");\n"
    "CREATE INDEX endings_by_playthrough ON endings (playthrough);\n"
    "CREATE TABLE journal (\n"
    "  id INTEGER PRIMARY KEY,\n"
    "  story_id TEXT,\n"
    "  ending_id TEXT,\n"
    "  prompt TEXT,\n"
    "  body TEXT NOT NULL DEFAULT '',\n"
    "  created_at INTEGER NOT NULL,\n"
    "  updated_at INTEGER NOT NULL\n"
    ");\n"
    "PRAGMA user_version = 1;\n";

/* The saved states, as state_text writes them for walk_story(). */
#define V1_STATE_FINISHED                                                                       \
    "beside-state 1\n"                                                                          \
    "story walk\n"                                                                              \
    "scene close\n"                                                                             \
    "meters resentment=45 growth=35 intimacy=40\n"                                              \
    "flags\n"                                                                                   \
    "step porch 1 resentment=30 growth=30 intimacy=40\n"                                        \
    "step hall 2 resentment=45 growth=30 intimacy=40\n"                                         \
    "step kitchen 1 resentment=45 growth=35 intimacy=40\n"                                      \
    "end\n"
#define V1_STATE_UNDER_WAY                                                                      \
    "beside-state 1\n"                                                                          \
    "story walk\n"                                                                              \
    "scene hall\n"                                                                              \
    "meters resentment=20 growth=40 intimacy=40\n"                                              \
    "flags\n"                                                                                   \
    "step porch 2 resentment=20 growth=40 intimacy=40\n"                                        \
    "end\n"
#define V1_JOURNAL_BODY "Ich habe „nein“ gesagt — und es war gut. 😀\nZweite Zeile."

/* Playthrough 1: Knock, Talk (taken back at 1200), Fix it, Lecture (reached
 * "apart", taken back at 1280), Listen (reached "close"). Playthrough 2:
 * Wait, and no more yet. */
static const char PROFILE_V1_DATA[] =
    "INSERT INTO settings VALUES ('theme', 'dark'), ('text-size', '150');\n"
    "INSERT INTO playthroughs (id, story_id, story_title, story_version, started_at, "
    "updated_at, finished_at, at_ending, abandoned_at, state) VALUES\n"
    "  (1, 'walk', 'A walk', '1.0', 1000, 1300, 1260, 1, NULL, '" V1_STATE_FINISHED "'),\n"
    "  (2, 'walk', 'A walk', '1.0', 2000, 2100, NULL, 0, NULL, '" V1_STATE_UNDER_WAY "');\n"
    "INSERT INTO choices VALUES\n"
    "  (1, 0, 0, 'porch', 0, 'Knock', 'rescue', 'resentment=30 growth=30 intimacy=40', 1100, NULL),\n"
    "  (1, 1, 1, 'hall', 0, 'Talk', 'support', 'resentment=30 growth=30 intimacy=50', 1150, 1200),\n"
    "  (1, 2, 1, 'hall', 1, 'Fix it', 'rescue', 'resentment=45 growth=30 intimacy=40', 1210, NULL),\n"
    "  (1, 3, 2, 'kitchen', 1, 'Lecture', 'rescue', 'resentment=45 growth=30 intimacy=30', 1260, 1280),\n"
    "  (1, 4, 2, 'kitchen', 0, 'Listen', 'support', 'resentment=45 growth=35 intimacy=40', 1300, NULL),\n"
    "  (2, 0, 0, 'porch', 1, 'Wait', 'support', 'resentment=20 growth=40 intimacy=40', 2100, NULL);\n"
    "INSERT INTO endings VALUES (1, 'apart', 1260), (1, 'close', 1300);\n"
    "INSERT INTO journal VALUES\n"
    "  (1, 'walk', 'close', 'When did you last fix something?', '" V1_JOURNAL_BODY "', 1400, 1450),\n"
    "  (2, NULL, NULL, NULL, 'a free page', 1500, 1500);\n";

#endif
