"""``python -m bench``: every figure the performance issues ask for, as one JSON object.

    python -m bench [--quick] [--skip-create] [--out bench/out/latest.json]

Generates (or reuses) the large database under bench/out/, then measures each
part in its own process, so one measurement's memory and caches never colour
another's: cold start, global search against the bare-SQL floor, the lists
(open, type, scroll), saving an edit, the partner pack, importing 100,000
contacts, creating records through the services, and the CLI. Progress goes to
stderr; stdout gets the one JSON object, which is also written to ``--out``.
Timings are reported against the targets, never asserted.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import platform
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from bench.generate import OUT, Sizes, cached_database
from bench.timing import ChildResult, run_child


def log(message: str) -> None:
    print(f"[bench {time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)


def machine() -> dict[str, Any]:
    cpu = "unknown"
    cpuinfo = Path("/proc/cpuinfo")
    if cpuinfo.exists():
        for line in cpuinfo.read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    memory_gb = None
    meminfo = Path("/proc/meminfo")
    if meminfo.exists():
        kb = int(meminfo.read_text().split("MemTotal:")[1].split()[0])
        memory_gb = round(kb / 1024 / 1024, 1)
    from PySide6 import __version__ as pyside
    from sqlalchemy import __version__ as sqlalchemy

    return {
        "cpu": cpu,
        "cores": os.cpu_count(),
        "memory_gb": memory_gb,
        "os": platform.platform(),
        "python": platform.python_version(),
        "sqlite": sqlite3.sqlite_version,
        "sqlalchemy": sqlalchemy,
        "pyside6": pyside,
        "load_average_at_start": [round(x, 2) for x in os.getloadavg()],
    }


def cold_start(db: Path, view: str, runs: int) -> dict[str, Any]:
    """Start-ups as on a user's machine: Python keeps its compiled modules (``__pycache__``).

    A shell that sets PYTHONDONTWRITEBYTECODE makes every start compile the app's
    200 modules from source (0.15 s more); a user's Python, and the installed
    bundle, never do. One untimed start first writes the caches, as the first
    launch after installing does.
    """
    results = []
    args = ["-m", "bench.cold_start", "--db", str(db), "--view", view]
    with tempfile.TemporaryDirectory(prefix="biosparc-cold-") as home:
        env = {"XDG_CONFIG_HOME": home, "BIOSPARC_DATA_DIR": home, "QT_QPA_PLATFORM": "offscreen"}
        unset = ("PYTHONDONTWRITEBYTECODE",)
        run_child(args, env, unset=unset)
        for _ in range(runs):
            env["BENCH_T0"] = repr(time.time())
            results.append(run_child(args, env, unset=unset))
    paints = [r.output["first_paint_s"] for r in results]
    usable = [r.output["usable_s"] for r in results]
    steps = {
        step: round(statistics.median(r.output["steps_s"][step] for r in results), 3)
        for step in results[0].output.get("steps_s", {})
        if all(step in r.output["steps_s"] for r in results)
    }
    return {
        "view": view,
        "runs": runs,
        "first_paint_s_median": round(statistics.median(paints), 3),
        "usable_s_median": round(statistics.median(usable), 3),
        "usable_s_all": usable,
        "step_ends_s_median": steps,
        "peak_rss_mb": max(r.peak_rss_mb for r in results),
    }


def cli_search(db: Path, text: str, runs: int = 3) -> dict[str, Any]:
    args = ["-m", "biosparc_desktop.cli.main", "--db", str(db), "contacts", "list"]
    results: list[ChildResult] = [
        run_child([*args, "--search", text, "--json"]) for _ in range(runs)
    ]
    return {
        "command": f"biosparc --db DB contacts list --search {text} --json",
        "wall_s_median": round(statistics.median(r.wall_s for r in results), 3),
        "found": len(results[-1].output) if isinstance(results[-1].output, list) else None,
        "peak_rss_mb": max(r.peak_rss_mb for r in results),
    }


def partner_pack() -> dict[str, Any]:
    if importlib.util.find_spec("bench.reports_bench") is None:
        return {"value": None, "reason": "bench/reports_bench.py does not exist yet"}
    result = run_child(["-m", "bench.reports_bench", "--runs", "3", "--lang", "both"])
    pack = result.output.get("partner_pack") if isinstance(result.output, dict) else None
    if pack is None:
        return {"value": None, "reason": "bench.reports_bench reported no partner_pack"}
    return {**pack, "peak_rss_mb": result.peak_rss_mb, "source": "bench.reports_bench"}


def import_contacts(rows: int) -> dict[str, Any]:
    if importlib.util.find_spec("biosparc_desktop.services.importing") is None:
        return {"value": None, "reason": "services/importing.py does not exist yet"}
    if importlib.util.find_spec("bench.import_bench") is None:
        return {"value": None, "reason": "bench/import_bench.py does not exist yet"}
    result = run_child(["-m", "bench.import_bench", "--rows", str(rows)])
    return {**result.output, "peak_rss_mb": result.peak_rss_mb, "source": "bench.import_bench"}


def targets(report: dict[str, Any]) -> dict[str, Any]:
    search = report["search"]
    lists = report["lists"]
    cold = report["cold_start"]["contacts"]
    scroll = lists["scroll"]["frames"]
    peak = report["peak_memory_mb"]["app_with_lists_before_scrolling_all"]

    def row(value: float, limit: float) -> dict[str, Any]:
        return {"measured": value, "target": limit, "met": value < limit}

    return {
        "search_p95_ms": row(search["services"]["p95_ms"], 20),
        "search_p95_vs_floor_p95": row(search["ratio_p95"], 3),
        "cold_start_to_usable_s": row(cold["usable_s_median"], 1.5),
        "open_100k_row_list_ms": row(lists["open_list_ms"]["contacts"], 100),
        "scroll_frame_p95_ms": row(scroll["p95_ms"], 16),
        "search_keystroke_p95_ms": row(lists["search_keystroke"]["p95_ms"], 50),
        "peak_memory_mb": row(peak, 400),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__)
    parser.add_argument("--quick", action="store_true", help="fewer runs, smaller write tests")
    parser.add_argument("--skip-create", action="store_true", help="skip the slow service writes")
    parser.add_argument("--out", type=Path, default=OUT / "latest.json")
    args = parser.parse_args(argv)
    started = time.time()
    report: dict[str, Any] = {"machine": machine()}

    log("database…")
    db, generated = cached_database(Sizes(), log=log)
    with sqlite3.connect(db) as bare:
        tables = ("organisation", "contact", "agreement", "interaction", "task", "event")
        rows = {t: bare.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in tables}
        chinese = bare.execute("SELECT count(*) FROM contact WHERE name_zh IS NOT NULL").fetchone()
    bare.close()
    report["database"] = {
        "file": db.name,
        "file_mb": round(db.stat().st_size / 1e6, 1),
        "rows": rows,
        "contacts_with_chinese_names": chinese[0],
        "generated_now": generated,
    }
    runs = 3 if args.quick else 5
    log("cold start…")
    report["cold_start"] = {view: cold_start(db, view, runs) for view in ("today", "contacts")}
    log("search…")
    report["search"] = run_child(
        ["-m", "bench.search_bench", "--db", str(db), "--repeat", str(runs)]
    ).output
    log("lists (open, type, scroll through every row)…")
    report["lists"] = run_child(["-m", "bench.gui_bench", "--db", str(db)]).output
    log("saving edits…")
    report["save_edit"] = run_child(["-m", "bench.write_bench", "edit", "--db", str(db)]).output
    log("partner pack…")
    report["partner_pack_20_pages"] = partner_pack()
    log("importing contacts…")
    import_rows = 10_000 if args.quick else 100_000
    report[f"import_{import_rows}_contacts"] = import_contacts(import_rows)
    if not args.skip_create:
        orgs, people = (1_000, 10_000) if args.quick else (10_000, 100_000)
        log(f"creating {orgs:,} organisations and {people:,} contacts through the services…")
        report["create_through_services"] = run_child(
            ["-m", "bench.write_bench", "create", "--organisations", str(orgs),
             "--contacts", str(people)]
        ).output  # fmt: skip
    log("CLI…")
    report["cli_contacts_list_search"] = cli_search(db, "伟明")
    report["peak_memory_mb"] = {
        "cold_start": max(v["peak_rss_mb"] for v in report["cold_start"].values()),
        "app_with_lists_before_scrolling_all": report["lists"]["peak_rss_mb_before_scrolling"],
        "app_after_scrolling_all_100k_contacts": report["lists"]["peak_rss_mb"],
        "search": report["search"]["peak_rss_mb"],
        "note": "RSS counts the file pages SQLite maps while checking the database at open",
    }
    report["targets"] = targets(report)
    report["machine"]["load_average_at_end"] = [round(x, 2) for x in os.getloadavg()]
    report["seconds"] = round(time.time() - started)
    text = json.dumps(report, ensure_ascii=False)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(report, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
