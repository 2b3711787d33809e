"""Carrying out a planned import inside one write: new organisations, tags, contacts.

Duplicates chosen for merging go through :class:`ContactService` (few rows, all
its rules); new contacts, their emails, phones and tags go through
:class:`BulkInserter` (many rows, journalled the same way).
"""

from __future__ import annotations

from collections.abc import Hashable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, NamedTuple

from sqlalchemy import select
from sqlalchemy.orm import Session

from biosparc_desktop.domain.base import new_public_id
from biosparc_desktop.domain.contacts import Contact, ContactEmail, ContactPhone, ContactTag
from biosparc_desktop.domain.enums import Language
from biosparc_desktop.domain.organisations import Organisation
from biosparc_desktop.domain.people import Tag
from biosparc_desktop.domain.rules.names import default_order, organisation_pinyin, to_pinyin
from biosparc_desktop.domain.sentences import Sentence, at, joined, translatable
from biosparc_desktop.errors import ValidationError
from biosparc_desktop.services.bulk_write import BulkInserter
from biosparc_desktop.services.contacts import ContactDraft, ContactService
from biosparc_desktop.services.import_plan import DuplicateAction, PlannedRow, Progress, RowStatus
from biosparc_desktop.services.import_rows import CleanContact, OrgRef


class RowOutcome(NamedTuple):
    """What happened to one row: created, merged, skipped or rejected, and why."""

    line: int
    outcome: str
    detail: Sentence | None  # why it was rejected, whom it duplicates; None for a plain new row
    where: Sentence  # "Row 14", "Card at line 3"
    warnings: tuple[Sentence, ...] = ()  # values left out, oddities the reader noticed

    @property
    def sentence(self) -> Sentence:
        """One line for a report: "Row 4: merged into Ana Souza: same email ana@bio.br"."""
        where, detail = self.where, self.detail
        if self.outcome == "rejected":  # the problems name the row themselves
            return detail if detail is not None else joined([])
        if self.outcome == "merged" and detail is not None:
            return at(where, detail)
        if self.outcome == "skipped":
            if detail is None:
                return Sentence.of("{where}: skipped", where=where)
            return Sentence.of("{where}: skipped, {detail}", where=where, detail=detail)
        if detail is None:
            return Sentence.of("{where}: created", where=where)
        return Sentence.of("{where}: created {detail}", where=where, detail=detail)

    def describe(self) -> str:
        return self.sentence.text


@dataclass
class Resolution:
    """The plan with the user's duplicate decisions applied."""

    new: dict[int, list[CleanContact]] = field(default_factory=dict)  # first line → rows
    into_existing: dict[str, list[CleanContact]] = field(default_factory=dict)
    outcomes: list[RowOutcome] = field(default_factory=list)

    @property
    def has_writes(self) -> bool:
        return bool(self.new or self.into_existing)

    def count(self, outcome: str) -> int:
        return sum(1 for o in self.outcomes if o.outcome == outcome)


def resolve(
    planned: list[PlannedRow],
    on_duplicate: DuplicateAction,
    decisions: Mapping[int, DuplicateAction] | None = None,
) -> Resolution:
    """Where each row goes; a merged or skipped row follows the record it duplicates."""
    result = Resolution()
    target_of: dict[int, tuple[str, Hashable]] = {}
    # How messages name each target; new ones by their first row, worked out only
    # when a later row refers to them (most rows are never named).
    who: dict[tuple[str, Hashable], str | Sentence | CleanContact] = {}
    for row in planned:
        if row.status is RowStatus.REJECTED or row.contact is None:
            result.outcomes.append(
                RowOutcome(row.line, "rejected", joined(row.problems), row.where, row.warnings)
            )
            continue
        action = (decisions or {}).get(row.line, on_duplicate)
        match = row.match
        if match is None or action is DuplicateAction.CREATE:
            result.new[row.line] = [row.contact]
            target_of[row.line] = ("new", row.line)
            who[("new", row.line)] = row.contact
            detail = (
                None
                if match is None
                else Sentence.of("although it has the {reason}", reason=match.reason)
            )
            result.outcomes.append(RowOutcome(row.line, "created", detail, row.where, row.warnings))
            continue
        if match.contact_id is not None:
            target: tuple[str, Hashable] = ("existing", match.contact_id)
            who.setdefault(target, match.name)
        else:
            target = target_of[match.line or 0]
        target_of[row.line] = target
        named = who[target]
        if isinstance(named, CleanContact):
            named = who[target] = Sentence.of(
                "{name} (row {line})", name=named.display_name, line=named.line
            )
        if action is DuplicateAction.SKIP:
            result.outcomes.append(
                RowOutcome(
                    row.line,
                    "skipped",
                    Sentence.of("duplicate of {name}: {reason}", name=named, reason=match.reason),
                    row.where,
                    row.warnings,
                )
            )
            continue
        kind, key = target
        if kind == "existing":
            result.into_existing.setdefault(str(key), []).append(row.contact)
        else:
            result.new[int(str(key))].append(row.contact)
        result.outcomes.append(
            RowOutcome(
                row.line,
                "merged",
                Sentence.of("merged into {name}: {reason}", name=named, reason=match.reason),
                row.where,
                row.warnings,
            )
        )
    return result


