"""How far a cue reaches: the structure of a text, as rules kept as data with examples.

A cue governs the mentions of its own clause and of a list that continues it; it does not
reach past a new sentence, a new numbered item or a new cue (see ../shared/RELATIONS.md).
This module finds the pieces of structure that decide that:
- the preamble's "Căn cứ" lines, each one scope whose every mention is the basis;
- segments: a sentence, cut at blank lines (table cells) and new list items;
- list heads: a clause ending in ":" whose cue reaches the items listed under it;
- how two mentions in a row are joined: a list ("X; Y", "X và Y") or one nested in the
  other's title ("X ... ban hành Quy chế theo Y").

Every `Rule` carries examples: texts where it must match (`matches`) and must not
(`rejects`); `tests/test_relations.py` checks them all.
"""

from __future__ import annotations

import re
import re._constants as _sre
import re._parser as _parser
from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from .cues import CONTINUATION, _first_characters
from .genres import REPRODUCED_HEAD
from .openings import class_parts, lead_before, top_branches
from .patterns import REFERENCE_RE
from .scans import branch_matches, for_lowered, led_matches, line_matches, lowered_for_scans
from .sentences import SENTENCE_END
from .vocabulary import ISSUE_VERBS, NUMBER_SIGNS, TYPE_NOUNS

VI_UPPER = "A-ZĐÀÁẢÃẠĂẮẰẲẴẶÂẤẦẨẪẬÈÉẺẼẸÊẾỀỂỄỆÌÍỈĨỊÒÓỎÕỌÔỐỒỔỖỘƠỚỜỞỠỢÙÚỦŨỤƯỨỪỬỮỰỲÝỶỸỴ"


@dataclass(frozen=True)
class Rule:
    name: str
    pattern: re.Pattern[str]
    matches: tuple[str, ...]
    rejects: tuple[str, ...] = ()


def _rule(
    name: str,
    pattern: str,
    matches: tuple[str, ...],
    rejects: tuple[str, ...] = (),
    flags: int = re.MULTILINE,
) -> Rule:
    return Rule(name, re.compile(pattern, flags), matches, rejects)


# Where a preamble ends and the body begins: the enacting word of a decision or resolution,
# the first article, the first chapter or the first capitalised section of a plan.
BODY_START = _rule(
    "body start",
    r"^[ \t]*(?:(?:QUYẾT\s+ĐỊNH|QUYẾT\s+NGHỊ|NGHỊ\s+QUYẾT|CHỈ\s+THỊ|KẾT\s+LUẬN|BAN\s+HÀNH"
    r"|QUY\s+ĐỊNH|THÔNG\s+BÁO|HƯỚNG\s+DẪN|LỆNH)[ \t]*:"
    r"|(?:Điều|Article)\s+1\s*[.:]|(?:Chương|CHƯƠNG)\s+(?:I|1)\b"
    rf"|(?:I|1|A)[.)][ \t]+[{VI_UPPER}]{{2,}}\b)"
    # (each enacting word a branch of its own: a branch that opens with a fixed word is
    # found by the engine's fast literal search, `scans.branch_matches`)
    r"|DECIDES?[ \t]*:|PROMULGATES?[ \t]*:|RESOLVES?[ \t]*:|HAS\s+ADOPTED\s+THIS\b[^\n]*:"
    # a site's note cut the enacting words of a translation; its first article follows in line
    r"|(?<=\.[ \t])Article[ \t]+1\.(?=[ \t]+[A-Z])"
    # a page's text run into one line: the enacting word in line after the preamble's last
    # line, its first article right after it ("… định hướng đến năm 2020, QUYẾT ĐỊNH: Điều 1.
    # Ban hành …", blind round P)
    r"|QUYẾT[ \t]ĐỊNH(?<=[,;][ \t]QUYẾT[ \t]ĐỊNH)[ \t]*:(?=[ \t]*Điều[ \t]+1\b)",
    (
        "QUYẾT ĐỊNH:",
        "tại Tờ trình số 453/TTr-SXD ngày 08/6/2012, QUYẾT ĐỊNH: Điều 1. Ban hành",
        "Điều 1. Phạm vi",
        "I. MỤC ĐÍCH, YÊU CẦU",
        "Chương I",
        "QUYẾT NGHỊ:",
        "The Minister of Finance promulgates this Circular. HEREBY DECIDES:",
        "Article 1. Scope",
        "to view the full English text. Article 1. Scope and regulated",
    ),
    (
        "1. Về thuế",
        "Điều 12. Hiệu lực",
        "as amended by Article 1. of",
        "UBND tỉnh đã ban hành văn bản, QUYẾT ĐỊNH: giao Sở",
    ),
)

# The types of document a "Căn" that lost its "cứ" stands before ("Căn Luật Ngân hàng Nhà
# nước …", `BASIS_LINE`; `_BASIS_PHRASES` looks for them in lower case)
_TYPES_AFTER_CAN = (
    r"Luật|Bộ\s+luật|Pháp\s+lệnh|Hiến\s+pháp|Nghị\s+định|Nghị\s+quyết|Thông\s+tư|Quyết\s+định"
    r"|Chỉ\s+thị|Kết\s+luận|Quy\s+định|Hướng\s+dẫn|Kế\s+hoạch|Điều\s+lệ"
)

# A preamble line that states a basis: "Căn cứ ..." at the start of a line.
BASIS_LINE = _rule(
    "basis line",
    # (after a sentence's full stop, not an item's number: "2. Căn cứ Giấy đề nghị …" is a
    # provision's own text, quoted or not)
    # (a dash or bullet may open the line: the Party's documents, and many older ones, set
    # their preamble out so, "- Căn cứ Điều lệ Đảng;")
    # (or after a "Thực hiện …;" that opens a plan on the same line: "…; Căn cứ Kế hoạch số …")
    # (or after a heading's capitals, Vietnamese ones too: "… TỈNH QUẢNG NGÃI Căn cứ Luật …")
    rf"(?:^[ \t]*(?:[-–•*+][ \t]*)?|(?<=[{VI_UPPER}]{{2}}[ \t])|(?<=\.[ \t])(?<!\d\.[ \t])"
    r"|(?<=;[ \t]))"
    # (a PDF's text may glue the next word to it: "Căn cứPháp lệnh ngoại hối …", blind round
    # CJ)
    # (a page may drop a tone mark: "Can cứ Nghị định số 59/2015/NĐ-CP …", blind round ME)
    # (a machine translation may render "Căn cứ" word for word: "Base of Protocol 40
    # /2010/NĐ-CP …;", blind rounds O and T)
    # (a PDF's text may lose the word "cứ", or a scan read "Căn" as "Cân": "Căn Luật Ngân
    # hàng Nhà nước Việt Nam số 46/2010/QH12 …;", "Cân cứ Luật …", blind rounds X and Y;
    # "căn" before a type of document is no other word)
    r"(?:C[ăaâ]n\s+cứ|CĂN\s+CỨ|Pursuant\s+to|Based\s+on|Base\s+of"
    rf"|Căn(?=[ \t]+(?:{_TYPES_AFTER_CAN})\b))"
    r"(?:\b|(?=[A-ZĐ]))",
    (
        "Căn cứ Luật Tổ chức Chính phủ số 63/2025/QH15;",
        "Can cứ Nghị định số 59/2015/NĐ-CP;",
        "- Căn cứ Điều lệ Đảng;",
        "Căn cứPháp lệnh ngoại hối số 28/2005/PL-UBTVQH11;",
        "Pursuant to the Law",
        "FEES FOR LICENSING KARAOKE AND COLLECTION THEREOF Pursuant to Law on Fees",
        "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI Căn cứ Luật Tổ chức HĐND và UBND;",
        "Base of Protocol 40 /2010/NĐ-CP",
        "Căn Luật Ngân hàng Nhà nước Việt Nam số 46/2010/QH12;",
        "Cân cứ Luật Đất đai ngày 29 tháng 11 năm 2013;",
    ),
    (
        "Theo đề nghị của Sở Nội vụ",
        "căn cứ vào đó",
        "quy định:\n\n2. Căn cứ Giấy đề nghị",
        "Căn nhà số 12 Luật sư",
        "Căn hộ chung cư",
    ),
)

# What ends one basis line: a ";" or "." at the end of a line, or a new line that opens a
# different kind of preamble line. (Lines are hard-wrapped mid-sentence in real texts, so a
# plain line break does not end it.)
BASIS_END = _rule(
    "basis end",
    r"(?<!\bNo)(?<!\bNos)[;.][ \t]*(?=\n|(?:Theo\s+đề\s+nghị|Xét|Thực\s+hiện)\b)"
    r"|\n(?=[ \t]*(?:C[aăâ]n\s+(?:cứ|(?=Luật|Nghị|Thông|Quyết))|Theo\s+đề\s+nghị|Xét"
    r"|Thực\s+hiện|Theo|Trên\s+cơ\s+sở"
    # (a heading in capitals; not an abbreviation that a line break put first in its line,
    # "… ngày 09 tháng 01 năm 2019 của\nUBND tỉnh, …", blind round AG)
    r"|Pursuant|At\s+the\s+request|Điều\s+1|QUYẾT|[A-ZĐ]{4,}(?![ \t]+[a-zà-ỹđ])))"
    # a plan's opening goes on after its basis with the body that issues it: "Căn cứ Kế
    # hoạch số 48/KH-UBATGTQG …, UBND tỉnh ban hành Kế hoạch triển khai thực hiện …"
    rf"|,(?=[ \t\n]+(?-i:[{VI_UPPER}])[^,;:\n]{{0,60}}?\b(?:ban\s+hành|xây\s+dựng)\s)",
    (
        "Căn cứ Luật A;\nCăn cứ Luật B",
        "Luật A.\n",
        "Căn cứ Kế hoạch số 48/KH-UBATGTQG, UBND tỉnh ban hành Kế hoạch",
        "Căn cứ Luật A\nDECIDES:",
    ),
    (
        "Căn cứ Nghị định số\n78/2025/NĐ-CP",
        "the Government’s Decree No.\n82/2023/ND-CP",
        "Căn cứ Quyết định số 37/QĐ-UBND ngày 09 tháng 01 năm 2019 của\nUBND tỉnh",
    ),
)

# A plan states its basis in a section of its own, not in a preamble: "I. CĂN CỨ XÂY DỰNG KẾ
# HOẠCH\n1. Quyết định số 924/QĐ-TTg …;\n2. Thông tư …". The section, to the next heading
# of its rank ("II. MỤC ĐÍCH, YÊU CẦU"), is the text's basis as a preamble's lines are.
# (In capitals, numbered by rank: a procedure's field "Căn cứ pháp lý" is no such section.)
BASIS_SECTION = _rule(
    "basis section",
    # (a plan may head it "CƠ SỞ …" instead, but then with what it is the basis of: "CƠ SỞ
    # THỰC TIỄN" is the plan's account of the situation, no basis)
    r"^[ \t]*(?:[IVX]{1,4}|[A-D])\.[ \t]*(?:CĂN\s+CỨ|CƠ\s+SỞ(?=\s+(?:PHÁP|XÂY|BAN|LẬP)\b))"
    r"(?:\s+PHÁP\s+LÝ)?(?:\s+(?:XÂY\s+DỰNG|BAN\s+HÀNH|LẬP)"
    r"(?:\s+(?:KẾ\s+HOẠCH|CHƯƠNG\s+TRÌNH|ĐỀ\s+ÁN|PHƯƠNG\s+ÁN|QUY\s+CHẾ|HƯỚNG\s+DẪN))?)?[ \t]*$",
    (
        "I. CĂN CỨ XÂY DỰNG KẾ HOẠCH",
        "I. CĂN CỨ XÂY DỰNG\nKẾ HOẠCH",
        "I. CĂN CỨ\nXÂY DỰNG KẾ HOẠCH",
        "I. CƠ SỞ XÂY DỰNG KẾ HOẠCH",
        "II. CƠ SỞ PHÁP LÝ",
        "I. CĂN CỨ LẬP KẾ HOẠCH",  # (blind round DF)
    ),
    (
        "Căn cứ pháp lý",
        "I. CĂN CỨ XÁC ĐỊNH GIÁ ĐẤT",
        "1. Căn cứ xây dựng kế hoạch",
        "I. CƠ SỞ",
        "II. CƠ SỞ THỰC TIỄN",
    ),
    flags=re.MULTILINE,
)

