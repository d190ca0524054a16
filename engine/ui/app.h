/* app.h — the game window's inside: the state the screens share (App, one
 * part per screen), the event loop and its actions (app.c, input.c), the
 * stories and the profile as the window holds them (app_stories.c,
 * app_profile.c). Private to engine/ui/. Each part of the window declares
 * its own functions in its own header: view.h (the display list),
 * screens.h, present.h, people.h, journal.h, homework_ui.h, voice_ui.h.
 *
 * Every change of state marks the window dirty; the next frame lays the
 * current screen out into a display list of boxes (text lines, buttons, bars,
 * chart lines), then draws the list. Input is hit-tested against the same
 * list, and tests read it (BESIDE_UI_DUMP) to check that every box is inside
 * the window. */
#ifndef BESIDE_UI_APP_H
#define BESIDE_UI_APP_H

#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>

#include "app/assignment.h"
#include "app/homework_report.h"
#include "app/playthrough.h"
#include "app/room.h"
#include "app/standing.h"
#include "core/game.h"
#include "core/path_list.h"
#include "ui/contacts.h"
#include "ui/gfx.h"
#include "ui/layout.h"
#include "ui/textedit.h"
#include "ui/theme.h"

typedef enum {
    SCREEN_TITLE,
    SCREEN_STORIES,
    SCREEN_NOTES,  /* a story's content notes, before it starts */
    SCREEN_PLAY,   /* a scene, or the feedback card after a choice */
    SCREEN_DEBRIEF,
    SCREEN_HELP,
    SCREEN_SETTINGS,
    SCREEN_HISTORY, /* the choices made so far; go back to any of them */
    SCREEN_CONFIRM, /* are you sure? (delete all data, import a profile) */
    SCREEN_JOURNAL, /* the list of journal pages */
    SCREEN_WRITE,   /* one journal page, being written */
    SCREEN_IMPORT,  /* exported copies found in the documents folder */
    SCREEN_HOMEWORK, /* an assignment from a therapist and what is done */
    SCREEN_REPORT,  /* the report's preview, before it is saved */
    SCREEN_PRESENT, /* present mode: a scene with the room's votes, or the card */
    SCREEN_COMPARE, /* present mode: every option of the decision side by side */
    SCREEN_SUMMARY, /* present mode: the ending and the session's summary */
    SCREEN_DESK,    /* for therapists: make an assignment, or a session plan */
    SCREEN_DESK_FILES,   /* assignment files in the documents folder, to open */
    SCREEN_DESK_PREVIEW, /* the assignment being made, as the client will see it */
    SCREEN_DRILL,   /* Spot it: an item, its feedback, or the round's score */
    SCREEN_DRILL_PROGRESS, /* Spot it: right answers per kind over time */
    SCREEN_COUNT
} ScreenId;

typedef enum {
    ACT_NONE,
    ACT_CONTINUE_RUN, /* title: back into the story left open */
    ACT_STORIES,
    ACT_SETTINGS,
    ACT_HELP,
    ACT_QUIT,
    ACT_BACK,
    ACT_PICK_STORY, /* arg: index into app->stories */
    ACT_START_STORY,
    ACT_CHOOSE,      /* arg: index into the view's shown choices */
    ACT_FEEDBACK_DONE,
    ACT_PLAY_AGAIN,
    ACT_REWIND_ONE,
    ACT_HISTORY,     /* open the list of choices made */
    ACT_REWIND_TO,   /* arg: how many choices to keep */
    ACT_TEXT_SIZE,   /* arg: percent */
    ACT_THEME,       /* arg: ThemeId */
    ACT_FULLSCREEN,  /* arg: 0 off, 1 on */
    ACT_MOTION,      /* arg: 1 reduce motion */
    ACT_FONT,        /* arg: FontStyle */
    ACT_EXPORT,      /* write the whole profile to the documents folder */
    ACT_DELETE_ASK,  /* ask before deleting all data */
    ACT_CONFIRM,     /* yes, do what the confirm screen asks */
    ACT_JOURNAL,     /* the list of journal pages */
    ACT_JOURNAL_NEW, /* a free page */
    ACT_JOURNAL_OPEN, /* arg: index into app->journal */
    ACT_REFLECT,     /* a page for the ending's reflection prompt */
    ACT_IMPORT_LIST, /* look for exported copies to bring back */
    ACT_IMPORT_PICK, /* arg: index into app->copies */
    ACT_HOMEWORK,    /* the homework screen */
    ACT_HW_QUESTION, /* arg: a question of the assignment, to write about */
    ACT_HW_REMOVE,   /* close the assignment */
    ACT_REPORT,      /* the report's preview */
    ACT_REPORT_TOGGLE, /* arg: index of a reflection to leave out or put back */
    ACT_REPORT_SAVE, /* write the report to the documents folder */
    ACT_VOTE,        /* present: arg: option to add a hand to */
    ACT_REVEAL_TOP,  /* present: the outcome of the option with most votes */
    ACT_DISCUSS,     /* present: show or hide the discussion question */
    ACT_COMPARE,     /* present: open or close the compare view */
    ACT_SESSION_EXPORT, /* present: write the session summary to the documents folder */
    ACT_SHOW_DATA,   /* open the folder the profile is in (and say where it is) */
    ACT_ART,         /* arg: 1 show pictures, 0 not */
    ACT_DESK,        /* the therapist's desk; arg: 0 the assignment, 1 the session plan */
    ACT_DESK_DO,     /* a desk button; arg: DESK_ARG(op, i) (ui/desk_ui.h) */
    ACT_DRILL,       /* Spot it; arg: 0 a practice round, 1 progress (ui/drill_ui.h) */
    ACT_DRILL_DO,    /* a Spot it button; arg: DRILL_ARG(op, i) (ui/drill_ui.h) */
    ACT_VOICE,       /* arg: 1 read aloud as things change, 0 not */
} Action;

