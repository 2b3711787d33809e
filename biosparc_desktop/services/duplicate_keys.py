"""What makes two records "the same": the keys imports and Find duplicates compare.

Contacts match on an email address, a phone number, or the same name at the same
organisation (Chinese names compared without spaces, Latin names in any order and
case). Organisations match on their name with legal suffixes removed, their
Chinese name, a short name equal to the other's name, or the same website.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Hashable
from urllib.parse import urlsplit

from biosparc_desktop.domain.rules.names import has_han
from biosparc_desktop.domain.sentences import Sentence

_NOT_WORD = re.compile(r"[\W_]+")
# Legal forms that do not tell two organisations apart.
_LEGAL_TEXT = (
    "ltd limited inc incorporated corp corporation co company llc plc pte pty gmbh ag sa"
    " sas srl spa bv nv kk ab as oy sl group holdings"
)
_LEGAL_WORDS = frozenset(_LEGAL_TEXT.split())
_LEGAL_ZH = ("股份有限公司", "有限责任公司", "有限公司", "集团", "公司")


def fold(text: str) -> str:
    """NFKC, case-folded, spaces collapsed: "Ａｄａ  LOVELACE" → "ada lovelace"."""
    # ASCII needs neither normalisation nor full case folding (and is most text).
    folded = text.lower() if text.isascii() else unicodedata.normalize("NFKC", text).casefold()
    return " ".join(folded.split())


# The "organisation" of people without one: two people of the same name and no
# organisation (and nothing else to tell them apart) are likely the same.
NO_ORGANISATION = "(no organisation)"


def name_reason(key: tuple[str, str, Hashable]) -> Sentence:
    if key[2] == NO_ORGANISATION:
        return Sentence.of("same name, and neither has an organisation")
    return Sentence.of("same name at the same organisation")


def email_key(address: str) -> str:
    return fold(address)


def person_name_keys(
    given: str | None,
    family: str | None,
    name_zh: str | None,
    organisation: Hashable | None,
    pinyin: str | None = None,
) -> list[tuple[str, str, Hashable]]:
    """Keys for "same name at the same organisation" (people without one share
    :data:`NO_ORGANISATION`). A Chinese name also gives a key from its pinyin, so 张伟
    meets "Wei Zhang"."""
    return list(person_keys(given, family, name_zh, organisation, pinyin)[0])


def person_keys(
    given: str | None,
    family: str | None,
    name_zh: str | None,
    organisation: Hashable | None,
    pinyin: str | None = None,
    *,
    with_keys: bool = True,
) -> tuple[tuple[tuple[str, str, Hashable], ...], frozenset[str]]:
    """:func:`person_name_keys` and :func:`name_tokens` at once, folding each name once
    (an import works them out for every row)."""
    latin = [fold(p) for p in (given, family) if p]
    words = [w for part in latin for w in part.split()]
    zh = fold(name_zh).replace(" ", "") if name_zh else None
    spoken = fold(pinyin).split() if pinyin else []
    tokens = frozenset([*words, *spoken, *([zh] if zh else [])])
    if not with_keys:
        return (), tokens
    if organisation is None:
        organisation = NO_ORGANISATION
    keys: list[tuple[str, str, Hashable]] = []
    han = zh or fold("".join(p for p in (family, given) if p and has_han(p))).replace(" ", "")
    if han:
        keys.append(("zh", han, organisation))
    plain = sorted(w for w in words if not has_han(w))
    for group in (plain, sorted(spoken)):
        if group:
            key = ("latin", " ".join(group), organisation)
            if key not in keys:
                keys.append(key)
    return tuple(keys), tokens


def name_tokens(
    given: str | None, family: str | None, name_zh: str | None, pinyin: str | None = None
) -> frozenset[str]:
    """Words of a person's names: Latin words folded, a Chinese name whole and in pinyin."""
    return person_keys(given, family, name_zh, None, pinyin, with_keys=False)[1]


def names_agree(first: frozenset[str], second: frozenset[str]) -> bool:
    """True unless both people have names and they share no word."""
    return not first or not second or bool(first & second)


def organisation_name_key(name: str | None) -> str | None:
    """The name without punctuation and legal forms: "Mirxes Pte. Ltd." → "mirxes"."""
    if not name:
        return None
    folded = fold(name)
    if has_han(folded):
        compact = folded.replace(" ", "")
        for suffix in _LEGAL_ZH:
            if compact.endswith(suffix) and len(compact) > len(suffix) + 1:
                compact = compact[: -len(suffix)]
                break
        return compact or None
    words = [w for w in _NOT_WORD.sub(" ", folded).split() if w not in _LEGAL_WORDS]
    return " ".join(words) or _NOT_WORD.sub("", folded) or None


def website_key(url: str | None) -> str | None:
    """The host without ``www.``: https://www.mirxes.com/about → mirxes.com."""
    if not url:
        return None
    host = urlsplit(url if "://" in url else f"https://{url}").hostname or ""
    host = host.removeprefix("www.")
    return host or None
