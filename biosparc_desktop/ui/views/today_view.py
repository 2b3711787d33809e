"""Today: a dashboard of what needs attention now, most urgent first.

Overdue follow-ups, then the rest of the week's; agreements by the date that asks
for action; the next events with who is coming; partners going cold. Sections
with lines share the page (two columns when it is wide enough); an empty section
shrinks to one line at the bottom. Enter or a double-click on a line opens its record.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtGui import QFont, QPalette, QResizeEvent
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidgetItem,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from biosparc_desktop.services.today import AgreementDue, DueKind, TodayDigest
from biosparc_desktop.ui.app_state import AppState
from biosparc_desktop.ui.formatting import fmt_date, fmt_days, fmt_long_date
from biosparc_desktop.ui.i18n import label, translate
from biosparc_desktop.ui.widgets.today_list import KEY, KIND, VIEW, TodayList, TodaySection

TWO_COLUMNS_FROM = 960  # px of the view's width
ATTENDEES_SHOWN = 5
SOON_DAYS = 30  # an agreement date this close is shown as a warning
RECORD_KINDS = ("task", "agreement", "event", "contact", "organisation")


def _plural(n: int, one: str, many: str) -> str:
    return (one if n == 1 else many).format(n=n)


class TodayView(QWidget):
    open_record = Signal(str, str)
    show_view_requested = Signal(str)
    menu_requested = Signal(str, str, QPoint)  # kind, public id, where (global)

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("today_view")
        self.state = state
        self.digest: TodayDigest | None = None
        self.heading = QLabel()
        self.heading.setObjectName("today_heading")
        font = QFont(self.heading.font())
        font.setBold(True)
        font.setPixelSize(20)
        self.heading.setFont(font)
        self.summary = QLabel()
        self.summary.setObjectName("today_summary")
        self.summary.setForegroundRole(QPalette.ColorRole.PlaceholderText)

        def section(name: str, title: str, empty: str) -> TodaySection:
            made = TodaySection(name, title, empty)
            made.list.itemActivated.connect(self._activated)
            made.list.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
            made.list.customContextMenuRequested.connect(
                lambda point, lines=made.list: self._menu(lines, point)
            )
            made.list.move_on = self._move_on
            return made

        self.overdue = section(
            "today_overdue",
            translate("TodayView", "Overdue follow-ups"),
            translate("TodayView", "Nothing overdue."),
        )
        self.week = section(
            "today_week",
            translate("TodayView", "Due this week: tick to complete"),
            translate("TodayView", "No follow-ups due this week. Press Ctrl+N to add one."),
        )
        self.agreements = section(
            "today_agreements",
            translate("TodayView", "Agreements: renewal notices and expiries"),
            translate(
                "TodayView", "No agreement expires or needs renewal notice in the next 90 days."
            ),
        )
        self.events = section(
            "today_events",
            translate("TodayView", "Upcoming events and who is coming"),
            translate("TodayView", "No upcoming events."),
        )
        self.cold = section(
            "today_cold",
            translate("TodayView", "Partners going cold"),
            translate("TodayView", "Every active partner has been contacted in the last 90 days."),
        )
        for checkable in (self.overdue.list, self.week.list):
            checkable.itemChanged.connect(self._ticked)
        self.sections = (self.overdue, self.week, self.agreements, self.events, self.cold)
        for part in self.sections:
            # One line chosen on the page at a time, whichever list it is in.
            part.list.itemSelectionChanged.connect(lambda lines=part.list: self._only_chosen(lines))
        self._left_kinds = (self.overdue, self.week, self.agreements)
        self._order: list[TodayList] = []
        self._two_columns: bool | None = None

        page = QWidget()
        page.setObjectName("today_page")
        self.left = QVBoxLayout()
        self.right = QVBoxLayout()
        for column in (self.left, self.right):
            column.setSpacing(6)
            column.addStretch(1)  # sections go above it: columns start at the top
        self.columns = columns = QHBoxLayout()
        columns.setSpacing(24)
        columns.addLayout(self.left, 1)
        columns.addLayout(self.right, 1)
        self.quiet = QGridLayout()
        self.quiet.setHorizontalSpacing(24)
        self.quiet_rule = QFrame()
        self.quiet_rule.setFrameShape(QFrame.Shape.HLine)
        self.quiet_rule.setForegroundRole(QPalette.ColorRole.Mid)
        page_layout = QVBoxLayout(page)
        page_layout.setContentsMargins(2, 4, 8, 8)
        page_layout.addLayout(columns)
        page_layout.addWidget(self.quiet_rule)
        page_layout.addLayout(self.quiet)
        page_layout.addStretch(1)
        self.page_scroll = QScrollArea()
        self.page_scroll.setObjectName("today_scroll")
        self.page_scroll.setWidgetResizable(True)
        self.page_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.page_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.page_scroll.setWidget(page)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.summary)
        layout.addSpacing(6)
        layout.addWidget(self.page_scroll, 1)

    # -- filling -----------------------------------------------------------
    def reload(self) -> None:
        # Changes arrive any time (a sync, another window): the line the user was on
        # and the page's scroll stay where they were.
        scroll = self.page_scroll.verticalScrollBar().value()
        chosen = self._chosen_line()
        had_focus = QApplication.focusWidget() in [section.list for section in self.sections]
        self._fill()
        if chosen is not None:
            self._choose_line(*chosen, keep_keyboard=had_focus)
        self.page_scroll.verticalScrollBar().setValue(scroll)

    def _chosen_line(self) -> tuple[str, object, object, int] | None:
        """The line the user is on: in the list with the focus, else the first chosen."""
        focus = QApplication.focusWidget()
        lists = sorted(self.sections, key=lambda s: s.list is not focus)
        for s in lists:
            chosen = s.list.selectedItems()
            if chosen:
                item = chosen[0]
                return s.objectName(), item.data(KIND), item.data(KEY), s.list.row(item)
        return None

    def _choose_line(
        self, section: str, kind: object, key: object, row: int, *, keep_keyboard: bool
    ) -> None:
        for s in self.sections:
            if s.objectName() != section:
                continue
            for at in range(s.list.count()):
                item = s.list.item(at)
                if item.data(KIND) == kind and item.data(KEY) == key:
                    s.list.setCurrentRow(at)
                    return
            # The line is gone (ticked, deleted): the line that took its place, or the
            # one above it; the keyboard is never left on a list with no line chosen.
            if s.has_lines():
                s.list.setCurrentRow(min(row, s.list.count() - 1))
                return
        if keep_keyboard and self._order:
            self._order[0].setFocus(Qt.FocusReason.OtherFocusReason)
            self._order[0].setCurrentRow(0)

    def _fill(self) -> None:
        digest = self.state.services.today.digest()
        self.digest = digest
        self.heading.setText(
            translate("TodayView", "Today · {date}").format(date=fmt_long_date(digest.today))
        )
        for s in self.sections:
            s.list.blockSignals(True)
            s.list.clear()
        self._fill_tasks(digest)
        self._fill_agreements(digest)
        self._fill_events(digest)
        self._fill_cold(digest)
        totals = (
            digest.overdue.total,
            digest.this_week.total,
            digest.agreements.total,
            digest.events.total,
            digest.going_cold.total,
        )
        for s, total in zip(self.sections, totals, strict=True):
            title = self._titles[s.objectName()]
            s.finish(
                translate("TodayView", "{title} ({n})").format(title=title, n=total)
                if total
                else title
            )
            s.list.blockSignals(False)
        self.summary.setText(self._summary_text(totals))
        self._two_columns = None
        self._arrange()

    @property
    def _titles(self) -> dict[str, str]:
        return {
            "today_overdue_section": translate("TodayView", "Overdue follow-ups"),
            "today_week_section": translate("TodayView", "Due this week: tick to complete"),
            "today_agreements_section": translate(
                "TodayView", "Agreements: renewal notices and expiries"
            ),
            "today_events_section": translate("TodayView", "Upcoming events and who is coming"),
            "today_cold_section": translate(
                "TodayView", "Partners going cold: no interaction for {n} days"
            ).format(n=self.digest.cold_days if self.digest else 90),
        }

    def _summary_text(self, totals: tuple[int, ...]) -> str:
        overdue, week, agreements, events, cold = totals
        parts = []
        if overdue:
            parts.append(translate("TodayView", "{n} overdue").format(n=overdue))
        if week:
            parts.append(translate("TodayView", "{n} due this week").format(n=week))
        if agreements:
            parts.append(
                _plural(
                    agreements,
                    translate("TodayView", "{n} agreement to act on"),
                    translate("TodayView", "{n} agreements to act on"),
                )
            )
        if events:
            parts.append(
                _plural(
                    events,
                    translate("TodayView", "{n} upcoming event"),
                    translate("TodayView", "{n} upcoming events"),
                )
            )
        if cold:
            parts.append(
                _plural(
                    cold,
                    translate("TodayView", "{n} partner going cold"),
                    translate("TodayView", "{n} partners going cold"),
                )
            )
        if not parts:
            return translate("TodayView", "Nothing needs your attention today.")
        return translate("TodayView", " · ").join(parts)

    def _fill_tasks(self, digest: TodayDigest) -> None:
        today = digest.today
        for task in digest.overdue.rows:
            late = (today - task.due_on).days if task.due_on else 0
            self.overdue.list.add(
                task.title + (f" — {task.about}" if task.about else ""),
                "task",
                task.id,
                right=translate("TodayView", "{date} · {late}").format(
                    date=fmt_date(task.due_on),
                    late=_plural(
                        late,
                        translate("TodayView", "{n} day overdue"),
                        translate("TodayView", "{n} days overdue"),
                    ),
                ),
                checkable=True,
                warn=True,
            )
        self._more(self.overdue.list, digest.overdue.more, "tasks")
        for task in digest.this_week.rows:
            self.week.list.add(
                task.title + (f" — {task.about}" if task.about else ""),
                "task",
                task.id,
                right=self._when(task.due_on, today) if task.due_on else "",
                checkable=True,
            )
        self._more(self.week.list, digest.this_week.more, "tasks")

    def _fill_agreements(self, digest: TodayDigest) -> None:
        today = digest.today
        for due in digest.agreements.rows:
            self.agreements.list.add(
                self._agreement_text(due),
                "agreement",
                due.agreement.id,
                right=(
                    translate("TodayView", "renewal notice {when}")
                    if due.kind is DueKind.RENEWAL_NOTICE
                    else translate("TodayView", "expires {when}")
                ).format(when=self._when(due.on, today)),
                warn=due.notice_missed or due.days(today) <= SOON_DAYS,
            )
        self._more(self.agreements.list, digest.agreements.more, "agreements")

    @staticmethod
    def _agreement_text(due: AgreementDue) -> str:
        title = due.agreement.title
        if due.notice_missed and due.agreement.renewal_notice_on:
            return translate("TodayView", "{title} — renewal notice was due {date}").format(
                title=title, date=fmt_date(due.agreement.renewal_notice_on)
            )
        return title

    def _fill_events(self, digest: TodayDigest) -> None:
        lines = self.events.list
        for upcoming in digest.events.rows:
            event = upcoming.event
            line = lines.add(
                event.name + (f" · {event.venue}" if event.venue else ""),
                "event",
                event.id,
                right=self._when(event.held_on, digest.today),
            )
            font = line.font()
            font.setBold(True)
            line.setFont(font)
            for person in upcoming.attendees[:ATTENDEES_SHOWN]:
                about = ", ".join(x for x in (person.title, person.organisation) if x)
                lines.add(
                    person.name + (f" — {about}" if about else ""),
                    "contact",
                    person.contact_id,
                    indent=True,
                )
            hidden = len(upcoming.attendees) - ATTENDEES_SHOWN
            if hidden > 0:
                lines.add(
                    _plural(
                        hidden,
                        translate("TodayView", "and {n} more attendee"),
                        translate("TodayView", "and {n} more attendees"),
                    ),
                    "event",
                    event.id,
                    indent=True,
                )
            elif not upcoming.attendees:
                lines.add(
                    translate("TodayView", "No attendees yet"), "event", event.id, indent=True
                )
        self._more(lines, digest.events.more, "events")

    def _fill_cold(self, digest: TodayDigest) -> None:
        for cold in digest.going_cold.rows:
            p = cold.partner
            if p.last_interaction and cold.days_quiet is not None:
                right = translate("TodayView", "last contact {date} · {ago}").format(
                    date=fmt_date(p.last_interaction.astimezone().date()),
                    ago=fmt_days(-cold.days_quiet),
                )
            else:
                right = translate("TodayView", "never contacted")
            self.cold.list.add(
                translate("TodayView", "{name} ({stage})").format(
                    name=p.name, stage=label(p.stage).lower()
                ),
                "organisation",
                p.organisation_id,
                right=right,
            )
        self._more(self.cold.list, digest.going_cold.more, "partners")

    @staticmethod
    def _when(day: date, today: date) -> str:
        return translate("TodayView", "{date} · {days}").format(
            date=fmt_date(day), days=fmt_days((day - today).days)
        )

    @staticmethod
    def _more(lines: TodayList, more: int, view: str) -> None:
        if more <= 0:
            return
        text = {
            "tasks": translate("TodayView", "{n} more in Follow-ups…"),
            "agreements": translate("TodayView", "{n} more in Agreements…"),
            "events": translate("TodayView", "{n} more in Events…"),
            "partners": translate("TodayView", "{n} more in Partners…"),
        }[view]
        lines.add(text.format(n=more), VIEW, view)

    # -- layout ------------------------------------------------------------
    def _arrange(self) -> None:
        """Sections with lines in one or two columns; the empty ones, one line each, below."""
        filled = [s for s in self.sections if s.has_lines()]
        left = [s for s in filled if s in self._left_kinds]
        right = [s for s in filled if s not in self._left_kinds]
        two = self.width() >= TWO_COLUMNS_FROM and bool(left) and bool(right)
        if not two:
            left, right = filled, []
        for s in self.sections:
            for box in (self.left, self.right, self.quiet):
                box.removeWidget(s)
        for column, sections in ((self.left, left), (self.right, right)):
            for s in sections:
                column.insertWidget(column.count() - 1, s)
        empty = [s for s in self.sections if not s.has_lines()]
        per_row = 2 if self.width() >= TWO_COLUMNS_FROM else 1
        for i, s in enumerate(empty):
            self.quiet.addWidget(s, i // per_row, i % per_row)
        self.columns.setStretch(1, 1 if two else 0)  # one column takes the whole width
        self.quiet_rule.setVisible(bool(empty) and bool(filled))
        self._two_columns = two
        self._order = [s.list for s in left + right]
        self.setFocusProxy(self._order[0] if self._order else self.page_scroll)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        wide = self.width() >= TWO_COLUMNS_FROM
        if self._two_columns is not None and wide != self._two_columns:
            self._arrange()

    def _only_chosen(self, lines: TodayList) -> None:
        if not lines.selectedItems():
            return
        for s in self.sections:
            if s.list is not lines and s.list.selectedItems():
                s.list.clearSelection()

    def _move_on(self, lines: TodayList, step: int) -> bool:
        """Up from a section's first line or Down from its last goes to the next section."""
        if lines not in self._order:
            return False
        at = self._order.index(lines) + step
        if not 0 <= at < len(self._order):
            return False
        target = self._order[at]
        target.setFocus(Qt.FocusReason.OtherFocusReason)
        target.setCurrentRow(0 if step > 0 else target.count() - 1)
        self.page_scroll.ensureWidgetVisible(target.parentWidget() or target)
        return True

    # -- actions -----------------------------------------------------------
    def _activated(self, item: QListWidgetItem) -> None:
        kind, key = item.data(KIND), item.data(KEY)
        if kind == VIEW:
            self.show_view_requested.emit(str(key))
        elif kind and key:
            self.open_record.emit(str(kind), str(key))

    def _menu(self, lines: TodayList, point: QPoint) -> None:
        item = lines.itemAt(point)
        if item is None or item.data(KIND) not in RECORD_KINDS:
            return
        lines.setCurrentItem(item)  # the menu is about the line under the pointer
        self.menu_requested.emit(
            str(item.data(KIND)), str(item.data(KEY)), lines.viewport().mapToGlobal(point)
        )

    def _ticked(self, item: QListWidgetItem) -> None:
        if item.checkState() != Qt.CheckState.Checked:
            return
        lines = item.listWidget()
        key = str(item.data(KEY))
        done = self.state.attempt(self, lambda: (self.state.services.tasks.complete(key), True)[1])
        if not done:
            lines.blockSignals(True)
            item.setCheckState(Qt.CheckState.Unchecked)
            lines.blockSignals(False)
