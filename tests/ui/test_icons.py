"""The interface icons: every one the app names is shipped and draws in its colours."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QColor, QIcon, QImage

from biosparc_desktop.ui import icons, theme

ROOT = Path(__file__).resolve().parents[2]


def _tool_icon_names() -> list[str]:
    spec = importlib.util.spec_from_file_location("make_ui_icons", ROOT / "tools/make_ui_icons.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return sorted(module.ICONS)


def test_every_icon_the_tool_writes_is_shipped() -> None:
    shipped = sorted(p.stem for p in icons.UI_ICONS_DIR.glob("*.svg"))
    assert shipped == _tool_icon_names()


def _ink(image: QImage) -> set[str]:
    """The opaque colours drawn in an image."""
    colours = set()
    for y in range(image.height()):
        for x in range(image.width()):
            pixel = image.pixelColor(x, y)
            if pixel.alpha() == 255:
                colours.add(pixel.name())
    return colours


@pytest.mark.gui
@pytest.mark.parametrize("name", _tool_icon_names())
def test_icon_draws_in_the_theme_colour_and_white_when_selected(qapp: object, name: str) -> None:
    icon = icons.icon(name)
    assert not icon.isNull()
    normal = icon.pixmap(QSize(32, 32), QIcon.Mode.Normal).toImage()
    assert normal.width() == 32
    expected = "#d0d7de" if theme.is_dark() else "#424a53"
    assert expected in _ink(normal)
    selected = icon.pixmap(QSize(32, 32), QIcon.Mode.Selected).toImage()
    assert _ink(selected) == {"#ffffff"}


@pytest.mark.gui
def test_icons_are_drawn_sharp_at_a_high_pixel_ratio(qapp: object) -> None:
    pixmap = icons.icon("today").pixmap(QSize(24, 24), 2.0)
    assert (pixmap.width(), pixmap.height()) == (48, 48)  # drawn at 48 px, not scaled up
    assert pixmap.devicePixelRatio() == 2.0
    assert QColor(theme.ACCENT).isValid()


def test_a_missing_icon_gives_an_empty_icon_not_a_crash(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, qapp: object
) -> None:
    monkeypatch.setattr(icons, "UI_ICONS_DIR", tmp_path)
    icons._svg.cache_clear()
    try:
        assert icons.icon("today").isNull()
    finally:
        icons._svg.cache_clear()