typedef enum {
    C_BG, C_TEXT, C_MUTED, C_ACCENT, C_FOCUS, C_BUTTON_BG, C_BUTTON_TEXT, C_CARD,
    C_TRACK, C_RESENTMENT, C_GROWTH, C_INTIMACY, C_TRACK_EDGE, C_BETTER, C_WORSE,
    C_KIND /* C_KIND + a ChoiceKind: that kind's colour; keep it last */
} ColourSlot;

typedef enum {
    ITEM_FILL,   /* a filled box */
    ITEM_FRAME,  /* an outline, `value` pixels thick */
    ITEM_TEXT,   /* one line of text in `font` */
    ITEM_BUTTON, /* a clickable box; its label is in the ITEM_TEXT items after it */
    ITEM_LINE,   /* from (x, y) to (x + w, y + h), `value` thick, dashed when `arg` */
    ITEM_IMAGE,  /* the picture `text` (assets/TEXT.svg) drawn into the box */
} ItemKind;

typedef struct {
    ItemKind kind;
    LayoutBox box;
    bool scrolls;  /* part of the scrolling body, not the fixed header */
    bool overlay;  /* drawn over everything at a fixed place (the scroll cue) */
    FontRole font;
    ColourSlot colour;
    const char *text;
    size_t len;
    Action action;
    int arg;
    int value;
    bool selected; /* a setting that is on */
} Item;

typedef struct ArenaBlock ArenaBlock;

typedef struct {
    Item *items;
    int count, cap;
    ArenaBlock *arena; /* formatted strings live here until the next layout */
    bool in_body;      /* items added now scroll with the body */
    int body_top;      /* the scrolling body starts here, in window pixels */
    int content_h;     /* the body's full height */
} DisplayList;

typedef struct {
    char *path;
    Story *story;   /* NULL when it failed to load */
    char *problem;  /* why it failed, with file:line */
} StoryCard;

typedef struct {
    int text_size; /* percent: 100, 125, 150, 175, 200 */
    ThemeId theme;
    bool fullscreen;
    bool reduce_motion;
    int font; /* FontStyle */
    bool art_off; /* no pictures (Settings: Pictures off) */
    bool voice;   /* Read aloud: each new scene and what takes the focus */
    char lang_system[16]; /* what Automatic means: the system's language ("" English) */
} Settings;

/* The stories screen: a card per story the library finds, with what the
 * profile says of each. */
typedef struct {
    StoryCard *cards;
    int n;
    bool loaded;
    int picked;               /* the card picked on the stories screen */
    StoryProgress *progress;  /* per card, once the cards are loaded */
} Shelf;

/* Reading aloud: speech-dispatcher, opened the first time it is needed. */
typedef struct {
    struct Voice *voice;    /* once opened (ui/voice.h), or NULL */
    bool tried;             /* opening it was tried: it is not tried again */
    char *why;              /* why it could not be opened, or NULL */
    long key;               /* the screen last read aloud */
    int focus;              /* the focus last read aloud */
} ReadAloud;

/* Facilitator mode (beside --present): the room's show of hands and the
 * decisions so far. decisions[i] is the room's i-th choice of the run, so
 * the list follows rewinds. */
typedef struct {
    bool on;
    int votes[SESSION_MAX_OPTIONS]; /* for the options of the decision at hand */
    int votes_step;         /* the run's n_steps these votes belong to */
    bool show_discuss;
    bool reveal_armed;      /* R was pressed: a number reveals that option */
    bool compared;          /* the compare view was opened for this decision */
    const char *hint;       /* a short line under the choices (static text), or NULL */
    SessionDecision *decisions;
    int n_decisions, cap_decisions;
    Position before;        /* the position of the last choice made, for compare */
    int64_t started;
    int notes_step, notes_scene; /* the scene whose notes were printed last */
    bool second_display;    /* SDL reports two or more displays */
    struct NotesWindow *notes_win; /* the notes on the second display, or NULL */
    char *saved;            /* where the summary was exported, or why not; NULL */
} Present;

