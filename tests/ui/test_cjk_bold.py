"""Bold headings are bold in Chinese too: the glyphs drawn, not just the weight asked for.

A weight of 600 is not drawn bold by a CJK font without a semibold face (fontconfig
emboldens only from 700), so headings ask for bold and the test counts inked pixels.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter
from PySide6.QtWidgets import QLabel

from biosparc_desktop.ui.main_window import MainWindow

pytestmark = pytest.mark.gui

SAMPLE = "合作伙伴协议跟进"


def inked(font: QFont) -> int:
    """How many pixels the sample covers when drawn in ``font``."""
    image = QImage(600, 80, QImage.Format.Format_Grayscale8)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setFont(font)
    painter.setPen(QColor("black"))
    painter.drawText(image.rect(), int(Qt.AlignmentFlag.AlignCenter), SAMPLE)
    painter.end()
    data = image.constBits().tobytes()
    return sum(1 for i in range(0, len(data)) if data[i] < 128)


def headings(window: MainWindow) -> dict[str, QLabel]:
    return {
        "today": window.today.heading,
        "today section": window.today.overdue.title,
        "partner": window.partners.detail.title,
        "agreement": window.agreements.detail.title,
        "contact": window.contacts.card.name,
        "event": window.events.detail.title,  # type: ignore[attr-defined]
    }


def test_headings_draw_chinese_in_bold(window: MainWindow) -> None:
    for name, label in headings(window).items():
        label.ensurePolished()
        font = QFont(label.font())
        assert font.weight() >= QFont.Weight.Bold, name
        regular = QFont(font)
        regular.setWeight(QFont.Weight.Normal)
        assert inked(font) > 1.15 * inked(regular), f"{name}: Chinese is not drawn bold"
