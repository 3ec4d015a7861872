"""Scans that find what a pattern's `finditer` finds, trying it only where a match can
open (derived from the pattern itself: `openings.py`).

The regular-expression engine tries a pattern at every position of a text unless the
pattern opens with a fixed character or set; the rules of `scopes.py` and `genres.py` open
with a line start or blanks, which the engine cannot skip to. These scans go from one line
break to the next instead, and give the very matches (`re.Match`) the pattern gives.
"""

from __future__ import annotations

import re
import re._constants as _sre
import re._parser as _parser
from collections.abc import Iterator

from .cues import _first_characters


def led_matches(
    pattern: re.Pattern[str], lead: str, stop: str, text: str, lo: int, hi: int
) -> Iterator[re.Match[str]]:
    """`pattern.finditer(text, lo, hi)` for a pattern every match of which opens with a run
    of `lead` characters and then `stop` (`openings.lead_before`): it is tried only in such
    runs, found from one `stop` to the next, instead of at every position."""
    pos = lo
    stop_at = text.find(stop, lo, hi)
    while stop_at != -1:
        run = stop_at  # the run of lead characters before this stop, none before `pos`
        while run > pos and text[run - 1] in lead:
            run -= 1
        found = None
        for at in range(run, stop_at + 1):  # the leftmost match, as a search finds it
            found = pattern.match(text, at, hi)
            if found is not None:
                break
        if found is None:
            stop_at = text.find(stop, stop_at + 1, hi)
        else:
            yield found
            pos = found.end()  # (never empty: a match takes `stop`)
            stop_at = text.find(stop, pos, hi)


_AFTER_BREAK: dict[re.Pattern[str], re.Pattern[str] | None] = {}


def line_matches(pattern: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """`pattern.finditer(text)` for a pattern that opens with "^" (multiline): the engine
    skips to each line break, then the pattern is matched at the line start after it."""
    after_break = _AFTER_BREAK.get(pattern, False)
    if after_break is False:
        after_break = _AFTER_BREAK[pattern] = _after_break(pattern)
    if after_break is None:
        yield from pattern.finditer(text)
        return
    pos = 0
    first = pattern.match(text, 0)  # the first line starts the text
    if first is not None:
        yield first
        pos = first.end()
    while True:
        # a line start at or after `pos` follows a break at or after `pos - 1`
        hit = after_break.search(text, max(0, pos - 1))
        if hit is None:
            return
        found = pattern.match(text, hit.start() + 1)
        if found is None:  # (cannot be: the same pattern matched there) go on safely
            pos = hit.start() + 2
            continue
        yield found
        pos = found.end()  # (never empty, as `_after_break` requires)


def _after_break(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    """The pattern with its opening "^" read as a line break, if it opens with "^" in
    multiline mode as a whole (not in one branch) and never matches nothing; else None."""
    source = pattern.pattern
    if not (pattern.flags & re.MULTILINE) or not source.startswith("^"):
        return None
    try:
        items = _parser.parse(source, pattern.flags).data
    except Exception:
        return None
    if not items or items[0] != (_sre.AT, _sre.AT_BEGINNING):
        return None
    _, can_be_empty = _first_characters(list(items)[1:], categories=True)
    if can_be_empty:
        return None
    return re.compile("\n(?:" + source[1:] + ")", pattern.flags)
