#!/usr/bin/env python3
"""score.py KEY ANSWERS — ANSWERS has lines 'N LETTER rescue|not'."""
import sys, re
key = {}
for line in open(sys.argv[1]):
    n, l, kind, story = line.rstrip("\n").split("\t"); key[(int(n), l)] = kind
right = tot = 0; by = {}
for line in open(sys.argv[2]):
    m = re.match(r"\s*(\d+)\s*([A-I])\s*[:.\-]?\s*(rescue|not)", line, re.I)
    if not m: continue
    n, l, g = int(m.group(1)), m.group(2).upper(), m.group(3).lower()
    if (n, l) not in key: continue
    truth = key[(n, l)] == "rescue"
    ok = (g == "rescue") == truth
    right += ok; tot += 1
    k = key[(n, l)]; by.setdefault(k, [0, 0]); by[k][0] += ok; by[k][1] += 1
base = sum(1 for v in key.values() if v != "rescue")
print("answered %d of %d options; right %d (%.1f%%); always 'not a rescue' would get %.1f%%" % (tot, len(key), right, 100 * right / max(tot, 1), 100 * base / len(key)))
for k, (a, b) in sorted(by.items()): print("  %-10s %d/%d right" % (k, a, b))
