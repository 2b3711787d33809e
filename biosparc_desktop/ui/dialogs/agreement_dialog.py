"""Add or edit an agreement: title, kind, parties and roles, dates, value and currency."""

from __future__ import annotations

from collections.abc import Callable
from itertools import pairwise

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from biosparc_desktop.domain.enums import AgreementKind, PartyRole
from biosparc_desktop.services.agreements import AgreementDraft, AgreementRow, PartyDraft
from biosparc_desktop.ui.app_state import AppState
from biosparc_desktop.ui.dialogs.form_dialog import FormDialog, Problems
from biosparc_desktop.ui.i18n import translate
from biosparc_desktop.ui.widgets.inputs import OptionalDate, choice_combo, combo_text, enum_combo

CURRENCIES = ("CNY", "SGD", "USD", "EUR", "HKD", "GBP", "JPY")


class PartiesEditor(QWidget):
    """Rows of (organisation, role); at least two are needed."""

    def __init__(
        self, organisations: list[tuple[str, str]], parties: tuple[PartyDraft, ...]
    ) -> None:
        super().__init__()
        self.organisations = organisations
        self.table = QTableWidget(0, 2)
        self.table.setHorizontalHeaderLabels(
            [translate("PartiesEditor", "Organisation"), translate("PartiesEditor", "Role")]
        )
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setColumnWidth(0, 300)
        self.table.verticalHeader().setVisible(False)
        self.table.setMaximumHeight(150)
        # The keyboard goes through the cells' boxes, not the table: a table holding
        # boxes passed Tab back and forth between itself and a box without end.
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.table.setTabKeyNavigation(False)
        add = QPushButton(translate("PartiesEditor", "Add party"))
        add.setObjectName("add_party")
        remove = QPushButton(translate("PartiesEditor", "Remove"))
        self._buttons = (add, remove)
        add.clicked.connect(self._add_party)
        remove.clicked.connect(self._remove)
        buttons = QHBoxLayout()
        buttons.addWidget(add)
        buttons.addWidget(remove)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        for party in parties:
            self.add_row(party.organisation_id, party.role)
        self.changed_callbacks: list[Callable[[], None]] = []

    def add_row(self, organisation_id: str | None, role: PartyRole) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        org_box = choice_combo(
            [
                (translate("PartiesEditor", "(choose)"), None),
                *[(n, pid) for pid, n in self.organisations],
            ],
            organisation_id,
        )
        role_box = enum_combo(PartyRole, role)
        self.table.setCellWidget(row, 0, org_box)
        self.table.setCellWidget(row, 1, role_box)
        self.table.setItem(row, 0, QTableWidgetItem())
        self._keyboard_order()
        org_box.currentIndexChanged.connect(self._changed)
        role_box.currentIndexChanged.connect(self._changed)
        self._changed()

    def _add_party(self) -> None:
        """A new row, with the cursor in its organisation to choose one at once."""
        self.add_row(None, PartyRole.PARTNER)
        added = self.table.cellWidget(self.table.rowCount() - 1, 0)
        if added is not None:
            added.show()
            added.setFocus(Qt.FocusReason.OtherFocusReason)

    def showEvent(self, event: QShowEvent) -> None:
        self._keyboard_order()
        super().showEvent(event)

    def _keyboard_order(self) -> None:
        """Tab: each party's organisation and role in turn, then Add party and Remove."""
        if self.window() is self:
            return  # Qt orders Tab within a window: done once the editor is in its dialog
        before: QWidget | None = self.table.previousInFocusChain()  # the field before
        while (
            before is not None
            and before is not self.window()
            and (self.isAncestorOf(before) or not before.focusPolicy() & Qt.FocusPolicy.TabFocus)
        ):
            before = before.previousInFocusChain()
        chain: list[QWidget] = [before] if before is not None else []
        for row in range(self.table.rowCount()):
            for column in (0, 1):
                cell = self.table.cellWidget(row, column)
                if cell is not None:
                    chain.append(cell)
        chain += self._buttons
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)

    def _remove(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)
            self._changed()

    def _changed(self) -> None:
        for callback in getattr(self, "changed_callbacks", []):
            callback()

    def parties(self) -> tuple[PartyDraft, ...]:
        result = []
        for row in range(self.table.rowCount()):
            org = self.table.cellWidget(row, 0)
            role = self.table.cellWidget(row, 1)
            if isinstance(org, QComboBox) and isinstance(role, QComboBox) and org.currentData():
                result.append(PartyDraft(org.currentData(), role.currentData()))
        return tuple(result)


