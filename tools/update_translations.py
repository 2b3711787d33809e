"""Refresh the Simplified Chinese translation of the interface.

1. ``pyside6-lupdate`` collects every ``translate("Context", "Text")`` and
   ``QT_TRANSLATE_NOOP`` in ``biosparc_desktop/ui/**/*.py`` into
   ``biosparc_desktop/resources/translations/biosparc_zh_CN.ts``, keeping the
   translations already there and dropping messages no longer in the code;
2. ``pyside6-lrelease`` compiles it into ``biosparc_zh_CN.qm``, which ships in the package.

Translate new messages (marked ``type="unfinished"``) with Qt Linguist
(``pyside6-linguist``) or any editor, then run this again to compile.
``--check`` changes nothing and exits 1 when the .ts or .qm is out of date.

Run it after tools/make_enum_labels.py when an enum changed.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
UI_DIR = ROOT / "biosparc_desktop" / "ui"
TRANSLATIONS = ROOT / "biosparc_desktop" / "resources" / "translations"
TS_FILE = TRANSLATIONS / "biosparc_zh_CN.ts"
QM_FILE = TRANSLATIONS / "biosparc_zh_CN.qm"


def _tool(name: str) -> str:
    """A PySide6 tool: next to this Python (a venv) first, then on PATH."""
    beside = Path(sys.executable).with_name(name)
    if beside.exists():
        return str(beside)
    found = shutil.which(name)
    if found is None:
        raise SystemExit(f"{name} not found: install PySide6 (pip install PySide6-Essentials).")
    return found


def sources() -> list[str]:
    """Every interface module, relative to the project root (so the .ts does not vary by checkout)."""
    return sorted(str(p.relative_to(ROOT)) for p in UI_DIR.rglob("*.py"))


def extract(ts_file: Path) -> None:
    """Update ``ts_file`` from the sources, keeping its existing translations."""
    subprocess.run(
        [
            _tool("pyside6-lupdate"),
            *sources(),
            "-ts",
            str(ts_file),
            "-no-obsolete",
            "-locations",
            "none",
            "-source-language",
            "en",
            "-target-language",
            "zh_CN",
            "-silent",
        ],
        cwd=ROOT,
        check=True,
    )


def compile_qm(ts_file: Path, qm_file: Path) -> None:
    subprocess.run(
        [_tool("pyside6-lrelease"), "-silent", str(ts_file), "-qm", str(qm_file)],
        cwd=ROOT,
        check=True,
    )


def check() -> list[str]:
    """What is out of date, in words (nothing when the .ts and .qm match the code)."""
    problems = []
    with tempfile.TemporaryDirectory() as folder:
        ts_copy = Path(folder) / TS_FILE.name
        shutil.copyfile(TS_FILE, ts_copy)
        extract(ts_copy)
        if ts_copy.read_bytes() != TS_FILE.read_bytes():
            problems.append(f"{TS_FILE.relative_to(ROOT)} does not match the code")
        qm_copy = Path(folder) / QM_FILE.name
        compile_qm(TS_FILE, qm_copy)
        if not QM_FILE.exists() or qm_copy.read_bytes() != QM_FILE.read_bytes():
            problems.append(f"{QM_FILE.relative_to(ROOT)} is not compiled from the .ts")
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only report what is out of date")
    args = parser.parse_args(argv)
    if args.check:
        problems = check()
        for problem in problems:
            print(f"{problem}: run tools/update_translations.py")
        return 1 if problems else 0
    TRANSLATIONS.mkdir(parents=True, exist_ok=True)
    extract(TS_FILE)
    compile_qm(TS_FILE, QM_FILE)
    print(f"Updated {TS_FILE.relative_to(ROOT)} and {QM_FILE.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
