"""Plain results of reading a contact file: rows, per-row problems, whole-file errors.

Nothing here knows about the database; the import service turns these into records
after its own validation.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from biosparc_desktop.errors import ValidationError

# Our fields a CSV column can be mapped to. ``email`` and ``phone`` (and ``notes``,
# ``tags``) may take several columns: ``email``, ``email_2``, ``email_3`` ...
MAPPABLE_FIELDS: tuple[str, ...] = (
    "full_name",
    "given_name",
    "middle_name",
    "family_name",
    "name_zh",
    "title",
    "organisation",
    "email",
    "phone",
    "notes",
    "tags",
)
REPEATABLE_FIELDS: frozenset[str] = frozenset({"email", "phone", "notes", "tags"})
NAME_FIELDS: frozenset[str] = frozenset(
    {"full_name", "given_name", "middle_name", "family_name", "name_zh"}
)

FORMATS: tuple[str, ...] = ("vcard", "outlook", "google", "linkedin", "csv")
CSV_FORMATS: frozenset[str] = frozenset({"outlook", "google", "linkedin", "csv"})


@dataclass(frozen=True)
class ImportedContact:
    """One person as found in the file; values are raw apart from trimming."""

    given_name: str | None = None
    family_name: str | None = None
    name_zh: str | None = None
    title: str | None = None
    organisation: str | None = None
    emails: tuple[str, ...] = ()
    phones: tuple[str, ...] = ()
    notes: str | None = None
    tags: tuple[str, ...] = ()
    source_line: int = 0


@dataclass(frozen=True)
class RowProblem:
    """Something wrong with one row or card; ``message`` is a sentence for the user."""

    line: int
    message: str


@dataclass(frozen=True)
class ParseResult:
    """Everything read from one file, ready to preview before anything is saved."""

    format: str
    encoding: str
    columns: tuple[str, ...]
    mapping: dict[str, str]
    contacts: list[ImportedContact] = field(default_factory=list)
    problems: list[RowProblem] = field(default_factory=list)


class ImportFileError(ValidationError):
    """The whole file cannot be imported (empty, binary, too large, not contacts)."""

    def __init__(self, message: str) -> None:
        super().__init__(message, field="file")


def field_base(key: str) -> str | None:
    """``email_2`` → ``email``; ``title`` → ``title``; unknown keys → ``None``."""
    if key in MAPPABLE_FIELDS:
        return key
    base, sep, number = key.rpartition("_")
    if sep and number.isdigit() and base in REPEATABLE_FIELDS:
        return base
    return None
