"""The partner pack: cover, one-page summary, contacts, agreements, obligations,
follow-ups, recent interactions and notes."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepInFrame, PageBreak, Spacer

from biosparc_desktop.reports.blocks import (
    Column,
    Row,
    cover,
    data_table,
    empty,
    facts,
    heading,
    marked,
    stacked,
)
from biosparc_desktop.reports.build import PackHeader, preparer, run_build
from biosparc_desktop.reports.data import PartnerData, gather_partner
from biosparc_desktop.reports.linebreak import Para
from biosparc_desktop.reports.options import PackOptions, PackResult, ProgressCallback
from biosparc_desktop.reports.styles import ACCENT, MARGIN_BOTTOM, MARGIN_TOP, MUTED, Kit
from biosparc_desktop.reports.values import (
    DASH,
    amount,
    contact_names,
    days_text,
    is_live,
    location,
    near_expiry,
    org_names,
    phone,
    shorten,
    totals,
)
from biosparc_desktop.services.agreements import AgreementRow
from biosparc_desktop.services.registry import Services

TIMELINE_PAST = 10
TIMELINE_FUTURE = 4
MIN_TIMELINE_SCALE = 0.85  # 9 pt rows and 8 pt headers printed at no less than 7.6 and 6.8 pt


def build_partner_pack(
    services: Services,
    organisation_id: str,
    out_path: Path | str,
    options: PackOptions | None = None,
    progress: ProgressCallback | None = None,
) -> PackResult:
    """Write the briefing pack of one partner organisation to ``out_path``."""
    opts = options or PackOptions()
    return run_build(
        "partner",
        services,
        out_path,
        opts,
        progress,
        steps=6,
        gather=lambda step: gather_partner(
            services, organisation_id, opts.recent_interactions, step
        ),
        compose=compose_partner,
    )


def compose_partner(kit: Kit, data: PartnerData) -> tuple[PackHeader, list[Flowable]]:
    org = data.organisation
    labels = kit.labels
    main, second = org_names(org, labels)
    story = cover(
        kit,
        kicker=labels("partner_pack"),
        title=main,
        subtitle=second,
        details=[
            ("date", labels.date(kit.today)),
            ("prepared_by", preparer(kit)),
            ("stage", labels.enum(org.stage)),
            ("owner", org.owner or ""),
        ],
    )
    sections = [
        ("summary", _summary),
        ("contacts", _contacts),
        ("agreements", _agreements),
        ("obligations", _obligations),
        ("followups", _followups),
        ("interactions", _interactions),
        ("notes", _notes),
    ]
    for key, make in sections:
        if kit.options.wants(key):
            story += make(kit, data)
    return (
        PackHeader(
            kicker=labels("partner_pack"),
            subject=" ".join(p for p in (org.name, org.name_zh) if p),
            title=main,
            meta_subject=f"{labels('partner_pack')}: {org.name} · {labels('confidential')}",
        ),
        story,
    )


@dataclass(frozen=True)
class _Moment:
    day: date
    text: str


def _timeline(kit: Kit, data: PartnerData) -> list[_Moment]:
    labels = kit.labels
    moments = [
        _Moment(
            i.occurred_at.date(),
            labels.entry(labels.enum(i.kind), shorten(i.summary, 110)),
        )
        for i in data.interactions
    ]
    for a in data.agreements:
        if a.signed_on:
            moments.append(_Moment(a.signed_on, labels.entry(labels("tl_signed"), a.title)))
        if a.effective_on and a.effective_on != a.signed_on:
            moments.append(_Moment(a.effective_on, labels.entry(labels("tl_effective"), a.title)))
        if a.expires_on and is_live(a):
            moments.append(_Moment(a.expires_on, labels.entry(labels("tl_expires"), a.title)))
    moments += [_Moment(e.held_on, labels.entry(labels("tl_event"), e.name)) for e in data.events]
    past = sorted((m for m in moments if m.day <= kit.today), key=lambda m: m.day)
    future = sorted((m for m in moments if m.day > kit.today), key=lambda m: m.day)
    return past[-TIMELINE_PAST:] + future[:TIMELINE_FUTURE]


def _summary(kit: Kit, data: PartnerData) -> list[Flowable]:
    org, labels = data.organisation, kit.labels
    live = [a for a in data.agreements if is_live(a)]
    last = data.interactions[0] if data.interactions else None
    main, second = org_names(org, labels)
    pairs = [
        ("stage", labels.enum(org.stage)),
        ("owner", org.owner or ""),
        ("kind", labels.enum(org.kind)),
        ("location", location(org, labels)),
        ("chinese_name" if labels.language != "zh" else "english_name", second or ""),
        ("short_name", org.short_name or ""),
        ("parent", org.parent or ""),
        ("website", org.website or ""),
        ("contact_count", str(len(data.contacts))),
        ("live_agreements", str(len(live))),
        ("open_followups", str(len(data.followups))),
        ("agreement_value", totals(live)),
        ("last_interaction", labels.date(last.occurred_at.date()) if last else ""),
        ("tags", ", ".join(org.tags)),
    ]
    top: list[Flowable] = [
        heading(kit, "summary"),
        kit.para(main, "h2"),
        facts(kit, pairs),
        Spacer(1, 4 * mm),
        heading(kit, "timeline", level=1),
    ]
    moments = _timeline(kit, data)
    if not moments:
        return [*top, empty(kit, "no_timeline"), PageBreak()]
    rows = []
    for moment in moments:
        upcoming = moment.day > kit.today
        when = (
            Para(kit.span(labels.date(moment.day), colour=ACCENT, bold=True),
                      kit.styles["cell"])
            if upcoming
            else labels.date(moment.day)
        )  # fmt: skip
        rows.append(Row([when, moment.text]))
    table = data_table(kit, [Column("date", 0.2), Column("what", 0.8)], rows)
    return [*top, _on_one_page(kit, table, top), PageBreak()]


def _on_one_page(kit: Kit, table: Flowable, above: Sequence[Flowable]) -> Flowable:
    """The timeline shrunk a little to keep the summary on one page, if that is enough.

    Shrinking further would print unreadable text (a long name leaves little room):
    then the timeline runs on to the next page at its own size.
    """
    room = kit.page_size[1] - MARGIN_TOP - MARGIN_BOTTOM - _height(kit, above) - 4
    _, needed = table.wrap(kit.width, kit.page_size[1])
    if needed <= room or room < needed * MIN_TIMELINE_SCALE:
        return table
    return KeepInFrame(kit.width, room, [table], mode="shrink")


def _height(kit: Kit, flowables: Sequence[Flowable]) -> float:
    total = 0.0
    for flowable in flowables:
        _, height = flowable.wrap(kit.width, kit.page_size[1])
        total += height + flowable.getSpaceBefore() + flowable.getSpaceAfter()
    return total


def _contacts(kit: Kit, data: PartnerData) -> list[Flowable]:
    flow: list[Flowable] = [heading(kit, "contacts")]
    if not data.contacts:
        return [*flow, empty(kit, "no_contacts")]
    rows = []
    for contact in data.contacts:
        first, second = contact_names(contact)
        rows.append(
            Row(
                [
                    stacked(kit, first, second),
                    contact.title or DASH,
                    "\n".join(contact.emails) or DASH,
                    "\n".join(phone(p) for p in contact.phones) or DASH,
                ]
            )
        )
    columns = [
        Column("name", 0.22),
        Column("title", 0.27),
        Column("email", 0.31),
        Column("phone", 0.2),
    ]
    return [*flow, data_table(kit, columns, rows), Spacer(1, 6 * mm)]


def _agreements(kit: Kit, data: PartnerData) -> list[Flowable]:
    flow: list[Flowable] = [heading(kit, "agreements")]
    if not data.agreements:
        return [*flow, empty(kit, "no_agreements")]
    labels, rows, any_marked = kit.labels, [], False
    org_id = data.organisation.id
    for a in data.agreements:
        soon = near_expiry(a, kit.today)
        any_marked = any_marked or soon
        days = a.days_to_expiry(kit.today) if is_live(a) else None
        rows.append(
            Row(
                [
                    stacked(kit, a.title, _kind_and_parties(kit, a, org_id)),
                    labels.enum(a.status),
                    labels.date(a.signed_on) or DASH,
                    marked(kit, labels.date(a.expires_on))
                    if soon
                    else labels.date(a.expires_on) or DASH,
                    amount(a.value, a.currency),
                    marked(kit, days_text(days), right=True) if soon else days_text(days),
                ],
                marked=soon,
            )
        )
    columns = [
        Column("agreement", 0.23),
        Column("status", 0.12),
        Column("signed", 0.16),
        Column("expires", 0.16),
        Column("value", 0.21, right=True),
        Column("days_to_expiry", 0.12, right=True),
    ]
    flow.append(data_table(kit, columns, rows))
    if any_marked:
        flow.append(kit.para(labels("expiring_legend"), "small"))
    return [*flow, Spacer(1, 6 * mm)]


def _kind_and_parties(kit: Kit, agreement: AgreementRow, organisation_id: str) -> str:
    others = [p.name for p in agreement.parties if p.organisation_id != organisation_id]
    return " · ".join([kit.labels.enum(agreement.kind), *others])


def _due_cell(kit: Kit, due: date | None) -> str | Flowable:
    if due is None:
        return DASH
    text = kit.labels.date(due)
    return marked(kit, text) if due < kit.today else text


def _obligations(kit: Kit, data: PartnerData) -> list[Flowable]:
    flow: list[Flowable] = [heading(kit, "obligations")]
    if not data.obligations:
        return [*flow, empty(kit, "no_obligations")]
    rows = [
        Row(
            [_due_cell(kit, item.obligation.due_on), item.obligation.title,
             item.agreement.title, item.obligation.owner or DASH],
            marked=bool(item.obligation.due_on and item.obligation.due_on < kit.today),
        )
        for item in data.obligations
    ]  # fmt: skip
    columns = [Column("due", 0.16), Column("obligation", 0.36), Column("agreement", 0.32),
               Column("owner", 0.16)]  # fmt: skip
    return [*flow, data_table(kit, columns, rows), _legend(kit, rows), Spacer(1, 6 * mm)]


def _legend(kit: Kit, rows: Sequence[Row]) -> Flowable:
    if any(r.marked for r in rows):
        return kit.para(kit.labels("overdue_legend"), "small")
    return Spacer(1, 0)


def _followups(kit: Kit, data: PartnerData) -> list[Flowable]:
    flow: list[Flowable] = [heading(kit, "followups")]
    if not data.followups:
        return [*flow, empty(kit, "no_followups")]
    labels = kit.labels
    rows = [
        Row(
            [_due_cell(kit, t.due_on), stacked(kit, t.title, t.notes, bold_first=False),
             t.about or DASH, t.assignee or DASH, labels.enum(t.priority)],
            marked=t.is_overdue(kit.today),
        )
        for t in data.followups
    ]  # fmt: skip
    columns = [Column("due", 0.16), Column("followup", 0.36), Column("about", 0.24),
               Column("assignee", 0.14), Column("priority", 0.1)]  # fmt: skip
    return [*flow, data_table(kit, columns, rows), _legend(kit, rows), Spacer(1, 6 * mm)]


def _interactions(kit: Kit, data: PartnerData) -> list[Flowable]:
    flow: list[Flowable] = [heading(kit, "interactions")]
    if not data.interactions:
        return [*flow, empty(kit, "no_interactions")]
    labels, rows = kit.labels, []
    for i in data.interactions:
        summary = kit.m(i.summary)
        if i.outcome:
            outcome = labels.entry(labels("outcome"), i.outcome)
            summary += "<br/>" + kit.span(outcome, colour=MUTED)
        rows.append(
            Row(
                [labels.datetime(i.occurred_at), labels.enum(i.kind),
                 Para(summary, kit.styles["cell"]), "\n".join(i.contacts) or DASH,
                 i.owner or DASH]
            )
        )  # fmt: skip
    columns = [Column("when", 0.16), Column("kind", 0.1), Column("what", 0.42),
               Column("with", 0.19), Column("owner", 0.13)]  # fmt: skip
    return [*flow, data_table(kit, columns, rows), Spacer(1, 6 * mm)]


def _notes(kit: Kit, data: PartnerData) -> list[Flowable]:
    flow: list[Flowable] = [heading(kit, "notes")]
    org = data.organisation
    noted = [c for c in data.contacts if c.notes]
    if not org.description and not noted:
        return [*flow, empty(kit, "no_notes")]
    if org.description:
        flow.append(kit.para(org.description))
    if noted:
        flow.append(heading(kit, "notes_on_contacts", level=1))
        for contact in noted:
            first, second = contact_names(contact)
            name = f"{first} ({second})" if second else first
            flow.append(
                kit.rich(f"{kit.span(name, bold=True)}: {kit.m(contact.notes or '')}", "body")
            )
    return flow