class AgreementDialog(FormDialog):
    def __init__(
        self,
        state: AppState,
        row: AgreementRow | None = None,
        parent: QWidget | None = None,
        *,
        organisation_id: str | None = None,
    ) -> None:
        super().__init__(
            state,
            translate("AgreementDialog", "Edit agreement")
            if row
            else translate("AgreementDialog", "New agreement"),
            parent,
        )
        self.row = row
        services = state.services
        today = services.context.today()
        self.title_field = self.add_field(
            "title", translate("AgreementDialog", "&Title"), QLineEdit(row.title if row else "")
        )
        self.kind = self.add_field(
            "kind",
            translate("AgreementDialog", "&Kind"),
            enum_combo(AgreementKind, row.kind if row else None),
        )
        organisations = services.organisations.names()
        if row:
            parties = tuple(PartyDraft(p.organisation_id, p.role) for p in row.parties)
        else:
            home = [pid for pid, name in organisations if name.lower().startswith("biosparc")]
            parties = tuple(PartyDraft(pid, PartyRole.BIOSPARC) for pid in home[:1])
            if organisation_id and organisation_id not in home:
                parties += (PartyDraft(organisation_id, PartyRole.PARTNER),)
        self.parties_editor = self.add_field(
            "parties",
            translate("AgreementDialog", "&Parties"),
            PartiesEditor(organisations, parties),
        )
        self.parties_editor.changed_callbacks.append(self._mark_changed)
        self.signed = self.add_field(
            "signed_on",
            translate("AgreementDialog", "&Signed"),
            OptionalDate(row.signed_on if row else None, default=today),
        )
        self.effective = self.add_field(
            "effective_on",
            translate("AgreementDialog", "E&ffective"),
            OptionalDate(row.effective_on if row else None, default=today),
        )
        self.expires = self.add_field(
            "expires_on",
            translate("AgreementDialog", "E&xpires"),
            OptionalDate(row.expires_on if row else None, default=today),
        )
        self.notice = self.add_field(
            "renewal_notice_days",
            translate("AgreementDialog", "Renewal &notice (days)"),
            QSpinBox(maximum=3650),
        )
        self.notice.setValue(row.renewal_notice_days or 0 if row else 90)
        self.value = self.add_field(
            "value",
            translate("AgreementDialog", "&Value"),
            QLineEdit(
                f"{row.value:,}" if row and row.value is not None else "",
                placeholderText=translate("AgreementDialog", "e.g. 2,500,000"),
            ),
        )
        self.value.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.currency = self.add_field(
            "currency",
            translate("AgreementDialog", "C&urrency"),
            choice_combo(
                [("", None), *[(c, c) for c in CURRENCIES]],
                row.currency if row else None,
                editable=True,
            ),
        )
        staff = [(s.name, s.name) for s in services.staff.rows()]
        self.owner = self.add_field(
            "owner",
            translate("AgreementDialog", "&Owner"),
            choice_combo([("", None), *staff], row.owner if row else None, editable=True),
        )
        self.key_terms = self.add_field(
            "key_terms",
            translate("AgreementDialog", "Key ter&ms"),
            QPlainTextEdit(row.key_terms or "" if row else ""),
        )
        self.key_terms.setMaximumHeight(80)
        self.dirty = False

    def _mark_changed(self) -> None:
        self.dirty = True
        self._revalidate.start()

    def draft(self) -> AgreementDraft:
        return AgreementDraft(
            title=self.title_field.text(),
            kind=self.kind.currentData(),
            parties=self.parties_editor.parties(),
            signatory_ids=(),
            signed_on=self.signed.value(),
            effective_on=self.effective.value(),
            expires_on=self.expires.value(),
            renewal_notice_days=self.notice.value() or None,
            value=self.value.text(),
            currency=combo_text(self.currency),
            key_terms=self.key_terms.toPlainText(),
            owner=combo_text(self.owner),
        )

    def _draft_keeping_signatories(self) -> AgreementDraft:
        draft = self.draft()
        if self.row is None:
            return draft
        detail = self.state.services.agreements.detail(self.row.id)
        from dataclasses import replace

        return replace(draft, signatory_ids=tuple(s.contact_id for s in detail.signatories))

    def problems(self) -> Problems:
        return self.state.services.agreements.validate(self.draft())

    def save(self) -> AgreementRow:
        service = self.state.services.agreements
        if self.row is None:
            return service.create(self.draft())
        return service.update(self.row.id, self._draft_keeping_signatories())
