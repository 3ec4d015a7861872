"""Output options shared by every command: a readable table by default, `--json`, `--nl`,
`--csv`, and `--xlsx FILE` (a spreadsheet with real dates and numbers).

Commands build plain dicts and hand them to `emit`; nothing else prints records.
"""

from __future__ import annotations

import csv
import functools
import json
import re
import shutil
import sys
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any, TextIO

import click

# Each output format and its flag's help; the first is the default.
FORMATS = {
    "table": "Readable table (the default), fitted to the terminal's width ($COLUMNS).",
    "json": "One JSON array.",
    "nl": "Newline-delimited JSON: one object a line.",
    "csv": "CSV with a header row.",
}
XLSX_KEY = "vanban.output.xlsx"
"""Where the `--xlsx FILE` of the running command is kept (in the click context's meta)."""


def output_options(command: Callable[..., Any]) -> Callable[..., Any]:
    """Add `--json`, `--nl`, `--csv` (and the default `--table`) as one `fmt` parameter,
    and `--xlsx FILE`: the command then sees `fmt == "xlsx"` and `emit` writes FILE."""

    @functools.wraps(command)
    def run(*args: Any, xlsx_path: Path | None = None, **kwargs: Any) -> Any:
        if xlsx_path is not None:
            click.get_current_context().meta[XLSX_KEY] = xlsx_path
            kwargs["fmt"] = "xlsx"
        return command(*args, **kwargs)

    wrapped: Callable[..., Any] = click.option(
        "--xlsx",
        "xlsx_path",
        type=click.Path(dir_okay=False, writable=True, path_type=Path),
        metavar="FILE",
        help="Write the rows to the spreadsheet FILE (dates and numbers as real cells).",
    )(run)
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
    if fmt == "nl":
        return _write_nl(rows, out)
    if fmt == "json":
        return _write_json(rows, out)
    rows = list(rows)
    columns = columns or _columns(rows)
    if fmt == "csv":
        writer = csv.DictWriter(out, fieldnames=columns, extrasaction="ignore", lineterminator="\n")
        writer.writeheader()
        writer.writerows({k: _flat(r.get(k)) for k in columns} for r in rows)
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


def _flat(value: Any) -> Any:
    if value is None:
        return ""
    if isinstance(value, (list, tuple)):
        return ";".join(str(v) for v in value)
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False)
    return value


# -- graph values in a table ------------------------------------------------------------

NODE_NAME_KEYS = ("number", "name", "path", "title", "canonical", "key", "id")
"""The property that names a node in its short form, the first one it has."""


def short_form(value: Any) -> str | None:
    """A node, relationship or path as the embedded store returns it, in a short form
    (`(:Document 33/2021/CT-TTg)`, `[:IMPLEMENTS]`); None for any other value."""
    if not isinstance(value, dict):
        return None
    if "_NODES" in value and "_RELS" in value:  # a path: its nodes joined by its relationships
        nodes = [short_form(n) or "()" for n in value["_NODES"]]
        rels = [short_form(r) or "[]" for r in value["_RELS"]]
        joined = nodes[:1]
        for rel, node in zip(rels, nodes[1:], strict=False):
            joined += [f"-{rel}->", node]
        return "".join(joined)
    label = value.get("_LABEL")
    if not isinstance(label, str):
        return None
    if "_SRC" in value and "_DST" in value:
        return f"[:{label}]"
    name = next((value[k] for k in NODE_NAME_KEYS if value.get(k) not in (None, "")), None)
    return f"(:{label} {name})" if name is not None else f"(:{label})"


def _text(value: Any) -> str:
    """A value as one line of a table cell: graph values short, lists joined by `, `."""
    short = short_form(value)
    if short is None and isinstance(value, (list, tuple)):
        short = ", ".join(_text(v) for v in value)
    return " ".join(str(short if short is not None else _flat(value)).split())


# -- the table --------------------------------------------------------------------------

