/* state_key.h — a Position as a short key of bytes, for the tables that
 * keep one copy of each state (explore's graph, the projector's decision
 * walk): the scene, the story's meters, its flags (masked or not), and the
 * pending delayed effects; and a hash of such a key. */
#ifndef BESIDE_STATE_KEY_H
#define BESIDE_STATE_KEY_H

#include <stddef.h>
#include <stdint.h>

#include "core/runtime.h"

/* The longest key a Position can make. */
#define STATE_KEY_MAX (4 + STORY_MAX_METERS + STORY_MAX_FLAGS / 8 + 1 + 7 * STORY_MAX_PENDING)

/* Writes the key of `p` (for story `s`) into `out` and returns its length.
 * Only the first `flag_bytes` bytes of flags count, each ANDed with
 * `flag_mask` when that is not NULL (flags nothing reads are left out). */
size_t state_key_pack(const Story *s, int flag_bytes, const uint8_t *flag_mask,
                      const Position *p, uint8_t *out);
/* FNV-1a over the bytes, then a final mix. */
uint64_t state_key_hash(const uint8_t *b, size_t n);

#endif
