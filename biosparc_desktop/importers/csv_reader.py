"""Read the rows of a CSV contact file through a column mapping.

Line numbers come from the csv module's ``line_num``, so a quoted field that spans
several lines still leaves every later row with its true line number.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass

from biosparc_desktop.domain.sentences import Sentence
from biosparc_desktop.importers.build import RawContact, make_contact
from biosparc_desktop.importers.csv_formats import check_mapping, default_mapping, require_identity
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


def read_csv(text: str, fmt: str, mapping: dict[str, str] | None = None) -> CsvRead:
    """Contacts from CSV ``text`` of format ``fmt``; ``mapping`` overrides the proposed one."""
    layout = csv_layout(text)
    columns = layout.columns
    chosen = default_mapping(fmt, columns) if mapping is None else check_mapping(mapping, columns)
    require_identity(chosen, columns)
    index: dict[str, int] = {}
    for position, column in enumerate(columns):
        index.setdefault(column, position)
    plan = [(field_base(key) or key, index[column]) for key, column in chosen.items()]
    width = len(columns)

    contacts: list[ImportedContact] = []
    problems: list[RowProblem] = []
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=layout.delimiter)
    previous = 0
    rows = 0
    open_quote_row: tuple[int, int] | None = None  # (line, contacts so far) of a suspect row
    try:
        for row in reader:
            start, previous = previous + 1, reader.line_num
            if previous <= layout.header_line or not any(cell.strip() for cell in row):
                continue  # preamble, header, blank lines and Excel's empty rows
            rows += 1
            where = row_at(start)
            if len(row) != width:
                problems.append(RowProblem.at(start, where, _width_message(len(row), width)))
            raw = RawContact(start)
            for base, position in plan:
                if position < len(row) and row[position]:
                    raw.add(base, row[position])
            contact = make_contact(raw, where, problems, unnamed=_UNNAMED)
            open_quote_row = (start, len(contacts)) if _spans_to_end(row, previous, start) else None
            if contact is not None:
                contacts.append(contact)
    except csv.Error as exc:
        problems.append(
            RowProblem.at(
                previous + 1,
                row_at(previous + 1),
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
    return CsvRead(columns, chosen, contacts, problems)


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
