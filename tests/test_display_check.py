"""The one line the app prints where it cannot open a window (biosparc_desktop/display_check.py)."""

from __future__ import annotations

import os
import sys

import pytest

from biosparc_desktop import display_check

# Imported here, the real knock: the fixture below stands in for it inside display_problem.
from biosparc_desktop.display_check import display_problem, missing_packages, x_server_answers


@pytest.fixture(autouse=True)
def _libraries_present(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(display_check, "missing_packages", lambda: [])
    monkeypatch.setattr(display_check, "x_server_answers", lambda _display: True)


@pytest.mark.parametrize(
    ("environ", "platform", "refused"),
    [
        ({}, "linux", True),
        ({"DISPLAY": ""}, "linux", True),
        ({"DISPLAY": ":0"}, "linux", False),
        ({"WAYLAND_DISPLAY": "wayland-0"}, "linux", False),
        ({"QT_QPA_PLATFORM": "offscreen"}, "linux", False),
        ({}, "freebsd14", True),
        ({}, "darwin", False),
        ({}, "win32", False),
    ],
)
def test_no_display_is_only_a_linux_session_without_one(
    environ: dict[str, str], platform: str, refused: bool
) -> None:
    problem = display_problem(environ, platform)
    assert problem.startswith("no display") if refused else problem == ""


def test_missing_x11_libraries_are_named_with_their_packages(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(display_check, "missing_packages", lambda: ["libxcb-cursor0"])
    assert display_problem({"DISPLAY": ":0"}, "linux") == (
        "Qt cannot open a window: libxcb-cursor0 is missing "
        "(on Debian or Ubuntu: sudo apt-get install libxcb-cursor0)."
    )
    # Wayland is tried first where there is one; an explicit platform is Qt's business.
    assert display_problem({"DISPLAY": ":0", "WAYLAND_DISPLAY": "wayland-0"}, "linux") == ""
    assert display_problem({"DISPLAY": ":0", "QT_QPA_PLATFORM": "xcb"}, "linux") == ""


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="glibc's sonames")
def test_the_loader_is_asked_for_each_library() -> None:
    libraries = {"libc.so.6": "libc6", "libbiosparc-nonexistent.so.9": "libbiosparc9"}
    assert missing_packages(libraries) == ["libbiosparc9"]
    assert set(display_check.XCB_LIBRARIES.values()) >= {"libxcb-cursor0", "libxkbcommon-x11-0"}


def test_a_display_nobody_answers_on_is_said_in_one_line(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(display_check, "x_server_answers", lambda _display: False)
    assert display_problem({"DISPLAY": ":99"}, "linux") == (
        "no X server answers on the display :99 (DISPLAY): start the app from a desktop "
        "session or an ssh -X login, or use the biosparc command or --screenshot."
    )
    assert display_problem({"DISPLAY": ":99", "WAYLAND_DISPLAY": "wayland-0"}, "linux") == ""


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux's abstract sockets")
def test_an_x_server_is_knocked_on_where_the_display_says() -> None:
    import socket

    number = 4000 + os.getpid() % 1000  # a display no real server uses here
    assert not x_server_answers(f":{number}", timeout=0.2)
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as server:
        server.bind(f"\0/tmp/.X11-unix/X{number}")  # how X servers listen on Linux
        server.listen()
        assert x_server_answers(f":{number}", timeout=0.2)
        assert x_server_answers(f":{number}.0", timeout=0.2)
        assert x_server_answers(f"unix:{number}", timeout=0.2)
    with socket.socket() as tcp:
        tcp.bind(("127.0.0.1", 0))
        tcp.listen()
        port = tcp.getsockname()[1]
        assert port > 6000  # Linux hands out ports from 32768
        assert x_server_answers(f"127.0.0.1:{port - 6000}", timeout=0.2)
    assert not x_server_answers(f"127.0.0.1:{port - 6000}", timeout=0.2)
    assert x_server_answers("not a display")  # left to Qt
