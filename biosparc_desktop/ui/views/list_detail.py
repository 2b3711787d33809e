"""A list beside the selected record's detail: the shape of the Partners, Contacts,
Agreements and Events views, with what they share (opening a record by id, the
current record, reloading, and the splitter remembered between runs)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QSplitter, QVBoxLayout, QWidget

from biosparc_desktop.ui.widgets.list_page import ListPage


class ListDetailView(QWidget):
    """Subclasses build their ``ListPage`` and detail pane, then call :meth:`_arrange`."""

    list: ListPage[Any]
    splitter: QSplitter

    def _arrange(
        self,
        name: str,
        page: ListPage[Any],
        detail: QWidget,
        show: Callable[[str | None], None],
    ) -> None:
        self._name = name
        self._detail_pane = detail
        self._show_record = show
        self.list = page
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName(f"{name}_splitter")
        self.splitter.addWidget(page)
        self.splitter.addWidget(detail)
        # A fixed floor for both sides: otherwise a long name in the next record's
        # detail raises its minimum width and the split jumps on every selection.
        detail.setMinimumWidth(300)
        page.setMinimumWidth(300)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([700, 460])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)
        page.current_changed.connect(lambda row: show(row.id if row else None))

    def open_id(self, public_id: str) -> None:
        """Select the record in the list (clearing a search that hides it) and show it."""
        if not self.list.select_id(public_id):
            self.list.search.clear()
            self.list.reload()
            self.list.select_id(public_id)
        self._show_record(public_id)

    def current_id(self) -> str | None:
        row = self.list.current_row()
        return row.id if row else None

    def reload(self) -> None:
        self.list.reload()
        refresh = getattr(self._detail_pane, "refresh", None)
        if refresh is not None:
            refresh()

    def save_state(self, settings: QSettings) -> None:
        self.list.save_state(settings)
        settings.setValue(f"splitters/{self._name}", self.splitter.saveState())

    def restore_state(self, settings: QSettings) -> None:
        self.list.restore_state(settings)
        state = settings.value(f"splitters/{self._name}")
        if state is not None:
            self.splitter.restoreState(state)
