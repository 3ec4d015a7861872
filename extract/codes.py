"""Type and issuer code tables (kept as data in data/codes.json) and code spelling repair.

Real texts write `QD` or `QÐ` (U+00D0) for `QĐ`, put Cyrillic letters that look Latin
inside codes (`NĐ-СР`), and shout in capitals (`CT-TTG`). `canonical_code` maps what
was written to the official spelling when the tables know the code, and otherwise
only repairs the letters (Ð → Đ, Cyrillic → Latin).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

from .data import read as read_catalogue
from .spelling import fold, repair_letters


@dataclass(frozen=True)
class TypeCode:
    code: str
    vi: str
    en: str
    families: tuple[str, ...]
    examples: tuple[str, ...]
    # False for a submission or a report: its title names an act it asks for or reports on
    acts_in_title: bool = True
    title_example: str | None = None


@dataclass(frozen=True)
class IssuerCode:
    code: str
    vi: str
    en: str
    family: str
    level: str | None
    termed: bool = False  # may carry its term's number: QH15, HĐNN8
    both_families: bool = False  # Party and State bodies alike use it (BCĐ: a steering committee)


@dataclass(frozen=True)
class Tables:
    types: dict[str, TypeCode]
    issuers: dict[str, IssuerCode]
    type_by_fold: dict[str, str]
    issuer_by_fold: dict[str, str]
    termed: tuple[str, ...]  # codes that take a term number, longest first


def _unique_fold_index(codes: list[str]) -> dict[str, str]:
    index: dict[str, str] = {}
    clashes: set[str] = set()
    for code in codes:
        key = fold(code)
        if key in index and index[key] != code:
            clashes.add(key)
        index.setdefault(key, code)
    for key in clashes:
        # A D-spelling that could be either (HD: hướng dẫn or HĐ) is only restored
        # when one of the candidates has no Đ at all: that one is the plain reading.
        plain = [c for c in codes if fold(c) == key and "Đ" not in c]
        if plain:
            index[key] = plain[0]
        else:
            del index[key]
    return index


@cache
def tables() -> Tables:
    raw = read_catalogue("codes.json")
    types = {
        t["code"]: TypeCode(
            t["code"],
            t["vi"],
            t["en"],
            tuple(t["families"]),
            tuple(t["examples"]),
            t.get("acts_in_title", True),
            t.get("title_example"),
        )
        for t in raw["types"]
    }
    issuers = {
        i["code"]: IssuerCode(
            i["code"],
            i["vi"],
            i["en"],
            i["family"],
            i["level"],
            termed=i.get("termed", False),
            both_families=i.get("both_families", False),
        )
        for i in raw["issuers"]
    }
    return Tables(
        types=types,
        issuers=issuers,
        type_by_fold=_unique_fold_index(list(types)),
        issuer_by_fold=_unique_fold_index(list(issuers)),
        termed=tuple(sorted((c for c, i in issuers.items() if i.termed), key=len, reverse=True)),
    )


@lru_cache(maxsize=4096)
def _termed_base(code: str) -> str | None:
    """`QH` for `QH15`, `HĐNN` for `HÐNN8`: the code of a termed issuer written with its term."""
    folded = fold(code)
    for base in tables().termed:
        rest = folded[len(fold(base)) :]
        if folded.startswith(fold(base)) and rest.isdigit() and len(rest) <= 2:
            return base
    return None


def is_termed_issuer(token: str) -> bool:
    """A termed issuer written with its term number (`QH15`, `UBTVQH14`, `HĐNN8`)."""
    return _termed_base(token) is not None


# A corpus writes the same few codes again and again: each spelling is read once.
@lru_cache(maxsize=1 << 14)
def canonical_type(token: str) -> str | None:
    """The official spelling of a type code as written, or None if it is not a known type."""
    t = tables()
    repaired = repair_letters(token)
    if repaired in t.types:
        return repaired
    found = t.type_by_fold.get(fold(token))
    if found and _compatible(repaired, found):
        return found
    if "DD" in token.upper():
        # Telex, the common Vietnamese keyboard, types Đ as "dd": when it fails to convert,
        # "145/2020/NDD-CP" is left (blind round BD). No type's code has a D beside a D.
        return canonical_type(re.sub("dd", "Đ", token, flags=re.IGNORECASE))
    return None


@lru_cache(maxsize=1 << 14)
def canonical_issuer(token: str) -> str:
    """The official spelling of an issuer code; unknown codes keep their letters as written.
    An ampersand is a writer's habit, not part of the code: `BGD&ĐT` is `BGDĐT`, `BNN&PTNT`
    is `BNNPTNT` (kept only when the code without it is not a known one)."""
    t = tables()
    if "&" in token:
        plain = canonical_issuer(re.sub(r"&\s*", "", token))
        if plain in t.issuers or is_termed_issuer(plain):
            return plain
    repaired = repair_letters(token)
    if repaired in t.issuers:
        return repaired
    base = _termed_base(repaired)
    if base is not None:
        return base + repaired[len(base) :]
    found = t.issuer_by_fold.get(fold(token))
    if found and _compatible(repaired, found):
        return found
    return repaired


def _compatible(written: str, official: str) -> bool:
    """A written Đ must stay Đ: `HĐ` never becomes `HD` even though both fold alike."""
    return all(not (w == "Đ" and o != "Đ") for w, o in zip(written, official, strict=False))


def is_known_issuer(token: str) -> bool:
    c = canonical_issuer(token)
    return c in tables().issuers or is_termed_issuer(c)


def is_party_only_issuer(code: str | None) -> bool:
    """An issuer that only the Party has (TW, TU, ĐU ...): its numbers are Party numbers."""
    info = issuer_info(code)
    return info is not None and info.family == "party" and not info.both_families


def type_info(code: str | None) -> TypeCode | None:
    return tables().types.get(code) if code else None


def issuer_info(code: str | None) -> IssuerCode | None:
    if not code:
        return None
    base = _termed_base(code)
    return tables().issuers[base] if base else tables().issuers.get(code)