# A line that opens a new list item or numbered part. A dash opens an item only after a
# line that ended a clause: wrapped names break lines too ("Bộ Lao động\n- Thương binh").
ITEM_START = _rule(
    "item start",
    r"(?:(?<=[.;:!?)])[ \t]*|\n[ \t]*)\n[ \t]*(?:[-+•*–])"
    # (an item numbered in square brackets: "bao gồm:\n[1] Thông tư liên tịch …", blind round H)
    r"|\n[ \t]*(?:\(?\d{1,2}(?:\.\d{1,2})*[.)]|\(?[a-zđ][.)]|\[\d{1,2}\]|[IVX]{1,5}\.|Điều\s+\d)"
    # (a dash after a line that ends with no stop, when a document's type and number follow,
    # or the parts of one first: "… issued by the Minister of Health\n- Circular 06/2022/TT-BYT
    # …", "\n- Article 17 and Article 97 of Circular No. …", blind round R)
    r"|\n[ \t]*[-+•*–](?=[ \t]*(?i:(?:(?:article|clause|point|điều|khoản|điểm)[ \t]+\w{1,4}"
    r"[ \t]*(?:,|and|và)?[ \t]*)*(?:of[ \t]+|của[ \t]+|tại[ \t]+)?)"
    rf"(?i:joint[ \t]+)?(?i:{TYPE_NOUNS})\b[^\n\d]{{0,12}}\d)",
    (
        "\na) Nghị định",
        "issued by the Minister of Health\n- Circular 06/2022/TT-BYT",
        "on food safety\n- Article 17 and Article 97 of Circular No. 128/2013/TT-BTC",
        "\n[2] Quyết định",
        "\n2. Giao",
        "\n1.2. Sở",
        "\nII. NHIỆM VỤ",
        "\nĐiều 3.",
        "thực hiện;\n- Kế hoạch",
    ),
    ("\nNghị quyết số", "\n2025", "Bộ Lao động\n- Thương binh và Xã hội"),
)

# The designation right before a number: "Nghị quyết số", "Luật Đầu tư số", "Công văn",
# "Рішення Постійного комітету №", "2015年7月14日付事務局結論第".
DESIGNATION = re.compile(
    rf"(?:(?:{TYPE_NOUNS})(?:\s+liên\s+tịch)?(?:\s+[^\s\d,;:.()«»“”]+){{0,5}}?"
    r"|(?:Bộ\s+)?Luật(?:\s+[^\d\s,;:.()]+){1,12}?|Văn\s+bản|Công\s+văn|Công\s+điện|Đề\s+án"
    # a translation's laws: "… and Code No. 45/2019/QH14", ", the Land Law No. …"
    r"|Hiến\s+pháp|(?-i:(?:[A-Z][\w-]*\s+){0,4}?(?:Laws?|Code|Ordinance|Constitution))"
    # ... named after "on": "… No. 76/2015/QH13 and Law on Local Government Organization No."
    r"|(?-i:Law\s+on(?:\s+(?:[A-Z][\w-]*|and|of|the|for|in|on)){1,10}?)"
    r"|(?:\d{4}年\d{1,2}月\d{1,2}日付)?[\u30a0-\u30ff\u4e00-\u9fff]{0,12}?(?=第))?"
    rf"\s*(?:{NUMBER_SIGNS})?\s*$",
    re.IGNORECASE,
)

# Between two mentions of one list: a comma, semicolon, "và", or a new list line.
LIST_JOIN = _rule(
    "list join",
    r"(?:[,;、]|及び|並びに|\b(?:và|cùng|hoặc|and|or|и|та|і|e)\b"
    # (a legal site glues the item's number to its text: "\n- 2Chỉ thị 16/CT-TTg …", blind
    # round AY)
    r"|\n[ \t]*(?:[-+•*–](?:[ \t]*\d{1,3}(?![\d/.]))?|[a-zđ][.)]|\d{1,2}[.)]|\[\d{1,2}\]))"
    # an item's mark after the joiner, and the part of the next document a translation names
    # before it: "…, (ii) Government Decree No. …, and (iii) a number of articles of
    # Government Decree No. …" (blind round BD)
    r"(?:[ \t]+\((?:[ivx]{1,4}|[a-z]|\d{1,2})\))?"
    r"(?:[ \t]+(?:a[ \t]+number[ \t]+of|some|certain)[ \t]+articles[ \t]+of)?"
    r"(?:[ \t]+(?:the[ \t]+)?(?-i:Government))?"
    # a translation names the next one's issuer first: "… and the Government’s Decree No. …"
    # (a name in capitals: "amending and supplementing several articles of the Government's
    # Decree No. …" joins nothing)
    # (a local body, its level in small letters, and a committee of it: "…, dated November 23,
    # 2023, the provincial Party Committee's Standing Board’s Directive 45-CT/TU", blind round
    # V)
    r"(?:[ \t]+(?:the[ \t]+)?(?:(?:provincial|municipal|city|district|commune)[ \t]+)?"
    r"(?:(?-i:[A-Z])[\w-]*(?:['’]s)?[ \t]+|of[ \t]+){0,5}?(?-i:[A-Z])[\w-]*['’]s"
    r"|[ \t]+the"
    # the next items named by their type in the plural: "… Chỉ thị số 36/CT-TTg ngày
    # 22/12/2014; các Công điện: số 2620/CĐ-TTg …, số …" (blind round AO), "; các Nghị định số"
    # (their issuer may come before the colon: "; các Nghị quyết của Hội đồng nhân dân tỉnh:
    # số 340/NQ-HĐND …", blind round AY)
    rf"|[ \t]+(?:các|những)(?:[ \t]+(?:{TYPE_NOUNS})(?:\s+của\s+[^:;.()]{{1,80}}?)?[ \t]*:)?"
    # ... or by the direction it carries: "…, and the instructions of the Prime Minister at
    # Official Telegraph No. 732/CĐ-TTg …", "…, chỉ đạo của Thủ tướng Chính phủ tại Công điện
    # số …" (blind round PD)
    r"|[ \t]+(?:the[ \t]+)?(?:(?:ý[ \t]+kiến[ \t]+)?chỉ[ \t]+đạo|instructions?|directions?)"
    r"[ \t]+(?:của|of)[ \t]+[^,;:.()\n]{2,60}?[ \t]+(?:tại|at|in)(?:[ \t]+các)?)?"
    r"[ \t\n]*$",
    (
        "Chỉ thị số 33/CT-TTg ngày 26/11/2021 của Thủ tướng; ",
        " ngày 22/12/2014; các Công điện: ",
        " ngày 22/12/2014; các ",
        " hỗ trợ Chương trình; các Nghị quyết của Hội đồng nhân dân tỉnh: ",
        " do Thủ tướng Chính phủ ban hành\n- 2",
        " và ",
        ", \n",
        "」、及び",
        " dated November 01, 2021 and Government’s ",
        "; the Minister of Finance's ",
        " dated 2020 and the ",
        " on lawyers, (ii) Government ",
        " on lawyers, and (iii) a number of articles of Government ",
        " and other guideline documents, and the instructions of the Prime Minister at ",
        ", dated November 23, 2023, the provincial Party Committee's Standing Board’s ",
        " hướng dẫn quản lý ngân sách.\n[2] ",
    ),
    (
        " ban hành Quy chế theo ",
        " của Chính phủ về ",
        " amending and supplementing several articles of the Government's ",
    ),
    flags=re.IGNORECASE,
)


# An English "and" inside a body's name joins no list: "… promulgates the Circular amending
# the Minister of Industry and Trade’s Circular No. …" (blind round W: three translated
# circulars read the circular they amend as one more item of the basis lines above, through
# "and Trade’s" taken for "and the Government’s"). Matched on the text before the "and".
AND_IN_A_NAME = _rule(
    "an 'and' inside a body's name",
    r"\b(?:Minist(?:er|ry)|Department|Committee|Agency|Office|Council|Academy|Institute)"
    r"[ \t]+of(?:[ \t]+[A-Z][\w-]*,?){1,4}[ \t]+\Z",
    (
        "promulgates the Circular amending the Minister of Industry ",
        "the Ministry of Natural Resources ",
        "the Minister of Labour, Invalids ",
        "the Ministry of Culture, Sports ",
    ),
    (
        "Decree No. 31/2018/ND-CP dated 2020 ",
        "detailing the Law on Investment ",
        "ministry of trade ",
    ),
)

# One part of a document, in Vietnamese or in a translation ("Point 2", "Article 35").
_PART = (
    r"(?:(?:(?:Điều|khoản|Phụ\s+lục|Chương|Mục|Phần|Article|Clause|Appendix|Annex|Chapter"
    r"|Section|Part)\s+(?-i:[\dIVX]{1,4}[a-zđ]?)|(?:điểm|Point)\s+(?:[a-zđ]|\d{1,2})\b)"
    r"(?:\.\d{1,2})*)"
)

# A part named before its document with a comma between them: "Sửa đổi, bổ sung Điều 22a,
# Thông tư số 168/2020/TT-BQP", "(Điều 12, Thông tư số 168/2020/TT-BQP)" (news-954). That
# comma joins the part to its document, no item to the mention before ("Thông tư số
# 73/2025/TT-BQP sửa đổi … (Điều 12, Thông tư số …)" made the second an item of the first's
# list); a joiner before the part still joins ("… Nghị định A; khoản 2, Nghị định B").
# Matched on the text before the comma's following mention, at its end.
PART_BEFORE_COMMA = _rule(
    "a part named before its document",
    # (the parts a translation lists before the document's: "abolishes Point 2 and Point 4,
    # Article 35, Decree 119/2018/ND-CP", blind round Z)
    rf"(?<!\w){_PART}(?:[ \t]*(?:,|\bvà\b|\band\b)[ \t]*{_PART})*[ \t]*,[ \t\n]*\Z",
    (
        "binh sĩ (Điều 12, ",
        "Sửa đổi, bổ sung Điều 22a, ",
        "theo khoản 2, ",
        "tại Phụ lục II, ",
        "abolishes Point 2 and Point 4, Article 35, ",
        "bãi bỏ điểm a và điểm b khoản 2, ",
    ),
    (
        "Nghị định số 12/2020/NĐ-CP, ",
        "tại Điều 12 và ",
        "của Chính phủ, ",
        "Điều 12, khoản 3 ",
        "công tác điều tra, ",
        "các khoản thu, ",
    ),
    flags=re.IGNORECASE,
)


# A bracket that only names the document a clause spoke of: "Thực hiện ý kiến chỉ đạo của
# Thủ tướng ... (Công văn số 282/TTg-TKBT ngày ...)". Its mention is the cue's object, not an
# aside to the clause (the text between "(" and the mention is matched).
NAMING_BRACKET = _rule(
    "naming bracket",
    # (or where it is given: "Thực hiện kết luận của Thủ tướng Chính phủ tại cuộc họp … (tại
    # Thông báo số 122/TB-VPCP …)", blind round MA)
    rf"\(\s*(?:tại\s+)?(?:{TYPE_NOUNS}|Văn\s+bản|Công\s+văn|Công\s+điện)(?:\s+liên\s+tịch)?"
    rf"\s*(?:{NUMBER_SIGNS})?\s*$",
    ("(Công\nvăn số ", "(Thông báo số ", "(Quyết định ", "(tại Thông báo số "),
    ("(ngày Nghị định số ", "(theo Quyết định\n", "(sau đây viết tắt là Thông tư số "),
    flags=re.IGNORECASE,
)


# ... or one that names the document the thing the cue acts on was issued with: "Thực hiện
# chương trình toàn khóa và Kế hoạch triển khai Cuộc vận động … (ban hành theo Thông báo Kết
# luận số 02-KL/BCĐTW …), Ban Tuyên giáo Trung ương hướng dẫn …" (news-389): carrying out a
# plan issued with a document carries that document out, as one approved in it does.
ISSUING_BRACKET = _rule(
    "issuing bracket",
    rf"\(\s*(?:được\s+)?ban\s+hành\s+(?:kèm\s+)?(?:theo|tại)\s+(?:{TYPE_NOUNS})"
    rf"(?:\s+(?:{TYPE_NOUNS}))?(?:\s+liên\s+tịch)?\s*(?:{NUMBER_SIGNS})?\s*$",
    ("(ban hành theo Thông báo Kết luận số ", "(ban hành kèm theo Quyết định số "),
    ("(Thông báo số ", "(sau đây viết tắt là Thông tư số ", "(theo Quyết định số "),
    flags=re.IGNORECASE,
)


