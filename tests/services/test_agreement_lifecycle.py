"""The lifecycle as practised: back to negotiating, abandon and reopen, dated moves, reasons."""

from __future__ import annotations

from datetime import date

import pytest

from biosparc_desktop.domain.enums import AgreementStatus as S
from biosparc_desktop.domain.enums import PartyRole
from biosparc_desktop.errors import Conflict
from biosparc_desktop.services.agreements import AgreementDraft, AgreementQuery, PartyDraft
from biosparc_desktop.services.organisations import OrganisationDraft
from biosparc_desktop.services.registry import Services


@pytest.fixture
def draft_id(services: Services) -> str:
    a = services.organisations.create(OrganisationDraft(name="Biosparc"))
    b = services.organisations.create(OrganisationDraft(name="NCCS"))
    row = services.agreements.create(
        AgreementDraft(
            title="Research MoU",
            parties=(PartyDraft(a.id, PartyRole.BIOSPARC), PartyDraft(b.id, PartyRole.PARTNER)),
        )
    )
    return row.id


def test_back_from_awaiting_signature_to_negotiating(services: Services, draft_id: str) -> None:
    move = services.agreements.move_status
    move(draft_id, S.NEGOTIATING)
    move(draft_id, S.AWAITING_SIGNATURE)
    assert services.agreements.detail(draft_id).next_statuses == (S.SIGNED, S.NEGOTIATING)
    assert move(draft_id, S.NEGOTIATING).status is S.NEGOTIATING


def test_abandon_with_a_reason_then_reopen(services: Services, draft_id: str) -> None:
    move = services.agreements.move_status
    move(draft_id, S.NEGOTIATING)
    row = move(draft_id, S.ABANDONED, reason="The partner chose another park.")
    assert row.status is S.ABANDONED
    assert row.key_terms == "Abandoned 2026-11-27: The partner chose another park."
    assert services.agreements.detail(draft_id).next_statuses == (S.NEGOTIATING,)
    assert services.agreements.count(AgreementQuery(status=S.ABANDONED)) == 1
    history = services.journal.history(draft_id, "agreement")
    assert any(c.field == "status" and c.new_value == "abandoned" for c in history)
    assert move(draft_id, S.NEGOTIATING).status is S.NEGOTIATING  # reopened
    with pytest.raises(Conflict):
        move(draft_id, S.ACTIVE)


def test_signed_and_active_on_the_day_named(services: Services, draft_id: str) -> None:
    move = services.agreements.move_status
    move(draft_id, S.NEGOTIATING)
    move(draft_id, S.AWAITING_SIGNATURE)
    assert move(draft_id, S.SIGNED, on=date(2026, 11, 20)).signed_on == date(2026, 11, 20)
    row = move(draft_id, S.ACTIVE, on=date(2026, 12, 1))
    assert row.effective_on == date(2026, 12, 1)
    row = move(draft_id, S.TERMINATED, reason="Funding withdrawn")
    assert row.key_terms == "Terminated 2026-11-27: Funding withdrawn"
