/* desk_ui.c — the therapist's desk in the window: its state and what its
 * buttons do (see desk_ui.h). Every rule lives in engine/app/desk.c; this
 * file keeps the draft, rechecks it after each change and says what
 * happened. */
#include "ui/desk_ui.h"

#include <stdlib.h>
#include <string.h>

#include "app/plan.h"
#include "app/yourdata.h"
#include "core/i18n.h"
#include "core/text.h"
#include "ui/journal.h"

static DeskScreen *desk(App *a)
{
    if (!a->desk) {
        a->desk = calloc(1, sizeof *a->desk);
        if (a->desk)
            a->desk->writing = -1;
    }
    return a->desk;
}

static void say(DeskScreen *d, char *msg, bool ok)
{
    free(d->said);
    d->said = msg;
    d->said_ok = ok && msg;
}

/* After every change: what is wrong with the draft now. */
static void recheck(App *a)
{
    DeskScreen *d = a->desk;
    homework_problems_clear(&d->problems);
    desk_check(d->draft, d->today, &d->problems);
    a->dirty = true;
}

static void load_recent(App *a)
{
    DeskScreen *d = a->desk;
    for (int i = 0; i < d->n_recent; i++)
        homework_free(d->recent[i]);
    d->n_recent = desk_recent_list(a->profile, d->recent);
}

void desk_ui_open(App *a, int tab)
{
    DeskScreen *d = desk(a);
    if (!d) {
        app_set_problem(a, _("There is not enough memory to open the desk."));
        return;
    }
    app_load_stories(a);
    if (!d->cat_loaded) {
        for (int i = 0; i < a->shelf.n; i++)
            if (a->shelf.cards[i].story)
                desk_catalogue_add(&d->cat, a->shelf.cards[i].story);
        desk_catalogue_ideas(&d->cat, NULL);
        d->cat_loaded = true;
    }
    if (!d->draft)
        d->draft = desk_draft_new();
    desk_today(d->today);
    load_recent(a);
    d->tab = tab == 1;
    recheck(a);
    app_go(a, SCREEN_DESK);
}

/* A new draft in place of the old one (NULL: memory ran out; the old stays). */
static void replace_draft(App *a, Homework *hw)
{
    DeskScreen *d = a->desk;
    if (!hw) {
        app_set_problem(a, _("There is not enough memory for another assignment."));
        return;
    }
    homework_free(d->draft);
    d->draft = hw;
    d->tried = false;
    say(d, NULL, false);
    recheck(a);
}

/* Last week's assignment is due in the past: a week from today instead. */
static void refresh_due(App *a)
{
    DeskScreen *d = a->desk;
    if (!d->draft->due || strcmp(d->draft->due, d->today) >= 0)
        return;
    desk_due_set(d->draft, d->today, 7);
    char *msg = text_format(_("Its due date had passed, so it is now a week from today, %s. "
                              "The due date buttons change it."), d->draft->due);
    app_set_problem(a, msg);
    free(msg);
    recheck(a);
}

/* A suggestion's text: the k-th reflect prompt or practice task of story s. */
static const char *suggestion(DeskScreen *d, int i, bool practice)
{
    int s = i / 100, k = i % 100;
    if (s < 0 || s >= d->cat.count)
        return NULL;
    const DeskStory *st = &d->cat.stories[s];
    if (practice)
        return k < st->n_practice ? st->practice[k] : NULL;
    return k < st->n_reflect ? st->reflect[k] : NULL;
}

