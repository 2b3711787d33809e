"""Table models of the import wizard: the preview of every row, the duplicate decisions.

Large files give a hundred thousand rows, so these are models over the planned
rows, not item widgets; ``data()`` only formats what it is given.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from biosparc_desktop.domain.sentences import AT, Sentence
from biosparc_desktop.errors import BiosparcError
from biosparc_desktop.services.import_organisations import new_key
from biosparc_desktop.services.importing import DuplicateAction, PlannedRow, RowStatus
from biosparc_desktop.ui import theme
from biosparc_desktop.ui.formatting import fmt_phone
from biosparc_desktop.ui.i18n import error_text, sentence_text, translate

Index = QModelIndex | QPersistentModelIndex
_DUPLICATE = QColor("#9a6700")


def _status_text(status: RowStatus) -> str:
    return {
        RowStatus.NEW: translate("ImportWizard", "New"),
        RowStatus.DUPLICATE: translate("ImportWizard", "Duplicate"),
        RowStatus.REJECTED: translate("ImportWizard", "Rejected"),
    }[status]


def action_labels() -> dict[DuplicateAction, str]:
    """What can happen to a duplicate row, in the interface language."""
    return {
        DuplicateAction.SKIP: translate("ImportWizard", "Skip"),
        DuplicateAction.MERGE: translate("ImportWizard", "Merge"),
        DuplicateAction.CREATE: translate("ImportWizard", "Create new"),
    }


def field_labels() -> dict[str, str]:
    """The contact fields a column can go into, in the interface language."""
    return {
        "full_name": translate("ImportWizard", "Full name"),
        "given_name": translate("ImportWizard", "Given name"),
        "middle_name": translate("ImportWizard", "Middle name"),
        "family_name": translate("ImportWizard", "Family name"),
        "name_zh": translate("ImportWizard", "Chinese name"),
        "name_en": translate("ImportWizard", "English name"),
        "title": translate("ImportWizard", "Job title"),
        "department": translate("ImportWizard", "Department"),
        "organisation": translate("ImportWizard", "Organisation"),
        "email": translate("ImportWizard", "Email"),
        "phone": translate("ImportWizard", "Phone"),
        "country": translate("ImportWizard", "Country (reads local phone numbers)"),
        "language": translate("ImportWizard", "Preferred language"),
        "notes": translate("ImportWizard", "Notes"),
        "tags": translate("ImportWizard", "Tags"),
    }


def duplicate_choice(action: DuplicateAction) -> str:
    """The radio button for what happens to every duplicate."""
    return {
        DuplicateAction.SKIP: translate("ImportWizard", "Skip (keep the existing record as it is)"),
        DuplicateAction.MERGE: translate("ImportWizard", "Merge into the existing record"),
        DuplicateAction.CREATE: translate("ImportWizard", "Create a new record anyway"),
    }[action]


def row_name(row: PlannedRow) -> str:
    if row.contact is not None:
        return row.contact.display_name
    source = row.source
    if source is None:
        return ""
    return " ".join(p for p in (source.given_name, source.family_name, source.name_zh) if p)


def row_notes(row: PlannedRow) -> str:
    """What the user should know about a row: problems, then the duplicate, then warnings.

    The line is in a column of its own, so each note is shown without its "Row 14: ".
    """
    parts = [_without_where(p) for p in row.problems]
    if row.match is not None:
        line = row.match.line
        if row.match.name and line:
            text = translate("ImportWizard", "Duplicate of {name} (row {line}): {reason}.")
        elif row.match.name:
            text = translate("ImportWizard", "Duplicate of {name}: {reason}.")
        else:
            text = translate("ImportWizard", "Duplicate of row {line}: {reason}.")
        reason = sentence_text(row.match.reason)
        parts.append(text.format(name=row.match.name, line=line, reason=reason))
    parts += [_without_where(w) for w in row.warnings]
    return " ".join(parts)


def _without_where(note: Sentence) -> str:
    problem = note.params.get("problem") if note.template == AT else None
    if isinstance(problem, Sentence):
        return sentence_text(problem)
    if isinstance(problem, BiosparcError):
        return error_text(problem)
    return sentence_text(note)


class RowsTableModel(QAbstractTableModel):
    """Rows under headers; a choice table names the one column the user edits."""

    CHOICE_COLUMN = -1
    _rows: list[Any]

    @staticmethod
    def _headers() -> tuple[str, ...]:
        raise NotImplementedError

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers())

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers()[section]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        if index.column() == self.CHOICE_COLUMN:
            return base | Qt.ItemFlag.ItemIsEditable
        return base


class PreviewModel(RowsTableModel):
    COL_LINE, COL_STATUS, COL_NAME, COL_ORG, COL_EMAILS, COL_PHONES, COL_NOTES = range(7)

    @staticmethod
    def _headers() -> tuple[str, ...]:
        return (
            translate("ImportWizard", "Line"),
            translate("ImportWizard", "Status"),
            translate("ImportWizard", "Name"),
            translate("ImportWizard", "Organisation"),
            translate("ImportWizard", "Emails"),
            translate("ImportWizard", "Phones"),
            translate("ImportWizard", "Problems and notes"),
        )

    def __init__(self, region: str) -> None:
        super().__init__()
        self._region = region  # the user's, for showing phone numbers
        self._rows: list[PlannedRow] = []
        self._org_labels: dict[str, str] = {}  # new organisations not to be created

    def set_rows(self, rows: list[PlannedRow]) -> None:
        self.beginResetModel()
        self._rows = rows
        self._org_labels = {}
        self.endResetModel()

    def set_organisation_labels(self, labels: dict[str, str]) -> None:
        """Name new organisations (by key) as the user chose to import them."""
        self._org_labels = labels
        if self._rows:
            column = self.COL_ORG
            self.dataChanged.emit(self.index(0, column), self.index(len(self._rows) - 1, column))

    def row_at(self, index: int) -> PlannedRow:
        return self._rows[index]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._text(row, column)
        if role == Qt.ItemDataRole.ForegroundRole and column in (self.COL_STATUS, self.COL_NOTES):
            if row.status is RowStatus.REJECTED:
                return QBrush(theme.warning_color())
            if row.status is RowStatus.DUPLICATE:
                return QBrush(_DUPLICATE)
            if row.warnings:
                return QBrush(theme.MUTED)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.COL_LINE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _text(self, row: PlannedRow, column: int) -> str:
        contact = row.contact
        if column == self.COL_LINE:
            return str(row.line)
        if column == self.COL_STATUS:
            return _status_text(row.status)
        if column == self.COL_NAME:
            return row_name(row)
        if column == self.COL_ORG:
            org = contact.organisation if contact else None
            if org is None:
                return (row.source.organisation or "") if row.source else ""
            if org.is_new:
                label = self._org_labels.get(new_key(org)) if self._org_labels else None
                return label or translate("ImportWizard", "{name} (new)").format(name=org.name)
            return org.name
        if column == self.COL_EMAILS:
            return ", ".join(contact.emails) if contact else ""
        if column == self.COL_PHONES:
            return ", ".join(fmt_phone(p, self._region) for p in contact.phones) if contact else ""
        return row_notes(row)


class DecisionModel(RowsTableModel):
    """The duplicate rows with what to do with each; the last column is editable."""

    COL_LINE, COL_NAME, COL_DUPLICATE_OF, COL_WHY, COL_ACTION = range(5)
    CHOICE_COLUMN = COL_ACTION

    @staticmethod
    def _headers() -> tuple[str, ...]:
        return (
            translate("ImportWizard", "Line"),
            translate("ImportWizard", "In the file"),
            translate("ImportWizard", "Duplicate of"),
            translate("ImportWizard", "Why"),
            translate("ImportWizard", "Do"),
        )

    def __init__(self) -> None:
        super().__init__()
        self._rows: list[PlannedRow] = []
        self._actions: dict[int, DuplicateAction] = {}
        self.default = DuplicateAction.SKIP

    def set_rows(self, rows: list[PlannedRow]) -> None:
        self.beginResetModel()
        self._rows = rows
        self._actions = {}
        self.endResetModel()

    def set_default(self, action: DuplicateAction) -> None:
        """Every row takes this action (choices made row by row are replaced)."""
        self.beginResetModel()
        self.default = action
        self._actions = {}
        self.endResetModel()

    def decisions(self) -> dict[int, DuplicateAction]:
        return dict(self._actions)

    def action_of(self, line: int) -> DuplicateAction:
        return self._actions.get(line, self.default)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.EditRole and column == self.COL_ACTION:
            return self.action_of(row.line).value
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        match = row.match
        if column == self.COL_LINE:
            return str(row.line)
        if column == self.COL_NAME:
            return row_name(row)
        if column == self.COL_DUPLICATE_OF:
            if match is None:
                return ""
            if match.contact_id:
                return match.name
            return translate("ImportWizard", "{name} (row {line})").format(
                name=match.name, line=match.line
            )
        if column == self.COL_WHY:
            return sentence_text(match.reason) if match else ""
        return action_labels()[self.action_of(row.line)]

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or index.column() != self.COL_ACTION:
            return False
        self._actions[self._rows[index.row()].line] = DuplicateAction(value)
        self.dataChanged.emit(index, index)
        return True
