"""Status and stage shown as small coloured chips."""

from __future__ import annotations

from enum import Enum

from PySide6.QtGui import QColor
from PySide6.QtWidgets import QLabel, QLayout

from biosparc_desktop.domain.enums import AgreementStatus, RelationshipStage, TaskStatus
from biosparc_desktop.ui.i18n import label as enum_label

_COLOURS: dict[object, str] = {
    RelationshipStage.PROSPECT: "#8c959f",
    RelationshipStage.ENGAGED: "#0969da",
    RelationshipStage.NEGOTIATING: "#bf8700",
    RelationshipStage.PARTNER: "#1a7f37",
    RelationshipStage.DORMANT: "#6e7781",
    AgreementStatus.DRAFT: "#8c959f",
    AgreementStatus.NEGOTIATING: "#bf8700",
    AgreementStatus.AWAITING_SIGNATURE: "#8250df",
    AgreementStatus.SIGNED: "#0969da",
    AgreementStatus.ACTIVE: "#1a7f37",
    AgreementStatus.EXPIRED: "#6e7781",
    AgreementStatus.TERMINATED: "#cf222e",
    AgreementStatus.ABANDONED: "#6e7781",
    TaskStatus.OPEN: "#0969da",
    TaskStatus.DONE: "#1a7f37",
    TaskStatus.CANCELLED: "#6e7781",
}


def chip_colour(value: object) -> QColor:
    return QColor(_COLOURS.get(value, "#6e7781"))


def chip(value: object, text: str | None = None) -> QLabel:
    if text is None:
        text = enum_label(value) if isinstance(value, Enum) else str(value)
    label = QLabel(text)
    colour = _COLOURS.get(value, "#6e7781")
    label.setStyleSheet(
        f"QLabel {{ color: white; background: {colour}; border-radius: 8px;"
        " padding: 1px 8px; font-size: 11px; font-weight: bold; }"
    )
    return label


def clear_layout(layout: QLayout) -> None:
    """Remove a row of chips or buttons before it is filled again."""
    while layout.count():
        item = layout.takeAt(0)
        widget = item.widget() if item is not None else None
        if widget is not None:
            widget.hide()  # gone from the screen now, not at the next event loop turn
            widget.deleteLater()
