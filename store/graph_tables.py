"""vanban's graph schema, and the conversion of a `Graph` to and from Arrow tables."""

from __future__ import annotations

import base64
import json
import zlib
from collections.abc import Iterable
from concurrent.futures import ThreadPoolExecutor
from itertools import accumulate
from operator import attrgetter
from typing import Any

import pyarrow as pa
import pyarrow.compute as pc

from ..graph.model import Document, Edge, Evidence, Graph, Organisation, Unresolved
from ..graph.schema import RELATIONS
from .read import Store
from .schema import KEY_COLUMN, Schema, quoted

SCHEMA_VERSION = 4

DOCUMENT_COLUMNS = [
    ("key", "STRING"),
    ("number", "STRING"),
    ("aliases", "STRING[]"),
    ("lookup", "STRING[]"),
    ("family", "STRING"),
    ("type_code", "STRING"),
    ("type_name", "STRING"),
    ("issuer_code", "STRING"),
    ("issuers", "STRING[]"),
    ("year", "INT64"),
    ("period", "STRING"),
    ("date", "STRING"),
    ("level", "STRING"),
    ("province", "STRING"),
    ("province_today", "STRING"),
    ("title", "STRING"),
    ("titles", "STRING[]"),
    ("title_languages", "STRING[]"),
    ("unnumbered", "BOOLEAN"),
    ("has_text", "BOOLEAN"),
    ("mentions", "INT64"),
]
ORGANISATION_COLUMNS = [
    ("key", "STRING"),
    ("name", "STRING"),
    ("name_en", "STRING"),
    ("level", "STRING"),
    ("province", "STRING"),
    ("province_today", "STRING"),
    ("kind", "STRING"),
]
SOURCE_COLUMNS = [
    ("id", "STRING"),
    ("path", "STRING"),
    ("paths", "STRING[]"),
    ("format", "STRING"),
    ("language", "STRING"),
    ("title", "STRING"),
    ("document", "STRING"),
    ("facts_version", "INT64"),
    ("facts", "STRING"),  # packed: see `pack_facts`
]
UNRESOLVED_COLUMNS = [
    ("key", "STRING"),
    ("canonical", "STRING"),
    ("source", "STRING"),
    ("start_char", "INT64"),
    ("end_char", "INT64"),
    ("sentence", "STRING"),
    ("relation", "STRING"),
    ("subject", "STRING"),
    ("candidates", "STRING[]"),
    ("reason", "STRING"),
    ("scores", "DOUBLE[]"),
]
# Every edge keeps all its evidence as parallel lists (Neo4j properties cannot be maps).
EDGE_COLUMNS = [
    ("sources", "STRING[]"),
    ("span_starts", "INT64[]"),
    ("span_ends", "INT64[]"),
    ("surfaces", "STRING[]"),
    ("sentences", "STRING[]"),
    ("languages", "STRING[]"),
    ("confidences", "DOUBLE[]"),
    ("rules", "STRING[]"),
    ("confidence", "DOUBLE"),
    ("evidence_count", "INT64"),
]
# Evidence field -> its list column ("starts"/"ends" would clash with Cypher's STARTS/ENDS WITH).
_EVIDENCE_COLUMNS = {
    "source": "sources",
    "start": "span_starts",
    "end": "span_ends",
    "surface": "surfaces",
    "sentence": "sentences",
    "language": "languages",
    "confidence": "confidences",
    "rule": "rules",
}

SCHEMA = Schema(
    nodes={
        "Document": (DOCUMENT_COLUMNS, "key"),
        "Organisation": (ORGANISATION_COLUMNS, "key"),
        "Source": (SOURCE_COLUMNS, "id"),
        "Unresolved": (UNRESOLVED_COLUMNS, "key"),
    },
    rels={
        **{
            r: (EDGE_COLUMNS, [("Document", "Document"), ("Organisation", "Document")])
            for r in RELATIONS
        },
        "ISSUED_BY": (EDGE_COLUMNS, [("Document", "Organisation")]),
    },
    version=SCHEMA_VERSION,
)


def node_table(key: str) -> str:
    return "Organisation" if key.startswith("org:") else "Document"


_ARROW_TYPES = {
    "STRING": pa.string(),
    "INT64": pa.int64(),
    "DOUBLE": pa.float64(),
    "BOOLEAN": pa.bool_(),
}


