"""Asking for the day something happened (signed, in force), today pre-filled."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDateEdit, QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget


class DatePrompt(QDialog):
    def __init__(self, parent: QWidget | None, title: str, text: str, default: date) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.editor = QDateEdit(QDate(default.year, default.month, default.day))
        self.editor.setObjectName("date_prompt_editor")
        self.editor.setCalendarPopup(True)
        self.editor.setDisplayFormat("yyyy-MM-dd")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        prompt = QLabel(text)
        prompt.setWordWrap(True)
        prompt.setBuddy(self.editor)
        layout = QVBoxLayout(self)
        layout.addWidget(prompt)
        layout.addWidget(self.editor)
        layout.addWidget(buttons)
        self.editor.setFocus()  # Enter accepts the day shown, Esc cancels

    def value(self) -> date:
        q = self.editor.date()
        return date(q.year(), q.month(), q.day())


def ask_date(parent: QWidget | None, title: str, text: str, default: date) -> date | None:
    """The day the user names, or None when cancelled. Tests replace this."""
    dialog = DatePrompt(parent, title, text, default)
    return dialog.value() if dialog.exec() == QDialog.DialogCode.Accepted else None
