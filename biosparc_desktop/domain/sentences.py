"""Sentences for the user that are not errors, kept as a template and its values.

The services and the importers word what they found (a row's problem, why two
contacts look alike) in English, as domain errors do; the interface words the same
template in its own language (``i18n.sentence_text``). A value may itself be a
:class:`Sentence` or a domain error, worded in turn. ``tools/make_error_messages.py``
collects the templates, and the texts marked with :func:`translatable`, for the
translators.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class Sentence:
    """``Sentence.of("Row {line}", line=14)``: ``str()`` of it is the English sentence."""

    template: str
    params: Mapping[str, object] = field(default_factory=dict)

    @classmethod
    def of(cls, template: str, **params: object) -> Sentence:
        return cls(template, params)

    @property
    def text(self) -> str:
        """The English sentence."""
        return self.template.format(**self.params)

    def __str__(self) -> str:
        return self.text

    def __hash__(self) -> int:
        return hash(self.template)  # the values may be unhashable; equal sentences agree


# A problem found at one place of a file: "Row 14: …", "Card at line 3: …".
AT = "{where}: {problem}"


def at(where: Sentence, problem: object) -> Sentence:
    """``problem`` (a sentence or a domain error) said of ``where``."""
    return Sentence.of("{where}: {problem}", where=where, problem=problem)


def joined(parts: Sequence[object], separator: str = " ") -> Sentence:
    """Several sentences (or errors) one after the other, each worded in turn."""
    keys = [f"part{i}" for i in range(len(parts))]
    template = separator.join(f"{{{key}}}" for key in keys)
    return Sentence(template, dict(zip(keys, parts, strict=True)))


def translatable(text: str) -> str:
    """Mark an English text that reaches the user without being a literal of an error or a
    :class:`Sentence` (a value chosen from a table, say); it is returned unchanged."""
    return text
