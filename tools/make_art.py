#!/usr/bin/env python3
"""make_art.py — writes Beside's art (assets/*.svg) from a few parameters,
so every person, cover and the title share one style: flat shapes, one
limited palette, no text, no outlines thinner than 3 units. Python's
standard library only. Run from anywhere:

    python3 tools/make_art.py          # writes assets/ next to tools/
    python3 tools/make_art.py --check  # says which files differ, writes nothing

A person is a dict in PEOPLE (skin, hair colour and style, top, background,
glasses, beard); each gets assets/people/KEY-calm.svg, -hurt.svg, -warm.svg.
A story's cover is a dict in COVERS (sky, ground, a motif, the two people).
docs/ART.md says how the pieces fit and how to add a person.
"""
import os
import sys

# The palette: every colour the art uses, and nothing else.
PAL = {
    "ink": "#2E2A3B", "paper": "#F6EFE4", "sand": "#EBC98F", "clay": "#D9825B",
    "rose": "#C95D63", "plum": "#6E4C74", "teal": "#3E8E87", "sea": "#8CC1BD",
    "sky": "#BFD9E6", "moss": "#7C9A5B", "night": "#34495E", "gold": "#E8B04B",
    # skin and hair
    "skin1": "#F3D2B3", "skin2": "#E0AC83", "skin3": "#B97A56", "skin4": "#7A4E35",
    "brown": "#5A3A29", "auburn": "#A5522F", "grey": "#B8B2A8", "blonde": "#D8B36A",
    "blush": "#E57F7A",
}
# Features drawn on the face: dark on light skin, the paper colour's
# opposite on the darkest, so eyes and mouth always read.
FEATURE = {"skin1": "ink", "skin2": "ink", "skin3": "ink", "skin4": "#1B1622"}

PEOPLE = {
    # Nina and Tom
    "tom": dict(skin="skin2", hair="brown", style="short", top="teal", bg="sky", beard=True),
    "danny": dict(skin="skin2", hair="ink", style="curly", top="gold", bg="sea"),
    "mom": dict(skin="skin2", hair="grey", style="bun", top="plum", bg="sand"),
    "rosa": dict(skin="skin3", hair="ink", style="long", top="rose", bg="sea"),
    "nina": dict(skin="skin2", hair="ink", style="long", top="clay", bg="gold"),
    # Bill, Meg and Ellen
    "bill": dict(skin="skin1", hair="grey", style="short", top="night", bg="sky"),
    "meg": dict(skin="skin1", hair="auburn", style="long", top="moss", bg="sky"),
    "anne": dict(skin="skin4", hair="ink", style="curly", top="gold", bg="sand", glasses=True),
    "ellen": dict(skin="skin1", hair="blonde", style="bob", top="sea", bg="sand"),
    # Nina and Ed
    "ed": dict(skin="skin1", hair="blonde", style="short", top="rose", bg="sea", beard=True),
    "jay": dict(skin="skin3", hair="ink", style="short", top="teal", bg="sand"),
    "carla": dict(skin="skin3", hair="brown", style="long", top="gold", bg="sky"),
    # Nina and her family
    "gina": dict(skin="skin2", hair="brown", style="bun", top="moss", bg="sky"),
    # The caretaker and the taker
    "ana": dict(skin="skin3", hair="ink", style="bun", top="rose", bg="sea"),
    "joel": dict(skin="skin1", hair="brown", style="side", top="night", bg="sand"),
    "bea": dict(skin="skin4", hair="grey", style="curly", top="clay", bg="sky", glasses=True),
    # The fine line
    "jess": dict(skin="skin1", hair="brown", style="long", top="teal", bg="gold"),
    "priya": dict(skin="skin3", hair="ink", style="long", top="gold", bg="sea"),
    "luis": dict(skin="skin3", hair="ink", style="short", top="teal", bg="sand", beard=True),
    "jess-mom": dict(skin="skin1", hair="grey", style="bob", top="plum", bg="sky", glasses=True),
    "jess-dad": dict(skin="skin1", hair="grey", style="bald", top="moss", bg="sand", glasses=True),
    # The other side
    "marcus": dict(skin="skin4", hair="ink", style="short", top="night", bg="gold", beard=True),
    # After the breakup
    "noor": dict(skin="skin3", hair="ink", style="bob", top="plum", bg="sea"),
    "lucia": dict(skin="skin2", hair="brown", style="long", top="gold", bg="sky"),
    "dylan": dict(skin="skin1", hair="auburn", style="side", top="moss", bg="sand"),
    "tunde": dict(skin="skin4", hair="ink", style="short", top="teal", bg="sky"),
    # Ama and Grace
    "grace": dict(skin="skin4", hair="ink", style="bun", top="sea", bg="gold"),
    "ama": dict(skin="skin4", hair="ink", style="curly", top="clay", bg="sky"),
    "mama": dict(skin="skin4", hair="grey", style="bun", top="plum", bg="sand", glasses=True),
    "joy": dict(skin="skin3", hair="ink", style="long", top="rose", bg="sea"),
    "dani": dict(skin="skin2", hair="brown", style="short", top="gold", bg="sky"),
    # A plan for safety
    "leila": dict(skin="skin2", hair="ink", style="bun", top="teal", bg="sand"),
    "jonah": dict(skin="skin1", hair="brown", style="short", top="night", bg="sky", beard=True),
    "mei-friend": dict(skin="skin2", hair="ink", style="bob", top="gold", bg="sea"),
    "sami": dict(skin="skin3", hair="ink", style="curly", top="moss", bg="sand"),
    # Covering for Kofi
    "mei": dict(skin="skin2", hair="ink", style="long", top="sea", bg="gold"),
    "kofi": dict(skin="skin4", hair="ink", style="short", top="clay", bg="sky"),
    "gwen": dict(skin="skin1", hair="grey", style="bob", top="plum", bg="sea", glasses=True),
    "tariq": dict(skin="skin3", hair="ink", style="side", top="teal", bg="sand", beard=True),
    # Maya and the form
    "tess": dict(skin="skin1", hair="auburn", style="bun", top="moss", bg="sky"),
    "maya": dict(skin="skin1", hair="auburn", style="long", top="gold", bg="sea"),
    "lola": dict(skin="skin3", hair="brown", style="curly", top="rose", bg="sand"),
    "lucy": dict(skin="skin1", hair="blonde", style="bob", top="teal", bg="sky"),
}

