"""Turn the raw pieces of one row or card into an :class:`ImportedContact`.

Shared by the CSV and vCard readers so both treat names, several emails in one cell,
tags and blank values the same way.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from biosparc_desktop.domain.sentences import Sentence
from biosparc_desktop.importers.names import resolve_names
from biosparc_desktop.importers.records import ImportedContact, RowProblem

# Google packs several values into one cell with " ::: "; people type ";" or ",".
_EMAIL_SPLIT = re.compile(r":::|[;,，；\s]+")
# A ";" before "ext=" is part of the number (RFC 3966: +33 1 23 45 67 89;ext=123).
_PHONE_SPLIT = re.compile(r":::|;(?!\s*ext\s*=)|[,，；、\n]+", re.IGNORECASE)
_TAG_SPLIT = re.compile(r":::|[;,，；、]+")
_ANGLE_EMAIL = re.compile(r'<((?:"(?:[^"\\]|\\.)*"|[^<>@\s"]+)@[^<>\s]+)>')
# "a b"@x.com: a quoted local part may hold spaces and separators; kept whole.
_QUOTED_LOCAL = re.compile(r'"(?:[^"\\]|\\.)*"@[^\s;,，；<>"]+')
_PLAUSIBLE_EMAIL = re.compile(r'(?:"(?:[^"\\]|\\.)*"|[^@\s]+)@[^@\s]+\.[^@\s]+')


@dataclass
class RawContact:
    """Values collected for one person before cleaning; lists keep file order."""

    line: int
    full_name: list[str] = field(default_factory=list)
    given_name: list[str] = field(default_factory=list)
    middle_name: list[str] = field(default_factory=list)
    family_name: list[str] = field(default_factory=list)
    name_zh: list[str] = field(default_factory=list)
    name_en: list[str] = field(default_factory=list)
    title: list[str] = field(default_factory=list)
    department: list[str] = field(default_factory=list)
    organisation: list[str] = field(default_factory=list)
    email: list[str] = field(default_factory=list)
    phone: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    country: list[str] = field(default_factory=list)
    language: list[str] = field(default_factory=list)

    def add(self, key: str, value: str) -> None:
        """Append a value to the field named ``key``; blank values are dropped."""
        value = value.strip()
        if value:
            getattr(self, key).append(value)


def make_contact(
    raw: RawContact, where: Sentence, problems: list[RowProblem], *, unnamed: Sentence
) -> ImportedContact | None:
    """The cleaned contact, or ``None`` (with a problem) when it has nothing to identify it.

    ``where`` starts each message ("Row 14", "Card at line 3"); ``unnamed`` is the
    "nothing to identify" message ("no name, email or phone; the row is skipped.").
    """
    given = _join(raw.given_name + raw.middle_name, " ")
    full = _join(list(_unique(raw.full_name + raw.name_en)), " ")  # "姓名" plus "英文名" columns
    given_name, family_name, name_zh = resolve_names(
        full, given, _first(raw.family_name), _first(raw.name_zh)
    )
    emails = _emails(raw.email, raw.line, where, problems)
    phones = _unique(p for cell in raw.phone for p in _PHONE_SPLIT.split(cell))
    if not (given_name or family_name or name_zh or emails or phones):
        problems.append(RowProblem.at(raw.line, where, unnamed))
        return None
    return ImportedContact(
        given_name=given_name,
        family_name=family_name,
        name_zh=name_zh,
        title=_title(raw.title, raw.department),
        organisation=_first(raw.organisation),
        emails=emails,
        phones=phones,
        notes=_notes(raw.notes),
        tags=_tags(raw.tags),
        source_line=raw.line,
        country=_first(raw.country),
        language=_first(raw.language),
    )


def _title(titles: list[str], departments: list[str]) -> str | None:
    """The job title with the department after it ("Director (Business Development)"):
    contacts have no department field, and the title is where people look for it."""
    title, department = _first(titles), _first(departments)
    if title and department and department.casefold() not in title.casefold():
        return f"{title} ({department})"
    return title or department


def _emails(
    cells: list[str], line: int, where: Sentence, problems: list[RowProblem]
) -> tuple[str, ...]:
    found: list[str] = []
    for cell in cells:
        if cell[:3].lower() == "/o=":  # Outlook's address for Exchange users ("EX" type)
            problems.append(
                RowProblem.at(
                    line,
                    where,
                    Sentence.of(
                        "“{value}” is an internal Exchange address, not an email address;"
                        " it is left out.",
                        value=_short(cell),
                    ),
                )
            )
            continue
        angled = _ANGLE_EMAIL.findall(cell)  # "Wei Zhang <wei@example.cn>"
        for piece in angled or _email_pieces(cell):
            email = piece.strip()
            if not _QUOTED_LOCAL.fullmatch(email):
                email = email.strip("<>\"'")
            if email[:7].lower() == "mailto:":
                email = email[7:]
            if not email:
                continue
            if not _PLAUSIBLE_EMAIL.fullmatch(email):
                problems.append(
                    RowProblem.at(
                        line,
                        where,
                        Sentence.of(
                            "“{value}” does not look like an email address;"
                            " check it after the import.",
                            value=_short(email),
                        ),
                    )
                )
            found.append(email)
    return _unique(found, fold_case=True)


def _email_pieces(cell: str) -> list[str]:
    """The addresses in a cell split at separators, a quoted local part kept whole."""
    pieces: list[str] = []
    start = 0
    for quoted in _QUOTED_LOCAL.finditer(cell):
        pieces += _EMAIL_SPLIT.split(cell[start : quoted.start()])
        pieces.append(quoted.group())
        start = quoted.end()
    return pieces + _EMAIL_SPLIT.split(cell[start:])


def _notes(cells: list[str]) -> str | None:
    """Several notes joined; Windows and old Mac line breaks become plain newlines."""
    text = _join(cells, "\n")
    return text.replace("\r\n", "\n").replace("\r", "\n") if text else None


def _tags(cells: list[str]) -> tuple[str, ...]:
    tags = (t.strip() for cell in cells for t in _TAG_SPLIT.split(cell))
    # "* myContacts" and "* starred" are Google's system labels, not the user's tags.
    return _unique((t for t in tags if not t.startswith("*")), fold_case=True)


def _unique(values: Iterable[str], *, fold_case: bool = False) -> tuple[str, ...]:
    """Blank-free, first occurrence kept, file order preserved."""
    seen: set[str] = set()
    out: list[str] = []
    for value in values:
        value = value.strip()
        marker = value.casefold() if fold_case else value
        if value and marker not in seen:
            seen.add(marker)
            out.append(value)
    return tuple(out)


def _first(values: list[str]) -> str | None:
    return values[0] if values else None


def _join(values: list[str], sep: str) -> str | None:
    return sep.join(values) if values else None


def _short(text: str) -> str:
    return text if len(text) <= 60 else text[:57] + "…"
