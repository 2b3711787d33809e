"""Small helpers shared by the aggregate services."""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable, Iterable, Sequence
from typing import TYPE_CHECKING, Any, Protocol, TypeVar

from sqlalchemy import ColumnElement, ScalarSelect, Select, and_, func, or_, select, tuple_
from sqlalchemy.orm import Session
from sqlalchemy.orm.interfaces import LoaderOption

from biosparc_desktop.domain.base import Record, Trashable
from biosparc_desktop.domain.people import StaffMember, Tag
from biosparc_desktop.domain.rules.text import clean_tag, required_line
from biosparc_desktop.domain.sentences import translatable
from biosparc_desktop.errors import NotFound, ValidationError

if TYPE_CHECKING:
    from biosparc_desktop.services.context import ServiceContext

# The search helpers live in the search package; re-exported for the services.
from biosparc_desktop.search.like import like_pattern as like_pattern
from biosparc_desktop.search.like import matches_any as matches_any
from biosparc_desktop.search.queries import text_search as text_search

R = TypeVar("R", bound=Record)

MAX_PAGE = 1000


def field_problems(
    checks: Iterable[Callable[[], object]], *, default: str
) -> dict[str, ValidationError]:
    """The first problem the checks find for each field (``default`` when the error names
    none): what a dialog shows next to its fields as the user types, in its own language."""
    problems: dict[str, ValidationError] = {}
    for check in checks:
        try:
            check()
        except ValidationError as exc:
            problems.setdefault(exc.field or default, exc)
    return problems


# What the callers of get_live call their records, listed so the interface can
# translate the noun in "The {what} was not found" (tests/services check the list).
RECORD_NOUNS = (
    translatable("agreement"),
    translatable("attendee"),
    translatable("contact"),
    translatable("event"),
    translatable("follow-up"),
    translatable("interaction"),
    translatable("organisation"),
    translatable("parent organisation"),
    translatable("party organisation"),
    translatable("signatory"),
)


def get_live(session: Session, cls: type[R], public_id: str, what: str) -> R:
    """The record with this public id, unless it is missing or in the Trash.

    ``what`` names the record in the message ("contact"); see :data:`RECORD_NOUNS`.
    """
    obj = session.scalar(select(cls).where(cls.public_id == public_id))
    if obj is None or (isinstance(obj, Trashable) and obj.deleted_at is not None):
        raise NotFound.of("The {what} was not found; it may have been deleted.", what=what)
    return obj


def live(model: Any, *, paging: bool = False) -> ColumnElement[bool]:
    """Records of ``model`` that are not in the Trash.

    For counting, ``deleted_at IS NULL`` is best (a covering index). For paging a
    sorted list it is not: true of nearly every row, SQLite (without statistics)
    still takes it for a selective index look-up and then sorts the whole table
    for every page. "Not among the trashed ids" (a short list) leaves the planner
    free to walk the sort column's index and stop after one page.
    """
    if not paging:
        clause: ColumnElement[bool] = model.deleted_at.is_(None)
    else:
        clause = model.id.not_in(select(model.id).where(model.deleted_at.is_not(None)))
    return clause


def load_in_order(
    session: Session, model: type[R], ids: Sequence[int], *options: LoaderOption
) -> list[R]:
    """Load the records with these ids, in the order given.

    Lists page through ids alone (an index walk, cheap even deep down), then load
    the full records of one page only.
    """
    if not ids:
        return []
    loaded = {
        obj.id: obj
        for obj in session.scalars(select(model).where(model.id.in_(ids)).options(*options))
    }
    return [loaded[i] for i in ids if i in loaded]


