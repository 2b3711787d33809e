"""Contacts: the list of people and the selected person's card."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal, SignalInstance
from PySide6.QtWidgets import (
    QFormLayout,
    QGridLayout,
    QLabel,
    QPushButton,
    QStackedLayout,
    QVBoxLayout,
    QWidget,
)

from biosparc_desktop.errors import NotFound
from biosparc_desktop.services.contact_pages import ContactListRow
from biosparc_desktop.services.contacts import ContactQuery
from biosparc_desktop.ui import icons
from biosparc_desktop.ui.app_state import AppState
from biosparc_desktop.ui.formatting import fmt_date, fmt_datetime, fmt_phone
from biosparc_desktop.ui.i18n import label, translate
from biosparc_desktop.ui.models.paged_table import Column
from biosparc_desktop.ui.phone_region import chosen_region
from biosparc_desktop.ui.trash_links import organisation_name
from biosparc_desktop.ui.views.list_detail import ListDetailView
from biosparc_desktop.ui.widgets.common_filters import country_filter, tag_filter
from biosparc_desktop.ui.widgets.fact_label import add_fact
from biosparc_desktop.ui.widgets.history_panel import HistoryPanel
from biosparc_desktop.ui.widgets.list_page import ListPage, plain_query, service_source
from biosparc_desktop.ui.widgets.record_list import RecordList
from biosparc_desktop.ui.widgets.tab_pages import tab_pages


def _columns(state: AppState) -> tuple[Column[ContactListRow], ...]:
    """The list's columns, with headers in the interface language (so built after start-up);
    phone numbers as the user's region in Settings has them at each painting."""
    return (
        Column(translate("ContactsView", "Name"), lambda r: r.display_name, "name", width=220),
        Column(translate("ContactsView", "Title"), lambda r: r.title or "", "title", width=220),
        Column(
            translate("ContactsView", "Organisation"),
            lambda r: r.organisation or "",
            "organisation",
            width=220,
        ),
        Column(
            translate("ContactsView", "Email"),
            lambda r: r.email or "",
            None,
            width=200,
        ),
        Column(
            translate("ContactsView", "Phone"),
            lambda r: fmt_phone(r.phone, chosen_region(state.settings)) if r.phone else "",
            None,
            width=130,
        ),
        Column(translate("ContactsView", "Tags"), lambda r: ", ".join(r.tags), None, width=120),
        Column(
            translate("ContactsView", "Updated"),
            lambda r: fmt_date(r.updated_at.date()),
            "updated_at",
            align_right=True,
            width=90,
        ),
    )


