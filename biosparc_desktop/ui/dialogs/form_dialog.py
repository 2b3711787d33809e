"""Editing dialogs that validate as the user types.

Each field has its message right below it; OK stays disabled until the form is
valid; Cancel saves nothing; closing with unsaved changes asks first.

The keyboard comes first: the dialog opens with the cursor in its first field
and OK and Cancel last in the Tab order; Enter saves a valid form (and on an
invalid one shows every message instead); Esc cancels. A field's message speaks
only once the field has been left (or Save tried), never on an empty new form,
and a fixed mistake clears at once.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QCloseEvent, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
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
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setDefault(True)
        self.buttons.accepted.connect(self._save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.general_error)
        layout.addWidget(self.buttons)
        self.dirty = False
        self.saved: Any = None
        # Field widget → its key; the keys whose message may speak (the field was left).
        self._fields: dict[QWidget, str] = {}
        self._touched: set[str] = set()
        self._save_tried = False
        self._shown_once = False
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._focus_moved)
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
        if isinstance(widget, QPlainTextEdit):
            widget.setTabChangesFocus(True)  # Tab moves on, as in every other field
        # Qt's date editors take Tab to step from year to month to day to hour; in a
        # form Tab goes to the next field (typing a whole part steps on by itself).
        dates: list[QDateTimeEdit] = [widget] if isinstance(widget, QDateTimeEdit) else []
        for date_edit in [*dates, *widget.findChildren(QDateTimeEdit)]:
            date_edit.installEventFilter(self)
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
        # The label's Alt letter goes to the field itself: the box holding the field and
        # its message takes no keyboard, so a buddy on it would do nothing.
        label_widget = self.form.labelForField(box)
        if isinstance(label_widget, QLabel):
            label_widget.setBuddy(_focus_target(widget) or widget)
        self.errors[key] = error
        self._fields[widget] = key
        self._watch(widget, key)
        return widget

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            isinstance(watched, QDateTimeEdit)
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab)
            and not event.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):
            forward = event.key() == Qt.Key.Key_Tab and not (
                event.modifiers() & Qt.KeyboardModifier.ShiftModifier
            )
            self.focusNextPrevChild(forward)
            return True
        return super().eventFilter(watched, event)

    def _watch(self, widget: QWidget, key: str) -> None:
        def changed(*_args: object) -> None:
            self.dirty = True
            # A change made without typing in the field (a calendar pick, a tick, a
            # value set for the user) is a finished edit: its message may speak now.
            if not _has_focus_within(widget):
                self._touched.add(key)
            self._revalidate.start()

        if isinstance(widget, (QLineEdit, QPlainTextEdit)):
            widget.textChanged.connect(changed)
        elif isinstance(widget, QComboBox):
            widget.currentIndexChanged.connect(changed)
            if widget.isEditable():
                widget.editTextChanged.connect(changed)
        elif isinstance(widget, QDateTimeEdit):
            widget.dateTimeChanged.connect(changed)
        elif isinstance(widget, QSpinBox):
            widget.valueChanged.connect(changed)
        elif isinstance(widget, QCheckBox):
            widget.toggled.connect(changed)
        elif isinstance(widget, QListWidget):
            widget.itemChanged.connect(changed)
        # Compound fields (an optional date: a tick box and a date editor) are
        # watched through their parts, so no way of editing one is missed.
        for child in widget.findChildren(QLineEdit):
            if child is not widget:
                child.textChanged.connect(changed)
        for date_edit in widget.findChildren(QDateTimeEdit):
            date_edit.dateTimeChanged.connect(changed)
        for box in widget.findChildren(QCheckBox):
            box.toggled.connect(changed)

    def _focus_moved(self, old: QWidget | None, new: QWidget | None) -> None:
        """Leaving a field lets its message speak."""
        key = self._field_of(old)
        if key is not None and key != self._field_of(new):
            self._touched.add(key)
            self._revalidate.start()

    def _field_of(self, widget: QWidget | None) -> str | None:
        while widget is not None and widget is not self:
            key = self._fields.get(widget)
            if key is not None:
                return key
            widget = widget.parentWidget()
        return None

    def first_field(self) -> QWidget | None:
        """Where the cursor starts: the first field that takes the keyboard."""
        for widget in self._fields:
            target = _focus_target(widget)
            if target is not None:
                return target
        return None

    def _style_error(self, label: QLabel) -> None:
        label.setStyleSheet(f"color: {theme.warning_color().name()};")

    # -- validation and saving ---------------------------------------------
    def validate(self) -> bool:
        try:
            found = {key: _message(problem) for key, problem in self.problems().items()}
        except BiosparcError as exc:
            found = {exc.field or "": error_text(exc)}
        for key, label in self.errors.items():
            message = found.get(key, "") if self._speaks(key) else ""
            label.setText(message)
            label.setVisible(bool(message))
        stray = [m for k, m in found.items() if k not in self.errors]
        if not (self._save_tried or self._touched):
            stray = []
        self.general_error.setText(" ".join(stray))
        self.general_error.setVisible(bool(stray))
        self.ok_button.setEnabled(not found)
        return not found

    def _speaks(self, key: str) -> bool:
        return self._save_tried or key in self._touched

    def show_all_problems(self) -> bool:
        """Save was tried: every message speaks, and the cursor goes to the first one."""
        self._save_tried = True
        valid = self.validate()
        if not valid:
            for widget, key in self._fields.items():
                if self.errors[key].isVisible():
                    target = _focus_target(widget)
                    if target is not None:
                        target.setFocus(Qt.FocusReason.OtherFocusReason)
                    break
        return valid

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Enter saves a valid form; on an invalid one it says what is missing. Ctrl+Enter
        # does the same from a summary or notes box, where Enter starts a new line.
        extra = event.modifiers() & ~(
            Qt.KeyboardModifier.KeypadModifier | Qt.KeyboardModifier.ControlModifier
        )
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not extra:
            if self.show_all_problems():
                self._save()
            event.accept()
            return
        super().keyPressEvent(event)

    def _save(self) -> None:
        if not self.show_all_problems():
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
        if not self._shown_once:
            self._shown_once = True
            self._keyboard_order()
        self.validate()

    def _keyboard_order(self) -> None:
        """The cursor in the first field; OK and Cancel last in the Tab order (the
        button box was made before the fields, so Qt would start on it)."""
        chain = [w for w in self._focus_chain() if not self.buttons.isAncestorOf(w)]
        last = chain[-1] if chain else None
        for button in self.buttons.buttons():
            if last is not None:
                QWidget.setTabOrder(last, button)
            last = button
        first = self.first_field()
        if first is not None:
            first.setFocus(Qt.FocusReason.TabFocusReason)

    def _focus_chain(self) -> list[QWidget]:
        found: list[QWidget] = []
        widget = self.nextInFocusChain()
        while widget is not None and widget is not self and len(found) < 500:
            if self.isAncestorOf(widget) and widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
                found.append(widget)
            widget = widget.nextInFocusChain()
        return found

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


def _has_focus_within(widget: QWidget) -> bool:
    focused = QApplication.focusWidget()
    return focused is not None and (focused is widget or widget.isAncestorOf(focused))


def _focus_target(widget: QWidget) -> QWidget | None:
    """``widget`` or its first part that takes the keyboard (a compound field)."""
    if not widget.isEnabled() or widget.isHidden():
        return None
    if widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
        return widget
    for child in widget.findChildren(QWidget):
        if (
            child.isEnabled()
            and not child.isHidden()
            and child.focusPolicy() & Qt.FocusPolicy.TabFocus
        ):
            return child
    return None


def _message(problem: str | BiosparcError) -> str:
    """A problem from :meth:`FormDialog.problems` in the interface language."""
    if isinstance(problem, BiosparcError):
        return error_text(problem)
    return translate("errors", problem)


def lines(text: str) -> tuple[str, ...]:
    """Several values typed one per line or separated by commas or semicolons."""
    parts = text.replace(";", "\n").replace(",", "\n").splitlines()
    return tuple(p.strip() for p in parts if p.strip())
