"""Read a text's own identity: the `identify` verb.

An administrative document states its identity in its header: the issuing body on the
left, `Số: 2579/QĐ-UBND` under it, `Cần Thơ, ngày 21 tháng 11 năm 2025` on the right,
then the title (`QUYẾT ĐỊNH`). A news report has no header; it is about a document when
its lead says that a body issued one, or, under a title that names no other document, when
its lead opens with the document as the subject of what it does ("Nghị định số
37/2025/NĐ-CP quy định …", "Luật … số 67/2025/QH15 chính thức có hiệu lực …"; both basis
"subject"). A page that presents a law it names without the number ("14 nội dung trọng tâm
của Luật Bảo hiểm xã hội", "Những điểm mới của Luật Tổ chức Chính phủ 2025", or a lead
"Luật Việc làm năm 2025 quy định …") reports on that law, numbered by the catalogue of
named.py when it can tell which law of the name is meant (basis "title" or "subject";
`_from_named_law`). Anything else gets no number: the identity never borrows a number the
text only cites.

Two more places state a text's own number: a header line that names the type before the
number ("Luật số: 80/2025/QH15", "Nghị quyết số: 05/2025/NQ-CP", the colon required), and
the closing block of a consolidated text ("XÁC THỰC VĂN BẢN HỢP NHẤT ... Số: 15/VBHN-BTC"),
whose header repeats the consolidated document's own. When the text does not say who it
is, a `.jsonl` record's own `number`, `issued_date`, `doc_type`, `issuer` and `title` do
(basis "metadata"); where they disagree with the header, `warnings` says so. A record's
title that opens with a document's number ("Hướng dẫn 1309/HD-UBTVQH15 về …") names the
text's own document when the text, which never names that number, calls itself by its type
("Hướng dẫn này"): a page reproducing the document (basis "metadata" too). A page that
reproduces a legal text without its number (its type in capitals, then "Căn cứ" lines) is
that text, of no known number (basis "unnumbered"): it speaks for itself. So does a page
that restates a circular, decree, decision or directive in its words, "Thông tư này có hiệu
lực …" included, and numbers no other of the kind as its own (`_unnumbered_in_force`).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace
from itertools import takewhile

from . import places
from .bodies import find_bodies
from .codes import issuer_info, type_info
from .dates import EN_MONTH_NAMES, find_dates
from .find import find_references, names_number, parsed_number
from .model import DateMention, DocumentIdentity, Reference
from .named import Law, catalogue, catalogue_key, find_named
from .published import iso_day, published_on
from .scans import for_lowered, lowered_for_scans
from .scopes import ISSUE_VERB, VI_UPPER
from .sentences import SENTENCE_END
from .spelling import fold_number
from .summaries import told_as_issued
from .vocabulary import ISSUE_VERBS, NUMBER_SIGNS, TYPE_NOUNS, TYPE_WORDS, noun_key

HEADER_CHARS = 1500
# Hard-wrapped bodies put "số" at the start of lines too ("Luật\nsố 31/2013/QH13"): the
# label of the document's own number is capitalised and comes before the body starts.
# A translation labels it "No." ("No. 26/CT-TTg Hanoi, June 6, 2017", "No.: 80/2023/ND-CP"),
# and a site's table of attributes "Official number: | 59/2024/ND-CP".
_NUMBER_LABEL = re.compile(
    # (or after the rule under the issuer, in a header flattened to one line: "THE STATE BANK
    # OF VIETNAM __________ No. 21/2018/TT-NHNN | THE SOCIALIST REPUBLIC …")
    # (a translation may spell the label out: "Number: 172/2007/QĐ-TTg", blind round AL)
    # (a legal database's table of attributes labels it "Số hiệu: | 53/2017/QĐ-UBND |",
    # blind round AS, its cells at times one a line: "Số hiệu:\n|\n6023/BTP-CTXDVBQPPL")
    # (the rule may be drawn with dashes of any length: "THỦ TƯỚNG CHÍNH PHỦ\n——- Số: 1155/QĐ-TTg",
    # blind round K; a machine translation may write the label in the plural: "Numbers:
    # 201/QĐ-TTg", blind round V)
    r"(?:^|\n|[_\-—–]{3,})[ \t|]*(?:Số|SỐ|No\.|NO\.|N[Oo](?=[ \t]*:)"
    r"|(?:Official\s+)?[Nn]umbers?[ \t]*:[ \t|]*|Số[ \t]+(?:ký[ \t]+)?hiệu[ \t]*:[\s|]*)"
    r"[ \t]*:?\s*$"
    # (or no label at all, the number right after the rule on its line: "THE STATE BANK OF
    # VIETNAM ------ 02/2012/TT-NHNN | SOCIALIST REPUBLIC …", blind round BB)
    r"|[_\-—–]{3,}[ \t|]*$"
)
# "... CỦA THÔNG TƯ\nSỐ 96/2020/TT-BTC": a heading that names another document, wrapped
# before its "số"; no label of the text's own number.
_WRAPPED_TYPE_NOUN = re.compile(
    r"(?:THÔNG\s+TƯ|NGHỊ\s+ĐỊNH|QUYẾT\s+ĐỊNH|NGHỊ\s+QUYẾT|CHỈ\s+THỊ|LUẬT|PHÁP\s+LỆNH"
    r"|KẾ\s+HOẠCH|CÔNG\s+VĂN|VĂN\s+BẢN|DECREE|DECISION|CIRCULAR|RESOLUTION|DIRECTIVE|LAW"
    r"|ORDINANCE|PLAN|LETTER|DISPATCH|CONCLUSION|REGULATION)[ \t]*\n[ \t]*(?:Số|SỐ|No\.)[ \t]*$",
    re.IGNORECASE,
)
# "Luật số: 80/2025/QH15", "Nghị quyết số: ...": a typed label, with its colon.
_TYPED_NUMBER_LABEL = re.compile(
    r"(?:^|\n)[ \t]*(?:Luật|LUẬT|Nghị\s+quyết|NGHỊ\s+QUYẾT|Nghị\s+định|NGHỊ\s+ĐỊNH|Quyết\s+định|"
    r"QUYẾT\s+ĐỊNH|Thông\s+tư|THÔNG\s+TƯ|Chỉ\s+thị|CHỈ\s+THỊ|Pháp\s+lệnh|PHÁP\s+LỆNH)"
    r"[ \t]+(?:số|Số|SỐ)[ \t]*:[ \t]*$"
)
# An older title names its number, and its issuer, in capitals on its own lines: "QUYẾT
# ĐỊNH\n\nCỦA HỘI ĐỒNG BỘ TRƯỞNG SỐ 182/HĐBT\nNGÀY 27-10-1982 VỀ VIỆC …", "THÔNG TƯ\nCỦA BỘ TÀI
# CHÍNH SỐ 85/2002/TT-BTC NGÀY …", "CHỈ THỊ SỐ 35/1999/CT-TTG NGÀY 30 THÁNG 12 NĂM 1999 …",
# a translation's "DIRECTIVE No. 35/1999/CT-TTg OF DECEMBER 30, 1999 ON …" (blind rounds CZ,
# DP, ML); not a heading that names another document ("… CỦA THÔNG TƯ SỐ 96/2020/TT-BTC").
_TITLE_TYPES = (
    r"QUYẾT\s+ĐỊNH|NGHỊ\s+ĐỊNH|THÔNG\s+TƯ(?:\s+LIÊN\s+TỊCH)?|CHỈ\s+THỊ|NGHỊ\s+QUYẾT|THÔNG\s+TRI"
    r"|PHÁP\s+LỆNH"
)
_ISSUER_IN_CAPITALS = (
    rf"CỦA[ \t]+(?!(?:{_TITLE_TYPES}|LUẬT)\b)(?:[{VI_UPPER}]+[ \t,.\-–]*){{1,16}}?[ \t]+"
)
_ISSUER_TITLE_NUMBER = re.compile(
    rf"(?:^|\n)[ \t|]*(?:(?:{_TITLE_TYPES})[ \t]+(?:{_ISSUER_IN_CAPITALS})?|{_ISSUER_IN_CAPITALS})"
    r"SỐ[ \t]*:?[ \t]*$"
    r"|(?:^|\n)[ \t|]*(?:DIRECTIVE|DECISION|DECREE|(?:JOINT[ \t]+)?CIRCULAR|RESOLUTION|ORDINANCE)"
    r"[ \t]+N[Oo]\.?[ \t]*:?[ \t]*$"
)
# ... a translation's: "NATIONAL ASSEMBLY |\n…\nLaw No. 47/2019/QH14 |\nHanoi, …" (blind round
# AR), the number alone on its line (`_ENDS_LINE`): a report's line that opens with "Decree No.
# 46/2019/ND-CP dated …" names another document
_TYPED_NUMBER_LABEL_EN = re.compile(
    r"(?:^|\n)[ \t|]*(?:Law|Decree|Decision|Circular|Joint\s+Circular|Resolution|Directive"
    r"|Ordinance)[ \t]+No\.?[ \t]*:?[ \t]*$"
)
_ENDS_LINE = re.compile(r"[ \t|]*(?:\n|\Z)")
_CONSOLIDATION_BLOCK = re.compile(r"XÁC\s+THỰC\s+VĂN\s+BẢN\s+HỢP\s+NHẤT", re.IGNORECASE)
# ... over the lower-cased text, heeding case: the engine then skips to each "x" instead of
# trying the pattern at every position (a tenth of the time on a whole text)
_CONSOLIDATION_BLOCK_LOWER = for_lowered(_CONSOLIDATION_BLOCK.pattern, _CONSOLIDATION_BLOCK.flags)
_CONSOLIDATION_REACH = 400  # characters after the block's heading where its number stands
_BODY_START = re.compile(r"\n\s*(?:Kính\s+gửi|Căn\s+cứ|Thực\s+hiện|Theo\s+đề\s+nghị)")
_PLACE_BEFORE_DATE = re.compile(
    r"(?P<place>[^\n,;:.()\d]{2,40}(?:\n[^\n,;:.()\d]{1,25})?)\s*,?\s*(?:ngày|NGÀY|Ngày)\s*$"
)
# An annex names the document it belongs to: "(Kèm theo Công văn số 174/CV-BCĐ ngày ...)".
_ANNEX_OF = re.compile(r"\(\s*(?:[Kk]èm|[Bb]an\s+hành\s+kèm)\s+theo\s+[^()\d]{0,40}?(?:số\s*)?$")
# A page that quotes another document's annex names it in a provision reference first:
# "… tuổi nghỉ hưu quy định tại Phụ lục I, Phụ lục II ban hành kèm theo Nghị định số
# 135/2020/NĐ-CP …" (a text's own annex is "Phụ lục … kèm theo Nghị định này").
_ANNEX_CITED = re.compile(
    r"(?:quy\s+định\s+tại|tại|theo)\s+(?:các\s+)?phụ\s+lục[^.;:\n()]{0,60}?"
    r"(?:ban\s+hành\s+)?kèm\s+theo\s+(?:[^\W\d_]+\s+){1,3}(?:số\s*)?$",
    re.IGNORECASE,
)
_MOTTO = re.compile(r"CỘNG\s+HÒA\s+XÃ|CỘNG\s+HOÀ\s+XÃ|ĐẢNG\s+CỘNG\s+SẢN\s+VIỆT\s+NAM")
_RULE_LINE = re.compile(r"^[\s\-–—_*=.]*$")
_TITLES = {
    "QUYẾT ĐỊNH": "QĐ",
    "NGHỊ QUYẾT": "NQ",
    "KẾ HOẠCH": "KH",
    "THÔNG BÁO": "TB",
    "CÔNG ĐIỆN": "CĐ",
    "KẾT LUẬN": "KL",
    "CHỈ THỊ": "CT",
    "HƯỚNG DẪN": "HD",
    "BÁO CÁO": "BC",
    "TỜ TRÌNH": "TTr",
    "QUY ĐỊNH": "QĐ",
    "CHƯƠNG TRÌNH": "CTr",
    "ĐỀ ÁN": "ĐA",
    "THÔNG TƯ": "TT",
    "NGHỊ ĐỊNH": "NĐ",
    "QUY CHẾ": "QC",
    "PHƯƠNG ÁN": "PA",
    "CÔNG VĂN": "CV",
    "VĂN BẢN HỢP NHẤT": "VBHN",
    # a translation's type line
    "DECISION": "QĐ",
    "RESOLUTION": "NQ",
    "PLAN": "KH",
    "DIRECTIVE": "CT",
    "CIRCULAR": "TT",
    "DECREE": "NĐ",
    "CONCLUSION": "KL",
    "REGULATION": "QĐ",
    "REGULATIONS": "QC",
    "OFFICIAL DISPATCH": "CV",
    "OFFICIAL LETTER": "CV",
}
_TITLE_LINE = re.compile(
    r"^[ \t]*("
    + "|".join(t.replace(" ", r"\s+") for t in sorted(_TITLES, key=len, reverse=True))
    + r")[ \t]*$",
    re.MULTILINE,
)
# A legal text reproduced without its header's number opens with its type in capitals and
# has a preamble of basis lines ("NGHỊ QUYẾT LIÊN TỊCH\n\nQuy định chi tiết …\n\nQUỐC HỘI\n\n
# Căn cứ Hiến pháp …"): it speaks for itself, as a text with its number does.
_JOINT_TITLES = {"NGHỊ QUYẾT LIÊN TỊCH": "NQLT", "THÔNG TƯ LIÊN TỊCH": "TTLT"}
_OPENING_TYPE = re.compile(
    r"\A\s*("
    + "|".join(
        t.replace(" ", r"\s+") for t in sorted({**_TITLES, **_JOINT_TITLES}, key=len, reverse=True)
    )
    + r")[ \t]*\n"
)
# (or a translation's: "CIRCULAR\nProviding the procedures …\nPursuant to the Government's
# Decree No. 22/2013/ND-CP …", blind round CT)
_BASIS_WORDS = r"(?:Căn\s+cứ|Pursuant\s+to)"
_BULLET = r"(?:[-–•*+][ \t]*)?"
_BASIS_LINE = re.compile(rf"^[ \t]*{_BULLET}{_BASIS_WORDS}\s", re.MULTILINE)
# ... a preamble's, naming a document: not an answer's "Căn cứ theo Tiểu Mục 2 …", "Căn cứ
# Điều 7 Thông tư …" (an explainer cites the provision it explains)
_PREAMBLE_LEAD = re.compile(
    r"[ \t]*(?:[-–•*+][ \t]*)?Căn\s+cứ\s+(?!theo\b|vào\b|tại\b|quy\s+định\b|(?:điểm|khoản|Điều"
    r"|Tiểu|Mục|Phụ\s+lục|Chương)\b)",
    re.IGNORECASE,
)
_PREAMBLE_REACH = 1500  # how far after the type line the first basis line may stand
# A page that restates a document in its own words ("Thông tư này có hiệu lực thi hành kể từ
# ngày 13/10 … và thay thế Thông tư số 57/2019/TT-BCA"), its number left out: it speaks for
# that document, of no known number, when it names no document of the kind before. Laws and
# resolutions are left to the body that passed them (actors.py, `_PASSED`); "Quy định này"
# may be one provision a page quotes ("… Quy định này có hiệu lực từ ngày 01/01/2026.").
_IN_FORCE_AS_THIS = re.compile(
    r"\b(?P<noun>Thông\s+tư(?:\s+liên\s+tịch)?|Nghị\s+định|Quyết\s+định|Chỉ\s+thị)"
    r"\s+này\s+có\s+hiệu\s+lực"
)
# a paragraph opening with the document it is told from: "Tại Thông tư 02/2025/TT-BYT, …"
_TOLD_IN = re.compile(r"[ \t]*(?:Tại|Theo)\s+(?:\w+\s+){1,3}(?:số\s+)?\S+\s*,")
# a markdown heading line, and how far into its section a report of issuing is looked for
_HEADING_LINE = re.compile(r"^#{1,4}[ \t]", re.MULTILINE)
_SECTION_LEAD = 600
# what stands between "ban hành" and the number it issues: the type, perhaps "số"
_TYPE_BEFORE = re.compile(rf"\A\s*(?:{TYPE_NOUNS})\s+(?:số\s+)?\Z", re.IGNORECASE)
_LETTER_SUBJECT = re.compile(r"(?:^|\n)\s*V/v\b")
# Words naming the tier of the issuing body, the first one found decides the level.
_LEVEL_WORDS = re.compile(
    r"(?P<central>BAN\s+CHẤP\s+HÀNH\s+TRUNG\s+ƯƠNG|TRUNG\s+ƯƠNG|CHÍNH\s+PHỦ|THỦ\s+TƯỚNG|QUỐC\s+HỘI|"
    r"(?<!ĐẢNG\s)\bBỘ\b|TỔNG\s+CỤC|\bCỤC\b|NGÂN\s+HÀNG\s+NHÀ\s+NƯỚC|KIỂM\s+TOÁN\s+NHÀ\s+NƯỚC)|"
    r"(?P<provincial>TỈNH|THÀNH\s+PHỐ|THÀNH\s+ỦY|\bSỞ\b)|"
    r"(?P<district>HUYỆN|QUẬN|THỊ\s+XÃ|THỊ\s+ỦY)|"
    r"(?P<commune>\bXÃ\b|PHƯỜNG|THỊ\s+TRẤN|ĐẶC\s+KHU)",
    re.IGNORECASE,
)
# no number after a type noun: "Kế hoạch do …", not "Kế hoạch số 12/KH-UBND"
_NO_NUMBER_AFTER = rf"(?!\s*(?:{NUMBER_SIGNS})?\s*\d)"
# A type noun and its number sign, written right before a number ("Thông tư số ", "Circular
# No. "): a pattern's end, matched up to the number's start.
_TYPE_BEFORE_NUMBER = rf"(?:{TYPE_NOUNS})\s*(?:{NUMBER_SIGNS})?\s*\Z"
_UNNUMBERED_LEAD = re.compile(
    rf"^\W*(?:According\s+to|Under|Theo|Согласно|Відповідно\s+до|De\s+acordo\s+com)\s+(?:the\s+|o\s+|a\s+)?"
    rf"(?P<noun>{TYPE_NOUNS})\b{_NO_NUMBER_AFTER}",
    re.IGNORECASE,
)
_URL = re.compile(
    r"https?://[^\s)\]>\"']+|\b(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:vn|com\.vn)\b"
)
_SPACES = re.compile(r"\s+")


def identify(
    text: str,
    refs: list[Reference],
    dates: list[DateMention],
    metadata: dict | None = None,
) -> DocumentIdentity:
    """The identity a text states for itself (see the module docstring)."""
    metadata = metadata or {}
    ident = _from_header(text, refs, dates)
    consolidated = _from_consolidation_block(text, refs, dates)
    if consolidated is not None:
        consolidated.issuer = ident.issuer
        consolidated.level = ident.level
        ident = consolidated
    if ident.basis == "header" and ident.number:
        told = told_as_issued(text, refs, ident.number)
        if told is not None:  # a summary page, or a newsletter: it reports on the document
            ident = _identity_of(told, "subject")
    if ident.number is None:
        annexed = _from_annex(text, refs)
        if annexed is not None:
            ident = annexed
    if ident.number is None:
        original = _from_original_title(text, refs)
        if original is not None:
            ident = original
    if ident.number is None:
        ident = _with_metadata(ident, metadata)
    else:
        ident.warnings = _disagreements(ident, metadata)
    if ident.number is None and ident.issuer is None:
        titled = _title_document(metadata)  # the document the record's title opens with
        ident = (
            _from_titled_self(text, refs, titled)
            or _from_titled_letter(text, metadata)
            or _subject_line_letter(text)
            or _from_news_lead(text, refs)
            or _from_acting_title(text, refs)
            or _from_title(titled, refs)
            or _from_subject_lead(text, refs, dates, metadata)
            or _from_title_line(text, refs, metadata)
            or _from_named_law(text, refs, dates, metadata)
            or _issued_as_follows(text, refs)
            or _unnumbered_lead(text)
            or _unnumbered_legal_text(text)
            or _unnumbered_enacted(text)
            or _unnumbered_in_force(text, refs)
            or _issued_before_numbers(text, refs)
            or ident
        )
    if ident.number is None or ident.basis in ("unnumbered", "subject"):
        listed = _number_in_attributes(text, refs)
        if listed is not None and ident.basis == "subject":
            # the page a legal database keeps of the document its lead was read as about
            # ("Thông tin văn bản • Quyết định số 102/2006/QĐ-UBND …", then its attributes,
            # then its own text): the document's own, no report on it (blind round J)
            if names_number(listed.canonical, ident.number):
                ident.basis = "header"
        elif listed is not None:
            ident = _identity_of(listed, "header")
    if ident.reported and _gives_full_text(text, refs, ident.number):
        ident.basis = "header"  # the report gives its document's text whole after its lead
    if ident.reported and _roundup(text, refs, metadata):
        ident = DocumentIdentity()  # a page of sections, each on a document issued: none
    if ident.basis != "subject":  # a report's lead names another document's type
        ident.title = _header_title(text, ident, metadata) or _metadata_title(metadata)
    if ident.basis == "unnumbered" and ident.issuer is None:
        ident.issuer = _ISSUER_OF_TYPE.get(ident.type_code or "")
    ident.province = ident.province or _province_of(ident, text, metadata)
    return ident


# A legal database lists a text's attributes after it as well as before: "(Văn bản hết hiệu
# lực)\n- Số hiệu văn bản: 20/2010/TT-BNNPTNT\n- Loại văn bản: Thông tư" (caselaw.vn, blind
# round M). No document names its own number so, and no text of the real corpus has the line.
_ATTRIBUTE_NUMBER = re.compile(
    r"(?:^|\n)[ \t|]*[-•*]?[ \t]*Số[ \t]+hiệu[ \t]+văn[ \t]+bản[ \t]*:[\s|]*$"
)


# A report that says it presents its document's text whole: "Báo Bà Rịa-Vũng Tàu xin giới
# thiệu toàn văn Công văn số 13417/UBND-VP." (blind round F), "… trân trọng giới thiệu toàn
# văn Quyết định số …". The text that follows is the document's own. Not "Toàn văn Nghị
# định …" alone, a headline or a link to download it ("Tải về Toàn văn Chỉ thị 05/CT-UBND"),
# on 21 explainer and news pages of the real corpus that then tell of the document and are
# labelled its citations; nor of another document than the page's own: a portal's box that
# presents one ("… trân trọng giới thiệu toàn văn Nghị quyết số 71-NQ/TW", under six pages
# about other documents) says nothing of the page's.
_GIVES_FULL_TEXT = re.compile(
    rf"\bgiới\s+thiệu\s+toàn\s+văn\s+(?:của\s+)?(?:{TYPE_NOUNS})\s*(?:{NUMBER_SIGNS})?\s*\Z",
    re.IGNORECASE,
)


def _gives_full_text(text: str, refs: list[Reference], number: str | None) -> bool:
    """Whether the page says it gives the text of document `number` whole
    (`_GIVES_FULL_TEXT`)."""
    return number is not None and any(
        names_number(r.canonical, number)
        and _GIVES_FULL_TEXT.search(text, max(0, r.start - 60), r.start) is not None
        for r in refs
        if r.short_form_of is None
    )


def _number_in_attributes(text: str, refs: list[Reference]) -> Reference | None:
    """The number a legal database's attribute line gives the text it keeps
    (`_ATTRIBUTE_NUMBER`), wherever the line stands: asked of a text that named none of its
    own, or whose lead was read as a report on a document (`identify`)."""
    at = text.find("Số hiệu văn bản")
    if at == -1:
        return None
    return next(
        (
            r
            for r in refs
            if r.start > at
            and r.short_form_of is None
            and _ATTRIBUTE_NUMBER.search(text, max(0, r.start - 40), r.start)
        ),
        None,
    )


def _from_consolidation_block(
    text: str, refs: list[Reference], dates: list[DateMention]
) -> DocumentIdentity | None:
    """The own number of a consolidated text, in its closing authentication block."""
    low = lowered_for_scans(text)
    if low is None:
        blocks = list(_CONSOLIDATION_BLOCK.finditer(text))
    else:  # (the same offsets: `lowered` keeps every letter in its place)
        blocks = list(_CONSOLIDATION_BLOCK_LOWER.finditer(low))
    if not blocks:
        return None
    block = blocks[-1]  # the last one: the body may quote the heading
    reach = block.end() + _CONSOLIDATION_REACH
    for r in refs:
        if block.end() <= r.start < reach and r.short_form_of is None and r.type_code == "VBHN":
            ident = _identity_of(r, "header")
            ident.type_code = "VBHN"
            day = next((d for d in dates if r.end <= d.start < reach), None)
            ident.date = day.iso if day else None
            _fill_type_name(ident)
            return ident
    return None


def _with_metadata(ident: DocumentIdentity, metadata: dict) -> DocumentIdentity:
    """The identity a record's own metadata gives when the text states no number."""
    number = metadata.get("number")
    if not isinstance(number, str):
        return ident
    found = find_references(number.strip())
    if len(found) != 1:
        return ident
    ref = found[0]
    ref.date = iso_day(metadata.get("issued_date"))
    given = _identity_of(ref, "metadata")
    given.issuer = ident.issuer or _text_field(metadata, "issuer")
    given.place, given.province = ident.place, ident.province
    given.level = ident.level or given.level
    # The type the number spells stays (other texts cite it so); the record's word for the
    # type fills in only when the number spells none.
    named_type = TYPE_WORDS.get((_text_field(metadata, "doc_type") or "").lower(), ())
    if named_type and given.type_code is None:
        given.type_code = named_type[0]
        _fill_type_name(given)
    return given


