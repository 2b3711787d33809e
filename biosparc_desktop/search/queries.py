"""Search clauses and ranked look-ups for the services.

:func:`text_search` gives a WHERE clause that is an FTS5 look-up on SQLite and
the portable LIKE fallback on any other database; the choice is made when the
statement is compiled, so services build their queries the same way everywhere.
:func:`ranked_candidates` gives the best matches of each kind, ranked by bm25,
for the global search.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import (
    Boolean,
    ColumnElement,
    Connection,
    Select,
    column,
    false,
    or_,
    select,
    table,
)
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.sql.visitors import InternalTraversal

from biosparc_desktop.search.fts import FtsQuery, parse
from biosparc_desktop.search.like import like_pattern, matches_any
from biosparc_desktop.search.schema import (
    COLUMNS,
    FULL_TEXT_COLUMNS,
    KINDS,
    KINDS_WITH_INITIALS,
    TABLE,
    base_of,
    rowid_range,
    split_rowid,
)
from biosparc_desktop.search.text import clean_query

# bm25 scores every match before the best can be picked, and for a short prefix
# ("s") even its first score reads the whole posting list. A search matching up to
# RANK_ALL_UP_TO records is ranked by bm25 in one pass; one that matches more is
# ordered without scores: records whose name matches first, then those whose other
# text matches, then those found by their initials alone, newest first in each.
# bm25 ranks a hit on initials alone last too (the column weighs nothing).
RANK_ALL_UP_TO = 2000

_index = table(TABLE, column("rowid"), *(column(c) for c in COLUMNS))


class TextMatch(ColumnElement[bool]):
    """An FTS5 clause on SQLite, the LIKE fallback on other databases."""

    inherit_cache = True
    type = Boolean()
    # A comparison, not a boolean column: never rendered as "… = 1", which would
    # hide the IN (…) from SQLite's planner.
    _is_implicitly_boolean = True
    _traverse_internals = [
        ("fts", InternalTraversal.dp_clauseelement),
        ("fallback", InternalTraversal.dp_clauseelement),
    ]

    def __init__(self, fts: ColumnElement[bool], fallback: ColumnElement[bool]) -> None:
        self.fts = fts
        self.fallback = fallback


@compiles(TextMatch)
def _compile_fallback(element: TextMatch, compiler: SQLCompiler, **kw: Any) -> str:
    return compiler.process(element.fallback, **kw)


@compiles(TextMatch, "sqlite")
def _compile_fts(element: TextMatch, compiler: SQLCompiler, **kw: Any) -> str:
    return compiler.process(element.fts, **kw)


def _filters(query: FtsQuery) -> list[ColumnElement[bool]]:
    """Index rows matching the query's phrases and holding its literals."""
    filters: list[ColumnElement[bool]] = []
    if query.match is not None:
        filters.append(column(TABLE).match(query.match))
    for literal in query.literals:
        pattern = like_pattern(literal)
        filters.append(or_(*(_index.c[c].like(pattern, escape="\\") for c in query.columns)))
    return filters


def _in_kind(kind: str) -> ColumnElement[bool]:
    low, high = rowid_range(kind)
    return _index.c.rowid.between(low, high)


def _matching_ids(kind: str, query: FtsQuery) -> Select[Any]:
    return select(_index.c.rowid - base_of(kind)).where(_in_kind(kind), *_filters(query))


def text_search(
    kind: str,
    text: str,
    id_column: Any,
    *,
    fallback: Sequence[Any],
    fallback_also: ColumnElement[bool] | None = None,
    columns: Sequence[str] | None = None,
) -> ColumnElement[bool]:
    """Records of ``kind`` (``id_column`` is their id) matching every word of ``text``.

    ``columns`` limits the index columns searched (default: all); ``fallback``
    are the table columns the LIKE fallback searches instead, and
    ``fallback_also`` an extra condition it accepts (an exact email, say).
    A text without a letter or digit matches nothing.
    """
    query = parse(text, columns)
    if query.empty:
        return false()
    like = matches_any(fallback, clean_query(text))
    if fallback_also is not None:
        like = or_(like, fallback_also)
    return TextMatch(id_column.in_(_matching_ids(kind, query)), like)


def ranked_candidates(connection: Connection, text: str, limit: int) -> dict[str, list[int]]:
    """Ids of the records best matching ``text``, by kind, best first (SQLite only).

    Up to twice ``limit`` of each kind, trashed records included: the caller
    reads the records anyway and drops those in the Trash, and twice as many
    leaves enough. Kinds without a match are left out. Plain SQL: this runs on
    every keystroke of the global search, where statement building would cost
    more than SQLite's own work.
    """
    query = parse(text)
    if query.empty or limit <= 0:
        return {}
    wanted = 2 * limit
    where, params = _where(query)
    # The driver's own cursor, in the caller's transaction: up to RANK_ALL_UP_TO rows
    # come back here, and a result object per row would double the cost.
    cursor = connection.connection.cursor()
    try:
        cursor.execute(
            f"SELECT count(*) FROM (SELECT rowid FROM {TABLE} WHERE {where} LIMIT ?)",
            (*params, RANK_ALL_UP_TO + 1),
        )
        found = int(cursor.fetchone()[0])  # type: ignore[index]
        if found <= RANK_ALL_UP_TO:
            cursor.execute(f"SELECT rowid FROM {TABLE} WHERE {where} ORDER BY rank", params)
            return _by_kind(cursor.fetchall(), wanted)
        # Names first, then the rest of the text, then initials alone.
        passes = [_where(parse(text, ("title",))), _where(parse(text, FULL_TEXT_COLUMNS))]
        passes.append((where, params))
        candidates: dict[str, list[int]] = {}
        for kind in KINDS:
            low, high = rowid_range(kind)
            ids: list[int] = []
            for clause, values in passes if kind in KINDS_WITH_INITIALS else passes[:2]:
                if len(ids) >= wanted:
                    break
                cursor.execute(
                    f"SELECT rowid - ? FROM {TABLE} WHERE rowid BETWEEN ? AND ? AND {clause} "
                    "ORDER BY rowid DESC LIMIT ?",
                    (base_of(kind), low, high, *values, wanted),
                )
                ids += [i for (i,) in cursor.fetchall() if i not in ids]
            if ids:
                candidates[kind] = ids[:wanted]
        return candidates
    finally:
        cursor.close()


def _by_kind(rows: Sequence[Any], wanted: int) -> dict[str, list[int]]:
    """Ranked rowids split by kind, the first ``wanted`` of each."""
    candidates: dict[str, list[int]] = {}
    for (rowid,) in rows:
        kind, record_id = split_rowid(int(rowid))
        ids = candidates.setdefault(kind, [])
        if len(ids) < wanted:
            ids.append(record_id)
    return candidates


def _where(query: FtsQuery) -> tuple[str, list[Any]]:
    """The WHERE clause (qmark parameters) for the query's phrases and literals."""
    sql = f"{TABLE} MATCH ?"
    params: list[Any] = [query.match]
    for literal in query.literals:
        likes = " OR ".join(f"{c} LIKE ? ESCAPE '\\'" for c in query.columns)
        sql += f" AND ({likes})"
        params += [like_pattern(literal)] * len(query.columns)
    return sql, params
