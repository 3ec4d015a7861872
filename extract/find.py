"""Find numbered document references in a text: the `find` verb.

`find_references` scans with `patterns.REFERENCE_RE`, then checks and spells out each
match: which family it belongs to, its type and issuers, and its canonical form. The
family follows the issuer, not the punctuation: `27/NQ- TW` and `65/CV/ĐU` are Party
numbers. Numbers listed before a code they share (`Kết luận số 187, 188- KL/TW`) are
references of their own (`listed.py`). Context (dates, titles) is added by `annotate.py`,
short forms and aliases by `shortforms.py`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache, lru_cache
from typing import NamedTuple

from .codes import (
    canonical_issuer,
    canonical_type,
    is_known_issuer,
    is_party_only_issuer,
    is_termed_issuer,
    issuer_info,
    type_info,
)
from .listed import listed_before
from .model import Reference
from .patterns import CANDIDATE_RE, DASHES, INVISIBLE, REFERENCE_RE
from .spelling import fold_number

_SPLIT_CODES = re.compile(rf"[\s{INVISIBLE}]*[{DASHES}][\s{INVISIBLE}]*")
_SPACE = re.compile(rf"[\s{INVISIBLE}]+")
_INVISIBLE = re.compile(f"[{INVISIBLE}]+")
_LATIN = re.compile(r"[A-Za-zĐÐ]")
_TRAILING_DIGITS = re.compile(r"^(.*?[^\d\s])(\d{1,2})$")
_GLUED_WORD = re.compile(r"[A-Z]?[a-z]{2,}[A-Za-z]*\d*$")  # the glued word, its capital if any
_TERM_AND_FOOTNOTE = re.compile(r"^(.*?[^\d]\d{2})(\d{1,2})$")
# Form templates ("Mẫu số 01/ĐK-TCT") and tax returns named by their form ("tờ khai
# 05/KK-TNCN") share the shape of a document number but are not documents.
_FORM_BEFORE = re.compile(
    r"(?:mẫu|form|biểu|tờ\s+khai(?:\s+mẫu)?)\s*(?:số|no\.?)?\s*$", re.IGNORECASE
)
_URL_CHUNK = re.compile(r"://|www\.|\.(?:vn|com|org|net)/", re.IGNORECASE)
# A number the text calls an official letter ("Công văn 3562/CT-PC", "công văn số …"): its
# code is the issuer and its unit, though the issuer's letters spell a type (CT, Chỉ thị),
# when no known issuer follows them (a directive's, "05/CT-UBND", has one). The Tax
# Department (Cục Thuế) numbers its letters CT-<unit>: 62 letters of the real corpus are
# written so, which were read as directives of unknown issuers.
_LETTER_BEFORE = re.compile(r"(?:công\s+văn|\bCV)(?:\s+số)?[\s:]*\Z", re.IGNORECASE)
_LETTER_REACH = 16
_LAW_ISSUER_SLIP = re.compile(r"^[OО0]H(?=\d{1,2}$)")  # `OH15`: an O typed for the Q of QH


def find_references(text: str) -> list[Reference]:
    """Every numbered reference in `text`, in order, without context."""
    if not CANDIDATE_RE.search(text):
        return []
    return list(_iter_references(text))


_YEAR_PART = re.compile(r"/(?:19|20)\d\d/")


def _yearless(folded: str) -> str:
    return _YEAR_PART.sub("/", folded)


def names_number(mention: str | None, number: str | None) -> bool:
    """Whether the canonical number `mention` names the document numbered `number`: the
    same number, or that number written without its year ("55/TT-BCT" for 55/2021/TT-BCT).
    Spelling aside: "1/2025/TT-BNV" names 01/2025/TT-BNV (a leading zero is spelling). Only
    a mention without a year drops it: 48/2020/QĐ-UBND is another decision than
    48/2025/QĐ-UBND."""
    if not mention or not number:
        return False
    mention, number = mention.lstrip("0"), number.lstrip("0")
    if mention[:1] != number[:1]:  # (most mentions: another number's first digit)
        return False
    mention, number = fold_number(mention), fold_number(number)
    if mention == number:
        return True
    return _yearless(mention) == mention and mention == _yearless(number)


@cache
def parsed_number(number: str) -> Reference | None:
    """The reference a canonical number spells when read alone ("59/2023/NĐ-CP"), or None
    when it is not one whole reference. Shared between callers: read it, never change it."""
    found = find_references(number)
    return found[0] if len(found) == 1 and found[0].canonical == number else None


def _iter_references(text: str) -> Iterator[Reference]:
    urls = UrlChunks(text)
    previous_end = 0
    for m in REFERENCE_RE.finditer(text):
        ref = _reference_from_match(text, m, urls)
        if ref is None:
            continue
        # `Kết luận số 187, 188- KL/TW`: the numbers listed before share the code.
        yield from listed_before(text, ref, previous_end)
        yield ref
        previous_end = ref.end


def _reference_from_match(text: str, m: re.Match[str], urls: UrlChunks) -> Reference | None:
    start, end = m.start(), m.end()
    surface = m.group()
    if len(_LATIN.findall(surface)) < 2 or urls.inside(start) or _after_form_word(text, start):
        return None
    groups = m.group("num", "ptype", "pissuers", "stype", "scodes", "year", "ocode")
    spelled = _spelled(*groups)
    if (
        spelled is not None
        and spelled.unknown_issuers  # (asked only then: most numbers name a known issuer)
        and _LETTER_BEFORE.search(text, max(0, start - _LETTER_REACH), start)
    ):
        spelled = _spelled(*groups, letter=True)
    if spelled is None:
        return None
    if spelled.to_type:  # `123/UBND/...`: not a type before the slash, read up to it
        end = m.end("stype")
    if spelled.cut or end != m.end():  # a footnote digit glued on, or read up to a slash
        end -= spelled.cut
        surface = text[start:end]
    return Reference(
        surface=surface,
        start=start,
        end=end,
        canonical=spelled.canonical,
        family=spelled.family,
        number=spelled.number,
        year=spelled.year,
        type_code=spelled.type_code,
        type_name=spelled.type_name,
        issuer_code=spelled.issuers[0] if spelled.issuers else None,
        issuers=list(spelled.issuers),  # each reference owns its list
        level=spelled.level,
    )


class Spelled(NamedTuple):
    """What the groups of a `REFERENCE_RE` match spell, whatever text they stand in."""

    number: str
    year: int | None
    canonical: str
    family: str
    type_code: str | None
    type_name: str | None
    issuers: tuple[str, ...]
    level: str | None
    cut: int  # footnote digits to cut off the end
    to_type: bool  # read only up to the slash after the `stype` group
    # a State type code followed by no known issuer ("3562/CT-PC"): read as an official
    # letter's issuer and unit instead when the text calls it one (`_LETTER_BEFORE`)
    unknown_issuers: bool = False


# A text cites the same few numbers again and again (and a corpus the same codes): reading
# the groups once per spelling, not once per match, saves most of the finder's own work.
@lru_cache(maxsize=1 << 16)
def _spelled(
    num: str,
    ptype: str | None,
    pissuers: str | None,
    stype: str | None,
    scodes: str | None,
    year_digits: str | None,
    old_code: str | None = None,
    letter: bool = False,
) -> Spelled | None:
    """The reading of one match's groups, or None when they spell no reference; `letter`
    when the text calls it an official letter (`_LETTER_BEFORE`)."""
    if old_code:  # "61-CP": the same document as "61/CP", spelled as it was numbered
        iinfo = issuer_info(old_code)
        number = _INVISIBLE.sub("", num)
        return Spelled(
            number=number,
            year=None,
            canonical=f"{number}-{old_code}",
            family="state",
            type_code=None,
            type_name=None,
            issuers=(old_code,),
            level=iinfo.level if iinfo else None,
            cut=0,
            to_type=False,
        )
    to_type = False
    if pissuers and "Ư" in pissuers:
        pissuers = pissuers.replace("Ư", "W")  # "25-CT/TƯ": Trung ương, as TW abbreviates it
    if ptype:
        parsed = _parse_party(ptype, pissuers or "")
    elif stype:
        parsed = _parse_slashed_type(stype, scodes or "", bool(year_digits))
        if parsed is None:  # `123/UBND/...`: not a type before the slash, read up to it
            to_type = True
            parsed = _parse_state(stype, bool(year_digits))
    else:
        parsed = _parse_state(scodes or "", bool(year_digits), letter)
    if parsed is None:
        return None
    number = _INVISIBLE.sub("", num)
    year = int(year_digits) if year_digits else None
    canonical = _canonical(number, year, parsed.codes, party_shape=parsed.party_shape)
    tinfo = type_info(parsed.type_code)
    iinfo = issuer_info(parsed.issuers[0] if parsed.issuers else None)
    return Spelled(
        number=number,
        year=year,
        canonical=canonical,
        family=parsed.family,
        type_code=parsed.type_code,
        type_name=tinfo.vi if tinfo else None,
        issuers=tuple(parsed.issuers),
        level=iinfo.level if iinfo else None,
        cut=parsed.cut,
        to_type=to_type,
        unknown_issuers=bool(
            parsed.family == "state"
            and parsed.type_code not in (None, "CV")
            and parsed.issuers
            and not any(map(is_known_issuer, parsed.issuers))
        ),
    )


class Parsed(NamedTuple):
    family: str
    type_code: str | None
    issuers: list[str]
    codes: list[str]  # the codes of the canonical form
    cut: int  # footnote digits to cut off the end
    party_shape: bool  # canonical as number-TYPE/ISSUER


def _parse_party(ptype: str, pissuers: str) -> Parsed:
    issuers, cut = _issuer_codes(_SPLIT_CODES.split(pissuers))
    type_code = canonical_type(ptype) or canonical_issuer(ptype)
    first = issuer_info(issuers[0])
    # Old State circulars were numbered like Party texts (`89-TC/TCT`); the issuer tells.
    family = "state" if first is not None and first.family == "state" else "party"
    return Parsed(family, type_code, issuers, [type_code, *issuers], cut, True)


def _parse_state(scodes: str, has_year: bool, letter: bool = False) -> Parsed | None:
    tokens = _SPLIT_CODES.split(scodes)
    if len(tokens) == 1:
        return _parse_single_state_code(tokens[0])
    type_code = canonical_type(tokens[0])
    if letter and type_code and not any(map(is_known_issuer, tokens[1:])):
        type_code = None  # "Công văn 3562/CT-PC": the Tax Department's (Cục Thuế) unit PC
    if type_code is None:  # official letter: ISSUER-UNIT, no type code written
        issuers, cut = _issuer_codes(tokens)
        return Parsed("state", "CV", issuers, issuers, cut, False)
    issuers, cut = _issuer_codes(tokens[1:])
    return _typed(type_code, issuers, cut, has_year)


def _parse_slashed_type(stype: str, scodes: str, has_year: bool) -> Parsed | None:
    """`65/CV/ĐU`, `213/2013/TTLT/BTC-BLĐTBXH`: a slash where a hyphen belongs after the type."""
    type_code = canonical_type(_INVISIBLE.sub("", stype))
    if type_code is None:
        return None
    issuers, cut = _issuer_codes(_SPLIT_CODES.split(scodes))
    return _typed(type_code, issuers, cut, has_year)


def _typed(type_code: str, issuers: list[str], cut: int, has_year: bool) -> Parsed:
    """A type and its issuers. A Party issuer makes a Party number, however it is
    punctuated (`27/NQ- TW` is 27-NQ/TW); Party numbers carry no year."""
    tinfo = type_info(type_code)
    if (
        not has_year
        and is_party_only_issuer(issuers[0])
        and tinfo is not None
        and "party" in tinfo.families
    ):
        return Parsed("party", type_code, issuers, [type_code, *issuers], cut, True)
    return Parsed("state", type_code, issuers, [type_code, *issuers], cut, False)


def _parse_single_state_code(code: str) -> Parsed | None:
    compact = _LAW_ISSUER_SLIP.sub("QH", _SPACE.sub("", code))
    cut = 0
    footnote = _TERM_AND_FOOTNOTE.match(compact)  # `66/2025/QH155`: QH15, then footnote 5
    if footnote and not is_termed_issuer(compact) and is_termed_issuer(footnote.group(1)):
        compact, cut = footnote.group(1), len(footnote.group(2))
    issuer = canonical_issuer(compact)
    if is_termed_issuer(issuer) or is_known_issuer(compact):  # `10/2022/QH15`, `74/CP`, `96/HÐNN`
        return Parsed("state", None, [issuer], [issuer], cut, False)
    glued = _split_glued(compact)  # `193/2025/NĐCP`
    if glued:
        return Parsed("state", glued[0], [glued[1]], list(glued), 0, False)
    return None


def _split_glued(code: str) -> tuple[str, str] | None:
    """`NĐCP` → (NĐ, CP), `TTBTC` → (TT, BTC): a type and a known issuer with no hyphen."""
    for i in range(len(code) - 1, 0, -1):
        type_code = canonical_type(code[:i])
        if type_code and is_known_issuer(code[i:]):
            return type_code, canonical_issuer(code[i:])
    return None


def _issuer_codes(tokens: list[str]) -> tuple[list[str], int]:
    """Canonical issuer codes, and how many footnote digits to cut off the last one."""
    codes = [canonical_issuer(_SPACE.sub("", t)) for t in tokens]
    last = _SPACE.sub("", tokens[-1])
    m = _TRAILING_DIGITS.match(last)
    if (
        m
        and not is_known_issuer(last)
        and is_known_issuer(m.group(1))
        and not is_termed_issuer(last)
    ):
        codes[-1] = canonical_issuer(m.group(1))
        return codes, len(m.group(2))
    # a page's next word glued on ("168/NQ-CPSigner:", an icon's "15/2018/NĐ-CPfa"): no code
    # holds two small letters running, so a known issuer before them is the code
    tail = _GLUED_WORD.search(last)
    if tail is not None and not is_known_issuer(last):
        # the word may open with a capital, and the code end in a small letter ("TTg" of
        # "QD-TTgstatus1")
        for k in range(tail.start(), tail.start() + 3):
            if 0 < k < len(last) and is_known_issuer(last[:k]):
                codes[-1] = canonical_issuer(last[:k])
                return codes, len(last) - k
    return codes, 0


def _canonical(number: str, year: int | None, codes: list[str], *, party_shape: bool) -> str:
    if party_shape:
        return f"{number}-{codes[0]}/{'-'.join(codes[1:])}"
    return "/".join([number, *([str(year)] if year else []), "-".join(codes)])


class UrlChunks:
    """Whether a position lies in a URL, asked for positions in increasing order.

    A reference inside a URL path (`.../202506/thanh-tra/12/QD-UBND`) is not one. The
    chunk is the run of text since the last space or line break. Each question only
    scans the text between the previous position and this one, so a whole text costs
    one pass however long its lines are: looking back from every reference to the
    line's start was quadratic on one-line texts (16 MB took 21 s).
    """

    _LONGEST_MARKER = 5  # `.com/`: a marker may straddle two scanned stretches

    def __init__(self, text: str) -> None:
        self.text = text
        self.chunk_start = 0  # where the current chunk begins
        self.seen = 0  # everything before this has been scanned
        self.url = False  # the current chunk holds a URL marker
        self.scanned = 0  # characters looked at, for tests that count work

    def inside(self, pos: int) -> bool:
        if pos < self.seen:  # out of order: ask afresh (never the case in one scan)
            self.chunk_start, self.seen, self.url = 0, 0, False
        text = self.text
        last_break = max(text.rfind(" ", self.seen, pos), text.rfind("\n", self.seen, pos))
        if last_break >= 0:
            self.chunk_start, self.url = last_break + 1, False
        lo = max(self.chunk_start, self.seen - self._LONGEST_MARKER + 1)
        self.scanned += (pos - self.seen) * 2 + max(0, pos - lo)
        if not self.url:
            self.url = bool(_URL_CHUNK.search(text, lo, pos))
        self.seen = pos
        return self.url


def _after_form_word(text: str, start: int) -> bool:
    return bool(_FORM_BEFORE.search(text[max(0, start - 20) : start]))
