"""Short forms that point back to a full mention in the same text.

After `Kết luận số 187-KL/TW`, a later `Kết luận số 187` or `Kết luận 187` names the same
document; so does `Directive No. 33` after `Directive No. 33/CT-TTg`. A short form with no
earlier full mention of a matching type is not a reference: nothing says which it is.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import replace

from .model import Reference
from .patterns import WORDCHAR
from .vocabulary import NUMBER_SIGNS, TYPE_NOUNS, TYPE_WORDS

_DIGITS = re.compile(r"\d+")
_NOT_BEFORE = set("0123456789.,/-")
_NOT_AFTER = re.compile(rf"[{WORDCHAR}]|[.,]\d|[ \t]*[-/]")


def _stands_alone(text: str, m: re.Match[str]) -> bool:
    """A whole number, not part of a decimal, a date or a full reference (`81/2018/...`)."""
    before = text[m.start() - 1] if m.start() else " "
    return before not in _NOT_BEFORE and not _NOT_AFTER.match(text, m.end())


# A type noun (and a number sign) right before a number: searched backwards from the number.
_NOUN_BEFORE = re.compile(
    rf"(?<![{WORDCHAR}])(?P<noun>{TYPE_NOUNS})\s*(?:(?:{NUMBER_SIGNS})\s*)?\Z", re.IGNORECASE
)
_REACH = 40  # characters before a number where its noun may start
_SPACES = re.compile(r"\s+")


def find_short_forms(text: str, full: list[Reference]) -> list[Reference]:
    """Short forms in `text` that resolve to one of the earlier `full` references.

    Only the numbers of full references can be short forms, so numbers are found first
    (a plain digit scan is fast) and the noun before them checked after.
    """
    numbers = {r.number.lstrip("0") or "0" for r in full if r.type_code}
    if not numbers:
        return []
    starts = [r.start for r in full]
    found: list[Reference] = []
    for m in _DIGITS.finditer(text):
        if (m.group().lstrip("0") or "0") not in numbers or not _stands_alone(text, m):
            continue
        noun = _NOUN_BEFORE.search(text, max(0, m.start() - _REACH), m.start())
        if noun is None:
            continue
        types = TYPE_WORDS.get(_SPACES.sub(" ", noun.group("noun").lower()), ())
        target = _latest_full_before(full, starts, noun.start(), m.group(), types)
        if target is None or _overlaps(full, starts, noun.start(), m.end()):
            continue
        found.append(
            replace(
                target,
                surface=text[noun.start() : m.end()],
                start=noun.start(),
                end=m.end(),
                short_form_of=target.canonical,
                title=None,
                self=False,
            )
        )
    return found


def _latest_full_before(
    full: list[Reference], starts: list[int], pos: int, number: str, types: tuple[str, ...]
) -> Reference | None:
    wanted = number.lstrip("0")
    for i in range(bisect_left(starts, pos) - 1, -1, -1):
        r = full[i]
        if r.number.lstrip("0") == wanted and r.type_code in types:
            return r
    return None


def _overlaps(refs: list[Reference], starts: list[int], start: int, end: int) -> bool:
    i = bisect_left(starts, end)
    return any(refs[j].end > start for j in range(max(0, i - 3), i))
