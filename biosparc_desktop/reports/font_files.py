"""Finding font files reportlab can embed: a CJK TrueType font and a Latin one.

reportlab embeds only TrueType outlines (``glyf``). Many CJK fonts are CFF-based
(Noto Sans CJK, Source Han), so every candidate is actually loaded and checked
for Chinese glyphs; the first that passes is used. No fontconfig: the search
walks the folders where Windows, macOS and Linux keep their fonts.
"""

from __future__ import annotations

import hashlib
import logging
import os
import re
import struct
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from reportlab.pdfbase.ttfonts import TTFError, TTFont, TTFontFile

log = logging.getLogger(__name__)

# A path (optionally "PATH#INDEX" for a collection) that overrides the search.
FONT_ENV_VAR = "BIOSPARC_PDF_FONT"
# Characters a Simplified Chinese font must have to be used for a pack.
PROBE = "中文合作协议联系人"
# Name fragments of the Simplified Chinese face in a collection.
_PREFERRED = ("SC", "GB", "YaHei", "Sim", "Hei")
_LOAD_ERRORS = (TTFError, OSError, ValueError, IndexError, KeyError, struct.error)


@dataclass(frozen=True)
class FontFile:
    """One face of a font file; ``index`` picks the face inside a .ttc collection."""

    path: Path
    index: int | None = None  # None: search the collection for a Simplified Chinese face


@dataclass(frozen=True)
class LoadedFace:
    font: TTFont
    source: FontFile


def _windows_dirs() -> list[Path]:
    windir = Path(os.environ.get("WINDIR", r"C:\Windows"))
    local = os.environ.get("LOCALAPPDATA")
    dirs = [windir / "Fonts"]
    if local:
        dirs.append(Path(local) / "Microsoft" / "Windows" / "Fonts")
    return dirs


def _mac_dirs() -> list[Path]:
    return [
        Path("/System/Library/Fonts"),
        Path("/System/Library/Fonts/Supplemental"),
        Path("/Library/Fonts"),
        Path.home() / "Library" / "Fonts",
    ]


def _linux_dirs() -> list[Path]:
    data_home = Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")
    return [
        Path("/usr/share/fonts"),
        Path("/usr/local/share/fonts"),
        data_home / "fonts",
        Path.home() / ".fonts",
    ]


# Known CJK faces, best first: regular and (when the family has one) bold.
_CJK_KNOWN: tuple[tuple[str, str | None], ...] = (
    ("msyh.ttc", "msyhbd.ttc"),  # Microsoft YaHei (Windows)
    ("msyh.ttf", "msyhbd.ttf"),
    ("PingFang.ttc", None),  # macOS; bold is another face of the same file
    ("Hiragino Sans GB.ttc", None),
    ("STHeiti Light.ttc", "STHeiti Medium.ttc"),
    ("Arial Unicode.ttf", None),
    ("wqy-microhei.ttc", None),
    ("wqy-zenhei.ttc", None),
    ("simhei.ttf", None),
    ("simsun.ttc", None),
    ("uming.ttc", None),
    ("ukai.ttc", None),
    ("DroidSansFallbackFull.ttf", None),
    ("DroidSansFallback.ttf", None),
)
# File names worth trying when none of the known ones is found.
_CJK_HINT = re.compile(r"cjk|sc[-_. ]|sc$|gb|hei|song|ming|kai|wqy|han|chinese|fallback|unicode")
_FONT_SUFFIXES = {".ttf", ".ttc", ".otf"}

_LATIN_KNOWN: tuple[tuple[str, str], ...] = (
    ("arial.ttf", "arialbd.ttf"),
    ("Arial.ttf", "Arial Bold.ttf"),
    ("LiberationSans-Regular.ttf", "LiberationSans-Bold.ttf"),
    # Condensed: close to Arial's widths, so dates and amounts fit their table columns.
    ("DejaVuSansCondensed.ttf", "DejaVuSansCondensed-Bold.ttf"),
    ("NotoSans-Regular.ttf", "NotoSans-Bold.ttf"),
    ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf"),
)


def font_dirs() -> list[Path]:
    if sys.platform.startswith("win"):
        return _windows_dirs()
    if sys.platform == "darwin":
        return _mac_dirs()
    return _linux_dirs()


def _walk(dirs: Iterable[Path]) -> Iterator[Path]:
    for folder in dirs:
        if not folder.is_dir():
            continue
        try:
            for root, _subdirs, files in os.walk(folder):
                for name in sorted(files):
                    if Path(name).suffix.lower() in _FONT_SUFFIXES:
                        yield Path(root) / name
        except OSError as exc:  # an unreadable folder is skipped, not fatal
            log.debug("Skipping font folder %s: %s", folder, exc)


def _index_files(dirs: Iterable[Path]) -> dict[str, Path]:
    """Every font file under the folders, by lower-case file name (first one wins)."""
    found: dict[str, Path] = {}
    for path in _walk(dirs):
        found.setdefault(path.name.lower(), path)
    return found


