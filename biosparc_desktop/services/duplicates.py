"""Find duplicates: likely pairs of contacts and of organisations already in the database.

Records that share a key (see :mod:`duplicate_keys`) form a pair; each pair lists
every reason it was found for, the stronger reasons first. Records in the Trash
are left out.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Hashable, Iterable
from dataclasses import dataclass
from itertools import combinations

from sqlalchemy import select
from sqlalchemy.orm import Session

from biosparc_desktop.domain.contacts import Contact, ContactEmail, ContactPhone
from biosparc_desktop.domain.organisations import Organisation
from biosparc_desktop.domain.rules.names import display_name
from biosparc_desktop.domain.sentences import Sentence, translatable
from biosparc_desktop.services.context import ServiceContext
from biosparc_desktop.services.duplicate_keys import (
    email_key,
    name_reason,
    name_tokens,
    names_agree,
    organisation_name_key,
    person_name_keys,
    website_key,
)

MAX_PAIRS = 500
# Beyond this many records sharing one key (a switchboard number, a common
# domain), the key says little about any one pair.
_MAX_GROUP = 12


@dataclass(frozen=True)
class DuplicatePair:
    kind: str  # "contact" or "organisation"
    first_id: str  # the older record: the one a merge keeps by default
    first_name: str
    first_detail: str
    second_id: str
    second_name: str
    second_detail: str
    reasons: tuple[Sentence, ...]  # "same email ana@bio.br"


@dataclass(frozen=True)
class _Record:
    id: int
    public_id: str
    name: str
    detail: str


class DuplicateService:
    def __init__(self, context: ServiceContext) -> None:
        self._ctx = context

    def contacts(self) -> list[DuplicatePair]:
        with self._ctx.read() as session:
            return _pairs("contact", *_contact_keys(session))

    def organisations(self) -> list[DuplicatePair]:
        with self._ctx.read() as session:
            return _pairs("organisation", *_organisation_keys(session))

    def all(self) -> list[DuplicatePair]:
        return self.contacts() + self.organisations()

    def record_ids(self) -> frozenset[str]:
        """Public ids of the live contacts and organisations: what "already here" means
        for :meth:`across`."""
        with self._ctx.read() as session:
            contacts = session.scalars(
                select(Contact.public_id).where(Contact.deleted_at.is_(None))
            )
            orgs = session.scalars(
                select(Organisation.public_id).where(Organisation.deleted_at.is_(None))
            )
            return frozenset([*contacts, *orgs])

    def across(self, before: frozenset[str]) -> list[DuplicatePair]:
        """Pairs of one record from ``before`` (the ids :meth:`record_ids` gave before an
        archive was merged in) and one that came since: the copies a merge made, each
        one offered for the duplicates review. The record already here is kept by default."""
        with self._ctx.read() as session:
            found = _pairs("contact", *_contact_keys(session), before=before)
            found += _pairs("organisation", *_organisation_keys(session), before=before)
        return [_older_first(pair, before) for pair in found]


_Keys = dict[Hashable, list[int]]


def _contact_keys(
    session: Session,
) -> tuple[dict[int, _Record], list[tuple[str, _Keys]], dict[int, frozenset[str]]]:
    live = Contact.deleted_at.is_(None)
    org_names = dict(
        session.execute(
            select(Organisation.id, Organisation.name).where(Organisation.deleted_at.is_(None))
        ).all()
    )
    records: dict[int, _Record] = {}
    tokens: dict[int, frozenset[str]] = {}
    by_name: _Keys = defaultdict(list)
    people = session.execute(
        select(
            Contact.id,
            Contact.public_id,
            Contact.given_name,
            Contact.family_name,
            Contact.name_zh,
            Contact.name_order,
            Contact.pinyin,
            Contact.organisation_id,
        ).where(live)
    )
    for cid, pid, given, family, name_zh, order, pinyin, org_id in people:
        name = display_name(given, family, name_zh, order)
        records[cid] = _Record(cid, pid, name, org_names.get(org_id, "") if org_id else "")
        tokens[cid] = name_tokens(given, family, name_zh, pinyin)
        for key in person_name_keys(given, family, name_zh, org_id, pinyin):
            by_name[key].append(cid)
    by_email: _Keys = defaultdict(list)
    for cid, address in session.execute(
        select(ContactEmail.contact_id, ContactEmail.address).join(Contact).where(live)
    ):
        by_email[("email", email_key(address))].append(cid)
    by_phone: _Keys = defaultdict(list)
    for cid, number in session.execute(
        select(ContactPhone.contact_id, ContactPhone.number).join(Contact).where(live)
    ):
        by_phone[("phone", number)].append(cid)
    groups = [("same email", by_email), ("same phone", by_phone)]
    groups.append(("same name", by_name))
    return records, groups, tokens


def _organisation_keys(
    session: Session,
) -> tuple[dict[int, _Record], list[tuple[str, _Keys]], dict[int, frozenset[str]]]:
    records: dict[int, _Record] = {}
    by_name: _Keys = defaultdict(list)
    by_zh: _Keys = defaultdict(list)
    shorts: dict[str, list[int]] = defaultdict(list)
    by_site: _Keys = defaultdict(list)
    rows = session.execute(
        select(
            Organisation.id,
            Organisation.public_id,
            Organisation.name,
            Organisation.name_zh,
            Organisation.short_name,
            Organisation.website,
            Organisation.city,
        ).where(Organisation.deleted_at.is_(None))
    )
    for oid, pid, name, name_zh, short_name, website, city in rows:
        shown = f"{name} ({name_zh})" if name_zh else name
        records[oid] = _Record(oid, pid, shown, city or "")
        own = organisation_name_key(name)
        if own:
            by_name[own].append(oid)
        if name_zh and (key := organisation_name_key(name_zh)):
            by_zh[key].append(oid)
        if short_name and (key := organisation_name_key(short_name)) and key != own:
            shorts[key].append(oid)
        if site := website_key(website):
            by_site[site].append(oid)
    # One group per (short name owner, name owner): only those pairs are meant.
    by_short: _Keys = {
        (key, owner, other): [owner, other]
        for key, owners in shorts.items()
        for owner in owners
        for other in by_name.get(key, [])
        if other != owner
    }
    groups = [
        (translatable("same name"), by_name),
        (translatable("same Chinese name"), by_zh),
        (translatable("a short name matches the other's name"), by_short),
        (translatable("same website"), by_site),
    ]
    return records, groups, {}


def _pairs(
    kind: str,
    records: dict[int, _Record],
    groups: Iterable[tuple[str, _Keys]],
    tokens: dict[int, frozenset[str]],
    *,
    before: frozenset[str] | None = None,
) -> list[DuplicatePair]:
    """Likely pairs, strongest first; with ``before``, only pairs of one record in it and
    one not (chosen before the cut at MAX_PAIRS, so none of those is crowded out)."""
    reasons: dict[tuple[int, int], list[Sentence]] = defaultdict(list)
    for reason, keys in groups:
        for key, ids in keys.items():
            unique = sorted(set(ids))
            if len(unique) < 2 or len(unique) > _MAX_GROUP:
                continue
            for a, b in combinations(unique, 2):
                if before is not None and (
                    (records[a].public_id in before) == (records[b].public_id in before)
                ):
                    continue
                if reason == "same phone" and not names_agree(tokens[a], tokens[b]):
                    continue  # a shared office number, not the same person
                text = _reason_text(reason, key)
                if text not in reasons[(a, b)]:
                    reasons[(a, b)].append(text)
    ordered = sorted(reasons.items(), key=lambda item: (-len(item[1]), item[0]))
    pairs = []
    for (a, b), why in ordered[:MAX_PAIRS]:
        first, second = records[a], records[b]
        pairs.append(
            DuplicatePair(
                kind=kind,
                first_id=first.public_id,
                first_name=first.name,
                first_detail=first.detail,
                second_id=second.public_id,
                second_name=second.name,
                second_detail=second.detail,
                reasons=tuple(why),
            )
        )
    return pairs


def _older_first(pair: DuplicatePair, before: frozenset[str]) -> DuplicatePair:
    """The record that was already here first: a merge keeps it by default."""
    if pair.first_id in before:
        return pair
    return DuplicatePair(
        kind=pair.kind,
        first_id=pair.second_id,
        first_name=pair.second_name,
        first_detail=pair.second_detail,
        second_id=pair.first_id,
        second_name=pair.first_name,
        second_detail=pair.first_detail,
        reasons=pair.reasons,
    )


def _reason_text(reason: str, key: Hashable) -> Sentence:
    if reason == "same email" and isinstance(key, tuple):
        return Sentence.of("same email {value}", value=key[1])
    if reason == "same phone" and isinstance(key, tuple):
        return Sentence.of("same phone {value}", value=key[1])
    if reason == "same name" and isinstance(key, tuple) and len(key) == 3:
        return name_reason(key)
    return Sentence(reason)  # one of the groups' reasons, marked translatable where named