FACES = ("calm", "hurt", "warm")

# Each story's cover: who stands on it (the player, then the person they
# answer), the sky and ground, and one thing of the story's world.
COVERS = {
    "nina-and-tom": dict(people=("nina", "tom"), sky="night", ground="plum", motif="bills"),
    "bill-and-meg": dict(people=("bill", "meg"), sky="sky", ground="moss", motif="phone"),
    "bill-ellen-and-the-ex": dict(people=("bill", "ellen"), sky="sand", ground="clay",
                                  motif="phone"),
    "nina-and-ed": dict(people=("nina", "ed"), sky="gold", ground="rose", motif="sunset"),
    "nina-and-her-family": dict(people=("nina", "mom"), sky="sea", ground="teal", motif="house"),
    "the-caretaker-and-the-taker": dict(people=("ana", "joel"), sky="sand", ground="moss",
                                        motif="cup"),
    "the-fine-line": dict(people=("jess", "priya"), sky="sky", ground="night", motif="line"),
    "the-other-side": dict(people=("danny", "nina"), sky="sea", ground="night", motif="door"),
    "after-the-breakup": dict(people=("noor", "lucia"), sky="plum", ground="sand", motif="moon"),
    "ama-and-grace": dict(people=("grace", "ama"), sky="sky", ground="gold", motif="house"),
    "a-plan-for-safety": dict(people=("leila", "mei-friend"), sky="sea", ground="plum",
                              motif="phone"),
    "covering-for-kofi": dict(people=("mei", "kofi"), sky="sand", ground="night", motif="cup"),
    "maya-and-the-form": dict(people=("tess", "maya"), sky="gold", ground="moss", motif="bills"),
}


def c(name):
    return PAL.get(name, name)


def svg(w, h, body):
    return ('<?xml version="1.0" encoding="UTF-8"?>\n'
            '<!-- Made by tools/make_art.py for Beside; edit the generator, not this file. -->\n'
            f'<svg xmlns="http://www.w3.org/2000/svg" width="{w}" height="{h}" '
            f'viewBox="0 0 {w} {h}">\n{body}</svg>\n')


def hair_back(p):
    h = c(p["hair"])
    if p["style"] == "long":
        return f'<path d="M56 92 C56 52 144 52 144 92 L150 150 C130 160 70 160 50 150 Z" fill="{h}"/>\n'
    if p["style"] == "bob":
        return f'<path d="M58 90 C58 50 142 50 142 90 L146 128 C120 136 80 136 54 128 Z" fill="{h}"/>\n'
    if p["style"] == "bun":
        return f'<circle cx="100" cy="40" r="20" fill="{h}"/>\n'
    return ""


