"""The one line the app prints where it cannot open a window (biosparc_desktop/display_check.py)."""

from __future__ import annotations

import sys

import pytest

from biosparc_desktop import display_check
from biosparc_desktop.display_check import display_problem, missing_packages


@pytest.fixture(autouse=True)
def _libraries_present(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(display_check, "missing_packages", lambda: [])


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
