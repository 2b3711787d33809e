"""What the window remembers between runs besides its geometry: the navigation
splitter and each view's columns and splitter."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtWidgets import QSplitter, QWidget


def restore_views(settings: QSettings, splitter: QSplitter, views: Iterable[QWidget]) -> None:
    """Splitter sizes only mean something once the window has its real size: call on show."""
    state = settings.value("window/splitter")
    if isinstance(state, QByteArray):
        splitter.restoreState(state)
    for view in views:
        restore = getattr(view, "restore_state", None)
        if restore is not None:
            restore(settings)


def save_views(settings: QSettings, splitter: QSplitter, views: Iterable[QWidget]) -> None:
    settings.setValue("window/splitter", splitter.saveState())
    for view in views:
        save = getattr(view, "save_state", None)
        if save is not None:
            save(settings)
