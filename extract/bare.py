"""Documents a text names by type and number alone, with no code and nothing before or
around that tells the whole number: the `find_bare` verb.

News and plans write "Kế hoạch số 37 tiếp tục thực hiện Chỉ thị số 05 …", "Huyện ủy ban
hành Kế hoạch số 79 về …", "the Steering Committee to implement Resolution 98". Each is a
reference to one document, and a reader labels it so (blind rounds F and N: 35 such
mentions in about 500), but its whole number cannot be told: the code is not written, and
no earlier full mention of that number (`shortforms`) or central Party body after it
(`issuer_numbered`) says it. Such a mention is found with no number (`canonical` None,
kind "short"): its relation is read like any other's, and the graph, which keys documents
by number, makes no node of it (`graph.resolve` counts it as "a number written without its
code").

Only where the words are a document's: a type noun that names a text (not "Chương trình"
or "Đề án", which name programmes, "Chương trình 135"), capitalised as a name is or with
"số" after it, then a whole number that no unit follows ("Kế hoạch 5 năm" is a five-year
plan) and that starts no longer number or code.

    find_bare(text, taken) -> [Reference, ...]   (kind "short", no canonical, text order)
"""

from __future__ import annotations

import re
from bisect import bisect_left
from itertools import accumulate

from .model import DocumentIdentity, Reference
from .vocabulary import ISSUE_VERBS, TYPE_WORDS, noun_key

# The nouns, as a name writes them (a capital) or in any case before "số".
_NOUNS = (
    "Nghị quyết", "Quyết định", "Chỉ thị", "Kết luận", "Quy định", "Nghị định", "Thông tư",
    "Công văn", "Kế hoạch", "Thông báo", "Hướng dẫn",
)  # fmt: skip
_ENGLISH = ("Resolution", "Decision", "Directive", "Decree", "Circular", "Conclusion")
_PARTY = {"kết luận", "conclusion"}  # the nouns only the Party's documents go by
_NOUN = "|".join(n.replace(" ", r"\s+") for n in _NOUNS)
# What may follow the number: not a unit ("Kế hoạch 5 năm"), nor the rest of a number, a
# code or a date ("Quyết định số 12/QĐ-UBND", "Thông tư 08/2024", "Nghị định 15.2").
_UNITS = (
    r"năm|tháng|ngày|giờ|tuổi|người|điểm|lần|triệu|tỷ|nghìn|ngàn|km|ha|m2|%"
    r"|years?|months?|days?|percent|per\s+cent|people|times"
)
_BARE = re.compile(
    rf"(?<![^\W\d_])(?P<noun>(?-i:{_NOUN}|{'|'.join(_ENGLISH)})(?=[ \t]+(?:số|No\.?)?[ \t]*\d)"
    rf"|(?i:{_NOUN})(?=[ \t]+số))"
    # (on one line: "… ban hành kèm theo Nghị quyết\n\n1. Thay cụm từ …" is a list's item)
    r"[ \t]+(?:(?:số|No\.?)[ \t]*:?[ \t]*)?(?P<number>\d{1,4})"
    rf"(?![\w/]|[.,]\d|[ \t]*[/\-–]|\s+(?:{_UNITS})\b)",
)
EXAMPLES = (
    ("Ban Thường vụ Tỉnh ủy vừa ban hành Kế hoạch số 37 tiếp tục thực hiện", "Kế hoạch số 37"),
    ("Huyện ủy ban hành kế hoạch số 79 về tổ chức quán triệt", "kế hoạch số 79"),
    ("the Steering Committee to implement Resolution 98 on piloting", "Resolution 98"),
    ("Nghị quyết số 12 Hội nghị TW 4 khóa 11", "Nghị quyết số 12"),
)
COUNTER_EXAMPLES = (
    "thực hiện thắng lợi Kế hoạch 5 năm (2021 - 2025)",  # a five-year plan
    "Chương trình 135 và Đề án 06",  # programmes named by the decision that set them up
    "theo Quyết định số 12/QĐ-UBND",  # a full number (found by the reference scan)
    "Thông tư 08/2024 hướng dẫn",  # a number and year (a short form, or none)
    "tại quyết định 15 ngày",  # small letters, no "số": a word, not a name
    "khoản 2 Nghị định 15.2",  # no whole number
)


# An issue verb right before a bare mention: "Bộ Nội vụ đã ban hành Công văn số 1814 nhằm
# hướng dẫn …" (blind round S), the lead of a page about that letter.
_ISSUED_BEFORE = re.compile(rf"(?:{ISSUE_VERBS})[ \t]+\Z", re.IGNORECASE)


def find_bare(
    text: str, taken: list[Reference], document: DocumentIdentity | None = None
) -> list[Reference]:
    """The bare mentions of `text` (`_BARE`) that overlap none of the references `taken`
    (sorted by start). The first one a lead issues is the page's own (`self`) when
    `document`, the page's identity, is of no number and of its type: the page speaks for
    the document its lead tells was issued (`identity`), which is no other's mention."""
    starts = [r.start for r in taken]
    furthest = list(accumulate((r.end for r in taken), max))  # the furthest end so far
    found = []
    # the type of the page's own document while its mention is still to be found
    own_type = document.type_code if document is not None and document.number is None else None
    for m in _BARE.finditer(text):
        k = bisect_left(starts, m.end()) - 1
        if k >= 0 and furthest[k] > m.start():
            continue  # within (or across) a reference found already
        ref = _bare(text, m)
        if own_type is not None and ref.type_code == own_type:
            ref.self = _ISSUED_BEFORE.search(text, max(0, m.start() - 30), m.start()) is not None
            if ref.self:
                own_type = None
        found.append(ref)
    return found


def _bare(text: str, m: re.Match[str]) -> Reference:
    noun = noun_key(m.group("noun"))
    codes = TYPE_WORDS.get(noun, ())
    return Reference(
        surface=text[m.start() : m.end()],
        start=m.start(),
        end=m.end(),
        canonical=None,
        family="party" if noun in _PARTY else "state",
        number=None,
        year=None,
        type_code=codes[0] if codes else None,
        type_name=" ".join(m.group("noun").split()),
        issuer_code=None,
        kind="short",
    )
