/* report_data.c — gathering what a report holds from the profile: which
 * playthroughs and reflections, the choices counted by kind, and the small
 * wording helpers (dates, durations, kinds) both formats share. */
#define _DEFAULT_SOURCE
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "core/i18n.h"
#include "report/report_internal.h"

int report_kind_index(const char *kind)
{
    for (int k = 0; kind && k < KIND_COUNT; k++)
        if (strcmp(kind, story_kind_name((ChoiceKind)k)) == 0)
            return k;
    return KIND_COUNT;
}

const char *report_kind_label(int index)
{
    return index >= 0 && index < KIND_COUNT ? _(story_kind_label((ChoiceKind)index))
                                             : _("Other");
}

int64_t report_parse_day(const char *day)
{
    int y, m, dd;
    char tail;
    if (!day || sscanf(day, "%4d-%2d-%2d%c", &y, &m, &dd, &tail) != 3 || m < 1 || m > 12 ||
        dd < 1 || dd > 31)
        return 0;
    struct tm tm = {.tm_year = y - 1900, .tm_mon = m - 1, .tm_mday = dd, .tm_isdst = -1};
    time_t t = mktime(&tm);
    return t == (time_t)-1 ? 0 : (int64_t)t;
}

void report_duration(int64_t s, char *buf, size_t size)
{
    if (s < 0) {
        snprintf(buf, size, "%s", _("not measured"));
        return;
    }
    int64_t min = (s + 30) / 60, h = min / 60;
    min %= 60;
    char hours[32], minutes[32];
    snprintf(hours, sizeof hours, ngettext("%lld hour", "%lld hours", (unsigned long)h),
             (long long)h);
    snprintf(minutes, sizeof minutes, ngettext("%lld minute", "%lld minutes", (unsigned long)min),
             (long long)min);
    if (h == 0 && min == 0)
        snprintf(buf, size, "%s", _("under a minute"));
    else if (h == 0)
        snprintf(buf, size, "%s", minutes);
    else if (min == 0)
        snprintf(buf, size, "%s", hours);
    else /* TRANSLATORS: hours, then minutes: "1 hour 5 minutes". */
        snprintf(buf, size, _("%s %s"), hours, minutes);
}

/* The length of the valid UTF-8 sequence at s (1-4), or 0 when it is not
 * one (overlong forms, surrogates and values past U+10FFFF included). */
static int utf8_valid(const unsigned char *s)
{
    unsigned c = s[0];
    if (c < 0x80)
        return 1;
    int n = c >= 0xC2 && c <= 0xDF ? 2 : c >= 0xE0 && c <= 0xEF ? 3 : c >= 0xF0 && c <= 0xF4 ? 4 : 0;
    for (int i = 1; i < n; i++)
        if ((s[i] & 0xC0) != 0x80)
            return 0;
    if ((c == 0xE0 && s[1] < 0xA0) || (c == 0xED && s[1] > 0x9F) || (c == 0xF0 && s[1] < 0x90) ||
        (c == 0xF4 && s[1] > 0x8F))
        return 0;
    return n;
}

void report_clean_text(TextBuf *b, const char *s)
{
    const unsigned char *p = (const unsigned char *)(s ? s : "");
    while (*p) {
        int n = utf8_valid(p);
        if (n == 0) {
            textbuf_puts(b, "\xEF\xBF\xBD");
            p++;
        } else if (n == 1) {
            if (*p == '\r') {
                textbuf_puts(b, "\n");
                p += p[1] == '\n' ? 2 : 1;
                continue;
            }
            if ((*p >= 0x20 && *p != 0x7F) || *p == '\n' || *p == '\t')
                textbuf_append(b, (const char *)p, 1);
            p++;
        } else {
            /* C1 controls (U+0080..U+009F) are C2 80..C2 9F. */
            if (!(n == 2 && p[0] == 0xC2 && p[1] < 0xA0))
                textbuf_append(b, (const char *)p, (size_t)n);
            p += n;
        }
    }
}

bool report_story_assigned(const ReportData *d, const char *story_id)
{
    if (!story_id)
        return false;
    if (!d->hw)
        return true;
    for (int i = 0; i < d->hw->n_stories; i++)
        if (d->hw->stories[i] && strcmp(d->hw->stories[i], story_id) == 0)
            return true;
    return false;
}

bool report_story_played(const ReportData *d, const char *story_id)
{
    for (int i = 0; i < d->n_plays; i++)
        if (strcmp(d->plays[i].info->story_id, story_id) == 0)
            return true;
    return false;
}

