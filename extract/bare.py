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
from .shortforms import backwards
from .vocabulary import ISSUE_VERBS, TYPE_WORDS, noun_key

# The nouns, as a name writes them (a capital) or in any case before "số".
_NOUNS = (
    "Nghị quyết", "Quyết định", "Chỉ thị", "Kết luận", "Quy định", "Nghị định", "Thông tư",
    "Công văn", "Kế hoạch", "Thông báo", "Hướng dẫn",
)  # fmt: skip
_ENGLISH = ("Resolution", "Decision", "Directive", "Decree", "Circular", "Conclusion")
_PARTY = {"kết luận", "conclusion"}  # the nouns only the Party's documents go by
# What may follow the number: not a unit ("Kế hoạch 5 năm"), nor the rest of a number, a
# code or a date ("Quyết định số 12/QĐ-UBND", "Thông tư 08/2024", "Nghị định 15.2").
_UNITS = (
    r"năm|tháng|ngày|giờ|tuổi|người|điểm|lần|triệu|tỷ|nghìn|ngàn|km|ha|m2|%"
    r"|years?|months?|days?|percent|per\s+cent|people|times"
)
# The number is found first, after a blank, a colon or "No.": a digit opens the pattern, so
# the engine skips to the next digit (a pattern opening with a look-behind, or with the
# nouns in any case, was tried at every character: 0.6 CPU-s on the real corpus; this and
# the noun's test, 0.12).
_NUMBER = re.compile(rf"\d(?<=[ \t:.]\d)\d{{0,3}}(?![\w/]|[.,]\d|[ \t]*[/\-–]|\s+(?:{_UNITS})\b)")


def _words(nouns: tuple[str, ...]) -> str:
    """The nouns as an alternation, a run of blanks between their words."""
    return "|".join(noun.replace(" ", r"\s+") for noun in nouns)


# ... then the noun before it, matched once on the text read backwards from the number: a
# noun as a name writes it (a capital), with "số" or "No." or nothing between, or a noun in
# any case with "số" ("kế hoạch số 79"); on one line ("… ban hành kèm theo Nghị quyết\n\n1.
# Thay cụm từ …" is a list's item).
_NAMES_BACKWARDS = backwards(_words(_NOUNS + _ENGLISH))
_NOUNS_BACKWARDS = backwards(_words(_NOUNS))
_SIGNS_BACKWARDS = backwards(r"số|No\.?")  # between the noun and its number
_NOUN_BACKWARDS = re.compile(
    rf"(?:(?:[ \t]*:?[ \t]*(?:{_SIGNS_BACKWARDS}))?[ \t]+(?P<name>(?-i:{_NAMES_BACKWARDS}))"
    rf"|[ \t]*:?[ \t]*(?i:ốs)[ \t]+(?P<noun>(?i:{_NOUNS_BACKWARDS})))(?![^\W\d_])"
)
EXAMPLES = (
    ("Ban Thường vụ Tỉnh ủy vừa ban hành Kế hoạch số 37 tiếp tục thực hiện", "Kế hoạch số 37"),
    ("Huyện ủy ban hành kế hoạch số 79 về tổ chức quán triệt", "kế hoạch số 79"),
    ("the Steering Committee to implement Resolution 98 on piloting", "Resolution 98"),
    ("Nghị quyết số 12 Hội nghị TW 4 khóa 11", "Nghị quyết số 12"),
    ("the Resolution No. 98 of the National Assembly", "Resolution No. 98"),
    ("KẾ HOẠCH SỐ 12 CỦA BAN THƯỜNG VỤ", "KẾ HOẠCH SỐ 12"),
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
    """The bare mentions of `text` (`_NUMBER` after `_NOUN_BACKWARDS`) that overlap none of
    the references `taken` (sorted by start). The first one a lead issues is the page's own
    (`self`) when `document`, the page's identity, is of no number and of its type: the
    page speaks for the document its lead tells was issued (`identity`), which is no
    other's mention."""
    starts = [r.start for r in taken]
    furthest = list(accumulate((r.end for r in taken), max))  # the furthest end so far
    found = []
    # the type of the page's own document while its mention is still to be found
    own_type = document.type_code if document is not None and document.number is None else None
    backwards = None
    size = len(text)
    for m in _NUMBER.finditer(text):
        if backwards is None:  # (a copy, made once a text has a number)
            backwards = text[::-1]
        noun = _NOUN_BACKWARDS.match(backwards, size - m.start())
        if noun is None:
            continue
        start = size - noun.end()
        k = bisect_left(starts, m.end()) - 1
        if k >= 0 and furthest[k] > start:
            continue  # within (or across) a reference found already
        written = noun.group("name") or noun.group("noun")
        ref = _bare(text, start, m.end(), " ".join(written[::-1].split()))
        if own_type is not None and ref.type_code == own_type:
            ref.self = _ISSUED_BEFORE.search(text, max(0, start - 30), start) is not None
            if ref.self:
                own_type = None
        found.append(ref)
    return found


def _bare(text: str, start: int, end: int, written: str) -> Reference:
    """The mention `text[start:end]`, whose type noun is `written` (blanks folded)."""
    noun = noun_key(written)
    codes = TYPE_WORDS.get(noun, ())
    return Reference(
        surface=text[start:end],
        start=start,
        end=end,
        canonical=None,
        family="party" if noun in _PARTY else "state",
        number=None,
        year=None,
        type_code=codes[0] if codes else None,
        type_name=written,
        issuer_code=None,
        kind="short",
    )
