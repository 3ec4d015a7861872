"""Rows as a spreadsheet (`--xlsx FILE` of every command that prints a table).

Cells keep their kind: ISO dates become date cells (shown YYYY-MM-DD), date-times
datetime cells, numbers numbers, booleans booleans; lists are joined by `;` and maps
written as JSON text, as in CSV. Written with openpyxl (pure Python, and the same library
reads a file back in the tests).
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Iterable
from pathlib import Path
from typing import Any

DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
DATE_TIME = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?")
CELL_LIMIT = 32767
"""The most characters a spreadsheet cell holds; a longer text is cut with a note."""
WIDEST_COLUMN = 60


def cell_value(value: Any) -> Any:
    """What one value becomes in a cell: a date, datetime, number, boolean or text."""
    if value is None:
        return None
    if isinstance(value, bool | int | float | dt.date):
        return value
    if isinstance(value, str):
        return _typed_text(value)
    if isinstance(value, list | tuple):
        return _limited(";".join("" if v is None else str(v) for v in value))
    if isinstance(value, dict):
        return _limited(json.dumps(value, ensure_ascii=False, default=str))
    return _limited(str(value))


def _typed_text(text: str) -> Any:
    try:
        if DATE.fullmatch(text):
            return dt.date.fromisoformat(text)
        if DATE_TIME.fullmatch(text):
            return dt.datetime.fromisoformat(text)
    except ValueError:  # 2025-02-30 looks like a date but is none: it stays text
        pass
    return _limited(text)


CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")
"""Control characters a spreadsheet cell cannot hold (tab and newlines it can)."""


def _limited(text: str) -> str:
    text = CONTROL.sub("", text)
    if len(text) <= CELL_LIMIT:
        return text
    note = "… (cut: the cell limit)"
    return text[: CELL_LIMIT - len(note)] + note


def write_xlsx(rows: Iterable[dict[str, Any]], columns: list[str], path: Path) -> None:
    """One sheet: a bold, frozen header row of `columns`, then one row per dict."""
    from openpyxl import Workbook
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    book = Workbook()
    sheet = book.active
    sheet.title = "rows"
    sheet.append(columns)
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    sheet.freeze_panes = "A2"
    widths = [len(c) for c in columns]
    for row in rows:
        values = [cell_value(row.get(c)) for c in columns]
        sheet.append(values)
        for cell, value in zip(sheet[sheet.max_row], values, strict=True):
            if isinstance(value, dt.datetime):
                cell.number_format = "yyyy-mm-dd hh:mm:ss"
            elif isinstance(value, dt.date):
                cell.number_format = "yyyy-mm-dd"
        widths = [
            max(w, len(str(v)) if v is not None else 0) for w, v in zip(widths, values, strict=True)
        ]
    for i, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(i)].width = min(width, WIDEST_COLUMN) + 2
    try:
        book.save(path)
    except OSError as error:
        raise OSError(f"cannot write the spreadsheet {path}: {error.strerror or error}") from error
