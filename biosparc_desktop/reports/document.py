"""The page frame every pack shares, and writing the PDF safely.

Pages are held back until the end so each footer can say "page n of N" in one
pass; bookmarks are replayed with their page so the outline points at it. The
PDF is written to a temporary file beside the target and renamed into place, so
a failed or cancelled build never leaves half a PDF.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate
from reportlab.platypus.doctemplate import LayoutError

from biosparc_desktop import __version__
from biosparc_desktop.errors import StorageError, ValidationError
from biosparc_desktop.reports.fonts import FontSet
from biosparc_desktop.reports.linebreak import Para
from biosparc_desktop.reports.styles import (
    ACCENT,
    ACCENT_SOFT,
    MARGIN_BOTTOM,
    MARGIN_TOP,
    MARGIN_X,
    MUTED,
    RULE,
    SMALL,
    WARNING,
    WHITE,
    Kit,
)


class Heading(Para):
    """A section heading that also becomes a PDF bookmark."""

    def __init__(self, markup: str, style: Any, outline: str, level: int = 0) -> None:
        super().__init__(markup, style)
        self.outline = outline
        self.level = level


@dataclass(frozen=True)
class PageFrame:
    """What the header and footer say on every page."""

    kicker: str  # "Biosparc · Partner briefing"
    subject: str  # the partner or event, top right
    title: str  # bottom left
    confidential: str
    page_label: Callable[[int, int], str]
    fonts: FontSet
    has_cover: bool = True


def _canvas_class(frame: PageFrame) -> type[Canvas]:
    class NumberedCanvas(Canvas):  # type: ignore[misc]
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._held: list[dict[str, Any]] = []
            self._marks: list[tuple[str, str, int]] = []

        # Bookmarks wait with their page: the real page object exists only at save time.
        def bookmarkPage(self, key: str, *args: Any, **kwargs: Any) -> None:
            self._marks.append((key, "", -1))

        def addOutlineEntry(
            self, title: str, key: str, level: int = 0, closed: int | None = None
        ) -> None:
            self._marks.append((key, title, level))

        def showPage(self) -> None:
            self._held.append(dict(self.__dict__))
            self._marks = []
            self._startPage()

        def save(self) -> None:
            total = len(self._held)
            for number, state in enumerate(self._held, start=1):
                self.__dict__.update(state)
                for key, title, level in self._marks:
                    if level < 0:
                        Canvas.bookmarkPage(self, key, fit="XYZ", top=None, left=None)
                    else:
                        Canvas.addOutlineEntry(self, title, key, level=level, closed=False)
                _draw_frame(self, frame, number, total)
                Canvas.showPage(self)
            self.showOutline()
            Canvas.save(self)

    return NumberedCanvas


def _draw_frame(canvas: Canvas, frame: PageFrame, number: int, total: int) -> None:
    width, height = canvas._pagesize
    fonts = frame.fonts
    on_band = frame.has_cover and number == 1
    top = height - 13 * mm
    canvas.saveState()
    canvas.setFillColor(ACCENT_SOFT if on_band else ACCENT)
    fonts.draw(canvas, MARGIN_X, top, frame.kicker, SMALL, bold=True)
    canvas.setFillColor(WHITE if on_band else MUTED)
    room = width - 2 * MARGIN_X - fonts.width(frame.kicker, SMALL, bold=True) - 12 * mm
    fonts.draw(
        canvas, width - MARGIN_X, top, fonts.fit(frame.subject, SMALL, room), SMALL, align="right"
    )
    if not on_band:
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        canvas.line(MARGIN_X, top - 2.5 * mm, width - MARGIN_X, top - 2.5 * mm)
    bottom = 12 * mm
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.5)
    canvas.line(MARGIN_X, bottom + 4 * mm, width - MARGIN_X, bottom + 4 * mm)
    page_text = frame.page_label(number, total)
    mark_width = fonts.width(frame.confidential, SMALL, bold=True)
    room = (width - 2 * MARGIN_X - mark_width) / 2 - 6 * mm
    canvas.setFillColor(MUTED)
    fonts.draw(canvas, MARGIN_X, bottom, fonts.fit(frame.title, SMALL, room), SMALL)
    fonts.draw(canvas, width - MARGIN_X, bottom, page_text, SMALL, align="right")
    canvas.setFillColor(WARNING)
    fonts.draw(canvas, width / 2, bottom, frame.confidential, SMALL, bold=True, align="centre")
    canvas.restoreState()


def _body_frame(page_width: float, page_height: float) -> Frame:
    return Frame(
        MARGIN_X,
        MARGIN_BOTTOM,
        page_width - 2 * MARGIN_X,
        page_height - MARGIN_TOP - MARGIN_BOTTOM,
        id="body",
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
    )


class PackDocument(BaseDocTemplate):  # type: ignore[misc]
    def __init__(
        self,
        filename: str,
        kit: Kit,
        *,
        on_page: Callable[[int], None] | None = None,
        **meta: Any,
    ) -> None:
        page_width, page_height = kit.page_size
        super().__init__(
            filename,
            pagesize=kit.page_size,
            leftMargin=MARGIN_X,
            rightMargin=MARGIN_X,
            topMargin=MARGIN_TOP,
            bottomMargin=MARGIN_BOTTOM,
            creator=f"Biosparc Desktop {__version__}",
            # reportlab starts each page in Helvetica, which it never embeds: start in ours.
            initialFontName=kit.fonts.regular,
            **meta,
        )
        self._on_page = on_page
        self._marks = 0
        self.addPageTemplates(
            [
                # The cover's band is drawn by its first flowable (cover.CoverBand).
                PageTemplate(id="cover", frames=[_body_frame(page_width, page_height)]),
                PageTemplate(id="body", frames=[_body_frame(page_width, page_height)]),
            ]
        )

    def afterFlowable(self, flowable: Flowable) -> None:
        if isinstance(flowable, Heading):
            self._marks += 1
            key = f"section-{self._marks}"
            self.canv.bookmarkPage(key)
            self.canv.addOutlineEntry(flowable.outline, key, level=flowable.level)

    def afterPage(self) -> None:
        if self._on_page is not None:
            self._on_page(self.page)


def write_pdf(
    out_path: Path,
    kit: Kit,
    story: Sequence[Flowable],
    frame: PageFrame,
    *,
    title: str,
    author: str,
    subject: str,
    on_page: Callable[[int], None] | None = None,
    before_commit: Callable[[int], None] | None = None,
) -> int:
    """Lay out ``story`` and write it to ``out_path``; returns the number of pages.

    ``before_commit`` gets the page count just before the file takes its place; it is
    the last moment a cancel (an exception) still leaves nothing behind.
    """
    folder = out_path.parent
    if not folder.is_dir():
        raise ValidationError.of(
            "The folder {folder} does not exist; choose another place.", folder=str(folder)
        )
    temp = folder / f".{out_path.name}.{uuid.uuid4().hex[:8]}.part"
    doc = PackDocument(
        str(temp),
        kit,
        on_page=on_page,
        title=title,
        author=author,
        subject=subject,
        keywords="Biosparc, briefing, confidential",
    )
    try:
        doc.build(list(story), canvasmaker=_canvas_class(frame))
        if before_commit is not None:
            before_commit(int(doc.page))
        os.replace(temp, out_path)
    except LayoutError as exc:
        raise ValidationError(
            "Part of the pack is too large to fit on a page (a very long text without breaks?); "
            "nothing was written."
        ) from exc
    except PermissionError as exc:
        raise StorageError.of(
            "Cannot write {name}: permission denied (is it open in another program?).",
            name=out_path.name,
        ) from exc
    except OSError as exc:
        raise StorageError.of(
            "Cannot write {path}: {reason}.", path=str(out_path), reason=exc.strerror or str(exc)
        ) from exc
    finally:
        temp.unlink(missing_ok=True)
    return int(doc.page)
