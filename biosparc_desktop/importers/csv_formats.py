"""Column mappings for CSV files: which column feeds which of our fields.

A mapping is a plain ``{field: column name}`` dict so the import dialog can show it
and let the user change it. Repeatable fields take several columns as ``email``,
``email_2``, ``email_3`` and so on, in order of preference.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from biosparc_desktop.importers.records import (
    NAME_FIELDS,
    REPEATABLE_FIELDS,
    ImportFileError,
    field_base,
)

# Outlook desktop ("Comma Separated Values") and Outlook.com share these names.
# Its "Title" column is the courtesy title (Mr., Dr.), so it is not mapped.
_OUTLOOK: tuple[tuple[str, str], ...] = (
    ("given_name", "First Name"),
    ("middle_name", "Middle Name"),
    ("family_name", "Last Name"),
    ("organisation", "Company"),
    ("title", "Job Title"),
    ("department", "Department"),
    ("country", "Business Country/Region"),
    ("country", "Home Country/Region"),
    ("language", "Language"),
    ("email", "E-mail Address"),
    ("email", "E-mail 2 Address"),
    ("email", "E-mail 3 Address"),
    ("phone", "Mobile Phone"),
    ("phone", "Business Phone"),
    ("phone", "Business Phone 2"),
    ("phone", "Primary Phone"),
    ("phone", "Company Main Phone"),
    ("phone", "Home Phone"),
    ("phone", "Home Phone 2"),
    ("phone", "Other Phone"),
    ("phone", "Car Phone"),
    ("notes", "Notes"),
    ("tags", "Categories"),
)
# Google Contacts, 2024+ export first, then the older one ("Given Name", "Organization 1 - ...").
_GOOGLE: tuple[tuple[str, str], ...] = (
    ("full_name", "Name"),
    ("given_name", "First Name"),
    ("given_name", "Given Name"),
    ("middle_name", "Middle Name"),
    ("middle_name", "Additional Name"),
    ("family_name", "Last Name"),
    ("family_name", "Family Name"),
    ("organisation", "Organization Name"),
    ("organisation", "Organization 1 - Name"),
    ("title", "Organization Title"),
    ("title", "Organization 1 - Title"),
    ("department", "Organization Department"),
    ("department", "Organization 1 - Department"),
    ("country", "Address 1 - Country"),
    ("notes", "Notes"),
    ("tags", "Labels"),
    ("tags", "Group Membership"),
)
_GOOGLE_NUMBERED = re.compile(r"(e-mail|phone) \d+ - value", re.IGNORECASE)
# Thunderbird's address book export ("Comma Separated"), every version since 2.0.
# Addresses and web pages have no field of their own; they go into the notes, labelled.
_THUNDERBIRD: tuple[tuple[str, str], ...] = (
    ("given_name", "First Name"),
    ("family_name", "Last Name"),
    ("full_name", "Display Name"),
    ("email", "Primary Email"),
    ("email", "Secondary Email"),
    ("phone", "Mobile Number"),
    ("phone", "Work Phone"),
    ("phone", "Home Phone"),
    ("phone", "Pager Number"),
    ("organisation", "Organization"),
    ("title", "Job Title"),
    ("department", "Department"),
    ("country", "Work Country"),
    ("notes", "Notes"),
    ("notes", "Web Page 1"),
    ("notes", "Web Page 2"),
    ("notes", "Work Address"),
    ("notes", "Work Address 2"),
    ("notes", "Work City"),
    ("notes", "Work State"),
    ("notes", "Work ZipCode"),
    ("notes", "Nickname"),
    ("notes", "Screen Name"),
)
_LINKEDIN: tuple[tuple[str, str], ...] = (
    ("given_name", "First Name"),
    ("family_name", "Last Name"),
    ("email", "Email Address"),
    ("organisation", "Company"),
    ("title", "Position"),
    ("notes", "URL"),  # the LinkedIn profile, kept in the notes as "URL: https://…"
)

# Generic CSV: header names after _normalise(), best first within each field.
_SYNONYMS: dict[str, tuple[str, ...]] = {
    "full_name": ("name", "fullname", "displayname", "contactname", "contact", "person",
                  "姓名", "名字", "全名", "联系人"),
    "given_name": ("firstname", "givenname", "forename", "first", "名"),
    "middle_name": ("middlename", "additionalname", "middle"),
    "family_name": ("lastname", "familyname", "surname", "last", "姓"),
    "name_zh": ("chinesename", "namezh", "中文名", "中文姓名", "中文名字"),
    "name_en": ("englishname", "nameen", "英文名", "英文姓名", "英文名字", "拼音", "pinyin"),
    "title": ("jobtitle", "position", "role", "职位", "职务", "头衔", "职称", "title"),
    "department": ("department", "dept", "division", "部门", "科室"),
    "country": ("country", "countryregion", "businesscountryregion", "workcountry", "国家",
                "国家地区"),
    "language": ("language", "preferredlanguage", "语言", "首选语言"),
    "organisation": ("company", "organisation", "organization", "companyname",
                     "organisationname", "organizationname", "org", "employer",
                     "institution", "affiliation", "单位", "公司", "机构", "单位名称",
                     "公司名称", "工作单位", "组织"),
    "email": ("email", "emailaddress", "mail", "workemail", "businessemail", "personalemail",
              "homeemail", "otheremail", "邮箱", "电子邮件", "电子邮箱", "电子邮件地址",
              "邮件", "邮箱地址", "email地址"),
    "phone": ("phone", "mobile", "mobilephone", "mobilenumber", "cell", "cellphone",
              "telephone", "tel", "phonenumber", "workphone", "businessphone", "officephone",
              "homephone", "otherphone", "手机", "手机号", "手机号码", "电话", "电话号码",
              "联系电话", "移动电话", "办公电话", "座机"),
    "notes": ("notes", "note", "comments", "comment", "remarks", "description", "备注",
              "说明"),
    "tags": ("tags", "tag", "labels", "categories", "groups", "标签", "分组", "类别"),
}  # fmt: skip
_LOOKUP: dict[str, tuple[str, int]] = {
    name: (field, rank) for field, names in _SYNONYMS.items() for rank, name in enumerate(names)
}
_NOT_WORD = re.compile(r"[\W_]+")
_TRAILING_NUMBER = re.compile(r"\d+$")


def default_mapping(fmt: str, columns: Sequence[str]) -> dict[str, str]:
    """The mapping we propose for a file of this format and header."""
    if fmt == "outlook":
        return _assign(_OUTLOOK, columns)
    if fmt == "linkedin":
        return _assign(_LINKEDIN, columns)
    if fmt == "thunderbird":
        return _assign(_THUNDERBIRD, columns)
    if fmt == "google":
        numbered = [
            ("email" if c.casefold().startswith("e-mail") else "phone", c)
            for c in columns
            if _GOOGLE_NUMBERED.fullmatch(c.strip())
        ]
        return _assign([*_GOOGLE, *numbered], columns)
    return generic_mapping(columns)


def generic_mapping(columns: Sequence[str]) -> dict[str, str]:
    """Map any header by common English and Chinese column names."""
    best: dict[str, tuple[int, str]] = {}
    repeated: list[tuple[str, str]] = []
    for column in columns:
        key = _normalise(column)
        hit = _LOOKUP.get(key)
        if hit is None and (bare := _TRAILING_NUMBER.sub("", key)) != key:
            hit = _LOOKUP.get(bare)  # "Email 2", "Phone3"
            if hit is not None and hit[0] not in REPEATABLE_FIELDS:
                hit = None
        if hit is None:
            continue
        field, rank = hit
        if field in REPEATABLE_FIELDS:
            repeated.append((field, column))
        elif field not in best or rank < best[field][0]:
            best[field] = (rank, column)
    pairs = [(field, column) for field, (_, column) in best.items()] + repeated
    return _assign(pairs, columns)


def is_note_column(column: str) -> bool:
    """A column that holds notes as such; values from any other column mapped to the
    notes are kept with the column's name in front ("Work City: Paris")."""
    return _LOOKUP.get(_normalise(column), ("", 0))[0] == "notes"


