"""How a person's name is shown, in either order, and its pinyin."""

from __future__ import annotations

import re

from biosparc_desktop.domain.enums import NameOrder

_HAN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")


def has_han(text: str | None) -> bool:
    return bool(text and _HAN.search(text))


def to_pinyin(text: str | None) -> str | None:
    """Toneless, space-separated pinyin: 张伟 → "zhang wei"."""
    if not has_han(text):
        return None
    assert text is not None
    # Imported on first use: pypinyin's dictionaries cost 0.2 s at start-up.
    from pypinyin import Style, lazy_pinyin

    syllables = [s.strip() for s in lazy_pinyin(text, style=Style.NORMAL, errors="ignore")]
    joined = " ".join(s for s in syllables if s)
    return joined.lower() or None


def is_chinese(text: str | None) -> bool:
    """Chinese characters without Latin letters: "信达生物", not "信达 Bio"."""
    return has_han(text) and not any(ch.isascii() and ch.isalpha() for ch in text or "")


def organisation_pinyin(name: str | None, name_zh: str | None) -> str | None:
    """The pinyin a partner sorts by: its Chinese name's, or its name's when the
    name itself is Chinese (a partner known only as 信达生物)."""
    return to_pinyin(name_zh) or (to_pinyin(name) if is_chinese(name) else None)


def display_name(
    given: str | None, family: str | None, name_zh: str | None, order: NameOrder
) -> str:
    """The name as the person writes it, with the Chinese name after it when both exist."""
    parts = [family, given] if order is NameOrder.FAMILY_FIRST else [given, family]
    latin = " ".join(p for p in parts if p)
    if latin and name_zh:
        return f"{latin} ({name_zh})"
    return latin or name_zh or ""


def default_order(given: str | None, family: str | None, name_zh: str | None) -> NameOrder:
    """Family name first when the person has a Chinese name."""
    return NameOrder.FAMILY_FIRST if has_han(name_zh) or has_han(family) else NameOrder.GIVEN_FIRST
