"""A record's change history (when, who, field, old → new) with "Restore this value".

An action that was undone is left out with its undo (a redo shows once, as the action).

The lines include the rows the record owns: "Email added: a@b.com",
"Party removed: NovaGen (Partner)". Only the record's own fields can be set back,
and only those its service can take alone (not a derived sort name).
"""

from __future__ import annotations

import json

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from biosparc_desktop.domain.sentences import Sentence
from biosparc_desktop.services.history import without_undone
from biosparc_desktop.services.journal import Change
from biosparc_desktop.ui import icons
from biosparc_desktop.ui.app_state import AppState
from biosparc_desktop.ui.i18n import sentence_text, translate
from biosparc_desktop.ui.widgets.history_words import Words, field_text, headers
from biosparc_desktop.ui.widgets.record_list import RecordList

_WIDEST = (140, 140, 280, 140)

# Columns the services derive from others: they change with them, shown there.
_DERIVED = {"sort_name", "pinyin", "renewal_notice_on"}


class HistoryPanel(QWidget):
    """Call :meth:`show_record` with a public id and its table (``organisation``...)."""

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("history_panel")
        self.state = state
        self.record_id: str | None = None
        self.entity = ""
        self._changes: list[Change] = []

        self.list = RecordList(
            headers(), empty_text=translate("HistoryPanel", "No changes recorded yet.")
        )
        self.list.setObjectName("history_list")
        self.list.itemSelectionChanged.connect(self._update_button)
        self.restore_button = QPushButton(
            icons.icon("undo"), translate("HistoryPanel", "Restore &this value")
        )
        self.restore_button.setObjectName("restore_value_button")
        self.restore_button.setToolTip(
            translate("HistoryPanel", "Set the field back to the value it had before this change")
        )
        self.restore_button.clicked.connect(self.restore_selected)
        self.status = QLabel()
        self.status.setObjectName("history_status")
        bar = QHBoxLayout()
        bar.addWidget(self.status, 1)
        bar.addWidget(self.restore_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list, 1)
        layout.addLayout(bar)
        self._update_button()

    def show_record(self, record_id: str | None, entity: str) -> None:
        self.record_id, self.entity = record_id, entity
        self.status.clear()
        self.refresh()

    def _words(self) -> Words:
        trash = self.state.services.trash
        return Words(
            self.entity,
            lambda entity, field, value: _worded(
                self.state.attempt(self, lambda: trash.link_name(entity, field, value))
            ),
        )

    def refresh(self) -> None:
        record_id, entity = self.record_id, self.entity
        changes: list[Change] = []
        if record_id is not None:
            journal = self.state.services.journal
            found = self.state.attempt(self, lambda: journal.history(record_id, entity))
            # One line per action that still counts: an undone action and its undo go.
            changes = [c for c in without_undone(found or []) if c.owned or c.field not in _DERIVED]
        self._changes = changes
        words = self._words()
        self.list.set_rows(
            list(enumerate(changes)), lambda pair: words.cells(pair[1]), lambda pair: str(pair[0])
        )
        for column, widest in enumerate(_WIDEST):
            if self.list.columnWidth(column) > widest:
                self.list.setColumnWidth(column, widest)
        for index in range(self.list.topLevelItemCount() if changes else 0):
            item = self.list.topLevelItem(index)
            if item is not None:  # the whole change, where the column cuts it short
                item.setToolTip(2, item.text(2))
                item.setToolTip(4, item.text(4))
        self._update_button()

    # -- the selected line -------------------------------------------------------
    def selected_change(self) -> Change | None:
        item = self.list.currentItem()
        key = item.data(0, Qt.ItemDataRole.UserRole) if item is not None else None
        return self._changes[int(key)] if key is not None else None

    def can_restore(self, change: Change | None) -> bool:
        return (
            change is not None
            and not change.owned
            and change.action == "update"
            and change.field is not None
            and self.state.services.journal.restorable(self.entity, change.field)
        )

    def restore_selected(self) -> None:
        change = self.selected_change()
        record_id = self.record_id
        if record_id is None or change is None or not self.can_restore(change):
            return
        field = change.field or ""
        raw = json.dumps(change.old_value, ensure_ascii=False)

        def restore() -> bool:
            self.state.services.journal.restore_value(record_id, self.entity, field, raw)
            return True

        if self.state.attempt(self, restore):
            value = self._words().value(self.entity, field, change.old_value)
            self.status.setText(
                translate(
                    "HistoryPanel", "{field} set back to {value}. Press Ctrl+Z to undo."
                ).format(field=field_text(field), value=value)
            )
            self.refresh()

    def _update_button(self) -> None:
        self.restore_button.setEnabled(self.can_restore(self.selected_change()))


def _worded(name: str | Sentence | None) -> str | None:
    """A linked record's name; "… (in the Trash)" in the interface language."""
    return sentence_text(name) if isinstance(name, Sentence) else name
