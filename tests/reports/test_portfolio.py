"""The portfolio summary: stages, a chart, expiring agreements, overdue follow-ups."""

from __future__ import annotations

import pytest

from biosparc_desktop.reports import PackOptions, PackResult, build_portfolio
from biosparc_desktop.services.registry import Services
from tests.reports.conftest import EMPTY_NAME
from tests.reports.pdfcheck import cjk_fonts, outline, page_texts, squash


@pytest.fixture(scope="module")
def portfolio(pack_services: Services, tmp_path_factory: pytest.TempPathFactory) -> PackResult:
    path = tmp_path_factory.mktemp("portfolio") / "portfolio.pdf"
    return build_portfolio(pack_services, path, PackOptions(language="both"))


def test_sections_and_charts(portfolio: PackResult) -> None:
    titles = [t for level, t, _ in outline(portfolio.path) if level == 0]
    assert titles == [
        "Partners by stage / 各阶段合作伙伴",
        "At a glance / 概览",
        "Agreements expiring in the next 180 days / 未来180天内到期的协议",
        "Overdue follow-ups by owner / 按负责人列出的逾期跟进事项",
    ]
    text = squash(" ".join(page_texts(portfolio.path)))
    # The charts' axis labels are drawn text: every status and the countries are there.
    for label in ("Awaiting", "已签署", "Terminated", "Singapore / 新加坡", "China / 中国"):
        assert squash(label) in text, label


def test_stages_leave_biosparc_out(portfolio: PackResult) -> None:
    text = squash(" ".join(page_texts(portfolio.path)))
    assert squash(EMPTY_NAME) in text
    assert squash("ClavystBio, EssexBio, Mirxes, NCCS, SIPIPB, True Light PE") in text
    assert (
        squash("Biosparc (Sino-Singapore") not in text.split(squash("Partner / 合作伙伴"))[1][:80]
    )


def test_expiring_and_overdue(portfolio: PackResult) -> None:
    text = squash(" ".join(page_texts(portfolio.path)))
    assert squash("Mutual NDA: Biosparc and Mirxes (sample)") in text
    assert squash("Priya Nair (1)") in text and squash("Chen Yu (1)") in text
    assert squash("Send NCCS the draft joint research plan") in text
    assert squash("Thank-you letters to the signing parties") in text


def test_the_pack_can_show_chinese(portfolio: PackResult) -> None:
    found = cjk_fonts(portfolio.path)
    assert found["embedded"] if portfolio.cjk_embedded else found["cid"], found