# Columns that never hold the person's details: how Outlook and Google describe the
# value beside them, and the export's own bookkeeping (ours: Updated, ID).
_NOT_DETAILS = re.compile(
    r"e-?mail( \d)? (type|display name)|(phone|e-mail|address|website|relation|event"
    r"|im|organization) \d+ - (type|label)|gender|priority|private|sensitivity|initials"
    r"|updated|id|connected on",
    re.IGNORECASE,
)
# What Outlook writes into columns the user never filled in.
_PLACEHOLDERS = frozenset({"0/0/00", "unspecified", "normal", "false", "smtp", "ex"})
# The same, as Outlook spells them, and the empty cell: a row whose cells are all among
# these is skipped with one set operation (most rows of most files).
NOTHING = frozenset({"", "0/0/00", "Unspecified", "Normal", "False", "SMTP", "EX"})


def unimported_columns(columns: Sequence[str], mapping: dict[str, str]) -> list[int]:
    """Positions of the columns that go nowhere and might hold details worth keeping."""
    used = set(mapping.values())
    return [
        position
        for position, column in enumerate(columns)
        if column not in used and not _NOT_DETAILS.fullmatch(column.strip())
    ]


def has_details(value: str) -> bool:
    """A cell with something in it other than a placeholder Outlook writes."""
    text = value.strip()
    return bool(text) and text.casefold() not in _PLACEHOLDERS


