"""Deciding what an import will do, row by row, before anything is written.

Each row read from the file is cleaned with the same rules as the contact form,
its organisation matched by name, and compared with the contacts already in the
database and with the earlier rows of the file. The result is a list of planned
rows: new, duplicate (of whom and why) or rejected (with every reason).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Hashable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import NamedTuple, cast

from sqlalchemy import select
from sqlalchemy.orm import Session

from biosparc_desktop.domain.contacts import Contact, ContactEmail, ContactPhone
from biosparc_desktop.domain.organisations import Organisation
from biosparc_desktop.domain.rules.names import display_name
from biosparc_desktop.domain.sentences import Sentence, translatable
from biosparc_desktop.errors import ValidationError
from biosparc_desktop.importers import ImportedContact, ParseResult, RowProblem
from biosparc_desktop.importers.records import card_at, row_at
from biosparc_desktop.services.duplicate_keys import (
    email_key,
    fold,
    name_reason,
    name_tokens,
    names_agree,
    person_keys,
    person_name_keys,
)
from biosparc_desktop.services.import_organisations import (
    CREATE,
    OrganisationAction,
    OrganisationChoice,
)
from biosparc_desktop.services.import_rows import (
    CleanContact,
    EmailCleaner,
    OrgLookup,
    OrgRef,
    clean_row,
)

Progress = Callable[[int, int, str], None]
# How the reader's problems are told apart. A problem on a line that gave no contact
# is damage (a broken card, an unclosed quote), unless the reader skipped an empty
# row; a problem on a line that gave a contact is a warning, unless the file was
# cut part-way through a character.
_SKIPPED_BY_READER = ("no name, email or phone", "is a company card")
_CUT_SHORT = "part-way through a character"
_QUOTED = re.compile(r"“([^”]*)”")


class DuplicateAction(StrEnum):
    SKIP = "skip"
    MERGE = "merge"
    CREATE = "create"

    @property
    def label(self) -> str:
        return {
            "skip": "Skip (keep the existing record as it is)",
            "merge": "Merge into the existing record",
            "create": "Create a new record anyway",
        }[self.value]


class RowStatus(StrEnum):
    NEW = "new"
    DUPLICATE = "duplicate"
    REJECTED = "rejected"


class Match(NamedTuple):
    """Whom a row duplicates: an existing contact or an earlier row of the file."""

    reason: Sentence  # "same email ana@bio.br"
    name: str
    contact_id: str | None = None
    line: int | None = None


class PlannedRow(NamedTuple):
    line: int
    where: Sentence  # "Row 14" or "Card at line 3": how messages name the row
    status: RowStatus
    contact: CleanContact | None
    source: ImportedContact | None
    problems: tuple[Sentence, ...] = ()  # why the row is rejected: "Row 14: …"
    warnings: tuple[Sentence, ...] = ()  # what the reader noticed but kept
    match: Match | None = None


@dataclass
class ExistingData:
    """The organisations and contacts an import compares its rows with."""

    organisations: dict[str, OrgRef] = field(default_factory=dict)
    by_email: dict[str, str] = field(default_factory=dict)
    by_phone: dict[str, str] = field(default_factory=dict)
    by_name: dict[tuple[str, str, Hashable], str] = field(default_factory=dict)
    names: dict[str, str] = field(default_factory=dict)
    tokens: dict[str, frozenset[str]] = field(default_factory=dict)
    by_public_id: dict[str, OrgRef] = field(default_factory=dict)  # live organisations

    @classmethod
    def load(cls, session: Session) -> ExistingData:
        data = cls()
        orgs = session.execute(
            select(
                Organisation.id,
                Organisation.public_id,
                Organisation.name,
                Organisation.name_zh,
                Organisation.short_name,
                Organisation.country,
            )
            .where(Organisation.deleted_at.is_(None))
            .order_by(Organisation.id)
        )
        for org_id, public_id, name, name_zh, short_name, country in orgs:
            ref = OrgRef(("org", org_id), name, org_id, public_id, country)
            data.by_public_id[public_id] = ref
            for text in (name, name_zh, short_name):
                if text:
                    data.organisations.setdefault(fold(text), ref)
        live = Contact.deleted_at.is_(None)
        people = session.execute(
            select(
                Contact.id,
                Contact.public_id,
                Contact.given_name,
                Contact.family_name,
                Contact.name_zh,
                Contact.name_order,
                Contact.organisation_id,
                Contact.pinyin,
            ).where(live)
        )
        public: dict[int, str] = {}
        for contact_id, public_id, given, family, name_zh, order, employer, pinyin in people:
            public[contact_id] = public_id
            data.names[public_id] = display_name(given, family, name_zh, order)
            data.tokens[public_id] = name_tokens(given, family, name_zh, pinyin)
            org_key = ("org", employer) if employer is not None else None
            for key in person_name_keys(given, family, name_zh, org_key, pinyin):
                data.by_name.setdefault(key, public_id)
        emails = session.execute(
            select(ContactEmail.contact_id, ContactEmail.address).join(Contact).where(live)
        )
        for contact_id, address in emails:
            data.by_email.setdefault(email_key(address), public[contact_id])
        phones = session.execute(
            select(ContactPhone.contact_id, ContactPhone.number).join(Contact).where(live)
        )
        for contact_id, number in phones:
            data.by_phone.setdefault(number, public[contact_id])
        return data


@dataclass
class _FileIndex:
    """Keys of the rows planned so far, pointing at their line."""

    by_email: dict[str, int] = field(default_factory=dict)
    by_phone: dict[str, int] = field(default_factory=dict)
    by_name: dict[tuple[str, str, Hashable], int] = field(default_factory=dict)
    contacts: dict[int, CleanContact] = field(default_factory=dict)
    tokens: dict[int, frozenset[str]] = field(default_factory=dict)

    def add(self, contact: CleanContact, keys: _RowKeys) -> None:
        line = contact.line
        self.contacts.setdefault(line, contact)
        self.tokens.setdefault(line, keys.tokens)
        for email in keys.emails:
            self.by_email.setdefault(email, line)
        for phone in contact.phones:
            self.by_phone.setdefault(phone, line)
        for key in keys.names:
            self.by_name.setdefault(key, line)


class _RowKeys(NamedTuple):
    """A row's keys, worked out once for matching and for the rows after it."""

    emails: tuple[str, ...]
    names: tuple[tuple[str, str, Hashable], ...]
    tokens: frozenset[str]

    @classmethod
    def of(cls, contact: CleanContact) -> _RowKeys:
        org = contact.organisation.key if contact.organisation else None
        names, tokens = person_keys(
            contact.given_name, contact.family_name, contact.name_zh, org, contact.pinyin
        )
        return cls(tuple(email_key(e) for e in contact.emails), names, tokens)


