"""Find documents by number, in any spelling, and suggest near numbers for unknown ones."""

from __future__ import annotations

import difflib
from typing import Any

from ..extract.find import find_references
from ..graph.resolve import fold_number, number_base
from .backend import Backend
from .library import run


def find_documents(
    backend: Backend, number: str, year: int | None = None, date: str | None = None
) -> list[dict[str, Any]]:
    """Documents answering to `number`: `33/CT-TTg`, `33/2021/CT-TTg`, `23-qd/tw`, `QÐ`...

    A year written in the number, `year` or `date` narrows the candidates.
    """
    folded = fold_number(number)
    found = {row["key"]: row for row in run(backend, "find_documents", number=folded)}
    parsed = find_references(number.strip())
    if len(parsed) == 1:
        ref = parsed[0]
        base = fold_number(number_base(ref.to_dict()))
        for row in run(backend, "find_documents", number=base):
            found.setdefault(row["key"], row)
        year = year or ref.year
    rows = list(found.values())
    if year:
        rows = [
            r for r in rows if r.get("year") == year or (r.get("date") or "").startswith(str(year))
        ]
    if date:
        rows = [r for r in rows if r.get("date") == date]
    return sorted(rows, key=lambda r: (r.get("date") or "", r["key"]))


def near_numbers(backend: Backend, number: str, limit: int = 5) -> list[str]:
    """Known numbers spelled most like `number`, for "did you mean"."""
    rows = backend.query("MATCH (d:Document) WHERE d.number IS NOT NULL RETURN d.number AS number")
    known = {fold_number(r["number"]): r["number"] for r in rows}
    close = difflib.get_close_matches(fold_number(number), list(known), n=limit, cutoff=0.6)
    return [known[c] for c in close]