# A table cell or item that opens with an administrative procedure's name: the words in it
# name the procedure ("Thủ tục Đăng ký sửa đổi chế độ Kế toán theo Thông tư số ..."), they
# act on nothing. Matched from the start of the segment to the cue.
PROCEDURE_NAME = _rule(
    "procedure name",
    r"\A[ \t\n]*(?:[-+•–][ \t]*|\d{1,3}[.)][ \t]*)?Thủ\s+tục\s+(?!hành\s+chính\b)[^\n;:]*\Z",
    ("Thủ tục Đăng ký sửa đổi chế độ Kế toán theo ", "\n- Thủ tục cấp lại giấy phép do "),
    ("Thủ tục hành chính được ", "Bãi bỏ thủ tục ", "Thủ tục:\n"),
)


# A meeting named by what it reviews ("Hội nghị trực tuyến toàn quốc sơ kết công tác 6 tháng
# … và tổng kết đợt cao điểm …"): the bare "sơ kết" or "tổng kết" there is part of the
# meeting's name, not this text looking back. Matched on the clause before the cue.
EVENT_NAME = _rule(
    "event name",
    r"\b[Hh]ội\s+(?:nghị|thảo)\b(?:[^;:.()\n]|\n(?![ \t]*\n)){0,160}\Z",
    (
        "và Kết luận tại Hội nghị trực tuyến toàn quốc ",
        "Hội nghị trực tuyến toàn quốc sơ kết công tác 6 tháng đầu năm 2025 và ",
    ),
    ("Các đơn vị tổ chức ", "Hội nghị đã thống nhất; các đơn vị "),
)

# A meeting held on a document's carrying out names it as its topic, no act of this text:
# "chủ trì cuộc họp về tình hình thực hiện Nghị quyết số 66-NQ/TW", "chaired a meeting … on
# the implementation of Resolution No. 83/NQ-CP" (blind round R; tvpl-064, MC13, MP13). Matched
# on the words before an IMPLEMENTS cue; no comma, and no document issued at the meeting, between
# ("Hội nghị thống nhất ban hành Kế hoạch về thực hiện …" carries it out).
MEETING_TOPIC = _rule(
    "a meeting's topic",
    r"\b(?:hội\s+nghị|cuộc\s+họp|phiên\s+họp|buổi\s+làm\s+việc|meeting|conference"
    r"|working\s+session)\b"
    r"(?:(?!\b(?:kế\s+hoạch|chương\s+trình|quyết\s+định|nghị\s+quyết|chỉ\s+thị|công\s+văn"
    r"|văn\s+bản|plan|programme|program|decision|resolution|directive)\b)[^.;:,\n]){0,160}?"
    r"\b(?:về|on)(?:\s+việc)?\s+(?:the\s+)?(?:tình\s+hình\s+|kết\s+quả\s+|triển\s+khai\s+)?\Z",
    (
        "Phó Thủ tướng chủ trì cuộc họp về tình hình ",
        "chaired a meeting of the Government Standing Committee with the Standing Board of the "
        "Provincial Party Committee on the ",
        "Hội nghị lần thứ tư Ban Chấp hành Trung ương (khóa XIII) về ",
        "The Prime Minister chaired the conference on ",
    ),
    (
        "Hội nghị thống nhất ban hành Kế hoạch về ",
        "Tại hội nghị, các sở tập trung ",
        "Hội nghị yêu cầu các cấp tiếp tục ",
    ),
    flags=re.IGNORECASE,
)


# An inspection or oversight of how a document is carried out names it as what is looked at,
# no act of this text (RELATIONS.md: a report on how something was implemented cites it):
# "Đoàn giám sát … về giám sát việc lãnh đạo, chỉ đạo, tổ chức thực hiện Kết luận số 21-KL/TW",
# "thành lập đoàn công tác để kiểm tra việc lãnh đạo, chỉ đạo việc thực hiện Nghị quyết số
# 04/NQ-TW", "theo dõi, giám sát việc thực hiện …" (all 11 such labels of the blind rounds and
# the own gold are citations). Matched on the words before an IMPLEMENTS cue: the checking
# verbs, whose work it is ("của …", "đối với …"), then "việc" or the leadership words right
# before the cue. Not a body urged to act ("đôn đốc các đơn vị triển khai thực hiện …"
# orders it carried out).
_CHECKING = r"(?:kiểm\s+tra|giám\s+sát|đôn\s+đốc|theo\s+dõi|thanh\s+tra)"
OVERSIGHT_OF_CARRYING_OUT = _rule(
    "an oversight of its carrying out",
    rf"\b{_CHECKING}(?:\s*(?:,|và)\s*{_CHECKING})*(?:\s+(?:của|đối\s+với)\s+[^.;:\n]{{1,60}}?)?"
    r"(?:\s+(?:trong\s+)?(?:việc|quá\s+trình))?"
    r"(?:\s+(?:lãnh\s+đạo|chỉ\s+đạo|tổ\s+chức|triển\s+khai)(?:\s*,|\s+và)?)*(?:\s+việc)?\s+\Z",
    (
        "Đoàn giám sát của Ban Thường vụ Tỉnh ủy về giám sát việc lãnh đạo, chỉ đạo, tổ chức ",
        "thành lập 05 đoàn công tác để kiểm tra việc lãnh đạo, chỉ đạo việc ",
        "các thành viên trong đoàn đã đi kiểm tra, giám sát việc ",
        "Công bố giám sát ",
        "giúp Ban Chấp hành Trung ương theo dõi, giám sát việc ",
        "theo dõi, đôn đốc việc ",
    ),
    (
        "Kiểm tra, đôn đốc các đơn vị, địa phương ",
        "tăng cường kiểm tra, giám sát; ",
        "Sở Nội vụ chủ trì kiểm tra. Các sở ",
        "Kiểm tra, giám sát và ",
    ),
    flags=re.IGNORECASE,
)


# A programme or plan of no number that the text carries out, whose own title carries out the
# document after it: "KẾ HOẠCH TRIỂN KHAI CHƯƠNG TRÌNH HÀNH ĐỘNG CỦA CHÍNH PHỦ THỰC HIỆN NGHỊ
# QUYẾT SỐ 27-NQ/TW" carries out the Government's programme, and the resolution is named in its
# title (RELATIONS.md: nested, CITES; blind rounds MA, MJ, MR, OB). Matched on the words before
# the second cue. Not a programme the body issues ("UBND tỉnh ban hành Chương trình hành động
# của UBND tỉnh về thực hiện Quyết định số …" is the page's own, which carries it out).
CARRIED_OUT_PROGRAMME = _rule(
    "in the title of a programme of no number",
    r"\b(?:triển\s+khai|thực\s+hiện)\s+(?:các\s+)?(?:chương\s+trình\s+hành\s+động|chương\s+trình"
    r"|kế\s+hoạch|đề\s+án)\s+của\s+(?:[^\W\d_]+\s+){1,10}?(?:\([^()\n]{1,30}\)\s+)?"
    r"(?:về\s+)?(?:việc\s+)?\Z",
    (
        "KẾ HOẠCH\nTRIỂN KHAI CHƯƠNG TRÌNH HÀNH ĐỘNG CỦA CHÍNH PHỦ ",
        "VỀ VIỆC BAN HÀNH KẾ HOẠCH THỰC HIỆN CHƯƠNG TRÌNH HÀNH ĐỘNG CỦA\nBAN CHẤP HÀNH ĐẢNG BỘ "
        "TỈNH (KHÓA XIV) VỀ ",
        "Triển khai Chương trình hành động của Tỉnh ủy ",
    ),
    (
        "UBND tỉnh Gia Lai ban hành Chương trình hành động của Ủy ban nhân dân tỉnh về ",
        "Kế hoạch triển khai ",
    ),
    flags=re.IGNORECASE,
)


# Words quoted after a colon are another text's (a letter quoted, new wording of a provision):
# "Công văn số X có nêu:\n“... sẽ thực hiện ... theo Luật Đất đai số ...". Whatever acts
# there, this text's document does not. Matched on the text before the mention. Pages that
# reproduce a decree set its new wording off by a blank line and in straight quotes ("Bổ
# sung khoản 6 vào Điều 14 như sau:\n\n"6. … quyết định điều chỉnh, sửa đổi, bổ sung bảng
# giá đất, … theo Mẫu số 28 … kèm theo Nghị định số 151/2025/NĐ-CP", news-659): the same
# quotation, until its closing mark.
QUOTED_WORDING = _rule(
    "quoted wording",
    r":[ \t]*(?:\n[ \t]*){0,2}(?:“[^”]*|\"[^\"”]*)\Z",
    (
        "trả lời vướng mắc có nêu:\n“Sau khi UBND tỉnh ban hành Bảng giá đất theo ",
        'Bổ sung khoản 6 vào Điều 14 như sau:\n\n"6. Trong thời hạn không quá 15 ngày kể từ '
        "ngày quyết định điều chỉnh, sửa đổi, bổ sung bảng giá đất, Ủy ban nhân dân cấp tỉnh "
        "gửi kết quả theo Mẫu số 28 ban hành kèm theo Nghị định số ",
        'Sửa đổi khoản 2 Điều 5 như sau:\n"2. Bãi bỏ quy định tại ',
        "Sửa đổi khoản 1 như sau:\n\n“1. Thay thế Phụ lục kèm theo ",
    ),
    (
        "Bãi bỏ cụm từ “Công an cấp huyện” tại Nghị quyết số ",
        "như sau: “a) Sửa đổi.” Bãi bỏ ",
        'Tên gọi: "Quy chế phối hợp" được sửa đổi theo Nghị định số ',
        'Điều 1. Sửa đổi như sau:\n\n"1. Nội dung mới."\n\nĐiều 2. Bãi bỏ Thông tư số ',
        # a heading after a blank line, no quotation opened: the text's own act
        "Nghị định gồm các nội dung sau:\n\nSửa đổi, bổ sung một số điều của Nghị định số ",
    ),
)


# What follows a passive act in an amending text's item when the text itself makes the
# change: no agent, the new wording announced. "Khoản 2 Điều 170 của Luật Doanh nghiệp được
# sửa đổi, bổ sung như sau:" (relations-055) is the amending law's own act; with an agent,
# "được sửa đổi bởi Luật số … như sau:", it is the agent's (a passive, cited). Matched on
# the text right after the passive.
AS_FOLLOWS = _rule(
    "amended as follows",
    r"\A[ \t]*như[ \t]+sau[ \t]*:",
    (" như sau:", "  như sau :"),
    (
        " bởi Luật số 03/2022/QH15 như sau:",  # its agent named
        " tại Thông tư 26 như sau:",
        " một số điều, cụ thể như sau:",
    ),
    flags=re.IGNORECASE,
)


# Words quoted to be replaced or struck out ("Thay thế cụm từ “Quyết định số 1719/QĐ-TTg”
# bằng cụm từ “…”"): a number inside them is part of the words, not a document acted on.
# Matched on the text before the mention.
QUOTED_PHRASE = _rule(
    "quoted phrase",
    # (a quotation may wrap at a line's end, as a PDF's text does; a blank line ends it)
    r"(?:cụm\s+từ|từ\s+ngữ|các\s+từ|\bthe\s+(?:phrases?|words?|wording))\s*[“\"]"
    r"(?:[^”\"\n]|\n(?![ \t]*\n)){0,300}\Z",
    (
        "5. Thay thế: cụm từ “Quyết định số ",
        "bằng cụm từ “Thông tư số 06/2023/TT-BTC và ",
        "Replacement of: the phrase “Decision No. ",
        "và cụm từ “Thông\ntư số ",
    ),
    (
        "Bãi bỏ cụm từ “Công an cấp huyện” tại Nghị quyết số ",
        "Article 2 is amended as follows: “Decision No. ",
        "Thay cụm từ “Sở Tư pháp” bằng “Sở Nội vụ”.\n\nSửa đổi “Quyết định số ",
    ),
    flags=re.IGNORECASE,
)


