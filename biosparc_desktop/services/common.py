"""Small helpers shared by the aggregate services."""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol, TypeVar

from sqlalchemy import ColumnElement, and_, func, or_, select, true
from sqlalchemy.orm import InstrumentedAttribute, Session

from biosparc_desktop.domain.base import Record, Trashable
from biosparc_desktop.domain.people import StaffMember, Tag
from biosparc_desktop.domain.rules.text import clean_tag, required_line
from biosparc_desktop.errors import NotFound

R = TypeVar("R", bound=Record)

MAX_PAGE = 1000


def get_live(session: Session, cls: type[R], public_id: str, what: str) -> R:
    """The record with this public id, unless it is missing or in the Trash."""
    obj = session.scalar(select(cls).where(cls.public_id == public_id))
    if obj is None or (isinstance(obj, Trashable) and obj.deleted_at is not None):
        raise NotFound(f"The {what} was not found; it may have been deleted.")
    return obj


def like_pattern(text: str) -> str:
    """``%text%`` with LIKE's wildcards escaped, so a search for ``50%`` means 50%."""
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def matches_any(columns: list[InstrumentedAttribute[str | None]], text: str) -> ColumnElement[bool]:
    """Every word of ``text`` must appear in at least one of the columns (case-insensitive)."""
    words = [w for w in text.split() if w]
    clauses = []
    for word in words:
        pattern = like_pattern(word.lower())
        clauses.append(or_(*(col.ilike(pattern, escape="\\") for col in columns)))
    return and_(*clauses) if clauses else true()


def page_limits(limit: int | None, offset: int) -> tuple[int, int]:
    size = MAX_PAGE if limit is None else max(0, min(limit, 100_000))
    return size, max(0, offset)


def tags_by_name(session: Session, names: list[str]) -> list[Tag]:
    """Existing tags by case-insensitive name, creating the missing ones."""
    result: list[Tag] = []
    seen: set[str] = set()
    for raw in names:
        name = clean_tag(raw)
        key = name.casefold()
        if key in seen:
            continue
        seen.add(key)
        tag = session.scalar(select(Tag).where(func.lower(Tag.name) == name.lower()))
        if tag is None:
            tag = Tag(name=name)
            session.add(tag)
        result.append(tag)
    return result


def staff_by_name(session: Session, name: str | None) -> StaffMember | None:
    """The staff member with this name (case-insensitive), created if new."""
    if name is None or not name.strip():
        return None
    clean = required_line(name, field="owner", label="The staff member's name", max_len=200)
    staff = session.scalar(select(StaffMember).where(func.lower(StaffMember.name) == clean.lower()))
    if staff is None:
        staff = StaffMember(name=clean)
        session.add(staff)
    return staff


class _TagLink(Protocol):
    tag: Tag


L = TypeVar("L", bound=_TagLink)


def sync_tags(links: list[L], tags: list[Tag], make_link: Callable[[Tag], L]) -> list[L]:
    """Keep the links whose tag is still wanted and add links for the new tags."""
    kept = [link for link in links if any(link.tag is tag for tag in tags)]
    for tag in tags:
        if not any(link.tag is tag for link in kept):
            kept.append(make_link(tag))
    return kept
