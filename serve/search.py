"""Search for the web app: documents by number, title or province, best matches first.

Words fold the project's one way (`extract.codes.fold_words`: no diacritics, Đ as d, lower
case), so "dan van" finds "dân vận". A document matches when every word is in its number,
title or province; it ranks by how it matches, as a reader would sort by hand:

1. its number is what was typed (in any spelling: `fold_number`);
2. its title holds the words as one phrase ("công tác dân vận");
3. its title holds every word;
4. (words typed with diacritics) 2, but only once folded: "dân vận" in "dẫn vận hành";
5. (words typed with diacritics) 3, but only once folded: "dân vận" in "công văn hướng dẫn";
6. the words are spread over number, title and province;
7. a word is only part of a word there ("ct-ttg" in "33/2021/CT-TTg").

Within a rank, central documents come before provincial ones, then the most recent.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import Any

from ..extract.spelling import fold_number, fold_words
from ..queries.backend import Backend
from ..queries.library import run

LEVEL_ORDER = {"central": 0, "provincial": 1}

RANK_EXAMPLES = [
    ("33/2021/ct-ttg", {"number": "33/2021/CT-TTg", "title": None, "province": None}, 1),
    ("23-QÐ/TW", {"number": "23-QĐ/TW", "title": "Quyết định", "province": None}, 1),
    ("dan van", {"number": "1/KH", "title": "Về công tác dân vận", "province": None}, 2),
    ("dân vận", {"number": "1/KH", "title": "Về công tác Dân vận", "province": None}, 2),
    ("van dan", {"number": "1/KH", "title": "Về công tác dân vận", "province": None}, 3),
    ("dan van", {"number": "9/CV", "title": "Công văn hướng dẫn", "province": None}, 3),
    ("dân vận", {"number": "9/CV", "title": "Hướng dẫn vận hành", "province": None}, 4),
    ("dân vận", {"number": "9/CV", "title": "Công văn hướng dẫn", "province": None}, 5),
    ("dan van thanh hoa", {"number": "1", "title": "Dân vận", "province": "Thanh Hóa"}, 6),
    ("ct-ttg", {"number": "33/2021/CT-TTg", "title": None, "province": None}, 7),
    ("dan van", {"number": "2/KH", "title": "Về y tế", "province": "Hà Nội"}, None),
]
"""(typed words, a document, its rank or None when it does not match); tests read them."""

_WORDS = re.compile(r"\w+(?:[-/.]\w+)*")


@dataclass(frozen=True)
class Entry:
    """A document with its words prepared once: what `rank` compares typed words with."""

    row: dict[str, Any]
    number: str  # folded as numbers are (`fold_number`)
    typed_title: tuple[str, ...]  # the title's words, lower case, diacritics kept
    folded_title: tuple[str, ...]  # the same, folded
    spread: frozenset[str]  # folded words of title, number and province
    hay: str  # the same words in one string, for parts of words

    @classmethod
    def of(cls, row: dict[str, Any]) -> Entry:
        title = row.get("title") or ""
        number = row.get("number") or ""
        folded_title = tuple(_WORDS.findall(fold_words(title)))
        others = _WORDS.findall(fold_words(f"{number} {row.get('province') or ''}"))
        return cls(
            row,
            fold_number(number) if number else "",
            tuple(_WORDS.findall(unicodedata.normalize("NFC", title).lower())),
            folded_title,
            frozenset((*folded_title, *others)),
            " ".join((*folded_title, *others)),
        )


@dataclass(frozen=True)
class Query:
    """Typed words, prepared once for a whole search."""

    folded: tuple[str, ...]
    as_typed: tuple[str, ...]  # lower case, diacritics kept
    number: str  # folded as a number

    @classmethod
    def of(cls, words: str) -> Query:
        folded = tuple(fold_words(words).split())
        as_typed = tuple(unicodedata.normalize("NFC", words).lower().split())
        return cls(folded, as_typed, fold_number(words.strip()))


def rank(words: str | Query, doc: dict[str, Any] | Entry) -> int | None:
    """How well `doc` (number, title, province) answers `words`: 1 best, None no match."""
    query = words if isinstance(words, Query) else Query.of(words)
    entry = doc if isinstance(doc, Entry) else Entry.of(doc)
    if entry.number and entry.number == query.number:
        return 1  # before the words: a number may be typed with look-alike letters (Ð, Cyrillic)
    if not query.folded or not all(w in entry.hay for w in query.folded):
        return None  # the loosest test first: most documents stop here
    later = 0
    if query.as_typed != query.folded:  # typed with diacritics: as typed first
        if _holds_phrase(entry.typed_title, query.as_typed):
            return 2
        if set(query.as_typed) <= set(entry.typed_title):
            return 3
        later = 2
    if _holds_phrase(entry.folded_title, query.folded):
        return 2 + later
    if set(query.folded) <= set(entry.folded_title):
        return 3 + later
    return 6 if set(query.folded) <= entry.spread else 7


def _holds_phrase(words: tuple[str, ...], phrase: tuple[str, ...]) -> bool:
    size = len(phrase)
    return any(words[i : i + size] == phrase for i in range(len(words) - size + 1))


def search_index(backend: Backend) -> list[Entry]:
    """Every document, prepared for `search_documents` (build it once per store)."""
    return [Entry.of(row) for row in run(backend, "documents")]


def search_documents(
    index: list[Entry], words: str, limit: int = 100
) -> tuple[list[dict[str, Any]], int]:
    """The documents of `index` matching `words`, best first, at most `limit`, and how
    many matched."""
    found = []
    query = Query.of(words)
    for entry in index:
        grade = rank(query, entry)
        if grade is not None:
            found.append({**entry.row, "rank": grade})
    found.sort(
        key=lambda r: (
            r["rank"],
            LEVEL_ORDER.get(r["level"] or "", 2),
            r["date"] is None,
            _descending(r["date"] or ""),
            r["number"] or r["title"] or "",
        )
    )
    return found[:limit], len(found)


def _descending(date: str) -> str:
    # an ISO date turned so that sorting it ascending puts the latest first
    return "".join(chr(ord("9") - ord(c) + ord("0")) if c.isdigit() else c for c in date)
