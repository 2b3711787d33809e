"""Create the QApplication, open the database (with dialogs for what can go wrong), show the window.

Start-up in order: one instance per database (a second launch raises the first
window), the integrity check (a damaged file offers the newest good backup),
the Trash's 30-day purge, a warning for network or cloud-synced folders, then
the window with automatic backups. "Restore from backup" closes the window and
the database, restores, and opens both again (:meth:`Launch.request_restore`).
"""

from __future__ import annotations

import gc
import logging
import os
import sys
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QSettings, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QCheckBox, QDialog, QMessageBox
from sqlalchemy.exc import DatabaseError

from biosparc_desktop import __version__
from biosparc_desktop.config import Location
from biosparc_desktop.errors import BiosparcError, DatabaseDamaged
from biosparc_desktop.services.demo import is_empty, load_demo
from biosparc_desktop.services.registry import Services, build_services
from biosparc_desktop.store.database import Database, open_database
from biosparc_desktop.store.locations import storage_warning
from biosparc_desktop.store.restore import newest_good_backup, restore_backup
from biosparc_desktop.sync.identity import enrolled_staff_id
from biosparc_desktop.ui.app_state import AppState
from biosparc_desktop.ui.backup_scheduler import BackupScheduler
from biosparc_desktop.ui.dialogs.settings_dialog import STAFF_KEY
from biosparc_desktop.ui.formatting import fmt_date
from biosparc_desktop.ui.i18n import (
    apply_saved_language,
    error_text,
    install_language,
    sentence_text,
    translate,
)
from biosparc_desktop.ui.icons import app_icon
from biosparc_desktop.ui.main_window import MainWindow
from biosparc_desktop.ui.single_instance import SingleInstance, bring_to_front, instance_key
from biosparc_desktop.ui.sync.wiring import SyncUi
from biosparc_desktop.ui.theme import apply_theme

log = logging.getLogger(__name__)


def cannot_open() -> str:
    return translate("Launcher", "Biosparc Desktop cannot open its database")


def make_application(argv: list[str] | None = None) -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    QCoreApplication.setOrganizationName("Biosparc")
    QCoreApplication.setApplicationName("Biosparc Desktop")
    QCoreApplication.setApplicationVersion(__version__)
    app = QApplication(argv or sys.argv[:1])
    app.setWindowIcon(app_icon())
    QGuiApplication.setDesktopFileName("biosparc-desktop")
    apply_theme(app)
    return app


def launch(
    *,
    location: Location,
    view: str | None,
    screenshot: Path | None,
    size: str,
    load_demo_data: bool,
    language: str | None = None,
) -> int:
    if screenshot is not None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    log_path = _setup_logging(location.data_dir)
    app = make_application()
    # The language chosen in Settings (or --lang), before any window is built.
    if language is None:
        apply_saved_language(app, QSettings())
    else:
        install_language(app, language)
    if screenshot is not None:
        return _screenshot_run(app, location, view, screenshot, size, load_demo_data)
    instance: SingleInstance | None = None
    if location.sqlite_path is not None:
        instance = SingleInstance(location.sqlite_path)
        if instance.notify_running():
            print(
                "Biosparc Desktop already has this database open; its window was brought forward."
            )
            return 0
        instance.listen()
    run = Launch(app, location, log_path, view=view, load_demo_data=load_demo_data)
    if instance is not None:
        instance.activation_requested.connect(run.bring_forward)
    try:
        return run.run()
    finally:
        if instance is not None:
            instance.close()


