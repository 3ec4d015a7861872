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
from typing import Any

from ..extract.codes import fold_words
from ..graph.resolve import fold_number
from ..queries.backend import Backend
from ..queries.library import run

LEVEL_ORDER = {"central": 0, "provincial": 1}

RANK_EXAMPLES = [
    ("33/2021/ct-ttg", {"number": "33/2021/CT-TTg", "title": None, "province": None}, 1),
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


def rank(words: str, doc: dict[str, Any]) -> int | None:
    """How well `doc` (number, title, province) answers `words`: 1 best, None no match."""
    folded = fold_words(words).split()
    if not folded:
        return None
    number = doc.get("number") or ""
    if number and fold_number(number) == fold_number(words.strip()):
        return 1
    title = doc.get("title") or ""
    as_typed = unicodedata.normalize("NFC", words).lower().split()
    later = 0
    if as_typed != folded:  # typed with diacritics: titles that have them as typed first
        typed_title = _WORDS.findall(unicodedata.normalize("NFC", title).lower())
        if _holds_phrase(typed_title, as_typed):
            return 2
        if set(as_typed) <= set(typed_title):
            return 3
        later = 2
    folded_title = _WORDS.findall(fold_words(title))
    if _holds_phrase(folded_title, folded):
        return 2 + later
    if set(folded) <= set(folded_title):
        return 3 + later
    spread = [*folded_title, *_WORDS.findall(fold_words(f"{number} {doc.get('province') or ''}"))]
    if set(folded) <= set(spread):
        return 6
    hay = " ".join(spread)
    return 7 if all(w in hay for w in folded) else None


def _holds_phrase(words: list[str], phrase: list[str]) -> bool:
    size = len(phrase)
    return any(words[i : i + size] == phrase for i in range(len(words) - size + 1))


def search_documents(backend: Backend, words: str, limit: int = 100) -> tuple[list[dict], int]:
    """The documents matching `words`, best first, at most `limit`, and how many matched."""
    found = []
    for row in run(backend, "documents"):
        grade = rank(words, row)
        if grade is not None:
            found.append({**row, "rank": grade})
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
