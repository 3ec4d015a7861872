"""Compare two vanban stores property by property (a check that a faster load builds the
same store as before).

    python -m bench.store_diff A.db B.db

Every node table is read whole and sorted by its key, every rel table with its ends and
sorted by them (an edge is one a relation and pair of ends), and the two are compared
column by column in Arrow, so that a store of 100,000 documents compares in seconds. An
edge is compared with its evidence as lists, one item a piece (`sources`, `sentences`,
...): read from its rel in a store that keeps them there (schema 4), gathered from the
Evidence table by the edge's ids in one that does not (the ids themselves differ between
a whole load and an update, so they are not compared, nor is the Evidence table row by
row). A source's packed facts are compared unpacked, as canonical JSON (the packing
changed, the facts did not). The first differing rows of each table are printed; the exit
status is 1 when any differ.
"""

from __future__ import annotations

import argparse
import json
import sys
from itertools import accumulate
from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc

from vanban.queries.evidence import EVIDENCE_LISTS
from vanban.store import open_store
from vanban.store.graph_tables import SCHEMA, unpack_facts
from vanban.store.read import Store
from vanban.store.schema import quoted

SUMMARY = ("confidence", "evidence_count")


def rel_table(store: Store, relation: str, evidence: pa.Table | None) -> pa.Table:
    """Every rel of `relation` with its ends' keys and its evidence as lists, sorted by
    its ends; `evidence` is the store's Evidence table (None if it keeps the lists on its
    rels)."""
    columns = [*SUMMARY, *EVIDENCE_LISTS] if evidence is None else [*SUMMARY, "evidence"]
    props = ", ".join(f"r.{quoted(c)} AS {quoted(c)}" for c in columns)
    data = store.query_arrow(
        f"MATCH (a)-[r:{quoted(relation)}]->(b) RETURN a.key AS `from`, b.key AS `to`, {props}"
    )
    data = data.sort_by([("from", "ascending"), ("to", "ascending")])
    if evidence is None:
        return data
    return _gathered(data, evidence)


def _gathered(data: pa.Table, evidence: pa.Table) -> pa.Table:
    """`data` (rels with `evidence` and `evidence_count`) with its evidence as lists,
    gathered from the Evidence table by id."""
    counts = data.column("evidence_count").to_pylist()
    firsts = data.column("evidence").to_pylist()
    ids = [
        i
        for first, n in zip(firsts, counts, strict=True)
        for i in range(first or 0, (first or 0) + n)
    ]
    cuts = pa.array([0, *accumulate(counts)], pa.int32())
    where = pc.index_in(pa.array(ids, pa.int64()), value_set=evidence.column("id"))
    lists = {
        name: pa.ListArray.from_arrays(cuts, evidence.column(column).take(where).combine_chunks())
        for name, column in EVIDENCE_LISTS.items()
    }
    return pa.table({**{c: data.column(c) for c in ("from", "to", *SUMMARY)}, **lists})


def tables(db: Path) -> dict[str, pa.Table]:
    with open_store(db) as store:
        names = store.query("CALL show_tables() RETURN name")
        has_evidence = any(r["name"] == "Evidence" for r in names)
        evidence = store.read_table("Evidence") if has_evidence else None
        found = {name: store.read_table(name) for name in SCHEMA.nodes if name != "Evidence"}
        found["Source"] = _facts_unpacked(found["Source"])
        found.update({rel: rel_table(store, rel, evidence) for rel in SCHEMA.rels})
    return found


def _facts_unpacked(sources: pa.Table) -> pa.Table:
    """The Source table with each source's facts unpacked, as canonical JSON."""
    where = sources.schema.get_field_index("facts")
    texts = [
        None if t is None else json.dumps(unpack_facts(t), ensure_ascii=False, sort_keys=True)
        for t in sources.column(where).to_pylist()
    ]
    return sources.set_column(where, "facts", pa.array(texts, pa.string()))


def differences(a: pa.Table, b: pa.Table, shown: int = 3) -> list[str]:
    """What differs between two tables of the same columns, row for row."""
    if a.num_rows != b.num_rows:
        return [f"{a.num_rows} rows against {b.num_rows}"]
    out = []
    for name in a.column_names:
        left, right = a.column(name).combine_chunks(), b.column(name).combine_chunks()
        if left.type != right.type:
            right = right.cast(left.type)
        if left.equals(right):
            continue
        rows = [i for i in range(len(left)) if left[i] != right[i]]
        out.append(f"column {name}: {len(rows)} rows differ")
        for i in rows[:shown]:
            out.append(f"  row {i}: {left[i].as_py()!r} != {right[i].as_py()!r}")
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("a", type=Path)
    parser.add_argument("b", type=Path)
    args = parser.parse_args()
    left, right = tables(args.a), tables(args.b)
    same = True
    for name in left:
        found = differences(left[name], right[name])
        print(f"{name}: {left[name].num_rows} rows, {'same' if not found else 'DIFFERENT'}")
        for line in found:
            print("   ", line)
        same = same and not found
    print("same store" if same else "stores differ")
    sys.exit(0 if same else 1)


if __name__ == "__main__":
    main()
