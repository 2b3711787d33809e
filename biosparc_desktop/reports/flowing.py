"""A table whose rows stay whole across pages, unless a row is too tall for that.

reportlab either never splits a row (a row taller than a page then stops the whole
pack with a LayoutError) or splits any row that meets the bottom of a page. Here a
row is split only when it is tall (long meeting minutes, long notes): its text then
runs on to the next page, under the repeated header, and short rows stay whole.
"""

from __future__ import annotations

from typing import Any

from reportlab.platypus import Flowable, Table

# A row taller than this (about a third of a page) may be split between pages;
# keeping it whole would leave most of a page empty, or fail outright.
TALL_ROW = 220.0
MIN_PART = 48.0  # the least of a split row worth printing at a page's foot (4 lines)


class FlowingTable(Table):  # type: ignore[misc]  # reportlab has no type hints
    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        parts: list[Flowable] = super().split(availWidth, availHeight)
        if parts:
            return parts
        # Not even one whole row fits here: split the next row if it is a tall one,
        # unless only a line or two of it would fit (then it starts on the next page).
        first = self._first_body_row()
        room = availHeight - sum(self._rowHeights[:first])
        if first < len(self._rowHeights) and self._rowHeights[first] > TALL_ROW and room > MIN_PART:
            split: list[Flowable] = self._splitRows(availHeight, doInRowSplit=1)
            return split
        return []

    def _first_body_row(self) -> int:
        repeat: Any = self.repeatRows
        return int(repeat) if isinstance(repeat, int) else max(repeat) + 1
