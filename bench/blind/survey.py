#!/usr/bin/env python3
"""survey.py DIR OUT SEED [READERS] [scene] — every decision of every story
in DIR, shuffled and split into READERS parts (4 unless told): OUT/r1 ...
OUT/rN each hold questions.txt (option texts only, kinds hidden; with
`scene`, each decision opens with its scene's text, as make.py does) and
key.tsv (decision, letter, kind, story, option text). Give each part to its own
reader, who writes lines "N LETTER rescue|not sure|guess" to
OUT/rK/answers.txt; then `survey.py --report OUT` prints, per story, the
rescues found and the other options read as rescues (and the twin
options, the same words a rescue in one scene and not in another, apart
from the rest), and writes OUT/STORY.txt: every option with the reader's answer, for the author.

`survey.py --tells DIR OUT RUN...` puts several surveys of the options
alone together: OUT/STORY.txt lists every option of the stories in DIR
today with how many readers read it right and how many of them were sure,
first the options every reader read right, two or more of them for sure
("ROBUST-TELL": the options that give their kind away for certain)."""
import collections, os, random, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import make


def split(src, out, seed, readers, with_scene):
    all_d = make.library(src)
    rng = random.Random(seed)
    rng.shuffle(all_d)
    for p in range(readers):
        part = all_d[p::readers]
        make.write(os.path.join(out, "r%d" % (p + 1)), part, rng, with_scene, key_text=True)
        print("r%d: %d decisions" % (p + 1, len(part)))


def answers(part):
    key = {}
    for line in open(os.path.join(part, "key.tsv"), encoding="utf-8"):
        n, letter, kind, story, text = line.rstrip("\n").split("\t", 4)
        key[(int(n), letter)] = (story, kind, text)
    path = os.path.join(part, "answers.txt")
    if not os.path.exists(path):
        return
    for line in open(path, encoding="utf-8"):
        m = re.match(r"\s*(\d+)\s*([A-I])\s*[:.\-]?\s*(rescue|not)\s*(sure|guess)?", line, re.I)
        if m and (int(m.group(1)), m.group(2).upper()) in key:
            story, kind, text = key[(int(m.group(1)), m.group(2).upper())]
            yield story, kind, m.group(3).lower(), (m.group(4) or "?").lower(), text


def readings(run):
    """Every answer of every reader of the survey RUN (its r1 ... rN)."""
    for part in sorted(os.listdir(run)):
        if re.match(r"r\d+$", part):
            yield from answers(os.path.join(run, part))


def right(kind, said):
    return (said == "rescue") == (kind == "rescue")


def report(out):
    by = collections.defaultdict(list)
    for row in readings(out):
        by[row[0]].append(row)
    total = collections.Counter()
    for story, rows in sorted(by.items()):
        rows.sort(key=lambda r: (r[1] != "rescue", r[1], r[2], r[3]))
        with open(os.path.join(out, story + ".txt"), "w", encoding="utf-8") as f:
            f.write("# %s: %d options. KIND READER SURE/GUESS RIGHT/WRONG | text\n" % (story, len(rows)))
            for _, kind, said, sure, text in rows:
                f.write("%-10s %-6s %-5s %-5s | %s\n" % (kind, said, sure, "RIGHT" if right(kind, said) else "WRONG", text))
        c = collections.Counter()
        for _, kind, said, sure, _ in rows:
            c["n"] += 1
            c[sure] += 1; c[sure + "_right"] += right(kind, said)
            if kind == "rescue":
                c["rescues"] += 1; c["found"] += said == "rescue"
            else:
                c["others"] += 1; c["read_rescue"] += said == "rescue"
        total.update(c)
        show(story, c)
    show("ALL", total)
    twins(by)
    for sure in ("sure", "guess"):
        print("answers marked %-5s %4d, right %5.1f%%" % (sure, total[sure], 100 * total[sure + "_right"] / max(total[sure], 1)))


def twins(by):
    """The twin options (the same words in one story, a rescue in one place
    and not in another) and all the others, scored apart."""
    sides = collections.defaultdict(set)
    for story, rows in by.items():
        for _, kind, _, _, text in rows:
            sides[(story, text)].add(kind == "rescue")
    parts = {True: collections.Counter(), False: collections.Counter()}
    for story, rows in by.items():
        for _, kind, said, _, text in rows:
            c = parts[len(sides[(story, text)]) == 2]
            c["n"] += 1
            if kind == "rescue":
                c["rescues"] += 1; c["found"] += said == "rescue"
            else:
                c["others"] += 1; c["read_rescue"] += said == "rescue"
    show("twin options", parts[True])
    show("all other options", parts[False])


def tells(src, out, runs):
    reads = collections.defaultdict(list)
    for run in runs:
        for story, kind, said, sure, text in readings(run):
            reads[(story, kind, text)].append((right(kind, said), sure == "sure"))
    by = collections.defaultdict(list)
    for story, opts, _ in make.library(src):
        for kind, text in opts:
            text = text.replace("\\\"", "\"")
            r = reads.get((story, kind, text), [])
            n_right = sum(ok for ok, _ in r); sure = sum(ok and s for ok, s in r)
            tag = "ROBUST-TELL" if len(r) >= 2 and n_right == len(r) and sure >= 2 else "-"
            by[story].append((tag != "ROBUST-TELL", kind != "rescue", kind, tag, n_right, len(r), sure, text))
    os.makedirs(out, exist_ok=True)
    for story, rows in sorted(by.items()):
        rows.sort()
        with open(os.path.join(out, story + ".txt"), "w", encoding="utf-8") as f:
            f.write("# %s: TAG KIND | readers right/read, right and sure | text\n" % story)
            for _, _, kind, tag, n_right, n, sure, text in rows:
                f.write("%-11s %-10s | %d/%d, %d sure | %s\n" % (tag, kind, n_right, n, sure, text))
        robust = sum(1 for r in rows if r[3] == "ROBUST-TELL")
        print("%-30s %3d options, %3d read right by every reader, two or more sure" % (story, len(rows), robust))


def show(name, c):
    right = c["found"] + c["others"] - c["read_rescue"]
    print("%-30s %4d options: right %5.1f%% (always 'not' %5.1f%%); rescues found %d/%d; others read as rescues %d/%d"
          % (name, c["n"], 100 * right / max(c["n"], 1), 100 * c["others"] / max(c["n"], 1),
             c["found"], c["rescues"], c["read_rescue"], c["others"]))


if __name__ == "__main__":
    args = [a for a in sys.argv[1:] if a != "scene"]
    if len(args) == 2 and args[0] == "--report":
        report(args[1])
    elif len(args) >= 4 and args[0] == "--tells":
        tells(args[1], args[2], args[3:])
    elif len(args) in (3, 4):
        split(args[0], args[1], int(args[2]), int(args[3]) if len(args) == 4 else 4, "scene" in sys.argv[1:])
    else:
        sys.exit(__doc__)
