"""Small input widgets shared by the dialogs."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date
from enum import Enum
from typing import Any, TypeVar

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QWidget,
)

from biosparc_desktop.ui.i18n import label as enum_label

E = TypeVar("E", bound=Enum)


def enum_combo(members: Iterable[Any], current: Any = None) -> QComboBox:
    box = QComboBox()
    for member in members:
        box.addItem(enum_label(member), member)
    if current is not None:
        box.setCurrentIndex(max(0, box.findData(current)))
    return box


def choice_combo(
    choices: Sequence[tuple[str, Any]], current: Any = None, *, editable: bool = False
) -> QComboBox:
    box = QComboBox()
    box.setEditable(editable)
    for text, value in choices:
        box.addItem(text, value)
    if current is not None:
        index = box.findData(current)
        if index >= 0:
            box.setCurrentIndex(index)
        elif editable:
            box.setEditText(str(current))
    return box


def combo_text(box: QComboBox) -> str | None:
    text = box.currentText().strip()
    return text or None


class OptionalDate(QWidget):
    """A date that may be left empty: a checkbox switches the date editor on."""

    def __init__(self, value: date | None = None, *, default: date | None = None) -> None:
        super().__init__()
        self.enabled = QCheckBox()
        self.editor = QDateEdit()
        self.editor.setCalendarPopup(True)
        self.editor.setDisplayFormat("yyyy-MM-dd")
        start = value or default or date.today()
        self.editor.setDate(QDate(start.year, start.month, start.day))
        self.enabled.setChecked(value is not None)
        self.editor.setEnabled(value is not None)
        self.enabled.toggled.connect(self.editor.setEnabled)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.enabled)
        row.addWidget(self.editor, 1)
        self.dateChanged = self.editor.dateChanged
        self.toggled = self.enabled.toggled

    def value(self) -> date | None:
        if not self.enabled.isChecked():
            return None
        q = self.editor.date()
        return date(q.year(), q.month(), q.day())

    def set_value(self, value: date | None) -> None:
        self.enabled.setChecked(value is not None)
        if value is not None:
            self.editor.setDate(QDate(value.year, value.month, value.day))


class CheckList(QListWidget):
    """Pick several records: (id, label) items with check boxes."""

    def __init__(self, items: Sequence[tuple[str, str]], checked: Iterable[str] = ()) -> None:
        super().__init__()
        wanted = set(checked)
        for key, label in items:
            self.add_item(key, label, key in wanted)
        self.setMaximumHeight(140)

    def add_item(self, key: str, label: str, checked: bool = False) -> None:
        item = QListWidgetItem(label)
        item.setData(Qt.ItemDataRole.UserRole, key)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        self.addItem(item)

    def checked(self) -> tuple[str, ...]:
        result = []
        for i in range(self.count()):
            item = self.item(i)
            if item.checkState() == Qt.CheckState.Checked:
                result.append(str(item.data(Qt.ItemDataRole.UserRole)))
        return tuple(result)

    def set_checked(self, key: str, checked: bool = True) -> None:
        for i in range(self.count()):
            item = self.item(i)
            if item.data(Qt.ItemDataRole.UserRole) == key:
                item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