class PageCursors:
    """Where the latest pages of each list query ended, so the next page starts there.

    Scrolled deep, a list asks for the rows at offset 90,000: with OFFSET, SQLite
    first walks 90,000 index entries. Remembering the sort value and id of the
    last row served lets the next page start right after it (keyset paging), at
    the same cost at any depth. Every committed write forgets all cursors, so a
    page is always exactly what OFFSET would give.
    """

    def __init__(self, context: ServiceContext, size: int = 64) -> None:
        self._ends: OrderedDict[tuple[Hashable, int], tuple[Any, int]] = OrderedDict()
        self._size = size
        # Counts commits: a page read while another thread committed (a background
        # undo) must not leave a cursor from before that commit.
        self._generation = 0
        self._lock = threading.Lock()
        context.on_commit.append(self._forget)

    def _forget(self, _batch: str, _label: str) -> None:
        with self._lock:
            self._generation += 1
            self._ends.clear()

    def ids(
        self,
        session: Session,
        stmt: Select[Any],
        *,
        key: Hashable,
        start: int,
        size: int,
        column: Any,
        id_column: Any,
        descending: bool,
    ) -> list[int]:
        """One page of ids of the rows ``stmt`` selects, sorted by ``column`` then id."""
        ordering = (
            (column.desc(), id_column.desc()) if descending else (column.asc(), id_column.asc())
        )
        # Page through (id, sort value) alone: an index walk, cheap even deep down.
        page: Select[Any] = stmt.with_only_columns(id_column, column).order_by(*ordering)
        with self._lock:
            generation = self._generation
            end = self._ends.get((key, start)) if start else None
        if end is None:
            page = page.offset(start)
        else:
            page = page.where(after_row(column, id_column, *end, descending=descending))
        rows = session.execute(page.limit(size)).all()
        with self._lock:
            if rows and generation == self._generation:
                last_id, last_value = rows[-1][0], rows[-1][1]
                self._ends[(key, start + len(rows))] = (last_value, last_id)
                while len(self._ends) > self._size:
                    self._ends.popitem(last=False)
        return [int(row[0]) for row in rows]


def after_row(
    column: Any, id_column: Any, value: Any, last_id: int, *, descending: bool
) -> ColumnElement[bool]:
    """Rows after (value, last_id) in ``ORDER BY column, id`` (both descending if asked).

    SQLite sorts NULL before every value, so NULLs come first going up, last going down.
    """
    if not descending:
        if value is None:
            clause = or_(and_(column.is_(None), id_column > last_id), column.is_not(None))
        else:
            clause = tuple_(column, id_column) > tuple_(value, last_id)
    elif value is None:
        clause = and_(column.is_(None), id_column < last_id)
    elif not _nullable(column):
        clause = tuple_(column, id_column) < tuple_(value, last_id)  # an index range
    else:
        clause = or_(tuple_(column, id_column) < tuple_(value, last_id), column.is_(None))
    return clause


def _nullable(column: Any) -> bool:
    """Whether a sort expression can be NULL (unknown expressions are assumed so)."""
    expression = getattr(column, "expression", column)
    return bool(getattr(expression, "nullable", True))


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


_TAG_SEPARATOR = "\x1f"  # cannot occur in a tag: clean_tag refuses control characters


def tag_names_column(tag_id: Any, owner_id: Any, owner: Any) -> ScalarSelect[str]:
    """The tags of each ``owner`` row as one text column, for reading a page in one query.

    ``tag_id`` and ``owner_id`` are the columns of its link table (``ContactTag.tag_id``,
    ``ContactTag.contact_id``); split the value with :func:`split_tag_names`.
    """
    return (
        select(func.aggregate_strings(Tag.name, _TAG_SEPARATOR))
        .join_from(Tag, tag_id.table, tag_id == Tag.id)
        .where(owner_id == owner.id)
        .correlate(owner)
        .scalar_subquery()
    )


def split_tag_names(value: str | None, key: Callable[[str], Any] | None = None) -> tuple[str, ...]:
    """The tag names :func:`tag_names_column` read, sorted (by ``key`` when given)."""
    return tuple(sorted(value.split(_TAG_SEPARATOR), key=key)) if value else ()
