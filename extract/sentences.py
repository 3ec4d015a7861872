"""Sentence boundaries, shared by every stage that reads words around a reference.

A full stop after an abbreviation that stands before numbers ("No.", "NO.", "Nos.", "TP.") does
not end a sentence; hard-wrapped lines do not either (real documents break lines
mid-sentence), but a blank line does.
"""

from __future__ import annotations

import re

# The stop comes first and the abbreviations are checked behind it: a pattern that starts
# with one character set lets the engine skip to the next stop (5x faster on long texts).
# So the three kinds of end (a stop, a Japanese stop, a blank line) share their first
# character's set, and each is told apart by looking back at that character.
_NOT_AFTER = "".join(
    f"(?<!\\b{abbr}[.!?])" for abbr in ("No", "Nos", "no", "NO", "NOS", "TP", "Tp", "St", "v/v")
)
# A line that holds only a date is a page's dateline, never part of a sentence: "03/10/2007\n
# Bắt đầu từ ngày 2/10/2007, Nghị định số 146/2007/NĐ-CP … có hiệu lực, thay thế …" (blind
# round CQ; the look-behinds have fixed widths, one per way of writing the date).
_DAY_OR_MONTH = (r"\d\d", r"\d")
_DATELINE = "|".join(
    rf"(?<=\n{day}/{month}/\d\d\d\d\n)" for day in _DAY_OR_MONTH for month in _DAY_OR_MONTH
)
SENTENCE_END = re.compile(
    r"[.!?。！？\n](?:(?<=[.!?])"
    + _NOT_AFTER
    + r"(?=\s|$)|(?<=[。！？])|(?<=\n)[ \t]*\n|(?<=\d\n)(?:"
    + _DATELINE
    + "))"
)


def sentence_bounds(text: str, pos: int, reach: int = 600) -> tuple[int, int]:
    """The sentence around `pos`, looking at most `reach` characters either way."""
    lo = max(0, pos - reach)
    start = lo
    for m in SENTENCE_END.finditer(text, lo, pos):
        start = m.end()
    m = SENTENCE_END.search(text, pos, min(len(text), pos + reach))
    end = m.end() if m else min(len(text), pos + reach)
    return start, end


def sentence_at(text: str, start: int, end: int, limit: int = 500) -> str:
    """The sentence holding text[start:end], whitespace collapsed, cut to about `limit` chars."""
    lo, _ = sentence_bounds(text, start)
    _, hi = sentence_bounds(text, end)
    head = tail = ""
    if hi - lo > limit:  # keep the reference in view, cutting between words
        if start - lo > limit // 2:
            lo = _word_start(text, start - limit // 2)
            head = "…"
        if hi - end > limit // 2:
            hi = _word_end(text, end + limit // 2)
            tail = "…"
    return head + " ".join(text[lo:hi].split()) + tail


def _word_start(text: str, pos: int) -> int:
    space = text.find(" ", pos)
    return space + 1 if 0 <= space < pos + 40 else pos


def _word_end(text: str, pos: int) -> int:
    space = text.rfind(" ", pos - 40, pos)
    return space if space > 0 else pos


_LOWERED: list[tuple[str, str | None]] = []


def lowered(text: str) -> str | None:
    """`text` in lower case, or None if that moves an offset ("İ" lower-cases to two).

    Kept for the text last asked: the readers of one text ask for it many times."""
    if not _LOWERED or _LOWERED[0][0] is not text:
        low = text.lower()
        _LOWERED[:] = [(text, low if len(low) == len(text) else None)]
    return _LOWERED[0][1]
