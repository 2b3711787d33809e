"""The full archive: every record as JSON plus the attached documents, in one zip.

Layout::

    manifest.json          format name and version, counts, documents with checksums
    data/<table>.json      each table's records, references by public id
    documents/<stored>     the attached files, as stored in the data folder

Reading checks everything before anything is written: that the zip is ours and
not from a newer version, that every record reads, every reference resolves and
every document matches its checksum. Problems are reported with the file and
record they are in.
"""

from __future__ import annotations

import hashlib
import json
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC
from pathlib import Path, PurePosixPath
from typing import IO, Any

from biosparc_desktop import __version__
from biosparc_desktop.domain.sentences import translatable
from biosparc_desktop.errors import StorageError, ValidationError
from biosparc_desktop.exporters.files import ExportResult, atomic_file
from biosparc_desktop.services.archive_restore import RestoreSummary
from biosparc_desktop.services.archive_tables import Problem, check_records, tables
from biosparc_desktop.services.duplicates import DuplicatePair
from biosparc_desktop.services.registry import Services

FORMAT = "biosparc-desktop-archive"
FORMAT_VERSION = 1
MANIFEST = "manifest.json"
MAX_DATA_BYTES = 2 * 1024**3  # all data/*.json together, uncompressed
_DOCUMENTS = "agreement_document"
_SHOWN = 3

Progress = Callable[[int, int, str], None]


class ArchiveError(ValidationError):
    """The file is not an archive this program can import; nothing was changed."""

    def __init__(
        self,
        message: str,
        problems: list[Problem] | None = None,
        *,
        field: str | None = None,
        template: str | None = None,
        params: dict[str, object] | None = None,
    ) -> None:
        super().__init__(message, field=field or "file", template=template, params=params)
        self.problems = tuple(problems or ())


@dataclass(frozen=True)
class ArchiveImport:
    mode: str  # "restore" into an empty database, or "merge" into one with data
    summary: RestoreSummary
    documents_copied: int
    # A merged archive from another database holds its own copies of the same partners
    # and people (other public ids): each likely pair, offered for the duplicates review.
    duplicates: tuple[DuplicatePair, ...] = ()
    # The contacts and organisations that were here before (for a fresh look at the copies
    # after some are merged: DuplicateService.across(before)).
    before: frozenset[str] = frozenset()

    def describe(self) -> str:
        what = "Restored" if self.mode == "restore" else "Merged by public id"
        copied = self.documents_copied
        documents = (
            f", {copied:,} {'document' if copied == 1 else 'documents'} copied" if copied else ""
        )
        return f"{what}: {self.summary.describe()}{documents}."


def export_archive(
    services: Services, path: Path, progress: Progress | None = None
) -> ExportResult:
    data = services.archive.dump()
    folder = services.context.documents_dir
    documents: dict[str, dict[str, Any]] = {}
    missing: list[str] = []
    for record in data.get(_DOCUMENTS, []):
        name = record["stored_name"]
        if (folder / name).is_file():
            documents[name] = {"sha256": record["sha256"], "size": record["size_bytes"]}
        else:
            missing.append(name)
    manifest = {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "app_version": __version__,
        "exported_at": services.context.now().astimezone(UTC).isoformat(),
        "tables": {name: len(records) for name, records in data.items()},
        "documents": documents,
        "missing_documents": missing,
    }
    steps = len(data) + len(documents)
    with (
        atomic_file(path, "wb") as handle,
        zipfile.ZipFile(handle, "w", zipfile.ZIP_DEFLATED) as zf,
    ):
        zf.writestr(MANIFEST, json.dumps(manifest, ensure_ascii=False, indent=2))
        for done, (name, records) in enumerate(data.items(), 1):
            zf.writestr(f"data/{name}.json", json.dumps(records, ensure_ascii=False, indent=0))
            _report(progress, done, steps, "Writing records")
        for done, name in enumerate(documents, len(data) + 1):
            zf.write(folder / name, f"documents/{name}", zipfile.ZIP_STORED)
            _report(progress, done, steps, "Adding documents")
    count = sum(len(records) for name, records in data.items() if name != "change_entry")
    return ExportResult(path, count, "records")


