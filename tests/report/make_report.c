/* make_report.c DIR [LANG] — writes the fixture's reports for the browser
 * checks, in the interface's language LANG (English when not given):
 * DIR/report.html and DIR/report.txt, for a two-story assignment with
 * choices as many and as long as the shipped stories' (18 each, a retry);
 * and two session summaries: DIR/session.html (and .txt), a room playing
 * The Fine Line to an ending, and DIR/session-fixture.html, the test story
 * whose text must be escaped; and DIR/drill-room.html, a room's round of
 * Spot it. */
#include "report_fixture.h"
#include "app/language.h"
#include "report/drill_room.h"
#include "report/session.h"
#include "script/drill_load.h"
#include "script/library.h"
#include "script/loader.h"
#include "script/story_lang.h"

/* The language asked for ("" for English): the stories' words follow it
 * too, as in the window. */
static char lang[32];

/* The summary of a room playing the story at `path` to an ending, with a
 * show of hands at each decision, written to DIR/NAME.html and .txt. */
/* DIR/drill-room.html: a room's round of three items from the shipped bank. */
static int write_drill_room(const char *dir)
{
    DrillBank bank = {0};
    DiagList d = {0};
    PathList files = {0};
    library_list_dir(SCRIPTS "/drill", &files);
    for (int i = 0; i < files.count; i++)
        drill_load_file(files.items[i], &bank, &d);
    path_list_free(&files);
    diag_list_clear(&d);
    if (bank.count < 3) {
        fprintf(stderr, "make_report: the drill bank did not load\n");
        return -1;
    }
    DrillRoom r = {.finished = 1796385600};
    for (int i = 0; i < 3; i++) {
        int votes[KIND_COUNT] = {0};
        votes[bank.items[i].kind] = 4;
        votes[KIND_NEUTRAL] += 1;
        drill_room_add(&r, &bank.items[i], votes, i == 1 ? KIND_NEUTRAL : bank.items[i].kind);
    }
    char *html = drill_room_html(&r), *path = in_dir(dir, "drill-room.html");
    if (html)
        write_all(path, html, strlen(html));
    free(path);
    free(html);
    drill_bank_free(&bank);
    return 0;
}

static int write_session(const char *dir, const char *path, const char *name)
{
    DiagList diags = {0};
    Story *s = story_lang_load(path, lang, NULL, &diags);
    if (!s) {
        diag_print(&diags, stderr);
        return -1;
    }
    diag_list_clear(&diags);
    SessionDecision decisions[64];
    SessionSummary sum = {.story = s, .decisions = decisions, .ending = -1,
                          .started = 946684800, .finished = 946684800 + 17 * 60};
    Position pos;
    runtime_start(s, &pos);
    memcpy(sum.meters_start, pos.meters, sizeof sum.meters_start);
    while (sum.n_decisions < 64 && !runtime_at_ending(s, &pos)) {
        SessionDecision *d = &decisions[sum.n_decisions];
        int k = sum.n_decisions;
        char *err = NULL;
        memset(d, 0, sizeof *d);
        d->scene = pos.scene;
        d->n_options = runtime_choices(s, &pos, d->options, &err);
        if (d->n_options <= 0) {
            fprintf(stderr, "make_report: %s\n", err ? err : "no options");
            return -1;
        }
        /* Hands as a room of about twenty might raise them; the most taken. */
        for (int i = 0; i < d->n_options; i++)
            d->votes[i] = (i * 7 + k * 3) % 11;
        for (int i = 1; i < d->n_options; i++)
            if (d->votes[i] > d->votes[d->picked])
                d->picked = i;
        d->compared = k % 4 == 1;
        Position next;
        if (runtime_step(s, &pos, d->options[d->picked], &next, NULL, &err) < 0) {
            fprintf(stderr, "make_report: %s\n", err);
            return -1;
        }
        pos = next;
        memcpy(d->meters_after, pos.meters, sizeof d->meters_after);
        sum.n_decisions++;
    }
    if (runtime_at_ending(s, &pos))
        sum.ending = pos.scene;
    char *html = session_html(&sum), *text = session_text(&sum);
    if (!html || !text) {
        fprintf(stderr, "make_report: no memory for the session summary\n");
        return -1;
    }
    char *h = text_format("%s/%s.html", dir, name), *t = text_format("%s/%s.txt", dir, name);
    write_all(h, html, strlen(html));
    write_all(t, text, strlen(text));
    free(h);
    free(t);
    free(html);
    free(text);
    story_free(s);
    return 0;
}

int main(int argc, char **argv)
{
    if (argc != 2 && argc != 3) {
        fprintf(stderr, "usage: make_report DIR [LANG]\n");
        return 2;
    }
    setenv("TZ", "UTC", 1);
    language_start(argc == 3 ? argv[2] : "en", lang, sizeof lang);
    char *path = in_dir(argv[1], "profile.db");
    unlink(path);
    fixture_profile(path, 18);
    Profile *p = open_clean(path);
    Homework hw = fixture_homework();
    ReportOptions o = {.homework = &hw};
    char *html = NULL, *text = NULL, *err = NULL;
    if (report_html(p, &o, &html, &err) < 0 || report_text(p, &o, &text, &err) < 0) {
        fprintf(stderr, "make_report: %s\n", err);
        return 1;
    }
    char *h = in_dir(argv[1], "report.html"), *t = in_dir(argv[1], "report.txt");
    write_all(h, html, strlen(html));
    write_all(t, text, strlen(text));
    printf("%s\n", h);
    free(h);
    free(t);
    free(html);
    free(text);
    profile_close(p);
    free(path);
    if (write_drill_room(argv[1]) < 0 ||
        write_session(argv[1], SCRIPTS "/the-fine-line.lua", "session") < 0 ||
        write_session(argv[1], FIXTURES "/report/session-fixture.lua", "session-fixture") < 0)
        return 1;
    return 0;
}
