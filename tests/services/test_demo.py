from __future__ import annotations

from biosparc_desktop.services.demo import load_demo
from biosparc_desktop.services.registry import Services
from biosparc_desktop.services.tasks import TaskQuery


def test_demo_is_loaded_once(services: Services) -> None:
    assert load_demo(services) is True
    counts = (
        services.organisations.count(),
        services.contacts.count(),
        services.agreements.count(),
    )
    assert load_demo(services) is False
    assert (
        services.organisations.count(),
        services.contacts.count(),
        services.agreements.count(),
    ) == counts
    assert counts == (8, 9, 6)


def test_demo_has_the_announcement_and_today_items(demo: Services) -> None:
    names = {o.short_name or o.name for o in demo.organisations.rows()}
    assert {
        "Biosparc",
        "SIPIPB",
        "NCCS",
        "EssexBio",
        "Mirxes",
        "True Light PE",
        "ClavystBio",
    } <= names
    [ceremony] = [e for e in demo.events.rows() if e.held_on.isoformat() == "2025-11-20"]
    detail = demo.events.detail(ceremony.id)
    assert len(detail.agreements) == 4
    assert demo.tasks.count(TaskQuery(overdue=True)) >= 1
    assert demo.tasks.count(TaskQuery()) > demo.tasks.count(TaskQuery(overdue=True))
    assert all(c.notes and "Sample" in c.notes for c in demo.contacts.rows())
    assert sum(1 for c in demo.contacts.rows() if c.name_zh) >= 5
