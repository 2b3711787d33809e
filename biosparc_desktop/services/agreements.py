"""Agreements through their lifecycle: parties, status moves, obligations, items, documents."""

from __future__ import annotations

import hashlib
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal
from pathlib import Path

from sqlalchemy import Select, func, or_, select
from sqlalchemy.orm import Session, selectinload

from biosparc_desktop.domain.agreements import (
    Agreement,
    AgreementDocument,
    AgreementParty,
    CooperationItem,
    Obligation,
    Signatory,
)
from biosparc_desktop.domain.contacts import Contact
from biosparc_desktop.domain.enums import (
    AgreementKind,
    AgreementStatus,
    PartyRole,
    ReviewCadence,
    Workstream,
)
from biosparc_desktop.domain.organisations import Organisation
from biosparc_desktop.domain.people import StaffMember
from biosparc_desktop.domain.rules.agreement_status import check_move, next_statuses
from biosparc_desktop.domain.rules.dates import check_agreement_dates, parse_date
from biosparc_desktop.domain.rules.money import from_minor, parse_amount, to_minor
from biosparc_desktop.domain.rules.names import display_name
from biosparc_desktop.domain.rules.text import clean_text, required_line
from biosparc_desktop.domain.tasks import Task
from biosparc_desktop.errors import NotFound, StorageError, ValidationError
from biosparc_desktop.services.common import (
    PageCursors,
    field_problems,
    get_live,
    live,
    load_in_order,
    page_limits,
    staff_by_name,
    text_search,
)
from biosparc_desktop.services.context import ServiceContext

_SIGNED_OR_LATER = {
    AgreementStatus.SIGNED,
    AgreementStatus.ACTIVE,
    AgreementStatus.EXPIRED,
    AgreementStatus.TERMINATED,
}
_LIVE = (AgreementStatus.AWAITING_SIGNATURE, AgreementStatus.SIGNED, AgreementStatus.ACTIVE)
MAX_DOCUMENT_BYTES = 500 * 1024 * 1024


@dataclass(frozen=True)
class PartyDraft:
    organisation_id: str
    role: PartyRole = PartyRole.PARTNER


@dataclass(frozen=True)
class AgreementDraft:
    title: str
    kind: AgreementKind = AgreementKind.MOU
    parties: tuple[PartyDraft, ...] = ()
    signatory_ids: tuple[str, ...] = ()
    signed_on: date | str | None = None
    effective_on: date | str | None = None
    expires_on: date | str | None = None
    renewal_notice_days: int | None = None
    value: Decimal | str | None = None
    currency: str | None = None
    key_terms: str | None = None
    owner: str | None = None
    # Only for recording an agreement that already exists; later moves follow the rules.
    status: AgreementStatus = AgreementStatus.DRAFT


@dataclass(frozen=True)
class PartyRow:
    organisation_id: str
    name: str
    name_zh: str | None
    role: PartyRole


@dataclass(frozen=True)
class SignatoryRow:
    contact_id: str
    name: str
    title: str | None
    organisation: str | None


@dataclass(frozen=True)
class ObligationRow:
    id: str
    title: str
    due_on: date | None
    owner: str | None
    done: bool


@dataclass(frozen=True)
class CooperationItemRow:
    id: str
    title: str
    workstream: Workstream
    cadence: ReviewCadence


@dataclass(frozen=True)
class DocumentRow:
    id: str
    filename: str
    sha256: str
    size_bytes: int
    added_at: datetime


@dataclass(frozen=True)
class AgreementRow:
    id: str
    title: str
    kind: AgreementKind
    status: AgreementStatus
    signed_on: date | None
    effective_on: date | None
    expires_on: date | None
    renewal_notice_days: int | None
    value: Decimal | None
    currency: str | None
    key_terms: str | None
    owner: str | None
    parties: tuple[PartyRow, ...]
    created_at: datetime
    updated_at: datetime

    @property
    def renewal_notice_on(self) -> date | None:
        if self.expires_on is None or not self.renewal_notice_days:
            return None
        return self.expires_on - timedelta(days=self.renewal_notice_days)

    def days_to_expiry(self, today: date) -> int | None:
        return (self.expires_on - today).days if self.expires_on else None

    @property
    def party_names(self) -> str:
        return ", ".join(p.name for p in self.parties)


