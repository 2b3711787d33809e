"""Start the open-time integrity check before the interface has finished loading.

Checking a large file takes a few tenths of a second, and so does importing Qt;
SQLite releases the GIL while it reads, so the two overlap. ``open_database``
takes the early result only if the file has not changed since the check began.
"""

from __future__ import annotations

import threading
from concurrent.futures import Future
from pathlib import Path

from biosparc_desktop.store.integrity import IntegrityReport, check_file

_Stamp = tuple[str, int, int]
_pending: dict[_Stamp, Future[IntegrityReport]] = {}
_lock = threading.Lock()


def _stamp(path: Path) -> _Stamp | None:
    try:
        info = path.stat()
    except OSError:
        return None
    return (str(path.resolve()), info.st_mtime_ns, info.st_size)


def start_check(path: Path) -> None:
    """Begin checking ``path`` in the background (nothing happens if it does not exist)."""
    stamp = _stamp(path)
    if stamp is None:
        return
    future: Future[IntegrityReport] = Future()

    def work() -> None:
        try:
            future.set_result(check_file(path))
        except BaseException as exc:  # handed to whoever waits for the result
            future.set_exception(exc)

    with _lock:
        _pending[stamp] = future
    threading.Thread(target=work, name="early-integrity-check", daemon=True).start()


def take(path: Path) -> Future[IntegrityReport] | None:
    """The early check of this very file, still running or done; ``None`` if there is none."""
    stamp = _stamp(path)
    with _lock:
        return _pending.pop(stamp, None) if stamp is not None else None


def checked(path: Path) -> IntegrityReport:
    """The early result when it is for this very file, else a check made now."""
    future = take(path)
    if future is not None:
        return future.result()
    return check_file(path)
