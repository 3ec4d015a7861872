"""Give each reference of a text its relation: the `relate` verb.

A cue (see `cues.py`) governs the references after it in its segment: a sentence, or a
few sentences when the next one opens with "in particular" and the like. Blank lines and
new list items end a segment. Then:
- a cue with no reference before it in the segment speaks for the text's own document
  ("Kế hoạch thực hiện Chỉ thị số 33/CT-TTg");
- a cue right after another reference speaks for that one ("Nghị định 187/2025/NĐ-CP ...
  sửa đổi ... Nghị định 78/2025/NĐ-CP": 187 amends 78, and the text only cites 78),
  except `căn cứ`, which always belongs to the text's own preamble;
- Japanese puts the verb last: a cue after the reference in its segment counts;
- a reference with no cue of its own continues the list of the reference just before it
  when they are close (a list split by a sentence break in translation);
- anything else is CITES.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass

from .model import Reference
from .sentences import SENTENCE_END
from .cues import CONTINUATION, CUE_RE, Cue, cue_of

_HARD_BREAK = re.compile(r"\n[ \t]*\n|\n[ \t]*(?:[-+•*]|\d{1,2}[.)]|[a-zđ][.)]|Điều\s+\d|Căn\s+cứ)")
_CLAUSE_BREAK = re.compile(
    r"[;；:]|\bcăn\s+cứ\b", re.IGNORECASE
)  # a describer's cue stays in its clause
_PREDICATE_REACH = 200  # chars from a reference to a cue that describes it
_LIST_REACH = 250  # chars between two references of one list
_SEGMENT_REACH = 600


class _Cues:
    """The cues of a text in order, found by position (long texts hold thousands)."""

    def __init__(self, cues: list[tuple[int, int, Cue]]) -> None:
        self.cues = cues
        self.starts = [c[0] for c in cues]

    def starting_in(self, lo: int, hi: int) -> list[tuple[int, int, Cue]]:
        return self.cues[bisect_left(self.starts, lo) : bisect_left(self.starts, hi)]


@dataclass
class Statement:
    """`subject` is None for the text's own document (or body), else a reference index."""

    subject: int | None
    relation: str
    object: int  # index of the reference
    confidence: float
    rule: str


def relate(
    text: str, refs: list[Reference], language: str = "vi", own_number: str | None = None
) -> list[Statement]:
    """Statements for every reference except those naming the text's own document."""
    cues = _Cues([(m.start(), m.end(), cue_of(m)) for m in CUE_RE.finditer(text)])
    statements: list[Statement] = []
    own: dict[int, Statement] = {}
    for i, ref in enumerate(refs):
        if ref.self or (own_number is not None and ref.canonical == own_number):
            continue
        lo, hi = segment(text, ref.start)
        st = _by_cue_before(text, refs, i, lo, cues)
        if st is None and language == "ja":
            st = _by_cue_after(refs, i, hi, cues)
        if st is None:
            st = _by_list(text, refs, i, own, cues)
        if st is None:
            st = Statement(None, "CITES", i, 1.0, "mention")
        if st.subject is not None:  # a description of another document: the text only cites it
            statements.append(Statement(None, "CITES", i, 1.0, "mention"))
        else:
            own[i] = st
        statements.append(st)
    return statements


def segment(text: str, pos: int) -> tuple[int, int]:
    """The span whose cues govern a reference at `pos`."""
    lo = max(0, pos - _SEGMENT_REACH)
    start = lo
    for m in SENTENCE_END.finditer(text, lo, pos):
        if not CONTINUATION.match(text, m.end()):
            start = m.end()
    for m in _HARD_BREAK.finditer(text, start, pos):
        start = m.start() + 1
    end_match = SENTENCE_END.search(text, pos)
    end = end_match.end() if end_match else len(text)
    brk = _HARD_BREAK.search(text, pos, end)
    return start, (brk.start() if brk else min(end, pos + _SEGMENT_REACH))


def _by_cue_before(
    text: str, refs: list[Reference], i: int, lo: int, cues: _Cues
) -> Statement | None:
    ref = refs[i]
    before = [c for c in cues.starting_in(lo, ref.start) if c[1] <= ref.start]
    if not before:
        return None
    start, _, cue = before[-1]
    relation = cue.relation
    if relation == "CITES":
        return Statement(None, "CITES", i, 1.0, "neutral cue")
    describer = next(
        (
            j
            for j in range(i - 1, -1, -1)
            if lo <= refs[j].start
            and refs[j].end <= start
            and start - refs[j].end <= _PREDICATE_REACH
            and not _CLAUSE_BREAK.search(text, refs[j].end, start)
        ),
        None,
    )
    if describer is not None and relation != "BASED_ON" and not refs[describer].self:
        return Statement(
            describer, relation, i, min(cue.confidence, 0.7), "cue after another reference"
        )
    listed = any(start < refs[j].start for j in range(i) if refs[j].end <= ref.start)
    return Statement(None, relation, i, round(cue.confidence - (0.1 if listed else 0.0), 2), "cue")


def _by_cue_after(refs: list[Reference], i: int, hi: int, cues: _Cues) -> Statement | None:
    ref = refs[i]
    after = [c for c in cues.starting_in(ref.end, hi) if c[1] <= hi and c[2].relation != "CITES"]
    if not after:
        return None
    return Statement(
        None,
        after[0][2].relation,
        i,
        round(after[0][2].confidence - 0.1, 2),
        "cue after (verb-final)",
    )


def _by_list(
    text: str,
    refs: list[Reference],
    i: int,
    own: dict[int, Statement],
    cues: _Cues,
) -> Statement | None:
    prev = own.get(i - 1)
    if prev is None or prev.relation == "CITES" or prev.rule == "mention":
        return None
    gap_start, gap_end = refs[i - 1].end, refs[i].start
    if gap_end - gap_start > _LIST_REACH or _HARD_BREAK.search(text, gap_start, gap_end):
        return None
    if cues.starting_in(gap_start, gap_end):
        return None
    return Statement(None, prev.relation, i, min(prev.confidence, 0.7), "list continued")
