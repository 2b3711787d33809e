"""People and their devices: enrolment codes, device tokens, revoking.

Only hashes of codes and tokens are stored: a copy of the server's database
does not let anyone sync as someone else.
"""

from __future__ import annotations

import hashlib
import secrets
import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from biosparc_desktop.domain.people import StaffMember
from biosparc_desktop.domain.server import ServerDevice, ServerEnrolment
from biosparc_desktop.errors import NotFound, ValidationError
from biosparc_desktop.server.apply import Sender
from biosparc_desktop.server.push import server_batch
from biosparc_desktop.services.journal_values import snapshot
from biosparc_desktop.sync.wire import row_out

CODE_LIFETIME = timedelta(days=7)
# Letters and digits that cannot be mistaken for one another when read aloud or typed.
CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"


class Unauthorised(Exception):
    """A request without a valid device token: the sentence says why."""


def digest(secret: str) -> str:
    return hashlib.sha256(secret.strip().upper().encode()).hexdigest()


def token_digest(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def new_code() -> str:
    raw = "".join(secrets.choice(CODE_ALPHABET) for _ in range(12))
    return f"{raw[:4]}-{raw[4:8]}-{raw[8:]}"


def add_person(session: Session, name: str, email: str | None, now: datetime) -> tuple[str, str]:
    """A staff member (or the existing one of that name) and a one-time code; returns
    (staff public id, code)."""
    name = " ".join(name.split())
    if not name:
        raise ValidationError("The person's name is empty.")
    if len(name) > 200:
        raise ValidationError("The person's name is longer than 200 characters.")
    staff = session.scalar(select(StaffMember).where(StaffMember.name == name))
    if staff is None:
        staff = StaffMember(name=name, email=email, active=True)
        session.add(staff)
        session.flush()
        row = row_out("staff_member", snapshot(staff), lambda _t, _i: None)
        change = {"entity": "staff_member", "record_id": staff.public_id, "action": "insert"}
        server_batch(
            session, f"Add {name}", [{**change, "field": None, "old": None, "new": row}], now
        )
    code = new_code()
    session.add(
        ServerEnrolment(
            code_hash=digest(code.replace("-", "")),
            staff_id=staff.id,
            created_at=now,
            expires_at=now + CODE_LIFETIME,
        )
    )
    return staff.public_id, code


@dataclass(frozen=True)
class Enrolled:
    device_id: str
    token: str
    staff_public_id: str
    staff_name: str


def enrol(session: Session, code: str, device_name: str, now: datetime) -> Enrolled:
    """Trade a one-time code for a device token."""
    cleaned = "".join(ch for ch in code if ch.isalnum())
    enrolment = session.scalar(
        select(ServerEnrolment)
        .where(ServerEnrolment.code_hash == digest(cleaned))
        .with_for_update()
    )
    if enrolment is None or enrolment.used_at is not None or enrolment.expires_at < now:
        raise Unauthorised(
            "That enrolment code is not valid (mistyped, already used or expired); "
            "ask the administrator for a new one."
        )
    enrolment.used_at = now
    staff = session.get(StaffMember, enrolment.staff_id)
    assert staff is not None
    token = secrets.token_urlsafe(32)
    device = ServerDevice(
        public_id=str(uuid.uuid4()),
        staff_id=staff.id,
        name=(" ".join(device_name.split()) or "Laptop")[:200],
        token_hash=token_digest(token),
        created_at=now,
        last_seen_at=now,
    )
    session.add(device)
    session.flush()
    return Enrolled(device.public_id, token, staff.public_id, staff.name)


def authenticate(session: Session, token: str | None, now: datetime) -> Sender:
    """The device and person behind a token; the person of every change comes from here."""
    if not token:
        raise Unauthorised("This laptop has not joined the team server.")
    device = session.scalar(
        select(ServerDevice).where(ServerDevice.token_hash == token_digest(token))
    )
    if device is None:
        raise Unauthorised("The team server does not know this laptop; join it again.")
    if device.revoked_at is not None:
        raise Unauthorised(
            "This laptop was removed from the team server by an administrator; "
            "its changes stay on it. Ask for a new enrolment code to join again."
        )
    staff = session.get(StaffMember, device.staff_id)
    assert staff is not None
    if device.last_seen_at is None or now - device.last_seen_at > timedelta(seconds=30):
        device.last_seen_at = now
    return Sender(device.public_id, staff.public_id, staff.name, None)


@dataclass(frozen=True)
class DeviceRow:
    id: str
    person: str
    name: str
    created_at: datetime
    last_seen_at: datetime | None
    revoked_at: datetime | None


def devices(session: Session) -> list[DeviceRow]:
    rows = session.execute(
        select(ServerDevice, StaffMember.name)
        .join(StaffMember, StaffMember.id == ServerDevice.staff_id)
        .order_by(ServerDevice.created_at)
    ).all()
    return [
        DeviceRow(d.public_id, person, d.name, d.created_at, d.last_seen_at, d.revoked_at)
        for d, person in rows
    ]


def revoke(session: Session, device_id: str, now: datetime) -> DeviceRow:
    device = session.scalar(select(ServerDevice).where(ServerDevice.public_id == device_id.strip()))
    if device is None:
        raise NotFound.of("No device has the id {id}.", id=device_id)
    if device.revoked_at is None:
        device.revoked_at = now
    staff = session.get(StaffMember, device.staff_id)
    assert staff is not None
    return DeviceRow(
        device.public_id, staff.name, device.name, device.created_at, device.last_seen_at, now
    )
