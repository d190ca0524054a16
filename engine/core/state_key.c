/* state_key.c — a Position packed into a short key, and its hash (see
 * state_key.h). */
#include "core/state_key.h"

#include <string.h>

size_t state_key_pack(const Story *s, int flag_bytes, const uint8_t *flag_mask,
                      const Position *p, uint8_t *out)
{
    size_t n = 0;
    memcpy(out, &p->scene, 4);
    n += 4;
    memcpy(out + n, p->meters, (size_t)s->n_meters);
    n += (size_t)s->n_meters;
    for (int i = 0; i < flag_bytes; i++)
        out[n + (size_t)i] = flag_mask ? p->flags[i] & flag_mask[i] : p->flags[i];
    n += (size_t)flag_bytes;
    out[n++] = p->n_pending;
    for (int i = 0; i < p->n_pending; i++) {
        memcpy(out + n, &p->pending[i].scene, 4);
        out[n + 4] = p->pending[i].choice;
        out[n + 5] = p->pending[i].later;
        out[n + 6] = p->pending[i].remaining;
        n += 7;
    }
    return n;
}

uint64_t state_key_hash(const uint8_t *b, size_t n)
{
    uint64_t h = 1469598103934665603ull;
    for (size_t i = 0; i < n; i++)
        h = (h ^ b[i]) * 1099511628211ull;
    h ^= h >> 33;
    h *= 0xff51afd7ed558ccdull;
    return h ^ (h >> 33);
}
