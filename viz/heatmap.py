"""The coverage heatmap: central documents against provinces, each cell coloured by lag.

`heatmap(rows, provinces, then)` folds the coverage rows (`queries.closure.coverage_rows`,
or the named query `coverage`) into one row per central document and one cell per
province, holding the province's first implementing date and its lag in days after the
document's date. `LAG_BANDS` says which colour a lag gets; `vanban serve` draws it as an
HTML table, any other page can too.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ..queries.lineage import days_between
from ..queries.province_report import counted_for

# (upper bound in days, label, colour): the first band whose bound holds the lag wins.
# Blue for quick, red for slow (no yellow or pale tint: every band must stand out from
# the white of a province that has not implemented at all).
LAG_BANDS: tuple[tuple[int | None, str, str], ...] = (
    (30, "within a month", "#313695"),
    (90, "within 3 months", "#4575b4"),
    (365, "within a year", "#74add1"),
    (730, "within 2 years", "#f46d43"),
    (None, "later", "#a50026"),
)
UNDATED = ("implemented, date unknown", "#bdbdbd")
"""A province whose implementing documents carry no date, or a central document
without one: it implements, but no lag can be told."""


def lag_band(lag_days: int | None) -> tuple[str, str]:
    """(label, colour) of a lag in days; None is the undated band."""
    if lag_days is None:
        return UNDATED
    for bound, label, colour in LAG_BANDS:
        if bound is None or lag_days <= bound:
            return label, colour
    raise AssertionError("the last band has no bound")


@dataclass
class Cell:
    first: str | None
    lag_days: int | None
    implementing: int
    label: str
    colour: str


@dataclass
class HeatRow:
    key: str
    document: str
    date: str | None
    cells: dict[str, Cell] = field(default_factory=dict)


@dataclass
class Heatmap:
    provinces: list[str]
    rows: list[HeatRow]
    left_out: int = 0  # rows beyond the limit


def heatmap(
    rows: list[dict[str, Any]], provinces: list[str], then: bool = False, limit: int | None = None
) -> Heatmap:
    """Central documents (most provinces first, then by date) against `provinces`;
    `limit` keeps the first rows and counts the others in `left_out`."""
    by_key: dict[str, HeatRow] = {}
    counts: dict[tuple[str, str], list[Any]] = {}  # (key, province) -> [implementing, first]
    for row in rows:
        where = counted_for(row["province"], then)
        if where is None:
            continue
        by_key.setdefault(row["key"], HeatRow(row["key"], row["document"], row["date"]))
        cell = counts.setdefault((row["key"], where), [0, None])
        cell[0] += row["implementing"]
        if row["first"] and (cell[1] is None or row["first"] < cell[1]):
            cell[1] = row["first"]
    for (key, where), (implementing, first) in counts.items():
        line = by_key[key]
        lag = days_between(line.date, first) if first else None
        label, colour = lag_band(lag)
        line.cells[where] = Cell(first, lag, implementing, label, colour)
    ordered = sorted(
        by_key.values(),
        key=lambda r: (-len(r.cells), r.date is None, r.date or "", r.document),
    )
    kept = ordered if limit is None else ordered[:limit]
    return Heatmap(provinces, kept, len(ordered) - len(kept))
