"""Importing contact files: what lands, in one transaction and one undoable action."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

import pytest
from sqlalchemy import func, select

from biosparc_desktop.domain.base import Base
from biosparc_desktop.domain.contacts import Contact, ContactEmail, ContactPhone, ContactTag
from biosparc_desktop.domain.journal import ChangeEntry
from biosparc_desktop.domain.organisations import Organisation
from biosparc_desktop.search.index import check as index_check
from biosparc_desktop.services.contacts import ContactDraft, ContactQuery
from biosparc_desktop.services.importing import DuplicateAction, ImportSummary, RowStatus
from biosparc_desktop.services.organisations import OrganisationDraft
from biosparc_desktop.services.registry import Services

from .conftest import SAMPLES


def _import(services: Services, path: Path, **options: object) -> ImportSummary:
    parsed = services.importing.read(path)
    return services.importing.run(parsed, source=path.name, **options)  # type: ignore[arg-type]


def _count(services: Services, model: type[Base]) -> int:
    with services.context.read() as session:
        return int(session.scalar(select(func.count()).select_from(model)) or 0)


def _by_name(services: Services) -> dict[str, object]:
    return {row.display_name: row for row in services.contacts.rows(ContactQuery())}


def test_outlook_utf16_export_lands_with_organisations_and_numbers(services: Services) -> None:
    summary = _import(services, SAMPLES / "outlook_desktop_utf16.csv")
    assert (summary.created, summary.merged, summary.skipped, summary.rejected) == (4, 0, 0, 0)
    assert summary.organisations_created == 3
    people = _by_name(services)
    fischer = people["Thomas Fischer"]
    assert fischer.organisation == "Rhein Diagnostics GmbH"  # type: ignore[attr-defined]
    assert fischer.title == "Director, Partnerships (Business Development)"  # type: ignore[attr-defined]
    assert fischer.emails == ("thomas.fischer@rhein-dx.de", "t.fischer@gmail.com")  # type: ignore[attr-defined]
    assert fischer.phones == ("+491715550199", "+496215550142")  # type: ignore[attr-defined]
    assert fischer.tags == ("Germany", "Partners")  # type: ignore[attr-defined]
    assert fischer.notes == "Met at BIO-Europe, Munich.\nAsked for the ELISA kit price list."  # type: ignore[attr-defined]
    zhang = people["张伟"]  # the characters were in the first/last name columns
    assert zhang.name_zh == "张伟" and zhang.pinyin == "zhang wei"  # type: ignore[attr-defined]
    assert zhang.phones == ("+8613800138000", "+861065529988")  # type: ignore[attr-defined]
    # The Exchange-only colleague has no email, but keeps the phone.
    assert people["Exchange Colleague"].emails == ()  # type: ignore[attr-defined]


def test_android_vcard_with_quoted_printable_chinese(services: Services) -> None:
    summary = _import(services, SAMPLES / "android_contacts.vcf")
    assert summary.rejected == 1  # the card with a number but no name
    rejected = [o for o in summary.outcomes if o.outcome == "rejected"]
    assert str(rejected[0].detail).startswith("Card at line 37: a contact needs a name")
    people = _by_name(services)
    zhang = people["张伟"]
    assert zhang.organisation == "北京华生物科技有限公司"  # type: ignore[attr-defined]
    assert zhang.notes.startswith("在上海BIO China大会上认识")  # type: ignore[attr-defined]
    # A shared office number with a different name is not a duplicate.
    assert "欧阳娜娜" in people


def test_gb18030_excel_file_with_a_newline_inside_a_quoted_field(services: Services) -> None:
    summary = _import(services, SAMPLES / "excel_chinese_gb18030.csv")
    assert (summary.created, summary.rejected) == (3, 1)
    wang = _by_name(services)["王建国"]
    assert wang.organisation == "中国科学院, 生物物理所"  # type: ignore[attr-defined]
    assert wang.notes == "合作意向：抗体开发\n下月回访"  # type: ignore[attr-defined]
    assert wang.phones == ("+8613700001111",)  # read as a Chinese number  # type: ignore[attr-defined]


def test_bad_values_are_left_out_with_a_warning_and_nameless_rows_rejected(
    services: Services,
) -> None:
    parsed = services.importing.read(SAMPLES / "generic_quoted.csv")
    preview = services.importing.preview(parsed)
    bad = next(row for row in preview.rows if row.line == 11)
    assert bad.status is RowStatus.NEW
    assert any("bob(at)example.com" in str(w) and "It is left out." in str(w) for w in bad.warnings)
    orphan = next(row for row in preview.rows if row.line == 8)
    assert orphan.status is RowStatus.REJECTED
    assert [str(p) for p in orphan.problems] == [
        "Row 8: no name, email or phone; the row is skipped."
    ]
    summary = services.importing.run(parsed, source="generic_quoted.csv")
    assert (summary.created, summary.rejected) == (7, 1)
    assert _by_name(services)["Bad Email"].emails == ()  # type: ignore[attr-defined]


def test_import_is_one_batch_and_undo_takes_it_all_back(services: Services) -> None:
    services.contacts.create(ContactDraft(given_name="Kept", family_name="Before"))
    summary = _import(services, SAMPLES / "google_contacts.csv")
    assert summary.batch_id is not None
    with services.context.read() as session:
        labels = set(
            session.scalars(
                select(ChangeEntry.batch_label).where(ChangeEntry.batch_id == summary.batch_id)
            )
        )
    assert labels == {"Import contacts from google_contacts.csv"}
    assert _count(services, ContactEmail) > 0 and _count(services, ContactTag) > 0
    services.journal.revert(summary.batch_id, "Undo import")
    assert list(_by_name(services)) == ["Kept Before"]
    for model in (ContactEmail, ContactPhone, ContactTag, Organisation):
        assert _count(services, model) == 0, model


def test_history_shows_the_import_for_each_new_record(services: Services) -> None:
    _import(services, SAMPLES / "nextcloud_v4.vcf")
    row = services.contacts.rows(ContactQuery())[0]
    history = services.journal.history(row.id)
    own = [h for h in history if not h.owned]
    assert [(h.action, h.batch_label) for h in own] == [
        ("insert", "Import contacts from nextcloud_v4.vcf")
    ]
    assert own[0].new_value["given_name"] == "María José"
    assert own[0].new_value["name_order"] == "given_first"
    # The rows the contact owns came in with the same import.
    added = {(h.entity, h.subject) for h in history if h.owned and h.action == "insert"}
    assert {("contact_email", email) for email in row.emails} <= added


def test_journal_entries_read_like_the_flush_listeners(services: Services) -> None:
    made = services.contacts.create(ContactDraft(given_name="Made", emails=("m@x.org",)))
    _import(services, SAMPLES / "nextcloud_v4.vcf")
    imported = next(r for r in services.contacts.rows() if r.id != made.id)
    with services.context.read() as session:
        entries = {
            (e.entity, e.record_id): e.new_value
            for e in session.scalars(select(ChangeEntry).where(ChangeEntry.action == "insert"))
        }
    by_listener = entries[("contact", made.id)]
    by_import = entries[("contact", imported.id)]
    listener, bulk = json.loads(by_listener), json.loads(by_import)
    assert list(bulk) == list(listener) == sorted(listener)  # same keys, same order
    for key, value in listener.items():
        assert type(bulk[key]) is type(value) or None in (value, bulk[key]), key
    assert datetime.fromisoformat(bulk["created_at"]).tzinfo is not None
    assert by_import == json.dumps(bulk, ensure_ascii=False, sort_keys=True)


def test_imported_contact_matches_one_made_by_the_contact_service(services: Services) -> None:
    made = services.contacts.create(
        ContactDraft(given_name="Wei", family_name="Zhang", name_zh="张伟", emails=("w@x.cn",))
    )
    services.contacts.delete(made.id)
    _import(services, SAMPLES / "google_contacts_legacy.csv")
    imported = _by_name(services)["陈小明"]
    reference = services.contacts.create(ContactDraft(name_zh="陈小明"))
    for field in ("display_name", "name_order", "pinyin", "given_name", "family_name"):
        assert getattr(imported, field) == getattr(reference, field), field
    with services.context.read() as session:
        sort_names = dict(session.execute(select(Contact.public_id, Contact.sort_name)).all())
    assert sort_names[imported.id] == sort_names[reference.id] == "chen xiao ming"  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("draft", "reason"),
    [
        (
            ContactDraft(given_name="Na", family_name="Li", emails=("NA.LI@shbiopharma.cn",)),
            "email",
        ),
        (ContactDraft(given_name="Na", family_name="Li", phones=("+86 139 1234 5678",)), "phone"),
        (ContactDraft(name_zh="李娜", phones=("+86 139 1234 5678",)), "phone"),
    ],
    ids=["same-email", "same-phone", "chinese-name-same-phone"],
)
@pytest.mark.parametrize("action", list(DuplicateAction))
def test_duplicate_of_an_existing_contact(
    services: Services, draft: ContactDraft, reason: str, action: DuplicateAction
) -> None:
    existing = services.contacts.create(draft)
    summary = _import(services, SAMPLES / "google_contacts.vcf", on_duplicate=action)
    li = next(o for o in summary.outcomes if o.line == 1)
    assert li.outcome == {"skip": "skipped", "merge": "merged", "create": "created"}[action]
    assert reason in str(li.detail)
    after = services.contacts.get(existing.id)
    if action is DuplicateAction.MERGE:
        assert "lina1987@163.com" in after.emails and after.title == "Head of BD"
        assert after.tags == ("Partners",)
    else:
        assert after.emails == existing.emails and after.title is None
    expected = 3 if action is DuplicateAction.CREATE else 2
    assert services.contacts.count() == expected


def test_same_name_at_the_same_organisation_including_chinese(
    services: Services, write_file: Callable[..., Path]
) -> None:
    org = services.organisations.create(
        OrganisationDraft(name="Shanghai BioPharma", name_zh="上海生物医药", short_name="SHBP")
    )
    services.contacts.create(ContactDraft(name_zh="李娜", organisation_id=org.id))
    services.contacts.create(ContactDraft(given_name="Tom", family_name="Lee"))
    path = write_file(
        "people.csv",
        "姓名,单位,邮箱\n李娜,上海生物医药,new@shbp.cn\n李娜,别的公司,other@x.cn\n"
        "Lee Tom,SHBP,\nTom Lee,,tom@x.com\n",
    )
    summary = _import(services, path, on_duplicate=DuplicateAction.SKIP)
    outcomes = {o.line: (o.outcome, str(o.detail)) for o in summary.outcomes}
    assert outcomes[2] == ("skipped", "duplicate of 李娜: same name at the same organisation")
    assert outcomes[3][0] == "created"  # the same name elsewhere is someone else
    assert outcomes[4][0] == "created"  # at SHBP, where the other Tom Lee is not
    assert outcomes[5] == (
        "skipped",
        "duplicate of Tom Lee: same name, and neither has an organisation",
    )
    assert summary.describe() == "2 created, 0 merged, 2 skipped, 0 rejected"
    assert summary.organisations_created == 1  # 别的公司; SHBP is the short name


def test_duplicates_within_the_file_merge_into_the_first_row(
    services: Services, write_file: Callable[..., Path]
) -> None:
    path = write_file(
        "dupes.csv",
        "Name,Email,Phone,Tags\n"
        "Ana Souza,ana@bio.br,,Brazil\n"
        "Ana Souza,ANA@bio.br,+55 11 5555 0101,Partners\n"
        "A. Souza,,+55 11 5555 0101,\n",
    )
    summary = _import(services, path, on_duplicate=DuplicateAction.MERGE)
    assert summary.describe() == "1 created, 2 merged, 0 skipped, 0 rejected"
    (ana,) = services.contacts.rows(ContactQuery())
    assert ana.emails == ("ana@bio.br",)
    assert ana.phones == ("+551155550101",)
    assert ana.tags == ("Brazil", "Partners")
    details = [str(o.detail) for o in summary.outcomes if o.outcome == "merged"]
    assert details == [
        "merged into Ana Souza (row 2): same email ANA@bio.br",
        "merged into Ana Souza (row 2): same phone +551155550101",
    ]


def test_a_decision_for_one_row_overrides_the_default(services: Services) -> None:
    services.contacts.create(
        ContactDraft(given_name="Carlos", emails=("carlos@lisbongenomics.pt",))
    )
    services.contacts.create(ContactDraft(given_name="Na", emails=("na.li@shbiopharma.cn",)))
    parsed = services.importing.read(SAMPLES / "google_contacts.vcf")
    summary = services.importing.run(
        parsed,
        source="g.vcf",
        on_duplicate=DuplicateAction.SKIP,
        decisions={17: DuplicateAction.CREATE},
    )
    assert [o.outcome for o in summary.outcomes] == ["skipped", "created"]


def test_dry_run_counts_without_writing(services: Services) -> None:
    summary = _import(services, SAMPLES / "linkedin_connections.csv", dry_run=True)
    assert summary.dry_run and summary.batch_id is None
    assert summary.describe() == "4 created, 0 merged, 0 skipped, 0 rejected"
    assert summary.organisations_created == 4
    assert _count(services, Contact) == 0 and _count(services, ChangeEntry) == 0


def test_nothing_to_write_leaves_no_empty_action(services: Services) -> None:
    services.contacts.create(
        ContactDraft(given_name="Emma", emails=("emma.johansson@stockholmbio.se",))
    )
    services.contacts.create(ContactDraft(given_name="Rahul", family_name="Mehta"))
    commits: list[str] = []
    services.context.on_commit.append(lambda _batch, label: commits.append(label))
    path = SAMPLES / "linkedin_connections_2018.csv"
    summary = _import(services, path, on_duplicate=DuplicateAction.SKIP)
    assert summary.describe() == "1 created, 0 merged, 1 skipped, 0 rejected"
    services.contacts.create(ContactDraft(given_name="Rahul", family_name="Mehta", title="CFO"))
    commits.clear()
    summary = _import(services, path, on_duplicate=DuplicateAction.SKIP)
    assert summary.describe() == "0 created, 0 merged, 2 skipped, 0 rejected"
    assert summary.batch_id is None and commits == []


def test_search_finds_imported_contacts(services: Services) -> None:
    _import(services, SAMPLES / "outlook_com_utf8_bom.csv")
    with services.context.read() as session:
        assert index_check(session.connection()).ok  # every new record has its index row
    hits = services.search.search("Raman")
    assert [h.title for h in hits if h.kind == "contact"] == ["Priya K. Raman"]
    assert any(h.kind == "contact" for h in services.search.search("欧阳"))


def test_a_merge_that_would_break_a_rule_rejects_only_that_row(
    services: Services, write_file: Callable[..., Path]
) -> None:
    services.contacts.create(
        ContactDraft(
            given_name="Long", family_name="Notes", emails=("l@n.org",), notes="x" * 19_990
        )
    )
    path = write_file(
        "notes.csv",
        "Name,Email,Company,Notes\nLong Notes,l@n.org,New Co,one more line of notes\n"
        "Ada Lovelace,ada@x.org,,\n",
    )
    summary = _import(services, path, on_duplicate=DuplicateAction.MERGE)
    assert summary.describe() == "1 created, 0 merged, 0 skipped, 1 rejected"
    (rejected,) = [o for o in summary.outcomes if o.outcome == "rejected"]
    assert str(rejected.detail).startswith("Row 2: could not be merged: The notes is too long")
    assert services.organisations.count() == 0  # nothing was made for the refused row
    assert services.contacts.rows(ContactQuery(search="Notes"))[0].notes == "x" * 19_990
