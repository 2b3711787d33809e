"""What laptops pull: the feed after a cursor, in pages of whole batches, and a
snapshot of every record at one feed number for a laptop's first sync."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from biosparc_desktop.domain.server import ServerBatch, ServerCounter
from biosparc_desktop.server.push import FEED
from biosparc_desktop.services.journal_values import plain
from biosparc_desktop.sync.wire import foreign_keys, synced_tables

PAGE_CHANGES = 5_000  # a page ends on the batch that passes this many changes
PAGE_BATCHES = 500
SNAPSHOT_CHUNK = 2_000


def head(session: Session) -> int:
    value = session.scalar(select(ServerCounter.value).where(ServerCounter.name == FEED))
    return int(value or 0)


def page(session: Session, after: int, device_id: str) -> dict[str, Any]:
    """The batches after ``after``. The caller's own come without their changes (it
    has them) but still move its cursor. ``more`` says whether another page waits."""
    rows = session.scalars(
        select(ServerBatch)
        .where(ServerBatch.seq > after)
        .order_by(ServerBatch.seq)
        .limit(PAGE_BATCHES + 1)
    ).all()
    batches: list[dict[str, Any]] = []
    count = 0
    for row in rows[:PAGE_BATCHES]:
        own = row.device_id == device_id
        changes = [] if own else json.loads(row.changes)
        batches.append(
            {
                "seq": row.seq,
                "batch_id": row.batch_id,
                "own": own,
                "staff": row.staff_public_id,
                "staff_name": row.staff_name,
                "label": row.label,
                "at": row.client_at,
                "changes": changes,
            }
        )
        count += len(changes)
        if count >= PAGE_CHANGES:
            break
    more = len(batches) < len(rows)
    cursor = batches[-1]["seq"] if batches else after
    return {"batches": batches, "cursor": cursor, "more": more}


def snapshot_lines(session: Session) -> Iterator[str]:
    """Every record, as JSON lines: first ``{"seq": S}``, then per table chunks of
    ``{"entity", "columns", "rows"}`` (rows as arrays: far quicker to read than objects).

    Run in a REPEATABLE READ transaction, so the rows are exactly those at S.
    """
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY"))
    yield json.dumps({"seq": head(session)}) + "\n"
    public: dict[str, dict[int, str]] = {}
    for table in synced_tables():
        links = foreign_keys(table.name)
        for target in set(links.values()) - public.keys():
            target_table = next(t for t in synced_tables() if t.name == target)
            public[target] = dict(
                session.execute(select(target_table.c.id, target_table.c.public_id)).all()
            )
        names = [c.name for c in table.columns if c.name != "id"]
        maps = [public[links[n]] if n in links else None for n in names]
        result = session.execute(
            select(*(table.c[n] for n in names)).execution_options(yield_per=SNAPSHOT_CHUNK)
        )
        for chunk in result.partitions(SNAPSHOT_CHUNK):
            rows = [
                [
                    (m.get(v) if v is not None else None) if m is not None else _plain(v)
                    for v, m in zip(row, maps, strict=True)
                ]
                for row in chunk
            ]
            line = {"entity": table.name, "columns": names, "rows": rows}
            yield json.dumps(line, ensure_ascii=False) + "\n"


def _plain(value: Any) -> Any:
    """A column value as the journal writes it (enums by value, times ISO in UTC)."""
    if isinstance(value, datetime) and value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    return plain(value)
