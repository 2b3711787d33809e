"""Follow-ups: everything that must not be forgotten, due first."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSettings, Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from biosparc_desktop.domain.enums import TaskStatus
from biosparc_desktop.services.tasks import TaskQuery, TaskRow
from biosparc_desktop.ui import icons, theme
from biosparc_desktop.ui.app_state import AppState
from biosparc_desktop.ui.formatting import fmt_date
from biosparc_desktop.ui.i18n import label, translate
from biosparc_desktop.ui.models.paged_table import Column
from biosparc_desktop.ui.widgets.list_page import Filter, ListPage, service_source

_ALL = "all"


def _query(search: str, filters: dict[str, Any], sort: str | None, desc: bool) -> TaskQuery:
    status = filters.get("status")
    return TaskQuery(
        search=search,
        status=None if status == _ALL else status,
        overdue=bool(filters.get("overdue")),
        assignee=filters.get("assignee"),
        sort=sort or "due_on",
        descending=desc,
    )


class TasksView(QWidget):
    open_record = Signal(str, str)
    edit_requested = Signal(str)

    def __init__(
        self, state: AppState, *, debounce_ms: int = 200, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.state = state
        fetch, count = service_source(_query, state.services.tasks.rows, state.services.tasks.count)

        def overdue(row: TaskRow) -> Any:
            return theme.warning_color() if row.is_overdue(state.services.context.today()) else None

        columns: tuple[Column[TaskRow], ...] = (
            Column(
                translate("TasksView", "Due"),
                lambda r: fmt_date(r.due_on),
                "due_on",
                align_right=True,
                width=90,
                foreground=overdue,
            ),
            Column(
                translate("TasksView", "Follow-up"),
                lambda r: r.title,
                "title",
                width=340,
                foreground=overdue,
            ),
            Column(
                translate("TasksView", "Priority"),
                lambda r: label(r.priority),
                "priority",
                width=80,
            ),
            Column(translate("TasksView", "About"), lambda r: r.about, None, width=260),
            Column(translate("TasksView", "Contact"), lambda r: r.contact or "", None, width=160),
            Column(translate("TasksView", "Assignee"), lambda r: r.assignee or "", None, width=110),
            Column(translate("TasksView", "Status"), lambda r: label(r.status), "status", width=90),
        )
        self.list = ListPage(
            name="tasks",
            noun=translate("TasksView", "follow-ups"),
            noun_one=translate("TasksView", "follow-up"),
            columns=columns,
            fetch=fetch,
            count=count,
            filters=[
                Filter(
                    "status",
                    translate("TasksView", "Status"),
                    [
                        (label(TaskStatus.OPEN), TaskStatus.OPEN),
                        (label(TaskStatus.DONE), TaskStatus.DONE),
                        (label(TaskStatus.CANCELLED), TaskStatus.CANCELLED),
                        (translate("TasksView", "All"), _ALL),
                    ],
                ),
                Filter(
                    "overdue",
                    translate("TasksView", "Due"),
                    [
                        (translate("TasksView", "Any due date"), None),
                        (translate("TasksView", "Overdue only"), True),
                    ],
                ),
                Filter(
                    "assignee",
                    translate("TasksView", "Assignee"),
                    [
                        (translate("TasksView", "Everyone"), None),
                        *[(s.name, s.name) for s in state.services.staff.rows()],
                    ],
                ),
            ],
            empty_text=translate("TasksView", "No follow-ups due. Press Ctrl+N to add one."),
            search_placeholder=translate("TasksView", "Search follow-ups…"),
            debounce_ms=debounce_ms,
        )
        self.done_button = QPushButton(icons.icon("done"), translate("TasksView", "Mark &done"))
        self.done_button.setObjectName("task_done_button")
        self.done_button.clicked.connect(self.complete_current)
        edit = QPushButton(icons.icon("edit"), translate("TasksView", "Ed&it…"))
        edit.clicked.connect(self._edit_current)
        open_about = QPushButton(icons.icon("open"), translate("TasksView", "Open &linked record"))
        open_about.clicked.connect(self._open_about)
        buttons = QHBoxLayout()
        for button in (self.done_button, edit, open_about):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list)
        layout.addLayout(buttons)
        self.list.open_requested.connect(lambda row: self.edit_requested.emit(row.id))

    def _edit_current(self) -> None:
        task_id = self.current_id()
        if task_id:
            self.edit_requested.emit(task_id)

    def complete_current(self) -> None:
        task_id = self.current_id()
        if task_id:
            self.state.attempt(self, lambda: self.state.services.tasks.complete(task_id))

    def _open_about(self) -> None:
        row = self.list.current_row()
        if row is None:
            return
        for kind, key in (
            ("agreement", row.agreement_id),
            ("organisation", row.organisation_id),
            ("contact", row.contact_id),
            ("event", row.event_id),
        ):
            if key:
                self.open_record.emit(kind, key)
                return

    def open_id(self, public_id: str) -> None:
        if not self.list.select_id(public_id):
            self.list.filter_boxes["status"].setCurrentIndex(3)  # All
            self.list.search.clear()
            self.list.reload()
            self.list.select_id(public_id)

    def current_id(self) -> str | None:
        row = self.list.current_row()
        return row.id if row else None

    def reload(self) -> None:
        self.list.reload()

    def save_state(self, settings: QSettings) -> None:
        self.list.save_state(settings)

    def restore_state(self, settings: QSettings) -> None:
        self.list.restore_state(settings)
