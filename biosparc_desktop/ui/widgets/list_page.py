"""A searchable, filterable, sortable list over a service query: the body of every list view."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QByteArray, QEvent, QObject, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QStackedLayout,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from biosparc_desktop.ui.i18n import translate
from biosparc_desktop.ui.models.paged_table import Column, PagedTableModel
from biosparc_desktop.ui.widgets.menu_key import menu_key_on_current_row

Row = TypeVar("Row")

SEARCH_DEBOUNCE_MS = 200
ROW_HEIGHT = 26


@dataclass(frozen=True)
class Filter:
    """A combo box of choices; the first choice should be "All …" with value None.

    ``label`` and the choices' texts are shown as given: translate them first.
    """

    key: str
    label: str
    choices: Sequence[tuple[str, Any]]


# fetch(search, filters, offset, limit, sort_key, descending) and count(search, filters)
Fetch = Callable[[str, dict[str, Any], int, int, str | None, bool], Sequence[Row]]
Count = Callable[[str, dict[str, Any]], int]
Query = TypeVar("Query")
# query(search, filters, sort_key, descending): the service's query for the list's state
MakeQuery = Callable[[str, dict[str, Any], str | None, bool], Query]


def plain_query(make: Callable[..., Query], default_sort: str) -> MakeQuery[Query]:
    """The usual query: the search text, each filter by its key, the sort column."""

    def query(search: str, filters: dict[str, Any], sort: str | None, desc: bool) -> Query:
        return make(search=search, sort=sort or default_sort, descending=desc, **filters)

    return query


def service_source(
    query: MakeQuery[Query], rows: Callable[..., Sequence[Row]], count: Callable[[Query], int]
) -> tuple[Fetch[Row], Count]:
    """A list's fetch and count over a service's ``rows(query, limit=, offset=)`` and
    ``count(query)``, with the one query the list's search, filters and sort make."""

    def fetch(
        search: str, filters: dict[str, Any], offset: int, limit: int, sort: str | None, desc: bool
    ) -> Sequence[Row]:
        return rows(query(search, filters, sort, desc), limit=limit, offset=offset)

    def counted(search: str, filters: dict[str, Any]) -> int:
        return count(query(search, filters, None, False))

    return fetch, counted


class ListTable(QTableView):
    """Enter opens the current row, like a double-click; Tab leaves the list for the
    detail beside it (rows are chosen with the arrows; there are no cells to edit)."""

    activated_row = Signal(int)

    def __init__(self) -> None:
        super().__init__()
        self.setTabKeyNavigation(False)
        menu_key_on_current_row(self)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.activated_row.emit(self.currentIndex().row())
            return
        super().keyPressEvent(event)


