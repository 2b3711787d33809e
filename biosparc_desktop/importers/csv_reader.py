"""Read the rows of a CSV contact file through a column mapping.

Rows are numbered as a spreadsheet shows them: the header is row 1 and each record
one row after it, so a quoted cell that spans several lines does not shift the rows
after it (the csv module's ``line_num`` is only used to spot an unclosed quote).
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from operator import itemgetter

from biosparc_desktop.domain.sentences import Sentence
from biosparc_desktop.importers.build import RawContact, make_contact
from biosparc_desktop.importers.csv_formats import (
    NOTHING,
    check_mapping,
    default_mapping,
    has_details,
    is_note_column,
    require_identity,
    unimported_columns,
)
from biosparc_desktop.importers.formats import csv_layout
from biosparc_desktop.importers.records import (
    ImportedContact,
    ImportFileError,
    RowProblem,
    field_base,
    row_at,
)

_UNNAMED = Sentence.of("no name, email or phone; the row is skipped.")


@dataclass
class CsvRead:
    """What :func:`read_csv` found, before it is wrapped in a ``ParseResult``."""

    columns: tuple[str, ...]
    mapping: dict[str, str]
    contacts: list[ImportedContact]
    problems: list[RowProblem]
    notices: list[Sentence]


def read_csv(text: str, fmt: str, mapping: dict[str, str] | None = None) -> CsvRead:
    """Contacts from CSV ``text`` of format ``fmt``; ``mapping`` overrides the proposed one."""
    layout = csv_layout(text)
    columns = layout.columns
    chosen = default_mapping(fmt, columns) if mapping is None else check_mapping(mapping, columns)
    require_identity(chosen, columns)
    index: dict[str, int] = {}
    for position, column in enumerate(columns):
        index.setdefault(column, position)
    plan = _plan(chosen, index)
    width = len(columns)
    unimported = _Unimported(unimported_columns(columns, chosen))

    contacts: list[ImportedContact] = []
    problems: list[RowProblem] = []
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=layout.delimiter)
    previous = 0
    row_number = 0  # the spreadsheet's row: the header is row 1
    rows = 0
    open_quote_row: tuple[int, int] | None = None  # (row, contacts so far) of a suspect row
    try:
        for row in reader:
            start, previous = previous + 1, reader.line_num
            if previous <= layout.header_line:
                row_number = 1  # the preamble (LinkedIn's notes) comes before the header
                continue
            row_number += 1
            if not any(cell.strip() for cell in row):
                continue  # blank lines and Excel's empty rows
            rows += 1
            where = row_at(row_number)
            if len(row) != width:
                problems.append(RowProblem.at(row_number, where, _width_message(len(row), width)))
            raw = RawContact(row_number)
            for base, position, label in plan:
                if position < len(row) and (value := row[position]):
                    if value[0] == "'":
                        value = _undefused(value)
                    raw.add(base, f"{label}: {value.strip()}" if label and value.strip() else value)
            unimported.see(row)
            contact = make_contact(raw, where, problems, unnamed=_UNNAMED)
            spans = _spans_to_end(row, previous, start)
            open_quote_row = (row_number, len(contacts)) if spans else None
            if contact is not None:
                contacts.append(contact)
    except csv.Error as exc:
        problems.append(
            RowProblem.at(
                row_number + 1,
                row_at(row_number + 1),
                Sentence.of(
                    "the file cannot be read from here ({reason}); the remaining rows are skipped.",
                    reason=str(exc),
                ),
            )
        )
    if open_quote_row is not None and not text.rstrip().endswith('"'):
        # The last row swallowed the rest of the file: a quotation mark was never closed.
        line, kept = open_quote_row
        del contacts[kept:]
        problems.append(
            RowProblem.at(
                line,
                row_at(line),
                Sentence.of(
                    "a quotation mark opened in this row is never closed, so the"
                    " rest of the file was read as one field; the row is skipped."
                ),
            )
        )
    if rows == 0:
        raise ImportFileError("The file has column headings but no rows of contacts.")
    dropped = [columns[position] for position in sorted(unimported.with_data)]
    return CsvRead(columns, chosen, contacts, problems, _dropped_notice(dropped))


class _Unimported:
    """Columns that no field takes, watched until each shows some data."""

    def __init__(self, positions: list[int]) -> None:
        self.with_data: list[int] = []
        self._watch(positions)

    def _watch(self, positions: list[int]) -> None:
        self._pending = positions
        self._cells = itemgetter(*positions) if positions else None
        self._width = max(positions, default=-1) + 1

    def see(self, row: list[str]) -> None:
        if self._cells is None:
            return
        if len(row) >= self._width:
            got = self._cells(row)
            cells = got if isinstance(got, tuple) else (got,)  # one column: a bare value
        else:
            cells = tuple(row[p] if p < len(row) else "" for p in self._pending)
        if set(cells) <= NOTHING:
            return  # the usual row: nothing in these columns (or Outlook's placeholders)
        found = [p for p, cell in zip(self._pending, cells, strict=True) if has_details(cell)]
        if found:
            self.with_data += found
            self._watch([p for p in self._pending if p not in found])


def _plan(chosen: dict[str, str], index: dict[str, int]) -> list[tuple[str, int, str | None]]:
    """(field, column position, label) for each mapped column. Values from a column mapped
    to the notes that is not a notes column keep its name in front ("Work City: Paris")."""
    plan = []
    for key, column in chosen.items():
        base = field_base(key) or key
        label = column if base == "notes" and not is_note_column(column) else None
        plan.append((base, index[column], label))
    return plan


def _undefused(value: str) -> str:
    """A formula our CSV export (or another careful program) defused with an apostrophe
    (``'=1+2``) comes back as it was typed."""
    if value[:1] == "'" and value[1:2] in ("=", "+", "-", "@"):
        return value[1:]
    return value


def _dropped_notice(dropped: list[str]) -> list[Sentence]:
    """Columns with data that go into no field: said, so nothing is lost without a word."""
    if not dropped:
        return []
    names = ", ".join(f"“{column or '?'}”" for column in dropped[:12])
    more = "…" if len(dropped) > 12 else ""
    if len(dropped) == 1:
        return [Sentence.of("The column {columns} has data but is not imported.", columns=names)]
    return [
        Sentence.of(
            "{count} columns have data but are not imported: {columns}{more}.",
            count=len(dropped),
            columns=names,
            more=more,
        )
    ]


def _spans_to_end(row: list[str], end: int, start: int) -> bool:
    """A multi-line row whose last field holds a line break (an unclosed quote's mark)."""
    return end > start and bool(row) and ("\n" in row[-1] or "\r" in row[-1])


def _width_message(found: int, width: int) -> Sentence:
    if found < width:
        return Sentence.of(
            "{found} fields where the header has {width}; the missing ones are left empty.",
            found=found,
            width=width,
        )
    return Sentence.of(
        "{found} fields where the header has {width}; the extra ones are ignored.",
        found=found,
        width=width,
    )