def plan_rows(
    parsed: ParseResult,
    existing: ExistingData,
    *,
    region: str | None = None,
    progress: Progress | None = None,
    progress_total: int | None = None,
    organisations: Mapping[str, OrganisationChoice] | None = None,
    new_organisations: OrganisationChoice = CREATE,
) -> tuple[list[PlannedRow], list[RowProblem]]:
    """Every row's plan, in file order, and the problems that mean the file is damaged.

    ``organisations`` says what to do with organisations not here yet (by folded
    name, as :class:`NewOrganisation` keys them); ``new_organisations`` for those
    without a choice of their own (by default they are created).
    """
    where_at = card_at if parsed.format == "vcard" else row_at
    lines_with_contacts = {c.source_line for c in parsed.contacts}
    by_line: dict[int, list[RowProblem]] = {}
    for problem in parsed.problems:
        by_line.setdefault(problem.line, []).append(problem)
    damage = [
        p
        for p in parsed.problems
        if _CUT_SHORT in p.message
        or (
            p.line not in lines_with_contacts
            and not any(s in m.message for m in by_line[p.line] for s in _SKIPPED_BY_READER)
        )
    ]
    damaged_lines = {p.line for p in damage}
    planned: list[PlannedRow] = []
    for line, found in by_line.items():
        if line not in lines_with_contacts and line not in damaged_lines:
            problems = tuple(p.sentence for p in found)
            planned.append(
                PlannedRow(line, where_at(line), RowStatus.REJECTED, None, None, problems)
            )
    organisation_for = _organisation_lookup(existing, organisations, new_organisations)
    email_cleaner = EmailCleaner()
    in_file = _FileIndex()
    total = progress_total or len(parsed.contacts)
    for done, source in enumerate(parsed.contacts, 1):
        where = where_at(source.source_line)
        cleaned = clean_row(source, where, organisation_for, region, email_cleaner)
        read = [p for p in by_line.get(source.source_line, []) if _CUT_SHORT not in p.message]
        warnings = (*_unrepeated(read, cleaned.warnings), *cleaned.warnings)
        contact = cleaned.contact
        if contact is None:
            planned.append(
                PlannedRow(
                    source.source_line,
                    where,
                    RowStatus.REJECTED,
                    None,
                    source,
                    tuple(cleaned.problems),
                    warnings,
                )
            )
        else:
            keys = _RowKeys.of(contact)
            match = _match(contact, keys, existing, in_file)
            status = RowStatus.NEW if match is None else RowStatus.DUPLICATE
            planned.append(
                PlannedRow(contact.line, where, status, contact, source, (), warnings, match)
            )
            in_file.add(contact, keys)
        if progress is not None and done % 1000 == 0:
            progress(done, total, translatable("Checking rows"))
    planned.sort(key=lambda row: row.line)
    return planned, damage


