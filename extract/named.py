"""Documents cited by name rather than by number.

Vietnamese texts cite laws, codes, ordinances and the constitution by name and date
(`Căn cứ Luật Tổ chức Chính phủ ngày 18 tháng 02 năm 2025;`), amending laws by what they
amend (`Luật sửa đổi, bổ sung một số điều của Luật Đầu tư, Luật Nhà ở ...`), and Party
documents by the congress or plenum that adopted them (`Nghị quyết Đại hội XIII của Đảng`).

Where a law's name ends is the hard part: names are long, hold commas and "và"
("Luật Phòng, chống tác hại của rượu, bia") and run into the rest of the sentence. A name
ends at the longest name the catalogue (data/laws.json) knows, or else at the first word
that cannot belong to a name (a date, "số", "quy định", "được" ... the `stops` of the data),
at punctuation, or at a line break that starts a new item; whichever reaches further wins,
so a law the catalogue lacks keeps its whole name and stays without a number, unless the
word after the known name opens what the sentence says of it (a verb or an adverb, the
`after_known` of the data: "Luật Đất đai chỉ áp dụng …").

An amending law is one mention whose name runs through the laws it amends (`Luật sửa
đổi, bổ sung một số điều của Luật Chứng khoán, …, Luật Xử lý vi phạm hành chính`), as the
project's gold labels it. A name written just before the number of the same law (`Luật Đầu
tư số 61/2020/QH14`) is not a second reference: the numbered one carries the name. A bill
(`dự thảo Luật …`, `Luật … (sửa đổi)`) in a dated text is the law it became: the first law
of its name passed within a year after the text or in the month before it
(`Catalogue.became`), else the latest of its name passed in the text's year by its day
(`Catalogue.revision`), else it keeps no number; a name in an English
translation (`the Law on Tax Administration`) resolves through the Vietnamese name the data
gives it. Resolution (`Catalogue.resolve`) never guesses: when name and date do not single
out one law, the reference keeps no number.
"""

from __future__ import annotations

import datetime
import re
import unicodedata
from bisect import bisect_left, bisect_right
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from functools import cache
from itertools import accumulate
from typing import Any

from .data import read as read_catalogue
from .dates import EN_MONTH_NAMES
from .find import parsed_number
from .model import DateMention, Reference
from .published import iso_day
from .scopes import VI_UPPER
from .spelling import new_style_tones

KINDS = ("Bộ luật", "Luật", "Pháp lệnh", "Hiến pháp")
_KIND_OF_HEAD = {k.lower(): k for k in KINDS}


def _kind_of_head(head: re.Match[str]) -> str:
    return _KIND_OF_HEAD[_SPACES.sub(" ", head.group(1)).lower()]


# A head word, in title case or in the capitals of a heading.
_HEAD_WORDS = (
    r"Bộ\s+[lL]uật",
    r"BỘ\s+LUẬT",
    "Luật",
    "LUẬT",
    "luật",
    r"Pháp\s+lệnh",
    r"PHÁP\s+LỆNH",
    r"Hiến\s+pháp",
    r"HIẾN\s+PHÁP",
)


def _word_starting(alternatives: tuple[str, ...]) -> str:
    r"""One of `alternatives` (each opening with a plain letter), not inside a word.

    The same as `(?<![^\W\d])(?:a|b|…)`, but the check comes after the first letter: a
    pattern that opens with letters lets the regex engine jump between the places where one
    of them is written, one that opens with a look-behind is tried at every position (four
    times slower over a whole text). A figure may stand right before it: a legal site glues
    an item's number to the name it lists ("- 1Luật ngân sách nhà nước 2015", blind rounds W
    and Y).
    """
    return "(?:" + "|".join(rf"{a[0]}(?<![^\W\d]{a[0]}){a[1:]}" for a in alternatives) + ")"


