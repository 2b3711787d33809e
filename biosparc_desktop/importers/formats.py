"""Recognise what kind of contact file some text is, and where a CSV's header row is.

Detection looks only at the first lines, so it stays cheap on large files.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Sequence
from dataclasses import dataclass

from biosparc_desktop.importers.records import ImportFileError

_HEAD_CHARS = 256 * 1024
_HEAD_LINES = 60
# Line breaks exactly as the csv module counts them (csv.reader's line_num).
_LINE_BREAK = re.compile(r"\r\n|\r|\n")
_VCARD_BEGIN = re.compile(r"^[ \t]*BEGIN[ \t]*:[ \t]*VCARD[ \t]*\r?$", re.IGNORECASE | re.MULTILINE)
_SEP_HINT = re.compile(r"sep=(.)", re.IGNORECASE)  # Excel's "sep=;" first line
_DELIMITERS = (",", ";", "\t", "|")


@dataclass(frozen=True)
class CsvLayout:
    """Where a CSV file's header row is and how its fields are separated."""

    delimiter: str
    header_line: int  # 1-based line number of the header row
    columns: tuple[str, ...]


def detect_format(text: str) -> str:
    """``vcard``, ``outlook``, ``google``, ``linkedin``, ``thunderbird`` or ``csv`` (any other
    table)."""
    head = text[:_HEAD_CHARS]
    stripped = head.lstrip()
    first_line = _LINE_BREAK.split(stripped, maxsplit=1)[0]
    # A CSV header (it has separators) wins over a BEGIN:VCARD quoted in some notes.
    if _VCARD_BEGIN.search(head) and not any(d in first_line for d in _DELIMITERS[:3]):
        return "vcard"
    if stripped[:1] in ("<", "{", "["):
        raise ImportFileError(
            "The file looks like a web page, XML or JSON document, not a contact list."
            " Export your contacts as CSV or vCard (.vcf) and import that file."
        )
    return classify_columns(csv_layout(text).columns)


def classify_columns(columns: Sequence[str]) -> str:
    """Which program wrote a CSV file, judged by its header row."""
    names = {c.strip().casefold() for c in columns}
    if {"first name", "last name", "email address"} <= names and (
        "connected on" in names or "position" in names
    ):
        return "linkedin"
    if "e-mail address" in names and ("first name" in names or "last name" in names):
        return "outlook"
    if "primary email" in names and ({"display name", "secondary email"} & names):
        return "thunderbird"
    if any(n.startswith(("e-mail 1 - ", "phone 1 - ")) for n in names) or (
        "organization 1 - name" in names or "group membership" in names
    ):
        return "google"
    return "csv"


def csv_layout(text: str) -> CsvLayout:
    """Find the header row: after blank lines, Excel's ``sep=`` hint or LinkedIn's notes."""
    lines = _LINE_BREAK.split(text[:_HEAD_CHARS], maxsplit=_HEAD_LINES)
    index = _skip_blank(lines, 0)
    delimiter = None
    if index < len(lines) and (hint := _SEP_HINT.fullmatch(lines[index].strip())):
        delimiter = hint.group(1)
        index = _skip_blank(lines, index + 1)
    if index < len(lines) and lines[index].lstrip('\ufeff"').casefold().startswith("notes:"):
        # LinkedIn's Connections.csv opens with a "Notes:" paragraph before the header.
        for later in range(index + 1, len(lines)):
            if lines[later].lstrip('\ufeff"').casefold().startswith("first name"):
                index = later
                break
    if index >= len(lines):
        raise ImportFileError("The file is empty.")
    header = lines[index]
    delimiter = delimiter or sniff_delimiter(header)
    columns = next(csv.reader([header], delimiter=delimiter), [])
    return CsvLayout(delimiter, index + 1, tuple(c.strip().lstrip("\ufeff") for c in columns))


def sniff_delimiter(line: str) -> str:
    """The separator used most often outside quotes; a comma when there is none."""
    counts = dict.fromkeys(_DELIMITERS, 0)
    quoted = False
    for char in line:
        if char == '"':
            quoted = not quoted
        elif not quoted and char in counts:
            counts[char] += 1
    best = max(_DELIMITERS, key=lambda d: counts[d])  # ties keep the earlier, the comma
    return best if counts[best] else ","


def _skip_blank(lines: list[str], index: int) -> int:
    while index < len(lines) and not lines[index].strip():
        index += 1
    return index
