"""Every heading and label of a pack in English and Simplified Chinese.

A pack's language is its own choice (English, Chinese or both on every label),
independent of the app's language.
"""

from __future__ import annotations

import gettext
from datetime import date, datetime
from enum import StrEnum
from functools import lru_cache
from typing import Literal

import pycountry

from biosparc_desktop.domain.enums import (
    AgreementKind,
    AgreementStatus,
    EventKind,
    InteractionKind,
    OrganisationKind,
    PartyRole,
    RelationshipStage,
    ReviewCadence,
    TaskPriority,
    Workstream,
)
from biosparc_desktop.domain.rules.codes import country_name

Language = Literal["en", "zh", "both"]
LANGUAGES: tuple[Language, ...] = ("en", "zh", "both")

_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")

TEXT: dict[str, tuple[str, str]] = {
    # packs and the page frame
    "partner_pack": ("Partner briefing", "合作伙伴简报"),
    "event_pack": ("Signing-event briefing", "签约活动简报"),
    "portfolio_pack": ("Portfolio summary", "合作伙伴组合概览"),
    "confidential": ("Confidential", "机密"),
    "confidential_note": (
        "For Biosparc internal use only. Do not forward or share outside Biosparc.",
        "仅供中新生命科学园内部使用，请勿转发或外传。",
    ),
    "page_of": ("Page {n} of {total}", "第 {n} 页，共 {total} 页"),
    "prepared_by": ("Prepared by", "编制人"),
    "date": ("Date", "日期"),
    "as_of": ("As of", "截至"),
    "default_preparer": ("Business Development, Biosparc", "中新生命科学园商务拓展部"),
    # partner pack sections
    "summary": ("Summary", "概要"),
    "key_facts": ("Key facts", "基本信息"),
    "timeline": ("Relationship timeline", "合作历程"),
    "contacts": ("Key contacts", "主要联系人"),
    "agreements": ("Agreements", "协议"),
    "obligations": ("Obligations due", "待履行义务"),
    "followups": ("Open follow-ups", "待办跟进事项"),
    "interactions": ("Recent interactions", "近期互动"),
    "notes": ("Notes", "备注"),
    "notes_on_contacts": ("Notes on contacts", "联系人备注"),
    # event pack sections
    "agenda": ("Agenda and run sheet", "议程与流程"),
    "event_details": ("Event details", "活动信息"),
    "run_sheet": ("Agenda", "议程"),
    "signing_order": ("Signing order", "签约顺序"),
    "attendees": ("Attendees", "出席人员"),
    "event_agreements": ("Agreements to be signed", "待签署协议"),
    "profiles": ("Partner profiles", "合作伙伴简介"),
    # portfolio sections
    "stages": ("Partners by stage", "各阶段合作伙伴"),
    "charts": ("At a glance", "概览"),
    "agreements_by_status": ("Agreements by status", "各状态协议数量"),
    "partners_by_country": ("Partners by country", "各国家和地区合作伙伴数量"),
    "expiring": ("Agreements expiring in the next 180 days", "未来180天内到期的协议"),
    "overdue": ("Overdue follow-ups by owner", "按负责人列出的逾期跟进事项"),
    # fields
    "stage": ("Stage", "阶段"),
    "owner": ("Owner", "负责人"),
    "kind": ("Type", "类型"),
    "location": ("Location", "所在地"),
    "website": ("Website", "网站"),
    "parent": ("Part of", "上级机构"),
    "tags": ("Tags", "标签"),
    "chinese_name": ("Chinese name", "中文名称"),
    "english_name": ("English name", "英文名称"),
    "short_name": ("Short name", "简称"),
    "contact_count": ("Contacts", "联系人"),
    "live_agreements": ("Live agreements", "有效协议"),
    "open_followups": ("Open follow-ups", "待办跟进"),
    "last_interaction": ("Last interaction", "最近互动"),
    "agreement_value": ("Agreement value", "协议金额"),
    "name": ("Name", "姓名"),
    "title": ("Title", "职务"),
    "email": ("Email", "电子邮件"),
    "phone": ("Phone", "电话"),
    "organisation": ("Organisation", "机构"),
    "agreement": ("Agreement", "协议"),
    "status": ("Status", "状态"),
    "signed": ("Signed", "签署日期"),
    "effective": ("Effective", "生效日期"),
    "expires": ("Expires", "到期日期"),
    "value": ("Value", "金额"),
    "days_to_expiry": ("Days to expiry", "距到期天数"),
    "renewal_notice": ("Renewal notice by", "续约通知截止"),
    "parties": ("Parties", "协议各方"),
    "role": ("Role", "角色"),
    "signatories": ("Signatories", "签署人"),
    "key_terms": ("Key terms", "主要条款"),
    "cooperation_items": ("Cooperation items", "合作事项"),
    "workstream": ("Workstream", "合作方向"),
    "cadence": ("Review", "审阅周期"),
    "due": ("Due", "截止日期"),
    "obligation": ("Obligation", "义务"),
    "followup": ("Follow-up", "跟进事项"),
    "about": ("About", "关联"),
    "assignee": ("Assignee", "负责人"),
    "priority": ("Priority", "优先级"),
    "days_overdue": ("Days overdue", "逾期天数"),
    "when": ("When", "时间"),
    "with": ("With", "参与人"),
    "what": ("What happened", "内容"),
    "outcome": ("Outcome", "结果"),
    "time": ("Time", "时间"),
    "item": ("Item", "事项"),
    "speaker": ("Speaker or lead", "发言人或负责人"),
    "venue": ("Venue", "地点"),
    "description": ("About", "简介"),
    "count": ("Count", "数量"),
    "partners": ("Partners", "合作伙伴"),
    "number": ("No.", "序号"),
    "attending": ("Attending", "出席人员"),
    "at_this_event": ("Signing at this event", "本次签署"),
    "other_agreements": ("Other agreements", "其他协议"),
    # marks and fillers
    "expiring_soon": ("Expires within 90 days", "90天内到期"),
    "expiring_legend": (
        "Highlighted rows expire within 90 days or are past their renewal notice date.",
        "高亮行表示90天内到期或已过续约通知日期的协议。",
    ),
    "overdue_mark": ("Overdue", "已逾期"),
    "overdue_legend": ("Dates in red are overdue.", "红色日期表示已逾期。"),
    "no_organisation": ("No organisation", "无所属机构"),
    "unassigned": ("Unassigned", "未分配"),
    "and_more": ("and {n} more", "等，另有 {n} 个"),
    "not_set": ("Not set", "未填写"),
    # timeline entries: "Signed: <agreement title>"
    "tl_signed": ("Signed", "签署"),
    "tl_effective": ("Took effect", "生效"),
    "tl_expires": ("Expires", "到期"),
    "tl_event": ("Event", "活动"),
    # empty sections, one line each
    "no_contacts": ("No contacts are recorded for this partner.", "暂无该合作伙伴的联系人。"),
    "no_agreements": ("No agreements with this partner are recorded.", "暂无与该合作伙伴的协议。"),
    "no_obligations": ("No obligations are open.", "暂无待履行的义务。"),
    "no_followups": ("No follow-ups are open.", "暂无待办跟进事项。"),
    "no_interactions": ("No interactions have been logged.", "暂无互动记录。"),
    "no_notes": ("No notes are recorded.", "暂无备注。"),
    "no_timeline": ("Nothing is on the record yet.", "暂无往来记录。"),
    "no_agenda": ("No agenda has been set.", "尚未安排议程。"),
    "no_attendees": ("No attendees are recorded.", "暂无出席人员。"),
    "no_event_agreements": ("No agreements are to be signed.", "本次活动无待签署协议。"),
    "no_profiles": ("No partner organisations are linked.", "暂无关联的合作伙伴。"),
    "no_signatories": ("No signatories are recorded.", "暂无签署人。"),
    "no_key_terms": ("No key terms are recorded.", "暂无主要条款。"),
    "no_items": ("No cooperation items are recorded.", "暂无合作事项。"),
    "no_partners": ("No partners are recorded.", "暂无合作伙伴。"),
    "no_expiring": ("No agreements expire in the next 180 days.", "未来180天内没有到期的协议。"),
    "no_overdue": ("No follow-ups are overdue.", "暂无逾期的跟进事项。"),
    "no_chart_data": ("Nothing to chart yet.", "暂无可绘制的数据。"),
}

