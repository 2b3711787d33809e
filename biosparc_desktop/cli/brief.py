"""``brief partner|event|portfolio``: PDF briefing packs from the command line."""

from __future__ import annotations

import argparse
from pathlib import Path

from biosparc_desktop.cli.runtime import Runtime, UsageError
from biosparc_desktop.reports import (
    LANGUAGES,
    PAPERS,
    SECTIONS,
    PackKind,
    PackOptions,
    PackResult,
    build_event_pack,
    build_partner_pack,
    build_portfolio,
    parse_sections,
)


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    brief = commands.add_parser("brief", help="write a PDF briefing pack")
    sub = brief.add_subparsers(dest="pack", required=True, metavar="PACK")
    partner = sub.add_parser("partner", help="the pack on one partner organisation")
    partner.add_argument("name", metavar="NAME_OR_ID", help="English, Chinese or short name, or id")
    event = sub.add_parser("event", help="the pack for a signing ceremony or other event")
    event.add_argument("name", metavar="NAME_OR_ID", help="the event's name or id")
    portfolio = sub.add_parser("portfolio", help="the summary of every partner")
    packs: tuple[tuple[PackKind, argparse.ArgumentParser], ...] = (
        ("partner", partner),
        ("event", event),
        ("portfolio", portfolio),
    )
    for kind, parser in packs:
        parser.add_argument(
            "-o", "--output", required=True, type=Path, metavar="OUT.pdf", help="where to write"
        )
        parser.add_argument("--paper", choices=PAPERS, default="a4", help="paper size (a4)")
        parser.add_argument(
            "--lang", choices=LANGUAGES, default="en", help="pack language: en, zh or both (en)"
        )
        parser.add_argument(
            "--sections",
            metavar="LIST",
            help=f"comma-separated, from: {','.join(SECTIONS[kind])} (default: all)",
        )
        parser.add_argument("--prepared-by", metavar="NAME", help="name on the cover")
        parser.set_defaults(func=_brief, kind=kind)


def _options(rt: Runtime, kind: PackKind) -> PackOptions:
    args = rt.args
    sections = parse_sections(kind, args.sections.split(",")) if args.sections else None
    return PackOptions(
        paper=args.paper,
        language=args.lang,
        sections=sections,
        prepared_by=args.prepared_by or getattr(args, "as_staff", None),
    )


def _brief(rt: Runtime) -> int:
    kind: PackKind = rt.args.kind
    out: Path = rt.args.output
    if out.is_dir():
        raise UsageError(f"{out} is a folder; give the PDF's file name, e.g. {out / 'pack.pdf'}")
    options = _options(rt, kind)
    services = rt.services
    result: PackResult
    if kind == "partner":
        partner = services.organisations.find(rt.args.name)
        result = build_partner_pack(services, partner.id, out, options)
    elif kind == "event":
        event = services.events.find(rt.args.name)
        result = build_event_pack(services, event.id, out, options)
    else:
        result = build_portfolio(services, out, options)
    print(f"Wrote {result.path} ({result.pages} pages).")
    if not result.cjk_embedded:
        print(
            "Chinese text uses the PDF viewer's built-in STSong-Light font: "
            "no embeddable Chinese TrueType font was found on this computer."
        )
    return 0
