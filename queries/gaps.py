"""Which provinces implement a document, and which have not yet: `vanban gaps NUMBER`.

A province implements a document when one of its documents or bodies reaches it down a
chain of IMPLEMENTS, GUIDES or CONTINUES (the chain `vanban coverage` follows). Provinces
are today's 34 (a pre-2025 unit counts for the province it merged into, its stored
`province_today`), or with `then=True` the 63 in force until 30 June 2025, named as the
implementing document names its own province.
"""

from __future__ import annotations

from typing import Any

from ..extract.places import PROVINCES, PROVINCES_2025
from .backend import Backend
from .closure import CHAIN, MAX_STEPS
from .lineage import days_between


def province_names(then: bool = False) -> list[str]:
    """The 63 provinces in force until 30 June 2025 (`then`), or the 34 of today, in the
    order of the official lists."""
    return list(PROVINCES if then else PROVINCES_2025)


def implementing_query(dialect: str, depth: int) -> str:
    """Every document or body reaching `$key` down the implementation chain within
    `depth` steps, with the fields a gap report shows, in one query. The depth is part of
    the pattern (checked here); LadybugDB walks one shortest path per implementer."""
    if not 1 <= depth <= 12:
        raise ValueError(f"bad depth {depth}: 1 to 12")
    steps = f"* SHORTEST 1..{depth}" if dialect == "ladybug" else f"*1..{depth}"
    return (
        f"MATCH p = (x)-[:{'|'.join(CHAIN)}{steps}]->(d:Document {{key: $key}})\n"
        "RETURN x.key AS key, coalesce(x.number, x.title, x.name, x.key) AS label,\n"
        "       x.province AS province, x.province_today AS province_today,\n"
        "       x.date AS date, min(length(p)) AS steps"
    )


def implementing_nodes(backend: Backend, key: str, depth: int = MAX_STEPS) -> list[dict[str, Any]]:
    """Every document or body that reaches document `key` down the implementation chain
    within `depth` steps: key, label, province, province_today, date, steps."""
    return backend.query(implementing_query(backend.dialect, depth), {"key": key})


def _earliest(nodes: list[dict[str, Any]]) -> dict[str, Any]:
    # undated implementers come last: a province with only undated ones has no "first" date
    return min(nodes, key=lambda n: (n["date"] is None, n["date"] or "", n["label"]))


def _latest(nodes: list[dict[str, Any]]) -> dict[str, Any]:
    dated = [n for n in nodes if n["date"]]
    return max(dated, key=lambda n: (n["date"], n["label"])) if dated else _earliest(nodes)


def gaps(
    backend: Backend, key: str, then: bool = False, depth: int = MAX_STEPS
) -> list[dict[str, Any]]:
    """One row per province (34, or 63 with `then`): whether it implements document `key`,
    and if so its first and latest implementing document with their lags in days after
    the document's own date. Provinces without one come first, in the official order;
    then the others, earliest first."""
    found = backend.query("MATCH (d:Document {key: $key}) RETURN d.date AS date", {"key": key})
    if not found:
        raise KeyError(key)
    root_date = found[0]["date"]
    field = "province" if then else "province_today"
    by_province: dict[str, list[dict[str, Any]]] = {}
    for node in implementing_nodes(backend, key, depth):
        if node[field]:
            by_province.setdefault(node[field], []).append(node)
    missing, done = [], []
    for province in province_names(then):
        nodes = by_province.get(province)
        if not nodes:
            missing.append({"province": province, "implemented": False, "implementers": 0})
            continue
        first, latest = _earliest(nodes), _latest(nodes)
        done.append(
            {
                "province": province,
                "implemented": True,
                "implementers": len(nodes),
                "first": first["label"],
                "first_date": first["date"],
                "lag_days_first": days_between(root_date, first["date"]),
                "latest": latest["label"],
                "latest_date": latest["date"],
                "lag_days_latest": days_between(root_date, latest["date"]),
            }
        )
    done.sort(key=lambda r: (r["first_date"] is None, r["first_date"] or "", r["province"]))
    return missing + done


GAP_COLUMNS = [
    "province",
    "implemented",
    "implementers",
    "first",
    "first_date",
    "lag_days_first",
    "latest",
    "latest_date",
    "lag_days_latest",
]
"""The columns of a gaps table, in order (a province without implementers has only the
first three)."""
