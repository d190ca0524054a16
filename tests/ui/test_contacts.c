/* test_contacts.c — the Help screen's contacts file: good lines kept, bad
 * lines named by file and line with the fix, and where the file is looked for. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <cmocka.h>

#include "ui/contacts.h"

static void parse(Contacts *c, const char *text)
{
    assert_int_equal(contacts_parse(c, "contacts.conf", text, strlen(text)), 0);
}

static void good_lines_are_kept_in_order(void **state)
{
    (void)state;
    Contacts c;
    parse(&c, "# a comment\n\n  Your counsellor, Sam Lee = 555 0142 (weekdays)  \r\n"
              "Crisis line=988\n");
    assert_int_equal(c.count, 2);
    assert_string_equal(c.items[0].name, "Your counsellor, Sam Lee");
    assert_string_equal(c.items[0].how, "555 0142 (weekdays)");
    assert_string_equal(c.items[1].name, "Crisis line");
    assert_string_equal(c.items[1].how, "988");
    assert_null(c.problems);
    assert_string_equal(c.file, "contacts.conf");
    contacts_free(&c);
}

static void an_equals_sign_in_the_value_stays(void **state)
{
    (void)state;
    Contacts c;
    parse(&c, "Web = https://example.org/?a=b\nÉlodie Brûlé — the nurse = poste 12");
    assert_int_equal(c.count, 2);
    assert_string_equal(c.items[0].how, "https://example.org/?a=b");
    assert_string_equal(c.items[1].name, "Élodie Brûlé — the nurse");
    contacts_free(&c);
}

static void bad_lines_are_named_and_skipped(void **state)
{
    (void)state;
    Contacts c;
    parse(&c, "Sam = 555\n"
              "just a phone number 555 0100\n"
              " = 988\n"
              "Nobody =   \n"
              "Bad \xff byte = 1\n"
              "Ana = 556\n");
    assert_int_equal(c.count, 2);
    assert_string_equal(c.items[1].name, "Ana");
    assert_non_null(c.problems);
    assert_non_null(strstr(c.problems, "contacts.conf:2: this line has no '='"));
    assert_non_null(strstr(c.problems, "Name = how to reach them"));
    assert_non_null(strstr(c.problems, "contacts.conf:3: the name before '=' is empty"));
    assert_non_null(strstr(c.problems, "contacts.conf:4: nothing follows '='"));
    assert_non_null(strstr(c.problems, "contacts.conf:5: this line has bytes that are not UTF-8"));
    assert_null(strstr(c.problems, "contacts.conf:1:"));
    assert_null(strstr(c.problems, "contacts.conf:6:"));
    contacts_free(&c);
}

static void long_fields_and_too_many_contacts(void **state)
{
    (void)state;
    char text[8192] = "";
    char name[CONTACTS_MAX_FIELD + 2];
    memset(name, 'a', sizeof name - 1);
    name[sizeof name - 1] = '\0';
    strcat(text, name);
    strcat(text, " = 1\n"); /* line 1: one byte too long */
    for (int i = 0; i < CONTACTS_MAX + 1; i++)
        strcat(text, "Someone = 2\n"); /* lines 2..14: the 14th is one too many */
    Contacts c;
    parse(&c, text);
    assert_int_equal(c.count, CONTACTS_MAX);
    assert_non_null(strstr(c.problems, "contacts.conf:1: this line is too long"));
    assert_non_null(strstr(c.problems, "contacts.conf:14: there are more than 12 contacts"));
    contacts_free(&c);
}

static void empty_text_is_no_contacts_and_no_problem(void **state)
{
    (void)state;
    Contacts c;
    parse(&c, "");
    assert_int_equal(c.count, 0);
    assert_null(c.problems);
    contacts_free(&c);
    contacts_free(&c); /* a second free of an emptied list is harmless */
}

static void paths_follow_the_environment(void **state)
{
    (void)state;
    char *p[3];
    setenv("BESIDE_CONTACTS", "/tmp/mine.conf", 1);
    setenv("XDG_CONFIG_HOME", "/home/x/.cfg", 1);
    assert_int_equal(contacts_paths(p), 3);
    assert_string_equal(p[0], "/tmp/mine.conf");
    assert_string_equal(p[1], "/home/x/.cfg/beside/contacts.conf");
    assert_string_equal(p[2], "/etc/xdg/beside/contacts.conf");
    for (int i = 0; i < 3; i++)
        free(p[i]);
    unsetenv("BESIDE_CONTACTS");
    unsetenv("XDG_CONFIG_HOME");
    setenv("HOME", "/home/y", 1);
    assert_int_equal(contacts_paths(p), 2);
    assert_string_equal(p[0], "/home/y/.config/beside/contacts.conf");
    for (int i = 0; i < 2; i++)
        free(p[i]);
}

static void load_reads_the_first_file_found(void **state)
{
    (void)state;
    char dir[] = "/tmp/beside-contacts-XXXXXX";
    assert_non_null(mkdtemp(dir));
    char path[256];
    snprintf(path, sizeof path, "%s/c.conf", dir);
    FILE *f = fopen(path, "w");
    assert_non_null(f);
    fputs("Sam = 555\nbroken\n", f);
    fclose(f);
    setenv("BESIDE_CONTACTS", path, 1);
    Contacts c;
    assert_int_equal(contacts_load(&c), 0);
    assert_int_equal(c.count, 1);
    assert_string_equal(c.file, path);
    char want[300];
    snprintf(want, sizeof want, "%s:2:", path);
    assert_non_null(strstr(c.problems, want));
    contacts_free(&c);
    remove(path);
    /* No file anywhere: no contacts and no problem. */
    setenv("XDG_CONFIG_HOME", dir, 1);
    assert_int_equal(contacts_load(&c), 0);
    assert_int_equal(c.count, 0);
    contacts_free(&c);
    rmdir(dir);
    unsetenv("BESIDE_CONTACTS");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(good_lines_are_kept_in_order),
        cmocka_unit_test(an_equals_sign_in_the_value_stays),
        cmocka_unit_test(bad_lines_are_named_and_skipped),
        cmocka_unit_test(long_fields_and_too_many_contacts),
        cmocka_unit_test(empty_text_is_no_contacts_and_no_problem),
        cmocka_unit_test(paths_follow_the_environment),
        cmocka_unit_test(load_reads_the_first_file_found),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
