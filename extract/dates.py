"""Find full calendar dates (day, month and year) written in a text.

`find_dates(text)` returns every date in reading order as `DateMention`s that do not
overlap, with `text[start:end] == surface` and `iso` in the form ``YYYY-MM-DD``.

Forms recognised (letter case is ignored, except that an English month written before the
day must start with a capital: ``July 15, 2021`` or ``JULY 15, 2021``, not ``july 15, 2021``):

* numeric, day first: ``30/7/2021``, ``30-07-2021``, ``30.7.2021`` (the two separators
  must be the same one);
* ISO: ``2021-07-30``;
* Vietnamese: ``30 tháng 7 năm 2021``, ``30 tháng 7, năm 2021``, with any run of spaces
  or line breaks between the parts (also decomposed accents and unaccented ``thang``/``nam``);
* English: ``July 15, 2021``, ``July 15th 2021``, ``Jul. 15, 2021``, ``15 July 2021``,
  ``15th of July, 2021``, ``15th day of July 2021``;
* Russian: ``24 мая 2022`` (genitive month names);
* Ukrainian: ``30 липня 2021`` (genitive month names);
* Japanese: ``2021年7月30日``, with ASCII or full-width digits and optional spaces;
* Portuguese: ``15 de julho de 2021``, ``1º de janeiro de 2024``.

The surface is the date itself and nothing around it: a leading ``ngày``/``NGÀY`` or a
trailing ``года``, ``г.``, ``року``, ``р.`` or ``付`` is left out, so ``ngày 30/7/2021``
gives the surface ``30/7/2021`` and ``24 мая 2022 года`` gives ``24 мая 2022``. The
Japanese ``日`` and the Portuguese ordinal sign in ``1º`` are part of the date and stay in.

Only real calendar dates with a year from 1945 to 2100 are reported (``31/02/2021`` or a
month 13 are dropped). A number with fewer than three parts is never a date, so document
numbers such as ``10/2022/QH15`` or ``59/2023/NĐ-CP`` and ranges such as ``2021-2025``
give nothing; a numeric date glued to a following ``/`` and more (``30/7/2021/QĐ``) is
taken to be a document number too.

The work is done by two compiled patterns (see "How the patterns are built" below); the
text is scanned once by each, with no Python loop over its characters.
"""

from __future__ import annotations

import re

from .model import DateMention

__all__ = ["MAX_YEAR", "MIN_YEAR", "find_dates", "is_valid_date"]

MIN_YEAR = 1945
MAX_YEAR = 2100

# Month-name tables for English, Russian, Ukrainian and Portuguese: lower case, as the
# names are written inside a full date. Vietnamese and Japanese write the month as a
# number ("tháng 7", "7月") and need no table.

# English: full names and the usual abbreviations (a trailing "." is allowed by the pattern).
EN_MONTHS: dict[str, int] = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6,
    "july": 7, "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8,
    "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
# ... the twelve written in full, for patterns that name a month as a word ("On April 14",
# "… Organization June 19, 2015")
EN_MONTH_NAMES = tuple(EN_MONTHS)[:12]  # (the table lists them first, in order)

# Russian: genitive case ("24 мая 2022").
RU_MONTHS: dict[str, int] = {
    "января": 1, "февраля": 2, "марта": 3, "апреля": 4, "мая": 5, "июня": 6,
    "июля": 7, "августа": 8, "сентября": 9, "октября": 10, "ноября": 11, "декабря": 12,
}  # fmt: skip

# Ukrainian: genitive case ("30 липня 2021").
UK_MONTHS: dict[str, int] = {
    "січня": 1, "лютого": 2, "березня": 3, "квітня": 4, "травня": 5, "червня": 6,
    "липня": 7, "серпня": 8, "вересня": 9, "жовтня": 10, "листопада": 11, "грудня": 12,
}  # fmt: skip

# Portuguese ("15 de julho de 2021"); "marco" is "março" typed without the cedilla.
PT_MONTHS: dict[str, int] = {
    "janeiro": 1, "fevereiro": 2, "março": 3, "marco": 3, "abril": 4, "maio": 5,
    "junho": 6, "julho": 7, "agosto": 8, "setembro": 9, "outubro": 10, "novembro": 11,
    "dezembro": 12,
}  # fmt: skip

