"""The full-text index table and how records map onto its rows.

One FTS5 table holds every searchable record. Its rowid encodes the kind of
record and the record's integer id (``kind code << 40 | id``), so one record is
one row that can be replaced by rowid, and restricting a search to one kind is a
rowid range that FTS5 seeks to directly.
"""

from __future__ import annotations

from typing import Any

TABLE = "search_index"

# title: names in every script and pinyin; detail: short facts (job title, email,
# city, venue); notes: long text (descriptions, notes, summaries, key terms);
# initials: the first letters of a name's words or pinyin syllables ("lm" for Liu
# Ming, "xdsw" for 信达生物), of organisations and contacts.
COLUMNS = ("title", "detail", "notes", "initials")
# What the record says in full: a hit here ranks before a hit on initials alone.
FULL_TEXT_COLUMNS = ("title", "detail", "notes")
KINDS_WITH_INITIALS = ("organisation", "contact")
KINDS = ("organisation", "contact", "agreement", "interaction", "event", "task")
_CODES = {kind: code for code, kind in enumerate(KINDS, start=1)}
_SHIFT = 40  # ids up to about 10^12 per kind

# The table itself is created by migration 0002 and made again with the initials
# column by 0005: unicode61 folds case and strips diacritics, CJK text is split into
# one word per character before it reaches the tokenizer (text.py), prefix indexes
# keep short prefix queries cheap, and bm25 weighs a hit in a name (10) over a
# detail (4) over long notes (1). A hit on initials weighs nothing, so a record
# found only by its initials scores 0 and ranks after every record found by its
# text (bm25 scores are negative, best first).


def kind_code(kind: str) -> int:
    try:
        return _CODES[kind]
    except KeyError:
        raise ValueError(f"not a searchable kind: {kind!r}") from None


def rowid_for(kind: str, record_id: int) -> int:
    return (kind_code(kind) << _SHIFT) | record_id


def split_rowid(rowid: int) -> tuple[str, int]:
    """The kind and record id an index rowid stands for."""
    return KINDS[(rowid >> _SHIFT) - 1], rowid & ((1 << _SHIFT) - 1)


def base_of(kind: str) -> int:
    """Subtract from a rowid of this kind to get the record's id."""
    return kind_code(kind) << _SHIFT


def rowid_range(kind: str) -> tuple[int, int]:
    """The first and last rowid a record of this kind can have."""
    base = base_of(kind)
    return base, base + (1 << _SHIFT) - 1


def is_index_table(name: str | None) -> bool:
    """The FTS table or one of the shadow tables SQLite keeps for it."""
    return name is not None and (name == TABLE or name.startswith(f"{TABLE}_"))


def include_object(
    _obj: Any, name: str | None, type_: str, _reflected: bool, _compare_to: Any
) -> bool:
    """Alembic hook: the index is not in the ORM metadata, so leave it out of comparisons."""
    return not (type_ == "table" and is_index_table(name))