const char *report_story_title(const ReportData *d, const char *story_id)
{
    /* The newest title: a story renamed since is shown as it is called now. */
    for (int i = d->n_all - 1; i >= 0; i--)
        if (d->all[i].story_id && strcmp(d->all[i].story_id, story_id) == 0 &&
            d->all[i].story_title && *d->all[i].story_title)
            return d->all[i].story_title;
    const char *t = d->opts && d->opts->title ? d->opts->title(d->opts->title_ctx, story_id, NULL)
                                             : NULL;
    return t && *t ? t : story_id;
}

const char *report_ending_title(const ReportData *d, const char *story_id, const char *ending_id)
{
    const char *t = d->opts && d->opts->title
                        ? d->opts->title(d->opts->title_ctx, story_id, ending_id) : NULL;
    return t && *t ? t : ending_id;
}

static bool is_question(const Homework *hw, const char *prompt)
{
    for (int i = 0; hw && prompt && i < hw->n_questions; i++)
        if (hw->questions[i] && strcmp(hw->questions[i], prompt) == 0)
            return true;
    return false;
}

static bool left_out(const ReportOptions *o, int64_t id)
{
    for (int i = 0; i < o->n_leave_out; i++)
        if (o->leave_out[i] == id)
            return true;
    return false;
}

void report_data_free(ReportData *d)
{
    if (!d)
        return;
    for (int i = 0; i < d->n_plays; i++)
        choice_history_free(&d->plays[i].history);
    free(d->plays);
    playthrough_infos_free(d->all, d->n_all);
    journal_entries_free(d->refl, d->n_refl);
    report_drill_free(&d->drill);
    memset(d, 0, sizeof *d);
}

static void count_play(ReportPlay *rp)
{
    int last_step = -1;
    for (int i = 0; i < rp->history.count; i++) {
        const ChoiceRecord *c = &rp->history.items[i];
        int k = report_kind_index(c->kind);
        if (c->taken_back)
            rp->taken_back[k]++;
        else
            rp->kept[k]++;
        if (i > 0 && c->step <= last_step)
            rp->retries++;
        last_step = c->step;
    }
}

int report_gather(Profile *p, const ReportOptions *o, bool keep_left_out, ReportData *d,
                  char **err)
{
    memset(d, 0, sizeof *d);
    d->hw = o ? o->homework : NULL;
    d->opts = o;
    d->now = o && o->now ? o->now : (int64_t)time(NULL);
    d->since = d->hw ? report_parse_day(d->hw->assigned) : 0;
    if (profile_playthroughs(p, NULL, &d->all, &d->n_all, err) < 0)
        return -1;
    d->plays = calloc((size_t)d->n_all + 1, sizeof *d->plays);
    if (!d->plays)
        goto no_memory;
    for (int i = 0; i < d->n_all; i++) {
        const PlaythroughInfo *pi = &d->all[i];
        if (!report_story_assigned(d, pi->story_id) || pi->started < d->since ||
            pi->n_choices + pi->n_taken_back == 0)
            continue;
        ReportPlay *rp = &d->plays[d->n_plays];
        rp->info = pi;
        if (profile_history(p, pi->id, &rp->history, err) < 0)
            goto fail;
        d->n_plays++;
        count_play(rp);
    }

    JournalEntry *all = NULL;
    int n = 0;
    if (profile_journal_list(p, &all, &n, err) < 0)
        goto fail;
    d->refl = calloc((size_t)n + 1, sizeof *d->refl);
    if (!d->refl) {
        journal_entries_free(all, n);
        goto no_memory;
    }
    /* The list is newest first; the report reads oldest first. Entries are
     * moved, not copied: the ones not taken are freed with the list. */
    for (int i = n - 1; i >= 0; i--) {
        JournalEntry *e = &all[i];
        bool wanted = e->created >= d->since &&
                      ((e->story_id && report_story_assigned(d, e->story_id)) ||
                       is_question(d->hw, e->prompt)) &&
                      (keep_left_out || !o || !left_out(o, e->id));
        if (wanted) {
            d->refl[d->n_refl++] = *e;
            memset(e, 0, sizeof *e);
        }
    }
    journal_entries_free(all, n);
    if (report_drill_gather(p, d->since, &d->drill, err) < 0)
        goto fail;
    return 0;

no_memory:
    if (err)
        *err = text_dup(_("Beside ran out of memory while writing the report."));
fail:
    report_data_free(d);
    return -1;
}

int report_reflections(Profile *p, const ReportOptions *o, JournalEntry **out, int *count,
                       char **err)
{
    ReportData d;
    *out = NULL;
    *count = 0;
    if (report_gather(p, o, false, &d, err) < 0)
        return -1;
    *out = d.refl;
    *count = d.n_refl;
    d.refl = NULL;
    d.n_refl = 0;
    report_data_free(&d);
    return 0;
}