@dataclass(frozen=True)
class AgreementDetail:
    agreement: AgreementRow
    signatories: tuple[SignatoryRow, ...]
    obligations: tuple[ObligationRow, ...]
    cooperation_items: tuple[CooperationItemRow, ...]
    documents: tuple[DocumentRow, ...]
    next_statuses: tuple[AgreementStatus, ...]


@dataclass(frozen=True)
class AgreementQuery:
    search: str = ""
    status: AgreementStatus | None = None
    kind: AgreementKind | None = None
    owner: str | None = None
    organisation_id: str | None = None
    expiring_within_days: int | None = None
    sort: str = "title"
    descending: bool = False


SORT_COLUMNS = {
    "title": func.lower(Agreement.title),
    "kind": Agreement.kind,
    "status": Agreement.status,
    "signed_on": Agreement.signed_on,
    "effective_on": Agreement.effective_on,
    "expires_on": Agreement.expires_on,
    "value": Agreement.value_minor,
    "updated_at": Agreement.updated_at,
}


class AgreementService:
    def __init__(self, context: ServiceContext) -> None:
        self._ctx = context
        self._pages = PageCursors(context)

    # -- validation ---------------------------------------------------------
    def validate(self, draft: AgreementDraft) -> dict[str, ValidationError]:
        """Every problem with a draft, by field: the dialog shows these as the user types."""
        problems = field_problems([lambda: _clean_fields(draft)], default="title")
        if len({p.organisation_id for p in draft.parties}) < 2:
            problems.setdefault(
                "parties",
                ValidationError("An agreement needs at least two parties.", field="parties"),
            )
        return problems

    def _apply(self, session: Session, agreement: Agreement, draft: AgreementDraft) -> None:
        fields = _clean_fields(draft)
        for key, value in fields.items():
            setattr(agreement, key, value)
        agreement.renewal_notice_on = _notice_on(
            agreement.expires_on, agreement.renewal_notice_days
        )
        agreement.owner = staff_by_name(session, draft.owner)
        self._set_parties(session, agreement, draft.parties)
        self._set_signatories(session, agreement, draft.signatory_ids)

    def _set_parties(
        self, session: Session, agreement: Agreement, parties: Sequence[PartyDraft]
    ) -> None:
        unique = list({p.organisation_id: p for p in parties}.values())
        if len(unique) < 2:
            raise ValidationError("An agreement needs at least two parties.", field="parties")
        current = {link.organisation.public_id: link for link in agreement.parties}
        links = []
        for party in unique:
            link = current.get(party.organisation_id)
            if link is None:
                org = get_live(session, Organisation, party.organisation_id, "party organisation")
                link = AgreementParty(organisation=org)
            link.role = PartyRole(party.role)
            links.append(link)
        agreement.parties = links

    def _set_signatories(
        self, session: Session, agreement: Agreement, contact_ids: Sequence[str]
    ) -> None:
        current = {s.contact.public_id: s for s in agreement.signatories}
        result = []
        for contact_id in dict.fromkeys(contact_ids):
            link = current.get(contact_id)
            if link is None:
                link = Signatory(contact=get_live(session, Contact, contact_id, "signatory"))
            result.append(link)
        agreement.signatories = result

    # -- writes -------------------------------------------------------------
    def create(self, draft: AgreementDraft) -> AgreementRow:
        with self._ctx.write(f"Add agreement {draft.title.strip()[:60]}") as session:
            agreement = Agreement(status=AgreementStatus(draft.status))
            session.add(agreement)
            with session.no_autoflush:
                self._apply(session, agreement, draft)
                if agreement.status in _SIGNED_OR_LATER and agreement.signed_on is None:
                    raise ValidationError(
                        "A signed agreement needs its signing date.", field="signed_on"
                    )
            session.flush()
            return _row(agreement)

    def update(self, public_id: str, draft: AgreementDraft) -> AgreementRow:
        with self._ctx.write(f"Edit agreement {draft.title.strip()[:60]}") as session:
            agreement = get_live(session, Agreement, public_id, "agreement")
            with session.no_autoflush:
                status = agreement.status
                self._apply(session, agreement, draft)
                agreement.status = status  # status changes only through move_status
                if status in _SIGNED_OR_LATER and agreement.signed_on is None:
                    raise ValidationError(
                        "A signed agreement needs its signing date.", field="signed_on"
                    )
            session.flush()
            return _row(agreement)

    def move_status(
        self, public_id: str, target: AgreementStatus, *, on: date | None = None
    ) -> AgreementRow:
        """Move along the lifecycle; a move that is not allowed raises Conflict.

        Moving to "signed" sets the signing date and to "active" the effective
        date (to ``on``, or today) when they are still empty.
        """
        target = AgreementStatus(target)
        with self._ctx.write(f"Move agreement to {target.label}") as session:
            agreement = get_live(session, Agreement, public_id, "agreement")
            check_move(agreement.status, target)
            day = on or self._ctx.today()
            if target is AgreementStatus.SIGNED and agreement.signed_on is None:
                agreement.signed_on = day
            if target is AgreementStatus.ACTIVE and agreement.effective_on is None:
                agreement.effective_on = max(day, agreement.signed_on or day)
            if target is AgreementStatus.EXPIRED and (
                agreement.expires_on is None or agreement.expires_on > day
            ):
                agreement.expires_on = day
            check_agreement_dates(agreement.signed_on, agreement.effective_on, agreement.expires_on)
            agreement.renewal_notice_on = _notice_on(
                agreement.expires_on, agreement.renewal_notice_days
            )
            agreement.status = target
            session.flush()
            return _row(agreement)

    def delete(self, public_id: str) -> None:
        with self._ctx.write("Delete agreement") as session:
            agreement = get_live(session, Agreement, public_id, "agreement")
            self._ctx.relabel(session, f"Delete agreement {agreement.title[:60]}")
            agreement.deleted_at = self._ctx.now()

    def add_obligation(
        self,
        agreement_id: str,
        title: str,
        due_on: date | str | None = None,
        owner: str | None = None,
    ) -> ObligationRow:
        with self._ctx.write("Add obligation") as session:
            agreement = get_live(session, Agreement, agreement_id, "agreement")
            obligation = Obligation(
                title=required_line(title, field="title", label="The obligation", max_len=300),
                due_on=parse_date(due_on, field="due_on", label="The due date"),
                owner=staff_by_name(session, owner),
            )
            agreement.obligations.append(obligation)
            session.flush()
            return _obligation_row(obligation)

    def set_obligation_done(self, obligation_id: str, done: bool) -> ObligationRow:
        label = "Tick obligation done" if done else "Untick obligation"
        with self._ctx.write(label) as session:
            obligation = session.scalar(
                select(Obligation).where(Obligation.public_id == obligation_id)
            )
            if obligation is None:
                raise NotFound("The obligation was not found.")
            obligation.done = done
            obligation.done_at = self._ctx.now() if done else None
            return _obligation_row(obligation)

    def add_cooperation_item(
        self,
        agreement_id: str,
        title: str,
        workstream: Workstream = Workstream.RESEARCH,
        cadence: ReviewCadence = ReviewCadence.NONE,
        first_review_on: date | None = None,
        assignee: str | None = None,
    ) -> CooperationItemRow:
        """Add a promised workstream; with a cadence, its first review becomes a task."""
        with self._ctx.write("Add cooperation item") as session:
            agreement = get_live(session, Agreement, agreement_id, "agreement")
            item = CooperationItem(
                title=required_line(title, field="title", label="The item", max_len=300),
                workstream=Workstream(workstream),
                cadence=ReviewCadence(cadence),
            )
            agreement.cooperation_items.append(item)
            if item.cadence is not ReviewCadence.NONE:
                first = first_review_on or self._ctx.today()
                session.add(
                    Task(
                        title=f"{item.cadence.label} review: {item.title}"[:300],
                        due_on=first,
                        agreement=agreement,
                        cooperation_item=item,
                        assignee=staff_by_name(session, assignee) or agreement.owner,
                    )
                )
            session.flush()
            return _item_row(item)

    def attach_document(self, agreement_id: str, source: Path) -> DocumentRow:
        """Copy a file into the data folder and record its checksum."""
        if not source.is_file():
            raise ValidationError.of(
                "{path} is not a file that can be attached.", field="documents", path=str(source)
            )
        size = source.stat().st_size
        if size > MAX_DOCUMENT_BYTES:
            raise ValidationError.of(
                "{name} is larger than {limit} MB.",
                field="documents",
                name=source.name,
                limit=MAX_DOCUMENT_BYTES // (1024 * 1024),
            )
        folder = self._ctx.documents_dir
        stored_name = f"{uuid.uuid4()}{source.suffix.lower()[:16]}"
        target = folder / stored_name
        try:
            folder.mkdir(parents=True, exist_ok=True)
            digest = _copy_with_hash(source, target)
        except OSError as exc:
            target.unlink(missing_ok=True)
            raise StorageError.of(
                "Could not copy {name}: {reason}.", name=source.name, reason=exc.strerror
            ) from exc
        try:
            with self._ctx.write(f"Attach {source.name[:60]}") as session:
                agreement = get_live(session, Agreement, agreement_id, "agreement")
                document = AgreementDocument(
                    filename=source.name[:255],
                    stored_name=stored_name,
                    sha256=digest,
                    size_bytes=size,
                )
                agreement.documents.append(document)
                session.flush()
                return _document_row(document)
        except BaseException:
            target.unlink(missing_ok=True)  # nothing half-written: no orphan copy
            raise

    def document_path(self, document_id: str) -> Path:
        """Where an attached document's copy lives; checked against its checksum."""
        with self._ctx.read() as session:
            doc = session.scalar(
                select(AgreementDocument).where(AgreementDocument.public_id == document_id)
            )
            if doc is None:
                raise NotFound("The document was not found.")
            path = self._ctx.documents_dir / doc.stored_name
        if not path.is_file():
            raise NotFound.of(
                "The copy of {name} is missing from the data folder.", name=doc.filename
            )
        return path

    def remove_document(self, document_id: str) -> None:
        # The copy stays on disk so undo can bring the document back.
        with self._ctx.write("Remove document") as session:
            doc = session.scalar(
                select(AgreementDocument).where(AgreementDocument.public_id == document_id)
            )
            if doc is None:
                raise NotFound("The document was not found.")
            session.delete(doc)

    # -- reads --------------------------------------------------------------
    def get(self, public_id: str) -> AgreementRow:
        with self._ctx.read() as session:
            return _row(get_live(session, Agreement, public_id, "agreement"))

    def draft(self, public_id: str) -> AgreementDraft:
        """The draft that would save the agreement as it is (to change some fields)."""
        with self._ctx.read() as session:
            agreement = get_live(session, Agreement, public_id, "agreement")
            return AgreementDraft(
                title=agreement.title,
                kind=agreement.kind,
                parties=tuple(
                    PartyDraft(organisation_id=p.organisation.public_id, role=p.role)
                    for p in agreement.parties
                ),
                signatory_ids=tuple(s.contact.public_id for s in agreement.signatories),
                signed_on=agreement.signed_on,
                effective_on=agreement.effective_on,
                expires_on=agreement.expires_on,
                renewal_notice_days=agreement.renewal_notice_days,
                value=from_minor(agreement.value_minor, agreement.currency),
                currency=agreement.currency,
                key_terms=agreement.key_terms,
                owner=agreement.owner.name if agreement.owner else None,
                status=agreement.status,
            )

    def detail(self, public_id: str) -> AgreementDetail:
        with self._ctx.read() as session:
            agreement = get_live(session, Agreement, public_id, "agreement")
            return AgreementDetail(
                agreement=_row(agreement),
                signatories=tuple(_signatory_row(s.contact) for s in agreement.signatories),
                obligations=tuple(_obligation_row(o) for o in agreement.obligations),
                cooperation_items=tuple(_item_row(i) for i in agreement.cooperation_items),
                documents=tuple(_document_row(d) for d in agreement.documents),
                next_statuses=next_statuses(agreement.status),
            )

    def needing_attention(self, days: int = 90) -> list[AgreementRow]:
        """Live agreements whose expiry or renewal-notice date falls within ``days``."""
        today = self._ctx.today()
        horizon = today + timedelta(days=days)
        with self._ctx.read() as session:
            stmt = (
                select(Agreement)
                .where(
                    Agreement.deleted_at.is_(None),
                    Agreement.status.in_(_LIVE),
                    or_(
                        Agreement.expires_on.between(today, horizon),
                        Agreement.renewal_notice_on.between(today, horizon),
                    ),
                )
                .order_by(func.coalesce(Agreement.renewal_notice_on, Agreement.expires_on))
                .limit(200)
                .options(selectinload(Agreement.parties).selectinload(AgreementParty.organisation))
            )
            return [_row(a) for a in session.scalars(stmt)]

    def rows(
        self, query: AgreementQuery | None = None, *, limit: int | None = None, offset: int = 0
    ) -> list[AgreementRow]:
        query = query or AgreementQuery()
        size, start = page_limits(limit, offset)
        column = SORT_COLUMNS.get(query.sort, SORT_COLUMNS["title"])
        with self._ctx.read() as session:
            page = self._select(query, paging=True)
            ids = self._pages.ids(
                session,
                page,
                key=query,
                start=start,
                size=size,
                column=column,
                id_column=Agreement.id,
                descending=query.descending,
            )
            agreements = load_in_order(
                session,
                Agreement,
                ids,
                selectinload(Agreement.owner),
                selectinload(Agreement.parties).selectinload(AgreementParty.organisation),
            )
            return [_row(a) for a in agreements]

    def count(self, query: AgreementQuery | None = None) -> int:
        query = query or AgreementQuery()
        with self._ctx.read() as session:
            sub = self._select(query).with_only_columns(Agreement.id).subquery()
            return int(session.scalar(select(func.count()).select_from(sub)) or 0)

    def _select(self, query: AgreementQuery, *, paging: bool = False) -> Select[Agreement]:
        stmt = select(Agreement).where(live(Agreement, paging=paging))
        if query.search.strip():
            stmt = stmt.where(
                text_search(
                    "agreement",
                    query.search,
                    Agreement.id,
                    fallback=[Agreement.title, Agreement.key_terms],
                )
            )
        if query.status:
            stmt = stmt.where(Agreement.status == query.status)
        if query.kind:
            stmt = stmt.where(Agreement.kind == query.kind)
        if query.organisation_id:
            stmt = stmt.where(
                Agreement.id.in_(
                    select(AgreementParty.agreement_id)
                    .join(Organisation)
                    .where(Organisation.public_id == query.organisation_id)
                )
            )
        if query.owner:
            stmt = stmt.where(
                Agreement.owner_id.in_(
                    select(StaffMember.id).where(
                        func.lower(StaffMember.name) == query.owner.lower()
                    )
                )
            )
        if query.expiring_within_days is not None:
            today = self._ctx.today()
            stmt = stmt.where(
                Agreement.expires_on >= today,
                Agreement.expires_on <= today + timedelta(days=query.expiring_within_days),
                Agreement.status.in_(
                    [
                        AgreementStatus.SIGNED,
                        AgreementStatus.ACTIVE,
                        AgreementStatus.AWAITING_SIGNATURE,
                    ]
                ),
            )
        return stmt


