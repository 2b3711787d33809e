"""Partner organisations: create, edit, list, find, delete to the Trash."""

from __future__ import annotations

import difflib
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import Select, and_, case, func, or_, select
from sqlalchemy.orm import Session, aliased

from biosparc_desktop.domain.agreements import AgreementParty
from biosparc_desktop.domain.enums import OrganisationKind, PartyRole, RelationshipStage
from biosparc_desktop.domain.organisations import Organisation, OrganisationTag
from biosparc_desktop.domain.people import StaffMember, Tag
from biosparc_desktop.domain.rules.codes import clean_country
from biosparc_desktop.domain.rules.names import organisation_pinyin
from biosparc_desktop.domain.rules.text import (
    clean_line,
    clean_name,
    clean_text,
    clean_website,
    required_name,
)
from biosparc_desktop.errors import Conflict, NotFound, ValidationError
from biosparc_desktop.services.common import (
    PageCursors,
    field_problems,
    get_live,
    live,
    page_limits,
    split_tag_names,
    staff_by_name,
    sync_tags,
    tag_names_column,
    tags_by_name,
    text_search,
)
from biosparc_desktop.services.context import ServiceContext


@dataclass(frozen=True)
class OrganisationDraft:
    """What the user typed; the service validates and cleans it."""

    name: str
    name_zh: str | None = None
    short_name: str | None = None
    kind: OrganisationKind = OrganisationKind.OTHER
    country: str | None = None
    city: str | None = None
    website: str | None = None
    stage: RelationshipStage = RelationshipStage.PROSPECT
    owner: str | None = None
    description: str | None = None
    tags: tuple[str, ...] = ()
    parent_id: str | None = None


@dataclass(frozen=True)
class OrganisationRow:
    id: str
    name: str
    name_zh: str | None
    short_name: str | None
    kind: OrganisationKind
    country: str | None
    city: str | None
    website: str | None
    stage: RelationshipStage
    owner: str | None
    parent: str | None
    parent_id: str | None
    description: str | None
    tags: tuple[str, ...]
    created_at: datetime
    updated_at: datetime

    @property
    def display_name(self) -> str:
        return f"{self.name} ({self.name_zh})" if self.name_zh else self.name


def draft_of(row: OrganisationRow) -> OrganisationDraft:
    """The draft that would save ``row`` as it is (to change one field of it)."""
    return OrganisationDraft(
        name=row.name,
        name_zh=row.name_zh,
        short_name=row.short_name,
        kind=row.kind,
        country=row.country,
        city=row.city,
        website=row.website,
        stage=row.stage,
        owner=row.owner,
        description=row.description,
        tags=row.tags,
        parent_id=row.parent_id,
    )


@dataclass(frozen=True)
class OrganisationQuery:
    search: str = ""
    stage: RelationshipStage | None = None
    kind: OrganisationKind | None = None
    owner: str | None = None
    tag: str | None = None
    country: str | None = None
    sort: str = "name"
    descending: bool = False
    include_deleted: bool = False
    ids: tuple[str, ...] = field(default=())


# A partner known only by a Chinese name sorts among the others by its pinyin, as a
# contact with only a Chinese name does; the Chinese names sort by their pinyin.
_NAME_ORDER = case(
    (
        and_(
            Organisation.pinyin.is_not(None),
            or_(Organisation.name_zh.is_(None), Organisation.name_zh == Organisation.name),
        ),
        Organisation.pinyin,
    ),
    else_=func.lower(Organisation.name),
)
SORT_COLUMNS = {
    "name": _NAME_ORDER,
    "name_zh": case((Organisation.name_zh.is_not(None), Organisation.pinyin)),
    "short_name": func.lower(Organisation.short_name),
    "kind": Organisation.kind,
    "country": Organisation.country,
    "city": Organisation.city,
    "stage": Organisation.stage,
    "updated_at": Organisation.updated_at,
    "created_at": Organisation.created_at,
}


