"""The main window: navigation, menus, toolbar, status bar, and the views.

Texts are translated when the window is built. Choosing another language in
Settings emits :attr:`MainWindow.language_change_requested`; whoever owns the
window (the launcher) installs the language and builds a new window. With no one
listening, the user is told the language applies from the next start.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QByteArray, QMetaMethod, QSize, Qt, QThreadPool, Signal
from PySide6.QtGui import QAction, QCloseEvent, QGuiApplication, QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from biosparc_desktop.domain.enums import TaskStatus
from biosparc_desktop.errors import NotFound
from biosparc_desktop.services.tasks import TaskQuery
from biosparc_desktop.ui import icons
from biosparc_desktop.ui.app_state import AppState, show_error
from biosparc_desktop.ui.delete_command import delete_current_record
from biosparc_desktop.ui.dialogs.about_dialog import AboutDialog
from biosparc_desktop.ui.dialogs.launchers import DialogLauncher
from biosparc_desktop.ui.dialogs.settings_dialog import SettingsDialog
from biosparc_desktop.ui.i18n import action_text, chosen_language, translate
from biosparc_desktop.ui.main_menus import NAV, build_menus, nav_titles, update_undo_actions
from biosparc_desktop.ui.record_views import RECORD_VIEWS
from biosparc_desktop.ui.row_menus import install_row_menus
from biosparc_desktop.ui.views.agreements_view import AgreementsView
from biosparc_desktop.ui.views.contacts_view import ContactsView
from biosparc_desktop.ui.views.events_view import EventsView
from biosparc_desktop.ui.views.partners_view import PartnersView
from biosparc_desktop.ui.views.tasks_view import TasksView
from biosparc_desktop.ui.views.today_view import TodayView
from biosparc_desktop.ui.views.trash_view import TrashView
from biosparc_desktop.ui.widgets.identity_bar import IdentityBar
from biosparc_desktop.ui.widgets.list_page import ListPage
from biosparc_desktop.ui.window_layout import restore_views, save_views


class MainWindow(QMainWindow):
    # The user chose another interface language in Settings (its code, or "system").
    language_change_requested = Signal(str)
    # The launcher closes the database, restores this backup and reopens (see launcher.py).
    restore_requested = Signal(str)

    # Built by build_menus().
    new_action: QAction
    capture_action: QAction
    portfolio_action: QAction
    import_action: QAction
    import_archive_action: QAction
    export_action: QAction
    duplicates_action: QAction
    restore_action: QAction
    settings_action: QAction
    quit_action: QAction
    undo_action: QAction
    redo_action: QAction
    delete_action: QAction
    find_action: QAction
    search_action: QAction
    refresh_action: QAction
    view_actions: list[QAction]
    file_menu: QMenu
    edit_menu: QMenu
    view_menu: QMenu
    toolbar: QToolBar

    def __init__(
        self, state: AppState, *, debounce_ms: int = 200, initial_view: str | None = None
    ) -> None:
        super().__init__()
        self.setObjectName("main_window")
        self.state = state
        self.setWindowTitle(translate("MainWindow", "Biosparc Desktop"))
        self.resize(1280, 800)
        self.dialogs = DialogLauncher(state, self)

        self.today = TodayView(state)
        self.partners = PartnersView(state, debounce_ms=debounce_ms)
        self.contacts = ContactsView(state, debounce_ms=debounce_ms)
        self.agreements = AgreementsView(state, debounce_ms=debounce_ms)
        self.tasks = TasksView(state, debounce_ms=debounce_ms)
        self.events = EventsView(state, debounce_ms=debounce_ms)
        self.trash = TrashView(state)
        self.views: dict[str, QWidget] = {
            "today": self.today,
            "partners": self.partners,
            "contacts": self.contacts,
            "agreements": self.agreements,
            "tasks": self.tasks,
            "events": self.events,
            "trash": self.trash,
        }
        self._stale: set[str] = set(self.views)
        self._restore_views_on_show = False
        self._follow_new: str | None = None
        # The last delete: its batch, the list and the record it took (see remember_deleted).
        self._deleted: tuple[str, ListPage[Any], str] | None = None

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
        titles = nav_titles()
        for key, icon_name in NAV:
            item = QListWidgetItem(icons.icon(icon_name), titles[key])
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
        # Above the views: the question of who is using the app, until answered.
        # Set by the sync wiring: Settings → Team server, and the enrolled person's name.
        self.team_server_opener: Callable[[], None] | None = None
        self.enrolled_as: Callable[[], str | None] | None = None
        self.identity_bar = IdentityBar(state)
        if initial_view is not None:  # a screenshot or a chosen view: no question
            self.identity_bar.hide()
        central = QWidget()
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.identity_bar)
        column.addWidget(self.splitter, 1)
        self.setCentralWidget(central)
        self.identity_bar.chosen.connect(
            lambda name: self.statusBar().showMessage(
                translate("MainWindow", "Your changes are recorded as {name}.").format(name=name),
                6000,
            )
        )

        self.status_counts = QLabel()
        self.status_counts.setObjectName("status_counts")
        self.statusBar().addPermanentWidget(self.status_counts)

        build_menus(self)
        install_row_menus(self)
        self._connect_views()
        state.data_changed.connect(self._data_changed)
        state.undo_changed.connect(self._update_undo_actions)
        self._update_undo_actions()
        # Only the first view shown loads its data; the others load when opened.
        saved = state.settings.value("window/view")
        first = initial_view or (saved if isinstance(saved, str) else None) or "today"
        self.show_view(first if first in self.views else "today")
        self._update_counts()

    def _connect_views(self) -> None:
        d = self.dialogs
        detail = self.partners.detail
        detail.open_record.connect(self.open_record)
        detail.edit_requested.connect(d.edit_partner)
        detail.log_interaction_requested.connect(lambda pid: d.log_interaction(organisation_id=pid))
        detail.add_followup_requested.connect(lambda pid: d.new_task(organisation_id=pid))
        detail.briefing_requested.connect(d.partner_briefing)
        self.today.open_record.connect(self.open_record)
        self.today.show_view_requested.connect(self.show_view)
        self.contacts.open_record.connect(self.open_record)
        self.contacts.edit_requested.connect(d.edit_contact)
        card = self.contacts.card
        card.log_interaction_requested.connect(lambda cid: d.log_interaction(contact_id=cid))
        card.add_followup_requested.connect(lambda cid: d.new_task(contact_id=cid))
        self.agreements.open_record.connect(self.open_record)
        self.agreements.edit_requested.connect(d.edit_agreement)
        pane = self.agreements.detail
        pane.log_interaction_requested.connect(lambda aid: d.log_interaction(agreement_id=aid))
        pane.add_followup_requested.connect(lambda aid: d.new_task(agreement_id=aid))
        self.tasks.edit_requested.connect(d.edit_task)
        self.tasks.open_record.connect(self.open_record)
        self.events.open_record.connect(self.open_record)
        self.events.edit_requested.connect(d.edit_event)
        self.events.briefing_requested.connect(d.event_briefing)
        self.events.log_interaction_requested.connect(lambda eid: d.log_interaction(event_id=eid))
        self.events.add_followup_requested.connect(lambda eid: d.new_task(event_id=eid))
        self.trash.open_record.connect(self.open_record)
        d.search_result_chosen.connect(self.open_record)
        d.record_created.connect(self._record_created)

    # -- navigation --------------------------------------------------------
    def show_view(self, key: str) -> None:
        row = next(i for i, (k, _icon) in enumerate(NAV) if k == key)
        self.nav.setCurrentRow(row)

    def go_to_view(self, key: str) -> None:
        """Ctrl+1…: show the view and put the keyboard in it (a list's rows, Today's
        first line), so the arrow keys and Enter work at once."""
        self.show_view(key)
        view = self.views[key]
        page = getattr(view, "list", None)
        table = getattr(page, "table", None)
        target = table if isinstance(table, QWidget) else view
        target.setFocus(Qt.FocusReason.ShortcutFocusReason)

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
            translate("MainWindow", "&New follow-up…")
            if key in ("today", "tasks")
            else translate("MainWindow", "&New…")
        )

    def open_record(self, kind: str, public_id: str) -> None:
        """Switch to the record's view and show it."""
        key = RECORD_VIEWS.get(kind)
        if key is None:
            if kind == "interaction":
                self.dialogs.edit_interaction(public_id)
            return
        view = self.views[key]
        if self._in_trash(public_id):
            # A link to a deleted record leads to its Trash entry, never to an empty pane.
            self.show_view("trash")
            self.trash.show_item(public_id)
            return
        self.show_view(key)
        view.open_id(public_id)  # type: ignore[attr-defined]
        # The keyboard goes to the record's row (it was in the view left behind, and Qt
        # put it in the new list's search box).
        table = getattr(getattr(view, "list", None), "table", None)
        if isinstance(table, QWidget):
            table.setFocus(Qt.FocusReason.OtherFocusReason)

    def _in_trash(self, public_id: str) -> bool:
        try:
            self.state.services.trash.get(public_id)
        except NotFound:
            return False
        return True

    def _record_created(self, kind: str, public_id: str) -> None:
        """Select what was just made in its list, when that list is in view (or the
        user asked for it from File > New)."""
        key = RECORD_VIEWS.get(kind)
        if key is not None and key in (self.current_view_name(), self._follow_new):
            self.open_record(kind, public_id)

    def create_in(self, key: str, command: Callable[[], None]) -> None:
        """Run a File > New command; the new record is then shown in its own list."""
        self._follow_new = key
        try:
            command()
        finally:
            self._follow_new = None

    # -- commands ----------------------------------------------------------
    def new_record(self) -> None:
        key = self.current_view_name()
        d = self.dialogs
        commands: dict[str, Callable[[], None]] = {
            "today": lambda: d.new_task(),
            "partners": d.new_partner,
            "contacts": d.new_contact,
            "agreements": d.new_agreement,
            "tasks": lambda: d.new_task(),
            "events": d.new_event,
            "trash": lambda: d.new_task(),
        }
        commands[key]()

    def delete_current(self) -> None:
        delete_current_record(self)

    def undo(self) -> None:
        label = self.state.undo_label()
        if label is None:
            return
        message = translate("MainWindow", "Undone: {action}").format(action=action_text(label))
        deleted, self._deleted = self._deleted, None
        restored = deleted[1:] if deleted and deleted[0] == self.state.undo_batch() else None

        def done() -> None:
            self.statusBar().showMessage(message, 5000)
            if restored is not None and restored[0].isVisible():
                restored[0].select_id(restored[1])  # the record is back: select it again

        # A large undo (an import) runs in the background: the message comes when it is done.
        self.state.run_undo(self, done)

    def remember_deleted(self, page: ListPage[Any], public_id: str) -> None:
        """The record the last action deleted from ``page``, so that undoing it selects
        the record again rather than leaving the cursor on its neighbour."""
        batch = self.state.undo_batch()
        self._deleted = (batch, page, public_id) if batch is not None else None

    def redo(self) -> None:
        label = self.state.redo_label()
        if label is None:
            return
        message = translate("MainWindow", "Redone: {action}").format(action=action_text(label))
        self.state.run_redo(self, lambda: self.statusBar().showMessage(message, 5000))

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

    # Dialogs used now and then are imported when opened: start-up stays quick
    # (reportlab, the importers and the exporters load only when needed).
    def portfolio_summary(self) -> None:
        from biosparc_desktop.ui.dialogs.briefing_dialog import portfolio_briefing

        portfolio_briefing(self.state, self)

    def import_contacts(self) -> None:
        from biosparc_desktop.ui.dialogs.import_wizard import ImportWizard

        ImportWizard(self.state, self).exec()

    def import_archive(self) -> None:
        from biosparc_desktop.ui.dialogs.archive_import import ArchiveImporter

        ArchiveImporter(self.state, self).choose()

    def export_data(self) -> None:
        from biosparc_desktop.ui.dialogs.export_dialog import ExportDialog

        ExportDialog(self.state, self).exec()

    def find_duplicates(self) -> None:
        from biosparc_desktop.ui.dialogs.duplicates_dialog import DuplicatesDialog

        DuplicatesDialog(self.state, self).exec()

    def restore_from_backup(self) -> None:
        from biosparc_desktop.ui.dialogs.restore_dialog import RestoreDialog

        dialog = RestoreDialog(self.state, self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.chosen_path() is not None:
            self.restore_requested.emit(str(dialog.chosen_path()))

    def about(self) -> None:
        AboutDialog(self.state, self).exec()

    def open_settings(self) -> None:
        dialog = SettingsDialog(
            self.state,
            self,
            team_server=self.team_server_opener,
            enrolled_as=self.enrolled_as() if self.enrolled_as is not None else None,
        )
        if dialog.exec() != SettingsDialog.DialogCode.Accepted:
            return
        if dialog.region_changed:
            # Phone numbers the new region's way: in this view now, in the others when shown.
            self.refresh_all()
        if not dialog.language_changed:
            return
        language = chosen_language(self.state.settings)
        signal = QMetaMethod.fromSignal(self.language_change_requested)
        if self.isSignalConnected(signal):
            self.language_change_requested.emit(language)
            return
        QMessageBox.information(
            self,
            translate("MainWindow", "Language"),
            translate(
                "MainWindow", "The new language applies the next time you start Biosparc Desktop."
            ),
        )

    # -- refresh ------------------------------------------------------------
    def _data_changed(self, _label: str) -> None:
        self._stale = set(self.views)
        self._nav_changed(self.nav.currentRow())
        self._update_counts()

    def _update_undo_actions(self) -> None:
        update_undo_actions(self)

    def _update_counts(self) -> None:
        s = self.state.services
        try:
            overdue = s.tasks.count(TaskQuery(overdue=True))
            open_tasks = s.tasks.count(TaskQuery(status=TaskStatus.OPEN))
            counts = (
                (
                    s.organisations.count(),
                    translate("MainWindow", "{n} partner"),
                    translate("MainWindow", "{n} partners"),
                ),
                (
                    s.contacts.count(),
                    translate("MainWindow", "{n} contact"),
                    translate("MainWindow", "{n} contacts"),
                ),
                (
                    s.agreements.count(),
                    translate("MainWindow", "{n} agreement"),
                    translate("MainWindow", "{n} agreements"),
                ),
                (
                    open_tasks,
                    translate("MainWindow", "{n} open follow-up"),
                    translate("MainWindow", "{n} open follow-ups"),
                ),
            )
            text = translate("MainWindow", " · ").join(
                (one if n == 1 else many).format(n=f"{n:,}") for n, one, many in counts
            )
        except Exception as exc:  # the status bar must never take the window down
            show_error(self, str(exc))
            return
        if overdue:
            text = translate("MainWindow", "{counts} ({n} overdue)").format(counts=text, n=overdue)
        self.status_counts.setText(text)

    # -- layout memory ------------------------------------------------------
    def restore_layout(self) -> None:
        settings = self.state.settings
        geometry = settings.value("window/geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        else:
            self._fit_screen()
        window_state = settings.value("window/state")
        if isinstance(window_state, QByteArray):
            self.restoreState(window_state)
        # Splitter sizes only mean something once the window has its real size.
        self._restore_views_on_show = True
        if self.isVisible():
            self._restore_views()

    def _fit_screen(self) -> None:
        """First start: the default size, made smaller to fit a small screen with its
        title bar and panel (a 1280x800 laptop would otherwise hide the status bar)."""
        screen = self.screen()
        if screen is None or QGuiApplication.platformName() == "offscreen":
            return  # no real screen to fit (tests, screenshots)
        room = screen.availableGeometry()
        width = min(self.width(), int(room.width() * 0.95))
        height = min(self.height(), int(room.height() * 0.9))
        self.resize(width, height)
        self.move(room.center().x() - width // 2, room.center().y() - height // 2)

    def _restore_views(self) -> None:
        self._restore_views_on_show = False
        restore_views(self.state.settings, self.splitter, self.views.values())

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._restore_views_on_show:
            self._restore_views()

    def save_layout(self) -> None:
        save_views(self.state.settings, self.splitter, self.views.values())
        settings = self.state.settings
        settings.setValue("window/geometry", self.saveGeometry())
        settings.setValue("window/state", self.saveState())
        settings.setValue("window/view", self.current_view_name())
        settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_layout()
        if self.state.replay_job is not None:
            # An undo running in the background commits or rolls back as a whole: let
            # it end before the database is closed under it.
            self.statusBar().showMessage(translate("MainWindow", "Finishing the undo…"))
            self.statusBar().repaint()  # shown before the wait, not after it
            QThreadPool.globalInstance().waitForDone()
        super().closeEvent(event)