def combine(rows: list[CleanContact]) -> CleanContact:
    """One contact from several rows: the first row's values, blanks filled from later
    rows, every email, phone and tag kept, different notes joined."""
    first = rows[0]
    if len(rows) == 1:
        return first
    values: dict[str, Any] = {}
    for name in ("given_name", "family_name", "name_zh", "title", "organisation"):
        values[name] = next((getattr(r, name) for r in rows if getattr(r, name)), None)
    return CleanContact(
        line=first.line,
        pinyin=to_pinyin(values["name_zh"])
        or to_pinyin(f"{values['family_name'] or ''}{values['given_name'] or ''}"),
        emails=_union(r.emails for r in rows),
        phones=_union(r.phones for r in rows),
        tags=_union(r.tags for r in rows),
        notes=join_notes([r.notes for r in rows]),
        language=next((r.language for r in rows if r.language != Language.ENGLISH), first.language),
        **values,
    )


def join_notes(notes: list[str | None]) -> str | None:
    kept: list[str] = []
    for note in notes:
        if note and not any(note in k for k in kept):
            kept.append(note)
    return "\n\n".join(kept) or None


def _union(groups: Any) -> tuple[str, ...]:
    seen: dict[str, str] = {}
    for group in groups:
        for value in group:
            seen.setdefault(value.casefold(), value)
    return tuple(seen.values())


