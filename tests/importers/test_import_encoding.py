"""Encoding detection on the byte patterns real exporters produce."""

from __future__ import annotations

import codecs

import pytest

from biosparc_desktop.importers.encoding import decode_bytes, guess_text
from biosparc_desktop.importers.records import ImportFileError

CHINESE = "姓名,邮箱,手机\r\n张伟,zhang.wei@example.cn,138 0013 8000\r\n李娜,li.na@example.cn,\r\n"
WESTERN = "Name,Company\r\nZoë Müller,Zürich Biotech AG\r\nFrançois Dubois,Genopole Évry\r\n"


@pytest.mark.parametrize(
    ("data", "text", "encoding"),
    [
        pytest.param(CHINESE.encode("utf-8"), CHINESE, "utf-8", id="utf-8"),
        pytest.param(codecs.BOM_UTF8 + CHINESE.encode(), CHINESE, "utf-8-sig", id="utf-8-bom"),
        pytest.param(
            codecs.BOM_UTF16_LE + CHINESE.encode("utf-16-le"), CHINESE, "utf-16-le", id="utf-16-le"
        ),
        pytest.param(
            codecs.BOM_UTF16_BE + CHINESE.encode("utf-16-be"), CHINESE, "utf-16-be", id="utf-16-be"
        ),
        pytest.param(WESTERN.encode("utf-16-le"), WESTERN, "utf-16-le", id="utf-16-le-no-bom"),
        pytest.param(WESTERN.encode("utf-16-be"), WESTERN, "utf-16-be", id="utf-16-be-no-bom"),
        pytest.param(CHINESE.encode("gb18030"), CHINESE, "gb18030", id="gb18030"),
        # "Müller" in cp1252 is FC 6C, which is also a valid GBK pair: must not become Chinese.
        pytest.param(WESTERN.encode("cp1252"), WESTERN, "cp1252", id="cp1252-not-gbk"),
        pytest.param(b"Name\nA\x81B\n", "Name\nA\x81B\n", "latin-1", id="latin-1-last-resort"),
        pytest.param(b"Name,Email\nAda,ada@example.com\n", None, "utf-8", id="ascii"),
    ],
)
def test_detects_encoding(data: bytes, text: str | None, encoding: str) -> None:
    decoded, used = decode_bytes(data)
    assert used == encoding
    assert decoded == (text if text is not None else data.decode("ascii"))


def test_gb18030_with_rarer_gbk_characters_is_still_chinese() -> None:
    # 喆 and 堃 are outside GB2312 (trail byte below 0xA1), common in given names.
    text = "姓名,单位\r\n王喆,北京协和生物\r\n李堃,上海联合生物医药科技有限公司\r\n"
    assert decode_bytes(text.encode("gb18030")) == (text, "gb18030")


def test_forced_encoding_is_used_as_given() -> None:
    # Big5 (Taiwan, Hong Kong) is not detected; the user can pick it.
    text = "姓名,公司\r\n張偉,台北生技\r\n"
    assert decode_bytes(text.encode("big5"))[0] != text
    assert decode_bytes(text.encode("big5"), "big5") == (text, "big5")


def test_unknown_forced_encoding_is_a_file_error() -> None:
    with pytest.raises(ImportFileError, match="“klingon-8” is not a text encoding"):
        decode_bytes(b"Name\n", "klingon-8")


def test_forced_encoding_that_does_not_fit_names_the_byte() -> None:
    with pytest.raises(ImportFileError, match="byte 6 does not fit"):
        decode_bytes(b"Name\n\xff", "utf-8")


@pytest.mark.parametrize(
    ("data", "words"),
    [
        pytest.param(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", "PNG image", id="png"),
        pytest.param(b"PK\x03\x04\x14\x00\x06\x00", "Excel .xlsx", id="xlsx"),
        pytest.param(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "Excel .xls", id="xls"),
        pytest.param(b"%PDF-1.7\n%\xe2\xe3", "PDF", id="pdf"),
        pytest.param(bytes(range(256)) * 4, "binary data", id="random-bytes"),
        pytest.param(
            b"\x01\x02\x03\x04abc\x05\x06\x07\x08" * 20, "does not contain text", id="ctl"
        ),
    ],
)
def test_binary_files_are_refused(data: bytes, words: str) -> None:
    with pytest.raises(ImportFileError, match=words):
        decode_bytes(data)


def test_utf8_cut_inside_a_character_keeps_the_text() -> None:
    data = "Name\n张伟\n".encode()[:-2]  # ends in the middle of 伟
    text, used = decode_bytes(data)
    assert used == "utf-8"
    assert text == "Name\n张\ufffd"


def test_truncated_utf16_drops_the_half_character() -> None:
    data = codecs.BOM_UTF16_LE + "Name\nAda\n".encode("utf-16-le")[:-1]
    assert decode_bytes(data) == ("Name\nAda", "utf-16-le")


def test_damaged_utf16_says_so() -> None:
    data = codecs.BOM_UTF16_LE + "Name".encode("utf-16-le") + b"\x00\xdc"  # lone low surrogate
    with pytest.raises(ImportFileError, match="UTF-16-LE text but is damaged"):
        decode_bytes(data)


@pytest.mark.parametrize(
    ("data", "text"),
    [
        ("München".encode(), "München"),
        ("张伟".encode("gb18030"), "张伟"),
        ("München".encode("cp1252"), "München"),
    ],
)
def test_guess_text_for_quoted_printable_bytes(data: bytes, text: str) -> None:
    assert guess_text(data) == text
