"""Found walking the whole interface in Chinese (issue "Desktop polish", point 9): counts
with their measure words, undo labels and merge values in Chinese, the zone's city in the
interaction form, country names spelt as in mainland usage."""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from datetime import datetime

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QWidget

from biosparc_desktop.domain.enums import Language, NameOrder
from biosparc_desktop.services.contacts import ContactDraft, ContactQuery
from biosparc_desktop.services.delete_impact import DeleteImpact
from biosparc_desktop.services.interactions import InteractionDraft
from biosparc_desktop.services.tasks import TaskQuery
from biosparc_desktop.ui.app_state import AppState
from biosparc_desktop.ui.dialogs.delete_confirm import impact_words
from biosparc_desktop.ui.dialogs.interaction_dialog import InteractionDialog
from biosparc_desktop.ui.dialogs.merge_dialog import MergeDialog
from biosparc_desktop.ui.formatting import fmt_country
from biosparc_desktop.ui.i18n import action_text
from biosparc_desktop.ui.main_window import MainWindow

pytestmark = pytest.mark.gui


@pytest.fixture
def chinese_window(chinese: QLocale, window: MainWindow) -> MainWindow:
    """The main window, built after the language is Chinese (fixtures run in order)."""
    return window


def test_list_counts_take_their_measure_words(chinese_window: MainWindow) -> None:
    counts = {}
    for key in ("partners", "contacts", "agreements", "tasks", "events"):
        chinese_window.show_view(key)
        counts[key] = getattr(chinese_window, key).list.count_label.text()
    assert counts == {
        "partners": "共 8 家合作伙伴",
        "contacts": "共 9 位联系人",
        "agreements": "共 6 份协议",
        "tasks": "共 9 项跟进事项",
        "events": "共 2 场活动",
    }
    # No space before the full-width bracket.
    assert chinese_window.status_counts.text().endswith("未完成跟进 9 项（逾期 2 项）")


def test_delete_question_sets_the_last_count_apart(chinese: QLocale) -> None:
    impact = DeleteImpact(name="Mirxes", contacts=1, interactions=1, events=2)
    assert impact_words(impact) == "1 位联系人、1 条互动记录和 2 场活动"


@pytest.mark.parametrize(
    ("label", "expected"),
    [
        ("Add contact Li Ming (李明)", "添加联系人 Li Ming (李明)"),
        ("Edit contact Li Ming (李明)", "编辑联系人 Li Ming (李明)"),
        ("Complete Send NCCS the draft plan", "完成跟进事项 Send NCCS the draft plan"),
        ("Add staff member Chen Yu", "添加团队成员 Chen Yu"),
        ("Add attendee", "添加参会人"),
        ("Resolve a sync conflict", "解决同步冲突"),
        ("Empty Trash", "清空回收站"),
        ("Restore key terms", "恢复“主要条款”的值"),
        ("Restore stage", "恢复“阶段”的值"),
        ("Restore interaction Meeting: Met Mirxes", "恢复互动记录 会面：Met Mirxes"),
        ("Undo Edit contact Li Ming", "撤销 编辑联系人 Li Ming"),
    ],
)
def test_undo_labels_in_chinese(chinese: QLocale, label: str, expected: str) -> None:
    assert action_text(label) == expected


def test_undoing_a_completed_follow_up_says_so_in_chinese(
    chinese_window: MainWindow, state: AppState
) -> None:
    task = state.services.tasks.rows(TaskQuery(search="draft joint research plan"))[0]
    state.services.tasks.complete(task.id)
    assert action_text(state.undo_label() or "") == (
        "完成跟进事项 Send NCCS the draft joint research plan"
    )


def _value(dialog: QWidget, name: str) -> str:
    radio = dialog.findChild(QWidget, name)
    return radio.parent().text.text()  # type: ignore[union-attr]


def test_merge_shows_choices_in_chinese(qtbot, chinese: QLocale, state: AppState) -> None:  # type: ignore[no-untyped-def]
    services = state.services
    keep = services.contacts.rows(ContactQuery(search="Rachel"))[0].id
    other = services.contacts.create(
        ContactDraft(
            given_name="Rachel",
            family_name="Ng",
            preferred_language=Language.CHINESE,
            name_order=NameOrder.FAMILY_FIRST,
        )
    ).id
    dialog = MergeDialog(state, "contact", keep, other)
    qtbot.addWidget(dialog)
    assert _value(dialog, "merge_preferred_language_other") == "中文"
    assert _value(dialog, "merge_name_order_other") == "姓在前"
    assert "English" not in _value(dialog, "merge_preferred_language_keep")


def test_merge_shows_countries_in_chinese(qtbot, chinese: QLocale, state: AppState) -> None:  # type: ignore[no-untyped-def]
    services = state.services
    nccs = services.organisations.find("NCCS").id
    singhealth = services.organisations.find("SingHealth").id
    dialog = MergeDialog(state, "organisation", nccs, singhealth)
    qtbot.addWidget(dialog)
    assert _value(dialog, "merge_country_keep") == "新加坡"
    assert _value(dialog, "merge_stage_keep") == "合作伙伴"


@pytest.fixture
def in_suzhou(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The computer's clock is Suzhou's (the TZ variable), as the team's."""
    before = os.environ.get("TZ")
    monkeypatch.setenv("TZ", "Asia/Shanghai")
    time.tzset()
    yield
    if before is None:
        os.environ.pop("TZ", None)
    else:
        os.environ["TZ"] = before
    time.tzset()


def test_the_zone_note_names_the_city_in_chinese(  # type: ignore[no-untyped-def]
    qtbot, chinese: QLocale, state: AppState, in_suzhou: None
) -> None:
    row = state.services.interactions.log(
        InteractionDraft(
            summary="Trial protocol review",
            occurred_at=datetime(2026, 11, 20, 14, 0),
            timezone="Asia/Singapore",
            organisation_ids=(state.services.organisations.find("Mirxes").id,),
        )
    )
    dialog = InteractionDialog(state, row)
    qtbot.addWidget(dialog)
    assert dialog.zone_note.text() == "上面的时间为新加坡时间，与您的时钟一致。"


@pytest.mark.parametrize(
    ("code", "name"), [("KH", "柬埔寨"), ("BO", "玻利维亚"), ("MT", "马耳他"), ("GT", "危地马拉")]
)
def test_country_names_as_spelt_in_mainland_usage(chinese: QLocale, code: str, name: str) -> None:
    assert fmt_country(code) == name