def hair_front(p):
    h, s = c(p["hair"]), p["style"]
    if s == "bald":
        return (f'<path d="M62 96 C60 80 64 72 70 70 L70 100 Z" fill="{h}"/>\n'
                f'<path d="M138 96 C140 80 136 72 130 70 L130 100 Z" fill="{h}"/>\n')
    if s == "curly":
        dots = [(66, 78), (74, 62), (88, 53), (104, 50), (120, 54), (132, 64), (138, 80)]
        return "".join(f'<circle cx="{x}" cy="{y}" r="15" fill="{h}"/>\n' for x, y in dots)
    if s == "side":
        return f'<path d="M60 88 C58 52 98 40 132 56 C144 64 142 80 140 88 C120 70 92 66 60 88 Z" fill="{h}"/>\n'
    # short, long, bob, bun: a cap over the forehead with a parting
    return f'<path d="M58 94 C50 30 150 30 142 94 C134 70 114 62 100 64 C86 62 68 70 58 94 Z" fill="{h}"/>\n'


def face(p, expr):
    f = c(FEATURE[p["skin"]])
    out = []
    stroke = f'stroke="{f}" stroke-width="4" stroke-linecap="round" fill="none"'
    if expr == "warm":
        out.append(f'<path d="M80 96 Q87 89 94 96" {stroke}/>')
        out.append(f'<path d="M106 96 Q113 89 120 96" {stroke}/>')
        out.append(f'<path d="M79 80 Q87 74 95 79" {stroke}/>')
        out.append(f'<path d="M105 79 Q113 74 121 80" {stroke}/>')
        out.append(f'<circle cx="78" cy="110" r="7" fill="{c("blush")}" fill-opacity="0.55"/>')
        out.append(f'<circle cx="122" cy="110" r="7" fill="{c("blush")}" fill-opacity="0.55"/>')
        out.append(f'<path d="M86 113 Q100 131 114 113 Z" fill="{f}"/>')
    elif expr == "hurt":
        out.append(f'<ellipse cx="87" cy="97" rx="4.5" ry="5" fill="{f}"/>')
        out.append(f'<ellipse cx="113" cy="97" rx="4.5" ry="5" fill="{f}"/>')
        # brows raised at the inner ends: worry, hurt
        out.append(f'<path d="M78 86 L95 79" {stroke}/>')
        out.append(f'<path d="M105 79 L122 86" {stroke}/>')
        out.append(f'<path d="M89 124 Q100 115 111 124" {stroke}/>')
    else:
        out.append(f'<ellipse cx="87" cy="95" rx="4.5" ry="5.5" fill="{f}"/>')
        out.append(f'<ellipse cx="113" cy="95" rx="4.5" ry="5.5" fill="{f}"/>')
        out.append(f'<path d="M79 82 L95 81" {stroke}/>')
        out.append(f'<path d="M105 81 L121 82" {stroke}/>')
        out.append(f'<path d="M90 118 Q100 122 110 118" {stroke}/>')
    if p.get("glasses"):
        g = f'stroke="{c("ink")}" stroke-width="3" fill="none"'
        out.append(f'<circle cx="87" cy="95" r="11" {g}/><circle cx="113" cy="95" r="11" {g}/>')
        out.append(f'<path d="M98 95 L102 95" {g}/>')
    return "\n".join(out) + "\n"


def bust(p, expr):
    """The person from the shoulders up, in a 200 by 200 box."""
    skin = c(p["skin"])
    body = hair_back(p)
    body += f'<path d="M34 200 C34 158 62 146 100 146 C138 146 166 158 166 200 Z" fill="{c(p["top"])}"/>\n'
    body += f'<rect x="88" y="118" width="24" height="34" rx="8" fill="{skin}"/>\n'
    body += f'<circle cx="62" cy="98" r="8" fill="{skin}"/><circle cx="138" cy="98" r="8" fill="{skin}"/>\n'
    body += f'<ellipse cx="100" cy="94" rx="38" ry="44" fill="{skin}"/>\n'
    if p.get("beard"):
        body += (f'<path d="M64 100 C66 136 84 140 100 140 C116 140 134 136 136 100 '
                 f'C128 118 118 124 100 124 C82 124 72 118 64 100 Z" fill="{c(p["hair"])}"/>\n')
    body += hair_front(p)
    body += face(p, expr)
    return body


def portrait(p, expr):
    back = f'<rect x="0" y="0" width="200" height="200" rx="28" fill="{c(p["bg"])}"/>\n'
    return svg(200, 200, back + bust(p, expr))


