"""One icon set for the whole app: Material Design Icons from qtawesome, drawn at any DPI."""

from __future__ import annotations

import qtawesome
from PySide6.QtGui import QIcon

from biosparc_desktop.ui import theme

_NAMES = {
    "today": "mdi6.calendar-today",
    "partners": "mdi6.domain",
    "contacts": "mdi6.account-multiple",
    "agreements": "mdi6.file-sign",
    "tasks": "mdi6.checkbox-marked-circle-outline",
    "events": "mdi6.calendar-star",
    "trash": "mdi6.delete-outline",
    "new": "mdi6.plus",
    "edit": "mdi6.pencil",
    "delete": "mdi6.delete",
    "undo": "mdi6.undo",
    "redo": "mdi6.redo",
    "search": "mdi6.magnify",
    "capture": "mdi6.lightning-bolt",
    "interaction": "mdi6.forum-outline",
    "followup": "mdi6.bell-plus-outline",
    "document": "mdi6.paperclip",
    "open": "mdi6.open-in-new",
    "pdf": "mdi6.file-pdf-box",
    "done": "mdi6.check",
    "refresh": "mdi6.refresh",
}


def icon(name: str) -> QIcon:
    color = "#d0d7de" if theme.is_dark() else "#424a53"
    # White when selected: the selection is drawn in the accent colour.
    result: QIcon = qtawesome.icon(
        _NAMES[name], color=color, color_active=theme.ACCENT.name(), color_selected="#ffffff"
    )
    return result
