"""One row of a contact file through the contact rules.

The same rules as the contact form: names, title and notes as ContactService
cleans them, emails normalised, phones in E.164. A row without a usable name is
rejected; a single bad email, phone or tag is left out with a warning, so one odd
number does not cost the user the whole person.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Hashable
from typing import NamedTuple

from biosparc_desktop.domain.enums import Language
from biosparc_desktop.domain.rules.codes import clean_country
from biosparc_desktop.domain.rules.contact_details import (
    DEFAULT_REGION,
    clean_email,
    clean_phone,
    is_phone_region,
)
from biosparc_desktop.domain.rules.names import default_order, display_name, has_han, to_pinyin
from biosparc_desktop.domain.rules.text import clean_line, clean_name, clean_tag, clean_text
from biosparc_desktop.domain.sentences import Sentence, at
from biosparc_desktop.errors import ValidationError
from biosparc_desktop.importers import ImportedContact
from biosparc_desktop.services.duplicate_keys import email_key

# Rows are NamedTuples rather than frozen dataclasses: just as immutable, and a
# hundred thousand of them are built several times faster.


class OrgRef(NamedTuple):
    """An organisation a row belongs to: an existing one, or one the import creates."""

    key: Hashable  # ("org", id) for existing, ("new", folded name) for new ones
    name: str
    id: int | None = None
    public_id: str | None = None
    country: str | None = None

    @property
    def is_new(self) -> bool:
        return self.id is None


class CleanContact(NamedTuple):
    """A row's values after the contact rules: normalised emails, E.164 phones."""

    line: int
    given_name: str | None
    family_name: str | None
    name_zh: str | None
    title: str | None
    organisation: OrgRef | None
    emails: tuple[str, ...]
    phones: tuple[str, ...]
    notes: str | None
    tags: tuple[str, ...]
    pinyin: str | None = None  # as ContactService keeps it, for sorting and matching
    language: Language = Language.ENGLISH

    @property
    def display_name(self) -> str:
        order = default_order(self.given_name, self.family_name, self.name_zh)
        return display_name(self.given_name, self.family_name, self.name_zh, order)


# Finds (or makes) the organisation for a cleaned organisation name and the row's
# country; None when the user chose to import its contacts without one.
OrgLookup = Callable[[str, str | None], OrgRef | None]


class CleanedRow(NamedTuple):
    contact: CleanContact | None
    problems: list[Sentence]  # why the row is rejected: "Row 4: …"
    warnings: list[Sentence]  # values left out


class EmailCleaner:
    """:func:`clean_email` with each domain checked once.

    Checking the domain is most of the cost of checking an address, and a file has
    far fewer domains than addresses. Plain ASCII addresses take the short way (the
    local part must be an RFC 5322 dot-atom, which email-validator returns as it
    is); anything else goes through the full check.
    """

    def __init__(self) -> None:
        self._domains: dict[str, str | None] = {}

    def __call__(self, value: str) -> str:
        text = value.strip()
        local, at, domain = text.rpartition("@")
        if (
            at
            and text.isascii()
            and len(text) <= _EMAIL_MAX
            and len(local) <= _LOCAL_MAX
            and _DOT_ATOM.fullmatch(local)
            and local.lower() not in _CASE_INSENSITIVE_MAILBOXES
        ):
            normal = self._domain(domain)
            if normal is not None:
                address = f"{local}@{normal}"
                if len(address.encode()) <= _EMAIL_MAX:
                    return address
        return clean_email(value)

    def _domain(self, domain: str) -> str | None:
        if domain not in self._domains:
            try:
                self._domains[domain] = clean_email(f"a@{domain}").partition("@")[2]
            except ValidationError:
                self._domains[domain] = None  # the full check gives the message
        return self._domains[domain]


_ATEXT = r"[a-zA-Z0-9_!#$%&'*+\-/=?^`{|}~]+"
_DOT_ATOM = re.compile(rf"{_ATEXT}(?:\.{_ATEXT})*")
_EMAIL_MAX = 254
_LOCAL_MAX = 64
# RFC 2142 mailbox names, which email-validator lower-cases ("Info@" → "info@").
_CASE_INSENSITIVE_MAILBOXES = frozenset(
    {"info", "marketing", "sales", "support", "abuse", "noc", "security", "postmaster",
     "hostmaster", "usenet", "news", "webmaster", "www", "uucp", "ftp"}
)  # fmt: skip