class ContactsView(ListDetailView):
    open_record = Signal(str, str)
    edit_requested = Signal(str)

    def __init__(
        self, state: AppState, *, debounce_ms: int = 200, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.state = state
        fetch, count = service_source(
            plain_query(ContactQuery, "name"),
            state.services.contacts.list_rows,
            state.services.contacts.count,
        )
        self.list = ListPage(
            name="contacts",
            noun=translate("ContactsView", "contacts"),
            noun_one=translate("ContactsView", "contact"),
            columns=_columns(state),
            fetch=fetch,
            count=count,
            filters=[
                tag_filter(state),
                country_filter(state),
            ],
            empty_text=translate(
                "ContactsView",
                "No contacts yet. Press Ctrl+N to add one, or import them from a file.",
            ),
            search_placeholder=translate(
                "ContactsView", "Search by name (English, 中文 or pinyin), title or email…"
            ),
            debounce_ms=debounce_ms,
        )
        self.card = ContactCard(state)
        self.card.open_record.connect(self.open_record)
        self.card.edit_button.clicked.connect(self._edit_current)
        self._arrange("contacts", self.list, self.card, self.card.show_contact)
        self.list.open_requested.connect(lambda row: self.edit_requested.emit(row.id))

    def _edit_current(self) -> None:
        if self.card.contact_id:
            self.edit_requested.emit(self.card.contact_id)


class ContactCard(QWidget):
    """One person: names in both scripts, how to reach them, where they worked, and history."""

    open_record = Signal(str, str)
    log_interaction_requested = Signal(str)
    add_followup_requested = Signal(str)

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("contact_card")
        self.state = state
        self.contact_id: str | None = None
        self.name = QLabel()
        self.name.setObjectName("contact_name")
        self.name.setStyleSheet("font-size: 18px; font-weight: bold;")
        self.name.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.facts = QFormLayout()
        self.notes = QLabel()
        self.notes.setWordWrap(True)
        self.edit_button = QPushButton(icons.icon("edit"), translate("ContactCard", "Ed&it…"))
        self.org_button = QPushButton(
            icons.icon("partners"), translate("ContactCard", "Open &organisation")
        )
        self.org_button.clicked.connect(self._open_org)
        self.log_button = QPushButton(
            icons.icon("interaction"), translate("ContactCard", "&Log interaction…")
        )
        self.log_button.setObjectName("contact_log_interaction_button")
        self.followup_button = QPushButton(
            icons.icon("followup"), translate("ContactCard", "Add follo&w-up…")
        )
        self.followup_button.setObjectName("contact_add_followup_button")
        self.log_button.clicked.connect(lambda: self._emit(self.log_interaction_requested))
        self.followup_button.clicked.connect(lambda: self._emit(self.add_followup_requested))
        # Two rows of two, like a partner's: the pane stays narrow on a laptop.
        buttons = QGridLayout()
        for i, button in enumerate(
            (self.edit_button, self.org_button, self.log_button, self.followup_button)
        ):
            buttons.addWidget(button, i // 2, i % 2)
        buttons.setColumnStretch(2, 1)
        self.timeline = RecordList(
            [
                translate("ContactCard", "When"),
                translate("ContactCard", "Kind"),
                translate("ContactCard", "Summary"),
            ],
            empty_text=translate("ContactCard", "No interactions logged yet."),
            kind="interaction",
            deletable=True,
        )
        self.timeline.open_requested.connect(lambda key: self.open_record.emit("interaction", key))
        body = QWidget()
        column = QVBoxLayout(body)
        column.addWidget(self.name)
        column.addLayout(self.facts)
        column.addWidget(self.notes)
        column.addLayout(buttons)
        self.history = HistoryPanel(state)
        self.tabs = tab_pages()
        self.tabs.addTab(self.timeline, translate("ContactCard", "Interactions"))
        self.tabs.addTab(self.history, translate("ContactCard", "History"))
        column.addWidget(self.tabs, 1)
        self.placeholder = QLabel(
            translate("ContactCard", "Select a contact to see their details.")
        )
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setStyleSheet("color: palette(placeholder-text);")
        self._stack = QStackedLayout(self)
        self._stack.addWidget(self.placeholder)
        self._stack.addWidget(body)
        self._body = body
        self._org_id: str | None = None

    def show_contact(self, public_id: str | None) -> None:
        self.contact_id = public_id
        self.refresh()

    def refresh(self) -> None:
        if self.contact_id is None:
            self._stack.setCurrentWidget(self.placeholder)
            return
        try:
            c = self.state.services.contacts.get(self.contact_id)
        except NotFound:
            self.contact_id = None
            self._stack.setCurrentWidget(self.placeholder)
            return
        self._stack.setCurrentWidget(self._body)
        self.name.setText(c.display_name)
        self._org_id = c.organisation_id
        self.org_button.setEnabled(c.organisation_id is not None)
        while self.facts.rowCount():
            self.facts.removeRow(0)
        rows = [
            (translate("ContactCard", "Title"), c.title or ""),
            (
                translate("ContactCard", "Organisation"),
                organisation_name(self.state.services, c.organisation_id, c.organisation),
            ),
            (translate("ContactCard", "Pinyin"), c.pinyin or "" if c.name_zh else ""),
            (
                translate("ContactCard", "Email"),
                "<br>".join(f'<a href="mailto:{e}">{e}</a>' for e in c.emails),
            ),
            (
                translate("ContactCard", "Phone"),
                "<br>".join(fmt_phone(p, chosen_region(self.state.settings)) for p in c.phones),
            ),
            (translate("ContactCard", "Language"), label(c.preferred_language)),
            (translate("ContactCard", "Tags"), ", ".join(c.tags)),
            (
                translate("ContactCard", "Previously"),
                "<br>".join(
                    _affiliation(a.title, a.organisation, a.ended_on) for a in c.affiliations
                ),
            ),
        ]
        for caption, value in rows:
            if value:
                add_fact(self.facts, caption, value, tab_before=self.edit_button)
        self.notes.setText(c.notes or "")
        self.notes.setVisible(bool(c.notes))
        self.history.show_record(c.id, "contact")
        self.timeline.set_rows(
            self.state.services.interactions.rows(contact_id=c.id, limit=100),
            lambda i: (fmt_datetime(i.occurred_at), label(i.kind), i.summary),
            lambda i: i.id,
        )

    def _emit(self, signal: SignalInstance) -> None:
        if self.contact_id:
            signal.emit(self.contact_id)

    def _open_org(self) -> None:
        if self._org_id:
            self.open_record.emit("organisation", self._org_id)


def _affiliation(title: str | None, organisation: str, ended_on: str | None) -> str:
    """A past position: "Director, Old Co (until 27 Nov 2026)"."""
    where = f"{title}, {organisation}" if title else organisation
    if not ended_on:
        return where
    return translate("ContactCard", "{where} (until {date})").format(
        where=where, date=fmt_date(date.fromisoformat(ended_on))
    )
