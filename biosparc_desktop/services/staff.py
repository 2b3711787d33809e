"""The BD staff members who own partners and tasks (no login: the user picks who they are)."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select

from biosparc_desktop.domain.people import StaffMember, Tag
from biosparc_desktop.domain.rules.contact_details import clean_email
from biosparc_desktop.errors import ValidationError
from biosparc_desktop.services.common import staff_by_name
from biosparc_desktop.services.context import ServiceContext


@dataclass(frozen=True)
class StaffRow:
    id: str
    name: str
    email: str | None
    active: bool


class StaffService:
    def __init__(self, context: ServiceContext) -> None:
        self._ctx = context

    def ensure(self, name: str, email: str | None = None) -> StaffRow:
        """The staff member with this name, added when new."""
        with self._ctx.write(f"Add staff member {name.strip()[:60]}") as session:
            staff = staff_by_name(session, name)
            if staff is None:
                raise ValidationError("Type the staff member's name.", field="staff")
            if email and not staff.email:
                staff.email = clean_email(email)
            session.flush()
            return StaffRow(
                id=staff.public_id, name=staff.name, email=staff.email, active=staff.active
            )

    def rows(self) -> list[StaffRow]:
        with self._ctx.read() as session:
            return [
                StaffRow(id=s.public_id, name=s.name, email=s.email, active=s.active)
                for s in session.scalars(select(StaffMember).order_by(func.lower(StaffMember.name)))
            ]

    def use(self, name: str) -> StaffRow:
        """Record later changes under this staff member."""
        row = self.ensure(name)
        with self._ctx.read() as session:
            self._ctx.staff_id = session.scalar(
                select(StaffMember.id).where(StaffMember.public_id == row.id)
            )
        return row

    def current_name(self) -> str | None:
        """The staff member using this laptop (Settings → I am, or the team enrolment)."""
        if self._ctx.staff_id is None:
            return None
        with self._ctx.read() as session:
            return session.scalar(
                select(StaffMember.name).where(StaffMember.id == self._ctx.staff_id)
            )

    def tag_names(self) -> list[str]:
        with self._ctx.read() as session:
            return list(session.scalars(select(Tag.name).order_by(func.lower(Tag.name))))
