"""The context menu of every list row: the actions that apply to that record.

Right-click (or the menu key) on a row of the main lists selects it and offers
Open, Edit, Log interaction, Add follow-up, Briefing pack and Delete as they apply.
The short lists inside a detail pane (a partner's contacts, an event's agreements,
the interactions) offer the same for their record, with Delete where the row is the
record itself rather than a link to it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QTableView

from biosparc_desktop.ui import icons
from biosparc_desktop.ui.delete_command import delete_record
from biosparc_desktop.ui.i18n import translate
from biosparc_desktop.ui.record_views import RECORD_VIEWS, VIEW_KINDS
from biosparc_desktop.ui.widgets.list_page import ListPage
from biosparc_desktop.ui.widgets.record_list import RecordList

if TYPE_CHECKING:
    from biosparc_desktop.ui.main_window import MainWindow


def _action(menu: QMenu, text: str, slot: Callable[[], object], icon: str | None = None) -> QAction:
    action = menu.addAction(icons.icon(icon), text) if icon else menu.addAction(text)
    action.triggered.connect(lambda _checked=False: slot())
    return action


def row_menu(window: MainWindow, key: str, public_id: str, *, delete: bool = True) -> QMenu:
    """The menu for the record ``public_id`` of the list ``key`` (not yet shown);
    ``delete=False`` where the record is not the one selected in its view (Today)."""
    menu = record_menu(
        window, VIEW_KINDS[key], public_id, delete=window.delete_current if delete else None
    )
    menu.setObjectName(f"{key}_row_menu")
    return menu


def record_menu(
    window: MainWindow,
    kind: str,
    public_id: str,
    *,
    delete: Callable[[], object] | None = None,
) -> QMenu:
    """The actions for one record of any kind; Delete runs ``delete`` when given."""
    d = window.dialogs
    menu = QMenu(window)
    menu.setObjectName(f"{kind}_menu")
    if kind == "interaction":
        # An interaction opens in its form, read in full and editable there.
        _action(menu, translate("RowMenu", "&Open…"), lambda: d.edit_interaction(public_id), "open")
    else:
        _action(
            menu, translate("RowMenu", "&Open"), lambda: window.open_record(kind, public_id), "open"
        )
        edit = {
            "organisation": d.edit_partner,
            "contact": d.edit_contact,
            "agreement": d.edit_agreement,
            "task": d.edit_task,
            "event": d.edit_event,
        }[kind]
        _action(menu, translate("RowMenu", "&Edit…"), lambda: edit(public_id), "edit")
    if kind in ("organisation", "contact", "agreement", "event"):
        menu.addSeparator()
        ids = {f"{kind}_id": public_id}
        _action(
            menu,
            translate("RowMenu", "&Log interaction…"),
            lambda: d.log_interaction(**ids),
            "interaction",
        )
        _action(
            menu, translate("RowMenu", "Add &follow-up…"), lambda: d.new_task(**ids), "followup"
        )
    if kind == "organisation":
        _action(
            menu,
            translate("RowMenu", "&Briefing pack…"),
            lambda: d.partner_briefing(public_id),
            "pdf",
        )
    if kind == "event":
        _action(
            menu,
            translate("RowMenu", "&Briefing pack…"),
            lambda: d.event_briefing(public_id),
            "pdf",
        )
    if delete is not None:
        menu.addSeparator()
        _action(menu, translate("RowMenu", "&Delete"), delete, "delete")
    return menu


def install_row_menus(window: MainWindow) -> None:
    """Give the rows of every list in the window their context menu."""
    for key in VIEW_KINDS:
        page = getattr(window.views[key], "list", None)
        if page is None:
            continue
        table: QTableView = page.table
        table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        table.customContextMenuRequested.connect(
            lambda point, k=key, t=table, p=page: _show(window, k, t, p, point)
        )
    for listing in window.findChildren(RecordList):
        if listing.kind is not None:
            listing.menu_factory = lambda kind, public_id, deletable: record_menu(
                window,
                kind,
                public_id,
                delete=(lambda: delete_record(window, kind, public_id)) if deletable else None,
            )
    window.today.menu_requested.connect(
        lambda kind, public_id, at: popup(
            row_menu(window, RECORD_VIEWS[kind], public_id, delete=False), at
        )
    )


def popup(menu: QMenu, at: QPoint) -> None:
    """Show a menu and wait for the choice (tests replace this)."""
    menu.exec(at)


def _show(
    window: MainWindow, key: str, table: QTableView, page: ListPage[Any], point: QPoint
) -> None:
    index = table.indexAt(point)
    if not index.isValid():
        return
    table.selectRow(index.row())  # the menu is about the row under the pointer
    row = page.model.row_at(index.row())
    if row is None:
        return
    window.show_view(key)
    popup(row_menu(window, key, row.id), table.viewport().mapToGlobal(point))
