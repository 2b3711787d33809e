"""The import preview's organisations that are not here yet, with what to do with each.

Each can be created as a new partner (the default), replaced by a partner that is
already here (chosen from the list, which filters as you type), or left out so its
contacts are imported without an organisation.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QCompleter,
    QLabel,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from biosparc_desktop.services.importing import (
    NewOrganisation,
    OrganisationAction,
    OrganisationChoice,
)
from biosparc_desktop.ui.dialogs.import_models import RowsTableModel
from biosparc_desktop.ui.dialogs.import_pages import fit_columns, plain_table
from biosparc_desktop.ui.i18n import translate

Index = QModelIndex | QPersistentModelIndex
CREATE, NONE = "create", "none"  # edit values besides "existing:<public id>"


def choice_value(choice: OrganisationChoice) -> str:
    if choice.action is OrganisationAction.EXISTING:
        return f"existing:{choice.partner_id}"
    return choice.action.value


def choice_of(value: str) -> OrganisationChoice:
    if value.startswith("existing:"):
        return OrganisationChoice.existing(value.removeprefix("existing:"))
    return OrganisationChoice(OrganisationAction(value))


def create_label() -> str:
    return translate("ImportWizard", "Create as a new partner")


def leave_out_label() -> str:
    return translate("ImportWizard", "Import its contacts without an organisation")


class OrganisationChoiceModel(RowsTableModel):
    """The new organisations with how many rows name each and what to do with it."""

    COL_NAME, COL_CONTACTS, COL_CHOICE = range(3)
    CHOICE_COLUMN = COL_CHOICE

    @staticmethod
    def _headers() -> tuple[str, ...]:
        return (
            translate("ImportWizard", "Organisation in the file"),
            translate("ImportWizard", "Contacts"),
            translate("ImportWizard", "Import as"),
        )

    def __init__(self) -> None:
        super().__init__()
        self._rows: list[NewOrganisation] = []
        self._choices: dict[str, OrganisationChoice] = {}
        self.partners: list[tuple[str, str]] = []  # (public id, name), in list order
        self._partner_names: dict[str, str] = {}

    def set_rows(self, rows: list[NewOrganisation], partners: list[tuple[str, str]]) -> None:
        self.beginResetModel()
        self._rows = rows
        self._choices = {}
        self.partners = partners
        self._partner_names = dict(partners)
        self.endResetModel()

    def choices(self) -> dict[str, OrganisationChoice]:
        """The choices that differ from creating the organisation, by its key."""
        return {k: c for k, c in self._choices.items() if c.action is not OrganisationAction.CREATE}

    def choice_at(self, row: int) -> OrganisationChoice:
        return self._choices.get(self._rows[row].key, OrganisationChoice())

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = self._rows[index.row()], index.column()
        if role == Qt.ItemDataRole.EditRole and column == self.COL_CHOICE:
            return choice_value(self.choice_at(index.row()))
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.COL_CONTACTS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        if column == self.COL_NAME:
            return row.name
        if column == self.COL_CONTACTS:
            return f"{row.contacts:,}"
        return self.choice_text(self.choice_at(index.row()))

    def row_labels(self) -> dict[str, str]:
        """How the preview's Organisation column names each organisation not created."""
        labels: dict[str, str] = {}
        for row in self._rows:
            choice = self._choices.get(row.key)
            if choice is None or choice.action is OrganisationAction.CREATE:
                continue
            if choice.action is OrganisationAction.EXISTING:
                partner = self._partner_names.get(choice.partner_id or "", "")
                labels[row.key] = translate("ImportWizard", "{partner} (for {name})").format(
                    partner=partner, name=row.name
                )
            else:
                labels[row.key] = translate("ImportWizard", "None ({name} left out)").format(
                    name=row.name
                )
        return labels

    def choice_text(self, choice: OrganisationChoice) -> str:
        if choice.action is OrganisationAction.EXISTING:
            name = self._partner_names.get(choice.partner_id or "", "")
            return translate("ImportWizard", "Add to {partner}").format(partner=name)
        if choice.action is OrganisationAction.NONE:
            return leave_out_label()
        return create_label()

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or index.column() != self.COL_CHOICE:
            return False
        choice = choice_of(str(value))
        if choice.action is OrganisationAction.EXISTING and choice.partner_id not in (
            self._partner_names
        ):
            return False
        self._choices[self._rows[index.row()].key] = choice
        self.dataChanged.emit(index, index)
        return True


class _ChoiceDelegate(QStyledItemDelegate):
    """A list to choose from: create, leave out, or any partner (typing filters it)."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Any) -> QWidget:
        model = index.model()
        assert isinstance(model, OrganisationChoiceModel)
        box = QComboBox(parent)
        box.setObjectName("import_organisation_choice")
        box.addItem(create_label(), CREATE)
        box.addItem(leave_out_label(), NONE)
        box.insertSeparator(box.count())
        for public_id, name in model.partners:
            box.addItem(name, f"existing:{public_id}")
        box.setEditable(True)
        box.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        completer = box.completer()
        if completer is not None:  # typing part of a name lists the partners that have it
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        return box

    def setEditorData(self, editor: QWidget, index: Any) -> None:
        assert isinstance(editor, QComboBox)
        editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.EditRole))))
        line = editor.lineEdit()
        if line is not None:
            line.selectAll()  # typing a partner's name replaces what the cell says

    def setModelData(self, editor: QWidget, model: Any, index: Any) -> None:
        assert isinstance(editor, QComboBox)
        text = editor.currentText()
        found = editor.findText(text, Qt.MatchFlag.MatchExactly)
        if found < 0 and text.strip():  # part of a name that only one entry has
            typed = text.strip().casefold()
            having = [i for i in range(editor.count()) if typed in editor.itemText(i).casefold()]
            found = having[0] if len(having) == 1 else -1
        if found >= 0:  # typed in full, or picked from the list
            model.setData(index, editor.itemData(found), Qt.ItemDataRole.EditRole)


class NewOrganisationsPanel(QWidget):
    """A heading that counts the new organisations and the table to decide on each."""

    def __init__(self) -> None:
        super().__init__()
        self.heading = QLabel()
        self.heading.setObjectName("import_new_organisations_heading")
        self.heading.setWordWrap(True)
        self.model = OrganisationChoiceModel()
        self.view = plain_table(QTableView())
        self.view.setObjectName("import_new_organisations")
        self.view.setModel(self.model)
        self.view.setItemDelegateForColumn(
            OrganisationChoiceModel.COL_CHOICE, _ChoiceDelegate(self)
        )
        self.view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.SelectedClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.view)

    def set_rows(self, rows: list[NewOrganisation], partners: list[tuple[str, str]]) -> None:
        self.model.set_rows(rows, partners)
        if len(rows) == 1:
            text = translate(
                "ImportWizard",
                "1 organisation is not here yet. Create it as a new partner, add its contacts"
                " to a partner already here, or import them without an organisation.",
            )
        else:
            text = translate(
                "ImportWizard",
                "{count} organisations are not here yet. Create each as a new partner, add"
                " its contacts to a partner already here, or import them without an"
                " organisation.",
            )
        self.heading.setText(text.format(count=f"{len(rows):,}"))
        self.setVisible(bool(rows))
        fit_columns(self.view, widest=320)
