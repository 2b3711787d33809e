"""One start of the desktop app, from process start to the main window painted and idle.

    BENCH_T0=$(date +%s.%N) python -m bench.cold_start --db PATH [--view today]

Run by ``python -m bench`` in a fresh process each time. The clock starts at
``BENCH_T0`` (the parent's ``time.time()`` just before it spawned this process,
so interpreter start-up and imports count) or else at this module's first line.
Prints one JSON line: seconds to the first paint of the main window, seconds to
the event loop being idle after it (the window usable: its list loaded and
painted), and this process's peak memory.
"""

from __future__ import annotations

import os
import time

T0 = float(os.environ.get("BENCH_T0") or time.time())

import argparse  # noqa: E402
import json  # noqa: E402
import sys  # noqa: E402
from typing import Any  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.cold_start")
    parser.add_argument("--db", required=True)
    parser.add_argument("--view", default="today")
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    # As biosparc_desktop.app.main does: no cyclic collection while modules load, and
    # the integrity check starts before Qt loads.
    import gc

    gc.disable()
    from biosparc_desktop.config import resolve_location
    from biosparc_desktop.store.early_check import start_check

    sqlite_path = resolve_location(args.db).sqlite_path
    if sqlite_path is not None:
        start_check(sqlite_path)

    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow, QWidget

    from bench.timing import peak_rss_mb
    from biosparc_desktop.ui import launcher
    from biosparc_desktop.ui.launcher import launch, make_application

    marks: dict[str, float] = {"imported": time.time()}
    _mark_end_of(launcher, "open_database", marks)
    _mark_end_of(launcher, "build_services", marks)
    _mark_end_of(launcher, "MainWindow", marks)
    # The integrity check's verdict, when it was still running once the window was built.
    _mark_end_of(launcher.Launch, "_confirm_intact", marks)
    app = make_application()

    def usable() -> None:
        marks["usable"] = time.time()
        QApplication.quit()

    class FirstPaint(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if (
                "paint" not in marks
                and event.type() == QEvent.Type.Paint
                and isinstance(watched, QWidget)
                and isinstance(watched.window(), QMainWindow)
            ):
                marks["paint"] = time.time()
                # Runs once every event already queued (the rest of the first paint,
                # the list's first page) has been handled.
                QTimer.singleShot(0, usable)
            return False

    watcher = FirstPaint()
    app.installEventFilter(watcher)
    code = launch(
        location=resolve_location(args.db),
        view=args.view,
        screenshot=None,
        size="1280x800",
        load_demo_data=False,
    )
    if code != 0 or "usable" not in marks:
        print(json.dumps({"error": f"the window did not open (exit {code})"}))
        return 1
    print(
        json.dumps(
            {
                "view": args.view,
                "first_paint_s": round(marks["paint"] - T0, 3),
                "usable_s": round(marks["usable"] - T0, 3),
                # When each step of the start-up ended, from the process start.
                "steps_s": {
                    step: round(marks[step] - T0, 3)
                    for step in (
                        "imported",
                        "open_database",
                        "build_services",
                        "MainWindow",
                        "_confirm_intact",
                    )
                    if step in marks
                },
                "peak_rss_mb": peak_rss_mb(),
            }
        )
    )
    return 0


def _mark_end_of(module: Any, name: str, marks: dict[str, float]) -> None:
    """Wrap ``module.name`` so the time it returns is recorded (the first time only)."""
    original = getattr(module, name)

    def wrapper(*args: Any, **kwargs: Any) -> Any:
        result = original(*args, **kwargs)
        marks.setdefault(name, time.time())
        return result

    setattr(module, name, wrapper)


if __name__ == "__main__":
    sys.exit(main())