def check_mapping(mapping: dict[str, str], columns: Sequence[str]) -> dict[str, str]:
    """A user's mapping, with blank choices dropped; unknown fields or columns refused."""
    present = set(columns)
    clean: dict[str, str] = {}
    for key, column in mapping.items():
        if field_base(key) is None:
            raise ImportFileError.of(
                "“{key}” is not a contact field that columns can be matched to.", key=key
            )
        if not column:
            continue
        if column not in present:
            raise ImportFileError.of(
                "The column “{column}” chosen for {name} is not in the file.",
                column=column,
                name=key.replace("_", " "),
            )
        clean[key] = column
    return clean


def require_identity(mapping: dict[str, str], columns: Sequence[str]) -> None:
    """Refuse a mapping with no column that can name or reach a person."""
    wanted = NAME_FIELDS | {"email", "phone"}
    if any(field_base(key) in wanted for key in mapping):
        return
    shown = ", ".join(f"“{c}”" for c in columns[:8] if c)
    if not shown:
        raise ImportFileError(
            "The file has no column for a name, email or phone, so no contacts can be read."
            " Columns found: none."
        )
    raise ImportFileError.of(
        "The file has no column for a name, email or phone, so no contacts can be read."
        " Columns found: {columns}{more}.",
        columns=shown,
        more=" …" if len(columns) > 8 else "",
    )


def _assign(pairs: Iterable[tuple[str, str]], columns: Sequence[str]) -> dict[str, str]:
    """Keep the pairs whose column exists; number repeated fields; one field per column."""
    actual: dict[str, str] = {}
    for column in columns:
        actual.setdefault(column.strip().casefold(), column)
    mapping: dict[str, str] = {}
    counts: dict[str, int] = {}
    used: set[str] = set()
    for field, wanted in pairs:
        found = actual.get(wanted.strip().casefold())
        if found is None or found in used:
            continue
        if field in REPEATABLE_FIELDS:
            counts[field] = counts.get(field, 0) + 1
            key = field if counts[field] == 1 else f"{field}_{counts[field]}"
        elif field in mapping:
            continue
        else:
            key = field
        mapping[key] = found
        used.add(found)
    return mapping


def _normalise(column: str) -> str:
    return _NOT_WORD.sub("", column.casefold())
