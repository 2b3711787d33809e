"""One look for every pack: type scale, colours, paper, paragraph styles.

The type scale is 26 (cover only) / 20 / 14 / 10 / 8 pt, with table text at 9 pt;
one accent colour;
a 20 mm grid margin that every page follows.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm

from biosparc_desktop.reports.fonts import FontSet
from biosparc_desktop.reports.labels import Labels
from biosparc_desktop.reports.linebreak import Para
from biosparc_desktop.reports.options import PackOptions, Paper

DISPLAY, H1, H2, BODY, TABLE, SMALL = 26.0, 20.0, 14.0, 10.0, 9.0, 8.0

ACCENT = colors.HexColor("#1F4E8C")
ACCENT_SOFT = colors.HexColor("#C9D7EE")  # text on the accent band
ZEBRA = colors.HexColor("#F2F5FA")
RULE = colors.HexColor("#C9D2DE")
INK = colors.HexColor("#1B2230")
MUTED = colors.HexColor("#5E6A7A")
WARNING = colors.HexColor("#B42318")
WARNING_TINT = colors.HexColor("#FCE9E7")
WHITE = colors.white

PAGE_SIZES: dict[Paper, tuple[float, float]] = {"a4": A4, "letter": LETTER}
MARGIN_X = 20 * mm
MARGIN_TOP = 26 * mm  # the header sits inside the top margin
MARGIN_BOTTOM = 22 * mm  # and the footer inside the bottom one


def hex_of(colour: colors.Color) -> str:
    return "#" + str(colour.hexval())[2:]


class Styles:
    """Paragraph styles built on a pack's fonts; bold styles use the bold face."""

    BOLD = frozenset({"display", "kicker", "h1", "h2", "h3", "th", "th_right", "cell_bold", "mark"})

    def __init__(self, fonts: FontSet) -> None:
        regular, bold = fonts.regular, fonts.bold

        def style(name: str, size: float, leading: float, **kw: object) -> ParagraphStyle:
            font = bold if name in self.BOLD else regular
            base: dict[str, object] = {
                "fontName": font,
                "fontSize": size,
                "leading": leading,
                "textColor": INK,
                # Our own breaking rules for Chinese and Latin alike (linebreak.Para).
                "wordWrap": "CJK",
            }
            base.update(kw)
            return ParagraphStyle(name, **base)

        self.by_name: dict[str, ParagraphStyle] = {
            s.name: s
            for s in (
                style("display", DISPLAY, DISPLAY * 1.2, textColor=WHITE),
                style("display_sub", H1, H1 * 1.3, textColor=WHITE),
                style("kicker", BODY, BODY * 1.4, textColor=ACCENT_SOFT),
                style(
                    "h1",
                    H1,
                    H1 * 1.3,
                    textColor=ACCENT,
                    spaceBefore=10,
                    spaceAfter=8,
                    keepWithNext=1,
                ),
                style("h2", H2, H2 * 1.3, spaceBefore=12, spaceAfter=6, keepWithNext=1),
                style(
                    "h3",
                    BODY,
                    BODY * 1.4,
                    textColor=ACCENT,
                    spaceBefore=8,
                    spaceAfter=4,
                    keepWithNext=1,
                ),
                style("body", BODY, BODY * 1.45, spaceAfter=4),
                style("muted", BODY, BODY * 1.45, textColor=MUTED, spaceAfter=4),
                style("small", SMALL, SMALL * 1.35, textColor=MUTED),
                style("cell", TABLE, TABLE * 1.3),
                style("cell_bold", TABLE, TABLE * 1.3),
                style("cell_right", TABLE, TABLE * 1.3, alignment=TA_RIGHT),
                style("cell_small", SMALL, SMALL * 1.35, textColor=MUTED),
                style("th", SMALL, SMALL * 1.3, textColor=WHITE, alignment=TA_LEFT),
                style("th_right", SMALL, SMALL * 1.3, textColor=WHITE, alignment=TA_RIGHT),
                style("fact_label", SMALL, SMALL * 1.35, textColor=MUTED),
                style("mark", BODY, BODY * 1.4, textColor=WARNING),
            )
        }

    def __getitem__(self, name: str) -> ParagraphStyle:
        return self.by_name[name]


@dataclass(frozen=True)
class Kit:
    """Everything a pack's pages are drawn with: fonts, styles, labels, options, today."""

    fonts: FontSet
    styles: Styles
    labels: Labels
    options: PackOptions
    today: date

    @classmethod
    def make(cls, fonts: FontSet, options: PackOptions, today: date) -> Kit:
        return cls(fonts, Styles(fonts), Labels(options.language), options, today)

    @property
    def page_size(self) -> tuple[float, float]:
        return PAGE_SIZES[self.options.paper]

    @property
    def width(self) -> float:
        """The width of the text column."""
        return float(self.page_size[0] - 2 * MARGIN_X)

    def m(self, text: str, *, bold: bool = False, explicit: bool = False) -> str:
        """User or label text as escaped Paragraph markup."""
        return self.fonts.markup(text, bold=bold, explicit=explicit)

    def span(self, text: str, *, bold: bool = False, colour: colors.Color | None = None) -> str:
        """An inline span in its own weight or colour inside a paragraph."""
        body = self.fonts.markup(text, bold=bold, explicit=True)
        return f'<font color="{hex_of(colour)}">{body}</font>' if colour is not None else body

    def para(self, text: str, style: str = "body") -> Para:
        """A paragraph of plain text (escaped here)."""
        return Para(self.m(text, bold=style in Styles.BOLD), self.styles[style])

    def rich(self, markup: str, style: str = "body") -> Para:
        """A paragraph of markup already built with :meth:`m` and :meth:`span`."""
        return Para(markup, self.styles[style])

    def label_markup(self, key: str, *, bold: bool = False, **values: object) -> str:
        """A label; in a bilingual pack the Chinese follows in the muted colour."""
        lines = self.labels.lines(key, **values)
        first = self.m(lines[0], bold=bold)
        if len(lines) == 1:
            return first
        return f"{first}  {self.span(lines[1], bold=bold, colour=MUTED)}"