static void write_field(App *a, int field)
{
    DeskScreen *d = a->desk;
    Homework *hw = d->draft;
    const char *body = "";
    if (field == DESK_F_PRACTICE && hw->practice)
        body = hw->practice;
    else if (field == DESK_F_NOTE && hw->note)
        body = hw->note;
    else if (field == DESK_F_FROM && hw->from)
        body = hw->from;
    else if (field >= DESK_F_CONTACT && field - DESK_F_CONTACT < hw->n_contacts)
        body = hw->contacts[field - DESK_F_CONTACT];
    else if (field >= DESK_F_QUESTION && field < DESK_F_CONTACT &&
             field - DESK_F_QUESTION < hw->n_questions)
        body = hw->questions[field - DESK_F_QUESTION];
    else if (field >= DESK_F_QUESTION)
        return; /* an item that is gone */
    d->writing = field;
    journal_open_field(a, desk_ui_field_prompt(a), body);
}

/* Item i of a list becomes *text (taken), or goes when the text is blank. */
static void replace_item(char ***items, int *n, int i, char **text, bool blank)
{
    if (i < 0 || i >= *n)
        return;
    if (blank) {
        desk_remove(items, n, i);
        return;
    }
    free((*items)[i]);
    (*items)[i] = *text;
    *text = NULL;
}

void desk_ui_take_text(App *a, const char *text, size_t len)
{
    DeskScreen *d = a->desk;
    if (!d || d->writing < 0)
        return;
    char *copy = text_format("%.*s", (int)len, text);
    Homework *hw = d->draft;
    int f = d->writing;
    d->writing = -1;
    if (!copy)
        return;
    bool blank = true;
    for (const char *p = copy; *p && blank; p++)
        blank = *p == ' ' || *p == '\n' || *p == '\t';
    if (f == DESK_F_PRACTICE)
        desk_set_text(&hw->practice, copy);
    else if (f == DESK_F_NOTE)
        desk_set_text(&hw->note, copy);
    else if (f == DESK_F_FROM)
        desk_set_text(&hw->from, copy);
    else if (f == DESK_F_NEW_QUESTION && !blank)
        desk_add(&hw->questions, &hw->n_questions, copy);
    else if (f == DESK_F_NEW_CONTACT && !blank)
        desk_add(&hw->contacts, &hw->n_contacts, copy);
    else if (f >= DESK_F_CONTACT)
        replace_item(&hw->contacts, &hw->n_contacts, f - DESK_F_CONTACT, &copy, blank);
    else if (f >= DESK_F_QUESTION)
        replace_item(&hw->questions, &hw->n_questions, f - DESK_F_QUESTION, &copy, blank);
    free(copy);
    recheck(a);
}

static void due(App *a, int which)
{
    DeskScreen *d = a->desk;
    if (which == DESK_DUE_NONE)
        desk_due_set(d->draft, d->today, -1);
    else if (which == DESK_DUE_WEEK || which == DESK_DUE_TWO)
        desk_due_set(d->draft, d->today, which == DESK_DUE_WEEK ? 7 : 14);
    else
        desk_due_move(d->draft, d->today, which == DESK_DUE_LATER ? 1 : -1);
    recheck(a);
}

static void save(App *a)
{
    DeskScreen *d = a->desk;
    char *path = NULL, *msg = NULL;
    desk_today(d->today);
    homework_problems_clear(&d->problems);
    d->tried = true;
    int rc = desk_save(d->draft, NULL, d->today, a->profile, &d->problems, &path, &msg);
    say(d, msg, rc == 0);
    if (rc == 0)
        load_recent(a);
    free(path);
    a->dirty = true;
}

static void show_folder(App *a)
{
    DeskScreen *d = a->desk;
    char *dir = yourdata_documents();
    if (!dir)
        return;
    bool asked = app_open_folder(dir);
    char *msg = asked ? text_format(_("Beside asked your file manager to open %s. If no window "
                                      "opened, the files are in that folder."), dir)
                      : text_format(_("The files are in this folder: %s"), dir);
    say(d, msg, true);
    free(dir);
}

static void save_plan(App *a, int card)
{
    if (card < 0 || card >= a->shelf.n || !a->shelf.cards[card].story)
        return;
    char *path = NULL, *msg = NULL;
    int rc = plan_save(a->shelf.cards[card].story, NULL, &path, &msg);
    say(a->desk, msg, rc == 0);
    free(path);
}

