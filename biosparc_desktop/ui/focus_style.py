"""Focus outlines a keyboard user can see.

Fusion marks the focused widget with a faint line in a shade of the button colour,
and draws item views' focus rectangles only just after a Tab; on a light palette the
focused button or list row is hard to find. This style, Fusion underneath, draws a
two-pixel outline in the accent colour around the focused push button, and the focus
rectangle of list rows, check boxes and radio buttons as a clear solid frame (white
on a selected row, which is already in the accent colour).
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPalette, QPen
from PySide6.QtWidgets import QProxyStyle, QStyle, QStyleFactory, QStyleOption, QWidget

FOCUS_WIDTH = 2


class FocusStyle(QProxyStyle):
    def __init__(self, accent: QColor, base: str = "Fusion") -> None:
        # The base style made here and handed over (QProxyStyle("Fusion"), by its key,
        # makes PySide abort at exit once other windows have come and gone).
        super().__init__(QStyleFactory.create(base))
        self.accent = QColor(accent)

    def drawPrimitive(
        self,
        element: QStyle.PrimitiveElement,
        option: QStyleOption,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        if element == QStyle.PrimitiveElement.PE_FrameFocusRect:
            selected = bool(option.state & QStyle.StateFlag.State_Selected)
            colour = (
                option.palette.color(QPalette.ColorRole.HighlightedText)
                if selected
                else self.accent
            )
            self._frame(painter, QRectF(option.rect), colour, radius=1.5)
            return
        super().drawPrimitive(element, option, painter, widget)

    def drawControl(
        self,
        element: QStyle.ControlElement,
        option: QStyleOption,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        super().drawControl(element, option, painter, widget)
        if element == QStyle.ControlElement.CE_PushButton and (
            option.state & QStyle.StateFlag.State_HasFocus
        ):
            self._frame(painter, QRectF(option.rect).adjusted(0.5, 0.5, -0.5, -0.5), self.accent)

    @staticmethod
    def _frame(painter: QPainter, rect: QRectF, colour: QColor, radius: float = 3.0) -> None:
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pen = QPen(colour, FOCUS_WIDTH)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        half = FOCUS_WIDTH / 2
        painter.drawRoundedRect(rect.adjusted(half, half, -half, -half), radius, radius)
        painter.restore()
