"""Output options shared by every command: a readable table by default, `--json`, `--nl`,
`--csv`, and `--xlsx FILE` (a spreadsheet with real dates and numbers).

Commands build plain dicts and hand them to `emit`; nothing else prints records.
"""

from __future__ import annotations

import csv
import functools
import json
import sys
import textwrap
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any, TextIO

import click

from .table import flat, terminal_width, write_table

# Each output format and its flag's help; the first is the default.
FORMATS = {
    "table": "Readable table (the default), fitted to the terminal's width ($COLUMNS).",
    "json": "One JSON array.",
    "nl": "Newline-delimited JSON: one object a line.",
    "csv": "CSV with a header row.",
}
XLSX_KEY = "vanban.output.xlsx"
"""Where the `--xlsx FILE` of the running command is kept (in the click context's meta)."""
PAGE_KEY = "vanban.page"
"""Where its `--limit` and `--offset` are kept."""


def output_options(command: Callable[..., Any]) -> Callable[..., Any]:
    """Add `--json`, `--nl`, `--csv` (and the default `--table`) as one `fmt` parameter,
    `--xlsx FILE` (the command then sees `fmt == "xlsx"` and `emit` writes FILE), and
    `--limit`/`--offset`, which `emit` applies to the rows it prints."""

    @functools.wraps(command)
    def run(
        *args: Any,
        xlsx_path: Path | None = None,
        limit: int | None = None,
        offset: int = 0,
        **kwargs: Any,
    ) -> Any:
        meta = click.get_current_context().meta
        if xlsx_path is not None:
            meta[XLSX_KEY] = xlsx_path
            kwargs["fmt"] = "xlsx"
        meta[PAGE_KEY] = (limit, offset)
        return command(*args, **kwargs)

    wrapped: Callable[..., Any] = click.option(
        "--offset",
        type=click.IntRange(min=0),
        default=0,
        show_default=True,
        help="Skip this many rows first (with --limit: the next page).",
    )(run)
    wrapped = click.option(
        "--limit",
        type=click.IntRange(min=1),
        default=None,
        help="Print at most this many rows; stderr says how to get the next page.",
    )(wrapped)
    wrapped = click.option(
        "--xlsx",
        "xlsx_path",
        type=click.Path(dir_okay=False, writable=True, path_type=Path),
        metavar="FILE",
        help="Write the rows to the spreadsheet FILE (dates and numbers as real cells).",
    )(wrapped)
    for flag, help_text in reversed(FORMATS.items()):
        extra = {"default": True} if flag == "table" else {}
        wrapped = click.option(f"--{flag}", "fmt", flag_value=flag, help=help_text, **extra)(
            wrapped
        )
    return wrapped


def emit(
    rows: Iterable[dict[str, Any]],
    fmt: str,
    columns: list[str] | None = None,
    out: TextIO | None = None,
    xlsx_path: Path | None = None,
) -> int:
    """Write `rows` in `fmt`; `columns` fixes CSV, table and spreadsheet columns. For
    `xlsx` the file is `xlsx_path`, or the running command's `--xlsx FILE`. Returns the
    row count."""
    out = out or sys.stdout
    rows = _page(rows)
    if fmt == "nl":
        return _write_nl(rows, out)
    if fmt == "json":
        return _write_json(rows, out)
    rows = list(rows)
    columns = columns or _columns(rows)
    if fmt == "csv":
        writer = csv.DictWriter(out, fieldnames=columns, extrasaction="ignore", lineterminator="\n")
        writer.writeheader()
        writer.writerows({k: flat(r.get(k)) for k in columns} for r in rows)
    elif fmt == "xlsx":
        from .export.xlsx import write_xlsx

        path = xlsx_path or _xlsx_path()
        try:
            write_xlsx(rows, columns, path)
        except OSError as error:
            raise click.ClickException(str(error)) from error
        click.echo(f"wrote {len(rows)} rows to {path}", err=True)
    else:
        write_table(rows, columns, out, terminal_width())
    return len(rows)


def requested_page(default_limit: int | None = None) -> tuple[int, int]:
    """(limit, offset) of the running command's `--limit`/`--offset`; a command that pages by
    itself gives `default_limit`, which then also applies to its printed rows."""
    context = click.get_current_context()
    limit, offset = context.meta.get(PAGE_KEY, (None, 0))
    if limit is None:
        limit = default_limit
        context.meta[PAGE_KEY] = (limit, offset)
    return limit, offset


