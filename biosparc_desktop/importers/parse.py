"""Entry point: a contact file in, plain rows and per-row problems out.

Nothing is saved here; the import service validates and stores the rows after the
user has seen the preview.
"""

from __future__ import annotations

from pathlib import Path

from biosparc_desktop.domain.sentences import Sentence, translatable
from biosparc_desktop.importers.csv_reader import read_csv
from biosparc_desktop.importers.encoding import decode_bytes
from biosparc_desktop.importers.formats import detect_format
from biosparc_desktop.importers.records import (
    FORMATS,
    ImportFileError,
    ParseResult,
    RowProblem,
    line_at,
)
from biosparc_desktop.importers.vcard import parse_vcards

MAX_BYTES = 60 * 1024 * 1024
# Workbooks are refused by name before they are read: a .numbers document is often a
# folder, and an .ods or .xlsx is a zip whose bytes say nothing a user understands.
_WORKBOOKS = {
    ".xlsx": translatable("an Excel workbook"),
    ".xlsm": translatable("an Excel workbook"),
    ".xlsb": translatable("an Excel workbook"),
    ".xls": translatable("an Excel workbook"),
    ".numbers": translatable("a Numbers spreadsheet"),
    ".ods": translatable("an OpenDocument spreadsheet"),
}


def parse_contacts(
    path: Path,
    *,
    format: str = "auto",
    mapping: dict[str, str] | None = None,
    max_bytes: int = MAX_BYTES,
    encoding: str | None = None,
) -> ParseResult:
    """Read the contact file at ``path``; see :func:`parse_contacts_bytes`."""
    if (kind := _WORKBOOKS.get(path.suffix.lower())) is not None:
        raise ImportFileError.of(
            "“{name}” is {kind}, not a contact list: open it and save it as CSV (UTF-8)"
            " first, then import the CSV file.",
            name=path.name,
            kind=kind,
        )
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise _too_big(size, max_bytes)
        data = path.read_bytes()
    except FileNotFoundError:
        raise ImportFileError.of("The file “{name}” does not exist.", name=path.name) from None
    except IsADirectoryError:
        raise ImportFileError.of("“{name}” is a folder, not a file.", name=path.name) from None
    except OSError as exc:
        raise ImportFileError.of(
            "The file “{name}” cannot be read: {reason}.",
            name=path.name,
            reason=exc.strerror or translatable("it could not be opened"),
        ) from None
    return parse_contacts_bytes(
        data, format=format, mapping=mapping, max_bytes=max_bytes, encoding=encoding
    )


def parse_contacts_bytes(
    data: bytes,
    *,
    format: str = "auto",
    mapping: dict[str, str] | None = None,
    max_bytes: int = MAX_BYTES,
    encoding: str | None = None,
) -> ParseResult:
    """Contacts and problems from the bytes of a file.

    ``format`` is ``auto`` or one of :data:`FORMATS`; ``mapping`` replaces the proposed
    column mapping of a CSV file; ``encoding`` forces a text encoding. Whole-file
    failures raise :class:`ImportFileError`; row-level ones become ``problems``.
    """
    if format != "auto" and format not in FORMATS:
        raise ValueError(f"unknown contact file format {format!r}")
    if len(data) > max_bytes:
        raise _too_big(len(data), max_bytes)
    text, used = decode_bytes(data, encoding)
    if not text.strip():
        raise ImportFileError("The file is empty.")
    fmt = detect_format(text) if format == "auto" else format
    if fmt == "vcard":
        contacts, problems = parse_vcards(text)
        result = ParseResult(fmt, used, (), {}, contacts, problems)
    else:
        read = read_csv(text, fmt, mapping)
        result = ParseResult(
            fmt, used, read.columns, read.mapping, read.contacts, read.problems, read.notices
        )
    if text.endswith("\ufffd"):
        last = text.count("\n") + 1
        result.problems.append(
            RowProblem.at(
                last,
                line_at(last),
                Sentence.of("the file ends part-way through a character; it may be cut short."),
            )
        )
    return result


def _too_big(size: int, limit: int) -> ImportFileError:
    return ImportFileError.of(
        "The file is {size}; files over {limit} cannot be imported. Split it into smaller files.",
        size=_human(size),
        limit=_human(limit),
    )


def _human(size: int) -> str:
    if size >= 1024 * 1024:
        return f"{size / (1024 * 1024):.1f} MB".replace(".0 MB", " MB")
    if size >= 1024:
        return f"{size / 1024:.1f} KB".replace(".0 KB", " KB")
    return f"{size} bytes"
