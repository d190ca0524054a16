/* make_report.c — writes the fixture's reports for the browser checks:
 * DIR/report.html and DIR/report.txt, for a two-story assignment with
 * choices as many and as long as the shipped stories' (18 each, a retry). */
#include "report_fixture.h"

int main(int argc, char **argv)
{
    if (argc != 2) {
        fprintf(stderr, "usage: make_report DIR\n");
        return 2;
    }
    setenv("TZ", "UTC", 1);
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
    return 0;
}
