#!/usr/bin/env python3
"""make.py DIR OUT SEED [scene] — 48 random decisions from the stories in
DIR: OUT/questions.txt holds only the option texts of each decision,
shuffled, kinds hidden; OUT/key.tsv the answers (decision, letter, kind).
With `scene`, each decision opens with its scene's text as the player
reads it (the paragraphs shown every time; those shown only `when` a flag
or meter holds are left out), to measure what a careful reader of the
whole scene can tell."""
import os, random, re, sys
KINDS = "rescue|support|boundary|self_care|neutral|it_depends|hurtful"

def decisions(path):
    lines = open(path, encoding="utf-8").read().split("\n")
    scenes, cur, i, text, paras = [], None, 0, {}, None
    while i < len(lines):
        if re.match(r'^(scene|ending) "', lines[i]):
            cur = []; scenes.append(cur); paras = []; text[id(cur)] = paras
        elif paras is not None and not cur and re.match(r'^  (\.\. )?"', lines[i]):
            piece = "".join(re.findall(r'"((?:[^"\\]|\\.)*)"', lines[i]))
            if lines[i].startswith("  .. ") and paras:
                paras[-1] += piece
            else:
                paras.append(piece)
        m = re.match(r"^\s+(%s) \{\s*$" % KINDS, lines[i])
        if m and cur is not None:
            kind = m.group(1); buf = []; i += 1
            while i < len(lines) and not re.match(r"^\s+\w+ =", lines[i]) and not re.match(r"^\s+\},?\s*$", lines[i]):
                buf.append(lines[i]); i += 1
            cur.append((kind, "".join(re.findall(r'"((?:[^"\\]|\\.)*)"', "\n".join(buf)))))
            continue
        i += 1
    return [(s, "\n\n".join(text[id(s)])) for s in scenes if len(s) >= 2]

def library(src):
    """Every decision of every story in SRC: (story, options, scene text)."""
    all_d = []
    for f in sorted(os.listdir(src)):
        if f.endswith(".lua"):
            all_d += [(f[:-4], d, t) for d, t in decisions(os.path.join(src, f))]
    return all_d


def write(out, pick, rng, with_scene, key_text=False):
    """Writes OUT/questions.txt and OUT/key.tsv for the decisions PICK, each
    one's options shuffled by RNG; KEY_TEXT adds the option text to the key."""
    os.makedirs(out, exist_ok=True)
    with open(os.path.join(out, "questions.txt"), "w") as q, open(os.path.join(out, "key.tsv"), "w") as k:
        for n, (story, opts, scene) in enumerate(pick, 1):
            opts = opts[:]; rng.shuffle(opts)
            q.write("Decision %d\n" % n)
            if with_scene:
                q.write("%s\n\n" % scene.replace("\\\"", "\""))
            for j, (kind, text) in enumerate(opts):
                letter = "ABCDEFGHI"[j]
                text = text.replace("\\\"", "\"")
                q.write("  %s. %s\n" % (letter, text))
                k.write("%d\t%s\t%s\t%s%s\n" % (n, letter, kind, story, "\t" + text if key_text else ""))
            q.write("\n")


if __name__ == "__main__":
    src, out, seed = sys.argv[1], sys.argv[2], int(sys.argv[3])
    with_scene = len(sys.argv) > 4 and sys.argv[4] == "scene"
    all_d = library(src)
    rng = random.Random(seed)
    pick = rng.sample(all_d, 48)
    write(out, pick, rng, with_scene)
    print(len(all_d), "decisions; wrote", out)
