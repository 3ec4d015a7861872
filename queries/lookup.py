"""Find documents by number, in any spelling, and suggest near numbers for unknown ones.

A number is matched to the store's documents by the load's own rule (`graph/identify.py`):
its base and numbering period, read from the year in it or the `year`/`date` given, pick
the keys it can name, so a lookup answers as the graph's edges do. When an undated number
fits several documents, all are returned for the caller to list with how to choose.
"""

from __future__ import annotations

import difflib
from typing import Any

from ..extract.spelling import fold_number
from ..graph.identify import read_number, typed_identity
from ..graph.resolve import number_base
from .backend import Backend
from .library import run


def find_documents(
    backend: Backend, number: str, year: int | None = None, date: str | None = None
) -> list[dict[str, Any]]:
    """Documents answering to `number`: `33/CT-TTg`, `33/2021/CT-TTg`, `23-qd/tw`, `QÐ`...

    A year written in the number, `year` or `date` narrows the candidates to the documents
    of that numbering period; when the period is not known (a Party number in a year a term
    turned), to those of that year or day. Sorted by date."""
    found = {row["key"]: row for row in run(backend, "find_documents", number=fold_number(number))}
    mention = read_number(number, year, date)
    if mention is None:  # not one number the extractor reads: its spelling alone
        return _by_year_and_date(list(found.values()), year, date)
    for row in run(backend, "find_documents", number=fold_number(number_base(mention))):
        found.setdefault(row["key"], row)
    identity = typed_identity(mention, found)
    if identity.key is not None:
        rows = [found[identity.key]] if identity.key in found else []
    else:
        rows = [found[k] for k in identity.candidates]
    if len(rows) > 1:  # the period left several: a year or day given still tells them apart
        rows = _by_year_and_date(rows, mention.get("year"), date) or rows
    return sorted(rows, key=lambda r: (r.get("date") or "", r["key"]))


def _by_year_and_date(
    rows: list[dict[str, Any]], year: int | None, date: str | None
) -> list[dict[str, Any]]:
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
