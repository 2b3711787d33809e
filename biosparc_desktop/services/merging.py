"""Merging two contacts or two organisations into one, field by field.

:meth:`MergeService.preview` lists both records' values side by side with a
suggested choice for each field; :meth:`MergeService.merge` writes the chosen
values to the kept record, moves every link (interactions, follow-ups, agreements,
events, past positions) to it and moves the other record to the Trash: one action,
undone as one.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from enum import StrEnum
from functools import partial
from typing import Any

from sqlalchemy.orm import Session

from biosparc_desktop.domain.contacts import Contact
from biosparc_desktop.domain.organisations import Organisation
from biosparc_desktop.domain.rules.codes import country_name
from biosparc_desktop.domain.rules.contact_details import DEFAULT_REGION, phone_text
from biosparc_desktop.domain.sentences import Sentence
from biosparc_desktop.errors import ValidationError
from biosparc_desktop.services.common import get_live
from biosparc_desktop.services.contacts import ContactDraft, ContactRow, ContactService
from biosparc_desktop.services.context import ServiceContext
from biosparc_desktop.services.import_write import join_notes
from biosparc_desktop.services.merge_links import (
    CONTACT_LINKS,
    ORGANISATION_LINKS,
    count_links,
    move_links,
)
from biosparc_desktop.services.organisations import (
    OrganisationDraft,
    OrganisationRow,
    OrganisationService,
)

KINDS = ("contact", "organisation")


class Choice(StrEnum):
    KEEP = "keep"  # the kept record's value
    OTHER = "other"  # the other record's value
    BOTH = "both"  # several values (emails, tags, notes): all of both


@dataclass(frozen=True)
class MergeField:
    key: str
    label: str
    keep_value: str  # as shown to the user; empty when there is none
    other_value: str
    can_combine: bool
    suggested: Choice

    @property
    def differs(self) -> bool:
        return self.keep_value != self.other_value


@dataclass(frozen=True)
class MergePreview:
    kind: str
    keep_id: str
    other_id: str
    keep_name: str
    other_name: str
    fields: tuple[MergeField, ...]
    moves: tuple[Sentence, ...]  # the other record's links, in words: "2 interactions"


@dataclass(frozen=True)
class MergeResult:
    kind: str
    kept_id: str
    removed_id: str
    label: str
    moved: tuple[Sentence, ...]


@dataclass(frozen=True)
class _Spec:
    key: str
    label: str
    show: Callable[[Any], str]
    can_combine: bool = False


def _text(value: Any) -> str:
    return "" if value is None else str(value)


def _listed(values: tuple[str, ...]) -> str:
    return ", ".join(values)


def _phones(values: tuple[str, ...], region: str) -> str:
    return ", ".join(phone_text(p, region) for p in values)


_CONTACT_FIELDS = (
    _Spec("given_name", "Given name", _text),
    _Spec("family_name", "Family name", _text),
    _Spec("name_zh", "Chinese name", _text),
    _Spec("name_order", "Name order", lambda v: v.label),
    _Spec("title", "Title", _text),
    _Spec("organisation", "Organisation", _text),
    _Spec("emails", "Emails", _listed, True),
    _Spec("phones", "Phones", lambda v: _phones(v, DEFAULT_REGION), True),
    _Spec("preferred_language", "Language", lambda v: v.label),
    _Spec("tags", "Tags", _listed, True),
    _Spec("notes", "Notes", _text, True),
)
_ORGANISATION_FIELDS = (
    _Spec("name", "Name", _text),
    _Spec("name_zh", "Chinese name", _text),
    _Spec("short_name", "Short name", _text),
    _Spec("kind", "Kind", lambda v: v.label),
    _Spec("country", "Country", country_name),
    _Spec("city", "City", _text),
    _Spec("website", "Website", _text),
    _Spec("stage", "Stage", lambda v: v.label),
    _Spec("owner", "Owner", _text),
    _Spec("parent", "Part of", _text),
    _Spec("tags", "Tags", _listed, True),
    _Spec("description", "Description", _text, True),
)


class MergeService:
    def __init__(
        self,
        context: ServiceContext,
        contacts: ContactService,
        organisations: OrganisationService,
    ) -> None:
        self._ctx = context
        self._contacts = contacts
        self._organisations = organisations

    def preview(
        self, kind: str, keep_id: str, other_id: str, *, region: str = DEFAULT_REGION
    ) -> MergePreview:
        """Both records side by side; phone numbers shown as the interface shows them,
        nationally for the user's ``region``."""
        keep, other = self._rows(kind, keep_id, other_id)
        specs: tuple[_Spec, ...] = _CONTACT_FIELDS if kind == "contact" else _ORGANISATION_FIELDS
        specs = tuple(
            replace(spec, show=partial(_phones, region=region)) if spec.key == "phones" else spec
            for spec in specs
        )
        fields = tuple(_field(spec, keep, other) for spec in specs)
        model = Contact if kind == "contact" else Organisation
        links = CONTACT_LINKS if kind == "contact" else ORGANISATION_LINKS
        with self._ctx.read() as session:
            other_pk = get_live(session, model, other_id, kind).id
            moves = count_links(session, links, other_pk)
        return MergePreview(kind, keep_id, other_id, _name(keep), _name(other), fields, moves)

    def merge(
        self, kind: str, keep_id: str, other_id: str, choices: Mapping[str, Choice] | None = None
    ) -> MergeResult:
        """Merge ``other_id`` into ``keep_id``; fields missing from ``choices`` take the
        suggested value."""
        keep, other = self._rows(kind, keep_id, other_id)
        specs = _CONTACT_FIELDS if kind == "contact" else _ORGANISATION_FIELDS
        chosen = {
            spec.key: Choice((choices or {}).get(spec.key, _field(spec, keep, other).suggested))
            for spec in specs
        }
        for spec in specs:
            if chosen[spec.key] is Choice.BOTH and not spec.can_combine:
                raise ValidationError.of(
                    "{label} takes one value: pick one of the two.", label=spec.label
                )
        values = {spec.key: _pick(spec, keep, other, chosen[spec.key]) for spec in specs}
        label = f"Merge {_name(other)[:50]} into {_name(keep)[:50]}"
        with self._ctx.write(label, backup="pre-merge") as session:
            if kind == "contact":
                moved = self._merge_contacts(session, keep, other, values, chosen)
            else:
                moved = self._merge_organisations(session, keep, other, values, chosen)
        return MergeResult(kind, keep_id, other_id, label, moved)

    def _rows(self, kind: str, keep_id: str, other_id: str) -> tuple[Any, Any]:
        if kind not in KINDS:
            raise ValueError(f"cannot merge {kind!r} records")
        if keep_id == other_id:
            raise ValidationError(
                "A contact cannot be merged with itself."
                if kind == "contact"
                else "An organisation cannot be merged with itself."
            )
        service: Any = self._contacts if kind == "contact" else self._organisations
        return service.get(keep_id), service.get(other_id)

    def _merge_contacts(
        self,
        session: Session,
        keep: ContactRow,
        other: ContactRow,
        values: dict[str, Any],
        chosen: dict[str, Choice],
    ) -> tuple[Sentence, ...]:
        keep_pk = get_live(session, Contact, keep.id, "contact").id
        other_obj = get_live(session, Contact, other.id, "contact")
        moved = move_links(session, CONTACT_LINKS, keep_pk, other_obj.id)
        other_obj.deleted_at = self._ctx.now()
        draft = ContactDraft(
            given_name=values["given_name"],
            family_name=values["family_name"],
            name_zh=values["name_zh"],
            name_order=values["name_order"],
            title=values["title"],
            organisation_id=(
                keep.organisation_id
                if chosen["organisation"] is Choice.KEEP
                else other.organisation_id
            ),
            emails=values["emails"],
            phones=values["phones"],
            preferred_language=values["preferred_language"],
            notes=values["notes"],
            tags=values["tags"],
        )
        session.flush()
        self._contacts.update(keep.id, draft)
        return moved

    def _merge_organisations(
        self,
        session: Session,
        keep: OrganisationRow,
        other: OrganisationRow,
        values: dict[str, Any],
        chosen: dict[str, Choice],
    ) -> tuple[Sentence, ...]:
        keep_obj = get_live(session, Organisation, keep.id, "organisation")
        other_obj = get_live(session, Organisation, other.id, "organisation")
        # In the Trash first, so the kept record may take the other's name.
        other_obj.deleted_at = self._ctx.now()
        moved = move_links(session, ORGANISATION_LINKS, keep_obj.id, other_obj.id)
        parent_id = keep.parent_id if chosen["parent"] is Choice.KEEP else other.parent_id
        if parent_id == other.id:
            parent_id = other.parent_id  # it sat under the other: now under the other's parent
        if parent_id == keep.id:
            parent_id = None
        session.flush()
        self._organisations.update(
            keep.id,
            OrganisationDraft(
                name=values["name"],
                name_zh=values["name_zh"],
                short_name=values["short_name"],
                kind=values["kind"],
                country=values["country"],
                city=values["city"],
                website=values["website"],
                stage=values["stage"],
                owner=values["owner"],
                description=values["description"],
                tags=values["tags"],
                parent_id=parent_id,
            ),
        )
        return moved