def _disagreements(ident: DocumentIdentity, metadata: dict) -> list[str]:
    """Where the record's metadata and the text's own header disagree."""
    said: list[str] = []
    number = _text_field(metadata, "number")
    if number and ident.number:
        found = find_references(number)
        if len(found) == 1 and fold_number(found[0].canonical) != fold_number(ident.number):
            said.append(f"the header's number is {ident.number}, the metadata's {number}")
    day = iso_day(metadata.get("issued_date"))
    if day and ident.date and day != ident.date:
        said.append(f"the header's date is {ident.date}, the metadata's {day}")
    return said


def _text_field(metadata: dict, name: str) -> str | None:
    value = metadata.get(name)
    return value.strip() or None if isinstance(value, str) else None


# The title block of a header: the line(s) after the type line ("KẾ HOẠCH" / "Thực hiện ..."),
# up to a blank line, the preamble, or the line naming the authority that decides.
_TITLE_STOP = re.compile(
    r"\n\s*\n|\n\s*(?:Căn\s+cứ|Kính\s+gửi|[-_*=]{3,}|(?:ỦY|UỶ)\s+BAN|HỘI\s+ĐỒNG|BỘ\s+TRƯỞNG|"
    r"CHỦ\s+TỊCH|THỦ\s+TƯỚNG|CHÍNH\s+PHỦ|QUỐC\s+HỘI|BAN\s+(?:THƯỜNG|CHẤP|BÍ)|BỘ\s+CHÍNH\s+TRỊ)"
)
_MAX_TITLE = 400
# A letter's subject line may wrap; it ends at a blank line or the place and date line.
_LETTER_SUBJECT_STOP = re.compile(r"\n\s*\n|\n[^\n]{0,40}ngày|\n\s*Kính\s+gửi|\n\s*Hà\s*\n")


def _header_title(text: str, ident: DocumentIdentity, metadata: dict) -> str | None:
    """The Vietnamese title a text gives itself: "Kế hoạch thực hiện Chỉ thị ...".

    It is the type line of the header and the line(s) after it, or a letter's subject
    line ("V/v hướng dẫn ..."). A title written in capitals is the record's own title when
    it has one (the same words, with the capitals of names kept), else lowered."""
    if ident.basis not in ("header", "metadata"):
        return None
    head = text[:HEADER_CHARS]
    kind = _TITLE_LINE.search(head)
    if kind is not None:
        start = kind.end()
        while start < len(head) and head[start] in " \t\n":
            start += 1
        stop = _TITLE_STOP.search(text, start, start + _MAX_TITLE)
        lines = text[start : stop.start() if stop else start + _MAX_TITLE].split("\n")
        if lines[0].isupper():  # a title in capitals ends where the capitals do
            lines = list(takewhile(lambda ln: ln.isupper() or not ln.strip(), lines))
        words = _SPACES.sub(" ", " ".join(lines)).strip(" .;:")
        if not words or _MOTTO.search(words) or words.startswith(("Căn cứ", "Kính gửi")):
            return None
        if words.isupper():
            own = _metadata_title(metadata)
            if own:
                return own
        noun = _SPACES.sub(" ", kind.group(1)).capitalize()
        rest = words.lower() if words.isupper() else words
        if rest.lower().startswith(noun.lower()):
            return rest[0].upper() + rest[1:]
        return f"{noun} {rest[0].lower()}{rest[1:]}"
    letter = _LETTER_SUBJECT.search(head)
    if letter is not None:
        stop = _LETTER_SUBJECT_STOP.search(text, letter.end(), letter.end() + _MAX_TITLE)
        end = stop.start() if stop else letter.end() + _MAX_TITLE
        line = _SPACES.sub(" ", text[letter.end() : end]).strip(" :.")
        return f"{ident.type_name or 'Công văn'} về {line}" if line else None
    return None


def _metadata_title(metadata: dict) -> str | None:
    """A record's own title, when it is Vietnamese written with its diacritics."""
    title = _text_field(metadata, "title")
    if title and _VIETNAMESE_LETTER.search(title):
        return _SPACES.sub(" ", title)
    return None


_VIETNAMESE_LETTER = re.compile(r"[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]", re.I)


def _place_name(text: str, m: re.Match[str], refs: list[Reference], date: int) -> str | None:
    """The header's place in the words `_PLACE_BEFORE_DATE` found before a date, after any
    number they run on from ("Số: 12/QĐ-UBND   Huế, ngày …" on one line): a name, set off
    by a comma ("Hà Nội, ngày …", "| Hà Nội, ngày" in a table's cell) or a province's own
    ("Hà Nội ngày 01"); else None. Not prose that runs into a date ("Nghị định này có hiệu
    lực thi hành từ ngày …", "Chiều ngày …") nor a cited document's code ("… Kế hoạch số
    80-KH/ĐUK ngày 11/3/2022")."""
    start = max([m.start("place")] + [r.end for r in refs if m.start("place") < r.end < date])
    place = _SPACES.sub(" ", text[start : m.end("place")]).strip(" \t\n|*#_")
    if not place[:1].isupper():
        return None  # (most words before a date are prose's: the cheap test first)
    named = "," in text[m.end("place") : date] or places.normalise_name(place) is not None
    return place if named else None


