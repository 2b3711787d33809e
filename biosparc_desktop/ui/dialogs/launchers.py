"""Opens the right dialog for each command, so views and menus share one way to edit."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QDialog, QWidget

from biosparc_desktop.domain.enums import EventKind, InteractionKind, PartyRole
from biosparc_desktop.ui.app_state import AppState
from biosparc_desktop.ui.dialogs.agreement_dialog import AgreementDialog
from biosparc_desktop.ui.dialogs.contact_dialog import ContactDialog
from biosparc_desktop.ui.dialogs.event_dialog import EventDialog
from biosparc_desktop.ui.dialogs.interaction_dialog import InteractionDialog
from biosparc_desktop.ui.dialogs.organisation_dialog import OrganisationDialog
from biosparc_desktop.ui.dialogs.quick_capture import QuickCaptureDialog
from biosparc_desktop.ui.dialogs.search_dialog import SearchDialog
from biosparc_desktop.ui.dialogs.task_dialog import TaskDialog

# What an interaction logged from an event is, by default.
EVENT_INTERACTION_KINDS = {
    EventKind.SIGNING_CEREMONY: InteractionKind.SIGNING,
    EventKind.CONFERENCE: InteractionKind.CONFERENCE,
    EventKind.VISIT: InteractionKind.VISIT,
    EventKind.OTHER: InteractionKind.MEETING,
}


class DialogLauncher(QObject):
    search_result_chosen = Signal(str, str)
    record_saved = Signal(str, str)  # kind, id
    record_created = Signal(str, str)  # kind, id: a new record (the window selects it)

    def __init__(self, state: AppState, parent: QWidget) -> None:
        super().__init__(parent)
        self.state = state
        self.parent_widget = parent
        self.last_dialog: QDialog | None = None

    def _run(self, dialog: QDialog, kind: str) -> None:
        self.last_dialog = dialog
        new = getattr(dialog, "row", None) is None
        if dialog.exec() == QDialog.DialogCode.Accepted:
            saved = getattr(dialog, "saved", None)
            key = getattr(saved, "id", saved)
            if isinstance(key, str):
                self.record_saved.emit(kind, key)
                if new:
                    self.record_created.emit(kind, key)

    def new_partner(self) -> None:
        self._run(OrganisationDialog(self.state, parent=self.parent_widget), "organisation")

    def edit_partner(self, public_id: str) -> None:
        row = self.state.attempt(
            self.parent_widget, lambda: self.state.services.organisations.get(public_id)
        )
        if row is not None:
            self._run(OrganisationDialog(self.state, row, self.parent_widget), "organisation")

    def new_contact(self, organisation_id: str | None = None) -> None:
        self._run(
            ContactDialog(self.state, parent=self.parent_widget, organisation_id=organisation_id),
            "contact",
        )

    def edit_contact(self, public_id: str) -> None:
        row = self.state.attempt(
            self.parent_widget, lambda: self.state.services.contacts.get(public_id)
        )
        if row is not None:
            self._run(ContactDialog(self.state, row, self.parent_widget), "contact")

    def new_agreement(self) -> None:
        self._run(AgreementDialog(self.state, parent=self.parent_widget), "agreement")

    def edit_agreement(self, public_id: str) -> None:
        row = self.state.attempt(
            self.parent_widget, lambda: self.state.services.agreements.get(public_id)
        )
        if row is not None:
            self._run(AgreementDialog(self.state, row, self.parent_widget), "agreement")

    def new_task(
        self,
        *,
        organisation_id: str | None = None,
        contact_id: str | None = None,
        agreement_id: str | None = None,
        event_id: str | None = None,
    ) -> None:
        dialog = TaskDialog(
            self.state,
            parent=self.parent_widget,
            organisation_id=organisation_id,
            contact_id=contact_id,
            agreement_id=agreement_id,
            event_id=event_id,
        )
        self._run(dialog, "task")

    def edit_task(self, public_id: str) -> None:
        row = self.state.attempt(
            self.parent_widget, lambda: self.state.services.tasks.get(public_id)
        )
        if row is not None:
            self._run(TaskDialog(self.state, row, self.parent_widget), "task")

    def new_event(self) -> None:
        self._run(EventDialog(self.state, parent=self.parent_widget), "event")

    def edit_event(self, public_id: str) -> None:
        row = self.state.attempt(
            self.parent_widget, lambda: self.state.services.events.get(public_id)
        )
        if row is not None:
            self._run(EventDialog(self.state, row, self.parent_widget), "event")

    def log_interaction(
        self,
        *,
        organisation_id: str | None = None,
        contact_id: str | None = None,
        agreement_id: str | None = None,
        event_id: str | None = None,
    ) -> None:
        """Log an interaction with a partner or a person; from an agreement, with its
        parties; from an event, with its organisations on its day."""
        services = self.state.services
        organisation_ids: tuple[str, ...] = ()
        kind: InteractionKind | None = None
        on: date | None = None
        if agreement_id is not None:
            found = self.state.attempt(
                self.parent_widget, lambda: services.agreements.get(agreement_id)
            )
            if found is None:
                return
            organisation_ids = tuple(
                p.organisation_id for p in found.parties if p.role != PartyRole.BIOSPARC
            )
        if event_id is not None:
            event = self.state.attempt(self.parent_widget, lambda: services.events.get(event_id))
            if event is None:
                return
            own = services.organisations.own_ids()
            organisation_ids = tuple(o for o in event.organisation_ids if o not in own)
            on = event.held_on
            kind = EVENT_INTERACTION_KINDS[event.kind]
        self._run(
            InteractionDialog(
                self.state,
                parent=self.parent_widget,
                organisation_id=organisation_id,
                contact_id=contact_id,
                organisation_ids=organisation_ids,
                kind=kind,
                on=on,
            ),
            "interaction",
        )

    def edit_interaction(self, public_id: str) -> None:
        row = self.state.attempt(
            self.parent_widget, lambda: self.state.services.interactions.get(public_id)
        )
        if row is not None:
            self._run(InteractionDialog(self.state, row, self.parent_widget), "interaction")

    def quick_capture(self) -> None:
        self._run(QuickCaptureDialog(self.state, self.parent_widget), "contact")

    def global_search(self) -> None:
        dialog = SearchDialog(self.state, self.parent_widget)
        dialog.chosen.connect(self.search_result_chosen)
        self.last_dialog = dialog
        dialog.exec()

    def partner_briefing(self, public_id: str) -> None:
        from biosparc_desktop.ui.dialogs.briefing_dialog import BriefingDialog

        self._run(BriefingDialog(self.state, "partner", public_id, self.parent_widget), "briefing")

    def event_briefing(self, public_id: str) -> None:
        from biosparc_desktop.ui.dialogs.briefing_dialog import BriefingDialog

        self._run(BriefingDialog(self.state, "event", public_id, self.parent_widget), "briefing")
