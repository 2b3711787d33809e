"""Add or edit a follow-up task."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QWidget

from biosparc_desktop.domain.enums import TaskPriority
from biosparc_desktop.services.tasks import TaskDraft, TaskRow
from biosparc_desktop.ui.app_state import AppState
from biosparc_desktop.ui.dialogs.form_dialog import FormDialog, Problems
from biosparc_desktop.ui.i18n import translate
from biosparc_desktop.ui.widgets.inputs import OptionalDate, choice_combo, combo_text, enum_combo


class TaskDialog(FormDialog):
    def __init__(
        self,
        state: AppState,
        row: TaskRow | None = None,
        parent: QWidget | None = None,
        *,
        organisation_id: str | None = None,
        contact_id: str | None = None,
        agreement_id: str | None = None,
        event_id: str | None = None,
    ) -> None:
        super().__init__(
            state,
            translate("TaskDialog", "Edit follow-up")
            if row
            else translate("TaskDialog", "New follow-up"),
            parent,
        )
        self.row = row
        services = state.services
        today = services.context.today()
        self.links = {
            "contact_id": row.contact_id if row else contact_id,
            "agreement_id": row.agreement_id if row else agreement_id,
            "event_id": row.event_id if row else event_id,
        }
        self.title_field = self.add_field(
            "title", translate("TaskDialog", "&What"), QLineEdit(row.title if row else "")
        )
        default_due = today + timedelta(days=7)
        self.due = self.add_field(
            "due_on",
            translate("TaskDialog", "&Due"),
            OptionalDate(row.due_on if row else default_due, default=default_due),
        )
        self.priority = self.add_field(
            "priority",
            translate("TaskDialog", "P&riority"),
            enum_combo(TaskPriority, row.priority if row else TaskPriority.NORMAL),
        )
        staff = [(s.name, s.name) for s in services.staff.rows()]
        self.assignee = self.add_field(
            "assignee",
            translate("TaskDialog", "&Assignee"),
            # A new follow-up is the user's own until they give it to someone else.
            choice_combo(
                [("", None), *staff],
                row.assignee if row else services.staff.current_name(),
                editable=True,
            ),
        )
        organisations = [(name, pid) for pid, name in services.organisations.names()]
        self.organisation = self.add_field(
            "organisation_id",
            translate("TaskDialog", "&Partner"),
            choice_combo(
                [(translate("TaskDialog", "(none)"), None), *organisations],
                row.organisation_id if row else organisation_id,
            ),
        )
        self.notes = self.add_field(
            "notes",
            translate("TaskDialog", "&Notes"),
            QPlainTextEdit(row.notes or "" if row else ""),
        )
        self.notes.setMaximumHeight(80)
        self.dirty = False

    def draft(self) -> TaskDraft:
        due: date | None = self.due.value()
        return TaskDraft(
            title=self.title_field.text(),
            due_on=due,
            priority=self.priority.currentData(),
            assignee=combo_text(self.assignee),
            notes=self.notes.toPlainText(),
            organisation_id=self.organisation.currentData(),
            **self.links,
        )

    def problems(self) -> Problems:
        return self.state.services.tasks.validate(self.draft())

    def save(self) -> TaskRow:
        service = self.state.services.tasks
        if self.row is None:
            return service.create(self.draft())
        return service.update(self.row.id, self.draft())
