"""Turning typed text into safe FTS5 queries, and into index words."""

from __future__ import annotations

import pytest

from biosparc_desktop.search.fts import match_expression, parse
from biosparc_desktop.search.schema import include_object, rowid_for, rowid_range, split_rowid
from biosparc_desktop.search.text import index_text, joined_pinyin, normalise


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("zhang wei", '"zhang"* AND "wei"*'),
        ("  Mirxes  ", '"Mirxes"*'),
        ("张伟", '"张 伟"*'),
        ("Bio园区", '"Bio 园 区"*'),
        ('say "hi"', '"say"* AND """hi"""*'),
        ("AND OR NOT", '"AND"* AND "OR"* AND "NOT"*'),
        ("NEAR(a b)", '"NEAR(a"* AND "b)"*'),
        ("title:x", '"title:x"*'),
        ("{title}", '"{title}"*'),
        ("a*b ^c", '"a*b"* AND "^c"*'),
        ("r@gmail.com", '"r@gmail.com"*'),
        ("ＩＢＭ", '"IBM"*'),
    ],
)
def test_every_word_becomes_one_quoted_prefix_phrase(typed: str, expected: str) -> None:
    assert match_expression(typed) == expected


@pytest.mark.parametrize(
    ("typed", "literals"),
    [("R & D", ("&",)), ("AND (", ("(",)), ("50 %", ("%",)), ("a - - b", ("-",))],
)
def test_punctuation_only_words_are_kept_as_literals(typed: str, literals: tuple[str]) -> None:
    query = parse(typed)
    assert query.literals == literals
    assert query.match is not None


@pytest.mark.parametrize("typed", ["", "   ", '"', "%", "( )", "***", "——", "，。"])
def test_text_without_a_letter_or_digit_is_empty(typed: str) -> None:
    assert parse(typed).empty
    assert match_expression(typed) is None


def test_columns_filter_the_whole_expression() -> None:
    assert parse("li na", ("title", "detail")).match == '{title detail} : ("li"* AND "na"*)'
    # All columns need no filter; the full text without the initials does.
    assert parse("li", ("title", "detail", "notes", "initials")).match == '"li"*'
    assert parse("li", ("title", "detail", "notes")).match == '{title detail notes} : ("li"*)'
    with pytest.raises(ValueError, match="not index columns"):
        parse("li", ("name",))


def test_index_text_spaces_out_cjk_and_folds_width() -> None:
    assert normalise("陈伟明 (Tan)") == "陈 伟 明 (Tan)"
    assert index_text("Zhang", None, "  ", "张伟", "ＡＢＣ１２") == "Zhang 张 伟 ABC12"
    assert joined_pinyin("zhang wei") == "zhangwei"
    assert joined_pinyin("li") is None
    assert joined_pinyin(None) is None


def test_rowids_encode_kind_and_id() -> None:
    for kind in ("organisation", "contact", "task"):
        rowid = rowid_for(kind, 12345)
        low, high = rowid_range(kind)
        assert low <= rowid <= high
        assert split_rowid(rowid) == (kind, 12345)
    assert rowid_range("contact")[1] < rowid_range("agreement")[0]
    with pytest.raises(ValueError, match="not a searchable kind"):
        rowid_for("staff_member", 1)


def test_alembic_comparisons_leave_the_index_out() -> None:
    for name in ("search_index", "search_index_data", "search_index_config"):
        assert not include_object(None, name, "table", True, None)
    assert include_object(None, "contact", "table", True, None)
    assert include_object(None, "search_index", "index", True, None)
