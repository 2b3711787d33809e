"""One partner: names, stage, owner, tags, and tabs for everything linked to it."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, SignalInstance
from PySide6.QtWidgets import (
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedLayout,
    QVBoxLayout,
    QWidget,
)

from biosparc_desktop.domain.enums import TaskStatus
from biosparc_desktop.errors import NotFound
from biosparc_desktop.services.agreements import AgreementQuery
from biosparc_desktop.services.contacts import ContactQuery
from biosparc_desktop.services.tasks import TaskQuery
from biosparc_desktop.ui import icons, theme
from biosparc_desktop.ui.app_state import AppState
from biosparc_desktop.ui.formatting import (
    fmt_amount,
    fmt_country,
    fmt_date,
    fmt_datetime,
    fmt_phone,
)
from biosparc_desktop.ui.i18n import label, translate
from biosparc_desktop.ui.phone_region import chosen_region
from biosparc_desktop.ui.widgets.chips import chip, clear_layout
from biosparc_desktop.ui.widgets.fact_label import add_fact
from biosparc_desktop.ui.widgets.history_panel import HistoryPanel
from biosparc_desktop.ui.widgets.record_list import RecordList
from biosparc_desktop.ui.widgets.tab_pages import tab_pages


class PartnerDetail(QWidget):
    """Emits ``open_record(kind, id)`` when the user opens a linked record."""

    open_record = Signal(str, str)
    edit_requested = Signal(str)
    log_interaction_requested = Signal(str)
    add_followup_requested = Signal(str)
    briefing_requested = Signal(str)

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("partner_detail")
        self.state = state
        self.partner_id: str | None = None

        self.title = QLabel()
        self.title.setObjectName("partner_title")
        self.title.setStyleSheet("font-size: 18px; font-weight: bold;")
        self.title.setWordWrap(True)
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.title_zh = QLabel()
        self.title_zh.setObjectName("partner_title_zh")
        self.title_zh.setStyleSheet("font-size: 15px;")
        self.chips = QHBoxLayout()
        self.facts = QFormLayout()
        self.description = QLabel()
        self.description.setWordWrap(True)

        buttons = QGridLayout()
        self.edit_button = QPushButton(icons.icon("edit"), translate("PartnerDetail", "Ed&it…"))
        self.log_button = QPushButton(
            icons.icon("interaction"), translate("PartnerDetail", "&Log interaction…")
        )
        self.log_button.setObjectName("log_interaction_button")
        self.followup_button = QPushButton(
            icons.icon("followup"), translate("PartnerDetail", "Add follo&w-up…")
        )
        self.followup_button.setObjectName("add_followup_button")
        self.brief_button = QPushButton(
            icons.icon("pdf"), translate("PartnerDetail", "&Briefing pack…")
        )
        self.brief_button.setObjectName("briefing_button")
        # Two rows of two: the pane stays narrow enough for a 1280-pixel laptop screen.
        for i, button in enumerate(
            (self.edit_button, self.log_button, self.followup_button, self.brief_button)
        ):
            buttons.addWidget(button, i // 2, i % 2)
        buttons.setColumnStretch(2, 1)
        self.edit_button.clicked.connect(lambda: self._emit(self.edit_requested))
        self.log_button.clicked.connect(lambda: self._emit(self.log_interaction_requested))
        self.followup_button.clicked.connect(lambda: self._emit(self.add_followup_requested))
        self.brief_button.clicked.connect(lambda: self._emit(self.briefing_requested))

        self.contacts = RecordList(
            [
                translate("PartnerDetail", "Name"),
                translate("PartnerDetail", "Title", "a person's job title"),
                translate("PartnerDetail", "Email"),
                translate("PartnerDetail", "Phone"),
            ],
            empty_text=translate("PartnerDetail", "No contacts yet."),
            kind="contact",
            deletable=True,
        )
        self.agreements = RecordList(
            [
                translate("PartnerDetail", "Title", "an agreement's title"),
                translate("PartnerDetail", "Status"),
                translate("PartnerDetail", "Expires"),
                translate("PartnerDetail", "Value"),
            ],
            empty_text=translate("PartnerDetail", "No agreements yet."),
            kind="agreement",
            deletable=True,
        )
        self.timeline = RecordList(
            [
                translate("PartnerDetail", "When"),
                translate("PartnerDetail", "Kind"),
                translate("PartnerDetail", "Summary"),
                translate("PartnerDetail", "Outcome"),
            ],
            empty_text=translate("PartnerDetail", "No interactions logged yet."),
            kind="interaction",
            deletable=True,
        )
        self.followups = RecordList(
            [
                translate("PartnerDetail", "Due"),
                translate("PartnerDetail", "Follow-up"),
                translate("PartnerDetail", "Assignee"),
            ],
            empty_text=translate("PartnerDetail", "No open follow-ups."),
            kind="task",
            deletable=True,
        )
        self.events = RecordList(
            [
                translate("PartnerDetail", "Date"),
                translate("PartnerDetail", "Event"),
                translate("PartnerDetail", "Venue"),
            ],
            empty_text=translate("PartnerDetail", "No events."),
            kind="event",
        )
        self.tabs = tab_pages()
        self.tabs.setObjectName("partner_tabs")
        self.tabs.addTab(self.contacts, translate("PartnerDetail", "Contacts"))
        self.tabs.addTab(self.agreements, translate("PartnerDetail", "Agreements"))
        self.tabs.addTab(self.timeline, translate("PartnerDetail", "Interactions"))
        self.tabs.addTab(self.followups, translate("PartnerDetail", "Follow-ups"))
        self.tabs.addTab(self.events, translate("PartnerDetail", "Events"))
        self.history = HistoryPanel(state)
        self.tabs.addTab(self.history, translate("PartnerDetail", "History"))
        self.contacts.open_requested.connect(lambda key: self.open_record.emit("contact", key))
        self.agreements.open_requested.connect(lambda key: self.open_record.emit("agreement", key))
        self.followups.open_requested.connect(lambda key: self.open_record.emit("task", key))
        self.timeline.open_requested.connect(lambda key: self.open_record.emit("interaction", key))
        self.events.open_requested.connect(lambda key: self.open_record.emit("event", key))

        body = QWidget()
        column = QVBoxLayout(body)
        column.addWidget(self.title)
        column.addWidget(self.title_zh)
        column.addLayout(self.chips)
        column.addLayout(self.facts)
        column.addWidget(self.description)
        column.addLayout(buttons)
        column.addWidget(self.tabs, 1)

        self.placeholder = QLabel(
            translate(
                "PartnerDetail", "Select a partner to see its contacts, agreements and history."
            )
        )
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setWordWrap(True)
        self.placeholder.setStyleSheet("color: palette(placeholder-text);")
        self._stack = QStackedLayout(self)
        self._stack.addWidget(self.placeholder)
        self._stack.addWidget(body)
        self._body = body

    def _emit(self, signal: SignalInstance) -> None:
        if self.partner_id:
            signal.emit(self.partner_id)

    def show_partner(self, public_id: str | None) -> None:
        self.partner_id = public_id
        self.refresh()

    def refresh(self) -> None:
        if self.partner_id is None:
            self._stack.setCurrentWidget(self.placeholder)
            return
        services = self.state.services
        try:
            org = services.organisations.get(self.partner_id)
        except NotFound:
            self.partner_id = None
            self._stack.setCurrentWidget(self.placeholder)
            return
        self._stack.setCurrentWidget(self._body)
        self.title.setText(org.name + (f"  ·  {org.short_name}" if org.short_name else ""))
        self.title_zh.setText(org.name_zh or "")
        self.title_zh.setVisible(bool(org.name_zh))
        clear_layout(self.chips)
        self.chips.addWidget(chip(org.stage))
        for tag in org.tags:
            tag_label = QLabel(f"#{tag}")
            tag_label.setStyleSheet("color: palette(placeholder-text);")
            self.chips.addWidget(tag_label)
        self.chips.addStretch(1)
        while self.facts.rowCount():
            self.facts.removeRow(0)
        country = fmt_country(org.country)
        if org.city and country:
            place = translate("PartnerDetail", "{city}, {country}").format(
                city=org.city, country=country
            )
        else:
            place = org.city or country
        for caption, value in (
            (translate("PartnerDetail", "Kind"), label(org.kind)),
            (
                translate("PartnerDetail", "Owner"),
                org.owner or translate("PartnerDetail", "Nobody yet"),
            ),
            (translate("PartnerDetail", "Location"), place),
            (translate("PartnerDetail", "Part of"), org.parent or ""),
            (
                translate("PartnerDetail", "Website"),
                f'<a href="{org.website}">{org.website}</a>' if org.website else "",
            ),
        ):
            if value:
                add_fact(self.facts, caption, value, tab_before=self.edit_button)
        self.description.setText(org.description or "")
        self.description.setVisible(bool(org.description))

        today = services.context.today()
        region = chosen_region(self.state.settings)
        self.contacts.set_rows(
            services.contacts.rows(ContactQuery(organisation_id=org.id), limit=200),
            lambda c: (
                c.display_name,
                c.title or "",
                c.emails[0] if c.emails else "",
                fmt_phone(c.phones[0], region) if c.phones else "",
            ),
            lambda c: c.id,
        )
        self.agreements.set_rows(
            services.agreements.rows(
                AgreementQuery(organisation_id=org.id, sort="expires_on"), limit=200
            ),
            lambda a: (
                a.title,
                label(a.status),
                fmt_date(a.expires_on),
                fmt_amount(a.value, a.currency),
            ),
            lambda a: a.id,
        )
        self.timeline.set_rows(
            services.interactions.rows(organisation_id=org.id, limit=200),
            lambda i: (fmt_datetime(i.occurred_at), label(i.kind), i.summary, i.outcome or ""),
            lambda i: i.id,
        )
        self.followups.set_rows(
            services.tasks.rows(
                TaskQuery(organisation_id=org.id, status=TaskStatus.OPEN), limit=200
            ),
            lambda t: (fmt_date(t.due_on), t.title, t.assignee or ""),
            lambda t: t.id,
            lambda t: theme.warning_color() if t.is_overdue(today) else None,
        )
        self.events.set_rows(
            services.events.rows(organisation_id=org.id, descending=True, limit=200),
            lambda e: (fmt_date(e.held_on), e.name, e.venue or ""),
            lambda e: e.id,
        )
        self.history.show_record(org.id, "organisation")