_HEAD = re.compile(rf"({_word_starting(_HEAD_WORDS)})(?!\w)")
_TOKEN = re.compile(r"[^\W\d_]+|\d+|[^\w\s]")
_SPACES = re.compile(r"\s+")
_ALWAYS = ("ngày", "năm", "số")  # end a name in any letter case ("… Cảnh sát môi trường\nNgày")
_NAME_REACH = 400  # characters after a head word where its name may run
_MAX_WORDS = 18  # a law's own name is never longer (amending laws have their own limit)
_MAX_AMENDING_WORDS = 90
_PLURAL_LAWS = re.compile(r"\s*(?:các\b|\d+\s)", re.IGNORECASE)
# A line break ends a name when what follows starts a new item or basis line.
_ITEM_OPENING = (
    r"[-+•*–]|[a-zđ]\)|\d+[.)]|Căn cứ|Theo|Xét|Thực hiện|Điều\s+\d|Chương|"
    r"Bộ luật|Luật|Pháp lệnh|Hiến pháp|Nghị|Thông tư|Quyết định"
)
_NEW_ITEM = re.compile(rf"\n\s*(?:{_ITEM_OPENING})")
_ROMAN = r"[IVXL]+"
# What an amending law's name says before the laws it amends.
_AMENDING_PREFIX = re.compile(
    # (words a page ran together included: "sửa đổi, bổsung một sốđiều")
    r"\s+sửa\s*đổi(?:\s*,\s*bổ\s*sung|\s+bổ\s*sung)?(?:\s*,\s*bãi\s*bỏ)?"
    r"(?:\s+một\s*số\s*điều|\s+điều\s+\d+\w?(?:\s*,\s*\d+\w?)*)?"
    # "… một số điều và Phụ lục Danh mục chỉ tiêu thống kê quốc gia của Luật Thống kê"
    r"(?:\s+và\s+(?:các\s+)?Phụ\s+lục[^;:]{0,80}?(?=\s+của\s))?"
    r"(?:\s+của\s+|\s+(?=Luật|Pháp\s+lệnh|Bộ\s+luật))",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Law:
    name: str
    kind: str
    number: str | None
    date: str | None
    year: int | None
    amended_by: tuple[str, ...] = ()
    seen_in: tuple[str, ...] = ()
    # other names pages cite it by: a shorter form ("Luật Quốc tịch"), or a common slip
    # ("Luật Xử phạt vi phạm hành chính"); each stands for the law as its own name does
    also: tuple[str, ...] = ()


@dataclass
class Grammar:
    """The words and phrases of data/laws.json that decide where a name ends."""

    stops: frozenset[str]
    not_a_name: frozenset[str]
    # the first word of what a sentence says of a law the catalogue knows ("Luật Đất đai
    # chỉ áp dụng …"): past a known name, the name ends before it
    after_known: frozenset[str]
    not_after: tuple[str, ...]
    abbreviations: dict[str, str]
    congresses: dict[str, int]
    english: dict[str, str]  # folded English name -> Vietnamese name


def _name_words(s: str) -> list[str]:
    """Words of a name, lower case, NFC, abbreviations expanded; punctuation dropped."""
    return [w for token in s.split() for part in _GLUED.split(token) for w in name_token(part)]


@cache
def name_token(token: str) -> tuple[str, ...]:
    """The words a token of a name counts as: lower case, NFC, new-style tones, abbreviations
    spelled out ("VKSND" is four words); punctuation none."""
    token = unicodedata.normalize("NFC", token).replace("Ð", "Đ").replace("ð", "đ").lower()
    abbreviations = grammar().abbreviations
    # tones are placed after the spelling out: "ATGT" is "an toàn …", which the catalogue's
    # names hold as "an tòan …"
    spelled = " ".join(abbreviations.get(part, part) for part in re.findall(r"[^\W_]+", token))
    return tuple(new_style_tones(spelled).split())


def _english_key(name: str) -> str:
    """One spelling of an English name: lower case, no punctuation, no "the" ("the Law on the
    State Budget" is the data's "Law on State Budget")."""
    return " ".join(w for w in re.findall(r"[^\W_]+", name.lower()) if w != "the")


def catalogue_key(name: str) -> str:
    """One spelling for every way of writing a name: case, commas, spaces, abbreviations."""
    return " ".join(_name_words(name))


def kind_of_name(name: str) -> str | None:
    """`Luật`, `Bộ luật`, `Pháp lệnh` or `Hiến pháp` for a name that starts with one."""
    low = name.lower()
    for kind in KINDS:
        if low.startswith(kind.lower()) and (len(low) == len(kind) or not low[len(kind)].isalnum()):
            return kind
    return None


@cache
def _data() -> dict[str, Any]:
    return read_catalogue("laws.json")


@cache
def grammar() -> Grammar:
    g = _data()["grammar"]
    return Grammar(
        stops=frozenset(g["stops"]),
        not_a_name=frozenset(g["not_a_name"]),
        after_known=frozenset(g["after_known"]),
        not_after=tuple(g["not_after"]),
        abbreviations=dict(g["abbreviations"]),
        congresses={k: int(v) for k, v in g["congresses"].items()},
        english={_english_key(k): v for k, v in g["english"].items()},
    )


# A bill named in a text is the law it became (`Catalogue.became`) when that law was passed
# within a year after the text, or in the month before it: a report of a bill's last
# reading may come out days after the vote.
BILL_PASSED_WITHIN = 366
BILL_REPORTED_LATE = 31


class Catalogue:
    """The laws of data/laws.json, found by folded name and by their first words."""

    def __init__(self, laws: list[Law]) -> None:
        self.laws = laws
        self.by_key: dict[str, list[Law]] = {}
        self.by_number = {law.number: law for law in laws if law.number}
        # kind -> the word lists of known names after the head word, longest first
        self.names: dict[str, list[list[str]]] = {}
        for law in laws:
            for name in (law.name, *law.also):
                self.by_key.setdefault(catalogue_key(name), []).append(law)
                words = _name_words(name)[len(_name_words(law.kind)) :]
                if words and words not in self.names.setdefault(law.kind, []):
                    self.names[law.kind].append(words)
        for lists in self.names.values():
            lists.sort(key=len, reverse=True)
        # ... and by their first word, in that order: a name can cover the words after a
        # head word only if it opens with the first of them (asked for every head word,
        # going through all the names of a kind cost a fifth of finding named references)
        self.names_by_first: dict[str, dict[str, list[list[str]]]] = {}
        for kind, lists in self.names.items():
            by_first = self.names_by_first.setdefault(kind, {})
            for words in lists:
                by_first.setdefault(words[0], []).append(words)
        # ... and written without their spaces, for pages that run words together when they
        # join lines ("Luật Phổ biến, giáodục pháp luật"): the names after the head word and
        # every start of one, by kind, and the laws by their whole name
        self.glued: dict[str, set[str]] = {}
        self.glued_starts: dict[str, set[str]] = {}
        for kind, lists in self.names.items():
            for words in lists:
                joined = "".join(words)
                self.glued.setdefault(kind, set()).add(joined)
                starts = self.glued_starts.setdefault(kind, set())
                starts.update(joined[:n] for n in range(1, len(joined) + 1))
        self.by_glued: dict[str, list[Law]] = {}
        for key, same in self.by_key.items():
            self.by_glued.setdefault(key.replace(" ", ""), []).extend(same)

    def named(self, name: str) -> list[Law]:
        """The laws called `name`, however its words are spaced."""
        key = catalogue_key(name)
        return self.by_key.get(key) or self.by_glued.get(key.replace(" ", ""), [])

    def amending(self, name: str, year: int) -> Law | None:
        """The one law of `year` that amends the law called `name`: an amending law whose
        name lists it whole ("… của Luật Cán bộ, công chức và Luật Viên chức" for "Luật
        Viên chức"), or None when there is no such law or more than one."""
        wanted = _name_words(_ACRONYM_AT_END.sub("", name))  # "… ở người (HIV/AIDS)"
        found = [
            law
            for law in self.laws
            if law.year == year and law.number and _lists_law(_name_words(law.name), wanted)
        ]
        return found[0] if len(found) == 1 else None

    def amending_on(self, day: str | None) -> Law | None:
        """The one amending law passed on `day` ("the June 15, 2018 Law Amending and
        Supplementing a Number of Articles of Eleven Laws Concerning Planning"), or None
        when the day is not given or two were passed on it."""
        if not day or len(day) != 10:
            return None
        found = [
            law
            for law in self.laws
            if law.date == day and law.number and _AMENDING_NAME_OPENS.match(law.name)
        ]
        return found[0] if len(found) == 1 else None

    def amender_of(self, name: str, year: int, before: str | None) -> Law | None:
        """The one law that amended the law called `name` passed in `year`, passed itself by
        `before` (the citing day, if known): "Luật sửa đổi, bổ sung một số điều của Luật Dược
        2016" is the law of 2024 that amended the Pharmacy Law of 2016, the year being the
        amended law's when no amending law of the name was passed that year."""
        inner = self.resolve(name, None, year, None)
        if inner is None:
            return None
        amenders = [self.by_number.get(number) for number in inner.amended_by]
        found = [
            law
            for law in amenders
            if law is not None and law.number and (before is None or _passed_before(law, before))
        ]
        return found[0] if len(found) == 1 else None

    def revision(self, name: str, day: str | None) -> Law | None:
        """The latest law called `name` passed in the year of `day` by that day: a revision
        named once passed ("Luật Thanh tra (sửa đổi)" on a page of December 2025 is the law
        of June), when no law of the name was passed near the day (`became`). Undated, or
        with no law of the name passed in the year by the day, None; None too when two were
        passed on that latest day."""
        if not day or len(day) != 10:
            return None
        laws = [law for law in self.named(name) if law.number]
        found = [law for law in laws if law.date and law.date[:4] == day[:4] and law.date <= day]
        if not found:
            return None
        # two revisions in a year (local government, February and June 2025): the later
        latest = max(found, key=lambda law: law.date or "")
        return None if sum(law.date == latest.date for law in found) > 1 else latest

    def became(self, name: str, day: str | None) -> Law | None:
        """The law a bill called `name`, named in a text of `day`, became: the first law
        of the name passed from `BILL_REPORTED_LATE` days before that day to
        `BILL_PASSED_WITHIN` days after it, or the one amending law of that span that lists
        it when none is or it was passed first ("dự thảo Luật Chất lượng sản phẩm, hàng
        hóa" for the law amending it).
        A report of a bill's last reading can come out a few days after the vote ("tiếp
        thu, chỉnh lý dự thảo Luật Thanh tra (sửa đổi)" on 26 June 2025, the law passed
        on the 25th). None when the text is undated, or no such law is known, or two were
        passed on its day."""
        if not day or len(day) != 10:
            return None
        written = datetime.date.fromisoformat(day)
        start = (written - datetime.timedelta(days=BILL_REPORTED_LATE)).isoformat()
        end = (written + datetime.timedelta(days=BILL_PASSED_WITHIN)).isoformat()

        def in_span(law: Law) -> bool:
            return bool(law.number and law.date and start <= law.date <= end)

        named = [law for law in self.named(name) if in_span(law)]
        wanted = _name_words(name)
        amending = [
            law for law in self.laws if in_span(law) and _lists_law(_name_words(law.name), wanted)
        ]
        if len(amending) == 1:
            # the amending law counts when it came first: "Luật Đầu tư (sửa đổi)" on a page
            # of June 2025 is the law of 25 June that amends it (with seven others), not the
            # new Luật Đầu tư of December
            named.append(amending[0])
        if not named:
            return None
        first = min(named, key=lambda law: law.date or "")
        return None if sum(law.date == first.date for law in named) > 1 else first

    def passed_by(self, name: str, day: str) -> bool:
        """Whether a law called `name` the catalogue knows was passed by `day`."""
        laws = self.named(name)
        return any(law.number and _passed_before(law, day) for law in laws)

    def in_force(self, law: Law, day: str) -> Law | None:
        """The law of `law`'s name a text of `day` calls the one in force ("Luật Bảo hiểm xã
        hội hiện hành" on a page of August 2024): a law passed in the year of the day or the
        year before is seldom in force yet (laws take effect months after the vote), so the
        law of the name passed before it is meant; an older law is itself the one in force."""
        if law.year is None or law.year < int(day[:4]) - 1:
            return law
        older = [
            other
            for other in self.by_key.get(catalogue_key(law.name), [])
            if other.number and other.date and law.date and other.date < law.date
        ]
        return max(older, key=lambda other: other.date or "", default=None)

    def longest_name(self, kind: str, words: list[str]) -> int:
        """How many of `words` (after the head word) the longest known name covers."""
        if not words:
            return 0
        for known in self.names_by_first.get(kind, {}).get(words[0], ()):
            if words[: len(known)] == known:
                return len(known)
        return 0

    def longest_glued(self, kind: str, tokens: list[str]) -> int:
        """How many of `tokens` (after the head word) hold the longest known name when both
        are read without spaces ("Phổ", "biến", ",", "giáodục", "pháp", "luật"); a token
        of punctuation counts with the word before it. 0 when none does."""
        names, starts = self.glued.get(kind, set()), self.glued_starts.get(kind, set())
        joined, best = "", 0
        for i, token in enumerate(tokens):
            part = "".join(name_token(token))
            if not part:
                continue
            joined += part
            if joined not in starts:
                break
            if joined in names:
                best = i + 1
        return best

    def resolve(
        self,
        name: str,
        date: str | None,
        year: int | None,
        before: str | None,
        not_before: str | None = None,
    ) -> Law | None:
        """The numbered law a name means, or None when the catalogue cannot tell. `before`:
        the day the citing text was written; `not_before`, for a text that does not say,
        the latest day of a document it cites (it was not written earlier)."""
        name = _ACRONYM_AT_END.sub("", name)  # "(HIV/AIDS)" is written after some names
        candidates = [law for law in self.named(name) if law.number]
        if not candidates and kind_of_name(name) == "Luật":
            # "Luật Lao động", "Luật Tố tụng hình sự năm 2015": a code written as a law (no
            # law of the name is known; no law and code share a name)
            code = "Bộ luật" + name[len("Luật") :]
            candidates = [law for law in self.named(code) if law.number]
        if date or year:
            wanted = int(date[:4]) if date else year
            same_day = [law for law in candidates if date and law.date == date]
            if len(same_day) == 1:
                return same_day[0]
            fits = [law for law in candidates if law.year == wanted]
            if len(fits) > 1 and before and len(before) == 10 and all(f.date for f in fits):
                # two laws of one name in a year (Luật Tổ chức chính quyền địa phương of
                # February and of June 2025): the later one passed by the day of the citing text
                fits = (
                    [max((f for f in fits if f.date <= before), key=lambda f: f.date)]
                    if any(f.date <= before for f in fits)
                    else []
                )
            return fits[0] if len(fits) == 1 else None
        if before is None:
            if len(candidates) == 1:
                return candidates[0]
            # an undated text that cites a document of a year after every law of the name
            # was passed means the latest ("Luật Đất đai" on a page citing decrees of 2025
            # is the law of 2024); a year later, so that the law is in force by then
            if not_before is not None and len(not_before) == 4:
                # a page no earlier than a document known by its year alone: taken to be of
                # that year's middle (`year_only_day`), when the year's last laws were not
                # yet in force
                day = year_only_day(int(not_before))
                candidates = [
                    law
                    for law in candidates
                    if not (law.year == int(not_before) and law.date and law.date > day)
                ]
            latest = max(candidates, key=lambda law: law.date or f"{law.year}", default=None)
            if (
                latest is None
                or not_before is None
                or latest.year is None
                or int(not_before[:4]) <= latest.year
                or sum(law.year == latest.year for law in candidates) > 1
            ):
                return None
            return latest
        if len(before) == 4 and any(law.year == int(before) for law in candidates):
            return None  # only the citing year is known: a law of that year may be meant
        if any(law.date is None and law.year == int(before[:4]) for law in candidates):
            return None  # a law of the citing year, date unknown: passed before it or not?
        earlier = [law for law in candidates if _passed_before(law, before)]
        if not earlier:
            return None
        latest = max(earlier, key=lambda law: law.date or f"{law.year}")
        # laws of the latest one's year tie with it unless both dates tell them apart
        ties = [
            law
            for law in earlier
            if law.year == latest.year and not (law.date and latest.date and law is not latest)
        ]
        return latest if len(ties) == 1 else None


def _lists_law(amending: list[str], wanted: list[str]) -> bool:
    """Whether the words of an amending law's name ("luật sửa đổi … của luật a và luật b")
    list the law `wanted` whole: after "của", ending where the name or a law of it ends."""
    head = 2 if amending[:2] == ["pháp", "lệnh"] else 1  # "luật" or "pháp lệnh"
    if amending[head : head + 2] != ["sửa", "đổi"] or "của" not in amending:
        return False
    listed = amending[amending.index("của") + 1 :]
    n = len(wanted)
    for k in range(len(listed) - n + 1):
        if listed[k : k + n] == wanted and (
            k + n == len(listed) or listed[k + n] == "và" or listed[k + n] in ("luật", "bộ", "pháp")
        ):
            return True
    return False


def year_only_day(year: int) -> str:
    """The day that stands for a document known only by its year ("Nghị định 105/2025/NĐ-CP"
    quoted on a page): the laws it can cite are those passed by the middle of that year.
    The year's first session ends late in June; a law of its last session (November,
    December) is not yet in force during the year and is not what the year's documents
    apply ("Luật Đầu tư" in a decree of 2025 is the law of 2020, not that of 11 December
    2025), which the last day of the year, the stand-in before, took."""
    return f"{year}-06-30"


def _passed_before(law: Law, date: str) -> bool:
    """Whether `law` was passed by the day (or before the year) a text was written: a page
    of the day a law is passed reports that law ("Quốc hội đã thông qua Luật Nhà giáo")."""
    if len(date) == 4:  # a year alone
        return law.year is not None and law.year < int(date)
    if law.date:
        return law.date <= date
    return law.year is not None and law.year < int(date[:4])


@cache
def catalogue() -> Catalogue:
    laws = []
    for e in _data()["laws"]:
        laws.append(
            Law(
                name=e["name"],
                kind=e.get("kind") or kind_of_name(e["name"]) or "Luật",
                number=e.get("number"),
                date=e.get("date"),
                year=e.get("year") or (int(e["date"][:4]) if e.get("date") else None),
                amended_by=tuple(e.get("amended_by", ())),
                seen_in=tuple(e.get("seen_in", ())),
                also=tuple(e.get("also", ())),
            )
        )
    return Catalogue(laws)


# -- finding names ------------------------------------------------------------------


@dataclass
class NamedMention:
    """A name found in a text before it becomes a `Reference`."""

    start: int
    end: int
    name: str
    kind: str
    family: str = "state"
    date: str | None = None
    year: int | None = None
    before: str | None = None  # a nested name: the law it stands in was passed on this date
    numbered: int | None = None  # index of the numbered reference the name introduces
    alias: str | None = None  # the Vietnamese name of a name written in translation
    # a bill ("dự thảo Luật …", "Luật … (sửa đổi)"), or a translation the data cannot
    # name: no number from `Catalogue.resolve`
    draft: bool = False
    # a bill or revision: the law it became, named in a dated text (`Catalogue.became`,
    # else `Catalogue.revision`)
    revised: bool = False
    amended_in: int | None = None  # "Luật Xây dựng sửa đổi 2020": the law of 2020 amending it
    # an English amending law: the Vietnamese name of the first law it amends the data knows
    # ("" for one that names none one by one, "… of 37 Laws concerning Planning")
    amends: str | None = None


@dataclass
class _Numbered:
    """The numbered references of the text, found by where they start."""

    refs: list[Reference]
    at: dict[int, int] = field(default_factory=dict)
    ends: list[int] = field(default_factory=list)  # sorted, for the last one before a place

    def __post_init__(self) -> None:
        self.at = {r.start: i for i, r in enumerate(self.refs)}
        self.ends = sorted(r.end for r in self.refs)
        self._by_end = sorted(self.refs, key=lambda r: r.end)
        # the date a number is written with somewhere in the text ("Nghị định số
        # 49/2025/NĐ-CP ngày 28/02/2025" in the lead, "Nghị định 49/2025/NĐ-CP quy định, …"
        # further on)
        self.dated: dict[str, str] = {}
        for r in self.refs:
            if r.canonical and r.date and len(r.date) == 10:
                self.dated.setdefault(r.canonical, r.date)

    def day_of(self, ref: Reference) -> str | None:
        """The day of the document `ref` names: its own date, the one the catalogue or the
        text gives its number, else a day of its year (`year_only_day`)."""
        law = catalogue().by_number.get(ref.canonical or "")
        date = ref.date or (law.date if law else None) or self.dated.get(ref.canonical or "")
        return date or (year_only_day(ref.year) if ref.year else None)

    def last_ending_in(self, lo: int, hi: int) -> Reference | None:
        i = bisect_right(self.ends, hi)
        return self._by_end[i - 1] if i and self.ends[i - 1] >= lo else None


def find_named(
    text: str,
    numbered: list[Reference],
    dates: list[DateMention],
    own_date: str | None = None,
    own_name: str | None = None,
    own_number: str | None = None,
) -> list[Reference]:
    """Named references of `text`, in text order; names that introduce a numbered reference
    are written into that reference's `name` instead. A text with no date of its own
    (`own_date`) was not written before the latest document it cites (its date, or the
    year in its number)."""
    cited = (r.date or (str(r.year) if r.year else None) for r in numbered)
    not_before = None if own_date else max((day for day in cited if day), default=None)
    date_at = {d.start: d for d in dates}
    own_key = catalogue_key(own_name) if own_name else None
    indexed = _Numbered(numbered)
    mentions = _state_names(text, indexed, date_at) + _english_names(text, indexed, date_at)
    mentions += _party_names(text)
    mentions.sort(key=lambda m: m.start)
    # A name overlaps a numbered reference when one starting before the name's end ends
    # after its start: the furthest end among those starting before it tells (no scan of
    # every reference for every name, which grew with the square of a long text).
    covered = sorted((r.start, r.end) for r in numbered)
    starts = [start for start, _ in covered]
    furthest = list(accumulate((end for _, end in covered), max))
    out: list[tuple[NamedMention, Reference]] = []
    for m in mentions:
        if m.numbered is not None:
            if numbered[m.numbered].name is None:
                numbered[m.numbered].name = m.name
            continue
        if own_key and catalogue_key(m.name) == own_key and not (m.year or m.date):
            continue  # the text's own name ("Luật Doanh nghiệp năm 1999" is another law)
        k = bisect_left(starts, m.end) - 1
        if k >= 0 and furthest[k] > m.start:
            continue
        out.append((m, _reference(text, m, own_date, own_number, not_before)))
    return _one_law_a_name(text, out)


# Where a name stands as what amended a law ("Luật Cán bộ, công chức 2008 được sửa đổi bởi
# khoản 1 Điều 1 Luật Cán bộ, công chức và Luật Viên chức sửa đổi 2019", news-119): the
# amending law, which may share the amended one's name; `_one_law_a_name` leaves it be.
_AMENDER_BEFORE = re.compile(
    r"(?:sửa\s+đổi|bổ\s+sung|thay\s+thế)(?:,?\s*bổ\s+sung)?\s+(?:bởi|tại|theo)\b[^.;\n]{0,40}\Z",
    re.IGNORECASE,
)


def _one_law_a_name(text: str, found: list[tuple[NamedMention, Reference]]) -> list[Reference]:
    """A law's bare name is the law the same text names with its year or date: "Luật Các
    tổ chức tín dụng 2024" early on a page that later writes "theo quy định tại Luật các tổ
    chức tín dụng" (news-217, undated: the bare name alone could be the law of 2010). Only
    when every mention of the name so written is the one law, and not for a bill or the law
    "hiện hành" (which may be meant as the one before). A name numbered by the date of the
    document it stands in (its title, a provision the page quotes) sets no law for the
    page's own words."""
    numbers: dict[str, set[str]] = {}
    for m, ref in found:
        if ref.canonical and m.family == "state" and not m.draft and (m.year or m.date):
            numbers.setdefault(catalogue_key(m.alias or m.name), set()).add(ref.canonical)
    out = []
    for m, ref in found:
        same = numbers.get(catalogue_key(m.alias or m.name), set())
        bare = not (m.year or m.date or m.draft or m.amended_in) and m.family == "state"
        amender = _AMENDER_BEFORE.search(text, max(0, m.start - 60), m.start)
        if (
            ref.canonical is None
            and bare
            and len(same) == 1
            and amender is None
            and not _IN_FORCE.match(text, m.end)
        ):
            law = catalogue().by_number.get(next(iter(same)))
            if law is not None:
                ref = _law_reference(text, m, law)
        out.append(ref)
    return out


def _state_names(
    text: str, numbered: _Numbered, date_at: dict[int, DateMention]
) -> list[NamedMention]:
    found: list[NamedMention] = []
    skip_to = 0
    for head in _HEAD.finditer(text):
        if head.start() < skip_to or _generic_before(text, head.start()):
            continue
        kind = _kind_of_head(head)
        words = words_after(text, head.end())
        if kind in ("Luật", "Pháp lệnh") and words and _lower(words[0][2]) == "sửa":
            amending = _amending(text, head, words, numbered, date_at)
            if amending:
                _mark_bill(text, head.start(), amending)
                found.append(amending)
                skip_to = amending.end
                continue
        end = _name_end(text, kind, words, head.end())
        if end is None:
            continue
        mention = _named(text, head.start(), end, kind, numbered, date_at)
        if _a_phrase(text, mention, words):
            continue
        mention.before = _title_date(text, head.start(), numbered) or _quoted_date(
            text, head.start(), numbered
        )
        _mark_bill(text, head.start(), mention)
        found.append(mention)
    return found


def _mark_bill(text: str, start: int, mention: NamedMention) -> None:
    """Mark a name after "dự thảo" or "dự án" a bill: the law it became (`Catalogue.became`),
    not one in force. "dự thảo Luật Thanh tra (sửa đổi)" on a page of the day after the vote
    is the law passed; "dự thảo Luật sửa đổi, bổ sung một số điều của Luật Chất lượng sản
    phẩm, hàng hóa" a week before it, the amending law passed then. A bill named with its
    number or year is that law already."""
    if mention.numbered is not None or mention.year or mention.date:
        return
    before = _SPACES.sub(" ", text[max(0, start - 20) : start]).lower()
    if _DRAFT_BEFORE.search(before) is not None:
        mention.draft = mention.revised = True


# A preamble's "Căn cứ …" line up to here (hard-wrapped, and one line may list several
# documents after ";", so it runs on to a blank line): a law named there is one, however
# written
_BASIS_LINE = re.compile(r"(?:^|\n)[ \t*_\-–]*căn\s+cứ\b(?:[^\n]|\n(?![ \t]*\n))*\Z", re.IGNORECASE)


def _a_phrase(text: str, mention: NamedMention, words: list[tuple[int, int, str]]) -> bool:
    """Whether a name the catalogue does not know is a phrase that opens with "Luật": its
    first word in lower case ("Luật nhường đường cho xe ưu tiên", "Luật giao Chính phủ quy
    định", "Luật tiếp thu ý kiến"), with no date, year or number after it to make it a law
    ("Luật thuế thu nhập cá nhân sửa đổi 2012" is one), outside a preamble's "Căn cứ" line
    (where a slip, "Căn cứ Luật ban Ban hành văn bản …", still names a law). Real names
    write their first word in capitals; a law cited in lower case ("Luật đất đai") is one the
    catalogue knows."""
    if mention.kind == "Hiến pháp" or not words or not words[0][2][:1].islower():
        return False
    if mention.date or mention.year or mention.numbered is not None or mention.amended_in:
        return False
    if catalogue().named(mention.name):
        return False
    return _BASIS_LINE.search(text, max(0, mention.start - 1000), mention.start) is None


# Between a numbered document and a law named in its title ("Nghị định số 152/2006/NĐ-CP
# ngày 22/12/2006 hướng dẫn thi hành một số điều của Luật Bảo hiểm xã hội"): one clause.
# (in translation too: "Decree 08/2022/ND-CP dated January 10th, 2022 of the Government on
# elaboration of several Articles of the Law on Environmental Protection", blind round MS)
_IN_TITLE = re.compile(
    r"[^;]{0,200}?(?:của|hướng\s+dẫn|quy\s+định\s+chi\s+tiết|thi\s+hành|sửa\s+đổi"
    r"|detail(?:s|ing)|guid(?:es|ing|ance|elines)|elaborat\w*|implement\w*|amend\w*)"
    r"[^;]{0,200}\Z",
    re.IGNORECASE,
)
_TITLE_REACH = 400
# A sentence that ends a line between a document and a law: the law is no part of that
# document's title ("… Quyết định số 109/2003/QĐ-TTg ngày 05/06/2003 …).\n\nCông ty … hoạt
# động theo quy định của Luật Doanh nghiệp"). Not a colon that opens the document's quoted
# text, nor the "..." that stands for the part of it left out.
_TITLE_BREAK = re.compile(r"(?<!\.)\.[ \t]*\n")


def _title_date(text: str, pos: int, numbered: _Numbered) -> str | None:
    """The date of the numbered document whose title names a law at `pos`: the law meant
    is the one in force then, not a later law of the same name."""
    ref = numbered.last_ending_in(max(0, pos - _TITLE_REACH), pos)
    if ref is None:
        return None
    if "\n-" in text[ref.end : pos] or not _IN_TITLE.match(text, ref.end, pos):
        return None
    if _TITLE_BREAK.search(text, ref.end, pos):
        return None
    return numbered.day_of(ref)


# A page that quotes a provision: "Căn cứ khoản 1 Điều 31 Nghị định 102/2024/NĐ-CP quy định
# … như sau:" (or any "Căn cứ" line that ends with a colon) opens the quotation, which runs
# to the page's own words again: a heading or a paragraph that comments on it ("Như vậy",
# "Theo quy định trên", another "Căn cứ" …).
_QUOTE_OPEN = re.compile(r"như\s+sau\s*:|:[ \t]*(?=\n)", re.IGNORECASE)
# (not "Theo Nghị định, … thực hiện theo quy định tại … cụ thể như sau:", a paraphrase of
# the rule as it stands, whose laws are those in force)
_QUOTE_INTRO = re.compile(r"[ \t*_\-–]*căn\s+cứ\b", re.IGNORECASE)
_QUOTE_END = re.compile(
    r"\n[ \t*_\-–]*(?:#|như\s+vậy|theo\s+(?:đó|quy\s+định\s+(?:trên|này|nêu\s+trên))|"
    r"căn\s+cứ|tóm\s+lại|tuy\s+nhiên|lưu\s+ý|do\s+đó|vì\s+vậy|trên\s+đây)\b",
    re.IGNORECASE,
)
_QUOTE_REACH = 3000


def _quoted_date(text: str, pos: int, numbered: _Numbered) -> str | None:
    """The date of the document whose provision a page quotes around `pos`: a law named in
    the quotation is the one of that document's day (a decree of 2019 quoted on an undated
    page of 2025 cites the land law of 2013), as in a title (`_title_date`)."""
    lo = max(0, pos - _QUOTE_REACH)
    for colon in reversed(list(_QUOTE_OPEN.finditer(text, lo, pos))):
        if _QUOTE_END.search(text, colon.end(), pos):
            return None  # the page speaks again between the quotation and the name
        line = text.rfind("\n", 0, colon.start()) + 1
        if not _QUOTE_INTRO.match(text, line):
            continue  # a colon inside the quotation ("… cụ thể như sau:")
        ref = numbered.last_ending_in(line, colon.start())
        if ref is None:
            return None
        return numbered.day_of(ref)
    return None


# The first break that ends any name: a blank line, or a line break before a new item
# (`_NEW_ITEM`). Found once, before the words are cut out: looked for in the gap before each
# word, it cost a tenth of the reading of names. (A break's item word may stand past the
# reach of names; a run of spaces longer than `_BREAK_SLACK` before it is not looked through.)
_NAME_BREAK = re.compile(rf"\n\s*(?:\n|{_ITEM_OPENING})")
_BREAK_SLACK = 200


def words_after(text: str, pos: int) -> list[tuple[int, int, str]]:
    """Tokens after a head word, up to the first break that ends any name; words that pages
    joined from lines run together ("Luật Tổ chứcHĐND và UBNDngày 26/11/2003") are two
    tokens (`_GLUED`)."""
    reach = min(len(text), pos + _NAME_REACH)
    cut = _NAME_BREAK.search(text, pos, reach + _BREAK_SLACK)
    end = reach if cut is None else min(cut.start(), reach)
    words = []
    for t in _TOKEN.finditer(text, pos, end):
        start = t.start()
        for part in _GLUED.split(t.group()):
            words.append((start, start + len(part), part))
            start += len(part)
    return words


# Where two words run together: two lower-case letters before a capital ("Luật Tổ chứcHĐND
# và UBND"; not a brand's "VNeID" or "eKYC"), or the "ngày" of a date glued to the word
# before it (no Vietnamese syllable holds a capital after its first letter, none ends in
# "ngày")
_GLUED = re.compile(rf"(?<=[^\W\d_])(?=ngày\Z)|(?<=[^\W\d_{VI_UPPER}]{{2}})(?=[{VI_UPPER}])")


def _lower(word: str) -> str:
    return word.lower()


def _is_word(token: str) -> bool:
    return token[0].isalpha()


def _name_end(text: str, kind: str, words: list[tuple[int, int, str]], head_end: int) -> int | None:
    """Where the name after a head word ends, or None when nothing after it is a name."""
    if kind == "Hiến pháp":
        return _constitution_end(text, head_end)
    if words and not words[0][2][0].isalnum() and words[0][2] != ":":
        # "… thi hành Luật, xây dựng các văn bản …": a name follows its head word (or a colon
        # that heads a list of names, "… một số điều của Luật: Chứng khoán, Kế toán, …")
        return None
    g = grammar()
    heuristic = 0
    shouting = text[head_end - 1].isupper()  # a heading in capitals ends at its line end
    for i, (start, _, token) in enumerate(words[:_MAX_WORDS]):
        if i > 0 and shouting and "\n" in text[words[i - 1][1] : start]:
            break
        if token == "," and i + 1 < len(words) and words[i + 1][2] == "chống":
            continue  # "Phòng, chống …": one name
        if not _is_word(token):
            break
        low = _lower(token)
        if i == 0 and (low in g.not_a_name and not token[0].isupper()):
            break  # "Luật này", "Pháp lệnh bảo đảm …": only a name the catalogue knows
        if i > 0 and low in g.stops and (token.islower() or token.isupper() or low in _ALWAYS):
            break
        if i > 0 and token[0].isupper() and low in ("luật", "bộ", "pháp", "nghị", "thông"):
            break
        heuristic = i + 1
    # the longest known name has fewer than 40 words
    folded = [w for _, _, t in words[:40] for w in name_token(t)]
    known = _tokens_for_words(words, catalogue().longest_name(kind, folded))
    if not known:
        known = catalogue().longest_glued(kind, [t for _, _, t in words[:40]])
    if text[max(0, head_end - 4) : head_end] == "luật" and kind == "Luật":
        heuristic = 0  # "luật" in lower case is a law only when the catalogue knows the name
    n = max(heuristic, known)
    if known and n > known and words[known][2] in g.after_known:
        n = known  # "Luật Thanh niên tính đến …": the known name, then what is said of it
    if n == 0:
        return None
    if n == heuristic and heuristic == 1 and words[0][2][0].islower() and not known:
        return None  # "Luật mẫu", "Luật thuế": one lower-case word is a common noun
    return words[n - 1][1]


def _tokens_for_words(words: list[tuple[int, int, str]], n_words: int) -> int:
    """How many tokens (punctuation included) hold the first `n_words` folded words."""
    if n_words == 0:
        return 0
    seen = 0
    for i, (_, _, token) in enumerate(words):
        if _is_word(token) or token.isdigit():
            seen += len(name_token(token))
            if seen >= n_words:
                return i + 1
    return 0


_CONSTITUTION = re.compile(r"\s+nước\s+Cộng\s+hòa\s+xã\s+hội\s+chủ\s+nghĩa\s+Việt\s+Nam", re.I)


def _constitution_end(text: str, head_end: int) -> int:
    m = _CONSTITUTION.match(text, head_end)
    return m.end() if m else head_end


_DUTY = re.compile(
    r"\s*(?:\(?sửa\s+đổi(?:,?\s*bổ\s+sung)?\)?(?:\s+(?:năm\s+)?(?:19|20)\d\d(?=\s*,?\s*số))?)?\s*,?\s*"
    r"(?:năm\s+(?=ngày))?(?:(?:đã\s+)?được\s+(?:Quốc\s+hội|Ủy\s+ban\s+Thường\s+vụ\s+Quốc\s+hội)[^;\n]{0,80}?"
    r"(?:thông\s+qua|ban\s+hành)\s+)?"
)
_WHEN = re.compile(
    r"(?:ngày\s+)|(?:năm\s+(?P<year>(?:19|20)\d\d)(?!\d))|(?:\(?(?P<bare>(?:19|20)\d\d)\)?(?![\d/]))",
    re.IGNORECASE,
)
# (laws listed in lower case count: "của luật chứng khoán, luật kế toán, …")
_LIST_SEPARATOR = re.compile(r"\s*(?:,\s*(?:và\s+)?|\s+và\s+)(?=Bộ\s+luật|Luật|luật|Pháp\s+lệnh)")
# "số" before the number of the law just named: "Luật Đầu tư số 61/2020/QH14", "…, số …",
# "… (Luật số …)". A head word after a comma opens another law ("quy định của Luật Ngân sách
# nhà nước, Luật số 56/2024/QH15 sửa đổi, bổ sung Luật Ngân sách nhà nước"), one in
# brackets or straight after the name restates the same
_NUMBER_SIGN = re.compile(
    r"\s*(?:,?\s*\(\s*(?:(?:Luật|Bộ\s+luật|Pháp\s+lệnh)\s+)?"
    r"|(?:(?<!,)(?<!,\s)(?:Luật|Bộ\s+luật|Pháp\s+lệnh)\s+)?|,\s*)(?:số|Số|SỐ)\s*:?\s*"
)
_ACRONYM = re.compile(r"\s*\([A-Z][A-Z/&-]+\)")
# A name that runs on past a comma in lower-case words to the number of a law: "Luật Lực
# lượng tham gia bảo vệ an ninh, trật tự ở cơ sở số 30/2023/QH15" is one law, though the
# catalogue may not know it and a name ends at a comma otherwise.
_RUNS_ON = re.compile(r",[ \t]+((?:[^\W\d_]+[ \t]+){1,8}?)(?=số\b)")
_LAW_NUMBER = re.compile(r"/(?:UBTV)?QH\d*\Z")
_ACRONYM_AT_END = re.compile(r"\s*\([A-Z][A-Z/&-]+\)\s*$")
_DRAFT_BEFORE = re.compile(r"(?:dự thảo|dự án)\s*$")
# "Luật Xây dựng sửa đổi 2020", "Luật Bảo hiểm y tế sửa đổi năm 2014": the law of that year
# that amends the one named (not "… được sửa đổi, bổ sung năm 2025": the law as amended)
# (or in brackets: "Luật Đấu giá tài sản sửa đổi (năm 2024)")
_AMENDED_IN = re.compile(
    r"[ \t]+sửa\s+đổi(?:,?\s*bổ\s+sung)?\s+(?P<open>\(\s*)?(?:năm\s+)?(?P<year>(?:19|20)\d\d)"
    r"(?(open)\s*\))(?![\d/])(?!\s*,?\s*số)",
    re.IGNORECASE,
)
# "Luật sửa đổi Bộ luật Hình sự", "Luật sửa đổi, bổ sung một số điều của Luật Giáo dục": the
# one law it amends
_AMENDING_NAME = re.compile(
    r"(?:Luật|Pháp\s+lệnh)\s+sửa\s+đổi(?:,?\s*bổ\s+sung)?(?:\s+một\s+số\s+điều)?(?:\s+của)?\s+"
    r"(?P<law>(?:Bộ\s+luật|Luật|Pháp\s+lệnh)\s[^,]+)\Z",
    re.IGNORECASE,
)
_AMENDING_NAME_OPENS = re.compile(r"(?:Luật|Pháp\s+lệnh)\s+sửa\s+đổi", re.IGNORECASE)
# "Luật Báo chí sửa đổi": the revised law being drafted, written as part of its name
_REVISED = re.compile(r"\s*\(\s*sửa\s+đổi\s*\)|\s+sửa\s+đổi(?=\s*[(;,.:\n])", re.IGNORECASE)


def _after_name(
    text: str,
    end: int,
    numbered: _Numbered,
    date_at: dict[int, DateMention],
) -> NamedMention:
    """What is written right after a name: a date, a year, or the number of the same law
    (then the name only introduces that numbered reference). Start, name and kind are the
    caller's to fill in."""
    mention = NamedMention(end, end, "", "")  # start, name and kind: the caller's
    runs_on = _RUNS_ON.match(text, end)
    if runs_on is not None and all(w.islower() for w in runs_on.group(1).split()):
        sign = _NUMBER_SIGN.match(text, runs_on.end())
        law = numbered.at.get(sign.end()) if sign else None
        if law is not None and _LAW_NUMBER.search(numbered.refs[law].canonical or ""):
            mention.end = runs_on.start(1) + len(runs_on.group(1).rstrip())
            mention.numbered = law
            return mention
    amended_in = _AMENDED_IN.match(text, end)
    if amended_in:
        mention.end = amended_in.end()
        mention.amended_in = int(amended_in.group("year"))
        return mention
    acronym = _ACRONYM.match(text, end)
    if acronym:  # "… mắc phải ở người (HIV/AIDS)"
        mention.end = end = acronym.end()
        amended_in = _AMENDED_IN.match(text, end)
        if amended_in:  # "… ở người (HIV/AIDS) sửa đổi 2020"
            mention.end = amended_in.end()
            mention.amended_in = int(amended_in.group("year"))
            return mention
    revised = _REVISED.match(text, end)
    if revised:
        mention.draft = mention.revised = mention.bill = True
        if "(" not in revised.group():
            mention.end = end = revised.end()
    pos = _DUTY.match(text, end).end()
    if pos in numbered.at:  # "Luật Công nghiệp công nghệ số 71/2025/QH15": "số" is in the name
        mention.numbered = numbered.at[pos]
        return mention
    sign = _NUMBER_SIGN.match(text, pos)
    if sign and sign.end() in numbered.at:
        mention.numbered = numbered.at[sign.end()]
        return mention
    when = _WHEN.match(text, pos)
    if when is None:
        return mention
    if when.group("year") or when.group("bare"):
        mention.year = int(when.group("year") or when.group("bare"))
        sign = _NUMBER_SIGN.match(text, when.end())
        if sign and sign.end() in numbered.at:  # "Luật Các tổ chức tín dụng 2024 số 32/2024/QH15"
            mention.numbered = numbered.at[sign.end()]
        return mention
    date = date_at.get(when.end())
    if date is not None:
        mention.date = date.iso
        after = _NUMBER_SIGN.match(text, date.end)
        if after and after.end() in numbered.at:
            mention.numbered = numbered.at[after.end()]
    return mention


def _named(
    text: str,
    start: int,
    end: int,
    kind: str,
    numbered: _Numbered,
    date_at: dict[int, DateMention],
) -> NamedMention:
    mention = _after_name(text, end, numbered, date_at)
    mention.start, mention.kind = start, kind
    mention.name = _SPACES.sub(" ", text[start : mention.end]).strip()
    return mention


def _amending(
    text: str,
    head: re.Match[str],
    words: list[tuple[int, int, str]],
    numbered: _Numbered,
    date_at: dict[int, DateMention],
) -> NamedMention | None:
    """`Luật sửa đổi, bổ sung một số điều của Luật A, Luật B và Luật C [ngày …]`: one
    mention whose name runs to the end of the list of laws it amends. A number right after
    an amended law is that law's when the catalogue knows it by that name (`… của Bộ luật
    Hình sự số 100/2015/QH13`), and the amending law's own otherwise."""
    prefix = _AMENDING_PREFIX.match(text, head.end())
    if prefix is None:
        return None
    pos, end, took_number = prefix.end(), None, False
    while (h := _HEAD.match(text, pos)) is not None:
        if end is not None and _AMENDING_PREFIX.match(text, h.end()):
            break  # "… và Luật sửa đổi, bổ sung …": another amending law, named on its own
        name_end = _name_end(text, _kind_of_head(h), words_after(text, h.end()), h.end())
        if name_end is None:
            break
        acronym = _ACRONYM.match(text, name_end)
        if acronym:  # "… của Luật Phòng, chống … ở người (HIV/AIDS)"
            name_end = acronym.end()
        end, list_end = name_end, name_end
        sign = _NUMBER_SIGN.match(text, name_end)
        if sign and sign.end() in numbered.at:
            ref = numbered.refs[numbered.at[sign.end()]]
            law = catalogue().by_number.get(ref.canonical or "")
            name = _ACRONYM_AT_END.sub("", _SPACES.sub(" ", text[h.start() : name_end]))
            if law is None or catalogue_key(law.name) != catalogue_key(name):
                break  # the amending law's own number
            ref.name = ref.name or name
            took_number, list_end = True, ref.end
        separator = _LIST_SEPARATOR.match(text, list_end)
        if separator is None:
            break
        pos, took_number = separator.end(), False
    if end is None:
        # a list that names no law is a real law's only in the plural ("… của các luật liên
        # quan đến đầu tư", "… của 37 luật có liên quan đến quy hoạch"); "Luật sửa đổi, bổ
        # sung một số điều của bộ luật" is a kind of law
        if not _PLURAL_LAWS.match(text, prefix.end()):
            return None
        end = _words_end(words, prefix.end())
    if end is None:
        return None
    mention = _after_name(text, list_end if took_number else end, numbered, date_at)
    mention.start, mention.end, mention.kind = head.start(), end, _kind_of_head(head)
    mention.name = _SPACES.sub(" ", text[head.start() : end])
    return mention


def _words_end(words: list[tuple[int, int, str]], after: int) -> int | None:
    """Where a list that names no law ends ("của các luật liên quan đến đầu tư …")."""
    g = grammar()
    end = None
    for start, stop, token in words[:_MAX_AMENDING_WORDS]:
        if start < after:
            continue
        low = _lower(token)
        if not _is_word(token) or (low in g.stops and low not in ("của", "các", "liên", "đến")):
            break
        end = stop
    return end


def _generic_before(text: str, pos: int) -> bool:
    """A draft, a bill or a plural ("các Luật") is not one law in force."""
    before = _SPACES.sub(" ", text[max(0, pos - 30) : pos]).lower()
    return before.endswith(grammar().not_after)


# -- translations: "the Law on Tax Administration" -----------------------------------

_DOC_WORDS = r"(?:Law|Laws|Code|Ordinance|Decree|Circular|Resolution|Decision|Article|Clause|No)\b"
# a month opens the date written after a name, not a word of it ("the Law on Local Government
# Organization June 19, 2015")
_MONTH_WORDS = "(?:" + "|".join(name.title() for name in EN_MONTH_NAMES) + r")\b"
_ENGLISH = re.compile(
    rf"(?P<head>{_word_starting(('Law', 'Code', 'Ordinance'))})\s+on\s+(?:the\s+)?"
    rf"(?!{_DOC_WORDS}|{_MONTH_WORDS})[A-Z][\w-]*"
    rf"(?:(?:\s+(?:(?:and|of|for|in|on|to)(?:\s+the)?|the)\s+|\s+)"
    rf"(?!{_DOC_WORDS}|{_MONTH_WORDS})[A-Z][\w-]*)*"
)
ENGLISH_EXAMPLES = (
    ("Pursuant to the Law on Organization of the Government dated June 19, 2015;",
     "Law on Organization of the Government"),
    ("Pursuant to the Law on Local Government Organization June 19, 2015;",
     "Law on Local Government Organization"),
    # a name the data knows runs on through its words in lower case
    ("Pursuant to the Law on Tax administration dated November 29, 2006;",
     "Law on Tax administration"),
    ("Pursuant to the Law on Value-added tax dated June 03, 2008;", "Law on Value-added tax"),
)  # fmt: skip
_ENGLISH_KINDS = {
    "Law": "Luật", "Code": "Bộ luật", "Ordinance": "Pháp lệnh", "LAW": "Luật", "law": "Luật"
}  # fmt: skip
# ... and named before its kind: "the Customs Law", "the June 23, 2014 Customs Law", "Labour
# Code", "the Social Insurance Law No. 41/2024/QH15"; not "This Law", "the new Law", "Vietnamese
# Law" (`_NOT_A_NAME`).
_ENGLISH_BEFORE = re.compile(
    r"(?P<name>(?:[A-Z][a-z][\w-]*[ \t]+){0,3}[A-Z][a-z][\w-]*)(?:[ \t]+|[ \t]*\n[ \t]*)"
    r"(?P<head>Law|law|Code)(?![\w-])"
)
_NOT_A_NAME_WORDS = """
This That These The New Current Old Amended Draft Said Such Each Every Any Other Vietnamese
Vietnam International Common Case Relevant Related Specialized Model Same Previous Present
Existing Revised Original Domestic Foreign
"""
_NOT_A_NAME = frozenset(_NOT_A_NAME_WORDS.split())
# words that link a title's words in title case, never inside a name written before its kind
_TITLE_CASE_LINKS = frozenset(
    {"Of", "The", "And", "For", "In", "To", "On", "With", "By", "A", "An"}
)
# a code only by the word a code's name ends with ("a Real da Vinci Code" is none)
_CODE_WORDS = "Labour Labor Civil Criminal Penal Maritime Procedure Aviation"
_CODE_NAMES = frozenset(_CODE_WORDS.split())
ENGLISH_BEFORE_EXAMPLES = (
    ("Pursuant to the June 23, 2014 Customs Law;", "Customs Law"),
    ("detailing a number of articles of the Housing Law on social housing", "Housing Law"),
    ("the Social Insurance Law No. 41/2024/QH15", "Social Insurance Law"),
    ("according to the Labour Code", "Labour Code"),
    ("Detailing The Implementation Of A Number Of Articles Of The Labor Code", "Labor Code"),
)
ENGLISH_BEFORE_COUNTER_EXAMPLES = (
    "This Law takes effect",
    "under Vietnamese Law",
    "the Law on Land",
)
# An amending law is named by what it amends: "the Law amending and supplementing a number of
# articles of the Law on Organization of the Government and the Law on Organization of Local
# Governments dated November 22, 2019", "the Law on amendments to the Law on Tax
# administration", "the November 22, 2019 Law Amending and Supplementing a Number of Articles
# of …". One mention, through the list of laws it amends (as in Vietnamese, `_amending`).
_ENGLISH_AMENDING = re.compile(
    rf"(?P<head>{_word_starting(('Law',))})\s+(?:on\s+)?"
    r"(?:amending(?:\s+and\s+supplementing)?|amendments?(?:\s+and\s+supplements?)?\s+to"
    r"|on\s+amendments?\s+to)"
    r"(?:\s+(?:a\s+number(?:\s+of)?|some|certain|several)\s+articles?\s+of)?\s+(?:the\s+)?",
    re.IGNORECASE,
)
ENGLISH_AMENDING_EXAMPLES = (
    ("Pursuant to the Law amending and supplementing a number of articles of the Law on "
     "Organization of the Government and the Law on Organization of Local Governments dated "
     "November 22, 2019;", "47/2019/QH14"),
    ("Pursuant to the November 22, 2019 Law Amending and Supplementing a Number of Articles of "
     "the Law on Organization of the Government and the Law on Organization of Local "
     "Administration;", "47/2019/QH14"),
    ("the Law on amendments to the Law on Tax administration dated November 20, 2012;",
     "21/2012/QH13"),
)  # fmt: skip
# the list of laws an English amending law amends goes on after ",", ", and" or "and" (each
# with an optional "the")
_ENGLISH_LIST_SEPARATOR = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?(?=Law\b|[A-Z])")
_ENGLISH_DATED = re.compile(r"\s*,?\s*(?:(?:dated|of|passed\s+on|adopted\s+on)\s+)?")
_ENGLISH_NUMBER = re.compile(r"\s*,?\s*(?:No\.?|number)\s*")
_ENGLISH_TOKEN = re.compile(r"[^\W_]+")
# a law an amending law lists may be written in lower case ("… to the Law on Value-added tax,
# the Law on special excise duty and the Law on Tax administration"): its words run to a
# punctuation mark, "and", "dated" or a month
_ENGLISH_LISTED = re.compile(
    rf"(?P<head>Law|Code|Ordinance)\s+on\s+(?!{_DOC_WORDS})[\w-]+"
    rf"(?:[ \t]+(?!(?:and|dated)\b|{_MONTH_WORDS}|{_DOC_WORDS})[\w-]+){{0,11}}"
)


@cache
def _english_known() -> dict[str, list[list[str]]]:
    """The data's English names as folded words after their first two ("law on"), by the
    third, longest first: a known name reaches through its words in lower case."""
    known: dict[str, list[list[str]]] = {}
    for key in grammar().english:
        words = key.split()
        if len(words) > 2:
            known.setdefault(words[2], []).append(words[2:])
    for names in known.values():
        names.sort(key=len, reverse=True)
    return known


_ENGLISH_NAME_STOP = re.compile(r"[;.()\n]")


def _english_known_end(text: str, after_on: int) -> int | None:
    """The end of the longest English name the data knows whose words after "Law on" are
    written from `after_on`, or None."""
    stop = _ENGLISH_NAME_STOP.search(text, after_on, after_on + 160)
    tokens = [
        (t.end(), word)
        for t in _ENGLISH_TOKEN.finditer(text, after_on, stop.start() if stop else after_on + 160)
        if (word := t.group().lower()) != "the"
    ]
    if not tokens:
        return None
    for words in _english_known().get(tokens[0][1], ()):
        if len(tokens) >= len(words) and [w for _, w in tokens[: len(words)]] == words:
            return tokens[len(words) - 1][0]
    return None


# the year written after a translated name: "the Labor Code 2012", "the Law on Enterprises of
# 2020" (not a number's, "… 2012/QH13", nor a date's)
_ENGLISH_YEAR = re.compile(r"[ \t]+(?:of[ \t]+)?((?:19|20)\d\d)\b(?![/\d]|[,.-]\d)")


# ... or before it, after "the": "the 2017 Fisheries Law", "the 2013 Law on Land" (blind round
# PD; not a date's year, "June 23, 2014 Customs Law", which `date_before` reads)
_ENGLISH_YEAR_BEFORE = re.compile(r"(?<![,\d])(?<=[Tt]he[ \t])((?:19|20)\d\d)[ \t]+\Z")


def _english_year(text: str, end: int, start: int | None = None) -> int | None:
    """The year written after the name ending at `end`, else before the one at `start`."""
    year = _ENGLISH_YEAR.match(text, end)
    if year is None and start is not None:
        year = _ENGLISH_YEAR_BEFORE.search(text, max(0, start - 10), start)
    return int(year.group(1)) if year else None


def _english_dated(text: str, end: int, date_at: dict[int, DateMention]) -> str | None:
    dated = _ENGLISH_DATED.match(text, end)
    date = date_at.get(dated.end()) if dated else None
    return date.iso if date else None


# a basis line's opening words, right before a law a machine translation writes in small
# letters: "Pursuant to the law on investment on November 26, 2014;" (blind round R)
_BASIS_OPENS = re.compile(r"(?:[Pp]ursuant\s+to|[Bb]ased\s+on)\s+(?:the\s+)?\Z")
_ENGLISH_OPEN = re.compile(
    rf"(?P<head>{_word_starting(('Law', 'LAW', 'law', 'Code', 'Ordinance'))})\s+(?:on|ON)\s+"
    r"(?:(?:the|THE)\s+)?"
)


def _english_name_end(text: str, opened: re.Match[str]) -> int:
    """Where the name that `opened` (an `_ENGLISH_OPEN` match) opens ends: where its title
    case ends, or further where the data knows a longer name written from the same words,
    in any case ("the Law on special excise duty"; a heading in capitals only so: "… OF THE
    LAW ON PROMULGATION OF LEGAL DOCUMENTS", or a machine translation's small letters only
    so: "Pursuant to the law on investment on November 26, 2014"); 0 when neither."""
    head = opened.group("head")
    title_case = head[0].isupper() and head[1].islower()
    titled = _ENGLISH.match(text, opened.start()) if title_case else None
    return max(titled.end() if titled else 0, _english_known_end(text, opened.end()) or 0)


def _english_names(
    text: str, numbered: _Numbered, date_at: dict[int, DateMention]
) -> list[NamedMention]:
    """Laws named in an English translation: by the Vietnamese name the data gives the English
    one, else they keep no number unless one is written right after them."""
    found: list[NamedMention] = []
    if not any(head in text for head in (*_ENGLISH_KINDS, "law", "Constitution")):
        return found  # (a fast search: most texts are not English; `_ENGLISH` heeds case)
    date_end = {d.end: d for d in date_at.values()}

    def date_before(start: int) -> str | None:
        before = date_end.get(start - 1) or date_end.get(start)
        return before.iso if before else None  # "the June 23, 2014 Customs Law"

    def overlaps(start: int, end: int) -> bool:
        return any(f.start < end and start < f.end for f in found)

    for m in _ENGLISH_AMENDING.finditer(text):
        amending = _english_amending(text, m, numbered, date_at)
        if amending is not None:
            amending.date = amending.date or date_before(m.start())
            found.append(amending)
    for m in _ENGLISH_OPEN.finditer(text):
        if m.group("head") == "law" and not _BASIS_OPENS.search(
            text, max(0, m.start() - 24), m.start()
        ):
            continue  # in small letters, only a basis line's ("the law on land use rights")
        end = _english_name_end(text, m)
        if not end or overlaps(m.start(), end):
            continue
        name = _SPACES.sub(" ", text[m.start() : end])
        mention = NamedMention(m.start(), end, name, _ENGLISH_KINDS[m.group("head")])
        sign = _ENGLISH_NUMBER.match(text, end)
        if sign and sign.end() in numbered.at:
            mention.numbered = numbered.at[sign.end()]
        mention.date = _english_dated(text, end, date_at) or date_before(m.start())
        mention.year = _english_year(text, end, m.start())
        if not (mention.date or mention.year):
            mention.before = _title_date(text, m.start(), numbered)
        # the catalogue's names are Vietnamese: a translated name resolves through its
        # Vietnamese name when the data knows it, and is otherwise left without a number
        mention.alias = grammar().english.get(_english_key(mention.name))
        mention.draft = mention.alias is None
        found.append(mention)
    for m in _ENGLISH_BEFORE.finditer(text):
        spans = list(_ENGLISH_TOKEN.finditer(text, m.start("name"), m.end("name")))
        # a title in title case runs its words on into the name: "Detailing The Implementation
        # Of A Number Of Articles Of The Labor Code" names the Labor Code (blind round MV)
        cut = max((k + 1 for k, w in enumerate(spans) if w.group() in _TITLE_CASE_LINKS), default=0)
        if cut == len(spans):
            continue
        words = [w.group() for w in spans[cut:]]
        start = spans[cut].start()
        if words[0] in _NOT_A_NAME or overlaps(start, m.end()):
            continue
        head = m.group("head")
        if head == "Code" and words[-1] not in _CODE_NAMES:
            continue
        name = f"{' '.join(words)} {head}"
        mention = NamedMention(start, m.end(), name, _ENGLISH_KINDS[head.title()])
        sign = _ENGLISH_NUMBER.match(text, m.end())
        if sign and sign.end() in numbered.at:
            mention.numbered = numbered.at[sign.end()]
        mention.date = _english_dated(text, m.end(), date_at) or date_before(start)
        mention.year = _english_year(text, m.end(), start)
        if not (mention.date or mention.year):
            mention.before = _title_date(text, start, numbered)
        # "Land Law" is the data's "Law on Land"
        key = _english_key(f"{head} on {' '.join(words)}")
        mention.alias = grammar().english.get(key)
        if mention.alias is None and head == "law":
            continue  # "the Land law" is a law's name when the data knows it, "Civil law" no
        mention.draft = mention.alias is None
        found.append(mention)
    found.extend(_english_constitution(text, overlaps))
    found.sort(key=lambda f: f.start)
    return found


# "the Constitution of the Socialist Republic of Vietnam", "the 2013 Constitution": the
# one in force, as "Hiến pháp" (`graph.resolve.named_identity`)
_ENGLISH_CONSTITUTION = re.compile(
    r"(?<=\b[Tt]he\s)(?:(?P<year>(?:19|20)\d\d)\s+)?Constitution\b"
    r"(?i:\s+of\s+(?:the\s+)?Socialist\s+Republic\s+of\s+Viet\s*Nam\b)?"
    r"(?:\s+(?:of|in)\s+(?P<after>(?:19|20)\d\d)\b)?"
)


def _english_constitution(text: str, overlaps: Callable[[int, int], bool]) -> list[NamedMention]:
    """The Constitution named in translation, with the year written before or after it,
    where no other English name (`overlaps`) stands."""
    found = []
    for m in _ENGLISH_CONSTITUTION.finditer(text):
        if overlaps(m.start(), m.end()):
            continue
        year = m.group("year") or m.group("after")
        mention = NamedMention(m.start(), m.end(), "Hiến pháp", "Hiến pháp")
        mention.year = int(year) if year else None
        found.append(mention)
    return found


def _english_amending(
    text: str, head: re.Match[str], numbered: _Numbered, date_at: dict[int, DateMention]
) -> NamedMention | None:
    """The amending law whose name `head` opens, through the laws it lists, with the
    Vietnamese name of the first of them the data knows (`amends`); None when no law it
    lists is named, or its own number follows (the numbered reference carries it)."""
    pos, end, amends = head.end(), None, None
    while True:
        # (a name in title case, as far as the data knows it, or one in lower case to the end
        # of its words)
        titled = _ENGLISH.match(text, pos) and _ENGLISH_OPEN.match(text, pos)
        listed = _ENGLISH_LISTED.match(text, pos)
        if titled or listed:
            inner_end = max(
                _english_name_end(text, titled) if titled else 0, listed.end() if listed else 0
            )
            key = _english_key(text[pos:inner_end])
        else:
            before = _ENGLISH_BEFORE.match(text, pos)
            if before is None:
                break
            inner_end = before.end()
            key = _english_key(f"{before.group('head')} on {before.group('name')}")
        end = inner_end
        amends = amends or grammar().english.get(key)
        separator = _ENGLISH_LIST_SEPARATOR.match(text, end)
        if separator is None or _ENGLISH_AMENDING.match(text, separator.end()):
            break
        pos = separator.end()
    if end is None:
        # "… a Number of Articles of Eleven Laws Concerning Planning", "… to tax laws": the
        # laws it amends are not named one by one (`Catalogue.amending_on`)
        plural = _ENGLISH_PLURAL.match(text, head.end())
        if plural is None:
            return None
        end, amends = plural.end(), ""
    sign = _ENGLISH_NUMBER.match(text, end)
    if sign and sign.end() in numbered.at:
        return None
    mention = NamedMention(head.start(), end, _SPACES.sub(" ", text[head.start() : end]), "Luật")
    mention.date = _english_dated(text, end, date_at)
    mention.amends = amends
    mention.draft = amends is None
    return mention


_ENGLISH_PLURAL = re.compile(
    r"(?:[\w-]+[ \t]+)?[Ll]aws\b(?:[ \t]+(?i:concerning|related[ \t]+to|relating[ \t]+to|on)"
    r"(?:[ \t]+[\w-]+){1,4}?)?(?=\s*(?:[;,.\n]|dated\b|\Z))"
)


# -- Party documents named by the body that adopted them ------------------------------

_W = r"\s+"
# A resolution of a plenum of the Central Committee, by its ordinal and the committee's term
# ("khóa"), in the ways texts write them: "Nghị quyết Trung ương 4 (khóa XII)", "Nghị quyết
# Hội nghị Trung ương 8, khóa XIII", "Nghị quyết Hội nghị lần thứ 10, Ban Chấp hành Trung
# ương Đảng (khóa XI)", "Nghị quyết Hội nghị TW4 khóa 11". Without its term ("Nghị quyết
# Trung ương 4") a plenum is not one document (every term has a fourth), so it is no name.
_ROMANS = (
    "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X",
    "XI", "XII", "XIII", "XIV", "XV", "XVI", "XVII", "XVIII", "XIX", "XX",
)  # fmt: skip
_ORDINALS = {
    "nhất": "1", "hai": "2", "ba": "3", "tư": "4", "bốn": "4", "năm": "5", "sáu": "6",
    "bảy": "7", "tám": "8", "chín": "9", "mười": "10", "mười một": "11", "mười hai": "12",
    "mười ba": "13", "mười bốn": "14", "mười lăm": "15", "mười sáu": "16", "mười bảy": "17",
    "mười tám": "18",
}  # fmt: skip
_ROMAN_OF = dict(enumerate(_ROMANS, 1))
_ARABIC_OF = {roman: str(n) for n, roman in _ROMAN_OF.items()}
# The bodies other than the Party that number their congresses: the International, the
# mass organisations and the Front ("Đại hội VI Quốc tế Cộng sản", "Đại hội đại biểu toàn
# quốc Hội Nông dân Việt Nam lần thứ VIII")
_OTHER_BODY = (
    rf"(?:Quốc{_W}tế|Hội|Đoàn|Công{_W}đoàn|Mặt{_W}trận|Liên{_W}hiệp|Tổng{_W}Liên{_W}đoàn"
    rf"|Hiệp{_W}hội|Liên{_W}minh)\b"
)
# ... those of them whose national congress a text names with its ordinal, one name each
_ORGANISATIONS = (
    rf"Hội{_W}Nông{_W}dân{_W}Việt{_W}Nam|Hội{_W}Liên{_W}hiệp{_W}Phụ{_W}nữ{_W}Việt{_W}Nam"
    rf"|Hội{_W}Cựu{_W}chiến{_W}binh{_W}Việt{_W}Nam|Mặt{_W}trận{_W}Tổ{_W}quốc{_W}Việt{_W}Nam"
    rf"|Công{_W}đoàn{_W}Việt{_W}Nam|Đoàn{_W}(?:TNCS|Thanh{_W}niên{_W}Cộng{_W}sản){_W}Hồ{_W}Chí{_W}Minh"
)
_ORGANISATION_CONGRESS = "Nghị quyết Đại hội đại biểu toàn quốc {} lần thứ {}"
# ... and its words in a text, up to its ordinal: "Đại hội đại biểu toàn quốc Hội Nông dân
# Việt Nam lần thứ VIII"
_ORGANISATION_CONGRESS_WORDS = (
    rf"Đại{_W}hội{_W}(?:đại{_W}biểu{_W})?(?:toàn{_W}quốc{_W})?(?P<organisation>{_ORGANISATIONS})"
    rf"{_W}lần{_W}thứ{_W}(?P<ordinal>{_ROMAN})(?!\w)"
)
# ... with the first year of its term, where the page writes it
_ORGANISATION_CONGRESS_NAMED = re.compile(
    rf"{_ORGANISATION_CONGRESS_WORDS}(?:\s*,?{_W}nhiệm{_W}kỳ{_W}(?P<from>(?:19|20)\d\d))?"
)


def _organisation_congress(organisation: str, ordinal: str) -> str:
    """One name for a mass organisation's congress's resolution ("Đoàn Thanh niên Cộng sản Hồ
    Chí Minh" and "Đoàn TNCS Hồ Chí Minh" are one body)."""
    body = _SPACES.sub(" ", organisation).replace("Thanh niên Cộng sản", "TNCS")
    return _ORGANISATION_CONGRESS.format(body, ordinal)


_TERM = rf"(?P<open>\()?[Kk]h[oó][aá]{_W}(?P<term>{_ROMAN}|\d{{1,2}})(?!\w)(?(open)\))"
# (the words in small letters too, "nghị quyết hội nghị Trung ương 6 khóa XIII", and the
# ordinal in Roman figures, "Nghị quyết Hội nghị lần thứ IV Ban chấp hành Trung ương Đảng
# khoá X", blind round P)
# (two patterns, one for each case of the first letter: a pattern that opens with a plain
# word is found by the engine's fast literal search, one that opens with a class of letters
# is tried at every position, nine times slower over the real corpus)
_PLENUM_REST = (
    rf"ghị{_W}[Qq]uyết{_W}(?:của{_W})?(?:[Hh]ội{_W}nghị{_W})?"
    rf"(?:(?:Trung{_W}ương|TW|TƯ)\s*(?P<n>\d{{1,2}})"
    rf"|lần{_W}thứ{_W}(?P<nth>\d{{1,2}}|mười(?:{_W}(?:một|hai|ba|bốn|lăm|sáu|bảy|tám))?"
    rf"|nhất|hai|ba|tư|bốn|năm|sáu|bảy|tám|chín|{_ROMAN}))(?!\w)"
    rf"(?:{_W}\(mở{_W}rộng\))?"
    rf"(?:\s*,?{_W}(?:của{_W})?Ban{_W}[Cc]hấp{_W}hành{_W}Trung{_W}ương(?:{_W}Đảng)?)?"
    rf"\s*,?{_W}{_TERM}"
)
_PLENUMS = (re.compile("N" + _PLENUM_REST), re.compile("n" + _PLENUM_REST))
_PARTY_PATTERNS = (
    (
        "Điều lệ",
        re.compile(rf"Điều{_W}lệ{_W}(?:của{_W})?Đảng(?:{_W}Cộng{_W}sản{_W}Việt{_W}Nam)?(?!\w)"),
    ),
    (
        "Quy chế",
        re.compile(
            rf"Quy{_W}chế{_W}làm{_W}việc{_W}của{_W}"
            rf"(?:Ban{_W}Chấp{_W}hành{_W}Trung{_W}ương(?:{_W}Đảng)?|Bộ{_W}Chính{_W}trị|Ban{_W}Bí{_W}thư"
            # (the Central Inspection Commission's own rules: "Căn cứ Quy chế làm việc của Ủy
            # ban Kiểm tra Trung ương khóa XIII;")
            rf"|[UỦ]y{_W}ban{_W}Kiểm{_W}tra{_W}Trung{_W}ương)"
            rf"(?:(?:\s*,\s*|{_W}và{_W})(?:Bộ{_W}Chính{_W}trị|Ban{_W}Bí{_W}thư))*"
            rf"(?:{_W}kh[oó][aá]{_W}(?P<term>{_ROMAN}))?(?!\w)"
        ),
    ),
    (
        "Nghị quyết",
        # a national congress, in a heading's capitals too ("NGHỊ QUYẾT ĐẠI HỘI ĐẠI BIỂU
        # TOÀN QUỐC LẦN THỨ XIII CỦA ĐẢNG")
        # (not another body's congress named after its ordinal: "Nghị quyết Đại hội VI Quốc
        # tế Cộng sản", "… Đại hội VIII Hội Nông dân Việt Nam"; `_another_bodys_congress`)
        re.compile(
            rf"(?i:Nghị{_W}quyết{_W}(?:của{_W})?Đại{_W}hội{_W}(?:đại{_W}biểu{_W})?"
            rf"(?:(?:Đảng{_W})?toàn{_W}quốc{_W})?(?:lần{_W}thứ{_W})?)(?P<congress>{_ROMAN})(?!\w)"
            rf"(?!{_W}{_OTHER_BODY})"
            rf"(?i:{_W}của{_W}Đảng(?:{_W}Cộng{_W}sản{_W}Việt{_W}Nam)?)?"
        ),
    ),
    (
        "Nghị quyết",
        re.compile(
            rf"Nghị{_W}quyết{_W}(?:của{_W})?Đại{_W}hội{_W}(?:đại{_W}biểu{_W})?Đảng{_W}bộ{_W}"
            rf"(?!các\b)[^\n;.,()]{{2,60}}?{_W}lần{_W}thứ{_W}[IVXL]+(?!\w)"
            rf"(?:\s*,?{_W}nhiệm{_W}kỳ{_W}(?P<from>(?:19|20)\d\d)\s*[-–]\s*(?:19|20)\d\d)?"
        ),
    ),
    (
        "Nghị quyết",
        # a local congress named by its number first: "Nghị quyết Đại hội đại biểu lần thứ I
        # Đảng bộ thành phố, nhiệm kỳ 2025-2030"
        re.compile(
            rf"Nghị{_W}quyết{_W}(?:của{_W})?Đại{_W}hội{_W}(?:đại{_W}biểu{_W})?lần{_W}thứ{_W}"
            rf"[IVXL]+{_W}Đảng{_W}bộ{_W}(?:tỉnh|thành{_W}phố|huyện|quận|thị{_W}xã|xã|phường)"
            rf"(?:{_W}[{VI_UPPER}]\w*){{0,3}}"
            rf"(?:\s*,?{_W}nhiệm{_W}kỳ{_W}(?P<from>(?:19|20)\d\d)\s*[-–]\s*(?:19|20)\d\d)?"
        ),
    ),
    *(("Nghị quyết", plenum) for plenum in _PLENUMS),
    (
        "Nghị quyết",
        # a mass organisation's or the Front's national congress, by its ordinal: "Nghị quyết
        # Đại hội đại biểu toàn quốc Hội Nông dân Việt Nam lần thứ VIII, nhiệm kỳ 2023-2028"
        re.compile(
            rf"Nghị{_W}quyết{_W}(?:của{_W})?{_ORGANISATION_CONGRESS_WORDS}"
            rf"(?:\s*,?{_W}nhiệm{_W}kỳ{_W}(?P<from>(?:19|20)\d\d)\s*[-–]\s*(?:19|20)\d\d)?"
        ),
    ),
)


_CONGRESS_NAME = "Nghị quyết Đại hội đại biểu toàn quốc lần thứ {} của Đảng"

# The same resolutions in a translation, named to the same nodes. A congress: "the
# Resolution of the 13th National Party Congress", "Resolution adopted at the XIII Party
# Congress", "the resolution of the 13th National Congress of the Communist Party of
# Vietnam". A plenum, with the committee's term in any of the ways translations give it:
# "the Resolution of the 7th Plenum of the Party's Central Committee (VIIIth Congress)",
# "Resolution of the fourth plenum of the 12th Party Central Committee", "… of the Party
# Central Committee of the 12th tenure". One resolution only: "the Resolutions of the fifth
# plenum" are several, and a plenum without its term is no one document (as above).
_EN_NTH = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
}  # fmt: skip
_EN_ORDINAL = r"\d{1,2}(?:st|nd|rd|th)\b"
_EN_RESOLUTION = (
    rf"[Rr]esolution{_W}(?:of|adopted{_W}(?:at|by)|passed{_W}(?:at|by)){_W}(?:the{_W})?"
)
_EN_PARTY = rf"(?:Communist{_W})?Party(?:{_W}of{_W}Viet\s*[Nn]am)?"
_EN_CONGRESS = re.compile(
    rf"{_EN_RESOLUTION}(?:(?P<arabic>\d{{1,2}})(?:st|nd|rd|th)|(?P<roman>{_ROMAN})(?:th)?)\b{_W}"
    rf"(?:(?:National{_W})?Party{_W}Congress|(?:National{_W})?Congress{_W}of{_W}the{_W}{_EN_PARTY})"
)
_EN_TERM = (
    rf"(?:\s*\(\s*(?P<term_roman>{_ROMAN})(?:th)?{_W}(?:[Cc]ongress|[Tt]enure|[Tt]erm)\s*\)"
    rf"|\s*,?{_W}(?:of{_W}the{_W})?(?P<term_arabic>\d{{1,2}})(?:st|nd|rd|th){_W}(?:[Tt]enure|[Tt]erm)\b)"
)
_EN_PLENUM = re.compile(
    rf"{_EN_RESOLUTION}(?P<nth>{_EN_ORDINAL}|(?i:{'|'.join(_EN_NTH)})\b){_W}"
    rf"(?:[Pp]lenum|[Pp]lenary{_W}(?:[Ss]ession|[Mm]eeting)){_W}of{_W}the{_W}"
    rf"(?:(?P<committee_term>\d{{1,2}})(?:st|nd|rd|th){_W})?"
    rf"{_EN_PARTY}(?:['’]s?)?{_W}Central{_W}Committee"
    rf"(?(committee_term)|{_EN_TERM})"
)


