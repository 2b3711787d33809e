"""Rules for free text: names, titles, notes."""

from __future__ import annotations

import re
import unicodedata

from biosparc_desktop.errors import ValidationError

# C0/C1 control characters other than tab and newline; they break exports and terminals.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_SPACES = re.compile(r"[ \t\u3000]+")
# Lone surrogates (from a broken clipboard or file) cannot be stored as UTF-8.
_SURROGATE = re.compile(r"[\ud800-\udfff]")
QUOTE_LIMIT = 40


def quoted(value: str, limit: int = QUOTE_LIMIT) -> str:
    """What the user typed, safe to put inside a message: no control characters, not too long."""
    text = _SURROGATE.sub("\ufffd", _CONTROL.sub("", value.replace("\n", " "))).strip()
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _check_storable(value: str, *, field: str, label: str) -> None:
    if _SURROGATE.search(value):
        raise ValidationError.of(
            "{label} contains a broken character; please type it again.", field=field, label=label
        )


def clean_line(value: str | None, *, field: str, label: str, max_len: int) -> str | None:
    """One line of text: NFC-normalised, spaces collapsed; empty becomes ``None``."""
    if value is None:
        return None
    _check_storable(value, field=field, label=label)
    if _CONTROL.search(value) or "\n" in value or "\r" in value:
        raise ValidationError.of(
            "{label} must not contain line breaks or control characters.", field=field, label=label
        )
    text = _SPACES.sub(" ", unicodedata.normalize("NFC", value)).strip()
    if not text:
        return None
    if len(text) > max_len:
        raise _too_long(text, field=field, label=label, max_len=max_len)
    return text


# Invisible characters that come with names copied from web pages, chats and PDFs and
# make "Joe" miss "Jo\u200be": zero-width space and non-joiner, the byte-order mark.
_INVISIBLE = re.compile("[\u200b\u200c\ufeff]")
_ZWJ = "\u200d"


def strip_invisible(value: str) -> str:
    """``value`` without zero-width characters; a joiner inside an emoji sequence
    (👩\u200d💻) stays, since it is part of one picture."""
    text = _INVISIBLE.sub("", value)
    if _ZWJ not in text:
        return text
    kept = []
    for index, char in enumerate(text):
        if char == _ZWJ and not (
            _is_emoji(text[index - 1 : index]) and _is_emoji(text[index + 1 : index + 2])
        ):
            continue
        kept.append(char)
    return "".join(kept)


def _is_emoji(char: str) -> bool:
    # Pictographs, symbols and dingbats, and the variation selector that ends "❤️".
    return bool(char) and (
        "\U0001f000" <= char <= "\U0001faff" or "\u2600" <= char <= "\u27bf" or char == "\ufe0f"
    )


def clean_name(value: str | None, *, field: str, label: str, max_len: int) -> str | None:
    """:func:`clean_line` for a name: invisible characters removed first."""
    if value is None:
        return None
    return clean_line(strip_invisible(value), field=field, label=label, max_len=max_len)


def required_name(value: str | None, *, field: str, label: str, max_len: int) -> str:
    """:func:`required_line` for a name: invisible characters removed first."""
    if value is not None:
        value = strip_invisible(value)
    return required_line(value, field=field, label=label, max_len=max_len)


def required_line(value: str | None, *, field: str, label: str, max_len: int) -> str:
    text = clean_line(value, field=field, label=label, max_len=max_len)
    if text is None:
        raise ValidationError.of("{label} is required.", field=field, label=label)
    return text


def clean_text(value: str | None, *, field: str, label: str, max_len: int = 20_000) -> str | None:
    """Multi-line text (notes, summaries): line breaks kept, other controls refused."""
    if value is None:
        return None
    value = value.replace("\r\n", "\n").replace("\r", "\n")
    _check_storable(value, field=field, label=label)
    if _CONTROL.search(value):
        raise ValidationError.of(
            "{label} must not contain control characters.", field=field, label=label
        )
    text = unicodedata.normalize("NFC", value).strip()
    if not text:
        return None
    if len(text) > max_len:
        raise _too_long(text, field=field, label=label, max_len=max_len)
    return text


def _too_long(text: str, *, field: str, label: str, max_len: int) -> ValidationError:
    return ValidationError.of(
        "{label} is too long: {length} characters, at most {max_len}.",
        field=field,
        label=label,
        length=len(text),
        max_len=max_len,
    )


def clean_tag(value: str) -> str:
    tag = required_line(value, field="tags", label="A tag", max_len=60)
    if "," in tag:
        raise ValidationError("A tag must not contain a comma.", field="tags")
    return tag


_URL = re.compile(r"^https?://[^\s/$.?#][^\s]*$", re.IGNORECASE)


def clean_website(value: str | None) -> str | None:
    text = clean_line(value, field="website", label="The website", max_len=500)
    if text is None:
        return None
    if "://" not in text:
        text = "https://" + text
    if not _URL.match(text) or "." not in text.split("://", 1)[1].split("/", 1)[0]:
        raise ValidationError.of(
            "“{value}” is not a web address; write it like www.example.com.",
            field="website",
            value=quoted(value or ""),
        )
    return text
