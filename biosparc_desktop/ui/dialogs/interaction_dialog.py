"""Log (or edit) a meeting, call, email, visit, signing or conference.

Its time is typed as the clock read where it happened, in its own time zone: the
user's for a new one, the one it was logged in for an existing one. A note under
the zone says so, and what that time is on the user's clock when it differs.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from PySide6.QtCore import QDate, QDateTime, QTime
from PySide6.QtWidgets import QComboBox, QDateTimeEdit, QLabel, QPlainTextEdit, QWidget

from biosparc_desktop.domain.enums import InteractionKind
from biosparc_desktop.services.contacts import ContactQuery
from biosparc_desktop.services.interactions import InteractionDraft, InteractionRow
from biosparc_desktop.ui import theme
from biosparc_desktop.ui.app_state import AppState
from biosparc_desktop.ui.dialogs.form_dialog import FormDialog, Problems
from biosparc_desktop.ui.formatting import fmt_moment, place_name
from biosparc_desktop.ui.i18n import translate
from biosparc_desktop.ui.local_zone import local_zone_name
from biosparc_desktop.ui.widgets.inputs import CheckList, choice_combo, combo_text, enum_combo

ZONES = (
    "Asia/Shanghai",
    "Asia/Singapore",
    "Asia/Hong_Kong",
    "Europe/London",
    "America/New_York",
    "UTC",
)


def _zones_with(zone: str) -> tuple[str, ...]:
    """The usual zones, and this one first when it is not among them (the user's own)."""
    return ZONES if zone in ZONES else (zone, *ZONES)


class InteractionDialog(FormDialog):
    def __init__(
        self,
        state: AppState,
        row: InteractionRow | None = None,
        parent: QWidget | None = None,
        *,
        organisation_id: str | None = None,
        contact_id: str | None = None,
        organisation_ids: Sequence[str] = (),
        kind: InteractionKind | None = None,
        on: date | None = None,
    ) -> None:
        """A new interaction starts with ``organisation_id`` or ``organisation_ids``
        (an agreement's parties, an event's organisations) and ``contact_id`` ticked, of
        ``kind``, on the day ``on`` (an event's) at the current time of day."""
        super().__init__(
            state,
            translate("InteractionDialog", "Edit interaction")
            if row
            else translate("InteractionDialog", "Log interaction"),
            parent,
        )
        self.row = row
        services = state.services
        if contact_id and not organisation_id:
            # Logged from a person: with them, at their organisation.
            organisation_id = services.contacts.get(contact_id).organisation_id
        self.kind = self.add_field(
            "kind",
            translate("InteractionDialog", "&Kind"),
            enum_combo(InteractionKind, row.kind if row else kind),
        )
        zone = row.timezone if row else local_zone_name()
        moment = row.occurred_at if row else services.context.now().astimezone(ZoneInfo(zone))
        if row is None and on is not None:
            moment = moment.replace(year=on.year, month=on.month, day=on.day)
        self.when = self.add_field(
            "occurred_at",
            translate("InteractionDialog", "&When"),
            QDateTimeEdit(
                QDateTime(
                    QDate(moment.year, moment.month, moment.day), QTime(moment.hour, moment.minute)
                )
            ),
        )
        self.when.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.when.setCalendarPopup(True)
        self.zone: QComboBox = self.add_field(
            "timezone",
            translate("InteractionDialog", "Time &zone"),
            choice_combo([(z, z) for z in _zones_with(zone)], zone, editable=True),
        )
        self.zone_note = QLabel()
        self.zone_note.setObjectName("zone_note")
        self.zone_note.setWordWrap(True)
        self.zone_note.setStyleSheet(f"color: {theme.MUTED.name()};")
        self.form.addRow("", self.zone_note)
        self.when.dateTimeChanged.connect(lambda _m: self._explain_zone())
        self.zone.currentTextChanged.connect(lambda _t: self._explain_zone())
        self._explain_zone()
        checked_orgs = (
            row.organisation_ids
            if row
            else tuple(
                dict.fromkeys([*([organisation_id] if organisation_id else []), *organisation_ids])
            )
        )
        self.organisations = self.add_field(
            "organisations",
            translate("InteractionDialog", "&Organisations"),
            CheckList([(pid, name) for pid, name in services.organisations.names()], checked_orgs),
        )
        self.contacts = self.add_field(
            "contacts", translate("InteractionDialog", "&Contacts"), CheckList([])
        )
        self._fill_contacts(row.contact_ids if row else ((contact_id,) if contact_id else ()))
        self.organisations.itemChanged.connect(
            lambda _item: self._fill_contacts(self.contacts.checked())
        )
        self.summary = self.add_field(
            "summary",
            translate("InteractionDialog", "&Summary"),
            QPlainTextEdit(row.summary if row else ""),
        )
        self.summary.setMaximumHeight(80)
        self.outcome = self.add_field(
            "outcome",
            translate("InteractionDialog", "O&utcome"),
            QPlainTextEdit(row.outcome or "" if row else ""),
        )
        self.outcome.setMaximumHeight(60)
        self.dirty = False

    def _explain_zone(self) -> None:
        """Which clock the time is on, and the user's own when that differs."""
        name = combo_text(self.zone) or "UTC"
        try:
            at = self._typed_time().replace(tzinfo=ZoneInfo(name))
        except (ZoneInfoNotFoundError, ValueError, OSError):
            self.zone_note.clear()  # the zone's own message says what is wrong
            return
        if at.utcoffset() == at.astimezone().utcoffset():
            text = translate(
                "InteractionDialog", "The time above is the time in {zone}, as on your clock."
            )
        else:
            text = translate(
                "InteractionDialog",
                "The time above is the time in {zone}; on your clock it is {local}.",
            )
        self.zone_note.setText(text.format(zone=place_name(name), local=fmt_moment(at)))

    def _typed_time(self) -> datetime:
        q = self.when.dateTime()
        d, t = q.date(), q.time()
        return datetime(d.year(), d.month(), d.day(), t.hour(), t.minute())

    def _fill_contacts(self, checked: tuple[str, ...]) -> None:
        """People at the chosen organisations (plus anyone already ticked)."""
        services = self.state.services
        people = {}
        for org_id in self.organisations.checked():
            for c in services.contacts.rows(ContactQuery(organisation_id=org_id), limit=500):
                people[c.id] = f"{c.display_name} — {c.organisation or ''}"
        for contact_id in checked:
            if contact_id not in people:
                c = services.contacts.get(contact_id)
                people[c.id] = f"{c.display_name} — {c.organisation or ''}"
        self.contacts.blockSignals(True)
        self.contacts.clear()
        for key, label in sorted(people.items(), key=lambda kv: kv[1]):
            self.contacts.add_item(key, label, key in checked)
        self.contacts.blockSignals(False)

    def draft(self) -> InteractionDraft:
        return InteractionDraft(
            summary=self.summary.toPlainText(),
            kind=self.kind.currentData(),
            occurred_at=self._typed_time(),
            timezone=combo_text(self.zone) or "UTC",
            outcome=self.outcome.toPlainText(),
            organisation_ids=self.organisations.checked(),
            contact_ids=self.contacts.checked(),
        )

    def problems(self) -> Problems:
        return self.state.services.interactions.validate(self.draft())

    def save(self) -> InteractionRow:
        service = self.state.services.interactions
        if self.row is None:
            return service.log(self.draft())
        return service.update(self.row.id, self.draft())