def _from_header(text: str, refs: list[Reference], dates: list[DateMention]) -> DocumentIdentity:
    ident = DocumentIdentity()
    body = _BODY_START.search(text, 0, HEADER_CHARS)
    head_end = body.start() if body else min(len(text), HEADER_CHARS)
    own = next(
        (
            r
            for r in refs
            if r.start < head_end
            and r.short_form_of is None
            and (
                (
                    # (30: a table's cell "| Official number: | " is 21 characters)
                    _NUMBER_LABEL.search(text, max(0, r.start - 30), r.start)
                    and not _WRAPPED_TYPE_NOUN.search(text, max(0, r.start - 40), r.start)
                )
                or _TYPED_NUMBER_LABEL.search(text, max(0, r.start - 30), r.start)
                or _ISSUER_TITLE_NUMBER.search(text, max(0, r.start - 160), r.start)
                or (
                    _TYPED_NUMBER_LABEL_EN.search(text, max(0, r.start - 30), r.start)
                    and _ENDS_LINE.match(text, r.end)
                )
            )
        ),
        None,
    )
    issuer, header_start = _issuer_block(text)
    for d in dates:
        if d.start >= head_end:
            break
        if d.start < header_start:
            continue  # a date in a legal site's lines above the header
        m = _PLACE_BEFORE_DATE.search(text, max(0, d.start - 70), d.start)
        place = _place_name(text, m, refs, d.start) if m else None
        if place and (own is None or d.start > own.start):
            ident.date = d.iso
            ident.place = place
            break
    ident.issuer = issuer
    title = _TITLE_LINE.search(text, own.end if own else 0, head_end)
    if own is None and title is not None:
        own = _misprinted_own(text, refs, head_end, _TITLES[_SPACES.sub(" ", title.group(1))])
    if own is not None:
        ident.number = own.canonical
        ident.family = own.family
        ident.issuer_code = own.issuer_code
        ident.type_code = own.type_code
    if title is not None:
        ident.type_code = _TITLES[_SPACES.sub(" ", title.group(1))]
    elif _LETTER_SUBJECT.search(text, 0, head_end):
        ident.type_code = "CV"
    if own is not None or ident.issuer is not None:
        ident.basis = "header"
    ident.level = _level(ident, own)
    _fill_type_name(ident)
    return ident


# A header number that lost its type code ("Số: 1281/-UBND" over "QUYẾT ĐỊNH")
_CODELESS_NUMBER = re.compile(
    r"(?:^|\n)[ \t|]*(?:Số|SỐ)[ \t]*:?[ \t]*(?P<number>\d{1,6})/-(?P<issuer>[A-ZĐ][A-ZĐ0-9]*)\b"
)


def _misprinted_own(
    text: str, refs: list[Reference], head_end: int, type_code: str
) -> Reference | None:
    """The text's own number when its header misprints it without the type code ("Số:
    1281/-UBND" over "QUYẾT ĐỊNH"): the number the text gives elsewhere with the same digits
    and issuer and the header's type ("Quyết định 1281/QĐ-UBND năm 2014 …" in a legal
    site's title above it). None when the text gives no such number, or more than one."""
    m = _CODELESS_NUMBER.search(text, 0, head_end)
    if m is None:
        return None
    found = {
        r.canonical: r
        for r in refs
        if r.short_form_of is None
        and r.number == m.group("number")
        and r.type_code == type_code
        and r.issuer_code == m.group("issuer")
    }
    return next(iter(found.values())) if len(found) == 1 else None


def _from_annex(text: str, refs: list[Reference]) -> DocumentIdentity | None:
    """The document whose annex heading ("(Kèm theo Quyết định số …)") heads a line, unless
    the text first cited that annex as another document's (`_ANNEX_CITED`)."""
    for r in refs:
        if r.short_form_of is not None:
            continue
        m = _ANNEX_OF.search(text, max(0, r.start - 60), r.start)
        if m is not None and _heads_a_line(text, m.start()):
            first = next(f for f in refs if f.canonical == r.canonical)
            if _ANNEX_CITED.search(text, max(0, first.start - 160), first.start):
                return None
            return _identity_of(r, "annex")
    return None


# A translation site gives the document's title in its own language under a label
# ("Original Language Title: Quyết định 321/QĐ-TTg: Phê duyệt …"), beside an English title
# of its own making, which may misspell the number ("Decision 323/qd-Ttg", blind round AX)
# or lose its letters' case ("Circular 24/2010/ttlt-Bldtbxh-Btc", BB): the original names
# the page's document.
_ORIGINAL_TITLE = re.compile(
    rf"Original\s+Language\s+Title\s*:\s*(?:{TYPE_NOUNS})\s+(?:số\s*)?", re.IGNORECASE
)


def _from_original_title(text: str, refs: list[Reference]) -> DocumentIdentity | None:
    """The document a translation's "Original Language Title:" names (`_ORIGINAL_TITLE`),
    in the page's first lines: the page reproduces it (basis "metadata")."""
    label = _ORIGINAL_TITLE.search(text, 0, HEADER_CHARS)
    if label is None:
        return None
    ref = next((r for r in refs if r.start == label.end() and r.canonical), None)
    return None if ref is None else _identity_of(ref, "metadata")


def heads_own_annex(text: str, r: Reference, own: DocumentIdentity) -> bool:
    """Whether `r` heads an annex of the text's own document under a misprinted number: the
    annex's own "(Kèm theo Quyết định số: 203/QĐ-UBND ngày 28 tháng 11 năm 2025 …)" under
    a header that numbers the decision 2031/QĐ-UBND of that day. The type and the date are
    the document's own; only the number differs."""
    if own.basis != "header" or not own.date or r.date != own.date:
        return False
    if r.canonical == own.number or r.type_code != own.type_code:
        return False
    m = _ANNEX_OF.search(text, max(0, r.start - 60), r.start)
    return m is not None and _heads_a_line(text, m.start())


def _heads_a_line(text: str, pos: int) -> bool:
    """Whether only a heading in capitals ("PHỤ LỤC I") stands before `pos` on its line: an
    annex's own "(Kèm theo …)", not a sentence's "… Quy chế (ban hành kèm theo Nghị định số
    61/2013/NĐ-CP)", which names another document's annex."""
    before = text[text.rfind("\n", 0, pos) + 1 : pos]
    return before == before.upper()


def _identity_of(r: Reference, basis: str) -> DocumentIdentity:
    """The identity a reference gives, when the text is (or reports) that document."""
    ident = DocumentIdentity(
        number=r.canonical,
        type_code=r.type_code,
        issuer_code=r.issuer_code,
        date=r.date,
        level=r.level,
        family=r.family,
        basis=basis,
    )
    _fill_type_name(ident)
    return ident


def _issuer_block(text: str) -> tuple[str | None, int]:
    """The issuing body: the header lines above the national motto or the Party's name, and
    where they start. A legal site's lines above the header (its summary, a note of what
    replaced the text) are no issuer: when such lines stand there, only the lines in
    capitals that end right before the motto are the header's ("ỦY BAN NHÂN DÂN\nTỈNH HÀ
    TĨNH"), and the header starts at the first of them."""
    m = _MOTTO.search(text, 0, 600)
    if m is None or m.start() == 0:
        return None, 0
    lines = [
        (k.start(), k.group().strip())
        for k in re.finditer(r"[^\n]+", text[: m.start()])
        if k.group().strip() and not _RULE_LINE.match(k.group())
    ]
    capitals = list(takewhile(lambda line: _in_capitals(line[1]), reversed(lines)))
    start = 0
    if capitals and len(capitals) < len(lines):
        lines, start = capitals[::-1], capitals[-1][0]
    return _SPACES.sub(" ", " ".join(ln for _, ln in lines)).strip() or None, start


def _in_capitals(line: str) -> bool:
    return line == line.upper() and any(c.isalpha() for c in line)


def _level(ident: DocumentIdentity, own: Reference | None) -> str | None:
    if ident.issuer:  # the last tier named is the issuer's own: "ĐẢNG BỘ TỈNH X HUYỆN ỦY Y"
        found = list(_LEVEL_WORDS.finditer(ident.issuer))
        if found:
            return found[-1].lastgroup
    return own.level if own else None


# "TOÀN VĂN: Nghị định số …": a page that gives a document's full text says so first; one
# that presents its content likewise ("Nội dung Nghị định 245/2025/NĐ-CP sửa đổi …", "Nội
# dung cơ bản của Nghị định số 232/2025/NĐ-CP về …")
_FULL_TEXT = re.compile(
    r"\A(?:toàn\s+văn|(?:những\s+)?nội\s+dung(?:\s+(?:chính|cơ\s+bản|chủ\s+yếu))?(?:\s+của)?"
    # what is new in it: "Những điểm mới trong Quy định số 69-QĐ/TW …", "5 điểm mới của
    # Thông tư 12/2025/TT-BYT"
    r"|(?:(?:những|các|\d{1,2})\s+)?điểm\s+mới(?:\s+(?:nổi\s+bật|quan\s+trọng|đáng\s+chú\s+ý))?"
    r"\s+(?:của|trong|tại)"
    # a ministry's press release on the document it issued: "Thông cáo báo chí về việc ban
    # hành Thông tư số …", "Press release on issuance of Circular No. 06/2024/TT-NHNN" (blind
    # round Q)
    r"|(?:thông\s+cáo\s+báo\s+chí|press\s+release)(?:\s+(?:về\s+việc|về|on|of))?"
    r"(?:\s+(?:ban\s+hành|(?:the\s+)?issuance\s+of|(?:the\s+)?issuing))?)"
    r"\s*:?\s*",
    re.IGNORECASE,
)
# "Thông tư này", "Văn bản Hướng dẫn này": the text calls itself by its type
_THIS_TYPE = r"\b{noun}\s+này\b"
_FIRST_ARTICLE = re.compile(r"^[ \t#*]*Điều\s+1\s*[.:]", re.MULTILINE)  # "#### Điều 1. Phạm vi"


def _title_document(metadata: dict, among_others: bool = False) -> tuple[Reference, str] | None:
    """The document a record's title opens with, called by its type ("Hướng dẫn
    1309/HD-UBTVQH15 về …", "Thông tư số 17/2025/TT-BGDĐT sửa đổi …", "TOÀN VĂN: Nghị định
    số 232/2025/NĐ-CP …"), and that type noun; not "Bộ Y tế ban hành Thông tư …", nor a
    title naming two documents unless the first acts on the others (`_acts_on_the_others`),
    or the caller knows the page is the first one's (`among_others`)."""
    title = _text_field(metadata, "title")
    found = find_references(title) if title else []
    if not found or not found[0].canonical:
        return None
    ref = found[0]
    if len(found) > 1 and not among_others and not _acts_on_the_others(title, found):
        return None
    opening = _FULL_TEXT.sub("", title[: ref.start].strip())
    opening = re.sub(r"\s+(?:số|No\.?)$", "", opening, flags=re.IGNORECASE)  # "Circular No."
    # the type the number gives, or the type noun the title opens with when the number
    # names none ("Nghị quyết 192/2025/QH15 …": a code of the issuer only)
    noun = ref.type_name.split("/")[0].strip() if ref.type_name else opening
    if ref.type_code == "QĐ" and opening.lower() == "quy định":
        noun = opening  # a QĐ is a regulation too (the Party's "Quy định số 69-QĐ/TW")
    # (or the type in translation: "Circular 03/2016/TT-BYT: Regulations on …", a legal
    # site's English title, blind rounds BB and BP)
    translated = ref.type_code is not None and ref.type_code in TYPE_WORDS.get(
        noun_key(opening), ()
    )
    if (opening.lower() != noun.lower() and not translated) or (
        ref.type_name is None and opening.lower() not in TYPE_WORDS
    ):
        return None
    return ref, noun


def _acts_on_the_others(title: str, found: list[Reference]) -> bool:
    """Whether a title naming several documents opens with the one that acts on the others:
    the first number is followed at once by its act (`_SUBJECT_ACT`: "sửa đổi", "thay thế",
    "hướng dẫn" …), and every other document stands after that act, as its object.

    qualify: "TOÀN VĂN: Nghị định 67/2025/NĐ-CP sửa đổi Nghị định 178/2024/NĐ-CP về …";
      "Nội dung Nghị định 245/2025/NĐ-CP sửa đổi, bổ sung Nghị định 155/2020/NĐ-CP …";
      "Thông tư 12/2025/TT-BYT thay thế Thông tư 03/2019/TT-BYT"
    rejected: a colon before the act ("Nghị định số 26/2023/NĐ-CP: Sửa đổi quy định về …"
      heads a page on the decree that amends 26/2023, news-700; "Nghị định 67/2025/NĐ-CP:
      Bỏ quy định … trong Nghị định 178/2024/NĐ-CP" is read from its lead); an owner before
      the act ("Kết luận 75-TB/TW của Bộ Chính trị: Mở rộng … theo Nghị định 178/2024/NĐ-CP");
      two documents side by side ("Nghị định 10/2025/NĐ-CP và Nghị định 11/2025/NĐ-CP
      hướng dẫn …"): which one the page reports is not said."""
    act = _SUBJECT_ACT.match(title, found[0].end)
    return act is not None and all(r.start >= act.end() for r in found[1:])


def _from_title_line(text: str, refs: list[Reference], metadata: dict) -> DocumentIdentity | None:
    """The document a page's opening lines give the title of ("Decree No. 08/2022/ND-CP
    dated January 10th, 2022 of the Government on elaboration of …"), when the page goes on
    in its voice ("This Decree regulates in details …", "Nghị định này quy định …"): a
    summary of the document, which speaks for it (blind round M). Not under a record title
    that names another document ("Các sở theo Thông tư 05/2025/TT-BNV")."""
    title = _text_field(metadata, "title")
    in_title = [r.canonical for r in find_references(title)] if title else []
    for line in _NUMBERED_TITLE_LINE.finditer(text, 0, _TITLE_LINE_REACH):
        ref = next((r for r in refs if r.start == line.end()), None)
        if ref is None or not ref.canonical:
            continue
        if in_title and not any(names_number(ref.canonical, n) for n in in_title):
            return None
        noun = r"\s+".join(line.group("noun").split())
        this = re.compile(rf"{_THIS_TYPE.format(noun=noun)}|\bthis\s+{noun}\b", re.IGNORECASE)
        basis = _basis_after_title(text, refs, ref)
        if basis is not None:
            # the document's own text under its title; a news paragraph opening "Pursuant to
            # … Law …, Decree 45/2022/ND-CP provides …" names the document as its subject
            # and reports on it (blind round SD)
            news = _names_on_its_line(text, refs, basis, ref.canonical)
            return _identity_of(ref, "title" if news else "header")
        if line.group("sign") and this.search(text, ref.end):
            return _identity_of(ref, "title")
    return None


