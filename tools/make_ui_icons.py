"""Write the interface's icons, ``resources/icons/ui/*.svg``, from Material Design Icons.

The glyphs come from the Material Design Icons web font (Pictogrammers, Apache
2.0), as shipped by the ``qtawesome`` package; only the ones the app uses are
written, as plain SVG paths filled with ``currentColor`` (the app colours them
per theme and state). Run it when an icon is added to ``ICONS``:

    pip install qtawesome fonttools && python tools/make_ui_icons.py
"""

from __future__ import annotations

import json
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "resources" / "icons" / "ui"

# The app's name for an icon -> its Material Design Icons name.
ICONS = {
    "today": "calendar-today",
    "partners": "domain",
    "contacts": "account-multiple",
    "agreements": "file-sign",
    "tasks": "checkbox-marked-circle-outline",
    "events": "calendar-star",
    "trash": "delete-outline",
    "new": "plus",
    "edit": "pencil",
    "delete": "delete",
    "undo": "undo",
    "redo": "redo",
    "search": "magnify",
    "capture": "lightning-bolt",
    "interaction": "forum-outline",
    "followup": "bell-plus-outline",
    "document": "paperclip",
    "open": "open-in-new",
    "pdf": "file-pdf-box",
    "done": "check",
    "refresh": "refresh",
}


def main() -> None:
    import qtawesome
    from fontTools.pens.svgPathPen import SVGPathPen
    from fontTools.ttLib import TTFont

    fonts = Path(qtawesome.__file__).parent / "fonts"
    font_file = next(fonts.glob("materialdesignicons6-webfont-*.ttf"))
    charmap = json.loads(
        next(fonts.glob("materialdesignicons6-webfont-charmap-*.json")).read_text()
    )
    font = TTFont(font_file)
    glyphs = font.getGlyphSet()
    cmap = font.getBestCmap()
    ascent = font["hhea"].ascent
    em = font["head"].unitsPerEm
    OUT.mkdir(parents=True, exist_ok=True)
    for name, mdi in ICONS.items():
        pen = SVGPathPen(glyphs)
        glyphs[cmap[int(charmap[mdi], 16)]].draw(pen)
        (OUT / f"{name}.svg").write_text(
            f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {em} {em}">'
            f'<!-- Material Design Icons "{mdi}" (Pictogrammers, Apache License 2.0) -->'
            f'<path transform="matrix(1 0 0 -1 0 {ascent})" fill="currentColor" '
            f'd="{pen.getCommands()}"/></svg>\n',
            encoding="utf-8",
        )
    print(f"wrote {len(ICONS)} icons to {OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