class ImportWriter:
    """Writes a resolution inside the caller's open write."""

    def __init__(
        self,
        session: Session,
        contacts: ContactService,
        now: datetime,
        progress: Progress | None,
        total: int,
    ) -> None:
        self._session = session
        self._contacts = contacts
        self._bulk = BulkInserter(session, now)
        self._progress = progress
        self._total = total
        self.organisations_created = 0
        # Existing contacts that the merged values would break (say, notes too long).
        self.refused_merges: dict[str, ValidationError] = {}

    def write(self, resolution: Resolution) -> None:
        new_contacts = [combine(rows) for rows in resolution.new.values()]
        merges = {pid: combine(rows) for pid, rows in resolution.into_existing.items()}
        # Refused merges first, so nothing (an organisation, a tag) is made for them.
        for public_id, extra in merges.items():
            if (refusal := self._refusal(public_id, extra)) is not None:
                self.refused_merges[public_id] = refusal
        merges = {pid: extra for pid, extra in merges.items() if pid not in self.refused_merges}
        everyone = [*new_contacts, *merges.values()]
        self._report(0.05, translatable("Saving organisations and tags"))
        orgs = self._organisations(everyone)
        tags = self._tags(everyone)
        for done, (public_id, extra) in enumerate(merges.items(), 1):
            org = orgs[extra.organisation.key][1] if extra.organisation is not None else None
            self._contacts.update(public_id, self._merged_draft(public_id, extra, org))
            if done % 200 == 0:
                self._report(0.1 + 0.3 * done / len(merges), translatable("Merging duplicates"))
        self._report(0.4, translatable("Saving contacts"))
        contact_ids = self._bulk.insert(Contact, [self._contact_row(c, orgs) for c in new_contacts])
        self._report(0.7, translatable("Saving emails and phones"))
        emails, phones, links = [], [], []
        for contact_id, contact in zip(contact_ids, new_contacts, strict=True):
            emails += [
                {"contact_id": contact_id, "address": a, "position": i}
                for i, a in enumerate(contact.emails)
            ]
            phones += [
                {"contact_id": contact_id, "number": n, "position": i}
                for i, n in enumerate(contact.phones)
            ]
            links += [
                {"contact_id": contact_id, "tag_id": tags[t.casefold()][0]} for t in contact.tags
            ]
        self._bulk.insert(ContactEmail, emails)
        self._bulk.insert(ContactPhone, phones)
        self._bulk.insert(ContactTag, links)
        self._report(0.9, translatable("Updating the search index"))
        self._bulk.refresh_search_index()
        self._report(1.0, translatable("Saved"))

    def _report(self, fraction: float, message: str) -> None:
        if self._progress is not None:
            self._progress(self._total + int(self._total * fraction), 2 * self._total, message)

    def _organisations(self, contacts: list[CleanContact]) -> dict[Hashable, tuple[int, str]]:
        """(id, public id) of every organisation the contacts need, creating new ones."""
        found: dict[Hashable, tuple[int, str]] = {}
        new: dict[Hashable, OrgRef] = {}
        for contact in contacts:
            org = contact.organisation
            if org is None:
                continue
            if org.is_new:
                if org.key not in new or (org.country and not new[org.key].country):
                    new[org.key] = org  # a later row may know the country
            else:
                assert org.id is not None and org.public_id is not None
                found[org.key] = (org.id, org.public_id)
        public_ids = [new_public_id() for _ in new]
        rows = [
            {
                "public_id": public_id,
                "name": org.name,
                # As the partner form keeps it: a Chinese name sorts by its pinyin.
                "pinyin": organisation_pinyin(org.name, None),
                "country": org.country,
            }
            for public_id, org in zip(public_ids, new.values(), strict=True)
        ]
        ids = self._bulk.insert(Organisation, rows)
        for key, org_id, public_id in zip(new, ids, public_ids, strict=True):
            found[key] = (org_id, public_id)
        self.organisations_created = len(ids)
        return found

    def _tags(self, contacts: list[CleanContact]) -> dict[str, tuple[int, str]]:
        """(id, name) of every tag by its folded name, creating the missing ones."""
        wanted: dict[str, str] = {}
        for contact in contacts:
            for tag in contact.tags:
                wanted.setdefault(tag.casefold(), tag)
        if not wanted:
            return {}
        existing = {
            name.casefold(): (tag_id, name)
            for tag_id, name in self._session.execute(select(Tag.id, Tag.name))
        }
        missing = [name for key, name in wanted.items() if key not in existing]
        ids = self._bulk.insert(Tag, [{"name": name} for name in missing])
        for tag_id, name in zip(ids, missing, strict=True):
            existing[name.casefold()] = (tag_id, name)
        return existing

    def _contact_row(
        self, contact: CleanContact, orgs: dict[Hashable, tuple[int, str]]
    ) -> dict[str, Any]:
        given, family, name_zh = contact.given_name, contact.family_name, contact.name_zh
        pinyin = contact.pinyin
        return {
            "given_name": given,
            "family_name": family,
            "name_zh": name_zh,
            "name_order": default_order(given, family, name_zh),
            "pinyin": pinyin,
            "sort_name": sort_name(given, family, pinyin, name_zh),
            "title": contact.title,
            "organisation_id": orgs[contact.organisation.key][0] if contact.organisation else None,
            "preferred_language": contact.language,
            "notes": contact.notes,
        }

    def _merged_draft(
        self, public_id: str, extra: CleanContact, organisation_id: str | None = None
    ) -> ContactDraft:
        """The existing contact with the row's values added: blanks filled, emails,
        phones and tags joined, notes appended; its organisation only if it had none."""
        current = self._contacts.get(public_id)
        return ContactDraft(
            given_name=current.given_name or extra.given_name,
            family_name=current.family_name or extra.family_name,
            name_zh=current.name_zh or extra.name_zh,
            name_order=current.name_order,
            title=current.title or extra.title,
            organisation_id=current.organisation_id or organisation_id,
            emails=_union([current.emails, extra.emails]),
            phones=_union([current.phones, extra.phones]),
            preferred_language=current.preferred_language,
            notes=join_notes([current.notes, extra.notes]),
            tags=_union([current.tags, extra.tags]),
        )

    def _refusal(self, public_id: str, extra: CleanContact) -> ValidationError | None:
        """Why merging the row into the contact would break a rule (notes too long...)."""
        problems = self._contacts.validate(self._merged_draft(public_id, extra))
        return next(iter(problems.values()), None)


def sort_name(
    given: str | None, family: str | None, pinyin: str | None, name_zh: str | None
) -> str:
    """The contact list's sort key, as ContactService keeps it (family name, then given)."""
    parts = [family, given] if family else [given]
    latin = " ".join(p for p in parts if p)
    return (latin or pinyin or name_zh or "").lower()
