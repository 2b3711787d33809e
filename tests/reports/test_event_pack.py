"""The signing-event pack: run sheet, attendees by organisation, a page per agreement."""

from __future__ import annotations

from pathlib import Path

import pytest

from biosparc_desktop.errors import NotFound
from biosparc_desktop.reports import PackOptions, PackResult, build_event_pack
from biosparc_desktop.services.events import EventDraft
from biosparc_desktop.services.registry import Services
from tests.reports.pdfcheck import cjk_fonts, outline, page_texts, squash

CEREMONY = "Strategic cooperation signing ceremony"
AGREEMENTS = [
    "Strategic Cooperation Agreement: Biosparc, SIPIPB and National Cancer Centre Singapore",
    "Strategic Cooperation Agreement: Biosparc, SIPIPB and Essex Bio",
    "Strategic Cooperation Agreement: Biosparc, SIPIPB and Mirxes",
    "Strategic Partnership: Biosparc, True Light PE and ClavystBio",
]


@pytest.fixture(scope="module")
def ceremony(pack_services: Services, tmp_path_factory: pytest.TempPathFactory) -> PackResult:
    event = pack_services.events.find(CEREMONY)
    path = tmp_path_factory.mktemp("event") / "event.pdf"
    return build_event_pack(pack_services, event.id, path, PackOptions(paper="letter"))


def test_sections_in_order_with_a_bookmark_for_each_agreement_and_partner(
    ceremony: PackResult,
) -> None:
    marks = outline(ceremony.path)
    top = [title for level, title, _ in marks if level == 0]
    assert top == [
        "Agenda and run sheet",
        "Attendees",
        "Agreements to be signed",
        "Partner profiles",
    ]
    titles = [title for _, title, _ in marks]
    for title in AGREEMENTS:
        assert title in titles
    for partner in ("National Cancer Centre Singapore", "Essex Bio", "Mirxes", "ClavystBio"):
        assert partner in titles
    # Biosparc signs as "us": it gets no partner profile.
    profiles = [t for level, t, _ in marks if level == 1][-7:]
    assert "Biosparc (Sino-Singapore Life Science Park)" not in profiles


def test_one_page_per_agreement(ceremony: PackResult) -> None:
    pages = {title: page for _, title, page in outline(ceremony.path) if title in AGREEMENTS}
    assert len(set(pages.values())) == len(AGREEMENTS)
    texts = page_texts(ceremony.path)
    for title, page in pages.items():
        text = squash(texts[page - 1])
        assert squash(title) in text
        assert "Signatories" in text and "Keyterms" in text and "Parties" in text


def test_run_sheet_and_signing_order(ceremony: PackResult) -> None:
    page = squash(page_texts(ceremony.path)[1])
    for item in ("09:30", "Arrival and registration", "Welcome address", "Signing order",
                 "Wang Li (王丽)", "Chen Jianhua (陈建华)"):  # fmt: skip
        assert squash(item) in page, item


def test_attendees_grouped_by_organisation_with_titles(ceremony: PackResult) -> None:
    marks = outline(ceremony.path)
    groups = [t for level, t, _ in marks if level == 1 and t.endswith(")")][:7]
    assert "Mirxes (2)" in groups and "National Cancer Centre Singapore (2)" in groups
    assert groups == sorted(groups, key=str.lower)
    page = next(p for _, t, p in marks if t == "Attendees")
    text = squash(page_texts(ceremony.path)[page - 1])
    for expected in ("Goh Hui Min", "吴慧敏", "Senior Manager, Clinical Affairs", "Rachel Ng"):
        assert squash(expected) in text


def test_numbering_on_every_page(ceremony: PackResult) -> None:
    texts = page_texts(ceremony.path)
    assert ceremony.pages == len(texts)
    for number, text in enumerate(texts, start=1):
        assert squash(f"Page {number} of {ceremony.pages}") in squash(text)


def test_the_pack_can_show_chinese(ceremony: PackResult) -> None:
    found = cjk_fonts(ceremony.path)
    assert found["embedded"] if ceremony.cjk_embedded else found["cid"], found


def test_an_event_with_nothing_linked(pack_services: Services, out: Path) -> None:
    event = pack_services.events.create(
        EventDraft(name="Empty visit <draft>", held_on="2026-12-01")
    )
    result = build_event_pack(pack_services, event.id, out, PackOptions(language="both"))
    text = squash(" ".join(page_texts(result.path)))
    assert squash("Empty visit <draft>") in text
    for line in ("No agenda has been set.", "No attendees are recorded.",
                 "No agreements are to be signed.", "No partner organisations are linked."):  # fmt: skip
        assert squash(line) in text, line
    assert result.pages == 5  # cover and one page for each (empty) section


def test_unknown_event(pack_services: Services, out: Path) -> None:
    with pytest.raises(NotFound):
        build_event_pack(pack_services, "no-such-event", out)
    assert not out.exists()
