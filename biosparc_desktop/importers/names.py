"""Sort a person's name pieces into given / family / Chinese name.

Files give names in many shapes: separate first and last columns, one "Name"
column, Chinese characters in either, or both scripts at once ("Wei Zhang 张伟").
A Chinese name is only split into family and given name when that is reliable:
two or three characters starting with a common surname, or a known two-character
surname.
"""

from __future__ import annotations

import re
import unicodedata

_HAN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff\U00020000-\U0002fa1f]")
# A run of Han characters, allowing the middle dot of transliterated names.
_HAN_RUN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff\U00020000-\U0002fa1f·•・]+")
_LEFTOVER = re.compile(r"[()（）\[\]【】/|,，;；]+")
_SPACES = re.compile(r"\s+")

_COMPOUND_TEXT = (
    "欧阳 司马 诸葛 上官 东方 皇甫 尉迟 公孙 慕容 长孙 宇文 司徒 令狐 夏侯 轩辕 端木 独孤"
    " 南宫 西门 百里 呼延 申屠 太史 闻人 万俟 澹台 公冶 宗政 濮阳 淳于 单于 钟离 司空 赫连"
    " 拓跋 歐陽 諸葛 東方 尉遲 長孫 夏侯 軒轅 獨孤 聞人 鍾離 鐘離"
)
_COMPOUND_SURNAMES = frozenset(_COMPOUND_TEXT.split())
# Common single-character surnames, simplified and traditional forms.
_SURNAMES = frozenset(
    "王李张張刘劉陈陳杨楊黄黃赵趙吴吳周徐孙孫马馬朱胡郭何高林罗羅郑鄭梁谢謝宋唐许許韩韓冯馮"
    "邓鄧曹彭曾肖萧蕭田董袁潘于蒋蔣蔡余杜叶葉程苏蘇魏吕呂丁任沈姚卢盧姜崔钟鍾谭譚陆陸汪范"
    "金石廖贾賈夏韦韋付方白邹鄒孟熊秦邱江尹薛闫閆段雷侯龙龍史陶黎贺賀顾顧毛郝龚龔邵万萬钱錢"
    "严嚴覃武戴莫孔向汤湯常温溫康施文牛樊葛邢安齐齊易乔喬伍庞龐颜顏倪庄莊聂聶章鲁魯岳翟殷"
    "詹申欧歐耿关關兰蘭焦俞左柳甘祝包宁寧尚符舒阮柯纪紀梅童凌毕畢单單季裴霍涂成苗谷盛曲翁"
    "冉骆駱蓝藍路游辛靳管柴蒙鲍鮑华華喻祁蒲房滕屈饶饒解牟艾尤阳陽时時穆农農司卓古吉缪繆简簡"
    "车車项項连連芦蘆麦麥褚娄婁窦竇戚岑景党黨宫宮费費卜冷晏席卫衛米杭仇洪"
)
_PARTICLE_TEXT = "van von de da di del della der den la le du dos das ten ter bin al el st."
_PARTICLES = frozenset(_PARTICLE_TEXT.split())


def has_han(text: str | None) -> bool:
    return bool(text and _HAN.search(text))


def resolve_names(
    full: str | None, given: str | None, family: str | None, name_zh: str | None
) -> tuple[str | None, str | None, str | None]:
    """``(given_name, family_name, name_zh)`` from whatever name pieces a file had."""
    zh = name_zh
    han_given = han_family = None
    if has_han(given) or has_han(family):
        han_given, han_family = given, family
        if zh is None:
            zh = "".join(p for p in (family, given) if p and has_han(p)) or None
        given = family = None
    if full is not None and has_han(full):
        runs = _HAN_RUN.findall(full)
        rest = _SPACES.sub(" ", _LEFTOVER.sub(" ", _HAN_RUN.sub(" ", full))).strip()
        if zh is None:
            zh = "".join(runs)
            if len(runs) == 2 and han_given is None and han_family is None:
                han_family, han_given = runs  # "张 伟": the space marks the split
        full = rest if any(c.isalpha() for c in rest) else None
    if given is None and family is None and full:
        given, family = split_romanised(full, zh)
    if given or family:
        return given, family, zh
    if han_given or han_family:
        return han_given, han_family, zh
    if zh:
        fam, giv = split_chinese(zh)
        return giv, fam, zh
    return None, None, None


def split_latin(full: str) -> tuple[str | None, str | None]:
    """Split "Smith, John" or "John Smith" into ("John", "Smith"); one word is a given name."""
    if "," in full:
        family, _, given = full.partition(",")
        return given.strip() or None, family.strip() or None
    words = full.split()
    if len(words) < 2:
        return (words[0] if words else None), None
    start = len(words) - 1
    while start > 1 and words[start - 1].casefold() in _PARTICLES:
        start -= 1
    return " ".join(words[:start]), " ".join(words[start:])


def split_romanised(full: str, name_zh: str | None) -> tuple[str | None, str | None]:
    """``(given, family)`` of a Latin-script name, family name first when it is the
    romanisation of a Chinese name written that way ("Zhang Wei" beside 张伟, "ZHANG Wei")."""
    words = full.split()
    if "," in full or len(words) < 2:
        return split_latin(full)
    family_first = words[0].isupper() and len(words[0]) > 1 and not words[-1].isupper()
    if not family_first and name_zh:
        surname = _surname_sounds(name_zh)
        first, last = _plain(words[0]), _plain(words[-1])
        family_first = first in surname and last not in surname
    if family_first:
        return " ".join(words[1:]), words[0]
    return split_latin(full)


def _surname_sounds(name_zh: str) -> set[str]:
    """How the family name of a Chinese name is spelt in pinyin, every reading of it."""
    family, _given = split_chinese(name_zh)
    if family is None:
        return set()
    from pypinyin import Style, pinyin  # imported on first use: its dictionaries are large

    readings = pinyin(family, style=Style.NORMAL, heteronym=True, errors="ignore")
    spellings = [""]
    for options in readings:
        spellings = [s + o for s in spellings for o in options]
    return {_plain(s) for s in spellings}


def _plain(word: str) -> str:
    """A romanised word without case, tone marks, hyphens or apostrophes ("Ou-Yang" → ouyang)."""
    decomposed = unicodedata.normalize("NFKD", word.casefold())
    return "".join(c for c in decomposed if c.isalpha() and c.isascii())


def split_chinese(name: str) -> tuple[str | None, str | None]:
    """``(family, given)`` of a Chinese name, or ``(None, None)`` when unsure."""
    if not name or len(name) < 2 or len(name) > 4 or not all(_HAN.match(c) for c in name):
        return None, None
    if name[:2] in _COMPOUND_SURNAMES and len(name) >= 3:
        return name[:2], name[2:]
    if len(name) <= 3 and name[0] in _SURNAMES:
        return name[0], name[1:]
    return None, None
