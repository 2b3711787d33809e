"""The fonts of a pack, and text split into runs that each font can draw.

With an embeddable CJK TrueType font, that font draws everything (one family for
both scripts) and a Latin font only fills characters it lacks. Without one, Latin
text uses an embedded Latin sans and Chinese falls back to reportlab's built-in
CID font STSong-Light, which every PDF viewer can show. Either way no character
is ever drawn as an empty box.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal
from xml.sax.saxutils import escape

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfgen.canvas import Canvas

from biosparc_desktop.reports.font_files import find_cjk_faces, find_latin_faces

CID_FALLBACK = "STSong-Light"
Align = Literal["left", "right", "centre"]


def _cp1252_coverage() -> frozenset[int]:
    # What the built-in Helvetica can encode.
    chars = bytes(range(32, 256)).decode("cp1252", errors="ignore")
    return frozenset(ord(c) for c in chars)


# What STSong-Light (Adobe-GB1) can show: Latin, Greek, Cyrillic, punctuation and
# symbols, and the CJK blocks. Not Hangul, not other scripts, nothing beyond the BMP
# (its UCS-2 encoding would turn an emoji into two wrong ideographs).
CID_RANGES: tuple[tuple[int, int], ...] = (
    (0x0020, 0x024F), (0x0370, 0x04FF), (0x2000, 0x27BF), (0x2E80, 0x2FDF),
    (0x3000, 0x312F), (0x31A0, 0x31BF), (0x31F0, 0x4DBF), (0x4E00, 0x9FFF),
    (0xF900, 0xFAFF), (0xFE30, 0xFE4F), (0xFF00, 0xFFEF),
)  # fmt: skip
# Printed for a character no font of the pack can draw (an emoji, a rare script).
MISSING = "?"


@dataclass(frozen=True)
class Face:
    """A registered reportlab font and the characters it can draw."""

    regular: str
    bold: str
    coverage: frozenset[int] | None  # None: described by ``ranges`` instead
    ranges: tuple[tuple[int, int], ...] = ()

    def covers(self, char: str) -> bool:
        code = ord(char)
        if self.coverage is not None:
            return code in self.coverage
        return any(low <= code <= high for low, high in self.ranges)


@dataclass(frozen=True)
class FontSet:
    faces: tuple[Face, ...]
    cjk_embedded: bool
    description: str
    _cache: dict[tuple[str, bool], tuple[tuple[str, str], ...]] = field(
        default_factory=dict, compare=False, hash=False, repr=False
    )

    @property
    def regular(self) -> str:
        return self.faces[0].regular

    @property
    def bold(self) -> str:
        return self.faces[0].bold

    def runs(self, text: str, bold: bool = False) -> tuple[tuple[str, str], ...]:
        """(font name, text) pieces; whitespace stays with the run it is in."""
        key = (text, bold)
        cached = self._cache.get(key)
        if cached is not None:
            return cached
        pieces: list[tuple[Face, list[str]]] = []
        for char in text:
            if pieces and char.isspace():
                pieces[-1][1].append(char)
                continue
            face = self._first(char)
            if face is None:
                char, face = MISSING, self.faces[0]
            if pieces and pieces[-1][0] is face:
                pieces[-1][1].append(char)
            else:
                pieces.append((face, [char]))
        # A face without a bold (the CID fallback) would mix weights inside one heading:
        # then the whole text is set in regular, so it reads as one.
        heavy = bold and all(face.bold != face.regular for face, _ in pieces)
        result = tuple(
            (face.bold if heavy else face.regular, "".join(chars)) for face, chars in pieces
        )
        if len(self._cache) < 20_000:
            self._cache[key] = result
        return result

    def _first(self, char: str) -> Face | None:
        for face in self.faces:
            if face.covers(char):
                return face
        return None

    def markup(self, text: str, *, bold: bool = False, explicit: bool = False) -> str:
        """Escaped Paragraph markup; runs in another font get a ``<font>`` tag.

        ``explicit`` tags every run, for a span whose weight differs from its paragraph's.
        """
        primary = self.bold if bold else self.regular
        parts = []
        for font, piece in self.runs(text, bold):
            body = escape(piece).replace("\n", "<br/>")
            if font == primary and not explicit:
                parts.append(body)
            else:
                parts.append(f'<font name="{font}">{body}</font>')
        return "".join(parts)

    def width(self, text: str, size: float, *, bold: bool = False) -> float:
        return float(
            sum(pdfmetrics.stringWidth(piece, font, size) for font, piece in self.runs(text, bold))
        )

    def draw(
        self,
        canvas: Canvas,
        x: float,
        y: float,
        text: str,
        size: float,
        *,
        bold: bool = False,
        align: Align = "left",
    ) -> None:
        """Draw one line of mixed-script text on a canvas (headers, footers, the cover)."""
        if align == "right":
            x -= self.width(text, size, bold=bold)
        elif align == "centre":
            x -= self.width(text, size, bold=bold) / 2
        # One text object for the whole line keeps it one line for text extraction too.
        line = canvas.beginText(x, y)
        for font, piece in self.runs(text, bold):
            line.setFont(font, size)
            line.textOut(piece)
        canvas.drawText(line)

    def fit(self, text: str, size: float, max_width: float, *, bold: bool = False) -> str:
        """``text`` shortened with an ellipsis to fit ``max_width`` (one-line headers)."""
        if self.width(text, size, bold=bold) <= max_width:
            return text
        low, high = 0, len(text)  # the longest prefix that fits with the ellipsis
        while low < high:
            middle = (low + high + 1) // 2
            if self.width(text[:middle] + "…", size, bold=bold) <= max_width:
                low = middle
            else:
                high = middle - 1
        return text[:low].rstrip() + "…"


_lock = threading.Lock()
_loaded: FontSet | None = None


def load_fonts(*, refresh: bool = False) -> FontSet:
    """The process-wide font set, found once (reading font files is the slow part)."""
    global _loaded
    with _lock:
        if _loaded is None or refresh:
            _loaded = discover_fonts()
        return _loaded


def _register(name: str, font: object) -> str:
    if name not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(font)
    return name


def discover_fonts(dirs: Iterable[Path] | None = None) -> FontSet:
    """Search ``dirs`` (default: the system's font folders) for the fonts of a pack."""
    dir_list = list(dirs) if dirs is not None else None
    latin_pair = find_latin_faces(dir_list)
    if latin_pair is not None:
        regular, bold = latin_pair
        latin = Face(
            regular=_register(regular.font.fontName, regular.font),
            bold=_register(bold.font.fontName, bold.font),
            coverage=frozenset(regular.font.face.charToGlyph),
        )
    else:
        latin = Face("Helvetica", "Helvetica-Bold", _cp1252_coverage())
    cjk = find_cjk_faces(dir_list)
    if cjk is not None:
        face, bold_face = cjk
        regular_name = _register(face.font.fontName, face.font)
        bold_name = (
            _register(bold_face.font.fontName, bold_face.font) if bold_face else regular_name
        )
        primary = Face(regular_name, bold_name, frozenset(face.font.face.charToGlyph))
        where = f"{face.source.path}" + (
            f"#{face.source.index}" if face.source.index is not None else ""
        )
        # The CID font stays as the very last resort for characters neither font has.
        return FontSet(
            faces=(primary, latin, _cid_face()),
            cjk_embedded=True,
            description=f"embedded TrueType {where}",
        )
    return FontSet(
        faces=(latin, _cid_face()),
        cjk_embedded=False,
        description=f"{CID_FALLBACK} (built-in CID font; no embeddable CJK TrueType font found)",
    )


def _cid_face() -> Face:
    _register(CID_FALLBACK, UnicodeCIDFont(CID_FALLBACK))
    return Face(CID_FALLBACK, CID_FALLBACK, None, CID_RANGES)
