"""Cancelling background work: honoured until its last step, refused while it saves."""

from __future__ import annotations

import pytest

from biosparc_desktop.ui.workers import Cancelled, Progress


def test_cancel_before_the_last_step_stops_the_work() -> None:
    shown: list[tuple[int, int]] = []
    progress = Progress(lambda done, total, _message: shown.append((done, total)))
    progress.report(1, 3)
    assert progress.cancel() is True
    with pytest.raises(Cancelled):
        progress.report(2, 3)
    assert shown == [(1, 3)]


def test_cancel_after_the_last_step_is_refused_and_the_work_finishes() -> None:
    progress = Progress(lambda *_args: None)
    progress.report(3, 3)  # every step done: only the saving is left
    assert progress.cancel() is False
    assert not progress.cancelled
    progress.check()  # does not raise: the work goes on to save
