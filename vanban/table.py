"""Rows as a readable table that fits the terminal: cells on one line, graph values in
short forms, long cells cut with an ellipsis (never a date), and columns that cannot fit
shown in groups. `vanban.output.emit` prints every table through `write_table`."""

from __future__ import annotations

import json
import re
import shutil
import unicodedata
from typing import Any, TextIO


def flat(value: Any) -> Any:
    """A value as one CSV or table cell: None empty, lists joined by `;`, maps as JSON."""
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
    return " ".join(str(short if short is not None else flat(value)).split())


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


def display_width(text: str) -> int:
    """Terminal columns `text` takes: wide (CJK) characters two, combining marks none."""
    return sum(_char_width(c) for c in text)


def _char_width(char: str) -> int:
    if unicodedata.combining(char) or unicodedata.category(char) in ("Mn", "Me", "Cf"):
        return 0
    return 2 if unicodedata.east_asian_width(char) in ("W", "F") else 1


def _pad(text: str, width: int) -> str:
    return text + " " * (width - display_width(text))


def _fitting(chars: str, room: int) -> str:
    """The longest start of `chars` that takes at most `room` columns."""
    used = 0
    for i, char in enumerate(chars):
        used += _char_width(char)
        if used > room:
            return chars[:i]
    return chars


def _cut(text: str, width: int) -> str:
    """`text` within `width` columns: its start kept, or for a file path its end (the
    file name), the cut marked by an ellipsis."""
    if display_width(text) <= width:
        return text
    if PATH.fullmatch(text):
        return "…" + _fitting(text[::-1], width - 1)[::-1]
    return _fitting(text, width - 1) + "…"


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
    """Rows as aligned columns within `width` terminal columns: long cells are cut with an
    ellipsis; when the columns cannot fit even cut, they are shown in groups, one under
    the other, each led by the first column."""
    if not rows:
        out.write("(no rows)\n")
        return
    cells = [[_text(r.get(c)) for c in columns] for r in rows]
    natural = [
        max(display_width(c), *(display_width(row[i]) for row in cells))
        for i, c in enumerate(columns)
    ]
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
        out.write(GAP.join(_pad(h, w) for h, w in zip(head, widths, strict=True)).rstrip() + "\n")
        out.write(GAP.join("-" * w for w in widths) + "\n")
        for row in cells:
            line = [_pad(_cut(row[i], w), w) for i, w in zip(page, widths, strict=True)]
            out.write(GAP.join(line).rstrip() + "\n")


def _date_width(cells: list[list[str]], column: int) -> int:
    """The width of the longest ISO date (or date-time) of a column, so that none is cut."""
    dates = (len(row[column]) for row in cells if ISO_DATE.fullmatch(row[column]))
    return max(dates, default=0)
