"""A throwaway PostgreSQL cluster for tests and the benchmark.

Debian's ``initdb`` and ``pg_ctl`` refuse to run as root, so as root they run as
the ``postgres`` user, in a temporary folder, on a free port of the loopback.
"""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path


class NoPostgres(RuntimeError):
    """PostgreSQL's server programs are not installed here."""


def find_bindir() -> Path:
    """The folder of initdb and pg_ctl: Debian keeps them off PATH."""
    candidates = sorted(glob.glob("/usr/lib/postgresql/*/bin"), reverse=True)
    for folder in candidates:
        if Path(folder, "initdb").exists() and Path(folder, "pg_ctl").exists():
            return Path(folder)
    on_path = shutil.which("pg_ctl")
    if on_path:
        return Path(on_path).parent
    raise NoPostgres("PostgreSQL is not installed (Debian package: postgresql)")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@dataclass
class Cluster:
    folder: Path
    port: int
    bindir: Path
    user: str

    @property
    def data_dir(self) -> Path:
        return self.folder / "data"

    def url(self, database: str = "postgres") -> str:
        return f"postgresql+psycopg://{self.user}@127.0.0.1:{self.port}/{database}"

    def _run(self, *args: str) -> None:
        command = [str(self.bindir / args[0]), *args[1:]]
        if os.geteuid() == 0:
            command = ["su", "postgres", "-s", "/bin/sh", "-c", " ".join(map(_quote, command))]
        subprocess.run(command, check=True, capture_output=True, timeout=120)

    def create_database(self, name: str) -> str:
        """A new empty database; returns its SQLAlchemy URL."""
        import psycopg

        with psycopg.connect(
            f"host=127.0.0.1 port={self.port} user={self.user} dbname=postgres", autocommit=True
        ) as conn:
            conn.execute(f'CREATE DATABASE "{name}"')
        return self.url(name)

    def stop(self) -> None:
        try:
            self._run("pg_ctl", "-D", str(self.data_dir), "-m", "immediate", "-w", "stop")
        finally:
            shutil.rmtree(self.folder, ignore_errors=True)


def _quote(part: str) -> str:
    import shlex

    return shlex.quote(part)


def start_cluster() -> Cluster:
    """initdb, then pg_ctl start on a free port; the caller stops it."""
    bindir = find_bindir()
    folder = Path(tempfile.mkdtemp(prefix="biosparc-pg-"))
    root = os.geteuid() == 0
    user = "postgres" if root else os.environ.get("USER", "postgres")
    if root:
        shutil.chown(folder, "postgres", "postgres")
    cluster = Cluster(folder=folder, port=free_port(), bindir=bindir, user=user)
    cluster._run(
        "initdb",
        "-D",
        str(cluster.data_dir),
        "-U",
        user,
        "--auth=trust",
        "-E",
        "UTF8",
        "--locale=C.UTF-8",
    )
    options = f"-p {cluster.port} -k {folder} -c listen_addresses=127.0.0.1 -c fsync=off"
    cluster._run(
        "pg_ctl",
        "-D",
        str(cluster.data_dir),
        "-o",
        options,
        "-l",
        str(folder / "log"),
        "-w",
        "start",
    )
    return cluster
