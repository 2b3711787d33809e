"""File → Export…: choose what (contacts, lists, calendar, everything) and where.

The file is written off the GUI thread, whole or not at all. The file name starts
from what is exported and today's date, in the folder used last or in Documents.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QStandardPaths
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from biosparc_desktop import exporters
from biosparc_desktop.exporters import ExportResult
from biosparc_desktop.services.registry import Services
from biosparc_desktop.ui import theme
from biosparc_desktop.ui.app_state import AppState
from biosparc_desktop.ui.i18n import translate
from biosparc_desktop.ui.widgets.saved_file import SavedFileButtons
from biosparc_desktop.ui.workers import Job, Progress


@dataclass(frozen=True)
class _Kind:
    key: str
    text: str
    stem: str
    suffix: str
    file_filter: str
    write: Callable[[Services, Path, Progress], ExportResult]


def kinds() -> tuple[_Kind, ...]:
    """What can be exported, in the interface language (file names stay English)."""
    csv = translate("ExportDialog", "CSV files (*.csv)")
    return (
        _Kind("contacts_vcard",
              translate("ExportDialog",
                        "Contacts as vCard, for Apple, Google and Outlook address books"),
              "contacts", ".vcf", translate("ExportDialog", "vCard files (*.vcf)"),
              lambda s, p, _progress: exporters.export_contacts(s, p, format="vcard")),
        _Kind("contacts_csv", translate("ExportDialog", "Contacts as CSV, for Excel"),
              "contacts", ".csv", csv,
              lambda s, p, _progress: exporters.export_contacts(s, p, format="csv")),
        _Kind("organisations", translate("ExportDialog", "Partner organisations as CSV"),
              "partners", ".csv", csv,
              lambda s, p, _progress: exporters.export_organisations_csv(s, p)),
        _Kind("agreements", translate("ExportDialog", "Agreements as CSV"), "agreements", ".csv",
              csv, lambda s, p, _progress: exporters.export_agreements_csv(s, p)),
        _Kind("tasks", translate("ExportDialog", "Follow-ups as CSV"), "follow-ups", ".csv",
              csv, lambda s, p, _progress: exporters.export_tasks_csv(s, p)),
        _Kind("calendar",
              translate("ExportDialog",
                        "Calendar: follow-ups, expiries, renewal notices, obligations and events"),
              "calendar", ".ics", translate("ExportDialog", "iCalendar files (*.ics)"),
              lambda s, p, _progress: exporters.export_calendar(s, p)),
        _Kind("archive",
              translate("ExportDialog", "Everything, with attached documents, as one archive"),
              "archive", ".zip", translate("ExportDialog", "Zip archives (*.zip)"),
              lambda s, p, progress: exporters.export_archive(s, p, progress.report)),
    )  # fmt: skip


def exported_text(key: str, result: ExportResult) -> str:
    """ "Exported 12 contacts to …" in the interface language, for the kind ``key`` exported."""
    one = result.count == 1
    if key in ("contacts_vcard", "contacts_csv"):
        text = (
            translate("ExportDialog", "Exported 1 contact to {path}.")
            if one
            else translate("ExportDialog", "Exported {count} contacts to {path}.")
        )
    elif key == "organisations":
        text = (
            translate("ExportDialog", "Exported 1 organisation to {path}.")
            if one
            else translate("ExportDialog", "Exported {count} organisations to {path}.")
        )
    elif key == "agreements":
        text = (
            translate("ExportDialog", "Exported 1 agreement to {path}.")
            if one
            else translate("ExportDialog", "Exported {count} agreements to {path}.")
        )
    elif key == "tasks":
        text = (
            translate("ExportDialog", "Exported 1 follow-up to {path}.")
            if one
            else translate("ExportDialog", "Exported {count} follow-ups to {path}.")
        )
    elif key == "calendar":
        text = (
            translate("ExportDialog", "Exported 1 calendar entry to {path}.")
            if one
            else translate("ExportDialog", "Exported {count} calendar entries to {path}.")
        )
    else:
        text = (
            translate("ExportDialog", "Exported 1 record to {path}.")
            if one
            else translate("ExportDialog", "Exported {count} records to {path}.")
        )
    return text.format(count=f"{result.count:,}", path=result.path)


class ExportDialog(QDialog):
    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("export_dialog")
        self.state = state
        self.setWindowTitle(translate("ExportDialog", "Export"))
        self.setMinimumWidth(600)
        self.job: Job | None = None
        self.saved: ExportResult | None = None
        self._close_when_done = False
        self.kinds = kinds()
        box = QGroupBox(translate("ExportDialog", "What"))
        column = QVBoxLayout(box)
        self.choices = QButtonGroup(self)
        self.radios: dict[str, QRadioButton] = {}
        for kind in self.kinds:
            radio = QRadioButton(kind.text)
            radio.setObjectName(f"export_{kind.key}")
            self.radios[kind.key] = radio
            self.choices.addButton(radio)
            column.addWidget(radio)
        self.radios["contacts_vcard"].setChecked(True)
        self.choices.buttonToggled.connect(self._kind_changed)
        self.path = QLineEdit()
        self.path.setObjectName("export_path")
        choose = QPushButton(translate("ExportDialog", "&Choose…"))
        choose.clicked.connect(self.choose_path)
        where = QHBoxLayout()
        where.addWidget(QLabel(translate("ExportDialog", "Save to")))
        where.addWidget(self.path, 1)
        where.addWidget(choose)
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.hide()
        self.status = QLabel()
        self.status.setObjectName("export_status")
        self.status.setWordWrap(True)
        self.saved_buttons = SavedFileButtons()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.export_button = self.buttons.addButton(
            translate("ExportDialog", "&Export"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.export_button.setObjectName("export_button")
        self.buttons.accepted.connect(self.export)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(box)
        layout.addLayout(where)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addWidget(self.saved_buttons)
        layout.addWidget(self.buttons)
        self._kind_changed()

    def kind(self) -> _Kind:
        for kind in self.kinds:
            if self.radios[kind.key].isChecked():
                return kind
        return self.kinds[0]

    def _folder(self) -> Path:
        """Where this kind of file went last time (else any export's folder, else Documents)."""
        for key in (f"export/folder/{self.kind().key}", "export/folder"):
            saved = self.state.settings.value(key)
            if isinstance(saved, str) and Path(saved).is_dir():
                return Path(saved)
        documents = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation
        )
        return Path(documents or Path.home())

    def _kind_changed(self, *_args: Any) -> None:
        kind = self.kind()
        current = self.path.text().strip()
        folder = (
            self._folder() if not current or self._folder_remembered() else Path(current).parent
        )
        today = self.state.services.context.today().isoformat()
        self.path.setText(str(folder / f"biosparc-{kind.stem}-{today}{kind.suffix}"))
        self.status.setText("")
        self.saved_buttons.hide()

    def _folder_remembered(self) -> bool:
        return isinstance(self.state.settings.value(f"export/folder/{self.kind().key}"), str)

    def choose_path(self) -> None:
        kind = self.kind()
        chosen, _filter = QFileDialog.getSaveFileName(
            self, translate("ExportDialog", "Export"), self.path.text(), kind.file_filter
        )
        if chosen:
            self.path.setText(chosen)

    def target(self) -> Path:
        path = Path(self.path.text().strip()).expanduser()
        suffix = self.kind().suffix
        return path if path.suffix.lower() == suffix else path.with_name(path.name + suffix)

    def export(self) -> None:
        if self.job is not None:
            return
        if not self.path.text().strip():
            self._show(translate("ExportDialog", "Choose where to save the file."), warning=True)
            return
        kind, services, target = self.kind(), self.state.services, self.target()

        def work(progress: Progress) -> ExportResult:
            return kind.write(services, target, progress)

        self.job = Job(work, self)
        self.job.succeeded.connect(lambda result: self._succeeded(kind.key, result))
        self.job.failed.connect(lambda message: self._show(message, warning=True))
        self.job.cancelled.connect(
            lambda: self._show(
                translate("ExportDialog", "Cancelled; nothing was written."), warning=False
            )
        )
        self.job.finished.connect(self._finished)
        self._set_running(True)
        self._show(translate("ExportDialog", "Exporting…"), warning=False)
        self.job.start()

    def _set_running(self, running: bool) -> None:
        self.progress.setVisible(running)
        self.export_button.setEnabled(not running)
        for radio in self.radios.values():
            radio.setEnabled(not running)
        self.path.setEnabled(not running)

    def _succeeded(self, key: str, result: Any) -> None:
        assert isinstance(result, ExportResult)
        self.saved = result
        self.state.settings.setValue("export/folder", str(result.path.parent))
        self.state.settings.setValue(f"export/folder/{key}", str(result.path.parent))
        self._show(exported_text(key, result), warning=False)
        self.saved_buttons.show_file(result.path)

    def _show(self, text: str, *, warning: bool) -> None:
        colour = theme.warning_color().name() if warning else theme.MUTED.name()
        self.status.setStyleSheet(f"color: {colour};")
        self.status.setText(text)

    def _finished(self) -> None:
        self.job = None
        self._set_running(False)
        if self._close_when_done:
            super().reject()

    def reject(self) -> None:
        """Close; during an export it asks the export to stop and closes when it has."""
        if self.job is not None:
            self._close_when_done = True
            self.job.cancel()
            self._show(translate("ExportDialog", "Stopping…"), warning=False)
            return
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.job is not None:
            self.reject()
            event.ignore()
            return
        super().closeEvent(event)
