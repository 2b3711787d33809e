"""Timing helpers: percentiles, repeated measurements, child processes with peak memory."""

from __future__ import annotations

import json
import math
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def percentile(values: Sequence[float], fraction: float) -> float:
    """Nearest-rank percentile (``fraction`` 0.95 for p95)."""
    ordered = sorted(values)
    if not ordered:
        return float("nan")
    rank = max(1, min(len(ordered), math.ceil(fraction * len(ordered))))
    return ordered[rank - 1]


def summary(ms: Sequence[float]) -> dict[str, float | int]:
    """p50, p95 and max of a list of milliseconds, rounded for reading."""
    return {
        "p50_ms": round(statistics.median(ms), 2),
        "p95_ms": round(percentile(ms, 0.95), 2),
        "max_ms": round(max(ms), 2),
        "n": len(ms),
    }


def time_ms(fn: Callable[[], object]) -> float:
    start = time.perf_counter()
    fn()
    return (time.perf_counter() - start) * 1000


@dataclass(frozen=True)
class ChildResult:
    output: Any  # the JSON the child printed on stdout (the whole of it, or its last line)
    wall_s: float
    peak_rss_mb: float  # the child's own peak resident memory, from the kernel


def run_child(
    args: Sequence[str], env: dict[str, str] | None = None, *, unset: Sequence[str] = ()
) -> ChildResult:
    """Run ``python ARGS`` from the project folder; read its JSON, wall time and peak RSS.

    ``env`` is added to this process's environment, and the variables named in ``unset``
    are removed from it.
    """
    child_env = {k: v for k, v in {**os.environ, **(env or {})}.items() if k not in unset}
    with tempfile.TemporaryFile("w+") as out, tempfile.TemporaryFile("w+") as err:
        started = time.perf_counter()
        process = subprocess.Popen(
            [sys.executable, *args],
            cwd=ROOT,
            env=child_env,
            stdout=out,
            stderr=err,
            text=True,
        )
        # wait4, not wait: it also gives the child's resource usage (ru_maxrss in KiB).
        _, status, usage = os.wait4(process.pid, 0)
        wall = time.perf_counter() - started
        process.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        stdout, stderr = out.read(), err.read()
    if process.returncode != 0:
        raise RuntimeError(f"{' '.join(args)} failed ({process.returncode}): {stderr[-2000:]}")
    return ChildResult(_json(stdout), wall, round(usage.ru_maxrss / 1024, 1))


def _json(stdout: str) -> Any:
    try:
        return json.loads(stdout)
    except json.JSONDecodeError:
        lines = [line for line in stdout.splitlines() if line.strip()]
        return json.loads(lines[-1]) if lines else None


def peak_rss_mb() -> float:
    """This process's peak resident memory so far (Linux reports kilobytes)."""
    import resource

    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)
