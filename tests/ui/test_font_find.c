/* test_font_find.c — fonts come from installed packages through fontconfig,
 * and a machine without them gets a message naming the package. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include <cmocka.h>

#include "ui/font_find.h"

static void the_reading_font_is_an_installed_file(void **state)
{
    (void)state;
    char *err = NULL;
    /* fonts-dejavu-core is installed by the set-up command. */
    char *path = font_find(FONT_READING, false, NULL, &err);
    if (!path)
        fail_msg("no font: %s", err);
    struct stat st;
    assert_int_equal(stat(path, &st), 0);
    assert_true(S_ISREG(st.st_mode));
    assert_non_null(strstr(path, "DejaVuSans"));
    char *bold = font_find(FONT_READING, true, NULL, &err);
    assert_non_null(bold);
    assert_non_null(strstr(bold, "Bold"));
    free(bold);
    free(path);
}

static void no_fonts_names_the_package_to_install(void **state)
{
    (void)state;
    char *err = NULL;
    char *path = font_find(FONT_READING, false, FIXTURES "/fonts/empty.conf", &err);
    assert_null(path);
    assert_non_null(err);
    assert_non_null(strstr(err, "sudo apt install fonts-dejavu-core"));
    free(err);
}

static void a_missing_dyslexic_font_names_its_package(void **state)
{
    (void)state;
    char *err = NULL;
    char *path = font_find(FONT_DYSLEXIC, false, FIXTURES "/fonts/empty.conf", &err);
    assert_null(path);
    assert_non_null(strstr(err, "fonts-opendyslexic"));
    free(err);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(the_reading_font_is_an_installed_file),
        cmocka_unit_test(no_fonts_names_the_package_to_install),
        cmocka_unit_test(a_missing_dyslexic_font_names_its_package),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
