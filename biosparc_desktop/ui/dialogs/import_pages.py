"""The pages of the import wizard after the file: columns, preview, duplicates, import."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QProgressBar,
    QRadioButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QTableWidget,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from biosparc_desktop.importers import MAPPABLE_FIELDS
from biosparc_desktop.services.importing import DuplicateAction, RowStatus
from biosparc_desktop.ui import theme
from biosparc_desktop.ui.dialogs.import_models import (
    DecisionModel,
    PreviewModel,
    action_labels,
    duplicate_choice,
    field_labels,
)
from biosparc_desktop.ui.i18n import sentence_text, translate

if TYPE_CHECKING:
    from biosparc_desktop.ui.dialogs.import_wizard import ImportWizard

_REPEATABLE = {"email", "phone", "notes", "tags"}


def _warning(label: QLabel) -> QLabel:
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


def _table(view: QTableView) -> QTableView:
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
        self.error = _warning(QLabel())
        self.error.setObjectName("import_read_error")
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
        for widget in (self.busy, self.found, self.error, self.mapping):
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


class PreviewPage(QWizardPage):
    """Every row with its problems, before anything is saved."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.setTitle(translate("ImportWizard", "Preview"))
        self.setSubTitle(
            translate(
                "ImportWizard", "Nothing is saved yet. Rows marked Rejected will be left out."
            )
        )
        self.counts = QLabel()
        self.counts.setObjectName("import_counts")
        self.damage = _warning(QLabel())
        self.damage.setObjectName("import_damage")
        self.show_only = QComboBox()
        self.show_only.setObjectName("import_filter")
        for text, value in (
            (translate("ImportWizard", "All rows"), ""),
            (translate("ImportWizard", "Rows with problems"), "problems"),
            (translate("ImportWizard", "Duplicates"), RowStatus.DUPLICATE.value),
            (translate("ImportWizard", "Rejected"), RowStatus.REJECTED.value),
        ):
            self.show_only.addItem(text, value)
        self.show_only.currentIndexChanged.connect(self._filter)
        self.model = PreviewModel()
        self.proxy = _RowFilter(self.model)
        self.view = _table(QTableView())
        self.view.setObjectName("import_preview")
        self.view.setModel(self.proxy)
        top = QHBoxLayout()
        top.addWidget(self.counts, 1)
        top.addWidget(QLabel(translate("ImportWizard", "Show:")))
        top.addWidget(self.show_only)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.damage)
        layout.addWidget(self.view)

    def initializePage(self) -> None:
        preview = self._wizard.preview
        if preview is None:
            return
        # Without duplicates to decide on, the next step is the import itself.
        self.setCommitPage(not preview.duplicates)
        self.setButtonText(
            self._wizard.WizardButton.CommitButton, translate("ImportWizard", "&Import")
        )
        self.model.set_rows(list(preview.rows))
        new, duplicates = preview.count(RowStatus.NEW), preview.count(RowStatus.DUPLICATE)
        rejected = preview.count(RowStatus.REJECTED)
        counts = (
            translate("ImportWizard", "{new} new · 1 duplicate · {rejected} rejected")
            if duplicates == 1
            else translate(
                "ImportWizard", "{new} new · {duplicates} duplicates · {rejected} rejected"
            )
        )
        self.counts.setText(
            counts.format(new=f"{new:,}", duplicates=f"{duplicates:,}", rejected=f"{rejected:,}")
        )
        if preview.damage:
            lines = "\n".join(sentence_text(p.sentence) for p in preview.damage[:20])
            more = len(preview.damage) - 20
            self.damage.setText(
                translate(
                    "ImportWizard",
                    "The file is damaged, so nothing can be imported from it. Fix it or export it"
                    " again.",
                )
                + f"\n{lines}"
                + (
                    translate("ImportWizard", "\n… and {count} more.").format(count=more)
                    if more > 0
                    else ""
                )
            )
        elif not new and not duplicates:
            self.damage.setText(translate("ImportWizard", "No row of this file can be imported."))
        else:
            self.damage.setText("")
        self.damage.setVisible(bool(self.damage.text()))
        fit_columns(self.view)

    def _filter(self) -> None:
        self.proxy.set_filter(self.show_only.currentData())

    def isComplete(self) -> bool:
        preview = self._wizard.preview
        if preview is None or preview.damage:
            return False
        return bool(preview.count(RowStatus.NEW) or preview.count(RowStatus.DUPLICATE))


class _RowFilter(QSortFilterProxyModel):
    def __init__(self, model: PreviewModel) -> None:
        super().__init__()
        self._model = model
        self._filter = ""
        self.setSourceModel(model)

    def set_filter(self, value: str) -> None:
        self.beginFilterChange()
        self._filter = value
        self.endFilterChange()

    def filterAcceptsRow(
        self, source_row: int, parent: QModelIndex | QPersistentModelIndex
    ) -> bool:
        if not self._filter:
            return True
        row = self._model.row_at(source_row)
        if self._filter == "problems":
            return bool(row.problems or row.warnings or row.status is RowStatus.REJECTED)
        return bool(row.status.value == self._filter)


class DuplicatesPage(QWizardPage):
    """People already here (or earlier in the file): skip, merge or create, row by row."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.setTitle(translate("ImportWizard", "Duplicates"))
        self.setSubTitle(
            translate(
                "ImportWizard",
                "These people are already here or appear earlier in the file. Choose what to do.",
            )
        )
        self.setCommitPage(True)
        self.setButtonText(wizard.WizardButton.CommitButton, translate("ImportWizard", "&Import"))
        self.choices = QButtonGroup(self)
        self.buttons: dict[DuplicateAction, QRadioButton] = {}
        row = QHBoxLayout()
        row.addWidget(QLabel(translate("ImportWizard", "For all of them:")))
        for action in DuplicateAction:
            button = QRadioButton(duplicate_choice(action))
            button.setObjectName(f"duplicates_{action.value}")
            self.buttons[action] = button
            self.choices.addButton(button)
            row.addWidget(button)
        row.addStretch(1)
        self.buttons[DuplicateAction.SKIP].setChecked(True)
        self.choices.buttonToggled.connect(self._default_changed)
        self.model = DecisionModel()
        self.view = _table(QTableView())
        self.view.setObjectName("import_decisions")
        self.view.setModel(self.model)
        self.view.setItemDelegateForColumn(DecisionModel.COL_ACTION, _ActionDelegate(self.view))
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.view)

    def initializePage(self) -> None:
        preview = self._wizard.preview
        self.model.set_rows(list(preview.duplicates) if preview else [])
        self.model.set_default(self.default_action())
        fit_columns(self.view, widest=320)

    def default_action(self) -> DuplicateAction:
        for action, button in self.buttons.items():
            if button.isChecked():
                return action
        return DuplicateAction.SKIP

    def _default_changed(self, _button: Any, checked: bool) -> None:
        if checked:
            self.model.set_default(self.default_action())


class _ActionDelegate(QStyledItemDelegate):
    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Any) -> QWidget:
        box = QComboBox(parent)
        for action, text in action_labels().items():
            box.addItem(text, action.value)
        return box

    def setEditorData(self, editor: QWidget, index: Any) -> None:
        assert isinstance(editor, QComboBox)
        editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.EditRole))))

    def setModelData(self, editor: QWidget, model: Any, index: Any) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


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
