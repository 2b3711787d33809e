"""Every allowed and every refused status move."""

from __future__ import annotations

import itertools

import pytest

from biosparc_desktop.domain.enums import AgreementStatus as S
from biosparc_desktop.domain.rules.agreement_status import ALLOWED_MOVES, check_move
from biosparc_desktop.errors import Conflict

ALLOWED = [
    (S.DRAFT, S.NEGOTIATING),
    (S.DRAFT, S.ABANDONED),
    (S.NEGOTIATING, S.AWAITING_SIGNATURE),
    (S.NEGOTIATING, S.ABANDONED),
    (S.AWAITING_SIGNATURE, S.SIGNED),
    (S.AWAITING_SIGNATURE, S.NEGOTIATING),
    (S.ABANDONED, S.NEGOTIATING),
    (S.SIGNED, S.ACTIVE),
    (S.ACTIVE, S.EXPIRED),
    (S.ACTIVE, S.TERMINATED),
]
REFUSED = [pair for pair in itertools.product(S, S) if pair not in ALLOWED]


def test_table_matches_the_lifecycle() -> None:
    assert sorted((a, b) for a, targets in ALLOWED_MOVES.items() for b in targets) == sorted(
        ALLOWED
    )


@pytest.mark.parametrize(("current", "target"), ALLOWED)
def test_allowed(current: S, target: S) -> None:
    check_move(current, target)


@pytest.mark.parametrize(("current", "target"), REFUSED)
def test_refused_with_a_message(current: S, target: S) -> None:
    with pytest.raises(Conflict) as info:
        check_move(current, target)
    assert info.value.message.startswith(f"An agreement that is “{current.label}” cannot move")


def test_closed_status_says_so() -> None:
    with pytest.raises(Conflict, match="it is closed and cannot move any further"):
        check_move(S.EXPIRED, S.ACTIVE)
    with pytest.raises(Conflict, match="it can only move to “Negotiating” or “Abandoned”"):
        check_move(S.DRAFT, S.SIGNED)
    with pytest.raises(Conflict, match="it can only move to “Active”"):
        check_move(S.SIGNED, S.TERMINATED)


def test_reached_from() -> None:
    from biosparc_desktop.domain.rules.agreement_status import reached_from

    assert reached_from(S.NEGOTIATING) == (S.DRAFT, S.AWAITING_SIGNATURE, S.ABANDONED)
    assert reached_from(S.DRAFT) == ()
