"""Options shared by several commands (the output options are in `output.py`): the store,
a date span (`--from`/`--until`), a document's own date (`--date`) and provinces.

Every date typed on the command line goes through `parse_day_or_span`, one parser: a
full day in any form `extract/dates.py` reads (2021-11-26, 26/11/2021, 26 tháng 11 năm
2021), a month (2021-11, 11/2021) or a year (2021)."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import click

from .extract.dates import MAX_YEAR, MIN_YEAR, find_dates, is_valid_date

DEFAULT_DB = "vanban.db"

DATE_FORMATS = (
    "2021-11-26, 26/11/2021, 26 tháng 11 năm 2021, a month (2021-11 or 11/2021) or a year (2021)"
)
"""What every date option accepts, as its help and its errors say."""

# (pattern, which group is the year, which the month): a month without a day.
_MONTH_FORMS = (
    (re.compile(r"(\d{4})-(\d{1,2})"), 1, 2),
    (re.compile(r"(\d{1,2})[/.-](\d{4})"), 2, 1),
)
_YEAR_FORM = re.compile(r"\d{4}")


@dataclass(frozen=True)
class DaySpan:
    """The first and last day (ISO) of what a date option named: one day, a month or a year."""

    first: str
    last: str

    @property
    def is_day(self) -> bool:
        return self.first == self.last


def parse_day_or_span(text: str) -> DaySpan:
    """The days `text` names; ValueError naming the accepted formats when it names none."""
    typed = " ".join(text.split())
    dates = find_dates(typed)
    if len(dates) == 1 and dates[0].surface == typed:
        return DaySpan(dates[0].iso, dates[0].iso)
    for pattern, year_group, month_group in _MONTH_FORMS:
        if m := pattern.fullmatch(typed):
            year, month = int(m.group(year_group)), int(m.group(month_group))
            if is_valid_date(year, month, 1):
                last = max(d for d in range(28, 32) if is_valid_date(year, month, d))
                return DaySpan(f"{year:04d}-{month:02d}-01", f"{year:04d}-{month:02d}-{last:02d}")
    if _YEAR_FORM.fullmatch(typed) and MIN_YEAR <= int(typed) <= MAX_YEAR:
        return DaySpan(f"{typed}-01-01", f"{typed}-12-31")
    raise ValueError(f"{text!r} is not a date: write {DATE_FORMATS}")


def _span_bound(end: bool) -> Callable[[click.Context, click.Parameter, str | None], str | None]:
    """A click callback: the ISO day a `--from` (first day) or `--until` (last day) names."""

    def convert(_ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
        if value is None:
            return None
        try:
            span = parse_day_or_span(value)
        except ValueError as error:
            raise click.BadParameter(str(error), param=param) from None
        return span.last if end else span.first

    return convert


def _document_date(_ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    if value is None:
        return None
    try:
        span = parse_day_or_span(value)
    except ValueError as error:
        raise click.BadParameter(str(error), param=param) from None
    if not span.is_day:
        raise click.BadParameter(
            f"{value!r} is not one day: write 2021-11-26 or 26/11/2021 (or use --year for a year)",
            param=param,
        )
    return span.first


def db_option(command: Callable[..., Any]) -> Callable[..., Any]:
    return click.option(
        "--db",
        type=click.Path(dir_okay=False, path_type=Path),
        envvar="VANBAN_DB",
        default=DEFAULT_DB,
        show_default=True,
        show_envvar=True,
        help="The embedded store (a LadybugDB file).",
    )(command)


def span_options(what: str) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    """`--from` and `--until` (parameters `since` and `until`, ISO days or None): keep only
    `what` dated in the span, both ends included. A month or a year as `--until` means its
    last day."""

    def add(command: Callable[..., Any]) -> Callable[..., Any]:
        command = click.option(
            "--until",
            "until",
            metavar="DATE",
            callback=_span_bound(end=True),
            help=f"Only {what} dated up to DATE (its last day, for a month or year).",
        )(command)
        return click.option(
            "--from",
            "since",
            metavar="DATE",
            callback=_span_bound(end=False),
            help=f"Only {what} dated from DATE on: {DATE_FORMATS}.",
        )(command)

    return add


def document_date_option(command: Callable[..., Any]) -> Callable[..., Any]:
    """`--date`: a document's own date, to choose between documents sharing a number."""
    return click.option(
        "--date",
        metavar="DATE",
        callback=_document_date,
        help="The document's date, when a number fits several: 2021-11-26 or 26/11/2021.",
    )(command)


def province_callback(_ctx: click.Context, param: click.Parameter, value: Any) -> Any:
    """A click callback: the canonical name of each province given (one, or a tuple), read
    in any spelling; an unknown one is an error naming the nearest provinces."""
    from .queries.library import canonical_province

    if value is None:
        return None
    try:
        if isinstance(value, tuple):
            return tuple(canonical_province(v) for v in value)
        return canonical_province(value)
    except ValueError as error:
        raise click.BadParameter(str(error), param=param) from None
