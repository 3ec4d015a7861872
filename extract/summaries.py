"""Pages that summarise a document instead of carrying its text: the `summaries` verb.

A legal database's summary page and a firm's newsletter open as the document would: its
number as a heading ("DECREE NO. 70/2025/NĐ-CP: AMENDING …") or in a block of attributes
("Official number: 28/2020/TT-BCT"). Then they tell its issuing as news: "On November 16,
2020, the Ministry of Industry and Trade issues the Circular No. 28/2020/TT-BCT …". A
document never tells of its own issuing, so such a page is a report on that document, not
the document, unless the page also carries the text itself (its motto, its basis lines,
its first article, its addressees): a database's page often sets its summary above the
whole text, and the page is then the document's.

Both signs are data with examples: `TOLD_AS_ISSUED` and `DOCUMENT_TEXT` each list texts
they must find (`matches`) and texts they must not (`rejects`); `tests/test_identity.py`
reads them.

    told_as_issued(text, refs, number) -> Reference | None
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .genres import REPRODUCED_HEAD
from .model import Reference
from .scopes import Rule

__all__ = ["DOCUMENT_TEXT", "TOLD_AS_ISSUED", "told_as_issued"]


# The verb of issuing, then the document's type, right before its number, on one line: the
# number ends each example. A site's line "… do tỉnh Hà Tĩnh ban hành" over "Số hiệu |
# 444/KH-UBND |" is no such sentence: the verb is on the line before.
TOLD_AS_ISSUED = Rule(
    "the document's issuing told as news",
    re.compile(
        r"(?:ban[ \t]+hành|issued|issues|promulgated)[ \t]+(?:the[ \t]+)?"
        r"(?:[^\s\d]+[ \t]+){0,3}(?:số|No\.?)?[ \t]*$",
        re.IGNORECASE,
    ),
    (
        "On November 16, 2020, the Ministry of Industry and Trade issues the Circular No. ",
        "On March 20, 2025, the Government issued Decree No. ",
        "Chính phủ vừa ban hành Nghị định ",
        "Ngày 18/6/2022, Chính phủ đã ban hành Nghị quyết số ",
    ),
    (
        "Chương trình hành động 45-CTr/TU do tỉnh Hà Tĩnh ban hành\nSố hiệu | ",
        "Decree No. ",
        "Căn cứ Nghị định số ",
    ),
)

# What only the document's own text has: its motto or the state's name as a heading
# (`genres.REPRODUCED_HEAD`), or a line opening its basis, its enacting words, an article or
# its addressees, or a numbered clause that names the text as "this" one ("1. Thông tư này
# có hiệu lực kể từ ngày …", a page of a circular's closing chapter under a site's summary,
# blind round Y); a summary says "this Decree" only inside its sentences.
_THIS_TEXT = (
    r"(?:(?:Thông[ \t]+tư|Nghị[ \t]+định|Quyết[ \t]+định|Nghị[ \t]+quyết|Chỉ[ \t]+thị|Luật)"
    r"[ \t]+này|This[ \t]+(?:Decree|Circular|Decision|Resolution|Directive|Law))"
)
DOCUMENT_TEXT = Rule(
    "the document's own text",
    re.compile(
        rf"{REPRODUCED_HEAD.pattern}"
        r"|^[ \t|]*[-–•*]?[ \t]*(?:Căn[ \t]+cứ|CĂN[ \t]+CỨ|Pursuant[ \t]+to|PURSUANT[ \t]+TO"
        r"|Based[ \t]+on|Điều[ \t]+\d{1,3}[.:]|ĐIỀU[ \t]+\d{1,3}\b|Article[ \t]+\d{1,3}[.:]"
        r"|ARTICLE[ \t]+\d{1,3}\b|Kính[ \t]+gửi|KÍNH[ \t]+GỬI|To:|QUYẾT[ \t]+ĐỊNH:|NGHỊ[ \t]+ĐỊNH:"
        r"|DECIDES:)"
        rf"|^[ \t]*\d{{1,2}}\.[ \t]+{_THIS_TEXT}\b",
        re.MULTILINE,
    ),
    (
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc",
        "\nCăn cứ Luật Tổ chức Chính phủ ngày 18 tháng 02 năm 2025;",
        "\nPursuant to the Law on Organization of the Government;",
        "\nĐiều 1. Phạm vi điều chỉnh",
        "\nArticle 1. Scope of regulation",
        "\nKính gửi: Ủy ban nhân dân các tỉnh",
        "\n- Căn cứ Điều lệ Đảng;",
        "\nĐiều 50. Quy định chuyển tiếp",
        "\n1. Thông tư này có hiệu lực kể từ ngày 19 tháng 7 năm 2016.",
        "\n2. This Decree takes effect on July 1, 2025.",
    ),
    (
        "ATTRIBUTE\nOfficial number:28/2020/TT-BCT",
        "Theo đó, Nghị định quy định căn cứ xác định mức phạt.",
        "The Decree is issued pursuant to the Law on Tax Administration.",
        "shall fall within the scope of this Decree.",
        "Theo đó, Thông tư này có hiệu lực từ ngày 19/7/2016.",
    ),
)


def told_as_issued(text: str, refs: Sequence[Reference], number: str) -> Reference | None:
    """The mention of `number`, a page's own by its heading, that the page tells as issued
    by someone (`TOLD_AS_ISSUED`), when nothing of the document's own text stands on the
    page (`DOCUMENT_TEXT`): the page summarises that document. None otherwise."""
    told = next(
        (
            r
            for r in refs
            if r.canonical == number
            and r.short_form_of is None
            and TOLD_AS_ISSUED.pattern.search(text, max(0, r.start - 70), r.start)
        ),
        None,
    )
    if told is None or DOCUMENT_TEXT.pattern.search(text):
        return None
    return told
