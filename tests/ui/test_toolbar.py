"""The toolbar stays put: short fixed labels, the whole action in the tooltip, and every
button in view on a 1024-pixel screen, in both languages."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication, QToolButton

from biosparc_desktop.ui.app_state import AppState
from biosparc_desktop.ui.main_window import MainWindow

pytestmark = pytest.mark.gui


def _button(window: MainWindow, action) -> QToolButton:  # type: ignore[no-untyped-def]
    button = window.toolbar.widgetForAction(action)
    assert isinstance(button, QToolButton)
    return button


def test_undo_and_redo_keep_short_labels_with_the_action_in_the_tooltip(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, confirmations: list[str]
) -> None:
    undo, redo = _button(window, window.undo_action), _button(window, window.redo_action)
    assert (undo.text(), redo.text()) == ("Undo", "Redo")
    assert window.undo_action.toolTip() == "Nothing to undo"
    width = undo.width()
    window.show_view("partners")
    window.delete_action.trigger()
    assert undo.text() == "Undo"
    assert window.undo_action.toolTip().startswith("Undo: Delete partner ")
    assert window.undo_action.toolTip().endswith("(Ctrl+Z)")
    assert window.undo_action.text().startswith("&Undo Delete partner ")  # the menu says it all
    qtbot.waitUntil(lambda: undo.width() == width)  # the button did not grow
    window.undo_action.trigger()
    assert redo.text() == "Redo" and window.redo_action.toolTip().startswith("Redo: Delete partner")


def _all_buttons_in_view(window: MainWindow) -> None:
    window.resize(1024, 700)
    QApplication.processEvents()
    toolbar = window.toolbar
    for action in (window.undo_action, window.redo_action, window.delete_action):
        button = _button(window, action)
        assert button.isVisible(), action.iconText()
        assert toolbar.rect().contains(button.geometry()), action.iconText()


def test_delete_stays_in_view_at_1024_pixels(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    _all_buttons_in_view(window)
    assert _button(window, window.delete_action).text() == "Delete"


def test_in_chinese_too(qtbot, chinese: QLocale, state: AppState) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow(state, debounce_ms=0)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    _all_buttons_in_view(window)
    assert _button(window, window.undo_action).text() == "撤销"
    assert _button(window, window.delete_action).text() == "删除"


@pytest.mark.parametrize(
    ("label", "chinese_text"),
    [
        ("Restore contact Zhang Wei", "恢复联系人 Zhang Wei"),
        ("Restore partner Mirxes", "恢复合作伙伴 Mirxes"),
        ("Restore follow-up Send the deck", "恢复跟进事项 Send the deck"),
        (
            "Delete partner National Cancer Centre Singapore",
            "删除合作伙伴 National Cancer Centre Singapore",
        ),
        ("Undo Delete contact Tan Wei Ming", None),
    ],
)
def test_undo_labels_have_no_english_words_in_chinese(  # type: ignore[no-untyped-def]
    chinese: QLocale, label: str, chinese_text: str | None
) -> None:
    from biosparc_desktop.ui.i18n import action_text

    text = action_text(label)
    if chinese_text is not None:
        assert text == chinese_text
    else:
        assert "Delete" not in text and "Undo" not in text and "Tan Wei Ming" in text