def _english_party_names(text: str) -> list[NamedMention]:
    """Party resolutions named in a translation (`_EN_CONGRESS`, `_EN_PLENUM`), under the
    Vietnamese names their citations in Vietnamese texts are kept by."""
    found: list[NamedMention] = []
    if "esolution" not in text:
        return found  # (a fast search: most texts name no resolution in English)
    congresses = grammar().congresses
    for m in _EN_CONGRESS.finditer(text):
        roman = m.group("roman") or _ROMAN_OF.get(int(m.group("arabic") or 0))
        if roman in congresses:
            name = _CONGRESS_NAME.format(roman)
            year = congresses[roman]
            found.append(NamedMention(m.start(), m.end(), name, "Nghị quyết", "party", year=year))
    for m in _EN_PLENUM.finditer(text):
        nth = m.group("nth")
        number = int(nth[:-2]) if nth[0].isdigit() else _EN_NTH[nth.lower()]
        term = m.group("term_roman") or _ROMAN_OF.get(
            int(m.group("committee_term") or m.group("term_arabic") or 0)
        )
        if term in congresses:
            name = f"Nghị quyết Hội nghị Trung ương {number} khóa {term}"
            found.append(NamedMention(m.start(), m.end(), name, "Nghị quyết", "party"))
    return found