def _arrow_type(kind: str) -> pa.DataType:
    """The Arrow type of a column declared `kind` ("STRING", "INT64[]", ...)."""
    return pa.list_(_ARROW_TYPES[kind[:-2]]) if kind.endswith("[]") else _ARROW_TYPES[kind]


def _table(columns: list[tuple[str, str]], rows: list[dict[str, Any]]) -> pa.Table:
    return pa.table(
        {
            name: pa.array([row.get(name) for row in rows], _arrow_type(kind))
            for name, kind in columns
        }
    )


def _object_table(columns: list[tuple[str, str]], objects: Iterable[Any]) -> pa.Table:
    """The table of records whose attributes are the columns, read column by column
    (no row dict per record: a load makes a few hundred thousand documents)."""
    objects = list(objects)
    return pa.table(
        {
            name: pa.array(list(map(attrgetter(name), objects)), _arrow_type(kind))
            for name, kind in columns
        }
    )


def graph_tables(
    graph: Graph, sources: Iterable[dict[str, Any]]
) -> tuple[dict[str, pa.Table], dict[str, pa.Table]]:
    """Node and rel tables for `build_store`; `sources` are rows of the Source table."""
    return node_tables(graph, sources), rel_tables(graph)


def node_tables(graph: Graph, sources: Iterable[dict[str, Any]]) -> dict[str, pa.Table]:
    """The node tables of `graph`, and the Source table of the rows `sources`."""
    return {
        "Document": _object_table(DOCUMENT_COLUMNS, graph.documents.values()),
        "Organisation": _object_table(ORGANISATION_COLUMNS, graph.organisations.values()),
        "Source": _table(SOURCE_COLUMNS, list(sources)),
        "Unresolved": _table(
            UNRESOLVED_COLUMNS,
            [unresolved_row(u) for u in graph.unresolved],
        ),
    }


def rel_tables(graph: Graph) -> dict[str, pa.Table]:
    """The rel table of each relation of the schema (empty for one `graph` has none of)."""
    return {r: rel_table(r, edges) for r, edges in edges_by_relation(graph).items()}


def edges_by_relation(graph: Graph) -> dict[str, list[Edge]]:
    """The edges of `graph` under each relation of the schema, in the graph's order
    (`rel_table` puts its rows in the order of their keys)."""
    by_relation: dict[str, list[Edge]] = {r: [] for r in SCHEMA.rels}
    for edge in graph.edges.values():
        by_relation[edge.relation].append(edge)
    return by_relation


def rel_table(relation: str, edges: list[Edge]) -> pa.Table:
    """The rel table of `relation` whose rows are `edges`, in the order of their keys
    (from, to): sorted in Arrow, where sorting the edges by their keys in Python cost
    5.8 s of a 100k-document load's tables, and Arrow 0.3 s."""
    table = _edge_table(edges)
    if len(SCHEMA.rels[relation][1]) == 1:  # one pair of node tables: no table columns
        table = table.drop_columns(["from_table", "to_table"])
    return table


def _node_tables_of(keys: pa.Array) -> pa.Array:
    """The node table of each key of `keys` (`node_table`, in Arrow)."""
    is_org = pc.starts_with(keys, "org:")
    return pc.if_else(is_org, "Organisation", "Document").cast(pa.string())


