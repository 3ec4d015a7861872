"""What a regular expression's match can open with: derived from the pattern itself.

The readers of cues try a pattern only where a match can begin. `may_open_with` says,
from the parsed pattern, whether some match could begin with given words ("theo"): a
pattern that cannot is never tried there. Whatever the analysis does not understand
(a back reference, a flag it does not know) counts as yes, and lookarounds and anchors
take no character, so they are passed over: the answer may be yes where a match is
impossible, never no where one is possible.
"""

from __future__ import annotations

import re
import re._constants as _sre
import re._parser as _parser
from collections.abc import Callable
from functools import cache
from typing import Any

_CATEGORIES = {
    _sre.CATEGORY_DIGIT: r"\d",
    _sre.CATEGORY_NOT_DIGIT: r"\D",
    _sre.CATEGORY_SPACE: r"\s",
    _sre.CATEGORY_NOT_SPACE: r"\S",
    _sre.CATEGORY_WORD: r"\w",
    _sre.CATEGORY_NOT_WORD: r"\W",
}
_REPEATS = (_sre.MAX_REPEAT, _sre.MIN_REPEAT, _sre.POSSESSIVE_REPEAT)
_PASSED_OVER = (_sre.AT, _sre.ASSERT, _sre.ASSERT_NOT)

Items = list[tuple[Any, Any]]


def may_open_with(pattern: str, opening: str, flags: int = re.IGNORECASE) -> bool:
    """Whether a match of `pattern` could begin with `opening` (or be all of a beginning of
    it). Letters are compared ignoring case, whatever `flags` say: never a wrong no."""
    items = _parsed(pattern, flags)
    if items is None:  # an unexpected parse: it may open with anything
        return True
    return _match(list(items), 0, opening, 0, lambda _: True)


@cache
def _parsed(pattern: str, flags: int) -> tuple[tuple[Any, Any], ...] | None:
    """`pattern` parsed once (the readers ask of each cue for every start word: parsing it
    each time made importing the cues take seconds), or None if it does not parse."""
    try:
        return _plain(_parser.parse(pattern, flags).data)
    except Exception:
        return None


def _plain(items: Any) -> tuple[tuple[Any, Any], ...]:
    """Parsed `items` with every nested subpattern made a tuple: `_match` copies each one
    it enters into a list, and a parser's subpattern hands its items over one Python call
    at a time (two thirds of the time of asking which cues open with which words)."""
    out = []
    for op, av in items:
        if op is _sre.SUBPATTERN:
            av = (*av[:3], _plain(av[3]))
        elif op is _sre.BRANCH:
            av = (av[0], [_plain(branch) for branch in av[1]])
        elif op in _REPEATS:
            av = (av[0], av[1], _plain(av[2]))
        out.append((op, av))
    return tuple(out)


def _match(items: Items, k: int, text: str, pos: int, then: Callable[[int], bool]) -> bool:
    """Whether `items[k:]` can match `text` from `pos` on and `then` accept where it ends;
    reaching the end of `text` counts as a match (what follows it is not known)."""
    if pos >= len(text):
        return True
    if k == len(items):
        return then(pos)
    op, av = items[k]
    rest = lambda end: _match(items, k + 1, text, end, then)  # noqa: E731
    if op in _PASSED_OVER:
        return rest(pos)
    if op in (_sre.LITERAL, _sre.NOT_LITERAL, _sre.IN, _sre.ANY):
        return _takes(op, av, text[pos]) and rest(pos + 1)
    if op is _sre.SUBPATTERN:
        return _match(list(av[3]), 0, text, pos, rest)
    if op is _sre.BRANCH:
        return any(_match(list(branch), 0, text, pos, rest) for branch in av[1])
    if op in _REPEATS:
        low, high, sub = av[0], av[1], list(av[2])

        def repeat(count: int, at: int) -> bool:
            if count >= low and rest(at):
                return True
            if count >= high:
                return False
            # a repetition that takes nothing adds nothing beyond the least number asked
            return _match(
                sub, 0, text, at, lambda end: (end > at or count < low) and repeat(count + 1, end)
            )

        return repeat(0, pos)
    return True  # a back reference, a conditional, ...: anything


def _takes(op: Any, av: Any, ch: str) -> bool:
    """Whether one item taking a character can take `ch` (case ignored)."""
    if op is _sre.ANY:
        return True
    one = _item_class(op, av if isinstance(av, int) else tuple(av))
    return one is None or one.fullmatch(ch) is not None


