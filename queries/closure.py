"""Coverage on the store's columns: who reaches which document down a chain of implementation.

The named query `coverage` says the same in Cypher, and a Neo4j server runs it well; on
LadybugDB its variable-length match starts a walk from every node of the graph, which
took 196 s and 14 GB on 100,000 documents. Here only the key columns of the
implementation edges are read (Arrow), keys become small integers, and a breadth-first
walk from each implementing node is aggregated as it goes into one entry per (document,
province): the memory is that of the edge columns and of the answer.
"""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass
from typing import Any

import pyarrow as pa
import pyarrow.compute as pc

from ..store import Store
from .chain import CHAIN_STEPS, IMPLEMENTING

CHAIN = IMPLEMENTING  # the one definition, in chain.py
MAX_STEPS = CHAIN_STEPS


@dataclass(frozen=True)
class CoverageFilter:
    """Which rows a coverage keeps: documents of one level (``central``), implementers of
    one province, implementers dated within [since, until] (ISO dates, prefixes allowed:
    ``2021`` or ``2021-06``)."""

    level: str | None = None
    province: str | None = None
    since: str | None = None
    until: str | None = None

    def keeps_implementer(self, province: str | None, date: str | None) -> bool:
        if province is None or (self.province is not None and province != self.province):
            return False
        if self.since is not None and (date is None or date < self.since):
            return False
        # "2021" as an upper bound means the whole of 2021: compare on the same prefix
        return self.until is None or (date is not None and date[: len(self.until)] <= self.until)


def _column(store: Store, cypher: str) -> pa.Table:
    return store.query_arrow(cypher)


def _node_fields(store: Store, keys: pa.Array) -> dict[str, list[Any]]:
    """number, level, date and province of each key (in the order of `keys`)."""
    docs = _column(
        store,
        "MATCH (n:Document) RETURN n.key AS key, n.number AS number, n.level AS level, "
        "n.date AS date, n.province AS province",
    )
    orgs = _column(store, "MATCH (n:Organisation) RETURN n.key AS key, n.province AS province")
    orgs = orgs.append_column("number", pa.nulls(orgs.num_rows, pa.string()))
    orgs = orgs.append_column("level", pa.nulls(orgs.num_rows, pa.string()))
    orgs = orgs.append_column("date", pa.nulls(orgs.num_rows, pa.string()))
    both = pa.concat_tables([docs, orgs.select(docs.column_names)])
    rows = pc.index_in(keys, value_set=both["key"])
    picked = both.take(rows)
    return {name: picked[name].to_pylist() for name in ("number", "level", "date", "province")}


def coverage_rows(
    store: Store, keep: CoverageFilter | None = None, max_steps: int = MAX_STEPS
) -> list[dict[str, Any]]:
    """The rows of the `coverage` named query (key, document, level, date, province,
    implementing, first), in its order, computed on columns."""
    keep = keep or CoverageFilter()
    pattern = "|".join(CHAIN)
    edges = _column(store, f"MATCH (x)-[:{pattern}]->(d:Document) RETURN x.key AS x, d.key AS d")
    if edges.num_rows == 0:
        return []
    keys = pc.unique(pa.chunked_array(edges["x"].chunks + edges["d"].chunks))
    starts = pc.index_in(edges["x"], value_set=keys).to_pylist()
    ends = pc.index_in(edges["d"], value_set=keys).to_pylist()
    del edges
    fields = _node_fields(store, keys)
    number, level, date, province = (
        fields["number"],
        fields["level"],
        fields["date"],
        fields["province"],
    )
    onward: list[list[int]] = [[] for _ in range(len(keys))]
    for x, d in zip(starts, ends, strict=True):
        onward[x].append(d)
    del starts, ends
    cells: dict[tuple[int, str], list[Any]] = {}  # (document, province) -> [count, first]
    for x in range(len(keys)):
        if not onward[x] or not keep.keeps_implementer(province[x], date[x]):
            continue
        seen = {x}
        frontier = deque([(x, 0)])
        while frontier:
            node, steps = frontier.popleft()
            if steps == max_steps:
                continue
            for d in onward[node]:
                if d in seen:
                    continue
                seen.add(d)
                frontier.append((d, steps + 1))
                if number[d] is None or (keep.level is not None and level[d] != keep.level):
                    continue
                cell = cells.get((d, province[x]))
                if cell is None:
                    cells[(d, province[x])] = [1, date[x]]
                else:
                    cell[0] += 1
                    if date[x] is not None and (cell[1] is None or date[x] < cell[1]):
                        cell[1] = date[x]
    key_text = keys.to_pylist()
    rows = [
        {
            "key": key_text[d],
            "document": number[d],
            "level": level[d],
            "date": date[d],
            "province": where,
            "implementing": count,
            "first": first,
        }
        for (d, where), (count, first) in cells.items()
    ]
    rows.sort(key=lambda r: (r["date"] is None, r["date"] or "", r["document"], r["province"]))
    return rows
