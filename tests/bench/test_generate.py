"""The benchmark's data generator, at a tiny scale: realistic, complete and indexed."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import func, select

from bench.generate import Sizes, generate
from bench.timing import percentile, summary
from biosparc_desktop.config import resolve_location
from biosparc_desktop.domain.contacts import Contact
from biosparc_desktop.search.index import check
from biosparc_desktop.services.contacts import ContactQuery
from biosparc_desktop.services.registry import build_services
from biosparc_desktop.services.tasks import TaskQuery
from biosparc_desktop.store.database import open_database


def test_a_small_generated_database(tmp_path: Path) -> None:
    sizes = Sizes().scaled(0.003)
    path = tmp_path / "bench.sqlite3"
    report = generate(path, sizes, log=lambda _line: None)
    assert report["rows"]["contact"] == sizes.contacts == 300
    assert report["rows"]["interaction"] == sizes.interactions
    assert report["index_rows"] == sum(
        report["rows"][k]
        for k in ("organisation", "contact", "agreement", "interaction", "event", "task")
    )
    database = open_database(resolve_location(str(path)))
    try:
        services = build_services(database)
        with services.context.read() as session:
            assert check(session.connection()).ok
            chinese = session.scalar(select(func.count()).where(Contact.name_zh.is_not(None)))
            zh, pinyin = session.execute(
                select(Contact.name_zh, Contact.pinyin).where(
                    Contact.name_zh.is_not(None), Contact.deleted_at.is_(None)
                )
            ).first()  # type: ignore[misc]
        assert chinese == 100  # a third
        assert services.contacts.count(ContactQuery(search=zh)) >= 1
        assert services.contacts.count(ContactQuery(search=pinyin)) >= 1
        # Every generated row is live and reachable through the services.
        assert services.organisations.count() == report["rows"]["organisation"]
        assert services.tasks.count(TaskQuery(status=None)) == report["rows"]["task"] > 0
    finally:
        database.close()


def test_percentiles_and_summaries() -> None:
    values = [float(n) for n in range(1, 101)]
    assert percentile(values, 0.5) == 50.0
    assert percentile(values, 0.95) == 95.0
    assert percentile([7.0], 0.95) == 7.0
    assert summary([3.0, 1.0, 2.0]) == {"p50_ms": 2.0, "p95_ms": 3.0, "max_ms": 3.0, "n": 3}
