"""Today's building blocks: a list that is as tall as its lines, and a titled section.

Each line carries the record it opens (kind, public id); a date or a count sits
right-aligned after the text, the way lists are scanned. A list has no scroll bar
of its own: the Today page scrolls as a whole. Up and Down move on from the last
line of one section to the first line of the next.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QFocusEvent, QFont, QKeyEvent, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QSizePolicy,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from biosparc_desktop.ui import theme

KIND = Qt.ItemDataRole.UserRole
KEY = Qt.ItemDataRole.UserRole + 1
RIGHT = Qt.ItemDataRole.UserRole + 2  # the right-aligned date or count
INDENT = Qt.ItemDataRole.UserRole + 3  # a line under the one before it (an attendee)
WARN = Qt.ItemDataRole.UserRole + 4
VIEW = "view"  # the kind of a "Show all" line: its key names the view to open
INDENT_PX = 22
GAP_PX = 16


class _LineDelegate(QStyledItemDelegate):
    """The line's text elided on the left, its date right-aligned in full."""

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        right = str(index.data(RIGHT) or "")
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        widget = opt.widget
        style = widget.style() if widget else None
        full = QRect(opt.rect)
        indent = INDENT_PX if index.data(INDENT) else 0
        right_width = opt.fontMetrics.horizontalAdvance(right) + GAP_PX if right else 0
        if style is not None:  # the row's background (and selection) across the whole width
            style.drawPrimitive(QStyle.PrimitiveElement.PE_PanelItemViewItem, opt, painter, widget)
        opt.rect = QRect(
            full.left() + indent, full.top(), full.width() - indent - right_width, full.height()
        )
        super().paint(painter, opt, index)
        if not right:
            return
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        if selected:
            color = opt.palette.color(QPalette.ColorRole.HighlightedText)
        elif index.data(WARN):
            color = theme.warning_color()
        else:
            color = opt.palette.color(QPalette.ColorRole.PlaceholderText)
        painter.save()
        painter.setPen(color)
        painter.setFont(opt.font)
        area = full.adjusted(0, 0, -6, 0)
        painter.drawText(
            area, int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter), right
        )
        painter.restore()

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        size = super().sizeHint(option, index)
        return QSize(size.width(), max(size.height(), option.fontMetrics.height() + 10))


class TodayList(QListWidget):
    """Lines that open records; exactly as tall as its lines."""

    def __init__(self, name: str) -> None:
        super().__init__()
        self.setObjectName(name)
        self.setItemDelegate(_LineDelegate(self))
        self.setUniformItemSizes(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.move_on: Callable[[TodayList, int], bool] | None = None

    def add(
        self,
        text: str,
        kind: str,
        key: str,
        *,
        right: str = "",
        checkable: bool = False,
        warn: bool = False,
        indent: bool = False,
        tooltip: str | None = None,
    ) -> QListWidgetItem:
        item = QListWidgetItem(text)
        item.setToolTip(tooltip or (f"{text}\n{right}" if right else text))
        item.setData(KIND, kind)
        item.setData(KEY, key)
        item.setData(RIGHT, right)
        item.setData(INDENT, indent)
        item.setData(WARN, warn)
        if checkable:
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
        if warn:
            item.setForeground(theme.warning_color())
        if kind == VIEW:
            font = item.font()
            font.setItalic(True)
            item.setFont(font)
            item.setForeground(theme.ACCENT)
        self.addItem(item)
        return item

    def fit(self) -> None:
        """As tall as its lines, so the page, not the list, scrolls."""
        rows = sum(self.sizeHintForRow(i) for i in range(self.count()))
        self.setFixedHeight(rows + 2 * self.frameWidth() + 2)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        row = self.currentRow()
        step = {Qt.Key.Key_Down: 1, Qt.Key.Key_Up: -1}.get(Qt.Key(event.key()))
        at_edge = (step == 1 and row == self.count() - 1) or (step == -1 and row <= 0)
        if step and at_edge and self.move_on is not None and self.move_on(self, step):
            return
        super().keyPressEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        if self.currentRow() < 0 and self.count():
            self.setCurrentRow(0)


class TodaySection(QWidget):
    """A bold title with its count, then its lines; when empty, one quiet line instead."""

    def __init__(self, name: str, title: str, empty_text: str) -> None:
        super().__init__()
        self.setObjectName(f"{name}_section")
        self.title = QLabel(title)
        self.title.setObjectName(f"{name}_title")
        font = QFont(self.title.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.1)
        self.title.setFont(font)
        self.list = TodayList(name)
        self.empty = QLabel(empty_text)
        self.empty.setObjectName(f"{name}_empty")
        self.empty.setWordWrap(True)
        self.empty.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 10)
        layout.setSpacing(4)
        layout.addWidget(self.title)
        layout.addWidget(self.list)
        layout.addWidget(self.empty)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def has_lines(self) -> bool:
        return self.list.count() > 0

    def finish(self, title: str) -> None:
        """Title it (with its count); collapse to the empty line when there is nothing."""
        self.title.setText(title)
        self.list.setVisible(self.has_lines())
        self.empty.setVisible(not self.has_lines())
        self.list.fit()
