"""Bad input and failures: a clear sentence naming the line, and nothing written."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlalchemy.exc import OperationalError

from biosparc_desktop.domain.contacts import Contact, ContactEmail
from biosparc_desktop.domain.journal import ChangeEntry
from biosparc_desktop.domain.organisations import Organisation
from biosparc_desktop.errors import StorageError
from biosparc_desktop.importers import ImportFileError
from biosparc_desktop.services import bulk_write
from biosparc_desktop.services.importing import MAX_IMPORT_BYTES, ImportRefused
from biosparc_desktop.services.registry import Services

from .conftest import SAMPLES


def _nothing_written(services: Services) -> bool:
    with services.context.read() as session:
        return all(
            not session.scalar(select(func.count()).select_from(model))
            for model in (Contact, ContactEmail, Organisation, ChangeEntry)
        )


def test_a_vcard_with_broken_lines_is_refused_naming_every_line(services: Services) -> None:
    parsed = services.importing.read(SAMPLES / "broken.vcf")
    with pytest.raises(ImportRefused) as caught:
        services.importing.run(parsed, source="broken.vcf")
    assert [p.line for p in caught.value.problems] == [6, 13, 20, 21]
    assert caught.value.message.startswith(
        "The file is damaged, so nothing was imported. Fix it or export it again. Line 6:"
    )
    assert caught.value.message.endswith("(and 1 more problem)")
    assert "“this line has no colon” is not a vCard property" in caught.value.message
    assert _nothing_written(services)
    with pytest.raises(ImportRefused):  # a dry run says the same
        services.importing.run(parsed, source="broken.vcf", dry_run=True)


@pytest.mark.parametrize(
    ("name", "content", "line", "words"),
    [
        (
            "cut.csv",
            'Name,Email,Notes\nAda Lovelace,ada@x.org,fine\nBob Ray,bob@x.org,"a note\nover lines, cut',
            3,
            "a quotation mark opened in this row is never closed",
        ),
        (
            "cut.vcf",
            "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ada Lovelace\r\nEND:VCARD\r\n"
            "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Bob Ray\r\nEMAIL:bob@exa",
            5,
            "this card has no END:VCARD (the file may be cut short)",
        ),
    ],
    ids=["csv-inside-quotes", "vcard-mid-card"],
)
def test_a_truncated_file_is_refused(
    services: Services,
    write_file: Callable[..., Path],
    name: str,
    content: str,
    line: int,
    words: str,
) -> None:
    parsed = services.importing.read(write_file(name, content))
    with pytest.raises(ImportRefused) as caught:
        services.importing.run(parsed, source=name)
    assert caught.value.problems[0].line == line
    assert words in caught.value.message
    assert _nothing_written(services)


def test_a_file_cut_in_the_middle_of_a_character(
    services: Services, write_file: Callable[..., Path]
) -> None:
    data = "Name,Company\n张伟,北京华生物\n".encode()[:-3]  # the last character loses a byte
    parsed = services.importing.read(write_file("cut.csv", data))
    with pytest.raises(ImportRefused, match="ends part-way through a character"):
        services.importing.run(parsed, source="cut.csv")
    assert _nothing_written(services)


@pytest.mark.parametrize(
    ("content", "encoding", "message"),
    [
        (b"", None, "The file is empty."),
        (b"Company,City\nMirxes,Singapore\n", None, "no column for a name, email or phone"),
        ("姓名,单位\n李娜,上海生物\n".encode("gb18030"), "utf-8", "cannot be read as utf-8"),
        (b"PK\x03\x04" + bytes(100), None, "a zip archive or an Excel .xlsx workbook"),
        (bytes(range(1, 32)) * 40, None, "does not contain text"),
        (b"Name,Email\n", None, "column headings but no rows"),
    ],
    ids=["empty", "missing-columns", "wrong-encoding", "spreadsheet", "binary", "header-only"],
)
def test_a_file_that_cannot_be_read(
    services: Services,
    write_file: Callable[..., Path],
    content: bytes,
    encoding: str | None,
    message: str,
) -> None:
    path = write_file("contacts.csv", content)
    with pytest.raises(ImportFileError, match=message):
        services.importing.read(path, encoding=encoding)


def test_a_file_over_the_limit_is_refused_before_it_is_read(
    services: Services, tmp_path: Path
) -> None:
    path = tmp_path / "huge.csv"
    with path.open("wb") as handle:  # a sparse 50 MB file: nothing is read to refuse it
        handle.write(b"Name,Email\n")
        handle.truncate(50 * 1024 * 1024)
    assert path.stat().st_size > MAX_IMPORT_BYTES
    with pytest.raises(ImportFileError) as caught:
        services.importing.read(path)
    assert caught.value.message == (
        "The file is 50 MB; files over 40 MB cannot be imported. Split it into smaller files."
    )


def test_a_database_failure_part_way_aborts_everything(
    services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = bulk_write.BulkInserter.insert

    def failing(
        self: bulk_write.BulkInserter, cls: type, rows: list[dict[str, object]]
    ) -> list[int]:
        if cls is ContactEmail:
            raise OperationalError(
                "INSERT", {}, Exception("disk I/O error: database or disk is full")
            )
        return real(self, cls, rows)  # type: ignore[arg-type]

    monkeypatch.setattr(bulk_write.BulkInserter, "insert", failing)
    parsed = services.importing.read(SAMPLES / "google_contacts.csv")
    with pytest.raises(StorageError, match="The disk is full, so nothing was saved"):
        services.importing.run(parsed, source="google_contacts.csv")
    assert _nothing_written(services)


def test_cancelling_from_the_progress_callback_saves_nothing(services: Services) -> None:
    class Stop(Exception):
        pass

    def progress(done: int, total: int, message: str) -> None:
        if message == "Saving contacts":
            raise Stop

    parsed = services.importing.read(SAMPLES / "outlook_desktop_utf16.csv")
    with pytest.raises(Stop):
        services.importing.run(parsed, source="x.csv", progress=progress)
    assert _nothing_written(services)


def test_the_portable_insert_path_gives_the_same_result(
    services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(bulk_write, "driver_level", lambda _connection: False)
    summary = services.importing.run(
        services.importing.read(SAMPLES / "google_contacts.csv"), source="g.csv"
    )
    assert summary.describe() == "3 created, 0 merged, 0 skipped, 1 rejected"
    assert summary.batch_id is not None
    li = next(r for r in services.contacts.rows() if r.family_name == "Li")
    assert li.emails == ("na.li@shbiopharma.cn", "lina1987@163.com")
    services.journal.revert(summary.batch_id, "Undo")
    assert services.contacts.count() == 0
