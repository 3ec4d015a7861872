"""Scans that find what a pattern's `finditer` finds, trying it only where a match can
open (derived from the pattern itself: `openings.py`).

The regular-expression engine tries a pattern at every position of a text unless the
pattern opens with a fixed character or set; the rules of `scopes.py` and `genres.py` open
with a line start or blanks, which the engine cannot skip to. These scans go from one line
break to the next instead, and give the very matches (`re.Match`) the pattern gives.
"""

from __future__ import annotations

import re
import re._compiler as _compiler
import re._constants as _sre
import re._parser as _parser
from collections.abc import Callable, Iterator
from typing import Any

from .openings import may_match_nothing, top_branches
from .sentences import lowered

# Letters that a pattern ignoring case equates with one of its own though they lower-case to
# another ("ı" with "i", "ſ" with "s"): over a text that holds one, a pattern written for the
# lower-cased text could miss what the pattern finds, so such a text is read as it is.
CASE_ODD = re.compile("[ıſ]")
_CASE_ODD_LETTERS = "ıſ"


def case_odd(text: str) -> bool:
    """Whether `text` holds a `CASE_ODD` letter: a substring search for each, a fifteenth of
    the time of `CASE_ODD.search` (which the engine tries at every position of a text)."""
    return any(letter in text for letter in _CASE_ODD_LETTERS)


def lowered_for_scans(text: str) -> str | None:
    """`text` lower-cased for the patterns `for_lowered` makes (same offsets), or None where
    they could miss what the case-ignoring pattern finds: read such a text as it is."""
    low = lowered(text)
    return None if low is None or case_odd(text) else low


def for_lowered(source: str, flags: int) -> re.Pattern[str]:
    """A case-ignoring pattern compiled for lower-cased text, heeding case: the engine's fast
    literal search then finds the fixed words it opens with (ignoring case, it tries the
    pattern at every position). Read a text with it only where `CASE_ODD` finds nothing."""
    if re.search(r"\\[A-Z]", source):  # "\S" lower-cased would be another class
        raise ValueError(f"an escape that lower-casing changes: {source!r}")
    return re.compile(source.lower(), flags & ~re.IGNORECASE)


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
        _TAKEN[pattern] = taken_by_every_match(pattern)
    taken = _TAKEN[pattern]
    if taken and taken not in text:
        return  # (a fast search: no match can be without it)
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


_TAKEN: dict[re.Pattern[str], str] = {}


def taken_by_every_match(pattern: re.Pattern[str]) -> str:
    """A character every match of `pattern` takes, whatever the letter case ("?" for a
    question, ":" for a heading that ends in one), or "" if none is known: a text without
    it holds no match. Only an ASCII character that is no letter counts (ignoring case, it
    stands for itself alone), taken outside any optional part or alternative."""
    try:
        items = list(_parser.parse(pattern.pattern, pattern.flags).data)
    except Exception:
        return ""
    return _taken(items)


def _taken(items: list[tuple[Any, Any]]) -> str:
    for op, av in items:
        if op is _sre.LITERAL and av < 128 and not chr(av).isalpha():
            return chr(av)
        if op is _sre.SUBPATTERN:
            found = _taken(list(av[3]))
        elif op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT, _sre.POSSESSIVE_REPEAT) and av[0] >= 1:
            found = _taken(list(av[2]))
        else:  # an alternative, a class, a look-around, an optional part: passed over
            continue
        if found:
            return found
    return ""


def opening_words(pattern: re.Pattern[str]) -> tuple[str, ...]:
    """The fixed words that the top-level branches of a case-heeding `pattern` open with,
    one a branch: every match opens with one of them. Empty if some branch opens with no
    fixed word, or case is ignored."""
    branches = top_branches(pattern.pattern)
    if branches is None or pattern.flags & (re.IGNORECASE | re.VERBOSE):
        return ()
    words = []
    for source in branches:
        try:
            word = _first_word(list(_parser.parse(source, pattern.flags).data))
        except Exception:
            return ()
        if not word:
            return ()
        words.append(word)
    return tuple(words)


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
    if may_match_nothing(list(items)[1:]):
        return None
    return re.compile("\n(?:" + source[1:] + ")", pattern.flags)


