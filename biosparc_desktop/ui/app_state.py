"""What every window and view shares: the services, change notices, undo and redo.

Passed to widgets in their constructors; there is no global.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from typing import TypeVar

from PySide6.QtCore import QObject, QSettings, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from biosparc_desktop.errors import BiosparcError
from biosparc_desktop.services.registry import Services
from biosparc_desktop.ui.i18n import error_text
from biosparc_desktop.ui.workers import Job, Progress

T = TypeVar("T")
log = logging.getLogger(__name__)

UNDO_LIMIT = 100
# Undoing a batch with more journal entries than this (an import) runs off the GUI
# thread behind a progress dialog; smaller ones are quicker done at once.
BACKGROUND_ENTRIES = 2000


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
        # Batches being written by an undo or redo: not new steps for the undo list.
        self._replays: set[str] = set()
        self.replay_job: Job | None = None
        self.background_entries = BACKGROUND_ENTRIES
        services.context.on_commit.append(self._committed)

    # -- undo / redo over the change journal -------------------------------
    def _committed(self, batch_id: str, label: str) -> None:
        # (On the worker's thread for a background undo: the signals arrive queued.)
        if batch_id not in self._replays and not label.startswith(("Add staff member",)):
            self._undo.append(UndoEntry(batch_id, label))
            del self._undo[:-UNDO_LIMIT]
            self._redo.clear()
        self.undo_changed.emit()
        self.data_changed.emit(label)

    def clear_history(self) -> None:
        """Forget the undo and redo steps so far (start-up housekeeping is not the user's)."""
        self._undo.clear()
        self._redo.clear()
        self.undo_changed.emit()

    def undo_batch(self) -> str | None:
        """The batch the next Undo takes back (None when there is nothing to undo)."""
        return self._undo[-1].batch_id if self._undo and self.replay_job is None else None

    def undo_label(self) -> str | None:
        return self._undo[-1].label if self._undo and self.replay_job is None else None

    def redo_label(self) -> str | None:
        return self._redo[-1].label if self._redo and self.replay_job is None else None

    def undo(self) -> bool:
        """Undo the last action now, on this thread; False when there is none."""
        return self._replay_now(redo=False)

    def redo(self) -> bool:
        return self._replay_now(redo=True)

    def run_undo(
        self, parent: QWidget | None, on_done: Callable[[], None] | None = None
    ) -> Job | None:
        """Undo as the user asked for it: a small action at once, a large one off the
        GUI thread behind a progress dialog (its job is returned). A failure is shown
        in words; ``on_done`` is called once the action has been undone."""
        return self._run(parent, redo=False, on_done=on_done)

    def run_redo(
        self, parent: QWidget | None, on_done: Callable[[], None] | None = None
    ) -> Job | None:
        return self._run(parent, redo=True, on_done=on_done)

    def _stacks(self, redo: bool) -> tuple[list[UndoEntry], list[UndoEntry]]:
        """(where the step is taken from, where its reverse goes)."""
        return (self._redo, self._undo) if redo else (self._undo, self._redo)

    def _replay_now(self, *, redo: bool) -> bool:
        source, target = self._stacks(redo)
        if not source or self.replay_job is not None:
            return False
        entry = source.pop()
        try:
            new_batch = self._replay(entry, redo=redo)
        except BiosparcError:
            source.append(entry)
            raise
        target.append(UndoEntry(new_batch, entry.label))
        self.undo_changed.emit()
        return True

    def _replay(self, entry: UndoEntry, *, redo: bool, progress: Progress | None = None) -> str:
        label = entry.label if redo else f"Undo {entry.label}"
        new_batch = str(uuid.uuid4())
        self._replays.add(new_batch)
        try:
            return self.services.journal.revert(
                entry.batch_id,
                label,
                new_batch_id=new_batch,
                progress=progress.report if progress is not None else None,
            )
        finally:
            self._replays.discard(new_batch)

    def _run(
        self, parent: QWidget | None, *, redo: bool, on_done: Callable[[], None] | None
    ) -> Job | None:
        source, target = self._stacks(redo)
        if not source or self.replay_job is not None:
            return None
        entry = source[-1]
        journal = self.services.journal
        size = self.attempt(parent, lambda: journal.batch_size(entry.batch_id))
        if size is None:
            return None
        if size < self.background_entries:
            if self.attempt(parent, lambda: self._replay_now(redo=redo)) and on_done:
                on_done()
            return None
        from biosparc_desktop.ui.dialogs.undo_progress import UndoProgressDialog

        source.pop()
        job = Job(lambda progress: self._replay(entry, redo=redo, progress=progress), self)

        def succeeded(new_batch: object) -> None:
            target.append(UndoEntry(str(new_batch), entry.label))
            if on_done is not None:
                on_done()

        def failed(message: str) -> None:
            source.append(entry)
            show_error(parent, message)

        def finished() -> None:
            self.replay_job = None
            job.deleteLater()
            self.undo_changed.emit()

        job.succeeded.connect(succeeded)
        job.failed.connect(failed)
        job.cancelled.connect(lambda: source.append(entry))
        job.finished.connect(finished)
        self.replay_job = job
        self.undo_changed.emit()  # Undo and Redo wait until this one is done
        UndoProgressDialog(parent, label=entry.label, redo=redo, job=job).show()
        job.start()
        return job

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
