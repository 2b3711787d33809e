"""The Today digest on a real SQLite file: what needs attention, in the order it needs it.

"Now" is 27 November 2026 (tests/conftest.py).
"""

from __future__ import annotations

from datetime import date

from biosparc_desktop.domain.enums import AgreementStatus, PartyRole, RelationshipStage
from biosparc_desktop.services.agreements import AgreementDraft, PartyDraft
from biosparc_desktop.services.contacts import ContactDraft
from biosparc_desktop.services.events import EventDraft
from biosparc_desktop.services.interactions import InteractionDraft
from biosparc_desktop.services.organisations import OrganisationDraft
from biosparc_desktop.services.registry import Services
from biosparc_desktop.services.tasks import TaskDraft
from biosparc_desktop.services.today import DueKind

TODAY = date(2026, 11, 27)


def test_demo_digest_overdue_first_then_this_week(demo: Services) -> None:
    digest = demo.today.digest()
    assert digest.today == TODAY
    assert [t.title for t in digest.overdue.rows] == [
        "Send NCCS the draft joint research plan",
        "Thank-you letters to the signing parties",
    ]
    assert all(t.due_on and t.due_on < TODAY for t in digest.overdue.rows)
    assert [t.due_on for t in digest.this_week.rows] == [date(2026, 11, 30), date(2026, 12, 4)]
    assert digest.overdue.total == 2 and digest.this_week.total == 2


def test_demo_digest_agreements_events_and_cold_partners(demo: Services) -> None:
    digest = demo.today.digest()
    [nda] = digest.agreements.rows
    assert nda.agreement.title == "Mutual NDA: Biosparc and Mirxes (sample)"
    assert (nda.kind, nda.on, nda.days(TODAY)) == (DueKind.RENEWAL_NOTICE, date(2026, 12, 12), 15)
    [review] = digest.events.rows
    assert review.event.name == "Joint committee review with NCCS (sample)"
    assert [a.name for a in review.attendees] == [
        "Sarah Lim",
        "Tan Wei Ming (陈伟明)",
        "Wang Li (王丽)",
    ]
    assert digest.going_cold.total == 5
    assert {c.days_quiet for c in digest.going_cold.rows} == {372}  # since 20 Nov 2025
    assert "Biosparc" not in {c.partner.name for c in digest.going_cold.rows}


def test_sections_stop_at_the_limit_and_count_the_rest(services: Services) -> None:
    for day in range(1, 13):
        services.tasks.create(TaskDraft(title=f"Late {day:02d}", due_on=date(2026, 11, day)))
    services.tasks.create(TaskDraft(title="Next month", due_on=date(2026, 12, 20)))
    services.tasks.create(TaskDraft(title="Whenever"))
    digest = services.today.digest(limit=5)
    assert [t.title for t in digest.overdue.rows] == [f"Late {d:02d}" for d in range(1, 6)]
    assert (digest.overdue.total, digest.overdue.more) == (12, 7)
    assert digest.this_week.rows == () and digest.this_week.total == 0


def test_agreements_by_the_date_that_asks_for_action(services: Services) -> None:
    us = services.organisations.create(OrganisationDraft(name="Biosparc"))
    them = services.organisations.create(OrganisationDraft(name="Mirxes"))
    parties = (PartyDraft(us.id, PartyRole.BIOSPARC), PartyDraft(them.id, PartyRole.PARTNER))

    def agreement(title: str, expires: str, notice_days: int | None) -> None:
        services.agreements.create(
            AgreementDraft(
                title=title,
                parties=parties,
                status=AgreementStatus.ACTIVE,
                signed_on="2025-01-01",
                effective_on="2025-01-01",
                expires_on=expires,
                renewal_notice_days=notice_days,
            )
        )

    agreement("Notice in January", "2027-03-01", 45)  # notice 15 Jan 2027
    agreement("Notice missed", "2026-12-20", 60)  # notice was 21 Oct 2026
    agreement("Expires soon, no notice", "2026-12-05", None)
    agreement("Far away", "2028-01-01", 30)
    due = services.today.agreements_due(TODAY)
    assert [(d.agreement.title, d.kind, d.on, d.notice_missed) for d in due] == [
        ("Expires soon, no notice", DueKind.EXPIRY, date(2026, 12, 5), False),
        ("Notice missed", DueKind.EXPIRY, date(2026, 12, 20), True),
        ("Notice in January", DueKind.RENEWAL_NOTICE, date(2027, 1, 15), False),
    ]


def test_events_show_live_attendees_in_name_order(services: Services) -> None:
    mei = services.contacts.create(ContactDraft(given_name="Mei", family_name="Lin"))
    ann = services.contacts.create(ContactDraft(given_name="Ann", family_name="Tay"))
    gone = services.contacts.create(ContactDraft(given_name="Bo", family_name="Xu"))
    services.events.create(EventDraft(name="Last year", held_on="2025-11-20"))
    forum = services.events.create(
        EventDraft(name="Forum", held_on="2026-12-01", attendee_ids=(mei.id, ann.id, gone.id))
    )
    services.events.create(EventDraft(name="Later", held_on="2027-02-01"))
    services.contacts.delete(gone.id)
    section = services.today.upcoming_events(limit=1)
    assert section.total == 2 and section.more == 1
    [first] = section.rows
    assert first.event.id == forum.id
    assert [a.name for a in first.attendees] == ["Ann Tay", "Mei Lin"]


def test_a_partner_warms_up_after_an_interaction(services: Services) -> None:
    quiet = services.organisations.create(
        OrganisationDraft(name="Quiet Bio", stage=RelationshipStage.PARTNER)
    )
    services.organisations.create(
        OrganisationDraft(name="Prospect", stage=RelationshipStage.PROSPECT)
    )
    digest = services.today.digest()
    assert [(c.partner.name, c.days_quiet) for c in digest.going_cold.rows] == [("Quiet Bio", None)]
    services.interactions.log(
        InteractionDraft(summary="Catch-up call", organisation_ids=(quiet.id,))
    )
    assert services.today.digest().going_cold.total == 0
    assert services.interactions.quiet_partner_count() == 0
