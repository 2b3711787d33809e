"""Undo and redo of a large action (an import) off the GUI thread, with progress and Cancel."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QProgressDialog, QPushButton

from biosparc_desktop.services.contacts import ContactQuery
from biosparc_desktop.services.interactions import InteractionDraft
from biosparc_desktop.services.registry import Services
from biosparc_desktop.ui.app_state import AppState
from biosparc_desktop.ui.main_window import MainWindow
from tests.importing.conftest import SAMPLES

pytestmark = pytest.mark.gui

_SOURCE = SAMPLES / "generic_quoted.csv"
_LABEL = "Import contacts from generic_quoted.csv"


def _import(services: Services, path: Path = _SOURCE) -> None:
    services.importing.run(services.importing.read(path), source=path.name)


def _progress_dialog() -> QProgressDialog | None:
    for widget in QApplication.topLevelWidgets():
        if widget.objectName() == "undo_progress" and widget.isVisible():
            assert isinstance(widget, QProgressDialog)
            return widget
    return None


def test_undo_and_redo_of_an_import_run_in_the_background(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    state, services = window.state, window.state.services
    before = services.contacts.count()
    _import(services)
    imported = services.contacts.count()
    assert imported > before and state.undo_label() == _LABEL
    state.background_entries = 10  # this small import counts as large

    window.undo_action.trigger()
    job = state.replay_job
    assert job is not None  # the window is not held up...
    assert not window.undo_action.isEnabled() and not window.redo_action.isEnabled()
    qtbot.waitUntil(lambda: state.replay_job is None, timeout=20_000)
    assert services.contacts.count() == before
    assert state.undo_label() != _LABEL and state.redo_label() == _LABEL
    assert window.statusBar().currentMessage() == f"Undone: {_LABEL}"
    assert window.redo_action.isEnabled()
    assert _progress_dialog() is None

    window.redo_action.trigger()
    assert state.replay_job is not None
    qtbot.waitUntil(lambda: state.replay_job is None, timeout=20_000)
    assert services.contacts.count() == imported
    assert state.undo_label() == _LABEL and state.redo_label() is None
    assert window.statusBar().currentMessage() == f"Redone: {_LABEL}"


def test_a_small_undo_is_done_at_once(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    state, services = window.state, window.state.services
    before = services.contacts.count()
    _import(services)
    window.undo_action.trigger()  # far fewer entries than the background threshold
    assert state.replay_job is None
    assert services.contacts.count() == before
    assert window.statusBar().currentMessage() == f"Undone: {_LABEL}"


def test_the_progress_dialog_follows_and_cancel_changes_nothing(
    qtbot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    state, services = window.state, window.state.services
    _import(services)
    imported = services.contacts.count()
    state.background_entries = 10
    waiting, go = threading.Event(), threading.Event()
    revert = services.journal.revert

    def held_revert(*args: Any, progress: Callable[[int, int], object], **kwargs: Any) -> str:
        def report(done: int, total: int) -> object:
            waiting.set()
            go.wait(10)  # until the test has pressed Cancel
            return progress(done, total)

        return revert(*args, progress=report, **kwargs)

    monkeypatch.setattr(services.journal, "revert", held_revert)
    window.undo_action.trigger()
    qtbot.waitUntil(waiting.is_set, timeout=10_000)
    dialog = _progress_dialog()
    assert dialog is not None
    assert dialog.labelText() == f"Undoing “{_LABEL}”…"
    qtbot.mouseClick(dialog.findChild(QPushButton), Qt.MouseButton.LeftButton)  # Cancel
    assert "Cancelling" in dialog.labelText()
    go.set()
    qtbot.waitUntil(lambda: state.replay_job is None, timeout=20_000)
    assert services.contacts.count() == imported
    assert state.undo_label() == _LABEL and state.redo_label() is None
    assert _progress_dialog() is None


def test_a_failed_background_undo_is_shown_and_kept(
    qtbot, window: MainWindow, warnings_shown: list[str]
) -> None:  # type: ignore[no-untyped-def]
    state, services = window.state, window.state.services
    _import(services)
    state.background_entries = 10
    imported = services.contacts.count()
    # A meeting with an imported contact, logged since: the import cannot be taken back.
    someone = services.contacts.rows(ContactQuery(search="Souza"))[0]
    services.interactions.log(InteractionDraft(summary="Call", contact_ids=(someone.id,)))
    state._undo = [e for e in state._undo if e.label == _LABEL]  # (Undo of the call skipped)
    window.undo_action.trigger()
    qtbot.waitUntil(lambda: state.replay_job is None, timeout=20_000)
    assert len(warnings_shown) == 1
    assert state.undo_label() == _LABEL
    assert services.contacts.count() == imported


def test_undo_state_is_shared_and_idle_without_a_job(state: AppState) -> None:
    assert state.replay_job is None
    assert state.run_undo(None) is None  # nothing to undo


def test_closing_the_window_during_a_background_undo_lets_it_finish(
    qtbot, window: MainWindow
) -> None:  # type: ignore[no-untyped-def]
    state, services = window.state, window.state.services
    before = services.contacts.count()
    _import(services)
    state.background_entries = 10
    window.undo_action.trigger()
    assert state.replay_job is not None
    window.close()  # waits for the undo instead of closing the database under it
    assert services.contacts.count() == before


def test_once_every_row_is_undone_it_can_no_longer_be_cancelled(
    qtbot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    state, services = window.state, window.state.services
    before = services.contacts.count()
    _import(services)
    state.background_entries = 10
    waiting, go = threading.Event(), threading.Event()
    revert = services.journal.revert

    def held_revert(*args: Any, progress: Callable[[int, int], object], **kwargs: Any) -> str:
        def report(done: int, total: int) -> object:
            result = progress(done, total)
            if done >= total:  # all rows done; only the commit is left
                waiting.set()
                go.wait(10)
            return result

        return revert(*args, progress=report, **kwargs)

    monkeypatch.setattr(services.journal, "revert", held_revert)
    window.undo_action.trigger()
    qtbot.waitUntil(waiting.is_set, timeout=10_000)
    dialog = _progress_dialog()
    assert dialog is not None

    def cancel_gone() -> bool:
        button = dialog.findChild(QPushButton)
        return button is None or not button.isVisible()

    qtbot.waitUntil(cancel_gone, timeout=5_000)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # too late: ignored
    assert "Cancelling" not in dialog.labelText()
    go.set()
    qtbot.waitUntil(lambda: state.replay_job is None, timeout=20_000)
    assert services.contacts.count() == before  # the undo went through
    assert state.redo_label() == _LABEL
