#!/usr/bin/env python3
"""Pin the libraries the bundle is built from: write packaging/constraints.txt.

    python3 tools/lock_bundle.py

Installs the app with its ``packaging`` extra (the runtime libraries, PyInstaller and
Pillow) into a throwaway virtualenv at the newest versions pip finds, and writes that
environment's ``pip freeze`` as the constraints file. ``packaging/ci_build_linux.sh``
builds from it (``pip install -c packaging/constraints.txt -e '.[packaging]'``), so a
bundle holds the same versions until someone runs this again. Run it when the
dependencies in pyproject.toml change (a test fails until the file pins every one of
them), or to take newer libraries; then build and run the bundle before committing.

Only the standard library is used, like bootstrap.py.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUTPUT = ROOT / "packaging" / "constraints.txt"
HEADER = """\
# The exact versions the desktop bundle is built from (the app's libraries with its
# "packaging" extra), resolved on {platform} with Python {python}.
# Written by tools/lock_bundle.py; do not edit by hand. Used as
#   pip install -c packaging/constraints.txt -e '.[packaging]'
# Libraries needed only on another system (pywin32-ctypes for keyring on Windows) are
# not pinned here: pip takes their newest version there.
"""


def freeze() -> list[str]:
    with tempfile.TemporaryDirectory(prefix="biosparc-lock-") as scratch:
        env_dir = Path(scratch) / "venv"
        venv.EnvBuilder(with_pip=True).create(env_dir)
        python = env_dir / ("Scripts/python.exe" if sys.platform == "win32" else "bin/python")
        pip = [str(python), "-m", "pip", "--disable-pip-version-check"]
        subprocess.run([*pip, "install", "--quiet", "--upgrade", "pip"], check=True)
        subprocess.run([*pip, "install", "--quiet", "-e", f"{ROOT}[packaging]"], check=True)
        listing = subprocess.run(
            [*pip, "freeze", "--exclude-editable", "--exclude", "biosparc-desktop"],
            check=True,
            capture_output=True,
            text=True,
        ).stdout
    return sorted(
        (line.strip() for line in listing.splitlines() if "==" in line),
        key=str.lower,
    )


def main() -> int:
    pins = freeze()
    python = ".".join(str(part) for part in sys.version_info[:2])
    text = HEADER.format(platform=sys.platform, python=python) + "\n".join(pins) + "\n"
    OUTPUT.write_text(text, encoding="utf-8")
    print(f"Wrote {OUTPUT.relative_to(ROOT)}: {len(pins)} pinned libraries.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
