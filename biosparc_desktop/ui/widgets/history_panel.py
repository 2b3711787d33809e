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
from biosparc_desktop.ui.formatting import fmt_date
from biosparc_desktop.ui.i18n import action_text, label, translate
from biosparc_desktop.ui.widgets.record_list import RecordList


def headers() -> tuple[str, ...]:
    return (
        translate("HistoryPanel", "When"),
        translate("HistoryPanel", "Who"),
        translate("HistoryPanel", "Action"),
        translate("HistoryPanel", "Field"),
        translate("HistoryPanel", "Change"),
    )


_WIDEST = (140, 140, 280, 140)

# Columns the services derive from others: shown changing with them, never restored alone.
_DERIVED = {"sort_name", "pinyin", "renewal_notice_on", "deleted_at"}


def _field_labels() -> dict[str, str]:
    """Every column of the journaled records, in the user's words."""
    return {
        "name": translate("HistoryPanel", "Name"),
        "name_zh": translate("HistoryPanel", "Chinese name"),
        "short_name": translate("HistoryPanel", "Short name"),
        "given_name": translate("HistoryPanel", "Given name"),
        "family_name": translate("HistoryPanel", "Family name"),
        "name_order": translate("HistoryPanel", "Name order"),
        "title": translate("HistoryPanel", "Title"),
        "kind": translate("HistoryPanel", "Kind"),
        "stage": translate("HistoryPanel", "Stage"),
        "status": translate("HistoryPanel", "Status"),
        "priority": translate("HistoryPanel", "Priority"),
        "city": translate("HistoryPanel", "City"),
        "country": translate("HistoryPanel", "Country"),
        "website": translate("HistoryPanel", "Website"),
        "timezone": translate("HistoryPanel", "Time zone"),
        "description": translate("HistoryPanel", "Description"),
        "notes": translate("HistoryPanel", "Notes"),
        "summary": translate("HistoryPanel", "Summary"),
        "outcome": translate("HistoryPanel", "Outcome"),
        "venue": translate("HistoryPanel", "Venue"),
        "key_terms": translate("HistoryPanel", "Key terms"),
        "currency": translate("HistoryPanel", "Currency"),
        "value_minor": translate("HistoryPanel", "Value (in minor units)"),
        "signed_on": translate("HistoryPanel", "Signed on"),
        "effective_on": translate("HistoryPanel", "Effective on"),
        "expires_on": translate("HistoryPanel", "Expires on"),
        "held_on": translate("HistoryPanel", "Held on"),
        "occurred_at": translate("HistoryPanel", "Occurred at"),
        "due_on": translate("HistoryPanel", "Due on"),
        "completed_at": translate("HistoryPanel", "Completed at"),
        "created_at": translate("HistoryPanel", "Created at"),
        "updated_at": translate("HistoryPanel", "Updated at"),
        "parent_id": translate("HistoryPanel", "Part of"),
        "owner_id": translate("HistoryPanel", "Owner"),
        "assignee_id": translate("HistoryPanel", "Assignee"),
        "organisation_id": translate("HistoryPanel", "Organisation"),
        "contact_id": translate("HistoryPanel", "Contact"),
        "agreement_id": translate("HistoryPanel", "Agreement"),
        "interaction_id": translate("HistoryPanel", "Interaction"),
        "event_id": translate("HistoryPanel", "Event"),
        "cooperation_item_id": translate("HistoryPanel", "Cooperation item"),
        "deleted_at": translate("HistoryPanel", "Trash"),
        "preferred_language": translate("HistoryPanel", "Language"),
        "renewal_notice_days": translate("HistoryPanel", "Renewal notice (days)"),
        "renewal_notice_on": translate("HistoryPanel", "Renewal notice on"),
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


def _action_names() -> dict[str, str]:
    return {
        "insert": translate("HistoryPanel", "Created"),
        "delete": translate("HistoryPanel", "Removed for good"),
    }


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
                translate(
                    "HistoryPanel", "{field} set back to {value}. Press Ctrl+Z to undo."
                ).format(field=self._field(field), value=self._value(field, change.old_value))
            )
            self.refresh()

    def _update_button(self) -> None:
        self.restore_button.setEnabled(self.can_restore(self.selected_change()))

    # -- words for the cells ------------------------------------------------------
    def _cells(self, change: Change) -> tuple[str, str, str, str, str]:
        when = _moment_text(change.at.astimezone())
        who = change.staff or "—"
        action = action_text(change.batch_label)
        if change.action != "update" or change.field is None:
            return when, who, action, "", _action_names().get(change.action, change.action)
        if change.field == "deleted_at":
            moved = (
                translate("HistoryPanel", "Moved to the Trash")
                if change.new_value
                else translate("HistoryPanel", "Restored from the Trash")
            )
            return when, who, action, translate("HistoryPanel", "Trash"), moved
        old = self._value(change.field, change.old_value)
        new = self._value(change.field, change.new_value)
        return when, who, action, self._field(change.field), f"{old} → {new}"

    def _field(self, field: str) -> str:
        return _field_labels().get(field, field.replace("_", " ").capitalize())

    def _value(self, field: str, value: Any) -> str:
        if value is None or value == "":
            return translate("HistoryPanel", "(empty)")
        if isinstance(value, bool):
            return translate("HistoryPanel", "Yes") if value else translate("HistoryPanel", "No")
        enum_class = _ENUMS.get((self.entity, field))
        if enum_class is not None:
            try:
                return label(enum_class(value))
            except ValueError:
                return str(value)
        if field.endswith("_id") and isinstance(value, int):
            name = self.state.attempt(
                self, lambda: self.state.services.trash.link_name(self.entity, field, value)
            )
            if not name:
                return translate("HistoryPanel", "a removed record")
            return translate("HistoryPanel", "“{name}”").format(name=name)
        if isinstance(value, str):
            return _date_text(value)
        return str(value)


def _date_text(value: str) -> str:
    """ISO dates and times from the journal in the user's terms; other text quoted."""
    try:
        if len(value) == 10:
            return fmt_date(date.fromisoformat(value))
        if len(value) > 18 and value[4] == "-" and "T" in value:
            return _moment_text(datetime.fromisoformat(value).astimezone())
    except ValueError:
        pass
    short = " ".join(value.split())
    return translate("HistoryPanel", "“{name}”").format(
        name=f"{short[:80]}{'…' if len(short) > 80 else ''}"
    )


def _moment_text(moment: datetime) -> str:
    """A local date and time: "27 Nov 2026 14:30", "2026/11/27 14:30"."""
    return f"{fmt_date(moment.date())} {moment.strftime('%H:%M')}"
