"""The value beside a caption in a detail pane ("Owner: Priya Nair", a website link)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QLabel, QWidget

_BY_MOUSE = Qt.TextInteractionFlag.TextSelectableByMouse | (
    Qt.TextInteractionFlag.LinksAccessibleByMouse
)


class _LinkLabel(QLabel):
    """A value holding one link: Tab and Shift+Tab leave it like any field (a QLabel
    steps from link to link, and Shift+Tab on its only link never got out)."""

    def focusNextPrevChild(self, next: bool) -> bool:
        return QWidget.focusNextPrevChild(self, next)


def fact_label(value: str) -> QLabel:
    """A wrapped value that can be selected with the mouse and whose link opens in the
    browser. Only a value with a link takes the keyboard: Tab stops at the website, not
    at every owner and city on its way from the buttons to the lists."""
    has_link = "<a " in value
    text = _LinkLabel(value) if has_link else QLabel(value)
    text.setWordWrap(True)  # a narrow pane wraps long values instead of cutting them
    text.setOpenExternalLinks(True)
    flags = _BY_MOUSE
    if has_link:
        flags |= Qt.TextInteractionFlag.LinksAccessibleByKeyboard
    text.setTextInteractionFlags(flags)
    return text


def add_fact(form: QFormLayout, caption: str, value: str, *, tab_before: QWidget) -> QLabel:
    """Add a caption and its value to a detail pane's facts. A link is put in the Tab
    order just before ``tab_before`` (the pane's first button), where it is on screen,
    rather than after everything made when the window was built."""
    text = fact_label(value)
    form.addRow(caption, text)
    if text.focusPolicy() == Qt.FocusPolicy.NoFocus:
        return text
    before = focus_stop_before(tab_before)
    if before is not None:
        QWidget.setTabOrder(before, text)
    return text


def focus_stop_before(widget: QWidget) -> QWidget | None:
    """The widget before ``widget`` in the Tab order that takes focus (Qt's setTabOrder
    ignores a first widget that takes none), passing over widgets removed from the
    screen and not yet deleted."""
    before = widget.previousInFocusChain()
    while before is not None and before is not widget:
        if before.focusPolicy() != Qt.FocusPolicy.NoFocus and not before.isHidden():
            return before
        before = before.previousInFocusChain()
    return None
