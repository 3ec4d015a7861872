"""Read a text's own identity: the `identify` verb.

An administrative document states its identity in its header: the issuing body on the
left, `Số: 2579/QĐ-UBND` under it, `Cần Thơ, ngày 21 tháng 11 năm 2025` on the right,
then the title (`QUYẾT ĐỊNH`). A news report has no header; it is about a document when
its lead says that a body issued one. Anything else gets no number: the identity never
borrows a number the text only cites.
"""

from __future__ import annotations

import re
from collections import Counter

from . import places
from .codes import issuer_info, type_info
from .model import DateMention, DocumentIdentity, Reference
from .sentences import SENTENCE_END
from .vocabulary import ISSUE_VERBS, NUMBER_SIGNS, TYPE_NOUNS, TYPE_WORDS

HEADER_CHARS = 1500
# Hard-wrapped bodies put "số" at the start of lines too ("Luật\nsố 31/2013/QH13"): the
# label of the document's own number is capitalised and comes before the body starts.
_NUMBER_LABEL = re.compile(r"(?:^|\n)[ \t]*(?:Số|SỐ)[ \t]*:?\s*$")
_BODY_START = re.compile(r"\n\s*(?:Kính\s+gửi|Căn\s+cứ|Thực\s+hiện|Theo\s+đề\s+nghị)")
_PLACE_BEFORE_DATE = re.compile(
    r"(?P<place>[^\n,;:.()\d]{2,40}(?:\n[^\n,;:.()\d]{1,25})?)\s*,?\s*(?:ngày|NGÀY|Ngày)\s*$"
)
# An annex names the document it belongs to: "(Kèm theo Công văn số 174/CV-BCĐ ngày ...)".
_ANNEX_OF = re.compile(r"\(\s*(?:[Kk]èm|[Bb]an\s+hành\s+kèm)\s+theo\s+[^()\d]{0,40}?(?:số\s*)?$")
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
}
_TITLE_LINE = re.compile(
    r"^[ \t]*("
    + "|".join(t.replace(" ", r"\s+") for t in sorted(_TITLES, key=len, reverse=True))
    + r")[ \t]*$",
    re.MULTILINE,
)
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
_UNNUMBERED_LEAD = re.compile(
    rf"^\W*(?:According\s+to|Under|Theo|Согласно|Відповідно\s+до|De\s+acordo\s+com)\s+(?:the\s+|o\s+|a\s+)?"
    rf"(?P<noun>{TYPE_NOUNS})\b(?!\s*(?:{NUMBER_SIGNS})?\s*\d)",
    re.IGNORECASE,
)
_ISSUE_VERB = re.compile(ISSUE_VERBS, re.IGNORECASE)
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
    if ident.number is None:
        annexed = _from_annex(text, refs)
        if annexed is not None:
            ident = annexed
    if ident.number is None and ident.issuer is None:
        ident = _from_news_lead(text, refs) or _unnumbered_lead(text) or ident
    ident.province = ident.province or _province_of(ident, text, metadata)
    return ident


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
            and _NUMBER_LABEL.search(text, max(0, r.start - 20), r.start)
        ),
        None,
    )
    for d in dates:
        if d.start >= head_end:
            break
        m = _PLACE_BEFORE_DATE.search(text, max(0, d.start - 70), d.start)
        if m and (own is None or d.start > own.start):
            ident.date = d.iso
            ident.place = _SPACES.sub(" ", m.group("place")).strip()
            break
    ident.issuer = _issuer_block(text)
    title = _TITLE_LINE.search(text, own.end if own else 0, head_end)
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


def _from_annex(text: str, refs: list[Reference]) -> DocumentIdentity | None:
    for r in refs:
        if r.short_form_of is None and _ANNEX_OF.search(text, max(0, r.start - 60), r.start):
            return _identity_of(r, "annex")
    return None


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


def _issuer_block(text: str) -> str | None:
    """The issuing body: the header lines above the national motto or the Party's name."""
    m = _MOTTO.search(text, 0, 600)
    if m is None or m.start() == 0:
        return None
    lines = [ln.strip() for ln in text[: m.start()].splitlines()]
    words = " ".join(ln for ln in lines if ln and not _RULE_LINE.match(ln))
    return _SPACES.sub(" ", words).strip() or None


def _level(ident: DocumentIdentity, own: Reference | None) -> str | None:
    if ident.issuer:  # the last tier named is the issuer's own: "ĐẢNG BỘ TỈNH X HUYỆN ỦY Y"
        found = list(_LEVEL_WORDS.finditer(ident.issuer))
        if found:
            return found[-1].lastgroup
    return own.level if own else None


def _from_news_lead(text: str, refs: list[Reference]) -> DocumentIdentity | None:
    """The document whose issuing the first sentence of the lead reports, if any."""
    lead_start, lead_end = _lead_paragraph(text)
    end = SENTENCE_END.search(text, lead_start, lead_end)
    first_sentence_end = end.end() if end else lead_end
    for r in refs:
        if r.start < lead_start or r.short_form_of is not None:
            continue
        if r.start >= first_sentence_end:
            break
        if _ISSUE_VERB.search(text, lead_start, first_sentence_end):
            return _identity_of(r, "subject")
    return None


def _lead_paragraph(text: str) -> tuple[int, int]:
    """Span of the first paragraph long enough to be a news lead (not a headline)."""
    pos = 0
    for para in text[:4000].split("\n"):
        if len(para.strip()) >= 150:
            return pos, pos + len(para)
        pos += len(para) + 1
    return 0, 0


def _unnumbered_lead(text: str) -> DocumentIdentity | None:
    m = _UNNUMBERED_LEAD.match(text)
    if m is None:
        return None
    types = TYPE_WORDS.get(_SPACES.sub(" ", m.group("noun").lower()), ())
    ident = DocumentIdentity(type_code=types[0] if types else None, basis="unnumbered")
    _fill_type_name(ident)
    return ident


def _fill_type_name(ident: DocumentIdentity) -> None:
    info = type_info(ident.type_code)
    ident.type_name = info.vi if info else None


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
    for url in _URL.findall(text):
        if found := places.province_from_url(url):
            return found
    counts = Counter(name for _, _, name in places.find_province_mentions(text))
    return counts.most_common(1)[0][0] if counts else None
