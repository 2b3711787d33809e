"""Importing contacts: read a file, preview what would happen, then import as one action.

The import is one write: all rows or none are saved, and it is one batch of the
change journal, so a single undo takes the whole import back. Rows that break a
rule are rejected (with the reason) and the rest imported; a damaged file (cut
short, broken vCard lines) is refused whole, with every damaged line named.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from biosparc_desktop.domain.sentences import Sentence, joined, translatable
from biosparc_desktop.errors import ValidationError
from biosparc_desktop.importers import ParseResult, RowProblem, parse_contacts
from biosparc_desktop.services.bulk_write import bulk_mode
from biosparc_desktop.services.contacts import ContactService
from biosparc_desktop.services.context import BATCH_ID, ServiceContext
from biosparc_desktop.services.import_organisations import (
    CREATE,
    NewOrganisation,
    OrganisationAction,
    OrganisationChoice,
    new_organisations_of,
)
from biosparc_desktop.services.import_plan import (
    DuplicateAction,
    ExistingData,
    PlannedRow,
    Progress,
    RowStatus,
    plan_rows,
)
from biosparc_desktop.services.import_rows import phone_region
from biosparc_desktop.services.import_write import ImportWriter, Resolution, RowOutcome, resolve

__all__ = [
    "MAX_IMPORT_BYTES",
    "DuplicateAction",
    "ImportPreview",
    "ImportRefused",
    "ImportService",
    "ImportSummary",
    "NewOrganisation",
    "OrganisationAction",
    "OrganisationChoice",
    "PlannedRow",
    "RowOutcome",
    "RowStatus",
]

# Larger files are refused in words: a contact list this size is almost always the
# wrong file, and splitting it keeps each import quick to check and to undo.
MAX_IMPORT_BYTES = 40 * 1024 * 1024
_SHOWN_PROBLEMS = 3


class ImportRefused(ValidationError):
    """The file is damaged; nothing was imported. ``problems`` names every damaged line."""

    def __init__(self, problems: list[RowProblem]) -> None:
        more = len(problems) - _SHOWN_PROBLEMS
        params: dict[str, object] = {
            "problems": joined([p.sentence for p in problems[:_SHOWN_PROBLEMS]]),
            "count": more,
        }
        if more <= 0:
            template = translatable(
                "The file is damaged, so nothing was imported. Fix it or export it again."
                " {problems}"
            )
        elif more == 1:
            template = translatable(
                "The file is damaged, so nothing was imported. Fix it or export it again."
                " {problems} (and 1 more problem)"
            )
        else:
            template = translatable(
                "The file is damaged, so nothing was imported. Fix it or export it again."
                " {problems} (and {count} more problems)"
            )
        super().__init__(template.format(**params), field="file", template=template, params=params)
        self.problems = tuple(problems)


@dataclass(frozen=True)
class ImportPreview:
    """What an import of the file would do, row by row, before anything is saved."""

    format: str
    encoding: str
    rows: tuple[PlannedRow, ...]
    damage: tuple[RowProblem, ...]
    notices: tuple[Sentence, ...] = ()  # about the whole file: columns not imported
    # The organisations the rows name that are not here yet, in pinyin order.
    organisations: tuple[NewOrganisation, ...] = ()

    def count(self, status: RowStatus) -> int:
        return sum(1 for row in self.rows if row.status is status)

    @property
    def duplicates(self) -> tuple[PlannedRow, ...]:
        return tuple(row for row in self.rows if row.status is RowStatus.DUPLICATE)


@dataclass(frozen=True)
class ImportSummary:
    source: str
    dry_run: bool
    created: int
    merged: int
    skipped: int
    rejected: int
    organisations_created: int
    outcomes: tuple[RowOutcome, ...]
    batch_id: str | None = None
    notices: tuple[Sentence, ...] = ()  # about the whole file: columns not imported

    def describe(self) -> str:
        """The summary line: "12 created, 3 merged, 1 skipped, 2 rejected"."""
        return (
            f"{self.created:,} created, {self.merged:,} merged,"
            f" {self.skipped:,} skipped, {self.rejected:,} rejected"
        )

    @property
    def all_rejected(self) -> bool:
        """Every row was rejected: nothing of the file is in the database."""
        return self.rejected > 0 and not (self.created or self.merged or self.skipped)

    def organisations_sentence(self) -> Sentence | None:
        """ "1 new organisation was added." / "3 new organisations would be added." """
        count = self.organisations_created
        if not count:
            return None
        if self.dry_run:
            if count == 1:
                return Sentence.of("1 new organisation would be added.")
            return Sentence.of("{count} new organisations would be added.", count=f"{count:,}")
        if count == 1:
            return Sentence.of("1 new organisation was added.")
        return Sentence.of("{count} new organisations were added.", count=f"{count:,}")


class _NothingToWrite(Exception):
    """Every row was skipped or rejected: leave no empty action on the undo stack."""


class ImportService:
    def __init__(self, context: ServiceContext, contacts: ContactService) -> None:
        self._ctx = context
        self._contacts = contacts

    def read(
        self,
        path: Path,
        *,
        format: str = "auto",
        mapping: dict[str, str] | None = None,
        encoding: str | None = None,
    ) -> ParseResult:
        """Read a contact file (nothing is saved); whole-file failures raise ImportFileError."""
        with bulk_mode():
            return parse_contacts(
                path, format=format, mapping=mapping, encoding=encoding, max_bytes=MAX_IMPORT_BYTES
            )

    def preview(
        self,
        parsed: ParseResult,
        *,
        region: str | None = None,
        progress: Progress | None = None,
        organisations: Mapping[str, OrganisationChoice] | None = None,
        new_organisations: OrganisationChoice = CREATE,
    ) -> ImportPreview:
        """What :meth:`run` would do; ``organisations`` and ``new_organisations`` as it
        takes them."""
        region = phone_region(region)
        with self._ctx.read() as session, bulk_mode(session):
            existing = ExistingData.load(session)
            rows, damage = plan_rows(
                parsed,
                existing,
                region=region,
                progress=progress,
                organisations=organisations,
                new_organisations=new_organisations,
            )
        return ImportPreview(
            parsed.format,
            parsed.encoding,
            tuple(rows),
            tuple(damage),
            tuple(parsed.notices),
            new_organisations_of(
                row.contact for row in rows if row.status is not RowStatus.REJECTED
            ),
        )

    def run(
        self,
        parsed: ParseResult,
        *,
        source: str,
        on_duplicate: DuplicateAction = DuplicateAction.SKIP,
        decisions: Mapping[int, DuplicateAction] | None = None,
        dry_run: bool = False,
        region: str | None = None,
        progress: Progress | None = None,
        organisations: Mapping[str, OrganisationChoice] | None = None,
        new_organisations: OrganisationChoice = CREATE,
    ) -> ImportSummary:
        """Import the rows of ``parsed`` as one action named after ``source``.

        ``decisions`` overrides ``on_duplicate`` for single rows (by line number).
        ``organisations`` says, by the key of each :class:`NewOrganisation` of the
        preview, whether to create it (the default), put its rows in an existing
        partner or leave them without an organisation; ``new_organisations`` is what
        happens to those without a choice of their own (the command line's
        ``--new-organisations``).
        ``progress(done, total, message)`` may raise to cancel: nothing is then saved.
        A damaged file raises :class:`ImportRefused`; with ``dry_run`` nothing is written.
        """
        region = phone_region(region)
        notices = tuple(parsed.notices)
        total = max(1, len(parsed.contacts))
        if dry_run:
            preview = self.preview(
                parsed,
                region=region,
                progress=_scaled(progress, total),
                organisations=organisations,
                new_organisations=new_organisations,
            )
            _refuse_damage(list(preview.damage))
            resolution = resolve(list(preview.rows), on_duplicate, decisions)
            return _summary(source, resolution, dry_run=True, notices=notices)
        label = f"Import contacts from {source}"[:200]
        try:
            with self._ctx.write(label, backup="pre-import") as session, bulk_mode(session):
                existing = ExistingData.load(session)
                rows, damage = plan_rows(
                    parsed,
                    existing,
                    region=region,
                    progress=_scaled(progress, total),
                    organisations=organisations,
                    new_organisations=new_organisations,
                )
                _refuse_damage(damage)
                resolution = resolve(rows, on_duplicate, decisions)
                if not resolution.has_writes:
                    raise _NothingToWrite(resolution)
                writer = ImportWriter(session, self._contacts, self._ctx.now(), progress, total)
                writer.write(resolution)
                _reject_refused_merges(resolution, writer.refused_merges)
                batch = str(session.info[BATCH_ID])
        except _NothingToWrite as nothing:
            (resolution,) = nothing.args
            return _summary(source, resolution, dry_run=False, notices=notices)
        return _summary(
            source,
            resolution,
            dry_run=False,
            organisations=writer.organisations_created,
            batch_id=batch,
            notices=notices,
        )


def _scaled(progress: Progress | None, total: int) -> Progress | None:
    """Checking the rows is the first half of the work, saving them the second."""
    if progress is None:
        return None

    def report(done: int, _total: int, message: str) -> None:
        progress(done, 2 * total, message)

    return report


def _refuse_damage(damage: list[RowProblem]) -> None:
    if damage:
        raise ImportRefused(damage)


def _reject_refused_merges(resolution: Resolution, refused: dict[str, ValidationError]) -> None:
    if not refused:
        return
    lines = {
        contact.line: refused[public_id]
        for public_id, contacts in resolution.into_existing.items()
        if public_id in refused
        for contact in contacts
    }
    resolution.outcomes = [
        RowOutcome(o.line, "rejected", _not_merged(o.where, lines[o.line]), o.where)
        if o.line in lines and o.outcome == "merged"
        else o
        for o in resolution.outcomes
    ]


def _not_merged(where: Sentence, problem: ValidationError) -> Sentence:
    return Sentence.of("{where}: could not be merged: {problem}", where=where, problem=problem)


def _summary(
    source: str,
    resolution: Resolution,
    *,
    dry_run: bool,
    organisations: int = 0,
    batch_id: str | None = None,
    notices: tuple[Sentence, ...] = (),
) -> ImportSummary:
    if dry_run:
        organisations = len(
            {
                c.organisation.key
                for rows in (*resolution.new.values(), *resolution.into_existing.values())
                for c in rows
                if c.organisation is not None and c.organisation.is_new
            }
        )
    return ImportSummary(
        source=source,
        dry_run=dry_run,
        created=resolution.count("created"),
        merged=resolution.count("merged"),
        skipped=resolution.count("skipped"),
        rejected=resolution.count("rejected"),
        organisations_created=organisations,
        outcomes=tuple(resolution.outcomes),
        batch_id=batch_id,
        notices=notices,
    )
