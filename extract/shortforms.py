"""Short forms that point back to a full mention in the same text.

After `Kết luận số 187-KL/TW`, a later `Kết luận số 187` or `Kết luận 187` names the same
document; so do `Directive No. 33` after `Directive No. 33/CT-TTg` and `Thông tư số
08/2024` after `Thông tư số 08/2024/TT-TTCP` (number and year must both agree). A short
form with no earlier full mention of a matching type says no number: nothing says which
it is (`bare` finds it as a mention with no number).

A text may also define an alias for a document it has just named: `Thông tư liên tịch số
01/2017/TTLT-BTC-BNV ... (sau đây viết tắt là TTLT 01/2017)`. The alias, where it is
defined and wherever it is written after, names that document. Only aliases holding a
number are read: a bare `(sau đây gọi tắt là Nghị định)` would make every later
`Nghị định` a reference, and most are not.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, replace

from .model import Reference
from .patterns import REFERENCE_RE, WORDCHAR
from .sentences import sentence_bounds
from .vocabulary import (
    ALIAS_INTRO,
    NUMBER_SIGNS,
    TYPE_ABBREVIATIONS,
    TYPE_NOUNS,
    TYPE_WORDS,
    noun_key,
)

_DIGITS = re.compile(r"\d+")
_NOT_BEFORE = set("0123456789.,/-")
# The whole numbers a short form may write: a run of digits with none of `_NOT_BEFORE`
# right before it (`2020` of `12/3/2020` and `5` of `1.5` are never one).
_LONE_DIGITS = re.compile(r"\d(?<![\d.,/-]\d)\d*")
_NOT_AFTER = re.compile(rf"[{WORDCHAR}]|[.,]\d|[ \t]*[-/]")
# `/2024` right after the number of a short form, and nothing of a code after it.
_YEAR_AFTER = re.compile(rf"/((?:19|20)\d\d)(?![{WORDCHAR}]|[.,]\d|[ \t]*[-/])")
# The numbers a short form may write (`_LONE_DIGITS`) that stand alone (`_stands_alone`)
# or have a year after them (`_YEAR_AFTER`): the engine drops the others (the numbers of
# full references and of dates, half of all) before a Python loop looks at them.
_SHORT_NUMBER = re.compile(
    rf"{_LONE_DIGITS.pattern}(?:(?!{_NOT_AFTER.pattern})|(?={_YEAR_AFTER.pattern}))"
)


def _stands_alone(text: str, m: re.Match[str]) -> bool:
    """A whole number, not part of a decimal, a date or a full reference (`81/2018/...`)."""
    before = text[m.start() - 1] if m.start() else " "
    return before not in _NOT_BEFORE and not _NOT_AFTER.match(text, m.end())


# A type noun (and a number sign) right before a number: searched backwards from the number.
_ABBREVIATIONS = "|".join(sorted(TYPE_ABBREVIATIONS, key=len, reverse=True))
_NOUN_BEFORE = re.compile(
    rf"(?<![{WORDCHAR}])(?:(?P<noun>{TYPE_NOUNS})|(?-i:(?P<abbreviation>{_ABBREVIATIONS})))"
    rf"\s*(?:(?:{NUMBER_SIGNS})\s*)?\Z",
    re.IGNORECASE,
)
_REACH = 40  # characters before a number where its noun may start


def backwards(alternatives: str) -> str:
    """An alternation of plain sequences (characters and escapes, each with at most a
    quantifier: `NUMBER_SIGNS`) read backwards: "số\\s*:?" becomes ":?\\s*ốs"."""
    if any(ch in alternatives for ch in "()[]{}") or "\\|" in alternatives:
        raise ValueError(f"not an alternation of plain sequences: {alternatives!r}")
    return "|".join("".join(reversed(_ATOM.findall(alt))) for alt in alternatives.split("|"))


_ATOM = re.compile(r"(?:\\.|[^\\])[*+?]?")
# What `_NOUN_BEFORE` needs at the least, read backwards from the number: blanks and a
# number sign, then the last two letters of some noun or abbreviation (case ignored; no
# noun ends in a one-letter word, so those two are letters). Most numbers ("Điều 5", "ngày
# 12", "… said that 5") fail this cheap test, one match anchored at the number in the text
# reversed, which spares them the costly one (an alternation of every noun tried at each of
# the `_REACH` positions before the number). Looking at the last letter alone (searched
# forwards) let a third of the numbers through, and cost as much as the noun's search.
_LAST_TWO = sorted({re.escape(w[-2:][::-1]) for w in (*TYPE_WORDS, *TYPE_ABBREVIATIONS)})
_NOUN_TAIL_BACKWARDS = re.compile(
    rf"\s*(?:(?:{backwards(NUMBER_SIGNS)})\s*)?(?:{'|'.join(_LAST_TWO)})", re.IGNORECASE
)
assert all(" " not in w[-2:] for w in (*TYPE_WORDS, *TYPE_ABBREVIATIONS))

# `(sau đây viết tắt là Thông tư liên tịch số 01/2017)`: the alias is what the brackets hold
# after the introducing words, without quotes.
_ALIAS_DEFINITION = re.compile(
    rf"\(\s*(?:{ALIAS_INTRO})\s*:?\s*[\"“']?(?P<alias>[^()\"”'\n;]{{1,80}}?)[\"”']?\s*\)",
    re.IGNORECASE,
)
_ALIAS_REACH = 800  # characters between a full mention and the alias defined for it (its title)


def find_short_forms(text: str, full: list[Reference]) -> list[Reference]:
    """Short forms in `text` that resolve to one of the earlier `full` references, and the
    aliases a text defines, in text order; none overlaps a full reference or another."""
    if not full:
        return []
    starts = [r.start for r in full]
    found = (
        _numbered_short_forms(text, full, starts)
        + _aliases(text, full, starts)
        + _carried_out_by_type(text, full, starts)
    )
    found.sort(key=lambda r: (r.start, -r.end))
    kept: list[Reference] = []
    for r in found:
        if not kept or r.start >= kept[-1].end:
            kept.append(r)
    return kept


def _numbered_short_forms(text: str, full: list[Reference], starts: list[int]) -> list[Reference]:
    """`Kết luận số 187`, `Thông tư 08/2024`: a type noun and the number of an earlier full
    mention of that type (and its year, when one is written).

    Only the numbers of full references can be short forms, so numbers are found first
    (a plain digit scan is fast) and the noun before them checked after.
    """
    kinds = [r.type_code or _type_named_before(text, r) for r in full]
    numbers = {r.number.lstrip("0") or "0" for r, kind in zip(full, kinds, strict=True) if kind}
    if not numbers:
        return []
    by_number = _indices_by_number(full)
    found: list[Reference] = []
    backwards = text[::-1]  # (a copy: a hundredth of the scan's time)
    size = len(text)
    for m in _SHORT_NUMBER.finditer(text):
        if (m.group().lstrip("0") or "0") not in numbers:
            continue
        # (text[k] is backwards[size - 1 - k]: the match starts at the character before m)
        if not _NOUN_TAIL_BACKWARDS.match(
            backwards, size - m.start(), size - max(0, m.start() - _REACH)
        ):
            continue
        end, year = m.end(), None
        if not _stands_alone(text, m):
            dated = _YEAR_AFTER.match(text, m.end())
            before = text[m.start() - 1] if m.start() else " "
            if dated is None or before in _NOT_BEFORE:
                continue
            end, year = dated.end(), int(dated.group(1))
        reach = max(0, m.start() - _REACH)
        noun = _NOUN_BEFORE.search(text, reach, m.start())
        if noun is None:
            continue
        types = _types_of(noun)
        target = _latest_full_before(
            full, kinds, by_number, starts, noun.start(), m.group(), types, year
        )
        if target is None:
            target = _only_full_after(full, kinds, by_number, noun.start(), m.group(), types, year)
        if target is None or _overlaps(full, starts, noun.start(), end):
            continue
        found.append(_short_form(text, target, noun.start(), end))
    return found


# A type noun alone, with a capital, as what is carried out and at a clause's end: "Tỉnh ủy
# ban hành Chương trình số 51-CTr/TU, ngày 10/5/2024 thực hiện Nghị quyết." after "Nghị quyết
# số 45-NQ/TW" earlier in the sentence (blind round CP). Not "Nghị quyết này", which in a
# resolution's own articles is itself. The noun is searched first (its capital lets the
# engine skip ahead) and the verb looked for right before it.
# (A line may break inside a full mention, between its noun and its number: "ban hành kế
# hoạch thực hiện Quyết định\nsố 64/QĐ-BGTVT", blind round MY; that noun is no short form.)
_LONE_NOUN = re.compile(
    r"(?P<noun>Nghị\s+quyết|Chỉ\s+thị|Kết\s+luận|Nghị\s+định|Quyết\s+định|Thông\s+tư"
    r"|Quy\s+định|Kế\s+hoạch|Chương\s+trình)"
    rf"(?=[ \t]*(?:[.;,]|\n(?![ \t]*(?:{NUMBER_SIGNS})?[ \t]*\d)|\Z)|\s+(?:nói\s+)?trên\b)"
)
_CARRIED_OUT_BEFORE = re.compile(
    r"(?<![^\W\d_])(?:thực\s+hiện|triển\s+khai|quán\s+triệt)\s+\Z", re.IGNORECASE
)
_VERB_REACH = 16  # characters before the noun where its verb stands


def _carried_out_by_type(text: str, full: list[Reference], starts: list[int]) -> list[Reference]:
    """A type noun alone that is carried out (`_LONE_NOUN` after `_CARRIED_OUT_BEFORE`),
    standing for the one document of that type its sentence names before it; two of that
    type leave it unsaid."""
    found: list[Reference] = []
    for m in _LONE_NOUN.finditer(text):
        if not _CARRIED_OUT_BEFORE.search(text, max(0, m.start() - _VERB_REACH), m.start()):
            continue
        types = TYPE_WORDS.get(noun_key(m.group("noun")), ())
        lo = sentence_bounds(text, m.start())[0]
        before = [
            full[k]
            for k in range(bisect_left(starts, lo), bisect_left(starts, m.start()))
            if full[k].canonical and full[k].type_code in types
        ]
        if len({r.canonical for r in before}) == 1:
            found.append(_short_form(text, before[-1], m.start("noun"), m.end("noun")))
    return found


def _type_named_before(text: str, r: Reference) -> str | None:
    """The type of a full mention whose number gives none, from the noun written before it:
    "Nghị quyết 81/2025/UBTVQH15" is a resolution (a number of the Assembly or its Standing
    Committee names only its issuer), so that "Nghị quyết 81" can be its short form."""
    if r.number is None:
        return None
    noun = _NOUN_BEFORE.search(text, max(0, r.start - _REACH), r.start)
    types = _types_of(noun) if noun is not None else ()
    return types[0] if len(types) == 1 else None


def _types_of(noun: re.Match[str]) -> tuple[str, ...]:
    if noun.group("abbreviation"):
        return TYPE_ABBREVIATIONS[noun.group("abbreviation")]
    return TYPE_WORDS.get(noun_key(noun.group("noun")), ())


def _indices_by_number(full: list[Reference]) -> dict[str, list[int]]:
    """The indices in `full` of the references of each number (leading zeros dropped), in
    text order."""
    by_number: dict[str, list[int]] = {}
    for i, r in enumerate(full):
        by_number.setdefault((r.number or "").lstrip("0"), []).append(i)
    return by_number


def _latest_full_before(
    full: list[Reference],
    kinds: list[str | None],
    by_number: dict[str, list[int]],
    starts: list[int],
    pos: int,
    number: str,
    types: tuple[str, ...],
    year: int | None = None,
) -> Reference | None:
    """The last reference in `full` before `pos` of `number`, of one of `types` (its type in
    `kinds`) and, if a `year` is given, of that year. Only the references of that number
    are gone through (`_indices_by_number`): going back through all of them, for a short
    form that names none, made a long text's short forms cost in proportion to its
    references."""
    mine = by_number.get(number.lstrip("0"), [])
    for k in range(bisect_left(mine, bisect_left(starts, pos)) - 1, -1, -1):
        r = full[mine[k]]
        if kinds[mine[k]] in types and year in (None, r.year):
            return r
    return None


def _only_full_after(
    full: list[Reference],
    kinds: list[str | None],
    by_number: dict[str, list[int]],
    pos: int,
    number: str,
    types: tuple[str, ...],
    year: int | None = None,
) -> Reference | None:
    """The document a short form written before any full mention of it names: a page's
    headline "Phạt … theo Nghị định 310?" before its lead's "Nghị định 310/2025/NĐ-CP".
    Only when every full mention of that number and type in the text, all after it, is of
    one document: two documents of that number leave it unsaid."""
    mine = [
        full[k]
        for k in by_number.get(number.lstrip("0"), [])
        if kinds[k] in types and year in (None, full[k].year)
    ]
    if not mine or mine[0].start < pos or len({r.canonical for r in mine}) != 1:
        return None
    return mine[0]


def _overlaps(refs: list[Reference], starts: list[int], start: int, end: int) -> bool:
    i = bisect_left(starts, end)
    return any(refs[j].end > start for j in range(max(0, i - 3), i))


def _short_form(text: str, target: Reference, start: int, end: int) -> Reference:
    return replace(
        target,
        surface=text[start:end],
        start=start,
        end=end,
        short_form_of=target.canonical,
        title=None,
        self=False,
        issuers=list(target.issuers),
    )


@dataclass(frozen=True)
class Alias:
    """An alias a text defines, and the full mention it stands for."""

    start: int  # where the alias is written inside its definition
    end: int
    words: str  # the alias as written
    target: Reference


def find_alias_definitions(text: str, full: list[Reference]) -> list[Alias]:
    """Aliases holding a number, each tied to the nearest full mention before it with that
    number (and year, when the alias writes one)."""
    if "tắt" not in text and "ereinafter" not in text:
        return []
    starts = [r.start for r in full]
    aliases: list[Alias] = []
    for m in _ALIAS_DEFINITION.finditer(text):
        words = m.group("alias").strip()
        number = _DIGITS.search(words)
        if number is None or REFERENCE_RE.search(words):  # a full number is found anyway
            continue
        year = _YEAR_AFTER.match(words, number.end())
        target = _antecedent(full, starts, m.start(), number.group(), year and int(year.group(1)))
        if target is None or target.self:
            continue
        start = m.start("alias") + (len(m.group("alias")) - len(m.group("alias").lstrip()))
        aliases.append(Alias(start, start + len(words), words, target))
    return aliases


def _antecedent(
    full: list[Reference], starts: list[int], pos: int, number: str, year: int | None
) -> Reference | None:
    wanted = number.lstrip("0")
    for i in range(bisect_left(starts, pos) - 1, -1, -1):
        r = full[i]
        if pos - r.end > _ALIAS_REACH:
            return None
        if r.number.lstrip("0") == wanted and (year is None or r.year == year):
            return r
    return None


def _aliases(text: str, full: list[Reference], starts: list[int]) -> list[Reference]:
    """The alias where it is defined and every later place it is written."""
    found: list[Reference] = []
    for alias in find_alias_definitions(text, full):
        words = r"\s+".join(re.escape(w) for w in alias.words.split())
        use = re.compile(rf"(?<![{WORDCHAR}])(?:{words})(?![{WORDCHAR}]|[ \t]*[-/]\w)")
        for m in use.finditer(text, alias.start):
            if not _overlaps(full, starts, m.start(), m.end()):
                found.append(_short_form(text, alias.target, m.start(), m.end()))
    return found