/* The meters as the bars draw them: sliding from one value to the next. */
typedef struct {
    uint8_t shown[STORY_MAX_METERS]; /* the values the bars draw now */
    uint32_t anim_start; /* ms; 0 when the meters are still */
    uint8_t from[STORY_MAX_METERS];
    uint8_t to[STORY_MAX_METERS];
    int delta[STORY_MAX_METERS];
    bool show_delta;
} MeterView;

/* The story being played: its run and its saving (engine/app), the scene
 * on screen, the card after a choice, the meters as drawn, and the
 * playthrough's history for the debrief. */
typedef struct {
    Playthrough play;
    bool has_run;
    int run_story;          /* index into the shelf's cards */
    SceneView view;
    bool have_view;
    bool feedback_shown;    /* the card after a choice waits for the player */
    Feedback feedback;
    MeterView meters;       /* the bars as drawn, and their slide to new values */
    ChoiceHistory history;  /* of the playthrough, for the debrief */
} PlayScreen;

/* Settings → Your data: what the confirm screen asks, and the exported
 * copies the import screen lists. */
typedef struct {
    enum { CONFIRM_DELETE, CONFIRM_IMPORT } confirm;
    char *confirm_path;     /* the file to import */
    char *where;            /* after "Show where my data is": what to say, or NULL */
    PathList copies;        /* exported copies found in the documents folder */
} DataScreen;

/* The homework screens: the open assignment, and the report's preview. */
typedef struct {
    Homework *assignment;   /* the open assignment, or NULL */
    HomeworkReport report;  /* its report: reflections, what is left out, the preview */
} HomeworkScreen;

/* The journal's screens: the list of pages, and the page being written. */
typedef struct {
    JournalEntry *list;
    int n_list;
    TextEdit *editor;       /* the page being written, or NULL */
    int64_t edit_id;        /* its entry in the profile; 0 when it cannot be saved */
    unsigned long saved_changes;
    char *prompt;
    char *problem;          /* why the page is not being saved, or NULL */
    LayoutBox edit_box;     /* the writing area, in body coordinates */
    bool caret_visible;     /* scroll the caret into view on the next layout */
    uint32_t sync_due;      /* SDL ticks when to make the page safe on disk; 0 none */
    bool for_desk;          /* a field of the desk's assignment, not a journal page */
} JournalScreen;

typedef struct {
    Gfx *gfx;
    Settings settings;
    const Theme *theme;
    char *font_regular[2], *font_bold[2]; /* per FontStyle; NULL when missing */
    bool dyslexic_available;

    ScreenId screen;
    ScreenId back_to[SCREEN_COUNT]; /* where Esc goes from each screen */
    DisplayList dl;
    bool dirty, relayout;
    int width, height; /* output pixels */
    int focus;         /* index among the focusable items, -1: none yet */
    int hover;         /* display-list index of the button under the pointer, or -1 */
    int pointer_x, pointer_y; /* the pointer, in output pixels, once it has moved */
    bool pointer_known;
    int scroll;        /* pixels the body is scrolled */
    bool keep_focus_visible;
    bool focus_body_first; /* after the next layout, focus the body's first button */

    Shelf shelf; /* the story cards (app_stories.c) */

    PlayScreen game;     /* the story being played (screens_play.c) */
    char *problem;       /* a message shown above the body until the next action */

    /* The profile (NULL when none could be opened: play goes on unsaved). */
    Profile *profile;
    bool save_problem_shown; /* a settings problem was shown once */
    Standing standing;      /* what Continue takes up; stories played (engine/app) */
    DataScreen data;        /* Your data: what the confirm and import screens ask about */

    HomeworkScreen hw; /* the assignment and its report's preview (homework_ui.c, report_ui.c) */

    JournalScreen jn; /* the journal's list and the page being written (journal.c) */

    struct DeskScreen *desk; /* the therapist's desk, once opened (desk_ui.h) */
    struct DrillScreen *drill; /* Spot it, once opened (drill_ui.h) */
    struct Watch *watch; /* live reload: --watch FILE or F5 (watch.h), or NULL */

    Present present;

    Contacts contacts;
    struct Art *art;       /* the pictures (ui/art.h) */
    uint32_t fade_start;   /* ms; 0 when no fade is running (people_ui.c) */
    long fade_key;         /* what was shown last, to see that it changed */
    const char *dump_path; /* BESIDE_UI_DUMP: write each layout here */
    bool in_game;          /* inside game_play(): play actions become GameCommands */
    ScreenId after_game;   /* where to go when game_play() returns */
    bool quit;
    bool bench_first_frame; /* BESIDE_BENCH_FIRST_FRAME: print the time and exit */
    bool bench_frames;      /* BESIDE_BENCH_FRAMES: print each frame's time to stderr */
    ReadAloud vo;           /* reading aloud (voice_ui.c) */
} App;