_DAYS_IN_MONTH = (31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def _names(table: dict[str, int]) -> str:
    """An alternation of the table's names, longest first so "june" wins over "jun"."""
    return "|".join(re.escape(name) for name in sorted(table, key=len, reverse=True))


def is_valid_date(year: int, month: int, day: int) -> bool:
    """True for a real calendar day with a year in MIN_YEAR..MAX_YEAR."""
    if not (MIN_YEAR <= year <= MAX_YEAR and 1 <= month <= 12 and day >= 1):
        return False
    if month == 2 and year % 4 == 0 and (year % 100 != 0 or year % 400 == 0):
        return day <= 29
    return day <= _DAYS_IN_MONTH[month - 1]


# How the patterns are built. Python's engine skips quickly to the next possible start
# only when a pattern opens with one plain character class; a pattern that opens with a
# lookbehind or with an alternation is tried at every position of the text, five times
# slower. So there are two patterns, each opening with one class:
#
# * `_NUMBER_FIRST_RE` opens with the first digit of the date (`_LEAD_DIGIT`), then tries
#   each form of `_NUMBER_FIRST` written WITHOUT that digit: the form's first group holds
#   the rest of its first number ("30/7/2021": lead "3", group "0").
# * `_MONTH_FIRST_RE` opens with the first letter of an English month name and is written
#   the same way ("July 15, 2021": lead "J", month group "uly").
#
# Either way the first field of a form runs from the start of the match to the end of its
# group, which is how `_mentions` reads it back. Each form is one named outer group (its
# kind), holding the groups `<kind>_d`, `<kind>_m` and `<kind>_y`.

# Whitespace between the words of a date, line breaks included; bounded so that a date
# never spans a page.
_WS = r"\s{1,10}"
_OPT_WS = r"\s{0,10}"
_COMMA = rf"(?:{_OPT_WS},{_OPT_WS}|{_WS})"  # one separator, with or without a comma
_YEAR = r"\d{4}(?!\d)"
_ORD = r"(?:st|nd|rd|th)?"  # English ordinal suffix
_JA_WS = r"[ \t\u3000]{0,3}"
# "tháng" and "năm" precomposed, decomposed or without accents.
_THANG = "th(?:á|a\u0301|a)ng"
_NAM = "n(?:ă|a\u0306|a)m"

# `\d` also takes full-width digits (２０２１年), and int() reads them. The lookbehind keeps
# a date from starting inside a longer number.
_LEAD_DIGIT = r"\d(?<!\d\d)"

_NUMBER_FIRST: dict[str, str] = {
    # 30/7/2021, 30-7-2021, 30.7.2021 with the same separator twice; not inside a slashed
    # or dotted chain (1/30/7/2021, 1.30.7.2021), not followed by more of a number
    # (30.7.2021.5) or by the rest of a document number (30/7/2021/QĐ).
    "num": (
        r"(?<!/\d)(?<!\d\.\d)(?P<num_d>\d?)(?P<num_sep>[/.\-])(?P<num_m>\d{1,2})"
        r"(?P=num_sep)(?P<num_y>\d{4})(?![\d/])(?![.\-]\d)"
    ),
    # 2021-07-30, not inside a longer dashed, dotted or slashed chain.
    "iso": r"(?<![/.\-]\d)(?P<iso_y>\d{3})-(?P<iso_m>\d{2})-(?P<iso_d>\d{2})(?!\d|[/.\-]\d)",
    # 2021年7月30日 (a following 付 "dated" is left out)
    "ja": (
        rf"(?P<ja_y>\d{{3}}){_JA_WS}年{_JA_WS}(?P<ja_m>\d{{1,2}}){_JA_WS}月{_JA_WS}"
        rf"(?P<ja_d>\d{{1,2}}){_JA_WS}日"
    ),
    # 30 tháng 7 năm 2021, 30 tháng 7, năm 2021 (and "tháng12", as typed in real headers)
    "vi": (
        rf"(?P<vi_d>\d?){_WS}{_THANG}{_OPT_WS}(?P<vi_m>\d{{1,2}}){_COMMA}{_NAM}{_OPT_WS}"
        rf"(?P<vi_y>{_YEAR})"
    ),
    # 15 July 2021, 15th of July, 2021, 15th day of July 2021
    "en_dm": (
        rf"(?P<en_dm_d>\d?){_ORD}(?:{_WS}(?:day{_WS})?of)?{_WS}"
        rf"(?P<en_dm_m>{_names(EN_MONTHS)})\b\.?{_COMMA}(?P<en_dm_y>{_YEAR})"
    ),
    # 24 мая 2022 (a following "года" or "г." is left out)
    "ru": rf"(?P<ru_d>\d?){_WS}(?P<ru_m>{_names(RU_MONTHS)}){_WS}(?P<ru_y>{_YEAR})",
    # 30 липня 2021 (a following "року" or "р." is left out)
    "uk": rf"(?P<uk_d>\d?){_WS}(?P<uk_m>{_names(UK_MONTHS)}){_WS}(?P<uk_y>{_YEAR})",
    # 15 de julho de 2021, 1º de janeiro de 2024
    "pt": (
        rf"(?P<pt_d>\d?)(?:\.?[º°ª]|o)?{_WS}de{_WS}(?P<pt_m>{_names(PT_MONTHS)})"
        rf"{_WS}de{_WS}(?P<pt_y>{_YEAR})"
    ),
}


def _month_first() -> str:
    """July 15, 2021, Jul. 15th 2021: the English month name split after its first letter."""
    by_letter: dict[str, dict[str, int]] = {}
    for name, number in EN_MONTHS.items():
        by_letter.setdefault(name[0], {})[name[1:]] = number
    # The lead letter is a capital, matched case-sensitively so that the engine can skip
    # to it (English writes month names capitalised; "july 15, 2021" is not taken). Each
    # branch checks which letter it was and then takes the rest, in any case ("JULY").
    letters = "".join(sorted(by_letter)).upper()
    rests = "|".join(
        f"(?<={letter.upper()})(?:{_names(rest)})" for letter, rest in sorted(by_letter.items())
    )
    return (
        rf"(?P<en_md>(?-i:[{letters}])(?<!\w.)(?P<en_md_m>{rests})\b\.?{_WS}"
        rf"(?P<en_md_d>\d{{1,2}}){_ORD}{_COMMA}(?P<en_md_y>{_YEAR}))"
    )


_NUMBER_FIRST_RE = re.compile(
    _LEAD_DIGIT + "(?:" + "|".join(f"(?P<{k}>{v})" for k, v in _NUMBER_FIRST.items()) + ")",
    re.IGNORECASE,
)
_MONTH_FIRST_RE = re.compile(_month_first(), re.IGNORECASE)

# Month tables for the forms that name the month; the others write it as a number.
_MONTH_TABLES: dict[str, dict[str, int]] = {
    "en_dm": EN_MONTHS,
    "en_md": EN_MONTHS,
    "ru": RU_MONTHS,
    "uk": UK_MONTHS,
    "pt": PT_MONTHS,
}

# Which field each form writes first; the rest write the day first.
_FIRST_FIELD: dict[str, str] = {"iso": "y", "ja": "y", "en_md": "m"}


# Each form's groups of its day, month and year, and which of the three it writes first
# (that group lacks the lead digit, which the match starts with): named once here, not
# for every match.
_FIELD_GROUPS: dict[str, tuple[tuple[str, str, str], int]] = {
    kind: ((f"{kind}_d", f"{kind}_m", f"{kind}_y"), "dmy".index(_FIRST_FIELD.get(kind, "d")))
    for kind in (*_NUMBER_FIRST, "en_md")
}


def _mentions(pattern: re.Pattern[str], text: str) -> list[DateMention]:
    """The valid dates among the matches of one of the two patterns."""
    found: list[DateMention] = []
    for match in pattern.finditer(text):
        kind = match.lastgroup  # the outer group of the form that matched
        assert kind is not None
        start = match.start()
        names, first = _FIELD_GROUPS[kind]
        fields = list(match.group(*names))
        fields[first] = text[start : match.end(names[first])]
        table = _MONTH_TABLES.get(kind)
        # casefold, as IGNORECASE also accepts e.g. a long s in "auguſt"; 0 is never valid
        month = int(fields[1]) if table is None else table.get(fields[1].casefold(), 0)
        year, day = int(fields[2]), int(fields[0])
        if is_valid_date(year, month, day):
            found.append(
                DateMention(
                    start=start,
                    end=match.end(),
                    surface=match[0],
                    iso=f"{year:04d}-{month:02d}-{day:02d}",
                )
            )
    return found


def find_dates(text: str) -> list[DateMention]:
    """Every full calendar date in `text`, in order and without overlaps."""
    found = _mentions(_NUMBER_FIRST_RE, text)
    month_first = _mentions(_MONTH_FIRST_RE, text)
    if not month_first:
        return found
    # Rare: merge the English "July 15, 2021" dates in, the earlier one winning an overlap.
    merged: list[DateMention] = []
    for mention in sorted(found + month_first, key=lambda m: m.start):
        if not merged or mention.start >= merged[-1].end:
            merged.append(mention)
    return merged