def _line(
    value: str | None, field: str, label: str, max_len: int, clean: Callable[..., str | None]
) -> str | None:
    """``clean`` (:func:`clean_line` or :func:`clean_name`), skipped for text that is already
    clean (most of a file): printable ASCII, trimmed, no double spaces, not too long."""
    if (
        value
        and len(value) <= max_len
        and value.isascii()
        and value.isprintable()
        and value[0] != " "
        and value[-1] != " "
        and "  " not in value
    ):
        return value
    return clean(value, field=field, label=label, max_len=max_len)


NOTES_MAX = 20_000
# How people write a preferred language in a file, and our own export's labels.
_LANGUAGES = {
    **dict.fromkeys(("en", "eng", "english", "英文", "英语", "英語"), Language.ENGLISH),
    **dict.fromkeys(
        ("zh", "zho", "chi", "chinese", "mandarin", "中文", "汉语", "漢語", "普通话", "华语"),
        Language.CHINESE,
    ),
}


def phone_region(value: str | None) -> str | None:
    """A region code for reading phone numbers (FR, SG), or ``None``; others are refused."""
    if value is None or not value.strip():
        return None
    code = value.strip().upper()
    if not is_phone_region(code):
        raise ValidationError.of(
            "“{value}” is not a region code; use two letters such as SG, CN or FR.",
            field="region",
            value=value.strip()[:20],
        )
    return code


def clean_row(
    source: ImportedContact,
    where: Sentence,
    organisation_for: OrgLookup,
    region: str | None,
    email_cleaner: Callable[[str], str] = clean_email,
) -> CleanedRow:
    problems: list[Sentence] = []
    warnings: list[Sentence] = []
    given = family = name_zh = title = notes = org_name = None
    # One try per rule, written out: this runs for every row of large files.
    try:
        given = _line(
            source.given_name, "given_name", label="The given name", max_len=100, clean=clean_name
        )
    except ValidationError as exc:
        problems.append(at(where, exc))
    try:
        family = _line(
            source.family_name,
            "family_name",
            label="The family name",
            max_len=100,
            clean=clean_name,
        )
    except ValidationError as exc:
        problems.append(at(where, exc))
    try:
        name_zh = _line(
            source.name_zh, "name_zh", label="The Chinese name", max_len=100, clean=clean_name
        )
    except ValidationError as exc:
        problems.append(at(where, exc))
    given, family = _romanised_only(given, family, name_zh)
    if not (given or family or name_zh) and not problems:
        problems.append(
            at(
                where,
                Sentence.of(
                    "a contact needs a name, but the row has only an email or phone."
                    if source.emails or source.phones
                    else "a contact needs a name, but the row has no name."
                ),
            )
        )
    try:
        title = _line(source.title, "title", label="The title", max_len=200, clean=clean_line)
    except ValidationError as exc:
        problems.append(at(where, exc))
    try:
        notes = _notes(source.notes, where, warnings)
    except ValidationError as exc:
        problems.append(at(where, exc))
    try:
        org_name = _line(
            source.organisation,
            "organisation",
            label="The organisation name",
            max_len=200,
            clean=clean_name,
        )
    except ValidationError as exc:
        problems.append(at(where, exc))
    country = _country(source.country)
    organisation = organisation_for(org_name, country) if org_name else None
    emails: dict[str, str] = {}
    for raw in source.emails:
        try:
            email = email_cleaner(raw)
        except ValidationError as exc:
            warnings.append(_left_out(where, exc))
            continue
        emails.setdefault(email_key(email), email)
    phones: list[str] = []
    if source.phones:
        regions = _regions(organisation, country, region, source)
        for raw in source.phones:
            try:
                phone = _phone(raw, regions)
            except ValidationError as exc:
                warnings.append(_left_out(where, exc))
                continue
            if phone not in phones:
                phones.append(phone)
    tags: dict[str, str] = {}
    for raw in source.tags:
        try:
            tag = clean_tag(raw)
        except ValidationError as exc:
            warnings.append(_left_out(where, exc))
            continue
        tags.setdefault(tag.casefold(), tag)
    if problems:
        return CleanedRow(None, problems, warnings)
    contact = CleanContact(
        line=source.source_line,
        given_name=given,
        family_name=family,
        name_zh=name_zh,
        title=title,
        organisation=organisation,
        emails=tuple(emails.values()),
        phones=tuple(phones),
        notes=notes,
        tags=tuple(tags.values()),
        pinyin=to_pinyin(name_zh) or to_pinyin(f"{family or ''}{given or ''}"),
        language=_language(source.language),
    )
    return CleanedRow(contact, [], warnings)


