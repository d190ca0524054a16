#!/usr/bin/env python3
"""make.py DIR OUT SEED — 48 random decisions from the stories in DIR:
OUT/questions.txt holds only the option texts of each decision, shuffled,
kinds hidden; OUT/key.tsv the answers (decision, letter, kind)."""
import os, random, re, sys
sys.path.insert(0, "/work/tools")
KINDS = "rescue|support|boundary|self_care|neutral|it_depends|hurtful"
src, out, seed = sys.argv[1], sys.argv[2], int(sys.argv[3])

def decisions(path):
    lines = open(path, encoding="utf-8").read().split("\n")
    scenes, cur, i = [], None, 0
    while i < len(lines):
        if re.match(r'^(scene|ending) "', lines[i]):
            cur = []; scenes.append(cur)
        m = re.match(r"^\s+(%s) \{\s*$" % KINDS, lines[i])
        if m and cur is not None:
            kind = m.group(1); buf = []; i += 1
            while i < len(lines) and not re.match(r"^\s+\w+ =", lines[i]) and not re.match(r"^\s+\},?\s*$", lines[i]):
                buf.append(lines[i]); i += 1
            cur.append((kind, "".join(re.findall(r'"((?:[^"\\]|\\.)*)"', "\n".join(buf)))))
            continue
        i += 1
    return [s for s in scenes if len(s) >= 2]

all_d = []
for f in sorted(os.listdir(src)):
    if f.endswith(".lua"):
        all_d += [(f[:-4], d) for d in decisions(os.path.join(src, f))]
rng = random.Random(seed)
pick = rng.sample(all_d, 48)
os.makedirs(out, exist_ok=True)
with open(os.path.join(out, "questions.txt"), "w") as q, open(os.path.join(out, "key.tsv"), "w") as k:
    for n, (story, opts) in enumerate(pick, 1):
        opts = opts[:]; rng.shuffle(opts)
        q.write("Decision %d\n" % n)
        for j, (kind, text) in enumerate(opts):
            letter = "ABCDEFGHI"[j]
            q.write("  %s. %s\n" % (letter, text.replace("\\\"", "\"")))
            k.write("%d\t%s\t%s\t%s\n" % (n, letter, kind, story))
        q.write("\n")
print(len(all_d), "decisions; wrote", out)
