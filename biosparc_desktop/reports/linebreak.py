"""Line breaking for mixed Chinese and Latin text, following the usual Chinese rules.

reportlab's CJK wrapping breaks after any character and knows only some of the
punctuation that must not start a line (not ，；：！？》), never checks what must not
end one (（「《), and may split a Latin word anywhere. Here a line breaks only
between two ideographs, next to one, or at a space; never before closing
punctuation nor after opening punctuation; and a Latin word is cut only when it is
longer than a whole line.
"""

from __future__ import annotations

import unicodedata
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from functools import lru_cache
from itertools import accumulate
from typing import Any

from reportlab.pdfbase.pdfmetrics import getAscentDescent, stringWidth
from reportlab.platypus import Paragraph
from reportlab.platypus.paragraph import FragLine, ParaLines
from reportlab.rl_config import _FUZZ

# Must not start a line: closing brackets and quotes, stops, commas, colons, marks.
CLOSING = frozenset(
    "）」』》〉】〕］｝〗〙〛”’，。、；：！？…‥·・ー々〆%％‰°℃"  # Chinese and fullwidth
    ")]}>,.;:!?"  # ASCII
)
# Must not end a line: opening brackets and quotes.
OPENING = frozenset("（「『《〈【〔［｛〖〘〚“‘([{<")

SHORT_WORD = 6  # a word between spaces this short is not split (see _short_word_start)
_CJK_RANGES = (
    (0x2E80, 0x9FFF),  # radicals, CJK punctuation, kana, ideographs
    (0xAC00, 0xD7AF),  # Hangul
    (0xF900, 0xFAFF),
    (0xFE30, 0xFE4F),
    (0xFF00, 0xFFEF),  # fullwidth forms
    (0x20000, 0x3FFFF),
)


def is_cjk(char: str) -> bool:
    code = ord(char) if len(char) == 1 else 0
    return any(low <= code <= high for low, high in _CJK_RANGES)


def _is_space(char: str) -> bool:
    return len(char) == 1 and unicodedata.category(char) == "Zs"


def may_break(before: str, after: str, *, in_words: bool = False) -> bool:
    """Whether a line may end with ``before`` and the next start with ``after``.

    ``in_words`` also allows a break inside a Latin word (a word wider than a line).
    """
    if after in CLOSING or before in OPENING:
        return False
    if in_words:
        return True
    return _is_space(before) or _is_space(after) or is_cjk(before) or is_cjk(after)


def break_point(chars: Sequence[str], start: int, end: int) -> int:
    """Where the line ``chars[start:]`` should end when ``chars[end]`` no longer fits.

    Searches back from ``end`` for a permitted break; the result is the index of the
    next line's first character, always after ``start`` so every line holds something.
    """
    for in_words in (False, True):
        for cut in range(end, start, -1):
            if may_break(chars[cut - 1], chars[cut], in_words=in_words):
                return _short_word_start(chars, start, cut) or cut
    return end  # nothing but punctuation on the line: break where it overflows


def _short_word_start(chars: Sequence[str], start: int, cut: int) -> int | None:
    """The start of a short word (between spaces) that ``cut`` would split, if any.

    Breaking between ideographs is allowed, but a label such as "Live agreements 有效协议"
    reads better with "有效协议" whole on the next line than with "有" left behind.
    """
    if _is_space(chars[cut - 1]) or _is_space(chars[cut]):
        return None
    begin = cut
    while begin > start and not _is_space(chars[begin - 1]):
        begin -= 1
    stop = cut
    while stop < len(chars) and not _is_space(chars[stop]) and stop - begin <= SHORT_WORD:
        stop += 1
    return begin if begin > start and stop - begin <= SHORT_WORD else None


@lru_cache(maxsize=8192)
def _widths(text: str, font: str, size: float) -> tuple[float, ...]:
    # Measuring is the slow part of breaking long text, and the same pieces come back
    # (a split paragraph's second half is made of the first one's lines).
    return tuple(float(stringWidth(char, font, size)) for char in text)


def _frag_widths(frag: Any, pieces: list[str]) -> Sequence[float]:
    if hasattr(frag, "cbDefn"):  # an anchor or image: its own width, if any
        return [float(getattr(frag.cbDefn, "width", 0) or 0)] * len(pieces)
    text = "".join(pieces)
    return _widths(text, frag.fontName, frag.fontSize) if text else [0.0]


