"""Events: signing ceremonies and conferences, with attendees, agreements and agenda."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal, SignalInstance
from PySide6.QtWidgets import (
    QGridLayout,
    QLabel,
    QPushButton,
    QStackedLayout,
    QVBoxLayout,
    QWidget,
)

from biosparc_desktop.errors import NotFound
from biosparc_desktop.services.events import EventRow
from biosparc_desktop.ui import icons
from biosparc_desktop.ui.app_state import AppState
from biosparc_desktop.ui.formatting import fmt_date, fmt_long_date
from biosparc_desktop.ui.i18n import label, translate
from biosparc_desktop.ui.models.paged_table import Column
from biosparc_desktop.ui.views.list_detail import ListDetailView
from biosparc_desktop.ui.widgets import interaction_list
from biosparc_desktop.ui.widgets.list_page import Filter, ListPage
from biosparc_desktop.ui.widgets.record_list import RecordList


def _columns() -> tuple[Column[EventRow], ...]:
    """The list's columns, with headers in the interface language (so built after start-up)."""
    return (
        Column(
            translate("EventsView", "Date"),
            lambda r: fmt_date(r.held_on),
            "held_on",
            align_right=True,
            width=90,
        ),
        Column(translate("EventsView", "Event"), lambda r: r.name, None, width=320),
        Column(translate("EventsView", "Kind"), lambda r: label(r.kind), None, width=130),
        Column(translate("EventsView", "Venue"), lambda r: r.venue or "", None, width=220),
        Column(
            translate("EventsView", "Organisations"),
            lambda r: str(len(r.organisations)),
            None,
            align_right=True,
            width=100,
        ),
        Column(
            translate("EventsView", "Attendees"),
            lambda r: str(r.attendee_count),
            None,
            align_right=True,
            width=80,
        ),
        Column(
            translate("EventsView", "Agreements"),
            lambda r: str(r.agreement_count),
            None,
            align_right=True,
            width=90,
        ),
    )


class EventsView(ListDetailView):
    open_record = Signal(str, str)
    edit_requested = Signal(str)
    briefing_requested = Signal(str)
    log_interaction_requested = Signal(str)
    add_followup_requested = Signal(str)

    def __init__(
        self, state: AppState, *, debounce_ms: int = 200, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.state = state
        self.list = ListPage(
            name="events",
            noun=translate("EventsView", "events"),
            noun_one=translate("EventsView", "event"),
            columns=_columns(),
            fetch=self._fetch,
            count=self._count,
            filters=[
                Filter(
                    "upcoming",
                    translate("EventsView", "When"),
                    [
                        (translate("EventsView", "All events"), None),
                        (translate("EventsView", "Upcoming only"), True),
                    ],
                )
            ],
            empty_text=translate(
                "EventsView",
                "No events yet. Press Ctrl+N to plan a signing ceremony or conference.",
            ),
            search_placeholder=translate("EventsView", "Search events by name or venue…"),
            debounce_ms=debounce_ms,
        )
        self.list.model.sort(0, Qt.SortOrder.DescendingOrder)
        self.list.table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.DescendingOrder)
        self.detail = EventDetailPane(state)
        self.detail.open_record.connect(self.open_record)
        self.detail.edit_button.clicked.connect(lambda: self._emit_for_current(self.edit_requested))
        self.detail.brief_button.clicked.connect(
            lambda: self._emit_for_current(self.briefing_requested)
        )
        self.detail.log_button.clicked.connect(
            lambda: self._emit_for_current(self.log_interaction_requested)
        )
        self.detail.followup_button.clicked.connect(
            lambda: self._emit_for_current(self.add_followup_requested)
        )
        self._arrange("events", self.list, self.detail, self.detail.show_event)
        self.list.open_requested.connect(lambda row: self.detail.show_event(row.id))

    def _emit_for_current(self, signal: SignalInstance) -> None:
        if self.detail.event_id:
            signal.emit(self.detail.event_id)

    def _fetch(
        self,
        search: str,
        filters: dict[str, Any],
        offset: int,
        limit: int,
        _sort: str | None,
        desc: bool,
    ) -> list[EventRow]:
        return self.state.services.events.rows(
            search=search,
            upcoming_only=bool(filters.get("upcoming")),
            descending=desc,
            limit=limit,
            offset=offset,
        )

    def _count(self, search: str, filters: dict[str, Any]) -> int:
        return self.state.services.events.count(
            search=search, upcoming_only=bool(filters.get("upcoming"))
        )


