"""Delete a record (the one selected in the current list, or a row of a detail pane's
list): ask first when others depend on it, then select its neighbour and say how to undo."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from biosparc_desktop.ui.dialogs.delete_confirm import confirm_delete
from biosparc_desktop.ui.i18n import action_text, translate
from biosparc_desktop.ui.record_views import VIEW_KINDS
from biosparc_desktop.ui.widgets.record_list import RecordList

if TYPE_CHECKING:
    from biosparc_desktop.ui.main_window import MainWindow
    from biosparc_desktop.ui.widgets.list_page import ListPage


def delete_current_record(window: MainWindow) -> None:
    # Delete on a row of a detail pane's list (a partner's contacts) is about that row,
    # as its context menu's Delete is, never about the record the pane shows.
    focused = QApplication.focusWidget()
    if (
        isinstance(focused, RecordList)
        and focused.kind is not None
        and window.isAncestorOf(focused)
    ):
        item = focused.currentItem()
        row_id = item.data(0, Qt.ItemDataRole.UserRole) if item is not None else None
        if row_id and focused.deletable:
            delete_record(window, focused.kind, str(row_id))
            return
        if row_id:
            window.statusBar().showMessage(
                translate("MainWindow", "This row cannot be deleted here: open it first."), 4000
            )
            return
    key = window.current_view_name()
    view = window.views[key]
    current = getattr(view, "current_id", lambda: None)()
    if current is None:
        window.statusBar().showMessage(
            translate("MainWindow", "Select a record to delete first."), 4000
        )
        return
    kind = VIEW_KINDS.get(key)
    if kind is None:  # Today and the Trash have their own ways
        return
    delete_record(window, kind, current, getattr(view, "list", None))


def delete_record(
    window: MainWindow, kind: str, public_id: str, page: ListPage[Any] | None = None
) -> None:
    """Move one record to the Trash after the confirmation its links call for; ``page``
    is the list it is selected in, whose next row is then selected."""
    services = window.state.services
    service: Any = {
        "organisation": services.organisations,
        "contact": services.contacts,
        "agreement": services.agreements,
        "task": services.tasks,
        "event": services.events,
        "interaction": services.interactions,
    }[kind]
    impact = window.state.attempt(window, lambda: services.delete_impact.of(kind, public_id))
    if impact is None or not confirm_delete(window, impact):
        return
    neighbour = page.neighbour_id(public_id) if page is not None else None

    def delete() -> bool:
        service.delete(public_id)
        return True

    if window.state.attempt(window, delete):
        if page is not None:
            window.remember_deleted(page, public_id)  # Ctrl+Z selects it again
            if neighbour is not None:
                page.select_id(neighbour)  # the next row, not the top of the list
        label = window.state.undo_label()
        window.statusBar().showMessage(
            translate("MainWindow", "{action}: moved to the Trash. Press Ctrl+Z to undo.").format(
                action=action_text(label) if label else translate("MainWindow", "Deleted")
            ),
            8000,
        )