# English labels that read better in print than the app's own.
ENUM_EN: dict[tuple[type[StrEnum], str], str] = {(ReviewCadence, "none"): "Not scheduled"}

# Keyed by (enum class, value): members of different enums share values ("partner").
# The words are the app's own (tests/ui/test_pack_words.py holds them together), but for
# a party's role "合作方", which the app, translating by English label, cannot tell from
# the partner stage, and "不定期" for a review with no cadence.
ENUM_ZH: dict[tuple[type[StrEnum], str], str] = {
    (RelationshipStage, RelationshipStage.PROSPECT.value): "潜在伙伴",
    (RelationshipStage, RelationshipStage.ENGAGED.value): "已接洽",
    (RelationshipStage, RelationshipStage.NEGOTIATING.value): "洽谈中",
    (RelationshipStage, RelationshipStage.PARTNER.value): "合作伙伴",
    (RelationshipStage, RelationshipStage.DORMANT.value): "休眠",
    (AgreementStatus, AgreementStatus.DRAFT.value): "草稿",
    (AgreementStatus, AgreementStatus.NEGOTIATING.value): "洽谈中",
    (AgreementStatus, AgreementStatus.AWAITING_SIGNATURE.value): "待签署",
    (AgreementStatus, AgreementStatus.SIGNED.value): "已签署",
    (AgreementStatus, AgreementStatus.ACTIVE.value): "生效中",
    (AgreementStatus, AgreementStatus.EXPIRED.value): "已到期",
    (AgreementStatus, AgreementStatus.TERMINATED.value): "已终止",
    (AgreementStatus, AgreementStatus.ABANDONED.value): "已放弃",
    (AgreementKind, AgreementKind.MOU.value): "谅解备忘录",
    (AgreementKind, AgreementKind.STRATEGIC_COOPERATION.value): "战略合作",
    (AgreementKind, AgreementKind.RESEARCH_COLLABORATION.value): "科研合作",
    (AgreementKind, AgreementKind.CLINICAL_TRIAL.value): "临床试验",
    (AgreementKind, AgreementKind.LICENSING.value): "许可授权",
    (AgreementKind, AgreementKind.NDA.value): "保密协议",
    (AgreementKind, AgreementKind.INVESTMENT.value): "投资",
    (AgreementKind, AgreementKind.OTHER.value): "其他",
    (OrganisationKind, OrganisationKind.HOSPITAL.value): "医院",
    (OrganisationKind, OrganisationKind.RESEARCH_INSTITUTE.value): "研究机构",
    (OrganisationKind, OrganisationKind.UNIVERSITY.value): "大学",
    (OrganisationKind, OrganisationKind.COMPANY.value): "生物科技 / 企业",
    (OrganisationKind, OrganisationKind.INVESTOR.value): "投资机构",
    (OrganisationKind, OrganisationKind.GOVERNMENT.value): "政府机构",
    (OrganisationKind, OrganisationKind.PARK_OPERATOR.value): "园区运营方",
    (OrganisationKind, OrganisationKind.OTHER.value): "其他",
    (InteractionKind, InteractionKind.MEETING.value): "会面",
    (InteractionKind, InteractionKind.CALL.value): "电话",
    (InteractionKind, InteractionKind.EMAIL.value): "邮件",
    (InteractionKind, InteractionKind.VISIT.value): "拜访",
    (InteractionKind, InteractionKind.SIGNING.value): "签约",
    (InteractionKind, InteractionKind.CONFERENCE.value): "会议",
    (EventKind, EventKind.SIGNING_CEREMONY.value): "签约仪式",
    (EventKind, EventKind.CONFERENCE.value): "会议",
    (EventKind, EventKind.VISIT.value): "拜访",
    (EventKind, EventKind.OTHER.value): "其他",
    (TaskPriority, TaskPriority.LOW.value): "低",
    (TaskPriority, TaskPriority.NORMAL.value): "普通",
    (TaskPriority, TaskPriority.HIGH.value): "高",
    (PartyRole, PartyRole.BIOSPARC.value): "中新生命科学园",
    (PartyRole, PartyRole.PARTNER.value): "合作方",
    (PartyRole, PartyRole.CO_SIGNATORY.value): "共同签署方",
    (PartyRole, PartyRole.WITNESS.value): "见证方",
    (PartyRole, PartyRole.OTHER.value): "其他",
    (Workstream, Workstream.RESEARCH.value): "科研",
    (Workstream, Workstream.CLINICAL.value): "临床",
    (Workstream, Workstream.TRANSLATION.value): "成果转化",
    (Workstream, Workstream.INDUSTRIALISATION.value): "产业化",
    (Workstream, Workstream.INVESTMENT.value): "投资",
    (Workstream, Workstream.TALENT.value): "人才",
    (Workstream, Workstream.OTHER.value): "其他",
    (ReviewCadence, ReviewCadence.NONE.value): "不定期",
    (ReviewCadence, ReviewCadence.MONTHLY.value): "每月",
    (ReviewCadence, ReviewCadence.QUARTERLY.value): "每季度",
    (ReviewCadence, ReviewCadence.HALF_YEARLY.value): "每半年",
    (ReviewCadence, ReviewCadence.YEARLY.value): "每年",
}