def _edge_table(edges: list[Edge]) -> pa.Table:
    """The rel rows of `edges`, built column by column: every evidence field flattened
    once into one Arrow array and cut into lists by the edges' offsets, and what is
    derived from them (node tables, best confidence, counts) computed in Arrow, with no
    Python call per edge. Strings are converted as they come: a repeated text is the
    same Python object, whose UTF-8 form Python keeps once made, and a dictionary of the
    distinct texts first cost three times as much (at 100k documents)."""
    sources = pa.array(list(map(attrgetter("source"), edges)), pa.string())
    targets = pa.array(list(map(attrgetter("target"), edges)), pa.string())
    if len(edges) > 1:  # in the order of their ends: the edges sorted, not the table
        ends = pa.table({"from": sources, "to": targets})
        order = pc.sort_indices(ends, [("from", "ascending"), ("to", "ascending")])
        sources, targets = sources.take(order), targets.take(order)
        edges = [edges[i] for i in order.to_pylist()]
    evidence = list(map(attrgetter("evidence"), edges))
    flat = [e for found in evidence for e in found]
    cuts = pa.array([0, *accumulate(map(len, evidence))], pa.int32())
    kinds = dict(EDGE_COLUMNS)
    columns: dict[str, pa.Array] = {
        "from": sources,
        "to": targets,
        "from_table": _node_tables_of(sources),
        "to_table": _node_tables_of(targets),
    }
    lists: dict[str, pa.ListArray] = {}
    for name, column in _EVIDENCE_COLUMNS.items():
        kind = _ARROW_TYPES[kinds[column][:-2]]
        lists[column] = pa.ListArray.from_arrays(
            cuts, pa.array(list(map(attrgetter(name), flat)), kind)
        )
        columns[column] = lists[column]
    columns["confidence"] = _best(lists["confidences"])
    columns["evidence_count"] = pc.list_value_length(lists["confidences"]).cast(pa.int64())
    return pa.table(columns)


def _best(confidences: pa.ListArray) -> pa.Array:
    """The greatest value of each list of `confidences`, 0.0 for an empty one (as
    `Edge.confidence`)."""
    values = confidences.values
    rows = len(confidences)
    if not len(values):
        return pa.array([0.0] * rows, pa.float64())
    owner = pc.list_parent_indices(confidences)
    best = (
        pa.table({"i": owner, "c": values})
        .group_by("i", use_threads=False)
        .aggregate([("c", "max")])
    )
    if best.num_rows == rows:  # every edge has evidence: groups in the order of the edges
        return best.column("c_max").combine_chunks()
    found = dict(zip(best.column("i").to_pylist(), best.column("c_max").to_pylist(), strict=True))
    return pa.array([found.get(i, 0.0) for i in range(rows)], pa.float64())


def evidence_of(row: dict[str, Any]) -> list[Evidence]:
    """The evidence list of an edge row read back from the store."""
    n = row.get("evidence_count") or 0
    return [Evidence(**{f: row[c][i] for f, c in _EVIDENCE_COLUMNS.items()}) for i in range(n)]


def pack_facts(facts: dict[str, Any]) -> str:
    """A source's facts as compact text: zlib-compressed JSON in base64 (about 4x smaller).

    They are what lets a later load skip the source; kept small because the Source table
    goes through the store's buffer pool on every load."""
    # keys sorted: the same facts pack to the same text, whether read from the text or
    # from a facts folder (which keeps a record's metadata as sorted JSON)
    return _compressed([_packed_json(facts)])[0]


def _packed_json(facts: dict[str, Any]) -> bytes:
    return json.dumps(facts, ensure_ascii=False, default=str, sort_keys=True).encode("utf-8")


def _compressed(raws: list[bytes]) -> list[str]:
    return [base64.b64encode(zlib.compress(raw, 6)).decode("ascii") for raw in raws]


_PACK_BATCH = 256  # sources a compression task


def pack_all(facts: Iterable[dict[str, Any]]) -> list[str]:
    """`pack_facts` of each of `facts`, in order, each the same text.

    The JSON is written here while a second thread compresses the batch before (zlib
    lets go of the interpreter while it works): on two cores the compression, about half
    of the packing, costs no time of its own."""
    out: list[str] = []
    with ThreadPoolExecutor(1) as pool:
        waiting = None
        batch: list[bytes] = []
        for f in facts:
            batch.append(_packed_json(f))
            if len(batch) == _PACK_BATCH:
                if waiting is not None:
                    out.extend(waiting.result())
                waiting, batch = pool.submit(_compressed, batch), []
        if waiting is not None:
            out.extend(waiting.result())
        out.extend(_compressed(batch))
    return out


def unpack_facts(text: str) -> dict[str, Any]:
    return json.loads(zlib.decompress(base64.b64decode(text)))


def source_row(
    facts: dict[str, Any], paths: list[str], document_key: str | None, packed: str | None = None
) -> dict[str, Any]:
    """A Source row; `packed` is the facts as already stored, so they are not packed again."""
    src = facts["source"]
    return {
        "id": src["id"],
        "path": src["path"],
        "paths": paths,
        "format": src["format"],
        "language": src["language"],
        "title": src.get("title"),
        "document": document_key,
        "facts_version": facts.get("version"),
        "facts": packed if packed is not None else pack_facts(facts),
    }