def branch_matches(
    pattern: re.Pattern[str], text: str, plain: re.Pattern[str] | None = None
) -> Iterator[re.Match[str]]:
    """`pattern.finditer(text)` for a pattern whose branches can each be looked for fast
    on its own (`_branch_finders`): the leftmost place where a branch matches is where the
    whole pattern matches next, and there it is matched whole. (Else `plain`, a pattern
    finding the same, scans: by default `pattern` itself.)"""
    finders = _FINDERS.get(pattern, False)
    if finders is False:
        finders = _FINDERS[pattern] = _branch_finders(pattern)
    if finders is None:
        yield from (plain or pattern).finditer(text)
        return
    pos = 0
    ahead: list[int | None] = [find(text, 0) for find in finders]
    while True:
        for k, at in enumerate(ahead):
            if at is not None and at < pos:
                ahead[k] = finders[k](text, pos)
        places = [at for at in ahead if at is not None]
        if not places:
            return
        at = min(places)
        found = pattern.match(text, at)
        if found is None:  # (cannot be: a branch matched there) go on safely
            pos = at + 1
            continue
        yield found
        pos = found.end()  # (never empty, as `_branch_finders` requires)


_FINDERS: dict[re.Pattern[str], list[Callable[[str, int], int | None]] | None] = {}


def _branch_finders(pattern: re.Pattern[str]) -> list[Callable[[str, int], int | None]] | None:
    """For each top-level branch of `pattern`, a function giving the first place at or
    after a position where that branch matches; None if some branch cannot be looked for
    fast (nor the pattern split), or the pattern may match nothing."""
    if pattern.flags & re.VERBOSE:
        return None
    branches = top_branches(pattern.pattern)
    if branches is None or len(branches) < 2:
        return None
    try:
        if may_match_nothing(list(_parser.parse(pattern.pattern, pattern.flags).data)):
            return None
    except Exception:
        return None
    finders = []
    for source in branches:
        find = _branch_finder(source, pattern.flags)
        if find is None:
            return None
        finders.append(find)
    return finders


def _branch_finder(source: str, flags: int) -> Callable[[str, int], int | None] | None:
    """How to find one branch fast: after a line break if it opens with "^", by the
    engine's own skip if it opens with a fixed word or set of characters, or by the fixed
    word it takes first after look-arounds; None otherwise."""
    try:
        branch = re.compile(source, flags)
        items = list(_parser.parse(source, flags).data)
    except Exception:
        return None
    if source.startswith("^") and items and items[0] == (_sre.AT, _sre.AT_BEGINNING):
        if not flags & re.MULTILINE:
            return None
        after_break = re.compile("\n(?:" + source[1:] + ")", flags)

        def at_line_start(text: str, pos: int) -> int | None:
            if pos == 0 and branch.match(text, 0):
                return 0
            hit = after_break.search(text, max(0, pos - 1))
            return None if hit is None else hit.start() + 1

        return at_line_start
    if _engine_skips(source, flags):

        def skipped_to(text: str, pos: int) -> int | None:
            hit = branch.search(text, pos)
            return None if hit is None else hit.start()

        return skipped_to
    word = _first_word(items)
    if not word or flags & re.IGNORECASE:
        return None

    def by_word(text: str, pos: int) -> int | None:
        at = text.find(word, pos)
        while at != -1 and branch.match(text, at) is None:
            at = text.find(word, at + 1)
        return None if at == -1 else at

    return by_word


def _engine_skips(source: str, flags: int) -> bool:
    """Whether the engine skips to where a match of `source` can begin: it opens with a
    fixed word or a set of characters (the engine's own test, a private one: if it is
    not there, no)."""
    try:
        parsed = _parser.parse(source, flags)
        return bool(
            _compiler._get_literal_prefix(parsed, flags)[0]
            or _compiler._get_charset_prefix(parsed, flags)
        )
    except Exception:
        return False


def _first_word(items: list[tuple[Any, Any]]) -> str:
    """The fixed characters a match takes first, after look-arounds and anchors ("" if
    none): every match starts where they stand."""
    word = ""
    for op, av in items:
        if op in (_sre.ASSERT, _sre.ASSERT_NOT, _sre.AT) and not word:
            continue
        if op is not _sre.LITERAL:
            break
        word += chr(av)
    return word