# "Thực hiện Nghị quyết số X ... thì hộ kinh doanh không áp dụng ...": a clause that opens
# with the carrying-out verb and goes on to "thì" states what X brings about; it orders
# nothing. Matched on the sentence after the mention.
CONSEQUENCE = _rule(
    "consequence",
    r"\A[^.;:!?]{0,300}?\sthì\s",
    (" ngày 04/5/2025 của Bộ Chính trị về phát triển kinh tế tư nhân\nthì hộ kinh doanh ",),
    (", UBND tỉnh ban hành Kế hoạch thực hiện. Nếu chậm thì ", " của Bộ Chính trị; thì "),
)


# ... and a consequent that says by what rule something is done, its subject between "thì"
# and the verb: "Trường hợp … trước ngày 01 tháng 12 năm 2024 thì hạn tuổi phục vụ tại ngũ cao
# nhất và các hướng dẫn về chế độ, chính sách liên quan thực hiện theo Thông tư liên tịch số …"
# (news-948; with nothing between, the cue "conditional rule" says it). Matched on the words
# before the carrying-out verb, which "theo" follows.
CONSEQUENT_RULE = _rule(
    "the consequent applies a rule",
    r"(?<!\w)thì\s[^.;:!?]{0,150}\Z",
    (
        " trước ngày 01 tháng 12 năm 2024 thì hạn tuổi phục vụ tại ngũ cao nhất và các hướng "
        "dẫn về chế độ, chính sách liên quan ",
    ),
    (
        "Trường hợp vướng mắc thì báo cáo. Các đơn vị ",
        " của Bộ Chính trị; đồng thời các cơ quan ",
    ),
)


# What carrying a document out has achieved, said right after it in its clause: "Triển khai
# thực hiện Kết luận số 01-KL/TW đạt nhiều kết quả quan trọng" (a headline of blind round DK),
# "…, thành phố đạt nhiều kết quả": a review of the work done (RELATIONS.md: looking back).
# Not a goal set ("… nhằm đạt kết quả cao", "phấn đấu đạt …": no achievement told).
RESULTS_ACHIEVED = _rule(
    "results achieved",
    r"\A[^.;:!?\n]{0,200}?(?<!nhằm)(?<!để)(?<!phấn\sđấu)\s(?:đã\s+)?đạt\s+(?:được\s+)?"
    r"(?:nhiều|những)\s+(?:kết\s+quả|thành\s+tựu)",
    (
        " đạt nhiều kết quả quan trọng, toàn diện",
        " của Bộ Chính trị về phát triển thành phố, thành phố đạt nhiều kết quả",
        " trên địa bàn tỉnh đã đạt được nhiều kết quả",
    ),
    (
        " nhằm đạt nhiều kết quả hơn",
        " để đạt những kết quả cao nhất",
        ". Năm 2024 tỉnh đạt nhiều kết quả",
        " đạt hiệu quả cao",
    ),
)


# "Thực hiện Nghị quyết số X ..., các bộ, ngành đã tập trung triển khai ...": a sentence that
# opens with the carrying-out verb and goes on to say what a body has done reports past
# work (RELATIONS.md: looking back), and what it will do ("…, Bộ Tài chính sẽ có hướng dẫn")
# is another act to come; neither orders anything. Matched on the sentence after the
# mention: the first clause break, then a subject of a few words and "đã"/"đang"/"sẽ" (a
# purpose clause, "để ..." or "nhằm ...", is not a subject: "..., để phát huy kết quả đã
# đạt được"), nor is a document by its type: "Thực hiện nhiệm vụ, giải pháp … được đề ra tại
# Nghị quyết số 27-NQ/TW, Luật Tổ chức Tòa án nhân dân năm 2024 đã sửa đổi, bổ sung …"
# (news-749) tells what a law's text does to carry the resolution out, no work of a body.
LOOKED_BACK = _rule(
    "another time's act",
    r"\A(?:(?!ban\s+hành)[^.;:!?]){0,300}?,[ \t\n]+(?!để\b|nhằm\b|đồng\s+thời\b)"
    r"(?!(?:Bộ[ \t]+luật|Luật|Pháp[ \t]+lệnh|Nghị[ \t]+định|Thông[ \t]+tư|Nghị[ \t]+quyết)\b)"
    # the subject: a few words, none of them an act of this text's own
    r"(?:(?!ban\s+hành|thực\s+hiện|triển\s+khai|giao\b)[^.;:!?]){1,150}?"
    # ... and no document by its type right before the verb either, whatever the list before
    # it: "…, tử tuất, Luật đã giải quyết …" tells what a law's text does (news-771)
    r"(?<![Ll]uật)(?<!Pháp[ \t]lệnh)(?<!Nghị[ \t]định)(?<!Thông[ \t]tư)(?<!Nghị[ \t]quyết)"
    # (not "đã ban hành", the issuing a report tells: "Thực hiện Kết luận số 183-KL/TW …, UBND
    # tỉnh đã ban hành Kế hoạch số 60/KH-UBND" carries the conclusion out, blind round P)
    # (nor a body that advised the issuing: "…, Sở Tư pháp đã tham mưu cho UBND tỉnh ban hành
    # Kế hoạch số 40/KH-UBND", blind round AZ)
    r"[ \t\n](?:(?:đã|đang)[ \t\n]+(?!được\b|có\b|(?:(?:khẩn[ \t\n]+trương|kịp[ \t\n]+thời"
    r"|chính[ \t\n]+thức)[ \t\n]+)?(?:ký[ \t\n]+)?ban[ \t\n]+hành\b"
    r"|tham[ \t\n]+mưu[^.;:!?]{0,60}?[ \t\n]ban[ \t\n]+hành\b)"
    r"|sẽ[ \t\n]+(?!được\b))",
    (
        " ngày 26 tháng 3 năm 2025 của Chính phủ về Chương trình cắt giảm, đơn giản hóa thủ "
        "tục, các bộ, cơ quan ngang bộ, Ủy ban nhân dân các tỉnh\nđã tập trung triển khai ",
        " của Quốc hội, ngày 30-5-1957, Hội đồng Chính phủ đã sáp nhập Ban Thống nhất ",
        " ngày 25/6/2015, Bộ Tài chính sẽ có hướng dẫn về việc hạch toán ",
    ),
    (
        " của Tỉnh ủy, để phát huy kết quả đã đạt được, UBND tỉnh ban hành Kế hoạch ",
        " của Thủ tướng Chính phủ, UBND tỉnh ban hành Kế hoạch thực hiện. Kết quả đã ",
        ", Sở Y tế đề nghị các đơn vị đã được giao ",
        ", UBND tỉnh ban hành Kế hoạch triển khai, phát huy những kết quả đã đạt ",
        " ngày 1/8/2025 của Bộ Chính trị, UBND tỉnh đã ban hành Kế hoạch số 60/KH-UBND ",
        " về đại hội đảng bộ các cấp, Ban Thường vụ Đảng ủy đã khẩn trương ban hành Kế hoạch ",
        ", Sở Tư pháp đã tham mưu cho UBND tỉnh ban hành Kế hoạch số 40/KH-UBND ",
        ", bảo đảm cắt giảm các bước trên cơ sở tái sử dụng dữ liệu đã có.",
        " về đổi mới, Luật Tổ chức Tòa án nhân dân năm 2024 đã sửa đổi, bổ sung nhiều quy định ",
        " về việc mở rộng BHXH tự nguyện sang các chế độ khác ngoài hưu trí, tử tuất, Luật đã "
        "giải quyết ",
    ),
)


# A footnote ("[2] Dự kiến tổ chức ... theo chỉ đạo tại Công điện số ...") says where a
# figure or a fact comes from; the text's own document does nothing in it. A footnote is a
# paragraph that opens a line with a marker "[n]" which the text used earlier, inline
# ("... các nhiệm vụ được giao[1]."); see `footnotes`.
FOOTNOTE = _rule(
    "footnote",
    r"^[ \t]*\[(\d{1,3})\][ \t]*\S[^\n]*(?:\n(?![ \t]*\n)(?![ \t]*\[\d{1,3}\])[^\n]*)*",
    ("[2] Dự kiến tổ chức ngày 19 tháng 12 năm\n2025 theo chỉ đạo tại Công điện số ",),
    ("Bộ, ngành đã triển khai các nhiệm vụ được giao[1]. Chính phủ đã ban hành", "[ ] Có"),
)


# An annex that reports results or gathers others' proposals ("PHỤ LỤC II\nTỔNG HỢP KẾT QUẢ
# THỰC HIỆN NGHỊ QUYẾT SỐ ...", "PHỤ LỤC\nĐỀ XUẤT KIẾN NGHỊ CỦA CÁC ĐỊA PHƯƠNG"): its rows
# look back or ask; the text's own document does nothing in them. It reaches to the next
# annex or the end of the text; see `reporting_annexes`.
REPORTING_ANNEX = _rule(
    "reporting annex",
    r"^[ \t]*PHỤ[ \t]+LỤC\b[^\n]*\n(?:[^\n]*\n){0,2}?[ \t]*(?:BẢNG[ \t]+)?(?:TỔNG[ \t]+HỢP[ \t]+)?"
    r"(?:CÁC[ \t]+)?(?:ĐỀ[ \t]+XUẤT|KIẾN[ \t]+NGHỊ|Ý[ \t]+KIẾN|KẾT[ \t]+QUẢ|TÌNH[ \t]+HÌNH)\b",
    (
        "PHỤ LỤC I\nTỔNG HỢP KẾT QUẢ THỰC HIỆN NGHỊ QUYẾT SỐ 66/NQ-CP",
        "PHỤ LỤC\nĐỀ XUẤT KIẾN NGHỊ CỦA CÁC ĐỊA PHƯƠNG, ĐƠN VỊ VÀ PHÂN CÔNG",
    ),
    (
        "PHỤ LỤC\nDANH MỤC THỦ TỤC HÀNH CHÍNH ĐƯỢC SỬA ĐỔI",
        "PHỤ LỤC I\nNHIỆM VỤ TRIỂN KHAI THỰC HIỆN KẾT LUẬN SỐ 121-KL/TW",
    ),
)


# The constitution named with the laws in general ("thực hiện Hiến pháp và pháp luật", "hoạt
# động theo Hiến pháp, pháp luật"), its year written or not ("… các nhiệm vụ thi hành Hiến
# pháp 2013, pháp luật, các văn bản của cơ quan nhà nước cấp trên", news-268): the legal
# order one abides by, never a document carried out. Matched at the named mention.
LEGAL_ORDER = _rule(
    "the legal order",
    r"Hiến\s+pháp(?:\s+(?:năm\s+)?(?:19|20)\d\d)?\s*(?:,|và)\s*(?:các\s+)?pháp\s+luật",
    (
        "vận động Nhân dân thực hiện Hiến pháp và pháp luật;",
        "hoạt động theo Hiến pháp, pháp luật",
        "chỉ đạo việc thực hiện các nhiệm vụ thi hành Hiến pháp 2013, pháp luật, các văn bản",
        "bảo đảm thi hành Hiến pháp năm 2013 và pháp luật trên địa bàn",
    ),
    (
        "Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;",
        "cụ thể hóa quy định tại khoản 1 Điều 102 của Hiến pháp 2013, Luật Tổ chức Tòa án",
    ),
    flags=re.IGNORECASE,
)


# Where a letter's answer opens ("Về vấn đề này, Cục Thuế có ý kiến như sau:"): every "Căn cứ"
# line after it, under whatever headings, is the answer's argument, not the letter's basis.
ANSWER_OPENING = _rule(
    "answer opening",
    # (one branch a lead-in: `_answer_opens_at` looks for each by the fixed words it opens with)
    "|".join(
        rf"{lead}\s+(?:như\s+sau|cụ\s+thể)\s*:"
        for lead in (r"có\s+ý\s+kiến", r"trả\s+lời", r"hướng\s+dẫn", r"ý\s+kiến")
    ),
    (
        "Về vấn đề này, Cục Thuế có ý kiến như sau:\n1. Về chính sách thuế",
        "Bộ Tài chính hướng dẫn như sau:",
    ),
    ("Quy định như sau:", "Căn cứ Nghị định số 91/2022/NĐ-CP;"),
    flags=re.IGNORECASE,
)


