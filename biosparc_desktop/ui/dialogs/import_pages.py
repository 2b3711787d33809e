"""The import wizard's column mapping and import pages, and the table helpers its pages share
(the preview and duplicates pages are in import_review_pages.py)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QProgressBar,
    QTableView,
    QTableWidget,
    QVBoxLayout,
    QWizardPage,
)

from biosparc_desktop.domain.sentences import Sentence
from biosparc_desktop.importers import MAPPABLE_FIELDS
from biosparc_desktop.importers.records import REPEATABLE_FIELDS
from biosparc_desktop.ui import theme
from biosparc_desktop.ui.dialogs.import_models import (
    field_labels,
)
from biosparc_desktop.ui.i18n import sentence_text, translate

if TYPE_CHECKING:
    from biosparc_desktop.ui.dialogs.import_wizard import ImportWizard

_REPEATABLE = REPEATABLE_FIELDS


def warning_label(label: QLabel) -> QLabel:
    label.setWordWrap(True)
    label.setStyleSheet(f"color: {theme.warning_color().name()};")
    return label


def fit_columns(view: QTableView, widest: int = 240) -> None:
    """Columns as wide as their text, none wider than ``widest``; the last one stretches."""
    view.resizeColumnsToContents()
    header = view.horizontalHeader()
    for column in range(header.count() - 1):
        header.resizeSection(column, min(header.sectionSize(column), widest))
    header.setStretchLastSection(True)


def plain_table(view: QTableView) -> QTableView:
    view.setAlternatingRowColors(True)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.verticalHeader().setVisible(False)
    view.horizontalHeader().setStretchLastSection(True)
    view.setWordWrap(False)
    return view


class ColumnsPage(QWizardPage):
    """What was found (format, encoding, rows) and which column feeds which field."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.setTitle(translate("ImportWizard", "Columns"))
        self.setSubTitle(
            translate("ImportWizard", "Check which column of the file goes into which field.")
        )
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.found = QLabel()
        self.found.setObjectName("import_found")
        self.found.setWordWrap(True)
        self.error = warning_label(QLabel())
        self.error.setObjectName("import_read_error")
        # Columns with data that go into no field: said, with how to keep them.
        self.dropped = warning_label(QLabel())
        self.dropped.setObjectName("import_dropped_columns")
        self.dropped.hide()
        self.mapping = QTableWidget(0, 2)
        self.mapping.setObjectName("import_mapping")
        self.mapping.setHorizontalHeaderLabels(
            [
                translate("ImportWizard", "Column in the file"),
                translate("ImportWizard", "Goes into"),
            ]
        )
        self.mapping.verticalHeader().setVisible(False)
        self.mapping.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.mapping.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.combos: dict[str, QComboBox] = {}
        layout = QVBoxLayout(self)
        for widget in (self.busy, self.found, self.error, self.dropped, self.mapping):
            layout.addWidget(widget)

    def initializePage(self) -> None:
        self.combos = {}
        self.mapping.setRowCount(0)
        self._wizard.read_file()

    def show_reading(self, reading: bool) -> None:
        self.busy.setVisible(reading)
        if reading:
            self.found.setText(
                translate("ImportWizard", "Reading {file}…").format(file=self._wizard.file_name())
            )
            self.error.setText("")
        self.completeChanged.emit()

    def show_result(self) -> None:
        wizard = self._wizard
        self.error.setText(wizard.read_error or "")
        parsed = wizard.parsed
        self.dropped.setText(_dropped_text(parsed.notices) if parsed is not None else "")
        self.dropped.setVisible(bool(self.dropped.text()))
        if parsed is None:
            self.found.setText("")
            # After a mapping change the choices stay, so the user can put them right.
            self.mapping.setVisible(bool(self.combos))
            self.completeChanged.emit()
            return
        kinds = {
            "vcard": "vCard",
            "outlook": "Outlook CSV",
            "google": "Google Contacts CSV",
            "linkedin": translate("ImportWizard", "LinkedIn connections"),
            "thunderbird": "Thunderbird CSV",
            "csv": "CSV",
        }
        count = len(parsed.contacts)
        found = (
            translate("ImportWizard", "{kind} file, read as {encoding}: 1 contact found.")
            if count == 1
            else translate(
                "ImportWizard", "{kind} file, read as {encoding}: {count} contacts found."
            )
        )
        self.found.setText(
            found.format(
                kind=kinds.get(parsed.format, parsed.format),
                encoding=parsed.encoding,
                count=f"{count:,}",
            )
            + (
                ""
                if parsed.format != "vcard"
                else translate("ImportWizard", " vCard files need no column choices.")
            )
        )
        self.mapping.setVisible(parsed.format != "vcard")
        if parsed.format != "vcard" and not self.combos:
            self._fill(list(parsed.columns), parsed.mapping)
        self.completeChanged.emit()

    def _fill(self, columns: list[str], mapping: dict[str, str]) -> None:
        chosen = {column: key.rstrip("_0123456789") for key, column in mapping.items()}
        self.mapping.setRowCount(len(columns))
        for row, column in enumerate(columns):
            name = QLabel(column or translate("ImportWizard", "(no heading)"))
            name.setContentsMargins(6, 0, 6, 0)
            self.mapping.setCellWidget(row, 0, name)
            combo = QComboBox()
            combo.addItem(translate("ImportWizard", "(leave out)"), "")
            fields = field_labels()
            for field in MAPPABLE_FIELDS:
                combo.addItem(fields[field], field)
            combo.setCurrentIndex(max(0, combo.findData(chosen.get(column, ""))))
            combo.currentIndexChanged.connect(self._changed)
            self.mapping.setCellWidget(row, 1, combo)
            self.combos.setdefault(column, combo)
        self.mapping.resizeRowsToContents()

    def chosen_mapping(self) -> tuple[dict[str, str], str | None]:
        """The mapping the combos say, and a sentence when two columns claim one field."""
        mapping: dict[str, str] = {}
        counts: dict[str, int] = {}
        for column, combo in self.combos.items():
            field = combo.currentData()
            if not field:
                continue
            counts[field] = counts.get(field, 0) + 1
            if field in _REPEATABLE:
                key = field if counts[field] == 1 else f"{field}_{counts[field]}"
            elif counts[field] > 1:
                return mapping, translate(
                    "ImportWizard", "Two columns go into “{field}”; choose one."
                ).format(field=field_labels()[field])
            else:
                key = field
            mapping[key] = column
        return mapping, None

    def _changed(self) -> None:
        mapping, problem = self.chosen_mapping()
        if problem:
            self.error.setText(problem)
            self._wizard.mapping_invalid()
        else:
            self._wizard.set_mapping(mapping)
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        wizard = self._wizard
        return wizard.parsed is not None and not wizard.reading and not wizard.mapping_problem