class Launch:
    """The app on one database at a time; a restore swaps the database underneath."""

    def __init__(
        self,
        app: QApplication,
        location: Location,
        log_path: Path,
        *,
        view: str | None = None,
        load_demo_data: bool = True,
        settings: QSettings | None = None,
    ) -> None:
        self.app = app
        self.location = location
        self.log_path = log_path
        self.view = view
        self.load_demo_data = load_demo_data
        self.settings = settings or QSettings()
        self.database: Database | None = None
        self.window: MainWindow | None = None
        self.scheduler: BackupScheduler | None = None
        self.sync_ui: SyncUi | None = None
        self.pending_restore: Path | None = None

    @property
    def backups_dir(self) -> Path:
        return self.location.data_dir / "backups"

    def run(self) -> int:
        database = self.open()
        if database is None:
            return 2
        self.warn_about_location()
        while True:
            try:
                self.start(database)
            except DatabaseDamaged as exc:  # the check's verdict came in while starting
                recovered = self._recover(exc)
                if recovered is None:
                    return 2
                database = recovered
                continue
            except BiosparcError as exc:  # the check could not run (the file is busy...)
                QMessageBox.critical(None, cannot_open(), error_text(exc))
                return 2
            code = int(self.app.exec())
            restore = self.stop()
            if restore is None:
                return code
            reopened = self.restore_and_reopen(restore)
            if reopened is None:
                return 2
            database = reopened

    # -- opening ----------------------------------------------------------------
    def open(self) -> Database | None:
        """The database, or ``None`` after telling the user why not (in a dialog)."""
        try:
            # The integrity check may still be running: start() waits for its verdict
            # before showing the window or writing anything.
            return open_database(self.location, verify_later=True)
        except DatabaseDamaged as exc:
            return self._recover(exc)
        except BiosparcError as exc:
            QMessageBox.critical(None, cannot_open(), error_text(exc))
            return None

    def _recover(self, damage: DatabaseDamaged) -> Database | None:
        path = self.location.sqlite_path
        if path is None:
            QMessageBox.critical(None, cannot_open(), error_text(damage))
            return None
        good = newest_good_backup(self.backups_dir)
        from biosparc_desktop.ui.dialogs.damaged_dialog import DamagedDialog  # seldom needed

        dialog = DamagedDialog(path, error_text(damage), good)
        if dialog.exec() != QDialog.DialogCode.Accepted or good is None:
            return None
        try:
            result = restore_backup(good.path, path, self.backups_dir)
            database = open_database(self.location)
        except BiosparcError as exc:
            QMessageBox.critical(None, cannot_open(), error_text(exc))
            return None
        made = good.created_at.astimezone()
        QMessageBox.information(
            None,
            translate("Launcher", "Backup restored"),
            translate(
                "Launcher",
                "The backup made on {date} at {time} was restored. "
                "The damaged file was kept as {path}.",
            ).format(date=fmt_date(made.date()), time=made.strftime("%H:%M"), path=result.previous),
        )
        return database

    def warn_about_location(self) -> None:
        path = self.location.sqlite_path
        warning = storage_warning(path) if path is not None else None
        if path is None or warning is None:
            return
        key = f"safety/location_warning_dismissed/{instance_key(path)}"
        if self.settings.value(key, False, type=bool):
            return
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            translate("Launcher", "Database in a risky place"),
            sentence_text(warning),
        )
        again = QCheckBox(translate("Launcher", "Do not warn me again about this database"))
        box.setCheckBox(again)
        box.exec()
        if again.isChecked():
            self.settings.setValue(key, True)

    # -- one window on one database ----------------------------------------------
    def start(self, database: Database) -> MainWindow:
        """Build and show the window; raises :class:`DatabaseDamaged` (the window and the
        database closed again) when the open-time check finds the file damaged."""
        self.database = database
        services = build_services(database)
        verified = database.verified
        if verified:
            self._first_writes(services)
        state = AppState(services, self.settings)
        # The window is built from reads alone, so it can be built while the check runs.
        try:
            window = self._make_window(state, self.view)
        except DatabaseError:
            self._confirm_intact(database)  # raises DatabaseDamaged on a damaged file
            raise
        if not verified:
            self._confirm_intact(database)
            self._first_writes(services)
            state.clear_history()  # housekeeping, not steps the user could undo
        staff = self.settings.value(STAFF_KEY, "")
        if isinstance(staff, str) and staff.strip():
            state.attempt(None, lambda: services.staff.use(staff))
        else:
            # A laptop on a team server writes as the person it was enrolled for.
            services.context.staff_id = enrolled_staff_id(database.session_factory)
        if database.location.sqlite_path is not None:
            scheduler = BackupScheduler(database.location.sqlite_path, database.backups_dir)
            state.data_changed.connect(scheduler.note_change)
            scheduler.failed.connect(
                lambda message: window.statusBar().showMessage(
                    translate("Launcher", "The automatic backup failed: {message}").format(
                        message=message
                    ),
                    20_000,
                )
            )
            scheduler.start()
            self.scheduler = scheduler
        window.restore_layout()
        window.show()
        self.sync_ui = SyncUi(window, database)
        QTimer.singleShot(0, self.sync_ui.start)
        # Everything built so far lives as long as the app: keep the garbage collector
        # from walking it again and again (pauses of 100-300 ms on big lists), then
        # turn it back on (app.main turns it off while the modules load). The one full
        # collection first (50 ms) waits until the window is up and idle.
        QTimer.singleShot(GC_AFTER_START_MS, _settle_garbage_collector)
        return window

    def _confirm_intact(self, database: Database) -> None:
        """Wait for the open-time check; on a damaged file close everything and raise."""
        try:
            database.confirm_intact()
        except BiosparcError:  # damaged, or the check could not run
            if self.window is not None:
                self.window.deleteLater()
                self.window = None
            database.close()
            self.database = None
            raise

    def _first_writes(self, services: Services) -> None:
        """Demo data in an empty database and the Trash's 30-day purge."""
        if self.load_demo_data and is_empty(services):
            load_demo(services)
        _purge_old_trash(services)

    def _make_window(self, state: AppState, view: str | None = None) -> MainWindow:
        window = MainWindow(state, initial_view=view)
        window.restore_requested.connect(self.request_restore)
        window.language_change_requested.connect(self.change_language)
        sys.excepthook = _crash_handler(window, self.log_path)
        self.window = window
        return window

    def change_language(self, language: str) -> None:
        """Rebuild the window in the new language; the database and undo history stay."""
        old = self.window
        if old is None:
            return
        old.save_layout()
        install_language(self.app, language)
        window = self._make_window(old.state, old.current_view_name())
        window.restore_layout()
        window.show()
        if self.sync_ui is not None and self.database is not None:
            self.sync_ui.stop()
            self.sync_ui = SyncUi(window, self.database)
            self.sync_ui.start()
        old.hide()
        old.deleteLater()
        gc.unfreeze()  # the old window was frozen with the rest: let it be collected
        QTimer.singleShot(GC_AFTER_START_MS, _settle_garbage_collector)

    def bring_forward(self) -> None:
        if self.window is not None:
            bring_to_front(self.window)

    def request_restore(self, path: str | Path) -> None:
        """Restore ``path`` (chosen in RestoreDialog) once the window has closed."""
        self.pending_restore = Path(path)
        if self.window is not None:
            self.window.close()
        self.app.quit()  # ends run()'s event loop; does nothing when none is running

    def stop(self) -> Path | None:
        """After the event loop: last backup, close the database; the pending restore, if any."""
        restore, self.pending_restore = self.pending_restore, None
        if self.sync_ui is not None:
            self.sync_ui.stop()  # a sync under way finishes its step (each commits alone)
            self.sync_ui = None
        if self.scheduler is not None:
            if restore is None:
                self.scheduler.on_close()
            else:
                self.scheduler.timer.stop()
                self.scheduler.pool.waitForDone()
            self.scheduler = None
        if self.window is not None:
            self.window.deleteLater()
            self.window = None
        if self.database is not None:
            self.database.close()
            self.database = None
        # The frozen objects include this session's window and services: let the
        # collector see them again, or a restore would keep the old ones forever.
        gc.unfreeze()
        return restore

    def restore_and_reopen(self, backup: Path) -> Database | None:
        """Swap the backup in (keeping the current database) and open it again."""
        path = self.location.sqlite_path
        if path is None:
            return self.open()
        try:
            result = restore_backup(backup, path, self.backups_dir)
        except BiosparcError as exc:
            QMessageBox.warning(
                None, translate("Launcher", "The backup was not restored"), error_text(exc)
            )
            return self.open()
        log.info("Restored %s from %s; the previous database is %s", path, backup, result.previous)
        return self.open()


