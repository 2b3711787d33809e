"""Domain errors: each carries one sentence the user can read.

Anything that is not a subclass of :class:`BiosparcError` is a bug: it is
logged and shown in a crash dialog, never silently swallowed.
"""

from __future__ import annotations

from typing import Self


class BiosparcError(Exception):
    """A known problem the user can understand and act on.

    ``message`` is the English sentence. When it is built from a template
    (``ValidationError.of("{label} is required.", label="The name")``) the
    template and values travel with it, so the interface can show the sentence
    in the user's language.
    """

    def __init__(
        self,
        message: str,
        *,
        field: str | None = None,
        template: str | None = None,
        params: dict[str, object] | None = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.field = field
        self.template = template
        self.params = dict(params or {})

    @classmethod
    def of(cls, template: str, *, field: str | None = None, **params: object) -> Self:
        """Build the error from a template and its values."""
        return cls(template.format(**params), field=field, template=template, params=params)

    def __str__(self) -> str:
        return self.message


class ValidationError(BiosparcError):
    """Input breaks a rule; ``field`` names the offending field when there is one."""


class NotFound(BiosparcError):
    """The record asked for does not exist (or is in the Trash)."""


class Conflict(BiosparcError):
    """The change clashes with existing data (a duplicate, a disallowed move)."""


class StorageError(BiosparcError):
    """The database cannot be used: locked, full, read-only, damaged or missing."""


class DatabaseTooNew(StorageError):
    """The database was written by a newer version of Biosparc Desktop."""


class NoDatabase(StorageError):
    """There is no database file where one was asked for (a mistyped path?)."""


class DatabaseDamaged(StorageError):
    """An integrity check failed; the file must not be written to."""
