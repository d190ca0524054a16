/* drill_room.c — a room's round of Spot it, summed up (see drill_room.h).
 * The page follows the other reports: one style sheet, every text escaped,
 * no scripts, nothing fetched. */
#include "report/drill_room.h"

#include <stdio.h>
#include <string.h>
#include <time.h>

#include "core/text.h"
#include "report/report_internal.h"

static const char note[] =
    "A room's answer is the kind most hands went up for. It says how the group did "
    "together, not how anyone in it did, and ten items are a rough measure: a start "
    "for talking, not a score for anyone.";

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
    textbuf_puts(b, "<table>\n<caption>Right answers by kind</caption>\n"
                    "<thead><tr><th scope=\"col\">Kind</th><th scope=\"col\">Right</th>"
                    "<th scope=\"col\">Items</th></tr></thead>\n<tbody>\n");
    for (int k = 0; k < KIND_COUNT; k++) {
        int total, right = drill_room_right(r, k, &total);
        if (total)
            textbuf_printf(b, "<tr><th scope=\"row\">%s</th><td>%d</td><td>%d</td></tr>\n",
                           story_kind_label((ChoiceKind)k), right, total);
    }
    textbuf_puts(b, "</tbody>\n</table>\n");
}

static void html_item(TextBuf *b, int i, const DrillRoomItem *it)
{
    bool right = it->answer == (int)it->item->kind;
    textbuf_printf(b, "<section>\n<h3>Item %d: %s</h3>\n<p>", i + 1,
                   right ? "the room was right" : "the room missed it");
    report_html_text(b, it->item->situation);
    textbuf_puts(b, "</p>\n<p><strong>The response:</strong> ");
    report_html_text(b, it->item->response);
    textbuf_printf(b, "</p>\n<p>It is <strong>%s</strong>; the room said %s. Hands: ",
                   story_kind_label(it->item->kind),
                   story_kind_label((ChoiceKind)it->answer));
    bool first = true;
    for (int k = 0; k < KIND_COUNT; k++)
        if (it->votes[k]) {
            textbuf_printf(b, "%s%s %d", first ? "" : ", ", story_kind_label((ChoiceKind)k),
                           it->votes[k]);
            first = false;
        }
    textbuf_printf(b, "%s.</p>\n<p>", first ? "none counted" : "");
    report_html_text(b, it->item->because);
    textbuf_puts(b, "</p>\n</section>\n");
}

char *drill_room_html(const DrillRoom *r)
{
    TextBuf b = {0};
    char date[16];
    date_of(r->finished, date, sizeof date);
    int total, right = drill_room_right(r, -1, &total);
    textbuf_printf(&b, "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                       "<title>Spot it with a room%s%s</title>\n<style>%s</style>\n</head>\n"
                       "<body>\n<main>\n<h1>Spot it with a room</h1>\n",
                   date[0] ? ", " : "", date, report_css);
    if (date[0])
        textbuf_printf(&b, "<p>Played on %s.</p>\n", date);
    textbuf_printf(&b, "<p>The room got <strong>%d of %d</strong> right.</p>\n", right, total);
    html_kinds(&b, r);
    textbuf_printf(&b, "<p>%s</p>\n<h2>The items</h2>\n", note);
    for (int i = 0; i < r->n; i++)
        html_item(&b, i, &r->items[i]);
    textbuf_puts(&b, "<footer><p>Beside is practice, not therapy. This page was made on this "
                     "computer and holds nothing about anyone in the room: only the count of "
                     "hands.</p></footer>\n</main>\n</body>\n</html>\n");
    return textbuf_take(&b);
}

char *drill_room_text(const DrillRoom *r)
{
    TextBuf b = {0};
    char date[16];
    date_of(r->finished, date, sizeof date);
    int total, right = drill_room_right(r, -1, &total);
    textbuf_printf(&b, "Spot it with a room%s%s\n\nThe room got %d of %d right.\n",
                   date[0] ? ", " : "", date, right, total);
    for (int k = 0; k < KIND_COUNT; k++) {
        int n, ok = drill_room_right(r, k, &n);
        if (n)
            textbuf_printf(&b, "  %s: %d of %d\n", story_kind_label((ChoiceKind)k), ok, n);
    }
    textbuf_printf(&b, "\n%s\n", note);
    for (int i = 0; i < r->n; i++) {
        const DrillRoomItem *it = &r->items[i];
        textbuf_printf(&b, "\n%d. ", i + 1);
        report_clean_text(&b, it->item->situation);
        textbuf_puts(&b, "\n   The response: ");
        report_clean_text(&b, it->item->response);
        textbuf_printf(&b, "\n   It is %s; the room said %s.\n", story_kind_label(it->item->kind),
                       story_kind_label((ChoiceKind)it->answer));
    }
    return textbuf_take(&b);
}
