"""Lists at scale: the paged model fetches lazily and never twice; slow work cancels cleanly."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import pytest
from PySide6.QtCore import QModelIndex, Qt

from biosparc_desktop.search.index import check
from biosparc_desktop.services.contacts import ContactDraft, ContactQuery
from biosparc_desktop.services.registry import Services
from biosparc_desktop.ui.models.paged_table import PAGE_SIZE, Column, PagedTableModel
from biosparc_desktop.ui.workers import Job, Progress

pytestmark = pytest.mark.gui


@dataclass(frozen=True)
class Item:
    id: str
    name: str


ALL = [Item(f"id{n:04d}", f"Name {n:04d}") for n in range(1050)]


class Source:
    def __init__(self) -> None:
        self.calls: list[tuple[int, int, str | None, bool]] = []

    def fetch(self, offset: int, limit: int, key: str | None, desc: bool) -> Sequence[Item]:
        self.calls.append((offset, limit, key, desc))
        rows = ALL[::-1] if desc else ALL
        return rows[offset : offset + limit]


def _model(source: Source) -> PagedTableModel[Item]:
    return PagedTableModel([Column("Name", lambda r: r.name, "name")], source.fetch)


def test_nothing_is_read_before_the_first_reload(qtbot: object) -> None:
    source = Source()
    model = _model(source)
    model.sort(0, Qt.SortOrder.DescendingOrder)
    assert not model.canFetchMore(QModelIndex())
    assert model.rowCount() == 0 and source.calls == []
    model.reload()
    assert source.calls == [(0, PAGE_SIZE, "name", True)]
    assert model.row_at(0) == ALL[-1]


def test_fetching_more_returns_every_row_exactly_once(qtbot: object) -> None:
    source = Source()
    model = _model(source)
    model.reload()
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
    assert model.rows() == ALL
    pages = len(ALL) // PAGE_SIZE + 1
    assert [offset for offset, *_ in source.calls] == [n * PAGE_SIZE for n in range(pages)]
    assert model.data(model.index(1049, 0)) == "Name 1049"
    model.sort(0, Qt.SortOrder.AscendingOrder)  # unchanged: no reload
    assert len(source.calls) == pages
    model.sort(0, Qt.SortOrder.DescendingOrder)
    assert model.rowCount() == PAGE_SIZE and model.row_at(0) == ALL[-1]


def test_a_cancelled_job_leaves_the_database_and_index_unchanged(
    qtbot: object, services: Services
) -> None:
    services.contacts.create(ContactDraft(given_name="Ann", family_name="Lee"))
    before = services.contacts.rows(ContactQuery(), limit=100)

    def add_many(progress: Progress) -> int:
        with services.context.write("Add 500 contacts"):
            for n in range(500):
                services.contacts.create(ContactDraft(given_name=f"Bulk{n}", family_name="张"))
                progress.report(n + 1, 500)
        return 500

    job = Job(add_many)
    job.progressed.connect(lambda done, _total, _msg: done == 3 and job.cancel())
    with qtbot.waitSignal(job.cancelled, timeout=30_000):  # type: ignore[attr-defined]
        job.start()
    assert services.contacts.rows(ContactQuery(), limit=100) == before
    assert services.contacts.count(ContactQuery(search="bulk")) == 0
    assert services.search.search("张") == []
    with services.context.read() as session:
        assert check(session.connection()).ok