@lru_cache(maxsize=1)
def _zh_countries() -> gettext.NullTranslations:
    try:
        return gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["zh_CN"])
    except OSError:
        return gettext.NullTranslations()


class Labels:
    """Labels, dates and values of one pack in its language."""

    def __init__(self, language: Language) -> None:
        self.language: Language = language

    def _pick(self, en: str, zh: str, sep: str = " / ") -> str:
        if self.language == "en" or en == zh:
            return en
        if self.language == "zh":
            return zh
        return f"{en}{sep}{zh}"

    def pair(self, key: str, **values: object) -> tuple[str, str]:
        en, zh = TEXT[key]
        return en.format(**values), zh.format(**values)

    def __call__(self, key: str, **values: object) -> str:
        """One line: ``Key contacts / 主要联系人`` in a bilingual pack."""
        return self._pick(*self.pair(key, **values))

    def entry(self, prefix: str, text: str) -> str:
        """``Signed: <text>``: a label before user text, which is never repeated per language."""
        return f"{prefix}{'：' if self.language == 'zh' else ': '}{text}"

    def lines(self, key: str, **values: object) -> tuple[str, ...]:
        """The label as one line per language (table headers stack them)."""
        en, zh = self.pair(key, **values)
        if self.language == "en":
            return (en,)
        if self.language == "zh":
            return (zh,)
        return (en, zh)

    def enum(self, member: StrEnum) -> str:
        return self._pick(*self._enum_pair(member))

    def enum_lines(self, member: StrEnum) -> tuple[str, ...]:
        """An enum's label as one line per language (chart axes stack them)."""
        en, zh = self._enum_pair(member)
        return {"en": (en,), "zh": (zh,)}.get(self.language, (en, zh))

    @staticmethod
    def _enum_pair(member: StrEnum) -> tuple[str, str]:
        key = (type(member), member.value)
        english = ENUM_EN.get(key) or str(getattr(member, "label", member.value))
        return english, ENUM_ZH.get(key, english)

    def date(self, value: date | None) -> str:
        """27 Nov 2026 / 2026年11月27日; empty for no date."""
        if value is None:
            return ""
        if self.language == "zh":
            return f"{value.year}年{value.month}月{value.day}日"
        return f"{value.day} {_MONTHS[value.month - 1]} {value.year}"

    def datetime(self, value: datetime) -> str:
        """The wall time where it happened, with that place's offset from UTC, so the
        reader in another zone knows which clock it is: "27 Nov 2026 14:00 UTC+8"."""
        return f"{self.date(value.date())} {value:%H:%M} {_utc_offset(value)}".rstrip()

    def country(self, code: str | None) -> str:
        if not code:
            return ""
        english = country_name(code)
        country = pycountry.countries.get(alpha_2=code)
        chinese = _zh_countries().gettext(country.name) if country else english
        return self._pick(english, chinese)

    def count_more(self, shown: list[str], total: int) -> str:
        """``A, B, C and 4 more`` for long name lists."""
        text = ("、" if self.language == "zh" else ", ").join(shown)
        if total > len(shown):
            text += " " + self("and_more", n=total - len(shown))
        return text


def _utc_offset(value: datetime) -> str:
    """An offset as people write it: "UTC+8", "UTC-5", "UTC+5:30", "UTC"; none if naive."""
    offset = value.utcoffset()
    if offset is None:
        return ""
    minutes = int(offset.total_seconds()) // 60
    if minutes == 0:
        return "UTC"
    hours, rest = divmod(abs(minutes), 60)
    sign = "+" if minutes > 0 else "-"
    return f"UTC{sign}{hours}" + (f":{rest:02d}" if rest else "")