@dataclass
class Archive:
    """A checked archive, ready to import."""

    path: Path
    manifest: dict[str, Any]
    records: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    documents: dict[str, dict[str, Any]] = field(default_factory=dict)


def read_archive(path: Path) -> Archive:
    """Open and check an archive completely; raises :class:`ArchiveError` in words."""
    if not path.is_file():
        raise ArchiveError.of("{name} does not exist or is not a file.", name=path.name)
    if not zipfile.is_zipfile(path):
        raise ArchiveError.of(
            "{name} is not a zip file, so it is not a Biosparc Desktop archive.", name=path.name
        )
    try:
        with zipfile.ZipFile(path) as zf:
            return _read(zf, path)
    except zipfile.BadZipFile as exc:
        raise ArchiveError.of(
            "{name} is damaged and cannot be read ({reason}).", name=path.name, reason=str(exc)
        ) from exc
    except OSError as exc:
        raise ArchiveError.of(
            "{name} cannot be read: {reason}.", name=path.name, reason=exc.strerror or str(exc)
        ) from exc


def _read(zf: zipfile.ZipFile, path: Path) -> Archive:
    names = set(zf.namelist())
    unsafe = [n for n in names if PurePosixPath(n).is_absolute() or ".." in PurePosixPath(n).parts]
    if unsafe:
        raise ArchiveError.of(
            "{name} holds files with unsafe paths ({path}); it was refused.",
            name=path.name,
            path=unsafe[0],
        )
    if MANIFEST not in names:
        raise ArchiveError.of(
            "{name} is a zip file but not a Biosparc Desktop archive: it has no {manifest}.",
            name=path.name,
            manifest=MANIFEST,
        )
    manifest = _json(zf, MANIFEST)
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        said = manifest.get("format") if isinstance(manifest, dict) else None
        if isinstance(said, str):
            raise ArchiveError.of(
                "{name} is not a Biosparc Desktop archive (its manifest says “{said}”).",
                name=path.name,
                said=said,
            )
        raise ArchiveError.of("{name} is not a Biosparc Desktop archive.", name=path.name)
    version = manifest.get("format_version")
    if not isinstance(version, int) or version < 1:
        raise ArchiveError.of("The manifest of {name} has no valid format version.", name=path.name)
    if version > FORMAT_VERSION:
        raise ArchiveError.of(
            "{name} was made by a newer version of Biosparc Desktop (archive format"
            " {version}); update this program to import it.",
            name=path.name,
            version=version,
        )
    known = {t.name: t for t in tables()}
    listed = manifest.get("tables")
    if not isinstance(listed, dict):
        raise ArchiveError.of("The manifest of {name} does not list its tables.", name=path.name)
    unknown = sorted(set(listed) - set(known))
    if unknown:
        raise ArchiveError.of(
            "{name} holds tables this version does not know ({tables}): it was"
            " made by a newer version of Biosparc Desktop.",
            name=path.name,
            tables=", ".join(unknown),
        )
    data_size = sum(zf.getinfo(n).file_size for n in names if n.startswith("data/"))
    if data_size > MAX_DATA_BYTES:
        raise ArchiveError.of(
            "{name} holds more data than this program can import at once.", name=path.name
        )
    archive = Archive(path, manifest)
    problems: list[Problem] = []
    for name, expected in listed.items():
        member = f"data/{name}.json"
        if member not in names:
            problems.append(Problem(member, "the file is missing from the archive."))
            continue
        records, found = check_records(known[name], _json(zf, member), member)
        problems += found
        if not found and len(records) != expected:
            problems.append(
                Problem(
                    member, f"it holds {len(records)} records where the manifest says {expected}."
                )
            )
        archive.records[name] = records
    problems += _check_documents(zf, names, archive)
    if problems:
        shown = "; ".join(str(p).rstrip(".") for p in problems[:_SHOWN])
        params = {"name": path.name, "problems": shown, "count": len(problems) - _SHOWN}
        if len(problems) > _SHOWN:
            template = translatable(
                "{name} cannot be imported, so nothing was changed: {problems} (and {count} more)."
            )
        else:
            template = translatable(
                "{name} cannot be imported, so nothing was changed: {problems}."
            )
        raise ArchiveError(template.format(**params), problems, template=template, params=params)
    return archive