def class_parts(av: Any) -> list[str] | None:
    """The pieces of a parsed character class (`[...]`) written back as pattern text ("^"
    first when negated), or None when it holds something not understood."""
    parts = []
    for item, value in av:
        if item is _sre.NEGATE:
            parts.append("^")
        elif item is _sre.LITERAL:
            parts.append(re.escape(chr(value)))
        elif item is _sre.RANGE:
            parts.append(f"{re.escape(chr(value[0]))}-{re.escape(chr(value[1]))}")
        elif item is _sre.CATEGORY and value in _CATEGORIES:
            parts.append(_CATEGORIES[value])
        else:
            return None
    return parts


@cache
def _item_class(op: Any, av: Any) -> re.Pattern[str] | None:
    """A one-character pattern for an item (None: it may take anything). It takes the
    most the item may take, with or without case ignored: a letter in either case, and
    a negation (which ignoring case makes narrower) with case heeded."""
    if op is _sre.LITERAL:
        return re.compile(re.escape(chr(av)), re.IGNORECASE)
    if op is _sre.NOT_LITERAL:
        return re.compile("[^" + re.escape(chr(av)) + "]")
    parts = class_parts(av)
    if parts is None:
        return None
    negated = parts[:1] == ["^"]
    return re.compile("[" + "".join(parts) + "]", 0 if negated else re.IGNORECASE)


def lead_before(pattern: re.Pattern[str], stop: str) -> str | None:
    """The characters a match of `pattern` may take before its first `stop`, if every
    match takes `stop` (as every list item's match takes a line break); None if that is
    not so, or not understood. A match then opens with a run of these characters and
    `stop`: a scan may go from one `stop` to the next instead of trying every position."""
    try:
        items = _parser.parse(pattern.pattern, pattern.flags).data
    except Exception:
        return None
    found = _before_stop(list(items), stop)
    if found is None or not found[1]:
        return None
    lead = found[0]
    if pattern.flags & re.IGNORECASE and any(ch.lower() != ch.upper() for ch in lead):
        return None  # a letter would stand for its other cases too: not worth reading
    return "".join(sorted(lead))


def _before_stop(items: Items, stop: str) -> tuple[set[str], bool] | None:
    """The characters `items` may take before `stop`, and whether they always take it."""
    chars: set[str] = set()
    for op, av in items:
        if op in _PASSED_OVER:
            continue
        if op is _sre.LITERAL:
            found: tuple[set[str], bool] | None = (
                (set(), True) if chr(av) == stop else ({chr(av)}, False)
            )
        elif op is _sre.IN:
            if any(item is not _sre.LITERAL for item, _ in av):
                return None  # a range, a class or a negation: not read
            taken = {chr(value) for _, value in av}
            found = (set(), True) if taken == {stop} else (taken - {stop}, False)
        elif op is _sre.SUBPATTERN:
            found = _before_stop(list(av[3]), stop)
        elif op is _sre.BRANCH:
            branches = [_before_stop(list(branch), stop) for branch in av[1]]
            if any(b is None for b in branches):
                return None
            found = (
                set().union(*(b[0] for b in branches)),  # type: ignore[index]
                all(b[1] for b in branches),  # type: ignore[index]
            )
        elif op in _REPEATS:
            inner = _before_stop(list(av[2]), stop)
            found = None if inner is None else (inner[0], inner[1] and av[0] >= 1)
        else:
            return None
        if found is None:
            return None
        chars |= found[0]
        if found[1]:
            return chars, True
    return chars, False


def may_match_nothing(items: Items) -> bool:
    """Whether parsed `items` may match the empty string (yes where not understood)."""
    return all(_item_may_be_empty(op, av) for op, av in items)


def _item_may_be_empty(op: Any, av: Any) -> bool:
    if op in (_sre.LITERAL, _sre.NOT_LITERAL, _sre.IN, _sre.ANY):
        return False
    if op is _sre.SUBPATTERN:
        return may_match_nothing(list(av[3]))
    if op is _sre.BRANCH:
        return any(may_match_nothing(list(branch)) for branch in av[1])
    if op in _REPEATS:
        return av[0] == 0 or may_match_nothing(list(av[2]))
    return True  # an anchor, a look-around, a back reference, ...


def top_branches(source: str) -> list[str] | None:
    """`source` split at its top-level "|" (None if its brackets do not close)."""
    branches, depth, start, k = [], 0, 0, 0
    while k < len(source):
        ch = source[k]
        if ch == "\\":
            k += 2
            continue
        if ch == "[":  # a class: "]" right after "[" or "[^" is a member
            k += 1
            if k < len(source) and source[k] == "^":
                k += 1
            if k < len(source) and source[k] == "]":
                k += 1
            while k < len(source) and source[k] != "]":
                k += 2 if source[k] == "\\" else 1
            if k >= len(source):
                return None
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "|" and depth == 0:
            branches.append(source[start:k])
            start = k + 1
        k += 1
    if depth != 0:
        return None
    return branches + [source[start:]]
