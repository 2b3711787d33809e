"""Record text and user queries, turned into the words the index holds.

FTS5's unicode61 tokenizer treats a run of Chinese characters as one word, so
"陈伟明" could only be found whole. Putting a space around every CJK character
makes each its own word; a query phrase of consecutive characters ("伟明") then
finds any part of a name, while Latin text keeps whole words for prefix search.
Both sides go through the same function, so they always agree.
"""

from __future__ import annotations

import re
import unicodedata

# Kana, CJK unified ideographs (with extension A and the supplementary planes) and
# compatibility ideographs.
_CJK = re.compile("([\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f])")


# Control characters separate words like spaces do (NUL would even end an FTS5
# query); so do lone surrogates, broken halves of a character pasted from somewhere,
# which no stored text can hold and no database driver can encode.
_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f\ud800-\udfff]")


def clean_query(text: str) -> str:
    """Typed text with control characters and lone surrogates turned into spaces."""
    return _CONTROL.sub(" ", text)


def normalise(text: str) -> str:
    """NFKC-fold (full-width letters and digits become plain), space out CJK characters,
    and turn control characters and runs of spaces into single spaces."""
    if text.isascii() and text.isprintable():
        return " ".join(text.split())  # most text: nothing to fold, no CJK, no controls
    folded = clean_query(unicodedata.normalize("NFKC", clean_query(text)))
    return " ".join(_CJK.sub(r" \1 ", folded).split())


def index_text(*parts: str | None) -> str:
    """The text of one index column from a record's fields, empty ones skipped."""
    return " ".join(normalise(p) for p in parts if p and p.strip())


def joined_pinyin(pinyin: str | None) -> str | None:
    """ "zhang wei" → "zhangwei", so a name typed without spaces is found too."""
    if not pinyin or " " not in pinyin:
        return None
    return pinyin.replace(" ", "")


# Words a name's initials leave out as well as keep: "Shanghai Institute of Materia
# Medica" is typed "simm" as often as "siomm".
_MINOR_WORDS = frozenset({"of", "and", "the", "for", "de", "du", "la", "le", "von", "van"})
_LATIN_WORD = re.compile(r"[^\W_]+")


def initials(*names: str | None) -> str:
    """The initials of each name of two or more words, as index words.

    "Liu Ming" → "lm", "xin da sheng wu" (the pinyin of 信达生物) → "xdsw". Names
    are Latin text or pinyin; CJK characters are left out (their pinyin is passed
    instead). Each distinct set of initials appears once.
    """
    found: dict[str, None] = {}
    for name in names:
        if not name:
            continue
        text = _CJK.sub(" ", unicodedata.normalize("NFKC", clean_query(name))).casefold()
        words = _LATIN_WORD.findall(text)
        for kept in (words, [w for w in words if w not in _MINOR_WORDS]):
            if len(kept) >= 2:
                found.setdefault("".join(w[0] for w in kept))
    return " ".join(found)


def has_word(text: str) -> bool:
    """Whether the text holds anything the tokenizer keeps (letters, digits, private use)."""
    return any(_is_token_char(ch) for ch in text)


def _is_token_char(ch: str) -> bool:
    category = unicodedata.category(ch)
    return category[0] in "LN" or category == "Co"
