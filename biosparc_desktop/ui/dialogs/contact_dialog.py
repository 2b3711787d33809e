"""Add or edit a contact: names in both scripts, several emails and phones."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QWidget

from biosparc_desktop.domain.enums import Language, NameOrder
from biosparc_desktop.services.contacts import ContactDraft, ContactRow
from biosparc_desktop.ui.app_state import AppState
from biosparc_desktop.ui.dialogs.form_dialog import FormDialog, Problems, lines
from biosparc_desktop.ui.formatting import editable_phone
from biosparc_desktop.ui.i18n import label, translate
from biosparc_desktop.ui.phone_region import chosen_region, reading_region
from biosparc_desktop.ui.widgets.inputs import choice_combo, enum_combo

_AUTO = "auto"


class ContactDialog(FormDialog):
    def __init__(
        self,
        state: AppState,
        row: ContactRow | None = None,
        parent: QWidget | None = None,
        *,
        organisation_id: str | None = None,
    ) -> None:
        super().__init__(
            state,
            translate("ContactDialog", "Edit contact")
            if row
            else translate("ContactDialog", "New contact"),
            parent,
        )
        self.row = row
        self.given = self.add_field(
            "given_name",
            translate("ContactDialog", "&Given name"),
            QLineEdit(row.given_name or "" if row else ""),
        )
        self.family = self.add_field(
            "family_name",
            translate("ContactDialog", "&Family name"),
            QLineEdit(row.family_name or "" if row else ""),
        )
        self.name_zh = self.add_field(
            "name_zh",
            translate("ContactDialog", "&Chinese name"),
            QLineEdit(row.name_zh or "" if row else ""),
        )
        self.order = self.add_field(
            "name_order",
            translate("ContactDialog", "Name &order"),
            choice_combo(
                [
                    (
                        translate("ContactDialog", "Automatic (family first for Chinese names)"),
                        _AUTO,
                    ),
                    *[(label(o), o) for o in NameOrder],
                ],
                row.name_order if row else _AUTO,
            ),
        )
        self.title_field = self.add_field(
            "title", translate("ContactDialog", "&Title"), QLineEdit(row.title or "" if row else "")
        )
        organisations = [(name, pid) for pid, name in state.services.organisations.names()]
        self.organisation = self.add_field(
            "organisation_id",
            translate("ContactDialog", "O&rganisation"),
            choice_combo(
                [(translate("ContactDialog", "(none)"), None), *organisations],
                row.organisation_id if row else organisation_id,
            ),
        )
        self.emails = self.add_field(
            "emails",
            translate("ContactDialog", "&Emails"),
            QLineEdit(
                ", ".join(row.emails) if row else "",
                placeholderText=translate("ContactDialog", "several: separate with commas"),
            ),
        )
        self.phones = self.add_field(
            "phones",
            translate("ContactDialog", "&Phones"),
            QLineEdit(
                "",
                placeholderText="+65 6123 4567, +86 138 0013 8000",
            ),
        )
        self.language = self.add_field(
            "preferred_language",
            translate("ContactDialog", "&Language"),
            enum_combo(Language, row.preferred_language if row else None),
        )
        self.tags = self.add_field(
            "tags",
            translate("ContactDialog", "T&ags"),
            QLineEdit(", ".join(row.tags) if row else ""),
        )
        self.notes = self.add_field(
            "notes",
            translate("ContactDialog", "&Notes"),
            QPlainTextEdit(row.notes or "" if row else ""),
        )
        self.notes.setMaximumHeight(90)
        self._phones_shown = ""
        self._show_phones()
        self.organisation.currentIndexChanged.connect(lambda _i: self._show_phones())
        self.dirty = False

    def _region(self) -> str:
        """Where numbers typed without a country code are read."""
        return reading_region(
            self.state.services, self.state.settings, self.organisation.currentData()
        )

    def _show_phones(self) -> None:
        """The saved numbers as they read back the same in the organisation's country;
        again when it changes, unless the user has typed in the field since."""
        if self.row is None or self.phones.text() != self._phones_shown:
            return
        shown = chosen_region(self.state.settings)
        reading = self._region()
        self._phones_shown = ", ".join(editable_phone(p, shown, reading) for p in self.row.phones)
        self.phones.setText(self._phones_shown)

    def draft(self) -> ContactDraft:
        order = self.order.currentData()
        return ContactDraft(
            given_name=self.given.text(),
            family_name=self.family.text(),
            name_zh=self.name_zh.text(),
            name_order=None if order == _AUTO else order,
            title=self.title_field.text(),
            organisation_id=self.organisation.currentData(),
            emails=lines(self.emails.text()),
            phones=lines(self.phones.text()),
            preferred_language=self.language.currentData(),
            tags=lines(self.tags.text()),
            notes=self.notes.toPlainText(),
        )

    def problems(self) -> Problems:
        return self.state.services.contacts.validate(self.draft(), region=self._region())

    def save(self) -> ContactRow:
        service = self.state.services.contacts
        if self.row is None:
            return service.create(self.draft(), region=chosen_region(self.state.settings))
        return service.update(self.row.id, self.draft(), region=chosen_region(self.state.settings))
