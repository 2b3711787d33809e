"""Start-up time of the built bundle against the venv: start → window drawn → exit.

    python packaging/measure_startup.py [--runs 7]

Each run is ``--screenshot`` of the Today view on a copy of one demo database (made
once, so migrations and demo loading are not timed), offscreen unless QT_QPA_PLATFORM
says otherwise. Prints the median and the spread of the wall times. Build first with
packaging/build.py. A figure for the reply or the release notes, not a test.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
EXE = ".exe" if sys.platform == "win32" else ""
BUNDLE = ROOT / "dist" / "BiosparcDesktop" / f"BiosparcDesktop{EXE}"


def timed(command: list[str], env: dict[str, str]) -> float:
    started = time.perf_counter()
    subprocess.run(command, env=env, check=True, capture_output=True, timeout=300)
    return time.perf_counter() - started


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args(argv)
    if not BUNDLE.exists():
        print(f"{BUNDLE} is missing: run packaging/build.py first", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch)
        env = dict(os.environ, BIOSPARC_DATA_DIR=str(folder / "data"))
        env.setdefault("QT_QPA_PLATFORM", "offscreen")
        demo = folder / "demo.sqlite3"
        shot = folder / "shot.png"
        subprocess.run(
            [str(BUNDLE), "--db", str(demo), "--screenshot", str(shot)],
            env=env,
            check=True,
            capture_output=True,
            timeout=300,
        )
        commands = {
            "bundle": [str(BUNDLE)],
            "venv": [sys.executable, "-m", "biosparc_desktop"],
        }
        times: dict[str, list[float]] = {name: [] for name in commands}
        for run in range(args.runs):
            for name, command in commands.items():
                db = folder / f"{name}-{run}.sqlite3"
                shutil.copyfile(demo, db)
                times[name].append(
                    timed([*command, "--db", str(db), "--no-demo", "--screenshot", str(shot)], env)
                )
    for name, values in times.items():
        print(
            f"{name:6} median {statistics.median(values):.2f} s "
            f"(min {min(values):.2f}, max {max(values):.2f}, {len(values)} runs, "
            f"{env['QT_QPA_PLATFORM']})"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
