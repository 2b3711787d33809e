"""The main window: navigation, menus, toolbar, status bar, and the views."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import Any

from PySide6.QtCore import QByteArray, QSize, Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QSplitter,
    QStackedWidget,
    QToolBar,
    QWidget,
)

from biosparc_desktop.domain.enums import TaskStatus
from biosparc_desktop.services.tasks import TaskQuery
from biosparc_desktop.ui import icons
from biosparc_desktop.ui.app_state import AppState, show_error
from biosparc_desktop.ui.dialogs.about_dialog import AboutDialog
from biosparc_desktop.ui.dialogs.launchers import DialogLauncher
from biosparc_desktop.ui.views.agreements_view import AgreementsView
from biosparc_desktop.ui.views.contacts_view import ContactsView
from biosparc_desktop.ui.views.events_view import EventsView
from biosparc_desktop.ui.views.partners_view import PartnersView
from biosparc_desktop.ui.views.tasks_view import TasksView
from biosparc_desktop.ui.views.today_view import TodayView

NAV = (
    ("today", "Today", "today"),
    ("partners", "Partners", "partners"),
    ("contacts", "Contacts", "contacts"),
    ("agreements", "Agreements", "agreements"),
    ("tasks", "Follow-ups", "tasks"),
    ("events", "Events", "events"),
)


class MainWindow(QMainWindow):
    def __init__(self, state: AppState, *, debounce_ms: int = 200) -> None:
        super().__init__()
        self.setObjectName("main_window")
        self.state = state
        self.setWindowTitle("Biosparc Desktop")
        self.resize(1280, 800)
        self.dialogs = DialogLauncher(state, self)

        self.today = TodayView(state)
        self.partners = PartnersView(state, debounce_ms=debounce_ms)
        self.contacts = ContactsView(state, debounce_ms=debounce_ms)
        self.agreements = AgreementsView(state, debounce_ms=debounce_ms)
        self.tasks = TasksView(state, debounce_ms=debounce_ms)
        self.events = EventsView(state, debounce_ms=debounce_ms)
        self.views: dict[str, QWidget] = {
            "today": self.today,
            "partners": self.partners,
            "contacts": self.contacts,
            "agreements": self.agreements,
            "tasks": self.tasks,
            "events": self.events,
        }
        self._stale: set[str] = set(self.views)
        self._restore_views_on_show = False

        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setIconSize(QSize(20, 20))
        self.nav.setMinimumWidth(150)
        self.nav.setMaximumWidth(200)
        self.nav.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.nav.setStyleSheet(
            "QListWidget { border: none; font-size: 13px; } QListWidget::item { padding: 6px; }"
        )
        self.stack = QStackedWidget()
        for key, label, icon_name in NAV:
            item = QListWidgetItem(icons.icon(icon_name), label)
            item.setData(Qt.ItemDataRole.UserRole, key)
            self.nav.addItem(item)
            self.stack.addWidget(self.views[key])
        self.nav.currentRowChanged.connect(self._nav_changed)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("main_splitter")
        self.splitter.addWidget(self.nav)
        self.splitter.addWidget(self.stack)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([160, 1120])
        self.setCentralWidget(self.splitter)

        self.status_counts = QLabel()
        self.status_counts.setObjectName("status_counts")
        self.statusBar().addPermanentWidget(self.status_counts)

        self._build_actions()
        self._connect_views()
        state.data_changed.connect(self._data_changed)
        state.undo_changed.connect(self._update_undo_actions)
        self._update_undo_actions()
        self.nav.setCurrentRow(0)
        self._update_counts()

    # -- actions and menus -------------------------------------------------
    def _action(
        self,
        text: str,
        slot: Callable[[], object],
        shortcut: QKeySequence | QKeySequence.StandardKey | None = None,
        icon: str | None = None,
    ) -> QAction:
        action = QAction(text, self)
        if icon:
            action.setIcon(icons.icon(icon))
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(lambda _checked=False: slot())
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        d = self.dialogs
        self.new_action = self._action(
            "&New…", self.new_record, QKeySequence.StandardKey.New, "new"
        )
        self.new_action.setToolTip("Add a record to the current list (Ctrl+N)")
        new_partner = self._action("New &partner…", d.new_partner)
        new_contact = self._action("New &contact…", d.new_contact)
        new_agreement = self._action("New &agreement…", d.new_agreement)
        new_task = self._action("New &follow-up…", lambda: d.new_task())
        new_event = self._action("New &event…", d.new_event)
        self.capture_action = self._action(
            "&Quick capture…", d.quick_capture, QKeySequence("Ctrl+Shift+M"), "capture"
        )
        self.capture_action.setToolTip("Log a meeting and its follow-up in one go (Ctrl+Shift+M)")
        self.quit_action = self._action("&Quit", self.close, QKeySequence.StandardKey.Quit)
        self.undo_action = self._action("&Undo", self.undo, QKeySequence.StandardKey.Undo, "undo")
        self.redo_action = self._action("&Redo", self.redo, QKeySequence.StandardKey.Redo, "redo")
        self.delete_action = self._action(
            "&Delete", self.delete_current, QKeySequence.StandardKey.Delete, "delete"
        )
        self.find_action = self._action(
            "&Find in list", self.focus_search, QKeySequence.StandardKey.Find
        )
        self.search_action = self._action(
            "&Search everything…", d.global_search, QKeySequence("Ctrl+K"), "search"
        )
        self.search_action.setToolTip("Search partners, contacts, agreements and notes (Ctrl+K)")
        self.refresh_action = self._action(
            "&Refresh", self.refresh_all, QKeySequence.StandardKey.Refresh, "refresh"
        )
        self.view_actions: list[QAction] = []
        for number, (key, label, _icon) in enumerate(NAV, start=1):
            self.view_actions.append(
                self._action(
                    f"&{number} {label}",
                    partial(self.show_view, key),
                    QKeySequence(f"Ctrl+{number}"),
                )
            )
        about = self._action("&About Biosparc Desktop", self.about)

        menu = self.menuBar()
        file_menu = menu.addMenu("&File")
        new_menu = file_menu.addMenu(icons.icon("new"), "&New")
        for action in (new_partner, new_contact, new_agreement, new_task, new_event):
            new_menu.addAction(action)
        file_menu.addAction(self.capture_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        edit_menu = menu.addMenu("&Edit")
        for action in (self.undo_action, self.redo_action):
            edit_menu.addAction(action)
        edit_menu.addSeparator()
        edit_menu.addAction(self.delete_action)
        edit_menu.addSeparator()
        edit_menu.addAction(self.find_action)
        edit_menu.addAction(self.search_action)
        view_menu = menu.addMenu("&View")
        for action in self.view_actions:
            view_menu.addAction(action)
        view_menu.addSeparator()
        view_menu.addAction(self.refresh_action)
        menu.addMenu("&Help").addAction(about)
        self.file_menu, self.edit_menu, self.view_menu = file_menu, edit_menu, view_menu

        toolbar = QToolBar("Main")
        toolbar.setObjectName("main_toolbar")
        toolbar.setIconSize(QSize(18, 18))
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        for action in (self.new_action, self.capture_action, self.search_action):
            toolbar.addAction(action)
        toolbar.addSeparator()
        for action in (self.undo_action, self.redo_action, self.delete_action):
            toolbar.addAction(action)
        self.addToolBar(toolbar)

    def _connect_views(self) -> None:
        d = self.dialogs
        detail = self.partners.detail
        detail.open_record.connect(self.open_record)
        detail.edit_requested.connect(d.edit_partner)
        detail.log_interaction_requested.connect(lambda pid: d.log_interaction(organisation_id=pid))
        detail.add_followup_requested.connect(lambda pid: d.new_task(organisation_id=pid))
        detail.briefing_requested.connect(d.partner_briefing)
        self.today.open_record.connect(self.open_record)
        self.contacts.open_record.connect(self.open_record)
        self.contacts.edit_requested.connect(d.edit_contact)
        self.agreements.open_record.connect(self.open_record)
        self.agreements.edit_requested.connect(d.edit_agreement)
        self.tasks.edit_requested.connect(d.edit_task)
        self.tasks.open_record.connect(self.open_record)
        self.events.open_record.connect(self.open_record)
        self.events.edit_requested.connect(d.edit_event)
        self.events.briefing_requested.connect(d.event_briefing)
        d.search_result_chosen.connect(self.open_record)

    # -- navigation --------------------------------------------------------
    def show_view(self, key: str) -> None:
        row = next(i for i, (k, _label, _icon) in enumerate(NAV) if k == key)
        self.nav.setCurrentRow(row)

    def current_view_name(self) -> str:
        return NAV[max(0, self.nav.currentRow())][0]

    def _nav_changed(self, row: int) -> None:
        if row < 0:
            return
        key = NAV[row][0]
        self.stack.setCurrentWidget(self.views[key])
        if key in self._stale:
            self._stale.discard(key)
            self.views[key].reload()  # type: ignore[attr-defined]
        self.new_action.setText(
            {"today": "&New follow-up…", "tasks": "&New follow-up…"}.get(key, "&New…")
        )

    def open_record(self, kind: str, public_id: str) -> None:
        """Switch to the record's view and show it."""
        target = {
            "organisation": ("partners", self.partners),
            "contact": ("contacts", self.contacts),
            "agreement": ("agreements", self.agreements),
            "task": ("tasks", self.tasks),
            "event": ("events", self.events),
        }.get(kind)
        if target is None:
            if kind == "interaction":
                self.dialogs.edit_interaction(public_id)
            return
        key, view = target
        self.show_view(key)
        view.open_id(public_id)  # type: ignore[attr-defined]

    # -- commands ----------------------------------------------------------
    def new_record(self) -> None:
        key = self.current_view_name()
        d = self.dialogs
        {
            "today": lambda: d.new_task(),
            "partners": d.new_partner,
            "contacts": d.new_contact,
            "agreements": d.new_agreement,
            "tasks": lambda: d.new_task(),
            "events": d.new_event,
        }[key]()

    def delete_current(self) -> None:
        key = self.current_view_name()
        view = self.views[key]
        current = getattr(view, "current_id", lambda: None)()
        if current is None:
            self.statusBar().showMessage("Select a record to delete first.", 4000)
            return
        service: Any = {
            "partners": self.state.services.organisations,
            "contacts": self.state.services.contacts,
            "agreements": self.state.services.agreements,
            "tasks": self.state.services.tasks,
            "events": self.state.services.events,
        }.get(key)
        if service is None:
            return

        def delete() -> bool:
            service.delete(current)
            return True

        if self.state.attempt(self, delete):
            label = self.state.undo_label() or "Deleted"
            self.statusBar().showMessage(
                f"{label}: moved to the Trash. Press Ctrl+Z to undo.", 8000
            )

    def undo(self) -> None:
        label = self.state.undo_label()
        if label is None:
            return
        self.state.attempt(self, self.state.undo)
        self.statusBar().showMessage(f"Undone: {label}", 5000)

    def redo(self) -> None:
        label = self.state.redo_label()
        if label is None:
            return
        self.state.attempt(self, self.state.redo)
        self.statusBar().showMessage(f"Redone: {label}", 5000)

    def focus_search(self) -> None:
        view = self.views[self.current_view_name()]
        page = getattr(view, "list", None)
        if page is not None:
            page.search.setFocus()
            page.search.selectAll()
        else:
            self.dialogs.global_search()

    def refresh_all(self) -> None:
        self._stale = set(self.views)
        self._nav_changed(self.nav.currentRow())
        self._update_counts()

    def about(self) -> None:
        AboutDialog(self.state, self).exec()

    # -- refresh ------------------------------------------------------------
    def _data_changed(self, _label: str) -> None:
        self._stale = set(self.views)
        self._nav_changed(self.nav.currentRow())
        self._update_counts()

    def _update_undo_actions(self) -> None:
        undo, redo = self.state.undo_label(), self.state.redo_label()
        self.undo_action.setEnabled(undo is not None)
        self.undo_action.setText(f"&Undo {undo}" if undo else "&Undo")
        self.redo_action.setEnabled(redo is not None)
        self.redo_action.setText(f"&Redo {redo}" if redo else "&Redo")

    def _update_counts(self) -> None:
        s = self.state.services
        try:
            overdue = s.tasks.count(TaskQuery(overdue=True))
            open_tasks = s.tasks.count(TaskQuery(status=TaskStatus.OPEN))
            text = (
                f"{s.organisations.count():,} partners · {s.contacts.count():,} contacts · "
                f"{s.agreements.count():,} agreements · {open_tasks:,} open follow-ups"
            )
        except Exception as exc:  # the status bar must never take the window down
            show_error(self, str(exc))
            return
        if overdue:
            text += f" ({overdue} overdue)"
        self.status_counts.setText(text)

    # -- layout memory ------------------------------------------------------
    def restore_layout(self) -> None:
        settings = self.state.settings
        geometry = settings.value("window/geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        window_state = settings.value("window/state")
        if isinstance(window_state, QByteArray):
            self.restoreState(window_state)
        last = settings.value("window/view")
        if isinstance(last, str) and last in self.views:
            self.show_view(last)
        # Splitter sizes only mean something once the window has its real size.
        self._restore_views_on_show = True
        if self.isVisible():
            self._restore_views()

    def _restore_views(self) -> None:
        self._restore_views_on_show = False
        settings = self.state.settings
        splitter = settings.value("window/splitter")
        if isinstance(splitter, QByteArray):
            self.splitter.restoreState(splitter)
        for view in self.views.values():
            restore = getattr(view, "restore_state", None)
            if restore is not None:
                restore(settings)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._restore_views_on_show:
            self._restore_views()

    def save_layout(self) -> None:
        settings = self.state.settings
        settings.setValue("window/geometry", self.saveGeometry())
        settings.setValue("window/state", self.saveState())
        settings.setValue("window/splitter", self.splitter.saveState())
        settings.setValue("window/view", self.current_view_name())
        for view in self.views.values():
            save = getattr(view, "save_state", None)
            if save is not None:
                save(settings)
        settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_layout()
        super().closeEvent(event)