def _value(row: Any, key: str) -> Any:
    return getattr(row, key)


def _empty(value: Any) -> bool:
    return value is None or value == "" or value == ()


def _field(spec: _Spec, keep: Any, other: Any) -> MergeField:
    mine, theirs = _value(keep, spec.key), _value(other, spec.key)
    if _empty(mine) and not _empty(theirs):
        suggested = Choice.OTHER
    elif spec.can_combine and not _empty(theirs) and mine != theirs:
        suggested = Choice.BOTH
    else:
        suggested = Choice.KEEP
    return MergeField(
        spec.key,
        spec.label,
        "" if _empty(mine) else spec.show(mine),
        "" if _empty(theirs) else spec.show(theirs),
        spec.can_combine,
        suggested,
    )


def _pick(spec: _Spec, keep: Any, other: Any, choice: Choice) -> Any:
    mine, theirs = _value(keep, spec.key), _value(other, spec.key)
    if choice is Choice.KEEP:
        return mine
    if choice is Choice.OTHER:
        return theirs
    if isinstance(mine, tuple):
        seen: dict[str, str] = {}
        for value in (*mine, *theirs):
            seen.setdefault(value.casefold(), value)
        return tuple(seen.values())
    return join_notes([mine, theirs])


def _name(row: Any) -> str:
    return str(row.display_name)
