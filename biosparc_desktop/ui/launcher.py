"""Create the QApplication, open the database (with dialogs for what can go wrong), show the window."""

from __future__ import annotations

import logging
import os
import sys
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QSettings, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from biosparc_desktop import __version__
from biosparc_desktop.config import Location
from biosparc_desktop.errors import BiosparcError
from biosparc_desktop.services.demo import is_empty, load_demo
from biosparc_desktop.services.registry import build_services
from biosparc_desktop.store.database import open_database
from biosparc_desktop.ui.app_state import AppState
from biosparc_desktop.ui.main_window import MainWindow
from biosparc_desktop.ui.theme import apply_theme

log = logging.getLogger(__name__)


def make_application(argv: list[str] | None = None) -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    QCoreApplication.setOrganizationName("Biosparc")
    QCoreApplication.setApplicationName("Biosparc Desktop")
    QCoreApplication.setApplicationVersion(__version__)
    app = QApplication(argv or sys.argv[:1])
    apply_theme(app)
    return app


def launch(
    *, location: Location, view: str, screenshot: Path | None, size: str, load_demo_data: bool
) -> int:
    if screenshot is not None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    log_path = _setup_logging(location.data_dir)
    app = make_application()
    try:
        database = open_database(location)
    except BiosparcError as exc:
        if screenshot is not None:
            print(f"biosparc-desktop: {exc}", file=sys.stderr)
            return 2
        QMessageBox.critical(None, "Biosparc Desktop cannot open its database", exc.message)
        return 2
    services = build_services(database)
    if load_demo_data and is_empty(services):
        load_demo(services)
    settings = QSettings()
    state = AppState(services, settings)
    window = MainWindow(state)
    window.show_view(view)
    if screenshot is not None:
        return _screenshot(app, window, screenshot, size)
    sys.excepthook = _crash_handler(window, log_path)
    window.restore_layout()
    window.show()
    code = app.exec()
    database.close()
    return int(code)


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
    handlers: list[logging.Handler] = [logging.StreamHandler()]
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
            QMessageBox.warning(window, "Biosparc Desktop", error.message)
            return
        log.error("Unexpected error", exc_info=(kind, error, tb))
        details = "".join(traceback.format_exception(kind, error, tb))
        box = QMessageBox(window)
        box.setIcon(QMessageBox.Icon.Critical)
        box.setWindowTitle("Something went wrong")
        box.setText(
            "Biosparc Desktop hit a problem it did not expect. Your saved data is safe: the "
            f"action was not saved. The details are in the log:\n{log_path}"
        )
        box.setDetailedText(details)
        box.exec()

    return handle