def _basis_after_title(text: str, refs: list[Reference], title: Reference) -> re.Match[str] | None:
    """The first basis line of a legal text that follows its title line, no other document
    named between: "Joint Circular 15/2010/TTLT-BTC-BGDDT of January 29, 2010, guiding …\n\n
    Pursuant to …" is the circular's own text (blind round CR); else None."""
    basis = _BASIS_LINE.search(text, title.end, title.end + _PREAMBLE_REACH)
    if basis is None:
        # (a page that lost its line breaks: "DECISION No.345-TTg OF MAY 27, 1996 OF THE PRIME
        # MINISTER ON … THE PRIME MINISTER Pursuant to the Law …", the title's sentence
        # running on into the first basis, blind round CZ)
        basis = _BASIS_INLINE.search(text, title.end, title.end + _PREAMBLE_REACH)
        if basis is not None and SENTENCE_END.search(text, title.end, basis.start()):
            return None
    if basis is None or any(title.end <= r.start < basis.start() for r in refs):
        return None
    return basis


def _names_on_its_line(text: str, refs: list[Reference], at: re.Match[str], number: str) -> bool:
    """Whether the line from `at` on names the document `number` again."""
    end = text.find("\n", at.end())
    end = len(text) if end == -1 else end
    return any(at.start() <= r.start < end and names_number(r.canonical, number) for r in refs)


_BASIS_INLINE = re.compile(rf"(?<=\s){_BASIS_WORDS}\s")


# A line that opens with a document's type and number, as its title does; within the first
# lines of a page.
# ("Joint Circular 15/2010/TTLT-BTC-BGDDT of …": a translation may drop the number sign; the
# sign is then asked for by the caller, unless basis lines follow)
_NUMBERED_TITLE_LINE = re.compile(
    rf"^[ \t#*]*(?:Joint[ \t]+)?(?P<noun>{TYPE_NOUNS})[ \t]+(?P<sign>(?:{NUMBER_SIGNS})[ \t]*)?",
    re.IGNORECASE | re.MULTILINE,
)
_TITLE_LINE_REACH = 600


def _from_titled_letter(text: str, metadata: dict) -> DocumentIdentity | None:
    """The title's document when the page reproduces it as a letter, addressed on a line of
    its own near the start ("Công văn số 1350-CV/BDVTW về việc triển khai sơ kết …" over
    "Kính gửi: Ban Dân vận các tỉnh ủy …"): a letter speaks for itself, and what its first
    paragraph recalls ("Ngày 20/01/2018, Ban Bí thư đã ban hành Chỉ thị số 21-CT/TW …") is
    background, not the issuing a news lead reports. The title may name what the letter is
    about after the letter ("… sơ kết 05 năm thực hiện Chỉ thị số 21-CT/TW")."""
    if not _SALUTATION.search(text, 0, _SALUTATION_REACH):
        return None
    titled = _title_document(metadata, among_others=True)
    return None if titled is None else _identity_of(titled[0], "metadata")


def _subject_line_letter(text: str) -> DocumentIdentity | None:
    """A page that opens on a letter's subject line, "V/v đẩy mạnh triển khai thực hiện Kế
    hoạch số 24 của Ban Thường vụ Huyện ủy" (blind round MA), is that letter, of no number
    on the page: what it goes on to say it carries out is the letter's act."""
    first = _FIRST_LINE.match(text)
    if first is None or not _SUBJECT_LINE.match(first.group(1)):
        return None
    return _unnumbered_of("công văn")


_FIRST_LINE = re.compile(r"\s*([^\n]*)")
_SUBJECT_LINE = re.compile(r"[*_\s]*V/[Vv][\s.:]")


# A letter's salutation line ("Kính gửi: Ủy ban nhân dân các tỉnh", "Kính gửi các Bộ, cơ
# quan ngang Bộ"), within the first lines of the page.
_SALUTATION = re.compile(r"^[ \t*_]*Kính\s+gửi\b", re.MULTILINE)
_SALUTATION_REACH = 1500


def _from_titled_self(
    text: str, refs: list[Reference], titled: tuple[Reference, str] | None
) -> DocumentIdentity | None:
    """The title's document (`_title_document`) when the text calls itself by that type
    ("Văn bản Hướng dẫn này thay thế …", "Thông tư này hướng dẫn …") and never names its
    number before its first article: a page that reproduces the document (basis
    "metadata"), whose own articles may name it ("Điều 8. … Thông tư số 1/2025/TT-BNV có
    hiệu lực thi hành kể từ ngày ký"). A text that names the number first says what it says
    of it (a news lead, ...), which is read first."""
    if titled is None:
        return None
    ref, noun = titled
    first_article = _FIRST_ARTICLE.search(text)
    before = first_article.start() if first_article else len(text)
    if any(names_number(ref.canonical, r.canonical) for r in refs if r.start < before):
        return None
    this = re.compile(_THIS_TYPE.format(noun=r"\s+".join(noun.split())), re.IGNORECASE)
    return _identity_of(ref, "metadata") if this.search(text) else None


def _from_title(
    titled: tuple[Reference, str] | None, refs: list[Reference]
) -> DocumentIdentity | None:
    """The title's document (`_title_document`) when no lead reports another's issuing:
    a page titled "Nghị định số 100/2025/NĐ-CP sửa đổi, bổ sung …" is about that decree.
    A text that names the number ("Nghị định số 100/2025/NĐ-CP sửa đổi … Nghị định số
    56/2025/NĐ-CP") speaks of the decree as a report does (basis "title"); one that does
    not reproduces it (basis "metadata")."""
    if titled is None:
        return None
    title = titled[0]
    named = next((r for r in refs if names_number(title.canonical, r.canonical)), None)
    if named is None:
        return _identity_of(title, "metadata")
    # the text's mention when the title drops the year ("TOÀN VĂN: Nghị định 150/NĐ-CP …"
    # over a text naming "Nghị định 150/2025/NĐ-CP"): the number in full
    return _identity_of(named if title.year is None else title, "title")


# A lead that opens on what came before tells the background, not the page's own news:
# "Trước đó, Quốc hội đã ban hành Nghị quyết số 202/2025/QH15 …" (the page is about the
# circular its title names).
# ... and so does one that details what came before ("Cụ thể, đối với nhà đất: Tại khoản 1
# Điều 7 Nghị định số 10/2022/NĐ-CP quy định giá … do UBND cấp tỉnh ban hành", news-644)
_BACKGROUND = re.compile(
    r"\W*(?:Trước\s+(?:đó|đây)|Như\s+đã\s+(?:đưa\s+tin|thông\s+tin)|Cụ\s+thể\s*[,:])"
)


# ... unless it says the document was just issued: "Cụ thể, tại Thông tư số 47/2025/TT-BYT do
# Bộ trưởng Bộ Y tế vừa ký ban hành ngày 30/12/2025 đã bãi bỏ …" (an excerpt that opens on the
# page's second paragraph) is the news itself; so is one issued "officially" ("Bộ Giáo dục và
# Đào tạo chính thức ban hành Thông tư số 16/2021/TT-BGDĐT …" after a summary, blind round BR).
_JUST_ISSUED = re.compile(
    r"\b(?:vừa|chính\s+thức)\s+(?:ký\s+)?(?:ban\s+hành|ký|thông\s+qua)\b", re.IGNORECASE
)


def _roundup(text: str, refs: list[Reference], metadata: dict) -> bool:
    """Whether the page's sections (from a heading line to the next) report the issuing of
    two or more numbered documents, each near its section's start ("## Quy chế thi tốt
    nghiệp THPT …\n\nNgày 24/12/2024, Bộ GD&ĐT ban hành Thông tư 24/2024/TT-BGDĐT …", then
    "## Danh mục thiết bị …\n\nNgày 10/1/2025, Bộ GD&ĐT ban hành Thông tư 1/2025/TT-BGDĐT
    …"): a roundup of new rules, which speaks for none of them; its lead names only the
    first. Not when the page's title, or its first line, names one of them ("TOÀN VĂN: Nghị
    quyết số 229/NQ-CP …" over a section on a decree of the same day): the page is that
    one's."""
    heads = [m.start() for m in _HEADING_LINE.finditer(text)]
    issued: set[str] = set()
    for k, head in enumerate(heads):
        end = min(heads[k + 1] if k + 1 < len(heads) else len(text), head + _SECTION_LEAD)
        verb = ISSUE_VERB.search(text, head, end)
        if verb is None:
            continue
        first = next((r for r in refs if verb.end() <= r.start < end and r.kind == "number"), None)
        if (
            first is not None
            and first.canonical
            and _TYPE_BEFORE.search(text[verb.end() : first.start])
        ):
            issued.add(first.canonical)
    if len(issued) < 2:
        return False
    first_line = text[: text.find("\n")] if "\n" in text else text
    titles = fold_number(f"{metadata.get('title') or ''}\n{first_line}")
    return not any(fold_number(n) in titles for n in issued)


def _from_news_lead(text: str, refs: list[Reference]) -> DocumentIdentity | None:
    """The document whose issuing the first sentence of the lead reports, if any. A lead
    that names no document at all (a summary: "Ngoài việc bỏ quyết định công bố dịch, Chính
    phủ còn bãi bỏ nhiều văn bản …"), a headline that reports no issuing (the page may
    repeat it), or a lead that issues nothing and introduces nothing (no closing ":") leaves
    it to the next paragraph ("Chính phủ vừa ban hành Quyết định số 1269/QĐ-TTg …") when that
    one opens as news; a lead that issues nothing may also leave it to the document the next
    paragraph says was issued (`_issued_next`)."""
    lead_start, lead_end = _lead_paragraph(text)
    if _PREAMBLE_LEAD.match(text, lead_start):
        # a text that opens with its basis ("Căn cứ Luật Giáo dục …; Nghị định số
        # 105/2020/NĐ-CP …") is a document's preamble, no news of one it names (blind round AX)
        return None
    found = _from_lead(text, refs, lead_start, lead_end)
    issues = ISSUE_VERB.search(text, lead_start, lead_end) is not None
    # (a lead that ends on ":" introduces what stands under it, the page's own content: "…, UBND
    # xã Bãi Sậy đăng tải bài tuyên truyền sau:" over the article it posts, blind round L)
    introduces = text[lead_start:lead_end].rstrip().endswith(":")
    if (
        found is None
        and lead_end
        and (
            # ("Thực hiện nghị quyết số 110-NQ/TU … ." over "Ngày 12/9/2018, Ban Dân vận Tỉnh
            # ủy đã ban hành Kế hoạch số 62-KH/BDVTU …", blind round MK)
            (not issues and not introduces)
            or not any(lead_start <= r.start < lead_end for r in refs)
            # a headline long enough to pass for a lead: no sentence ends it ("Chương trình hành
            # động thực hiện Nghị quyết 06-NQ/TW … tầm nhìn đến năm 2045" over "Ngày 16/6/2022,
            # Tỉnh ủy Tiền Giang ban hành Chương trình hành động số 22-CTr/TU …", blind round MA)
            or not text[lead_start:lead_end].rstrip().endswith((".", "!", "?", "…", ":"))
        )
    ):
        start, end = _lead_paragraph(text, (".", ":"), start=lead_end + 1)
        if end and text[start:end].strip() == text[lead_start:lead_end].strip():
            # (a headline the page repeats: "CIRCULAR 72/2021/TT-BTC AMENDING …" twice over
            # "On August 17, 2021, the Ministry of Finance issued Circular No. …", round MO)
            start, end = _lead_paragraph(text, (".", ":"), start=end + 1)
        sentence = SENTENCE_END.search(text, start, end)
        if _NEWS_OPENING.match(text, start) or _JUST_ISSUED.search(
            text, start, sentence.end() if sentence else end
        ):
            found = _from_lead(text, refs, start, end)
    if found is None and lead_end and not issues and not introduces:
        found = _issued_next(text, refs, lead_end)
    return found


def _issued_next(text: str, refs: list[Reference], lead_end: int) -> DocumentIdentity | None:
    """The numbered document the paragraph after a lead that issues nothing says was issued
    to carry something out: "Ban Tuyên Giáo Tỉnh ủy hướng dẫn tuyên truyền thực hiện Chỉ thị
    05-CT/TW …." over "Thực hiện Hướng dẫn số 18-HD/BTG TW …, ngày 06-12-2016, Ban Tuyên giáo
    Tỉnh ủy ban hành Hướng dẫn số 13-HD/BTGTU, hướng dẫn …" (blind round MC). Only a document
    named as what the body issued: not the first one the paragraph names."""
    start, end = _lead_paragraph(text, (".", ":"), start=lead_end + 1)
    if not end:
        return None
    first = next((r for r in refs if r.start >= start and r.short_form_of is None), None)
    if first is None or first.start >= end:
        return None
    sentence = SENTENCE_END.search(text, first.end, end)
    issued = _named_as_issued(text, refs, first, start, sentence.end() if sentence else end)
    return None if issued is None else _identity_of(issued, "subject")


# A paragraph that opens as news does, on the day ("Ngày 1/12, Thủ tướng Chính phủ ban hành
# …", "Chiều 7/2, …"): the second paragraph a summary leaves the news to; one that goes on
# from it ("Theo đó, …") or reports what someone said is no lead of its own.
_NEWS_OPENING = re.compile(
    # (after a newspaper's tag, and in English: "(Chinhphu.vn) - On April 14, 2025, General
    # Secretary To Lam … signed and issued Directive No. 45-CT/TW …", blind round MH)
    r"[ \t]*(?:\(\s*[\w.\-]{2,30}\s*\)\s*[-–—]\s*)?"
    r"(?:(?:Ngày|Sáng|Chiều|Tối|Trưa)(?:\s+ngày)?\s+\d{1,2}\s*[/.-]\s*\d{1,2}\b"
    r"|On\s+(?:the\s+(?:morning|afternoon|evening)\s+of\s+)?"
    rf"(?:(?:{'|'.join(EN_MONTH_NAMES)})\s+\d{{1,2}}\b"
    # (or the day first, in figures: "On 19/9/2023, the Provincial People's Committee issued
    # Plan No. 139/KH-UBND …", blind round MV)
    r"|\d{1,2}\s*[/.-]\s*\d{1,2}\b))",
    re.IGNORECASE,
)
NEWS_OPENING_EXAMPLES = (
    "Ngày 1/12, Thủ tướng Chính phủ ban hành Quyết định số 44/2025/QĐ-TTg",
    "(Chinhphu.vn) - On April 14, 2025, General Secretary To Lam signed Directive No. 45-CT/TW",
    "On 19/9/2023, the Provincial People's Committee issued Plan No. 139/KH-UBND",
)


