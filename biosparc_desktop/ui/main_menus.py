"""The main window's navigation, actions, menus and toolbar, in the interface language."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QToolBar

from biosparc_desktop.ui import icons
from biosparc_desktop.ui.i18n import action_text, translate

if TYPE_CHECKING:
    from biosparc_desktop.ui.main_window import MainWindow

# The views in navigation order: (key, icon).
NAV = (
    ("today", "today"),
    ("partners", "partners"),
    ("contacts", "contacts"),
    ("agreements", "agreements"),
    ("tasks", "tasks"),
    ("events", "events"),
    ("trash", "trash"),
)


def nav_titles() -> dict[str, str]:
    """Each view's name in the interface language."""
    return {
        "today": translate("MainWindow", "Today"),
        "partners": translate("MainWindow", "Partners"),
        "contacts": translate("MainWindow", "Contacts"),
        "agreements": translate("MainWindow", "Agreements"),
        "tasks": translate("MainWindow", "Follow-ups"),
        "events": translate("MainWindow", "Events"),
        "trash": translate("MainWindow", "Trash"),
    }


def add_action(
    window: MainWindow,
    text: str,
    slot: Callable[[], object],
    shortcut: QKeySequence | QKeySequence.StandardKey | None = None,
    icon: str | None = None,
) -> QAction:
    """An action of the window: its shortcut works whether or not a menu shows it."""
    action = QAction(text, window)
    if icon:
        action.setIcon(icons.icon(icon))
    if shortcut is not None:
        action.setShortcut(QKeySequence(shortcut))
    action.triggered.connect(lambda _checked=False: slot())
    window.addAction(action)
    return action