/* What the event loop hands back to whoever is waiting on it. */
/* R_RELOAD: the story file changed; play stops so it can be swapped in (watch.h). */
typedef enum { R_NONE, R_GAME, R_START, R_CONTINUE, R_QUIT, R_RELOAD } ResultKind;
typedef struct {
    ResultKind kind;
    GameCommand cmd;
} Result;

/* ---- app.c ---- */
/* Switches to a screen (remembering where Help and Settings go back to). */
void app_go(App *a, ScreenId s);
/* Shows `msg` above the body until the next action; NULL clears it. */
void app_set_problem(App *a, const char *msg);
void app_apply_setting(App *a, Action act, int arg);
/* ---- app_stories.c ---- */
/* Appends up to `max` problems as "file:line: message" lines (`file` for a
 * problem without one), then "…and N more" followed by `more`. */
void app_diag_lines(TextBuf *b, DiagList *d, int max, const char *file, const char *more);
/* Loads every story the library finds, once. */
void app_load_stories(App *a);
/* The card of the story `ref` (an id or a path; a file outside the story
 * folders becomes one more card). -1 with *err set when there is none. */
int app_pick_story(App *a, const char *ref, char **err);
/* Puts the run in play on `fresh` (the same story loaded again) by way of
 * its save text, as Continue copes with an edited story; says so when the
 * player's place could not all be kept. */
void app_carry_run(App *a, const Story *fresh);
/* Loads every card again in the language now chosen (Settings > Language);
 * the story in play keeps the player's place. Not in --watch, where the
 * author's file is shown as written. */
void app_stories_relanguage(App *a);

/* ---- app_profile.c ---- */
void app_profile_open(App *a, const char *path);
void app_profile_save_settings(App *a);
/* Settings > Language (1 automatic, 2 English, 3 Spanish): applied at
 * once, to the words and the stories, and kept in the profile. */
void app_profile_save_language(App *a, int arg);
/* The language kept in the profile, as Settings > Language numbers it:
 * 1 automatic, 2 English, 3 Spanish. */
int app_profile_language(App *a);
/* Loads each card's progress (after the cards are loaded). */
void app_profile_progress(App *a);
void app_profile_free(App *a);
/* Finds the newest unfinished playthrough for Continue. */
void app_profile_find_resume(App *a);
/* The card of the playthrough Continue would resume, or -1. */
int app_profile_resume_card(App *a);
/* A new playthrough of card `index`, with fresh meters (and a new session
 * in present mode). */
void app_start_story(App *a, int index);
/* Continue: the run of this session when it is the newest unfinished one,
 * else the newest unfinished playthrough in the profile. False when there
 * is none. */
bool app_continue_run(App *a);
/* Makes the resumable playthrough the run; -1 with a problem shown. */
int app_profile_resume(App *a);
/* A new playthrough of `s` (leaving an unfinished one of it behind). */
void app_profile_begin(App *a, const Story *s);
/* After every choice and rewind (the Frontend's `changed`). */
void app_profile_saved(App *a);
void app_profile_load_history(App *a);
void app_profile_export(App *a);
void app_profile_import(App *a, const char *src);
void app_profile_delete_all(App *a);
/* Asks the file manager to open the profile's folder and sets
 * a->data.where to say so, with the folder's path in case nothing opened. */
void app_profile_show_folder(App *a);
/* Finds exported copies (beside-profile-*.sqlite) in the documents folder. */
void app_profile_find_copies(App *a);
/* Asks the file manager to open `dir`; false when it could not be asked
 * (the caller names the folder either way: nothing says a window opened). */
bool app_open_folder(const char *dir);

/* ---- input.c ---- */
int app_focusable_count(const App *a);
/* The focus index of the body's first button (after the top bar's). */
int app_first_body_focus(const App *a);
Item *app_focused_item(App *a);
Result app_do_action(App *a, Action act, int arg);
/* An SDL key press: its SDL_Keycode and SDL_Keymod. */
Result app_on_key(App *a, int32_t key, uint16_t mod);
void app_scroll_by(App *a, int dy);
/* (x, y) in window coordinates. */
Result app_on_click(App *a, int x, int y);
/* The button under (x, y) in output pixels: its display-list index, or -1. */
int app_button_at(const App *a, int x, int y);
/* The pointer moved: highlights the button under it. */
void app_on_motion(App *a, int x, int y);

#endif
