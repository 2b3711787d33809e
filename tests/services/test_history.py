"""A record's history includes the rows it owns: emails, tags, parties, attendees..."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event

from biosparc_desktop.domain.enums import PartyRole
from biosparc_desktop.services.agreements import AgreementDraft, PartyDraft
from biosparc_desktop.services.contacts import ContactDraft
from biosparc_desktop.services.events import EventDraft
from biosparc_desktop.services.history import Change
from biosparc_desktop.services.organisations import OrganisationDraft
from biosparc_desktop.services.registry import Services


def _owned(history: list[Change]) -> list[tuple[str, str, str | None]]:
    """(action, table, name) of the owned-row lines, newest first."""
    return [(c.action, c.entity, c.subject) for c in history if c.owned]


def test_a_contacts_emails_phones_and_tags_added_and_removed(services: Services) -> None:
    services.staff.use("Chen Yu")
    row = services.contacts.create(
        ContactDraft(
            given_name="Wei",
            family_name="Zhang",
            emails=("a@b.com", "z@x.cn"),
            phones=("+65 6436 8000",),
            tags=("vip",),
        )
    )
    services.staff.use("Li Na")
    services.contacts.update(
        row.id,
        ContactDraft(
            given_name="Wei",
            family_name="Zhang",
            emails=("z@x.cn", "new@x.cn"),
            phones=(),
            tags=("oncology",),
        ),
    )
    history = services.journal.history(row.id, "contact")
    owned = _owned(history)
    assert set(owned[:5]) == {  # the edit, newest
        ("insert", "contact_email", "new@x.cn"),
        ("delete", "contact_email", "a@b.com"),
        ("delete", "contact_phone", "+6564368000"),
        ("insert", "contact_tag", "oncology"),
        ("delete", "contact_tag", "vip"),
    }
    # The creation's rows are there too, after (older than) the edit's.
    assert owned.index(("insert", "contact_email", "a@b.com")) > owned.index(
        ("delete", "contact_email", "a@b.com")
    )
    removed = next(c for c in history if c.owned and c.action == "delete" and c.subject == "vip")
    assert removed.staff == "Li Na"
    assert removed.batch_label == "Edit contact Wei Zhang"
    # An unchanged email is not a change; the order of emails is not a line of its own.
    assert ("insert", "contact_email", "z@x.cn") in owned
    assert owned.count(("insert", "contact_email", "z@x.cn")) == 1
    assert not any(c.field == "position" for c in history)


def test_history_without_the_table_finds_the_record(services: Services) -> None:
    row = services.contacts.create(ContactDraft(given_name="Wei", emails=("a@b.com",)))
    assert services.journal.history(row.id) == services.journal.history(row.id, "contact")
    assert services.journal.history("no-such-id") == []


def test_an_organisations_tags(services: Services) -> None:
    org = services.organisations.create(OrganisationDraft(name="Mirxes", tags=("diagnostics",)))
    services.organisations.update(org.id, OrganisationDraft(name="Mirxes", tags=("partner",)))
    owned = _owned(services.journal.history(org.id, "organisation"))
    assert set(owned[:2]) == {
        ("delete", "organisation_tag", "diagnostics"),
        ("insert", "organisation_tag", "partner"),
    }
    assert owned[-1] == ("insert", "organisation_tag", "diagnostics")


def test_an_agreements_parties_signatories_obligations_items_and_documents(
    services: Services, tmp_path: Path
) -> None:
    s = services
    biosparc = s.organisations.create(OrganisationDraft(name="Biosparc"))
    novagen = s.organisations.create(OrganisationDraft(name="NovaGen"))
    nccs = s.organisations.create(OrganisationDraft(name="NCCS"))
    signer = s.contacts.create(ContactDraft(given_name="Wei", family_name="Zhang"))
    draft = AgreementDraft(
        title="Research MoU",
        parties=(PartyDraft(biosparc.id, PartyRole.BIOSPARC), PartyDraft(nccs.id)),
    )
    agreement = s.agreements.create(draft)
    s.agreements.update(
        agreement.id,
        AgreementDraft(
            title="Research MoU",
            parties=(
                PartyDraft(biosparc.id, PartyRole.BIOSPARC),
                PartyDraft(novagen.id, PartyRole.CO_SIGNATORY),
            ),
            signatory_ids=(signer.id,),
        ),
    )
    obligation = s.agreements.add_obligation(agreement.id, "Deliver the first report")
    s.agreements.set_obligation_done(obligation.id, True)
    s.agreements.add_cooperation_item(agreement.id, "Joint cohort study")
    source = tmp_path / "mou.pdf"
    source.write_bytes(b"%PDF-1.4 test")
    document = s.agreements.attach_document(agreement.id, source)
    s.agreements.remove_document(document.id)

    history = s.journal.history(agreement.id, "agreement")
    owned = _owned(history)
    assert ("insert", "agreement_party", "NovaGen") in owned
    assert ("delete", "agreement_party", "NCCS") in owned
    assert ("insert", "signatory", "Wei Zhang") in owned
    assert ("insert", "obligation", "Deliver the first report") in owned
    assert ("update", "obligation", "Deliver the first report") in owned
    assert ("insert", "cooperation_item", "Joint cohort study") in owned
    assert owned[:2] == [
        ("delete", "agreement_document", "mou.pdf"),
        ("insert", "agreement_document", "mou.pdf"),
    ]
    party = next(c for c in history if c.owned and c.subject == "NovaGen")
    assert party.new_value["role"] == "co_signatory"  # the row as added, for the role's label
    ticked = next(c for c in history if c.owned and c.action == "update")
    assert (ticked.field, ticked.old_value, ticked.new_value) == ("done", False, True)


def test_an_events_attendees_and_links(services: Services) -> None:
    s = services
    a = s.contacts.create(ContactDraft(given_name="Wei", family_name="Zhang"))
    b = s.contacts.create(ContactDraft(given_name="Na", family_name="Li"))
    org = s.organisations.create(OrganisationDraft(name="NCCS"))
    event = s.events.create(EventDraft(name="Signing", held_on="2026-12-01", attendee_ids=(a.id,)))
    s.events.update(
        event.id,
        EventDraft(
            name="Signing", held_on="2026-12-01", attendee_ids=(b.id,), organisation_ids=(org.id,)
        ),
    )
    owned = _owned(s.journal.history(event.id, "event"))
    assert ("delete", "event_attendee", "Wei Zhang") in owned
    assert ("insert", "event_attendee", "Na Li") in owned
    assert ("insert", "event_organisation", "NCCS") in owned


def test_a_row_moved_by_a_merge_shows_on_both_sides(services: Services) -> None:
    s = services
    old = s.organisations.create(OrganisationDraft(name="Mirxes"))
    new = s.organisations.create(OrganisationDraft(name="NCCS"))
    keep = s.contacts.create(ContactDraft(given_name="Wei", family_name="Zhang"))
    other = s.contacts.create(
        ContactDraft(given_name="Wei", family_name="Zhang", organisation_id=old.id)
    )
    # Moving to another organisation keeps a past position at the old one.
    s.contacts.update(
        other.id, ContactDraft(given_name="Wei", family_name="Zhang", organisation_id=new.id)
    )
    s.merging.merge("contact", keep.id, other.id)
    kept = _owned(s.journal.history(keep.id, "contact"))
    gone = _owned(s.journal.history(other.id, "contact"))
    assert ("move_in", "affiliation", "Mirxes") in kept
    assert ("move_out", "affiliation", "Mirxes") in gone
    # Before it moved, the position was the other contact's: not in the kept one's history.
    assert ("insert", "affiliation", "Mirxes") not in kept
    assert ("insert", "affiliation", "Mirxes") in gone


def test_a_removed_name_shows_even_when_the_linked_record_is_gone(services: Services) -> None:
    contact = services.contacts.create(ContactDraft(given_name="Wei", tags=("vip",)))
    services.contacts.update(contact.id, ContactDraft(given_name="Wei"))
    owned = _owned(services.journal.history(contact.id, "contact"))
    assert owned[0] == ("delete", "contact_tag", "vip")


def test_history_reads_only_through_indexes(services: Services) -> None:
    """Hundreds of changes stay instant: no query of history() scans the journal."""
    s = services
    row = s.contacts.create(ContactDraft(given_name="Wei", emails=("a@b.com",)))
    for n in range(30):
        s.contacts.update(
            row.id, ContactDraft(given_name="Wei", title=f"Director {n}", emails=(f"{n}@b.com",))
        )
    statements: list[tuple[str, Any]] = []
    engine = s.context.session_factory.kw["bind"]

    def capture(_conn: Any, _cursor: Any, statement: str, params: Any, *_: Any) -> None:
        if "change_entry" in statement and statement.lstrip().upper().startswith("SELECT"):
            statements.append((statement, params))

    event.listen(engine, "before_cursor_execute", capture)
    try:
        history = s.journal.history(row.id, "contact")
    finally:
        event.remove(engine, "before_cursor_execute", capture)
    assert len([c for c in history if c.field == "title"]) == 30
    assert len([c for c in history if c.owned]) == 61  # 31 emails added, 30 removed
    assert statements
    with engine.connect() as connection:
        for statement, params in statements:
            plan = " ".join(
                str(row[-1])
                for row in connection.exec_driver_sql(f"EXPLAIN QUERY PLAN {statement}", params)
            )
            assert "SCAN change_entry" not in plan, plan


@pytest.mark.parametrize("kind", ["contact", "organisation"])
def test_own_changes_are_not_marked_owned(services: Services, kind: str) -> None:
    if kind == "contact":
        row_id = services.contacts.create(ContactDraft(given_name="Wei")).id
    else:
        row_id = services.organisations.create(OrganisationDraft(name="Mirxes")).id
    (created,) = services.journal.history(row_id, kind)
    assert (created.action, created.entity, created.owned, created.subject) == (
        "insert",
        kind,
        False,
        None,
    )
