"""The app's icons: SVGs in ``resources/icons``, drawn sharp at any size and pixel ratio.

The interface icons (``resources/icons/ui``, from Material Design Icons, written by
tools/make_ui_icons.py) are one path filled with ``currentColor``; each is drawn in
the theme's text colour, in the accent colour when active and in white on a
selected row, where the selection is drawn in the accent colour.
"""

from __future__ import annotations

import logging
from functools import cache
from pathlib import Path

from PySide6.QtCore import QByteArray, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QIcon, QIconEngine, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer

from biosparc_desktop.ui import theme

# In a checkout and in the PyInstaller bundle alike, resources/ sits beside the package.
RESOURCES_DIR = Path(__file__).resolve().parents[2] / "resources"
UI_ICONS_DIR = RESOURCES_DIR / "icons" / "ui"
APP_ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
log = logging.getLogger(__name__)


@cache
def _svg(name: str) -> bytes | None:
    try:
        return (UI_ICONS_DIR / f"{name}.svg").read_bytes()
    except OSError:
        # An install without resources/ (a bare wheel): buttons keep their text.
        log.warning("icon %s not found in %s", name, UI_ICONS_DIR)
        return None


class _TintedSvgEngine(QIconEngine):
    """Draws one SVG in a colour per icon mode, caching the pixmaps it renders."""

    def __init__(self, svg: bytes, colors: dict[QIcon.Mode, str]) -> None:
        super().__init__()
        self._svg = svg
        self._colors = colors
        self._renderers: dict[QIcon.Mode, QSvgRenderer] = {}
        self._pixmaps: dict[tuple[int, int, QIcon.Mode], QPixmap] = {}

    def _renderer(self, mode: QIcon.Mode) -> QSvgRenderer:
        renderer = self._renderers.get(mode)
        if renderer is None:
            color = self._colors.get(mode, self._colors[QIcon.Mode.Normal])
            tinted = self._svg.replace(b"currentColor", color.encode("ascii"))
            renderer = QSvgRenderer(QByteArray(tinted))
            self._renderers[mode] = renderer
        return renderer

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        self._renderer(mode).render(painter, QRectF(rect))

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        return self.scaledPixmap(size, mode, state, 1.0)

    def scaledPixmap(
        self, size: QSize, mode: QIcon.Mode, state: QIcon.State, scale: float
    ) -> QPixmap:
        key = (round(size.width() * scale), round(size.height() * scale), mode)
        cached = self._pixmaps.get(key)
        if cached is None:
            cached = QPixmap(key[0], key[1])
            cached.fill(Qt.GlobalColor.transparent)
            painter = QPainter(cached)
            self._renderer(mode).render(painter, QRectF(0, 0, key[0], key[1]))
            painter.end()
            cached.setDevicePixelRatio(scale)
            self._pixmaps[key] = cached
        return cached

    def actualSize(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QSize:
        side = min(size.width(), size.height())  # the icons are square
        return QSize(side, side)

    def clone(self) -> QIconEngine:
        return _TintedSvgEngine(self._svg, self._colors)

    def key(self) -> str:
        return "biosparc-tinted-svg"

    def isNull(self) -> bool:
        return False

    def iconName(self) -> str:
        return ""


def icon(name: str) -> QIcon:
    """An interface icon (``resources/icons/ui/NAME.svg``) in the current theme's colours."""
    dark = theme.is_dark()
    colors = {
        QIcon.Mode.Normal: "#d0d7de" if dark else "#424a53",
        QIcon.Mode.Active: theme.ACCENT.name(),
        QIcon.Mode.Selected: "#ffffff",
        QIcon.Mode.Disabled: "#6e7681" if dark else "#a8afb6",
    }
    svg = _svg(name)
    return QIcon(_TintedSvgEngine(svg, colors)) if svg is not None else QIcon()


def app_icon() -> QIcon:
    """The app's own icon at every size shipped (empty when the PNGs are missing)."""
    result = QIcon()
    for size in APP_ICON_SIZES:
        path = RESOURCES_DIR / "icons" / f"biosparc-{size}.png"
        if path.exists():
            result.addFile(str(path))
    return result
