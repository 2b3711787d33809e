"""The cover's accent band with the kicker, the name and a subtitle in white on it.

The band is drawn by the flowable that holds the text, so the two cannot part: a
long name is first set smaller (down to a readable minimum), and if it still does
not fit, the band grows to hold it instead of the text running off it, white on
white.
"""

from __future__ import annotations

from copy import copy
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable

from biosparc_desktop.reports.linebreak import Para
from biosparc_desktop.reports.styles import ACCENT, DISPLAY, H1, MARGIN_TOP, Kit

COVER_BAND = 0.42  # share of the cover page's height under the band, at least
MIN_TITLE = 16.0  # the smallest the name is set, in points
MIN_SUBTITLE = 12.0
PAD_TOP = 4 * mm  # between the header's line and the kicker
PAD_BOTTOM = 10 * mm  # between the last line and the band's lower edge
KICKER_GAP = 6 * mm
SUBTITLE_GAP = 3 * mm


class CoverBand(Flowable):  # type: ignore[misc]  # reportlab has no type hints
    """Kicker, title and subtitle on an accent band that runs to the page's top and sides."""

    def __init__(self, kit: Kit, kicker: str, title: str, subtitle: str | None) -> None:
        super().__init__()
        self._kit = kit
        self._kicker = kicker
        self._title = title
        self._subtitle = subtitle
        self._parts: list[tuple[Para, float]] = []  # each paragraph and the gap above it
        self.title_size = DISPLAY

    def _set(self, size: float, width: float) -> float:
        """Lay the text out with the title at ``size``; returns the text's height."""
        kit = self._kit
        title_style = copy(kit.styles["display"])
        title_style.fontSize, title_style.leading = size, size * 1.2
        parts = [
            (Para(kit.m(self._kicker.upper(), bold=True), kit.styles["kicker"]), 0.0),
            (Para(kit.m(self._title, bold=True), title_style), KICKER_GAP),
        ]
        if self._subtitle:
            sub_style = copy(kit.styles["display_sub"])
            sub = max(MIN_SUBTITLE, H1 * size / DISPLAY)
            sub_style.fontSize, sub_style.leading = sub, sub * 1.3
            parts.append((Para(kit.m(self._subtitle), sub_style), SUBTITLE_GAP))
        total = 0.0
        for para, gap in parts:
            _, height = para.wrap(width, 10_000)
            total += gap + height
        self._parts, self.title_size = parts, size
        return total

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        page_height = self._kit.page_size[1]
        # The room the band leaves for text at its usual size, below the header.
        room = page_height * COVER_BAND - MARGIN_TOP - PAD_TOP - PAD_BOTTOM
        size = DISPLAY
        height = self._set(size, availWidth)
        while height > room and size > MIN_TITLE:
            size = max(MIN_TITLE, size - 1)
            height = self._set(size, availWidth)
        self.width = availWidth
        self.height = PAD_TOP + max(room, height) + PAD_BOTTOM
        return self.width, self.height

    def draw(self) -> None:
        canvas: Any = self.canv
        page_width, page_height = canvas._pagesize
        left, bottom = canvas.absolutePosition(0, 0)
        canvas.saveState()
        canvas.setFillColor(ACCENT)
        canvas.rect(-left, 0, page_width, page_height - bottom, stroke=0, fill=1)
        canvas.restoreState()
        y = self.height - PAD_TOP
        for para, gap in self._parts:
            y -= gap + para.height
            para.drawOn(canvas, 0, y)
