"""Writing the index: replace some records' rows, remove rows, rebuild everything.

All functions take the connection of the caller's transaction, so index rows
commit or roll back together with the records they describe.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable, Iterator
from dataclasses import dataclass
from itertools import islice

from sqlalchemy import Connection, func, select

from biosparc_desktop.search.documents import MODELS, Document, Ids, read_documents
from biosparc_desktop.search.schema import COLUMNS, KINDS, TABLE, rowid_for

_CHUNK = 500  # ids per IN (...) list
_REBUILD_SPAN = 20_000  # id range read per step of a rebuild

_INSERT = f"INSERT INTO {TABLE}(rowid, {', '.join(COLUMNS)}) VALUES (?, ?, ?, ?, ?)"
_DELETE = f"DELETE FROM {TABLE} WHERE rowid = ?"


def _chunks(values: Iterable[int], size: int) -> Iterator[list[int]]:
    iterator = iter(values)
    while chunk := list(islice(iterator, size)):
        yield chunk


def _insert(connection: Connection, documents: Iterable[Document], insert: str = _INSERT) -> int:
    params: list[tuple[object, ...]] = [d.params() for d in documents]
    if params:
        if insert != _INSERT:
            params = [p[:-1] for p in params]  # an index made before the initials column
        connection.exec_driver_sql(insert, params)
    return len(params)


def _insert_for_table(connection: Connection) -> str:
    """The insert for the index table as it is: migration 0002 made it without the
    initials column and fills it with :func:`rebuild`; 0005 makes it again with it."""
    present = [row[1] for row in connection.exec_driver_sql(f"PRAGMA table_info({TABLE})")]
    if "initials" in present:
        return _INSERT
    return f"INSERT INTO {TABLE}(rowid, title, detail, notes) VALUES (?, ?, ?, ?)"


def remove(connection: Connection, kind: str, ids: Collection[int]) -> None:
    """Drop the rows of these records (hard deletes)."""
    if ids:
        connection.exec_driver_sql(_DELETE, [(rowid_for(kind, i),) for i in ids])


def replace(connection: Connection, kind: str, ids: Collection[int]) -> None:
    """Index these records afresh from their tables; ids no longer there are dropped."""
    for chunk in _chunks(sorted(ids), _CHUNK):
        remove(connection, kind, chunk)
        _insert(connection, read_documents(connection, kind, Ids(chunk)))


def rebuild(connection: Connection, progress: Callable[[int, int], None] | None = None) -> int:
    """Empty the index and index every record again; returns the number of rows.

    ``progress(done, total)`` is called after each step with record counts.
    """
    connection.exec_driver_sql(f"DELETE FROM {TABLE}")
    insert = _insert_for_table(connection)
    total = sum(
        int(connection.scalar(select(func.count()).select_from(MODELS[k])) or 0) for k in KINDS
    )
    done = 0
    for kind in KINDS:
        model = MODELS[kind]
        low, high = connection.execute(select(func.min(model.id), func.max(model.id))).one()
        if low is None:
            continue
        for start in range(int(low), int(high) + 1, _REBUILD_SPAN):
            end = start + _REBUILD_SPAN - 1
            documents = read_documents(connection, kind, Ids(low=start, high=end))
            done += _insert(connection, documents, insert)
            if progress is not None:
                progress(done, total)
    # Merge the index's b-trees into one: the first searches after a rebuild stay fast.
    connection.exec_driver_sql(f"INSERT INTO {TABLE}({TABLE}) VALUES ('optimize')")
    return done


@dataclass(frozen=True)
class IndexCheck:
    """How the index compares with the tables: both lists should be empty."""

    missing: tuple[tuple[str, int], ...]  # records without an index row
    stale: tuple[int, ...]  # index rows without a record

    @property
    def ok(self) -> bool:
        return not self.missing and not self.stale


def check(connection: Connection) -> IndexCheck:
    """Compare the index's rowids with the records' ids (not their text)."""
    indexed = {int(r) for (r,) in connection.exec_driver_sql(f"SELECT rowid FROM {TABLE}")}
    missing: list[tuple[str, int]] = []
    expected: set[int] = set()
    for kind in KINDS:
        for record_id in connection.scalars(select(MODELS[kind].id)):
            rowid = rowid_for(kind, int(record_id))
            expected.add(rowid)
            if rowid not in indexed:
                missing.append((kind, int(record_id)))
    return IndexCheck(tuple(missing), tuple(sorted(indexed - expected)))