def _subfont_count(path: Path) -> int:
    """Faces in a .ttc collection (1 for a plain font file)."""
    try:
        with path.open("rb") as handle:
            header = handle.read(12)
    except OSError:
        return 0
    if len(header) == 12 and header[:4] == b"ttcf":
        return int(struct.unpack(">L", header[8:12])[0])
    return 1


def _has_glyphs(font: TTFont, text: str) -> bool:
    covered = font.face.charToGlyph
    return all(ord(char) in covered for char in text)


def _ps_name(raw: object) -> str:
    return str(getattr(raw, "ustr", raw))


def _face_names(path: Path) -> list[tuple[int, str]]:
    """(index, PostScript name) of each face reportlab can read, without loading glyphs."""
    names: list[tuple[int, str]] = []
    for index in range(min(_subfont_count(path), 16)):
        try:
            names.append(
                (index, _ps_name(TTFontFile(str(path), charInfo=0, subfontIndex=index).name))
            )
        except _LOAD_ERRORS as exc:  # CFF outlines or a damaged face
            log.debug("Cannot use %s#%s: %s", path, index, exc)
    return names


def _load_face(path: Path, index: int, prefix: str, probe: str) -> LoadedFace | None:
    # The path's hash keeps two files with the same name apart in reportlab's registry.
    tag = hashlib.sha1(str(path).encode()).hexdigest()[:8]
    name = f"{prefix}-{path.stem}-{index}-{tag}".replace(" ", "")
    try:
        font = TTFont(name, str(path), subfontIndex=index)
    except _LOAD_ERRORS as exc:
        log.debug("Cannot use %s#%s: %s", path, index, exc)
        return None
    if probe and not _has_glyphs(font, probe):
        return None
    return LoadedFace(font, FontFile(path, index))


def _load(source: FontFile, prefix: str, probe: str) -> LoadedFace | None:
    """The face if reportlab can embed it and it has the probe characters.

    In a collection, the Simplified Chinese face (PingFang SC, YaHei...) is tried first.
    """
    if source.index is not None:
        return _load_face(source.path, source.index, prefix, probe)
    faces = _face_names(source.path)
    faces.sort(key=lambda face: not any(tag in face[1] for tag in _PREFERRED))
    for index, _name in faces:
        face = _load_face(source.path, index, prefix, probe)
        if face is not None:
            return face
    return None


def _bold_face(regular: LoadedFace, bold_file: Path | None, prefix: str) -> LoadedFace | None:
    probe = PROBE if prefix == "CJK" else ""
    if bold_file is not None:
        return _load(FontFile(bold_file), f"{prefix}Bold", probe)
    # A collection such as PingFang.ttc keeps its heavier weights as other faces.
    family = _ps_name(regular.font.face.name).split("-")[0]
    for index, name in _face_names(regular.source.path):
        heavier = any(weight in name for weight in ("Semibold", "Medium", "Bold"))
        if index != regular.source.index and name.split("-")[0] == family and heavier:
            return _load_face(regular.source.path, index, f"{prefix}Bold", probe)
    return None


def _override() -> FontFile | None:
    raw = os.environ.get(FONT_ENV_VAR, "").strip()
    if not raw:
        return None
    path_text, _, index_text = raw.partition("#")
    index = int(index_text) if index_text.isdigit() else None
    return FontFile(Path(path_text).expanduser(), index)


def find_cjk_faces(
    dirs: Iterable[Path] | None = None,
) -> tuple[LoadedFace, LoadedFace | None] | None:
    """The first embeddable CJK face found (and its bold, if any), else ``None``."""
    override = _override()
    if override is not None:
        face = _load(override, "CJK", PROBE)
        if face is not None:
            return face, None
        log.warning("%s=%s has no usable Chinese TrueType face", FONT_ENV_VAR, override.path)
    files = _index_files(font_dirs() if dirs is None else dirs)
    for regular_name, bold_name in _CJK_KNOWN:
        path = files.get(regular_name.lower())
        if path is None:
            continue
        face = _load(FontFile(path), "CJK", PROBE)
        if face is not None:
            bold_path = files.get(bold_name.lower()) if bold_name else None
            return face, _bold_face(face, bold_path, "CJK")
    known = {name.lower() for pair in _CJK_KNOWN for name in pair if name}
    for lower, path in files.items():
        if lower in known or not _CJK_HINT.search(Path(lower).stem):
            continue
        face = _load(FontFile(path), "CJK", PROBE)
        if face is not None:
            return face, None
    return None


def find_latin_faces(dirs: Iterable[Path] | None = None) -> tuple[LoadedFace, LoadedFace] | None:
    """A Latin sans-serif with its bold (Arial, Liberation Sans, Noto Sans, DejaVu Sans)."""
    files = _index_files(font_dirs() if dirs is None else dirs)
    for regular_name, bold_name in _LATIN_KNOWN:
        regular_path = files.get(regular_name.lower())
        bold_path = files.get(bold_name.lower())
        if regular_path is None or bold_path is None:
            continue
        regular = _load(FontFile(regular_path), "Latin", "")
        bold = _load(FontFile(bold_path), "LatinBold", "")
        if regular is not None and bold is not None:
            return regular, bold
    return None
