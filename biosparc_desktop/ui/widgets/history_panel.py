"""A record's change history (when, who, field, old → new) with "Restore this value"."""

from __future__ import annotations

import json
from datetime import date, datetime
from enum import StrEnum
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from biosparc_desktop.domain import enums
from biosparc_desktop.services.journal import Change
from biosparc_desktop.ui import icons
from biosparc_desktop.ui.app_state import AppState
from biosparc_desktop.ui.widgets.record_list import RecordList

HEADERS = ("When", "Who", "Action", "Field", "Change")
_WIDEST = (140, 140, 280, 140)

# Columns the services derive from others: shown changing with them, never restored alone.
_DERIVED = {"sort_name", "pinyin", "renewal_notice_on", "deleted_at"}
_LABELS = {
    "name_zh": "Chinese name",
    "short_name": "Short name",
    "parent_id": "Part of",
    "owner_id": "Owner",
    "assignee_id": "Assignee",
    "organisation_id": "Organisation",
    "contact_id": "Contact",
    "agreement_id": "Agreement",
    "interaction_id": "Interaction",
    "event_id": "Event",
    "cooperation_item_id": "Cooperation item",
    "value_minor": "Value (in minor units)",
    "deleted_at": "Trash",
    "preferred_language": "Language",
    "renewal_notice_days": "Renewal notice (days)",
    "renewal_notice_on": "Renewal notice on",
}
_ENUMS: dict[tuple[str, str], type[StrEnum]] = {
    ("organisation", "kind"): enums.OrganisationKind,
    ("organisation", "stage"): enums.RelationshipStage,
    ("contact", "preferred_language"): enums.Language,
    ("contact", "name_order"): enums.NameOrder,
    ("agreement", "kind"): enums.AgreementKind,
    ("agreement", "status"): enums.AgreementStatus,
    ("interaction", "kind"): enums.InteractionKind,
    ("event", "kind"): enums.EventKind,
    ("task", "priority"): enums.TaskPriority,
    ("task", "status"): enums.TaskStatus,
}
_ACTIONS = {"insert": "Created", "delete": "Removed for good"}


class HistoryPanel(QWidget):
    """Call :meth:`show_record` with a public id and its table (``organisation``...)."""

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("history_panel")
        self.state = state
        self.record_id: str | None = None
        self.entity = ""
        self._changes: list[Change] = []

        self.list = RecordList(HEADERS, empty_text="No changes recorded yet.")
        self.list.setObjectName("history_list")
        self.list.itemSelectionChanged.connect(self._update_button)
        self.restore_button = QPushButton(icons.icon("undo"), "Restore &this value")
        self.restore_button.setObjectName("restore_value_button")
        self.restore_button.setToolTip("Set the field back to the value it had before this change")
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

    def refresh(self) -> None:
        record_id = self.record_id
        changes: list[Change] = []
        if record_id is not None:
            found = self.state.attempt(self, lambda: self.state.services.journal.history(record_id))
            changes = [c for c in found or [] if c.field not in _DERIVED - {"deleted_at"}]
        self._changes = changes
        self.list.set_rows(
            list(enumerate(changes)), lambda pair: self._cells(pair[1]), lambda pair: str(pair[0])
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
            and change.action == "update"
            and change.field is not None
            and change.field not in _DERIVED
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
            self.status.setText(
                f"{self._field(field)} set back to {self._value(field, change.old_value)}. "
                "Press Ctrl+Z to undo."
            )
            self.refresh()

    def _update_button(self) -> None:
        self.restore_button.setEnabled(self.can_restore(self.selected_change()))

    # -- words for the cells ------------------------------------------------------
    def _cells(self, change: Change) -> tuple[str, str, str, str, str]:
        when = change.at.astimezone().strftime("%d %b %Y %H:%M")
        who = change.staff or "—"
        if change.action != "update" or change.field is None:
            return when, who, change.batch_label, "", _ACTIONS.get(change.action, change.action)
        if change.field == "deleted_at":
            moved = "Moved to the Trash" if change.new_value else "Restored from the Trash"
            return when, who, change.batch_label, "Trash", moved
        old = self._value(change.field, change.old_value)
        new = self._value(change.field, change.new_value)
        return when, who, change.batch_label, self._field(change.field), f"{old} → {new}"

    def _field(self, field: str) -> str:
        return _LABELS.get(field, field.replace("_", " ").capitalize())

    def _value(self, field: str, value: Any) -> str:
        if value is None or value == "":
            return "(empty)"
        if isinstance(value, bool):
            return "Yes" if value else "No"
        enum_class = _ENUMS.get((self.entity, field))
        if enum_class is not None:
            try:
                return str(getattr(enum_class(value), "label", value))
            except ValueError:
                return str(value)
        if field.endswith("_id") and isinstance(value, int):
            name = self.state.attempt(
                self, lambda: self.state.services.trash.link_name(self.entity, field, value)
            )
            return f"“{name}”" if name else "a removed record"
        if isinstance(value, str):
            return _date_text(value)
        return str(value)


def _date_text(value: str) -> str:
    """ISO dates and times from the journal in the user's terms; other text quoted."""
    try:
        if len(value) == 10:
            return date.fromisoformat(value).strftime("%d %b %Y")
        if len(value) > 18 and value[4] == "-" and "T" in value:
            moment = datetime.fromisoformat(value)
            return moment.astimezone().strftime("%d %b %Y %H:%M")
    except ValueError:
        pass
    short = " ".join(value.split())
    return f"“{short[:80]}{'…' if len(short) > 80 else ''}”"
