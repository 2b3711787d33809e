"""Contacts: people at partner organisations, with names in both scripts."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from functools import partial
from typing import TypeVar

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session, selectinload

from biosparc_desktop.domain.contacts import (
    Affiliation,
    Contact,
    ContactEmail,
    ContactPhone,
    ContactTag,
)
from biosparc_desktop.domain.enums import Language, NameOrder
from biosparc_desktop.domain.organisations import Organisation
from biosparc_desktop.domain.people import Tag
from biosparc_desktop.domain.rules.contact_details import clean_email, clean_phone
from biosparc_desktop.domain.rules.names import default_order, display_name, to_pinyin
from biosparc_desktop.domain.rules.text import clean_line, clean_name, clean_text
from biosparc_desktop.errors import ValidationError
from biosparc_desktop.services import contact_pages
from biosparc_desktop.services.common import (
    PageCursors,
    field_problems,
    get_live,
    live,
    load_in_order,
    page_limits,
    sync_tags,
    tags_by_name,
    text_search,
)
from biosparc_desktop.services.contact_pages import ContactListRow
from biosparc_desktop.services.context import ServiceContext


@dataclass(frozen=True)
class ContactDraft:
    given_name: str | None = None
    family_name: str | None = None
    name_zh: str | None = None
    name_order: NameOrder | None = None  # None: family first when there is a Chinese name
    title: str | None = None
    organisation_id: str | None = None
    emails: tuple[str, ...] = ()
    phones: tuple[str, ...] = ()
    preferred_language: Language = Language.ENGLISH
    notes: str | None = None
    tags: tuple[str, ...] = ()


@dataclass(frozen=True)
class AffiliationRow:
    organisation: str
    title: str | None
    ended_on: str | None


@dataclass(frozen=True)
class ContactRow:
    id: str
    display_name: str
    given_name: str | None
    family_name: str | None
    name_zh: str | None
    name_order: NameOrder
    pinyin: str | None
    title: str | None
    organisation: str | None
    organisation_id: str | None
    emails: tuple[str, ...]
    phones: tuple[str, ...]  # E.164
    preferred_language: Language
    notes: str | None
    tags: tuple[str, ...]
    affiliations: tuple[AffiliationRow, ...]
    created_at: datetime
    updated_at: datetime


def draft_of(row: ContactRow) -> ContactDraft:
    """The draft that would save ``row`` as it is (to change one field of it)."""
    return ContactDraft(
        given_name=row.given_name,
        family_name=row.family_name,
        name_zh=row.name_zh,
        name_order=row.name_order,
        title=row.title,
        organisation_id=row.organisation_id,
        emails=row.emails,
        phones=row.phones,
        preferred_language=row.preferred_language,
        notes=row.notes,
        tags=row.tags,
    )


@dataclass(frozen=True)
class ContactQuery:
    search: str = ""
    organisation_id: str | None = None
    tag: str | None = None
    country: str | None = None
    sort: str = "name"
    descending: bool = False
    ids: tuple[str, ...] = ()


SORT_COLUMNS = {
    "name": Contact.sort_name,
    "title": func.lower(Contact.title),
    "organisation": func.lower(Organisation.name),
    "updated_at": Contact.updated_at,
    "created_at": Contact.created_at,
}


def _region_for(session: Session, organisation_id: str | None) -> str | None:
    if not organisation_id:
        return None
    return session.scalar(
        select(Organisation.country).where(Organisation.public_id == organisation_id)
    )


class ContactService:
    def __init__(self, context: ServiceContext) -> None:
        self._ctx = context
        self._pages = PageCursors(context)

    # -- validation ---------------------------------------------------------
    def validate(
        self, draft: ContactDraft, *, region: str | None = None
    ) -> dict[str, ValidationError]:
        """Every problem with a draft, by field: the dialog shows these as the user types."""
        checks: list[Callable[[], object]] = [
            lambda: _names(draft),
            lambda: clean_line(draft.title, field="title", label="The title", max_len=200),
            lambda: clean_text(draft.notes, field="notes", label="The notes"),
        ]
        checks += [partial(clean_email, e) for e in draft.emails if e.strip()]
        checks += [partial(clean_phone, p, region) for p in draft.phones if p.strip()]
        return field_problems(checks, default="given_name")

    def _apply(
        self, session: Session, contact: Contact, draft: ContactDraft, region: str | None
    ) -> None:
        given, family, name_zh = _names(draft)
        contact.given_name, contact.family_name, contact.name_zh = given, family, name_zh
        contact.name_order = draft.name_order or default_order(given, family, name_zh)
        contact.pinyin = to_pinyin(name_zh) or to_pinyin(f"{family or ''}{given or ''}")
        contact.sort_name = _sort_name(contact)
        title = clean_line(draft.title, field="title", label="The title", max_len=200)
        # The organisation first: a move records the old title with the old organisation.
        self._set_organisation(session, contact, draft.organisation_id)
        contact.title = title
        contact.preferred_language = Language(draft.preferred_language)
        contact.notes = clean_text(draft.notes, field="notes", label="The notes")
        if contact.organisation is not None and contact.organisation.country:
            region = contact.organisation.country
        emails = list(dict.fromkeys(clean_email(e) for e in draft.emails if e.strip()))
        phones = list(dict.fromkeys(clean_phone(p, region) for p in draft.phones if p.strip()))
        contact.emails = _sync_values(
            contact.emails, emails, "address", lambda v, i: ContactEmail(address=v, position=i)
        )
        contact.phones = _sync_values(
            contact.phones, phones, "number", lambda v, i: ContactPhone(number=v, position=i)
        )
        contact.tag_links = sync_tags(
            contact.tag_links, tags_by_name(session, list(draft.tags)), lambda t: ContactTag(tag=t)
        )

    def _set_organisation(
        self, session: Session, contact: Contact, organisation_id: str | None
    ) -> None:
        new = (
            get_live(session, Organisation, organisation_id, "organisation")
            if organisation_id
            else None
        )
        old = contact.organisation
        if old is not None and old is not new:
            # Keep where the person worked before: the history of a relationship matters.
            contact.affiliations.append(
                Affiliation(organisation=old, title=contact.title, ended_on=self._ctx.today())
            )
        contact.organisation = new

    # -- writes -------------------------------------------------------------
    def create(self, draft: ContactDraft, *, region: str | None = None) -> ContactRow:
        """Numbers without a country code are read in the organisation's country, else in
        ``region`` (the user's), else in Singapore."""
        with self._ctx.write("Add contact") as session:
            contact = Contact()
            session.add(contact)
            with session.no_autoflush:
                self._apply(session, contact, draft, region)
            self._ctx.relabel(session, f"Add contact {_display(contact)[:60]}")
            session.flush()
            return _row(contact)

    def update(
        self, public_id: str, draft: ContactDraft, *, region: str | None = None
    ) -> ContactRow:
        with self._ctx.write("Edit contact") as session:
            contact = get_live(session, Contact, public_id, "contact")
            with session.no_autoflush:
                self._apply(session, contact, draft, region)
            self._ctx.relabel(session, f"Edit contact {_display(contact)[:60]}")
            session.flush()
            return _row(contact)

    def delete(self, public_id: str) -> None:
        with self._ctx.write("Delete contact") as session:
            contact = get_live(session, Contact, public_id, "contact")
            self._ctx.relabel(session, f"Delete contact {_display(contact)[:60]}")
            contact.deleted_at = self._ctx.now()

    # -- reads --------------------------------------------------------------
    def get(self, public_id: str) -> ContactRow:
        with self._ctx.read() as session:
            return _row(get_live(session, Contact, public_id, "contact"))

    def draft(self, public_id: str) -> ContactDraft:
        """The draft that would save the contact as it is (to change some fields)."""
        return draft_of(self.get(public_id))

    def rows(
        self, query: ContactQuery | None = None, *, limit: int | None = None, offset: int = 0
    ) -> list[ContactRow]:
        """Whole contacts, a page at a time (for the CLI, packs and dialogs)."""
        with self._ctx.read() as session:
            contacts = load_in_order(
                session,
                Contact,
                self._page_ids(session, query, limit, offset),
                selectinload(Contact.organisation),
                selectinload(Contact.emails),
                selectinload(Contact.phones),
                selectinload(Contact.tag_links).selectinload(ContactTag.tag),
                selectinload(Contact.affiliations).selectinload(Affiliation.organisation),
            )
            return [_row(c) for c in contacts]

    def list_rows(
        self, query: ContactQuery | None = None, *, limit: int | None = None, offset: int = 0
    ) -> list[ContactListRow]:
        """A page of the contacts list: what its columns show, read in one query."""
        with self._ctx.read() as session:
            return contact_pages.list_rows(session, self._page_ids(session, query, limit, offset))

    def _page_ids(
        self, session: Session, query: ContactQuery | None, limit: int | None, offset: int
    ) -> list[int]:
        query = query or ContactQuery()
        size, start = page_limits(limit, offset)
        page = self._select(query, paging=True).outerjoin(
            Organisation, Contact.organisation_id == Organisation.id
        )
        return self._pages.ids(
            session,
            page,
            key=query,
            start=start,
            size=size,
            column=SORT_COLUMNS.get(query.sort, SORT_COLUMNS["name"]),
            id_column=Contact.id,
            descending=query.descending,
        )

    def count(self, query: ContactQuery | None = None) -> int:
        query = query or ContactQuery()
        with self._ctx.read() as session:
            sub = self._select(query).with_only_columns(Contact.id).subquery()
            return int(session.scalar(select(func.count()).select_from(sub)) or 0)

    def _select(self, query: ContactQuery, *, paging: bool = False) -> Select[Contact]:
        stmt = select(Contact).where(live(Contact, paging=paging))
        text = query.search.strip()
        if text:
            # Names in both scripts, pinyin and its initials, job title and email
            # addresses; not the notes.
            by_email = select(ContactEmail.contact_id).where(
                func.lower(ContactEmail.address) == text.lower()
            )
            stmt = stmt.where(
                text_search(
                    "contact",
                    text,
                    Contact.id,
                    columns=("title", "detail", "initials"),
                    fallback=[Contact.sort_name, Contact.name_zh, Contact.pinyin, Contact.title],
                    fallback_also=Contact.id.in_(by_email),
                )
            )
        if query.organisation_id:
            stmt = stmt.where(
                Contact.organisation_id.in_(
                    select(Organisation.id).where(Organisation.public_id == query.organisation_id)
                )
            )
        if query.country:
            stmt = stmt.where(
                Contact.organisation_id.in_(
                    select(Organisation.id).where(Organisation.country == query.country.upper())
                )
            )
        if query.tag:
            stmt = stmt.where(
                Contact.id.in_(
                    select(ContactTag.contact_id)
                    .join(Tag)
                    .where(func.lower(Tag.name) == query.tag.lower())
                )
            )
        if query.ids:
            stmt = stmt.where(Contact.public_id.in_(query.ids))
        return stmt


def _names(draft: ContactDraft) -> tuple[str | None, str | None, str | None]:
    given = clean_name(draft.given_name, field="given_name", label="The given name", max_len=100)
    family = clean_name(
        draft.family_name, field="family_name", label="The family name", max_len=100
    )
    name_zh = clean_name(draft.name_zh, field="name_zh", label="The Chinese name", max_len=100)
    if not (given or family or name_zh):
        raise ValidationError(
            "A contact needs a given name, a family name or a Chinese name.", field="given_name"
        )
    return given, family, name_zh


def _display(contact: Contact) -> str:
    return display_name(
        contact.given_name, contact.family_name, contact.name_zh, contact.name_order
    )


def _sort_name(contact: Contact) -> str:
    # Sort by family name, then given; a Chinese-only name sorts by its pinyin.
    parts = (
        [contact.family_name, contact.given_name] if contact.family_name else [contact.given_name]
    )
    latin = " ".join(p for p in parts if p)
    return (latin or contact.pinyin or contact.name_zh or "").lower()


_Detail = TypeVar("_Detail", ContactEmail, ContactPhone)


def _sync_values(
    current: list[_Detail], values: list[str], attr: str, make: Callable[[str, int], _Detail]
) -> list[_Detail]:
    """Reuse rows whose value is unchanged so the journal records only real changes."""
    by_value = {getattr(row, attr): row for row in current}
    result: list[_Detail] = []
    for position, value in enumerate(values):
        row = by_value.get(value) or make(value, position)
        row.position = position
        result.append(row)
    return result


def _row(contact: Contact) -> ContactRow:
    org = contact.organisation
    return ContactRow(
        id=contact.public_id,
        display_name=_display(contact),
        given_name=contact.given_name,
        family_name=contact.family_name,
        name_zh=contact.name_zh,
        name_order=contact.name_order,
        pinyin=contact.pinyin,
        title=contact.title,
        organisation=org.name if org else None,
        organisation_id=org.public_id if org else None,
        emails=tuple(e.address for e in contact.emails),
        phones=tuple(p.number for p in contact.phones),
        preferred_language=contact.preferred_language,
        notes=contact.notes,
        tags=tuple(sorted(link.tag.name for link in contact.tag_links)),
        affiliations=tuple(
            AffiliationRow(
                organisation=a.organisation.name,
                title=a.title,
                ended_on=a.ended_on.isoformat() if a.ended_on else None,
            )
            for a in contact.affiliations
        ),
        created_at=contact.created_at,
        updated_at=contact.updated_at,
    )