def _dropped_text(notices: list[Sentence]) -> str:
    if not notices:
        return ""
    said = " ".join(sentence_text(n) for n in notices)
    return said + translate(
        "ImportWizard", " To keep them, choose a field for them below (Notes keeps any text)."
    )


class ImportPage(QWizardPage):
    """The import itself, with progress and Cancel, then what happened."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.setTitle(translate("ImportWizard", "Import"))
        self.setSubTitle(
            translate(
                "ImportWizard",
                "All rows are saved in one step: Cancel or a failure saves none of them.",
            )
        )
        self.status = QLabel()
        self.status.setObjectName("import_status")
        self.status.setWordWrap(True)
        self.progress = QProgressBar()
        self.report = QPlainTextEdit()
        self.report.setObjectName("import_report")
        self.report.setReadOnly(True)
        self.report.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(self.progress)
        layout.addWidget(self.report)

    def initializePage(self) -> None:
        self.report.hide()
        self.status.setStyleSheet("")
        self.status.setText(
            translate("ImportWizard", "Importing… Cancel stops it; then nothing is saved.")
        )
        self.progress.setRange(0, 0)
        self.progress.show()
        self._wizard.start_import()

    def progressed(self, done: int, total: int, message: str) -> None:
        self.progress.setRange(0, max(1, total))
        self.progress.setValue(done)
        if message:  # one of the import's steps, marked translatable by the service
            self.status.setText(f"{translate('errors', message)}…")

    def finished(self, text: str, report: str, *, failed: bool) -> None:
        self.progress.hide()
        self.status.setText(text)
        if failed:
            self.status.setStyleSheet(f"color: {theme.warning_color().name()};")
        self.report.setPlainText(report)
        self.report.setVisible(bool(report))
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self._wizard.import_job is None and self._wizard.import_done
