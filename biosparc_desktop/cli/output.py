"""Printing records: JSON for scripts, aligned columns for people."""

from __future__ import annotations

import dataclasses
import json
import sys
import unicodedata
from collections.abc import Callable, Sequence
from datetime import date, datetime
from decimal import Decimal
from enum import Enum
from typing import Any

from biosparc_desktop.domain.sentences import Sentence


def to_jsonable(value: Any) -> Any:
    if isinstance(value, Sentence):
        return str(value)
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: to_jsonable(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, tuple | list):
        return [to_jsonable(v) for v in value]
    if isinstance(value, dict):
        return {k: to_jsonable(v) for k, v in value.items()}
    return value


def print_json(rows: Sequence[Any]) -> None:
    json.dump([to_jsonable(r) for r in rows], sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


def _width(text: str) -> int:
    # Chinese characters take two terminal columns.
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def _fit(text: str, width: int) -> str:
    if _width(text) <= width:
        return text + " " * (width - _width(text))
    out = ""
    for char in text:
        if _width(out + char) > width - 1:
            break
        out += char
    return out + "…" + " " * (width - 1 - _width(out))


def print_table(
    rows: Sequence[Any], columns: Sequence[tuple[str, int, Callable[[Any], object]]]
) -> None:
    """Aligned columns (header, width, getter); a last line gives the count."""
    header = "  ".join(_fit(title, width) for title, width, _ in columns)
    print(header.rstrip())
    print("  ".join("-" * width for _, width, _ in columns))
    for row in rows:
        cells = []
        for _, width, get in columns:
            value = get(row)
            cells.append(_fit("" if value is None else str(value), width))
        print("  ".join(cells).rstrip())
    print(f"({len(rows)} {'record' if len(rows) == 1 else 'records'})")


def print_record(record: dict[str, Any]) -> None:
    """One record as one JSON object."""
    json.dump(record, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


def _plain(value: Any) -> str:
    """A JSON value as a person reads it: lists joined, nested records on one line."""
    if value is None:
        return ""
    if isinstance(value, list):
        if value and isinstance(value[0], dict):
            return "; ".join(_plain(item) for item in value)
        return ", ".join(_plain(item) for item in value)
    if isinstance(value, dict):
        return " · ".join(_plain(v) for v in value.values() if v not in (None, ""))
    return str(value)


def print_fields(record: dict[str, Any]) -> None:
    """One record as ``field  value`` lines; a value's further lines are indented under it."""
    width = max(map(len, record), default=0)
    for name, value in record.items():
        lines = _plain(value).split("\n")
        print(f"{name.ljust(width)}  {lines[0]}".rstrip())
        for line in lines[1:]:
            print(f"{' ' * width}  {line}".rstrip())