class ListPage(QWidget, Generic[Row]):
    open_requested = Signal(object)  # the row
    current_changed = Signal(object)  # the row or None
    count_changed = Signal(int)

    def __init__(
        self,
        *,
        name: str,
        noun: str | None = None,
        noun_one: str | None = None,
        columns: Sequence[Column[Row]],
        fetch: Fetch[Row],
        count: Count,
        filters: Sequence[Filter] = (),
        empty_text: str,
        search_placeholder: str,
        debounce_ms: int = SEARCH_DEBOUNCE_MS,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName(f"{name}_list")
        self._name = name
        self._noun = noun if noun is not None else translate("ListPage", "records")
        # "1 partner", not "1 partners" (Chinese uses the same word for both).
        self._noun_one = noun_one if noun_one is not None else translate("ListPage", "record")
        self._fetch = fetch
        self._count = count
        self._filters = {f.key: f for f in filters}
        self.total = 0

        self.search = QLineEdit(placeholderText=search_placeholder)
        self.search.setObjectName(f"{name}_search")
        self.search.setClearButtonEnabled(True)
        self._debounce = QTimer(self, singleShot=True, interval=debounce_ms)
        self._debounce.timeout.connect(self.reload)
        self.search.textChanged.connect(lambda _text: self._debounce.start())
        # Down or Enter in the search box goes to the results, past the filters.
        self.search.returnPressed.connect(self._to_results)
        self.search.installEventFilter(self)

        bar = QHBoxLayout()
        bar.addWidget(self.search, 1)
        filter_bar = QHBoxLayout()
        self.filter_boxes: dict[str, QComboBox] = {}
        for spec in filters:
            box = QComboBox()
            box.setObjectName(f"{name}_filter_{spec.key}")
            box.setToolTip(spec.label)
            # Long choices (organisation kinds, owners) must not make the window wide.
            box.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            box.setMinimumContentsLength(9)
            for text, value in spec.choices:
                box.addItem(text, value)
            box.currentIndexChanged.connect(lambda _i: self.reload())
            self.filter_boxes[spec.key] = box
            filter_bar.addWidget(box)
        filter_bar.addStretch(1)
        self.count_label = QLabel()
        self.count_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        bar.addWidget(self.count_label)

        self.model: PagedTableModel[Row] = PagedTableModel(columns, self._fetch_page)
        self.table = ListTable()
        self.table.setObjectName(f"{name}_table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setSortingEnabled(True)
        self.table.setWordWrap(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        vertical = self.table.verticalHeader()
        vertical.setVisible(False)
        # Fixed row heights: never measure every row (100,000 rows must scroll smoothly).
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vertical.setDefaultSectionSize(ROW_HEIGHT)
        header = self.table.horizontalHeader()
        header.setSectionsMovable(True)
        header.setStretchLastSection(True)
        header.setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        for i, column in enumerate(columns):
            header.resizeSection(i, column.width)
        self.table.doubleClicked.connect(lambda index: self._open(index.row()))
        self.table.activated_row.connect(self._open)
        self.table.selectionModel().currentRowChanged.connect(
            lambda current, _previous: self.current_changed.emit(self.model.row_at(current.row()))
        )

        self.empty = QLabel(empty_text)
        self.empty.setObjectName(f"{name}_empty")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.empty.setStyleSheet(
            "color: palette(placeholder-text); font-size: 14px; padding: 40px;"
        )
        self._stack = QStackedLayout()
        self._stack.addWidget(self.table)
        self._stack.addWidget(self.empty)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        if filters:
            layout.addLayout(filter_bar)
        layout.addLayout(self._stack)

    # -- data ---------------------------------------------------------------
    def filters(self) -> dict[str, Any]:
        return {key: box.currentData() for key, box in self.filter_boxes.items()}

    def _fetch_page(
        self, offset: int, limit: int, sort_key: str | None, descending: bool
    ) -> Sequence[Row]:
        return self._fetch(self.search.text(), self.filters(), offset, limit, sort_key, descending)

    def reload(self) -> None:
        """Fetch again, keeping the selected record selected when it is still there and
        the list scrolled where it was (changes pulled from the team arrive any time)."""
        current = self.current_row()
        key = getattr(current, "id", None)
        scroll = self.table.verticalScrollBar().value()
        loaded = self.model.rowCount()
        self.model.reload()
        while self.model.rowCount() < loaded and self.model.canFetchMore():
            self.model.fetchMore()  # as far down as the user had read
        # A first page that is not full is the whole result: no need to count it.
        if self.model.canFetchMore():
            self.total = self._count(self.search.text(), self.filters())
        else:
            self.total = self.model.rowCount()
        # A filter left at its first choice is the list as it comes ("All stages", or the
        # open follow-ups): an empty list then says how to begin, not "No matches".
        filtered = bool(self.search.text().strip()) or any(
            box.currentIndex() > 0 for box in self.filter_boxes.values()
        )
        self.count_label.setText(
            translate("ListPage", "{count} {noun}").format(
                count=f"{self.total:,}", noun=self._noun_one if self.total == 1 else self._noun
            )
        )
        self._stack.setCurrentWidget(self.empty if self.total == 0 and not filtered else self.table)
        if self.total == 0 and filtered:
            self.count_label.setText(translate("ListPage", "No matches"))
        self.count_changed.emit(self.total)
        self.table.verticalScrollBar().setValue(scroll)
        if key is not None and self.select_id(key):
            return
        if self.model.rowCount():
            # Show the first record rather than an empty or stale detail pane.
            self.table.selectRow(0)  # announces the row through currentRowChanged
        else:
            self.current_changed.emit(None)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.search
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Down
        ):
            self._to_results()
            return True
        return super().eventFilter(watched, event)

    def _to_results(self) -> None:
        if self._debounce.isActive():  # the typed text is not searched yet
            self._debounce.stop()
            self.reload()
        self.table.setFocus(Qt.FocusReason.ShortcutFocusReason)
        if not self.table.currentIndex().isValid() and self.model.rowCount():
            self.table.selectRow(0)

    def select_id(self, public_id: str, *, max_pages: int = 40) -> bool:
        """Select the record and scroll it into view, reading further pages to find it
        (a new record sorted deep in a long list); False when it is not in the list."""
        pages = 0
        while True:
            for i, row in enumerate(self.model.rows()):
                if getattr(row, "id", None) == public_id:
                    self.table.selectRow(i)
                    self.table.scrollTo(
                        self.model.index(i, 0), QAbstractItemView.ScrollHint.EnsureVisible
                    )
                    return True
            if pages >= max_pages or not self.model.canFetchMore():
                return False
            self.model.fetchMore()
            pages += 1

    def neighbour_id(self, public_id: str) -> str | None:
        """The record to select once ``public_id`` is gone: the next row, else the one before."""
        ids = [getattr(row, "id", None) for row in self.model.rows()]
        if public_id not in ids:
            return None
        at = ids.index(public_id)
        candidates = ids[at + 1 : at + 2] + (ids[at - 1 : at] if at else [])
        return next((str(c) for c in candidates if c is not None), None)

    def current_row(self) -> Row | None:
        index = self.table.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def _open(self, row_number: int) -> None:
        row = self.model.row_at(row_number)
        if row is not None:
            self.open_requested.emit(row)

    # -- layout memory ------------------------------------------------------
    def save_state(self, settings: QSettings) -> None:
        settings.setValue(f"lists/{self._name}/header", self.table.horizontalHeader().saveState())

    def restore_state(self, settings: QSettings) -> None:
        state = settings.value(f"lists/{self._name}/header")
        if isinstance(state, QByteArray):
            self.table.horizontalHeader().restoreState(state)
