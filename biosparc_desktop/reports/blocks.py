"""Building blocks every pack uses: headings, tables, key facts, the cover."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TypeAlias

from reportlab.lib.units import mm
from reportlab.platypus import (
    Flowable,
    NextPageTemplate,
    PageBreak,
    Spacer,
    Table,
    TableStyle,
)

from biosparc_desktop.reports.cover import CoverBand
from biosparc_desktop.reports.document import Heading
from biosparc_desktop.reports.flowing import FlowingTable
from biosparc_desktop.reports.linebreak import Para
from biosparc_desktop.reports.styles import (
    ACCENT,
    INK,
    MUTED,
    RULE,
    WARNING,
    WARNING_TINT,
    WHITE,
    ZEBRA,
    Kit,
)

Cell: TypeAlias = "str | Flowable"  # a string is plain text, escaped when the table is built


def heading(kit: Kit, key: str, *, level: int = 0, **values: object) -> Heading:
    """A section heading from the label table, bookmarked in the outline."""
    style = "h1" if level == 0 else "h2"
    return Heading(
        kit.label_markup(key, bold=True, **values),
        kit.styles[style],
        kit.labels(key, **values),
        level,
    )


def title_heading(kit: Kit, text: str, *, level: int = 0, style: str = "h1") -> Heading:
    """A heading made of user text (an agreement's title, a partner's name)."""
    return Heading(kit.m(text, bold=True), kit.styles[style], text, level)


def subheading(kit: Kit, key: str) -> Para:
    """A small heading inside a section (not in the outline)."""
    return kit.rich(kit.label_markup(key, bold=True), "h3")


def empty(kit: Kit, key: str) -> Para:
    """The one line that stands for a section with nothing in it."""
    return kit.para(kit.labels(key), "muted")


def _own_font(kit: Kit) -> tuple[object, ...]:
    # A table sets its cells' font (Helvetica by default, never embedded) even for "".
    return ("FONTNAME", (0, 0), (-1, -1), kit.fonts.regular)


@dataclass
class Column:
    label: str  # a label key
    width: float  # share of the text width
    right: bool = False  # numbers and dates are right-aligned


@dataclass
class Row:
    cells: Sequence[Cell]
    marked: bool = False  # tinted in the warning colour (near expiry, overdue)
    bold_cells: frozenset[int] = field(default_factory=frozenset)


def data_table(kit: Kit, columns: Sequence[Column], rows: Sequence[Row]) -> Table:
    """Accent header repeated on every page, zebra rows; only a tall row splits across pages."""
    header: list[Cell] = [
        Para(
            "<br/>".join(kit.m(line, bold=True) for line in kit.labels.lines(col.label)),
            kit.styles["th_right" if col.right else "th"],
        )
        for col in columns
    ]
    body: list[list[Cell]] = [header]
    for row in rows:
        cells: list[Cell] = []
        for index, (col, cell) in enumerate(zip(columns, row.cells, strict=True)):
            if isinstance(cell, str):
                bold = index in row.bold_cells
                style = "cell_right" if col.right else ("cell_bold" if bold else "cell")
                cells.append(Para(kit.m(cell, bold=bold), kit.styles[style]))
            else:
                cells.append(cell)
        body.append(cells)
    widths = [kit.width * col.width for col in columns]
    table = FlowingTable(body, colWidths=widths, repeatRows=1, hAlign="LEFT")
    commands: list[tuple[object, ...]] = [
        _own_font(kit),
        ("BACKGROUND", (0, 0), (-1, 0), ACCENT),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 4),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("ROWBACKGROUNDS", (0, 1), (-1, -1), [WHITE, ZEBRA]),
        ("LINEBELOW", (0, -1), (-1, -1), 0.6, RULE),
    ]
    for number, row in enumerate(rows, start=1):
        if row.marked:
            commands.append(("BACKGROUND", (0, number), (-1, number), WARNING_TINT))
    table.setStyle(TableStyle(commands))
    return table


def marked(kit: Kit, text: str, *, right: bool = False) -> Para:
    """A cell in the warning colour (an overdue date, a near expiry)."""
    return Para(
        kit.span(text, bold=True, colour=WARNING), kit.styles["cell_right" if right else "cell"]
    )


def stacked(
    kit: Kit, first: str, second: str | None = None, *, bold_first: bool = True
) -> Flowable:
    """A cell with a main line and an optional muted line under it (an English and a Chinese name)."""
    markup = kit.span(first, bold=bold_first) if first else ""
    if second:
        small = kit.span(second, colour=MUTED)
        markup = f"{markup}<br/>{small}" if markup else small
    return Para(markup, kit.styles["cell"])


def facts(kit: Kit, pairs: Sequence[tuple[str, str]], *, columns: int = 2) -> Table | Para:
    """Key facts as a label/value grid; pairs with no value are left out."""
    shown = [(label, value) for label, value in pairs if value]
    if not shown:
        return empty(kit, "not_set")
    cells: list[list[Cell]] = []
    for start in range(0, len(shown), columns):
        line: list[Cell] = []
        for label, value in shown[start : start + columns]:
            line.append(Para(kit.label_markup(label), kit.styles["fact_label"]))
            line.append(Para(kit.m(value), kit.styles["cell"]))
        while len(line) < 2 * columns:
            line.append("")
        cells.append(line)
    label_share, value_share = 0.16, 1 / columns - 0.16
    widths = [kit.width * (label_share if i % 2 == 0 else value_share) for i in range(2 * columns)]
    table = FlowingTable(cells, colWidths=widths, hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                _own_font(kit),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 8),
                ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
            ]
        )
    )
    return table


def cover(
    kit: Kit,
    *,
    kicker: str,
    title: str,
    subtitle: str | None,
    details: Sequence[tuple[str, str]],
) -> list[Flowable]:
    """The cover: kicker and names on the accent band, details and the confidentiality note below."""
    flow: list[Flowable] = [
        NextPageTemplate("body"),
        CoverBand(kit, kicker, title, subtitle),
        Spacer(1, 14 * mm),
        facts(kit, details, columns=1),
        Spacer(1, 14 * mm),
    ]
    note = Table(
        [
            [
                Para(
                    kit.span(kit.labels("confidential").upper(), bold=True, colour=WARNING)
                    + "<br/>"
                    + kit.m(kit.labels("confidential_note")),
                    kit.styles["body"],
                )
            ]
        ],
        colWidths=[kit.width],
    )
    note.setStyle(
        TableStyle(
            [
                _own_font(kit),
                ("LINEBEFORE", (0, 0), (0, -1), 3, WARNING),
                ("LEFTPADDING", (0, 0), (-1, -1), 10),
                ("TOPPADDING", (0, 0), (-1, -1), 6),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
                ("TEXTCOLOR", (0, 0), (-1, -1), INK),
            ]
        )
    )
    flow += [note, PageBreak()]
    return flow
