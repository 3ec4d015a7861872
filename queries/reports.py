"""Researchers' questions as plain functions over a `Backend`: who implements, coverage,
one document's mentions, and what stayed unresolved (search is in `search.py`)."""

from __future__ import annotations

from typing import Any

from .backend import Backend
from .chain import CHAIN_STEPS, IMPLEMENTING
from .checks import is_impossible
from .closure import CoverageFilter, coverage_rows
from .evidence import evidence_lists, with_evidence
from .library import run
from .lineage import ALL_RELATIONS, days_between

GROUPINGS = ("province", "level", "issuer")


_GROUP_BY = {
    "province": "x.province",
    "level": "x.level",
    "issuer": "coalesce(issuer, x.name)",
}
"""What `implementers --by` groups on, as a Cypher expression over the implementer `x`
(an organisation is its own issuer)."""


UNDATED = "undated"  # a coverage cell whose implementing documents carry no date


def implementers_query(
    dialect: str,
    by: str,
    depth: int,
    relations: tuple[str, ...] = IMPLEMENTING,
    dated: bool = False,
) -> str:
    """Who reaches the document `$key` down `relations` within `depth` steps, grouped by
    `by`, one row per group: the grouping, counting and dates happen in the engine.

    Relations, depth and grouping are part of the text (a pattern cannot take them as
    parameters); each is checked against a fixed list. LadybugDB walks once from the
    document (SHORTEST: one path per implementer); Neo4j takes the smallest length of
    its paths. `dated` keeps implementers dated within [$since, $until]."""
    unknown = [r for r in relations if r not in ALL_RELATIONS]
    if unknown or not relations or by not in _GROUP_BY or not 1 <= depth <= 12:
        raise ValueError(f"bad implementers query: {relations} to depth {depth} by {by}")
    hops = "|".join(relations)
    steps = f"* SHORTEST 1..{depth}" if dialect == "ladybug" else f"*1..{depth}"
    return (
        f"MATCH p = (x)-[:{hops}{steps}]->(d:Document {{key: $key}})\n"
        "WITH x, min(length(p)) AS steps\n"
        + ("WHERE x.date >= $since AND x.date <= $until\n" if dated else "")
        + "OPTIONAL MATCH (x)-[:ISSUED_BY]->(o:Organisation)\n"
        "WITH x, steps, min(o.name) AS issuer\n"
        f"WITH x, steps, coalesce({_GROUP_BY[by]}, '(unknown)') AS grouping\n"
        "RETURN grouping, count(*) AS implementers,\n"
        "       collect(coalesce(x.number, x.title, x.name, x.key)) AS documents,\n"
        "       min(x.date) AS first, max(x.date) AS latest, min(steps) AS nearest_step"
    )


def implementers(
    backend: Backend,
    key: str,
    by: str = "province",
    depth: int = CHAIN_STEPS,
    since: str | None = None,
    until: str | None = None,
) -> list[dict[str, Any]]:
    """Who implements document `key` (chain.py: down a chain of `depth` steps), grouped
    `by`; `since`/`until` (ISO days) keep the implementers dated in that span."""
    dated = since is not None or until is not None
    params = {"key": key}
    if dated:
        params |= {"since": since or "0000", "until": until or "9999-12-31"}
    query = implementers_query(backend.dialect, by, depth, IMPLEMENTING, dated)
    rows = backend.query(query, params)
    found = backend.query("MATCH (d:Document {key: $key}) RETURN d.date AS date", {"key": key})
    root_date = found[0]["date"] if found else None
    out = [
        {
            by: row["grouping"],
            "implementers": row["implementers"],
            "documents": sorted(row["documents"]),
            "first": row["first"],
            "latest": row["latest"],
            "lag_days_first": days_between(root_date, row["first"]) if row["first"] else None,
            "lag_days_latest": days_between(root_date, row["latest"]) if row["latest"] else None,
            "nearest_step": row["nearest_step"],
        }
        for row in rows
    ]
    return sorted(out, key=lambda r: (r["first"] or "9999", r[by]))


