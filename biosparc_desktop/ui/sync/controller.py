"""Syncing in the background while the app runs.

One sync at a time, on a worker thread: every minute while the server can be
reached, two seconds after the last change (debounced), on "Sync now", and as
soon as the server says another laptop changed something (a long-poll listener
thread, not a polling loop). The GUI thread never waits on the network.
"""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass

from PySide6.QtCore import QObject, QThreadPool, QTimer, Signal

from biosparc_desktop.errors import BiosparcError
from biosparc_desktop.sync.client import Offline
from biosparc_desktop.sync.run import Report, Status, Syncer
from biosparc_desktop.ui.app_state import AppState
from biosparc_desktop.ui.i18n import error_text, translate
from biosparc_desktop.ui.workers import Job, Progress

log = logging.getLogger(__name__)

INTERVAL_MS = 60_000
DEBOUNCE_MS = 2_000
LISTEN_SECONDS = 25
RETRY_SECONDS = (5, 15, 30, 60)  # waits after failures, growing


@dataclass(frozen=True)
class SyncView:
    """What the status bar shows: the stored status plus what is happening now."""

    status: Status
    syncing: bool
    offline: bool
    problem: str | None  # a refusal in words, when the last sync was refused


class SyncController(QObject):
    changed = Signal(object)  # SyncView
    _remote_changes = Signal()

    def __init__(
        self,
        syncer: Syncer,
        state: AppState,
        *,
        interval_ms: int = INTERVAL_MS,
        debounce_ms: int = DEBOUNCE_MS,
        listen: bool = True,
        pool: QThreadPool | None = None,
    ) -> None:
        super().__init__()
        self._syncer = syncer
        self._state = state
        self._pool = pool or QThreadPool.globalInstance()
        self._listen = listen
        self._job: Job | None = None
        self._again = False
        self._offline = False
        self._problem: str | None = None
        self._stop = threading.Event()
        self._listener: threading.Thread | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.sync_now)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(debounce_ms)
        self._debounce.timeout.connect(self.sync_now)
        self._remote_changes.connect(self.sync_now)
        state.data_changed.connect(self._local_change)

    # -- life ---------------------------------------------------------------------

    @property
    def joined(self) -> bool:
        return self.status().server is not None

    def start(self) -> None:
        """Begin syncing if this laptop has joined a team server."""
        self._stop.clear()
        self.changed.emit(self.view())
        if not self.joined:
            return
        self._timer.start()
        self.sync_now()
        if self._listen and (self._listener is None or not self._listener.is_alive()):
            self._listener = threading.Thread(target=self._listen_loop, daemon=True)
            self._listener.start()

    def stop(self) -> None:
        self._stop.set()
        self._timer.stop()
        self._debounce.stop()

    def wait_idle(self, msecs: int = 30_000) -> bool:
        """Let a running sync finish (on close); True when none is left running."""
        return self._pool.waitForDone(msecs)

    # -- syncing ------------------------------------------------------------------

    def sync_now(self) -> None:
        if not self.joined:
            return
        if self._job is not None:
            self._again = True  # one more round once this one ends
            return
        self._debounce.stop()
        job = Job(self._work, self)
        job.succeeded.connect(self._done)
        job.failed.connect(self._failed)
        job.finished.connect(self._finished)
        self._job = job
        self.changed.emit(self.view())
        job.start(self._pool)

    def _work(self, _progress: Progress) -> Report:
        try:
            return self._syncer.sync()
        except Offline:
            self._offline = True
            raise

    def _done(self, report: object) -> None:
        assert isinstance(report, Report)
        self._offline = False
        self._problem = (
            translate("Sync", "The team server refused a change: {reason}").format(
                reason=report.refused[0]
            )
            if report.refused
            else None
        )
        if report.pulled:
            self._state.data_changed.emit(translate("Sync", "Changes from the team"))

    def _failed(self, sentence: str) -> None:
        self._problem = None if self._offline else sentence
        log.info("sync failed: %s", sentence)

    def _finished(self) -> None:
        self._job = None
        self.changed.emit(self.view())
        if self._again and not self._stop.is_set():
            self._again = False
            self.sync_now()

    def _local_change(self, label: str) -> None:
        if label != translate("Sync", "Changes from the team") and self.joined:
            self._debounce.start()

    def _listen_loop(self) -> None:
        """Wait on the server for other laptops' changes; a pull follows each."""
        failures = 0
        while not self._stop.is_set():
            try:
                if self._syncer.wait_for_changes(LISTEN_SECONDS):
                    self._remote_changes.emit()
                    self._stop.wait(0.5)  # let the pull start before asking again
                failures = 0
            except (BiosparcError, OSError) as exc:
                wait = RETRY_SECONDS[min(failures, len(RETRY_SECONDS) - 1)]
                failures += 1
                log.debug("listening stopped for %ss: %s", wait, exc)
                if self._stop.wait(wait):
                    return

    # -- what to show -------------------------------------------------------------

    def status(self) -> Status:
        return self._syncer.status()

    def view(self) -> SyncView:
        status = self.status()
        offline = self._offline or (
            status.last_error is not None and "cannot be reached" in status.last_error
        )
        return SyncView(status, self._job is not None, offline, self._problem)


def problem_text(error: BiosparcError) -> str:
    return error_text(error)
