"""The signing-event pack: cover, agenda and run sheet, attendees by organisation,
one page per agreement to be signed, and a profile page per partner."""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, PageBreak, Spacer

from biosparc_desktop.reports.blocks import (
    Column,
    Row,
    cover,
    data_table,
    empty,
    facts,
    heading,
    stacked,
    subheading,
    title_heading,
)
from biosparc_desktop.reports.build import PackHeader, preparer, run_build
from biosparc_desktop.reports.data import EventData, PartnerProfile, gather_event
from biosparc_desktop.reports.options import PackOptions, PackResult, ProgressCallback
from biosparc_desktop.reports.styles import Kit
from biosparc_desktop.reports.values import (
    DASH,
    amount,
    contact_names,
    location,
    org_names,
    phone,
    shorten,
)
from biosparc_desktop.services.agreements import AgreementDetail
from biosparc_desktop.services.contacts import ContactRow
from biosparc_desktop.services.registry import Services


def build_event_pack(
    services: Services,
    event_id: str,
    out_path: Path | str,
    options: PackOptions | None = None,
    progress: ProgressCallback | None = None,
) -> PackResult:
    """Write the briefing pack of one event (a signing ceremony) to ``out_path``."""
    opts = options or PackOptions()
    detail = services.events.detail(event_id)  # fails early, in words, for an unknown event
    steps = 2 + len(detail.agreement_ids) + len(detail.event.organisation_ids)
    return run_build(
        "event",
        services,
        out_path,
        opts,
        progress,
        steps=steps,
        gather=lambda step: gather_event(services, event_id, step),
        compose=compose_event,
    )


def compose_event(kit: Kit, data: EventData) -> tuple[PackHeader, list[Flowable]]:
    event, labels = data.event, kit.labels
    when = labels.date(event.held_on)
    story = cover(
        kit,
        kicker=labels("event_pack"),
        title=event.name,
        subtitle=" · ".join(p for p in (when, event.venue) if p),
        details=[
            ("date", when),
            ("venue", event.venue or ""),
            ("kind", labels.enum(event.kind)),
            ("prepared_by", preparer(kit)),
        ],
    )
    sections = [
        ("agenda", _agenda),
        ("attendees", _attendees),
        ("event_agreements", _agreements),
        ("profiles", _profiles),
    ]
    chosen = [make for key, make in sections if kit.options.wants(key)]
    for number, make in enumerate(chosen):
        if number:
            story.append(PageBreak())
        story += make(kit, data)
    return (
        PackHeader(
            kicker=labels("event_pack"),
            subject=f"{event.name} · {when}",
            title=event.name,
            meta_subject=f"{labels('event_pack')}: {event.name} · {labels('confidential')}",
        ),
        story,
    )


def _agenda(kit: Kit, data: EventData) -> list[Flowable]:
    event, labels = data.event, kit.labels
    flow: list[Flowable] = [
        heading(kit, "agenda"),
        facts(
            kit,
            [
                ("date", labels.date(event.held_on)),
                ("venue", event.venue or ""),
                ("kind", labels.enum(event.kind)),
                ("partners", str(len(data.profiles))),
            ],
        ),
        Spacer(1, 3 * mm),
    ]
    if event.description:
        flow.append(kit.para(event.description))
    flow.append(heading(kit, "run_sheet", level=1))
    if data.agenda:
        rows = [Row([a.starts_at or DASH, a.title, a.speaker or DASH]) for a in data.agenda]
        flow.append(
            data_table(
                kit, [Column("time", 0.12), Column("item", 0.58), Column("speaker", 0.3)], rows
            )
        )
    else:
        flow.append(empty(kit, "no_agenda"))
    flow.append(heading(kit, "signing_order", level=1))
    if not data.agreements:
        return [*flow, empty(kit, "no_event_agreements")]
    rows = []
    for number, detail in enumerate(data.agreements, start=1):
        a = detail.agreement
        rows.append(
            Row(
                [
                    str(number),
                    stacked(kit, a.title, labels.enum(a.kind)),
                    "\n".join(p.name for p in a.parties),
                    "\n".join(s.name for s in detail.signatories) or DASH,
                ]
            )
        )
    columns = [
        Column("number", 0.07, right=True),
        Column("agreement", 0.38),
        Column("parties", 0.3),
        Column("signatories", 0.25),
    ]
    return [*flow, data_table(kit, columns, rows)]


def _attendee_table(kit: Kit, people: list[ContactRow]) -> Flowable:
    rows = []
    for person in people:
        first, second = contact_names(person)
        rows.append(
            Row(
                [
                    stacked(kit, first, second),
                    person.title or DASH,
                    "\n".join(person.emails[:1]) or DASH,
                    "\n".join(phone(p) for p in person.phones[:1]) or DASH,
                ]
            )
        )
    columns = [Column("name", 0.22), Column("title", 0.27), Column("email", 0.31),
               Column("phone", 0.2)]  # fmt: skip
    return data_table(kit, columns, rows)


