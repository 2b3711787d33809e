"""Charts drawn with reportlab's graphics: plain bars in the accent colour, values on them."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.shapes import Drawing, Group, String
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth

from biosparc_desktop.reports.styles import ACCENT, INK, MUTED, RULE, SMALL, Kit


def _drawing(kit: Kit, width: float, height: float) -> Drawing:
    """A drawing whose starting font is the pack's (reportlab would start in Helvetica)."""
    drawing = Drawing(width, height)
    drawing.initialFontName = kit.fonts.regular
    drawing.initialFontSize = SMALL
    return drawing


def _nice_max(value: int) -> int:
    """An axis end a little above the largest bar, on a round step."""
    if value < 5:
        return 5
    step = 5 if value <= 50 else 10 ** (len(str(value)) - 1)
    return ((value // step) + 1) * step


def _text(kit: Kit, x: float, y: float, text: str, anchor: str) -> Group:
    """One label line in as many fonts as its scripts need (an axis label has only one)."""
    group = Group()
    width = kit.fonts.width(text, SMALL)
    start = {"start": x, "middle": x - width / 2, "end": x - width}[anchor]
    for font, piece in kit.fonts.runs(text):
        group.add(String(start, y, piece, fontName=font, fontSize=SMALL, fillColor=INK))
        start += stringWidth(piece, font, SMALL)
    return group


def _wrap(kit: Kit, text: str, width: float) -> list[str]:
    """Greedy word wrap of each line of ``text`` to ``width``."""
    lines: list[str] = []
    for paragraph in text.split("\n"):
        current = ""
        for word in paragraph.split(" "):
            candidate = f"{current} {word}".strip()
            if current and kit.fonts.width(candidate, SMALL) > width:
                lines.append(current)
                current = word
            else:
                current = candidate
        lines.append(current)
    return lines


def _lines(kit: Kit, x: float, y: float, text: str, anchor: str, width: float) -> Group:
    """A wrapped label of one or more lines; ``y`` is the first line's baseline."""
    group = Group()
    for number, line in enumerate(_wrap(kit, text, width)):
        group.add(_text(kit, x, y - number * SMALL * 1.25, line, anchor))
    return group


def bar_chart(
    kit: Kit, categories: Sequence[str], values: Sequence[int], *, height: float = 62 * mm
) -> Drawing:
    """Vertical bars, one per category (agreements by status)."""
    width = kit.width
    drawing = _drawing(kit, width, height)
    chart = VerticalBarChart()
    chart.x, chart.y = 28, 44
    chart.width, chart.height = width - 40, height - 58
    chart.data = [list(values)]
    chart.bars[0].fillColor = ACCENT
    chart.bars[0].strokeColor = None
    chart.barWidth = 10
    chart.groupSpacing = 14
    top = _nice_max(max(values, default=0))
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = top
    chart.valueAxis.valueStep = max(1, top // 5)
    chart.valueAxis.labels.fontName = kit.fonts.regular
    chart.valueAxis.labels.fontSize = SMALL
    chart.valueAxis.labels.fillColor = MUTED
    chart.valueAxis.strokeColor = RULE
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.gridStrokeColor = RULE
    chart.valueAxis.gridStrokeWidth = 0.3
    chart.categoryAxis.categoryNames = list(categories)
    chart.categoryAxis.visibleLabels = 0
    chart.categoryAxis.strokeColor = RULE
    chart.barLabelFormat = "%d"
    chart.barLabels.fontName = kit.fonts.bold
    chart.barLabels.fontSize = SMALL
    chart.barLabels.fillColor = INK
    chart.barLabels.nudge = 6
    drawing.add(chart)
    step = chart.width / max(1, len(categories))
    for index, name in enumerate(categories):
        x = chart.x + step * (index + 0.5)
        drawing.add(_lines(kit, x, chart.y - SMALL - 4, name, "middle", step - 4))
    return drawing


def horizontal_bar_chart(kit: Kit, categories: Sequence[str], values: Sequence[int]) -> Drawing:
    """Horizontal bars, largest on top (partners by country)."""
    row = 16
    width = kit.width
    height = max(40.0, row * len(categories) + 30)
    label_room = min(width * 0.4, 10 + max((kit.fonts.width(c, SMALL) for c in categories),
                                           default=40))  # fmt: skip
    drawing = _drawing(kit, width, height)
    chart = HorizontalBarChart()
    chart.x, chart.y = label_room, 18
    chart.width, chart.height = width - label_room - 24, height - 26
    # The chart draws its first category at the bottom: reverse so the largest is on top.
    chart.data = [list(reversed(values))]
    chart.categoryAxis.categoryNames = list(reversed(categories))
    chart.bars[0].fillColor = ACCENT
    chart.bars[0].strokeColor = None
    chart.barWidth = 9
    top = _nice_max(max(values, default=0))
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = top
    chart.valueAxis.valueStep = max(1, top // 5)
    chart.valueAxis.labels.fontName = kit.fonts.regular
    chart.valueAxis.labels.fontSize = SMALL
    chart.valueAxis.labels.fillColor = MUTED
    chart.valueAxis.strokeColor = RULE
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.gridStrokeColor = RULE
    chart.valueAxis.gridStrokeWidth = 0.3
    chart.categoryAxis.visibleLabels = 0
    chart.categoryAxis.strokeColor = RULE
    chart.barLabelFormat = "%d"
    chart.barLabels.fontName = kit.fonts.bold
    chart.barLabels.fontSize = SMALL
    chart.barLabels.fillColor = INK
    chart.barLabels.boxAnchor = "w"
    chart.barLabels.nudge = 8
    drawing.add(chart)
    step = chart.height / max(1, len(categories))
    for index, name in enumerate(categories):  # top to bottom, as shown
        y = chart.y + chart.height - step * (index + 0.5) - SMALL * 0.35
        drawing.add(_text(kit, chart.x - 5, y, name, "end"))
    return drawing