def _from_lead(
    text: str, refs: list[Reference], lead_start: int, lead_end: int
) -> DocumentIdentity | None:
    """`_from_news_lead` on the lead paragraph from `lead_start` to `lead_end`."""
    end = SENTENCE_END.search(text, lead_start, lead_end)
    first_sentence_end = end.end() if end else lead_end
    if _BACKGROUND.match(text, lead_start) and not _JUST_ISSUED.search(
        text, lead_start, first_sentence_end
    ):
        return None
    passive = _issued_in_the_passive(text, refs, lead_start, first_sentence_end)
    if passive is not None:
        return _identity_of(passive, "subject")
    verb = ISSUE_VERB.search(text, lead_start, first_sentence_end)
    first = next(
        (r for r in refs if r.start >= lead_start and r.short_form_of is None),
        None,
    )
    # (the body's "thông qua" ends right before the number; a law passed by name is
    # `_from_named_law`'s)
    if (
        verb is None
        and first is not None
        and first.kind == "number"
        and _PASSED_BY_ASSEMBLY.search(text, lead_start, first.start)
    ):
        return _identity_of(first, "subject")
    if verb is None or first is None:
        return None
    if first.start >= first_sentence_end:
        return _numbered_after(text, refs, verb, lead_start, first_sentence_end)
    issued = _named_as_issued(text, refs, first, lead_start, first_sentence_end)
    if issued is not None:
        return _identity_of(issued, "subject")
    unnumbered_issued = _unnumbered_as_issued(text, refs, first, lead_start, first_sentence_end)
    if unnumbered_issued is not None:
        return unnumbered_issued
    if verb.end() <= first.start:
        unnumbered = _ISSUED_UNNUMBERED.match(text, verb.end(), first.start)
        if unnumbered is not None:
            # what was issued has no number; the number is in its title, what it carries out:
            # the page reports that unnumbered document, or the one it was issued with
            carrier = _issued_with(text, refs, first, first_sentence_end)
            # (not the document it acts on, named again in its title: "issued a Circular to
            # abolish … Circular No. 153/2014/TT-BTC … the Regulation … issued together with
            # Circular No. 153/2014/TT-BTC", blind round MS)
            if carrier is not None and carrier.canonical != first.canonical:
                return _identity_of(carrier, "subject")
            # ... or its number, given where the page goes on to tell the news ("Bộ Nội vụ đã
            # có văn bản hướng dẫn thực hiện Nghị định số 178/2024/NĐ-CP …" over "Ngày 26/4,
            # Bộ Nội vụ ban hành Công văn số 1814/BNV-TCBC …", blind round CR)
            later = _number_given_later(text, refs, unnumbered.group("noun"), first_sentence_end)
            if later is not None:
                return _identity_of(later, "subject")
            return _unnumbered_of(
                unnumbered.group("noun"), _subject_of_verb(text, lead_start, verb.start())
            )
        ordering = _ISSUED_ORDERING.match(text, verb.end(), first.start)
        if ordering is not None and first.type_code not in TYPE_WORDS.get(
            noun_key(ordering.group("noun")), ()
        ):
            return _unnumbered_of(
                ordering.group("noun"), _subject_of_verb(text, lead_start, verb.start())
            )
    acting = _unnumbered_acting(text, lead_start, first.start)
    if acting is not None:
        return acting
    return _identity_of(first, "subject")


def _issued_in_the_passive(text: str, refs: list[Reference], lo: int, hi: int) -> Reference | None:
    """The numbered document a lead's first sentence says was issued, in the passive, right
    before the verb (`_ISSUED_PASSIVE`), when another document opens the sentence."""
    verb = _ISSUED_PASSIVE.search(text, lo, hi)
    if verb is None:
        return None
    before = [r for r in refs if lo <= r.start and r.end <= verb.start() and r.canonical]
    if len(before) < 2 or verb.start() - before[-1].end > _PASSIVE_REACH:
        return None  # (one document before the verb: the lead's first, as any lead reads it)
    if "," in text[before[-1].end : verb.start()]:
        return None  # (a clause between: "…, Resolution No. X, which …")
    # (an alias in brackets right before the verb, "(“Resolution 98”)", has the number of the
    # document it names: either gives the same identity's number)
    return before[-1]


def _numbered_after(
    text: str, refs: list[Reference], verb: re.Match[str], lo: int, hi: int
) -> DocumentIdentity | None:
    """The document a lead reports issued with no number in its first sentence (up to `hi`),
    when the next sentences give its number after an issuing verb: "Prime Minister Pham Minh
    Chinh has just issued an official dispatch requesting …" then "… signed Official Dispatch
    No. 88/CD-TTg dated September 6, 2024 …" (blind round J)."""
    # (`_ISSUED_BARE_TYPE` is `_ISSUED_TYPE` with the bare number allowed: no number, or one
    # without its codes)
    unnumbered = _ISSUED_BARE_TYPE.match(text, verb.end(), hi)
    if unnumbered is None:
        return None
    later = _number_given_later(text, refs, unnumbered.group("noun"), hi)
    if later is not None:
        return _identity_of(later, "subject")
    if unnumbered.group("bare"):
        # ... or only its number without codes: "Phó Thủ tướng Trần Hồng Hà vừa ký ban hành
        # Nghị quyết 147 bãi bỏ một số Nghị quyết …" (blind round MG) reports that resolution
        return _unnumbered_of(unnumbered.group("noun"), _subject_of_verb(text, lo, verb.start()))
    return None


def _number_given_later(text: str, refs: list[Reference], noun: str, hi: int) -> Reference | None:
    """The first document of the type `noun` names that the sentences after `hi` say was
    issued, by its number ("… signed Official Dispatch No. 88/CD-TTg …")."""
    codes = TYPE_WORDS.get(noun_key(noun), ())
    for r in refs:
        if r.start < hi or r.short_form_of is not None:
            continue
        if r.start >= hi + _NUMBER_GIVEN_REACH:
            break
        if r.type_code in codes and (
            _ISSUED_NUMBERED.search(text, max(hi, r.start - 60), r.start)
            or _ISSUED_BY_AFTER.match(text, r.end)
        ):
            return r
    return None


# The issuing verb's object with no number: "has just issued an official dispatch", "vừa ký
# công điện".
# (English names a plan by what it is for first: "issued an action plan", "an implementation
# plan", blind round MD)
_EN_PLAN_KIND = r"(?:\s+(?:action|implementation|work|strategic(?:\s+action)?))?"
_ISSUED_NOUN = rf"(?:\s+(?:a|an|the|một))?(?:\s+new)?{_EN_PLAN_KIND}\s+(?P<noun>{TYPE_NOUNS})\b"
_ISSUED_TYPE = re.compile(_ISSUED_NOUN + _NO_NUMBER_AFTER, re.IGNORECASE)
# The same document named with its number after an issuing verb: "signed Official Dispatch
# No.", "ký Công điện số".
_ISSUED_NUMBERED = re.compile(
    rf"\b(?:{ISSUE_VERBS})(?:\s+(?:a|an|the))?\s+{_TYPE_BEFORE_NUMBER}",
    re.IGNORECASE,
)
_NUMBER_GIVEN_REACH = 800  # the number follows in the lead's next sentences
# ... or named, then said to be issued by its body: "Plan No. 333-KH/TU dated May 7, 2025,
# issued by the Provincial Party Committee, …" (blind round MD), "Kế hoạch số 333-KH/TU ngày
# 7/5/2025 do Tỉnh ủy ban hành"
_ISSUED_BY_AFTER = re.compile(
    r"(?:,?\s+(?:dated|of|ngày)\s+[^;()\n]{4,30}?)?,?\s+(?:(?:issued|promulgated|signed)\s+by"
    r"|(?:đã\s+)?được\s+ban\s+hành|do\s+[^,;.\n]{2,60}?\s(?:ký\s+)?ban\s+hành)\b",
    re.IGNORECASE,
)


def _named_as_issued(
    text: str, refs: list[Reference], first: Reference, lo: int, hi: int
) -> Reference | None:
    """The number the issuing verb names as its object in the lead's first sentence (from
    `lo` to `hi`, its first mention `first`), when that first one is only what the issuing
    carries out: "Thực hiện Chỉ thị số 01-CT/TW …, Ban Tuyên giáo … ban hành Hướng dẫn số
    03-HD/BTGDVTW …" reports the guidance."""
    if not _CARRIED_OUT_BEFORE.search(
        text, max(lo, first.start - _CARRIED_OUT_REACH), first.start
    ) and not _PURPOSE_LEAD.fullmatch(text, lo, first.start):
        return None
    # (each issuing verb in turn: the title of what is carried out may say it issued
    # something first, "Quyết định số 1473/QĐ-TTg … ban hành Kế hoạch triển khai …")
    for verb in ISSUE_VERB.finditer(text, first.end, hi):
        after = next((r for r in refs if r.start >= verb.end() and r.short_form_of is None), None)
        if after is None or after.start >= hi:
            return None
        if _ISSUED_OBJECT.fullmatch(text, verb.end(), after.start) or _NUMBER_IN_BRACKETS.fullmatch(
            text, verb.end(), after.start
        ):
            return after
    return None


def _unnumbered_as_issued(
    text: str, refs: list[Reference], first: Reference, lo: int, hi: int
) -> DocumentIdentity | None:
    """The unnumbered document a lead's first sentence (from `lo` to `hi`) says a body
    issued to carry out its first mention (`_CARRIED_OUT_BEFORE`, or a lead that opens on
    its purpose, `_PURPOSE_LEAD`): "Thực hiện Chỉ thị số 45-CT/TW …, Ban Thường vụ Đảng ủy …
    đã khẩn trương ban hành Kế hoạch số 08 về tổ chức đại hội …" reports the plan (blind
    round O), whose number the page leaves without its codes, not the directive."""
    if not _CARRIED_OUT_BEFORE.search(
        text, max(lo, first.start - _CARRIED_OUT_REACH), first.start
    ) and not _PURPOSE_LEAD.fullmatch(text, lo, first.start):
        return None
    for verb in ISSUE_VERB.finditer(text, first.end, hi):
        issued = _ISSUED_BARE_TYPE.match(text, verb.end(), hi)
        if issued is None:
            continue
        if any(verb.end() <= r.start < issued.end() + 3 for r in refs):
            return None  # the object is numbered: `_named_as_issued`'s
        ident = _unnumbered_of(issued.group("noun"))
        ident.issuer = _issuer_before(text, first.end, verb.start())
        return ident
    return None


def _issuer_before(text: str, lo: int, verb: int) -> str | None:
    """The body named between the last comma before an issuing verb and the verb ("…, Ban
    Thường vụ Đảng ủy các cơ quan Đảng Trung ương đã khẩn trương ban hành"), as written: the
    issuer of what it issues. None when no short name stands there."""
    comma = text.rfind(",", lo, verb)
    if comma == -1:
        return None
    name = _ISSUING_ADVERBS.sub("", text[comma + 1 : verb]).strip()
    words = name.split()
    return name if 2 <= len(words) <= 14 and name[:1].isupper() else None


# What stands between the issuer and the issuing verb: "đã khẩn trương", "vừa", "kịp thời"
_ISSUING_ADVERBS = re.compile(
    r"(?:\s+(?:đã|vừa|mới|đã\s+kịp\s+thời|kịp\s+thời|khẩn\s+trương|nhanh\s+chóng|chính\s+thức))+"
    r"\s*\Z",
    re.IGNORECASE,
)


# An issued document of no full number: its type noun, maybe a bare number without codes
# ("ban hành Kế hoạch số 08 về …"), and no code after.
_ISSUED_BARE_TYPE = re.compile(
    _ISSUED_NOUN + rf"(?P<bare>\s*(?:{NUMBER_SIGNS})?\s*\d{{1,5}}(?![\d/-]))?" + _NO_NUMBER_AFTER,
    re.IGNORECASE,
)


def _issued_with(text: str, refs: list[Reference], first: Reference, hi: int) -> Reference | None:
    """The numbered document an unnumbered one was issued with, later in the lead's first
    sentence (up to `hi`): "Chính phủ ban hành Chương trình hành động thực hiện Nghị quyết
    41-NQ/TW … kèm theo Nghị quyết 66/NQ-CP" reports the resolution that carries the
    programme."""
    return next(
        (
            r
            for r in refs
            if first.end <= r.start < hi
            and r.kind == "number"
            and r.short_form_of is None
            and _WITH_THE_ISSUING.search(text, max(first.end, r.start - 60), r.start)
        ),
        None,
    )


# The words before the document an unnumbered one is issued with ("ban hành kèm theo Nghị
# quyết số", "issued together with Decision No.").
_WITH_THE_ISSUING = re.compile(
    rf"\b(?:kèm\s+theo|(?:issued\s+)?together\s+with|attached\s+to)\s+(?:the\s+)?"
    rf"(?:[^\W\d_]+['’]s\s+)?{_TYPE_BEFORE_NUMBER}",
    re.IGNORECASE,
)


# What opens a lead on the document the news carries out ("Thực hiện Chỉ thị số …", "Triển
# khai Nghị quyết số …", "Căn cứ …"), before the issuing the sentence reports.
_CARRIED_OUT_BEFORE = re.compile(
    # (after a newspaper's tag, "(Baothanhhoa.vn) - Thực hiện Kế hoạch số …", blind round CW)
    rf"(?:(?<![^\n])|(?<=[.(]))[\s*_\"“]*(?:\(\s*[\w.\-]{{2,30}}\s*\)\s*[-–—]\s*)?"
    rf"(?:Thực\s+hiện|Triển\s+khai(?:\s+thực\s+hiện)?|Căn\s+cứ"
    rf"|Để\s+(?:triển\s+khai|thực\s+hiện|cụ\s+thể\s+hóa))\s+"
    # (or the direction given in it: "Thực hiện chỉ đạo của Thủ tướng Chính phủ tại Công điện
    # số 80/CĐ-TTg …, Bộ Tài chính vừa có văn bản số 8400/BTC-QLCS …", blind round BW)
    r"(?:(?:ý\s+kiến\s+)?chỉ\s+đạo\s+của\s+[^,;:.\n\d]{2,60}?\s+tại\s+)?"
    rf"(?:{TYPE_NOUNS})"
    rf"(?:\s+hành\s+động|\s+liên\s+tịch)?\s*(?:{NUMBER_SIGNS})?\s*\Z",
    re.IGNORECASE,
)
_CARRIED_OUT_REACH = 140  # how far before the first mention its carrying-out words open
# ... or the lead opens with a purpose that names it ("Nhằm quy định chi tiết Điều 190 Luật
# Đất đai năm 2024 và thực hiện Nghị quyết số 109/2023/QH15 …, Chính phủ vừa ban hành Nghị
# định số 42/2024/NĐ-CP …", blind round CV)
_PURPOSE_LEAD = re.compile(r"[\s*_\"“]*(?:Nhằm|Để)\s+[^,;:.\n]{0,160}", re.IGNORECASE)
# Between the issuing verb and its object: the type noun and its number sign ("ban hành Hướng
# dẫn số", "ký Kế hoạch hành động số").
# ("vừa có văn bản chỉ đạo số 682-CV/TU": a letter named by what it does)
_ISSUED_OBJECT = re.compile(
    rf"\s+(?:(?:các|một)\s+)?(?:{TYPE_NOUNS})"
    r"(?:\s+hành\s+động|\s+liên\s+tịch|\s+chỉ\s+đạo|\s+hướng\s+dẫn)?"
    rf"\s*(?:{NUMBER_SIGNS})?\s*",
    re.IGNORECASE,
)


