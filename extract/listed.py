"""Numbers listed before a code they share: `Kết luận số 187, 188- KL/TW`.

The code is written once, after the last number; every number before it names its own
document (187-KL/TW, then 188-KL/TW). The type noun before the list must fit the code.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace

from .model import Reference
from .patterns import INVISIBLE, JOINER_BEFORE_RE, NUMBER, NUMBERS_SHARING_A_CODE_RE
from .vocabulary import TYPE_WORDS

_REACH = 120  # characters before a reference where its noun and listed numbers may start
_NUMBER = re.compile(NUMBER)
_INVISIBLE = re.compile(f"[{INVISIBLE}]+")
_SPACES = re.compile(r"\s+")


def listed_before(text: str, ref: Reference, previous_end: int) -> Iterator[Reference]:
    """References for the numbers listed right before `ref` that share its code.

    `previous_end` is where the previous reference ended: a list never reaches into it.
    """
    if not ref.type_code or not JOINER_BEFORE_RE.search(text, max(0, ref.start - 8), ref.start):
        return
    lo = max(previous_end, ref.start - _REACH)
    m = NUMBERS_SHARING_A_CODE_RE.search(text, lo, ref.start)
    if m is None:
        return
    noun = _SPACES.sub(" ", m.group("noun").lower())
    if ref.type_code not in TYPE_WORDS.get(noun, ()):
        return
    offset = m.start("numbers")
    for n in _NUMBER.finditer(m.group("numbers")):
        number = _INVISIBLE.sub("", n.group())
        yield replace(
            ref,
            surface=n.group(),
            start=offset + n.start(),
            end=offset + n.end(),
            number=number,
            canonical=number + ref.canonical[len(ref.number) :],
            issuers=list(ref.issuers),
        )