def coverage(
    backend: Backend,
    central_only: bool = False,
    province: str | None = None,
    since: str | None = None,
    until: str | None = None,
) -> tuple[list[str], list[dict[str, Any]]]:
    """A matrix: one row per implemented document, one column per province (first date).

    `central_only` keeps central documents; `province`, `since` and `until` keep the
    implementers of one province, or dated in a span (ISO dates or their prefixes). On
    the embedded store it is computed on the store's columns (`closure.py`); on another
    engine by the named query `coverage`, filtered on its grouped rows."""
    keep = CoverageFilter("central" if central_only else None, province, since, until)
    store = getattr(backend, "store", None)
    if backend.dialect == "ladybug" and store is not None:
        rows = coverage_rows(store, keep)
    else:
        if since is not None or until is not None:
            raise ValueError("coverage by date needs the embedded store")
        rows = [
            r
            for r in run(backend, "coverage")
            if (keep.level is None or r["level"] == keep.level)
            and (province is None or r["province"] == province)
        ]
    provinces = sorted({r["province"] for r in rows})
    matrix: dict[str, dict[str, Any]] = {}
    for r in rows:
        line = matrix.setdefault(
            r["key"], {"document": r["document"], "level": r["level"], "date": r["date"]}
        )
        # a date, or UNDATED when the province implements it by documents without a date
        line[r["province"]] = r["first"] or UNDATED
    for line in matrix.values():
        line["provinces"] = sum(1 for p in provinces if p in line)
    return provinces, list(matrix.values())


def mentions(backend: Backend, key: str) -> list[dict[str, Any]]:
    """Every edge of a document, both ways, one row per piece of evidence, with source paths."""
    edges = with_evidence(backend, run(backend, "mentions", key=key))
    ids = sorted({s for e in edges for s in e["sources"] or []})
    paths = {r["id"]: r["path"] for r in run(backend, "sources", ids=ids)} if ids else {}
    rows = []
    for e in edges:
        for source, surface, sentence in zip(
            e["sources"], e["surfaces"], e["sentences"], strict=False
        ):
            rows.append(
                {
                    "direction": e["direction"],
                    "relation": e["relation"],
                    "other": e["other"],
                    "surface": surface,
                    "path": paths.get(source, source),
                    "sentence": sentence,
                }
            )
    return sorted(rows, key=lambda r: (r["direction"], r["relation"], r["other"] or "", r["path"]))


def unresolved(backend: Backend) -> list[dict[str, Any]]:
    """Ambiguous references grouped by spelling, with their candidates and how often."""
    groups: dict[tuple[str, str], dict[str, Any]] = {}
    for row in run(backend, "unresolved"):
        key = (row["reference"], ",".join(row["candidates"] or []))
        group = groups.setdefault(
            key,
            {
                "reference": row["reference"],
                "kind": "impossible" if is_impossible(row["reason"]) else "ambiguous",
                "count": 0,
                "candidates": row["candidates"],
                "reason": row["reason"],
                "sources": [],
            },
        )
        group["count"] += 1
        group["sources"].append(row["source"])
    rows = sorted(groups.values(), key=lambda g: (-g["count"], g["reference"]))
    return rows + _undated(backend)


def _undated(backend: Backend) -> list[dict[str, Any]]:
    """Numbers no text dates, each with the sources its edges were read from (those that
    cite it, and its own text's acts), so that a reader can open the text and find the year
    it leaves out. Only the evidence's sources are fetched."""
    edges = backend.query(
        "MATCH (d:Document) WHERE d.period IS NULL AND d.number IS NOT NULL "
        "OPTIONAL MATCH (d)-[r]-() "
        "RETURN d.key AS key, d.number AS reference, d.mentions AS count, "
        "r.evidence AS evidence, r.evidence_count AS evidence_count"
    )
    sources = evidence_lists(
        backend,
        [e["evidence"] for e in edges],
        [e["evidence_count"] for e in edges],
        names=("sources",),
    )["sources"]
    rows: dict[str, dict[str, Any]] = {}
    seen: dict[str, dict[str, None]] = {}  # a document's sources, once each, in order
    for e, of_edge in zip(edges, sources, strict=True):
        rows.setdefault(
            e["key"],
            {
                "reference": e["reference"],
                "kind": "undated",
                "count": e["count"],
                "candidates": [],
                "reason": "no date or year anywhere: its numbering period is unknown",
            },
        )
        seen.setdefault(e["key"], {}).update(dict.fromkeys(of_edge))
    return sorted(
        ({**row, "sources": list(seen[key])} for key, row in rows.items()),
        key=lambda r: r["reference"],
    )


def stats(backend: Backend) -> list[dict[str, Any]]:
    return run(backend, "stats")
