"""Real ``biosparc`` processes beside a test that holds the database's write lock."""

from __future__ import annotations

import os
import selectors
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from contextlib import closing, contextmanager
from pathlib import Path

WAITING = "Waiting for another program to finish saving to the database…"
_PATIENCE = 120.0  # a stuck process fails the test instead of hanging the suite


def start_cli(db: Path, *args: str) -> subprocess.Popen[str]:
    command = [sys.executable, "-m", "biosparc_desktop.cli.main", "--db", str(db), *args]
    return subprocess.Popen(
        command,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        encoding="utf-8",
        env=dict(os.environ, PYTHONIOENCODING="utf-8"),
    )


def wait_until_waiting(process: subprocess.Popen[str]) -> None:
    """Read the process's stderr until it says it waits for the lock (fails if it never does)."""
    assert process.stderr is not None
    with selectors.DefaultSelector() as selector:
        selector.register(process.stderr, selectors.EVENT_READ)
        while selector.select(_PATIENCE):
            line = process.stderr.readline()
            if line.strip() == WAITING:
                return
            if not line:
                break
    process.kill()
    out, err = process.communicate()
    raise AssertionError(f"the command never waited for the lock:\n{out}\n{err}")


def finish(process: subprocess.Popen[str]) -> tuple[int, str, str]:
    out, err = process.communicate(timeout=_PATIENCE)
    return process.returncode, out, err


@contextmanager
def write_lock_held(db: Path) -> Iterator[None]:
    """Hold the database's write lock, as a program in the middle of saving does."""
    with closing(sqlite3.connect(db)) as connection:
        connection.execute("BEGIN IMMEDIATE")
        try:
            yield
        finally:
            connection.rollback()


def contacts_csv(path: Path, count: int) -> Path:
    lines = ["First Name,Last Name,E-mail Address,Company"]
    lines += [f"Given{n},Family{n},person{n}@example.com,Company {n % 50}" for n in range(count)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def live_contacts(db: Path) -> int:
    with closing(sqlite3.connect(f"file:{db}?mode=ro", uri=True)) as connection:
        row = connection.execute("SELECT count(*) FROM contact WHERE deleted_at IS NULL").fetchone()
    return int(row[0])
