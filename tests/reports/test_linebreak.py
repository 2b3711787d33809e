"""Chinese line breaking: no line starts with closing punctuation or ends with opening."""

from __future__ import annotations

import pytest

from biosparc_desktop.reports.fonts import load_fonts
from biosparc_desktop.reports.linebreak import CLOSING, OPENING, Para, break_point
from biosparc_desktop.reports.styles import Styles

MIXED = (
    "新加坡国立癌症中心（临床研究部）与百奥斯帕克（新加坡）有限公司签署《合作协议》，"
    "双方同意：共同开展研究、培训与交流！是否续签？「数据共享」方案待定。"
    "Biosparc and NCCS agreed a joint research plan (clinical trials, data sharing)."
)


def _lines(markup_text: str, width: float) -> list[str]:
    fonts = load_fonts()
    para = Para(fonts.markup(markup_text), Styles(fonts)["body"])
    para.wrap(width, 100_000)
    return ["".join(word.text for word in line.words) for line in para.blPara.lines]


@pytest.mark.parametrize("width", range(60, 420, 9))
def test_no_line_starts_with_closing_or_ends_with_opening_punctuation(width: int) -> None:
    lines = _lines(MIXED * 3, width)
    assert "".join(lines).replace(" ", "") == (MIXED * 3).replace(" ", "")
    for line in lines[1:]:
        assert line[0] not in CLOSING, lines
    for line in lines[:-1]:
        assert line[-1] not in OPENING, lines


@pytest.mark.parametrize("width", [120, 200, 333])
def test_latin_words_stay_whole(width: int) -> None:
    text = "Biosparc and the National Cancer Centre Singapore agreed a joint research plan. " * 4
    words = set(text.split())
    for line in _lines(text, width):
        assert set(line.split()) <= words, line


def test_a_word_longer_than_the_line_is_cut_and_punctuation_alone_still_breaks() -> None:
    assert break_point(list("https://example.com/abcdef"), 0, 10) == 10
    assert break_point(list("，，，，，，"), 0, 3) == 3  # nothing better: where it overflows
    assert break_point(list("研究（临床）部"), 0, 3) == 2  # not after "（"
    assert break_point(list("研究部）与"), 0, 3) == 2  # not before "）"


def test_a_short_chinese_word_after_a_space_moves_whole() -> None:
    fonts = load_fonts()
    label = "Live agreements 有效协议"
    width = fonts.width("Live agreements 有效", 10) + 1  # room for half the word
    assert _lines(label, width) == ["Live agreements", "有效协议"]
