"""What one province implements, and what its peers implement that it has not yet:
`vanban report --province P`.

Built on the coverage rows (`closure.coverage_rows` on the embedded store, the named
query `coverage` elsewhere): one row per central document and implementing province, with
the province's first implementing date. A row's province is the one the implementing
document names; it counts for today's province it lies in (`places.today`), or, with
`then=True`, for itself among the 63 in force until 30 June 2025.
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from ..extract.places import PROVINCES, normalise_name, today
from ..extract.spelling import fold_words
from .backend import Backend
from .closure import CoverageFilter, coverage_rows
from .gaps import province_names
from .library import run
from .lineage import days_between


class UnknownProvince(ValueError):
    """A name that is not one of the provinces asked for; `suggestions` are the nearest."""

    def __init__(self, name: str, then: bool, suggestions: list[str]) -> None:
        self.name, self.then, self.suggestions = name, then, suggestions
        which = "the 63 provinces before July 2025" if then else "today's 34 provinces"
        hint = f"; did you mean {', '.join(suggestions)}?" if suggestions else ""
        super().__init__(f"{name!r} is not one of {which}{hint}")


def resolve_province(name: str, then: bool = False) -> str:
    """The canonical name of province `name` in any spelling the gazetteer knows ("thanh
    hoa", "TP. Hồ Chí Minh", "Hanoi"). Today (`then=False`) a pre-2025 unit stands for
    the province it merged into ("Bắc Giang" is Bắc Ninh). Raises UnknownProvince with
    the nearest names otherwise."""
    canonical = normalise_name(name)
    if canonical is not None:
        return canonical if then else today(canonical)
    wanted = province_names(then)
    by_fold = {fold_words(n): n for n in wanted}
    near = difflib.get_close_matches(fold_words(name), list(by_fold), n=3, cutoff=0.5)
    raise UnknownProvince(name, then, [by_fold[n] for n in near])


@dataclass
class ProvinceReport:
    province: str
    then: bool
    implemented: list[dict[str, Any]] = field(default_factory=list)
    not_yet: list[dict[str, Any]] = field(default_factory=list)


def central_coverage(backend: Backend) -> list[dict[str, Any]]:
    """Coverage rows of the central documents (key, document, date, province, first, ...)."""
    store = getattr(backend, "store", None)
    if backend.dialect == "ladybug" and store is not None:
        return coverage_rows(store, CoverageFilter(level="central"))
    return [r for r in run(backend, "coverage") if r["level"] == "central"]


@cache  # a handful of names, met once per coverage row
def counted_for(province: str, then: bool = False) -> str | None:
    """The province a stored province name counts for: today's (`places.today`), or with
    `then` the pre-2025 unit itself; None for a name the gazetteer does not know."""
    if then:
        return province if province in PROVINCES else normalise_name(province)
    try:
        return today(province)
    except ValueError:  # a stored name the gazetteer does not know: counted nowhere
        return None


def province_report(
    backend: Backend,
    province: str,
    then: bool = False,
    coverage: list[dict[str, Any]] | None = None,
) -> ProvinceReport:
    """What `province` (any spelling) implements among the central documents, on a timeline
    with lags after each central document's date, and the central documents its peers
    implement that it has not, most implemented first. `coverage`: the rows of
    `central_coverage`, when the caller keeps them (they do not depend on the province)."""
    name = resolve_province(province, then)
    cells: dict[str, dict[str, Any]] = {}  # central key -> {province -> (count, first)}
    central: dict[str, dict[str, Any]] = {}
    for row in central_coverage(backend) if coverage is None else coverage:
        where = counted_for(row["province"], then)
        if where is None:
            continue
        central.setdefault(row["key"], row)
        cell = cells.setdefault(row["key"], {}).setdefault(where, {"count": 0, "first": None})
        cell["count"] += row["implementing"]
        if row["first"] and (cell["first"] is None or row["first"] < cell["first"]):
            cell["first"] = row["first"]
    # one scan of the central documents: a list of thousands of keys in `IN $keys` is
    # matched key by key, and took seconds on 45,000 documents
    titles = {
        r["key"]: r["title"]
        for r in backend.query(
            "MATCH (d:Document) WHERE d.level = 'central' AND d.title IS NOT NULL "
            "RETURN d.key AS key, d.title AS title"
        )
    }
    report = ProvinceReport(name, then)
    for key, by_province in cells.items():
        doc = central[key]
        base = {
            "central": doc["document"],
            "title": titles.get(key),
            "central_date": doc["date"],
            "key": key,
        }
        own = by_province.get(name)
        if own is not None:
            report.implemented.append(
                {
                    **base,
                    "implementing": own["count"],
                    "first": own["first"],
                    "lag_days": days_between(doc["date"], own["first"]),
                }
            )
        else:
            peers = sorted(by_province, key=lambda p: (by_province[p]["first"] or "9999", p))
            report.not_yet.append({**base, "peers": len(peers), "peer_provinces": peers})
    report.implemented.sort(key=lambda r: (r["first"] is None, r["first"] or "", r["central"]))
    report.not_yet.sort(
        key=lambda r: (
            -r["peers"],
            r["central_date"] is None,
            r["central_date"] or "",
            r["central"],
        )
    )
    return report


IMPLEMENTED_COLUMNS = ["first", "central", "central_date", "lag_days", "implementing", "title"]
NOT_YET_COLUMNS = ["central", "central_date", "peers", "peer_provinces", "title"]
