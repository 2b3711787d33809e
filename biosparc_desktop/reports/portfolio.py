"""The portfolio summary: partners by stage, charts, agreements expiring within 180
days and overdue follow-ups by owner."""

from __future__ import annotations

from collections import Counter, defaultdict
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from biosparc_desktop.domain.enums import AgreementStatus, RelationshipStage
from biosparc_desktop.reports.blocks import (
    Column,
    Row,
    cover,
    data_table,
    empty,
    heading,
    marked,
    stacked,
    subheading,
    title_heading,
)
from biosparc_desktop.reports.build import PackHeader, preparer, run_build
from biosparc_desktop.reports.charts import bar_chart, horizontal_bar_chart
from biosparc_desktop.reports.data import PortfolioData, gather_portfolio
from biosparc_desktop.reports.options import PackOptions, PackResult, ProgressCallback
from biosparc_desktop.reports.styles import Kit
from biosparc_desktop.reports.values import DASH, amount, days_text, is_live, near_expiry
from biosparc_desktop.services.registry import Services
from biosparc_desktop.services.tasks import TaskRow

NAMES_PER_STAGE = 12
TOP_COUNTRIES = 12


def build_portfolio(
    services: Services,
    out_path: Path | str,
    options: PackOptions | None = None,
    progress: ProgressCallback | None = None,
) -> PackResult:
    """Write the portfolio summary of every partner to ``out_path``."""
    return run_build(
        "portfolio",
        services,
        out_path,
        options or PackOptions(),
        progress,
        steps=4,
        gather=lambda step: gather_portfolio(services, step),
        compose=compose_portfolio,
    )


def compose_portfolio(kit: Kit, data: PortfolioData) -> tuple[PackHeader, list[Flowable]]:
    labels = kit.labels
    as_of = f"{labels('as_of')} {labels.date(kit.today)}"
    story = cover(
        kit,
        kicker=labels("portfolio_pack"),
        title=labels("portfolio_pack"),
        subtitle=as_of,
        details=[
            ("date", labels.date(kit.today)),
            ("prepared_by", preparer(kit)),
            ("partners", str(len(data.partners))),
            ("live_agreements", str(sum(1 for a in data.agreements if is_live(a)))),
        ],
    )
    sections = [
        ("stages", _stages),
        ("charts", _charts),
        ("expiring", _expiring),
        ("overdue", _overdue),
    ]
    chosen = [make for key, make in sections if kit.options.wants(key)]
    for number, make in enumerate(chosen):
        if number:
            story.append(Spacer(1, 10 * mm))
        story += make(kit, data)
    return (
        PackHeader(
            kicker=labels("portfolio_pack"),
            subject=as_of,
            title=f"{labels('portfolio_pack')} · {labels.date(kit.today)}",
            meta_subject=f"{labels('portfolio_pack')} · {labels('confidential')}",
        ),
        story,
    )


def _stages(kit: Kit, data: PortfolioData) -> list[Flowable]:
    flow: list[Flowable] = [heading(kit, "stages")]
    if not data.partners:
        return [*flow, empty(kit, "no_partners")]
    by_stage: dict[RelationshipStage, list[str]] = defaultdict(list)
    for org in data.partners:
        by_stage[org.stage].append(org.short_name or org.name)
    rows = []
    for stage in RelationshipStage:
        names = by_stage.get(stage, [])
        listed = kit.labels.count_more(names[:NAMES_PER_STAGE], len(names)) if names else DASH
        rows.append(
            Row([kit.labels.enum(stage), str(len(names)), listed], bold_cells=frozenset({0}))
        )
    columns = [Column("stage", 0.18), Column("count", 0.1, right=True), Column("partners", 0.72)]
    return [*flow, data_table(kit, columns, rows)]


def _charts(kit: Kit, data: PortfolioData) -> list[Flowable]:
    labels = kit.labels
    flow: list[Flowable] = [heading(kit, "charts"), subheading(kit, "agreements_by_status")]
    if data.agreements:
        counts = Counter(a.status for a in data.agreements)
        names = ["\n".join(labels.enum_lines(s)) for s in AgreementStatus]
        flow.append(bar_chart(kit, names, [counts.get(s, 0) for s in AgreementStatus]))
    else:
        flow.append(empty(kit, "no_chart_data"))
    flow += [Spacer(1, 6 * mm), subheading(kit, "partners_by_country")]
    if not data.partners:
        return [*flow, empty(kit, "no_chart_data")]
    countries = Counter(org.country or "" for org in data.partners)
    ranked = sorted(countries.items(), key=lambda kv: (-kv[1], kv[0] == "", kv[0]))
    shown = ranked[:TOP_COUNTRIES]
    rest = sum(count for _, count in ranked[TOP_COUNTRIES:])
    names = [labels.country(code) if code else labels("not_set") for code, _ in shown]
    values = [count for _, count in shown]
    if rest:
        names.append(labels("and_more", n=len(ranked) - TOP_COUNTRIES))
        values.append(rest)
    flow.append(horizontal_bar_chart(kit, names, values))
    return flow


def _expiring(kit: Kit, data: PortfolioData) -> list[Flowable]:
    flow: list[Flowable] = [heading(kit, "expiring")]
    if not data.expiring:
        return [*flow, empty(kit, "no_expiring")]
    labels, rows = kit.labels, []
    for a in data.expiring:
        soon = near_expiry(a, kit.today)
        days = days_text(a.days_to_expiry(kit.today))
        rows.append(
            Row(
                [stacked(kit, a.title, a.party_names), labels.enum(a.status),
                 labels.date(a.expires_on), marked(kit, days, right=True) if soon else days,
                 amount(a.value, a.currency), a.owner or DASH],
                marked=soon,
            )
        )  # fmt: skip
    columns = [Column("agreement", 0.33), Column("status", 0.12), Column("expires", 0.16),
               Column("days_to_expiry", 0.1, right=True), Column("value", 0.17, right=True),
               Column("owner", 0.12)]  # fmt: skip
    return [*flow, data_table(kit, columns, rows), kit.para(labels("expiring_legend"), "small")]


def _overdue(kit: Kit, data: PortfolioData) -> list[Flowable]:
    flow: list[Flowable] = [heading(kit, "overdue")]
    if not data.overdue:
        return [*flow, empty(kit, "no_overdue")]
    by_owner: dict[str, list[TaskRow]] = defaultdict(list)
    for task in data.overdue:
        by_owner[task.assignee or ""].append(task)
    # The longest list first; unassigned work last, where someone has to pick it up.
    order = sorted(by_owner, key=lambda n: (n == "", -len(by_owner[n]), n.lower()))
    labels = kit.labels
    for owner in order:
        tasks = by_owner[owner]
        name = owner or labels("unassigned")
        flow.append(title_heading(kit, f"{name} ({len(tasks)})", level=1, style="h3"))
        rows = [
            Row(
                [marked(kit, labels.date(t.due_on)), stacked(kit, t.title, t.notes, bold_first=False),
                 t.about or DASH, str((kit.today - t.due_on).days) if t.due_on else DASH,
                 labels.enum(t.priority)],
            )
            for t in tasks
        ]  # fmt: skip
        columns = [Column("due", 0.16), Column("followup", 0.37), Column("about", 0.25),
                   Column("days_overdue", 0.11, right=True), Column("priority", 0.11)]  # fmt: skip
        flow.append(data_table(kit, columns, rows))
    return flow
