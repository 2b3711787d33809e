"""What each kind of record puts in the index, read straight from its tables.

Reading the tables (not loaded objects) means the same code serves the flush
hook, a full rebuild and the migration's backfill, and always indexes what is
actually in the database. The index exists only on SQLite, so the reads are
plain SQL: the flush hook runs on every save, where building statements would
cost more than the reads themselves.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection

from biosparc_desktop.domain.activities import Event, Interaction
from biosparc_desktop.domain.agreements import Agreement
from biosparc_desktop.domain.contacts import Contact
from biosparc_desktop.domain.organisations import Organisation
from biosparc_desktop.domain.rules.names import has_han, to_pinyin
from biosparc_desktop.domain.tasks import Task
from biosparc_desktop.search.schema import rowid_for
from biosparc_desktop.search.text import index_text, initials, joined_pinyin


@dataclass(frozen=True)
class Ids:
    """Which records to read: these ids, or (``high`` given) the range ``low``..``high``."""

    values: Sequence[int] = ()
    low: int = 0
    high: int | None = None

    def where(self, column: str) -> tuple[str, list[int]]:
        if self.high is not None:
            return f"{column} BETWEEN ? AND ?", [self.low, self.high]
        return f"{column} IN ({','.join('?' * len(self.values))})", list(self.values)


@dataclass(frozen=True)
class Document:
    rowid: int
    title: str
    detail: str
    notes: str
    initials: str = ""

    def params(self) -> tuple[int, str, str, str, str]:
        return (self.rowid, self.title, self.detail, self.notes, self.initials)


def _rows(connection: Connection, sql: str, ids: Ids, column: str = "id") -> Sequence[Any]:
    where, params = ids.where(column)
    return connection.exec_driver_sql(f"{sql} WHERE {where}", tuple(params)).all()


def _organisations(connection: Connection, ids: Ids) -> Iterator[Document]:
    sql = "SELECT id, name, name_zh, short_name, pinyin, city, description FROM organisation"
    for oid, name, name_zh, short, pinyin, city, description in _rows(connection, sql, ids):
        # ``pinyin`` is the Chinese name's; a Chinese name in the name field has its own.
        name_pinyin = to_pinyin(name) if name != name_zh and has_han(name) else None
        yield Document(
            rowid_for("organisation", oid),
            index_text(name, name_zh, short, pinyin, joined_pinyin(pinyin)),
            index_text(city),
            index_text(description),
            initials(name, pinyin, name_pinyin),
        )


def _contacts(connection: Connection, ids: Ids) -> Iterator[Document]:
    emails: dict[int, list[str]] = defaultdict(list)
    sql = "SELECT contact_id, address FROM contact_email"
    for contact_id, address in _rows(connection, f"{sql}", ids, "contact_id"):
        emails[contact_id].append(address)
    sql = "SELECT id, given_name, family_name, name_zh, pinyin, title, notes FROM contact"
    for cid, given, family, name_zh, pinyin, title, notes in _rows(connection, sql, ids):
        yield Document(
            rowid_for("contact", cid),
            index_text(given, family, name_zh, pinyin, joined_pinyin(pinyin)),
            index_text(title, *emails.get(cid, ())),
            index_text(notes),
            # Either order: "Liu Ming" is typed "lm" whichever way round it is shown.
            initials(_joined(family, given), _joined(given, family), pinyin),
        )


def _joined(*parts: str | None) -> str:
    return " ".join(p for p in parts if p)


def _agreements(connection: Connection, ids: Ids) -> Iterator[Document]:
    for aid, title, terms in _rows(connection, "SELECT id, title, key_terms FROM agreement", ids):
        yield Document(rowid_for("agreement", aid), index_text(title), "", index_text(terms))


def _interactions(connection: Connection, ids: Ids) -> Iterator[Document]:
    sql = "SELECT id, summary, outcome FROM interaction"
    for iid, summary, outcome in _rows(connection, sql, ids):
        yield Document(rowid_for("interaction", iid), index_text(summary), "", index_text(outcome))


def _events(connection: Connection, ids: Ids) -> Iterator[Document]:
    sql = "SELECT id, name, venue, description FROM event"
    for eid, name, venue, description in _rows(connection, sql, ids):
        yield Document(
            rowid_for("event", eid), index_text(name), index_text(venue), index_text(description)
        )


def _tasks(connection: Connection, ids: Ids) -> Iterator[Document]:
    for tid, title, notes in _rows(connection, "SELECT id, title, notes FROM task", ids):
        yield Document(rowid_for("task", tid), index_text(title), "", index_text(notes))


READERS: dict[str, Callable[[Connection, Ids], Iterator[Document]]] = {
    "organisation": _organisations,
    "contact": _contacts,
    "agreement": _agreements,
    "interaction": _interactions,
    "event": _events,
    "task": _tasks,
}

# The table behind each kind: its ``id`` column is the record id in the rowid.
MODELS: dict[str, type[Any]] = {
    "organisation": Organisation,
    "contact": Contact,
    "agreement": Agreement,
    "interaction": Interaction,
    "event": Event,
    "task": Task,
}


def read_documents(connection: Connection, kind: str, ids: Ids) -> Iterator[Document]:
    return READERS[kind](connection, ids)
