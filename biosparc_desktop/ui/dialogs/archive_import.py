"""File → Import archive…: a .zip written by Export → Everything, of this or another database.

Into an empty database it restores everything; into one with data it merges by public
id. An archive from another database holds its own copies of the same partners and
people: they are offered straight away in the duplicates review, one pair at a time.
The import runs off the GUI thread and is one action that Edit → Undo takes back.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QStandardPaths, Qt, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressDialog, QWidget

from biosparc_desktop.exporters import ArchiveImport, import_archive
from biosparc_desktop.ui.app_state import AppState, show_error
from biosparc_desktop.ui.i18n import translate
from biosparc_desktop.ui.workers import Job, Progress


def summary_text(file: str, result: ArchiveImport) -> str:
    """What the import did, and whether copies are waiting in the duplicates review."""
    summary = result.summary
    added = summary.records_added
    text = (
        translate(
            "ArchiveImport",
            "Imported {file}: 1 record added, {updated} updated, {kept} already up to date.",
        )
        if added == 1
        else translate(
            "ArchiveImport",
            "Imported {file}: {added} records added, {updated} updated, {kept} already up to date.",
        )
    ).format(
        file=file,
        added=f"{added:,}",
        updated=f"{sum(summary.updated.values()):,}",
        kept=f"{sum(summary.kept.values()):,}",
    )
    count = len(result.duplicates)
    if count == 1:
        text += translate(
            "ArchiveImport", " 1 record looks like a copy of one already here: review it now."
        )
    elif count:
        text += translate(
            "ArchiveImport",
            " {count} records look like copies of ones already here: review them now.",
        ).format(count=f"{count:,}")
    return text


class ArchiveImporter(QObject):
    """Chooses an archive, imports it with progress, then offers the copies for merging."""

    finished = Signal(object)  # the ArchiveImport, or None when it failed or was cancelled

    def __init__(self, state: AppState, parent: QWidget) -> None:
        super().__init__(parent)
        self.state = state
        self._parent = parent
        self.job: Job | None = None
        self.result: ArchiveImport | None = None
        self.message: QMessageBox | None = None

    def choose(self) -> None:
        start = self.state.settings.value("archive/folder") or QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation
        )
        chosen, _filter = QFileDialog.getOpenFileName(
            self._parent,
            translate("ArchiveImport", "Import an archive"),
            str(start),
            translate("ArchiveImport", "Biosparc archives (*.zip);;All files (*)"),
        )
        if chosen:
            self.start(Path(chosen))

    def start(self, path: Path) -> None:
        services = self.state.services

        def work(progress: Progress) -> ArchiveImport:
            return import_archive(services, path, progress.report)

        busy = QProgressDialog(
            translate("ArchiveImport", "Importing {file}…").format(file=path.name),
            "",
            0,
            0,
            self._parent,
        )
        busy.setObjectName("archive_import_progress")
        busy.setCancelButton(None)  # one transaction: it finishes or changes nothing
        busy.setWindowModality(Qt.WindowModality.WindowModal)
        busy.setMinimumDuration(0)
        busy.show()
        job = Job(work, self)
        job.progressed.connect(lambda done, total, _m: _advance(busy, done, total))
        job.succeeded.connect(lambda result: self._imported(path, result))
        job.failed.connect(lambda message: self._failed(message))
        job.finished.connect(busy.deleteLater)
        self.job = job
        job.start()

    def _imported(self, path: Path, result: ArchiveImport) -> None:
        self.job, self.result = None, result
        self.state.settings.setValue("archive/folder", str(path.parent))
        self.message = QMessageBox(
            QMessageBox.Icon.Information,
            translate("ArchiveImport", "Import archive"),
            summary_text(path.name, result),
            QMessageBox.StandardButton.Ok,
            self._parent,
        )
        self.message.setObjectName("archive_import_summary")
        if result.duplicates:
            self.message.finished.connect(lambda _code: self._review(result))
        self.message.open()
        self.finished.emit(result)

    def _review(self, result: ArchiveImport) -> None:
        from biosparc_desktop.ui.dialogs.duplicates_dialog import DuplicatesDialog

        DuplicatesDialog(self.state, self._parent, since=result.before).open()

    def _failed(self, message: str) -> None:
        self.job = None
        show_error(self._parent, message)
        self.finished.emit(None)


def _advance(busy: QProgressDialog, done: int, total: int) -> None:
    if total > 0:
        busy.setRange(0, total)
        busy.setValue(min(done, total))
