"""What every window and view shares: the services, change notices, undo and redo.

Passed to widgets in their constructors; there is no global.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import TypeVar

from PySide6.QtCore import QObject, QSettings, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from biosparc_desktop.errors import BiosparcError
from biosparc_desktop.services.registry import Services
from biosparc_desktop.ui.i18n import error_text

T = TypeVar("T")
log = logging.getLogger(__name__)

UNDO_LIMIT = 100


@dataclass(frozen=True)
class UndoEntry:
    batch_id: str
    label: str


class AppState(QObject):
    """Services plus the app-wide signals views listen to."""

    # Emitted after every committed change (user action, undo, redo, import...).
    data_changed = Signal(str)
    undo_changed = Signal()

    def __init__(self, services: Services, settings: QSettings) -> None:
        super().__init__()
        self.services = services
        self.settings = settings
        self._undo: list[UndoEntry] = []
        self._redo: list[UndoEntry] = []
        self._replaying = False
        services.context.on_commit.append(self._committed)

    # -- undo / redo over the change journal -------------------------------
    def _committed(self, batch_id: str, label: str) -> None:
        if not self._replaying and not label.startswith(("Add staff member",)):
            self._undo.append(UndoEntry(batch_id, label))
            del self._undo[:-UNDO_LIMIT]
            self._redo.clear()
        self.undo_changed.emit()
        self.data_changed.emit(label)

    def undo_label(self) -> str | None:
        return self._undo[-1].label if self._undo else None

    def redo_label(self) -> str | None:
        return self._redo[-1].label if self._redo else None

    def undo(self) -> None:
        if not self._undo:
            return
        entry = self._undo.pop()
        try:
            new_batch = self._replay(entry.batch_id, f"Undo {entry.label}")
        except BiosparcError:
            self._undo.append(entry)
            raise
        self._redo.append(UndoEntry(new_batch, entry.label))
        self.undo_changed.emit()

    def redo(self) -> None:
        if not self._redo:
            return
        entry = self._redo.pop()
        try:
            new_batch = self._replay(entry.batch_id, entry.label)
        except BiosparcError:
            self._redo.append(entry)
            raise
        self._undo.append(UndoEntry(new_batch, entry.label))
        self.undo_changed.emit()

    def _replay(self, batch_id: str, label: str) -> str:
        self._replaying = True
        try:
            return self.services.journal.revert(batch_id, label)
        finally:
            self._replaying = False

    # -- running user actions ---------------------------------------------
    def attempt(self, parent: QWidget | None, action: Callable[[], T]) -> T | None:
        """Run an action; a domain error is shown in words and ``None`` returned."""
        try:
            return action()
        except BiosparcError as exc:
            show_error(parent, exc)
            return None


def show_error(
    parent: QWidget | None, message: str | BiosparcError, title: str = "Biosparc Desktop"
) -> None:
    """A domain error in words, in the interface language; a plain ``message`` is shown as given.

    (Tests replace QMessageBox.warning to read the message.)
    """
    text = error_text(message) if isinstance(message, BiosparcError) else message
    QMessageBox.warning(parent, title, text)
