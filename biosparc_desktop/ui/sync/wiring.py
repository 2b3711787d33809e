"""Putting sync into the main window: File → Sync now, Team server…, Review
conflicts…, the status bar's word, and the background controller."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMessageBox

from biosparc_desktop.store.database import Database
from biosparc_desktop.sync.conflicts import ConflictService
from biosparc_desktop.sync.identity import enrolled_staff_id, enrolled_staff_name
from biosparc_desktop.sync.run import Report, Syncer
from biosparc_desktop.ui.dialogs.settings_dialog import STAFF_KEY
from biosparc_desktop.ui.i18n import translate
from biosparc_desktop.ui.sync.conflicts_dialog import ConflictsDialog
from biosparc_desktop.ui.sync.controller import SyncController, SyncView
from biosparc_desktop.ui.sync.status_button import SyncStatusButton
from biosparc_desktop.ui.sync.team_server_dialog import TeamServerDialog

if TYPE_CHECKING:
    from biosparc_desktop.ui.main_window import MainWindow

SYNC_NOW_SHORTCUT = "Ctrl+Shift+S"  # i18n: keep


class SyncUi:
    """The window's sync pieces; lives as long as the window."""

    def __init__(self, window: MainWindow, database: Database, *, listen: bool = True) -> None:
        self.window = window
        self.syncer = Syncer(database.session_factory, database.location.data_dir)
        self.conflicts = ConflictService(window.state.services.context)
        self.controller = SyncController(self.syncer, window.state, listen=listen)
        self.button = SyncStatusButton(
            open_conflicts=self.review_conflicts, sync_now=self.controller.sync_now
        )
        window.statusBar().addPermanentWidget(self.button)
        self.controller.changed.connect(self._changed)

        self.sync_action = QAction(translate("Sync", "S&ync now"), window)
        self.sync_action.setShortcut(QKeySequence(SYNC_NOW_SHORTCUT))
        self.sync_action.triggered.connect(lambda _c=False: self.controller.sync_now())
        self.server_action = QAction(translate("Sync", "&Team server…"), window)
        self.server_action.triggered.connect(lambda _c=False: self.team_server())
        self.review_action = QAction(translate("Sync", "Review &conflicts…"), window)
        self.review_action.triggered.connect(lambda _c=False: self.review_conflicts())
        window.addActions([self.sync_action, self.server_action, self.review_action])
        menu = window.file_menu
        before = window.restore_action
        for action in (self.sync_action, self.review_action, self.server_action):
            menu.insertAction(before, action)
        menu.insertSeparator(before)
        window.team_server_opener = self.team_server
        window.enrolled_as = self.enrolled_as
        self._changed(self.controller.view())
        self._known_as_enrolled()

    def start(self) -> None:
        self.controller.start()

    def stop(self) -> None:
        self.controller.stop()
        self.controller.wait_idle()

    def _changed(self, view: object) -> None:
        assert isinstance(view, SyncView)
        self.button.show_view(view)
        joined = view.status.server is not None
        self.sync_action.setEnabled(joined and not view.syncing)
        self.review_action.setEnabled(joined)

    def review_conflicts(self) -> None:
        dialog = ConflictsDialog(self.conflicts, self.window)
        dialog.exec()
        self._changed(self.controller.view())
        self.window.state.data_changed.emit(translate("Sync", "Conflicts reviewed"))

    def team_server(self) -> None:
        dialog = TeamServerDialog(
            self.syncer,
            on_joined=self._joined,
            on_left=self._left,
            parent=self.window,
        )
        dialog.exec()

    def enrolled_as(self) -> str | None:
        return enrolled_staff_name(self.window.state.services.context.session_factory)

    def _known_as_enrolled(self) -> None:
        """A joined laptop knows who uses it: the enrolled person, asked no more."""
        name = self.enrolled_as()
        if name is None:
            return
        settings = self.window.state.settings
        settings.setValue(STAFF_KEY, name)
        self.window.identity_bar.hide()

    def _left(self) -> None:
        self.controller.stop()
        self._changed(self.controller.view())

    def _joined(self, report: object = None) -> None:
        # From now on this laptop's changes are by the person it was enrolled for.
        staff = enrolled_staff_id(self.window.state.services.context.session_factory)
        if staff is not None:
            self.window.state.services.context.staff_id = staff
        self._known_as_enrolled()
        self.window.state.data_changed.emit(translate("Sync", "Changes from the team"))
        self.controller.start()
        if isinstance(report, Report) and report.brought:
            self._offer_duplicates()

    def _offer_duplicates(self) -> None:
        """Records this laptop brought that look like the team's: offered, never merged silently."""
        pairs = len(self.window.state.services.duplicates.all())
        if not pairs:
            return
        answer = QMessageBox.question(
            self.window,
            translate("Sync", "Team server"),
            translate(
                "Sync",
                "{n} pairs of records look alike: this laptop's and the team's. "
                "Review them now? Nothing is merged unless you choose to.",
            ).format(n=pairs),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.window.find_duplicates()
