"""Reading packs back: text per page, outline, fonts, and rasterising with pdftoppm."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader


def page_texts(path: Path) -> list[str]:
    return [page.extract_text() or "" for page in PdfReader(path).pages]


def squash(text: str) -> str:
    """Text without any whitespace: extraction splits lines where the layout wraps."""
    return "".join(text.split())


def body_texts(path: Path, *, top: float, bottom: float) -> list[str]:
    """Each page's text between the header and the footer (``top`` and ``bottom`` margins)."""
    return [_text_between(page, bottom, float(page.mediabox.height) - top)
            for page in PdfReader(path).pages]  # fmt: skip


def _text_between(page: Any, low: float, high: float) -> str:
    pieces: list[str] = []

    def keep(text: str, cm: list[float], tm: list[float], *_: Any) -> None:
        y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]  # the baseline on the page
        if low < y < high:
            pieces.append(text)

    page.extract_text(visitor_text=keep)
    return "".join(pieces)


@dataclass(frozen=True)
class Placed:
    """A piece of text as printed: its size in points (after any scaling) and baseline."""

    text: str
    size: float
    y: float


def placed_text(path: Path, page: int) -> list[Placed]:
    """The text pieces of one page (0-based), with their printed size and height."""
    found: list[Placed] = []

    def keep(text: str, cm: list[float], tm: list[float], _font: Any, size: float) -> None:
        if not text.strip():
            return
        # The text matrix times the graphics matrix: its vertical scale shrinks the font.
        c, d = tm[2] * cm[0] + tm[3] * cm[2], tm[2] * cm[1] + tm[3] * cm[3]
        y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
        found.append(Placed(text, float(size) * (c * c + d * d) ** 0.5, y))

    PdfReader(path).pages[page].extract_text(visitor_text=keep)
    return found


def pages_holding(text: str, pages: list[str]) -> list[int]:
    """The pages (0-based) over which ``text`` runs, in order; fails if any of it is missing.

    Each page must hold one unbroken part of it, the parts following each other; what
    lies between the parts (headers, table cells) does not matter. Whitespace is ignored.
    """
    rest, used = squash(text), []
    for number, page in enumerate(squash(p) for p in pages):
        low, high = 0, len(rest)  # the longest prefix of ``rest`` on this page
        while low < high:
            middle = (low + high + 1) // 2
            if rest[:middle] in page:
                low = middle
            else:
                high = middle - 1
        if low >= min(len(rest), 20):  # a few letters may match anywhere
            used.append(number)
            rest = rest[low:]
        if not rest:
            return used
    raise AssertionError(f"{len(rest)} characters missing, from: {rest[:80]!r}")


def outline(path: Path) -> list[tuple[int, str, int]]:
    """(level, title, 1-based page) of every bookmark, in order."""
    reader = PdfReader(path)
    found: list[tuple[int, str, int]] = []

    def walk(items: list[Any], level: int) -> None:
        for item in items:
            if isinstance(item, list):
                walk(item, level + 1)
            else:
                found.append((level, str(item.title), reader.get_destination_page_number(item) + 1))

    walk(reader.outline, 0)
    return found


def _fonts(reader: PdfReader) -> list[Any]:
    fonts: dict[int, Any] = {}
    for page in reader.pages:
        resources = page.get("/Resources")
        if resources is None:
            continue
        for ref in resources.get_object().get("/Font", {}).values():
            fonts[id(ref.get_object())] = ref.get_object()
    return list(fonts.values())


def _all_fonts(resources: Any, found: dict[int, Any]) -> None:
    """Fonts of a resource dictionary and of the forms (XObjects) it holds."""
    for ref in resources.get("/Font", {}).values():
        found[id(ref.get_object())] = ref.get_object()
    for ref in resources.get("/XObject", {}).values():
        inner = ref.get_object().get("/Resources")
        if inner is not None:
            _all_fonts(inner.get_object(), found)


def unembedded_fonts(path: Path) -> list[str]:
    """Base names of the fonts a PDF uses without embedding them (no FontFile, 2 or 3)."""
    found: dict[int, Any] = {}
    for page in PdfReader(path).pages:
        resources = page.get("/Resources")
        if resources is not None:
            _all_fonts(resources.get_object(), found)
    missing = []
    for font in found.values():
        descriptor = font.get("/FontDescriptor")
        if descriptor is None and "/DescendantFonts" in font:  # a Type0 font
            descriptor = font["/DescendantFonts"][0].get_object().get("/FontDescriptor")
        files = {"/FontFile", "/FontFile2", "/FontFile3"}
        if descriptor is None or not files & set(descriptor.get_object()):
            missing.append(str(font.get("/BaseFont", "?")))
    return sorted(missing)


_HEX = re.compile(r"<([0-9A-Fa-f]+)>")


def _mapped_chars(cmap_text: str) -> str:
    """The Unicode text a ToUnicode CMap maps to (its bfchar and bfrange targets)."""
    chars: list[str] = []
    for block in re.findall(r"beginbfchar(.*?)endbfchar", cmap_text, re.S):
        values = _HEX.findall(block)
        chars += [bytes.fromhex(v).decode("utf-16-be", "replace") for v in values[1::2]]
    for block in re.findall(r"beginbfrange(.*?)endbfrange", cmap_text, re.S):
        values = _HEX.findall(block)
        chars += [bytes.fromhex(v).decode("utf-16-be", "replace") for v in values[2::3]]
    return "".join(chars)


def _has_cjk_mapping(font: Any) -> bool:
    cmap = font.get("/ToUnicode")
    if cmap is None:
        return False
    text = _mapped_chars(cmap.get_object().get_data().decode("latin-1"))
    return any("\u4e00" <= char <= "\u9fff" for char in text)


def cjk_fonts(path: Path) -> dict[str, list[str]]:
    """Fonts that can show Chinese: embedded TrueType ones (with their CJK glyphs mapped)
    and the CID fallback, by base font name."""
    result: dict[str, list[str]] = {"embedded": [], "cid": []}
    for font in _fonts(PdfReader(path)):
        name = str(font.get("/BaseFont", ""))
        if font.get("/Subtype") == "/Type0" and "STSong-Light" in name:
            result["cid"].append(name)
            continue
        descriptor = font.get("/FontDescriptor")
        embedded = descriptor is not None and "/FontFile2" in descriptor.get_object()
        if embedded and _has_cjk_mapping(font):
            result["embedded"].append(name)
    return result


def pdftoppm() -> str:
    """The pdftoppm program; skipped when missing, but a failure on CI, which installs it."""
    found = shutil.which("pdftoppm")
    if found:
        return found
    if os.environ.get("CI") == "true":
        pytest.fail("pdftoppm is missing on CI; install poppler-utils")
    pytest.skip("pdftoppm (poppler-utils) is not installed")


def rasterise(pdf: Path, folder: Path, *, dpi: int = 30) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    subprocess.run(
        [pdftoppm(), "-png", "-r", str(dpi), str(pdf), str(folder / "page")],
        check=True,
        capture_output=True,
        timeout=120,
    )
    return sorted(folder.glob("page-*.png"))