def _unrepeated(read: list[RowProblem], cleaned: list[Sentence]) -> list[Sentence]:
    """The reader's notes minus those about a value the rules already left out (the
    reader says "check it after the import", but it is not imported at all)."""
    left_out = {value for warning in cleaned for value in _QUOTED.findall(warning.text)}
    return [p.sentence for p in read if not set(_QUOTED.findall(p.message)) & left_out]


def _organisation_lookup(
    existing: ExistingData,
    choices: Mapping[str, OrganisationChoice] | None = None,
    otherwise: OrganisationChoice = CREATE,
) -> OrgLookup:
    """Existing organisations by English, Chinese or short name; new ones made once, in
    the country of the first row that names one (Outlook's Business Country/Region).

    ``choices`` (by folded name) may send a new one's rows to an existing partner or
    leave them without an organisation (None); ``otherwise`` is for the others.
    """
    new: dict[str, OrgRef] = {}
    chosen = choices or {}
    seen: dict[str, OrgRef | None] = {}  # the same spelling comes back row after row

    def lookup(name: str, country: str | None = None) -> OrgRef | None:
        if name not in seen:
            key = fold(name)
            found = existing.organisations.get(key) or new.get(key)
            if found is None:
                found = _chosen(key, name, chosen.get(key, otherwise), existing)
                if found is not None and found.is_new:
                    found = new[key] = found._replace(country=country)
            seen[name] = found
            return found
        found = seen[name]
        if found is not None and found.is_new and found.country is None and country is not None:
            found = new[fold(name)] = seen[name] = found._replace(country=country)
        return found

    return lookup


def _chosen(
    key: str, name: str, choice: OrganisationChoice, existing: ExistingData
) -> OrgRef | None:
    """What the user chose for an organisation that is not here yet."""
    if choice.action is OrganisationAction.NONE:
        return None
    if choice.action is OrganisationAction.EXISTING:
        partner = existing.by_public_id.get(choice.partner_id or "")
        if partner is None:
            raise ValidationError.of(
                "The partner chosen for “{name}” is no longer here. Choose another one.",
                field="organisation",
                name=name,
            )
        return partner
    return OrgRef(("new", key), name)


def _match(
    contact: CleanContact, keys: _RowKeys, existing: ExistingData, in_file: _FileIndex
) -> Match | None:
    """The first of: same email, same phone, same name at the same organisation.

    A shared phone (a switchboard, an assistant) is only a match when the names
    agree; an email shared by two different names is still one, and says so.
    """
    # (kind, key, shown value): the reason is only worded for a match.
    checks: list[tuple[str, Hashable, Hashable]] = [
        ("email", key, email) for key, email in zip(keys.emails, contact.emails, strict=True)
    ]
    checks += [("phone", p, p) for p in contact.phones]
    checks += [("name", k, k) for k in keys.names]
    for kind, key, shown in checks:
        found = getattr(existing, f"by_{kind}").get(key)
        if found is not None:
            name, line, theirs = existing.names.get(found, ""), None, existing.tokens.get(found)
        else:
            line = getattr(in_file, f"by_{kind}").get(key)
            if line is None:
                continue
            name, theirs = in_file.contacts[line].display_name, in_file.tokens.get(line)
        if kind == "name":
            reason = name_reason(cast(tuple[str, str, Hashable], key))
        elif kind == "email":
            reason = Sentence.of("same email {value}", value=shown)
        else:
            reason = Sentence.of("same phone {value}", value=shown)
        if names_agree(keys.tokens, theirs or frozenset()):
            return Match(reason, name, found, line)
        if kind == "email":
            return Match(
                Sentence.of("{reason}, but a different name", reason=reason), name, found, line
            )
    return None
