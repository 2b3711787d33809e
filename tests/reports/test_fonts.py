"""Finding a CJK font reportlab can embed, the CID fallback, and mixed-script runs."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from biosparc_desktop.reports import PackOptions, build_partner_pack
from biosparc_desktop.reports.font_files import FONT_ENV_VAR, find_cjk_faces
from biosparc_desktop.reports.fonts import CID_FALLBACK, FontSet, discover_fonts
from biosparc_desktop.services.registry import Services
from tests.reports.conftest import ESCAPED_NAME
from tests.reports.fontmaker import LATIN, make_font
from tests.reports.pdfcheck import cjk_fonts, page_texts, squash

CJK = "中文合作协议联系人研发实验室"


@pytest.fixture(autouse=True)
def _no_override(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(FONT_ENV_VAR, raising=False)


def test_a_truetype_cjk_font_in_a_known_place_is_embedded(tmp_path: Path) -> None:
    make_font(tmp_path / "fonts" / "simhei.ttf", LATIN + CJK)
    fonts = discover_fonts([tmp_path / "fonts"])
    assert fonts.cjk_embedded
    assert "simhei.ttf" in fonts.description
    # One family for both scripts: the CJK font draws Latin too when it has the glyphs.
    assert {font for font, _ in fonts.runs("Lab 合作")} == {fonts.regular}


def test_a_cff_font_is_skipped_for_the_cid_fallback(tmp_path: Path) -> None:
    # Noto Sans CJK ships CFF outlines, which reportlab cannot embed.
    make_font(tmp_path / "fonts" / "NotoSansCJKsc-Regular.otf", LATIN + CJK, cff=True)
    assert find_cjk_faces([tmp_path / "fonts"]) is None
    fonts = discover_fonts([tmp_path / "fonts"])
    assert not fonts.cjk_embedded
    assert fonts.faces[-1].regular == CID_FALLBACK
    assert [font for font, _ in fonts.runs("合作")] == [CID_FALLBACK]


def test_a_font_without_chinese_glyphs_is_not_taken_for_a_cjk_font(tmp_path: Path) -> None:
    make_font(tmp_path / "fonts" / "wqy-microhei.ttc", LATIN)
    assert find_cjk_faces([tmp_path / "fonts"]) is None


def test_an_unusual_file_name_is_found_by_the_folder_search(tmp_path: Path) -> None:
    make_font(tmp_path / "deep" / "er" / "MyChineseSC-Regular.ttf", LATIN + CJK)
    found = find_cjk_faces([tmp_path])
    assert found is not None
    assert found[0].source.path.name == "MyChineseSC-Regular.ttf"


def test_the_environment_variable_overrides_the_search(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    chosen = make_font(tmp_path / "elsewhere" / "house.ttf", LATIN + CJK)
    make_font(tmp_path / "fonts" / "simhei.ttf", LATIN + CJK)
    monkeypatch.setenv(FONT_ENV_VAR, str(chosen))
    fonts = discover_fonts([tmp_path / "fonts"])
    assert "house.ttf" in fonts.description


def test_runs_give_missing_characters_to_the_next_font(tmp_path: Path) -> None:
    make_font(tmp_path / "fonts" / "simhei.ttf", LATIN + "中文合作协议联系人")
    fonts = discover_fonts([tmp_path / "fonts"])
    runs = fonts.runs("合作 Ω 癌")  # neither Ω nor 癌 is in the test font
    assert runs[0] == (fonts.regular, "合作 ")
    assert all(font != fonts.regular for font, _ in runs[1:])
    assert "".join(piece for _, piece in runs) == "合作 Ω 癌"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('R&D <Lab> "Alpha" & 合作', 'R&amp;D &lt;Lab&gt; "Alpha" &amp; '),
        ("<b>not bold</b>", "&lt;b&gt;not bold&lt;/b&gt;"),
        ("two\nlines", "two<br/>lines"),
    ],
)
def test_markup_escapes_user_text(text: str, expected: str) -> None:
    fonts = discover_fonts([])  # no folders: the built-in fallback fonts
    assert fonts.markup(text).startswith(expected)


def test_fit_shortens_with_an_ellipsis() -> None:
    fonts: FontSet = discover_fonts([])
    short = fonts.fit("National Cancer Centre Singapore " * 5, 8, 100)
    assert short.endswith("…")
    assert fonts.width(short, 8) <= 100


def test_a_pack_embeds_the_truetype_cjk_font_when_there_is_one(
    pack_services: Services, tmp_path: Path, use_font_file: Callable[[Path], None]
) -> None:
    font = make_font(tmp_path / "fonts" / "simhei.ttf", LATIN + CJK + "欧布莱恩")
    use_font_file(font)
    org = pack_services.organisations.find(ESCAPED_NAME)
    result = build_partner_pack(pack_services, org.id, tmp_path / "p.pdf", PackOptions())
    assert result.cjk_embedded
    found = cjk_fonts(result.path)
    assert any("TestHei" in name for name in found["embedded"]), found
    assert squash(ESCAPED_NAME) in squash(page_texts(result.path)[0])


def test_characters_no_font_can_draw_become_a_question_mark() -> None:
    fonts = discover_fonts([])  # Helvetica and the CID fallback
    runs = fonts.runs("lab 🧬 合作")
    text = "".join(piece for _, piece in runs)
    assert text == "lab ? 合作"
    assert runs[-1] == (CID_FALLBACK, "合作")
