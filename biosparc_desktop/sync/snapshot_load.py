"""Loading the team's snapshot on a laptop's first sync, fast.

A snapshot is every record the team has: on a laptop joining a large team,
hundreds of thousands of rows. Rows this laptop does not have yet go in with
Core executemany, table by table, owners first; rows it already has are
upserted field by field. The search index and the derived "last interaction"
column are then rebuilt in one pass each, as after any bulk write.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from sqlalchemy import Table, inspect, select, update
from sqlalchemy.orm import Mapper, Session

from biosparc_desktop.search.index import rebuild
from biosparc_desktop.services.journal_values import class_for, load_value
from biosparc_desktop.services.last_interaction import refresh_all
from biosparc_desktop.sync.wire import foreign_keys

CHUNK = 2_000


class SnapshotLoader:
    def __init__(self, session: Session) -> None:
        self._session = session
        self._ids: dict[str, dict[str, int]] = {}  # table -> public id -> local id
        self.rows = 0

    def load(self, lines: Iterable[dict[str, Any]]) -> None:
        for table_name, rows in _by_table(lines):
            self._load_table(table_name, rows)
        connection = self._session.connection()
        if connection.dialect.name == "sqlite":
            rebuild(connection)
        refresh_all(connection)

    def _load_table(self, name: str, rows: list[dict[str, Any]]) -> None:
        cls = class_for(name)
        table: Table = cls.__table__  # type: ignore[attr-defined]
        mapper: Mapper[Any] = inspect(cls)
        links = foreign_keys(name)
        for target in set(links.values()):
            self._known(target)
        known = self._known(name)
        fresh: list[dict[str, Any]] = []
        for row in rows:
            values = {
                key: self._value(mapper, links, key, raw)
                for key, raw in row.items()
                if key in table.c and key != "id"
            }
            existing = known.get(row["public_id"])
            if existing is None:
                fresh.append(values)
            else:
                self._session.execute(update(table).where(table.c.id == existing).values(**values))
        for start in range(0, len(fresh), CHUNK):
            self._session.execute(table.insert(), fresh[start : start + CHUNK])
        self.rows += len(rows)
        self._ids.pop(name, None)  # read again with the new rows when something points here

    def _value(self, mapper: Mapper[Any], links: dict[str, str], key: str, raw: Any) -> Any:
        if raw is None:
            return None
        if key in links:
            return self._ids[links[key]].get(raw)
        return load_value(mapper, key, raw)

    def _known(self, table_name: str) -> dict[str, int]:
        if table_name not in self._ids:
            cls = class_for(table_name)
            self._ids[table_name] = {
                public_id: row_id
                for public_id, row_id in self._session.execute(select(cls.public_id, cls.id))
            }
        return self._ids[table_name]


def _by_table(lines: Iterable[dict[str, Any]]) -> Iterator[tuple[str, list[dict[str, Any]]]]:
    """Consecutive rows of one table (the server sends them table by table, owners first)."""
    current: str | None = None
    rows: list[dict[str, Any]] = []
    for line in lines:
        if line["entity"] != current:
            if current is not None:
                yield current, rows
            current, rows = line["entity"], []
        rows.append(line["row"])
    if current is not None:
        yield current, rows
