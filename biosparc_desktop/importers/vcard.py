"""Contacts from vCard files (2.1, 3.0, 4.0) as Apple, Android, Outlook and Google write them.

A broken card is reported with its line number and the reader carries on with the
next card, so one damaged entry never costs the user the whole file.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from biosparc_desktop.domain.sentences import Sentence
from biosparc_desktop.importers.build import RawContact, make_contact
from biosparc_desktop.importers.names import has_han
from biosparc_desktop.importers.records import (
    ImportedContact,
    ImportFileError,
    RowProblem,
    card_at,
    line_at,
)
from biosparc_desktop.importers.vcard_lines import (
    Property,
    components,
    logical_lines,
    parse_property,
    unescape,
)

_WANTED = frozenset(
    {"BEGIN", "END", "N", "FN", "ORG", "TITLE", "NOTE", "CATEGORIES", "EMAIL", "TEL", "X-ABSHOWAS",
     "ADR", "X-ABADR", "LANG", "NICKNAME"}
)  # fmt: skip
# Google's built-in groups, written into every exported card; not the user's tags.
_GOOGLE_GROUPS = frozenset({"mycontacts", "starred"})
_UNNAMED = Sentence.of("no name, email or phone; the card is skipped.")


@dataclass
class _Card:
    """Properties gathered between BEGIN:VCARD and END:VCARD."""

    line: int
    props: list[Property] = field(default_factory=list)


def parse_vcards(text: str) -> tuple[list[ImportedContact], list[RowProblem]]:
    """Every readable card in ``text``, plus a problem for each broken card or line."""
    contacts: list[ImportedContact] = []
    problems: list[RowProblem] = []
    card: _Card | None = None
    seen_card = False
    stray_reported = False
    for number, line in logical_lines(text):
        prop = parse_property(number, line, _WANTED)
        if prop is None:
            if card is not None:
                problems.append(_no_colon(number, line))
            elif not stray_reported:
                problems.append(_stray(number))
                stray_reported = True
            continue
        keyword = prop.value.strip().upper()
        if prop.name == "BEGIN" and keyword == "VCARD":
            if card is not None:
                problems.append(
                    RowProblem.at(
                        card.line,
                        line_at(card.line),
                        Sentence.of(
                            "this card has no END:VCARD before the next card starts at line"
                            " {next}; the card is skipped.",
                            next=number,
                        ),
                    )
                )
            card, seen_card, stray_reported = _Card(number), True, False
        elif prop.name == "END" and keyword == "VCARD":
            if card is None:
                problems.append(
                    RowProblem.at(
                        number,
                        line_at(number),
                        Sentence.of(
                            "END:VCARD without a BEGIN:VCARD before it; the line is ignored."
                        ),
                    )
                )
                continue
            contact = _to_contact(card, problems)
            if contact is not None:
                contacts.append(contact)
            card = None
        elif card is not None:
            card.props.append(prop)
        elif not stray_reported:
            problems.append(_stray(number))
            stray_reported = True
    if card is not None:
        problems.append(
            RowProblem.at(
                card.line,
                line_at(card.line),
                Sentence.of(
                    "this card has no END:VCARD (the file may be cut short); the card is skipped."
                ),
            )
        )
    if not seen_card:
        raise ImportFileError(
            "The file contains no contact cards: there is no BEGIN:VCARD line in it."
        )
    return contacts, problems


def _to_contact(card: _Card, problems: list[RowProblem]) -> ImportedContact | None:
    raw = RawContact(card.line)
    full_names: list[str] = []
    company_card = False
    # Preferred addresses and numbers first: the import uses the first as the main one.
    emails: list[Property] = []
    phones: list[Property] = []
    addresses: list[Property] = []
    nicknames: list[str] = []
    for prop in card.props:
        name = prop.name
        if name == "N":
            parts = [unescape(p).strip() for p in components(prop.value)] + ["", "", ""]
            raw.add("family_name", parts[0])
            raw.add("given_name", parts[1])
            raw.add("middle_name", parts[2])
        elif name == "FN":
            full_names.append(unescape(prop.value))
        elif name == "ORG":
            org = [*components(prop.value), ""]
            raw.add("organisation", org[0])
            raw.add("department", "; ".join(p.strip() for p in org[1:] if p.strip()))
        elif name == "TITLE":
            raw.add("title", unescape(prop.value))
        elif name == "NOTE":
            raw.add("notes", unescape(prop.value))
        elif name == "CATEGORIES":
            tags = (t.strip() for t in components(prop.value, ","))
            raw.add("tags", ",".join(t for t in tags if t.casefold() not in _GOOGLE_GROUPS))
        elif name == "EMAIL":
            emails.append(prop)
        elif name == "TEL" and not ("FAX" in prop.types and "VOICE" not in prop.types):
            phones.append(prop)
        elif name == "X-ABSHOWAS":
            company_card = prop.value.strip().upper() == "COMPANY"
        elif name == "ADR":
            addresses.append(prop)
        elif name == "X-ABADR":  # Apple's ISO code of the address's country ("fr")
            raw.add("country", prop.value)
        elif name == "LANG":
            raw.add("language", unescape(prop.value))
        elif name == "NICKNAME" and has_han(prop.value):
            # Our own export keeps the Chinese name here, beside a romanised N.
            nicknames.append(unescape(prop.value))
    # The address's country reads numbers without a country code; work addresses first.
    for prop in sorted(addresses, key=lambda p: ("WORK" not in p.types, not p.preferred)):
        country = [*components(prop.value), *[""] * 7][6].strip()
        if country:
            raw.country.insert(0, unescape(country))
            break
    if (
        nicknames
        and (raw.given_name or raw.family_name)
        and not any(has_han(n) for n in (*raw.given_name, *raw.family_name, *full_names))
    ):
        raw.add("name_zh", nicknames[0])
    if company_card:  # Apple marks cards for a company, whose FN is the company name
        if not (raw.given_name or raw.family_name or raw.middle_name):
            problems.append(_company_card(card.line, raw.organisation or full_names))
            return None
    else:
        for full in full_names:
            raw.add("full_name", full)
    for prop in sorted(emails, key=lambda p: not p.preferred):
        raw.add("email", unescape(prop.value))
    for prop in sorted(phones, key=lambda p: not p.preferred):
        raw.add("phone", _phone(unescape(prop.value).strip()))
    return make_contact(raw, card_at(card.line), problems, unnamed=_UNNAMED)


def _phone(value: str) -> str:
    """A vCard 4 ``tel:+1-555-0100;ext=12`` URI as a plain number; other values as they are."""
    if value[:4].lower() != "tel:":
        return value
    number, _, params = value[4:].partition(";")
    for param in params.split(";"):
        key, _, extension = param.partition("=")
        if key.strip().lower() == "ext" and extension.strip():
            return f"{number} ext. {extension.strip()}"
    return number


def _company_card(line: int, names: list[str]) -> RowProblem:
    return RowProblem.at(
        line,
        card_at(line),
        Sentence.of(
            "this is a company card (“{name}”), not a person, so it is not imported as a"
            " contact; add the company as a partner organisation instead.",
            name=unescape(names[0]) if names else "?",
        ),
    )


def _no_colon(number: int, line: str) -> RowProblem:
    shown = line if len(line) <= 40 else line[:37] + "…"
    return RowProblem.at(
        number,
        line_at(number),
        Sentence.of(
            "“{value}” is not a vCard property (it has no colon); the line is ignored.",
            value=shown,
        ),
    )


def _stray(number: int) -> RowProblem:
    return RowProblem.at(
        number,
        line_at(number),
        Sentence.of("text outside a BEGIN:VCARD … END:VCARD card is ignored."),
    )