class OrganisationService:
    def __init__(self, context: ServiceContext) -> None:
        self._ctx = context
        self._pages = PageCursors(context)

    # -- validation ---------------------------------------------------------
    def validate(self, draft: OrganisationDraft) -> dict[str, ValidationError]:
        """Every problem with a draft, by field: the dialog shows these as the user types."""
        checks: tuple[Callable[[], object], ...] = (
            lambda: required_name(draft.name, field="name", label="The name", max_len=200),
            lambda: clean_name(
                draft.name_zh, field="name_zh", label="The Chinese name", max_len=200
            ),
            lambda: clean_name(
                draft.short_name, field="short_name", label="The short name", max_len=60
            ),
            lambda: clean_country(draft.country),
            lambda: clean_line(draft.city, field="city", label="The city", max_len=100),
            lambda: clean_website(draft.website),
            lambda: clean_text(draft.description, field="description", label="The description"),
        )
        return field_problems(checks, default="name")

    def _apply(self, session: Session, org: Organisation, draft: OrganisationDraft) -> None:
        org.name = required_name(draft.name, field="name", label="The name", max_len=200)
        org.name_zh = clean_name(
            draft.name_zh, field="name_zh", label="The Chinese name", max_len=200
        )
        org.short_name = clean_name(
            draft.short_name, field="short_name", label="The short name", max_len=60
        )
        org.pinyin = organisation_pinyin(org.name, org.name_zh)
        org.kind = OrganisationKind(draft.kind)
        org.country = clean_country(draft.country)
        org.city = clean_line(draft.city, field="city", label="The city", max_len=100)
        org.website = clean_website(draft.website)
        org.stage = RelationshipStage(draft.stage)
        org.owner = staff_by_name(session, draft.owner)
        org.description = clean_text(
            draft.description, field="description", label="The description"
        )
        org.parent = self._parent(session, org, draft.parent_id)
        self._check_unique(session, org)
        org.tag_links = sync_tags(
            org.tag_links,
            tags_by_name(session, list(draft.tags)),
            lambda tag: OrganisationTag(tag=tag),
        )

    def _parent(
        self, session: Session, org: Organisation, parent_id: str | None
    ) -> Organisation | None:
        if not parent_id:
            return None
        parent = get_live(session, Organisation, parent_id, "parent organisation")
        ancestor: Organisation | None = parent
        while ancestor is not None:
            if ancestor is org:
                raise ValidationError(
                    "An organisation cannot sit under itself or one of its own members.",
                    field="parent_id",
                )
            ancestor = ancestor.parent
        return parent

    def _check_unique(self, session: Session, org: Organisation) -> None:
        clauses = [func.lower(Organisation.name) == org.name.lower()]
        if org.name_zh:
            clauses.append(Organisation.name_zh == org.name_zh)
        query = select(Organisation.name).where(or_(*clauses), Organisation.deleted_at.is_(None))
        if org.id is not None:
            query = query.where(Organisation.id != org.id)
        clash = session.scalar(query.limit(1))
        if clash is not None:
            raise Conflict.of(
                "An organisation named “{name}” already exists.", field="name", name=clash
            )

    # -- writes -------------------------------------------------------------
    def create(self, draft: OrganisationDraft) -> OrganisationRow:
        with self._ctx.write(f"Add partner {draft.name.strip()[:60]}") as session:
            org = Organisation()
            session.add(org)
            with session.no_autoflush:
                self._apply(session, org, draft)
            session.flush()
            return _row(session, org)

    def update(self, public_id: str, draft: OrganisationDraft) -> OrganisationRow:
        with self._ctx.write(f"Edit partner {draft.name.strip()[:60]}") as session:
            org = get_live(session, Organisation, public_id, "organisation")
            with session.no_autoflush:
                self._apply(session, org, draft)
            session.flush()
            return _row(session, org)

    def set_stage(self, public_id: str, stage: RelationshipStage) -> OrganisationRow:
        with self._ctx.write(f"Move partner to {stage.label}") as session:
            org = get_live(session, Organisation, public_id, "organisation")
            org.stage = stage
            session.flush()
            return _row(session, org)

    def delete(self, public_id: str) -> None:
        """Move to the Trash; links stay so a restore brings everything back."""
        with self._ctx.write("Delete partner") as session:
            org = get_live(session, Organisation, public_id, "organisation")
            self._ctx.relabel(session, f"Delete partner {org.name[:60]}")
            org.deleted_at = self._ctx.now()

    # -- reads --------------------------------------------------------------
    def get(self, public_id: str) -> OrganisationRow:
        with self._ctx.read() as session:
            return _row(session, get_live(session, Organisation, public_id, "organisation"))

    def draft(self, public_id: str) -> OrganisationDraft:
        """The draft that would save the organisation as it is (to change some fields)."""
        return draft_of(self.get(public_id))

    def rows(
        self, query: OrganisationQuery | None = None, *, limit: int | None = None, offset: int = 0
    ) -> list[OrganisationRow]:
        query = query or OrganisationQuery()
        size, start = page_limits(limit, offset)
        with self._ctx.read() as session:
            column = SORT_COLUMNS.get(query.sort, SORT_COLUMNS["name"])
            page = self._select(query, paging=True)
            ids = self._pages.ids(
                session,
                page,
                key=query,
                start=start,
                size=size,
                column=column,
                id_column=Organisation.id,
                descending=query.descending,
            )
            return _rows_in_order(session, ids)

    def count(self, query: OrganisationQuery | None = None) -> int:
        query = query or OrganisationQuery()
        with self._ctx.read() as session:
            sub = self._select(query).with_only_columns(Organisation.id).subquery()
            return int(session.scalar(select(func.count()).select_from(sub)) or 0)

    def _select(self, query: OrganisationQuery, *, paging: bool = False) -> Select[Organisation]:
        stmt = select(Organisation)
        if not query.include_deleted:
            stmt = stmt.where(live(Organisation, paging=paging))
        if query.search.strip():
            stmt = stmt.where(
                text_search(
                    "organisation",
                    query.search,
                    Organisation.id,
                    # Names (and their initials) and city, not the description.
                    columns=("title", "detail", "initials"),
                    fallback=[
                        Organisation.name,
                        Organisation.name_zh,
                        Organisation.short_name,
                        Organisation.pinyin,
                        Organisation.city,
                    ],
                )
            )
        if query.stage:
            stmt = stmt.where(Organisation.stage == query.stage)
        if query.kind:
            stmt = stmt.where(Organisation.kind == query.kind)
        if query.country:
            stmt = stmt.where(Organisation.country == query.country.upper())
        if query.owner:
            owner = aliased(StaffMember)
            stmt = stmt.join(owner, Organisation.owner).where(
                func.lower(owner.name) == query.owner.lower()
            )
        if query.tag:
            stmt = stmt.where(
                Organisation.id.in_(
                    select(OrganisationTag.organisation_id)
                    .join(Tag)
                    .where(func.lower(Tag.name) == query.tag.lower())
                )
            )
        if query.ids:
            stmt = stmt.where(Organisation.public_id.in_(query.ids))
        return stmt

    def find(self, name_or_id: str) -> OrganisationRow:
        """By public id, or exact English, Chinese or short name (case-insensitive).

        An unknown name raises NotFound listing the closest names.
        """
        text = name_or_id.strip()
        with self._ctx.read() as session:
            live = Organisation.deleted_at.is_(None)
            org = session.scalar(select(Organisation).where(Organisation.public_id == text, live))
            if org is None:
                org = session.scalar(
                    select(Organisation)
                    .where(
                        live,
                        or_(
                            func.lower(Organisation.name) == text.lower(),
                            Organisation.name_zh == text,
                            func.lower(Organisation.short_name) == text.lower(),
                        ),
                    )
                    .limit(1)
                )
            if org is not None:
                return _row(session, org)
            names = session.scalars(select(Organisation.name).where(live)).all()
            short = session.execute(
                select(Organisation.short_name, Organisation.name).where(
                    live, Organisation.short_name.is_not(None)
                )
            ).all()
        by_key = {n.lower(): n for n in names} | {s.lower(): n for s, n in short if s}
        close = difflib.get_close_matches(text.lower(), list(by_key), n=3, cutoff=0.4)
        contains = [n for key, n in by_key.items() if text.lower() in key]
        suggestions = list(dict.fromkeys([by_key[c] for c in close] + contains))[:5]
        if suggestions:
            raise NotFound.of(
                "No partner is called “{name}”. Did you mean: {suggestions}?",
                name=text,
                suggestions=", ".join(suggestions),
            )
        raise NotFound.of("No partner is called “{name}”.", name=text)

    def countries(self) -> list[str]:
        """The distinct country codes in use, for filters."""
        with self._ctx.read() as session:
            return list(
                session.scalars(
                    select(Organisation.country)
                    .where(Organisation.deleted_at.is_(None), Organisation.country.is_not(None))
                    .distinct()
                    .order_by(Organisation.country)
                )
            )

    def names(self) -> list[tuple[str, str]]:
        """(public id, name) of every live organisation, for pickers."""
        with self._ctx.read() as session:
            rows = session.execute(
                select(Organisation.public_id, Organisation.name)
                .where(Organisation.deleted_at.is_(None))
                .order_by(_NAME_ORDER, Organisation.id)
            ).all()
            return [(pid, name) for pid, name in rows]

    def own_ids(self) -> set[str]:
        """Biosparc's own organisations ("us"): those that sign agreements as Biosparc.
        A meeting logged from an event or an agreement is with the others."""
        with self._ctx.read() as session:
            return set(
                session.scalars(
                    select(Organisation.public_id)
                    .join(AgreementParty, AgreementParty.organisation_id == Organisation.id)
                    .where(AgreementParty.role == PartyRole.BIOSPARC)
                )
            )


