"""Integrity checks: SQLite's own checks plus the foreign-key check."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Engine, text


@dataclass(frozen=True)
class IntegrityReport:
    ok: bool
    problems: tuple[str, ...]

    def describe(self) -> str:
        if self.ok:
            return "The database is healthy: integrity and foreign-key checks passed."
        shown = "; ".join(self.problems[:5])
        more = f" (and {len(self.problems) - 5} more)" if len(self.problems) > 5 else ""
        return f"The database is damaged: {shown}{more}."


def check_integrity(engine: Engine, *, full: bool = False) -> IntegrityReport:
    """``quick_check`` (or the slower ``integrity_check``) and ``foreign_key_check``."""
    if engine.dialect.name != "sqlite":
        return IntegrityReport(ok=True, problems=())
    pragma = "integrity_check" if full else "quick_check"
    with engine.connect() as connection:
        results = [row[0] for row in connection.execute(text(f"PRAGMA {pragma}"))]
        problems = [r for r in results if r != "ok"]
        for table, rowid, parent, _fk in connection.execute(text("PRAGMA foreign_key_check")):
            problems.append(f"row {rowid} of {table} points to a missing {parent}")
    return IntegrityReport(ok=not problems, problems=tuple(problems))
