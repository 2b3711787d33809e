"""Reading while the open-time integrity check finishes; writing only once it has passed.

The check reads the whole file (half a second at 400 MB). Rather than make the
window wait for it, the app may open the database with every connection in
SQLite's ``query_only`` mode, build its window from reads, and then wait for
the verdict before showing the window: a damaged file is still never written
to, and start-up overlaps the check instead of following it.
"""

from __future__ import annotations

import sqlite3
from concurrent.futures import Future
from typing import Any

from sqlalchemy import Engine, event

from biosparc_desktop.store.integrity import IntegrityReport

_QUERY_ONLY = "biosparc_query_only"


class WriteGuard:
    """Keeps ``engine``'s connections read-only until :meth:`verdict` says the file is sound."""

    def __init__(self, engine: Engine, check: Future[IntegrityReport]) -> None:
        self._check = check
        self._lifted = False
        event.listen(engine, "connect", self._on_connect)
        event.listen(engine, "checkout", self._on_checkout)

    @property
    def lifted(self) -> bool:
        return self._lifted

    def verdict(self) -> IntegrityReport:
        """Wait for the check; when it passed, writing is allowed from now on."""
        report = self._check.result()
        if report.ok:
            self._lifted = True
        return report

    def _on_connect(self, connection: sqlite3.Connection, record: Any) -> None:
        if not self._lifted:
            connection.execute("PRAGMA query_only = ON")
            record.info[_QUERY_ONLY] = True

    def _on_checkout(self, connection: sqlite3.Connection, record: Any, _proxy: Any) -> None:
        if self._lifted and record.info.pop(_QUERY_ONLY, False):
            connection.execute("PRAGMA query_only = OFF")
