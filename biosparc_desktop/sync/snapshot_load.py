"""Loading the team's snapshot on a laptop's first sync, fast.

A snapshot is every record the team has: on a laptop joining a large team,
hundreds of thousands of rows. Rows this laptop does not have yet go straight
into SQLite with executemany, each value turned into SQLite's stored form by a
converter chosen once per column; rows it already has are upserted through
SQLAlchemy. The search index and the derived "last interaction" column are then
rebuilt in one pass each, as after any bulk write.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import UTC, date, datetime
from operator import itemgetter
from typing import Any

from sqlalchemy import (
    Boolean,
    Date,
    DateTime,
    Table,
    TypeDecorator,
    UniqueConstraint,
    func,
    inspect,
    select,
    update,
)
from sqlalchemy.orm import Mapper, Session

from biosparc_desktop.search.index import rebuild
from biosparc_desktop.services.journal_values import class_for, load_value
from biosparc_desktop.services.last_interaction import refresh_all
from biosparc_desktop.sync.wire import foreign_keys

Convert = Callable[[Any], Any]
LOAD_CACHE_KIB = -131_072  # 128 MB while loading (negative: KiB, as SQLite takes it)


class SnapshotLoader:
    def __init__(self, session: Session) -> None:
        self._session = session
        self._ids: dict[str, dict[str, int]] = {}  # table -> public id -> local id
        self.rows = 0

    def load(self, chunks: Iterable[dict[str, Any]]) -> None:
        """``chunks`` as the server streams them: ``{"entity", "columns", "rows"}``."""
        connection = self._session.connection()
        sqlite = connection.dialect.name == "sqlite"
        if sqlite:
            # Room for the indexes being built (SQLite's default cache is 2 MB): inserting
            # hundreds of thousands of rows then touches the disk far less.
            cache = connection.exec_driver_sql("PRAGMA cache_size").scalar() or -2000
            connection.exec_driver_sql(f"PRAGMA cache_size={LOAD_CACHE_KIB}")
        for chunk in chunks:
            self._load_chunk(chunk["entity"], chunk["columns"], chunk["rows"])
        if sqlite:
            rebuild(connection)
            connection.exec_driver_sql(f"PRAGMA cache_size={int(cache)}")
        refresh_all(connection)

    def _load_chunk(self, name: str, columns: list[str], rows: list[list[Any]]) -> None:
        cls = class_for(name)
        table: Table = cls.__table__  # type: ignore[attr-defined]
        keep = [i for i, c in enumerate(columns) if c in table.c and c != "id"]
        names = [columns[i] for i in keep]
        converters = [self._converter(table, name, c) for c in names]
        known = self._known(name)
        public_at = names.index("public_id")
        twins = self._twins(table, names)
        pick = itemgetter(*keep) if len(keep) > 1 else lambda raw: (raw[keep[0]],)
        # Most columns go in as they come; only links, times and flags are converted.
        changing = [(at, convert) for at, convert in enumerate(converters) if convert is not _same]
        fresh: list[tuple[Any, ...]] = []
        for raw in rows:
            values = pick(raw)
            if changing:
                listed = list(values)
                for at, convert in changing:
                    listed[at] = convert(listed[at])
                values = tuple(listed)
            existing = known.get(values[public_at])
            if existing is None and twins:
                existing = twins.find(values)
                if existing is not None:
                    # The team has this very record (a tag of the same name, the same
                    # link) under another id: this laptop's row takes the team's id.
                    known[values[public_at]] = existing
            if existing is None:
                fresh.append(values)
            else:
                self._upsert(cls, existing, dict(zip(names, (raw[i] for i in keep), strict=True)))
        if fresh:
            before = self._session.scalar(select(func.max(cls.id))) or 0
            placeholders = ", ".join("?" for _ in names)
            quoted = ", ".join(f'"{n}"' for n in names)
            self._session.connection().exec_driver_sql(
                f'INSERT INTO "{name}" ({quoted}) VALUES ({placeholders})', fresh
            )
            # The new rows' ids, for the rows that point at them (and the next chunk).
            # Under the write lock SQLite numbers them on from the largest id, in order;
            # should that ever not hold, they are read back.
            after = self._session.scalar(select(func.max(cls.id))) or 0
            if after == before + len(fresh):
                known.update(
                    (values[public_at], before + n) for n, values in enumerate(fresh, start=1)
                )
            else:
                known.update(
                    self._session.execute(
                        select(cls.public_id, cls.id).where(cls.id > before)
                    ).all()
                )
        self.rows += len(rows)

    def _twins(self, table: Table, names: list[str]) -> _Twins:
        keys = [
            [c.name for c in constraint.columns]
            for constraint in table.constraints
            if isinstance(constraint, UniqueConstraint)
            and [c.name for c in constraint.columns] != ["public_id"]
            and all(c.name in names for c in constraint.columns)
        ]
        return _Twins(self._session, table, names, keys)

    def _upsert(self, cls: type[Any], row_id: int, row: dict[str, Any]) -> None:
        mapper: Mapper[Any] = inspect(cls)
        links = foreign_keys(cls.__tablename__)
        values = {}
        for key, raw in row.items():
            if raw is not None and key in links:
                values[key] = self._known(links[key]).get(raw)
            else:
                values[key] = load_value(mapper, key, raw)
        self._session.execute(update(cls.__table__).where(cls.id == row_id).values(**values))

    def _converter(self, table: Table, name: str, column: str) -> Convert:
        """How a wire value becomes what SQLite stores for this column."""
        target = foreign_keys(name).get(column)
        if target is not None:
            ids = self._known(target)
            return lambda v: ids.get(v) if v is not None else None
        kind = table.c[column].type
        if isinstance(kind, TypeDecorator):
            kind = kind.impl_instance
        if isinstance(kind, DateTime):
            return _stored_datetime
        if isinstance(kind, Date):
            return lambda v: date.fromisoformat(v).isoformat() if v is not None else None
        if isinstance(kind, Boolean):
            return lambda v: int(v) if v is not None else None
        return _same

    def _known(self, table_name: str) -> dict[str, int]:
        if table_name not in self._ids:
            cls = class_for(table_name)
            self._ids[table_name] = {
                public_id: row_id
                for public_id, row_id in self._session.execute(select(cls.public_id, cls.id))
            }
        return self._ids[table_name]


class _Twins:
    """This laptop's rows by natural key (unique columns other than the public id)."""

    def __init__(
        self, session: Session, table: Table, names: list[str], keys: list[list[str]]
    ) -> None:
        self._positions = [[names.index(n) for n in key] for key in keys]
        self._rows: list[dict[tuple[Any, ...], int]] = []
        for key in keys:
            columns = [table.c[n] for n in key]
            self._rows.append(
                {tuple(row[1:]): row[0] for row in session.execute(select(table.c.id, *columns))}
            )

    def __bool__(self) -> bool:
        """Whether this laptop has any rows to match (none on a fresh join)."""
        return any(self._rows)

    def find(self, values: tuple[Any, ...]) -> int | None:
        for positions, rows in zip(self._positions, self._rows, strict=True):
            found = rows.get(tuple(values[p] for p in positions))
            if found is not None:
                return found
        return None


def _same(value: Any) -> Any:
    return value


def _stored_datetime(value: str | None) -> str | None:
    """An ISO time as SQLAlchemy stores it in SQLite: naive UTC with microseconds."""
    if value is None:
        return None
    if value.endswith("+00:00") and value[10:11] == "T":
        # The server writes UTC: the quick way, the same text as the long one.
        text = value[:10] + " " + value[11:-6]
        return text if len(text) == 26 else text + ".000000"
    moment = datetime.fromisoformat(value)
    if moment.tzinfo is not None:
        moment = moment.astimezone(UTC).replace(tzinfo=None)
    return moment.strftime("%Y-%m-%d %H:%M:%S.%f")