# ... or the issued document named, then its number in brackets: "ký ban hành Chương trình hành
# động của các cấp công đoàn (Chương trình số 02/CTr-BCH ngày 20/7/2021)" (blind round ND).
_NUMBER_IN_BRACKETS = re.compile(
    rf"\s+(?:(?:các|một)\s+)?(?:{TYPE_NOUNS})\b{_NO_NUMBER_AFTER}[^()\n.;:\d]{{0,100}}"
    rf"\(\s*(?:{TYPE_NOUNS})(?:\s+hành\s+động)?\s*(?:{NUMBER_SIGNS})?\s*",
    re.IGNORECASE,
)


# A lead whose issued document has no number, and names the one it carries out in its title:
# "Ban Thường vụ Tỉnh ủy vừa ban hành Chương trình hành động thực hiện Nghị quyết số
# 57-NQ/TW" (the programme is issued, not the resolution). Matched from the issuing verb to
# the number; the title's own verb must come before the type noun of the number. Not "ban
# hành Nghị định số 15/2025/NĐ-CP" (the number is the issued document's), nor "ban hành
# Quyết định 1837/QĐ-TTg ban hành Kế hoạch thực hiện Luật …" (a number comes first).
# In a translation: "signed and promulgated the plan to implement Politburo's Resolution No.".
# So does one issued to act on the number: "Chính phủ vừa ban hành Nghị định sửa đổi, bổ sung
# một số điều của Nghị định số 15/2018/NĐ-CP …", "the Minister of Finance issued a Circular to
# abolish two circulars: Circular No. 153/2014/TT-BTC …" (blind round MS): the number is what
# the new document amends, replaces, repeals, withdraws or guides (`_ACTS_ON`), not the news.
# (the acts that change a text; `_ACT_OPENING` opens on these alone)
_CHANGES_TEXT = r"sửa\s+đổi|bổ\s+sung|thay\s+thế|bãi\s+bỏ|thu\s+hồi|hủy\s+bỏ"
_ACTS_ON = (
    rf"{_CHANGES_TEXT}|hướng\s+dẫn"
    r"|quy\s+định\s+chi\s+tiết|(?:to\s+)?(?:amend|replac|repeal|abolish|annul|rescind|guid)"
    r"(?:e|es|ing)?"
)
_ISSUED_UNNUMBERED = re.compile(
    r"(?:\s+and\s+[^\W\d_]+)?(?:\s+(?:the|a|an))?"
    rf"{_EN_PLAN_KIND}\s+(?P<noun>{TYPE_NOUNS})\b"
    # (or only its number without codes, no reference: "Bộ Nội vụ đã ban hành Công văn số 1814
    # nhằm hướng dẫn cụ thể việc triển khai Nghị định 178/2024/NĐ-CP", blind round S)
    rf"(?:\s*(?:{NUMBER_SIGNS})?\s*\d{{1,5}}(?![\d/.,-]\d|[\w/-]))?{_NO_NUMBER_AFTER}"
    # (not a document that tells of a meeting, a proposal or a report about the act: "có công
    # văn thông báo kết luận phiên họp Bộ Chính trị … về sửa đổi, bổ sung các Quy định số …",
    # blind round CP; the letter changes nothing)
    r"(?:(?!thông\s+báo|kết\s+luận|phiên\s+họp|tờ\s+trình|báo\s+cáo|dự\s+thảo)[^\d.;:()\n]){0,80}?"
    r"\b(?:(?:thực\s+hiện|triển\s+khai|thi\s+hành|cụ\s+thể\s+hóa"
    r"|to\s+implement|for\s+implementing|implementing|to\s+carry\s+out)\s+"
    r"(?:(?:có\s+hiệu\s+quả|các|một\s+số|the)\s+)?(?:[^\W\d_]+['’]s\s+)?"
    # (what it acts on may be counted or placed first: "một số điều của", "two circulars:")
    rf"|(?:{_ACTS_ON})\b[^.;()\n/]{{0,40}}?\s)"
    rf"{_TYPE_BEFORE_NUMBER}",
    re.IGNORECASE,
)
# A page whose first line is its title in that shape, the issued one's type noun first and no
# number of its own: "THÔNG TƯ BỔ SUNG, SỬA ĐỔI THÔNG TƯ SỐ 15/2009/TT-BNN NGÀY 17/3/2009 …
# BAN HÀNH DANH MỤC …" (blind rounds MB and NB) is the unnumbered circular that amends 15/2009.
_TITLE_ACTING_ON = re.compile(
    rf"[\s*_\"“-]*(?P<noun>{TYPE_NOUNS})\s+(?:{_ACTS_ON})\b[^.;()\n/]{{0,40}}?\s"
    rf"{_TYPE_BEFORE_NUMBER}",
    re.IGNORECASE,
)
# A body that passed or approved a document of no number, named before the first number:
# "UBND tỉnh vừa thông qua kế hoạch thực hiện Quyết định số 1595/QĐ-TTg …" (blind round NA).
# ("thông qua" is no issuing verb of its own: "thông qua" is also "through")
_PASSED = re.compile(r"\b(?:vừa|đã)\s+(?:thông\s+qua|phê\s+duyệt)(?=\s)", re.IGNORECASE)
# An elected body passing a document issues it: "Ngày 11/12/2025, Quốc hội thông qua Nghị quyết
# 254/2025/QH15 …", "HĐND tỉnh đã biểu quyết thông qua Nghị quyết số …", "Resolution No.
# 98/2023/QH15 was recently passed by the National Assembly" (blind round R). Said of the body
# only: "thông qua" alone is also "through".
_ASSEMBLY = (
    r"(?:Quốc\s+hội|Hội\s+đồng\s+nhân\s+dân|HĐND|Ủy\s+ban\s+Thường\s+vụ\s+Quốc\s+hội|UBTVQH"
    r"|National\s+Assembly|People['’]s\s+Council)"
)
_PASSED_BY_ASSEMBLY = re.compile(
    rf"{_ASSEMBLY}[^.;:\n]{{0,80}}?(?:thông\s+qua|passed|adopted)(?:\s+(?:the|a))?\s+"
    rf"{_TYPE_BEFORE_NUMBER}",
    re.IGNORECASE,
)
# A lead that says in the passive that a document was issued names it right before the verb,
# wherever the sentence opens: "To replace Resolution No. 54/2017/QH14 …, Resolution No.
# 98/2023/QH15 was recently passed by the National Assembly …" (blind round R); not a
# relative clause on another document ("…, which was issued in 2015").
_ISSUED_PASSIVE = re.compile(
    r"(?<!\bwhich\s)(?<!\bthat\s)\b(?:was|were|has\s+been|have\s+been)\s+(?:\w+\s+)?"
    r"(?:issued|promulgated|passed|adopted|signed)\b",
    re.IGNORECASE,
)
_PASSIVE_REACH = 40  # from the number to "was": a date or an alias in brackets between
# ... or the title without its type, opening on the act ("Sửa đổi, bổ sung một số điều của
# Quy định … ban hành kèm theo Thông tư số 13/2020/TT-BGDĐT …", blind round OC), whose type
# the enacting formula gives ("Bộ trưởng … ban hành Thông tư sửa đổi, bổ sung …"); without
# one, the page is still not the number's.
_ACT_OPENING = re.compile(
    # (a change to a text only: "Hướng dẫn thực hiện Nghị định 168/2024 …" heads an
    # explainer's page about that decree)
    rf"[\s*_\"“-]*(?:{_CHANGES_TEXT})\b"
    rf"[^.;()\n/]{{0,250}}?\s{_TYPE_BEFORE_NUMBER}",
    re.IGNORECASE,
)
_ENACTED_ACTING = re.compile(
    rf"\bban\s+hành\s+(?P<noun>{TYPE_NOUNS})\s+(?:{_ACTS_ON})\b", re.IGNORECASE
)
TITLE_ACTING_EXAMPLES = (
    "THÔNG TƯ BỔ SUNG, SỬA ĐỔI THÔNG TƯ SỐ 15/2009/TT-BNN NGÀY 17/3/2009 CỦA BỘ TRƯỞNG",
    "- THÔNG TƯ SỬA ĐỔI, BỔ SUNG THÔNG TƯ SỐ 101/2008/TT-BTC NGÀY 11/11/2008 HƯỚNG DẪN",
    "UBND tỉnh vừa thông qua kế hoạch thực hiện Quyết định số 1595/QĐ-TTg ngày 23/12/2022",
    "Sửa đổi, bổ sung một số điều của Quy định … ban hành kèm theo Thông tư số 13/2020/TT-BGDĐT",
)


def _unnumbered_acting(text: str, lo: int, first: int) -> DocumentIdentity | None:
    """The unnumbered document whose title, between `lo` and the first number at `first`,
    acts on that number (`_TITLE_ACTING_ON`, `_ISSUED_UNNUMBERED` after `_PASSED`, or
    `_ACT_OPENING` typed by `_ENACTED_ACTING`): the number is its object, not the page's
    document. A title that opens on its act with no enacting formula after it gives an
    identity of nothing (the page is not the number's, and says no more)."""
    title = _TITLE_ACTING_ON.match(text, lo, first)
    if title is not None:
        return _unnumbered_of(title.group("noun"))
    passed = _PASSED.search(text, lo, first)
    if passed is not None:
        issued = _ISSUED_UNNUMBERED.match(text, passed.end(), first)
        if issued is not None:
            return _unnumbered_of(issued.group("noun"), _subject_of_verb(text, lo, passed.start()))
    if _ACT_OPENING.match(text, lo, first):
        # a title whose type the page leaves out: the enacting formula after it gives it
        enacted = _ENACTED_ACTING.search(text, first, first + _PREAMBLE_REACH)
        return _unnumbered_of(enacted.group("noun")) if enacted else DocumentIdentity()
    return None


def _from_acting_title(text: str, refs: list[Reference]) -> DocumentIdentity | None:
    """A first line that is the title of an unnumbered document acting on the first number
    (`_unnumbered_acting`), when no lead said otherwise: "- THÔNG TƯ SỬA ĐỔI, BỔ SUNG THÔNG TƯ
    SỐ 101/2008/TT-BTC NGÀY 11/11/2008 HƯỚNG DẪN …" over the circular's articles."""
    first = next((r for r in refs if r.short_form_of is None), None)
    if first is None or not first.canonical:
        return None
    start = len(text) - len(text.lstrip())
    if "\n" in text[start : first.start]:
        return None  # the first number is not on the first line
    acting = _unnumbered_acting(text, start, first.start)
    # (an identity of nothing is left to the steps after: the record's title may number it)
    return acting if acting is not None and acting.basis == "unnumbered" else None


# The issuing verb's object with no number, which orders or conveys an order before the
# first number: "Văn phòng Chính phủ vừa có công văn truyền đạt ý kiến của Thủ tướng Chính
# phủ yêu cầu các Bộ, … thực hiện nghiêm Chỉ thị số 21-CT/TW" reports the letter, of no number
# (blind round BS); the number is what it orders carried out. A number of the same type
# names the issued one after its words ("vừa có Công văn hỏa tốc số 123/BNV-TCBC yêu cầu …").
_ISSUED_ORDERING = re.compile(
    _ISSUED_NOUN + _NO_NUMBER_AFTER + r"[^\d.;:()\n]{0,160}?\b(?:yêu\s+cầu|đề\s+nghị"
    r"|truyền\s+đạt|chỉ\s+đạo|đôn\s+đốc|giao|request(?:s|ing)|ask(?:s|ing)|urg(?:es|ing)"
    r"|direct(?:s|ing)|instruct(?:s|ing))\b[^.;:\n]*\Z",
    re.IGNORECASE,
)
_SHORT_LEAD = 60  # a lead of one sentence is longer than this; a headline has no full stop
# A reader's question a legal Q&A page opens with, signed or not ("Có phải Chính phủ vừa ban
# hành Chương trình hành động …? Có nội dung nào nổi bật? – Quang Dũng (Hải Dương)."): it
# asks, the answer after it is the lead.
_READERS_QUESTION = re.compile(r"\?\s*(?:[–—-]\s*[^\W\d_][^?\n]{1,60})?\s*\Z")


def _lead_paragraph(
    text: str, ends: tuple[str, ...] = (".",), headings: bool = True, start: int = 0
) -> tuple[int, int]:
    """Span of the first paragraph from `start` that can be a news lead: long, or a whole
    sentence ending in a full stop ("Chính phủ ban hành Nghị định số 42/2025/NĐ-CP ngày
    27/02/2025 quy định … của Bộ Y tế."). A headline is short and has no full stop. `ends`
    are the endings a short lead may have; a sentence that opens as news ("Ngày 1/12, Thủ
    tướng Chính phủ ban hành Quyết định số 44/2025/QĐ-TTg bãi bỏ … gồm:") may end on the
    colon of its list. Without `headings`, a heading line ("## …") is no lead."""
    pos = start
    for para in text[start:4000].split("\n"):
        line = para.strip()
        if (
            (headings or not line.startswith("#"))
            and (
                len(line) >= 150
                or (
                    len(line) >= _SHORT_LEAD
                    and (line.endswith(ends) or (line.endswith(":") and _NEWS_OPENING.match(line)))
                )
            )
            and not _READERS_QUESTION.search(line)
        ):
            return pos, pos + len(para)
        pos += len(para) + 1
    return 0, 0


# A page that explains a document without saying it was issued opens its lead with that
# document as the subject of what it does; the page reports on it (basis "subject", as a
# lead that says a body issued it). Each act below with what it reads:
_SUBJECT_ACTS = "|".join(
    (
        r"quy\s+định",  # "Nghị định số 37/2025/NĐ-CP quy định cơ cấu tổ chức của Bộ …"
        r"hướng\s+dẫn",  # "Thông tư 12/2025/TT-BTC hướng dẫn …"
        r"sửa\s+đổi|bổ\s+sung",  # "Nghị định số 235/2025/NĐ-CP của Chính phủ sửa đổi, bổ sung …"
        r"thay\s+thế|bãi\s+bỏ",  # "Thông tư số 9/2025/TT-BYT thay thế Thông tư số …"
        # "Luật Thuế … số 67/2025/QH15 chính thức có hiệu lực từ 01/10/2025"; "Luật …
        # số 80/2025/QH15 (có hiệu lực thi hành từ ngày 01/7/2025) gồm 07 Chương"
        r"có\s+hiệu\s+lực",
        # passed or issued, said of the document: "Luật Đường bộ số 35/2024/QH15 được Quốc
        # hội khóa XV tại Kỳ họp thứ 7 thông qua ngày 27/06/2024"
        r"(?P<passed>được\s+(?:[^,.;:()\n]{1,60}?\s)?(?:thông\s+qua|ban\s+hành))",
    )
)
# The lead opens with the document's type noun and number; a law names itself between
# them, then "số" ("Luật Cán bộ, công chức số 80/2025/QH15"). A news agency's tag may come
# first ("(Chinhphu.vn) - Nghị định số …"). Nothing else: "Theo Nghị định …", "Căn cứ …",
# "Tại Điều 46 Nghị định …", "Khoản 1, Điều 2 Nghị định … quy định" (a provision), "Trong
# đó, Nghị định …" or "Cụ thể, …" open on background or on a part of the document.
# What may open a lead before its subject: a news agency's tag ("(Chinhphu.vn) - "), and
# "Theo đó," opening the body, which goes on from a lead the page does not hold ("Theo đó,
# Thông tư số 36/2024/TT-BYT quy định về …"): the document is still the subject.
_LEAD_OPENS = r"[\s*_\"“]*(?:\(\s*[\w.\-]{2,30}\s*\)\s*[-–—]\s*)?(?:Theo\s+đó\s*,\s*)?"
_SUBJECT_OPENING = re.compile(
    _LEAD_OPENS + rf"(?:Bộ\s+luật|Luật|Pháp\s+lệnh|{TYPE_NOUNS})"
    r"(?:(?:\s+có|(?:\s+[^\W\d_]+,?){1,8})?\s+số\s*:?)?\s*",
    re.IGNORECASE,
)
# What may stand between the number and the verb: a bracket (an alias, "(Thông tư số 05)"),
# the date, the issuing body ("ngày 26/12/2024 của Chính phủ"; not "của Chính phủ về …",
# a title), an adverb ("đã", "chính thức"). The act may open a bracket of its own.
_SUBJECT_ACT = re.compile(
    r"(?:\s*\([^()\n]{1,80}\))?"
    r"(?:\s*,?\s*ngày\s+\d{1,2}(?:[/.\-]\d{1,2}[/.\-]\d{4}|\s+tháng\s+\d{1,2}\s+năm\s+\d{4}))?"
    r"(?:\s+của(?:\s+(?!về\b)[^\W\d_]+){1,8}?)?"
    # what the document says, then its act ("Quyết định 1269/QĐ-TTg nêu rõ, bãi bỏ …")
    r"(?:\s+(?:nêu\s+rõ|nêu|quy\s+định\s+rõ)\s*[,:])?"
    rf"\s*,?\s*\(?\s*(?:(?:đã|cũng|vừa|mới|chính\s+thức)\s+)*(?:{_SUBJECT_ACTS})\b",
    re.IGNORECASE,
)