def _another_bodys_congress(text: str, m: re.Match[str]) -> re.Match[str] | None:
    """The congress of a body other than the Party that the page names in full with the
    ordinal a congress named by its ordinal alone ("Nghị quyết Đại hội VIII", no "toàn quốc",
    no "của Đảng") has: "Nghị quyết Đại hội đại biểu toàn quốc Hội Nông dân Việt Nam lần thứ
    VIII (sau đây gọi là Nghị quyết Đại hội VIII)" (blind round P). None for another."""
    words = m.group().lower()
    if "toàn" in words or "đảng" in words:
        return None
    ordinal = m.group("congress")
    return next(
        (o for o in _ORGANISATION_CONGRESS_NAMED.finditer(text) if o.group("ordinal") == ordinal),
        None,
    )


def _term_in_roman(term: str) -> str | None:
    """A committee's term as Roman figures ("11" and "XI" are "XI")."""
    return _ROMAN_OF.get(int(term)) if term.isdigit() else term


def _plenum_name(m: re.Match[str]) -> str | None:
    """One name for a plenum's resolution however it is written ("Nghị quyết Trung ương 4
    (khóa XII)", "Nghị quyết Hội nghị lần thứ tư Ban Chấp hành Trung ương Đảng khóa XII",
    "Nghị quyết Hội nghị TW4 khóa 12"), so that its citations meet on one node; None when
    the plenum's ordinal is not one `_ORDINALS` knows."""
    nth = m.group("nth")
    number = m.group("n") or (
        nth if nth.isdigit() else _ORDINALS.get(_SPACES.sub(" ", nth)) or _ARABIC_OF.get(nth)
    )
    term = _term_in_roman(m.group("term"))
    if number is None or term is None:
        return None
    return f"Nghị quyết Hội nghị Trung ương {int(number)} khóa {term}"


