"""Add or edit a partner organisation."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QWidget

from biosparc_desktop.domain.enums import OrganisationKind, RelationshipStage
from biosparc_desktop.services.organisations import OrganisationDraft, OrganisationRow
from biosparc_desktop.ui.app_state import AppState
from biosparc_desktop.ui.dialogs.form_dialog import FormDialog, Problems, lines
from biosparc_desktop.ui.i18n import translate
from biosparc_desktop.ui.widgets.inputs import choice_combo, combo_text, enum_combo


class OrganisationDialog(FormDialog):
    def __init__(
        self, state: AppState, row: OrganisationRow | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(
            state,
            translate("OrganisationDialog", "Edit partner")
            if row
            else translate("OrganisationDialog", "New partner"),
            parent,
        )
        self.row = row
        services = state.services
        self.name = self.add_field(
            "name", translate("OrganisationDialog", "&Name"), QLineEdit(row.name if row else "")
        )
        self.name_zh = self.add_field(
            "name_zh",
            translate("OrganisationDialog", "&Chinese name"),
            QLineEdit(row.name_zh or "" if row else ""),
        )
        self.short_name = self.add_field(
            "short_name",
            translate("OrganisationDialog", "&Short name"),
            QLineEdit(row.short_name or "" if row else ""),
        )
        self.kind = self.add_field(
            "kind",
            translate("OrganisationDialog", "&Kind"),
            enum_combo(OrganisationKind, row.kind if row else None),
        )
        self.stage = self.add_field(
            "stage",
            translate("OrganisationDialog", "S&tage"),
            enum_combo(RelationshipStage, row.stage if row else None),
        )
        staff = [(s.name, s.name) for s in services.staff.rows()]
        self.owner = self.add_field(
            "owner",
            translate("OrganisationDialog", "&Owner"),
            choice_combo([("", None), *staff], row.owner if row else None, editable=True),
        )
        self.country = self.add_field(
            "country",
            translate("OrganisationDialog", "Co&untry"),
            QLineEdit(
                row.country or "" if row else "",
                placeholderText=translate("OrganisationDialog", "SG, CN…"),
            ),
        )
        self.city = self.add_field(
            "city",
            translate("OrganisationDialog", "C&ity"),
            QLineEdit(row.city or "" if row else ""),
        )
        self.website = self.add_field(
            "website",
            translate("OrganisationDialog", "&Website"),
            QLineEdit(row.website or "" if row else ""),
        )
        parents = [
            (name, pid) for pid, name in services.organisations.names() if not row or pid != row.id
        ]
        self.parent_org = self.add_field(
            "parent_id",
            translate("OrganisationDialog", "&Part of"),
            choice_combo(
                [(translate("OrganisationDialog", "(none)"), None), *parents],
                row.parent_id if row else None,
            ),
        )
        self.tags = self.add_field(
            "tags",
            translate("OrganisationDialog", "T&ags"),
            QLineEdit(
                ", ".join(row.tags) if row else "",
                placeholderText=translate("OrganisationDialog", "comma-separated"),
            ),
        )
        self.description = self.add_field(
            "description",
            translate("OrganisationDialog", "&Description"),
            QPlainTextEdit(row.description or "" if row else ""),
        )
        self.description.setMaximumHeight(90)
        self.dirty = False

    def draft(self) -> OrganisationDraft:
        return OrganisationDraft(
            name=self.name.text(),
            name_zh=self.name_zh.text(),
            short_name=self.short_name.text(),
            kind=self.kind.currentData(),
            stage=self.stage.currentData(),
            owner=combo_text(self.owner),
            country=self.country.text(),
            city=self.city.text(),
            website=self.website.text(),
            parent_id=self.parent_org.currentData(),
            tags=lines(self.tags.text()),
            description=self.description.toPlainText(),
        )

    def problems(self) -> Problems:
        return self.state.services.organisations.validate(self.draft())

    def save(self) -> OrganisationRow:
        service = self.state.services.organisations
        if self.row is None:
            return service.create(self.draft())
        return service.update(self.row.id, self.draft())