static void pick_file(App *a, int i)
{
    DeskScreen *d = a->desk;
    if (i < 0 || i >= d->files.count)
        return;
    char *msg = NULL;
    Homework *hw = desk_open(d->files.items[i], &msg);
    if (!hw) {
        app_set_problem(a, msg);
        free(msg);
        return;
    }
    replace_draft(a, hw);
    refresh_due(a);
    d->tab = 0;
    app_go(a, SCREEN_DESK);
}

/* Ticks a suggestion: a question goes into the list or comes out; a
 * practice task becomes the practice, or stops being it. */
static void tick(App *a, int i, bool practice)
{
    DeskScreen *d = a->desk;
    const char *text = suggestion(d, i, practice);
    if (!text)
        return;
    if (!practice)
        desk_toggle(&d->draft->questions, &d->draft->n_questions, text);
    else
        desk_set_text(&d->draft->practice, d->draft->practice &&
                                               strcmp(d->draft->practice, text) == 0 ? NULL
                                                                                      : text);
    recheck(a);
}

void desk_ui_action(App *a, int arg)
{
    DeskScreen *d = a->desk;
    if (!d || !d->draft)
        return;
    int op = arg / 10000, i = arg % 10000;
    Homework *hw = d->draft;
    if (op != DESK_FOLDER)
        say(d, NULL, false); /* what was said is about the draft as it was */
    switch ((DeskOp)op) {
    case DESK_TAB: d->tab = i == 1; say(d, NULL, false); a->scroll = 0; a->dirty = true; break;
    case DESK_STORY:
        if (i >= 0 && i < d->cat.count)
            desk_toggle(&hw->stories, &hw->n_stories, d->cat.stories[i].id);
        recheck(a);
        break;
    case DESK_SUGGESTED: tick(a, i, false); break;
    case DESK_PRACTICE: tick(a, i, true); break;
    case DESK_WRITE: write_field(a, i); break;
    case DESK_REMOVE_QUESTION: desk_remove(&hw->questions, &hw->n_questions, i); recheck(a); break;
    case DESK_REMOVE_CONTACT: desk_remove(&hw->contacts, &hw->n_contacts, i); recheck(a); break;
    case DESK_DUE: due(a, i); break;
    case DESK_PREVIEW:
        app_go(a, SCREEN_DESK_PREVIEW);
        app_set_problem(a, _("This is the Homework screen as your client will see it. Nothing "
                             "here can be pressed. Back returns to the desk."));
        break;
    case DESK_SAVE: save(a); break;
    case DESK_FOLDER: show_folder(a); break;
    case DESK_RECENT:
        if (i >= 0 && i < d->n_recent) {
            replace_draft(a, desk_draft_copy(d->recent[i]));
            refresh_due(a);
        }
        break;
    case DESK_FILES: desk_find_files(NULL, &d->files); app_go(a, SCREEN_DESK_FILES); break;
    case DESK_FILE: pick_file(a, i); break;
    case DESK_AFRESH: replace_draft(a, desk_draft_new()); break;
    case DESK_PLAN: save_plan(a, i); break;
    }
}

void desk_ui_relanguage(App *a)
{
    if (!a->desk || !a->desk->cat_loaded)
        return;
    desk_catalogue_free(&a->desk->cat);
    a->desk->cat = (DeskCatalogue){0};
    a->desk->cat_loaded = false; /* made again from the cards when the desk opens */
}

void desk_ui_free(App *a)
{
    DeskScreen *d = a->desk;
    if (!d)
        return;
    homework_free(d->draft);
    desk_catalogue_free(&d->cat);
    homework_problems_clear(&d->problems);
    free(d->said);
    for (int i = 0; i < d->n_recent; i++)
        homework_free(d->recent[i]);
    path_list_free(&d->files);
    free(d);
    a->desk = NULL;
}
