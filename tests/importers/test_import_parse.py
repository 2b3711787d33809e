"""The entry point: whole-file failures, size limits, forced formats and speed."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest

from biosparc_desktop.errors import ValidationError
from biosparc_desktop.importers import (
    ImportFileError,
    parse_contacts,
    parse_contacts_bytes,
)

from .conftest import DATA


def test_import_file_error_is_a_user_error() -> None:
    error = ImportFileError("The file is empty.")
    assert isinstance(error, ValidationError)
    assert (error.message, str(error), error.field) == (
        "The file is empty.",
        "The file is empty.",
        "file",
    )


@pytest.mark.parametrize(
    "data",
    [b"", b"   \r\n\r\n", b"\xef\xbb\xbf", b"\xff\xfe", b"\xff\xfe \x00\n\x00"],
    ids=["zero-bytes", "blank-lines", "utf8-bom-only", "utf16-bom-only", "utf16-blank"],
)
def test_empty_file(data: bytes) -> None:
    with pytest.raises(ImportFileError, match=r"^The file is empty\.$"):
        parse_contacts_bytes(data)


def test_png_renamed_to_csv(tmp_path: Path) -> None:
    path = tmp_path / "contacts.csv"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00" + bytes(200))
    with pytest.raises(ImportFileError, match=r"^The file is a PNG image, not a contact list\.$"):
        parse_contacts(path)


def test_file_over_the_size_limit_is_refused_before_reading(tmp_path: Path) -> None:
    path = tmp_path / "big.csv"
    path.write_bytes(b"Name\n" + b"Ada\n" * 1000)  # 4005 bytes
    with pytest.raises(ImportFileError) as caught:
        parse_contacts(path, max_bytes=2048)
    assert caught.value.message == (
        "The file is 3.9 KB; files over 2 KB cannot be imported. Split it into smaller files."
    )


def test_bytes_over_the_size_limit_are_refused() -> None:
    with pytest.raises(ImportFileError, match="files over 10 bytes cannot be imported"):
        parse_contacts_bytes(b"Name\nAda Lovelace\n", max_bytes=10)


def test_default_limit_is_60_mb(tmp_path: Path) -> None:
    path = tmp_path / "sparse.csv"
    with path.open("wb") as handle:  # a sparse file: no 60 MB written to disk
        handle.truncate(60 * 1024 * 1024 + 1)
    with pytest.raises(ImportFileError, match="files over 60 MB cannot be imported"):
        parse_contacts(path)


def test_missing_file_and_folder(tmp_path: Path) -> None:
    with pytest.raises(ImportFileError, match=r"“nope\.vcf” does not exist"):
        parse_contacts(tmp_path / "nope.vcf")
    with pytest.raises(ImportFileError, match="is a folder, not a file"):
        parse_contacts(tmp_path)


def test_truncated_utf8_is_read_and_reported() -> None:
    data = "Name,Email\nAda,ada@example.com\n张伟,".encode()[:-2]
    result = parse_contacts_bytes(data)
    assert result.problems[-1].message == (
        "Line 3: the file ends part-way through a character; it may be cut short."
    )


def test_forcing_vcard_on_a_csv_file_is_a_file_error() -> None:
    with pytest.raises(ImportFileError, match="no BEGIN:VCARD"):
        parse_contacts(DATA / "generic_quoted.csv", format="vcard")


def test_unknown_format_is_a_programming_error() -> None:
    with pytest.raises(ValueError, match="unknown contact file format 'xlsx'"):
        parse_contacts_bytes(b"Name\nAda\n", format="xlsx")


def test_forced_encoding_reaches_the_reader() -> None:
    data = "姓名,電話\r\n張偉,0912 345 678\r\n".encode("big5")
    result = parse_contacts_bytes(data, encoding="big5")
    assert (result.encoding, result.contacts[0].name_zh) == ("big5", "張偉")


def test_hundred_thousand_rows_all_parse_with_spreadsheet_rows() -> None:
    # Speed is measured in bench/, never asserted here.
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(["Name", "Email", "Phone", "Company", "Title", "Notes", "Tags"])
    for i in range(100_000):
        name = f"Person{i} Example" if i % 3 else "张伟"
        notes = "first line\nsecond, line" if i % 10 == 0 else ""
        writer.writerow(
            [name, f"p{i}@example.com", f"+1 555 {i:07d}", "Acme, Inc.", "CEO", notes, "a;b"]
        )
    data = out.getvalue().encode()
    result = parse_contacts_bytes(data)
    assert len(result.contacts) == 100_000
    assert result.problems == []
    assert result.contacts[-1].source_line == 100_001  # the spreadsheet's row, not the line
