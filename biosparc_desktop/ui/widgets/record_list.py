"""A short, read-only list of related records inside a detail view (a partner's contacts...)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QMenu, QTreeWidget, QTreeWidgetItem

from biosparc_desktop.ui import icons
from biosparc_desktop.ui.i18n import translate
from biosparc_desktop.ui.widgets.menu_key import menu_key_on_current_row

# Makes a row's context menu: (kind of record, its public id, whether Delete applies).
MenuFactory = Callable[[str, str, bool], QMenu]


class RecordList(QTreeWidget):
    """Rows of text cells; double-click or Enter emits the row's key.

    ``headers`` and ``empty_text`` are shown as given: translate them first. ``kind``
    names the kind of record the rows are ("contact", "interaction"...): the window then
    gives each row the same context menu as in the record's own list, with Delete only
    where ``deletable`` (a partner's contacts, not an event's attendee links).
    """

    open_requested = Signal(str)

    def __init__(
        self,
        headers: Sequence[str],
        *,
        empty_text: str | None = None,
        kind: str | None = None,
        deletable: bool = False,
    ) -> None:
        super().__init__()
        self.kind = kind
        self.deletable = deletable
        self.menu_factory: MenuFactory | None = None  # set by the main window
        self.setHeaderLabels(list(headers))
        self.setRootIsDecorated(False)
        self.setAlternatingRowColors(True)
        self.setUniformRowHeights(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.header().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.header().setStretchLastSection(True)
        # Titles that share a long beginning stay apart: a cut keeps both ends.
        self.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self._empty_text = (
            empty_text if empty_text is not None else translate("RecordList", "Nothing here yet.")
        )
        self.itemActivated.connect(self._activated)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.customContextMenuRequested.connect(self._context_menu)
        menu_key_on_current_row(self)

    def set_rows(
        self,
        rows: Sequence[Any],
        cells: Callable[[Any], Sequence[str]],
        key: Callable[[Any], str],
        colour: Callable[[Any], QColor | None] | None = None,
    ) -> None:
        self.clear()
        if not rows:
            item = QTreeWidgetItem([self._empty_text])
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.addTopLevelItem(item)
            # The message spans the whole list, not the first (often narrow) column.
            item.setFirstColumnSpanned(True)
            return
        for row in rows:
            texts = [str(c) for c in cells(row)]
            item = QTreeWidgetItem(texts)
            item.setData(0, Qt.ItemDataRole.UserRole, key(row))
            for column, text in enumerate(texts):
                if text:
                    item.setToolTip(column, text)  # a cut-off cell can still be read
            tint = colour(row) if colour else None
            if tint is not None:
                for column in range(item.columnCount()):
                    item.setForeground(column, tint)
            self.addTopLevelItem(item)
        for column in range(self.columnCount() - 1):
            self.resizeColumnToContents(column)

    def _activated(self, item: QTreeWidgetItem, _column: int) -> None:
        key = item.data(0, Qt.ItemDataRole.UserRole)
        if key:
            self.open_requested.emit(str(key))

    def menu_for(self, item: QTreeWidgetItem) -> QMenu | None:
        """The row's context menu: the record's actions, or just Open where the rows are
        not records the window knows (None for the "nothing here" line)."""
        key = item.data(0, Qt.ItemDataRole.UserRole)
        if not key:
            return None
        if self.kind is not None and self.menu_factory is not None:
            return self.menu_factory(self.kind, str(key), self.deletable)
        menu = QMenu(self)
        action = menu.addAction(icons.icon("open"), translate("RecordList", "&Open"))
        action.triggered.connect(lambda _checked=False: self.open_requested.emit(str(key)))
        return menu

    def _context_menu(self, point: QPoint) -> None:
        item = self.itemAt(point)
        if item is None:
            return
        menu = self.menu_for(item)
        if menu is not None:
            self.setCurrentItem(item)
            menu.exec(self.viewport().mapToGlobal(point))

    def keys(self) -> list[str]:
        found = []
        for i in range(self.topLevelItemCount()):
            item = self.topLevelItem(i)
            key = item.data(0, Qt.ItemDataRole.UserRole) if item is not None else None
            if key:
                found.append(str(key))
        return found