class _Text:
    """A paragraph's characters, which fragment each comes from, and running widths."""

    def __init__(self, frags: Sequence[Any]) -> None:
        self.frags = frags
        self.chars: list[str] = []
        self.owner: list[int] = []
        widths: list[float] = []
        self.forced: list[int] = []  # where a <br/> ends a line
        for number, frag in enumerate(frags):
            text = frag.text.decode("utf8") if isinstance(frag.text, bytes) else frag.text
            pieces = list(text) if text else [""]  # an empty fragment: a <br/> or an anchor
            if hasattr(frag, "lineBreak"):
                self.forced.append(len(self.chars))
            self.chars += pieces
            self.owner += [number] * len(pieces)
            widths += _frag_widths(frag, pieces)
        self.ends = [0.0, *accumulate(widths)]  # ends[i]: the width of chars[:i]

    def width(self, start: int, end: int) -> float:
        return self.ends[end] - self.ends[start]

    def fitting(self, start: int, limit: float) -> int:
        """The end of the longest run from ``start`` within ``limit`` (but one character)."""
        end = bisect_right(self.ends, self.ends[start] + limit + _FUZZ) - 1
        return max(end, start + 1)

    def next_forced(self, start: int) -> int:
        at = bisect_left(self.forced, start)
        return self.forced[at] if at < len(self.forced) else len(self.chars)

    def line(self, start: int, end: int, limit: float, forced: bool) -> Any:
        """reportlab's line of styled pieces (what its makeCJKParaLine makes)."""
        while end > start + 1 and _is_space(self.chars[end - 1]):  # no trailing spaces
            end -= 1
        words: list[Any] = []
        size = ascent = descent = 0.0
        index = start
        while index < end:
            number, stop = self.owner[index], index
            while stop < end and self.owner[stop] == number:
                stop += 1
            frag = self.frags[number]
            high, low = getAscentDescent(frag.fontName, frag.fontSize)
            size, ascent, descent = max(size, frag.fontSize), max(ascent, high), min(descent, low)
            word = frag.clone()
            word.text = "".join(self.chars[index:stop])
            words.append(word)
            index = stop
        used = self.width(start, end)
        return FragLine(kind=1, extraSpace=limit - used, wordCount=1, words=words,
                        fontSize=size, ascent=ascent, descent=descent, maxWidth=limit,
                        currentWidth=used, lineBreak=forced)  # fmt: skip

    def skip_spaces(self, index: int) -> int:
        while index < len(self.chars) and _is_space(self.chars[index]):
            index += 1
        return index


def break_frags(frags: Sequence[Any], max_widths: Sequence[float]) -> Any:
    """reportlab's ``cjkFragSplit`` with the line-breaking rules above."""
    text = _Text(frags)
    lines: list[Any] = []
    start, size = 0, len(text.chars)
    while start < size:
        limit = max_widths[min(len(lines), len(max_widths) - 1)]
        end = text.fitting(start, limit)
        forced = text.next_forced(start)
        if forced < end:  # a <br/> ends the line where it stands
            lines.append(text.line(start, forced + 1, limit, True))
            start = text.skip_spaces(forced + 1)
        elif end >= size:
            lines.append(text.line(start, size, limit, False))
            start = size
        else:  # chars[end] overflows: break before it or earlier
            cut = break_point(text.chars, start, end)
            lines.append(text.line(start, cut, limit, False))
            start = text.skip_spaces(cut)
    return ParaLines(kind=1, lines=lines)


class Para(Paragraph):  # type: ignore[misc]  # reportlab has no type hints
    """A paragraph whose lines break by the rules above (its style has wordWrap="CJK")."""

    # The lines already broken for some widths: a table measures a cell many times, and
    # the rest of a split paragraph is the original's remaining lines (long minutes would
    # otherwise be broken again for every page they run over).
    _known: tuple[tuple[float, ...], Any] | None = None

    def breakLinesCJK(self, maxWidths: float | Sequence[float]) -> Any:  # reportlab's names
        widths = [float(maxWidths)] if isinstance(maxWidths, (int, float)) else list(maxWidths)
        self.height = 0
        # Bullets and images are not used by packs: reportlab's own way for them.
        if self.bulletText or not self.frags or any(hasattr(f, "cbDefn") for f in self.frags):
            return super().breakLinesCJK(maxWidths)
        if hasattr(self, "blPara") and getattr(self, "_splitpara", False):
            return self.blPara  # the first part of a split keeps its lines
        if self._known is not None and self._known[0] == tuple(widths):
            return self._known[1]
        lines = break_frags(self.frags, widths)
        self._known = (tuple(widths), lines)
        return lines

    def split(self, availWidth: float, availHeight: float) -> list[Any]:
        parts: list[Any] = super().split(availWidth, availHeight)
        known = self._known
        if len(parts) == 2 and known is not None and isinstance(parts[1], Para):
            shown = len(parts[0].blPara.lines)
            parts[1]._known = (known[0], ParaLines(kind=1, lines=known[1].lines[shown:]))
        return parts