GC_AFTER_START_MS = 1500


def _settle_garbage_collector() -> None:
    gc.collect()
    gc.freeze()
    gc.enable()


def _purge_old_trash(services: Services) -> None:
    try:
        removed = services.trash.purge_expired()
    except BiosparcError as exc:
        log.warning("Could not empty old records from the Trash: %s", exc.message)
        return
    if removed:
        log.info("Removed %d records that were in the Trash over 30 days", removed)


def _screenshot_run(
    app: QApplication,
    location: Location,
    view: str | None,
    out: Path,
    size: str,
    load_demo_data: bool,
) -> int:
    try:
        database = open_database(location)
    except BiosparcError as exc:
        print(f"biosparc-desktop: {exc}", file=sys.stderr)
        return 2
    try:
        services = build_services(database)
        if load_demo_data and is_empty(services):
            load_demo(services)
        window = MainWindow(AppState(services, QSettings()), initial_view=view or "today")
        return _screenshot(app, window, out, size)
    finally:
        database.close()


def _screenshot(app: QApplication, window: MainWindow, out: Path, size: str) -> int:
    width, _, height = size.partition("x")
    window.resize(int(width or 1280), int(height or 800))
    window.show()
    # Let layouts settle and lazy lists fetch their first page before grabbing.
    for _ in range(5):
        app.processEvents()
    QTimer.singleShot(0, app.quit)
    app.exec()
    out.parent.mkdir(parents=True, exist_ok=True)
    if not window.grab().save(str(out)):
        print(f"biosparc-desktop: could not write {out}", file=sys.stderr)
        return 2
    print(f"Screenshot of the {window.current_view_name()} view written to {out}")
    return 0


