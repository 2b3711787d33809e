"""One page of the contacts list, read in a single query.

The list shows a few columns of each person: loading whole contacts (emails,
phones, tags and affiliations, each a query of its own) cost six queries a page,
more than a frame's budget while scrolling. Here each row's first email, first
phone and tags come from correlated subqueries of the one SELECT.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import ScalarSelect, select
from sqlalchemy.orm import Session

from biosparc_desktop.domain.contacts import Contact, ContactEmail, ContactPhone, ContactTag
from biosparc_desktop.domain.organisations import Organisation
from biosparc_desktop.domain.rules.names import display_name
from biosparc_desktop.services.common import split_tag_names, tag_names_column


@dataclass(frozen=True)
class ContactListRow:
    """What the contacts list shows of one person."""

    id: str
    display_name: str
    title: str | None
    organisation: str | None
    organisation_id: str | None
    email: str | None  # the first address
    phone: str | None  # the first number, E.164
    tags: tuple[str, ...]
    updated_at: datetime


def _first(detail: type[ContactEmail] | type[ContactPhone], value: Any) -> ScalarSelect[str]:
    """The contact's first email address or phone number, by its position in the list."""
    return (
        select(value)
        .where(detail.contact_id == Contact.id)
        .order_by(detail.position, detail.id)
        .limit(1)
        .correlate(Contact)
        .scalar_subquery()
    )


def list_rows(session: Session, ids: Sequence[int]) -> list[ContactListRow]:
    """The list rows of the contacts with these ids, in the order given."""
    if not ids:
        return []
    stmt = (
        select(
            Contact.id,
            Contact.public_id,
            Contact.given_name,
            Contact.family_name,
            Contact.name_zh,
            Contact.name_order,
            Contact.title,
            Contact.updated_at,
            Organisation.name,
            Organisation.public_id,
            _first(ContactEmail, ContactEmail.address),
            _first(ContactPhone, ContactPhone.number),
            tag_names_column(ContactTag.tag_id, ContactTag.contact_id, Contact),
        )
        .outerjoin(Organisation, Contact.organisation_id == Organisation.id)
        .where(Contact.id.in_(ids))
    )
    by_id: dict[int, ContactListRow] = {}
    for row in session.execute(stmt):
        (key, public_id, given, family, name_zh, order, title, updated_at) = row[:8]
        org_name, org_id, email, phone, tags = row[8:]
        by_id[key] = ContactListRow(
            id=public_id,
            display_name=display_name(given, family, name_zh, order),
            title=title,
            organisation=org_name,
            organisation_id=org_id,
            email=email,
            phone=phone,
            tags=split_tag_names(tags, key=str.casefold),
            updated_at=updated_at,
        )
    return [by_id[i] for i in ids if i in by_id]