def _notes(text: str | None, where: Sentence, warnings: list[Sentence]) -> str | None:
    """The notes; over the limit they are cut there (with a warning), not the person lost."""
    if text is not None and len(text.strip()) > NOTES_MAX:
        length = len(text.strip())
        text = text.strip()[:NOTES_MAX]
        warnings.append(
            at(
                where,
                Sentence.of(
                    "the notes are {length} characters long; only the first {max_len} are kept.",
                    length=f"{length:,}",
                    max_len=f"{NOTES_MAX:,}",
                ),
            )
        )
    return clean_text(text, field="notes", label="The notes", max_len=NOTES_MAX)


def _country(value: str | None) -> str | None:
    """The ISO code of a country as a file names it ("France", "FR", "UK", "中国");
    ``None`` if unknown (the number is then read as if no country were given)."""
    if value and (alias := _COUNTRY_ALIASES.get(value.strip().casefold())):
        return alias
    try:
        return clean_country(value)
    except ValidationError:
        return None


# Names people write that are not in ISO 3166's English list.
_COUNTRY_ALIASES = {
    "uk": "GB", "england": "GB", "scotland": "GB", "wales": "GB", "usa": "US", "u.s.a.": "US",
    "u.s.": "US", "america": "US", "korea": "KR", "south korea": "KR", "taiwan": "TW",
    "hong kong": "HK", "macau": "MO", "macao": "MO", "russia": "RU", "vietnam": "VN",
    "中国": "CN", "中国大陆": "CN", "中华人民共和国": "CN", "新加坡": "SG", "香港": "HK",
    "中国香港": "HK", "澳门": "MO", "中国澳门": "MO", "台湾": "TW", "中国台湾": "TW",
    "美国": "US", "英国": "GB", "法国": "FR", "德国": "DE", "日本": "JP", "韩国": "KR",
    "马来西亚": "MY", "澳大利亚": "AU", "加拿大": "CA", "瑞士": "CH", "印度": "IN",
}  # fmt: skip


def _language(value: str | None) -> Language:
    """The preferred language the file gives: English, Chinese, or another one."""
    if not value or not value.strip():
        return Language.ENGLISH
    key = value.strip().casefold().replace("_", "-")
    found = _LANGUAGES.get(key) or _LANGUAGES.get(key.partition("-")[0])  # "zh-Hans", "en-GB"
    return found or Language.OTHER


def _left_out(where: Sentence, problem: ValidationError) -> Sentence:
    return at(where, Sentence.of("{problem} It is left out.", problem=problem))


def _romanised_only(
    given: str | None, family: str | None, name_zh: str | None
) -> tuple[str | None, str | None]:
    """Given and family name hold the romanised name; when a file put the Chinese name's
    characters there too ("张", "伟"), the Chinese name alone says it ("张伟", not "张 伟 (张伟)")."""
    if not name_zh or not (given or family):
        return given, family
    if any(part and not has_han(part) for part in (given, family)):
        return given, family
    joined = {f"{family or ''}{given or ''}", f"{given or ''}{family or ''}"}
    return (None, None) if name_zh.replace(" ", "") in joined else (given, family)


def _regions(
    organisation: OrgRef | None, country: str | None, region: str | None, source: ImportedContact
) -> list[str]:
    """Where to read numbers without a country code: the row's own country (Outlook's
    Business Country/Region, a vCard address), the organisation's, then the chosen
    region, China for people with Chinese names, then the default."""
    chinese = any(has_han(t) for t in (source.name_zh, source.family_name, source.organisation))
    candidates = [
        country,
        organisation.country if organisation else None,
        region,
        "CN" if chinese else None,
        DEFAULT_REGION,
    ]
    return list(dict.fromkeys(c.upper() for c in candidates if c and is_phone_region(c)))


def _phone(raw: str, regions: list[str]) -> str:
    first: ValidationError | None = None
    for region in regions:
        try:
            return clean_phone(raw, region)
        except ValidationError as exc:
            first = first or exc
            if raw.strip().startswith("+"):
                break  # the country code is in the number: other regions read it the same
    assert first is not None
    raise first