def _clean_fields(draft: AgreementDraft) -> dict[str, object]:
    title = required_line(draft.title, field="title", label="The title", max_len=300)
    signed_on = parse_date(draft.signed_on, field="signed_on", label="The signing date")
    effective_on = parse_date(draft.effective_on, field="effective_on", label="The effective date")
    expires_on = parse_date(draft.expires_on, field="expires_on", label="The expiry date")
    check_agreement_dates(signed_on, effective_on, expires_on)
    notice = draft.renewal_notice_days
    if notice is not None and not 0 <= notice <= 3650:
        raise ValidationError(
            "The renewal notice must be between 0 and 3650 days.", field="renewal_notice_days"
        )
    value_minor, currency = to_minor(parse_amount(draft.value), draft.currency)
    return {
        "title": title,
        "kind": AgreementKind(draft.kind),
        "signed_on": signed_on,
        "effective_on": effective_on,
        "expires_on": expires_on,
        "renewal_notice_days": notice,
        "value_minor": value_minor,
        "currency": currency,
        "key_terms": clean_text(draft.key_terms, field="key_terms", label="The key terms"),
    }


def _notice_on(expires_on: date | None, notice_days: int | None) -> date | None:
    if expires_on is None or not notice_days:
        return None
    return expires_on - timedelta(days=notice_days)


