"""Parts of a page that belong to its publisher, not to any document: the `genres` verb.

Legal explainer sites (thuvienphapluat.vn, thuviennhadat.vn) follow a short news part with
their own questions and answers: a question as a heading, then "Căn cứ theo Điều 8 Hướng
dẫn 06-HD/TW năm 2025 ..." quoting the law that answers it. News sites append lists of
related articles ("Xem thêm: ...", "Bài viết liên quan"). What is named there is what the
page cites; it is never a document's basis, nor something a document implements.

The rules are data with examples: each `GenreRule` has texts it must find (`matches`) and
texts it must not (`rejects`); `tests/test_reports.py` reads them all.

    explainer_spans(text) -> [(start, end), ...]   # sorted, not overlapping
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from .scans import CASE_ODD, for_lowered, line_matches, opening_words

__all__ = [
    "ANSWER",
    "DOCUMENT_HEAD",
    "QUESTION",
    "RELATED",
    "RULES",
    "GenreRule",
    "Spans",
    "explainer_spans",
    "inside",
]


@dataclass(frozen=True)
class GenreRule:
    name: str
    pattern: re.Pattern[str]
    # "to end": the site's part runs to the end of the text; "block": the match only
    reach: str
    matches: tuple[str, ...]
    rejects: tuple[str, ...] = ()


# A provision pointed at: the answer quotes a part of a document, never a whole law as a
# preamble's basis does.
_PROVISION = r"(?:khoản|điểm|Điều|Mục|Phụ\s+lục|Chương|Phần)\b"

# The answer of the site: a paragraph opening "Căn cứ theo / tại / quy định <provision>".
# A preamble's "Căn cứ Luật ..." or "Căn cứ khoản 2 Điều 3 ..." has none of these words;
# news pages' "Căn cứ vào nhu cầu ..." names no provision.
_ANSWER_WORDS = r"(?:(?:theo|tại)\s+(?:quy\s+định\s+(?:tại\s+)?)?|quy\s+định\s+(?:tại\s+)?)"
ANSWER = GenreRule(
    "answer of an explainer site",
    re.compile(
        r"^[ \t]*Căn\s+cứ\s+"
        + _ANSWER_WORDS
        + _PROVISION
        # ... or a whole document whose words the answer quotes: a preamble's line never
        # ends "như sau:" ("Căn cứ quy định tại Thông báo 6150/TB-BLĐTBXH năm 2024 quy định
        # về việc nghỉ lễ … như sau:", news-084)
        + r"|^[ \t]*Căn\s+cứ\s+"
        + _ANSWER_WORDS
        + r"[^\n;]{0,300}\bnhư\s+sau\s*:[ \t]*$",
        re.MULTILINE | re.IGNORECASE,
    ),
    "to end",
    (
        "Căn cứ theo Điều 8 Hướng dẫn 06-HD/TW năm 2025 quy định như sau:",
        "Căn cứ quy định tại Thông báo 6150/TB-BLĐTBXH năm 2024 quy định về việc nghỉ lễ Quốc "
        "khánh 2 9 2025 đối với công chức viên chức như sau:",
        "Căn cứ tại Điều 17 Nghị định 178/2024/NĐ-CP quy định trách nhiệm",
        "Căn cứ theo khoản 4 Điều 7 Quy chế thực hiện chế độ tiền thưởng",
        "Căn cứ theo quy định tại khoản 1 Điều 32 Luật Điện ảnh 2022",
        "Căn cứ tại Mục A Danh mục ban hành kèm theo Thông tư 32/2025/TT-BKHCN",
        "Căn cứ quy định Điều 8 Nghị định 10/2022/NĐ-CP quy định về mức thu lệ phí trước bạ",
    ),
    (
        "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 02 năm 2025;",
        "Căn cứ khoản 2 Điều 3 Nghị quyết số 190/2025/QH15;",
        "Căn cứ vào nhu cầu tạm ứng vốn, chủ đầu tư có thể tạm ứng vốn một lần",
        "Căn cứ theo Luật Ngân sách nhà nước năm 2015;",
        "Căn cứ quy định tại Nghị định số 73/2024/NĐ-CP;",
        "Căn cứ theo Nghị quyết số 12/2025/NQ-HĐND ngày 9/7/2025 của HĐND tỉnh;\n"
        "Quyết định như sau:",
        "Trên cơ sở căn cứ theo Điều 5, Bộ đề nghị",
    ),
)

# A question the site asks and answers: a heading or a short paragraph of its own ending in
# "?", answered by the very next paragraph ("Căn cứ ...", "Theo / Tại khoản ..."). A question
# answered by news ("Khi nào khởi công?" then "Ngày 13/5, Chính phủ ban hành ...") is a
# heading of the news part, which keeps its reading.
QUESTION = GenreRule(
    "question of an explainer site",
    re.compile(
        r"^(?:\#{1,6}[ \t]+)?[^\n#][^\n]{3,250}\?[ \t]*\n"
        r"(?=(?:[ \t]*\n)*[ \t]*(?:Căn\s+cứ|(?:Theo|Tại)\s+(?:quy\s+định\s+tại\s+)?"
        r"(?:khoản|điểm|Điều|Mục))\b)",
        re.MULTILINE | re.IGNORECASE,
    ),
    "to end",
    (
        "## Tiêu chí đánh giá theo Nghị định 178 năm 2024?\n\nCăn cứ tại Điều 6 Nghị định",
        "Ai có thẩm quyền quyết định thưởng đột xuất?\n\nCăn cứ theo Điều 10 Quy chế",
        "Mức phạt là bao nhiêu?\n\nTheo khoản 2 Điều 5 Nghị định 100/2019/NĐ-CP",
        "## Ai chịu trách nhiệm về việc sử dụng đất?\n\nTại Điều 6 Luật Đất đai 2024 đã nêu",
    ),
    (
        "Tổ chức thực hiện Nghị quyết 72-NQ/TW thế nào?\n\nNgày 9/9, Bộ Chính trị ban hành",
        "Vì sao phải sắp xếp?\n\nTheo Bộ trưởng, việc sắp xếp giúp tinh gọn bộ máy.",
        "## Khi nào khởi công?\n\nNgày 13/5/2025, Chính phủ ban hành Nghị quyết 127/NQ-CP.\n\n"
        "Căn cứ tại Điều 70 Luật Đường sắt 2017",
    ),
)

# A list of other articles: everything on the marker's line, and the short lines listed
# under a marker that stands alone ("Bài viết liên quan:").
RELATED = GenreRule(
    "related articles",
    re.compile(
        r"^[ \t]*(?:\#{1,6}[ \t]+)?(?:xem\s+thêm|đọc\s+thêm|bài\s+(?:viết\s+)?liên\s+quan"
        r"|tin\s+(?:liên\s+quan|cùng\s+chuyên\s+mục|khác)|có\s+thể\s+bạn\s+quan\s+tâm)"
        r"[ \t]*(?::[^\n]*|\n(?:[ \t]*\n)?(?:[ \t]*[-*•+][^\n]*\n?|[^\n]{1,200}\n?)"
        r"(?:[ \t]*[-*•+][^\n]*\n?)*|$)",
        re.MULTILINE | re.IGNORECASE,
    ),
    "block",
    (
        "Xem thêm: Doanh nghiệp bảo hiểm có chịu trách nhiệm bồi thường không?",
        "XEM THÊM: Các mẫu liên quan đến hợp đồng thuê văn phòng dưới đây:",
        "Bài viết liên quan\n- Nghị định 178/2024/NĐ-CP: chính sách khi sắp xếp bộ máy\n",
        "## Tin liên quan:\n- Thông tư 01/2025/TT-BNV hướng dẫn Nghị định 178",
    ),
    (
        "Xem thêm chi tiết tại Nghị quyết 08/2025/NQ-CP có hiệu lực từ ngày 26/11/2025.",
        "Các cơ quan xem xét thêm: ý kiến của Bộ Tư pháp",
    ),
)

RULES = (ANSWER, QUESTION, RELATED)

# An official document's own text (its national or Party motto in the head) is never a
# site's explainer: a letter's "Căn cứ tại Điều 34 Luật Doanh nghiệp" is its own reasoning.
DOCUMENT_HEAD = GenreRule(
    "head of an official document",
    re.compile(
        r"CỘNG\s+HÒA\s+XÃ\s+HỘI\s+CHỦ\s+NGHĨA\s+VIỆT\s+NAM"
        # (a site may set the motto's dashes as en dashes: "Độc lập – Tự do – Hạnh phúc")
        r"|Độc\s+lập\s*[-–—]\s*Tự\s+do\s*[-–—]\s*Hạnh\s+phúc"
        r"|ĐẢNG\s+CỘNG\s+SẢN\s+VIỆT\s+NAM",
        re.IGNORECASE,
    ),
    "whole text",
    (
        "CỘNG HÒA XÃ HỘI\nCHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc",
        "TỈNH ỦY THANH HÓA\n*\nSố 12-KH/TU\nĐẢNG CỘNG SẢN VIỆT NAM",
        "BỘ Y TẾ\nSố: 15/2023/TT-BYT\nĐộc lập – Tự do – Hạnh phúc",
    ),
    ("# Nghị quyết 124/NQ-CP: Chuẩn bị diễu binh duyệt binh 2 9 2025",),
)
_HEAD = 1500  # how far into a text its motto may stand
# Where a page goes on to reproduce an official document: its motto as a heading, in the
# case it is printed in (running text names "nước Cộng hòa xã hội chủ nghĩa Việt Nam" too).
REPRODUCED_HEAD = re.compile(
    r"Độc\s+lập\s*[-–—]\s*Tự\s+do\s*[-–—]\s*Hạnh\s+phúc"
    r"|^[ \t]*ĐẢNG\s+CỘNG\s+SẢN\s+VIỆT\s+NAM[ \t]*$"
    # the state's name in capitals, where a site left the motto out ("| CỘNG HÒA XÃ HỘI CHỦ
    # NGHĨA VIỆT NAM ____ Hà Nội, ngày 21 tháng 11 năm 2022 |", blind round Q)
    r"|CỘNG\s+H(?:ÒA|OÀ)\s+XÃ\s+HỘI\s+CHỦ\s+NGHĨA\s+VIỆT\s+NAM"
    # ... and both in a translation ("SOCIALIST REPUBLIC OF VIETNAM\nIndependence - Freedom -
    # Happiness", blind round T)
    r"|SOCIALIST\s+REPUBLIC\s+OF\s+VIET\s*NAM|Independence\s*[-–—]\s*Freedom\s*[-–—]\s*Happiness",
    re.MULTILINE,
)


# `DOCUMENT_HEAD` over lower-cased text, case heeded, tried only where one of the words its
# branches open with stands (found by a plain substring search; ignoring case, the engine
# tries the pattern at every position). A text with a `CASE_ODD` letter is read as it is.
_DOCUMENT_HEAD_LOWER = for_lowered(DOCUMENT_HEAD.pattern.pattern, DOCUMENT_HEAD.pattern.flags)
_HEAD_WORDS = opening_words(_DOCUMENT_HEAD_LOWER)


def _has_document_head(text: str) -> bool:
    """Whether `DOCUMENT_HEAD` matches in the first `_HEAD` characters of `text`."""
    head = text[:_HEAD]
    low = head.lower()
    if len(low) != len(head) or CASE_ODD.search(head) or not _HEAD_WORDS:
        return DOCUMENT_HEAD.pattern.search(text, 0, _HEAD) is not None
    if not any(word in low for word in _HEAD_WORDS):
        return False  # every match opens with one of them
    return _DOCUMENT_HEAD_LOWER.search(low) is not None


def explainer_spans(text: str) -> list[tuple[int, int]]:
    """The stretches of `text` that are a site's own questions and answers or lists of
    related articles. Once a site's question or answer begins, the rest of the page is
    its explainer part (the news it opened with, if any, comes first), up to the head of an
    official document the page goes on to reproduce: from there on the text is the
    document's own (a site's summary, then "CỘNG HÒA XÃ HỘI …", "Số: …", "Căn cứ …")."""
    if _has_document_head(text):
        return []
    spans: list[tuple[int, int]] = []
    head = -1  # where a reproduced document's head starts (None: nowhere), once looked for
    for rule in RULES:
        for m in line_matches(rule.pattern, text):  # (the rules open with a line start)
            end = m.end()
            if rule.reach == "to end":
                if head == -1:  # (looked for only now: it is tried at every position)
                    found = REPRODUCED_HEAD.search(text)
                    head = found.start() if found is not None else None
                end = head if head is not None and head > m.start() else len(text)
            spans.append((m.start(), end))
            if rule.reach == "to end":
                break  # the first one reaches the end: later ones add nothing
    return _merged(spans)


def _merged(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged


class Spans:
    """Stretches of a text, asked whether they hold a position: merged and bisected (a text
    may have hundreds of footnotes, and every mention asks)."""

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        self.spans = _merged(spans)
        self.starts = [start for start, _ in self.spans]

    def __contains__(self, pos: int) -> bool:
        k = bisect_right(self.starts, pos) - 1
        return k >= 0 and pos < self.spans[k][1]


def inside(spans: list[tuple[int, int]], pos: int) -> bool:
    """Whether `pos` lies in one of `spans` (as `explainer_spans` gives them)."""
    return any(start <= pos < end for start, end in spans)