def _party_names(text: str) -> list[NamedMention]:
    found: list[NamedMention] = []
    congresses = grammar().congresses
    for kind, pattern in _PARTY_PATTERNS:
        for m in pattern.finditer(text):
            groups = m.groupdict()
            year = None
            other = _another_bodys_congress(text, m) if groups.get("congress") else None
            if other is not None:
                # the other body's congress, named as the page names it in full ("Nghị quyết
                # Đại hội VIII" after "… Hội Nông dân Việt Nam lần thứ VIII")
                name = _organisation_congress(other.group("organisation"), groups["congress"])
                year = int(other.group("from")) if other.group("from") else None
                found.append(NamedMention(m.start(), m.end(), name, kind, "party", year=year))
                continue
            if groups.get("congress"):
                year = congresses.get(groups["congress"])
                if year is None:
                    continue  # "Đại hội VI Quốc tế Cộng sản": not a congress of the Party
            elif groups.get("from"):
                year = int(groups["from"])
            name = _SPACES.sub(" ", m.group())
            if pattern in _PLENUMS:
                if _term_in_roman(groups["term"]) not in congresses:
                    # no Central Committee's term: a province's plenum ("Hội nghị lần thứ 4
                    # khóa XVII" in a provincial text) is no Central Committee's resolution
                    continue
                name = _plenum_name(m) or name
            elif groups.get("congress"):  # one name for a congress's resolution
                name = _CONGRESS_NAME.format(groups["congress"])
            elif groups.get("organisation"):
                name = _organisation_congress(groups["organisation"], groups["ordinal"])
            if kind == "Điều lệ":
                name = name.replace("Điều lệ của Đảng", "Điều lệ Đảng")  # one charter, one name
            found.append(NamedMention(m.start(), m.end(), name, kind, family="party", year=year))
    return found + _english_party_names(text)


