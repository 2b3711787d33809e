"""The line grammar of vCard 2.1, 3.0 and 4.0: unfolding, parameters, value decoding.

A hand parser because real exports break the rules that strict parsers enforce:
Android writes quoted-printable with soft line breaks, Outlook leaves out CHARSET,
Apple groups properties (``item1.EMAIL``), old phones wrap base64 without indenting.
"""

from __future__ import annotations

import codecs
import quopri
import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from biosparc_desktop.importers.encoding import guess_text

_LINE_BREAK = re.compile(r"\r\n|\r|\n")
_ESCAPE = re.compile(r"\\(.)", re.DOTALL)
# 2.1 allows bare encodings as parameters ("TEL;QUOTED-PRINTABLE:").
_BARE_ENCODINGS = frozenset({"QUOTED-PRINTABLE", "BASE64", "B", "8BIT", "7BIT"})


@dataclass
class Property:
    """One content line: ``group.NAME;param=value;...:value`` with the group dropped."""

    line: int
    name: str
    value: str
    types: set[str] = field(default_factory=set)
    encoding: str | None = None
    charset: str | None = None

    @property
    def preferred(self) -> bool:
        return "PREF" in self.types


def logical_lines(text: str) -> Iterator[tuple[int, str]]:
    """``(first line number, unfolded line)``; blank lines are dropped.

    Joins folded lines (a leading space or tab), quoted-printable soft breaks (a
    trailing ``=``) and unindented base64 lines that follow a base64 property.
    """
    start = 0
    parts: list[str] = []
    soft_break = base64 = False
    for number, line in enumerate(_LINE_BREAK.split(text), 1):
        if parts and soft_break:
            parts[-1] = parts[-1][:-1]
            parts.append(line)
        elif parts and line[:1] in (" ", "\t"):
            parts.append(line[1:])
        elif parts and base64 and line and ":" not in line:
            parts.append(line.strip())
        else:
            if parts:
                yield start, "".join(parts)
            parts = [line] if line.strip() else []
            start = number
            base64 = bool(parts) and _is_base64(line)
        soft_break = bool(parts) and parts[-1].endswith("=") and _is_qp(parts[0])
    if parts:
        yield start, "".join(parts)


def parse_property(line: int, text: str, wanted: frozenset[str] | None = None) -> Property | None:
    """The property on one unfolded line, or ``None`` when it has no colon.

    Parameters are only decoded for names in ``wanted`` (all when ``None``): a card's
    photo, address and vendor lines need nothing but their name.
    """
    colon = _value_colon(text)
    if colon < 0:
        return None
    head, value = text[:colon], text[colon + 1 :]
    params = _split_params(head)
    prop = Property(line, params[0].rpartition(".")[2].strip().upper(), value)
    if wanted is not None and prop.name not in wanted:
        return prop
    for param in params[1:]:
        key, equals, val = param.partition("=")
        key = key.strip().upper()
        if not equals:
            if key in _BARE_ENCODINGS:
                prop.encoding = key
            elif key:
                prop.types.add(key)
        elif key == "ENCODING":
            prop.encoding = val.strip().upper()
        elif key == "CHARSET":
            prop.charset = val.strip().strip('"')
        elif key == "TYPE":
            prop.types.update(t.strip().upper() for t in val.strip('"').split(",") if t.strip())
        elif key == "PREF":
            prop.types.add("PREF")
    if prop.encoding == "QUOTED-PRINTABLE":
        prop.value = _decode_qp(value, prop.charset)
    return prop


def unescape(value: str) -> str:
    r"""Undo vCard text escapes: ``\,`` ``\;`` ``\\`` and ``\n`` for a line break."""
    if "\\" not in value:
        return value
    return _ESCAPE.sub(lambda m: "\n" if m.group(1) in "nN" else m.group(1), value)


def components(value: str, separator: str = ";") -> list[str]:
    r"""Split a structured value (N, ORG) on unescaped separators, then unescape."""
    if "\\" not in value:
        return value.split(separator)
    pieces: list[str] = []
    current: list[str] = []
    chars = iter(value)
    for char in chars:
        if char == "\\":
            escaped = next(chars, "")
            current.append("\n" if escaped in ("n", "N") else escaped)
        elif char == separator:
            pieces.append("".join(current))
            current = []
        else:
            current.append(char)
    pieces.append("".join(current))
    return pieces


def _value_colon(text: str) -> int:
    """Index of the colon that starts the value; colons in quoted parameters don't count."""
    colon = text.find(":")
    if colon < 0 or '"' not in text[:colon]:
        return colon
    quoted = False
    for index, char in enumerate(text):
        if char == '"':
            quoted = not quoted
        elif char == ":" and not quoted:
            return index
    return -1


def _split_params(head: str) -> list[str]:
    if '"' not in head:
        return head.split(";")
    params: list[str] = []
    current: list[str] = []
    quoted = False
    for char in head:
        if char == '"':
            quoted = not quoted
        if char == ";" and not quoted:
            params.append("".join(current))
            current = []
        else:
            current.append(char)
    params.append("".join(current))
    return params


def _decode_qp(value: str, charset: str | None) -> str:
    """Quoted-printable bytes in the named charset; Outlook often omits it."""
    data = quopri.decodestring(value.encode("utf-8"))
    if charset:
        try:
            return data.decode(codecs.lookup(charset).name)
        except (LookupError, UnicodeDecodeError):
            pass
    return guess_text(data)


def _is_qp(first_part: str) -> bool:
    return "QUOTED-PRINTABLE" in first_part.partition(":")[0].upper()


def _is_base64(line: str) -> bool:
    head = line.partition(":")[0].upper()
    return "BASE64" in head or "ENCODING=B" in head
