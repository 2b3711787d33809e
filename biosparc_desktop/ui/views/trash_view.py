"""The Trash: deleted records with what they were linked to, Restore and Empty Trash."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from biosparc_desktop.services.trash import KINDS, PURGE_AFTER_DAYS, TrashItem
from biosparc_desktop.ui import icons
from biosparc_desktop.ui.app_state import AppState
from biosparc_desktop.ui.formatting import fmt_date, fmt_datetime
from biosparc_desktop.ui.widgets.record_list import RecordList

_ALL = ""
HEADERS = ("Deleted", "Kind", "What", "Linked to", "Removed for good on")
_WIDEST = (190, 110, 340, 380)


class TrashView(QWidget):
    """Emits ``open_record(kind, id)`` after a restore, so the window can show it."""

    open_record = Signal(str, str)

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("trash_view")
        self.state = state
        self._items: list[TrashItem] = []
        self._total = 0

        title = QLabel("Trash")
        title.setStyleSheet("font-size: 18px; font-weight: 600;")
        hint = QLabel(
            f"Deleted records stay here for {PURGE_AFTER_DAYS} days, with what they were "
            "linked to. Restore puts a record back where it was."
        )
        hint.setWordWrap(True)
        hint.setStyleSheet("color: palette(placeholder-text);")

        self.kind = QComboBox()
        self.kind.setObjectName("trash_kind")
        self.kind.addItem("All kinds", _ALL)
        for table, (_cls, label, _describe) in KINDS.items():
            self.kind.addItem(_plural(label), table)
        self.kind.currentIndexChanged.connect(lambda _i: self.reload())

        self.restore_button = QPushButton(icons.icon("undo"), "&Restore")
        self.restore_button.setObjectName("restore_button")
        self.restore_button.setToolTip("Put the selected record back where it was")
        self.restore_button.clicked.connect(self.restore_selected)
        self.empty_button = QPushButton(icons.icon("delete"), "&Empty Trash…")
        self.empty_button.setObjectName("empty_trash_button")
        self.empty_button.clicked.connect(self.empty_trash)

        bar = QHBoxLayout()
        bar.addWidget(QLabel("Show:"))
        bar.addWidget(self.kind)
        bar.addStretch(1)
        bar.addWidget(self.restore_button)
        bar.addWidget(self.empty_button)

        self.list = RecordList(
            HEADERS, empty_text="The Trash is empty. Deleted records wait here for 30 days."
        )
        self.list.setObjectName("trash_list")
        self.list.itemSelectionChanged.connect(self._update_buttons)

        self.status = QLabel()
        self.status.setObjectName("trash_status")
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(hint)
        layout.addLayout(bar)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.status)
        self._update_buttons()

    # -- data ----------------------------------------------------------------
    def reload(self) -> None:
        kind = self.kind.currentData() or None
        found = self.state.attempt(self, lambda: self.state.services.trash.rows(kind))
        self._items = found or []
        self._total = self.state.attempt(self, self.state.services.trash.count) or 0
        self.list.set_rows(
            self._items,
            lambda i: (
                fmt_datetime(i.deleted_at.astimezone()),
                i.kind_label,
                i.title,
                "; ".join(i.links),
                fmt_date(i.purge_on),
            ),
            lambda i: i.id,
        )
        # Long titles and link lists must not push the purge date off the screen.
        for column, widest in enumerate(_WIDEST):
            if self.list.columnWidth(column) > widest:
                self.list.setColumnWidth(column, widest)
        self._update_buttons()

    def current_id(self) -> str | None:
        item = self.list.currentItem()
        key = item.data(0, Qt.ItemDataRole.UserRole) if item is not None else None
        return str(key) if key else None

    def select_id(self, public_id: str) -> None:
        for index in range(self.list.topLevelItemCount()):
            item = self.list.topLevelItem(index)
            if item is not None and item.data(0, Qt.ItemDataRole.UserRole) == public_id:
                self.list.setCurrentItem(item)
                return

    # -- actions ---------------------------------------------------------------
    def restore_selected(self) -> None:
        public_id = self.current_id()
        if public_id is None:
            self.status.setText("Select a record to restore first.")
            return
        restored = self.state.attempt(self, lambda: self.state.services.trash.restore(public_id))
        self.reload()
        if restored is not None:
            self.status.setText(
                f"Restored {restored.kind_label.lower()} “{restored.title}”. Press Ctrl+Z to undo."
            )
            self.open_record.emit(restored.kind, restored.id)

    def empty_trash(self) -> None:
        count = self.state.services.trash.count()
        if count == 0:
            self.status.setText("The Trash is already empty.")
            return
        answer = QMessageBox.question(
            self,
            "Empty Trash",
            f"Remove the {count} record{'s' if count != 1 else ''} in the Trash for good? "
            "Until you close Biosparc Desktop, Edit > Undo can still bring "
            f"{'them' if count != 1 else 'it'} back.",
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        removed = self.state.attempt(self, self.state.services.trash.empty)
        self.reload()
        if removed is not None:
            self.status.setText(
                f"Emptied the Trash: {removed} record{'s' if removed != 1 else ''} removed."
            )

    def _update_buttons(self) -> None:
        self.restore_button.setEnabled(self.current_id() is not None)
        self.empty_button.setEnabled(self._total > 0)


def _plural(label: str) -> str:
    return {"Partner": "Partners", "Follow-up": "Follow-ups"}.get(label, label + "s")