# -- references -----------------------------------------------------------------------


# The law in force, which a new one replaces: "So với Luật Thuế thu nhập doanh nghiệp hiện
# hành, Luật … 2025 có nhiều điểm mới" (news-752) names the old law, not the page's own.
_IN_FORCE = re.compile(r"\s*(?:hiện\s+hành|cũ)\b", re.IGNORECASE)


def _reference(
    text: str,
    m: NamedMention,
    own_date: str | None,
    own_number: str | None = None,
    not_before: str | None = None,
) -> Reference:
    law = None
    if m.amends == "":
        law = catalogue().amending_on(m.date)
    elif m.amends is not None:
        day = m.date or (str(m.year) if m.year else None)
        law = catalogue().amending(m.amends, int(day[:4])) if day else None
    elif m.family == "state" and m.amended_in is not None:
        law = catalogue().amending(_AMENDED_IN.sub("", m.name), m.amended_in)
    elif m.family == "state" and m.revised and m.date:
        # the revision named with the day it was passed: "Luật Ngân sách nhà nước (sửa đổi)
        # ngày 16-12-2002" is the law of that day
        law = catalogue().resolve(m.name, m.date, None, None)
    elif m.family == "state" and m.revised:
        day = m.before or own_date
        law = catalogue().became(m.name, day) or catalogue().revision(m.name, day)
    elif m.family == "state" and not m.draft:
        if own_number and not (m.year or m.date) and not _IN_FORCE.match(text, m.end):
            # a law naming itself ("Luật Dữ liệu" in its own text, or on a page about it),
            # even where an older law of the name was passed before its day; not the one
            # in force that it compares itself with
            same = catalogue().named(m.alias or m.name)
            law = next((c for c in same if c.number == own_number), None)
        before = m.before or own_date
        if m.before and not catalogue().passed_by(m.alias or m.name, m.before):
            # no law of the name was passed by the day of the document before it: a document
            # cannot name a later law in its title, so the law is not of that title ("Thông
            # tư số 105/2023/TT-BQP nhằm thể chế hóa các quy định của …, Luật sửa đổi …")
            before = own_date
        if law is None:
            law = catalogue().resolve(
                m.alias or m.name, m.date, m.year, before, None if before else not_before
            )
        if law and before and not (m.year or m.date) and _IN_FORCE.match(text, m.end):
            law = catalogue().in_force(law, before)
        amended = _AMENDING_NAME.match(m.name)
        if law is None and amended and (m.year or m.date):
            # "Luật sửa đổi Bộ luật Hình sự 2017": the catalogue writes it in full
            law = catalogue().amending(amended.group("law"), m.year or int(m.date[:4]))
            if law is None and m.year and not m.date:
                law = catalogue().amender_of(amended.group("law"), m.year, before)
    return _law_reference(text, m, law)


