"""Quick capture at a signing event: a meeting with a new or existing contact, and its follow-up.

Built for the keyboard: the cursor starts in Contact; type, Tab, type, Enter. One
save writes all of it as one action (and one undo). It can be linked to an event
(today's, when there is one): the person joins its attendees and the follow-up
points at it.
"""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from biosparc_desktop.domain.enums import InteractionKind
from biosparc_desktop.errors import BiosparcError, ValidationError
from biosparc_desktop.services.contacts import ContactDraft, ContactQuery
from biosparc_desktop.services.interactions import InteractionDraft
from biosparc_desktop.services.tasks import TaskDraft
from biosparc_desktop.ui.app_state import AppState
from biosparc_desktop.ui.dialogs.form_dialog import FormDialog, Problems, lines
from biosparc_desktop.ui.formatting import fmt_date
from biosparc_desktop.ui.i18n import translate
from biosparc_desktop.ui.local_zone import local_zone_name
from biosparc_desktop.ui.phone_region import chosen_region, reading_region
from biosparc_desktop.ui.widgets.contact_search import ContactPicker
from biosparc_desktop.ui.widgets.inputs import choice_combo, enum_combo


class QuickCaptureDialog(FormDialog):
    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(state, translate("QuickCaptureDialog", "Quick capture"), parent)
        services = state.services
        self.contact: ContactPicker = self.add_field(
            "contact",
            translate("QuickCaptureDialog", "&Contact"),
            ContactPicker(self._find_contacts),
        )
        self.new_given = self.add_field(
            "given_name", translate("QuickCaptureDialog", "&Given name"), QLineEdit()
        )
        self.new_family = self.add_field(
            "family_name", translate("QuickCaptureDialog", "&Family name"), QLineEdit()
        )
        self.new_zh = self.add_field(
            "name_zh", translate("QuickCaptureDialog", "Chinese &name"), QLineEdit()
        )
        self.new_title = self.add_field(
            "title", translate("QuickCaptureDialog", "&Title"), QLineEdit()
        )
        organisations = [(n, pid) for pid, n in services.organisations.names()]
        self.organisation = self.add_field(
            "organisation_id",
            translate("QuickCaptureDialog", "&Organisation"),
            choice_combo([(translate("QuickCaptureDialog", "(none)"), None), *organisations]),
        )
        self.new_email = self.add_field(
            "emails", translate("QuickCaptureDialog", "&Email"), QLineEdit()
        )
        self.new_phone = self.add_field(
            "phones", translate("QuickCaptureDialog", "&Phone"), QLineEdit()
        )
        self.kind = self.add_field(
            "kind",
            translate("QuickCaptureDialog", "&Kind"),
            enum_combo(InteractionKind, InteractionKind.MEETING),
        )
        self.event_box = self.add_field(
            "event_id", translate("QuickCaptureDialog", "E&vent"), self._event_combo()
        )
        self.summary = self.add_field(
            "summary", translate("QuickCaptureDialog", "&Summary"), QPlainTextEdit()
        )
        self.summary.setTabChangesFocus(True)
        self.summary.setMaximumHeight(70)
        self.follow = self.add_field(
            "follow",
            translate("QuickCaptureDialog", "Follow-&up"),
            QCheckBox(translate("QuickCaptureDialog", "Create a follow-up")),
        )
        self.follow.setChecked(True)
        self.follow_title = self.add_field(
            "task_title",
            translate("QuickCaptureDialog", "Follow-up t&ask"),
            QLineEdit(placeholderText=translate("QuickCaptureDialog", "e.g. Send our brochure")),
        )
        self.follow_days = self.add_field(
            "due_in",
            translate("QuickCaptureDialog", "&Due in (days)"),
            QSpinBox(minimum=0, maximum=365, value=3),
        )
        self.contact.changed.connect(self._contact_changed)
        self.follow.toggled.connect(self._follow_changed)
        self._contact_changed()
        self.dirty = False

    def _event_combo(self) -> QComboBox:
        """Events around today, newest first; today's is chosen when there is one."""
        services = self.state.services
        today = services.context.today()
        events = [
            e
            for e in services.events.rows(descending=True, limit=200)
            if abs((e.held_on - today).days) <= 60
        ]
        choices: list[tuple[str, str | None]] = [(translate("QuickCaptureDialog", "(none)"), None)]
        choices += [(f"{fmt_date(e.held_on)} · {e.name}", e.id) for e in events]
        todays = next((e.id for e in events if e.held_on == today), None)
        return choice_combo(choices, todays)

    def _find_contacts(self, text: str) -> list[tuple[str, str]]:
        """The 20 contacts that best match ``text``, among all of them."""
        rows = self.state.services.contacts.list_rows(ContactQuery(search=text), limit=20)
        return [
            (r.id, f"{r.display_name} — {r.organisation}" if r.organisation else r.display_name)
            for r in rows
        ]

    def _is_new(self) -> bool:
        return self.contact.is_new()

    def _contact_changed(self, *_args: object) -> None:
        new = self._is_new()
        if self.contact.chosen_id is not None:
            # Log the meeting with the person's organisation unless told otherwise.
            person = self.state.services.contacts.get(self.contact.chosen_id)
            index = self.organisation.findData(person.organisation_id)
            self.organisation.setCurrentIndex(max(index, 0))
        for widget in (
            self.new_given,
            self.new_family,
            self.new_zh,
            self.new_title,
            self.new_email,
            self.new_phone,
        ):
            widget.setEnabled(new)

    def _follow_changed(self, on: bool) -> None:
        self.follow_title.setEnabled(on)
        self.follow_days.setEnabled(on)

    def contact_draft(self) -> ContactDraft:
        return ContactDraft(
            given_name=self.new_given.text(),
            family_name=self.new_family.text(),
            name_zh=self.new_zh.text(),
            title=self.new_title.text(),
            organisation_id=self.organisation.currentData(),
            emails=lines(self.new_email.text()),
            phones=lines(self.new_phone.text()),
            notes=translate("QuickCaptureDialog", "Met at an event (quick capture)."),
        )

    def problems(self) -> Problems:
        services = self.state.services
        found: dict[str, str | BiosparcError] = {}
        if self._is_new():
            region = reading_region(services, self.state.settings, self.organisation.currentData())
            found.update(services.contacts.validate(self.contact_draft(), region=region))
        elif self.contact.chosen_id is None:
            found["contact"] = translate(
                "QuickCaptureDialog",
                "Choose a contact from the list, or clear the box to add a new one.",
            )
        if not self.summary.toPlainText().strip():
            found["summary"] = translate(
                "QuickCaptureDialog", "Write a line about what was discussed."
            )
        if self.follow.isChecked() and not self.follow_title.text().strip():
            found["task_title"] = translate(
                "QuickCaptureDialog", "Say what the follow-up is, or untick “Create a follow-up”."
            )
        return found

    def save(self) -> str:
        services = self.state.services
        today = services.context.today()
        with services.context.write("Quick capture"):
            if self._is_new():
                contact = services.contacts.create(
                    self.contact_draft(), region=chosen_region(self.state.settings)
                )
            else:
                contact = services.contacts.get(str(self.contact.chosen_id))
            org_ids = (self.organisation.currentData(),) if self.organisation.currentData() else ()
            interaction = services.interactions.log(
                InteractionDraft(
                    summary=self.summary.toPlainText(),
                    kind=self.kind.currentData(),
                    timezone=local_zone_name(),  # it happens now, where the user is
                    contact_ids=(contact.id,),
                    organisation_ids=org_ids,
                )
            )
            event_id = self.event_box.currentData()
            if event_id:
                services.events.add_attendee(event_id, contact.id)
            if self.follow.isChecked():
                services.tasks.create(
                    TaskDraft(
                        title=self.follow_title.text(),
                        due_on=today + timedelta(days=self.follow_days.value()),
                        contact_id=contact.id,
                        interaction_id=interaction.id,
                        event_id=event_id,
                        assignee=services.staff.current_name(),  # whoever met them follows up
                    )
                )
        if not interaction.id:
            raise ValidationError(translate("QuickCaptureDialog", "Nothing was saved."))
        return contact.id
