"""Progress of a large undo or redo (an import of thousands of contacts) running off the GUI thread.

Cancel stops it between chunks; the undo is one transaction, so nothing changes then.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QProgressDialog, QWidget

from biosparc_desktop.ui.i18n import action_text, translate
from biosparc_desktop.ui.workers import Job


class UndoProgressDialog(QProgressDialog):
    """Follows ``job`` and closes when it ends; Cancel cancels it."""

    def __init__(self, parent: QWidget | None, *, label: str, redo: bool, job: Job) -> None:
        super().__init__(parent)
        self.setObjectName("undo_progress")
        self.setWindowTitle(
            translate("UndoProgress", "Redo") if redo else translate("UndoProgress", "Undo")
        )
        text = (
            translate("UndoProgress", "Redoing “{action}”…")
            if redo
            else translate("UndoProgress", "Undoing “{action}”…")
        )
        self.setLabelText(text.format(action=action_text(label)))
        self.setCancelButtonText(translate("UndoProgress", "Cancel"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setAutoClose(False)
        self.setAutoReset(False)
        self.setMinimumDuration(0)
        self.setRange(0, 0)  # busy until the first report
        self._job = job
        self._applied = False
        job.progressed.connect(self._progressed)
        job.finished.connect(self._finished)
        self.canceled.connect(self._cancel)

    def _progressed(self, done: int, total: int, _message: str) -> None:
        if total > 0:
            self.setRange(0, total)
            self.setValue(min(done, total))
            if done >= total and not self._applied:
                # Every row is done and the action is being saved: too late to cancel.
                self._applied = True
                self.setCancelButton(None)

    def _cancel(self) -> None:
        if self._applied or not self._job.cancel():
            self.show()  # too late: every row is done and the undo is being saved
            return
        self.setLabelText(translate("UndoProgress", "Cancelling… nothing will be changed."))
        self.show()  # until the work has stopped and rolled back

    def _finished(self) -> None:
        self.hide()
        self.deleteLater()