# A row of a legal database's effect history ("Lịch sử hiệu lực" on vbpl.vn): a date, a status,
# the source document. A row of a change names the document that made it ("03/08/2020 Được
# sửa đổi 13/2020/TT-BCT"); what it changed is the document whose history this is, named in
# the rows of its own issue and effect ("15/11/2018 Văn bản được ban hành 43/2018/TT-BCT"),
# not the source of the row above (blind rounds T, Y, AB, AH).
EFFECT_HISTORY_ROW = _rule(
    "effect history row",
    r"[ \t]*\d{1,2}/\d{1,2}/\d{4}[ \t]+(?:Được|Bị)[ \t]",
    (
        "03/08/2020 Được sửa đổi 13/2020/TT-BCT",
        "02/10/2008 Bị hết hiệu lực 120/2008/QĐ-TTg",
        "27/02/2015 Bị hết hiệu lực 1 phần 413/QĐ-UBND",
    ),
    ("15/11/2018 Văn bản được ban hành 43/2018/TT-BCT", "Ngày 03/08/2020, được sửa đổi"),
)


# A report that reproduces a document announces its full text with a colon ("Toàn văn Quy
# định số 377-QĐ/TW như sau:", blind round AH): the basis lines after it are that document's
# preamble, not a run of reasoning the colon introduces. Matched on the colon's line.
FULL_TEXT_FOLLOWS = _rule(
    "full text follows",
    r"\b(?:Toàn\s+văn|Nguyên\s+văn|Full\s+text\s+of)\b[^\n:]{0,200}:[ \t]*\Z",
    (
        "Toàn văn Quy định số 377-QĐ/TW như sau:",
        "Toàn văn Nghị quyết:",
        "Full text of the Resolution:",
    ),
    ("Cục Thuế có ý kiến như sau:", "Toàn văn Quy định số 377-QĐ/TW được đăng tải trên Cổng."),
    flags=re.IGNORECASE,
)


# A text's scope clause, in which its own document guides: what it guides is the document
# whose provision the clause ends on, however long its list of matters ("Thông tư này hướng
# dẫn trình tự, thủ tục … của các đối tượng thực hiện cổ phần hóa theo quy định tại Điều 2
# Nghị định số X"). A bare "quy định" ("Nghị định này quy định điều kiện …") is not enough.
# What may stand between "<type> này" and the verb of its scope clause: what it holds and what
# it is issued for ("Thông tư này gồm 09 chương, 33 điều, được ban hành nhằm hướng dẫn về việc
# cấp …", news-971).
SCOPE_LEAD = (
    r"(?:gồm\s+\d+\s+[^\W\d_]+(?:\s*(?:,|và)\s*\d+\s+[^\W\d_]+)*\s*,?\s*)?"
    r"(?:(?:được\s+)?ban\s+hành\s+)?(?:(?:nhằm|để)\s+)?"
)
SCOPE_CLAUSE = _rule(
    "scope clause",
    r"(?:Thông\s+tư|Nghị\s+định|Quyết\s+định|Nghị\s+quyết)(?:\s+liên\s+tịch)?\s+này\s+"
    + SCOPE_LEAD
    + r"(?P<verb>hướng\s+dẫn|quy\s+định\s+chi\s+tiết)\b",
    (
        "Thông tư này hướng dẫn trình tự, thủ tục, phương thức bán cổ phần lần đầu",
        "Nghị định này quy định chi tiết khoản 3 Điều 45 Luật",
        "1. Thông tư liên tịch này hướng dẫn việc phối hợp",
        "Thông tư này gồm 09 chương, 33 điều, được ban hành nhằm hướng dẫn về việc cấp",
    ),
    (
        "Nghị định này quy định điều kiện tài sản bảo đảm",
        "Thông tư số 05 hướng dẫn việc",
        "Thông tư này được hướng dẫn bởi",
        "Thông tư này gồm 5 điều, quy định mức thu",
    ),
    flags=re.IGNORECASE,
)
# A scope clause that only says what the text rules on ("quy định") guides a document only
# when it ends on that document's provision by name: a decree detailing "điểm đ khoản 2
# Điều 198a Luật …" says so this way, while "quy định … theo quy định của Luật X" or
# "quy định mức hỗ trợ … quy định tại Nghị định X" only say by what rule (relate.py checks
# the provision).
SCOPE_ON_PROVISION = _rule(
    "scope clause on a provision",
    r"(?:Thông\s+tư|Nghị\s+định|Quyết\s+định|Nghị\s+quyết)(?:\s+liên\s+tịch)?\s+này\s+"
    r"(?P<verb>quy\s+định)\b(?!\s+chi\s+tiết)",
    (
        "Nghị định này quy định điều kiện tài sản bảo đảm của khoản nợ xấu được thu giữ theo",
        "1. Thông tư này quy định mức thu phí theo",
    ),
    ("Nghị định này quy định chi tiết khoản 3 Điều 45", "Thông tư số 05 quy định việc"),
    flags=re.IGNORECASE,
)
# A report restates the scope clause of the document it is about with that document's
# number where the text itself says "<type> này": "Nghị định số 254/2025/NĐ-CP gồm 6 chương
# 56 điều quy định chi tiết về … theo quy định của Luật Đầu tư công" (news-699), "Bộ Nội vụ
# ban hành Thông tư số 07/2025/TT-BNV hướng dẫn thực hiện … theo quy định tại khoản 5 Điều 34
# Nghị định số 44/2025/NĐ-CP" (news-939). Matched on the words from the end of the mention of
# that document (relate.py checks that it names the reported one) to its guiding verb: its
# date, its issuer, what it holds, nothing that is a predicate of its own.
REPORTED_SCOPE = _rule(
    "scope clause of the reported document",
    r"\A(?:[ \t]+ngày[ \t]+(?:\d{1,2}[/.-]\d{1,2}[/.-]\d{4}"
    r"|\d{1,2}[ \t]+tháng[ \t]+\d{1,2}[ \t]+năm[ \t]+\d{4}))?"
    # (its issuer, a few words that are no predicate: "của Bộ trưởng Bộ Nội vụ")
    r"(?:[ \t]+của(?:[ \t]+(?!(?:quy|về|hướng|đã|được|và)\b)[^\W\d_]+){1,6}?)?"
    r"(?:[ \t]+gồm(?:[ \t]+[\w]+){1,6}?)?"  # "gồm 6 chương 56 điều"
    r"[ \t]+(?P<verb>hướng[ \t]+dẫn|quy[ \t]+định[ \t]+chi[ \t]+tiết)\b",
    (
        " gồm 6 chương 56 điều quy định chi tiết về quản lý, thanh toán vốn đầu tư công",
        " hướng dẫn thực hiện quản lý lao động, tiền lương",
        " ngày 26/9/2025 của Chính phủ quy định chi tiết một số điều",
        " ngày 28 tháng 02 năm 2025 của Bộ trưởng Bộ Nội vụ hướng dẫn",
    ),
    (
        " quy định về quản lý vốn đầu tư công theo quy định của Luật Đầu tư công",
        " đã hướng dẫn các địa phương",  # looking back at what it did
        " và Thông tư số 08/2025/TT-BNV hướng dẫn",  # another document's title
        " của Chính phủ quy định về việc hướng dẫn",
    ),
    flags=re.IGNORECASE,
)
# A report on a law (or a bill) that has no number yet tells what the law does by its own
# articles: "Luật gồm 11 Điều, trong đó sửa đổi, bổ sung một số điều của Luật Chứng khoán,
# Luật Kế toán, …" (news-500), "Dự thảo Luật … gồm 3 điều.\n\nTrong đó, Điều 1 sửa đổi, bổ
# sung một số điều của Luật Đất đai" (news-127), "(khoản 1 Điều 1 sửa đổi, bổ sung Điều 5
# Luật Chất lượng sản phẩm, hàng hóa)" (news-789). The subject of the act is that law, so
# the act is a law's, of the rank that changes a law (relate.py, `_within_rank`). Matched on
# the words right before the act's cue: the law and the count of its articles, or one of
# its articles by number alone, opening a clause or a bracket (an article of another
# document names that document after it: "Điều 38 Nghị định 106/2025/NĐ-CP quy định về sửa
# đổi …").
LAW_OWN_PART = _rule(
    "a law's own articles",
    r"(?:\bLuật\b[^.;:\n]{0,200}?\s+gồm\s+\d+\s+[Đđ]iều\b(?:\s*,\s*\d+\s+khoản)?"
    r"\s*[,;.]?\s*(?:[Tt]rong\s+đó\s*,?\s*)?"
    r"|(?:^|[(]|[Tt]rong\s+đó\s*,)[ \t]*(?:khoản\s+\d+\s+)?Điều\s+\d+[a-zđ]?\s*,?[ \t]*)\Z",
    (
        "Luật gồm 11 Điều, trong đó ",
        "Luật sửa đổi bổ sung một số điều của Luật Đấu giá tài sản gồm 3 điều; trong đó ",
        "Trong đó, Điều 1 ",
        "Về nguyên tắc phân loại (khoản 1 Điều 1 ",
        "Về hiệu lực thi hành (Điều 2, ",
    ),
    (
        "- Điều 38 Nghị định 106/2025/NĐ-CP quy định về ",
        "Theo khoản 3 Điều 7 Luật sửa đổi quy định ",
        "Luật gồm 11 Điều. Luật có hiệu lực từ ngày 01/7/2025. Quốc hội cũng ",
        "đã ",
    ),
)
LAW_PART_REACH = 240  # how far before an act's cue a law's count of its articles may stand
# The name of an amending law, which ends with the first law it amends: "Luật sửa đổi, bổ
# sung một số điều của Luật Đấu thầu; Luật Đầu tư theo phương thức đối tác công tư; Luật Hải
# quan; …" (news-915, eight laws amended by one). The laws listed after the name take its
# act, as a list of numbers after one verb does (relate.py, `_amended_with_the_first`).
AMENDING_LAW_NAME = _rule(
    "an amending law's name",
    # (matched at the name's start, `pattern.match(text, start)`: no "\A", which a match
    # from a position does not meet)
    # (the National Assembly's resolution that amends its own rules reads alike: "Nghị quyết
    # của Quốc hội sửa đổi, bổ sung một số điều của Nội quy kỳ họp Quốc hội", news-929)
    r"(?:Luật|Bộ\s+luật|Nghị\s+quyết\s+của\s+Quốc\s+hội)\s+sửa\s+đổi(?:\s*,?\s*bổ\s+sung)?\s+"
    r"(?:một\s+số\s+điều\s+)?(?:của\s+)?(?:Luật|Bộ\s+luật|Nội\s+quy|Nghị\s+quyết)\s+\S",
    (
        "Luật sửa đổi, bổ sung một số điều của Luật Đấu thầu",
        "Luật sửa đổi, bổ sung một số điều của Bộ luật Lao động",
        "Luật sửa đổi Luật Thuế giá trị gia tăng",
        "Nghị quyết của Quốc hội sửa đổi, bổ sung một số điều của Nội quy kỳ họp Quốc hội",
    ),
    (
        "Luật Đấu thầu",
        # a count of the laws amended, not the first one's name
        "Luật sửa đổi, bổ sung một số điều của 10 luật có liên quan đến an ninh, trật tự",
        "Luật sửa đổi, bổ sung một số điều của các luật về thuế",
    ),
)

# What the relation reader adds to the rule of an act it reads as the law's a page reports
# (relate.py, `_reports_an_amending_law`): the page's actors give it to the body that passed
# the law (actors.py, `_act_of_this_document`), as they give "… hết hiệu lực từ ngày Luật
# này có hiệu lực" and the law's own articles.
LAW_REPORTED = "the law the page reports"
# ... or by the count of the laws it amends, which names none of them: "Quốc hội đã biểu
# quyết thông qua Luật sửa đổi, bổ sung một số điều của 10 luật có liên quan đến an ninh,
# trật tự" (news-230), a page of no number then telling what that law changes.
AMENDING_LAWS_COUNTED = _rule(
    "an amending law named by the count of laws it amends",
    r"\b(?:Luật|Bộ\s+luật)\s+sửa\s+đổi(?:\s*,?\s*bổ\s+sung)?\s+(?:một\s+số\s+điều\s+)?"
    r"(?:của\s+)?(?:\d+|các|một\s+số)\s+(?:luật|Luật)\b",
    (
        "thông qua Luật sửa đổi, bổ sung một số điều của 10 luật có liên quan đến an ninh",
        "Luật sửa đổi, bổ sung một số điều của các luật về thuế",
    ),
    ("Luật sửa đổi, bổ sung một số điều của Luật Đấu thầu", "sửa đổi 10 luật"),
)