def graph_from_rows(
    documents: list[dict[str, Any]],
    organisations: list[dict[str, Any]],
    edges: list[dict[str, Any]],
    unresolved: list[dict[str, Any]],
) -> Graph:
    """A `Graph` from rows read back from the store (edges carry a `relation` field)."""
    graph = Graph()
    for row in documents:
        graph.documents[row["key"]] = Document(**row)
    for row in organisations:
        graph.organisations[row["key"]] = Organisation(**row)
    for row in edges:
        edge = Edge(row["from"], row["relation"], row["to"], evidence_of(row))
        graph.edges[edge.key] = edge
    graph.unresolved.extend(unresolved_from_row(row) for row in unresolved)
    return graph


# ------------------------------------------------------------- reads for an update by difference


def _returning(var: str, columns: Iterable[str]) -> str:
    """A RETURN list of `var`'s properties `columns`, each under its own name."""
    return ", ".join(f"{var}.{quoted(c)} AS {quoted(c)}" for c in columns)


def _rows_by_key(
    store: Store, table: str, keys: Iterable[str], columns: list[str] | None = None
) -> list[dict[str, Any]]:
    """The rows of node `table` whose primary key is one of `keys` (by index lookup)."""
    declared, primary_key = SCHEMA.nodes[table]
    wanted = [c for c, _ in declared if columns is None or c in columns]
    keys = list(keys)
    if not keys:
        return []
    returns = _returning("n", wanted)
    data = store.query_arrow(
        f"LOAD FROM $keys MATCH (n:{quoted(table)} {{{quoted(primary_key)}: {KEY_COLUMN}}}) "
        f"RETURN {returns}",
        {"keys": pa.table({KEY_COLUMN: pa.array(keys, pa.string())})},
    )
    return data.to_pylist()


def source_index(store: Store) -> list[dict[str, Any]]:
    """Every Source row without its packed facts (which a load unpacks only when needed)."""
    columns = ("id", "path", "paths", "format", "language", "title", "document", "facts_version")
    returns = _returning("n", columns)
    return store.query_arrow(f"MATCH (n:Source) RETURN {returns}").to_pylist()


def packed_facts_of(store: Store, ids: Iterable[str]) -> dict[str, str]:
    """The packed facts of the sources `ids`."""
    return {r["id"]: r["facts"] for r in _rows_by_key(store, "Source", ids, ["id", "facts"])}


def documents_of(store: Store, keys: Iterable[str]) -> dict[str, Document]:
    """The stored Document nodes of `keys` (those that exist)."""
    return {r["key"]: Document(**r) for r in _rows_by_key(store, "Document", keys)}


def document_dates_of(store: Store, keys: Iterable[str]) -> dict[str, Document]:
    """The stored Document nodes of `keys` with only what dates an edge: their key,
    number, date and year (`dated_before`). An update dates so the ends it did not
    rebuild of the edges it re-resolved: reading their whole rows cost 4.7 s for 50,000
    documents at 100k, these four columns 0.8 s."""
    columns = ["key", "number", "date", "year"]
    return {r["key"]: Document(**r) for r in _rows_by_key(store, "Document", keys, columns)}


def edges_of_keys(store: Store, keys: Iterable[tuple[str, str, str]]) -> list[Edge]:
    """The stored edges whose keys (from, relation, to) are `keys` (those that exist),
    found by their ends' primary keys. An update reads the edges its sources give evidence
    of so (`ResolverState.edges_of` names them): reading every rel and picking those in
    Arrow cost what the store holds (0.7 s CPU at 10k documents, all the rels' evidence
    in memory at once)."""
    groups: dict[tuple[str, str, str], list[tuple[str, str]]] = {}
    for a, relation, b in sorted(set(keys)):
        groups.setdefault((relation, node_table(a), node_table(b)), []).append((a, b))
    props = _returning("r", [c for c, _ in EDGE_COLUMNS])
    edges = []
    for (relation, a_table, b_table), pairs in groups.items():
        if len(pairs) < ONE_BY_ONE:
            match = _edge_between(a_table, relation, b_table, "$f", "$t", props)
            rows = [
                row
                for a, b in pairs
                for row in store.query_arrow(match, {"f": a, "t": b}).to_pylist()
            ]
        else:
            table = pa.table({"f": [a for a, _ in pairs], "t": [b for _, b in pairs]})
            rows = store.query_arrow(
                "LOAD FROM $pairs " + _edge_between(a_table, relation, b_table, "f", "t", props),
                {"pairs": table},
            ).to_pylist()
        edges.extend(Edge(r["from"], relation, r["to"], evidence_of(r)) for r in rows)
    return edges


