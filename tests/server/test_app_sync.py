"""The app's side of sync, on real widgets, real laptops and the real server."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt

from biosparc_desktop.services.organisations import OrganisationDraft
from biosparc_desktop.sync.conflicts import ConflictService
from biosparc_desktop.sync.run import Status
from biosparc_desktop.ui.app_state import AppState
from biosparc_desktop.ui.dialogs.settings_dialog import STAFF_KEY, SettingsDialog
from biosparc_desktop.ui.sync.conflicts_dialog import COL_MINE, COL_THEIRS, ConflictsDialog
from biosparc_desktop.ui.sync.controller import SyncController, SyncView
from biosparc_desktop.ui.sync.status_button import describe
from biosparc_desktop.ui.sync.team_server_dialog import TeamServerDialog
from tests.server.conftest import Laptop, Server
from tests.server.test_sync_flow import joined

pytestmark = pytest.mark.gui
NOW = datetime(2026, 12, 7, 9, 0, tzinfo=UTC)


def status(**fields: object) -> Status:
    base = Status(
        server="https://sync.example",
        device_id="d",
        pending=0,
        refused=0,
        last_sync=NOW - timedelta(minutes=5),
        conflicts=0,
        cursor=3,
        last_error=None,
        token_in_file=False,
    )
    return replace(base, **fields)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("view", "text"),
    [
        (SyncView(status(), False, False, None), "Synced 5 minutes ago"),
        (SyncView(status(last_sync=NOW), False, False, None), "Synced just now"),
        (SyncView(status(pending=1), True, False, None), "Syncing… · 1 change waiting"),
        (SyncView(status(pending=3), False, True, None), "Offline · 3 changes waiting"),
        (SyncView(status(conflicts=2), False, False, None), "Synced 5 minutes ago · 2 conflicts"),
        (SyncView(status(last_sync=None), False, False, None), "Not synced yet"),
        (SyncView(status(), False, False, "Update Biosparc Desktop to sync."), "Not syncing"),
        (
            SyncView(status(refused=1), False, False, "The team server refused a change: …"),
            "Synced 5 minutes ago · 1 refused",
        ),
    ],
)
def test_the_status_bar_says_how_sync_stands(view: SyncView, text: str) -> None:
    assert describe(view, NOW) == text


def test_a_change_on_one_laptop_appears_in_the_other_running_app(
    qtbot, server: Server, laptops: Callable[[str], Laptop], tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    alice, bob = joined(server, laptops, "alice", "bob")
    state = AppState(alice.services, QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    controller = SyncController(alice.syncer, state, debounce_ms=0)
    seen: list[str] = []
    state.data_changed.connect(seen.append)
    controller.start()
    qtbot.waitUntil(lambda: controller.view().status.last_sync is not None, timeout=10_000)
    qtbot.waitUntil(lambda: not controller.view().syncing, timeout=10_000)

    bob.services.organisations.create(OrganisationDraft(name="Innovent Biologics"))
    started = time.monotonic()
    bob.syncer.sync()
    qtbot.waitUntil(
        lambda: [r.name for r in alice.services.organisations.rows()] == ["Innovent Biologics"],
        timeout=10_000,
    )
    print(f"seen on the other laptop {time.monotonic() - started:.2f} s after the sync")
    assert seen  # the views were told to refresh
    controller.stop()
    assert controller.wait_idle()


def test_conflicts_are_reviewed_side_by_side_and_resolved(
    qtbot, server: Server, laptops: Callable[[str], Laptop]
) -> None:  # type: ignore[no-untyped-def]
    alice, bob = joined(server, laptops, "alice", "bob")
    row = alice.services.organisations.create(OrganisationDraft(name="Essex Bio"))
    alice.syncer.sync()
    bob.syncer.sync()
    alice.services.organisations.update(row.id, OrganisationDraft(name="Essex Bio", city="Zhuhai"))
    bob.services.organisations.update(row.id, OrganisationDraft(name="Essex Bio", city="Hong Kong"))
    alice.syncer.sync()
    bob.syncer.sync()

    dialog = ConflictsDialog(ConflictService(bob.services.context))
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.table.rowCount() == 1
    assert dialog.table.item(0, COL_MINE).text().startswith("Hong Kong\nBob")
    assert dialog.table.item(0, COL_THEIRS).text().startswith("Zhuhai\nAlice")
    assert dialog.table.item(0, 1).text() == "City"  # the field in the user's words
    assert dialog.keep_mine.toolTip() == "Use the value not applied, by Bob"
    assert dialog.keep_theirs.toolTip() == "Keep the value everyone has, by Alice"
    dialog.keep_mine.click()
    assert dialog.table.rowCount() == 0
    assert bob.services.organisations.get(row.id).city == "Hong Kong"
    bob.syncer.sync()
    alice.syncer.sync()
    assert alice.services.organisations.get(row.id).city == "Hong Kong"


def test_joining_from_the_team_server_dialog(
    qtbot, server: Server, laptops: Callable[[str], Laptop]
) -> None:  # type: ignore[no-untyped-def]
    carol = laptops("carol")
    joined_calls: list[bool] = []
    dialog = TeamServerDialog(
        carol.syncer, on_joined=lambda _report: joined_calls.append(True), on_left=lambda: None
    )
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(dialog.address.hasFocus)  # the cursor starts in the address
    dialog.join_button.click()
    assert "Type the server's address" in dialog.message.text()

    qtbot.keyClicks(dialog.address, server.url)
    qtbot.keyClicks(dialog.code, "WRONG-CODE-0000")
    dialog.join_button.click()
    qtbot.waitUntil(lambda: "not valid" in dialog.message.text(), timeout=15_000)

    dialog.code.clear()
    qtbot.keyClicks(dialog.code, server.add_user("Carol"))
    qtbot.keyClick(dialog.code, Qt.Key.Key_Return)  # Enter joins (never Cancel, never Browse)
    assert dialog.busy.isVisible()  # loading the team's records shows it is busy
    qtbot.waitUntil(lambda: joined_calls == [True], timeout=15_000)
    assert carol.syncer.status().server == server.url


def test_the_main_window_syncs_from_its_file_menu_and_says_so_in_the_status_bar(
    qtbot, server: Server, laptops: Callable[[str], Laptop], tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    from biosparc_desktop.ui.main_window import MainWindow
    from biosparc_desktop.ui.sync.wiring import SyncUi

    (dana,) = joined(server, laptops, "dana")
    state = AppState(dana.services, QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    window = MainWindow(state, debounce_ms=0)
    qtbot.addWidget(window)
    sync_ui = SyncUi(window, dana.database, listen=False)
    window.show()
    texts = [a.text() for a in window.file_menu.actions()]
    assert {"S&ync now", "Review &conflicts…", "&Team server…"} <= set(texts)

    dana.services.organisations.create(OrganisationDraft(name="Mirxes"))
    assert sync_ui.controller.view().status.pending == 1
    sync_ui.sync_action.trigger()
    qtbot.waitUntil(lambda: sync_ui.button.text() == "Synced just now", timeout=15_000)
    assert sync_ui.button.isVisible()
    assert dana.syncer.status().pending == 0

    # The laptop knows who uses it: the enrolled person, not asked again.
    assert not window.identity_bar.isVisible()
    assert state.settings.value(STAFF_KEY) == "Dana"
    # Settings → Team server, and "I am" fixed to the enrolled person.
    opened: list[bool] = []
    settings = SettingsDialog(
        state,
        window,
        team_server=lambda: opened.append(True),
        enrolled_as=window.enrolled_as() if window.enrolled_as else None,
    )
    qtbot.addWidget(settings)
    settings.show()
    assert (settings.staff.currentText(), settings.staff.isEnabled()) == ("Dana", False)
    assert window.team_server_opener == sync_ui.team_server
    settings.team_server.click()
    assert opened == [True]
    sync_ui.stop()