def _attendees(kit: Kit, data: EventData) -> list[Flowable]:
    flow: list[Flowable] = [heading(kit, "attendees")]
    if not data.attendees:
        return [*flow, empty(kit, "no_attendees")]
    groups: dict[str, list[ContactRow]] = defaultdict(list)
    for person in data.attendees:
        groups[person.organisation or ""].append(person)
    # Organisations alphabetically; people without one last.
    for name in sorted(groups, key=lambda n: (n == "", n.lower())):
        people = sorted(groups[name], key=lambda c: contact_names(c)[0].lower())
        title = name or kit.labels("no_organisation")
        flow.append(title_heading(kit, f"{title} ({len(people)})", level=1, style="h3"))
        flow.append(_attendee_table(kit, people))
    return flow


def _agreement_page(kit: Kit, detail: AgreementDetail) -> list[Flowable]:
    a, labels = detail.agreement, kit.labels
    flow: list[Flowable] = [
        title_heading(kit, a.title, level=1, style="h2"),
        facts(
            kit,
            [
                ("kind", labels.enum(a.kind)),
                ("status", labels.enum(a.status)),
                ("signed", labels.date(a.signed_on)),
                ("effective", labels.date(a.effective_on)),
                ("expires", labels.date(a.expires_on)),
                ("renewal_notice", labels.date(a.renewal_notice_on)),
                ("value", amount(a.value, a.currency) if a.value is not None else ""),
                ("owner", a.owner or ""),
            ],
        ),
        subheading(kit, "parties"),
    ]
    party_rows = [Row([p.name, p.name_zh or DASH, labels.enum(p.role)]) for p in a.parties]
    flow.append(
        data_table(
            kit, [Column("organisation", 0.5), Column("chinese_name", 0.3), Column("role", 0.2)],
            party_rows,
        )
    )  # fmt: skip
    flow.append(subheading(kit, "signatories"))
    if detail.signatories:
        rows = [Row([s.name, s.title or DASH, s.organisation or DASH]) for s in detail.signatories]
        flow.append(
            data_table(
                kit, [Column("name", 0.3), Column("title", 0.35), Column("organisation", 0.35)],
                rows,
            )
        )  # fmt: skip
    else:
        flow.append(empty(kit, "no_signatories"))
    flow.append(subheading(kit, "key_terms"))
    flow.append(kit.para(a.key_terms) if a.key_terms else empty(kit, "no_key_terms"))
    if detail.cooperation_items:
        flow.append(subheading(kit, "cooperation_items"))
        rows = [
            Row([i.title, labels.enum(i.workstream), labels.enum(i.cadence)])
            for i in detail.cooperation_items
        ]
        flow.append(
            data_table(
                kit, [Column("item", 0.5), Column("workstream", 0.25), Column("cadence", 0.25)],
                rows,
            )
        )  # fmt: skip
    return flow


def _agreements(kit: Kit, data: EventData) -> list[Flowable]:
    flow: list[Flowable] = [heading(kit, "event_agreements")]
    if not data.agreements:
        return [*flow, empty(kit, "no_event_agreements")]
    for number, detail in enumerate(data.agreements):
        if number:
            flow.append(PageBreak())
        flow += _agreement_page(kit, detail)
    return flow


def _profile_page(kit: Kit, profile: PartnerProfile) -> list[Flowable]:
    org, labels = profile.organisation, kit.labels
    main, second = org_names(org, labels)
    flow: list[Flowable] = [title_heading(kit, main, level=1, style="h2")]
    if second:
        flow.append(kit.para(second, "muted"))
    flow.append(
        facts(
            kit,
            [
                ("kind", labels.enum(org.kind)),
                ("location", location(org, labels)),
                ("stage", labels.enum(org.stage)),
                ("owner", org.owner or ""),
                ("parent", org.parent or ""),
                ("website", org.website or ""),
                (
                    "last_interaction",
                    labels.date(profile.last_interaction.occurred_at.date())
                    if profile.last_interaction
                    else "",
                ),
            ],
        )
    )
    if org.description:
        flow += [Spacer(1, 3 * mm), kit.para(org.description)]
    if profile.last_interaction is not None:
        last = profile.last_interaction
        text = labels.entry(labels.enum(last.kind), shorten(last.summary, 300))
        flow += [subheading(kit, "last_interaction"), kit.para(text)]
    flow.append(subheading(kit, "attending"))
    if profile.attendees:
        rows = []
        for person in profile.attendees:
            first, second_name = contact_names(person)
            rows.append(Row([stacked(kit, first, second_name), person.title or DASH]))
        flow.append(data_table(kit, [Column("name", 0.4), Column("title", 0.6)], rows))
    else:
        flow.append(empty(kit, "no_attendees"))
    for key, agreements in (
        ("at_this_event", profile.signing_here),
        ("other_agreements", profile.other_agreements),
    ):
        if not agreements:
            continue
        flow.append(subheading(kit, key))
        rows = [
            Row([a.title, labels.enum(a.status), labels.date(a.expires_on) or DASH])
            for a in agreements
        ]
        flow.append(
            data_table(
                kit, [Column("agreement", 0.6), Column("status", 0.2), Column("expires", 0.2)],
                rows,
            )
        )  # fmt: skip
    return flow


def _profiles(kit: Kit, data: EventData) -> list[Flowable]:
    flow: list[Flowable] = [heading(kit, "profiles")]
    if not data.profiles:
        return [*flow, empty(kit, "no_profiles")]
    for number, profile in enumerate(data.profiles):
        if number:
            flow.append(PageBreak())
        flow += _profile_page(kit, profile)
    return flow
