"""``biosparc brief``: the packs from the command line, run as a real subprocess."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader


def run(folder: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, BIOSPARC_DATA_DIR=str(folder / "data"), PYTHONIOENCODING="utf-8")
    return subprocess.run(
        [sys.executable, "-m", "biosparc_desktop.cli.main", "--db", str(folder / "cli.sqlite3"),
         *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        timeout=120,
    )  # fmt: skip


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("brief")
    result = run(folder, "demo")
    assert result.returncode == 0, result.stderr
    return folder


def test_partner_pack_in_both_languages_on_letter(demo_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "nccs.pdf"
    result = run(demo_db, "brief", "partner", "NCCS", "-o", str(out), "--paper", "letter",
                 "--lang", "both", "--prepared-by", "Chen Yu")  # fmt: skip
    assert result.returncode == 0, result.stderr
    reader = PdfReader(out)
    assert f"Wrote {out} ({len(reader.pages)} pages)." in result.stdout
    assert round(float(reader.pages[0].mediabox.width)) == 612
    assert reader.metadata is not None and reader.metadata.author == "Chen Yu"
    assert "新加坡国立癌症中心" in (reader.pages[0].extract_text() or "")


def test_partner_by_chinese_name_and_event_pack(demo_db: Path, tmp_path: Path) -> None:
    partner = run(demo_db, "brief", "partner", "觅瑞", "-o", str(tmp_path / "m.pdf"))
    assert partner.returncode == 0, partner.stderr
    event = run(demo_db, "brief", "event", "Strategic cooperation signing ceremony",
                "-o", str(tmp_path / "e.pdf"), "--sections", "agenda,event_agreements")  # fmt: skip
    assert event.returncode == 0, event.stderr
    top = [
        item.title for item in PdfReader(tmp_path / "e.pdf").outline if not isinstance(item, list)
    ]
    assert top == ["Agenda and run sheet", "Agreements to be signed"]


def test_portfolio(demo_db: Path, tmp_path: Path) -> None:
    result = run(demo_db, "brief", "portfolio", "-o", str(tmp_path / "p.pdf"), "--lang", "zh")
    assert result.returncode == 0, result.stderr
    assert "各阶段合作伙伴" in (PdfReader(tmp_path / "p.pdf").pages[1].extract_text() or "")


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("partner", "Nationl Cancer"), "Did you mean: National Cancer Centre Singapore?"),
        (("event", "signing"), "Did you mean: Strategic cooperation signing ceremony?"),
        (("portfolio", "--sections", "stages,gossip"), "has no section gossip"),
        (("portfolio", "--lang", "fr"), "invalid choice"),
        (("partner", "NCCS", "--paper", "a5"), "invalid choice"),
    ],
)
def test_mistakes_exit_2_in_one_line(
    demo_db: Path, tmp_path: Path, args: tuple[str, ...], message: str
) -> None:
    out = tmp_path / "x.pdf"
    result = run(demo_db, "brief", *args, "-o", str(out))
    assert result.returncode == 2
    assert message in result.stderr
    assert "Traceback" not in result.stderr
    assert list(tmp_path.iterdir()) == []


def test_output_folder_problems(demo_db: Path, tmp_path: Path) -> None:
    into_folder = run(demo_db, "brief", "portfolio", "-o", str(tmp_path))
    assert into_folder.returncode == 2 and "is a folder" in into_folder.stderr
    missing = run(demo_db, "brief", "portfolio", "-o", str(tmp_path / "no" / "p.pdf"))
    assert missing.returncode == 2 and "does not exist" in missing.stderr
    no_output = run(demo_db, "brief", "portfolio")
    assert no_output.returncode == 2 and "-o/--output" in no_output.stderr
