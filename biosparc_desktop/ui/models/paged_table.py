"""A table model over a service query that fetches rows a page at a time.

Rows are plain frozen dataclasses from the services; ``data()`` never touches
the database. Sorting is done by the service in SQL: ``sort()`` just reloads.
Nothing is fetched until the first :meth:`reload`, so building a view (whose
header settles its sort order several times) costs no query, and a view that is
never shown never reads its table.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

Row = TypeVar("Row")
ModelIndex = QModelIndex | QPersistentModelIndex

PAGE_SIZE = 64  # a little over two screens of rows: each fetch stays within one frame


@dataclass(frozen=True)
class Column(Generic[Row]):
    """One column: header, how to show a row, and the service's sort key (None: not sortable)."""

    header: str
    text: Callable[[Row], str]
    sort_key: str | None = None
    align_right: bool = False
    width: int = 140
    foreground: Callable[[Row], QColor | None] | None = None
    tooltip: Callable[[Row], str] | None = None


# fetch(offset, limit, sort_key, descending) -> rows
Fetch = Callable[[int, int, str | None, bool], Sequence[Row]]


class PagedTableModel(QAbstractTableModel, Generic[Row]):
    def __init__(
        self, columns: Sequence[Column[Row]], fetch: Fetch[Row], *, page_size: int = PAGE_SIZE
    ) -> None:
        super().__init__()
        self._columns = list(columns)
        self._fetch = fetch
        self._page_size = page_size
        self._rows: list[Row] = []
        self._loaded = False
        self._more = False
        self._sort_key: str | None = next((c.sort_key for c in columns if c.sort_key), None)
        self._descending = False

    # -- loading ------------------------------------------------------------
    def reload(self) -> None:
        """Drop the loaded rows and fetch the first page again."""
        self.beginResetModel()
        self._rows = list(self._fetch(0, self._page_size, self._sort_key, self._descending))
        self._more = len(self._rows) == self._page_size
        self._loaded = True
        self.endResetModel()

    def canFetchMore(self, parent: ModelIndex = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._more

    def fetchMore(self, parent: ModelIndex = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or not self._more:
            return
        page = list(self._fetch(len(self._rows), self._page_size, self._sort_key, self._descending))
        self._more = len(page) == self._page_size
        if page:
            start = len(self._rows)
            self.beginInsertRows(QModelIndex(), start, start + len(page) - 1)
            self._rows.extend(page)
            self.endInsertRows()

    def row_at(self, row: int) -> Row | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rows(self) -> list[Row]:
        return list(self._rows)

    @property
    def columns(self) -> list[Column[Row]]:
        return list(self._columns)

    # -- Qt model API -------------------------------------------------------
    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = self._columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.text(row)
        if role == Qt.ItemDataRole.TextAlignmentRole and column.align_right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and column.foreground is not None:
            color = column.foreground(row)
            return QBrush(color) if color is not None else None
        if role == Qt.ItemDataRole.ToolTipRole:
            # The cell's own text unless the column says more: a cut-off cell can be read.
            tip = column.tooltip(row) if column.tooltip is not None else column.text(row)
            return tip or None
        if role == Qt.ItemDataRole.UserRole:
            return row
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._columns[section].header
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = self._columns[column].sort_key if 0 <= column < len(self._columns) else None
        if key is None:
            return
        descending = order == Qt.SortOrder.DescendingOrder
        if (key, descending) == (self._sort_key, self._descending) and self._loaded:
            return
        self._sort_key, self._descending = key, descending
        if self._loaded:
            self.reload()

    def is_sortable(self, column: int) -> bool:
        return self._columns[column].sort_key is not None
