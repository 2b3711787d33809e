"""Tabbed pages in a detail pane, for the keyboard."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTabWidget, QToolButton


def tab_pages() -> QTabWidget:
    """A tab widget whose tab bar scroll arrows are no Tab stops: when the tabs do not
    fit, the arrow keys on the tab bar choose the hidden ones, and Tab goes from the tab
    bar to the page (Qt made Tab stop on the right arrow first)."""
    tabs = QTabWidget()
    for arrow in tabs.tabBar().findChildren(QToolButton):
        arrow.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    return tabs