def _rows_in_order(session: Session, ids: list[int]) -> list[OrganisationRow]:
    """The rows of these organisations, in the order given, read in one query.

    The owner and the parent come by outer joins and the tags as one concatenated
    column, rather than a query per relationship for every page of the list.
    """
    if not ids:
        return []
    owner, parent = aliased(StaffMember), aliased(Organisation)
    tags = tag_names_column(OrganisationTag.tag_id, OrganisationTag.organisation_id, Organisation)
    stmt = (
        select(Organisation, owner.name, parent.name, parent.public_id, tags)
        .outerjoin(owner, Organisation.owner_id == owner.id)
        .outerjoin(parent, Organisation.parent_id == parent.id)
        .where(Organisation.id.in_(ids))
    )
    by_id: dict[int, OrganisationRow] = {}
    for org, owner_name, parent_name, parent_id, tag_names in session.execute(stmt):
        by_id[org.id] = OrganisationRow(
            id=org.public_id,
            name=org.name,
            name_zh=org.name_zh,
            short_name=org.short_name,
            kind=org.kind,
            country=org.country,
            city=org.city,
            website=org.website,
            stage=org.stage,
            owner=owner_name,
            parent=parent_name,
            parent_id=parent_id,
            description=org.description,
            tags=split_tag_names(tag_names),
            created_at=org.created_at,
            updated_at=org.updated_at,
        )
    return [by_id[i] for i in ids if i in by_id]


def _row(session: Session, org: Organisation) -> OrganisationRow:
    """One organisation's row, read as a list page reads it (the record must be flushed)."""
    if org.id is None:
        raise NotFound("The organisation was not saved.")
    return _rows_in_order(session, [org.id])[0]
