"""Whether the desktop app can open a window here, said in one line before Qt loads.

Without these checks Qt prints half a dozen lines about platform plugins and aborts.
Only Linux (and other X11/Wayland systems) can lack a display or Qt's X11 libraries;
``--screenshot`` draws offscreen and needs neither, and an explicit
``QT_QPA_PLATFORM`` is left to Qt.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping

# What Qt's xcb platform plugin links beyond the X11 basics every desktop has, with the
# Debian/Ubuntu package of each (Qt 6.5+ needs xcb-cursor; none is in the PySide6 wheel).
XCB_LIBRARIES: dict[str, str] = {
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
}


def display_problem(environ: Mapping[str, str] | None = None, platform: str = sys.platform) -> str:
    """Why the window cannot open here, or ``""``."""
    env = os.environ if environ is None else environ
    if platform in {"win32", "darwin"} or env.get("QT_QPA_PLATFORM"):
        return ""
    if not env.get("DISPLAY") and not env.get("WAYLAND_DISPLAY"):
        return (
            "no display to open the window on (neither DISPLAY nor WAYLAND_DISPLAY is set): "
            "start it from a desktop session, or use the biosparc command or --screenshot."
        )
    # Qt tries Wayland first where there is one; X11 is where its libraries go missing.
    if env.get("WAYLAND_DISPLAY"):
        return ""
    display = env["DISPLAY"]
    if not x_server_answers(display):
        return (
            f"no X server answers on the display {display} (DISPLAY): start the app from "
            "a desktop session or an ssh -X login, or use the biosparc command or --screenshot."
        )
    if getattr(sys, "frozen", False):  # the bundle carries its own X11 libraries
        return ""
    missing = missing_packages()
    if missing:
        return (
            f"Qt cannot open a window: {', '.join(missing)} "
            f"{'is' if len(missing) == 1 else 'are'} missing "
            f"(on Debian or Ubuntu: sudo apt-get install {' '.join(missing)})."
        )
    return ""


def missing_packages(libraries: Mapping[str, str] = XCB_LIBRARIES) -> list[str]:
    """The packages of the libraries the dynamic loader cannot find."""
    import ctypes  # only where an X11 window is about to open

    missing: list[str] = []
    for soname, package in libraries.items():
        try:
            ctypes.CDLL(soname)
        except OSError:
            missing.append(package)
    return missing


def x_server_answers(display: str, timeout: float = 1.0) -> bool:
    """Whether an X server accepts a connection on ``display`` ("[host]:N[.screen]"):
    the local socket for ":N" (Linux's abstract one first), TCP port 6000+N for a host
    (ssh -X forwards "localhost:10"). A display it cannot read is left to Qt."""
    import socket

    host, colon, rest = display.rpartition(":")
    number = rest.split(".", 1)[0]
    if not colon or not number.isdigit():
        return True
    if host.startswith("/"):  # a launchd socket path (XQuartz): Qt knows best
        return True
    if host in ("", "unix"):
        path = f"/tmp/.X11-unix/X{number}"
        for address in (f"\0{path}", path):
            with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as unix:
                unix.settimeout(timeout)
                try:
                    unix.connect(address)
                except OSError:
                    continue
                return True
        return False
    try:
        socket.create_connection((host, 6000 + int(number)), timeout=timeout).close()
    except OSError:
        return False
    return True