def _from_subject_lead(
    text: str, refs: list[Reference], dates: list[DateMention], metadata: dict
) -> DocumentIdentity | None:
    """The document the lead opens with as the subject of what it does (`_SUBJECT_OPENING`,
    `_SUBJECT_ACT`), when the page's title names no other document: a page that explains a
    decree ("Nghị định số 37/2025/NĐ-CP quy định cơ cấu tổ chức …") is a report on it. A
    title that names a document keeps winning (`_from_title`, read first)."""
    # the body's first paragraph that is not a heading: a sentence, or a line that opens a
    # list ("… như sau:")
    lead_start, lead_end = _lead_paragraph(text, (".", ":"), headings=False)
    first = next((r for r in refs if r.start >= lead_start and r.short_form_of is None), None)
    if first is None or first.start >= lead_end or not first.canonical:
        return None
    if _SUBJECT_OPENING.fullmatch(text, lead_start, first.start) is None:
        return None
    act = _SUBJECT_ACT.match(text, first.end, lead_end)
    if act is None:
        return None
    title = _text_field(metadata, "title")
    if title and any(
        not names_number(t.canonical, first.canonical) for t in find_references(title)
    ):
        return None  # the title names another document: the page is about that one
    ident = _identity_of(first, "subject")
    if ident.date is None and act.group("passed"):  # "… thông qua ngày 27/06/2024": its day
        day = next((d for d in dates if act.end() <= d.start <= act.end() + 6), None)
        ident.date = day.iso if day else None
    return ident


# A page about a law it names without the number ("14 nội dung trọng tâm của Luật Bảo hiểm
# xã hội", "Những điểm mới của LUẬT TỔ CHỨC CHÍNH PHỦ 2025"): the law is the page's topic,
# numbered from the catalogue (named.py), and the page reports on it as on a numbered
# subject (basis "title"; "subject" when the lead names it as the subject of what it does).
# The title shapes that present the law as the topic: the law named after a word for its
# content and "của"/"trong"/"tại", nothing after it but its year, "(sửa đổi)" or when it
# takes effect.
#   qualify: "14 nội dung trọng tâm của Luật Bảo hiểm xã hội"; "Những điểm mới có tính đột
#     phá của Luật Ban hành văn bản quy phạm pháp luật năm 2025"; "NỘI DUNG CƠ BẢN CỦA LUẬT
#     DỮ LIỆU"; "Những nội dung mới, quan trọng trong LUẬT VIÊN CHỨC (sửa đổi)"; "NHỮNG ĐIỂM
#     MỚI NỔI BẬT của Luật THUẾ THU NHẬP DOANH NGHIỆP có hiệu lực từ 1/10/2025"
#   rejected: the law as background of a question ("Việc ban hành bảng giá đất … theo Luật
#     Đất đai 2024?", "Hỏi đáp về … theo Luật X": a title with "?" or "theo" before the law);
#     a bill ("Tải file Dự thảo Luật …", "Sửa đổi Luật Đất đai: Đề xuất …"); a vote reported
#     ("Quốc hội thông qua Luật Thanh tra (sửa đổi)": the body that passed it acts, as
#     actors.py and the report gold read it); laws in the plural ("2 Luật có hiệu lực …");
#     two laws ("Những điểm mới của Luật A và Luật B"); a title that also names a number.
_TOPIC_BEFORE_LAW = re.compile(
    r"\W*(?:\d+\s+|những\s+|các\s+|một\s+số\s+)?"
    r"(?:điểm\s+mới|nội\s+dung|điểm\s+nhấn|quy\s+định\s+mới|thay\s+đổi)"
    r"(?:(?!\btheo\b)[^?;:\d]){0,40}?\s(?:của|trong|tại)\s+",
    re.IGNORECASE,
)
# After the law's name: its year, "(sửa đổi)" (a revised law, see `_law_named`), when it
# takes effect; in a title and, before its verb, in a lead ("Luật Việc làm năm 2025 quy định").
_LAW_TAIL = re.compile(
    r"(?P<revised>\s*\(\s*sửa\s+đổi\s*\))?\s*(?:(?:năm\s+)?(?:19|20)\d\d(?![\d/]))?"
    r"(?P<revised_after>\s*\(\s*sửa\s+đổi\s*\))?",
    re.IGNORECASE,
)
# a name the page dates: "Luật Việc làm năm 2025", "Luật Đất đai 2024", "Luật … ngày …"
_DATED_NAME = re.compile(r"\s*,?\s*(?:năm\s+|\()?(?:19|20)\d\d(?![\d/])|\s*,?\s*ngày\s+\d", re.I)
_LAW_HEADS = ("luật", "bộ luật", "pháp lệnh", "hiến pháp")
_TITLE_END = re.compile(r"\s*(?:có\s+hiệu\s+lực[^?;]*)?[\s.!]*", re.IGNORECASE)
# a lead that opens with the law: nothing before it but what `_LEAD_OPENS` allows
_LAW_OPENING = re.compile(_LEAD_OPENS, re.IGNORECASE)


def _named_laws(text: str, refs: list[Reference], dates: list[DateMention]) -> list[Reference]:
    """The laws `text` names by name (`find_named`, on copies: it writes names into the
    numbered references it is given)."""
    return [
        r
        for r in find_named(text, [replace(r) for r in refs], dates)
        if r.family == "state" and r.name
    ]


def _topic_in_title(title: str) -> tuple[Reference, bool] | None:
    """The one law a title presents as its topic (`_TOPIC_BEFORE_LAW`) and whether the title
    calls it revised ("(sửa đổi)")."""
    if "?" in title or not any(h in title.lower() for h in _LAW_HEADS) or find_references(title):
        return None
    laws = _named_laws(title, [], find_dates(title))
    if len(laws) != 1:
        return None
    law = laws[0]
    if _TOPIC_BEFORE_LAW.fullmatch(title, 0, law.start) is None:
        return None
    tail = _LAW_TAIL.match(title, law.end)
    if _TITLE_END.fullmatch(title, tail.end()) is None:
        return None
    return law, bool(tail.group("revised") or tail.group("revised_after"))


def _topic_in_lead(
    text: str, refs: list[Reference], dates: list[DateMention]
) -> tuple[Reference, bool] | None:
    """The law the lead opens with as the subject of what it does ("Luật Việc làm năm 2025
    quy định chính sách …"), named without its number (`_from_subject_lead` reads one
    with it), and whether the lead calls it revised."""
    lead_start, lead_end = _lead_paragraph(text, (".", ":"), headings=False)
    lead = text[lead_start:lead_end]
    opening = _LAW_OPENING.match(lead)
    # (the names are looked for only in a lead that opens with a law's head word)
    if not lead[opening.end() :].lower().startswith(_LAW_HEADS):
        return None
    laws = _named_laws(lead, [], [d for d in dates if lead_start <= d.start < lead_end])
    if not laws or laws[0].start != opening.end():
        return None
    law = laws[0]
    tail = _LAW_TAIL.match(lead, law.end)
    if _SUBJECT_ACT.match(lead, tail.end()) is None:
        return None
    return law, bool(tail.group("revised") or tail.group("revised_after"))


def _from_named_law(
    text: str, refs: list[Reference], dates: list[DateMention], metadata: dict
) -> DocumentIdentity | None:
    """The law a page presents as its topic by name alone, in its title (`_topic_in_title`)
    or as its lead's subject (`_topic_in_lead`; the title then names no document, or the
    same law), numbered by the catalogue (`_law_named`); None when the catalogue cannot
    tell which law of that name is meant."""
    title = _text_field(metadata, "title") or ""
    in_title = _topic_in_title(title) if title else None
    in_lead = _topic_in_lead(text, refs, dates)
    if in_lead is not None:
        if in_title is not None and catalogue_key(in_title[0].name or "") != catalogue_key(
            in_lead[0].name or ""
        ):
            in_lead = None  # the title's law is the topic; the lead opens on another
        elif in_title is None and title and (find_references(title) or _named_laws(title, [], [])):
            in_lead = None  # the title names a document of its own
    if in_title is None and in_lead is None:
        return None
    law_ref, revised = in_lead or in_title
    # a year the title gives wins; else the lead's
    year = next((t[0].year for t in (in_title, in_lead) if t is not None and t[0].year), None)
    # the day of a news page: its record's, else its address's
    page_day = iso_day(metadata.get("issued_date")) or published_on(metadata)
    law = _law_named(text, refs, dates, law_ref.name or "", year, revised, page_day)
    if law is None or law.number is None:
        return None
    parsed = parsed_number(law.number)
    if parsed is None:
        return None
    return _identity_of(parsed, "subject" if in_lead is not None else "title")


def _law_named(
    text: str,
    refs: list[Reference],
    dates: list[DateMention],
    name: str,
    year: int | None,
    revised: bool,
    page_date: str | None,
) -> Law | None:
    """The law of the catalogue a page means by `name`. A year picks the law of that year
    (`Catalogue.resolve`). Without one, the page tells: the laws of that name it numbers
    ("Luật Bảo hiểm xã hội số 41/2024/QH15") or names with a year ("Luật Việc làm năm
    2025"), when that is one law; when it names none, the catalogue's own reading of an
    undated name (one law of that name, or the one passed before the page's date). A revised
    law ("Luật Viên chức (sửa đổi)") without a year is a law the catalogue may not hold
    yet: only the page's own naming tells. Several laws of that name on the page (the new
    one and the old one it replaces), with no date of the page to choose between them,
    leave the page unidentified."""
    cat = catalogue()
    if year is not None:
        return cat.resolve(name, None, year, page_date)
    key = catalogue_key(name)
    on_page: dict[str, Law] = {}
    for r in refs:
        law = cat.by_number.get(r.canonical or "")
        if law is not None and catalogue_key(law.name) == key:
            on_page[law.number or ""] = law
    for r in _named_laws(text, refs, dates):
        # (a name the catalogue dated by itself, "Luật Bảo hiểm xã hội hiện hành", is not
        # one the page dates)
        if r.canonical and _DATED_NAME.match(text, r.end) and catalogue_key(r.name or "") == key:
            law = cat.by_number.get(r.canonical)
            if law is not None:
                on_page[r.canonical] = law
    if len(on_page) == 1:
        return next(iter(on_page.values()))
    if revised:
        return None
    if on_page:  # the page names several: its date may choose among them
        law = cat.resolve(name, None, None, page_date) if page_date else None
        return law if law is not None and law.number in on_page else None
    return cat.resolve(name, None, None, page_date)


def _unnumbered_lead(text: str) -> DocumentIdentity | None:
    m = _UNNUMBERED_LEAD.match(text)
    if m is not None:
        return _unnumbered_of(m.group("noun"), _lead_issuer(text, m.end()))
    return _signed_lead(text)


def _issued_as_follows(text: str, refs: list[Reference]) -> DocumentIdentity | None:
    """A text of no number whose first paragraph says who issues it, after what it carries
    out or rests on: "Căn cứ Chỉ thị số 01-CT/TW …, Ban Tuyên giáo Trung ương xây dựng Kế
    hoạch tổ chức Hội nghị … như sau:" (blind round CS), "Thực hiện Hướng dẫn số 136-HD/BTGTU
    …, Ban Tuyên giáo Huyện ủy hướng dẫn tuyên truyền … như sau:" (DO), "Nhằm đạt được mục
    tiêu, nhiệm vụ Nghị quyết số 66-NQ/TW …, UBND tỉnh đề nghị các sở … thực hiện các nhiệm vụ
    sau đây:" (MA). The body named last before the verb, after the clause's comma, issues it;
    its type is the one the verb's object names, a guidance when the verb is "hướng dẫn", and
    none the page gives when the body asks or directs. Only the first such opening
    counts: a plan's later "Thực hiện …" paragraphs are its tasks. A page that names a
    document between its title line and that paragraph has told its news before it (blind
    round CW: "Tỉnh ủy Quảng Ngãi ban hành Kế hoạch 359-KH/TU …" over the plan's opening)."""
    opening = _OPENING_CLAUSE.search(text, 0, _OPENING_REACH)
    title_end = text.find("\n")
    if opening is None or any(title_end < r.start < opening.start() for r in refs):
        return None
    blank = _BLANK_LINE.search(text, opening.end())
    close = _AS_FOLLOWS.search(text, opening.end(), blank.start() if blank else len(text))
    if close is None:
        return None
    # (the verb nearest the close: an earlier one may stand in a title the clause names,
    # "… đổi mới công tác xây dựng và thi hành pháp luật …")
    lo = max(opening.end(), close.start() - _VERB_TO_CLOSE)
    for verb in reversed(list(_ISSUING_OR_ASKING.finditer(text, lo, close.start()))):
        if _SENTENCE_STOP.search(text, verb.end(), close.start()):
            break
        span = _subject_span(text, opening.end(), verb.start())
        if span is None or not text[opening.end() : span[0]].rstrip().endswith((",", ";")):
            continue
        issuer = text[span[0] : span[1]]
        if verb.group("orders"):  # a letter or a direction, of no type the page gives
            return _unnumbered_of("văn bản", issuer)
        noun = verb.group("noun") or (
            "Hướng dẫn" if noun_key(verb.group("verb")) == noun_key("hướng dẫn") else None
        )
        return None if noun is None else _unnumbered_of(noun, issuer)
    return None


