"""Render the app icon SVG to PNGs (16–512 px), a Windows .ico and a macOS .icns.

    python packaging/make_icons.py

Qt's SVG renderer draws each size from the vector so small sizes stay sharp; Pillow
writes the multi-size ICO and ICNS containers. The results are committed under
resources/icons/, so a build needs neither step.
"""

from __future__ import annotations

import io
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
ICONS_DIR = ROOT / "resources" / "icons"
SVG = ICONS_DIR / "biosparc.svg"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)  # 256 is the largest size an .ico entry holds
ICNS_SIZES = (16, 32, 64, 128, 256, 512, 1024)  # 1024 is the 512 px @2x entry


def png_path(size: int) -> Path:
    return ICONS_DIR / f"biosparc-{size}.png"


def render_pngs(sizes: tuple[int, ...]) -> dict[int, bytes]:
    """Draw the SVG at each size; returns PNG bytes by size."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        raise SystemExit(f"{SVG} is not a valid SVG file")
    result: dict[int, bytes] = {}
    for size in sizes:
        image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(0)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter, QRectF(0, 0, size, size))
        painter.end()
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        image.save(buffer, "PNG")
        buffer.close()
        result[size] = bytes(data.data())
    return result


def write_icons() -> list[Path]:
    from PIL import Image

    pngs = render_pngs(tuple(sorted({*PNG_SIZES, *ICO_SIZES, *ICNS_SIZES})))
    written: list[Path] = []
    images = {size: Image.open(io.BytesIO(data)).convert("RGBA") for size, data in pngs.items()}
    for size in PNG_SIZES:
        path = png_path(size)
        path.write_bytes(pngs[size])
        written.append(path)

    ico = ICONS_DIR / "biosparc.ico"
    largest_ico = images[max(ICO_SIZES)]
    largest_ico.save(
        ico,
        format="ICO",
        sizes=[(s, s) for s in ICO_SIZES],
        append_images=[images[s] for s in ICO_SIZES if s != max(ICO_SIZES)],
    )
    written.append(ico)

    icns = ICONS_DIR / "biosparc.icns"
    images[max(ICNS_SIZES)].save(
        icns,
        format="ICNS",
        append_images=[images[s] for s in ICNS_SIZES if s != max(ICNS_SIZES)],
    )
    written.append(icns)
    return written


def main() -> int:
    for path in write_icons():
        print(f"wrote {path.relative_to(ROOT)} ({path.stat().st_size:,} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
