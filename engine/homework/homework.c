/* homework.c — reading an assignment file: its text runs in the story
 * sandbox with one word, homework { } (script/record.h hands the block back
 * as plain C), and every field is checked, so one check shows every
 * mistake, each at its line. */
#include "homework/homework.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/i18n.h"
#include "core/text.h"
#include "homework/homework_internal.h"
#include "script/record.h"

static const char *const fields[] = {
    "from", "assigned", "due", "stories", "questions", "practice", "note", "contacts", "drill",
    "check_form", NULL,
};
enum { N_FIELDS = sizeof fields / sizeof fields[0] - 1 };

/* An assignment is a few texts: it needs far less than a story, and a file
 * that tries for more is stopped sooner. */
static const SandboxLimits limits = {
    .memory_limit = 16u << 20, .load_budget = 5000000, .call_budget = 0,
};

typedef struct {
    const RecCall *call; /* the homework { } being read */
    const char *name, *src;
    size_t len;
    DiagList *diags;
    int errors;
    int block_line;  /* the line of the first homework { } */
    HomeworkLines *lines;
    Homework *hw;    /* what the first block holds so far */
} Reader;

static void problem(Reader *r, int line, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
/* Problems kept from one file: the rest are counted, not kept, so a table
 * of a million unknown fields cannot fill memory outside the sandbox's cap. */
enum { MAX_PROBLEMS = 200 };

static void problem(Reader *r, int line, const char *fmt, ...)
{
    if (r->errors++ >= MAX_PROBLEMS) {
        if (r->errors == MAX_PROBLEMS + 1)
            diag_add(r->diags, DIAG_ERROR, r->name, line, _("more than %d problems; Beside stops "
                     "listing them here. Fix these first."), MAX_PROBLEMS);
        return;
    }
    va_list ap;
    va_start(ap, fmt);
    diag_addv(r->diags, DIAG_ERROR, r->name, line, fmt, ap);
    va_end(ap);
}

/* The line of a field (item 0) or of one item of its list. */
static int line_of(Reader *r, const char *field, int item)
{
    if (!r->lines)
        r->lines = homework_lines_new(r->src, r->len);
    return homework_lines_find(r->lines, r->block_line, field, item, r->block_line);
}

/* ---- values ---- */

bool homework_valid_id(const char *s)
{
    size_t n = strlen(s);
    if (n == 0 || n > HOMEWORK_MAX_ID)
        return false;
    for (; *s; s++)
        if (!((*s >= 'a' && *s <= 'z') || (*s >= '0' && *s <= '9') || *s == '-'))
            return false;
    return true;
}

static int days_in_month(int year, int month)
{
    static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    return month == 2 && leap ? 29 : days[month - 1];
}

/* Reads YYYY-MM-DD; 0 when the shape is right, whatever the numbers. */
static int parse_date(const char *s, int *y, int *m, int *d)
{
    if (strlen(s) != 10 || s[4] != '-' || s[7] != '-')
        return -1;
    for (int i = 0; i < 10; i++)
        if (i != 4 && i != 7 && (s[i] < '0' || s[i] > '9'))
            return -1;
    *y = atoi(s);
    *m = atoi(s + 5);
    *d = atoi(s + 8);
    return 0;
}

bool homework_valid_date(const char *s)
{
    int y, m, d;
    return parse_date(s, &y, &m, &d) == 0 && y >= 1970 && m >= 1 && m <= 12 && d >= 1 &&
           d <= days_in_month(y, m);
}

/* The length of the valid UTF-8 character at p (n bytes left), or 0. */
static int utf8_len(const unsigned char *p, size_t n)
{
    if (p[0] < 0x80)
        return 1;
    int len = p[0] >= 0xF0 && p[0] <= 0xF4 ? 4 : p[0] >= 0xE0 && p[0] < 0xF0 ? 3
            : p[0] >= 0xC2 && p[0] < 0xE0 ? 2 : 0;
    if ((size_t)len > n)
        return 0;
    for (int i = 1; i < len; i++)
        if ((p[i] & 0xC0) != 0x80)
            return 0;
    if (len == 3 && ((p[0] == 0xE0 && p[1] < 0xA0) || (p[0] == 0xED && p[1] >= 0xA0)))
        return 0; /* overlong, or a surrogate */
    if (len == 4 && ((p[0] == 0xF0 && p[1] < 0x90) || (p[0] == 0xF4 && p[1] >= 0x90)))
        return 0;
    return len;
}

char *homework_text_problem(const char *s, size_t len, int max_chars)
{
    const unsigned char *p = (const unsigned char *)s;
    size_t chars = 0;
    bool blank = true;
    for (size_t i = 0; i < len; chars++) {
        if (p[i] == '\n' || p[i] == '\t' || p[i] == ' ') {
            i++;
            continue;
        }
        if (p[i] < 0x20 || p[i] == 0x7F)
            return text_format(_("contains a control character (code %d). Remove it; line "
                                 "breaks and tabs are fine."), p[i]);
        int n = utf8_len(p + i, len - i);
        if (!n)
            return text_dup(_("is not valid UTF-8 text. Save the file as UTF-8 in your editor."));
        if (n == 2 && p[i] == 0xC2 && p[i + 1] < 0xA0)
            return text_format(_("contains a control character (U+%04X). Remove it."), p[i + 1]);
        blank = false;
        i += (size_t)n;
    }
    if (blank)
        return text_dup(_("is empty. Write the text, or leave it out."));
    if (chars > (size_t)max_chars)
        return text_format(_("is %zu characters long; the most is %d. Shorten it."), chars,
                           max_chars);
    return NULL;
}

/* A value as it may appear inside a message: printable ASCII, not too long.
 * Anything else is not repeated back, so a message never carries control
 * codes to a terminal. */
static bool quotable(const char *s)
{
    size_t n = 0;
    for (; s[n]; n++)
        if (s[n] < 0x20 || s[n] > 0x7E || s[n] == '"')
            return false;
    return n <= HOMEWORK_MAX_ID;
}

/* ---- fields ---- */

/* A text value, checked and copied; NULL after a problem. */
static char *take_text(Reader *r, int line, const char *what, const RecValue *v, int max_chars)
{
    char *why = homework_text_problem(v->text, v->len, max_chars);
    if (why) {
        problem(r, line, "%s %s", what, why);
        free(why);
        return NULL;
    }
    char *out = text_dup(v->text);
    if (!out)
        problem(r, line, _("out of memory"));
    return out;
}

/* Whether v is text with no NUL inside (a NUL would hide the rest). */
static bool whole_text(const RecValue *v)
{
    return v && v->type == REC_TEXT && strlen(v->text) == v->len;
}

static void read_text_field(Reader *r, const char *field, char **out)
{
    const RecValue *v = record_get(r->call, field);
    if (v && v->type == REC_TEXT)
        *out = take_text(r, line_of(r, field, 0), field, v, HOMEWORK_MAX_TEXT);
    else if (v)
        problem(r, line_of(r, field, 0),
                _("%s must be text in quotes, like %s = \"...\", not a %s."), field, field,
                v->type_name);
}

static void date_problem(Reader *r, int line, const char *field, const char *s, int y, int m)
{
    if (y < 1970)
        problem(r, line, _("%s = \"%s\": the year must be 1970 or later."), field, s);
    else if (m < 1 || m > 12)
        problem(r, line, _("%s = \"%s\" has month %d; months go from 01 to 12. Write "
                "year-month-day, like \"2026-12-08\"."), field, s, m);
    else
        problem(r, line, _("%s = \"%s\" is not a day on the calendar: that month has %d days."),
                field, s, days_in_month(y, m));
}

static void read_date(Reader *r, const char *field, char **out)
{
    const RecValue *v = record_get(r->call, field);
    if (!v)
        return; /* optional */
    int line = line_of(r, field, 0);
    const char *s = v->type == REC_TEXT ? v->text : NULL;
    int y, m, d;
    if (!s || parse_date(s, &y, &m, &d) < 0 || !whole_text(v)) {
        if (s && quotable(s))
            problem(r, line, _("%s = \"%s\" is not a date Beside can read. Write year-month-day "
                    "with dashes, like %s = \"2026-12-08\"."), field, s, field);
        else
            problem(r, line, _("%s must be a date in quotes, year-month-day with dashes, like "
                    "%s = \"2026-12-08\"."), field, field);
    } else if (!homework_valid_date(s)) {
        date_problem(r, line, field, s, y, m);
    } else if (!(*out = text_dup(s))) {
        problem(r, line, _("out of memory"));
    }
}

/* Item i (from 1) of the stories list, checked and added to the Homework. */
static void read_story(Reader *r, const RecValue *item, int i)
{
    Homework *hw = r->hw;
    int at = line_of(r, "stories", i);
    const char *id = item->type == REC_TEXT ? item->text : NULL;
    if (!id) {
        problem(r, at, _("stories: item %d is a %s; write each story's id in quotes, like "
                "\"nina-and-tom\"."), i, item->type_name);
    } else if (!whole_text(item) || !homework_valid_id(id)) {
        if (quotable(id))
            problem(r, at, _("stories: \"%s\" is not a story id. Ids use lowercase letters, "
                    "digits and dashes, like \"nina-and-tom\"; 'beside list' shows them."), id);
        else
            problem(r, at, _("stories: item %d is not a story id. Ids use lowercase letters, "
                    "digits and dashes, like \"nina-and-tom\"; 'beside list' shows them."), i);
    } else {
        int twice = -1;
        for (int k = 0; k < hw->n_stories; k++)
            if (strcmp(hw->stories[k], id) == 0)
                twice = k;
        if (twice >= 0)
            problem(r, at, _("stories: \"%s\" is listed twice. List each story once."), id);
        else if (!(hw->stories[hw->n_stories] = text_dup(id)))
            problem(r, at, _("out of memory"));
        else
            hw->n_stories++;
    }
}

static void read_stories(Reader *r)
{
    const RecValue *v = record_get(r->call, "stories");
    int line = line_of(r, "stories", 0);
    if (!v) {
        if (!r->hw->drill_rounds && !r->hw->check_form)
            problem(r, r->call->line, _("homework needs stories: the ids of the stories to play, "
                    "like stories = { \"nina-and-tom\" } (or a Spot it drill = 3). 'beside "
                    "list' shows the ids."));
    } else if (v->type == REC_TEXT) {
        problem(r, line, _("stories is a list in { }, even for one story: stories = { \"%s\" }."),
                quotable(v->text) ? v->text : "nina-and-tom");
    } else if (v->type != REC_LIST) {
        problem(r, line, _("stories must be a list of story ids in { }, like stories = { "
                "\"nina-and-tom\", \"the-fine-line\" }."));
    } else if (v->n_items == 0) {
        problem(r, line, _("stories is empty. Add the id of at least one story, like stories = { "
                "\"nina-and-tom\" }."));
    } else if (v->n_items > HOMEWORK_MAX_STORIES) {
        problem(r, line, _("stories lists %d stories; the most is %d. Split them into two "
                "assignments."), v->n_items, HOMEWORK_MAX_STORIES);
    } else if (!(r->hw->stories = calloc((size_t)v->n_items, sizeof *r->hw->stories))) {
        problem(r, line, _("out of memory"));
    } else {
        for (int i = 0; i < v->n_kept; i++)
            read_story(r, &v->items[i], i + 1);
    }
}

/* A list of texts, such as questions = { "...", "..." }. */
typedef struct {
    const char *field;   /* its name */
    int max_items, max_chars;
    const char *example; /* a list to show in messages (N_) */
    /* Its messages, whole sentences (N_), translated where they are made: */
    const char *one_text; /* a text where the list should be */
    const char *too_many; /* "%d ITEMS; the most is %d. ADVICE" */
    const char *not_text; /* item %d is a %s */
    const char *nth;      /* "FIELD: ITEM %d", before a text's problem */
} TextList;

static void read_text_list(Reader *r, const TextList *t, char ***out, int *n_out)
{
    const RecValue *v = record_get(r->call, t->field);
    int line = line_of(r, t->field, 0);
    if (!v) {
        /* optional */
    } else if (v->type == REC_TEXT) {
        problem(r, line, "%s", _(t->one_text));
    } else if (v->type != REC_LIST) {
        problem(r, line, _("%s must be a list of texts in { }, like %s = { %s }."), t->field,
                t->field, _(t->example));
    } else if (v->n_items > t->max_items) {
        problem(r, line, _(t->too_many), v->n_items, t->max_items);
    } else if (v->n_items > 0 && !(*out = calloc((size_t)v->n_items, sizeof **out))) {
        problem(r, line, _("out of memory"));
    } else {
        for (int i = 1; i <= v->n_kept; i++) {
            const RecValue *item = &v->items[i - 1];
            int at = line_of(r, t->field, i);
            if (item->type != REC_TEXT) {
                problem(r, at, _(t->not_text), i, item->type_name);
                continue;
            }
            char what[64];
            snprintf(what, sizeof what, _(t->nth), i);
            char *q = take_text(r, at, what, item, t->max_chars);
            if (q)
                (*out)[(*n_out)++] = q;
        }
    }
}

static const TextList questions_list = {
    "questions", HOMEWORK_MAX_QUESTIONS, HOMEWORK_MAX_QUESTION,
    N_("\"When did you feel the pull to fix it?\""),
    N_("questions is a list in { }, even for one question: questions = { \"...\" }."),
    N_("questions has %d questions; the most is %d. Keep the ones that matter most this week."),
    N_("questions: item %d is a %s; write each question in quotes."),
    N_("questions: question %d"),
};
static const TextList contacts_list = {
    "contacts", HOMEWORK_MAX_CONTACTS, HOMEWORK_MAX_CONTACT,
    N_("\"Sam Lee's practice: 555 0142, weekdays 9 to 5\""),
    N_("contacts is a list in { }, even for one contact: contacts = { \"...\" }."),
    N_("contacts has %d contacts; the most is %d. Keep the ones your client most needs."),
    N_("contacts: item %d is a %s; write each contact in quotes."),
    N_("contacts: contact %d"),
};

static void check_fields(Reader *r)
{
    const RecCall *c = r->call;
    for (int f = 0; f < c->n_kept; f++) {
        const RecField *field = &c->fields[f];
        if (!field->key) {
            problem(r, c->line, _("homework takes named fields only (name = value), like "
                    "stories = { \"nina-and-tom\" }. Remove the item without a name, or give it "
                    "one."));
            continue;
        }
        const char *key = field->key;
        bool known = false;
        for (int i = 0; fields[i]; i++)
            known = known || (strcmp(fields[i], key) == 0 && strlen(key) == field->key_len);
        if (known)
            continue;
        int line = line_of(r, key, 0);
        const char *guess = text_suggest(key, fields, N_FIELDS);
        const char *shown = quotable(key) && strlen(key) == field->key_len ? key : "?";
        if (guess)
            problem(r, line, _("homework has a field '%s' that Beside does not know. Did you mean "
                    "'%s'?"), shown, guess);
        else
            problem(r, line, _("homework has a field '%s' that Beside does not know. It can have: "
                    "from, assigned, due, stories, questions, practice, note, contacts, drill, "
                    "check_form."), shown);
    }
    /* Fields past the kept ones are not looked at: the kept ones, at most
     * seven of them known, already fill the list of problems. */
}

/* drill = N (Spot it rounds) and check_form = "A" or "B". */
static void read_drill(Reader *r)
{
    const RecValue *v = record_get(r->call, "drill");
    if (v && (v->type != REC_INTEGER || v->integer < 1 || v->integer > HOMEWORK_MAX_DRILL))
        problem(r, line_of(r, "drill", 0), _("drill is the number of Spot it rounds to play, "
                "from 1 to %d, written without quotes, like drill = 3."), HOMEWORK_MAX_DRILL);
    else if (v)
        r->hw->drill_rounds = (int)v->integer;
    v = record_get(r->call, "check_form");
    if (v && (v->type != REC_TEXT || (strcmp(v->text, "A") != 0 && strcmp(v->text, "B") != 0)))
        problem(r, line_of(r, "check_form", 0), _("check_form is \"A\" or \"B\", the Spot it "
                "check to take, like check_form = \"A\"."));
    else if (v)
        r->hw->check_form = v->text[0];
}

static void read_fields(Reader *r)
{
    check_fields(r);
    read_drill(r);
    read_text_field(r, "from", &r->hw->from);
    read_date(r, "assigned", &r->hw->assigned);
    read_date(r, "due", &r->hw->due);
    read_stories(r);
    read_text_list(r, &questions_list, &r->hw->questions, &r->hw->n_questions);
    read_text_list(r, &contacts_list, &r->hw->contacts, &r->hw->n_contacts);
    read_text_field(r, "practice", &r->hw->practice);
    read_text_field(r, "note", &r->hw->note);
    const Homework *hw = r->hw;
    if (hw->assigned && hw->due && strcmp(hw->due, hw->assigned) < 0)
        problem(r, line_of(r, "due", 0), _("due = \"%s\" is before assigned = \"%s\". The due "
                "date must be on or after the day the homework is given."), hw->due, hw->assigned);
}

/* Checks the first homework { } and reads it into r->hw. */
static void read_block(Reader *r, const RecFile *file)
{
    r->call = &file->calls[0];
    r->block_line = r->call->line;
    if (!r->call->is_table)
        problem(r, r->block_line, _("homework needs { } after it: homework { stories = { "
                "\"nina-and-tom\" } }."));
    else
        read_fields(r);
    if (file->n_calls > 1)
        problem(r, file->calls[1].line, _("an assignment file has one homework { }; this is a "
                "second one (the first is at line %d). Put everything in the first."),
                r->block_line);
}


/* ---- loading ---- */

/* A hint for the syntax and run errors people meet most in these files.
 * Lua's own messages are English in every language; Beside's own are
 * told apart by `stopped`, not by their words, which may be translated. */
static const char *hint_for(const char *msg, SandboxStop stopped)
{
    static const char *const outside[] = {"'os'", "'io'", "'require'", "'package'", "'debug'",
                                          "'dofile'", "'loadfile'", "'coroutine'"};
    for (size_t i = 0; i < sizeof outside / sizeof outside[0]; i++)
        if (strncmp(msg, outside[i], strlen(outside[i])) == 0)
            return _(" An assignment file holds only homework { ... }: it cannot run programs, "
                   "open files or load code.");
    /* "'scenario' is not a word Beside knows", in any language: the
     * sandbox's message starts with the word, quoted. */
    if (strstr(msg, "'scenario' ") || strstr(msg, "'scene' "))
        return _(" This looks like a story file, not an assignment. Check stories with 'beside "
               "check'; an assignment starts homework {.");
    if (strstr(msg, "near <eof>"))
        return _(" The file ends too soon: a closing } is missing at the end.");
    if (strstr(msg, "expected (to close") || strstr(msg, "'}' expected"))
        return _(" Check for a missing comma after the item just before this line, or a "
               "missing }.");
    if (strstr(msg, "unfinished string"))
        return _(" A text is missing its closing quote mark.");
    if (strstr(msg, "unfinished long string"))
        return _(" A [[ text is missing its closing ]].");
    if (strstr(msg, "unexpected symbol") || strstr(msg, "syntax error") ||
        strstr(msg, "'=' expected"))
        return _(" Check this line: each text must be in quotes, a field is written name = "
               "value, and each item needs a comma after it.");
    if (strstr(msg, "string too large"))
        return _(" An assignment holds a few short texts; look for string.rep.");
    if (stopped == SANDBOX_STOPPED_TIME)
        return _(" An assignment file needs no loops.");
    return "";
}

static void add_lua_error(Reader *r, const char *msg, SandboxStop stopped)
{
    int line;
    const char *rest = diag_split_location(msg, r->name, &line);
    if (stopped == SANDBOX_STOPPED_MEMORY) {
        problem(r, line, _("the file used more than %d MB of memory; an assignment needs a few "
                "KB. Look for string.rep or a loop that builds a huge text."),
                (int)(limits.memory_limit >> 20));
        return;
    }
    problem(r, line, "%s%s", rest, hint_for(rest, stopped));
}

Homework *homework_load_text(const char *name, const char *src, size_t len, DiagList *diags)
{
    if (len > HOMEWORK_MAX_FILE) {
        diag_add(diags, DIAG_ERROR, name, 0, _("the file is larger than %d KB; an assignment "
                 "file is never that big. Is it the right file?"), HOMEWORK_MAX_FILE >> 10);
        return NULL;
    }
    Reader r = {.name = name, .src = src, .len = len, .diags = diags};
    r.hw = calloc(1, sizeof *r.hw);
    if (r.hw)
        r.hw->file = text_dup(name);
    if (!r.hw || !r.hw->file) {
        diag_add(diags, DIAG_ERROR, name, 0, _("out of memory"));
        homework_free(r.hw);
        return NULL;
    }
    RecFile file;
    record_read("homework", name, src, len, &limits, 2, &file);
    if (file.n_kept > 0)
        read_block(&r, &file);
    if (file.error)
        add_lua_error(&r, file.error, file.stopped);
    else if (file.n_calls == 0)
        problem(&r, 1, _("the file has no homework { ... }. An assignment is written homework { "
                "stories = { \"nina-and-tom\" }, ... }; 'beside assign --help' shows how to make "
                "one."));
    bool none = file.n_calls == 0;
    record_free(&file);
    homework_lines_free(r.lines);
    if (r.errors > 0 || none) {
        if (r.errors == 0)
            diag_add(diags, DIAG_ERROR, name, 0, _("the assignment could not be read"));
        homework_free(r.hw);
        return NULL;
    }
    return r.hw;
}

Homework *homework_load(const char *path, DiagList *diags)
{
    FILE *f = fopen(path, "rb");
    if (!f) {
        diag_add(diags, DIAG_ERROR, path, 0, _("cannot open the file: %s. Check the name and that "
                 "you may read it."), strerror(errno));
        return NULL;
    }
    /* One byte more than the limit tells a file at the limit from a bigger one. */
    char *src = malloc(HOMEWORK_MAX_FILE + 2);
    size_t len = src ? fread(src, 1, HOMEWORK_MAX_FILE + 1, f) : 0;
    int bad = ferror(f);
    fclose(f);
    Homework *hw = NULL;
    if (!src)
        diag_add(diags, DIAG_ERROR, path, 0, _("out of memory"));
    else if (bad)
        diag_add(diags, DIAG_ERROR, path, 0, _("cannot read the file (is it a folder?)"));
    else
        hw = homework_load_text(path, src, len, diags);
    free(src);
    return hw;
}

void homework_free(Homework *hw)
{
    if (!hw)
        return;
    free(hw->file);
    free(hw->from);
    free(hw->assigned);
    free(hw->due);
    for (int i = 0; i < hw->n_stories; i++)
        free(hw->stories[i]);
    free(hw->stories);
    for (int i = 0; i < hw->n_questions; i++)
        free(hw->questions[i]);
    free(hw->questions);
    for (int i = 0; i < hw->n_contacts; i++)
        free(hw->contacts[i]);
    free(hw->contacts);
    free(hw->practice);
    free(hw->note);
    free(hw);
}

bool homework_is_file(const char *path)
{
    static const char suffix[] = ".beside-homework";
    size_t n = strlen(path), k = sizeof suffix - 1;
    return n > k && strcmp(path + n - k, suffix) == 0;
}
