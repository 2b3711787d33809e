"""A real PostgreSQL cluster for the session, a real server process per test,
and laptops that are real SQLite files with the real services."""

from __future__ import annotations

import os
import ssl
import subprocess
import sys
import time
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest

from biosparc_desktop.config import resolve_location
from biosparc_desktop.services.registry import Services, build_services
from biosparc_desktop.store.database import Database, open_database
from biosparc_desktop.sync.run import Syncer
from tests.server.pg_cluster import Cluster, NoPostgres, free_port, start_cluster


@pytest.fixture(scope="session")
def pg() -> Iterator[Cluster]:
    try:
        cluster = start_cluster()
    except NoPostgres as exc:
        if os.environ.get("CI") == "true":
            pytest.fail(f"CI needs PostgreSQL for the team server tests: {exc}")
        pytest.skip(str(exc))
    yield cluster
    cluster.stop()


@pytest.fixture
def server_db(pg: Cluster) -> str:
    return pg.create_database(f"team_{uuid.uuid4().hex[:12]}")


def server_command(*args: str) -> list[str]:
    return [sys.executable, "-m", "biosparc_desktop.server.cli", *args]


def run_server_cli(db: str, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        server_command("--db", db, *args), capture_output=True, text=True, timeout=120
    )


@dataclass
class Server:
    db: str
    url: str
    process: subprocess.Popen[str] | None = None

    def add_user(self, name: str) -> str:
        done = run_server_cli(self.db, "add-user", name)
        assert done.returncode == 0, done.stderr
        return done.stdout.strip().splitlines()[-1]

    def start(self) -> None:
        self.start_with()

    def start_with(self, *options: str, ca: str | None = None) -> None:
        """Serve with extra ``serve`` options (TLS); ``ca`` verifies the server while waiting."""
        port = self.url.rsplit(":", 1)[1]
        self.process = subprocess.Popen(
            server_command("--db", self.db, "serve", "--port", port, *options),
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
        )
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            try:
                httpx.get(
                    f"{self.url}/api/v1/hello", timeout=1, verify=_verify(ca)
                ).raise_for_status()
                return
            except httpx.HTTPError as exc:
                if self.process.poll() is not None:
                    output = self.process.stdout.read() if self.process.stdout else ""
                    raise RuntimeError(output) from exc
                time.sleep(0.05)
        raise RuntimeError("the server did not start")

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            self.process.wait(10)
        self.process = None


def _verify(ca: str | None) -> ssl.SSLContext | bool:
    return ssl.create_default_context(cafile=ca) if ca else True


@pytest.fixture
def server(server_db: str) -> Iterator[Server]:
    done = run_server_cli(server_db, "init")
    assert done.returncode == 0, done.stderr
    srv = Server(db=server_db, url=f"http://127.0.0.1:{free_port()}")
    srv.start()
    yield srv
    srv.stop()


@dataclass
class Laptop:
    name: str
    path: Path
    database: Database
    services: Services
    syncer: Syncer

    def close(self) -> None:
        self.database.close()


@pytest.fixture
def laptops(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Callable[[str], Laptop]]:
    # No keyring in tests: the token goes to the file beside each database.
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")
    opened: list[Laptop] = []

    def make(name: str) -> Laptop:
        path = tmp_path / f"{name}.sqlite3"
        location = resolve_location(str(path))
        database = open_database(location)
        services = build_services(database)
        laptop = Laptop(
            name, path, database, services, Syncer(database.session_factory, location.data_dir)
        )
        opened.append(laptop)
        return laptop

    yield make
    for laptop in opened:
        laptop.close()
