"""Guess how a contact file's bytes are encoded and decode them.

Order matters: byte-order marks first, then BOM-less UTF-16 (spotted by its NUL
bytes), then strict UTF-8, then GB18030 when the bytes look like Chinese, and only
then the Western single-byte code pages, which accept almost anything.
"""

from __future__ import annotations

import codecs
import re

from biosparc_desktop.domain.sentences import translatable
from biosparc_desktop.importers.records import ImportFileError

_SAMPLE = 4096
# Two-byte GB2312 characters: both bytes in 0xA1..0xFE. Accented Latin-1 letters are
# mostly followed by ASCII, so they rarely form such pairs.
_GB_PAIR = re.compile(rb"[\xa1-\xf7][\xa1-\xfe]")
_HIGH_BYTE = re.compile(rb"[\x80-\xff]")
# Control characters that never appear in a text export (tab, LF, CR, FF are fine).
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1a\x1c-\x1f]")


def decode_bytes(data: bytes, encoding: str | None = None) -> tuple[str, str]:
    """The file's text and the name of the encoding used to read it.

    ``encoding`` forces a codec (the user picked one); otherwise it is detected.
    Raises :class:`ImportFileError` for binary files and unusable encodings.
    """
    if encoding is not None:
        return _decode_forced(data, encoding), encoding
    _refuse_known_binary(data)
    text, name = _detect(data)
    if _looks_binary(text):
        raise ImportFileError(
            "The file does not contain text; it may be damaged or not a contact list."
        )
    return text.replace("\x00", ""), name


def guess_text(data: bytes) -> str:
    """Best-effort text of a small byte string (a quoted-printable vCard value)."""
    for name in ("utf-8", "gb18030", "cp1252"):
        if name == "gb18030" and not _looks_chinese(data):
            continue
        try:
            return data.decode(name)
        except UnicodeDecodeError:
            continue
    return data.decode("latin-1")


def _decode_forced(data: bytes, encoding: str) -> str:
    try:
        codec = codecs.lookup(encoding)
    except LookupError:
        raise ImportFileError.of(
            "“{encoding}” is not a text encoding this program knows.", encoding=encoding
        ) from None
    try:
        text = data.decode(codec.name)
    except UnicodeDecodeError as exc:
        raise ImportFileError.of(
            "The file cannot be read as {encoding}: byte {byte} does not fit."
            " Try another encoding.",
            encoding=encoding,
            byte=exc.start + 1,
        ) from None
    return text.removeprefix("\ufeff")


def _detect(data: bytes) -> tuple[str, str]:
    if data.startswith(codecs.BOM_UTF8):
        return _strict(data[3:], "utf-8"), "utf-8-sig"
    if data.startswith(codecs.BOM_UTF16_LE):
        return _strict(data[2:], "utf-16-le"), "utf-16-le"
    if data.startswith(codecs.BOM_UTF16_BE):
        return _strict(data[2:], "utf-16-be"), "utf-16-be"
    sample = data[:_SAMPLE]
    if b"\x00" in sample:
        utf16 = _bomless_utf16(sample)
        if utf16 is None:
            raise ImportFileError(
                "The file is not a text file (it contains binary data), so no contacts"
                " can be read from it."
            )
        return _strict(data, utf16), utf16
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as exc:
        if exc.reason == "unexpected end of data" and exc.start >= len(data) - 3:
            # Cut off part-way through a character: keep the text, mark the damage.
            return data.decode("utf-8", errors="replace"), "utf-8"
    if _looks_chinese(data):
        try:
            return data.decode("gb18030"), "gb18030"
        except UnicodeDecodeError:
            pass
    try:
        return data.decode("cp1252"), "cp1252"
    except UnicodeDecodeError:
        return data.decode("latin-1"), "latin-1"


def _strict(data: bytes, encoding: str) -> str:
    if encoding.startswith("utf-16") and len(data) % 2:
        data = data[:-1]  # a truncated UTF-16 file: drop the half character
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise ImportFileError.of(
            "The file looks like {encoding} text but is damaged near byte {byte};"
            " it cannot be read.",
            encoding=encoding.upper(),
            byte=exc.start + 1,
        ) from None


def _bomless_utf16(sample: bytes) -> str | None:
    """UTF-16 without a byte-order mark: ASCII characters leave a NUL in every pair."""
    pairs = len(sample) // 2
    if pairs < 2:
        return None
    even = sample[0 : pairs * 2 : 2].count(0)
    odd = sample[1 : pairs * 2 : 2].count(0)
    if odd >= pairs * 0.2 and even <= pairs * 0.02:
        return "utf-16-le"
    if even >= pairs * 0.2 and odd <= pairs * 0.02:
        return "utf-16-be"
    return None


def _looks_chinese(data: bytes) -> bool:
    high = len(_HIGH_BYTE.findall(data))
    return high > 0 and 2 * len(_GB_PAIR.findall(data)) >= 0.8 * high


def _looks_binary(text: str) -> bool:
    sample = text[:_SAMPLE]
    return len(_CONTROL.findall(sample)) > max(2, len(sample) // 100)


_SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (
        b"PK\x03\x04",
        translatable(
            "The file is a zip archive or an Excel .xlsx workbook, not a contact list:"
            " open it and save it as CSV (UTF-8) first."
        ),
    ),
    (
        b"\xd0\xcf\x11\xe0",
        translatable(
            "The file is an Excel .xls workbook or other Office file, not a contact list:"
            " open it and save it as CSV (UTF-8) first."
        ),
    ),
    (b"%PDF", translatable("The file is a PDF document, not a contact list.")),
    (b"\x89PNG", translatable("The file is a PNG image, not a contact list.")),
    (b"\xff\xd8\xff", translatable("The file is a JPEG image, not a contact list.")),
    (b"GIF8", translatable("The file is a GIF image, not a contact list.")),
)


def _refuse_known_binary(data: bytes) -> None:
    for magic, sentence in _SIGNATURES:
        if data.startswith(magic):
            raise ImportFileError(sentence)
