"""Helpers for the data-safety widget tests: an AppState with its settings in tmp_path."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

from biosparc_desktop.services.registry import Services
from biosparc_desktop.ui.app_state import AppState


def make_state(services: Services, tmp_path: Path) -> AppState:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    return AppState(services, settings)