def _page(rows: Iterable[dict[str, Any]]) -> Iterable[dict[str, Any]]:
    """The rows of the page `--limit`/`--offset` ask for; past its end, stderr tells the
    whole count and the option that gives the next page."""
    context = click.get_current_context(silent=True)
    limit, offset = context.meta.get(PAGE_KEY, (None, 0)) if context else (None, 0)
    if limit is None and not offset:
        return rows
    every = list(rows)
    page = every[offset : offset + limit] if limit is not None else every[offset:]
    page_note(offset, len(page), len(every))
    return page


def page_note(offset: int, shown: int, total: int) -> None:
    """Say on stderr which rows of how many a page holds, and how to get the next one."""
    rows = f"rows {offset + 1}-{offset + shown}" if shown else "no rows"
    more = offset + shown < total
    hint = f"; --offset {offset + shown} for the next page" if more else ""
    click.echo(f"{rows} of {total}{hint}", err=True)


def take_page() -> tuple[int | None, int]:
    """(limit, offset) of the running command, which cuts its page itself (a query that
    computes only the rows shown): `emit` then prints its rows as they are."""
    context = click.get_current_context()
    limit, offset = context.meta.get(PAGE_KEY, (None, 0))
    context.meta[PAGE_KEY] = (None, 0)
    return limit, offset


def _xlsx_path() -> Path:
    context = click.get_current_context(silent=True)
    path = context.meta.get(XLSX_KEY) if context else None
    if path is None:
        raise click.UsageError("the xlsx format needs a file: give --xlsx FILE.")
    return path


def _dumps(row: dict[str, Any]) -> str:
    return json.dumps(row, ensure_ascii=False, default=str)


def _write_nl(rows: Iterable[dict[str, Any]], out: TextIO) -> int:
    count = 0
    for row in rows:
        out.write(_dumps(row) + "\n")
        count += 1
    return count


def _write_json(rows: Iterable[dict[str, Any]], out: TextIO) -> int:
    count = 0
    out.write("[")
    for row in rows:
        out.write(("\n " if count == 0 else ",\n ") + _dumps(row))
        count += 1
    out.write("\n]\n" if count else "]\n")
    return count


def _columns(rows: list[dict[str, Any]]) -> list[str]:
    seen: dict[str, None] = {}
    for row in rows:
        seen.update(dict.fromkeys(row))
    return list(seen)


# -- progress on long work --------------------------------------------------------------


def progress_option(command: Callable[..., Any]) -> Callable[..., Any]:
    """`--progress/--no-progress` as `progress`: None (the default) shows a bar only when
    stderr is a terminal."""
    return click.option(
        "--progress/--no-progress",
        "progress",
        default=None,
        help="Show a progress bar on stderr [default: when stderr is a terminal].",
    )(command)


def progress_bar(length: int, label: str, shown: bool | None) -> Any:
    """A bar of `length` steps on stderr (never on stdout, where the results go). On a
    terminal it is drawn unless `shown` is False; elsewhere (a pipe, a log) only when
    `shown` is True, as a line at every tenth of the way."""
    on_terminal = sys.stderr.isatty()
    if shown and not on_terminal:
        return LineProgress(length, label)
    return click.progressbar(
        length=length,
        label=label,
        file=sys.stderr,
        show_pos=True,
        show_eta=True,
        hidden=not on_terminal or shown is False,
    )


class LineProgress:
    """Progress as plain lines on stderr (`label: 120/277`), for output that is not a
    terminal: a bar redrawn in place would fill a log with carriage returns."""

    STEPS = 10

    def __init__(self, length: int, label: str) -> None:
        self.length, self.label, self.pos, self._shown = length, label, 0, 0

    def __enter__(self) -> LineProgress:
        return self

    def __exit__(self, *exc: object) -> None:
        if self.pos != self._shown:
            self._say()

    def update(self, steps: int) -> None:
        self.pos += steps
        step = max(self.length // self.STEPS, 1)
        if self.pos // step > self._shown // step or self.pos >= self.length > self._shown:
            self._say()

    def _say(self) -> None:
        self._shown = self.pos
        click.echo(f"{self.label}: {self.pos}/{self.length}", err=True)


def echo_note(text: str) -> None:
    """A note under a table, wrapped to the width the table was fitted to."""
    click.echo("\n" + textwrap.fill(text.strip(), terminal_width()))
