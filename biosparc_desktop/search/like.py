"""The portable fallback: LIKE per word over some columns, for databases without FTS5."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import ColumnElement, and_, or_, true


def like_pattern(text: str) -> str:
    """``%text%`` with LIKE's wildcards escaped, so a search for ``50%`` means 50%."""
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def matches_any(columns: Sequence[Any], text: str) -> ColumnElement[bool]:
    """Every word of ``text`` must appear in at least one of the columns (case-insensitive)."""
    clauses = []
    for word in text.split():
        pattern = like_pattern(word.lower())
        clauses.append(or_(*(col.ilike(pattern, escape="\\") for col in columns)))
    return and_(*clauses) if clauses else true()
