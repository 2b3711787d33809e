"""Tiny fonts made on the fly, so the font search can be tested on any machine.

``make_font`` writes a TrueType (``glyf``) or a CFF-based font with a box glyph
for each given character: enough for reportlab to load, measure and embed it.
"""

from __future__ import annotations

from pathlib import Path

from fontTools.fontBuilder import FontBuilder
from fontTools.pens.t2CharStringPen import T2CharStringPen
from fontTools.pens.ttGlyphPen import TTGlyphPen

LATIN = "".join(chr(c) for c in range(33, 127))


def _box(pen: TTGlyphPen | T2CharStringPen) -> None:
    pen.moveTo((60, 0))
    pen.lineTo((60, 700))
    pen.lineTo((540, 700))
    pen.lineTo((540, 0))
    pen.closePath()


def make_font(path: Path, chars: str, *, family: str = "TestHei", cff: bool = False) -> Path:
    unique = sorted(set(chars) - {" "})
    names = [".notdef", "space"] + [f"uni{ord(c):04X}" for c in unique]
    builder = FontBuilder(1000, isTTF=not cff)
    builder.setupGlyphOrder(names)
    builder.setupCharacterMap({32: "space"} | {ord(c): f"uni{ord(c):04X}" for c in unique})
    if cff:
        strings = {}
        for name in names:
            pen = T2CharStringPen(600, None)
            if name != "space":
                _box(pen)
            strings[name] = pen.getCharString()
        builder.setupCFF(f"{family}-Regular", {"FullName": family}, strings, {})
    else:
        glyphs = {}
        for name in names:
            pen = TTGlyphPen(None)
            if name != "space":
                _box(pen)
            glyphs[name] = pen.glyph()
        builder.setupGlyf(glyphs)
    builder.setupHorizontalMetrics({name: (600, 60) for name in names})
    builder.setupHorizontalHeader(ascent=880, descent=-120)
    builder.setupNameTable(
        {"familyName": family, "styleName": "Regular", "psName": f"{family}-Regular"}
    )
    builder.setupOS2(sTypoAscender=880, sTypoDescender=-120, usWinAscent=880, usWinDescent=120)
    builder.setupPost()
    path.parent.mkdir(parents=True, exist_ok=True)
    builder.save(str(path))
    return path