def law_part_before(text: str, cue: int, floor: int = 0) -> re.Match[str] | None:
    """A law's own articles (`LAW_OWN_PART`) right before the act whose cue starts at `cue`,
    looked for no farther back than `floor`."""
    return LAW_OWN_PART.pattern.search(text, max(floor, cue - LAW_PART_REACH), cue)


_ANNEX = re.compile(r"^[ \t]*PHỤ[ \t]+LỤC\b", re.MULTILINE)


# A report tells what a document it names does, that document standing as its clause's
# subject: the words before it in its sentence are none, an item's mark, or a lead that ends
# with a comma ("Trong đó, Nghị định 60/2025/NĐ-CP sửa đổi, bổ sung Điều 9 Nghị định số
# 116/2020/NĐ-CP", news-889; "Với mục tiêu mở cửa …, Nghị định số 245/2025/NĐ-CP bãi bỏ điểm
# e khoản 1 Điều 139 Nghị định số 155/2020/NĐ-CP", news-748). A document named after "theo",
# "căn cứ" or a provision of it ("theo Điều 4 Thông tư 96/2015/TT-BTC sửa đổi …") is the
# rule the sentence cites, its act a title (relate.py, `_told_on_provision`).
REPORTED_SUBJECT_LEAD = _rule(
    "what stands before a reported document as its clause's subject",
    r"\A[ \t]*(?:(?:[-+•–]|\(?\d{1,2}[.)])[ \t]*)?(?:[^.;:\n]{1,120}?,[ \t]*)?\Z",
    ("", "4. ", "- ", "Trong đó, ", "Với mục tiêu mở cửa tiếp cận thị trường, "),
    ("Theo Điều 1 ", "bởi lẽ theo Điều 4 ", "Căn cứ theo khoản 8 Điều 1 ", "Chính phủ ban hành "),
)
# ... or what a title never holds stands between the document and its verb: a predicate's
# tense or a copula ("Nghị định số 310/2025/NĐ-CP cũng sửa đổi …", "Thông tư số
# 59/2024/TT-BCA của Bộ Công an đã sửa đổi, bổ sung điểm đ …", "Một trong những nội dung nổi
# bật của Nghị định số 310/2025/NĐ-CP là sửa đổi, bổ sung khoản 1 Điều 2 …", news-757,
# news-1039).
REPORTED_PREDICATE = _rule(
    "a predicate's mark between a reported document and its verb",
    r"(?:^|\s)(?:đã|cũng(?:\s+đã)?|là)\s*\Z",
    (" đã ", " cũng ", " của Bộ Công an đã ", " là "),
    (" ", " ngày 11/9/2025 ", " của Chính phủ về việc "),
)


# ... or the report says the document was issued, right before naming it: "Chính phủ (vừa)
# ban hành Nghị định số 245/2025/NĐ-CP ngày 11/9/2025 sửa đổi, bổ sung một số điều của Nghị
# định số 155/2020/NĐ-CP" (news-748): what its title then changes, the report tells as the
# document's act.
REPORTED_ISSUE = _rule(
    "a report that a document was issued, before its name",
    r"\bban\s+hành[ \t]+\Z",
    ("Trong đó, việc trình Chính phủ ban hành ", "Chính phủ vừa ban hành "),
    ("ban hành kèm theo ", "Chính phủ ban hành Nghị định về "),
)
# What a reported document changes, named between its verb and the document changed: a
# provision ("khoản 1 Điều 2", "Điều 14a vào sau Điều 14") or some of its articles ("một số
# điều của"), as a report tells an act; a title in a list of documents most often names the
# document changed whole ("Nghị định 117/2024/NĐ-CP sửa đổi Nghị định 82/2020/NĐ-CP").
REPORTED_PART = _rule(
    "a part of the document changed, named before it",
    r"\bĐiều\s+\d|\bmột\s+số\s+(?:điều|quy\s+định|nội\s+dung)\b",
    (" khoản 1 Điều 2 ", ", bổ sung một số điều của ", " điểm e khoản 1 Điều 139 "),
    (" ", " các Nghị định quy định chi tiết thi hành "),
    flags=re.IGNORECASE,
)
# ... and no title's words stand between the document and its verb: "Nghị quyết 01/2025/
# NQ-HĐND của HĐND tỉnh về việc sửa đổi, bổ sung một số điều của Nghị quyết 231/2019/NQ-HĐND"
# is an item of a list of documents by their titles (news-073), no act the report tells.
REPORTED_TITLE_WORDS = _rule(
    "a title's words between a document and its verb",
    r"\bvề(?:\s+việc)?\s*\Z",
    (" của HĐND tỉnh về việc ", " về "),
    (" ngày 18/12/2024 của Chính phủ ", " đã "),
)


# Every rule above, for the test that reads their examples.
RULES: tuple[Rule, ...] = (
    BODY_START,
    BASIS_LINE,
    BASIS_END,
    BASIS_SECTION,
    ITEM_START,
    LIST_JOIN,
    AND_IN_A_NAME,
    PART_BEFORE_COMMA,
    NAMING_BRACKET,
    ISSUING_BRACKET,
    PROCEDURE_NAME,
    EVENT_NAME,
    MEETING_TOPIC,
    OVERSIGHT_OF_CARRYING_OUT,
    CARRIED_OUT_PROGRAMME,
    QUOTED_WORDING,
    AS_FOLLOWS,
    QUOTED_PHRASE,
    CONSEQUENCE,
    CONSEQUENT_RULE,
    LOOKED_BACK,
    RESULTS_ACHIEVED,
    FOOTNOTE,
    REPORTING_ANNEX,
    SCOPE_CLAUSE,
    SCOPE_ON_PROVISION,
    REPORTED_SCOPE,
    LAW_OWN_PART,
    AMENDING_LAW_NAME,
    AMENDING_LAWS_COUNTED,
    REPORTED_SUBJECT_LEAD,
    REPORTED_PREDICATE,
    REPORTED_ISSUE,
    REPORTED_PART,
    REPORTED_TITLE_WORDS,
    ANSWER_OPENING,
    FULL_TEXT_FOLLOWS,
    EFFECT_HISTORY_ROW,
    LEGAL_ORDER,
)


def reporting_annexes(text: str) -> list[tuple[int, int]]:
    """The spans of `text`'s `REPORTING_ANNEX`es, each to the next annex or the end."""
    if "PHỤ" not in text:
        return []
    spans = []
    for m in line_matches(REPORTING_ANNEX.pattern, text):
        following = _ANNEX.search(text, m.end())
        spans.append((m.start(), following.start() if following else len(text)))
    return spans


def footnotes(text: str) -> list[tuple[int, int]]:
    """The spans of `text`'s footnotes: `FOOTNOTE` paragraphs whose marker stands earlier
    in the text, right after a word or a full stop (a line that merely opens with "[3]" is
    not a note unless something refers to it)."""
    if "[" not in text:
        return []
    spans: list[tuple[int, int]] = []
    for m in line_matches(FOOTNOTE.pattern, text):
        marker = f"[{m.group(1)}]"
        used = text.rfind(marker, 0, m.start())
        if used > 0 and not text[used - 1].isspace():
            spans.append((m.start(), m.end()))
    return spans


@dataclass(frozen=True)
class Structure:
    """The pieces of a text's structure that bound cues."""

    basis: tuple[tuple[int, int], ...]  # spans of preamble basis lines
    breaks: tuple[int, ...]  # positions where a segment ends (sentence ends, cells, items)
    items: tuple[int, ...]  # positions where a list item starts

    def basis_at(self, pos: int) -> tuple[int, int] | None:
        k = bisect_right(self.basis, (pos, _FAR)) - 1
        if k >= 0 and self.basis[k][0] <= pos < self.basis[k][1]:
            return self.basis[k]
        return None

    def segment_start(self, pos: int) -> int:
        i = bisect_right(self.breaks, pos) - 1
        return self.breaks[i] if i >= 0 else 0

    def item_starts_between(self, lo: int, hi: int) -> bool:
        i = bisect_right(self.items, lo)
        return i < len(self.items) and self.items[i] < hi


_CELL = re.compile(r"\n[ \t]*\n")
_FAR = 1 << 62


def structure(
    text: str, windows: list[tuple[int, int]] | None = None, own_text: bool = False
) -> Structure:
    """Find the basis lines, segment breaks and list items of `text`.

    With `windows`, breaks and items are looked for only there (the stretches around
    references where cues are read); basis lines are looked for in the whole text. With
    `own_text`, the text is a document's own (its header gave its number): prose above its
    basis lines is a site's, not a report's lead (`_basis_lines`)."""
    spans = windows if windows is not None else [(0, len(text))]
    breaks: list[int] = []
    items: list[int] = []
    for lo, hi in spans:
        # an item starts at the line break right before its mark, blank lines above it aside
        starts = [m.start() + m.group().rfind("\n") for m in _item_starts(text, lo, hi)]
        breaks.extend(_breaks(text, lo, hi, starts))
        items.extend(starts)
    return Structure(_with_basis_section(text, own_text), tuple(sorted(set(breaks))), tuple(items))


_PROPOSAL_LINE = re.compile(r"(?:\n|;)[ \t]*(?:[-+•*][ \t]*)?(?:Xét|Theo)\s+đề\s+nghị\b")
_NEXT_SECTION = re.compile(rf"\n[ \t]*(?:[IVX]{{1,4}}|[A-D])\.[ \t]+[{VI_UPPER}]")


def _with_basis_section(text: str, own_text: bool = False) -> tuple[tuple[int, int], ...]:
    """The preamble's basis lines (`_basis_lines`) and a plan's basis section, if any."""
    spans = _basis_lines(text, own_text)
    if "CĂN CỨ" not in text and "CĂN\n" not in text and "CƠ SỞ" not in text:
        return spans  # (the section's heading is in capitals: most texts have none)
    heading = BASIS_SECTION.pattern.search(text)
    if heading is None:
        return spans
    end = _NEXT_SECTION.search(text, heading.end())
    section_end = end.start() if end else len(text)
    # a proposal it ends on is no basis: "Xét đề nghị của Sở … tại Tờ trình số …"
    proposal = _PROPOSAL_LINE.search(text, heading.end(), section_end)
    section = (heading.start(), proposal.start() if proposal else section_end)
    if any(lo < section[1] and section[0] < hi for lo, hi in spans):
        return spans  # a preamble that reaches it already says what the basis is
    return tuple(sorted((*spans, section)))