def _setup_logging(data_dir: Path) -> Path:
    log_dir = data_dir / "logs"
    path = log_dir / "biosparc-desktop.log"
    # The console shows warnings and errors only; the log file also keeps the INFO lines
    # (Alembic's "Running upgrade …", backups made), which a user starting the app from a
    # terminal need not read.
    console = logging.StreamHandler()
    console.setLevel(logging.WARNING)
    handlers: list[logging.Handler] = [console]
    try:
        log_dir.mkdir(parents=True, exist_ok=True)
        handlers.append(logging.FileHandler(path, encoding="utf-8"))
    except OSError:
        pass  # the database dialog will explain a folder we cannot write to
    logging.basicConfig(
        level=logging.INFO,
        handlers=handlers,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
    )
    return path


def _crash_handler(window: MainWindow, log_path: Path):  # type: ignore[no-untyped-def]
    """A bug is logged and shown; the app keeps running and no data is lost (every action commits or rolls back)."""

    def handle(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        if isinstance(error, BiosparcError):
            QMessageBox.warning(window, "Biosparc Desktop", error_text(error))  # i18n: keep
            return
        log.error("Unexpected error", exc_info=(kind, error, tb))
        details = "".join(traceback.format_exception(kind, error, tb))
        box = QMessageBox(window)
        box.setIcon(QMessageBox.Icon.Critical)
        box.setWindowTitle(translate("Launcher", "Something went wrong"))
        box.setText(
            translate(
                "Launcher",
                "Biosparc Desktop hit a problem it did not expect. Your saved data is safe: "
                "the action was not saved. The details are in the log:\n{path}",
            ).format(path=log_path)
        )
        box.setDetailedText(details)
        box.exec()

    return handle
