"""A verified backup is made before an import and before a merge."""

from __future__ import annotations

from pathlib import Path

from biosparc_desktop.services.importing import DuplicateAction
from biosparc_desktop.services.registry import Services
from biosparc_desktop.store.backups import list_backups


def _csv(tmp_path: Path) -> Path:
    path = tmp_path / "people.csv"
    path.write_text("Name,Email\nMei Lin,mei.lin@duke-nus.example\n", encoding="utf-8")
    return path


def test_import_makes_a_pre_import_backup(demo: Services, tmp_path: Path) -> None:
    backups = demo.context.data_dir / "backups"
    before = [b for b in list_backups(backups) if b.kind == "pre-import"]
    parsed = demo.importing.read(_csv(tmp_path))
    summary = demo.importing.run(parsed, source="people.csv", on_duplicate=DuplicateAction.SKIP)
    assert summary.created == 1
    after = [b for b in list_backups(backups) if b.kind == "pre-import"]
    assert len(after) == len(before) + 1


def test_dry_run_makes_no_backup(demo: Services, tmp_path: Path) -> None:
    backups = demo.context.data_dir / "backups"
    parsed = demo.importing.read(_csv(tmp_path))
    demo.importing.run(parsed, source="people.csv", on_duplicate=DuplicateAction.SKIP, dry_run=True)
    assert [b for b in list_backups(backups) if b.kind == "pre-import"] == []
