"""Automatic backups while the app runs: on open if the last is a day old, every 30
minutes when something changed, and on close.

Backups run off the GUI thread through :class:`Job` (in a pool of their own, one
at a time); the one on close runs in the foreground because the app is ending.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

from PySide6.QtCore import QObject, QThreadPool, QTimer, Signal

from biosparc_desktop.errors import BiosparcError
from biosparc_desktop.store.backups import BackupInfo, last_backup_at, make_backup
from biosparc_desktop.ui.workers import Job, Progress

log = logging.getLogger(__name__)

INTERVAL_MS = 30 * 60 * 1000
MAX_AGE = timedelta(days=1)


def _utc_now() -> datetime:
    return datetime.now(UTC)


class BackupScheduler(QObject):
    """Connect :meth:`note_change` to the app's change signal, then :meth:`start`."""

    started = Signal()
    finished = Signal(object)  # BackupInfo
    failed = Signal(str)  # a sentence for the user

    def __init__(
        self,
        database: Path,
        backups_dir: Path,
        *,
        interval_ms: int = INTERVAL_MS,
        max_age: timedelta = MAX_AGE,
        now: Callable[[], datetime] = _utc_now,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.database = database
        self.backups_dir = backups_dir
        self.max_age = max_age
        self._now = now
        self._changed = False
        self._job: Job | None = None
        self._spent: Job | None = None
        self.last_error: str | None = None
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self._tick)

    # -- when to back up ----------------------------------------------------
    def start(self) -> Job | None:
        """Start the timer, and back up now if the newest backup is over a day old."""
        self.timer.start()
        last = last_backup_at(self.backups_dir)
        if last is None or self._now() - last >= self.max_age:
            return self.backup_now()
        return None

    def note_change(self, *_args: object) -> None:
        """Something was saved: the next tick backs up."""
        self._changed = True

    @property
    def has_unsaved_changes(self) -> bool:
        """Changes made since the last backup started."""
        return self._changed

    @property
    def running(self) -> bool:
        return self._job is not None

    def _tick(self) -> None:
        if self._changed:
            self.backup_now()

    # -- doing it ---------------------------------------------------------------
    def backup_now(self) -> Job | None:
        """Back up in the background; ``None`` if one is already running."""
        if self._job is not None:
            return None
        if self._spent is not None:
            self.pool.waitForDone()
            self._spent.deleteLater()
            self._spent = None
        # Cleared before the copy starts: a change saved during the copy may be
        # missing from it, so it must count for the next one.
        self._changed = False
        job = Job(self._work, self)
        job.succeeded.connect(self._succeeded)
        job.failed.connect(self._failed)
        job.finished.connect(self._job_done)
        self._job = job
        self.started.emit()
        job.start(self.pool)
        return job

    def _work(self, progress: Progress) -> BackupInfo:
        progress.check()
        return make_backup(self.database, self.backups_dir, kind="auto", now=self._now())

    def _succeeded(self, info: object) -> None:
        self.last_error = None
        log.info("Backup written to %s", getattr(info, "path", info))
        self.finished.emit(info)

    def _failed(self, message: str) -> None:
        self._changed = True  # try again at the next tick
        self.last_error = message
        log.warning("Automatic backup failed: %s", message)
        self.failed.emit(message)

    def _job_done(self) -> None:
        # Deleted at the next backup, once the pool confirms its thread let go of it:
        # "finished" arrives while the worker may still be returning from the job.
        self._spent, self._job = self._job, None

    def on_close(self) -> BackupInfo | None:
        """Stop, wait for a running backup, and back up once more if anything changed."""
        self.timer.stop()
        self.pool.waitForDone()
        # The job's signals cannot arrive any more (no event loop): read its outcome.
        if self._job is not None and self._job.error is not None:
            self._changed = True
        self._job = None
        if not self._changed and last_backup_at(self.backups_dir) is not None:
            return None
        try:
            info = make_backup(self.database, self.backups_dir, kind="auto", now=self._now())
        except BiosparcError as exc:
            log.warning("Backup on close failed: %s", exc.message)
            self.last_error = exc.message
            return None
        self._changed = False
        return info
