"""Writing files so they survive a crash, and saying plainly why a copy failed."""

from __future__ import annotations

import contextlib
import errno
import os
from pathlib import Path

from biosparc_desktop.errors import StorageError


def same_file(a: Path, b: Path) -> bool:
    try:
        return a.samefile(b)
    except OSError:
        return False


def copy_error(detail: str, target: Path) -> StorageError:
    if "full" in detail:
        return StorageError.of(
            "The disk holding {folder} is full, so the copy was not made; "
            "free some space and try again. The database itself is unchanged.",
            folder=str(target.parent),
        )
    if "readonly" in detail or "read-only" in detail or "unable to open" in detail:
        return StorageError.of(
            "{folder} cannot be written to, so the copy was not made.", folder=str(target.parent)
        )
    return StorageError.of(
        "The copy to {path} could not be made ({reason}).", path=str(target), reason=detail
    )


def os_error(exc: OSError, target: Path) -> StorageError:
    if exc.errno == errno.ENOSPC:
        return copy_error("full", target)
    if exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
        return copy_error("readonly", target)
    return StorageError.of(
        "The copy to {path} could not be made: {reason}.",
        path=str(target),
        reason=exc.strerror or str(exc),
    )


def fsync_file(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def fsync_dir(folder: Path) -> None:
    # Makes a rename durable on POSIX; Windows cannot open folders and needs no such step.
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def remove_quietly(path: Path) -> None:
    with contextlib.suppress(OSError):
        path.unlink(missing_ok=True)
