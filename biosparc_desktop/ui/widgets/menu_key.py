"""The menu key opens a list's context menu on its current row.

Qt hands a keyboard context menu to the list itself, not to its viewport, at the
current row's place in the list's own coordinates; the row menus read points in the
viewport's coordinates (as a right-click gives them), so below a header the menu key
took the row under the current one. This filter gives them the current row's point in
the viewport, scrolled into view.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPoint, Qt
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtWidgets import QAbstractItemView


class _MenuKeyOnCurrentRow(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            isinstance(watched, QAbstractItemView)
            and isinstance(event, QContextMenuEvent)
            and event.reason() == QContextMenuEvent.Reason.Keyboard
            and watched.contextMenuPolicy() == Qt.ContextMenuPolicy.CustomContextMenu
        ):
            index = watched.currentIndex()
            if index.isValid():
                watched.scrollTo(index)
                rect = watched.visualRect(index)
                x = min(max(rect.center().x(), 0), watched.viewport().width() - 1)
                watched.customContextMenuRequested.emit(QPoint(x, rect.center().y()))
            return True
        return super().eventFilter(watched, event)


def menu_key_on_current_row(view: QAbstractItemView) -> None:
    """Make the menu key open ``view``'s row menu on its current row."""
    view.installEventFilter(_MenuKeyOnCurrentRow(view))
