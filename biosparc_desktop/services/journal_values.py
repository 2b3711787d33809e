"""Journal values: a column's value as JSON and back, and the class behind a table name."""

from __future__ import annotations

import json
from datetime import date, datetime
from decimal import Decimal
from enum import Enum
from typing import Any

from sqlalchemy import Table, inspect
from sqlalchemy.orm import Mapper

from biosparc_desktop.domain.base import Base, Record


def snapshot(obj: object) -> dict[str, Any]:
    """Every column's value as JSON-ready data, keyed by attribute name."""
    mapper: Mapper[Any] = inspect(type(obj))
    return {attr.key: plain(getattr(obj, attr.key)) for attr in mapper.column_attrs}


def plain(value: Any) -> Any:
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    return value


def dump(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


def load(raw: str | None) -> Any:
    return json.loads(raw) if raw else None


def load_value(mapper: Mapper[Any], key: str, raw: Any) -> Any:
    """Turn a journalled JSON value back into what the column expects."""
    if raw is None:
        return None
    column_type = mapper.columns[key].type
    enum_class = getattr(column_type, "enum_class", None)
    if enum_class is not None:
        return enum_class(raw)
    try:
        python_type = column_type.python_type
    except NotImplementedError:
        return raw
    if python_type is datetime:
        return datetime.fromisoformat(raw)
    if python_type is date:
        return date.fromisoformat(raw)
    return raw


_CLASSES: dict[str, type[Record]] = {}


def class_for(table: str) -> type[Record]:
    if not _CLASSES:
        for mapper in Base.registry.mappers:
            cls = mapper.class_
            if issubclass(cls, Record):
                _CLASSES[cls.__tablename__] = cls  # type: ignore[attr-defined]
    return _CLASSES[table]


def table_name(cls: type[object]) -> str:
    return str(cls.__tablename__)  # type: ignore[attr-defined]


def table_for(name: str) -> Table:
    table = Base.metadata.tables[name]
    assert isinstance(table, Table)
    return table
