"""The status moves of one agreement: the buttons offered, why others are not, and
what each move asks first (the day of signing or entry into force; a confirmation
and a reason for ending early)."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from biosparc_desktop.domain.enums import AgreementStatus as S
from biosparc_desktop.domain.rules.agreement_status import (
    DATED_MOVES,
    ENDING_MOVES,
    next_statuses,
    reached_from,
)
from biosparc_desktop.services.agreements import AgreementRow
from biosparc_desktop.ui.app_state import AppState
from biosparc_desktop.ui.dialogs import date_prompt, delete_confirm
from biosparc_desktop.ui.i18n import label, translate
from biosparc_desktop.ui.widgets.chips import clear_layout


def move_text(current: S, target: S) -> str:
    """The button for a move: "Back to negotiating", "Reopen", "Terminate…"."""
    if target is S.NEGOTIATING and current is S.AWAITING_SIGNATURE:
        return translate("AgreementMoves", "Back to negotiating")
    if target is S.NEGOTIATING and current is S.ABANDONED:
        return translate("AgreementMoves", "Reopen")
    if target is S.ABANDONED:
        return translate("AgreementMoves", "Abandon…")
    if target is S.TERMINATED:
        return translate("AgreementMoves", "Terminate…")
    if target in DATED_MOVES:
        return translate("AgreementMoves", "{status}…").format(status=label(target))
    return label(target)


def why_not(current: S, target: S) -> str:
    """Why ``target`` is not offered from ``current``, in a line."""
    if not next_statuses(current):
        return translate(
            "AgreementMoves", "“{status}” is closed: the agreement moves no further."
        ).format(status=label(current))
    sources = [
        translate("AgreementMoves", "“{status}”").format(status=label(s))
        for s in reached_from(target)
    ]
    if not sources:
        return translate("AgreementMoves", "{target}: only where an agreement starts.").format(
            target=label(target)
        )
    return translate("AgreementMoves", "{target}: only from {sources}.").format(
        target=label(target), sources=delete_confirm.join_words(sources)
    )


def not_offered(current: S) -> str:
    """The tooltip over the moves: each status not offered and why."""
    lines = [
        why_not(current, target)
        for target in S
        if target is not current and target not in next_statuses(current)
    ]
    if not next_statuses(current):
        return lines[0]
    return "\n".join([translate("AgreementMoves", "Not offered now:"), *lines])


class MoveButtons:
    """Fills ``row`` with the moves of the agreement shown and carries them out."""

    def __init__(self, state: AppState, row: QHBoxLayout, parent: QWidget) -> None:
        self.state = state
        self.row = row
        self.parent = parent
        self.buttons: dict[S, QPushButton] = {}
        self.caption = QLabel()

    def show(self, agreement: AgreementRow) -> None:
        clear_layout(self.row)
        self.buttons = {}
        current = agreement.status
        moves = next_statuses(current)
        self.caption = QLabel(
            translate("AgreementDetailPane", "Move to:")
            if moves
            else translate("AgreementMoves", "No further moves")
        )
        self.caption.setObjectName("moves_caption")
        self.caption.setToolTip(not_offered(current))
        self.row.addWidget(self.caption)
        for target in moves:
            button = QPushButton(move_text(current, target))
            button.setObjectName(f"move_{target.value}")
            button.setToolTip(not_offered(current))
            button.clicked.connect(lambda _c=False, t=target, a=agreement: self.move(a, t))
            self.row.addWidget(button)
            button.show()  # on the screen now, so the keyboard can go to it at once
            self.buttons[target] = button
        self.row.addStretch(1)

    def move(self, agreement: AgreementRow, target: S) -> None:
        on: date | None = None
        reason: str | None = None
        if target in DATED_MOVES:
            known = agreement.signed_on if target is S.SIGNED else agreement.effective_on
            on = date_prompt.ask_date(
                self.parent,
                translate("AgreementMoves", "Move to “{status}”").format(status=label(target)),
                translate("AgreementMoves", "Signed on which day?")
                if target is S.SIGNED
                else translate("AgreementMoves", "In force from which day?"),
                known or self.state.services.context.today(),
            )
            if on is None:
                return
        if target in ENDING_MOVES:
            reason = delete_confirm.ask_reason(
                self.parent,
                translate("AgreementMoves", "Terminate the agreement?")
                if target is S.TERMINATED
                else translate("AgreementMoves", "Abandon the agreement?"),
                translate(
                    "AgreementMoves",
                    "Move “{title}” to “{status}”? Give a reason; it is kept with the key"
                    " terms. Ctrl+Z undoes the move.",
                ).format(title=agreement.title, status=label(target)),
            )
            if reason is None:
                return
        self.state.attempt(
            self.parent,
            lambda: self.state.services.agreements.move_status(
                agreement.id, target, on=on, reason=reason or None
            ),
        )
