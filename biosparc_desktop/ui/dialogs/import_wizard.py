"""File → Import contacts…: a wizard from the file to a summary of what was imported.

Choose the file; check the detected format and the column mapping (editable); see
every row with its problems; decide what to do with duplicates; import with
progress. Reading and importing run off the GUI thread. The import is one
transaction (Cancel or a failure saves nothing) and one action that Edit → Undo
takes back whole.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QStandardPaths, QTimer, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
    QWizard,
    QWizardPage,
)

from biosparc_desktop.importers import ParseResult
from biosparc_desktop.services.importing import DuplicateAction, ImportPreview, ImportSummary
from biosparc_desktop.ui.app_state import AppState
from biosparc_desktop.ui.dialogs.import_pages import ColumnsPage, ImportPage
from biosparc_desktop.ui.dialogs.import_report import report_text, summary_text
from biosparc_desktop.ui.dialogs.import_review_pages import DuplicatesPage, PreviewPage
from biosparc_desktop.ui.i18n import translate
from biosparc_desktop.ui.workers import Job, Progress


def formats() -> tuple[tuple[str, str], ...]:
    return (
        (translate("ImportWizard", "Detect automatically"), "auto"),
        (translate("ImportWizard", "Outlook (CSV)"), "outlook"),
        (translate("ImportWizard", "Google Contacts (CSV)"), "google"),
        (translate("ImportWizard", "LinkedIn connections (CSV)"), "linkedin"),
        (translate("ImportWizard", "Thunderbird address book (CSV)"), "thunderbird"),
        (translate("ImportWizard", "Other CSV with a header row"), "csv"),
        (translate("ImportWizard", "vCard (.vcf)"), "vcard"),
    )


def encodings() -> tuple[tuple[str, str | None], ...]:
    return (
        (translate("ImportWizard", "Detect automatically"), None),
        ("UTF-8", "utf-8"),
        (translate("ImportWizard", "Chinese (GB18030)"), "gb18030"),
        ("UTF-16", "utf-16"),
        (translate("ImportWizard", "Western (Windows-1252)"), "cp1252"),
    )


def file_filter() -> str:
    return translate("ImportWizard", "Contact files (*.csv *.vcf *.vcard *.txt);;All files (*)")


class FilePage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.setTitle(translate("ImportWizard", "Choose a file"))
        self.setSubTitle(
            translate(
                "ImportWizard",
                "A CSV exported from Outlook, Google Contacts or LinkedIn (Connections.csv),"
                " another CSV with a header row, or a vCard file from Apple Contacts, Android"
                " or Outlook.",
            )
        )
        self.path = QLineEdit()
        self.path.setObjectName("import_path")
        self.path.setPlaceholderText(translate("ImportWizard", "The file to import"))
        self.path.textChanged.connect(lambda _text: self.completeChanged.emit())
        choose = QPushButton(translate("ImportWizard", "&Choose…"))
        choose.clicked.connect(self.choose)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(choose)
        self.format = QComboBox()
        self.format.setObjectName("import_format")
        for text, value in formats():
            self.format.addItem(text, value)
        self.encoding = QComboBox()
        self.encoding.setObjectName("import_encoding")
        for label, codec in encodings():
            self.encoding.addItem(label, codec)
        file_label = QLabel(translate("ImportWizard", "&File"))
        file_label.setBuddy(self.path)
        form = QFormLayout(self)
        form.addRow(file_label, row)
        form.addRow(translate("ImportWizard", "F&ormat"), self.format)
        form.addRow(translate("ImportWizard", "&Encoding"), self.encoding)

    def choose(self) -> None:
        start = self._wizard.state.settings.value(
            "import/folder"
        ) or QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        chosen, _filter = QFileDialog.getOpenFileName(
            self, translate("ImportWizard", "Import contacts"), str(start), file_filter()
        )
        if chosen:
            self.path.setText(chosen)

    def isComplete(self) -> bool:
        text = self.path.text().strip()
        return bool(text) and Path(text).is_file()


class ImportWizard(QWizard):
    reading_finished = Signal()
    import_finished = Signal()

    FILE, COLUMNS, PREVIEW, DUPLICATES, IMPORT = range(5)

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("import_wizard")
        self.state = state
        self.setWindowTitle(translate("ImportWizard", "Import contacts"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.resize(900, 620)
        self.parsed: ParseResult | None = None
        self.preview: ImportPreview | None = None
        self.read_error: str | None = None
        self.mapping: dict[str, str] | None = None
        self.mapping_problem = False
        self.reading = False
        self.summary: ImportSummary | None = None
        self.read_job: Job | None = None
        self.import_job: Job | None = None
        self.import_done = False
        self._generation = 0
        self._close_when_done = False
        self.file_page = FilePage(self)
        self.columns_page = ColumnsPage(self)
        self.preview_page = PreviewPage(self)
        self.duplicates_page = DuplicatesPage(self)
        self.import_page = ImportPage(self)
        for page_id, page in enumerate(
            (self.file_page, self.columns_page, self.preview_page, self.duplicates_page,
             self.import_page)
        ):  # fmt: skip
            self.setPage(page_id, page)
        # Mapping changes re-read the file once the user pauses.
        self._reread = QTimer(self, singleShot=True, interval=300)
        self._reread.timeout.connect(self.read_file)

    # -- reading ---------------------------------------------------------------
    def file_path(self) -> Path:
        return Path(self.file_page.path.text().strip())

    def file_name(self) -> str:
        return self.file_path().name

    def read_file(self) -> None:
        """Read and preview the file off the GUI thread (again after a mapping change)."""
        self._generation += 1
        generation = self._generation
        importing = self.state.services.importing
        path, mapping = self.file_path(), self.mapping
        fmt, encoding = self.file_page.format.currentData(), self.file_page.encoding.currentData()

        def work(_progress: Progress) -> tuple[ParseResult, ImportPreview]:
            parsed = importing.read(path, format=fmt, mapping=mapping, encoding=encoding)
            return parsed, importing.preview(parsed)

        self.reading = True
        self.read_error = None
        self.columns_page.show_reading(True)
        job = Job(work, self)
        job.succeeded.connect(lambda result: self._read(generation, result, None))
        job.failed.connect(lambda message: self._read(generation, None, message))
        job.finished.connect(lambda: self._read_job_done(job))
        self.read_job = job
        job.start()

    def _read(self, generation: int, result: Any, error: str | None) -> None:
        if generation != self._generation:
            return  # a newer read (another mapping) is on its way
        self.reading = False
        self.read_error = error
        if result is None:
            self.parsed, self.preview = None, None
        else:
            self.parsed, self.preview = result
        self.columns_page.show_reading(False)
        self.columns_page.show_result()
        self.reading_finished.emit()

    def _read_job_done(self, job: Job) -> None:
        if self.read_job is job:
            self.read_job = None
        if self._close_when_done and self.import_job is None and self.read_job is None:
            super().reject()

    def set_mapping(self, mapping: dict[str, str]) -> None:
        self.mapping = mapping
        self.mapping_problem = False
        self.reading = True
        self._reread.start()

    def mapping_invalid(self) -> None:
        self.mapping_problem = True
        self._reread.stop()

    def validateCurrentPage(self) -> bool:
        page = self.currentPage()
        if page is not None and not page.isComplete():
            return False  # next() called directly must not skip past an unfinished page
        if self.currentId() == self.FILE:
            # A new file (or format, or encoding) starts from its proposed mapping.
            self.mapping = None
            self.mapping_problem = False
            self.parsed = self.preview = None
        return super().validateCurrentPage()

    def nextId(self) -> int:
        if self.currentId() == self.PREVIEW and self.preview and not self.preview.duplicates:
            return self.IMPORT
        return super().nextId()

    # -- importing -------------------------------------------------------------
    def start_import(self) -> None:
        parsed = self.parsed
        assert parsed is not None
        importing = self.state.services.importing
        page = self.duplicates_page
        default = (
            page.default_action()
            if self.preview and self.preview.duplicates
            else (DuplicateAction.SKIP)
        )
        decisions = page.model.decisions()
        organisations = self.preview_page.organisations.model.choices()
        source = self.file_name()

        def work(progress: Progress) -> ImportSummary:
            return importing.run(
                parsed,
                source=source,
                on_duplicate=default,
                decisions=decisions,
                progress=progress.report,
                organisations=organisations,
            )

        self.import_done = False
        job = Job(work, self)
        job.progressed.connect(self.import_page.progressed)
        job.succeeded.connect(self._imported)
        job.failed.connect(
            lambda message: self._import_ended(
                translate("ImportWizard", "Nothing was imported: {problem}").format(
                    problem=message
                ),
                failed=True,
            )
        )
        job.cancelled.connect(
            lambda: self._import_ended(
                translate("ImportWizard", "Cancelled: nothing was imported."), failed=True
            )
        )
        job.finished.connect(self._import_job_done)
        self.import_job = job
        self.button(QWizard.WizardButton.CancelButton).setText(
            translate("ImportWizard", "Cancel import")
        )
        job.start()

    def _imported(self, summary: Any) -> None:
        assert isinstance(summary, ImportSummary)
        self.summary = summary
        self.state.settings.setValue("import/folder", str(self.file_path().parent))
        self._import_ended(summary_text(summary), report=report_text(summary), failed=False)

    def _import_ended(self, text: str, *, report: str = "", failed: bool) -> None:
        self.import_done = True
        self.import_page.finished(text, report, failed=failed)

    def _import_job_done(self) -> None:
        self.import_job = None
        self.button(QWizard.WizardButton.CancelButton).setText(translate("ImportWizard", "Cancel"))
        self.button(QWizard.WizardButton.CancelButton).setEnabled(False)
        self.import_page.completeChanged.emit()
        self.import_finished.emit()
        if self._close_when_done and self.read_job is None:
            super().reject()

    # -- closing ---------------------------------------------------------------
    def reject(self) -> None:
        """Cancel stops a running import (nothing is saved) before the wizard closes."""
        if self.import_job is not None:
            self.import_page.status.setText(translate("ImportWizard", "Cancelling…"))
            self.import_job.cancel()
            return
        if self.read_job is not None:
            self._close_when_done = True  # reading saves nothing: close once it stops
            return
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.import_job is not None or self.read_job is not None:
            self._close_when_done = True
            if self.import_job is not None:
                self.import_job.cancel()
            event.ignore()
            return
        super().closeEvent(event)
