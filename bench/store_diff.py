"""Compare two vanban stores property by property (a check that a faster load builds the
same store as before).

    python -m bench.store_diff A.db B.db

Every node table is read whole and sorted by its key, every rel table with its ends and
sorted by them (an edge is one a relation and pair of ends), and the two are compared
column by column in Arrow, so that a store of 100,000 documents compares in seconds. The
first differing rows of each table are printed; the exit status is 1 when any differ.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import pyarrow as pa

from vanban.store import open_store
from vanban.store.graph_tables import EDGE_COLUMNS, SCHEMA
from vanban.store.read import Store
from vanban.store.schema import quoted


def rel_table(store: Store, relation: str) -> pa.Table:
    """Every rel of `relation` with its ends' keys, sorted by them."""
    props = ", ".join(f"r.{quoted(c)} AS {quoted(c)}" for c, _ in EDGE_COLUMNS)
    data = store.query_arrow(
        f"MATCH (a)-[r:{quoted(relation)}]->(b) RETURN a.key AS `from`, b.key AS `to`, {props}"
    )
    return data.sort_by([("from", "ascending"), ("to", "ascending")])


def tables(db: Path) -> dict[str, pa.Table]:
    with open_store(db) as store:
        found = {name: store.read_table(name) for name in SCHEMA.nodes}
        found.update({rel: rel_table(store, rel) for rel in SCHEMA.rels})
    return found


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
