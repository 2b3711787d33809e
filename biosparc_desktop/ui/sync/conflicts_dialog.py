"""Review conflicts: per field, both values side by side with who and when; keep
mine, keep theirs, or type the value to keep. Each choice is an ordinary change
that syncs to the team."""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from biosparc_desktop.errors import BiosparcError
from biosparc_desktop.sync.conflicts import ConflictRow, ConflictService
from biosparc_desktop.ui.formatting import fmt_moment
from biosparc_desktop.ui.i18n import error_text, translate
from biosparc_desktop.ui.widgets.history_words import field_labels

COL_RECORD, COL_FIELD, COL_MINE, COL_THEIRS = range(4)


def _headers() -> tuple[str, ...]:
    return (
        translate("ConflictsDialog", "Record"),
        translate("ConflictsDialog", "Field"),
        translate("ConflictsDialog", "Not applied (mine)"),
        translate("ConflictsDialog", "Kept (theirs)"),
    )


def _value(value: Any) -> str:
    if value is None:
        return translate("ConflictsDialog", "(empty)")
    if isinstance(value, dict):  # a whole record: the words that name it
        words = [str(value[k]) for k in _NAMING if value.get(k)]
        if words:
            return " ".join(words)
    return value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)


_NAMING = ("name", "given_name", "family_name", "name_zh", "title", "summary", "label")


def _side(value: Any, who: str | None, when: Any) -> str:
    by = who or translate("ConflictsDialog", "someone")
    return f"{_value(value)}\n{by}, {fmt_moment(when)}" if when else f"{_value(value)}\n{by}"


def _field(name: str | None) -> str:
    """The field in the user's words (as the history shows it)."""
    if name is None:
        return "—"
    return field_labels().get(name, name.replace("_", " "))


def _why(row: ConflictRow) -> str:
    if row.kind == "deleted":
        return translate(
            "ConflictsDialog", "Edited while it was moved to the Trash; keeping mine restores it."
        )
    if row.kind == "gone" and row.field is None:
        return translate(
            "ConflictsDialog",
            "Added here, but it (or what it belongs to) was removed for good on another"
            " laptop; keeping mine adds it again.",
        )
    if row.kind == "gone":
        return translate("ConflictsDialog", "The record was removed for good on another laptop.")
    if row.kind == "orphan":
        return translate(
            "ConflictsDialog", "Added to a record that is in the Trash; keeping mine restores it."
        )
    return translate("ConflictsDialog", "Changed on two laptops before they synced.")


class ConflictsDialog(QDialog):
    def __init__(self, service: ConflictService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("conflicts_dialog")
        self.setWindowTitle(translate("ConflictsDialog", "Review conflicts"))
        self.resize(900, 420)
        self._service = service
        self._rows: list[ConflictRow] = []

        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.table = QTableWidget(0, len(_headers()))
        self.table.setHorizontalHeaderLabels(list(_headers()))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setWordWrap(True)
        self.table.itemSelectionChanged.connect(self._selection_changed)

        self.why = QLabel()
        self.why.setWordWrap(True)
        self.keep_mine = QPushButton(translate("ConflictsDialog", "Keep &mine"))
        self.keep_theirs = QPushButton(translate("ConflictsDialog", "Keep &theirs"))
        self.edit = QPushButton(translate("ConflictsDialog", "&Edit…"))
        self.keep_mine.clicked.connect(lambda: self._resolve("mine"))
        self.keep_theirs.clicked.connect(lambda: self._resolve("theirs"))
        self.edit.clicked.connect(self._edit)
        buttons = QHBoxLayout()
        for button in (self.keep_mine, self.keep_theirs, self.edit):
            buttons.addWidget(button)
        buttons.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        buttons.addWidget(close)

        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.why)
        layout.addLayout(buttons)
        self.reload()

    def reload(self, select: int = 0) -> None:
        self._rows = self._service.open_conflicts()
        self.table.setRowCount(len(self._rows))
        for index, row in enumerate(self._rows):
            cells = (
                row.record_title or translate("ConflictsDialog", "(removed record)"),
                _field(row.field),
                _side(row.mine, row.who, row.when),
                _side(row.theirs, row.kept_by, row.kept_at),
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.table.setItem(index, column, item)
        self.table.resizeRowsToContents()
        if self._rows:
            self.intro.setText(
                translate(
                    "ConflictsDialog",
                    "These changes were not applied as typed. Everyone has the kept value; "
                    "choose what to keep, and your choice goes to the team at the next sync.",
                )
            )
            self.table.selectRow(min(select, len(self._rows) - 1))
            self.table.setFocus()
        else:
            self.intro.setText(translate("ConflictsDialog", "No conflicts to review."))
        self._selection_changed()

    def _current(self) -> ConflictRow | None:
        index = self.table.currentRow()
        return self._rows[index] if 0 <= index < len(self._rows) else None

    def _selection_changed(self) -> None:
        row = self._current()
        for button in (self.keep_mine, self.keep_theirs, self.edit):
            button.setEnabled(row is not None)
        if row is not None:
            self.edit.setEnabled(row.field is not None and row.kind in ("field", "deleted"))
            self.keep_mine.setEnabled(row.kind != "gone" or row.field is None)
            # "Mine" is the value not applied, whoever reviews it: the tooltips say whose.
            someone = translate("ConflictsDialog", "someone")
            self.keep_mine.setToolTip(
                translate("ConflictsDialog", "Use the value not applied, by {who}").format(
                    who=row.who or someone
                )
            )
            self.keep_theirs.setToolTip(
                translate("ConflictsDialog", "Keep the value everyone has, by {who}").format(
                    who=row.kept_by or someone
                )
            )
        self.why.setText(_why(row) if row is not None else "")

    def _resolve(self, keep: str, value: str | None = None) -> None:
        row = self._current()
        if row is None:
            return
        index = self.table.currentRow()
        try:
            self._service.resolve(row.id, keep, value=value)
        except BiosparcError as exc:
            QMessageBox.warning(self, self.windowTitle(), error_text(exc))
            return
        self.reload(select=index)

    def _edit(self) -> None:
        row = self._current()
        if row is None:
            return
        text, ok = QInputDialog.getText(
            self,
            translate("ConflictsDialog", "Edit the value"),
            translate("ConflictsDialog", "The value to keep for {field}:").format(
                field=_field(row.field)
            ),
            text=_value(row.mine) if row.mine is not None else "",
        )
        if ok:
            self._resolve("edited", text)