def _json(zf: zipfile.ZipFile, member: str) -> Any:
    try:
        with zf.open(member) as handle:
            return json.load(handle)
    except json.JSONDecodeError as exc:
        raise ArchiveError.of(
            "{member} in {name} is not valid JSON (line {line}); the archive is damaged.",
            member=member,
            name=Path(zf.filename or "").name,
            line=exc.lineno,
        ) from exc
    except UnicodeDecodeError as exc:
        raise ArchiveError.of(
            "{member} is not UTF-8 text; the archive is damaged.", member=member
        ) from exc


def _check_documents(zf: zipfile.ZipFile, names: set[str], archive: Archive) -> list[Problem]:
    problems = []
    missing = set(archive.manifest.get("missing_documents") or [])
    for number, record in enumerate(archive.records.get(_DOCUMENTS, []), 1):
        stored, where = record["stored_name"], f"data/{_DOCUMENTS}.json, record {number}"
        if stored in missing:
            continue
        member = f"documents/{stored}"
        if member not in names or "/" in stored or "\\" in stored:
            problems.append(Problem(where, f"the document {record['filename']} is missing."))
            continue
        with zf.open(member) as handle:
            digest = _sha256(handle)
        if digest != record["sha256"]:
            problems.append(Problem(member, f"{record['filename']} does not match its checksum."))
            continue
        archive.documents[stored] = record
    return problems


def _sha256(handle: IO[bytes]) -> str:
    digest = hashlib.sha256()
    for chunk in iter(lambda: handle.read(1024 * 1024), b""):
        digest.update(chunk)
    return digest.hexdigest()


def import_archive(
    services: Services, path: Path, progress: Progress | None = None
) -> ArchiveImport:
    """Restore into an empty database, or merge by public id into one with data."""
    archive = read_archive(path)
    mode = "restore" if services.archive.is_empty() else "merge"
    before = services.duplicates.record_ids() if mode == "merge" else None
    copied = _copy_documents(services, archive)
    try:
        summary = services.archive.restore(
            archive.records,
            label=f"Import archive {path.name}"[:200],
            progress=progress,
            backup="pre-import",
        )
    except BaseException:
        for target in copied:
            target.unlink(missing_ok=True)  # nothing half-written: no stray copies either
        raise
    duplicates = () if before is None else tuple(services.duplicates.across(before))
    return ArchiveImport(mode, summary, len(copied), duplicates, before or frozenset())


def _copy_documents(services: Services, archive: Archive) -> list[Path]:
    folder = services.context.documents_dir
    copied: list[Path] = []
    try:
        folder.mkdir(parents=True, exist_ok=True)
        with zipfile.ZipFile(archive.path) as zf:
            for stored, record in archive.documents.items():
                target = folder / stored
                if target.exists():
                    with target.open("rb") as handle:
                        if _sha256(handle) == record["sha256"]:
                            continue
                    raise ArchiveError.of(
                        "A different file named {name} is already in the data folder;"
                        " nothing was imported.",
                        name=stored,
                    )
                with zf.open(f"documents/{stored}") as source, target.open("xb") as sink:
                    copied.append(target)
                    for chunk in iter(lambda: source.read(1024 * 1024), b""):
                        sink.write(chunk)
    except OSError as exc:
        for target in copied:
            target.unlink(missing_ok=True)
        raise StorageError.of(
            "Could not copy the documents into {folder}: {reason}.",
            folder=str(folder),
            reason=exc.strerror or str(exc),
        ) from exc
    except BaseException:
        for target in copied:
            target.unlink(missing_ok=True)
        raise
    return copied


def _report(progress: Progress | None, done: int, total: int, message: str) -> None:
    if progress is not None:
        progress(done, total, message)
