"""The floor: the global search's SQL, run bare on the same file with the stdlib driver.

Does exactly the work :func:`biosparc_desktop.search.queries.ranked_ids` and the
search service do (count up to a cap, rank or take the newest, drop trashed
records, read the hit columns) but as hand-written SQL through ``sqlite3``, with
no SQLAlchemy, no ORM and no dataclasses. The service's time over this is the
price of the layers.
"""

from __future__ import annotations

import sqlite3
from typing import Any

from biosparc_desktop.search.fts import FtsQuery, parse
from biosparc_desktop.search.like import like_pattern
from biosparc_desktop.search.queries import RANK_ALL_UP_TO
from biosparc_desktop.search.schema import (
    FULL_TEXT_COLUMNS,
    KINDS,
    KINDS_WITH_INITIALS,
    base_of,
    rowid_range,
    split_rowid,
)

_HIT_COLUMNS = {
    "organisation": "SELECT id, public_id, name, name_zh, stage FROM organisation",
    "contact": (
        "SELECT c.id, c.public_id, c.given_name, c.family_name, c.name_zh, c.name_order, "
        "c.title, o.name FROM contact c LEFT JOIN organisation o ON o.id = c.organisation_id"
    ),
    "agreement": "SELECT id, public_id, title, status FROM agreement",
    "interaction": "SELECT id, public_id, summary, kind, occurred_at FROM interaction",
    "event": "SELECT id, public_id, name, held_on FROM event",
    "task": "SELECT id, public_id, title, status FROM task",
}
_ALIAS = {"contact": "c."}


def _where(query: FtsQuery) -> tuple[str, list[Any]]:
    sql = "search_index MATCH ?"
    params: list[Any] = [query.match]
    for literal in query.literals:
        sql += " AND (" + " OR ".join(f"{c} LIKE ? ESCAPE '\\'" for c in query.columns) + ")"
        params += [like_pattern(literal)] * len(query.columns)
    return sql, params


def search(db: sqlite3.Connection, text: str, per_kind: int = 20) -> list[tuple[Any, ...]]:
    query = parse(text)
    if query.empty:
        return []
    wanted = 2 * per_kind
    where, params = _where(query)
    (found,) = db.execute(
        f"SELECT count(*) FROM (SELECT rowid FROM search_index WHERE {where} LIMIT ?)",
        [*params, RANK_ALL_UP_TO + 1],
    ).fetchone()
    candidates: dict[str, list[int]] = {}
    if found <= RANK_ALL_UP_TO:
        for (rowid,) in db.execute(
            f"SELECT rowid FROM search_index WHERE {where} ORDER BY rank", params
        ):
            kind, record_id = split_rowid(rowid)
            candidates.setdefault(kind, []).append(record_id)
    else:
        passes = [_where(parse(text, ("title",))), _where(parse(text, FULL_TEXT_COLUMNS))]
        passes.append((where, params))
        for kind in KINDS:
            low, high = rowid_range(kind)
            ids: list[int] = []
            for clause, values in passes if kind in KINDS_WITH_INITIALS else passes[:2]:
                if len(ids) >= wanted:
                    break
                for (record_id,) in db.execute(
                    f"SELECT rowid - ? FROM search_index WHERE rowid BETWEEN ? AND ? AND {clause} "
                    "ORDER BY rowid DESC LIMIT ?",
                    [base_of(kind), low, high, *values, wanted],
                ):
                    if record_id not in ids:
                        ids.append(record_id)
            if ids:
                candidates[kind] = ids
    hits: list[tuple[Any, ...]] = []
    for kind in KINDS:
        ids = candidates.get(kind, [])[:wanted]
        if not ids:
            continue
        alias = _ALIAS.get(kind, "")
        marks = ",".join("?" * len(ids))
        found_rows = {
            row[0]: row
            for row in db.execute(
                f"{_HIT_COLUMNS[kind]} WHERE {alias}id IN ({marks}) AND {alias}deleted_at IS NULL",
                ids,
            )
        }
        hits += [found_rows[i] for i in ids if i in found_rows][:per_kind]
    return hits
