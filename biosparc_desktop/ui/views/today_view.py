"""Today: what needs attention now: follow-ups, expiring agreements, events, quiet partners."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from biosparc_desktop.services.tasks import TaskQuery
from biosparc_desktop.ui import theme
from biosparc_desktop.ui.app_state import AppState
from biosparc_desktop.ui.formatting import fmt_date, fmt_days, fmt_long_date
from biosparc_desktop.ui.i18n import label, translate

WEEK = 7
ATTENTION_DAYS = 90
KIND = Qt.ItemDataRole.UserRole
KEY = Qt.ItemDataRole.UserRole + 1


class TodayList(QListWidget):
    """Items carry (kind, id); activating one opens it."""

    def __init__(self, name: str, empty_text: str) -> None:
        super().__init__()
        self.setObjectName(name)
        self.empty_text = empty_text
        self.setUniformItemSizes(True)
        self.setAlternatingRowColors(True)
        # Long lines end in "…" (the whole line is in the tooltip) rather than scrolling sideways.
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)

    def add(
        self, text: str, kind: str, key: str, *, checkable: bool = False, warn: bool = False
    ) -> QListWidgetItem:
        item = QListWidgetItem(text)
        item.setToolTip(text)
        item.setData(KIND, kind)
        item.setData(KEY, key)
        if checkable:
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
        if warn:
            item.setForeground(theme.warning_color())
        self.addItem(item)
        return item

    def finish(self) -> None:
        if self.count() == 0:
            item = QListWidgetItem(self.empty_text)
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.addItem(item)


class TodayView(QWidget):
    open_record = Signal(str, str)

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("today_view")
        self.state = state
        self.heading = QLabel()
        self.heading.setStyleSheet("font-size: 20px; font-weight: 600; padding: 4px 2px;")
        self.followups = TodayList(
            "today_followups",
            translate("TodayView", "No follow-ups due. Press Ctrl+N to add one."),
        )
        self.agreements = TodayList(
            "today_agreements",
            translate(
                "TodayView", "No agreement expires or needs renewal notice in the next 90 days."
            ),
        )
        self.events = TodayList("today_events", translate("TodayView", "No upcoming events."))
        self.quiet = TodayList(
            "today_quiet",
            translate("TodayView", "Every active partner has been contacted in the last 90 days."),
        )
        self.followups.itemChanged.connect(self._ticked)
        grid = QGridLayout()
        for i, (title, widget) in enumerate(
            (
                (
                    translate("TodayView", "Follow-ups: overdue and this week — tick to complete"),
                    self.followups,
                ),
                (
                    translate("TodayView", "Agreements: expiry or renewal notice within 90 days"),
                    self.agreements,
                ),
                (translate("TodayView", "Upcoming events"), self.events),
                (translate("TodayView", "Partners with no interaction for 90 days"), self.quiet),
            )
        ):
            box = QGroupBox(title)
            inner = QVBoxLayout(box)
            inner.addWidget(widget)
            grid.addWidget(box, i // 2, i % 2)
            widget.itemActivated.connect(self._activated)
            widget.itemDoubleClicked.connect(self._activated)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(grid, 1)

    def reload(self) -> None:
        services = self.state.services
        today = services.context.today()
        self.heading.setText(
            translate("TodayView", "Today · {date}").format(date=fmt_long_date(today))
        )
        self.followups.blockSignals(True)
        self.followups.clear()
        for task in services.tasks.rows(
            TaskQuery(due_before=today + timedelta(days=WEEK)), limit=300
        ):
            overdue = task.is_overdue(today)
            if overdue and task.due_on:
                late = (today - task.due_on).days
                when = (
                    translate("TodayView", "{n} day overdue")
                    if late == 1
                    else translate("TodayView", "{n} days overdue")
                ).format(n=late)
            else:
                when = fmt_date(task.due_on) or translate("TodayView", "No date")
            about = f" — {task.about}" if task.about else ""
            self.followups.add(
                translate("TodayView", "{when}: {what}").format(when=when, what=task.title + about),
                "task",
                task.id,
                checkable=True,
                warn=overdue,
            )
        self.followups.finish()
        self.followups.blockSignals(False)

        self.agreements.clear()
        for a in services.agreements.needing_attention(ATTENTION_DAYS):
            notice = a.renewal_notice_on
            if notice and today <= notice <= today + timedelta(days=ATTENTION_DAYS):
                what = translate("TodayView", "renewal notice due {date} ({days})").format(
                    date=fmt_date(notice), days=fmt_days((notice - today).days)
                )
            else:
                what = translate("TodayView", "expires {date} ({days})").format(
                    date=fmt_date(a.expires_on), days=fmt_days(a.days_to_expiry(today))
                )
            self.agreements.add(
                translate("TodayView", "{title}: {what}").format(title=a.title, what=what),
                "agreement",
                a.id,
                warn=True,
            )
        self.agreements.finish()

        self.events.clear()
        for e in services.events.rows(upcoming_only=True, limit=20):
            venue = f" · {e.venue}" if e.venue else ""
            self.events.add(
                translate("TodayView", "{date} ({days}): {name}").format(
                    date=fmt_date(e.held_on), days=fmt_days((e.held_on - today).days), name=e.name
                )
                + venue,
                "event",
                e.id,
            )
        self.events.finish()

        self.quiet.clear()
        for p in services.interactions.quiet_partners(ATTENTION_DAYS):
            last = (
                translate("TodayView", "last contact {date}").format(
                    date=fmt_date(p.last_interaction.date())
                )
                if p.last_interaction
                else translate("TodayView", "never contacted")
            )
            self.quiet.add(
                translate("TodayView", "{name} ({stage}): {last}").format(
                    name=p.name, stage=label(p.stage).lower(), last=last
                ),
                "organisation",
                p.organisation_id,
            )
        self.quiet.finish()

    def _activated(self, item: QListWidgetItem) -> None:
        kind, key = item.data(KIND), item.data(KEY)
        if kind and key:
            self.open_record.emit(str(kind), str(key))

    def _ticked(self, item: QListWidgetItem) -> None:
        if item.checkState() != Qt.CheckState.Checked:
            return
        key = str(item.data(KEY))
        done = self.state.attempt(self, lambda: (self.state.services.tasks.complete(key), True)[1])
        if not done:
            self.followups.blockSignals(True)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.followups.blockSignals(False)
