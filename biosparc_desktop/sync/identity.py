"""Who this laptop's changes are by once it has joined: the person it was enrolled for."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from biosparc_desktop.domain.people import StaffMember
from biosparc_desktop.domain.sync import SyncState


def enrolled_staff_id(factory: sessionmaker[Session]) -> int | None:
    """The local id of the enrolled person, or None when not joined (or not pulled yet)."""
    with factory() as session:
        public_id = session.scalar(select(SyncState.staff_public_id).where(SyncState.id == 1))
        if public_id is None:
            return None
        return session.scalar(select(StaffMember.id).where(StaffMember.public_id == public_id))


def enrolled_staff_name(factory: sessionmaker[Session]) -> str | None:
    """The name of the enrolled person, or None when not joined (or not pulled yet)."""
    staff_id = enrolled_staff_id(factory)
    if staff_id is None:
        return None
    with factory() as session:
        return session.scalar(select(StaffMember.name).where(StaffMember.id == staff_id))
