"""The desktop lists on a big database: opening them, typing in a search box, scrolling.

    python -m bench.gui_bench --db PATH

Runs offscreen in its own process (``python -m bench`` starts it) and prints one
JSON line. Every measurement includes Qt's work: the model reset, the layout and
a synchronous repaint of the table.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

LISTS = ("partners", "contacts", "agreements", "tasks", "events")
# What a user types, one keystroke at a time, into the contacts list's search box.
TYPED = ("zhang wei", "陈伟", "rachel.ng", "Head of clin")


def _rss_anon_mb() -> float:
    """Resident memory that is not a mapped file (the heap: rows, objects)."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("RssAnon:"):
            return round(int(line.split()[1]) / 1024, 1)
    return float("nan")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.gui_bench")
    parser.add_argument("--db", required=True)
    parser.add_argument("--scroll-rows", type=int, default=0, help="stop scrolling here (0: all)")
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from bench.timing import peak_rss_mb, summary, time_ms
    from biosparc_desktop.config import resolve_location
    from biosparc_desktop.services.registry import build_services
    from biosparc_desktop.store.database import open_database
    from biosparc_desktop.ui.app_state import AppState
    from biosparc_desktop.ui.launcher import make_application
    from biosparc_desktop.ui.main_window import MainWindow

    app = make_application()
    database = open_database(resolve_location(args.db))
    services = build_services(database)
    with tempfile.TemporaryDirectory() as folder:
        settings = QSettings(str(Path(folder) / "bench.ini"), QSettings.Format.IniFormat)
        window = MainWindow(AppState(services, settings), debounce_ms=0)
        window.resize(1280, 800)
        window.show()
        app.processEvents()

        def settle() -> None:
            app.processEvents()
            window.repaint()

        result: dict[str, Any] = {"open_list_ms": {}}
        for key in LISTS:
            result["open_list_ms"][key] = round(
                time_ms(lambda k=key: (window.show_view(k), settle())), 1
            )
        rows = {key: getattr(window, key).list.total for key in LISTS}
        result["list_rows"] = rows

        page = window.contacts.list
        window.show_view("contacts")
        settle()
        reopen = [time_ms(lambda: (page.reload(), settle())) for _ in range(5)]
        result["reload_contacts_list"] = summary(reopen)

        keystrokes: list[float] = []
        for typed in TYPED:
            for end in range(1, len(typed) + 1):
                page.search.setText(typed[:end])
                page._debounce.stop()  # measure the work the debounce timer would start
                keystrokes.append(time_ms(lambda: (page.reload(), settle())))
        result["search_keystroke"] = summary(keystrokes)
        page.search.clear()
        page._debounce.stop()
        page.reload()
        settle()

        result["rss_anon_mb_before_scrolling"] = _rss_anon_mb()
        result["peak_rss_mb_before_scrolling"] = peak_rss_mb()
        result["scroll"] = _scroll(app, page, args.scroll_rows)
        result["rss_anon_mb_after_scrolling"] = _rss_anon_mb()
        result["peak_rss_mb"] = peak_rss_mb()
        window.close()
    database.close()
    QApplication.processEvents()
    print(json.dumps(result), flush=True)
    # Leave without tearing down Qt's objects one by one at interpreter exit (a
    # window that held 100,000 rows can crash PySide6's finaliser); the result is out.
    os._exit(0)


def _scroll(app: Any, page: Any, stop_at: int) -> dict[str, Any]:
    """Page down through the whole list, one repaint per step, as a user dragging fast would."""
    from bench.timing import summary

    table = page.table
    bar = table.verticalScrollBar()
    model = page.model
    frames: list[float] = []
    fetch_frames: list[float] = []
    wheel: list[float] = []
    started = time.perf_counter()
    while True:
        before = model.rowCount()
        at_end = bar.value() >= bar.maximum()
        if at_end and not model.canFetchMore():
            break
        if stop_at and before >= stop_at:
            break
        start = time.perf_counter()
        bar.setValue(bar.value() + bar.pageStep())
        table.viewport().repaint()
        app.processEvents()
        elapsed = (time.perf_counter() - start) * 1000
        (fetch_frames if model.rowCount() != before else frames).append(elapsed)
        if len(frames) % 50 == 0:
            # A few wheel steps (three rows) in between, as when reading down a page.
            for _ in range(3):
                start = time.perf_counter()
                bar.setValue(bar.value() + 3 * table.verticalHeader().defaultSectionSize())
                table.viewport().repaint()
                app.processEvents()
                wheel.append((time.perf_counter() - start) * 1000)
    everything = frames + fetch_frames + wheel
    return {
        "rows_loaded": model.rowCount(),
        "seconds": round(time.perf_counter() - started, 1),
        "frames": summary(everything),
        "frames_without_fetch": summary(frames + wheel),
        "frames_with_fetch": summary(fetch_frames) if fetch_frames else None,
        "frames_over_16ms": sum(1 for f in everything if f > 16),
    }


if __name__ == "__main__":
    sys.exit(main())
