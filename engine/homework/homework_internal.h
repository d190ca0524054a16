/* homework_internal.h — shared by the files of engine/homework. Not for use
 * outside this folder. */
#ifndef BESIDE_HOMEWORK_INTERNAL_H
#define BESIDE_HOMEWORK_INTERNAL_H

#include <stddef.h>

/* The lines of the fields of a homework { } block, found in the file's text.
 * Lua tells a C function only the line of the call (the line of the word
 * homework), so for a problem with one field, or one item of a list, the
 * line is found by reading the source: the block written out literally, as
 * assignments are, gives every field's line. */
typedef struct HomeworkLines HomeworkLines;

/* Reads `src` into tokens. NULL when memory runs out. */
HomeworkLines *homework_lines_new(const char *src, size_t len);
void homework_lines_free(HomeworkLines *hl);
/* The line of field `field` of the homework { } whose word is on
 * `block_line`; with `item` > 0, of that item (from 1) of the field's list.
 * Returns `fallback` when it cannot be found (the block was built another
 * way, or the item is not written out). */
int homework_lines_find(const HomeworkLines *hl, int block_line, const char *field, int item,
                        int fallback);

#endif
