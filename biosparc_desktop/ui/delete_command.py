"""Delete the record selected in the current list: ask first when others depend on it,
then select its neighbour and say how to undo."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from biosparc_desktop.ui.dialogs.delete_confirm import confirm_delete
from biosparc_desktop.ui.i18n import action_text, translate

if TYPE_CHECKING:
    from biosparc_desktop.ui.main_window import MainWindow


def delete_current_record(window: MainWindow) -> None:
    key = window.current_view_name()
    view = window.views[key]
    current = getattr(view, "current_id", lambda: None)()
    if current is None:
        window.statusBar().showMessage(
            translate("MainWindow", "Select a record to delete first."), 4000
        )
        return
    services = window.state.services
    service: Any = {
        "partners": services.organisations,
        "contacts": services.contacts,
        "agreements": services.agreements,
        "tasks": services.tasks,
        "events": services.events,
    }.get(key)
    if service is None:
        return
    kind = {"partners": "organisation", "tasks": "task"}.get(key, key.rstrip("s"))
    impact = window.state.attempt(window, lambda: services.delete_impact.of(kind, current))
    if impact is None or not confirm_delete(window, impact):
        return
    page = getattr(view, "list", None)
    neighbour = page.neighbour_id(current) if page is not None else None

    def delete() -> bool:
        service.delete(current)
        return True

    if window.state.attempt(window, delete):
        if page is not None and neighbour is not None:
            page.select_id(neighbour)  # the next row, not the top of the list
        label = window.state.undo_label()
        window.statusBar().showMessage(
            translate("MainWindow", "{action}: moved to the Trash. Press Ctrl+Z to undo.").format(
                action=action_text(label) if label else translate("MainWindow", "Deleted")
            ),
            8000,
        )
