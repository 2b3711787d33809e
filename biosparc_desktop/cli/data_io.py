"""``import contacts``, ``import archive`` and ``export …``: data in and out.

A damaged or unreadable file is refused with every problem named (by row or
line), nothing is written and the exit code is 2. Otherwise the last line sums
up: how many contacts were created, merged, skipped and rejected; an import that
rejected every row exits with 1. An export never replaces a file without --force.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from biosparc_desktop.cli.runtime import Runtime, UsageError
from biosparc_desktop.errors import ValidationError
from biosparc_desktop.exporters import (
    CONTACT_FORMATS,
    ArchiveError,
    ExportResult,
    export_agreements_csv,
    export_archive,
    export_calendar,
    export_contacts,
    export_organisations_csv,
    export_tasks_csv,
    import_archive,
)
from biosparc_desktop.importers import FORMATS
from biosparc_desktop.services.duplicates import DuplicatePair
from biosparc_desktop.services.import_rows import phone_region
from biosparc_desktop.services.importing import (
    DuplicateAction,
    ImportRefused,
    ImportSummary,
    OrganisationAction,
    OrganisationChoice,
)


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    importing = commands.add_parser("import", help="import contacts or a full archive")
    sub = importing.add_subparsers(dest="action", required=True)
    p = sub.add_parser(
        "contacts", help="contacts from Outlook, Google, LinkedIn, other CSV or vCard files"
    )
    p.add_argument("file", type=Path, help="the CSV or vCard (.vcf) file")
    p.add_argument("--format", choices=("auto", *FORMATS), default="auto")
    p.add_argument("--encoding", help="the file's encoding, if detection gets it wrong (gb18030)")
    p.add_argument("--dry-run", action="store_true", help="check and report; save nothing")
    p.add_argument(
        "--on-duplicate",
        choices=[a.value for a in DuplicateAction],
        default=DuplicateAction.SKIP.value,
        help="what to do with a person already present (default: skip)",
    )
    p.add_argument(
        "--new-organisations",
        choices=("create", "none"),
        default="create",
        help="organisations not here yet: create them (the default), or import their"
        " contacts without an organisation",
    )
    p.add_argument(
        "--region",
        metavar="CC",
        type=_region,
        help="country for phone numbers without a country code (default: the organisation's"
        " country, China for Chinese names, else Singapore)",
    )
    p.set_defaults(func=_import_contacts)
    p = sub.add_parser("archive", help="restore (empty database) or merge a full archive")
    p.add_argument("file", type=Path, help="a .zip written by `biosparc export archive`")
    p.set_defaults(func=_import_archive)

    exporting = commands.add_parser("export", help="export contacts, lists, calendar or all")
    sub = exporting.add_subparsers(dest="action", required=True)
    p = sub.add_parser("contacts", help="contacts as vCard 3.0 or CSV (UTF-8 for Excel)")
    p.add_argument("--format", choices=CONTACT_FORMATS, default="vcard")
    _output(p)
    p.set_defaults(func=_export_contacts)
    for name, helptext in (
        ("organisations", "partner organisations as CSV"),
        ("agreements", "agreements as CSV"),
        ("tasks", "follow-ups as CSV"),
    ):
        p = sub.add_parser(name, help=helptext)
        _output(p)
        p.set_defaults(func=_export_list, what=name)
    p = sub.add_parser("calendar", help="due dates, expiries, notices and events as .ics")
    _output(p)
    p.set_defaults(func=_export_calendar)
    p = sub.add_parser("archive", help="everything, with attached documents, as one .zip")
    _output(p)
    p.set_defaults(func=_export_archive)


def _output(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("-o", "--output", type=Path, required=True, metavar="OUT")
    parser.add_argument("--force", action="store_true", help="replace OUT if it exists")


def _region(value: str) -> str:
    """``--region``: a real region code, or a usage error in one line."""
    try:
        code = phone_region(value)
    except ValidationError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None
    if code is None:
        raise argparse.ArgumentTypeError("give a region code such as SG, CN or FR")
    return code


def _target(rt: Runtime) -> Path:
    """The export's file; an existing one is only replaced when asked to (--force)."""
    path: Path = rt.args.output
    if path.exists() and not path.is_dir() and not rt.args.force:
        raise UsageError(f"{path} already exists; use --force to replace it.")
    return path


def _import_contacts(rt: Runtime) -> int:
    args = rt.args
    service = rt.services.importing
    parsed = service.read(args.file, format=args.format, encoding=args.encoding)
    try:
        summary = service.run(
            parsed,
            source=args.file.name,
            on_duplicate=DuplicateAction(args.on_duplicate),
            dry_run=args.dry_run,
            region=args.region,
            new_organisations=OrganisationChoice(OrganisationAction(args.new_organisations)),
        )
    except ImportRefused as refused:
        for problem in refused.problems:
            print(f"  {problem.message}", file=sys.stderr)
        raise
    _report(summary)
    return 1 if summary.all_rejected else 0


def _report(summary: ImportSummary) -> None:
    for notice in summary.notices:
        print(f"  {notice}")
    for outcome in summary.outcomes:
        if outcome.outcome != "created" or outcome.detail:
            print(f"  {outcome.describe()}")
        for warning in outcome.warnings:
            print(f"  {warning}")
    if summary.dry_run:
        print(f"Dry run of {summary.source}, nothing saved: {summary.describe()}.")
    else:
        print(f"Imported {summary.source}: {summary.describe()}.")
    if (organisations := summary.organisations_sentence()) is not None:
        print(organisations)


def _import_archive(rt: Runtime) -> int:
    try:
        result = import_archive(rt.services, rt.args.file)
    except ArchiveError as refused:
        for problem in refused.problems:
            print(f"  {problem}", file=sys.stderr)
        raise
    print(result.describe())
    _report_duplicates(result.duplicates)
    return 0


def _report_duplicates(pairs: tuple[DuplicatePair, ...]) -> None:
    """A line per likely pair of a record already here and one the archive brought."""
    if not pairs:
        return
    count = len(pairs)
    print(
        f"{count:,} {'record looks' if count == 1 else 'records look'} like"
        " a copy of one already here; review and merge them with Edit → Find duplicates…:"
    )
    for pair in pairs:
        reasons = "; ".join(str(r) for r in pair.reasons)
        print(
            f"  {pair.kind}: {pair.first_name} ({pair.first_id}) and {pair.second_name}"
            f" ({pair.second_id}): {reasons}"
        )


def _export_contacts(rt: Runtime) -> int:
    return _done(export_contacts(rt.services, _target(rt), format=rt.args.format))


def _export_list(rt: Runtime) -> int:
    writers = {
        "organisations": export_organisations_csv,
        "agreements": export_agreements_csv,
        "tasks": export_tasks_csv,
    }
    return _done(writers[rt.args.what](rt.services, _target(rt)))


def _export_calendar(rt: Runtime) -> int:
    return _done(export_calendar(rt.services, _target(rt)))


def _export_archive(rt: Runtime) -> int:
    return _done(export_archive(rt.services, _target(rt)))


def _done(result: ExportResult) -> int:
    print(result.describe())
    return 0
