"""Many inserts at once, journalled exactly as the flush listener journals them.

Through the ORM (with the journal listener) each new object costs about 100 µs, so
an import of 100,000 contacts with their emails and phones would take most of a
minute. :class:`BulkInserter` sends one executemany per table instead and writes the
same "insert" journal entries the listener would, in the session's batch: history,
undo and redo treat the rows like any other change. It also refreshes the full-text
index, which only sees ORM flushes by itself.
"""

from __future__ import annotations

import gc
import json
import os
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from datetime import date, datetime
from enum import Enum
from typing import Any

from sqlalchemy import Column, Connection, Table, func, insert, select, text
from sqlalchemy.orm import Session

from biosparc_desktop.domain.base import Record, utcnow
from biosparc_desktop.domain.journal import ChangeEntry
from biosparc_desktop.services.context import BATCH_ID, BATCH_LABEL, STAFF_ID

# The same text the flush listener's json.dumps(..., ensure_ascii=False, sort_keys=True)
# gives, for dicts whose keys are sorted already; one encoder for every row.
_SORTED_ENCODER = json.JSONEncoder(ensure_ascii=False, check_circular=False)
_SEARCHABLE = frozenset({"organisation", "contact", "agreement", "interaction", "event", "task"})
_MISSING = object()
_CACHE_KIB = 128 * 1024
_JOURNAL = (
    "batch_id",
    "batch_label",
    "at",
    "staff_id",
    "entity",
    "record_id",
    "action",
    "new_value",
)


def plain(value: Any) -> Any:
    """A column value as the journal stores it (enum values, ISO dates)."""
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, datetime | date):
        return value.isoformat()
    return value


@contextmanager
def bulk_mode(session: Session | None = None) -> Iterator[None]:
    """For the length of a bulk action: no cyclic garbage collection, a large page cache.

    A hundred thousand new rows and their objects make every collection pass walk
    them all, over and over; nothing they hold is cyclic garbage. SQLite's default
    2 MB page cache makes a large transaction write pages out early and read them
    back for every index insert (a third more time). Both return to normal after.
    """
    collecting = gc.isenabled()
    gc.disable()
    connection = session.connection() if session is not None else None
    previous = None
    if connection is not None and connection.dialect.name == "sqlite":
        previous = connection.exec_driver_sql("PRAGMA cache_size").scalar()
        connection.exec_driver_sql(f"PRAGMA cache_size = -{_CACHE_KIB}")
    try:
        yield
    finally:
        if connection is not None and previous is not None and not connection.closed:
            connection.exec_driver_sql(f"PRAGMA cache_size = {int(previous)}")
        if collecting:
            gc.enable()


def driver_level(connection: Connection) -> bool:
    """SQLite takes the short way (pysqlite's executemany); other databases take
    SQLAlchemy's portable insert."""
    return connection.dialect.name == "sqlite"


def table_of(cls: type[Record]) -> Table:
    table = cls.__table__  # type: ignore[attr-defined]
    assert isinstance(table, Table)
    return table


class BulkInserter:
    """Insert plain rows into the tables of one open write, journalled and indexed."""

    def __init__(self, session: Session, now: datetime) -> None:
        self._session = session
        self._now = now
        self._reindex: dict[str, set[int]] = {}

    @property
    def connection(self) -> Connection:
        return self._session.connection()

    def insert(self, cls: type[Record], rows: Sequence[dict[str, Any]]) -> list[int]:
        """Insert ``rows`` (column name → value, ``id`` left out) and return their new ids.

        Every row names the same columns. ``public_id``, ``created_at`` and
        ``updated_at`` are filled when absent, other missing columns take their
        default (or ``None``).
        """
        if not rows:
            return []
        table = table_of(cls)
        full = _complete(table, rows, self._now)
        if driver_level(self.connection):
            # Ids given explicitly: inside this write no other writer can take them,
            # and SQLite would hand out the same ones (max + 1 onwards).
            before = int(self.connection.scalar(select(func.max(table.c.id))) or 0)
            ids = list(range(before + 1, before + 1 + len(full)))
            for row, new_id in zip(full, ids, strict=True):
                row["id"] = new_id
            _executemany(self.connection, table, list(table.columns), full)
        else:
            without_id = [{k: v for k, v in row.items() if k != "id"} for row in full]
            result = self.connection.execute(
                insert(table).returning(table.c.id, sort_by_parameter_order=True), without_id
            )
            ids = [int(i) for i in result.scalars()]
            for row, new_id in zip(full, ids, strict=True):
                row["id"] = new_id
        self._journal(table, full)  # (turns the rows' values into JSON values)
        if table.name in _SEARCHABLE:
            self._reindex.setdefault(table.name, set()).update(ids)
        return ids

    def refresh_search_index(self) -> None:
        """Index the records inserted so far (the index is kept only on SQLite)."""
        if not self._reindex or self.connection.dialect.name != "sqlite":
            self._reindex.clear()
            return
        from biosparc_desktop.search.index import replace
        from biosparc_desktop.search.schema import TABLE

        exists = self.connection.scalar(
            text("SELECT count(*) FROM sqlite_master WHERE name = :name"), {"name": TABLE}
        )
        if exists:
            for kind, ids in self._reindex.items():
                replace(self.connection, kind, ids)
        self._reindex.clear()

    def _journal(self, table: Table, rows: list[dict[str, Any]]) -> None:
        info = self._session.info
        batch, label, staff = info[BATCH_ID], info.get(BATCH_LABEL, "Change"), info.get(STAFF_ID)
        at = utcnow()
        # Only dates, times and enums need turning into JSON values; they repeat a lot.
        # The rows are ours and already inserted: converted in place, not copied.
        convert = [(c.name, _memoised(plain)) for c in table.columns if _needs_plain(c)]
        encode = _SORTED_ENCODER.encode  # the rows' keys are in sorted order already
        entity = str(table.name)
        entries = []
        for row in rows:
            for name, to_plain in convert:
                row[name] = to_plain(row[name])
            entries.append(
                (batch, label, at, staff, entity, row["public_id"], "insert", encode(row))
            )
        journal: Table = ChangeEntry.__table__  # type: ignore[assignment]
        if driver_level(self.connection):
            _executemany(self.connection, journal, [journal.c[n] for n in _JOURNAL], entries)
        else:
            self.connection.execute(
                insert(journal), [dict(zip(_JOURNAL, e, strict=True)) for e in entries]
            )


