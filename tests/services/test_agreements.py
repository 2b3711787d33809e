from __future__ import annotations

import hashlib
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from biosparc_desktop.domain.enums import AgreementStatus, PartyRole, ReviewCadence, TaskStatus
from biosparc_desktop.errors import Conflict, ValidationError
from biosparc_desktop.services.agreements import AgreementDraft, AgreementQuery, PartyDraft
from biosparc_desktop.services.organisations import OrganisationDraft
from biosparc_desktop.services.registry import Services
from biosparc_desktop.services.tasks import TaskQuery


@pytest.fixture
def parties(services: Services) -> tuple[PartyDraft, PartyDraft]:
    a = services.organisations.create(OrganisationDraft(name="Biosparc"))
    b = services.organisations.create(OrganisationDraft(name="NCCS"))
    return PartyDraft(a.id, PartyRole.BIOSPARC), PartyDraft(b.id, PartyRole.PARTNER)


def test_lifecycle_moves_and_dates(
    services: Services, parties: tuple[PartyDraft, PartyDraft]
) -> None:
    row = services.agreements.create(
        AgreementDraft(title="Research MoU", parties=parties, value="1,000,000", currency="cny")
    )
    assert row.status is AgreementStatus.DRAFT
    assert row.value == Decimal("1000000.00") and row.currency == "CNY"
    with pytest.raises(Conflict, match="cannot move to “Signed”"):
        services.agreements.move_status(row.id, AgreementStatus.SIGNED)
    for target in (
        AgreementStatus.NEGOTIATING,
        AgreementStatus.AWAITING_SIGNATURE,
        AgreementStatus.SIGNED,
    ):
        row = services.agreements.move_status(row.id, target)
    assert row.signed_on == date(2026, 11, 27)
    row = services.agreements.move_status(row.id, AgreementStatus.ACTIVE)
    assert row.effective_on == date(2026, 11, 27)
    assert services.agreements.detail(row.id).next_statuses == (
        AgreementStatus.EXPIRED,
        AgreementStatus.TERMINATED,
    )


def test_needs_two_parties_and_ordered_dates(
    services: Services, parties: tuple[PartyDraft, PartyDraft]
) -> None:
    with pytest.raises(ValidationError, match="at least two parties"):
        services.agreements.create(AgreementDraft(title="Solo", parties=parties[:1]))
    with pytest.raises(ValidationError, match="expiry date must be after the effective date"):
        services.agreements.create(
            AgreementDraft(
                title="X", parties=parties, effective_on="2026-01-01", expires_on="2025-12-31"
            )
        )
    assert services.agreements.count() == 0


def test_expiring_within(demo: Services) -> None:
    titles = [a.title for a in demo.agreements.rows(AgreementQuery(expiring_within_days=90))]
    assert titles == ["Mutual NDA: Biosparc and Mirxes (sample)"]


def test_obligations(services: Services, parties: tuple[PartyDraft, PartyDraft]) -> None:
    row = services.agreements.create(AgreementDraft(title="A", parties=parties))
    ob = services.agreements.add_obligation(row.id, "Send data", "2026-12-01", "Chen Yu")
    assert not ob.done
    assert services.agreements.set_obligation_done(ob.id, True).done
    assert services.agreements.detail(row.id).obligations[0].done


def test_review_cadence_creates_the_next_task(
    services: Services, parties: tuple[PartyDraft, PartyDraft]
) -> None:
    row = services.agreements.create(AgreementDraft(title="Strategic", parties=parties))
    services.agreements.add_cooperation_item(
        row.id, "Research", cadence=ReviewCadence.QUARTERLY, first_review_on=date(2026, 11, 30)
    )
    [first] = services.tasks.rows(TaskQuery(agreement_id=row.id))
    assert first.due_on == date(2026, 11, 30)
    follow = services.tasks.complete(first.id)
    assert follow is not None and follow.due_on == date(2027, 2, 28)
    assert services.tasks.get(first.id).status is TaskStatus.DONE
    assert [t.due_on for t in services.tasks.rows(TaskQuery(agreement_id=row.id))] == [
        date(2027, 2, 28)
    ]


def test_attach_document_copies_with_checksum(
    services: Services, parties: tuple[PartyDraft, PartyDraft], tmp_path: Path
) -> None:
    row = services.agreements.create(AgreementDraft(title="A", parties=parties))
    source = tmp_path / "signed copy 合同.pdf"
    source.write_bytes(b"%PDF-1.4 test")
    doc = services.agreements.attach_document(row.id, source)
    assert doc.filename == "signed copy 合同.pdf"
    assert doc.sha256 == hashlib.sha256(b"%PDF-1.4 test").hexdigest()
    copy = services.agreements.document_path(doc.id)
    assert copy.read_bytes() == b"%PDF-1.4 test"
    assert copy.parent == services.context.documents_dir
    with pytest.raises(ValidationError, match="is not a file"):
        services.agreements.attach_document(row.id, tmp_path / "missing.pdf")
