"""Three laptops and the real server, driven by hypothesis through random edits,
deletes, undos, imports and syncs in random order, with faults: a sync killed
(SIGKILL) part way, a lost answer and its resend, the server restarted during a
sync, a laptop clock an hour off, a laptop of another schema version.

After the final syncs every copy holds the same records field by field, every
change ever committed is applied or in the review queue, resends created
nothing, and no cursor ever moved back.
"""

from __future__ import annotations

import contextlib
import json
import signal
import subprocess
import sys
import time
import uuid
from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, precondition, rule
from sqlalchemy import select

from biosparc_desktop.domain.server import ServerBatch
from biosparc_desktop.domain.sync import SyncConflict
from biosparc_desktop.errors import BiosparcError
from biosparc_desktop.server import database as server_database
from biosparc_desktop.server import people
from biosparc_desktop.services.organisations import OrganisationDraft
from biosparc_desktop.sync import client as sync_client
from biosparc_desktop.sync.client import Refused, SyncClient
from tests.server.conftest import Laptop, Server, run_server_cli
from tests.server.pg_cluster import Cluster, free_port
from tests.server.test_sync_flow import comparable_rows

NAMES = ("ana", "ben", "cai")
FIELDS = ("city", "description", "website")

pytestmark = pytest.mark.slow


