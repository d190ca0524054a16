/* drill_room.c — a room's round of Spot it, summed up (see drill_room.h).
 * The page follows the other reports: one style sheet, every text escaped,
 * no scripts, nothing fetched. */
#include "report/drill_room.h"

#include <stdio.h>
#include <string.h>
#include <time.h>

#include "core/i18n.h"
#include "core/text.h"
#include "report/report_internal.h"

static const char *const note =
    N_("A room's answer is the kind most hands went up for. It says how the group did "
    "together, not how anyone in it did, and ten items are a rough measure: a start "
    "for talking, not a score for anyone.");

void drill_room_add(DrillRoom *r, const DrillItem *item, const int *votes, int answer)
{
    if (r->n >= DRILL_ROOM_MAX || !item)
        return;
    DrillRoomItem *it = &r->items[r->n++];
    it->item = item;
    memcpy(it->votes, votes, sizeof it->votes);
    it->answer = answer;
}

int drill_room_right(const DrillRoom *r, int k, int *total)
{
    int right = 0;
    *total = 0;
    for (int i = 0; i < r->n; i++) {
        const DrillRoomItem *it = &r->items[i];
        if (k >= 0 && (int)it->item->kind != k)
            continue;
        (*total)++;
        right += it->answer == (int)it->item->kind;
    }
    return right;
}

static void date_of(int64_t when, char *out, size_t n)
{
    time_t t = (time_t)when;
    struct tm tm;
    if (when <= 0 || !localtime_r(&t, &tm) || !strftime(out, n, "%Y-%m-%d", &tm))
        snprintf(out, n, "%s", "");
}

static void html_kinds(TextBuf *b, const DrillRoom *r)
{
    textbuf_printf(b, "<table>\n<caption>%s</caption>\n"
                      "<thead><tr><th scope=\"col\">%s</th><th scope=\"col\">%s</th>"
                      "<th scope=\"col\">%s</th></tr></thead>\n<tbody>\n",
                   _("Right answers by kind"), _("Kind"), _("Right"), _("Items"));
    for (int k = 0; k < KIND_COUNT; k++) {
        int total, right = drill_room_right(r, k, &total);
        if (total)
            textbuf_printf(b, "<tr><th scope=\"row\">%s</th><td>%d</td><td>%d</td></tr>\n",
                           _(story_kind_label((ChoiceKind)k)), right, total);
    }
    textbuf_puts(b, "</tbody>\n</table>\n");
}

static void html_item(TextBuf *b, int i, const DrillRoomItem *it)
{
    bool right = it->answer == (int)it->item->kind;
    textbuf_puts(b, "<section>\n<h3>");
    textbuf_printf(b, right ? _("Item %d: the room was right") : _("Item %d: the room missed it"),
                   i + 1);
    textbuf_puts(b, "</h3>\n<p>");
    report_html_text(b, it->item->situation);
    textbuf_printf(b, "</p>\n<p><strong>%s</strong> ", _("The response:"));
    report_html_text(b, it->item->response);
    char kind[96];
    snprintf(kind, sizeof kind, "<strong>%s</strong>", _(story_kind_label(it->item->kind)));
    textbuf_puts(b, "</p>\n<p>");
    textbuf_printf(b, _("It is %s; the room said %s."), kind,
                   _(story_kind_label((ChoiceKind)it->answer)));
    textbuf_printf(b, " %s ", _("Hands:"));
    bool first = true;
    for (int k = 0; k < KIND_COUNT; k++)
        if (it->votes[k]) {
            textbuf_printf(b, "%s%s %d", first ? "" : ", ", _(story_kind_label((ChoiceKind)k)),
                           it->votes[k]);
            first = false;
        }
    textbuf_printf(b, "%s.</p>\n<p>", first ? _("none counted") : "");
    report_html_text(b, it->item->because);
    textbuf_puts(b, "</p>\n</section>\n");
}

char *drill_room_html(const DrillRoom *r)
{
    TextBuf b = {0};
    char date[16];
    date_of(r->finished, date, sizeof date);
    int total, right = drill_room_right(r, -1, &total);
    textbuf_printf(&b, "<!DOCTYPE html>\n<html lang=\"%s\">\n<head>\n<meta charset=\"utf-8\">\n"
                       "<title>%s%s%s</title>\n<style>%s</style>\n</head>\n"
                       "<body>\n<main>\n<h1>%s</h1>\n",
                   report_html_lang(), _("Spot it with a room"), date[0] ? ", " : "", date,
                   report_css, _("Spot it with a room"));
    if (date[0]) {
        textbuf_puts(&b, "<p>");
        textbuf_printf(&b, _("Played on %s."), date);
        textbuf_puts(&b, "</p>\n");
    }
    char score[64], got[96];
    snprintf(score, sizeof score, _("%d of %d"), right, total);
    snprintf(got, sizeof got, "<strong>%s</strong>", score);
    textbuf_puts(&b, "<p>");
    textbuf_printf(&b, _("The room got %s right."), got);
    textbuf_puts(&b, "</p>\n");
    html_kinds(&b, r);
    textbuf_printf(&b, "<p>%s</p>\n<h2>%s</h2>\n", _(note), _("The items"));
    for (int i = 0; i < r->n; i++)
        html_item(&b, i, &r->items[i]);
    textbuf_printf(&b, "<footer><p>%s</p></footer>\n</main>\n</body>\n</html>\n",
                   _("Beside is practice, not therapy. This page was made on this computer and "
                     "holds nothing about anyone in the room: only the count of hands."));
    return textbuf_take(&b);
}

char *drill_room_text(const DrillRoom *r)
{
    TextBuf b = {0};
    char date[16];
    date_of(r->finished, date, sizeof date);
    int total, right = drill_room_right(r, -1, &total);
    char score[64];
    snprintf(score, sizeof score, _("%d of %d"), right, total);
    textbuf_printf(&b, "%s%s%s\n\n", _("Spot it with a room"), date[0] ? ", " : "", date);
    textbuf_printf(&b, _("The room got %s right."), score);
    textbuf_puts(&b, "\n");
    for (int k = 0; k < KIND_COUNT; k++) {
        int n, ok = drill_room_right(r, k, &n);
        if (n) {
            textbuf_printf(&b, "  %s: ", _(story_kind_label((ChoiceKind)k)));
            textbuf_printf(&b, _("%d of %d"), ok, n);
            textbuf_puts(&b, "\n");
        }
    }
    textbuf_printf(&b, "\n%s\n", _(note));
    for (int i = 0; i < r->n; i++) {
        const DrillRoomItem *it = &r->items[i];
        textbuf_printf(&b, "\n%d. ", i + 1);
        report_clean_text(&b, it->item->situation);
        textbuf_printf(&b, "\n   %s ", _("The response:"));
        report_clean_text(&b, it->item->response);
        textbuf_puts(&b, "\n   ");
        textbuf_printf(&b, _("It is %s; the room said %s."), _(story_kind_label(it->item->kind)),
                       _(story_kind_label((ChoiceKind)it->answer)));
        textbuf_puts(&b, "\n");
    }
    return textbuf_take(&b);
}