def motif(kind, sky):
    """One thing from the story's world, drawn in the middle of a 320 by 180 cover."""
    if kind == "bills":
        return (f'<circle cx="260" cy="36" r="16" fill="{c("paper")}"/>\n'
                f'<rect x="138" y="78" width="44" height="56" rx="4" fill="{c("paper")}" transform="rotate(-8 160 106)"/>\n'
                f'<path d="M146 92 L172 88 M147 102 L173 98 M148 112 L166 109" stroke="{c("ink")}" stroke-width="3" stroke-linecap="round"/>\n')
    if kind == "phone":
        return (f'<rect x="144" y="70" width="32" height="56" rx="6" fill="{c("ink")}"/>\n'
                f'<rect x="148" y="76" width="24" height="40" rx="3" fill="{c("gold")}"/>\n'
                f'<path d="M186 74 Q196 84 186 94 M194 66 Q210 84 194 102" stroke="{c("ink")}" stroke-width="4" fill="none" stroke-linecap="round"/>\n')
    if kind == "moon":
        return (f'<circle cx="160" cy="40" r="18" fill="{c("paper")}"/>\n'
                f'<circle cx="168" cy="34" r="16" fill="{c("plum")}"/>\n')
    if kind == "sunset":
        return f'<circle cx="160" cy="132" r="40" fill="{c("clay")}"/>\n'
    if kind == "house":
        return (f'<path d="M132 132 L132 96 L160 72 L188 96 L188 132 Z" fill="{c("paper")}"/>\n'
                f'<rect x="152" y="108" width="16" height="24" fill="{c("clay")}"/>\n')
    if kind == "cup":
        return (f'<path d="M142 100 L178 100 L174 132 L146 132 Z" fill="{c("paper")}"/>\n'
                f'<path d="M178 106 Q192 110 176 122" stroke="{c("paper")}" stroke-width="5" fill="none"/>\n'
                f'<path d="M152 92 Q148 84 154 76 M166 92 Q162 84 168 76" stroke="{c("ink")}" stroke-width="3" fill="none" stroke-linecap="round"/>\n')
    if kind == "line":
        return (f'<path d="M10 30 Q160 56 310 30" stroke="{c("ink")}" stroke-width="4" fill="none"/>\n'
                f'<circle cx="90" cy="39" r="9" fill="{c("gold")}"/><circle cx="160" cy="43" r="9" fill="{c("rose")}"/>'
                f'<circle cx="230" cy="39" r="9" fill="{c("teal")}"/>\n')
    if kind == "door":
        return (f'<rect x="140" y="62" width="40" height="72" rx="4" fill="#3F6FA8"/>\n'
                f'<circle cx="172" cy="100" r="3" fill="{c("gold")}"/>\n')
    return ""


def cover(spec):
    left, right = (PEOPLE[k] for k in spec["people"])
    body = f'<rect width="320" height="180" fill="{c(spec["sky"])}"/>\n'
    body += motif(spec["motif"], spec["sky"])
    body += f'<rect y="132" width="320" height="48" fill="{c(spec["ground"])}"/>\n'
    # The two stand side by side, a little apart: beside, not on top.
    body += f'<g transform="translate(14 40) scale(0.7)">\n{bust(left, "calm")}</g>\n'
    body += f'<g transform="translate(166 40) scale(0.7)">\n{bust(right, "calm")}</g>\n'
    return svg(320, 180, body)


def title():
    body = f'<rect width="640" height="200" rx="24" fill="{c("sand")}"/>\n'
    body += f'<circle cx="320" cy="200" r="150" fill="{c("gold")}"/>\n'
    body += f'<circle cx="320" cy="200" r="104" fill="{c("clay")}"/>\n'
    body += f'<rect y="168" width="640" height="32" fill="{c("teal")}"/>\n'
    body += f'<g transform="translate(176 40) scale(0.8)">\n{bust(PEOPLE["nina"], "warm")}</g>\n'
    body += f'<g transform="translate(304 40) scale(0.8)">\n{bust(PEOPLE["tom"], "warm")}</g>\n'
    return svg(640, 200, body)


def files():
    out = {"title.svg": title()}
    for key, p in PEOPLE.items():
        for e in FACES:
            out[f"people/{key}-{e}.svg"] = portrait(p, e)
    for key, spec in COVERS.items():
        out[f"covers/{key}.svg"] = cover(spec)
    return out


def main():
    root = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "assets")
    check = "--check" in sys.argv[1:]
    differ = 0
    for rel, text in sorted(files().items()):
        path = os.path.join(root, rel)
        old = open(path, encoding="utf-8").read() if os.path.exists(path) else None
        if old == text:
            continue
        differ += 1
        if check:
            print(f"differs: assets/{rel}")
            continue
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w", encoding="utf-8") as f:
            f.write(text)
    print(f"{len(files())} files, {differ} {'differ' if check else 'written'}")
    return 1 if check and differ else 0


if __name__ == "__main__":
    sys.exit(main())
