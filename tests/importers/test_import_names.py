"""Sorting name pieces into given, family and Chinese name."""

from __future__ import annotations

import pytest

from biosparc_desktop.importers.names import resolve_names, split_chinese, split_latin


@pytest.mark.parametrize(
    ("full", "given", "family", "zh", "expected"),
    [
        pytest.param(None, "Wei", "Zhang", None, ("Wei", "Zhang", None), id="latin-columns"),
        pytest.param("张伟", None, None, None, ("伟", "张", "张伟"), id="fn-chinese-only"),
        pytest.param(None, "伟", "张", None, ("伟", "张", "张伟"), id="chinese-columns"),
        pytest.param("张伟", "Wei", "Zhang", None, ("Wei", "Zhang", "张伟"), id="both-scripts"),
        pytest.param("Wei Zhang 张伟", None, None, None, ("Wei", "Zhang", "张伟"), id="mixed-fn"),
        pytest.param("张伟 (Wei Zhang)", None, None, None, ("Wei", "Zhang", "张伟"), id="bracket"),
        pytest.param("张 伟", None, None, None, ("伟", "张", "张伟"), id="spaced"),
        pytest.param("欧阳娜娜", None, None, None, ("娜娜", "欧阳", "欧阳娜娜"), id="compound"),
        pytest.param("诸葛亮", None, None, None, ("亮", "诸葛", "诸葛亮"), id="compound-3"),
        # Not reliably splittable: unknown first character, four characters, foreign names.
        pytest.param("佟丽娅", None, None, None, (None, None, "佟丽娅"), id="rare-surname"),
        pytest.param("陈李美玲", None, None, None, (None, None, "陈李美玲"), id="four-chars"),
        pytest.param("阿卜杜·买买提", None, None, None, (None, None, "阿卜杜·买买提"), id="dot"),
        # A romanised Chinese name is family name first: Li is the pinyin of 李.
        pytest.param("Li Na", None, None, "李娜", ("Na", "Li", "李娜"), id="zh-column"),
        pytest.param("Na Li", None, None, "李娜", ("Na", "Li", "李娜"), id="zh-western-order"),
        pytest.param(
            "Zhang Wei 张伟", None, None, None, ("Wei", "Zhang", "张伟"), id="both-scripts"
        ),
        pytest.param(
            "Ouyang Nana", None, None, "欧阳娜娜", ("Nana", "Ouyang", "欧阳娜娜"), id="compound"
        ),
        pytest.param(
            "CHAN Tai Man", None, None, "陳大文", ("Tai Man", "CHAN", "陳大文"), id="caps-family"
        ),
        pytest.param(
            "Peter Chan", None, None, "陳大文", ("Peter", "Chan", "陳大文"), id="english-name"
        ),
        pytest.param("Madonna", None, None, None, ("Madonna", None, None), id="one-word"),
        pytest.param(None, None, None, None, (None, None, None), id="nothing"),
    ],
)
def test_resolve_names(
    full: str | None,
    given: str | None,
    family: str | None,
    zh: str | None,
    expected: tuple[str | None, str | None, str | None],
) -> None:
    assert resolve_names(full, given, family, zh) == expected


@pytest.mark.parametrize(
    ("full", "expected"),
    [
        ("John Smith", ("John", "Smith")),
        ("Smith, John", ("John", "Smith")),
        ("Mary Ann Lee", ("Mary Ann", "Lee")),
        ("Ludwig van Beethoven", ("Ludwig", "van Beethoven")),
        ("Maria de la Cruz", ("Maria", "de la Cruz")),
        ("Cher", ("Cher", None)),
    ],
)
def test_split_latin(full: str, expected: tuple[str | None, str | None]) -> None:
    assert split_latin(full) == expected


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("王芳", ("王", "芳")),
        ("張偉", ("張", "偉")),  # traditional characters
        ("司马光明", ("司马", "光明")),
        ("李", (None, None)),
        ("Li", (None, None)),
    ],
)
def test_split_chinese(name: str, expected: tuple[str | None, str | None]) -> None:
    assert split_chinese(name) == expected
