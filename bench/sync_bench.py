"""Team sync benchmark: a throwaway PostgreSQL, the real server process, real laptops.

    python -m bench.sync_bench [--contacts 100000] [--laptops 20] [--out PATH]

1. First sync of a laptop from a server holding N contacts with their organisations
   (the server is filled by copying a generated database, not by pushing it).
2. Uploading 2,000 changes made offline: 2,000 separate edits, then one sync.
3. A change on one online laptop seen on another (long-poll), 40 times: p50/p95.
4. Many laptops syncing at once against one server: failures and changes per second.

Prints a JSON report (also written to --out). Loopback only.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from concurrent.futures import ThreadPoolExecutor
from dataclasses import replace
from pathlib import Path
from typing import Any

from sqlalchemy import func, insert, select, text

from bench.generate import Sizes, generate
from biosparc_desktop.config import resolve_location
from biosparc_desktop.server import database as server_database
from biosparc_desktop.server import people
from biosparc_desktop.services.contacts import draft_of
from biosparc_desktop.services.organisations import OrganisationDraft
from biosparc_desktop.services.registry import build_services
from biosparc_desktop.store.database import open_database
from biosparc_desktop.sync.run import Syncer
from biosparc_desktop.sync.wire import synced_tables
from tests.server.pg_cluster import Cluster, free_port, start_cluster

OUT = Path(__file__).resolve().parent / "out"


def log(message: str) -> None:
    print(f"[sync-bench] {message}", file=sys.stderr, flush=True)


class Team:
    """A server database and its running server process."""

    def __init__(self, cluster: Cluster, name: str) -> None:
        self.db = cluster.create_database(name)
        server_database.initialise(server_database.server_engine(self.db))
        self.factory = server_database.open_server(self.db)
        self.url = f"http://127.0.0.1:{free_port()}"
        self.process = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "biosparc_desktop.server.cli",
                "--db",
                self.db,
                "serve",
                "--port",
                self.url.rsplit(":", 1)[1],
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        import httpx

        for _ in range(300):
            try:
                httpx.get(f"{self.url}/api/v1/hello", timeout=1)
                break
            except httpx.HTTPError:
                time.sleep(0.1)

    def code(self, name: str) -> str:
        with self.factory() as session, session.begin():
            _staff, code = people.add_person(session, name, None, _now())
        return code

    def stop(self) -> None:
        self.process.terminate()
        self.process.wait(10)


def _now() -> Any:
    from datetime import UTC, datetime

    return datetime.now(UTC)


def copy_into_server(source: Path, team: Team) -> dict[str, int]:
    """Fill the server with a generated laptop database, table by table."""
    laptop = open_database(resolve_location(str(source)))
    counts: dict[str, int] = {}
    engine = team.factory.kw["bind"]
    with laptop.engine.connect() as src, engine.begin() as dst:
        for table in synced_tables():
            rows = [dict(r) for r in src.execute(select(table)).mappings()]
            for start in range(0, len(rows), 5_000):
                dst.execute(insert(table), rows[start : start + 5_000])
            counts[table.name] = len(rows)
            if rows:
                dst.execute(
                    text(f"SELECT setval(pg_get_serial_sequence('{table.name}', 'id'), :v)"),
                    {"v": max(r["id"] for r in rows)},
                )
    laptop.close()
    return counts


def biosparc(db: Path, *args: str) -> tuple[float, int, str]:
    """Run the CLI under /usr/bin/time; (seconds, peak KiB, stderr)."""
    started = time.perf_counter()
    done = subprocess.run(
        [
            "/usr/bin/time",
            "-v",
            sys.executable,
            "-m",
            "biosparc_desktop.cli.main",
            "--db",
            str(db),
            *args,
        ],
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"},
    )
    seconds = time.perf_counter() - started
    if done.returncode != 0:
        raise RuntimeError(done.stderr[-2000:])
    peak = next(
        (
            int(line.split(":")[1])
            for line in done.stderr.splitlines()
            if "Maximum resident" in line
        ),
        0,
    )
    return seconds, peak, done.stderr


def first_sync(cluster: Cluster, folder: Path, contacts: int) -> dict[str, Any]:
    sizes = Sizes(
        organisations=contacts // 10,
        contacts=contacts,
        agreements=contacts // 50,
        interactions=contacts // 10,
        tasks=contacts // 20,
        events=max(3, contacts // 1000),
    )
    source = folder / "source.sqlite3"
    log(f"generating {contacts} contacts")
    generate(source, sizes, log=log)
    team = Team(cluster, "bench_first")
    try:
        log("filling the server")
        counts = copy_into_server(source, team)
        laptop = folder / "newcomer.sqlite3"
        biosparc(laptop, "init")
        log("first sync")
        seconds, peak, _ = biosparc(
            laptop, "sync", "join", team.url, "--code", team.code("Newcomer")
        )
        database = open_database(resolve_location(str(laptop)))
        with database.session_factory() as session:
            from biosparc_desktop.domain.contacts import Contact

            have = session.scalar(select(func.count()).select_from(Contact))
        database.close()
        log(f"first sync of {have} contacts: {seconds:.1f} s, peak {peak // 1024} MB")
        upload = upload_offline_changes(team, folder, laptop, 2_000)
    finally:
        team.stop()
    return {
        "server_rows": counts,
        "first_sync_seconds": round(seconds, 2),
        "first_sync_peak_mb": round(peak / 1024),
        "contacts_on_laptop": have,
        **upload,
    }


def upload_offline_changes(team: Team, folder: Path, laptop: Path, n: int) -> dict[str, Any]:
    database = open_database(resolve_location(str(laptop)))
    services = build_services(database)
    from biosparc_desktop.errors import BiosparcError
    from biosparc_desktop.services.contacts import ContactQuery

    edited = 0
    for row in services.contacts.rows(ContactQuery(), limit=n * 2):
        draft = draft_of(row)
        try:
            services.contacts.update(row.id, replace(draft, title=f"Title {edited}"))
        except BiosparcError:
            continue  # generated data a person could not have typed (a made-up phone number)
        edited += 1
        if edited == n:
            break
    database.close()
    log(f"{edited} offline edits made; syncing")
    seconds, _peak, _ = biosparc(laptop, "sync")
    return {"upload_changes": edited, "upload_seconds": round(seconds, 2)}


def propagation(cluster: Cluster, folder: Path, rounds: int = 40) -> dict[str, Any]:
    team = Team(cluster, "bench_live")
    try:
        a, b = (_laptop(folder, name, team) for name in ("live-a", "live-b"))
        seen: dict[str, float] = {}
        stop = threading.Event()

        def listen() -> None:
            while not stop.is_set():
                if a[1].wait_for_changes(5):
                    a[1].sync()
                    for row in a[0].organisations.rows():
                        seen.setdefault(row.name, time.perf_counter())

        thread = threading.Thread(target=listen, daemon=True)
        thread.start()
        delays = []
        for index in range(rounds):
            name = f"Live {index} {uuid.uuid4().hex[:6]}"
            started = time.perf_counter()
            b[0].organisations.create(OrganisationDraft(name=name))
            b[1].sync()
            deadline = started + 10
            while name not in seen and time.perf_counter() < deadline:
                time.sleep(0.01)
            delays.append(seen.get(name, deadline) - started)
        stop.set()
        thread.join(10)
    finally:
        team.stop()
    delays.sort()
    return {
        "propagation_p50_s": round(statistics.median(delays), 3),
        "propagation_p95_s": round(delays[int(len(delays) * 0.95) - 1], 3),
        "propagation_max_s": round(delays[-1], 3),
    }


def _laptop(folder: Path, name: str, team: Team) -> tuple[Any, Syncer]:
    location = resolve_location(str(folder / f"{name}.sqlite3"))
    database = open_database(location)
    services = build_services(database)
    syncer = Syncer(database.session_factory, location.data_dir)
    syncer.join(team.url, team.code(name))
    return services, syncer


def many_laptops(cluster: Cluster, folder: Path, count: int, changes: int = 50) -> dict[str, Any]:
    team = Team(cluster, "bench_many")
    try:
        paths = []
        for index in range(count):
            path = folder / f"many-{index}.sqlite3"
            biosparc(path, "init")
            biosparc(path, "sync", "join", team.url, "--code", team.code(f"Person {index}"))
            database = open_database(resolve_location(str(path)))
            services = build_services(database)
            for change in range(changes):
                services.organisations.create(OrganisationDraft(name=f"P{index} org {change}"))
            database.close()
            paths.append(path)
        log(f"{count} laptops sync at once")
        started = time.perf_counter()
        with ThreadPoolExecutor(count) as pool:
            results = list(pool.map(lambda p: _try_sync(p), paths))
        seconds = time.perf_counter() - started
    finally:
        team.stop()
    failures = [r for r in results if r is not None]
    return {
        "laptops": count,
        "changes": count * changes,
        "concurrent_seconds": round(seconds, 2),
        "changes_per_second": round(count * changes / seconds, 1),
        "failures": failures,
    }


def _try_sync(path: Path) -> str | None:
    try:
        biosparc(path, "sync")
    except RuntimeError as exc:
        return str(exc)[-300:]
    return None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.sync_bench", description=__doc__)
    parser.add_argument("--contacts", type=int, default=100_000)
    parser.add_argument("--laptops", type=int, default=20)
    parser.add_argument("--out", type=Path, default=OUT / "sync.json")
    args = parser.parse_args(argv)
    cluster = start_cluster()
    report: dict[str, Any] = {}
    try:
        with tempfile.TemporaryDirectory(prefix="biosparc-sync-bench-") as tmp:
            folder = Path(tmp)
            report["first_sync"] = first_sync(cluster, folder, args.contacts)
            log(json.dumps(report["first_sync"]))
            report["live"] = propagation(cluster, folder)
            log(json.dumps(report["live"]))
            report["many"] = many_laptops(cluster, folder, args.laptops)
            log(json.dumps(report["many"]))
    finally:
        cluster.stop()
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(report, indent=2))
    print(json.dumps(report, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
