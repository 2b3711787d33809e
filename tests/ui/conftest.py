"""GUI fixtures: a real main window on a real (demo) database, settings in tmp_path."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QSettings, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from biosparc_desktop.services.registry import Services
from biosparc_desktop.ui.app_state import AppState
from biosparc_desktop.ui.i18n import install_language
from biosparc_desktop.ui.main_window import MainWindow
from biosparc_desktop.ui.phone_region import REGION_KEY


@pytest.fixture(autouse=True)
def _never_block_on_questions(monkeypatch: pytest.MonkeyPatch) -> None:
    """A dirty dialog closed at teardown would ask and block; answer Discard unless a test says otherwise."""
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)
    # A delete or terminate question nobody expected would block: fail instead.
    from biosparc_desktop.ui.dialogs import delete_confirm

    def unexpected(*args: object, **kwargs: object) -> None:
        pytest.fail(f"unexpected question: {args[2] if len(args) > 2 else args}")

    monkeypatch.setattr(delete_confirm, "ask", unexpected)
    monkeypatch.setattr(delete_confirm, "ask_reason", unexpected)
    from biosparc_desktop.ui.dialogs import date_prompt

    monkeypatch.setattr(date_prompt, "ask_date", unexpected)


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    """The user is in Singapore whatever the computer's locale says (phone numbers of
    other regions are shown with their country code)."""
    chosen = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    chosen.setValue(REGION_KEY, "SG")
    return chosen


@pytest.fixture
def state(demo: Services, settings: QSettings) -> AppState:
    return AppState(demo, settings)


@pytest.fixture
def window(qtbot, state: AppState) -> MainWindow:  # type: ignore[no-untyped-def]
    win = MainWindow(state, debounce_ms=0)
    qtbot.addWidget(win)
    win.resize(1280, 800)
    win.show()
    qtbot.waitExposed(win)
    return win


@pytest.fixture
def warnings_shown(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Message boxes record their text instead of blocking."""
    shown: list[str] = []

    def fake(
        _parent: QWidget | None, _title: str, text: str, *args: object, **kwargs: object
    ) -> object:
        shown.append(text)
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "warning", fake)
    monkeypatch.setattr(QMessageBox, "critical", fake)
    return shown


@pytest.fixture
def when_modal() -> Iterator[Callable[[Callable[[QWidget], None]], None]]:
    """Run a function on the next modal dialog once it is open (dialogs use exec())."""
    timers: list[QTimer] = []

    def schedule(handler: Callable[[QWidget], None]) -> None:
        timer = QTimer()
        timer.setInterval(20)

        def poll() -> None:
            dialog = QApplication.activeModalWidget()
            if dialog is not None and dialog.isVisible():
                timer.stop()
                handler(dialog)

        timer.timeout.connect(poll)
        timer.start()
        timers.append(timer)

    yield schedule
    for timer in timers:
        timer.stop()


@pytest.fixture
def confirmations(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Delete and terminate questions record their text and are answered Yes;
    append "no" to the list to answer the next one No."""
    from biosparc_desktop.ui.dialogs import delete_confirm

    asked: list[str] = []

    def ask(_parent: QWidget | None, _title: str, text: str, _confirm: str) -> bool:
        answer_no = bool(asked) and asked[-1] == "no"
        if answer_no:
            asked.pop()
        asked.append(text)
        return not answer_no

    monkeypatch.setattr(delete_confirm, "ask", ask)
    return asked


@pytest.fixture
def chinese(qapp: QApplication) -> Iterator[QLocale]:
    """Chinese for one test; then English again, and the locale the other tests expect."""
    before = QLocale()
    try:
        yield install_language(qapp, "zh_CN")
    finally:
        install_language(qapp, "en")
        QLocale.setDefault(before)
