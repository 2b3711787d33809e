"""Safe FTS5 queries from whatever the user typed.

Every whitespace-separated word becomes one quoted phrase with a prefix star, so
FTS5 never sees an operator, a bracket or a column name from the user: ``AND``
is the word "and", ``"`` is a quote. Embedded double quotes are doubled, as FTS5
requires inside a string. All words must match (implicit AND).

The index holds no punctuation, so a word made only of punctuation (``(``, ``&``,
``%``) cannot be looked up in it. Such a word is not dropped: it is kept as a
*literal* that must appear in the record's indexed text as typed, checked with
LIKE on the rows the other words found. "R & D" finds "R&D"; "AND (" needs a
bracket. A search needs at least one letter or digit: text of punctuation alone
finds nothing (rather than reading every record to look for a bracket).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from biosparc_desktop.search.schema import COLUMNS
from biosparc_desktop.search.text import has_word, normalise


@dataclass(frozen=True)
class FtsQuery:
    """What one search text asks of the index."""

    match: str | None  # the MATCH expression, None when no word has letters or digits
    literals: tuple[str, ...]  # punctuation-only words, each to be found as typed
    columns: tuple[str, ...]  # the index columns searched

    @property
    def empty(self) -> bool:
        """No letter or digit was typed: such a search matches nothing."""
        return self.match is None


def parse(text: str, columns: Sequence[str] | None = None) -> FtsQuery:
    """Split ``text`` into index phrases and literals, searching ``columns`` (default: all)."""
    chosen = tuple(columns) if columns is not None else COLUMNS
    unknown = [c for c in chosen if c not in COLUMNS]
    if unknown or not chosen:
        raise ValueError(f"not index columns: {unknown or chosen}")
    phrases: list[str] = []
    literals: list[str] = []
    for word in text.split():
        folded = normalise(word)
        if has_word(folded):
            phrases.append('"' + folded.replace('"', '""') + '"*')
        else:
            literals.append(folded)
    match = " AND ".join(phrases) or None
    if match is not None and chosen != COLUMNS:
        match = "{" + " ".join(chosen) + "} : (" + match + ")"
    return FtsQuery(match, tuple(dict.fromkeys(literals)), chosen)


def match_expression(text: str, columns: Sequence[str] | None = None) -> str | None:
    """Just the MATCH expression of :func:`parse` (``None`` if no word has letters or digits)."""
    return parse(text, columns).match
