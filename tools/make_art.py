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
A place (assets/places/NAME.svg, the band above a scene's text) is a
drawing in PLACES; stories share them.
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


# ---- Places: the backgrounds of a story's scenes ----
# A place is a wide band (PLACE_W by PLACE_H) drawn above a scene's text.
# No people and no words; quiet colours, so the text beside it stays the
# thing to read. The window shows the band at the column's width and crops
# its top and bottom when it has less height (never its sides), so what
# matters sits between y 40 and 200.
PLACE_W, PLACE_H = 960, 240


def rect(x, y, w, h, fill, rx=0, extra=""):
    r = f' rx="{rx}"' if rx else ""
    return f'<rect x="{x}" y="{y}" width="{w}" height="{h}"{r} fill="{c(fill)}"{extra}/>\n'


def circle(x, y, r, fill, extra=""):
    return f'<circle cx="{x}" cy="{y}" r="{r}" fill="{c(fill)}"{extra}/>\n'


def path(d, fill="none", stroke=None, width=4, extra=""):
    s = f' stroke="{c(stroke)}" stroke-width="{width}" stroke-linecap="round"' if stroke else ""
    return f'<path d="{d}" fill="{c(fill) if fill != "none" else "none"}"{s}{extra}/>\n'


def window(x, y, w, h, glass="sky", frame="paper"):
    """A window with a frame and a cross bar."""
    return (rect(x - 6, y - 6, w + 12, h + 12, frame, 6) + rect(x, y, w, h, glass, 3) +
            rect(x + w // 2 - 3, y, 6, h, frame) + rect(x, y + h // 2 - 3, w, 6, frame))


def moon(x, y, r, behind):
    return circle(x, y, r, "paper") + circle(x + r // 2, y - r // 3, r - 2, behind)


def tree(x, ground, size, leaf="moss"):
    return (rect(x - size // 8, ground - size, size // 4, size, "brown", 3) +
            circle(x, ground - size, size * 3 // 5, leaf))


def chair(x, y, colour):
    """A side view of a chair whose seat is at y."""
    return rect(x, y - 46, 10, 86, colour, 4) + rect(x, y, 44, 10, colour, 4) + rect(x + 36, y, 8, 40, colour, 3)


def place_kitchen():
    b = rect(0, 0, 960, 240, "sand") + rect(0, 196, 960, 44, "clay")
    b += rect(60, 28, 520, 56, "teal", 6) + "".join(rect(70 + i * 130, 36, 118, 40, "sea", 4) for i in range(4))
    b += rect(60, 132, 520, 64, "teal") + rect(50, 124, 540, 12, "paper", 4)
    b += window(680, 44, 180, 100)
    b += rect(660, 150, 220, 10, "paper", 4)
    # a kettle and a pot on the counter, a plant on the sill
    b += path("M150 124 L154 92 Q170 80 186 92 L190 124 Z", "plum") + path("M186 98 Q204 100 200 112", stroke="plum", width=5)
    b += rect(400, 100, 64, 24, "ink", 4) + rect(392, 96, 80, 8, "ink", 3)
    b += rect(740, 128, 26, 22, "clay", 3) + circle(746, 120, 12, "moss") + circle(760, 116, 12, "moss")
    return b


def place_living_room():
    b = rect(0, 0, 960, 240, "sky") + rect(0, 192, 960, 48, "sand")
    b += path("M250 222 Q480 196 710 222 Q480 244 250 222 Z", "sea")
    b += rect(400, 40, 150, 84, "paper", 4) + rect(410, 50, 130, 64, "sea", 2) + path("M410 114 L460 76 L500 104 L540 70 L540 114 Z", "moss")
    b += rect(290, 120, 380, 64, "plum", 18) + rect(310, 140, 340, 56, "plum", 10)
    b += rect(272, 132, 44, 64, "plum", 14) + rect(644, 132, 44, 64, "plum", 14)
    b += rect(330, 128, 90, 30, "rose", 10) + rect(540, 128, 90, 30, "gold", 10)
    b += rect(770, 80, 8, 112, "ink", 3) + path("M740 80 L808 80 L792 44 L756 44 Z", "gold") + rect(750, 190, 48, 6, "ink", 3)
    b += rect(120, 150, 70, 44, "clay", 6) + circle(155, 132, 22, "moss")
    return b


def place_bedroom_night():
    b = rect(0, 0, 960, 240, "night") + rect(0, 196, 960, 44, "plum")
    b += window(120, 40, 170, 110, glass="ink", frame="sea") + moon(170, 78, 16, "ink")
    b += circle(250, 60, 3, "paper") + circle(232, 120, 3, "paper")
    b += rect(420, 70, 30, 130, "sea", 6)
    b += rect(440, 130, 380, 60, "paper", 10) + rect(520, 124, 300, 74, "teal", 12) + rect(448, 112, 70, 30, "paper", 12)
    b += rect(430, 188, 400, 14, "sea", 4)
    b += rect(850, 150, 60, 50, "sea", 4) + rect(866, 118, 28, 32, "gold", 4, ' fill-opacity="0.6"')
    return b


def place_bedroom():
    b = rect(0, 0, 960, 240, "sky") + rect(0, 196, 960, 44, "sand")
    b += window(120, 40, 170, 110) + circle(250, 70, 16, "gold")
    b += rect(420, 70, 30, 130, "teal", 6)
    b += rect(440, 130, 380, 60, "paper", 10) + rect(520, 124, 300, 74, "rose", 12) + rect(448, 112, 70, 30, "paper", 12)
    b += rect(430, 188, 400, 14, "teal", 4)
    b += rect(850, 150, 60, 50, "teal", 4) + rect(862, 126, 36, 24, "clay", 4)
    return b


def place_hospital():
    b = rect(0, 0, 960, 240, "paper") + rect(0, 188, 960, 52, "sea")
    b += rect(0, 20, 960, 10, "sky")
    for x in (60, 330, 600):
        b += rect(x, 56, 110, 132, "sky", 4) + rect(x + 86, 120, 12, 6, "ink", 3) + rect(x + 24, 70, 62, 30, "paper", 3)
    b += rect(0, 132, 960, 8, "teal", 3)
    for x in (200, 248, 470, 518, 740, 788):
        b += chair(x, 150, "teal")
    b += rect(860, 60, 60, 80, "sky", 4) + rect(882, 70, 16, 60, "paper") + rect(860, 92, 60, 16, "paper")
    return b


def place_office():
    b = rect(0, 0, 960, 240, "paper") + rect(0, 190, 960, 50, "night")
    b += rect(54, 30, 312, 122, "sand", 6) + rect(60, 36, 300, 110, "sky", 3)
    b += "".join(rect(72 + i * 58, 96 - (i % 3) * 20, 40, 50 + (i % 3) * 20, "sea") for i in range(5))
    b += rect(207, 36, 6, 110, "sand") + rect(60, 88, 300, 6, "sand")
    for x in (420, 700):
        b += rect(x, 130, 220, 12, "sand", 4) + rect(x + 10, 142, 10, 50, "sand") + rect(x + 200, 142, 10, 50, "sand")
        b += rect(x + 70, 70, 90, 56, "ink", 6) + rect(x + 76, 76, 78, 44, "sky", 3) + rect(x + 108, 126, 14, 6, "ink")
        b += rect(x + 60, 150, 70, 14, "teal", 6) + rect(x + 88, 164, 14, 28, "ink")
    b += rect(880, 150, 44, 42, "clay", 6) + circle(890, 132, 20, "moss") + circle(914, 126, 20, "moss")
    return b


def place_cafe():
    b = rect(0, 0, 960, 240, "sand") + rect(0, 196, 960, 44, "clay")
    b += rect(40, 110, 300, 86, "plum", 6) + rect(30, 102, 320, 12, "paper", 4)
    b += "".join(rect(60 + i * 36, 80, 24, 22, "paper", 4) for i in range(4))
    b += rect(260, 60, 60, 42, "ink", 6)
    b += window(420, 36, 460, 100)
    b += "".join(rect(414 + i * 59, 22, 59, 20, "rose" if i % 2 == 0 else "paper") for i in range(8))
    for x in (500, 760):
        b += rect(x - 70, 150, 140, 12, "paper", 5) + rect(x - 6, 160, 12, 36, "ink")
        b += rect(x - 30, 132, 22, 18, "teal", 3) + rect(x + 12, 136, 22, 14, "gold", 3)
    return b


def place_restaurant():
    b = rect(0, 0, 960, 240, "plum") + rect(0, 196, 960, 44, "night")
    for x in (180, 480, 780):
        b += path(f"M{x} 0 L{x} 40", stroke="ink", width=3) + path(f"M{x - 30} 64 L{x + 30} 64 L{x + 18} 40 L{x - 18} 40 Z", "gold")
    for x in (60, 360, 660):
        b += rect(x, 100, 40, 96, "rose", 10) + rect(x + 200, 100, 40, 96, "rose", 10)
        b += rect(x + 50, 138, 140, 12, "paper", 4) + rect(x + 114, 150, 12, 46, "ink")
        b += circle(x + 90, 130, 9, "gold") + rect(x + 140, 120, 10, 18, "sea", 3)
    return b


def place_car():
    b = rect(0, 0, 960, 240, "sky") + rect(0, 120, 960, 120, "moss")
    b += path("M380 120 L580 120 L900 240 L60 240 Z", "grey") + path("M480 128 L480 150 M480 170 L480 200", stroke="paper", width=6)
    b += tree(140, 120, 50) + tree(820, 120, 44, "teal")
    # the inside of the car: the frame of the windscreen, the dashboard, the wheel
    b += path("M0 0 L960 0 L960 240 L0 240 Z M70 30 L890 30 Q900 120 880 170 L80 170 Q60 120 70 30 Z", "night", extra=' fill-rule="evenodd"')
    b += rect(0, 176, 960, 64, "ink")
    b += path("M150 240 Q260 130 370 240", stroke="night", width=18)
    b += rect(640, 190, 120, 24, "night", 6) + rect(460, 14, 60, 14, "ink", 4)
    return b


def place_street():
    b = rect(0, 0, 960, 240, "sky") + rect(0, 184, 960, 56, "grey") + rect(0, 176, 960, 10, "paper")
    fronts = [("clay", 60, 96), ("sand", 200, 80), ("rose", 320, 104), ("sea", 470, 90), ("gold", 600, 100), ("teal", 760, 84)]
    for colour, x, h in fronts:
        w = 130
        b += rect(x, 176 - h, w, h, colour) + rect(x - 4, 176 - h - 10, w + 8, 12, "paper", 3)
        b += rect(x + 20, 176 - h + 18, 28, 26, "paper", 3) + rect(x + 82, 176 - h + 18, 28, 26, "paper", 3)
        b += rect(x + 52, 136, 26, 40, "night", 3)
    b += rect(900, 60, 8, 120, "ink", 3) + path("M884 60 L924 60 L914 46 L894 46 Z", "ink") + circle(904, 66, 6, "gold")
    b += tree(30, 176, 60)
    return b


def place_park():
    b = rect(0, 0, 960, 240, "sky") + rect(0, 130, 960, 110, "moss")
    b += path("M0 130 Q240 100 480 130 Q720 160 960 120 L960 130 Z", "moss")
    b += path("M380 240 Q460 170 620 150 Q760 136 960 150 L960 166 Q780 160 650 176 Q520 196 470 240 Z", "sand")
    b += path("M620 200 Q700 182 800 200 Q700 222 620 200 Z", "sea")
    b += tree(120, 150, 70) + tree(250, 140, 54, "teal") + tree(870, 140, 64)
    b += rect(300, 166, 130, 12, "clay", 4) + rect(300, 142, 130, 10, "clay", 4) + rect(312, 178, 10, 24, "ink") + rect(408, 178, 10, 24, "ink")
    b += circle(760, 48, 24, "gold")
    return b


def place_school():
    b = rect(0, 0, 960, 240, "sky") + rect(0, 180, 960, 60, "grey")
    b += rect(180, 50, 600, 130, "clay") + rect(170, 40, 620, 14, "paper", 4)
    b += path("M420 40 L480 8 L540 40 Z", "clay")
    for row in (68, 120):
        for i in range(8):
            if 3 <= i <= 4 and row == 120:
                continue
            b += rect(206 + i * 72, row, 42, 34, "sky", 3)
    b += rect(440, 120, 80, 60, "teal", 4) + rect(478, 120, 4, 60, "clay")
    b += circle(480, 28, 8, "paper")
    b += "".join(rect(20 + i * 24, 150, 6, 30, "paper", 2) for i in range(7)) + rect(16, 158, 160, 6, "paper", 2)
    b += tree(860, 180, 70)
    return b


def place_phone_night():
    b = rect(0, 0, 960, 240, "night") + rect(0, 196, 960, 44, "plum")
    b += window(100, 40, 200, 110, glass="ink", frame="sea") + moon(150, 76, 16, "ink")
    b += circle(260, 64, 3, "paper") + circle(220, 126, 3, "paper") + circle(280, 110, 3, "paper")
    b += rect(560, 140, 240, 56, "sea", 6)
    b += circle(680, 124, 70, "gold", ' fill-opacity="0.25"')
    b += rect(650, 98, 60, 36, "ink", 6) + rect(656, 103, 48, 26, "gold", 3)
    b += path("M724 96 Q738 112 724 128 M738 86 Q760 112 738 138", stroke="gold", width=5)
    return b


def place_parents_house():
    b = rect(0, 0, 960, 240, "sand") + rect(0, 176, 960, 64, "moss")
    b += path("M300 90 L480 20 L660 90 Z", "rose") + rect(320, 90, 320, 100, "paper")
    b += window(352, 110, 70, 50) + window(538, 110, 70, 50)
    b += rect(450, 120, 60, 70, "teal", 4) + circle(498, 158, 4, "gold")
    b += rect(430, 186, 100, 8, "grey", 3) + path("M460 194 L500 194 L540 240 L420 240 Z", "grey")
    b += "".join(rect(40 + i * 26, 150, 8, 40, "paper", 3) for i in range(9)) + rect(36, 160, 230, 8, "paper", 3)
    b += "".join(rect(700 + i * 26, 150, 8, 40, "paper", 3) for i in range(9)) + rect(696, 160, 230, 8, "paper", 3)
    b += tree(150, 176, 56) + tree(820, 176, 64, "teal") + circle(120, 40, 22, "gold")
    return b


def place_doorway():
    b = rect(0, 0, 960, 240, "sea") + rect(0, 196, 960, 44, "night")
    b += rect(390, 24, 180, 176, "paper", 4) + rect(404, 36, 152, 164, "teal", 3)
    b += circle(534, 126, 7, "gold") + rect(466, 66, 28, 12, "gold", 3)
    b += rect(420, 196, 120, 10, "clay", 3)
    b += rect(620, 70, 24, 34, "gold", 6, ' fill-opacity="0.85"') + rect(626, 104, 12, 10, "ink", 2)
    b += rect(140, 40, 150, 100, "paper", 4) + rect(150, 50, 130, 80, "sky", 2) + path("M150 130 L200 90 L236 116 L280 84 L280 130 Z", "moss")
    b += rect(760, 130, 70, 66, "clay", 6) + rect(770, 110, 6, 30, "ink") + rect(790, 100, 6, 40, "ink")
    return b


def place_meeting_room():
    b = rect(0, 0, 960, 240, "paper") + rect(0, 190, 960, 50, "teal")
    b += window(60, 40, 200, 100)
    b += rect(330, 36, 220, 100, "sand", 6) + "".join(rect(348 + i * 66, 52 + (i % 2) * 30, 48, 36, c2, 2)
                                                       for i, c2 in enumerate(("paper", "sky", "gold")))
    b += rect(620, 120, 160, 12, "clay", 4) + rect(632, 132, 10, 58, "clay") + rect(758, 132, 10, 58, "clay")
    b += rect(650, 80, 40, 40, "ink", 6) + rect(720, 100, 18, 20, "paper", 3) + rect(744, 100, 18, 20, "paper", 3)
    for x in (150, 230, 310, 390, 470, 830):
        b += chair(x, 148, "plum")
    return b


def place_library():
    b = rect(0, 0, 960, 240, "sand") + rect(0, 196, 960, 44, "clay")
    colours = ("teal", "rose", "plum", "gold", "sea", "moss", "night", "clay")
    for sx in (40, 300, 640):
        b += rect(sx, 24, 240, 172, "brown", 4)
        for shelf in range(3):
            y = 36 + shelf * 54
            b += rect(sx + 10, y, 220, 46, "sand")
            x = sx + 14
            for k in range(11):
                w = 14 + (k * 7 + shelf * 5) % 9
                h = 34 + (k * 5 + shelf) % 10
                b += rect(x, y + 46 - h, w, h, colours[(k + shelf + sx) % len(colours)], 2)
                x += w + 3
                if x > sx + 210:
                    break
    b += rect(560, 150, 60, 46, "paper", 4) + rect(560, 140, 60, 12, "teal", 3)
    return b


def place_counselling_room():
    b = rect(0, 0, 960, 240, "paper") + rect(0, 196, 960, 44, "sea")
    b += window(400, 40, 160, 100) + rect(460, 128, 40, 18, "clay", 4) + circle(470, 116, 14, "moss") + circle(490, 110, 14, "moss")
    for x, colour in ((180, "teal"), (640, "plum")):
        b += rect(x, 120, 150, 70, colour, 16) + rect(x - 10, 136, 30, 60, colour, 12) + rect(x + 130, 136, 30, 60, colour, 12)
        b += rect(x + 20, 90, 110, 50, colour, 14)
    b += rect(380, 160, 200, 10, "sand", 4) + rect(396, 170, 8, 26, "sand") + rect(556, 170, 8, 26, "sand")
    b += rect(430, 140, 44, 20, "sky", 3) + path("M446 140 Q452 128 458 140", "paper")
    b += rect(840, 60, 70, 90, "sand", 4) + rect(850, 70, 50, 70, "gold", 2)
    return b


def place_bar():
    b = rect(0, 0, 960, 240, "night") + rect(0, 200, 960, 40, "ink")
    for row in (40, 92):
        b += rect(120, row + 36, 720, 8, "sand", 3)
        b += "".join(rect(140 + i * 46, row + (i % 3) * 4, 18, 36 - (i % 3) * 4, ("teal", "gold", "rose", "sea", "moss", "paper")[i % 6], 4)
                     for i in range(15))
    b += rect(60, 150, 840, 16, "clay", 4) + rect(80, 166, 800, 34, "brown")
    for x in (170, 330, 490, 650, 810):
        b += circle(x, 196, 16, "rose") + rect(x - 4, 200, 8, 40, "grey")
    for x in (240, 720):
        b += path(f"M{x} 0 L{x} 14", stroke="grey", width=3) + path(f"M{x - 24} 30 L{x + 24} 30 L{x + 14} 14 L{x - 14} 14 Z", "gold")
    return b


def place_card_room():
    b = rect(0, 0, 960, 240, "ink") + rect(0, 200, 960, 40, "night")
    for x in (300, 660):
        b += path(f"M{x} 0 L{x} 30", stroke="grey", width=3) + path(f"M{x - 40} 52 L{x + 40} 52 L{x + 24} 30 L{x - 24} 30 Z", "gold")
        b += path(f"M{x - 40} 52 L{x + 40} 52 L{x + 120} 170 L{x - 120} 170 Z", "gold", extra=' fill-opacity="0.12"')
        b += path(f"M{x - 150} 160 Q{x} 120 {x + 150} 160 Q{x} 200 {x - 150} 160 Z", "moss")
        b += circle(x - 40, 156, 9, "rose") + circle(x - 20, 160, 9, "gold") + circle(x + 30, 152, 9, "paper")
        b += rect(x + 60, 146, 22, 30, "paper", 3, f' transform="rotate(14 {x + 71} 161)"')
    return b


def place_train():
    b = rect(0, 0, 960, 240, "sea") + rect(0, 196, 960, 44, "night") + rect(0, 0, 960, 22, "paper")
    for x in (40, 350, 660):
        b += rect(x, 44, 260, 90, "sky", 14) + path(f"M{x} 110 Q{x + 80} 84 {x + 150} 104 Q{x + 210} 120 {x + 260} 96 L{x + 260} 134 L{x} 134 Z", "moss")
    for x in (60, 180, 370, 490, 680, 800):
        b += rect(x, 130, 100, 66, "teal", 10) + rect(x + 6, 96, 88, 44, "teal", 10)
    for x in (325, 635):
        b += rect(x - 4, 22, 8, 174, "grey", 3)
    return b


PLACES = {
    # name: the drawing, and what it shows (for docs/ART.md's list)
    "kitchen": (place_kitchen, "cupboards, a counter with a kettle, a window"),
    "living-room": (place_living_room, "a sofa with cushions, a lamp, a picture, a rug"),
    "bedroom": (place_bedroom, "a bed and a sunny window, in the day"),
    "bedroom-night": (place_bedroom_night, "a bed, a window with the moon, a dim lamp"),
    "hospital": (place_hospital, "a corridor: doors, a handrail, waiting chairs, a cross"),
    "office": (place_office, "two desks with screens, a window on the town, a plant"),
    "cafe": (place_cafe, "a counter with cups, a striped awning, small tables"),
    "restaurant": (place_restaurant, "warm lamps over booths and tables, in the evening"),
    "car": (place_car, "the road through a windscreen, the wheel and the dashboard"),
    "street": (place_street, "a row of houses, a pavement, a street lamp"),
    "park": (place_park, "grass, trees, a path, a bench, a pond"),
    "school": (place_school, "a school building with rows of windows, a fence"),
    "phone-night": (place_phone_night, "a dark room, the moon, a phone lit on a table"),
    "parents-house": (place_parents_house, "a family house with a garden fence and a path"),
    "doorway": (place_doorway, "a flat's front door in a hallway, a mat, a wall light"),
    "meeting-room": (place_meeting_room, "a room with a row of chairs, a board, a table"),
    "library": (place_library, "shelves of books, a small desk"),
    "card-room": (place_card_room, "green card tables under hanging lamps, chips"),
    "bar": (place_bar, "a bar: bottles on shelves, a counter, stools, lamps"),
    "counselling-room": (place_counselling_room, "two armchairs, a low table with tissues, a plant"),
    "train": (place_train, "the inside of a train: windows on fields, seats, poles"),
}


def place(name):
    return svg(PLACE_W, PLACE_H, PLACES[name][0]())


def files():
    out = {"title.svg": title()}
    for key, p in PEOPLE.items():
        for e in FACES:
            out[f"people/{key}-{e}.svg"] = portrait(p, e)
    for key, spec in COVERS.items():
        out[f"covers/{key}.svg"] = cover(spec)
    for key in PLACES:
        out[f"places/{key}.svg"] = place(key)
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
