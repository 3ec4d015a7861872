"""Find numbered document references in a text: the `find` verb.

`find_references` scans with `patterns.REFERENCE_RE`, then checks and spells out each
match: which family it belongs to, its type and issuers, and its canonical form.
Context (dates, titles, short forms) is added by `annotate.py`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .codes import canonical_issuer, canonical_type, is_known_issuer, issuer_info, type_info
from .model import Reference
from .patterns import CANDIDATE_RE, REFERENCE_RE

_SPLIT_CODES = re.compile(r"\s*-\s*")
_SPACE = re.compile(r"\s+")
_LATIN = re.compile(r"[A-Za-zĐÐ]")
_TRAILING_DIGITS = re.compile(r"^(.*?[^\d\s])(\d{1,2})$")
# Form templates ("Mẫu số 01/ĐK-TCT") share the shape of a document number but are not documents.
_FORM_BEFORE = re.compile(r"(?:mẫu|form|biểu)\s*(?:số|no\.?)?\s*$", re.IGNORECASE)
_URL_CHUNK = re.compile(r"://|www\.|\.(?:vn|com|org|net)/", re.IGNORECASE)
_LAW_ISSUER = re.compile(r"^(?:QH|UBTVQH)\d{1,2}$")
_LAW_ISSUER_SLIP = re.compile(r"^[OО0]H(?=\d{1,2}$)")  # `OH15`: an O typed for the Q of QH


def find_references(text: str) -> list[Reference]:
    """Every numbered reference in `text`, in order, without context."""
    if not CANDIDATE_RE.search(text):
        return []
    return list(_iter_references(text))


def _iter_references(text: str) -> Iterator[Reference]:
    for m in REFERENCE_RE.finditer(text):
        ref = _reference_from_match(text, m)
        if ref is not None:
            yield ref


def _reference_from_match(text: str, m: re.Match[str]) -> Reference | None:
    start, end = m.start(), m.end()
    surface = m.group()
    if (
        len(_LATIN.findall(surface)) < 2
        or _inside_url(text, start)
        or _after_form_word(text, start)
    ):
        return None
    number = m.group("num")
    if m.group("ptype"):
        parsed = _parse_party(m.group("ptype"), m.group("pissuers"))
    else:
        parsed = _parse_state(m.group("scodes"))
    if parsed is None:
        return None
    family, type_code, issuers, codes, cut = parsed
    if cut:  # a footnote digit glued after the last code
        end -= cut
        surface = text[start:end]
    year = int(m.group("year")) if m.group("year") else None
    canonical = _canonical(number, year, codes, party_shape=bool(m.group("ptype")))
    first = issuers[0] if issuers else None
    tinfo = type_info(type_code)
    iinfo = issuer_info(first)
    return Reference(
        surface=surface,
        start=start,
        end=end,
        canonical=canonical,
        family=family,
        number=number,
        year=year,
        type_code=type_code,
        type_name=tinfo.vi if tinfo else None,
        issuer_code=first,
        issuers=issuers,
        level=iinfo.level if iinfo else None,
    )


# family, type code, issuer codes, the codes of the canonical form, footnote digits to cut
Parsed = tuple[str, str | None, list[str], list[str], int]


def _parse_party(ptype: str, pissuers: str) -> Parsed:
    issuers, cut = _issuer_codes(_SPLIT_CODES.split(pissuers))
    type_code = canonical_type(ptype) or canonical_issuer(ptype)
    first = issuer_info(issuers[0])
    # Old State circulars were numbered like Party texts (`89-TC/TCT`); the issuer tells.
    family = "state" if first is not None and first.family == "state" else "party"
    return family, type_code, issuers, [type_code, *issuers], cut


def _parse_state(scodes: str) -> Parsed | None:
    tokens = _SPLIT_CODES.split(scodes)
    if len(tokens) == 1:
        return _parse_single_state_code(tokens[0])
    type_code = canonical_type(tokens[0])
    if type_code is None:  # official letter: ISSUER-UNIT, no type code written
        issuers, cut = _issuer_codes(tokens)
        return "state", "CV", issuers, issuers, cut
    issuers, cut = _issuer_codes(tokens[1:])
    return "state", type_code, issuers, [type_code, *issuers], cut


def _parse_single_state_code(code: str) -> Parsed | None:
    compact = _LAW_ISSUER_SLIP.sub("QH", _SPACE.sub("", code))
    issuer = canonical_issuer(compact)
    if _LAW_ISSUER.match(issuer) or is_known_issuer(compact):  # `10/2022/QH15`, `74/CP`
        return "state", None, [issuer], [issuer], 0
    glued = _split_glued(compact)  # `193/2025/NĐCP`
    if glued:
        return "state", glued[0], [glued[1]], list(glued), 0
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
    last = tokens[-1]
    m = _TRAILING_DIGITS.match(last)
    if (
        m
        and not is_known_issuer(last)
        and is_known_issuer(m.group(1))
        and not _LAW_ISSUER.match(last)
    ):
        codes[-1] = canonical_issuer(m.group(1))
        return codes, len(m.group(2))
    return codes, 0


def _canonical(number: str, year: int | None, codes: list[str], *, party_shape: bool) -> str:
    if party_shape:
        return f"{number}-{codes[0]}/{'-'.join(codes[1:])}"
    return "/".join([number, *([str(year)] if year else []), "-".join(codes)])


def _inside_url(text: str, start: int) -> bool:
    chunk_start = max(text.rfind(" ", 0, start), text.rfind("\n", 0, start)) + 1
    return bool(_URL_CHUNK.search(text, chunk_start, start))


def _after_form_word(text: str, start: int) -> bool:
    return bool(_FORM_BEFORE.search(text[max(0, start - 20) : start]))
