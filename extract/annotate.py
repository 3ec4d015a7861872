"""Add what the words around a reference say: its date, its quoted title, short forms.

Dates are given to a reference when the text ties them to it:
- right after it, joined only by a connector (`ngày`, `dated`, `від`, `от`, `de`, `,`);
- right before it in Japanese (`2021年7月30日付…第23-QD/TW号`);
- shared by a list (`Decision No. 217-QD/TW and Decision No. 218-QD/TW dated ...`);
- the one date of a sentence that says the document was issued (`22 лютого 2024 року ...
  опублікував документ № 1470-CV/TU`).
Anything looser (`có hiệu lực từ ngày ...`, the effective date) is left alone. A date
belongs to one reference only: in "Kế hoạch số A ngày D thực hiện Chỉ thị số B", D dates
A and never B. A year written right after a number belongs to it ("06-HD/TW năm 2025").
A date tied to a number whose written year it contradicts (`59/2023/NĐ-CP ngày
14/8/2022`) is kept out of the reference and noted in `date_warning`: a misprint, not
another document.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from .dates import find_dates
from .model import DateMention, Reference
from .scopes import ISSUE_VERB
from .sentences import sentence_bounds
from .vocabulary import LIST_JOINERS, NUMBER_SIGNS, TYPE_NOUNS

_AFTER_GAP = re.compile(
    r"[\s,(:]*(?:(?:được\s+)?ban\s+hành\s+|issued\s+|promulgated\s+|signed\s+)?"
    r"(?:ngày|dated|of|on|від|от|de|do|da|em)?[\s:]*",
    re.IGNORECASE,
)
# Japanese writes the date before the document ("2021年7月30日付政治局決定第23-QD/TW号"); the
# gap holds no Latin or Cyrillic word, so "ngày 01/3/2022 thực hiện Chỉ thị số" never fits.
_BEFORE_GAP_JA = re.compile(
    r"\s*付?[^、。「」『』;；\n\dA-Za-z\u00c0-\u024f\u1e00-\u1effЀ-ӿ]{0,25}"
)
# A year written right after the number: "06-HD/TW năm 2025", not a range ("năm 2021-2025").
_YEAR_AFTER = re.compile(
    r"[\s,]*(?:năm|of|in|року|года|de)\s+(?P<year>(?:19[4-9]|20\d)\d)(?!\d|\s*[-–/]\s*\d)",
    re.IGNORECASE,
)
_LIST_GAP = re.compile(
    rf"\s*(?:{LIST_JOINERS})\s*(?:(?:{TYPE_NOUNS})\s*)?(?:{NUMBER_SIGNS})?\s*", re.IGNORECASE
)
_QUOTES = {"«": "»", "“": "”", '"': '"', "「": "」", "『": "』", "„": "“"}
# (the first opening quote after a reference is looked for by the engine, not a character at
# a time in Python: it is asked for every reference)
_QUOTE_OPENING = re.compile("[" + "".join(map(re.escape, _QUOTES)) + "]")
_TITLE_GAP = re.compile(
    r"[\s,:]*(?:року|года|г\.|р\.|号|付)?[\s,:]*(?:về việc|về|on|про|о|sobre)?\s*", re.IGNORECASE
)
_MAX_AFTER = 40
_SENTENCE_REACH = 600
_LONGEST_DATE = 40  # characters; "ngày 30 tháng 7 năm 2021" with line breaks inside
_MAX_TITLE = 400


class _Dates:
    """The dates of a text in order, with lookups by position (texts can hold thousands)."""

    def __init__(self, dates: list[DateMention]) -> None:
        self.dates = dates
        self.starts = [d.start for d in dates]

    def next_at(self, pos: int) -> DateMention | None:
        i = bisect_left(self.starts, pos)
        return self.dates[i] if i < len(self.dates) else None

    def starting_in(self, lo: int, hi: int) -> list[DateMention]:
        return self.dates[bisect_left(self.starts, lo) : bisect_left(self.starts, hi)]


def annotate(
    text: str, refs: list[Reference], dates: list[DateMention] | None = None
) -> list[Reference]:
    """`refs` with `date`, `year` (when the number has none) and `title` filled in, in place."""
    if not refs:
        return refs
    index = _Dates(find_dates(text) if dates is None else dates)
    out = refs
    claimed = _dates_after(text, out, index)
    claimed |= _dates_before_ja(text, out, index, claimed)
    _dates_shared_by_list(text, out)
    _dates_of_issue_sentences(text, out, index, claimed)
    for r in out:
        if r.year is None and r.date:
            r.year = int(r.date[:4])
        if r.year is None and r.date is None:
            r.year = _year_after(text, r)
        r.title = _title_after(text, r, index)
    return out


def _year_after(text: str, r: Reference) -> int | None:
    m = _YEAR_AFTER.match(text, r.end, r.end + 20)
    return int(m.group("year")) if m else None


def _dates_after(text: str, refs: list[Reference], dates: _Dates) -> set[int]:
    claimed: set[int] = set()
    for i, r in enumerate(refs):
        d = dates.next_at(r.end)
        if d is None or d.start - r.end > _MAX_AFTER:
            continue
        if i + 1 < len(refs) and refs[i + 1].start < d.start:
            continue
        if not _AFTER_GAP.fullmatch(text, r.end, d.start):
            continue
        claimed.add(d.start)  # this date is the reference's, whether it agrees or not
        if _year_agrees(r, d):
            r.date = d.iso
        else:
            r.date_warning = (
                f"the date {d.surface} written after {r.surface} contradicts its year {r.year}"
            )
    return claimed


def _dates_before_ja(text: str, refs: list[Reference], dates: _Dates, taken: set[int]) -> set[int]:
    claimed: set[int] = set()
    for r in refs:
        if r.date or r.date_warning:
            continue
        near = dates.starting_in(r.start - 30 - _LONGEST_DATE, r.start)
        before = [d for d in near if d.end <= r.start and r.start - d.end <= 30]
        if (
            before
            and before[-1].start not in taken | claimed
            and _BEFORE_GAP_JA.fullmatch(text, before[-1].end, r.start)
        ):
            d = before[-1]
            if _year_agrees(r, d):
                r.date = d.iso
                claimed.add(d.start)
    return claimed


def _dates_shared_by_list(text: str, refs: list[Reference]) -> None:
    for i in range(len(refs) - 2, -1, -1):
        a, b = refs[i], refs[i + 1]
        if a.date or a.date_warning or not b.date or b.start - a.end > 40:
            continue
        # "217-QĐ/TW and 218-QĐ/TW dated ..." share the date; "Chỉ thị 05-CT/TW, Quy định
        # 144-QĐ/TW ngày ..." lists documents of different kinds, each dated on its own.
        same_kind = (a.type_code, a.issuers) == (b.type_code, b.issuers)
        if (
            same_kind
            and _LIST_GAP.fullmatch(text, a.end, b.start)
            and (a.year is None or str(a.year) == b.date[:4])
        ):
            a.date = b.date


def _dates_of_issue_sentences(
    text: str, refs: list[Reference], dates: _Dates, claimed: set[int]
) -> None:
    ref_starts = [x.start for x in refs]
    for i, r in enumerate(refs):
        if r.date or r.date_warning or not dates.starting_in(r.start - _SENTENCE_REACH, r.start):
            continue
        lo, hi = sentence_bounds(text, r.start, _SENTENCE_REACH)
        previous_end = refs[i - 1].end if i else 0
        window = dates.starting_in(max(lo, previous_end), r.start)
        before = [d for d in window if d.start not in claimed]
        if not before or not _year_agrees(r, before[-1]):
            continue
        nearest = before[-1]
        others = bisect_left(ref_starts, hi) - bisect_left(ref_starts, lo) > 1
        verb_between = ISSUE_VERB.search(text, nearest.end, r.start)
        # "Ngày 21/11/2025, Bộ trưởng ... ban hành Thông tư 38/2025/TT-BXD": the date opens the
        # clause that issues the document; a verb-final sentence (Japanese) needs a lone date.
        if verb_between or (len(before) == 1 and not others and ISSUE_VERB.search(text, lo, hi)):
            r.date = nearest.iso


def _year_agrees(r: Reference, d: DateMention) -> bool:
    return r.year is None or str(r.year) == d.iso[:4]


def _title_after(text: str, r: Reference, dates: _Dates) -> str | None:
    pos = r.end
    if r.date:
        d = dates.next_at(r.end)
        if d and d.start - r.end <= _MAX_AFTER and d.iso == r.date:
            pos = d.end
    quote = _QUOTE_OPENING.search(text, pos, pos + 30)
    if quote is None:
        return None
    at = quote.start()
    if not _TITLE_GAP.fullmatch(text, pos, at):
        return None
    close = text.find(_QUOTES[quote.group()], at + 1, at + 1 + _MAX_TITLE)
    return (text[at + 1 : close].strip() or None) if close > 0 else None
