"""Short forms that point back to a full mention in the same text.

After `Kết luận số 187-KL/TW`, a later `Kết luận số 187` or `Kết luận 187` names the same
document; so does `Directive No. 33` after `Directive No. 33/CT-TTg`. A short form with no
earlier full mention of a matching type is not a reference: nothing says which it is.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .model import Reference
from .patterns import WORDCHAR
from .vocabulary import NUMBER_SIGNS, TYPE_NOUNS, TYPE_WORDS

_SHORT_RE = re.compile(
    rf"(?<![{WORDCHAR}])(?P<noun>{TYPE_NOUNS})\s*(?:(?:{NUMBER_SIGNS})\s*)?(?P<num>\d{{1,6}})"
    rf"(?![\d{WORDCHAR}]|[.,]\d|[ \t]*[-/])",
    re.IGNORECASE,
)
_SPACES = re.compile(r"\s+")


def find_short_forms(text: str, full: list[Reference]) -> list[Reference]:
    """Short forms in `text` that resolve to one of the earlier `full` references."""
    if not full:
        return []
    found: list[Reference] = []
    for m in _SHORT_RE.finditer(text):
        types = TYPE_WORDS.get(_SPACES.sub(" ", m.group("noun").lower()), ())
        target = _latest_full_before(full, m.start(), m.group("num"), types)
        if target is None or _overlaps(full, m.start(), m.end()):
            continue
        found.append(
            replace(
                target,
                surface=m.group(),
                start=m.start(),
                end=m.end(),
                short_form_of=target.canonical,
                title=None,
                self=False,
            )
        )
    return found


def _latest_full_before(
    full: list[Reference], pos: int, number: str, types: tuple[str, ...]
) -> Reference | None:
    best = None
    for r in full:
        if r.start >= pos:
            break
        if r.number.lstrip("0") == number.lstrip("0") and r.type_code in types:
            best = r
    return best


def _overlaps(refs: list[Reference], start: int, end: int) -> bool:
    return any(r.start < end and start < r.end for r in refs)