def _law_reference(text: str, m: NamedMention, law: Law | None) -> Reference:
    """The reference of the name `m`: numbered as `law` when it is known, else by name."""
    parsed = parsed_number(law.number) if law and law.number else None
    surface = text[m.start : m.end]
    if parsed is not None:
        return replace(
            parsed,
            surface=surface,
            start=m.start,
            end=m.end,
            date=m.date or law.date,
            type_name=m.kind,
            issuers=list(parsed.issuers),
            kind="named",
            name=m.name,
        )
    return Reference(
        surface=surface,
        start=m.start,
        end=m.end,
        canonical=None,
        family=m.family,
        number=None,
        year=m.year or (int(m.date[:4]) if m.date else None),
        type_code=None,
        type_name=m.kind,
        issuer_code=None,
        level="central",
        date=m.date,
        kind="named",
        name=m.name,
    )


def own_name(metadata: dict[str, Any] | None) -> str | None:
    """The text's own name when it is itself a law, code or ordinance."""
    if not metadata:
        return None
    title = metadata.get("title")
    if not isinstance(title, str) or kind_of_name(title.strip()) is None:
        return None
    return re.split(r"\s+(?:số|năm)\s", title.strip(), maxsplit=1)[0]


def metadata_date(metadata: dict[str, Any] | None) -> str | None:
    """The citing text's date from its record (`issued_date`) when its header gives none,
    else the year in its record's number (`37/2013/QH13` gives "2013")."""
    metadata = metadata or {}
    if day := iso_day(metadata.get("issued_date")):
        return day
    year = re.search(r"/((?:19|20)\d\d)/", str(metadata.get("number") or ""))
    return year.group(1) if year else None