GAP = "  "
MIN_CELL = 12
"""A column is never cut narrower than this (nor than its widest cell, if narrower): an
ISO date (10 characters) always shows whole."""
PATH = re.compile(r"((\.{1,2}|~)?/\S*)(, (\.{1,2}|~)?/\S*)*")
"""A cell that is a file path (or several, joined by `, `), cut at its start, not its end."""
ROOMY_CELL = 30
"""When the columns are shown in groups, each column's width when a group is laid out, if
it needs that much (it may be cut to fit later)."""
ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}(T[0-9:.+Z-]+)?")


def terminal_width() -> int:
    """$COLUMNS, else the terminal's width, else 100 (output to a pipe or file)."""
    return max(shutil.get_terminal_size((100, 24)).columns, 20)


def _cut(text: str, width: int) -> str:
    """`text` within `width`: its start kept, or for a file path its end (the file name)."""
    if len(text) <= width:
        return text
    if PATH.fullmatch(text):
        return "…" + text[len(text) - width + 1 :]
    return text[: width - 1] + "…"


def _fitted_widths(natural: list[int], floors: list[int], room: int) -> list[int]:
    """Column widths within `room` characters (gaps included): the widest columns are
    cut first, down to one limit for all of them, never below their floor."""
    gaps = len(GAP) * (len(natural) - 1)
    if sum(natural) + gaps <= room:
        return natural
    limit = max(natural)
    while limit > 1:
        widths = [max(f, min(n, limit)) for n, f in zip(natural, floors, strict=True)]
        if sum(widths) + gaps <= room:
            return widths
        limit -= 1
    return floors


def _pages(floors: list[int], room: int) -> list[list[int]]:
    """Groups of column indexes, each fitting `room` at these widths; the first column
    (what a row is about) starts every group so that each can be read on its own."""
    if len(floors) <= 1:
        return [list(range(len(floors)))]
    pages: list[list[int]] = []
    page = [0]
    used = floors[0]
    for i in range(1, len(floors)):
        if len(page) > 1 and used + len(GAP) + floors[i] > room:
            pages.append(page)
            page, used = [0], floors[0]
        page.append(i)
        used += len(GAP) + floors[i]
    pages.append(page)
    return pages


def write_table(rows: list[dict[str, Any]], columns: list[str], out: TextIO, width: int) -> None:
    """Rows as aligned columns within `width` characters: long cells are cut with an
    ellipsis; when the columns cannot fit even cut, they are shown in groups, one under
    the other, each led by the first column."""
    if not rows:
        out.write("(no rows)\n")
        return
    cells = [[_text(r.get(c)) for c in columns] for r in rows]
    natural = [max(len(c), *(len(row[i]) for row in cells)) for i, c in enumerate(columns)]
    floors = [min(n, max(MIN_CELL, _date_width(cells, i))) for i, n in enumerate(natural)]
    gaps = len(GAP) * (len(columns) - 1)
    if sum(floors) + gaps <= width:
        pages = [list(range(len(columns)))]
    else:  # in groups, each column as wide as it needs up to a point: fewer cut cells
        pages = _pages(
            [min(n, max(f, ROOMY_CELL)) for n, f in zip(natural, floors, strict=True)], width
        )
    for number, page in enumerate(pages):
        if number:
            out.write("\n")
        widths = _fitted_widths([natural[i] for i in page], [floors[i] for i in page], width)
        head = [_cut(columns[i], w) for i, w in zip(page, widths, strict=True)]
        out.write(GAP.join(h.ljust(w) for h, w in zip(head, widths, strict=True)).rstrip() + "\n")
        out.write(GAP.join("-" * w for w in widths) + "\n")
        for row in cells:
            line = [_cut(row[i], w).ljust(w) for i, w in zip(page, widths, strict=True)]
            out.write(GAP.join(line).rstrip() + "\n")


def _date_width(cells: list[list[str]], column: int) -> int:
    """The width of the longest ISO date (or date-time) of a column, so that none is cut."""
    return max((len(row[column]) for row in cells if ISO_DATE.fullmatch(row[column])), default=0)


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
