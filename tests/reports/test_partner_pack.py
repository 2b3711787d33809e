"""The partner pack read back with pypdf: sections, names in both scripts, numbering."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from pypdf import PdfReader

from biosparc_desktop.errors import NotFound, ValidationError
from biosparc_desktop.reports import PackOptions, PackResult, build_partner_pack
from biosparc_desktop.services.registry import Services
from tests.reports.conftest import EMPTY_NAME, ESCAPED_NAME
from tests.reports.pdfcheck import cjk_fonts, outline, page_texts, squash

HEADINGS_EN = [
    "Summary",
    "Relationship timeline",
    "Key contacts",
    "Agreements",
    "Obligations due",
    "Open follow-ups",
    "Recent interactions",
    "Notes",
]
HEADINGS_ZH = [
    "概要",
    "合作历程",
    "主要联系人",
    "协议",
    "待履行义务",
    "待办跟进事项",
    "近期互动",
    "备注",
]


def build(services: Services, name: str, path: Path, **options: object) -> PackResult:
    org = services.organisations.find(name)
    return build_partner_pack(services, org.id, path, PackOptions(**options))  # type: ignore[arg-type]


@pytest.fixture(scope="module")
def nccs(pack_services: Services, tmp_path_factory: pytest.TempPathFactory) -> PackResult:
    return build(pack_services, "NCCS", tmp_path_factory.mktemp("nccs") / "nccs.pdf")


def test_every_section_is_there_in_order(nccs: PackResult) -> None:
    titles = [title for _, title, _ in outline(nccs.path)]
    assert titles == [*HEADINGS_EN, "Notes on contacts"]
    text = squash(" ".join(page_texts(nccs.path)[1:]))
    positions = [text.find(squash(h)) for h in HEADINGS_EN]
    assert all(p >= 0 for p in positions), dict(zip(HEADINGS_EN, positions, strict=True))


def test_outline_points_at_the_pages_and_summary_is_page_two(nccs: PackResult) -> None:
    marks = outline(nccs.path)
    assert marks[0] == (0, "Summary", 2)
    assert (1, "Relationship timeline", 2) in marks
    pages = [page for _, _, page in marks]
    assert pages == sorted(pages)
    assert PdfReader(nccs.path).page_mode == "/UseOutlines"


def test_cover_names_and_metadata(nccs: PackResult) -> None:
    cover = page_texts(nccs.path)[0]
    for text in ("PARTNER BRIEFING", "National Cancer Centre Singapore", "新加坡国立癌症中心",
                 "27 Nov 2026", "Prepared by", "Confidential"):  # fmt: skip
        assert squash(text).lower() in squash(cover).lower(), text
    meta = PdfReader(nccs.path).metadata
    assert meta is not None
    assert meta.title == "Partner briefing: National Cancer Centre Singapore"
    assert meta.author == "Business Development, Biosparc"
    assert meta.subject and "Confidential" in meta.subject


def test_contacts_in_both_scripts_and_agreement_titles(nccs: PackResult) -> None:
    text = squash(" ".join(page_texts(nccs.path)))
    for expected in ("Tan Wei Ming", "陈伟明", "Sarah Lim", "tan.weiming@nccs.example",
                     "+65 6436 8001", "Deputy Director, Clinical Research",
                     "Strategic Cooperation Agreement: Biosparc, SIPIPB and National Cancer Centre Singapore",
                     "Clinical Trial Collaboration MoU: NCCS and Biosparc (sample)",
                     "SGD 2,500,000.00", "Send NCCS the draft joint research plan",
                     "Joint research plan agreed by both sides",
                     "Call on the joint research plan"):  # fmt: skip
        assert squash(expected) in text, expected


def test_every_page_has_header_footer_and_its_number(nccs: PackResult) -> None:
    texts = page_texts(nccs.path)
    assert nccs.pages == len(texts) >= 4
    for number, text in enumerate(texts, start=1):
        flat = squash(text)
        assert squash(f"Page {number} of {nccs.pages}") in flat
        assert "Confidential" in flat
        assert squash("Biosparc · Partner briefing") in flat


def test_nothing_prints_none(nccs: PackResult) -> None:
    for text in page_texts(nccs.path):
        assert not re.search(r"\bNone\b", text), text


def test_escaped_name_prints_as_typed(pack_services: Services, out: Path) -> None:
    result = build(pack_services, ESCAPED_NAME, out)
    texts = page_texts(result.path)
    assert squash(ESCAPED_NAME) in squash(texts[0])
    everything = squash(" ".join(texts))
    for typed in ("研发<实验室>&合作", "O'Brien <CEO>", "Head of <R&D>", "欧布&莱恩",
                  "Uses <b>markup</b> & ampersands;"):  # fmt: skip
        assert squash(typed) in everything, typed
    assert "&amp;" not in everything and "&lt;" not in everything
    meta = PdfReader(result.path).metadata
    assert meta is not None and meta.title == f"Partner briefing: {ESCAPED_NAME}"


def test_a_partner_with_nothing_gives_a_short_pack(pack_services: Services, out: Path) -> None:
    result = build(pack_services, EMPTY_NAME, out)
    assert result.pages == 3  # cover, summary, and one page saying what is missing
    last = squash(page_texts(result.path)[-1])
    for line in ("No contacts are recorded for this partner.",
                 "No agreements with this partner are recorded.", "No follow-ups are open.",
                 "No interactions have been logged.", "No notes are recorded."):  # fmt: skip
        assert squash(line) in last, line


@pytest.mark.parametrize(("paper", "size"), [("a4", (595, 842)), ("letter", (612, 792))])
def test_paper_sizes(pack_services: Services, out: Path, paper: str, size: tuple[int, int]) -> None:
    result = build(pack_services, "NCCS", out, paper=paper, sections=frozenset({"contacts"}))
    box = PdfReader(result.path).pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == size


def test_chinese_pack_labels_and_dates(pack_services: Services, out: Path) -> None:
    result = build(pack_services, "NCCS", out, language="zh")
    text = squash(" ".join(page_texts(result.path)))
    for heading in HEADINGS_ZH:
        assert heading in text, heading
    assert "2026年11月27日" in text
    assert "第1页，共" in text
    assert "Key contacts" not in text
    assert "机密" in text


def test_bilingual_pack_has_both_on_every_heading(pack_services: Services, out: Path) -> None:
    result = build(pack_services, "NCCS", out, language="both")
    titles = [title for _, title, _ in outline(result.path)]
    for english, chinese in zip(HEADINGS_EN, HEADINGS_ZH, strict=True):
        assert f"{english} / {chinese}" in titles
    texts = page_texts(result.path)
    text = squash(" ".join(texts))
    assert squash("Confidential / 机密") in text
    # Labels come in both languages; what the user typed is printed once.
    summary = squash(texts[1])
    assert summary.count(squash("Call on the joint research plan")) == 1
    assert squash("Call / 电话: Call on the joint research plan") in summary


def test_only_the_chosen_sections(pack_services: Services, out: Path) -> None:
    result = build(pack_services, "NCCS", out, sections=frozenset({"contacts", "notes"}))
    assert [t for level, t, _ in outline(result.path) if level == 0] == ["Key contacts", "Notes"]


def test_progress_is_reported_to_the_end(pack_services: Services, out: Path) -> None:
    seen: list[tuple[int, int, str]] = []
    org = pack_services.organisations.find("NCCS")
    build_partner_pack(pack_services, org.id, out, progress=lambda d, t, m: seen.append((d, t, m)))
    assert seen[-1][0] == seen[-1][1]
    assert [d for d, _, _ in seen] == sorted(d for d, _, _ in seen)
    assert any("Laying out page" in m for _, _, m in seen)


class _Stop(Exception):
    pass


def test_a_cancelled_build_leaves_no_file(pack_services: Services, tmp_path: Path) -> None:
    def cancel_on_page(done: int, total: int, message: str) -> None:
        if message.startswith("Laying out page 2"):
            raise _Stop

    org = pack_services.organisations.find("NCCS")
    target = tmp_path / "cancelled.pdf"
    with pytest.raises(_Stop):
        build_partner_pack(pack_services, org.id, target, progress=cancel_on_page)
    assert list(tmp_path.iterdir()) == []


def test_a_failed_build_keeps_the_previous_file(pack_services: Services, tmp_path: Path) -> None:
    target = tmp_path / "pack.pdf"
    target.write_bytes(b"%PDF-previous")

    def fail(done: int, total: int, message: str) -> None:
        if "Laying out" in message:
            raise _Stop

    org = pack_services.organisations.find("NCCS")
    with pytest.raises(_Stop):
        build_partner_pack(pack_services, org.id, target, progress=fail)
    assert target.read_bytes() == b"%PDF-previous"
    assert [p.name for p in tmp_path.iterdir()] == ["pack.pdf"]


@pytest.mark.parametrize(
    ("options", "message"),
    [
        ({"sections": frozenset({"gossip"})}, "has no section gossip"),
        ({"sections": frozenset()}, "at least one section"),
        ({"paper": "a5"}, "not a paper size"),
        ({"language": "fr"}, "not a pack language"),
    ],
)
def test_bad_options_are_refused_in_words(
    pack_services: Services, out: Path, options: dict[str, object], message: str
) -> None:
    with pytest.raises(ValidationError, match=message):
        build(pack_services, "NCCS", out, **options)
    assert not out.exists()


def test_missing_folder_and_unknown_partner(pack_services: Services, tmp_path: Path) -> None:
    with pytest.raises(ValidationError, match="does not exist"):
        build(pack_services, "NCCS", tmp_path / "nope" / "pack.pdf")
    with pytest.raises(NotFound):
        build_partner_pack(pack_services, "no-such-id", tmp_path / "pack.pdf")


def test_the_pack_can_show_chinese(nccs: PackResult) -> None:
    found = cjk_fonts(nccs.path)
    assert found["embedded"] if nccs.cjk_embedded else found["cid"], found