def build_menus(w: MainWindow) -> None:
    """Create the window's actions (as its attributes), its menus and its toolbar."""
    d = w.dialogs
    w.new_action = add_action(
        w, translate("MainWindow", "&New…"), w.new_record, QKeySequence.StandardKey.New, "new"
    )
    w.new_action.setToolTip(translate("MainWindow", "Add a record to the current list (Ctrl+N)"))
    new_partner = add_action(
        w, translate("MainWindow", "New &partner…"), partial(w.create_in, "partners", d.new_partner)
    )
    new_contact = add_action(
        w, translate("MainWindow", "New &contact…"), partial(w.create_in, "contacts", d.new_contact)
    )
    new_agreement = add_action(
        w,
        translate("MainWindow", "New &agreement…"),
        partial(w.create_in, "agreements", d.new_agreement),
    )
    new_task = add_action(
        w,
        translate("MainWindow", "New &follow-up…"),
        partial(w.create_in, "tasks", lambda: d.new_task()),
    )
    new_event = add_action(
        w, translate("MainWindow", "New &event…"), partial(w.create_in, "events", d.new_event)
    )
    w.capture_action = add_action(
        w,
        translate("MainWindow", "&Quick capture…"),
        d.quick_capture,
        QKeySequence("Ctrl+Shift+M"),
        "capture",
    )
    w.capture_action.setToolTip(
        translate("MainWindow", "Log a meeting and its follow-up in one go (Ctrl+Shift+M)")
    )
    w.portfolio_action = add_action(
        w, translate("MainWindow", "&Portfolio summary…"), w.portfolio_summary, icon="pdf"
    )
    w.import_action = add_action(
        w,
        translate("MainWindow", "&Import contacts…"),
        w.import_contacts,
        QKeySequence("Ctrl+Shift+I"),
    )
    w.import_archive_action = add_action(
        w, translate("MainWindow", "Import &archive…"), w.import_archive
    )
    w.export_action = add_action(
        w, translate("MainWindow", "E&xport…"), w.export_data, QKeySequence("Ctrl+Shift+E")
    )
    w.duplicates_action = add_action(
        w, translate("MainWindow", "Find &duplicates…"), w.find_duplicates
    )
    w.restore_action = add_action(
        w, translate("MainWindow", "Restore from &backup…"), w.restore_from_backup
    )
    w.settings_action = add_action(
        w,
        translate("MainWindow", "&Settings…"),
        w.open_settings,
        QKeySequence.StandardKey.Preferences,
    )
    w.settings_action.setMenuRole(QAction.MenuRole.PreferencesRole)
    w.quit_action = add_action(
        w, translate("MainWindow", "&Quit"), w.close, QKeySequence.StandardKey.Quit
    )
    w.undo_action = add_action(
        w, translate("MainWindow", "&Undo"), w.undo, QKeySequence.StandardKey.Undo, "undo"
    )
    w.redo_action = add_action(
        w, translate("MainWindow", "&Redo"), w.redo, QKeySequence.StandardKey.Redo, "redo"
    )
    w.delete_action = add_action(
        w,
        translate("MainWindow", "&Delete"),
        w.delete_current,
        QKeySequence.StandardKey.Delete,
        "delete",
    )
    w.find_action = add_action(
        w, translate("MainWindow", "&Find in list"), w.focus_search, QKeySequence.StandardKey.Find
    )
    w.search_action = add_action(
        w,
        translate("MainWindow", "&Search everything…"),
        d.global_search,
        QKeySequence("Ctrl+K"),
        "search",
    )
    w.search_action.setToolTip(
        translate("MainWindow", "Search partners, contacts, agreements and notes (Ctrl+K)")
    )
    w.refresh_action = add_action(
        w,
        translate("MainWindow", "&Refresh"),
        w.refresh_all,
        QKeySequence.StandardKey.Refresh,
        "refresh",
    )
    titles = nav_titles()
    w.view_actions = [
        add_action(
            w,
            f"&{number} {titles[key]}",
            partial(w.go_to_view, key),
            QKeySequence(f"Ctrl+{number}"),
        )
        for number, (key, _icon) in enumerate(NAV, start=1)
    ]
    about = add_action(w, translate("MainWindow", "&About Biosparc Desktop"), w.about)
    about.setMenuRole(QAction.MenuRole.AboutRole)

    menu = w.menuBar()
    file_menu = menu.addMenu(translate("MainWindow", "&File"))
    new_menu = file_menu.addMenu(icons.icon("new"), translate("MainWindow", "&New"))
    for action in (new_partner, new_contact, new_agreement, new_task, new_event):
        new_menu.addAction(action)
    file_menu.addAction(w.capture_action)
    file_menu.addSeparator()
    file_menu.addAction(w.portfolio_action)
    file_menu.addSeparator()
    file_menu.addAction(w.import_action)
    file_menu.addAction(w.import_archive_action)
    file_menu.addAction(w.export_action)
    file_menu.addSeparator()
    file_menu.addAction(w.restore_action)
    file_menu.addAction(w.settings_action)
    file_menu.addSeparator()
    file_menu.addAction(w.quit_action)
    edit_menu = menu.addMenu(translate("MainWindow", "&Edit"))
    for action in (w.undo_action, w.redo_action):
        edit_menu.addAction(action)
    edit_menu.addSeparator()
    edit_menu.addAction(w.delete_action)
    edit_menu.addSeparator()
    edit_menu.addAction(w.find_action)
    edit_menu.addAction(w.search_action)
    edit_menu.addSeparator()
    edit_menu.addAction(w.duplicates_action)
    view_menu = menu.addMenu(translate("MainWindow", "&View"))
    for action in w.view_actions:
        view_menu.addAction(action)
    view_menu.addSeparator()
    view_menu.addAction(w.refresh_action)
    menu.addMenu(translate("MainWindow", "&Help")).addAction(about)
    w.file_menu, w.edit_menu, w.view_menu = file_menu, edit_menu, view_menu

    # Short, fixed toolbar labels (the menus keep the long ones): every button stays
    # in view on a 1024-pixel screen, in both languages.
    w.new_action.setIconText(translate("MainWindow", "New"))
    w.capture_action.setIconText(translate("MainWindow", "Capture"))
    w.search_action.setIconText(translate("MainWindow", "Search"))
    w.delete_action.setIconText(translate("MainWindow", "Delete"))
    w.delete_action.setToolTip(
        translate("MainWindow", "Move the selected record to the Trash (Delete)")
    )
    toolbar = QToolBar(translate("MainWindow", "Main toolbar"))
    toolbar.setObjectName("main_toolbar")
    toolbar.setIconSize(QSize(18, 18))
    toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    for action in (w.new_action, w.capture_action, w.search_action):
        toolbar.addAction(action)
    toolbar.addSeparator()
    for action in (w.undo_action, w.redo_action, w.delete_action):
        toolbar.addAction(action)
    w.addToolBar(toolbar)
    w.toolbar = toolbar


def update_undo_actions(w: MainWindow) -> None:
    # The menu names the action; the toolbar keeps its short label (icon text) so
    # the buttons never jump, and says the whole action in the tooltip.
    undo, redo = w.state.undo_label(), w.state.redo_label()
    w.undo_action.setEnabled(undo is not None)
    w.undo_action.setText(
        translate("MainWindow", "&Undo {action}").format(action=action_text(undo))
        if undo
        else translate("MainWindow", "&Undo")
    )
    w.undo_action.setIconText(translate("MainWindow", "Undo"))
    w.undo_action.setToolTip(
        translate("MainWindow", "Undo: {action} (Ctrl+Z)").format(action=action_text(undo))
        if undo
        else translate("MainWindow", "Nothing to undo")
    )
    w.redo_action.setEnabled(redo is not None)
    w.redo_action.setText(
        translate("MainWindow", "&Redo {action}").format(action=action_text(redo))
        if redo
        else translate("MainWindow", "&Redo")
    )
    w.redo_action.setIconText(translate("MainWindow", "Redo"))
    w.redo_action.setToolTip(
        translate("MainWindow", "Redo: {action} (Ctrl+Shift+Z)").format(action=action_text(redo))
        if redo
        else translate("MainWindow", "Nothing to redo")
    )