def _copy_with_hash(source: Path, target: Path) -> str:
    digest = hashlib.sha256()
    with source.open("rb") as src, target.open("xb") as dst:
        for chunk in iter(lambda: src.read(1024 * 1024), b""):
            digest.update(chunk)
            dst.write(chunk)
    return digest.hexdigest()


def _row(agreement: Agreement) -> AgreementRow:
    return AgreementRow(
        id=agreement.public_id,
        title=agreement.title,
        kind=agreement.kind,
        status=agreement.status,
        signed_on=agreement.signed_on,
        effective_on=agreement.effective_on,
        expires_on=agreement.expires_on,
        renewal_notice_days=agreement.renewal_notice_days,
        value=from_minor(agreement.value_minor, agreement.currency),
        currency=agreement.currency,
        key_terms=agreement.key_terms,
        owner=agreement.owner.name if agreement.owner else None,
        parties=tuple(
            PartyRow(
                organisation_id=p.organisation.public_id,
                name=p.organisation.name,
                name_zh=p.organisation.name_zh,
                role=p.role,
            )
            for p in agreement.parties
        ),
        created_at=agreement.created_at,
        updated_at=agreement.updated_at,
    )


def _signatory_row(contact: Contact) -> SignatoryRow:
    return SignatoryRow(
        contact_id=contact.public_id,
        name=display_name(
            contact.given_name, contact.family_name, contact.name_zh, contact.name_order
        ),
        title=contact.title,
        organisation=contact.organisation.name if contact.organisation else None,
    )


def _obligation_row(o: Obligation) -> ObligationRow:
    return ObligationRow(
        id=o.public_id,
        title=o.title,
        due_on=o.due_on,
        owner=o.owner.name if o.owner else None,
        done=o.done,
    )


def _item_row(item: CooperationItem) -> CooperationItemRow:
    return CooperationItemRow(
        id=item.public_id, title=item.title, workstream=item.workstream, cadence=item.cadence
    )


def _document_row(doc: AgreementDocument) -> DocumentRow:
    return DocumentRow(
        id=doc.public_id,
        filename=doc.filename,
        sha256=doc.sha256,
        size_bytes=doc.size_bytes,
        added_at=doc.created_at,
    )
