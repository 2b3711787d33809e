"""The organisations an import would add, and what the user chose for each.

The preview lists every organisation a row names that is not here yet (by its
English, Chinese or short name), Chinese names in pinyin order among the others,
as the contact list sorts Chinese-only names. For each the user may have the
import create it (the default, and what the command line does), put its contacts
in an existing partner instead, or leave its contacts without an organisation.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum
from typing import NamedTuple

from biosparc_desktop.domain.rules.names import has_han, to_pinyin
from biosparc_desktop.services.import_rows import CleanContact, OrgRef


class OrganisationAction(StrEnum):
    CREATE = "create"  # a new partner of that name
    EXISTING = "existing"  # the contacts go to a partner already here
    NONE = "none"  # the contacts are imported without an organisation


@dataclass(frozen=True)
class OrganisationChoice:
    action: OrganisationAction = OrganisationAction.CREATE
    partner_id: str | None = None  # the existing partner's public id, for EXISTING

    @classmethod
    def existing(cls, partner_id: str) -> OrganisationChoice:
        return cls(OrganisationAction.EXISTING, partner_id)


CREATE = OrganisationChoice()
LEAVE_OUT = OrganisationChoice(OrganisationAction.NONE)


class NewOrganisation(NamedTuple):
    """An organisation named in the file that is not here yet."""

    key: str  # the folded name: choices are given by it
    name: str  # as the file first spells it
    contacts: int  # how many rows name it
    country: str | None = None


def organisation_sort_key(name: str) -> tuple[str, str]:
    """Chinese names by their pinyin ("xin da sheng wu" for 信达生物), others by their
    letters, case folded: the order the lists use for Chinese names."""
    spoken = to_pinyin(name) if has_han(name) else None
    return ((spoken or name).casefold(), name)


def new_key(org: OrgRef) -> str:
    """The key a new organisation is listed and chosen by: its folded name."""
    key = org.key
    return str(key[1]) if isinstance(key, tuple) else str(key)


def new_organisations_of(contacts: Iterable[CleanContact | None]) -> tuple[NewOrganisation, ...]:
    """The organisations these rows would create, each once, in pinyin order."""
    found: dict[str, NewOrganisation] = {}
    for contact in contacts:
        org = contact.organisation if contact is not None else None
        if org is None or not org.is_new:
            continue
        key = new_key(org)
        seen = found.get(key)
        if seen is None:
            found[key] = NewOrganisation(key, org.name, 1, org.country)
        else:
            found[key] = seen._replace(
                contacts=seen.contacts + 1, country=seen.country or org.country
            )
    return tuple(sorted(found.values(), key=lambda o: organisation_sort_key(o.name)))
