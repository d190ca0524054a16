/* test_record.c — script/record.h: a data file's calls come back as plain C
 * values, with every type told apart, counts kept past the caps, the copies
 * held under the memory cap, and a metatable never consulted. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <cmocka.h>

#include "script/record.h"

static const SandboxLimits small = {.memory_limit = 4u << 20, .load_budget = 5000000};

static int read_text(const char *src, int max_calls, RecFile *f)
{
    return record_read("item", "test.lua", src, strlen(src), &small, max_calls, f);
}

static void every_type_told_apart(void **state)
{
    (void)state;
    RecFile f;
    int rc = read_text("item {\n  name = \"a\\0b\",\n  count = 3,\n  ratio = 1.5,\n"
                       "  list = { \"x\", 7, { 1 } },\n  map = { a = 1 },\n  yes = true,\n"
                       "  [5] = \"no name\",\n}\n", 4, &f);
    assert_int_equal(rc, 0);
    assert_null(f.error);
    assert_int_equal(f.n_calls, 1);
    const RecCall *c = &f.calls[0];
    assert_int_equal(c->line, 1);
    assert_true(c->is_table);
    assert_int_equal(c->n_fields, 7);
    const RecValue *v = record_get(c, "name");
    assert_non_null(v);
    assert_int_equal(v->type, REC_TEXT);
    assert_int_equal(v->len, 3); /* the NUL inside is kept and counted */
    assert_memory_equal(v->text, "a\0b", 3);
    v = record_get(c, "count");
    assert_int_equal(v->type, REC_INTEGER);
    assert_int_equal(v->integer, 3);
    v = record_get(c, "ratio");
    assert_int_equal(v->type, REC_OTHER);
    assert_string_equal(v->type_name, "number");
    v = record_get(c, "list");
    assert_int_equal(v->type, REC_LIST);
    assert_int_equal(v->n_items, 3);
    assert_int_equal(v->n_kept, 3);
    assert_string_equal(v->items[0].text, "x");
    assert_int_equal(v->items[1].integer, 7);
    assert_int_equal(v->items[2].type, REC_LIST); /* one level deep only */
    assert_int_equal(v->items[2].n_kept, 0);
    assert_int_equal(record_get(c, "map")->type, REC_TABLE);
    assert_string_equal(record_get(c, "yes")->type_name, "boolean");
    assert_null(record_get(c, "missing"));
    int unnamed = 0;
    for (int i = 0; i < c->n_kept; i++)
        unnamed += c->fields[i].key == NULL;
    assert_int_equal(unnamed, 1);
    record_free(&f);
}

static void calls_counted_past_the_cap(void **state)
{
    (void)state;
    RecFile f;
    assert_int_equal(read_text("item { a = 1 }\nitem \"text\"\nfor i = 1, 5 do item {} end\n", 2,
                               &f), 0);
    assert_int_equal(f.n_calls, 7);
    assert_int_equal(f.n_kept, 2);
    assert_int_equal(f.calls[1].line, 2);
    assert_false(f.calls[1].is_table);
    record_free(&f);
}

static void error_keeps_the_calls_before(void **state)
{
    (void)state;
    RecFile f;
    assert_int_equal(read_text("item { a = \"kept\" }\nerror(\"stop here\")\n", 2, &f), -1);
    assert_non_null(f.error);
    assert_non_null(strstr(f.error, "test.lua:2:"));
    assert_non_null(strstr(f.error, "stop here"));
    assert_int_equal(f.n_kept, 1);
    assert_string_equal(record_get(&f.calls[0], "a")->text, "kept");
    record_free(&f);
    assert_int_equal(read_text("item { a = ", 2, &f), -1); /* a syntax error: no call */
    assert_int_equal(f.n_calls, 0);
    assert_non_null(f.error);
    record_free(&f);
}

static void big_tables_are_counted_not_copied(void **state)
{
    (void)state;
    RecFile f;
    assert_int_equal(read_text("local t, l = {}, {}\nfor i = 1, 1500 do t['k' .. i] = i; "
                               "l[i] = i end\nt.list = l\nitem(t)\n", 1, &f), 0);
    const RecCall *c = &f.calls[0];
    assert_int_equal(c->n_fields, 1501);
    assert_int_equal(c->n_kept, REC_MAX_FIELDS);
    const RecValue *list = NULL;
    for (int i = 0; i < c->n_kept; i++)
        if (c->fields[i].key && strcmp(c->fields[i].key, "list") == 0)
            list = &c->fields[i].value;
    if (list) { /* whether it falls among the kept fields is up to Lua's order */
        assert_int_equal(list->n_items, 1500);
        assert_int_equal(list->n_kept, REC_MAX_ITEMS);
    }
    record_free(&f);
}

/* Each copy counts against the cap: a text that fits once in 4 MB, handed
 * over as three fields, stops the file with the memory message. */
static void copies_count_against_the_cap(void **state)
{
    (void)state;
    RecFile f;
    assert_int_equal(read_text("local s = string.rep('x', 1200000)\n"
                               "item { a = s, b = s, c = s }\n", 1, &f), -1);
    assert_non_null(f.error);
    assert_non_null(strstr(f.error, "more than 4 MB"));
    record_free(&f);
}

static void metatables_are_not_consulted(void **state)
{
    (void)state;
    RecFile f;
    assert_int_equal(read_text("local t = setmetatable({ a = 'real' }, { __index = function() "
                               "error('ran') end })\nitem(t)\n", 1, &f), 0);
    assert_null(f.error);
    assert_string_equal(record_get(&f.calls[0], "a")->text, "real");
    assert_null(record_get(&f.calls[0], "b"));
    record_free(&f);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(every_type_told_apart),
        cmocka_unit_test(calls_counted_past_the_cap),
        cmocka_unit_test(error_keeps_the_calls_before),
        cmocka_unit_test(big_tables_are_counted_not_copied),
        cmocka_unit_test(copies_count_against_the_cap),
        cmocka_unit_test(metatables_are_not_consulted),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