def _edge_between(a_table: str, relation: str, b_table: str, f: str, t: str, props: str) -> str:
    """The Cypher that reads the `relation` edge between the nodes keyed `f` and `t`."""
    return (
        f"MATCH (a:{quoted(a_table)} {{key: {f}}})-[r:{quoted(relation)}]->"
        f"(b:{quoted(b_table)} {{key: {t}}}) RETURN a.key AS `from`, b.key AS `to`, {props}"
    )


# Fewer edges of one relation than this are read one by one: a LOAD FROM of their ends
# joins over the whole rel table (0.5 to 1.5 s a relation at 100k documents, however few
# the pairs), a lookup by both ends' primary keys takes 1 to 2 ms.
ONE_BY_ONE = 256


def unresolved_rows(store: Store) -> list[Unresolved]:
    """Every stored unresolved case."""
    columns = [c for c, _ in UNRESOLVED_COLUMNS]
    returns = _returning("n", columns)
    rows = store.query_arrow(f"MATCH (n:Unresolved) RETURN {returns}").to_pylist()
    return [unresolved_from_row(row) for row in sorted(rows, key=lambda r: r["key"])]


def issued_by_of(store: Store, documents: Iterable[str]) -> list[Edge]:
    """The stored ISSUED_BY edges of the Document nodes `documents`."""
    keys = sorted(documents)
    if not keys:
        return []
    props = _returning("r", [c for c, _ in EDGE_COLUMNS])
    rows = store.query_arrow(
        f"LOAD FROM $keys MATCH (a:Document {{key: {KEY_COLUMN}}})-[r:ISSUED_BY]->(b) "
        f"RETURN a.key AS `from`, b.key AS `to`, {props}",
        {"keys": pa.table({KEY_COLUMN: pa.array(keys, pa.string())})},
    ).to_pylist()
    return [Edge(r["from"], "ISSUED_BY", r["to"], evidence_of(r)) for r in rows]


def unresolved_of(store: Store, sources: Iterable[str]) -> dict[str, dict[str, Any]]:
    """The stored unresolved cases read in `sources`, as rows by key."""
    ids = sorted(set(sources))
    if not ids:
        return {}
    # The keys of those cases picked in Arrow from every case's key and source, then their
    # rows read by key: `WHERE n.source IN $ids` tested each case against the list (at
    # 100k documents, 12,241 sources and 58,438 cases: 6 s CPU, against 0.2 s so).
    cases = store.query_arrow("MATCH (n:Unresolved) RETURN n.key AS k, n.source AS s")
    picked = pc.is_in(cases.column("s"), value_set=pa.array(ids, pa.string()))
    keys = cases.column("k").filter(picked).to_pylist()
    return {row["key"]: row for row in _rows_by_key(store, "Unresolved", sorted(keys))}


def unresolved_row(case: Unresolved) -> dict[str, Any]:
    """An Unresolved node's row, as `graph_tables` writes it."""
    return {**vars(case), "start_char": case.start, "end_char": case.end}


def unresolved_from_row(row: dict[str, Any]) -> Unresolved:
    """The case an Unresolved node's row holds (`unresolved_row` read back)."""
    fields = {k: v for k, v in row.items() if k not in ("start_char", "end_char")}
    return Unresolved(**fields, start=row["start_char"], end=row["end_char"])


def edge_values(edge: Edge) -> dict[str, Any]:
    """What a rel row of `edge` holds (to tell a changed edge from one stored alike; the
    rel tables build the same rows column by column, `_edge_table`)."""
    ev = edge.evidence
    return {
        "from": edge.source,
        "to": edge.target,
        "from_table": node_table(edge.source),
        "to_table": node_table(edge.target),
        **{column: [getattr(e, f) for e in ev] for f, column in _EVIDENCE_COLUMNS.items()},
        "confidence": edge.confidence,
        "evidence_count": len(ev),
    }
