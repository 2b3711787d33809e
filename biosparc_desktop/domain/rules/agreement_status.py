"""The agreement lifecycle: which status moves are allowed."""

from __future__ import annotations

from biosparc_desktop.domain.enums import AgreementStatus as S
from biosparc_desktop.errors import Conflict

ALLOWED_MOVES: dict[S, tuple[S, ...]] = {
    S.DRAFT: (S.NEGOTIATING,),
    S.NEGOTIATING: (S.AWAITING_SIGNATURE,),
    S.AWAITING_SIGNATURE: (S.SIGNED,),
    S.SIGNED: (S.ACTIVE,),
    S.ACTIVE: (S.EXPIRED, S.TERMINATED),
    S.EXPIRED: (),
    S.TERMINATED: (),
}


def next_statuses(current: S) -> tuple[S, ...]:
    return ALLOWED_MOVES[current]


def check_move(current: S, target: S) -> None:
    if target not in ALLOWED_MOVES[current]:
        allowed = ALLOWED_MOVES[current]
        hint = (
            "it can only move to " + " or ".join(f"“{s.label}”" for s in allowed)
            if allowed
            else "it is closed and cannot move any further"
        )
        raise Conflict(
            f"An agreement that is “{current.label}” cannot move to “{target.label}”: {hint}.",
            field="status",
        )