def insert_plain(connection: Connection, table: Table, rows: Sequence[dict[str, Any]]) -> None:
    """Insert complete rows (every row the same columns) without journalling them."""
    if not rows:
        return
    if not driver_level(connection):
        connection.execute(insert(table), list(rows))
        return
    _executemany(connection, table, [table.c[name] for name in rows[0]], rows)


def _complete(table: Table, rows: Sequence[dict[str, Any]], now: datetime) -> list[dict[str, Any]]:
    """Every column of every row (``id`` as a placeholder), keys in sorted order so the
    journal's JSON needs no sorting."""
    names = set(rows[0])
    unknown = names - {c.name for c in table.columns}
    if unknown or "id" in names:
        raise KeyError(
            f"not columns to insert into {table.name}: {sorted(unknown | {'id'} & names)}"
        )
    order = sorted(c.name for c in table.columns)
    constant: dict[str, Any] = {}
    for column in table.columns:
        if column.name not in names and column.name not in ("id", "public_id"):
            constant[column.name] = _default(column, now)
    fresh = public_ids(len(rows)) if "public_id" not in names else None
    template = dict.fromkeys(order)
    template.update(constant)
    full = []
    for index, row in enumerate(rows):
        if len(row) != len(names):  # (a row naming other columns fails on insert)
            raise KeyError(f"rows for {table.name} name different columns")
        values = template.copy()
        values.update(row)
        if fresh is not None:
            values["public_id"] = fresh[index]
        full.append(values)
    return full


def public_ids(count: int) -> list[str]:
    """``count`` random (version 4) UUIDs as text, like new_public_id() but in bulk."""
    data = bytearray(os.urandom(16 * count))
    ids = []
    for start in range(0, len(data), 16):
        data[start + 6] = data[start + 6] & 0x0F | 0x40  # version 4
        data[start + 8] = data[start + 8] & 0x3F | 0x80  # RFC 4122 variant
        h = data[start : start + 16].hex()
        ids.append(f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}")
    return ids


def _default(column: Column[Any], now: datetime) -> Any:
    if column.name in ("created_at", "updated_at"):
        return now
    default = column.default
    if default is not None and default.is_scalar:
        return default.arg  # type: ignore[attr-defined]
    if not column.nullable:
        raise KeyError(f"{column.table.name}.{column.name} needs a value")
    return None


def _needs_plain(column: Column[Any]) -> bool:
    if getattr(column.type, "enum_class", None) is not None:
        return True
    try:
        return column.type.python_type in (datetime, date)
    except NotImplementedError:
        return False


def _executemany(
    connection: Connection,
    table: Table,
    columns: list[Column[Any]],
    rows: Sequence[dict[str, Any]] | Sequence[tuple[Any, ...]],
) -> None:
    """One driver-level executemany; values converted by the columns' own SQLAlchemy types."""
    dialect = connection.dialect
    names = [c.name for c in columns]
    converters: list[tuple[int, Callable[[Any], Any]]] = []
    for index, column in enumerate(columns):
        processor = column.type.dialect_impl(dialect).bind_processor(dialect)
        if processor is not None:
            converters.append((index, _memoised(processor)))
    params = []
    for row in rows:
        values = [row[name] for name in names] if isinstance(row, dict) else list(row)
        for index, convert in converters:
            values[index] = convert(values[index])
        params.append(tuple(values))
    quoted = ", ".join(f'"{name}"' for name in names)
    marks = ", ".join("?" for _ in names)
    connection.exec_driver_sql(f'INSERT INTO "{table.name}" ({quoted}) VALUES ({marks})', params)


def _memoised(processor: Callable[[Any], Any]) -> Callable[[Any], Any]:
    """Timestamps and enum values repeat across rows: convert each distinct value once."""
    cache: dict[Any, Any] = {}

    def convert(value: Any) -> Any:
        if value is None:
            return None
        result = cache.get(value, _MISSING)
        if result is _MISSING:
            result = cache[value] = processor(value)
        return result

    return convert
