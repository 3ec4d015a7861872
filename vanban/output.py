"""Output options shared by every command: a readable table by default, `--json`, `--nl`, `--csv`.

Commands build plain dicts and hand them to `emit`; nothing else prints records.
"""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Callable, Iterable
from typing import Any, TextIO

import click

# Each output format and its flag's help; the first is the default.
FORMATS = {
    "table": "Readable table (the default).",
    "json": "One JSON array.",
    "nl": "Newline-delimited JSON: one object a line.",
    "csv": "CSV with a header row.",
}


def output_options(command: Callable[..., Any]) -> Callable[..., Any]:
    """Add `--json`, `--nl`, `--csv` (and the default `--table`) as one `fmt` parameter."""
    for flag, help_text in reversed(FORMATS.items()):
        extra = {"default": True} if flag == "table" else {}
        command = click.option(f"--{flag}", "fmt", flag_value=flag, help=help_text, **extra)(
            command
        )
    return command


def emit(
    rows: Iterable[dict[str, Any]],
    fmt: str,
    columns: list[str] | None = None,
    out: TextIO | None = None,
) -> int:
    """Write `rows` in `fmt`; `columns` fixes CSV and table columns. Returns the row count."""
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
    else:
        _write_table(rows, columns, out)
    return len(rows)


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


def _cell(value: Any, width: int = 60) -> str:
    text = " ".join(str(_flat(value)).split())
    return text if len(text) <= width else text[: width - 1] + "…"


def _write_table(rows: list[dict[str, Any]], columns: list[str], out: TextIO) -> None:
    if not rows:
        out.write("(no rows)\n")
        return
    cells = [[_cell(r.get(c)) for c in columns] for r in rows]
    widths = [max(len(c), *(len(row[i]) for row in cells)) for i, c in enumerate(columns)]
    out.write("  ".join(c.ljust(w) for c, w in zip(columns, widths, strict=True)).rstrip() + "\n")
    out.write("  ".join("-" * w for w in widths) + "\n")
    for row in cells:
        out.write("  ".join(v.ljust(w) for v, w in zip(row, widths, strict=True)).rstrip() + "\n")
