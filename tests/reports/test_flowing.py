"""Tables keep short rows whole across pages and let a tall row run on."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, SimpleDocTemplate

from biosparc_desktop.reports.flowing import FlowingTable
from tests.reports.pdfcheck import page_texts, squash

STYLE = ParagraphStyle("cell", fontName="Helvetica", fontSize=9, leading=12)


def _build(path: Path, rows: list[list[object]]) -> list[str]:
    table = FlowingTable([["When", "What"], *rows], colWidths=[80, 300], repeatRows=1)
    SimpleDocTemplate(str(path)).build([table])
    return [squash(text) for text in page_texts(path)]


def test_short_rows_are_never_split(tmp_path: Path) -> None:
    rows = [
        [
            f"row {n}",
            Paragraph(f"Row {n} begins. " + "Some words here. " * 12 + f"Row {n} ends.", STYLE),
        ]
        for n in range(60)
    ]
    pages = _build(tmp_path / "short.pdf", rows)
    assert len(pages) > 2
    for n in range(60):
        begins = [i for i, page in enumerate(pages) if f"Row{n}begins." in page]
        ends = [i for i, page in enumerate(pages) if f"Row{n}ends." in page]
        assert begins == ends, n
        assert all(page.startswith("WhenWhat") for page in pages)  # the header repeats


def test_a_row_taller_than_a_page_runs_on(tmp_path: Path) -> None:
    minutes = " ".join(f"Point {n} of the minutes." for n in range(1200))
    pages = _build(tmp_path / "tall.pdf", [["20 Nov", Paragraph(minutes, STYLE)]])
    assert len(pages) > 2
    assert "Point0of" in pages[0] and "Point1199of" in pages[-1]
    assert all(page.startswith("WhenWhat") for page in pages)
