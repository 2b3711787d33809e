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
