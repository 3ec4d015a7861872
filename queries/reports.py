"""Researchers' questions as plain functions over a `Backend`: who implements, coverage,
search, one document's mentions, and what stayed unresolved."""

from __future__ import annotations

import unicodedata
from collections import defaultdict
from typing import Any

from .backend import Backend
from .library import run
from .lineage import LineageNode, days_between, lineage

GROUPINGS = ("province", "level", "issuer")


def implementers(
    backend: Backend,
    key: str,
    by: str = "province",
    depth: int = 6,
    relations: tuple[str, ...] = ("IMPLEMENTS", "GUIDES", "CONTINUES"),
) -> list[dict[str, Any]]:
    """Who implements document `key` (down a chain of `depth` steps), grouped `by`."""
    root = lineage(backend, key, "down", depth, relations)
    groups: dict[str, list[LineageNode]] = defaultdict(list)
    for node in root.walk():
        if node is not root:
            groups[getattr(node, by) or "(unknown)"].append(node)
    rows = []
    for group, nodes in groups.items():
        dates = sorted(n.date for n in nodes if n.date)
        rows.append(
            {
                by: group,
                "implementers": len(nodes),
                "documents": [n.label for n in nodes],
                "first": dates[0] if dates else None,
                "latest": dates[-1] if dates else None,
                "lag_days_first": days_between(root.date, dates[0]) if dates else None,
                "lag_days_latest": days_between(root.date, dates[-1]) if dates else None,
                "nearest_step": min(n.depth for n in nodes),
            }
        )
    return sorted(rows, key=lambda r: (r["first"] or "9999", r[by]))


def coverage(
    backend: Backend, central_only: bool = False
) -> tuple[list[str], list[dict[str, Any]]]:
    """A matrix: one row per implemented document, one column per province (first date)."""
    rows = run(backend, "coverage")
    if central_only:
        rows = [r for r in rows if r["level"] == "central"]
    provinces = sorted({r["province"] for r in rows})
    matrix: dict[str, dict[str, Any]] = {}
    for r in rows:
        line = matrix.setdefault(
            r["key"], {"document": r["document"], "level": r["level"], "date": r["date"]}
        )
        line[r["province"]] = r["first"] or "yes"
    for line in matrix.values():
        line["provinces"] = sum(1 for p in provinces if p in line)
    return provinces, list(matrix.values())


def mentions(backend: Backend, key: str) -> list[dict[str, Any]]:
    """Every edge of a document, both ways, one row per piece of evidence, with source paths."""
    edges = run(backend, "mentions", key=key)
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


def fold_words(text: str) -> str:
    """Lower case without diacritics (đ as d), for matching typed words to titles and names."""
    decomposed = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    return "".join(c for c in decomposed if not unicodedata.combining(c)).lower()


def search(backend: Backend, words: str, limit: int = 50) -> list[dict[str, Any]]:
    """Documents and organisations whose number, title or name holds every word.

    Diacritics are optional: `dan van` finds `dân vận`.
    """
    wanted = fold_words(words).split()
    found = []
    for row in run(backend, "documents"):
        hay = fold_words(" ".join(filter(None, [row["number"], row["title"], row["province"]])))
        if all(w in hay for w in wanted):
            found.append(
                {
                    "kind": "document",
                    **{k: row[k] for k in ("number", "title", "type", "level", "province", "date")},
                }
            )
    for row in run(backend, "organisation_names"):
        hay = fold_words(" ".join(filter(None, [row["name"], row["name_en"]])))
        if all(w in hay for w in wanted):
            found.append(
                {
                    "kind": "organisation",
                    "number": None,
                    "title": row["name"],
                    "type": None,
                    "level": row["level"],
                    "province": row["province"],
                    "date": None,
                }
            )
    found.sort(key=lambda r: (r["kind"], r["date"] or "", r["number"] or r["title"] or ""))
    return found[:limit]


def unresolved(backend: Backend) -> list[dict[str, Any]]:
    """Ambiguous references grouped by spelling, with their candidates and how often."""
    groups: dict[tuple[str, str], dict[str, Any]] = {}
    for row in run(backend, "unresolved"):
        key = (row["reference"], ",".join(row["candidates"] or []))
        group = groups.setdefault(
            key,
            {
                "reference": row["reference"],
                "kind": "ambiguous",
                "count": 0,
                "candidates": row["candidates"],
                "reason": row["reason"],
                "sources": [],
            },
        )
        group["count"] += 1
        group["sources"].append(row["source"])
    undated = backend.query(
        "MATCH (d:Document) WHERE d.period IS NULL AND d.number IS NOT NULL "
        "RETURN d.number AS reference, d.mentions AS count"
    )
    rows = sorted(groups.values(), key=lambda g: (-g["count"], g["reference"]))
    rows += [
        {
            "reference": r["reference"],
            "kind": "undated",
            "count": r["count"],
            "candidates": [],
            "reason": "no date or year anywhere: its numbering period is unknown",
            "sources": [],
        }
        for r in sorted(undated, key=lambda r: r["reference"])
    ]
    return rows


def stats(backend: Backend) -> list[dict[str, Any]]:
    return run(backend, "stats")
