"""Editing dialogs that validate as the user types.

Each field has its message right below it; OK stays disabled until the form is
valid; Cancel saves nothing; closing with unsaved changes asks first.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from PySide6.QtCore import QTimer
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from biosparc_desktop.errors import BiosparcError
from biosparc_desktop.ui import theme
from biosparc_desktop.ui.app_state import AppState
from biosparc_desktop.ui.i18n import error_text, translate

W = TypeVar("W", bound=QWidget)
# Field name → what is wrong with it: a domain error (the services' ``validate``), or a
# sentence (the dialog's own, already translated; or an English one from a service).
Problems = Mapping[str, str | BiosparcError]


class FormDialog(QDialog):
    """Subclasses add fields with :meth:`add_field` and implement the three hooks.

    ``title`` and field labels are shown as given: translate them first. Messages
    from :meth:`problems` (English sentences from the services, or domain errors)
    are translated here.
    """

    def __init__(self, state: AppState, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.setWindowTitle(title)
        self.setMinimumWidth(520)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.errors: dict[str, QLabel] = {}
        self.general_error = QLabel()
        self.general_error.setObjectName("error_general")
        self.general_error.setWordWrap(True)
        self._style_error(self.general_error)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self._save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.general_error)
        layout.addWidget(self.buttons)
        self.dirty = False
        self.saved: Any = None
        # Validation runs after the event that changed a field, never inside it.
        self._revalidate = QTimer(self, singleShot=True, interval=0)
        self._revalidate.timeout.connect(self.validate)

    @property
    def ok_button(self) -> QAbstractButton:
        button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        assert button is not None
        return button

    # -- hooks --------------------------------------------------------------
    def problems(self) -> Problems:
        """Field name → problem (a domain error or a sentence) with the current input."""
        raise NotImplementedError

    def save(self) -> Any:
        """Write through the service; raise a domain error to stay open."""
        raise NotImplementedError

    # -- building -----------------------------------------------------------
    def add_field(self, key: str, label: str, widget: W) -> W:
        widget.setObjectName(f"field_{key}")
        error = QLabel()
        error.setObjectName(f"error_{key}")
        error.setWordWrap(True)
        self._style_error(error)
        error.hide()
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(widget)
        column.addWidget(error)
        self.form.addRow(label, box)
        self.errors[key] = error
        self._watch(widget)
        return widget

    def _watch(self, widget: QWidget) -> None:
        def changed(*_args: object) -> None:
            self.dirty = True
            self._revalidate.start()

        if isinstance(widget, (QLineEdit, QPlainTextEdit)):
            widget.textChanged.connect(changed)
        elif isinstance(widget, QComboBox):
            widget.currentIndexChanged.connect(changed)
            if widget.isEditable():
                widget.editTextChanged.connect(changed)
        elif isinstance(widget, QDateEdit):
            widget.dateChanged.connect(changed)
        elif isinstance(widget, QSpinBox):
            widget.valueChanged.connect(changed)
        elif isinstance(widget, QCheckBox):
            widget.toggled.connect(changed)
        elif isinstance(widget, QListWidget):
            widget.itemChanged.connect(changed)
        for child in widget.findChildren(QLineEdit):
            if child is not widget:
                child.textChanged.connect(changed)

    def _style_error(self, label: QLabel) -> None:
        label.setStyleSheet(f"color: {theme.warning_color().name()};")

    # -- validation and saving ---------------------------------------------
    def validate(self) -> bool:
        try:
            found = {key: _message(problem) for key, problem in self.problems().items()}
        except BiosparcError as exc:
            found = {exc.field or "": error_text(exc)}
        for key, label in self.errors.items():
            message = found.get(key, "")
            label.setText(message)
            label.setVisible(bool(message))
        stray = [m for k, m in found.items() if k not in self.errors]
        self.general_error.setText(" ".join(stray))
        self.general_error.setVisible(bool(stray))
        self.ok_button.setEnabled(not found)
        return not found

    def _save(self) -> None:
        if not self.validate():
            return
        try:
            self.saved = self.save()
        except BiosparcError as exc:
            target = self.errors.get(exc.field or "")
            if target is not None:
                target.setText(error_text(exc))
                target.show()
            else:
                self.general_error.setText(error_text(exc))
                self.general_error.show()
            return
        self.dirty = False
        self.accept()

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        self.validate()

    def reject(self) -> None:
        if self.dirty and not self._confirm_discard():
            return
        self.dirty = False
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.dirty and not self._confirm_discard():
            event.ignore()
            return
        super().closeEvent(event)

    def _confirm_discard(self) -> bool:
        answer = QMessageBox.question(
            self,
            translate("FormDialog", "Discard changes?"),
            translate("FormDialog", "You have unsaved changes. Close without saving them?"),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Discard


def _message(problem: str | BiosparcError) -> str:
    """A problem from :meth:`FormDialog.problems` in the interface language."""
    if isinstance(problem, BiosparcError):
        return error_text(problem)
    return translate("errors", problem)


def lines(text: str) -> tuple[str, ...]:
    """Several values typed one per line or separated by commas or semicolons."""
    parts = text.replace(";", "\n").replace(",", "\n").splitlines()
    return tuple(p.strip() for p in parts if p.strip())
