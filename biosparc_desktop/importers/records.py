"""Plain results of reading a contact file: rows, per-row problems, whole-file errors.

Nothing here knows about the database; the import service turns these into records
after its own validation.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from biosparc_desktop.domain.sentences import Sentence, at
from biosparc_desktop.errors import ValidationError

# Our fields a CSV column can be mapped to. ``email`` and ``phone`` (and ``notes``,
# ``tags``) may take several columns: ``email``, ``email_2``, ``email_3`` ...
MAPPABLE_FIELDS: tuple[str, ...] = (
    "full_name",
    "given_name",
    "middle_name",
    "family_name",
    "name_zh",
    "name_en",
    "title",
    "department",
    "organisation",
    "email",
    "phone",
    "country",
    "language",
    "notes",
    "tags",
)
REPEATABLE_FIELDS: frozenset[str] = frozenset({"email", "phone", "notes", "tags"})
NAME_FIELDS: frozenset[str] = frozenset(
    {"full_name", "given_name", "middle_name", "family_name", "name_zh", "name_en"}
)

FORMATS: tuple[str, ...] = ("vcard", "outlook", "google", "linkedin", "thunderbird", "csv")
CSV_FORMATS: frozenset[str] = frozenset({"outlook", "google", "linkedin", "thunderbird", "csv"})


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
    country: str | None = None  # where the person works, as the file says it ("France", "FR")
    language: str | None = None  # preferred language as the file says it ("Chinese", "zh")


@dataclass(frozen=True)
class RowProblem:
    """Something wrong with one row or card: ``sentence`` says where and what ("Row 14: …")."""

    line: int
    sentence: Sentence

    @classmethod
    def at(cls, line: int, where: Sentence, problem: object) -> RowProblem:
        return cls(line, at(where, problem))

    @property
    def message(self) -> str:
        """The English sentence."""
        return self.sentence.text


def row_at(line: int) -> Sentence:
    """How messages name a row of a CSV file: the spreadsheet's row (the header is row 1)."""
    return Sentence.of("Row {line}", line=line)


def card_at(line: int) -> Sentence:
    """How messages name a card of a vCard file."""
    return Sentence.of("Card at line {line}", line=line)


def line_at(line: int) -> Sentence:
    """How messages name a line of a file."""
    return Sentence.of("Line {line}", line=line)


@dataclass(frozen=True)
class ParseResult:
    """Everything read from one file, ready to preview before anything is saved."""

    format: str
    encoding: str
    columns: tuple[str, ...]
    mapping: dict[str, str]
    contacts: list[ImportedContact] = field(default_factory=list)
    problems: list[RowProblem] = field(default_factory=list)
    # About the whole file rather than a row: columns with data that are not imported.
    notices: list[Sentence] = field(default_factory=list)


class ImportFileError(ValidationError):
    """The whole file cannot be imported (empty, binary, too large, not contacts)."""

    def __init__(
        self,
        message: str,
        *,
        field: str | None = None,
        template: str | None = None,
        params: dict[str, object] | None = None,
    ) -> None:
        super().__init__(message, field=field or "file", template=template, params=params)


def field_base(key: str) -> str | None:
    """``email_2`` → ``email``; ``title`` → ``title``; unknown keys → ``None``."""
    if key in MAPPABLE_FIELDS:
        return key
    base, sep, number = key.rpartition("_")
    if sep and number.isdigit() and base in REPEATABLE_FIELDS:
        return base
    return None
