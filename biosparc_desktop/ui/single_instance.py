"""One window per database: a second launch brings the first window forward and exits.

The first instance listens on a local socket named after the database file (and
the user); a later launch on the same file connects, asks it to come forward and
quits instead of opening the database a second time. Another database gets
another name, so two different databases can be open side by side.
"""

from __future__ import annotations

import getpass
import hashlib
import logging
import os
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket
from PySide6.QtWidgets import QWidget

log = logging.getLogger(__name__)

_REQUEST = b"raise\n"


def instance_key(database: Path) -> str:
    """A socket name for this user and this database file, short enough for every OS."""
    try:
        user = getpass.getuser()
    except (KeyError, OSError):
        user = str(os.getuid()) if hasattr(os, "getuid") else "user"
    where = os.path.normcase(str(database.expanduser().resolve()))
    digest = hashlib.sha256(f"{user}\0{where}".encode()).hexdigest()[:24]
    return f"biosparc-desktop-{digest}"


class SingleInstance(QObject):
    """Call :meth:`notify_running` first; if it returns False, :meth:`listen`."""

    activation_requested = Signal()

    def __init__(self, database: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.key = instance_key(database)
        self.server: QLocalServer | None = None

    def notify_running(self, timeout_ms: int = 1000) -> bool:
        """True when another instance has this database open (and was asked to come forward)."""
        socket = QLocalSocket()
        socket.connectToServer(self.key)
        if not socket.waitForConnected(timeout_ms):
            return False
        socket.write(_REQUEST)
        socket.flush()
        socket.waitForBytesWritten(timeout_ms)
        socket.disconnectFromServer()
        return True

    def listen(self) -> bool:
        """Start answering later launches; False if another instance got there first."""
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        if not server.listen(self.key):
            if self.notify_running(timeout_ms=300):
                return False  # a live instance started at the same moment
            # A crashed instance leaves its socket file behind on Unix: clear it and retry.
            QLocalServer.removeServer(self.key)
            if not server.listen(self.key):
                log.warning("Could not listen for other launches: %s", server.errorString())
                return False
        server.newConnection.connect(self._accept)
        self.server = server
        return True

    def close(self) -> None:
        if self.server is not None:
            self.server.close()
            self.server.deleteLater()
            self.server = None

    def _accept(self) -> None:
        assert self.server is not None
        while (socket := self.server.nextPendingConnection()) is not None:
            socket.readyRead.connect(self._ready_read)
            if socket.bytesAvailable():
                self._read(socket)

    def _ready_read(self) -> None:
        socket = self.sender()
        if isinstance(socket, QLocalSocket):
            self._read(socket)

    def _read(self, socket: QLocalSocket) -> None:
        data = bytes(socket.readAll().data())
        if _REQUEST.strip() not in data:
            return
        # One request per connection: done with it.
        socket.readyRead.disconnect(self._ready_read)
        socket.abort()
        socket.deleteLater()
        log.info("Another launch asked for this window")
        self.activation_requested.emit()


def bring_to_front(window: QWidget) -> None:
    """Show, un-minimise and raise a window (as far as the window manager allows)."""
    state = window.windowState()
    if state & Qt.WindowState.WindowMinimized:
        window.setWindowState(state & ~Qt.WindowState.WindowMinimized)
    window.show()
    window.raise_()
    window.activateWindow()
