"""The interactions shown inside an agreement's or an event's detail: the meetings
with its parties (or, for an event, with its people and organisations that day).

Interactions are linked to organisations and contacts, not to agreements or events,
so these lists gather them from those links. Each row opens the interaction in full
(summary and outcome), where it can be edited.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from biosparc_desktop.services.interactions import InteractionRow
from biosparc_desktop.services.registry import Services
from biosparc_desktop.ui.formatting import fmt_datetime
from biosparc_desktop.ui.i18n import label, translate
from biosparc_desktop.ui.widgets.record_list import RecordList

LIMIT = 100


def interaction_list(empty_text: str) -> RecordList:
    """A list of interactions: when, kind, summary, outcome (each cut-off cell's full text
    in its tooltip)."""
    return RecordList(
        [
            translate("InteractionList", "When"),
            translate("InteractionList", "Kind"),
            translate("InteractionList", "Summary"),
            translate("InteractionList", "Outcome"),
        ],
        empty_text=empty_text,
        kind="interaction",
        deletable=True,
    )


def gather(
    services: Services,
    *,
    organisation_ids: Iterable[str] = (),
    contact_ids: Iterable[str] = (),
    on: date | None = None,
) -> list[InteractionRow]:
    """The interactions with any of these organisations or contacts (only those on the day
    ``on``, in their own time zone, when given), newest first, without repeats."""
    interactions = services.interactions
    found: dict[str, InteractionRow] = {}
    for organisation_id in dict.fromkeys(organisation_ids):
        for row in interactions.rows(organisation_id=organisation_id, limit=LIMIT):
            found.setdefault(row.id, row)
    for contact_id in dict.fromkeys(contact_ids):
        for row in interactions.rows(contact_id=contact_id, limit=LIMIT):
            found.setdefault(row.id, row)
    rows = [r for r in found.values() if on is None or r.occurred_at.date() == on]
    rows.sort(key=lambda r: r.occurred_at, reverse=True)
    return rows[:LIMIT]


def show(listing: RecordList, rows: list[InteractionRow]) -> None:
    listing.set_rows(
        rows,
        lambda i: (fmt_datetime(i.occurred_at), label(i.kind), i.summary, i.outcome or ""),
        lambda i: i.id,
    )
