"""The import wizard's review pages: every row with its problems, then what to do with duplicates."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QSplitter,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from biosparc_desktop.services.importing import DuplicateAction, RowStatus
from biosparc_desktop.ui.dialogs.import_models import (
    DecisionModel,
    PreviewModel,
    action_labels,
    duplicate_choice,
)
from biosparc_desktop.ui.dialogs.import_organisations import NewOrganisationsPanel
from biosparc_desktop.ui.dialogs.import_pages import fit_columns, plain_table, warning_label
from biosparc_desktop.ui.i18n import sentence_text, translate
from biosparc_desktop.ui.phone_region import chosen_region

if TYPE_CHECKING:
    from biosparc_desktop.ui.dialogs.import_wizard import ImportWizard


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
        self.damage = warning_label(QLabel())
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
        self.model = PreviewModel(chosen_region(wizard.state.settings))
        self.proxy = _RowFilter(self.model)
        self.view = plain_table(QTableView())
        self.view.setObjectName("import_preview")
        self.view.setModel(self.proxy)
        self.organisations = NewOrganisationsPanel()
        self.organisations.model.dataChanged.connect(self._organisations_chosen)
        split = QSplitter(Qt.Orientation.Vertical)
        split.setObjectName("import_preview_split")
        split.setChildrenCollapsible(False)
        split.addWidget(self.view)
        split.addWidget(self.organisations)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        top = QHBoxLayout()
        top.addWidget(self.counts, 1)
        top.addWidget(QLabel(translate("ImportWizard", "Show:")))
        top.addWidget(self.show_only)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.damage)
        layout.addWidget(split)

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
        # A damaged file imports nothing: no organisations to decide on.
        new_organisations = [] if preview.damage else list(preview.organisations)
        partners = self._wizard.state.services.organisations.names() if new_organisations else []
        self.organisations.set_rows(new_organisations, partners)

    def _organisations_chosen(self) -> None:
        self.model.set_organisation_labels(self.organisations.model.row_labels())
        column = PreviewModel.COL_ORG
        self.view.resizeColumnToContents(column)
        header = self.view.horizontalHeader()
        header.resizeSection(column, min(header.sectionSize(column), 320))

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
        self.view = plain_table(QTableView())
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
