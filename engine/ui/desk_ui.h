/* desk_ui.h — the therapist's desk in the window ("For therapists" on the
 * title screen, or `beside window --desk`): making an assignment, seeing
 * it as the client will, saving it, reusing a recent one or a file, and a
 * facilitator's session plan. The model is engine/app/desk.h and plan.h;
 * this is what the window shows of it. Private to engine/ui/. */
#ifndef BESIDE_UI_DESK_UI_H
#define BESIDE_UI_DESK_UI_H

#include "app/desk.h"
#include "ui/app.h"

/* What a desk button does: ACT_DESK_DO's arg is DESK_ARG(op, i). */
typedef enum {
    DESK_TAB,        /* i: 0 the assignment, 1 the session plan */
    DESK_STORY,      /* i: catalogue index; picks it or takes it out */
    DESK_SUGGESTED,  /* i: story * 100 + k: tick its k-th reflect prompt */
    DESK_PRACTICE,   /* i: story * 100 + k: its k-th practice task as the practice */
    DESK_WRITE,      /* i: a DeskField: write or change that text */
    DESK_REMOVE_QUESTION, /* i: question index */
    DESK_REMOVE_CONTACT,  /* i: contact index */
    DESK_DUE,        /* i: a DeskDue */
    DESK_PREVIEW,    /* the Homework screen as the client gets it */
    DESK_SAVE,
    DESK_FOLDER,     /* show the documents folder */
    DESK_RECENT,     /* i: recent assignment index */
    DESK_FILES,      /* the .beside-homework files in the documents folder */
    DESK_FILE,       /* i: index into those files */
    DESK_AFRESH,     /* an empty draft */
    DESK_PLAN,       /* i: catalogue index: save its session plan */
} DeskOp;

#define DESK_ARG(op, i) ((int)(op) * 10000 + (i))

typedef enum {
    DESK_F_NEW_QUESTION = 0,
    DESK_F_PRACTICE = 1,
    DESK_F_NOTE = 2,
    DESK_F_FROM = 3,
    DESK_F_NEW_CONTACT = 4,
    DESK_F_QUESTION = 100, /* + index */
    DESK_F_CONTACT = 200,  /* + index */
} DeskField;

typedef enum { DESK_DUE_NONE, DESK_DUE_LATER, DESK_DUE_SOONER, DESK_DUE_WEEK, DESK_DUE_TWO } DeskDue;

typedef struct DeskScreen {
    int tab;                    /* 0: the assignment, 1: the session plan */
    Homework *draft;
    DeskCatalogue cat;          /* from the window's story cards */
    bool cat_loaded;
    char today[11];
    HomeworkProblems problems;  /* of the draft as it is now */
    bool tried;                 /* Save was pressed: every problem is shown */
    char *said;                 /* after Save, a plan or Show the folder: what happened */
    bool said_ok;               /* it was saved (so Show the folder is offered) */
    Homework *recent[DESK_RECENT_MAX];
    int n_recent;
    PathList files;             /* .beside-homework files in the documents folder */
    int writing;                /* the DeskField on the writing page; -1 none */
} DeskScreen;

/* Opens the desk at `tab` (loading the stories and the recent ones). */
void desk_ui_open(App *a, int tab);
/* ACT_DESK_DO. */
void desk_ui_action(App *a, int arg);
/* The writing page closed on a desk field: its text goes into the draft. */
void desk_ui_take_text(App *a, const char *text, size_t len);
void desk_ui_free(App *a);
/* After the language changed: the stories' titles, notes and prompts are
 * read again from the cards when the desk next opens; the draft is kept. */
void desk_ui_relanguage(App *a);

/* desk_screens.c */
void screen_desk(App *a);
void screen_desk_files(App *a);
/* The Homework screen with the draft, as the client gets it; nothing in
 * its body can be pressed but Back. */
void screen_desk_preview(App *a);
/* The heading and prompt of the writing page for a desk field. */
const char *desk_ui_field_prompt(App *a);

#endif
