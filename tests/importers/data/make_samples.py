"""Write the sample files whose bytes are not plain UTF-8 (run from any directory).

    .venv/bin/python tests/importers/data/make_samples.py

The generated files are committed; this script documents exactly how they were made.
Headers are copied from real exports: Outlook for Windows ("Comma Separated Values",
which uses the Windows code page, or UTF-16 "Unicode" on newer builds), Outlook.com
(UTF-8 with a byte-order mark), Excel on Chinese Windows ("CSV", GB18030/GBK) and
Outlook's "Save as vCard" (2.1 in cp1252). The plain UTF-8 samples are kept as written.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

HERE = Path(__file__).resolve().parent

# Outlook for Windows (desktop) export: 92 columns, every field quoted.
OUTLOOK_DESKTOP_HEADER = [
    "Title", "First Name", "Middle Name", "Last Name", "Suffix", "Company", "Department",
    "Job Title", "Business Street", "Business Street 2", "Business Street 3", "Business City",
    "Business State", "Business Postal Code", "Business Country/Region", "Home Street",
    "Home Street 2", "Home Street 3", "Home City", "Home State", "Home Postal Code",
    "Home Country/Region", "Other Street", "Other Street 2", "Other Street 3", "Other City",
    "Other State", "Other Postal Code", "Other Country/Region", "Assistant's Phone",
    "Business Fax", "Business Phone", "Business Phone 2", "Callback", "Car Phone",
    "Company Main Phone", "Home Fax", "Home Phone", "Home Phone 2", "ISDN", "Mobile Phone",
    "Other Fax", "Other Phone", "Pager", "Primary Phone", "Radio Phone", "TTY/TDD Phone",
    "Telex", "Account", "Anniversary", "Assistant's Name", "Billing Information", "Birthday",
    "Business Address PO Box", "Categories", "Children", "Directory Server", "E-mail Address",
    "E-mail Type", "E-mail Display Name", "E-mail 2 Address", "E-mail 2 Type",
    "E-mail 2 Display Name", "E-mail 3 Address", "E-mail 3 Type", "E-mail 3 Display Name",
    "Gender", "Government ID Number", "Hobby", "Home Address PO Box", "Initials",
    "Internet Free Busy", "Keywords", "Language", "Location", "Manager's Name", "Mileage",
    "Notes", "Office Location", "Organizational ID Number", "Other Address PO Box", "Priority",
    "Private", "Profession", "Referred By", "Sensitivity", "Spouse", "User 1", "User 2",
    "User 3", "User 4", "Web Page",
]  # fmt: skip
# Fields Outlook fills even for an empty contact.
OUTLOOK_DEFAULTS = {
    "Anniversary": "0/0/00",
    "Birthday": "0/0/00",
    "Gender": "Unspecified",
    "Priority": "Normal",
    "Private": "False",
    "Sensitivity": "Normal",
}
OUTLOOK_DESKTOP_ROWS = [
    {
        "Title": "Dr.",
        "First Name": "Thomas",
        "Last Name": "Fischer",
        "Company": "Rhein Diagnostics GmbH",
        "Department": "Business Development",
        "Job Title": "Director, Partnerships",
        "Business Street": "Industriestraße 12",
        "Business City": "Mannheim",
        "Business Postal Code": "68169",
        "Business Country/Region": "Germany",
        "Business Fax": "+49 621 555 0143",
        "Business Phone": "+49 621 555 0142",
        "Mobile Phone": "+49 171 555 0199",
        "Categories": "Partners;Germany",
        "E-mail Address": "thomas.fischer@rhein-dx.de",
        "E-mail Type": "SMTP",
        "E-mail Display Name": "Thomas Fischer (thomas.fischer@rhein-dx.de)",
        "E-mail 2 Address": "t.fischer@gmail.com",
        "E-mail 2 Type": "SMTP",
        "E-mail 2 Display Name": "Thomas Fischer (t.fischer@gmail.com)",
        "Notes": "Met at BIO-Europe, Munich.\r\nAsked for the ELISA kit price list.",
    },
    {
        "First Name": "Zoë",
        "Last Name": "Müller",
        "Company": "Zürich Biotech AG",
        "Job Title": "Head of Licensing",
        "Business Phone": "+41 44 555 01 23",
        "E-mail Address": "zoe.mueller@zuerich-biotech.ch",
        "E-mail Type": "SMTP",
        "E-mail Display Name": "Zoë Müller (zoe.mueller@zuerich-biotech.ch)",
    },
    {
        "First Name": "伟",
        "Last Name": "张",
        "Company": "北京华生物科技有限公司",
        "Job Title": "业务发展总监",
        "Mobile Phone": "138 0013 8000",
        "Business Phone": "010-6552 9988",
        "E-mail Address": "zhang.wei@bjhuasheng.cn",
        "E-mail Type": "SMTP",
        "E-mail Display Name": "张伟 (zhang.wei@bjhuasheng.cn)",
        "Categories": "Partners;China",
    },
    {
        "First Name": "Exchange",
        "Last Name": "Colleague",
        "E-mail Address": "/o=ExchangeLabs/ou=Exchange Administrative Group"
        " (FYDIBOHF23SPDLT)/cn=Recipients/cn=3f2a1b-colleague",
        "E-mail Type": "EX",
        "Business Phone": "+44 20 7946 0000",
    },
]

OUTLOOK_COM_HEADER = [
    "First Name", "Middle Name", "Last Name", "Title", "Suffix", "Nickname", "Given Yomi",
    "Surname Yomi", "E-mail Address", "E-mail 2 Address", "E-mail 3 Address", "Home Phone",
    "Home Phone 2", "Business Phone", "Business Phone 2", "Mobile Phone", "Car Phone",
    "Other Phone", "Primary Phone", "Pager", "Business Fax", "Home Fax", "Other Fax",
    "Company Main Phone", "Callback", "Radio Phone", "Telex", "TTY/TDD Phone", "IMAddress",
    "Job Title", "Department", "Company", "Office Location", "Manager's Name",
    "Assistant's Name", "Assistant's Phone", "Company Yomi", "Business Street",
    "Business City", "Business State", "Business Postal Code", "Business Country/Region",
    "Home Street", "Home City", "Home State", "Home Postal Code", "Home Country/Region",
    "Other Street", "Other City", "Other State", "Other Postal Code", "Other Country/Region",
    "Personal Web Page", "Spouse", "Schools", "Hobby", "Location", "Web Page", "Birthday",
    "Anniversary", "Notes",
]  # fmt: skip
OUTLOOK_COM_ROWS = [
    {
        "First Name": "Priya",
        "Middle Name": "K.",
        "Last Name": "Raman",
        "E-mail Address": "priya.raman@bengalurubio.in",
        "E-mail 2 Address": "priya.k.raman@outlook.com",
        "E-mail 3 Address": "praman@iisc.ac.in",
        "Business Phone": "+91 80 5555 0100",
        "Mobile Phone": "+91 98450 55501",
        "Job Title": "VP, Alliances",
        "Company": "Bengaluru Bio Pvt. Ltd.",
        "Notes": "Intro via Ana Souza.",
    },
    {
        "First Name": "娜娜",
        "Last Name": "欧阳",
        "Mobile Phone": "+86 139 1111 2222",
        "Company": "上海联合生物",
        "Job Title": "采购经理",
    },
]

GB_HEADER = ["姓名", "单位", "职务", "手机", "办公电话", "邮箱", "备注"]
GB_ROWS = [
    ["李娜", "上海生物医药有限公司", "商务总监", "139 1234 5678", "021-5555 0100",
     "li.na@shbio.cn", "2024年在上海展会认识"],
    ["王建国", "中国科学院, 生物物理所", "研究员", "13700001111", "",
     "wangjg@ibp.ac.cn", "合作意向：抗体开发\n下月回访"],
    ["司马光明", "广州健康科技", "总经理", "+86 20 5555 0123", "", "", ""],
    ["", "无名公司", "", "", "", "", "只有单位"],
]  # fmt: skip

# Outlook for Windows "Save as vCard": 2.1 in the Windows code page (cp1252 here), with
# quoted-printable values that carry no CHARSET parameter.
OUTLOOK_VCARD = """BEGIN:VCARD
VERSION:2.1
N;LANGUAGE=de:Fischer;Thomas
FN:Thomas Fischer
ORG:Rhein Diagnostics GmbH;Business Development
TITLE:Director, Partnerships
TEL;WORK;VOICE:+49 621 555 0142
TEL;CELL;VOICE:+49 171 555 0199
TEL;WORK;FAX:+49 621 555 0143
ADR;WORK;PREF:;;Industriestraße 12;Mannheim;;68169;Germany
LABEL;WORK;PREF;ENCODING=QUOTED-PRINTABLE:Industriestra=DFe 12=0D=0A=
Mannheim  68169=0D=0A=
Germany
NOTE;ENCODING=QUOTED-PRINTABLE:Met at BIO-Europe, M=FCnchen.=0D=0AAsked for the ELISA kit price list.
EMAIL;PREF;INTERNET:thomas.fischer@rhein-dx.de
EMAIL;INTERNET:t.fischer@gmail.com
X-MS-OL-DEFAULT-POSTAL-ADDRESS:2
X-MS-OL-DESIGN;CHARSET=utf-8:<card xmlns="http://schemas.microsoft.com/office/outlook/12/electronicbusinesscards" ver="1.0" layout="left" bgcolor="ffffff"><img xmlns="" align="tleft" area="32" use="photo"/></card>
REV:20240312T101500Z
END:VCARD
"""


# Outlook for Windows in France, "Comma Separated Values" (cp1252): local numbers,
# read with the country in Business Country/Region.
OUTLOOK_FRANCE_ROWS = [
    {
        "First Name": "Élodie",
        "Last Name": "Lefèvre",
        "Company": "Institut Pasteur de Lyon",
        "Department": "Valorisation",
        "Job Title": "Chargée d'affaires",
        "Business Street": "21 avenue Tony Garnier",
        "Business City": "Lyon",
        "Business Postal Code": "69007",
        "Business Country/Region": "France",
        "Business Phone": "04 72 55 01 23 x214",
        "Mobile Phone": "06 12 34 56 78",
        "E-mail Address": "elodie.lefevre@pasteur-lyon.fr",
        "E-mail Type": "SMTP",
        "E-mail Display Name": "Élodie Lefèvre (elodie.lefevre@pasteur-lyon.fr)",
        "Language": "French",
        "Notes": "Rencontrée à BIO-Europe ; très intéressée.",
    },
    {
        "First Name": "Søren",
        "Last Name": "Østergaard",
        "Company": "Aarhus Biologics ApS",
        "Business Country/Region": "Denmark",
        "Business Phone": "86 12 34 56",
        "E-mail Address": "soren@aarhus-bio.dk",
        "E-mail Type": "SMTP",
    },
]

# Thunderbird's address book, File → Export → "Comma Separated (UTF-8)": the header row
# as Thunderbird writes it, a comma after the last column on every line.
THUNDERBIRD_HEADER = [
    "First Name", "Last Name", "Display Name", "Nickname", "Primary Email", "Secondary Email",
    "Screen Name", "Work Phone", "Home Phone", "Fax Number", "Pager Number", "Mobile Number",
    "Home Address", "Home Address 2", "Home City", "Home State", "Home ZipCode", "Home Country",
    "Work Address", "Work Address 2", "Work City", "Work State", "Work ZipCode", "Work Country",
    "Job Title", "Department", "Organization", "Web Page 1", "Web Page 2", "Birth Year",
    "Birth Month", "Birth Day", "Custom 1", "Custom 2", "Custom 3", "Custom 4", "Notes", "",
]  # fmt: skip
THUNDERBIRD_ROWS = [
    {
        "First Name": "Camille",
        "Last Name": "Martin",
        "Display Name": "Camille Martin",
        "Primary Email": "camille.martin@genopole.fr",
        "Secondary Email": "camille.martin@gmail.com",
        "Work Phone": "01 60 87 34 00",
        "Mobile Number": "06 12 34 56 78",
        "Work Address": "5 rue Henri Desbruères",
        "Work City": "Évry",
        "Work ZipCode": "91000",
        "Work Country": "France",
        "Job Title": "Responsable partenariats",
        "Department": "Affaires industrielles",
        "Organization": "Genopole",
        "Web Page 1": "https://www.genopole.fr",
        "Notes": "Vue au salon BioFIT.\nRelancer en janvier.",
    },
    {
        "Display Name": "张伟",
        "Primary Email": "zhang.wei@bjhuasheng.cn",
        "Mobile Number": "+86 138 0013 8000",
        "Organization": "北京华生物科技有限公司",
        "Job Title": "业务发展总监",
    },
    {
        "First Name": "Hiroshi",
        "Last Name": "Sato",
        "Display Name": "Hiroshi Sato",
        "Primary Email": "h.sato@tokyo-bio.jp",
        "Home City": "Yokohama",
        "Birth Year": "1975",
    },
]

# Excel's "Unicode Text (*.txt)": UTF-16 little-endian with a byte-order mark, tabs
# between cells. A Chinese team's list with both a Chinese and an English name column.
CHINESE_NAMES_HEADER = ["姓名", "英文名", "单位", "职务", "手机", "邮箱"]
CHINESE_NAMES_ROWS = [
    ["张伟", "Zhang Wei", "北京华生物科技有限公司", "总经理", "138 0013 8000", "zhang.wei@bjhuasheng.cn"],
    ["欧阳娜娜", "Nana Ouyang", "上海生物医药", "研究员", "139 1234 5678", "nana@shbio.cn"],
    ["李明", "Li Ming", "苏州生物纳米园", "经理", "", "li.ming@sipbio.cn"],
]  # fmt: skip


def _csv_text(header: list[str], rows: list[list[str]], *, quote_all: bool) -> str:
    out = io.StringIO()
    writer = csv.writer(
        out, quoting=csv.QUOTE_ALL if quote_all else csv.QUOTE_MINIMAL, lineterminator="\r\n"
    )
    writer.writerow(header)
    writer.writerows(rows)
    return out.getvalue()


def _outlook_rows(header: list[str], rows: list[dict[str, str]], defaults: bool) -> list[list[str]]:
    base = OUTLOOK_DEFAULTS if defaults else {}
    return [[{**base, **row}.get(col, "") for col in header] for row in rows]


def main() -> None:
    desktop = _csv_text(
        OUTLOOK_DESKTOP_HEADER,
        _outlook_rows(OUTLOOK_DESKTOP_HEADER, OUTLOOK_DESKTOP_ROWS, defaults=True),
        quote_all=True,
    )
    # Outlook's "Unicode" CSV: UTF-16 little-endian with a byte-order mark.
    (HERE / "outlook_desktop_utf16.csv").write_bytes(b"\xff\xfe" + desktop.encode("utf-16-le"))
    # The classic ANSI export on Western Windows: cp1252, so only the Latin rows fit.
    western = _csv_text(
        OUTLOOK_DESKTOP_HEADER,
        _outlook_rows(OUTLOOK_DESKTOP_HEADER, OUTLOOK_DESKTOP_ROWS[:2], defaults=True),
        quote_all=True,
    )
    (HERE / "outlook_desktop_cp1252.csv").write_bytes(western.encode("cp1252"))
    # Outlook.com: unquoted header, UTF-8 with a byte-order mark.
    web = _csv_text(
        OUTLOOK_COM_HEADER,
        _outlook_rows(OUTLOOK_COM_HEADER, OUTLOOK_COM_ROWS, defaults=False),
        quote_all=False,
    )
    (HERE / "outlook_com_utf8_bom.csv").write_bytes(web.encode("utf-8-sig"))
    # Excel on Chinese Windows saves "CSV (逗号分隔)" in the GBK code page.
    gb = _csv_text(GB_HEADER, GB_ROWS, quote_all=False)
    (HERE / "excel_chinese_gb18030.csv").write_bytes(gb.encode("gb18030"))
    vcard = OUTLOOK_VCARD.replace("\n", "\r\n").encode("cp1252")
    (HERE / "outlook_contact_cp1252.vcf").write_bytes(vcard)
    france = _csv_text(
        OUTLOOK_DESKTOP_HEADER,
        _outlook_rows(OUTLOOK_DESKTOP_HEADER, OUTLOOK_FRANCE_ROWS, defaults=True),
        quote_all=True,
    )
    (HERE / "outlook_france_cp1252.csv").write_bytes(france.encode("cp1252"))
    thunderbird = "".join(
        line + ",\r\n"
        for line in _csv_text(
            THUNDERBIRD_HEADER[:-1],
            [[row.get(c, "") for c in THUNDERBIRD_HEADER[:-1]] for row in THUNDERBIRD_ROWS],
            quote_all=False,
        ).split("\r\n")[:-1]
    )
    (HERE / "thunderbird_addressbook.csv").write_bytes(thunderbird.encode("utf-8"))
    unicode_text = "".join(
        "\t".join(row) + "\r\n" for row in [CHINESE_NAMES_HEADER, *CHINESE_NAMES_ROWS]
    )
    (HERE / "excel_unicode_text_chinese.txt").write_bytes(
        b"\xff\xfe" + unicode_text.encode("utf-16-le")
    )


if __name__ == "__main__":
    main()
