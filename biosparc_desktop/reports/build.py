"""The pipeline every pack follows: check, gather, lay out, write atomically."""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

from reportlab.platypus import Flowable

from biosparc_desktop.domain.sentences import translatable
from biosparc_desktop.reports.data import Step
from biosparc_desktop.reports.document import PageFrame, write_pdf
from biosparc_desktop.reports.fonts import load_fonts
from biosparc_desktop.reports.options import (
    PackKind,
    PackOptions,
    PackResult,
    ProgressCallback,
    check_options,
)
from biosparc_desktop.reports.styles import Kit
from biosparc_desktop.services.registry import Services

log = logging.getLogger(__name__)
D = TypeVar("D")
# The steps after gathering; the interface words them in its language from these templates.
LAYING_OUT = translatable("Laying out page {page}")
SAVING = translatable("Saving {pages} pages")


class Tracker:
    """Turns gathering steps and laid-out pages into (done, total, message) reports."""

    def __init__(self, progress: ProgressCallback | None, steps: int) -> None:
        self._progress = progress
        self.total = steps + 1  # the last unit is laying out and writing
        self.done = 0

    def step(self, message: str) -> None:
        self.done = min(self.done + 1, self.total - 1)
        if self._progress is not None:
            self._progress(self.done, self.total, message)

    def page(self, number: int) -> None:
        # Called after each page: a chance to report and to be cancelled mid-layout.
        if self._progress is not None:
            self._progress(self.total - 1, self.total, LAYING_OUT.format(page=number))

    def finish(self, pages: int) -> None:
        if self._progress is not None:
            self._progress(self.total, self.total, SAVING.format(pages=pages))


@dataclass(frozen=True)
class PackHeader:
    """What a pack says about itself: kicker, names, and the PDF's metadata."""

    kicker: str  # the kind of pack, top left of every page
    subject: str  # the partner or event in both scripts, top right
    title: str  # the partner or event, bottom left; the PDF title is "kicker: title"
    meta_subject: str


def run_build(
    kind: PackKind,
    services: Services,
    out_path: Path | str,
    options: PackOptions,
    progress: ProgressCallback | None,
    *,
    steps: int,
    gather: Callable[[Step], D],
    compose: Callable[[Kit, D], tuple[PackHeader, Sequence[Flowable]]],
) -> PackResult:
    check_options(kind, options)
    path = Path(out_path).expanduser()
    tracker = Tracker(progress, steps)
    data = gather(tracker.step)
    fonts = load_fonts()
    kit = Kit.make(fonts, options, services.context.today())
    head, story = compose(kit, data)
    labels = kit.labels
    frame = PageFrame(
        kicker=f"Biosparc · {head.kicker}",
        subject=head.subject,
        title=head.title,
        confidential=labels("confidential"),
        page_label=lambda n, total: labels("page_of", n=n, total=total),
        fonts=fonts,
    )
    pages = write_pdf(
        path,
        kit,
        story,
        frame,
        title=labels.entry(head.kicker, head.title),
        author=preparer(kit),
        subject=head.meta_subject,
        on_page=tracker.page,
        before_commit=tracker.finish,
    )
    log.info("Wrote %s (%d pages, CJK font: %s)", path, pages, fonts.description)
    return PackResult(
        path=path, pages=pages, fonts=fonts.description, cjk_embedded=fonts.cjk_embedded
    )


def preparer(kit: Kit) -> str:
    name = (kit.options.prepared_by or "").strip()
    return name or kit.labels("default_preparer")
