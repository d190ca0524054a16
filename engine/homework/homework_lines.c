/* homework_lines.c — finding the line of a field of homework { } in the
 * file's text, so that a problem with one field points at that field. A
 * small Lua tokenizer: names, strings, comments and brackets are all it
 * needs to tell apart. It runs only on files Lua has already parsed. */
#include <ctype.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "homework/homework_internal.h"

typedef enum { TOK_NAME, TOK_EQ, TOK_OPEN, TOK_CLOSE, TOK_SEP, TOK_OTHER } TokKind;

typedef struct {
    TokKind kind;
    char ch;       /* the bracket, for TOK_OPEN */
    int line;
    size_t start, len;
} Token;

struct HomeworkLines {
    const char *src;
    Token *t;
    int n, cap;
};

/* At a line break at s[*i]: steps over it (\r\n and \n\r count once, as in
 * Lua) and counts the line. Returns false when s[*i] is no line break. */
static bool newline(const char *s, size_t len, size_t *i, int *line)
{
    char c = s[*i];
    if (c != '\n' && c != '\r')
        return false;
    (*i)++;
    if (*i < len && (s[*i] == '\n' || s[*i] == '\r') && s[*i] != c)
        (*i)++;
    (*line)++;
    return true;
}

/* The level of a long bracket [==[ opening at s[i], or -1 when it is none. */
static int long_level(const char *s, size_t len, size_t i)
{
    size_t j = i + 1;
    int level = 0;
    while (j < len && s[j] == '=') {
        level++;
        j++;
    }
    return j < len && s[j] == '[' ? level : -1;
}

/* Past the long string or comment whose bracket opens at s[i]. */
static size_t skip_long(const char *s, size_t len, size_t i, int level, int *line)
{
    i += (size_t)level + 2;
    while (i < len) {
        if (newline(s, len, &i, line))
            continue;
        if (s[i++] != ']')
            continue;
        size_t j = i;
        int k = 0;
        while (j < len && s[j] == '=') {
            k++;
            j++;
        }
        if (k == level && j < len && s[j] == ']')
            return j + 1;
    }
    return len;
}

static size_t skip_string(const char *s, size_t len, size_t i, int *line)
{
    char q = s[i++];
    while (i < len) {
        if (newline(s, len, &i, line))
            continue; /* only after \ or \z, in a file Lua accepted */
        char c = s[i++];
        if (c == q)
            return i;
        if (c == '\\' && i < len && !newline(s, len, &i, line))
            i++;
    }
    return len;
}

static int push(HomeworkLines *hl, TokKind kind, char ch, int line, size_t start, size_t len)
{
    if (hl->n == hl->cap) {
        int cap = hl->cap ? hl->cap * 2 : 256;
        Token *t = realloc(hl->t, (size_t)cap * sizeof *t);
        if (!t)
            return -1;
        hl->t = t;
        hl->cap = cap;
    }
    hl->t[hl->n++] = (Token){kind, ch, line, start, len};
    return 0;
}

HomeworkLines *homework_lines_new(const char *s, size_t len)
{
    HomeworkLines *hl = calloc(1, sizeof *hl);
    if (!hl)
        return NULL;
    hl->src = s;
    int line = 1;
    size_t i = 0;
    while (i < len) {
        unsigned char c = (unsigned char)s[i];
        if (newline(s, len, &i, &line))
            continue;
        if (isspace(c)) {
            i++;
            continue;
        }
        size_t start = i;
        int at = line, level;
        TokKind kind = TOK_OTHER;
        if (c == '-' && i + 1 < len && s[i + 1] == '-') {
            if (i + 2 < len && s[i + 2] == '[' && (level = long_level(s, len, i + 2)) >= 0)
                i = skip_long(s, len, i + 2, level, &line);
            else
                while (i < len && s[i] != '\n' && s[i] != '\r')
                    i++;
            continue;
        }
        if (c == '[' && (level = long_level(s, len, i)) >= 0) {
            i = skip_long(s, len, i, level, &line);
        } else if (c == '"' || c == '\'') {
            i = skip_string(s, len, i, &line);
        } else if (isalpha(c) || c == '_') {
            while (i < len && (isalnum((unsigned char)s[i]) || s[i] == '_'))
                i++;
            kind = TOK_NAME;
        } else if (isdigit(c) || (c == '.' && i + 1 < len && isdigit((unsigned char)s[i + 1]))) {
            while (i < len && (isalnum((unsigned char)s[i]) || s[i] == '.' ||
                               ((s[i] == '+' || s[i] == '-') && strchr("eEpP", s[i - 1]))))
                i++;
        } else if (c == '=' || c == '<' || c == '>' || c == '~') {
            bool two = i + 1 < len && s[i + 1] == '=';
            i += two ? 2 : 1;
            if (c == '=' && !two)
                kind = TOK_EQ;
        } else {
            i++;
            if (c == '{' || c == '(' || c == '[')
                kind = TOK_OPEN;
            else if (c == '}' || c == ')' || c == ']')
                kind = TOK_CLOSE;
            else if (c == ',' || c == ';')
                kind = TOK_SEP;
        }
        if (push(hl, kind, (char)c, at, start, i - start) < 0) {
            homework_lines_free(hl);
            return NULL;
        }
    }
    return hl;
}

void homework_lines_free(HomeworkLines *hl)
{
    if (!hl)
        return;
    free(hl->t);
    free(hl);
}

static bool is_name(const HomeworkLines *hl, int i, const char *name)
{
    const Token *t = &hl->t[i];
    return t->kind == TOK_NAME && t->len == strlen(name) &&
           memcmp(hl->src + t->start, name, t->len) == 0;
}

/* The line of item `item` of the list whose { is token k. */
static int item_line(const HomeworkLines *hl, int k, int item, int fallback)
{
    if (k >= hl->n || hl->t[k].kind != TOK_OPEN || hl->t[k].ch != '{')
        return fallback;
    int depth = 0, idx = 1;
    bool start = true;
    for (int m = k; m < hl->n; m++) {
        const Token *t = &hl->t[m];
        if (depth == 1 && start && t->kind != TOK_CLOSE && t->kind != TOK_SEP) {
            if (idx == item)
                return t->line;
            start = false;
        }
        if (t->kind == TOK_OPEN) {
            depth++;
        } else if (t->kind == TOK_CLOSE) {
            if (--depth == 0)
                break;
        } else if (t->kind == TOK_SEP && depth == 1) {
            idx++;
            start = true;
        }
    }
    return fallback;
}

int homework_lines_find(const HomeworkLines *hl, int block_line, const char *field, int item,
                        int fallback)
{
    for (int i = 0; hl && i < hl->n; i++) {
        if (hl->t[i].line != block_line || !is_name(hl, i, "homework"))
            continue;
        int j = i + 1;
        if (j < hl->n && hl->t[j].kind == TOK_OPEN && hl->t[j].ch == '(')
            j++;
        if (j >= hl->n || hl->t[j].kind != TOK_OPEN || hl->t[j].ch != '{')
            continue;
        int depth = 0;
        for (int k = j; k < hl->n; k++) {
            const Token *t = &hl->t[k];
            if (t->kind == TOK_OPEN) {
                depth++;
            } else if (t->kind == TOK_CLOSE) {
                if (--depth == 0)
                    break;
            } else if (depth == 1 && k + 1 < hl->n && hl->t[k + 1].kind == TOK_EQ &&
                       is_name(hl, k, field)) {
                return item > 0 ? item_line(hl, k + 2, item, t->line) : t->line;
            }
        }
        return fallback;
    }
    return fallback;
}
