"""Add or edit an event: a signing ceremony or conference."""

from __future__ import annotations

import re

from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QWidget

from biosparc_desktop.domain.enums import EventKind
from biosparc_desktop.errors import ValidationError
from biosparc_desktop.services.agreements import AgreementQuery
from biosparc_desktop.services.contacts import ContactQuery
from biosparc_desktop.services.events import AgendaDraft, EventDraft, EventRow
from biosparc_desktop.ui.app_state import AppState
from biosparc_desktop.ui.dialogs.form_dialog import FormDialog, Problems
from biosparc_desktop.ui.i18n import translate
from biosparc_desktop.ui.widgets.inputs import CheckList, OptionalDate, enum_combo

_AGENDA_LINE = re.compile(r"^\s*(?:(\d{1,2}:\d{2})\s+)?(.+?)(?:\s+[—-]{1,2}\s+(.+))?\s*$")


def parse_agenda(text: str) -> tuple[AgendaDraft, ...]:
    """One item a line: ``10:00 Welcome address — Biosparc`` (time and speaker optional)."""
    items = []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        match = _AGENDA_LINE.match(line)
        if match is None:
            raise ValidationError(
                translate("EventDialog", "Agenda line {number} is not understood.").format(
                    number=number
                ),
                field="agenda",
            )
        starts, title, speaker = match.groups()
        items.append(AgendaDraft(title=title, starts_at=starts, speaker=speaker))
    return tuple(items)


def format_agenda(items: tuple[AgendaDraft, ...]) -> str:
    return "\n".join(
        " ".join(p for p in (i.starts_at, i.title) if p) + (f" — {i.speaker}" if i.speaker else "")
        for i in items
    )


class EventDialog(FormDialog):
    def __init__(
        self, state: AppState, row: EventRow | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(
            state,
            translate("EventDialog", "Edit event")
            if row
            else translate("EventDialog", "New event"),
            parent,
        )
        self.row = row
        services = state.services
        detail = services.events.detail(row.id) if row else None
        self.name = self.add_field(
            "name", translate("EventDialog", "&Name"), QLineEdit(row.name if row else "")
        )
        self.kind = self.add_field(
            "kind",
            translate("EventDialog", "&Kind"),
            enum_combo(EventKind, row.kind if row else None),
        )
        today = services.context.today()
        self.held_on = self.add_field(
            "held_on",
            translate("EventDialog", "&Date"),
            OptionalDate(row.held_on if row else today, default=today),
        )
        self.venue = self.add_field(
            "venue", translate("EventDialog", "&Venue"), QLineEdit(row.venue or "" if row else "")
        )
        self.organisations = self.add_field(
            "organisations",
            translate("EventDialog", "&Organisations"),
            CheckList(
                [(pid, n) for pid, n in services.organisations.names()],
                row.organisation_ids if row else (),
            ),
        )
        self.agreements = self.add_field(
            "agreements",
            translate("EventDialog", "&Agreements to sign"),
            CheckList(
                [
                    (a.id, a.title)
                    for a in services.agreements.rows(
                        AgreementQuery(sort="updated_at", descending=True), limit=300
                    )
                ],
                detail.agreement_ids if detail else (),
            ),
        )
        self.attendees = self.add_field(
            "attendees", translate("EventDialog", "A&ttendees"), CheckList([])
        )
        self._fill_attendees(tuple(a.contact_id for a in detail.attendees) if detail else ())
        self.organisations.itemChanged.connect(
            lambda _i: self._fill_attendees(self.attendees.checked())
        )
        self.agenda = self.add_field(
            "agenda",
            translate("EventDialog", "A&genda"),
            QPlainTextEdit(
                format_agenda(
                    tuple(AgendaDraft(a.title, a.starts_at, a.speaker) for a in detail.agenda)
                )
                if detail
                else ""
            ),
        )
        self.agenda.setPlaceholderText(
            translate("EventDialog", "One item a line, e.g.\n10:00 Welcome address — Biosparc")
        )
        self.agenda.setMaximumHeight(100)
        self.description = self.add_field(
            "description",
            translate("EventDialog", "D&escription"),
            QPlainTextEdit(row.description or "" if row else ""),
        )
        self.description.setMaximumHeight(60)
        self.dirty = False

    def _fill_attendees(self, checked: tuple[str, ...]) -> None:
        services = self.state.services
        people: dict[str, str] = {}
        for org_id in self.organisations.checked():
            for c in services.contacts.rows(ContactQuery(organisation_id=org_id), limit=500):
                people[c.id] = f"{c.display_name} — {c.organisation or ''}"
        for contact_id in checked:
            if contact_id not in people:
                c = services.contacts.get(contact_id)
                people[c.id] = f"{c.display_name} — {c.organisation or ''}"
        self.attendees.blockSignals(True)
        self.attendees.clear()
        for key, label in sorted(people.items(), key=lambda kv: kv[1]):
            self.attendees.add_item(key, label, key in checked)
        self.attendees.blockSignals(False)

    def draft(self) -> EventDraft:
        return EventDraft(
            name=self.name.text(),
            held_on=self.held_on.value(),
            kind=self.kind.currentData(),
            venue=self.venue.text(),
            description=self.description.toPlainText(),
            organisation_ids=self.organisations.checked(),
            attendee_ids=self.attendees.checked(),
            agreement_ids=self.agreements.checked(),
            agenda=parse_agenda(self.agenda.toPlainText()),
        )

    def problems(self) -> Problems:
        return self.state.services.events.validate(self.draft())

    def save(self) -> EventRow:
        service = self.state.services.events
        if self.row is None:
            return service.create(self.draft())
        return service.update(self.row.id, self.draft())
