"""Numbers written without their code where the words around them say whose they are: the
`find_issuer_numbered` verb.

- A Party number named by the central body that issued it: news writes "Kết luận số 02 của
  Ban Bí thư", "Nghị quyết 57 của Bộ Chính trị", "Chỉ thị số 35 ngày 30/5/2019 của Bộ Chính
  trị"; the number's code is the type's, then "/TW", as the Politburo, the Secretariat and
  the Central Committee number their documents (DOMAIN.md). Only those bodies: another
  body's code cannot be told from its name with the same certainty.
- A decree by number and year: "Nghị định 80/2021", "Decree No. 157/2018". Only the
  Government issues decrees, so the code is NĐ-CP.

A bare number with no body is not numbered here ("Nghị quyết 57" alone is a short form
after the full number, `shortforms`, else a mention with no number, `bare`), and neither
kind is read where the same document is written in full: there it is a short form.

    find_issuer_numbered(text, full) -> [Reference, ...]   (kind "number", in text order)
"""

from __future__ import annotations

import re
from dataclasses import replace

from .find import parsed_number
from .model import Reference
from .vocabulary import ALIAS_INTRO

# The type nouns a central Party document is called by, with their codes.
PARTY_TYPES = {
    "nghị quyết": "NQ",
    "chỉ thị": "CT",
    "kết luận": "KL",
    "quy định": "QĐ",
    "quyết định": "QĐ",
    "hướng dẫn": "HD",
    "kế hoạch": "KH",
    "thông báo": "TB",
}
_TYPE = "|".join(t.replace(" ", r"\s+") for t in PARTY_TYPES)
# The body, found first (a plain scan the engine runs fast): "của Bộ Chính trị", "của Ban Bí
# thư (khóa XI)", "của Ban Chấp hành Trung ương Đảng", "của Trung ương" ... Pages write the
# words after the first in small letters too ("Nghị quyết số 12 của Bộ chính trị", blind
# round Q): the name is the same.
_BODY = re.compile(
    r"của\s+(?:Bộ\s+[Cc]hính\s+[Tt]rị|Ban\s+[Bb]í\s+[Tt]hư"
    r"|Ban\s+[Cc]hấp\s+[Hh]ành\s+Trung\s+ương"
    r"|Hội\s+nghị\s+Trung\s+ương|Trung\s+ương(?:\s+Đảng)?)\b"
)
# ... then, right before it, the type noun, the number and an optional date.
_NUMBER_BEFORE = re.compile(
    rf"(?<![^\W\d_])(?P<type>{_TYPE})\s+(?:số\s*:?\s*)?(?P<number>\d{{1,4}})(?![\d/.,-]\d|[\w/-])"
    r"(?:\s*,?\s*ngày\s+\d{1,2}(?:\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4}"
    r"|\s+tháng\s+\d{1,2}\s+năm\s+\d{4}))?\s*,?\s+\Z",
    re.IGNORECASE,
)
_REACH = 90  # from the type noun to "của"
# A decree by number and year, no code after: "Nghị định 80/2021 có hiệu lực …", "Decree No.
# 157/2018 on …". Each scan opens on a literal the engine finds fast ("định", "Decree"); the
# "Nghị" before "định" is checked after (`_NGHI`).
_NUMBER_YEAR = r"(?P<number>\d{1,4})/(?P<year>(?:19|20)\d\d)(?![\d\w/-]|\s*/\s*[A-ZĐ])"
_DECREES = (
    re.compile(r"định\s+(?:số\s*:?\s*)?" + _NUMBER_YEAR),
    re.compile(r"Decree\s+(?:No\.\s*)?" + _NUMBER_YEAR),
)
_NGHI = re.compile(r"(?<![^\W\d_])[Nn]ghị\s+\Z")
# An alias a text defines is no reference of its own ("(sau đây gọi tắt là Nghị định số
# 200/2024)" after "Nghị định số 200/2025/NĐ-CP": a slip of the year, `shortforms`).
_ALIAS_BEFORE = re.compile(rf"(?:{ALIAS_INTRO})\s*[“\"]?\s*(?:[Nn]ghị\s+|the\s+)?\Z", re.IGNORECASE)
EXAMPLES = (
    ("triển khai thực hiện Kết luận số 02 của Ban Bí thư về", "02-KL/TW"),
    ("Nghị quyết số 37 ngày 9/10/2014 của Bộ Chính trị", "37-NQ/TW"),
    ("theo Chỉ thị 35 của Bộ Chính trị", "35-CT/TW"),
    ("Quy định số 126 của Ban Chấp hành Trung ương", "126-QĐ/TW"),
    ("đánh giá kết quả thực hiện Nghị quyết số 12 của Bộ chính trị", "12-NQ/TW"),
    ("Chỉ thị số 20 của Ban bí thư về", "20-CT/TW"),
    ("Nghị định 80/2021 có hiệu lực từ 15/10/2021 thay thế", "80/2021/NĐ-CP"),
    ("the Government's Decree No. 157/2018 on trade", "157/2018/NĐ-CP"),
)
COUNTER_EXAMPLES = (
    "Nghị quyết số 18-NQ/TW của Ban Chấp hành Trung ương",  # a full number
    "Quyết định số 12 của Ủy ban nhân dân tỉnh",  # another body
    "Nghị quyết 57 về khoa học",  # no body
    "Kết luận số 02/2021 của Ban Bí thư",  # a number and year: not a Party shape
    "Nghị định 80/2021/NĐ-CP",  # a full number
    "Quyết định 80/2021 của Thủ tướng",  # a decision's code is not told by its type
)


def find_issuer_numbered(text: str, full: list[Reference]) -> list[Reference]:
    """Each number named by a central Party body (`_BODY`, `_NUMBER_BEFORE`), and each
    decree by number and year (`_DECREES`), that overlaps no reference in `full`, as the
    reference its code spells; its span the number alone ("02" of "Kết luận số 02"), as a
    full number's is: the type noun before it is read as for any number."""
    found = []
    for body in _BODY.finditer(text):
        m = _NUMBER_BEFORE.search(text, max(0, body.start() - _REACH), body.start())
        if m is None:
            continue
        start, end = m.start("number"), m.end("number")
        if any(r.start < end and start < r.end for r in full):
            continue
        code = PARTY_TYPES[" ".join(m.group("type").lower().split())]
        spelled = parsed_number(f"{m.group('number')}-{code}/TW")
        if spelled is None or any(r.canonical == spelled.canonical for r in full):
            continue  # (a number written in full elsewhere makes this its short form)
        found.append(
            replace(spelled, surface=text[start:end], start=start, end=end, issuers=["TW"])
        )
    decrees = [m for rx in _DECREES for m in rx.finditer(text)]
    for m in decrees:
        if m.group().startswith("định") and not _NGHI.search(
            text, max(0, m.start() - 8), m.start()
        ):
            continue
        if _ALIAS_BEFORE.search(text, max(0, m.start() - 40), m.start()):
            continue
        start, end = m.start("number"), m.end("year")
        if any(r.start < end and start < r.end for r in full):
            continue
        spelled = parsed_number(f"{m.group('number')}/{m.group('year')}/NĐ-CP")
        if spelled is None or any(r.canonical == spelled.canonical for r in full):
            continue
        found.append(replace(spelled, surface=text[start:end], start=start, end=end))
    found.sort(key=lambda r: r.start)
    return found