# In the preamble of a text with an enacting word, a basis line may name provisions before
# their document: "Căn cứ khoản 2 Điều 80 Luật Tổ chức chính quyền địa phương …", "Pursuant
# to Clause 2, Article 80 of the Law on …" (the whole line is the basis, RELATIONS.md). Not
# in a text without one, where such a run is an answer's reasoning ("Căn cứ Điều 7 Luật Kinh
# doanh bất động sản 2023 quy định …" on an explainer page).
_PROVISIONS_THEN_BASIS = re.compile(
    r"[ \t\n]*(?:vào\s+)?(?:(?:điểm|khoản|Điều|Mục|Chương|Phụ\s+lục|Point|Clause|Article"
    r"|Section|Chapter)\s+[\dIVXa-zđ]{1,4}[a-z]?(?:\s*,\s*|\s+và\s+|\s+and\s+|\s+))+"
    r"(?:của\s+|of\s+)?(?=\S)",
    re.IGNORECASE,
)
_LISTED_BASIS = re.compile(
    rf"[ \t\n]*(?:vào\s+)?(?:các\s+)?(?:{TYPE_NOUNS}|Luật|Bộ\s+luật|Pháp\s+lệnh|Hiến\s+pháp"
    # (an official translation may date the law first: "Pursuant to the June 19, 2015 Law on
    # Organization of the Government", at times with no space after the comma, "June
    # 12,1999", blind round H)
    # (or name it before its type, "Pursuant to the Land Law No. 31/2024/QH15", "Pursuant to
    # the June 23, 1994 Labor Code")
    # (the possessive's apostrophe may be lost on the way: "the Government s Decree No. …")
    r"|Văn\s+bản|(?:the\s+)?(?:[A-Z][a-z]+\s+\d{1,2},\s*\d{4}\s+)?(?:(?:\w+\s+){0,3}?\w+(?:['’]|\s)s\s+)?"
    r"(?-i:(?:[A-Z][\w-]*\s+){0,4}?)"
    # (a machine translation's "Protocol" is a decree: "Base of Protocol 40 /2010/NĐ-CP …")
    r"(?:Law|Code|Decree|Resolution|Decision|Circular|Directive|Ordinance|Constitution|Protocol)"
    # rules issued with a resolution or decision ("Căn cứ Nội quy kỳ họp Quốc hội ban hành
    # kèm theo Nghị quyết số 71/2022/QH15")
    r"|Nội\s+quy|Điều\s+lệ"
    # a direction or a recommendation given in a document: "Căn cứ (ý kiến) chỉ đạo của Bộ
    # Chính trị tại Thông báo số 99-TB/TW, …", "Căn cứ kiến nghị của Ủy ban Pháp luật tại Báo
    # cáo số 3618/BC-UBPL15" (the documents follow)
    r"|(?:(?:ý\s+kiến\s+)?chỉ\s+đạo|kiến\s+nghị|kết\s+luận)\s+của(?=[^;]{0,200}?\btại\s)"
    # a misprinted type noun before its number: "Căn cứ Thông số\n17/2025/TT-BNNMT …"
    r"|\w+(?:[ \t]+\w+)?[ \t]+số[ \t]*:?\s*(?=\d))\b"
    r"(?!\s+(?:trên|nêu\s+trên|này|đó)\b)",
    re.IGNORECASE,
)


# A line of prose: a sentence of some length that ends in a full stop ("Dưới đây là những
# điểm mới nổi bật … so với quy định cũ tại Nghị định 78/2015/NĐ-CP. Nghị định 01/2021/NĐ-CP
# có hiệu lực kể từ ngày 04-01-2021."). A letter's header, address and subject line are short.
_PROSE_LINE = re.compile(r"^[^\n]{160,}\.[ \t]*$", re.MULTILINE)


def _opens_with_prose(text: str, pos: int, prose: int) -> bool:
    """Whether prose stands before `pos` (`prose`: where the text's first line of prose
    starts, -1 if none) and no heading in capitals comes between: a report that then
    reproduces a document ("… vừa ký ban hành Nghị quyết số 196/2025/QH15 …\n\n## QUỐC
    HỘI\n\nCăn cứ Hiến pháp …", news-739) gives that document's preamble."""
    if prose == -1 or prose >= pos:
        return False
    head = _last_match(REPRODUCED_HEAD, text, prose, pos)
    if head is not None and not _PROSE_LINE.search(text, head, pos):
        # the reproduced document's motto, its title under it ("… đã ban hành Thông tư
        # 23/2022/TT-BTC …\n…\nĐộc lập - Tự do - Hạnh phúc\n…\nTHÔNG TƯ\nHướng dẫn quản
        # lý tài chính …\n____\nCăn cứ …", blind round BO): no heading need stand right above
        return False
    before = [line.strip(" \t#*_|") for line in text[max(0, pos - 400) : pos].split("\n")]
    heading = next((line for line in reversed(before) if line), "")
    return not (heading.isupper() and len(heading.split()) >= 2)


# A consolidated text (VBHN) lists the documents it brings together, each "…, có hiệu lực kể
# từ ngày 10 tháng 02 năm 2014." ("…, coming into force from July 01, 2024."), before the
# preamble it restates: lines of prose that open no report (blind rounds M to Q, tvpl-140).
_CONSOLIDATED_NUMBER = re.compile(r"\d+/VBHN-")
_CONSOLIDATED_HEAD = 3000  # how far into a text its number stands


def _last_match(pattern: re.Pattern[str], text: str, lo: int, hi: int) -> int | None:
    """Where the last match of `pattern` in `text[lo:hi]` ends, if any."""
    end = None
    for m in pattern.finditer(text, lo, hi):
        end = m.end()
    return end


def _basis_lines(text: str, own_text: bool = False) -> tuple[tuple[int, int], ...]:
    """The preamble's basis lines.

    A decision or resolution has them before its enacting word ("QUYẾT ĐỊNH:"). A letter
    has no such word: its leading run of "Căn cứ" lines counts. Either way a line counts
    only when it names a document ("Căn cứ các quy định trên, ..." is reasoning), and a run
    that a ":" introduces is the answer's own citations ("Cục Thuế có ý kiến như sau:
    Căn cứ tại Điều 34 Luật ...").
    """
    # read only as far as needed; each branch of BODY_START looked for on its own
    bodies = _Found(branch_matches(BODY_START.pattern, text, _BODY_START_SCAN))
    spans: list[tuple[int, int]] = []
    skipped_to = -1  # the end of a run introduced by ':'
    answer_at = -1  # where a letter's answer opens: looked for at its first basis line
    prose = -2  # where the text's first line of prose starts (-1: none; -2: not looked for)
    for m in _basis_candidates(text):
        if spans and m.start() < spans[-1][1]:
            continue
        limit = len(text)
        if bodies.first_after(-1) is None:
            if answer_at == -1:
                answer_at = _answer_opens_at(text)
            if m.start() > answer_at:
                break  # after "… có ý kiến như sau:" a letter argues; its basis came before
            if prose == -2:  # (looked for once, at the first candidate that asks)
                first = _PROSE_LINE.search(text)
                prose = first.start() if first else -1
                if prose != -1 and _CONSOLIDATED_NUMBER.search(text, 0, _CONSOLIDATED_HEAD):
                    prose = -1  # a consolidated text's list of amenders is no report's lead
            if not spans and not own_text and _opens_with_prose(text, m.start(), prose):
                break  # a page that opens with prose (a report's lead) has no preamble
        if bodies.first_after(-1) is not None:
            # a preamble's line: an enacting word follows, with no article in between (a
            # translation appended to a text has a preamble of its own)
            body = bodies.first_after(m.start())
            if body is None or _ARTICLE.search(text, m.start(), body):
                continue
            limit = body
        elif (spans or skipped_to >= 0) and text[
            (spans[-1][1] if spans else skipped_to) : m.start()
        ].strip():
            # only the first run of a letter: after it, or after the reasoning of an answer
            # (a run a ":" introduced), "Căn cứ ..." is the letter's own argument
            break
        end = _basis_end(text, m.end(), limit)
        colon_opens = _ends_with_colon(text, m.start()) and not (
            # a basis line misprinted with ":" for ";" introduces nothing ("… triển khai thực
            # hiện Nghị quyết Đại hội … của Đảng:\nCăn cứ Nghị quyết số 50/NQ-CP …")
            spans and spans[-1][1] >= len(text[: m.start()].rstrip())
        )
        if colon_opens or (skipped_to >= 0 and not text[skipped_to : m.start()].strip()):
            skipped_to = end
            continue
        if not _LISTED_BASIS.match(text, m.end()):
            if limit == len(text):
                continue
            provisions = _PROVISIONS_THEN_BASIS.match(text, m.end())
            listed = provisions is not None and _LISTED_BASIS.match(text, provisions.end())
            # in a preamble the whole line is the basis, whatever it names first ("Pursuant
            # to the competence … prescribed in Article 7 of the Government's Decree No.
            # 54/CP …;", "Pursuant to the opinion of the Prime Minister at the Decision No.
            # 46/2005/QD-TTg …;", blind round BT): it counts when its first clause, closed by
            # ";" as a basis line is, numbers a document (not a sentence that goes on to the
            # act, "Căn cứ chức năng … trong Nghị định số 13/2023/NĐ-CP, UBND tỉnh ban hành
            # Kế hoạch …:", nor a proposal after the ";")
            clause_end = text.find(";", m.end(), end)
            if not listed and (
                clause_end == -1 or not REFERENCE_RE.search(text, m.end(), clause_end)
            ):
                continue
        if CONSEQUENCE.pattern.match(text[m.end() : end]):
            continue  # "Căn cứ các quy định … thì …": reasoning towards a conclusion
        spans.append((m.start(), end))
    return tuple(spans)


def _answer_opens_at(text: str) -> int:
    """Where `ANSWER_OPENING` first matches in `text` (its length if nowhere): the rule is
    tried only from shortly before the first "như sau" or "cụ thể" its matches end with."""
    lowered_at = [i for i in (text.find("như sau"), text.find("cụ thể")) if i != -1]
    if not lowered_at:
        return len(text)  # (a text in capitals or another letter case: no answer opens)
    start = max(0, min(lowered_at) - 20)
    low = lowered_for_scans(text)
    if low is None:
        opening = ANSWER_OPENING.pattern.search(text, start)
        return opening.start() if opening else len(text)
    # the first place where a branch matches is where the rule first matches
    found = [m.start() for branch in _ANSWER_BRANCHES if (m := branch.search(low, start))]
    return min(found, default=len(text))


# `ANSWER_OPENING`'s branches over lower-cased text, case heeded: each opens with a fixed
# word, which the engine looks for fast (ignoring case, it tries every position). A text with
# a `CASE_ODD` letter is read by the rule as it is.
_ANSWER_BRANCHES = tuple(
    for_lowered(branch, ANSWER_OPENING.pattern.flags)
    for branch in top_branches(ANSWER_OPENING.pattern.pattern) or ()
)


class _Found:
    """Where the matches of a scan start, read from it only as far as asked."""

    def __init__(self, matches: Iterator[re.Match[str]]) -> None:
        self.matches = matches
        self.starts: list[int] = []
        self.done = False

    def first_after(self, pos: int) -> int | None:
        """The first match start after `pos`, if any."""
        while not self.done and (not self.starts or self.starts[-1] <= pos):
            m = next(self.matches, None)
            if m is None:
                self.done = True
            else:
                self.starts.append(m.start())
        k = bisect_right(self.starts, pos)
        return self.starts[k] if k < len(self.starts) else None


_ARTICLE = re.compile(r"\n[ \t]*(?:Điều|Article)\s+\d")


_BASIS_PHRASES = (
    r"căn\s+cứ",
    r"can\s+cứ",
    r"cân\s+cứ",
    r"pursuant\s+to",
    r"based\s+on",
    r"base\s+of",
    # "căn" that lost its "cứ" (`BASIS_LINE`), with the type that follows it: the rule is
    # searched up to the end of the words found
    rf"căn[ \t]+(?:{_TYPES_AFTER_CAN.lower()})\b",
)
_BASIS_WORDS = re.compile("|".join(_BASIS_PHRASES), re.IGNORECASE)


# The same words over lower-cased text (the pattern is written in lower case): a
# case-sensitive scan is three times as fast. A text with a `CASE_ODD` letter is read as it
# is (tests/test_cue_scan.py checks the list against these words).
# Each phrase is looked for on its own: a pattern that opens with a literal word is found by
# the engine's fast literal search, while the alternation is tried at every "c", "p" and "b"
# (2.5 times as slow). No phrase can start inside another's match, so the scans, put
# in text order, find what the alternation finds.
_BASIS_WORDS_LOWER = tuple(re.compile(phrase) for phrase in _BASIS_PHRASES)


def _basis_candidates(text: str) -> list[re.Match[str]]:
    """`BASIS_LINE` matches, looked for only where its words stand (a scan of every
    position of a long text would cost more than all the rest)."""
    found = []
    low = lowered_for_scans(text)
    if low is None:
        words = _BASIS_WORDS.finditer(text)
    else:
        words = sorted(
            (m for phrase in _BASIS_WORDS_LOWER for m in phrase.finditer(low)), key=re.Match.start
        )
    before = -1  # where the word before this one starts
    for word in words:
        at = word.start()
        line = text.rfind("\n", 0, at) + 1
        # The rule is searched from the line's start (its first match there is the one
        # that counts), but before the word it can only match at the line's start, blanks
        # and all, or at an earlier word of the line: with neither, from the word itself
        # (a long line is not gone through again for every word in it).
        lo = line if before >= line or _BLANKS.fullmatch(text, line, at) else at
        m = BASIS_LINE.pattern.search(text, lo, word.end() + 1)
        if m is not None and m.end() > at:
            found.append(m)
        before = at
    return found


