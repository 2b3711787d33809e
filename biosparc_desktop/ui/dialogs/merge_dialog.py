"""Merge two contacts or two organisations: both side by side, a choice per field.

Each differing field has a radio button per record (and "Both" where values can
be combined: emails, phones, tags, notes). The kept record takes the chosen
values and every link of the other; the other goes to the Trash. One action:
Edit → Undo takes the whole merge back.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from biosparc_desktop.errors import BiosparcError
from biosparc_desktop.services.merging import Choice, MergePreview, MergeResult
from biosparc_desktop.ui import theme
from biosparc_desktop.ui.app_state import AppState
from biosparc_desktop.ui.formatting import fmt_country_name
from biosparc_desktop.ui.i18n import error_text, sentence_text, translate
from biosparc_desktop.ui.phone_region import chosen_region


def _title(kind: str) -> str:
    titles = {
        "contact": translate("MergeDialog", "Merge contacts"),
        "organisation": translate("MergeDialog", "Merge organisations"),
    }
    return titles.get(kind) or translate("MergeDialog", "Merge {kind}").format(kind=kind)


class MergeDialog(QDialog):
    def __init__(
        self,
        state: AppState,
        kind: str,
        keep_id: str,
        other_id: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("merge_dialog")
        self.state = state
        self.kind = kind
        self.saved: MergeResult | None = None
        self.preview: MergePreview | None = None
        self.groups: dict[str, QButtonGroup] = {}
        self.setWindowTitle(_title(kind))
        self.resize(760, 560)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.grid_host = QWidget()
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(self.grid_host)
        self.moves = QLabel()
        self.moves.setObjectName("merge_moves")
        self.moves.setWordWrap(True)
        self.error = QLabel()
        self.error.setObjectName("merge_error")
        self.error.setWordWrap(True)
        self.error.setStyleSheet(f"color: {theme.warning_color().name()};")
        self.error.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.merge_button = self.buttons.addButton(
            translate("MergeDialog", "&Merge"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.merge_button.setObjectName("merge_button")
        self.swap_button = QPushButton(translate("MergeDialog", "&Keep the other one"))
        self.swap_button.setObjectName("merge_swap")
        self.buttons.addButton(self.swap_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.swap_button.clicked.connect(self.swap)
        self.buttons.accepted.connect(self.merge)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.moves)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.load(keep_id, other_id)

    def load(self, keep_id: str, other_id: str) -> None:
        preview = self.state.attempt(
            self,
            lambda: self.state.services.merging.preview(
                self.kind, keep_id, other_id, region=chosen_region(self.state.settings)
            ),
        )
        if preview is None:
            self.merge_button.setEnabled(False)
            self.swap_button.setEnabled(False)
            return
        self.preview = preview
        self.intro.setText(
            translate(
                "MergeDialog",
                "<b>{keep}</b> is kept and takes the values you choose;"
                " <b>{other}</b> goes to the Trash.",
            ).format(keep=_escape(preview.keep_name), other=_escape(preview.other_name))
        )
        moves = translate("MergeDialog", ", ").join(sentence_text(m) for m in preview.moves)
        self.moves.setText(
            (
                translate("MergeDialog", "Moves to the kept record: {moves}. ").format(moves=moves)
                if moves
                else ""
            )
            + translate("MergeDialog", "Edit → Undo takes the merge back.")
        )
        self._build_grid(preview)

    def _build_grid(self, preview: MergePreview) -> None:
        old = self.grid_host.layout()
        if old is not None:
            QWidget().setLayout(old)  # re-parent the old layout so it is deleted
        grid = QGridLayout(self.grid_host)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(2, 1)
        headers = (preview.keep_name, preview.other_name, "")
        for column, title in enumerate(headers, 1):
            header = QLabel(f"<b>{_escape(title)}</b>")
            header.setWordWrap(True)
            grid.addWidget(header, 0, column)
        self.groups = {}
        for row, field in enumerate(preview.fields, 1):
            grid.addWidget(
                QLabel(_field_name(field.key, field.label)), row, 0, Qt.AlignmentFlag.AlignTop
            )
            group = QButtonGroup(self)
            self.groups[field.key] = group
            cells = [
                (Choice.KEEP, _value_text(field.key, field.keep_value), 1),
                (Choice.OTHER, _value_text(field.key, field.other_value), 2),
            ]
            if field.can_combine and field.keep_value and field.other_value and field.differs:
                cells.append((Choice.BOTH, translate("MergeDialog", "Both"), 3))
            for choice, text, column in cells:
                cell = _Choice(text)
                cell.radio.setObjectName(f"merge_{field.key}_{choice.value}")
                cell.radio.setProperty("choice", choice.value)
                cell.radio.setChecked(choice is field.suggested)
                cell.setEnabled(field.differs)  # the same on both sides: nothing to choose
                group.addButton(cell.radio)
                grid.addWidget(cell, row, column, Qt.AlignmentFlag.AlignTop)
        grid.setRowStretch(len(preview.fields) + 1, 1)

    def choices(self) -> dict[str, Choice]:
        chosen = {}
        for key, group in self.groups.items():
            button = group.checkedButton()
            if button is not None:
                chosen[key] = Choice(button.property("choice"))
        return chosen

    def swap(self) -> None:
        if self.preview is not None:
            self.load(self.preview.other_id, self.preview.keep_id)

    def merge(self) -> None:
        preview = self.preview
        if preview is None:
            return
        choices = self.choices()
        try:
            result = self.state.services.merging.merge(
                self.kind, preview.keep_id, preview.other_id, choices
            )
        except BiosparcError as exc:  # stays open with the sentence
            self.error.setText(error_text(exc))
            self.error.show()
            return
        self.saved = result
        self.accept()


class _Choice(QWidget):
    """A radio button with its value beside it, wrapped over several lines if long."""

    def __init__(self, value: str) -> None:
        super().__init__()
        self.radio = QRadioButton()
        self.text = QLabel(value or translate("MergeDialog", "(empty)"))
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        self.text.setToolTip(value)
        if not value:
            self.text.setStyleSheet(f"color: {theme.MUTED.name()};")
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.radio, 0, Qt.AlignmentFlag.AlignTop)
        row.addWidget(self.text, 1)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        # Clicking the value chooses it, as clicking a radio button's own text would.
        if self.isEnabled():
            self.radio.setChecked(True)
        super().mousePressEvent(event)


def _field_name(key: str, english: str) -> str:
    """The merge service's field name (``english``) in the interface language."""
    names = {
        "given_name": translate("MergeDialog", "Given name"),
        "family_name": translate("MergeDialog", "Family name"),
        "name_zh": translate("MergeDialog", "Chinese name"),
        "name_order": translate("MergeDialog", "Name order"),
        "title": translate("MergeDialog", "Title"),
        "organisation": translate("MergeDialog", "Organisation"),
        "emails": translate("MergeDialog", "Emails"),
        "phones": translate("MergeDialog", "Phones"),
        "preferred_language": translate("MergeDialog", "Language"),
        "tags": translate("MergeDialog", "Tags"),
        "notes": translate("MergeDialog", "Notes"),
        "name": translate("MergeDialog", "Name"),
        "short_name": translate("MergeDialog", "Short name"),
        "kind": translate("MergeDialog", "Kind"),
        "country": translate("MergeDialog", "Country"),
        "city": translate("MergeDialog", "City"),
        "website": translate("MergeDialog", "Website"),
        "stage": translate("MergeDialog", "Stage"),
        "owner": translate("MergeDialog", "Owner"),
        "parent": translate("MergeDialog", "Part of"),
        "description": translate("MergeDialog", "Description"),
    }
    return names.get(key, english)


# Fields whose values the merge service gives as an enum's English label, or a country's name.
_ENUM_FIELDS = frozenset(("name_order", "preferred_language", "kind", "stage"))


def _value_text(key: str, value: str) -> str:
    """A field's value as the merge service shows it, in the interface language."""
    if not value:
        return value
    if key in _ENUM_FIELDS:
        return translate("enum", value)
    if key == "country":
        return fmt_country_name(value)
    return value


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
