"""Slow work (import, briefing pack, backup) off the GUI thread.

The work function runs in a thread-pool thread and must not touch widgets; it
reports progress through the ``Progress`` it is given and may be cancelled.
Success, failure and progress arrive back on the GUI thread as signals.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from biosparc_desktop.errors import BiosparcError
from biosparc_desktop.ui.i18n import error_text, translate

log = logging.getLogger(__name__)


class Cancelled(Exception):
    """Raised inside the work when the user pressed Cancel."""


class Progress:
    """Handed to the work function: report progress, check for cancel."""

    def __init__(self, emit: Callable[[int, int, str], None]) -> None:
        self._emit = emit
        self._cancel = threading.Event()
        self._lock = threading.Lock()
        self._finishing = False

    def report(self, done: int, total: int, message: str = "") -> None:
        with self._lock:
            if self._cancel.is_set():
                raise Cancelled()
            if total > 0 and done >= total:
                # The last step is done: what is left (saving) is no longer cancelled.
                self._finishing = True
        self._emit(done, total, message)

    def cancel(self) -> bool:
        """Ask the work to stop; False when it is already finishing and will not."""
        with self._lock:
            if self._finishing:
                return False
            self._cancel.set()
            return True

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def check(self) -> None:
        if self._cancel.is_set():
            raise Cancelled()


class Job(QObject):
    """One piece of background work. Connect to the signals, then call :meth:`start`."""

    progressed = Signal(int, int, str)
    succeeded = Signal(object)
    failed = Signal(str)  # a sentence for the user
    cancelled = Signal()
    finished = Signal()

    def __init__(self, work: Callable[[Progress], Any], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._work = work
        self.progress = Progress(self.progressed.emit)
        self.result: Any = None
        self.error: str | None = None

    def start(self, pool: QThreadPool | None = None) -> None:
        (pool or QThreadPool.globalInstance()).start(_Runnable(self))

    def cancel(self) -> bool:
        """Ask the work to stop; False when it is already finishing (see Progress)."""
        return self.progress.cancel()

    def _run(self) -> None:
        try:
            self.result = self._work(self.progress)
        except Cancelled:
            self.cancelled.emit()
        except BiosparcError as exc:
            self.error = error_text(exc)
            self.failed.emit(self.error)
        except Exception as exc:  # a bug: logged with its traceback, shown in words
            log.exception("Background work failed")
            self.error = translate(
                "Job", "Something went wrong: {problem}. The details are in the log."
            ).format(problem=exc)
            self.failed.emit(self.error)
        else:
            self.succeeded.emit(self.result)
        finally:
            self.finished.emit()


class _Runnable(QRunnable):
    def __init__(self, job: Job) -> None:
        super().__init__()
        self._job = job

    def run(self) -> None:
        self._job._run()
