#!/usr/bin/env python3
"""Set up a local .venv and run the app or the whole test suite.

    python3 bootstrap.py run [APP ARGS...]     install, then launch the desktop app
    python3 bootstrap.py test [PYTEST ARGS...]  install, then ruff, mypy and pytest

Only the standard library is used here: it must work on a fresh machine with
nothing but Python 3.11+. The install is redone only when pyproject.toml changes.
"""

from __future__ import annotations

import hashlib
import importlib.util
import os
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
BIN = VENV / ("Scripts" if os.name == "nt" else "bin")
PYTHON = BIN / ("python.exe" if os.name == "nt" else "python")
STAMP = VENV / ".biosparc-installed"


def say(text: str) -> None:
    print(f"[bootstrap] {text}", flush=True)


NO_ENSUREPIP = (
    "this Python cannot create a virtualenv with pip (its ensurepip module is missing); "
    "on Debian or Ubuntu: sudo apt-get install python3-venv"
)


def venv_has_pip() -> bool:
    """Whether pip is in .venv (looked up on disk: ./run must start fast)."""
    patterns = ("lib/python3*/site-packages/pip", "Lib/site-packages/pip")
    return any(any(VENV.glob(pattern)) for pattern in patterns)


def ensure_venv() -> None:
    # A .venv left without pip by an earlier try (before python3-venv was installed) is made again.
    if not PYTHON.exists() or not venv_has_pip():
        if importlib.util.find_spec("ensurepip") is None:
            raise SystemExit(f"[bootstrap] {NO_ENSUREPIP}")
        say(f"creating {VENV}")
        venv.EnvBuilder(with_pip=True, clear=True).create(VENV)
    wanted = hashlib.sha256((ROOT / "pyproject.toml").read_bytes()).hexdigest()
    if STAMP.exists() and STAMP.read_text().strip() == wanted:
        return
    say("installing Biosparc Desktop and its development tools into .venv")
    pip = [str(PYTHON), "-m", "pip", "--disable-pip-version-check"]
    subprocess.run([*pip, "install", "--quiet", "--upgrade", "pip"], check=True)
    subprocess.run([*pip, "install", "--quiet", "-e", f"{ROOT}[dev]"], check=True)
    STAMP.write_text(wanted)


def run_app(args: list[str]) -> int:
    return subprocess.call([str(PYTHON), "-m", "biosparc_desktop", *args], cwd=ROOT)


def run_tests(args: list[str]) -> int:
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    steps = [
        ("ruff check", [str(PYTHON), "-m", "ruff", "check", "."]),
        ("ruff format --check", [str(PYTHON), "-m", "ruff", "format", "--check", "."]),
        ("mypy", [str(PYTHON), "-m", "mypy"]),
    ]
    for name, command in steps:
        say(name)
        if subprocess.call(command, cwd=ROOT, env=env) != 0:
            say(f"{name} failed")
            return 1
    say("pytest")
    code = subprocess.call([str(PYTHON), "-m", "pytest", *args], cwd=ROOT, env=env)
    if code == 5:
        say("pytest collected no tests: that is a failure, not a pass")
        return 1
    return code


def main() -> int:
    if len(sys.argv) < 2 or sys.argv[1] not in {"run", "test", "setup"}:
        print(__doc__)
        return 2
    ensure_venv()
    command, rest = sys.argv[1], sys.argv[2:]
    if command == "run":
        return run_app(rest)
    if command == "test":
        return run_tests(rest)
    return 0


if __name__ == "__main__":
    sys.exit(main())