_BLANKS = re.compile(r"[ \t]*(?:[-–•*+][ \t]*)?")  # what may stand before a basis line's words
# ... and before one more item of a basis listed one an item, blank lines between them
_BASIS_ITEM_LEAD = re.compile(r"(?:[ \t]*\n)*" + _BLANKS.pattern)


def _ends_with_colon(text: str, pos: int) -> bool:
    """Whether the text before `pos`, blanks passed over, ends with ':', and that colon
    introduces a run of reasoning, not the full text of a document a report reproduces
    (`FULL_TEXT_FOLLOWS`)."""
    k = pos - 1
    while k >= 0 and text[k].isspace():
        k -= 1
    if k < 0 or text[k] != ":":
        return False
    line = text.rfind("\n", 0, k) + 1
    return not FULL_TEXT_FOLLOWS.pattern.search(text, line, k + 1)


def _listed_basis_at(text: str, pos: int) -> bool:
    """Whether the line at `pos` lists one more document of a basis (`_LISTED_BASIS`),
    after an item's mark or not (`_BASIS_ITEM_LEAD`): "Căn cứ:\n- Quyết định số 217-QĐ/TW …;\n- Quy
    định số 124-QĐ/TW …;" (the Party's and the mass organisations' guidance lists its basis
    so, blind round X), also with a blank line between items (blind round Z)."""
    lead = _BASIS_ITEM_LEAD.match(text, pos)
    assert lead is not None  # (it matches everywhere: its every part is optional)
    return _LISTED_BASIS.match(text, lead.end()) is not None


def _basis_end(text: str, pos: int, limit: int) -> int:
    """Where a basis line ends; a line listing one more document continues it."""
    while True:
        end = BASIS_END.pattern.search(text, pos, limit)
        if end is None:
            return limit
        nxt = text.find("\n", end.start(), limit)
        if nxt != -1 and end.group().startswith(";") and _listed_basis_at(text, nxt + 1):
            pos = nxt + 1
            continue
        return end.end()


_ITEM_NUMBER = re.compile(r"(?:^|\n)[ \t]*(?:\d{1,2}(?:\.\d{1,2})*|[a-zđ]|[IVX]{1,5})\Z")


def _breaks(text: str, lo: int, hi: int, item_starts: list[int]) -> list[int]:
    # "... work. In particular, Decision No. ..." goes on with the sentence before it, and
    # the full stop of an item number ("\n3. Nghị quyết ...") ends no sentence.
    ends = [
        m.end()
        for m in SENTENCE_END.finditer(text, lo, hi)
        if not CONTINUATION.match(text, m.end())
        and not (m.group() == "." and _after_item_number(text, m.start()))
        and not (m.group() != "." and _type_line_then_title(text, m.start(), m.end()))
    ]
    ends += [start + 1 for start in item_starts]
    return ends


# A heading's type line, alone and in capitals ("HƯỚNG DẪN", "CHƯƠNG TRÌNH HÀNH ĐỘNG"), and
# the title set under it after a blank line are one heading: "HƯỚNG DẪN\n\nTHỰC HIỆN MỘT SỐ
# ĐIỀU TRONG QUY ĐỊNH SỐ 07-QĐI/TW" guides the regulation, as on one line.
_TYPE_LINE = re.compile(rf"(?:{TYPE_NOUNS})(?:\s+LIÊN\s+TỊCH|\s+HÀNH\s+ĐỘNG)?", re.IGNORECASE)
_TITLE_OPENS = re.compile(rf"[ \t\n]*[{VI_UPPER}]{{2,}}[ \t]+[{VI_UPPER}]{{2,}}")


def _type_line_then_title(text: str, start: int, end: int) -> bool:
    """Whether the blank line at `start`–`end` only sets a title under its type line."""
    line = text[text.rfind("\n", 0, start) + 1 : start].strip()
    return (
        line.isupper()
        and len(line) <= 40
        and _TYPE_LINE.fullmatch(line) is not None
        and _TITLE_OPENS.match(text, end) is not None
    )


def _after_item_number(text: str, stop: int) -> bool:
    """Whether an item number ("\n3", "\nb") stands right before the full stop at `stop`
    (`_ITEM_NUMBER`). It follows a line break or opens the text: where neither stands in
    reach, the pattern is not searched (most full stops end a sentence of words)."""
    lo = max(0, stop - 12)
    if lo > 0 and text.find("\n", lo, stop) == -1:
        return False
    return _ITEM_NUMBER.search(text, lo, stop) is not None


@lru_cache(maxsize=4096)  # the readers of a mention ask again for the same stretch
def designation_start(before: str) -> int | None:
    """Where the `DESIGNATION` that ends `before` starts (`DESIGNATION.search`), if any."""
    # A designation reaches the end of `before` and holds no ",", ";" or bracket: it starts
    # after the last one (looking from there costs far less on a long stretch of title).
    cut = max(before.rfind(ch) for ch in _NOT_IN_DESIGNATION) + 1 if _NOT_IN_DESIGNATION else 0
    head = _DESIGNATION_SEARCH.search(before, cut)
    return None if head is None else head.start()


@lru_cache(maxsize=4096)
def list_joiner(between: str) -> int | None:
    """Where the list joiner right before the second of two mentions starts, if any.

    `between` runs from the end of the first mention to the start of the second. Whatever
    describes the first (its date, issuer, title) may come before the joiner; only the
    second mention's designation ("Nghị quyết số") may follow it.
    """
    head = designation_start(between)
    rest = between if head is None else between[:head]
    joiner = LIST_JOIN.pattern.search(rest)
    while joiner is not None and rest[joiner.start()] == ",":
        part = PART_BEFORE_COMMA.pattern.search(rest)
        if part is None:
            break
        rest = rest[: part.start()]  # the comma joins a part to its document: look before it
        joiner = LIST_JOIN.pattern.search(rest)
    if (
        joiner is not None
        and rest[joiner.start() : joiner.start() + 3].lower() == "and"
        and AND_IN_A_NAME.pattern.search(rest, 0, joiner.start())
    ):
        return None  # "the Minister of Industry and Trade’s Circular No. …": one body
    return joiner.start() if joiner else None


def _may_take(items: list[tuple[Any, Any]], ch: str, flags: int) -> bool:
    """Whether a match of the parsed `items` may take the character `ch`, or look behind
    where it starts (either way a search may not skip a stretch holding `ch`). Anything
    not understood counts as yes."""
    for op, av in items:
        if op is _sre.LITERAL:
            if re.fullmatch(re.escape(chr(av)), ch, flags):
                return True
        elif op is _sre.IN:
            parts = class_parts(av)
            if parts is None or re.fullmatch("[" + "".join(parts) + "]", ch, flags):
                return True
        elif op is _sre.AT:
            if av in (_sre.AT_BOUNDARY, _sre.AT_NON_BOUNDARY):
                return True
        elif op in (_sre.ASSERT, _sre.ASSERT_NOT):
            if av[0] < 0 or _may_take(av[1], ch, flags):
                return True
        elif op is _sre.SUBPATTERN:
            if _may_take(av[3], ch, flags):
                return True
        elif op is _sre.BRANCH:
            if any(_may_take(branch, ch, flags) for branch in av[1]):
                return True
        elif op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT, _sre.POSSESSIVE_REPEAT):
            if _may_take(av[2], ch, flags):
                return True
        else:
            return True
    return False


def _not_taken(pattern: re.Pattern[str], chars: str) -> str:
    """Those of `chars` that no match of `pattern` takes, if every match reaches the end
    of the text (`$`): a search may then start after the last of them."""
    try:
        items = _parser.parse(pattern.pattern, pattern.flags).data
    except Exception:  # an unexpected parse: nothing is skipped
        return ""
    at_end = items and items[-1] in ((_sre.AT, _sre.AT_END), (_sre.AT, _sre.AT_END_STRING))
    if not at_end or (items[-1][1] is _sre.AT_END and pattern.flags & re.MULTILINE):
        return ""
    return "".join(ch for ch in chars if not _may_take(items, ch, pattern.flags))


_NOT_IN_DESIGNATION = _not_taken(DESIGNATION, ",;()")


def opening_guarded(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """`pattern` behind a look-ahead for the characters a match can begin with, for a
    search: the engine passes over every other position at once instead of trying each
    alternative there. A match that may take no character must end the text (`$`): it
    stands at the end, or before a last line break. Else `pattern` is kept as it is."""
    try:
        items = _parser.parse(pattern.pattern, pattern.flags).data
        first, can_be_empty = _first_characters(items, categories=True)
    except Exception:  # an unexpected parse: nothing is guarded
        return pattern
    if first is None or not first:
        return pattern
    ends_text = bool(items) and (
        items[-1] == (_sre.AT, _sre.AT_END_STRING)
        or (items[-1] == (_sre.AT, _sre.AT_END) and not pattern.flags & re.MULTILINE)
    )
    if can_be_empty and not ends_text:
        return pattern
    opening = "[" + "".join(sorted(first)) + "]" + (r"|\n?\Z" if can_be_empty else "")
    return re.compile(f"(?={opening})(?:{pattern.pattern})", pattern.flags)


# An issuing verb (`ISSUE_VERBS`: "ban hành", "ký", "issued", …), for a search: behind the
# guard of the letters it may open with, a page's lead is read some four times faster (the
# bare alternation, its case ignored, was tried at every position: about 3 MB/s).
ISSUE_VERB = opening_guarded(re.compile(ISSUE_VERBS, re.IGNORECASE))


def _by_first_letter(words: str) -> str:
    """An alternation of words ("nghị\\s+quyết|nghị\\s+định|thông\\s+tư") with those that
    share a first letter under it ("n(?:ghị\\s+quyết|ghị\\s+định)|t(?:hông\\s+tư)"): the
    same words, but at a place where a letter begins none of them it is tried once, not
    once a word (the engine cannot skip words when case is ignored)."""
    groups: dict[str, list[str]] = {}
    others = []
    for word in words.split("|"):
        if word[:1].isalpha():
            groups.setdefault(word[0], []).append(word[1:])
        else:
            others.append(word)
    return "|".join([f"{first}(?:{'|'.join(rest)})" for first, rest in groups.items()] + others)


def _searched_by_first_letter(pattern: re.Pattern[str], words: str) -> re.Pattern[str]:
    """`pattern` with its alternation of `words` grouped by first letter, for a search
    that wants only where matches start (which places a match can start at does not
    depend on the order of alternatives, as no group is atomic). As it is if `words`
    does not stand in it as one group."""
    whole = f"(?:{words})"
    atomic = any(mark in pattern.pattern for mark in ("(?>", "++", "*+", "?+", "}+"))
    if atomic or pattern.pattern.count(whole) != 1:
        return pattern
    grouped = pattern.pattern.replace(whole, f"(?:{_by_first_letter(words)})")
    try:
        return re.compile(grouped, pattern.flags)
    except re.error:  # a word that does not split after its first letter: as it is
        return pattern


# DESIGNATION as `designation_start` looks for it: where it starts, found faster.
_DESIGNATION_SEARCH = opening_guarded(_searched_by_first_letter(DESIGNATION, TYPE_NOUNS))
_ITEM_START_SCAN = opening_guarded(ITEM_START.pattern)
# Every item mark's match opens with blanks and a line break (derived from ITEM_START):
# it is looked for only where a line breaks.
_ITEM_LEAD = lead_before(ITEM_START.pattern, "\n")


def _item_starts(text: str, lo: int, hi: int) -> Iterator[re.Match[str]]:
    """`ITEM_START` matches in text[lo:hi], as its `finditer` gives them."""
    if _ITEM_LEAD is None:
        return _ITEM_START_SCAN.finditer(text, lo, hi)
    return led_matches(ITEM_START.pattern, _ITEM_LEAD, "\n", text, lo, hi)


_BODY_START_SCAN = opening_guarded(BODY_START.pattern)


CELL_REACH = 80  # how much cell text a cue may stand before the cell break


def cell_gap(text: str, lo: int, hi: int) -> bool:
    """Whether text[lo:hi] holds only blank-line cell breaks and short cell text."""
    return bool(_CELL.search(text, lo, hi)) and hi - lo <= CELL_REACH
