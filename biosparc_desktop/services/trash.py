"""The Trash: deleted records with what they were linked to; restore, purge, empty.

Deleting sets ``deleted_at`` (every aggregate service does that). Here the user
brings records back, and records are removed for good after 30 days or by
"Empty Trash". Every one of these is an ordinary journalled write, so undo
brings back a purged record with its links exactly as they were.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any, cast

from sqlalchemy import Column, ForeignKey, Table, func, or_, select
from sqlalchemy.orm import InstrumentedAttribute, Mapper, Session

from biosparc_desktop.domain.activities import Event, Interaction
from biosparc_desktop.domain.agreements import Agreement, AgreementParty
from biosparc_desktop.domain.base import Base, Record, Trashable
from biosparc_desktop.domain.contacts import Contact
from biosparc_desktop.domain.organisations import Organisation
from biosparc_desktop.domain.rules.names import display_name
from biosparc_desktop.domain.sentences import Sentence, translatable
from biosparc_desktop.domain.tasks import Task
from biosparc_desktop.errors import Conflict, NotFound
from biosparc_desktop.services.context import ServiceContext

PURGE_AFTER_DAYS = 30
_MAX_TITLE = 80


@dataclass(frozen=True)
class TrashItem:
    id: str
    kind: str  # the table: organisation, contact, agreement, interaction, event, task
    kind_label: str  # "Partner", "Contact"...
    title: str | Sentence
    deleted_at: datetime
    purge_on: date
    # "At Mirxes", "2 contacts", "Zhang Wei (in the Trash)"...: sentences for the
    # interface to word in its language; names and email addresses as they are.
    links: tuple[str | Sentence, ...]


_Link = str | Sentence | None


def _named(name: str, trashed: bool) -> str | Sentence:
    return Sentence.of("{name} (in the Trash)", name=name) if trashed else name


def _org_name(org: Organisation | None) -> str | Sentence | None:
    return None if org is None else _named(org.name, org.deleted_at is not None)


def _contact_name(contact: Contact | None) -> str | Sentence | None:
    if contact is None:
        return None
    name = display_name(
        contact.given_name, contact.family_name, contact.name_zh, contact.name_order
    )
    return _named(name, contact.deleted_at is not None)


def _count(n: int, one: Sentence, many: str) -> Sentence | None:
    if not n:
        return None
    return one if n == 1 else Sentence.of(many, count=n)


def _day(day: date) -> Sentence:
    return Sentence.of("{date}", date=day)


def _short(text: str) -> str:
    line = " ".join(text.split())
    return line if len(line) <= _MAX_TITLE else line[: _MAX_TITLE - 1] + "…"


def _organisation(session: Session, org: Organisation) -> tuple[str, list[_Link]]:
    contacts = session.scalar(
        select(func.count()).where(Contact.organisation_id == org.id, Contact.deleted_at.is_(None))
    )
    agreements = session.scalar(
        select(func.count(AgreementParty.id))
        .join(Agreement)
        .where(AgreementParty.organisation_id == org.id, Agreement.deleted_at.is_(None))
    )
    links: list[_Link] = [
        Sentence.of("Part of {name}", name=_org_name(org.parent)) if org.parent else None,
        _count(int(contacts or 0), Sentence.of("1 contact"), translatable("{count} contacts")),
        _count(
            int(agreements or 0), Sentence.of("1 agreement"), translatable("{count} agreements")
        ),
    ]
    return org.name + (f" ({org.name_zh})" if org.name_zh else ""), links


def _contact(_session: Session, contact: Contact) -> tuple[str, list[_Link]]:
    org = _org_name(contact.organisation)
    links: list[_Link] = [
        Sentence.of("At {name}", name=org) if org else None,
        *(e.address for e in contact.emails[:2]),
    ]
    name = display_name(
        contact.given_name, contact.family_name, contact.name_zh, contact.name_order
    )
    return name, links


def _agreement(_session: Session, agreement: Agreement) -> tuple[str, list[_Link]]:
    parties = [_org_name(p.organisation) for p in agreement.parties]
    return agreement.title, [Sentence.of("{status}", status=agreement.status.label), *parties]


def _interaction(_session: Session, item: Interaction) -> tuple[Sentence, list[_Link]]:
    when = _day(item.occurred_at.astimezone().date())
    orgs = [_org_name(link.organisation) for link in item.organisation_links]
    people = [_contact_name(link.contact) for link in item.contact_links]
    title = Sentence.of("{kind}: {summary}", kind=item.kind.label, summary=_short(item.summary))
    return title, [when, *orgs, *people]


def _event(_session: Session, event: Event) -> tuple[str, list[_Link]]:
    orgs = [_org_name(link.organisation) for link in event.organisation_links]
    attendees = _count(
        len(event.attendees), Sentence.of("1 attendee"), translatable("{count} attendees")
    )
    return event.name, [_day(event.held_on), *orgs, attendees]


def _task(_session: Session, task: Task) -> tuple[str, list[_Link]]:
    about: list[_Link] = [
        Sentence.of("About {name}", name=task.agreement.title) if task.agreement else None,
        Sentence.of("About {name}", name=_org_name(task.organisation))
        if task.organisation
        else None,
        Sentence.of("With {name}", name=_contact_name(task.contact)) if task.contact else None,
        Sentence.of("For {name}", name=task.event.name) if task.event else None,
        Sentence.of("Due {date}", date=task.due_on) if task.due_on else None,
    ]
    return task.title, about


_Describe = Callable[[Session, Any], tuple[str | Sentence, list[_Link]]]
# table -> (class, label, describe), in the order the Trash lists kinds.
KINDS: dict[str, tuple[type[Record], str, _Describe]] = {
    "organisation": (Organisation, "Partner", _organisation),
    "contact": (Contact, "Contact", _contact),
    "agreement": (Agreement, "Agreement", _agreement),
    "interaction": (Interaction, "Interaction", _interaction),
    "event": (Event, "Event", _event),
    "task": (Task, "Follow-up", _task),
}


class TrashService:
    def __init__(self, context: ServiceContext) -> None:
        self._ctx = context

    # -- reads --------------------------------------------------------------
    def rows(self, kind: str | None = None) -> list[TrashItem]:
        """Everything in the Trash (or one kind of it), most recently deleted first."""
        with self._ctx.read() as session:
            items = [self._item(session, obj) for obj in self._trashed(session, kind)]
        items.sort(key=lambda item: (item.deleted_at, item.id), reverse=True)
        return items

    def count(self) -> int:
        with self._ctx.read() as session:
            total = 0
            for cls, _label, _describe in KINDS.values():
                column = _deleted_at(cls)
                total += int(session.scalar(select(func.count()).where(column.is_not(None))) or 0)
            return total

    def get(self, public_id: str) -> TrashItem:
        with self._ctx.read() as session:
            return self._item(session, self._find(session, public_id))

    def link_name(self, entity: str, field: str, row_id: object) -> str | Sentence | None:
        """The name of the record a link column points at (for history lines), if any."""
        source = _classes().get(entity)
        if source is None or not isinstance(row_id, int):
            return None
        column = _table_of(source).columns.get(field)
        target = next(iter(column.foreign_keys), None) if column is not None else None
        cls = _classes().get(target.column.table.name) if target is not None else None
        if cls is None:
            return None
        with self._ctx.read() as session:
            obj = session.get(cls, row_id)
            if obj is None:
                return None
            if isinstance(obj, Contact):
                return _contact_name(obj)
            if isinstance(obj, Organisation):
                return _org_name(obj)
            name = getattr(obj, "name", None) or getattr(obj, "title", None)
            return str(name) if name else None

    # -- writes -------------------------------------------------------------
    def restore(self, public_id: str) -> TrashItem:
        """Bring a record back where it was, with its links."""
        with self._ctx.write("Restore from the Trash") as session:
            obj = self._find(session, public_id)
            item = self._item(session, obj)
            if isinstance(obj, Organisation):
                _check_name_free(session, obj)
            self._ctx.relabel(session, f"Restore {item.kind_label.lower()} {str(item.title)[:60]}")
            cast(Trashable, obj).deleted_at = None
            session.flush()
        return item

    def empty(self) -> int:
        """Remove everything in the Trash for good; returns how many records went."""
        return self._purge_where("Empty Trash", None)

    def purge_expired(self, days: int = PURGE_AFTER_DAYS) -> int:
        """Remove what has been in the Trash longer than ``days``; returns how many."""
        return self._purge_where(
            f"Remove Trash older than {days} days", self._ctx.now() - timedelta(days=days)
        )

    def purge(self, public_id: str) -> None:
        """Remove one record in the Trash for good."""
        with self._ctx.write("Delete for good") as session:
            obj = self._find(session, public_id)
            item = self._item(session, obj)
            self._ctx.relabel(
                session, f"Delete {item.kind_label.lower()} {str(item.title)[:60]} for good"
            )
            _purge(session, [obj])

    def _purge_where(self, label: str, before: datetime | None) -> int:
        with self._ctx.read() as session:
            found = [obj.public_id for obj in self._trashed(session, None, before)]
        if not found:
            return 0  # no empty action on the undo stack
        with self._ctx.write(label) as session:
            objects = list(self._trashed(session, None, before))
            _purge(session, objects)
        return len(objects)

    # -- helpers ------------------------------------------------------------
    def _trashed(
        self, session: Session, kind: str | None, before: datetime | None = None
    ) -> Iterator[Record]:
        for table, (cls, _label, _describe) in KINDS.items():
            if kind is not None and kind != table:
                continue
            column = _deleted_at(cls)
            stmt = select(cls).where(column.is_not(None))
            if before is not None:
                stmt = stmt.where(column <= before)
            yield from session.scalars(stmt.order_by(column.desc()))

    def _find(self, session: Session, public_id: str) -> Record:
        for cls, _label, _describe in KINDS.values():
            obj = session.scalar(
                select(cls).where(cls.public_id == public_id, _deleted_at(cls).is_not(None))
            )
            if obj is not None:
                return obj
        raise NotFound("That record is not in the Trash; it may have been restored or emptied.")

    def _item(self, session: Session, obj: Record) -> TrashItem:
        table = str(obj.__tablename__)  # type: ignore[attr-defined]
        _cls, label, describe = KINDS[table]
        title, links = describe(session, obj)
        deleted_at = cast(Trashable, obj).deleted_at or self._ctx.now()
        purge_on = (deleted_at + timedelta(days=PURGE_AFTER_DAYS)).astimezone().date()
        return TrashItem(
            id=obj.public_id,
            kind=table,
            kind_label=label,
            title=title or "(no name)",
            deleted_at=deleted_at,
            purge_on=purge_on,
            links=tuple(link for link in links if link),
        )


def _deleted_at(cls: type[Record]) -> InstrumentedAttribute[datetime | None]:
    return cast(InstrumentedAttribute[datetime | None], cls.deleted_at)  # type: ignore[attr-defined]


def _check_name_free(session: Session, org: Organisation) -> None:
    clauses = [func.lower(Organisation.name) == org.name.lower()]
    if org.name_zh:
        clauses.append(Organisation.name_zh == org.name_zh)
    clash = session.scalar(
        select(Organisation.name)
        .where(or_(*clauses), Organisation.deleted_at.is_(None), Organisation.id != org.id)
        .limit(1)
    )
    if clash is not None:
        raise Conflict.of(
            "A partner named “{name}” exists now; rename it first, then restore this one.",
            name=clash,
        )


# -- purging: delete records and everything that cannot live without them ----------
def _purge(session: Session, roots: list[Record]) -> None:
    """Delete ``roots`` for good through the ORM, so the journal records every row.

    Rows that point at them with a required link (an email of a contact, a party
    of an agreement) go with them; optional links from records that stay (a
    contact's organisation, a task's agreement) are cleared. All deletes go in
    one flush, so the unit of work orders them children first, and no record is
    both changed and deleted in one action: undo replays it all backwards.
    """
    doomed: dict[tuple[str, int], Record] = {}
    with session.no_autoflush:
        for root in roots:
            _collect(session, root, doomed)
        for obj in doomed.values():
            for child_cls, column, key in _referrers(_table(obj)):
                if not column.nullable:
                    continue
                attribute = getattr(child_cls, key)
                for child in session.scalars(select(child_cls).where(attribute == obj.id)).all():
                    if (_table(child).name, child.id) not in doomed:
                        setattr(child, key, None)
        for obj in doomed.values():
            # Collections loaded while describing the record would cascade a second delete.
            session.expire(obj)
            session.delete(obj)
    session.flush()


def _collect(session: Session, obj: Record, doomed: dict[tuple[str, int], Record]) -> None:
    key = (_table(obj).name, obj.id)
    if key in doomed:
        return
    doomed[key] = obj
    for child_cls, column, attr in _referrers(_table(obj)):
        if column.nullable:
            continue
        attribute = getattr(child_cls, attr)
        for child in session.scalars(select(child_cls).where(attribute == obj.id)).all():
            _collect(session, child, doomed)


def _table(obj: Record) -> Table:
    return cast(Table, obj.__table__)  # type: ignore[attr-defined]


def _table_of(cls: type[Record]) -> Table:
    return cast(Table, cls.__table__)  # type: ignore[attr-defined]


def _classes() -> dict[str, type[Record]]:
    return {
        _table_of(m.class_).name: m.class_
        for m in Base.registry.mappers
        if issubclass(m.class_, Record)
    }


_REFERRERS: dict[str, list[tuple[type[Record], Column[Any], str]]] = {}


def _referrers(table: Table) -> list[tuple[type[Record], Column[Any], str]]:
    """(class, column, attribute) of every mapped column with a foreign key to ``table``."""
    if table.name not in _REFERRERS:
        found: list[tuple[type[Record], Column[Any], str]] = []
        for mapper in Base.registry.mappers:
            cls = mapper.class_
            if not issubclass(cls, Record):
                continue
            for column in cast(Table, mapper.local_table).columns:
                if any(_points_at(fk, table) for fk in column.foreign_keys):
                    found.append((cls, column, _attribute_key(mapper, column)))
        _REFERRERS[table.name] = found
    return _REFERRERS[table.name]


def _points_at(fk: ForeignKey, table: Table) -> bool:
    return fk.column.table is table


def _attribute_key(mapper: Mapper[Any], column: Column[Any]) -> str:
    return str(mapper.get_property_by_column(column).key)