def kill_during_sync(laptop: Laptop, after: float) -> None:
    process = subprocess.Popen(
        [sys.executable, "-m", "biosparc_desktop.cli.main", "--db", str(laptop.path), "sync"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    time.sleep(after)
    process.send_signal(signal.SIGKILL)
    process.wait(30)


def test_laptops_converge_whatever_happens(
    pg: Cluster, tmp_path: Path, laptops: Callable[[str], Laptop]
) -> None:
    class Team(RuleBasedStateMachine):
        def __init__(self) -> None:
            super().__init__()
            self.db = pg.create_database(f"conv_{uuid.uuid4().hex[:12]}")
            assert run_server_cli(self.db, "init").returncode == 0
            self.factory = server_database.open_server(self.db)
            self.server = Server(db=self.db, url=f"http://127.0.0.1:{free_port()}")
            self.server.start()
            self.laptops: dict[str, Laptop] = {}
            self.cursors: dict[str, int] = {}
            self.last_batch: dict[str, list[str]] = {}
            self.orgs: list[str] = []
            # (record id, field, value) of every edit committed on a laptop
            self.edits: list[tuple[str, str, str]] = []
            self.counter = 0
            for name in NAMES:
                laptop = laptops(f"{name}-{uuid.uuid4().hex[:6]}")
                with self.factory() as session, session.begin():
                    _staff, code = people.add_person(session, name.title(), None, _now())
                laptop.syncer.join(self.server.url, code)
                batches: list[str] = []
                laptop.services.context.on_commit.append(
                    lambda batch, _label, batches=batches: batches.append(batch)
                )
                self.last_batch[name] = batches
                self.laptops[name] = laptop
                self.cursors[name] = laptop.syncer.status().cursor

        def value(self) -> str:
            self.counter += 1
            return f'v{self.counter} 信达 <&">'

        # -- what people do ----------------------------------------------------

        @rule(who=st.sampled_from(NAMES))
        def create(self, who: str) -> None:
            row = self.laptops[who].services.organisations.create(
                OrganisationDraft(name=f"Org {uuid.uuid4().hex[:8]}")
            )
            self.orgs.append(row.id)

        @precondition(lambda self: self.orgs)
        @rule(who=st.sampled_from(NAMES), pick=st.integers(0, 1000), field=st.sampled_from(FIELDS))
        def edit(self, who: str, pick: int, field: str) -> None:
            service = self.laptops[who].services.organisations
            record = self.orgs[pick % len(self.orgs)]
            try:
                current = service.get(record)
            except BiosparcError:
                return  # not on this laptop yet, or in its Trash
            value = self.value()
            if field == "website":
                value = f"https://example.com/{self.counter}"
            draft = OrganisationDraft(
                name=current.name,
                city=current.city,
                website=current.website,
                description=current.description,
            )
            service.update(record, replace(draft, **{field: value}))
            self.edits.append((record, field, value))

        @precondition(lambda self: self.orgs)
        @rule(who=st.sampled_from(NAMES), pick=st.integers(0, 1000))
        def delete(self, who: str, pick: int) -> None:
            with contextlib.suppress(BiosparcError):
                self.laptops[who].services.organisations.delete(self.orgs[pick % len(self.orgs)])

        @rule(who=st.sampled_from(NAMES))
        def undo(self, who: str) -> None:
            batches = self.last_batch[who]
            if batches:
                with contextlib.suppress(BiosparcError):
                    self.laptops[who].services.journal.revert(batches.pop(), "Undo")

        @rule(who=st.sampled_from(NAMES))
        def import_contacts(self, who: str) -> None:
            path = tmp_path / f"import-{uuid.uuid4().hex[:6]}.csv"
            tag = uuid.uuid4().hex[:6]
            path.write_text(
                f"First Name,Last Name,E-mail Address,Company\n"
                f"Wei,Zhang{tag},wei.{tag}@example.com,Org {tag}\n"
                f"Ming,Liu{tag},ming.{tag}@example.com,Org {tag}\n",
                encoding="utf-8",
            )
            services = self.laptops[who].services
            services.importing.run(services.importing.read(path), source=path.name)

        # -- syncing, with faults ---------------------------------------------------

        @rule(who=st.sampled_from(NAMES))
        def sync(self, who: str) -> None:
            report = self.laptops[who].syncer.sync()
            assert report.refused == []
            self.check_cursor(who)

        @rule(who=st.sampled_from(NAMES), after=st.floats(0.0, 1.5))
        def sync_killed(self, who: str, after: float) -> None:
            kill_during_sync(self.laptops[who], after)
            self.check_cursor(who)

        @rule(who=st.sampled_from(NAMES))
        def answer_lost(self, who: str) -> None:
            """The server applies a push but the laptop never hears back."""
            laptop = self.laptops[who]
            from biosparc_desktop.sync.local import local_write
            from biosparc_desktop.sync.outbox import outgoing, queue_new_batches
            from biosparc_desktop.sync.pull import state_of

            with local_write(laptop.database.session_factory) as session:
                queue_new_batches(session, state_of(session))
            with laptop.database.session_factory() as session:
                waiting = outgoing(session)
                state = state_of(session)
                token = (
                    laptop.path.with_name(laptop.path.name + ".files") / "sync-token"
                ).read_text()
            if waiting:
                with SyncClient(state.server_url, token=token) as client:
                    item = waiting[0]
                    client.push(
                        [{**item.payload, "device_seq": item.device_seq, "base_seq": item.base_seq}]
                    )

        @rule(who=st.sampled_from(NAMES), after=st.floats(0.0, 1.0))
        def server_restarted_during_sync(self, who: str, after: float) -> None:
            laptop = self.laptops[who]
            process = subprocess.Popen(
                [
                    sys.executable,
                    "-m",
                    "biosparc_desktop.cli.main",
                    "--db",
                    str(laptop.path),
                    "sync",
                ],
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
            )
            time.sleep(after)
            self.server.stop()
            self.server.start()
            assert process.wait(60) in (0, 3)
            self.check_cursor(who)

        @rule(who=st.sampled_from(NAMES))
        def clock_an_hour_off(self, who: str) -> None:
            self.laptops[who].services.context.now = lambda: datetime.now(UTC) + timedelta(hours=1)

        @rule(who=st.sampled_from(NAMES))
        def other_schema_version(self, who: str) -> None:
            laptop = self.laptops[who]
            before = laptop.syncer.status().pending
            original = sync_client.HEAD_REVISION
            sync_client.HEAD_REVISION = "9999"
            try:
                laptop.syncer.sync()
            except Refused as exc:
                assert "update Biosparc Desktop to sync" in exc.message
            else:
                raise AssertionError("a laptop of another schema version synced")
            finally:
                sync_client.HEAD_REVISION = original
            assert laptop.syncer.status().pending == before

        # -- checks ------------------------------------------------------------------

        def check_cursor(self, who: str) -> None:
            cursor = self.laptops[who].syncer.status().cursor
            assert cursor >= self.cursors[who], "a cursor moved back"
            self.cursors[who] = cursor

        @invariant()
        def server_never_duplicates_a_batch(self) -> None:
            with self.factory() as session:
                ids = session.scalars(select(ServerBatch.batch_id)).all()
            assert len(ids) == len(set(ids))

        def teardown(self) -> None:
            try:
                for _round in range(3):
                    for name in NAMES:
                        self.laptops[name].syncer.sync()
                copies = [
                    comparable_rows(lap.database.session_factory) for lap in self.laptops.values()
                ]
                server_copy = comparable_rows(self.factory)
                for copy in copies:
                    assert copy == server_copy
                self.check_every_edit_is_applied_or_queued()
                for name in NAMES:
                    self.check_cursor(name)
                    assert self.laptops[name].syncer.status().pending == 0
            finally:
                self.server.stop()
                self.factory.kw["bind"].dispose()

        def check_every_edit_is_applied_or_queued(self) -> None:
            applied: set[tuple[str, str, str]] = set()
            with self.factory() as session:
                for changes in session.scalars(select(ServerBatch.changes)):
                    for change in json.loads(changes):
                        if change["action"] == "update" and isinstance(change["new"], str):
                            applied.add((change["record_id"], change["field"], change["new"]))
                        elif change["action"] == "insert":
                            for key, value in (change["new"] or {}).items():
                                if isinstance(value, str):
                                    applied.add((change["record_id"], key, value))
                queued = {
                    (c.record_id, c.field or "", json.loads(c.other_value))
                    for c in session.scalars(select(SyncConflict))
                    if c.other_value and isinstance(json.loads(c.other_value), str)
                }
            missing = [e for e in self.edits if e not in applied and e not in queued]
            assert not missing, f"changes neither applied nor in the review queue: {missing}"

    Team.TestCase.settings = settings(
        max_examples=3,
        stateful_step_count=20,
        deadline=None,
        suppress_health_check=list(HealthCheck),
    )
    from hypothesis.stateful import run_state_machine_as_test

    run_state_machine_as_test(Team, settings=Team.TestCase.settings)


def _now() -> datetime:
    return datetime.now(UTC)