# The first paragraph of a plan or a guidance, opening on what it carries out or rests on
_OPENING_CLAUSE = re.compile(
    r"^[ \t*_\"“]*(?:Thực\s+hiện|Triển\s+khai|Căn\s+cứ|Để|Nhằm)\s", re.MULTILINE
)
_OPENING_REACH = 2500
_BLANK_LINE = re.compile(r"\n[ \t]*\n")
# "như sau:" that closes the sentence that issues the text ("xây dựng Kế hoạch … như sau:",
# "hướng dẫn tuyên truyền như sau:"), the body's verb before it, and what it issues (no
# number after it)
_AS_FOLLOWS = re.compile(r"\b(?:như\s+sau|sau\s+đây)\s*:", re.IGNORECASE)
_VERB_TO_CLOSE = 300
_ISSUING_OR_ASKING = re.compile(
    r"(?<=\s)(?P<verb>xây\s+dựng|ban\s+hành|hướng\s+dẫn|(?P<orders>yêu\s+cầu|đề\s+nghị|chỉ\s+đạo))"
    rf"\s+(?:(?P<noun>{TYPE_NOUNS})\b{_NO_NUMBER_AFTER})?",
    re.IGNORECASE,
)
_SENTENCE_STOP = re.compile(r"[.:;]")


def _signed_lead(text: str) -> DocumentIdentity | None:
    """A page that opens on its document of no number and who signed it: "Kế hoạch do Phó Chủ
    tịch UBND tỉnh Lê Trường Sơn ký ban hành, yêu cầu …" (blind round CO) is that plan,
    issued by the body whose office signed it."""
    m = _SIGNED_BY.match(text)
    if m is None:
        return None
    window = text[m.end() : m.end() + _ISSUER_REACH]
    found = find_bodies(window)
    if not found or not _OFFICE.fullmatch(window, 0, found[0][0]):
        return None
    start, end, _ = found[0]
    if not _SIGNED_AFTER.match(window, end):
        return None
    return _unnumbered_of(m.group("noun"), window[start:end])


_SIGNED_BY = re.compile(
    rf"^\W*(?P<noun>{TYPE_NOUNS})\b{_NO_NUMBER_AFTER}\s+(?:này\s+)?do\s+",
    re.IGNORECASE,
)
# the signer's office before the body ("Phó Chủ tịch UBND tỉnh"), and the signer's name and
# the signing after it ("… Lê Trường Sơn ký ban hành")
_OFFICE = re.compile(
    r"(?:(?:Phó\s+)?(?:Chủ\s+tịch|Bí\s+thư|Giám\s+đốc|Bộ\s+trưởng|Thủ\s+trưởng|Trưởng\s+ban)"
    r"(?:\s+Thường\s+trực)?\s+)?",
    re.IGNORECASE,
)
_SIGNED_AFTER = re.compile(
    rf"(?:\s+(?-i:[{VI_UPPER}])[^\W\d_]*){{0,4}}\s+(?:đã\s+|vừa\s+)?(?:ký(?:\s+ban\s+hành)?|ban\s+hành)\b",
    re.IGNORECASE,
)


def _lead_issuer(text: str, pos: int) -> str | None:
    """The body the document a page opens on ("Theo kế hoạch", up to `pos`) is from, as
    written: named with "của" ("Theo thông báo của UBND tỉnh vừa được ban hành, …"), or after
    the comma as the one who orders or issues ("Theo kế hoạch, Ban Thường vụ Tỉnh uỷ yêu cầu
    …", "Under the plan, the provincial People's Committee requests …"). Not a body the
    document assigns a task ("Theo kế hoạch, Sở Y tế chủ trì …")."""
    of = _OF.match(text, pos)
    after = of or _COMMA.match(text, pos)
    if after is None:
        return None
    window = text[after.end() : after.end() + _ISSUER_REACH]
    found = find_bodies(window)
    if not found or found[0][0] > len("the "):  # (a translation's "the" may stand first)
        return None
    start, end, _ = found[0]
    if of is None and not _ISSUING_NEXT.match(window, end):
        return None
    return window[start:end]


_OF = re.compile(r"\s+(?:của|of)\s+", re.IGNORECASE)
_COMMA = re.compile(r"\s*,\s*")
_ISSUER_REACH = 120
# What the issuer of the page's document does right after its name ("Ban Thường vụ Tỉnh uỷ
# yêu cầu", "UBND tỉnh vừa ban hành", "the Ministry requests")
_ISSUING_NEXT = re.compile(
    r"\s+(?:(?:đã|vừa|has|have)\s+)?(?:yêu\s+cầu|đề\s+nghị|chỉ\s+đạo|giao|ban\s+hành"
    r"|request(?:s|ed)?|require(?:s|d)?|ask(?:s|ed)?|direct(?:s|ed)?|assign(?:s|ed)?)\b",
    re.IGNORECASE,
)


def _unnumbered_of(noun: str, issuer: str | None = None) -> DocumentIdentity:
    """An unnumbered document of the type `noun` names ("Kế hoạch", "plan"), issued by the
    body `issuer` names, if known."""
    types = TYPE_WORDS.get(noun_key(noun), ())
    ident = DocumentIdentity(
        type_code=types[0] if types else None, issuer=issuer, basis="unnumbered"
    )
    _fill_type_name(ident)
    return ident


# A document of no number whose type only one body issues: "Nghị định này có hiệu lực …" on
# a page that never gives its number is the Government's.
_ISSUER_OF_TYPE = {"NĐ": "Chính phủ"}
# How far before an issuing verb its subject may end: a person's name and adverbs stand
# between ("Thủ tướng Chính phủ Phạm Minh Chính vừa ký", "UBND tỉnh đã khẩn trương ban hành")
_SUBJECT_GAP = re.compile(r"[^,.;:()\n\d]{0,40}\Z")


def _issued_before_numbers(text: str, refs: list[Reference]) -> DocumentIdentity | None:
    """A page that, before it names any document by number, says a body issued a document
    of a type it gives no number: "Based on this proposal, the Government has promulgated
    the decree to abolish several Government decrees …" (blind round CC) reports that
    document, issued by that body."""
    first = next((r for r in refs if r.kind == "number"), None)
    hi = first.start if first is not None else min(len(text), _ISSUED_BEFORE_REACH)
    for verb in ISSUE_VERB.finditer(text, 0, hi):
        issued = _ISSUED_TYPE.match(text, verb.end())  # (the number after it seen too)
        if issued is None or issued.end() > hi:
            continue
        # (the body opens its clause: "Tổng Thư ký Quốc hội vừa có văn bản …" is a person's
        # letter, news-572)
        lo = max(text.rfind(ch, 0, verb.start()) for ch in ("\n", ". ", ",")) + 1
        span = _subject_span(text, lo, verb.start())
        if span is not None and _CLAUSE_OPENS_ON.fullmatch(text, lo, span[0]):
            return _unnumbered_of(issued.group("noun"), text[span[0] : span[1]])
    return None


_ISSUED_BEFORE_REACH = 1500  # how far a page without a number is read for such a sentence
_CLAUSE_OPENS_ON = re.compile(r"\s*(?:the\s+)?", re.IGNORECASE)


def _subject_of_verb(text: str, lo: int, verb: int) -> str | None:
    """The body named last before the issuing verb at `verb` (from `lo`), as written, when
    only a person's name or adverbs stand between: the issuer of what the verb issues
    ("Ban Thường vụ Tỉnh ủy vừa ban hành Chương trình hành động …")."""
    span = _subject_span(text, lo, verb)
    return None if span is None else text[span[0] : span[1]]


def _subject_span(text: str, lo: int, verb: int) -> tuple[int, int] | None:
    """Where the body `_subject_of_verb` gives stands in `text`."""
    found = find_bodies(text[lo:verb])
    if not found:
        return None
    start, end, _ = found[-1]
    if not _SUBJECT_GAP.match(text, lo + end, verb):
        return None
    return lo + start, lo + end


def _unnumbered_legal_text(text: str) -> DocumentIdentity | None:
    """A legal text whose number the page leaves out (`_OPENING_TYPE`, `_BASIS_LINE`)."""
    m = _OPENING_TYPE.match(text)
    basis = _BASIS_LINE.search(text, m.end(), m.end() + _PREAMBLE_REACH) if m else None
    if m is None or basis is None:
        return None
    title = _SPACES.sub(" ", m.group(1))
    code = _JOINT_TITLES.get(title) or _TITLES[title]
    issuer = _enacting_authority(text[m.end() : basis.start()]) or _promulgator(text, basis.end())
    ident = DocumentIdentity(type_code=code, issuer=issuer, basis="unnumbered")
    _fill_type_name(ident)
    return ident


# ... or one whose type line the page leaves out or buries under a site's own lines ("Sign
# In\n\nNGHỊ QUYẾT …", "THE PRIME MINISTER\nPursuant to …"): a preamble near the top, then
# the enacting word on a line of its own and the first article (blind rounds MM and OD).
_ENACTING = re.compile(
    r"^[ \t]*(?P<word>QUYẾT\s+ĐỊNH|QUYẾT\s+NGHỊ|(?:HEREBY\s+)?DECIDES?|RESOLVES?)[ \t]*:[ \t]*\n"
    r"\s*(?:Điều|Article)\s+1\b",
    re.MULTILINE | re.IGNORECASE,
)
_ENACTED_TYPES = {"quyết nghị": "NQ", "resolve": "NQ", "resolves": "NQ"}  # else a decision
ENACTED_EXAMPLES = (
    ("THE PRIME MINISTER\nPursuant to the Law on Organization of the Government;\nDECIDES:\n"
     "Article 1.- To amend Article 1 of Decision No. 141/2000/QD-TTg.", "QĐ"),
    ("Sign In\n\nNGHỊ QUYẾT\n\nVề việc bãi bỏ …\n\nCăn cứ Luật Tổ chức chính quyền địa "
     "phương;\n\nQUYẾT NGHỊ:\n\nĐiều 1. Bãi bỏ Điểm a Khoản 2 Điều 1 Nghị quyết số "
     "26/2016/NQ-HĐND.", "NQ"),
)  # fmt: skip


def _unnumbered_enacted(text: str) -> DocumentIdentity | None:
    """A legal text of no number whose preamble (`_BASIS_LINE`, within `_PREAMBLE_REACH`)
    comes before its enacting word and first article (`_ENACTING`): its type is the one the
    word enacts."""
    basis = _BASIS_LINE.search(text, 0, _PREAMBLE_REACH)
    if basis is None:
        return None
    enacting = _ENACTING.search(text, basis.end())
    if enacting is None:
        return None
    word = _SPACES.sub(" ", enacting.group("word")).lower()
    ident = DocumentIdentity(type_code=_ENACTED_TYPES.get(word, "QĐ"), basis="unnumbered")
    ident.issuer = _enacting_authority(text[: basis.start()])
    _fill_type_name(ident)
    return ident


def _enacting_authority(head: str) -> str | None:
    """The body on the last line in capitals, under a legal text's title and above its
    basis lines, that names one: the authority that enacts it ("NGHỊ QUYẾT\nVỀ CHÍNH SÁCH …
    \nHỘI ĐỒNG NHÂN DÂN TỈNH SƠN LA\nKHOÁ XII, KỲ HỌP …\nCăn cứ …", blind round CL), not a
    body its title names."""
    lines = [line.strip() for line in head.splitlines() if line.strip()]
    for line in reversed(lines[1:]):  # (the first is the title's)
        if line != line.upper():
            continue
        found = find_bodies(line)
        if found:
            start, end, _ = found[0]
            return line[start:end]
    return None


def _promulgator(text: str, pos: int) -> str | None:
    """The body of the line that closes a preamble by enacting the text, between its basis
    lines and its first article: "Bộ trưởng Bộ Tư pháp ban hành Thông tư …", "Chính phủ ban
    hành Nghị định …", "The Minister of Justice promulgates the Circular …" (blind round CT)."""
    first_article = _FIRST_ARTICLE_ANY.search(text, pos)
    end = first_article.start() if first_article else min(len(text), pos + _PREAMBLE_REACH)
    for line in _PROMULGATING_LINE.finditer(text, pos, end):
        found = find_bodies(line.group("who"))
        if found:
            return found[-1][2].name
    return None


# A preamble's closing line: (a proposal's clause, then) who enacts, and the verb. Not a basis
# line, whose law may hold the verb ("Căn cứ Luật Ban hành văn bản quy phạm pháp luật …").
_PROMULGATING_LINE = re.compile(
    rf"^[ \t]*(?!{_BULLET}{_BASIS_WORDS}\b)"
    r"(?:(?:Theo\s+đề\s+nghị|At\s+the\s+proposal|At\s+the\s+request)[^,\n]*,\s*)?"
    r"(?P<who>[^\n,;:]{3,120}?)\s+(?:ban\s+hành|(?:hereby\s+)?(?:promulgates?|issues?))\b",
    re.MULTILINE | re.IGNORECASE,
)
_FIRST_ARTICLE_ANY = re.compile(r"^[ \t#*]*(?:Điều|Article)\s+1\s*[.:]", re.MULTILINE)


def _unnumbered_in_force(text: str, refs: list[Reference]) -> DocumentIdentity | None:
    """A page that calls itself "<kind> này" where it says when it takes effect
    (`_IN_FORCE_AS_THIS`), names no numbered document of that kind before, and none after as
    the source of what it goes on to tell (`_TOLD_IN`: "Tại Thông tư 02/2025/TT-BYT, Bộ Y tế
    nêu rõ, …" names the page's own)."""
    m = _IN_FORCE_AS_THIS.search(text)
    if m is None:
        return None
    codes = TYPE_WORDS.get(noun_key(m.group("noun")), ())
    for r in refs:
        if not r.canonical or r.type_code not in codes:
            continue
        if r.start < m.start():
            return None
        told = _TOLD_IN.match(text, text.rfind("\n", 0, r.start) + 1)
        if told is not None and told.end() >= r.start:
            return None
    ident = DocumentIdentity(type_code=codes[0] if codes else None, basis="unnumbered")
    _fill_type_name(ident)
    return ident


def _fill_type_name(ident: DocumentIdentity) -> None:
    info = type_info(ident.type_code)
    ident.type_name = info.vi if info else None


def _urls(text: str) -> list[str]:
    """`_URL.findall(text)`. Every match holds "http" or ".vn", and most texts hold neither:
    they are not scanned (the pattern is tried at every letter of a text, and that scan
    was a third of the time `identify` took over the real corpus)."""
    if "http" not in text and ".vn" not in text:
        return []
    return _URL.findall(text)


def _province_of(ident: DocumentIdentity, text: str, metadata: dict) -> str | None:
    if ident.issuer:
        found = places.province_of_issuer(ident.issuer)
        if found:
            return found
    for key in ("source_url", "url"):
        if isinstance(metadata.get(key), str) and (
            found := places.province_from_url(metadata[key])
        ):
            return found
    if ident.basis == "header":
        info = issuer_info(ident.issuer_code)
        central = ident.level == "central" or (info is not None and info.level == "central")
        if central:
            return None
        if ident.place and (found := places.normalise_name(ident.place)):
            return found
        # A district's header names the district only; its text names the province.
    for url in _urls(text):
        if found := places.province_from_url(url):
            return found
    counts = Counter(name for _, _, name in places.find_province_mentions(text))
    return counts.most_common(1)[0][0] if counts else None