class EventDetailPane(QWidget):
    open_record = Signal(str, str)

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("event_detail")
        self.state = state
        self.event_id: str | None = None
        self.title = QLabel()
        self.title.setObjectName("event_title")
        self.title.setWordWrap(True)
        self.title.setStyleSheet("font-size: 17px; font-weight: bold;")
        self.when = QLabel()
        self.description = QLabel()
        self.description.setWordWrap(True)
        self.agenda = RecordList(
            [
                translate("EventDetailPane", "Time"),
                translate("EventDetailPane", "Item"),
                translate("EventDetailPane", "Speaker"),
            ],
            empty_text=translate("EventDetailPane", "No agenda yet."),
        )
        self.attendees = RecordList(
            [
                translate("EventDetailPane", "Attendee"),
                translate("EventDetailPane", "Title"),
                translate("EventDetailPane", "Organisation"),
            ],
            empty_text=translate("EventDetailPane", "No attendees yet."),
            kind="contact",
        )
        self.attendees.open_requested.connect(lambda key: self.open_record.emit("contact", key))
        self.agreements = RecordList(
            [translate("EventDetailPane", "Agreement to be signed")],
            empty_text=translate("EventDetailPane", "No agreements."),
            kind="agreement",
        )
        self.agreements.open_requested.connect(lambda key: self.open_record.emit("agreement", key))
        # What was said that day with the people and organisations there: opened in full.
        self.interactions = interaction_list.interaction_list(
            translate("EventDetailPane", "No interactions logged on the day.")
        )
        self.interactions.setObjectName("event_interactions")
        self.interactions.open_requested.connect(
            lambda key: self.open_record.emit("interaction", key)
        )
        self.edit_button = QPushButton(icons.icon("edit"), translate("EventDetailPane", "Ed&it…"))
        self.brief_button = QPushButton(
            icons.icon("pdf"), translate("EventDetailPane", "&Briefing pack…")
        )
        self.brief_button.setObjectName("event_briefing_button")
        self.log_button = QPushButton(
            icons.icon("interaction"), translate("EventDetailPane", "&Log interaction…")
        )
        self.log_button.setObjectName("event_log_interaction_button")
        self.log_button.setToolTip(
            translate("EventDetailPane", "Log a meeting on the day with the people there")
        )
        self.followup_button = QPushButton(
            icons.icon("followup"), translate("EventDetailPane", "Add follo&w-up…")
        )
        self.followup_button.setObjectName("event_add_followup_button")
        # Two rows of two, like a partner's: the pane stays narrow on a laptop.
        buttons = QGridLayout()
        for i, button in enumerate(
            (self.edit_button, self.log_button, self.followup_button, self.brief_button)
        ):
            buttons.addWidget(button, i // 2, i % 2)
        buttons.setColumnStretch(2, 1)
        body = QWidget()
        column = QVBoxLayout(body)
        column.addWidget(self.title)
        column.addWidget(self.when)
        column.addWidget(self.description)
        column.addLayout(buttons)
        column.addWidget(_heading(translate("EventDetailPane", "Agenda")))
        column.addWidget(self.agenda)
        column.addWidget(_heading(translate("EventDetailPane", "Agreements")))
        column.addWidget(self.agreements)
        column.addWidget(_heading(translate("EventDetailPane", "Attendees")))
        column.addWidget(self.attendees)
        column.addWidget(_heading(translate("EventDetailPane", "Interactions on the day")))
        column.addWidget(self.interactions)
        self.placeholder = QLabel(
            translate("EventDetailPane", "Select an event to see its agenda and attendees.")
        )
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setStyleSheet("color: palette(placeholder-text);")
        self._stack = QStackedLayout(self)
        self._stack.addWidget(self.placeholder)
        self._stack.addWidget(body)
        self._body = body

    def show_event(self, public_id: str | None) -> None:
        self.event_id = public_id
        self.refresh()

    def refresh(self) -> None:
        if self.event_id is None:
            self._stack.setCurrentWidget(self.placeholder)
            return
        try:
            detail = self.state.services.events.detail(self.event_id)
        except NotFound:
            self.event_id = None
            self._stack.setCurrentWidget(self.placeholder)
            return
        e = detail.event
        self._stack.setCurrentWidget(self._body)
        self.title.setText(e.name)
        self.when.setText(
            " · ".join(p for p in (fmt_long_date(e.held_on), e.venue or "", label(e.kind)) if p)
        )
        self.description.setText(e.description or "")
        self.description.setVisible(bool(e.description))
        self.agenda.set_rows(
            detail.agenda, lambda a: (a.starts_at or "", a.title, a.speaker or ""), lambda a: ""
        )
        self.agreements.set_rows(
            list(zip(detail.agreement_ids, detail.agreements, strict=True)),
            lambda a: (a[1],),
            lambda a: a[0],
        )
        self.attendees.set_rows(
            sorted(detail.attendees, key=lambda a: (a.organisation or "", a.name)),
            lambda a: (a.name, a.title or "", a.organisation or ""),
            lambda a: a.contact_id,
        )
        interaction_list.show(
            self.interactions,
            interaction_list.gather(
                self.state.services,
                organisation_ids=e.organisation_ids,
                contact_ids=[a.contact_id for a in detail.attendees if a.contact_id],
                on=e.held_on,
            ),
        )


def _heading(text: str) -> QLabel:
    return QLabel(f"<b>{text}</b>")
