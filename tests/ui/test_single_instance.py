"""One window per database: a second launch brings the first forward."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtNetwork import QLocalServer
from PySide6.QtWidgets import QWidget

from biosparc_desktop.ui.single_instance import SingleInstance, bring_to_front, instance_key

pytestmark = pytest.mark.gui


@pytest.fixture
def first(qtbot, tmp_path: Path) -> Iterator[SingleInstance]:  # type: ignore[no-untyped-def]
    instance = SingleInstance(tmp_path / "crm.sqlite3")
    assert instance.listen()
    yield instance
    instance.close()


def test_a_second_launch_on_the_same_database_wakes_the_first(  # type: ignore[no-untyped-def]
    qtbot, first: SingleInstance, tmp_path: Path
) -> None:
    second = SingleInstance(tmp_path / "." / "crm.sqlite3")  # the same file, written otherwise
    with qtbot.waitSignal(first.activation_requested, timeout=5000):
        assert second.notify_running()


def test_another_database_is_not_the_same_instance(  # type: ignore[no-untyped-def]
    qtbot, first: SingleInstance, tmp_path: Path
) -> None:
    other = SingleInstance(tmp_path / "other.sqlite3")
    with qtbot.assertNotEmitted(first.activation_requested, wait=100):
        assert not other.notify_running(timeout_ms=200)
    assert instance_key(tmp_path / "crm.sqlite3") != instance_key(tmp_path / "other.sqlite3")


def test_a_socket_left_by_a_crash_does_not_block_the_next_start(tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    if sys.platform == "win32":
        pytest.skip("named pipes vanish with their process on Windows")
    path = tmp_path / "crm.sqlite3"
    key = instance_key(path)
    # A child process listens and is killed: its socket file stays behind.
    code = (
        "import os, signal, sys\n"
        "from PySide6.QtCore import QCoreApplication\n"
        "from PySide6.QtNetwork import QLocalServer\n"
        "app = QCoreApplication(sys.argv)\n"
        f"server = QLocalServer(); assert server.listen({key!r})\n"
        "print(server.fullServerName(), flush=True)\n"
        "os.kill(os.getpid(), signal.SIGKILL)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        timeout=60,
        env=dict(os.environ),
    )
    socket_file = Path(result.stdout.strip())
    assert socket_file.exists(), result.stderr
    fresh = SingleInstance(path)
    assert not fresh.notify_running(timeout_ms=300)
    assert fresh.listen()
    fresh.close()
    QLocalServer.removeServer(key)


def test_bring_to_front_restores_a_minimised_window(qtbot) -> None:  # type: ignore[no-untyped-def]
    window = QWidget()
    qtbot.addWidget(window)
    window.showMinimized()
    bring_to_front(window)
    assert window.isVisible()
    assert not window.windowState() & Qt.WindowState.WindowMinimized
