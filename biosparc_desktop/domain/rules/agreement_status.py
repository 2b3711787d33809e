"""The agreement lifecycle: which status moves are allowed.

Forward from draft to active and on to expired or terminated; back from
awaiting signature to negotiating (the other side asks for changes); a draft or
a negotiation can be abandoned, and an abandoned agreement reopened.
"""

from __future__ import annotations

from biosparc_desktop.domain.enums import AgreementStatus as S
from biosparc_desktop.domain.sentences import translatable
from biosparc_desktop.errors import Conflict

ALLOWED_MOVES: dict[S, tuple[S, ...]] = {
    S.DRAFT: (S.NEGOTIATING, S.ABANDONED),
    S.NEGOTIATING: (S.AWAITING_SIGNATURE, S.ABANDONED),
    S.AWAITING_SIGNATURE: (S.SIGNED, S.NEGOTIATING),
    S.SIGNED: (S.ACTIVE,),
    S.ACTIVE: (S.EXPIRED, S.TERMINATED),
    S.EXPIRED: (),
    S.TERMINATED: (),
    S.ABANDONED: (S.NEGOTIATING,),  # reopened
}
# Moves that end an agreement early: the user confirms them and gives a reason.
ENDING_MOVES = frozenset({S.TERMINATED, S.ABANDONED})
# Moves that happen on a day the user names (today unless told otherwise).
DATED_MOVES = frozenset({S.SIGNED, S.ACTIVE})


def next_statuses(current: S) -> tuple[S, ...]:
    return ALLOWED_MOVES[current]


def reached_from(target: S) -> tuple[S, ...]:
    """The statuses from which ``target`` can be reached (to say why a move is not offered)."""
    return tuple(source for source, moves in ALLOWED_MOVES.items() if target in moves)


def check_move(current: S, target: S) -> None:
    allowed = ALLOWED_MOVES[current]
    if target in allowed:
        return
    if not allowed:
        template = translatable(
            "An agreement that is “{status}” cannot move to “{target_status}”:"
            " it is closed and cannot move any further."
        )
    elif len(allowed) == 1:
        template = translatable(
            "An agreement that is “{status}” cannot move to “{target_status}”:"
            " it can only move to “{next_status}”."
        )
    else:  # no status has more than two ways on (see ALLOWED_MOVES)
        template = translatable(
            "An agreement that is “{status}” cannot move to “{target_status}”:"
            " it can only move to “{next_status}” or “{other_status}”."
        )
    raise Conflict.of(
        template,
        field="status",
        status=current.label,
        target_status=target.label,
        next_status=allowed[0].label if allowed else "",
        other_status=allowed[-1].label if allowed else "",
    )
