"""The agreement's status moves in its detail pane: what is offered, why the rest is
not, the date asked for signing and entry into force, and a reason for ending early."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QWidget

from biosparc_desktop.domain.enums import AgreementStatus as S
from biosparc_desktop.services.agreements import AgreementQuery
from biosparc_desktop.ui.app_state import AppState
from biosparc_desktop.ui.dialogs import date_prompt, delete_confirm
from biosparc_desktop.ui.dialogs.date_prompt import ask_date as real_ask_date
from biosparc_desktop.ui.views.agreement_detail import AgreementDetailPane

pytestmark = pytest.mark.gui


@pytest.fixture
def pane(qtbot, state: AppState) -> AgreementDetailPane:  # type: ignore[no-untyped-def]
    widget = AgreementDetailPane(state)
    qtbot.addWidget(widget)
    widget.show()
    return widget


@pytest.fixture
def asked(monkeypatch: pytest.MonkeyPatch) -> dict[str, list[object]]:
    """The date and reason questions: what they said, and the answers to give."""
    record: dict[str, list[object]] = {
        "dates": [],
        "reasons": [],
        "date_answers": [],
        "reason_answers": [],
    }

    def ask_date(_parent: QWidget | None, title: str, text: str, default: date) -> object:
        record["dates"].append((title, text, default))
        return record["date_answers"].pop(0)

    def ask_reason(_parent: QWidget | None, title: str, text: str) -> object:
        record["reasons"].append((title, text))
        return record["reason_answers"].pop(0)

    monkeypatch.setattr(date_prompt, "ask_date", ask_date)
    monkeypatch.setattr(delete_confirm, "ask_reason", ask_reason)
    return record


def _one(state: AppState, status: S) -> str:
    return state.services.agreements.rows(AgreementQuery(status=status), limit=1)[0].id


def test_terminating_asks_for_confirmation_and_a_reason(  # type: ignore[no-untyped-def]
    qtbot, state: AppState, pane: AgreementDetailPane, asked
) -> None:
    active = _one(state, S.ACTIVE)
    pane.show_agreement(active)
    assert pane.move_buttons[S.TERMINATED].text() == "Terminate…"
    asked["reason_answers"] += [None, "Funding withdrawn by the partner"]
    pane.move_buttons[S.TERMINATED].click()  # cancelled: nothing moves
    assert state.services.agreements.get(active).status is S.ACTIVE
    title, text = asked["reasons"][0]  # type: ignore[misc]
    assert title == "Terminate the agreement?"
    assert text == (
        "Move “Mutual NDA: Biosparc and Mirxes (sample)” to “Terminated”? Give a reason;"
        " it is kept with the key terms. Ctrl+Z undoes the move."
    )
    pane.move_buttons[S.TERMINATED].click()
    row = state.services.agreements.get(active)
    assert row.status is S.TERMINATED
    assert (row.key_terms or "").endswith("Terminated 2026-11-27: Funding withdrawn by the partner")
    assert state.undo_label() == "Move agreement to Terminated"


def test_signing_asks_for_the_day_with_today_filled_in(  # type: ignore[no-untyped-def]
    qtbot, state: AppState, pane: AgreementDetailPane, asked
) -> None:
    negotiating = _one(state, S.NEGOTIATING)
    state.services.agreements.move_status(negotiating, S.AWAITING_SIGNATURE)
    pane.show_agreement(negotiating)
    assert {t: b.text() for t, b in pane.move_buttons.items()} == {
        S.SIGNED: "Signed…",
        S.NEGOTIATING: "Back to negotiating",
    }
    asked["date_answers"].append(date(2026, 11, 25))
    pane.move_buttons[S.SIGNED].click()
    assert asked["dates"] == [("Move to “Signed”", "Signed on which day?", date(2026, 11, 27))]
    row = state.services.agreements.get(negotiating)
    assert row.status is S.SIGNED and row.signed_on == date(2026, 11, 25)


def test_back_to_negotiating_then_abandon_and_reopen(  # type: ignore[no-untyped-def]
    qtbot, state: AppState, pane: AgreementDetailPane, asked
) -> None:
    agreement = _one(state, S.NEGOTIATING)
    state.services.agreements.move_status(agreement, S.AWAITING_SIGNATURE)
    pane.show_agreement(agreement)
    state.data_changed.connect(pane.refresh)  # as the window does after every change
    pane.move_buttons[S.NEGOTIATING].click()
    qtbot.waitUntil(lambda: S.ABANDONED in pane.move_buttons)
    assert pane.move_buttons[S.ABANDONED].text() == "Abandon…"
    asked["reason_answers"].append("")  # OK without a reason
    pane.move_buttons[S.ABANDONED].click()
    assert state.services.agreements.get(agreement).status is S.ABANDONED
    qtbot.waitUntil(lambda: list(pane.move_buttons) == [S.NEGOTIATING])
    assert pane.move_buttons[S.NEGOTIATING].text() == "Reopen"
    pane.move_buttons[S.NEGOTIATING].click()
    assert state.services.agreements.get(agreement).status is S.NEGOTIATING


def test_moves_not_offered_say_why(qtbot, state: AppState, pane: AgreementDetailPane) -> None:  # type: ignore[no-untyped-def]
    pane.show_agreement(_one(state, S.NEGOTIATING))
    assert set(pane.move_buttons) == {S.AWAITING_SIGNATURE, S.ABANDONED}
    tip = pane._moves.caption.toolTip()
    assert tip.startswith("Not offered now:")
    assert "Signed: only from “Awaiting signature”." in tip
    assert "Active: only from “Signed”." in tip
    assert "Terminated: only from “Active”." in tip
    assert "Draft: only where an agreement starts." in tip
    state.services.agreements.move_status(_one(state, S.ACTIVE), S.EXPIRED)
    pane.show_agreement(state.services.agreements.rows(AgreementQuery(status=S.EXPIRED))[0].id)
    assert pane.move_buttons == {}
    assert pane._moves.caption.text() == "No further moves"
    assert pane._moves.caption.toolTip() == "“Expired” is closed: the agreement moves no further."


def test_moves_in_chinese(
    qtbot, chinese: QLocale, state: AppState, pane: AgreementDetailPane
) -> None:  # type: ignore[no-untyped-def]
    pane.show_agreement(_one(state, S.NEGOTIATING))
    assert pane.move_buttons[S.ABANDONED].text() == "放弃…"
    tip = pane._moves.caption.toolTip()
    assert "已签署：只能从“待签署”转入。" in tip
    assert not any(word in tip for word in ("only", "Signed", "Not offered"))


def test_the_moves_come_first_in_the_tab_order_and_keep_the_keyboard(  # type: ignore[no-untyped-def]
    qtbot, window
) -> None:
    """Tab from the list reaches the moves under the title before the parties (they were
    made anew for each agreement and went to the end of the window's Tab order); after a
    move from the keyboard the cursor is on the next moves, not lost."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    state = window.state
    window.show_view("agreements")
    page = window.agreements.list
    page.select_id(_one(state, S.NEGOTIATING))
    pane = window.agreements.detail
    qtbot.waitUntil(lambda: all(b.isVisible() for b in pane.move_buttons.values()))
    page.table.setFocus()
    seen = []
    for _ in range(4):
        focused = QApplication.focusWidget()
        qtbot.keyClick(focused, Qt.Key.Key_Tab)
        seen.append(QApplication.focusWidget())
    moves = list(pane.move_buttons.values())
    assert len(moves) >= 2
    first_move = seen.index(moves[0])
    assert seen[first_move : first_move + 2] == moves[:2]
    assert pane.parties not in seen[:first_move]
    awaiting = pane.move_buttons[S.AWAITING_SIGNATURE]
    awaiting.setFocus()
    qtbot.keyClick(awaiting, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: pane.current.agreement.status is S.AWAITING_SIGNATURE)
    qtbot.waitUntil(lambda: all(b.isVisible() for b in pane.move_buttons.values()))
    focused = QApplication.focusWidget()
    assert focused in pane.move_buttons.values()
    assert focused.isVisible()


def test_the_keyboard_stays_on_the_moves_after_the_day_is_asked(  # type: ignore[no-untyped-def]
    qtbot, window, when_modal, monkeypatch
) -> None:
    """Signing asks for the day in a dialog; once it closes the cursor is on the next move
    (the button it came from is gone), not thrown back to the window's navigation."""
    from PySide6.QtCore import Qt

    monkeypatch.setattr(date_prompt, "ask_date", real_ask_date)
    window.activateWindow()
    qtbot.waitActive(window)
    window.show_view("agreements")
    agreement = _one(window.state, S.NEGOTIATING)
    window.state.services.agreements.move_status(agreement, S.AWAITING_SIGNATURE)
    window.agreements.list.select_id(agreement)
    window.agreements.detail.show_agreement(agreement)
    pane = window.agreements.detail
    sign = pane.move_buttons[S.SIGNED]
    sign.setFocus()
    when_modal(lambda dialog: qtbot.keyClick(dialog.editor, Qt.Key.Key_Return))
    qtbot.keyClick(sign, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: pane.current.agreement.status is S.SIGNED)
    # The window's own focus: where the cursor is once the window is active again.
    assert window.focusWidget() is pane.move_buttons[S.ACTIVE]
