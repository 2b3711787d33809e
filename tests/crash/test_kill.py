"""Crash safety: a real process writing through the services, killed with SIGKILL at random.

Each trial starts ``tests.crash.writer`` on the same database, reads the lines it
prints after each committed call, kills it at a random moment (often in the
middle of the next transaction) and reopens the database: it must pass
``integrity_check``, hold every write the child reported, and hold no
half-applied action. Twenty trials write about 1,000 records in all.
"""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from contextlib import closing
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from biosparc_desktop.config import resolve_location
from biosparc_desktop.store.database import open_database
from biosparc_desktop.store.integrity import check_file

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX"),
]

TRIALS = 20
ROOT = Path(__file__).resolve().parents[2]


@dataclass
class Promised:
    """What the children said they had saved."""

    orgs: dict[str, str] = field(default_factory=dict)  # id -> latest name
    contacts: dict[str, str] = field(default_factory=dict)  # id -> organisation id

    def read(self, line: str) -> None:
        kind, _, rest = line.partition(" ")
        if kind == "org":
            public_id, _, name = rest.partition(" ")
            self.orgs[public_id] = name
        elif kind == "contact":
            public_id, _, org_id = rest.partition(" ")
            self.contacts[public_id] = org_id


def _run_and_kill(path: Path, first: int, rng: random.Random, promised: Promised) -> int:
    """One child, killed after a random number of saves plus a random fraction of one."""
    child = subprocess.Popen(
        [sys.executable, "-m", "tests.crash.writer", str(path), str(first), "1000"],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=dict(os.environ, PYTHONUNBUFFERED="1"),
    )
    assert child.stdout is not None
    ready = child.stdout.readline()
    assert ready == b"ready\n", child.stderr.read() if child.stderr else ready
    lines_before_kill = rng.randint(0, 100)
    for _ in range(lines_before_kill):
        line = child.stdout.readline()
        if not line:
            break
        promised.read(line.decode().rstrip("\n"))
    time.sleep(rng.uniform(0, 0.004))  # land somewhere inside the next transaction
    os.kill(child.pid, signal.SIGKILL)
    # Lines printed before the kill are promises too; a torn last line is not complete.
    rest = child.stdout.read()
    for line in rest.split(b"\n")[:-1]:
        promised.read(line.decode())
    child.wait()
    assert child.returncode == -signal.SIGKILL
    return lines_before_kill


def _check(path: Path, promised: Promised) -> int:
    """Everything promised is there and nothing is half there; returns the contact count."""
    assert check_file(path, full=True).ok
    open_database(resolve_location(str(path))).close()  # what the app does on start
    with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as db:
        names = dict(db.execute("SELECT public_id, name FROM organisation"))
        for org_id, name in promised.orgs.items():
            assert names.get(org_id) == name, f"partner {org_id} lost its saved name {name}"
        contacts = {
            pid: (org, emails, phones, tags, journal)
            for pid, org, emails, phones, tags, journal in db.execute(
                """
                SELECT c.public_id,
                       (SELECT public_id FROM organisation o WHERE o.id = c.organisation_id),
                       (SELECT count(*) FROM contact_email e WHERE e.contact_id = c.id),
                       (SELECT count(*) FROM contact_phone p WHERE p.contact_id = c.id),
                       (SELECT count(*) FROM contact_tag t WHERE t.contact_id = c.id),
                       (SELECT count(*) FROM change_entry j
                         WHERE j.record_id = c.public_id AND j.action = 'insert')
                FROM contact c
                """
            )
        }
    for contact_id, org_id in promised.contacts.items():
        assert contact_id in contacts, f"contact {contact_id} was reported saved but is gone"
        assert contacts[contact_id][0] == org_id
    for contact_id, (_org, emails, phones, tags, journal) in contacts.items():
        # One action wrote the contact, its details and its journal line: all or nothing.
        assert (emails, phones, tags, journal) == (2, 1, 1, 1), f"half-saved contact {contact_id}"
    return len(contacts)


def test_sigkill_at_random_points_loses_no_saved_write(tmp_path: Path) -> None:
    path = tmp_path / "crash.sqlite3"
    open_database(resolve_location(str(path))).close()  # the schema exists before the kills
    rng = random.Random(os.environ.get("CRASH_SEED", "biosparc"))
    promised = Promised()
    first, in_database, reported = 0, 0, 0
    for _trial in range(TRIALS):
        before = len(promised.contacts)
        _run_and_kill(path, first, rng, promised)
        first += 1000
        reported += len(promised.contacts) - before
        now_in_database = _check(path, promised)
        # At most one commit can land between the last print and the kill.
        assert 0 <= now_in_database - in_database - (len(promised.contacts) - before) <= 1
        in_database = now_in_database
    assert reported > TRIALS  # the kills did land among the writes, not before them
