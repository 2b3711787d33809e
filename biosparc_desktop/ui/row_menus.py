"""The context menu of every list row: the actions that apply to that record.

Right-click (or the menu key) on a row of the main lists selects it and offers
Open, Edit, Log interaction, Add follow-up, Briefing pack and Delete as they apply;
the short lists inside a detail pane offer Open (and Edit for an interaction).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QTableView

from biosparc_desktop.ui import icons
from biosparc_desktop.ui.i18n import translate
from biosparc_desktop.ui.widgets.list_page import ListPage

if TYPE_CHECKING:
    from biosparc_desktop.ui.main_window import MainWindow

# The list view → the kind of record its rows are.
VIEW_KINDS = {
    "partners": "organisation",
    "contacts": "contact",
    "agreements": "agreement",
    "tasks": "task",
    "events": "event",
}


def _action(menu: QMenu, text: str, slot: Callable[[], object], icon: str | None = None) -> QAction:
    action = menu.addAction(icons.icon(icon), text) if icon else menu.addAction(text)
    action.triggered.connect(lambda _checked=False: slot())
    return action


def row_menu(window: MainWindow, key: str, public_id: str, *, delete: bool = True) -> QMenu:
    """The menu for the record ``public_id`` of the list ``key`` (not yet shown);
    ``delete=False`` where the record is not the one selected in its view (Today)."""
    d = window.dialogs
    kind = VIEW_KINDS[key]
    menu = QMenu(window)
    menu.setObjectName(f"{key}_row_menu")
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
    if kind in ("organisation", "contact"):
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
    elif kind in ("agreement", "event"):
        menu.addSeparator()
        ids = {f"{kind}_id": public_id}
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
    if delete:
        menu.addSeparator()
        _action(menu, translate("RowMenu", "&Delete"), window.delete_current, "delete")
    return menu


def install_row_menus(window: MainWindow) -> None:
    """Give every main list's rows their context menu."""
    for key in VIEW_KINDS:
        page = getattr(window.views[key], "list", None)
        if page is None:
            continue
        table: QTableView = page.table
        table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        table.customContextMenuRequested.connect(
            lambda point, k=key, t=table, p=page: _show(window, k, t, p, point)
        )
    kind_views = {kind: key for key, kind in VIEW_KINDS.items()}
    window.today.menu_requested.connect(
        lambda kind, public_id, at: popup(
            row_menu(window, kind_views[kind], public_id, delete=False), at
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
    row_menu(window, key, row.id).exec(table.viewport().mapToGlobal(point))
