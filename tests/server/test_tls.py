"""TLS: the server serves a certificate it is given; the laptop verifies it, against
the system's authorities or a company CA file named with --ca."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.server.conftest import Server, run_server_cli
from tests.server.pg_cluster import free_port


def make_certificates(folder: Path) -> tuple[Path, Path, Path]:
    """A company CA and a server certificate for 127.0.0.1 it signed: (ca, cert, key)."""
    if shutil.which("openssl") is None:
        if os.environ.get("CI") == "true":
            pytest.fail("CI needs openssl to make test certificates")
        pytest.skip("openssl is not installed")
    ca_key, ca = folder / "ca.key", folder / "ca.pem"
    key, csr, cert = folder / "server.key", folder / "server.csr", folder / "server.pem"
    ext = folder / "ext.cnf"
    ext.write_text("subjectAltName=IP:127.0.0.1\nbasicConstraints=CA:FALSE\n")
    commands = [
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", ca_key,
         "-out", ca, "-days", "2", "-subj", "/CN=Biosparc test CA"],
        ["openssl", "req", "-newkey", "rsa:2048", "-nodes", "-keyout", key, "-out", csr,
         "-subj", "/CN=127.0.0.1"],
        ["openssl", "x509", "-req", "-in", csr, "-CA", ca, "-CAkey", ca_key, "-CAcreateserial",
         "-out", cert, "-days", "2", "-extfile", ext],
    ]  # fmt: skip
    for command in commands:
        subprocess.run([str(c) for c in command], check=True, capture_output=True)
    return ca, cert, key


def biosparc(db: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"}
    return subprocess.run(
        [sys.executable, "-m", "biosparc_desktop.cli.main", "--db", str(db), *args],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
    )


def test_a_laptop_joins_over_tls_only_when_it_trusts_the_certificate(
    server_db: str, tmp_path: Path
) -> None:
    ca, cert, key = make_certificates(tmp_path)
    assert run_server_cli(server_db, "init").returncode == 0
    port = free_port()
    secure = Server(db=server_db, url=f"https://127.0.0.1:{port}")
    secure.start_with("--cert", str(cert), "--key", str(key), ca=str(ca))
    try:
        laptop = tmp_path / "laptop.sqlite3"
        assert biosparc(laptop, "init").returncode == 0
        untrusted = biosparc(laptop, "sync", "join", secure.url, "--code", secure.add_user("Eve"))
        assert untrusted.returncode == 2
        assert "certificate this laptop does not trust" in untrusted.stderr

        trusted = biosparc(
            laptop, "sync", "join", secure.url, "--code", secure.add_user("Fay"), "--ca", str(ca)
        )
        assert trusted.returncode == 0, trusted.stderr
        assert biosparc(laptop, "sync").returncode == 0
    finally:
        secure.stop()
