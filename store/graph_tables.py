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

import orjson
import pyarrow as pa
import pyarrow.compute as pc

from ..graph.model import Document, Edge, Evidence, Graph, Organisation, Unresolved, fields_of
from ..graph.schema import RELATIONS
from .read import ONE_BY_ONE, Store
from .schema import KEY_COLUMN, Schema, quoted

SCHEMA_VERSION = 5

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
# An edge's evidence is not on its rel: every piece of evidence is a row of the Evidence
# table, an edge's rows numbered one after the other (ids `evidence` to `evidence` +
# `evidence_count` - 1), and a reader fetches those of the rows it shows by their ids (a
# primary-key lookup each). On the rels of a 100k-document load, the evidence as parallel
# lists cost LadybugDB's COPY about 45 µs a rel, 50 of the 65 CPU-seconds of the COPY;
# rels of three numbers and one Evidence table, 26 (README, "What it costs").
EDGE_COLUMNS = [
    ("confidence", "DOUBLE"),  # the best of its evidence's
    ("evidence_count", "INT64"),
    ("evidence", "INT64"),  # the id of its first Evidence row
]
# Evidence field -> its column in the Evidence table ("start"/"end" would clash with
# Cypher's STARTS/ENDS WITH and END).
_EVIDENCE_COLUMNS = {
    "source": "source",
    "start": "span_start",
    "end": "span_end",
    "surface": "surface",
    "sentence": "sentence",
    "language": "language",
    "confidence": "confidence",
    "rule": "rule",
}
EVIDENCE_COLUMNS = [
    ("id", "INT64"),
    ("source", "STRING"),
    ("span_start", "INT64"),
    ("span_end", "INT64"),
    ("surface", "STRING"),
    ("sentence", "STRING"),
    ("language", "STRING"),
    ("confidence", "DOUBLE"),
    ("rule", "STRING"),
]

SCHEMA = Schema(
    nodes={
        "Document": (DOCUMENT_COLUMNS, "key"),
        "Organisation": (ORGANISATION_COLUMNS, "key"),
        "Source": (SOURCE_COLUMNS, "id"),
        "Unresolved": (UNRESOLVED_COLUMNS, "key"),
        "Evidence": (EVIDENCE_COLUMNS, "id"),
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
    graph: Graph, sources: Iterable[dict[str, Any]], first_evidence: int = 0
) -> tuple[dict[str, pa.Table], dict[str, pa.Table]]:
    """Node and rel tables for `build_store`; `sources` are rows of the Source table. The
    evidence of the graph's edges is numbered from `first_evidence` (an update numbers
    what it adds after what the store holds)."""
    return node_tables(graph, sources, first_evidence), rel_tables(graph, first_evidence)


def node_tables(
    graph: Graph, sources: Iterable[dict[str, Any]], first_evidence: int = 0
) -> dict[str, pa.Table]:
    """The node tables of `graph`, the Source table of the rows `sources`, and the
    Evidence table of its edges (numbered from `first_evidence`, in the graph's order of
    edges, as `edges_by_relation` numbers them)."""
    return {
        "Document": _object_table(DOCUMENT_COLUMNS, graph.documents.values()),
        "Organisation": _object_table(ORGANISATION_COLUMNS, graph.organisations.values()),
        "Source": _table(SOURCE_COLUMNS, list(sources)),
        "Unresolved": _table(
            UNRESOLVED_COLUMNS,
            [unresolved_row(u) for u in graph.unresolved],
        ),
        "Evidence": evidence_table(graph.edges.values(), first_evidence),
    }


def evidence_table(edges: Iterable[Edge], first: int = 0) -> pa.Table:
    """The Evidence rows of `edges`, in their order, each edge's one after the other,
    numbered from `first`."""
    flat = [e for edge in edges for e in edge.evidence]
    kinds = dict(EVIDENCE_COLUMNS)
    columns = {"id": pa.array(range(first, first + len(flat)), pa.int64())}
    for name, column in _EVIDENCE_COLUMNS.items():
        columns[column] = pa.array(list(map(attrgetter(name), flat)), _arrow_type(kinds[column]))
    return pa.table(columns)


def evidence_count(graph: Graph) -> int:
    """How many Evidence rows the edges of `graph` make."""
    return sum(len(edge.evidence) for edge in graph.edges.values())


def rel_tables(graph: Graph, first_evidence: int = 0) -> dict[str, pa.Table]:
    """The rel table of each relation of the schema (empty for one `graph` has none of)."""
    return {
        r: rel_table(r, *numbered)
        for r, numbered in edges_by_relation(graph, first_evidence).items()
    }


def edges_by_relation(
    graph: Graph, first_evidence: int = 0
) -> dict[str, tuple[list[Edge], list[int]]]:
    """The edges of `graph` under each relation of the schema, in the graph's order
    (`rel_table` puts its rows in the order of their keys), each with the id of its first
    Evidence row: the graph's evidence numbered from `first_evidence` in the graph's order
    of edges (as `evidence_table` numbers it)."""
    by_relation: dict[str, tuple[list[Edge], list[int]]] = {r: ([], []) for r in SCHEMA.rels}
    all_edges = graph.edges.values()
    for edge, first in zip(all_edges, evidence_firsts(all_edges, first_evidence), strict=True):
        edges, firsts = by_relation[edge.relation]
        edges.append(edge)
        firsts.append(first)
    return by_relation


def evidence_firsts(edges: Iterable[Edge], first: int = 0) -> list[int]:
    """The id of each edge's first Evidence row: the evidence of `edges` numbered in their
    order from `first`, each edge's one after the other (as `evidence_table` numbers it)."""
    return list(accumulate((len(edge.evidence) for edge in edges), initial=first))[:-1]


def rel_table(relation: str, edges: list[Edge], firsts: list[int]) -> pa.Table:
    """The rel table of `relation` whose rows are `edges` (whose evidence begins at the
    ids `firsts`), in the order of their keys (from, to): sorted in Arrow, where sorting
    the edges by their keys in Python cost 5.8 s of a 100k-document load's tables, and
    Arrow 0.3 s."""
    table = _edge_table(edges, firsts)
    if len(SCHEMA.rels[relation][1]) == 1:  # one pair of node tables: no table columns
        table = table.drop_columns(["from_table", "to_table"])
    return table


def _node_tables_of(keys: pa.Array) -> pa.Array:
    """The node table of each key of `keys` (`node_table`, in Arrow)."""
    is_org = pc.starts_with(keys, "org:")
    return pc.if_else(is_org, "Organisation", "Document").cast(pa.string())


def _edge_table(edges: list[Edge], firsts: list[int]) -> pa.Table:
    """The rel rows of `edges`, built column by column: the evidence's confidences
    flattened once into one Arrow array and cut into lists by the edges' offsets, and what
    is derived from them (node tables, best confidence, counts) computed in Arrow, with no
    Python call per edge."""
    sources = pa.array(list(map(attrgetter("source"), edges)), pa.string())
    targets = pa.array(list(map(attrgetter("target"), edges)), pa.string())
    first_ids = pa.array(firsts, pa.int64())
    if len(edges) > 1:  # in the order of their ends: the edges sorted, not the table
        ends = pa.table({"from": sources, "to": targets})
        order = pc.sort_indices(ends, [("from", "ascending"), ("to", "ascending")])
        sources, targets, first_ids = (
            sources.take(order),
            targets.take(order),
            first_ids.take(order),
        )
        edges = [edges[i] for i in order.to_pylist()]
    evidence = list(map(attrgetter("evidence"), edges))
    cuts = pa.array([0, *accumulate(map(len, evidence))], pa.int32())
    confidences = pa.ListArray.from_arrays(
        cuts, pa.array([e.confidence for found in evidence for e in found], pa.float64())
    )
    return pa.table(
        {
            "from": sources,
            "to": targets,
            "from_table": _node_tables_of(sources),
            "to_table": _node_tables_of(targets),
            "confidence": _best(confidences),
            "evidence_count": pc.list_value_length(confidences).cast(pa.int64()),
            "evidence": first_ids,
        }
    )


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


def ids_of(first: int | None, count: int | None) -> list[int]:
    """The ids of an edge's Evidence rows, from the id of its first and their count."""
    return [] if first is None else list(range(first, first + (count or 0)))


def evidence_ids(row: dict[str, Any]) -> list[int]:
    """The ids of the Evidence rows of an edge row read back from the store (its
    `evidence` and `evidence_count`)."""
    return ids_of(row.get("evidence"), row.get("evidence_count"))


def evidence_from_row(row: dict[str, Any]) -> Evidence:
    """The evidence an Evidence row holds."""
    return Evidence(**{f: row[c] for f, c in _EVIDENCE_COLUMNS.items()})


def evidence_by_id(store: Store, ids: Iterable[int]) -> dict[int, Evidence]:
    """The stored Evidence rows of `ids`, by id: one primary-key lookup each (a `WHERE
    v.id IN $ids` scans the whole table, 0.3 s at 100k documents, a lookup 1 to 4 ms)."""
    wanted = sorted(set(ids))
    if not wanted:
        return {}
    returns = _returning("v", [c for c, _ in EVIDENCE_COLUMNS])
    rows = store.query_arrow(
        f"LOAD FROM $ids MATCH (v:Evidence {{id: {KEY_COLUMN}}}) RETURN {returns}",
        {"ids": pa.table({KEY_COLUMN: pa.array(wanted, pa.int64())})},
    ).to_pylist()
    return {row["id"]: evidence_from_row(row) for row in rows}


def evidence_of_rows(store: Store, rows: list[dict[str, Any]]) -> list[list[Evidence]]:
    """The evidence of each edge row of `rows` (with `evidence` and `evidence_count`),
    fetched by id."""
    found = evidence_by_id(store, (i for row in rows for i in evidence_ids(row)))
    return [[found[i] for i in evidence_ids(row)] for row in rows]


def all_evidence(store: Store) -> dict[int, Evidence]:
    """Every stored Evidence row by id (a reader of the whole graph reads them all)."""
    returns = _returning("v", [c for c, _ in EVIDENCE_COLUMNS])
    rows = store.query_arrow(f"MATCH (v:Evidence) RETURN {returns}").to_pylist()
    return {row["id"]: evidence_from_row(row) for row in rows}


def next_evidence_id(store: Store) -> int:
    """The id after the greatest stored Evidence id (0 in an empty store)."""
    rows = store.query("MATCH (v:Evidence) RETURN max(v.id) AS m")
    top = rows[0]["m"] if rows else None
    return 0 if top is None else int(top) + 1


def pack_facts(facts: dict[str, Any]) -> str:
    """A source's facts as compact text: JSON, keys sorted, compressed with Zstandard and
    written in base64 after a mark that gives its length (`_ZSTD`), about 4x smaller.

    They are what lets a later load skip the source; kept small because the Source table
    goes through the store's buffer pool on every load."""
    # keys sorted: the same facts pack to the same text, whether read from the text or
    # from a facts folder (which keeps a record's metadata as sorted JSON)
    return _compressed([_packed_json(facts)])[0]


# The mark of facts packed by `pack_facts`, followed by the JSON's length in bytes (which
# Arrow's Zstandard needs to decompress) and ":". Facts packed before it were zlib's
# (level 6) in base64, whose alphabet has no ":"; `unpack_facts` reads both. Measured on
# the facts of 4,000 synthetic documents: the standard library's JSON 1.00 and zlib 0.99
# CPU-seconds, orjson 0.19 and Zstandard 0.26 (the packed text 10% longer).
_ZSTD = "zstd:"
_CODEC = pa.Codec("zstd")
_SORTED = (
    orjson.OPT_SORT_KEYS
    | orjson.OPT_NON_STR_KEYS  # a key that is no text is written as one, as `json` does
    | orjson.OPT_PASSTHROUGH_DATETIME  # to `default`, as `json` did
    | orjson.OPT_PASSTHROUGH_DATACLASS
)


def _packed_json(facts: dict[str, Any]) -> bytes:
    try:
        return orjson.dumps(facts, option=_SORTED, default=str)
    except orjson.JSONEncodeError:  # what orjson does not write (an integer past 64 bits)
        return json.dumps(facts, ensure_ascii=False, default=str, sort_keys=True).encode("utf-8")


def _compressed(raws: list[bytes]) -> list[str]:
    return [
        f"{_ZSTD}{len(raw)}:{base64.b64encode(_CODEC.compress(raw, asbytes=True)).decode('ascii')}"
        for raw in raws
    ]


_PACK_BATCH = 256  # sources a compression task


def pack_all(facts: Iterable[dict[str, Any]]) -> list[str]:
    """`pack_facts` of each of `facts`, in order, each the same text.

    The JSON is written here while a second thread compresses the batch before (the
    codec lets go of the interpreter while it works)."""
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
    """The facts `pack_facts` packed, or that a store written before it holds."""
    if text.startswith(_ZSTD):
        size, _, encoded = text[len(_ZSTD) :].partition(":")
        raw = _CODEC.decompress(base64.b64decode(encoded), int(size), asbytes=True)
    else:
        raw = zlib.decompress(base64.b64decode(text))
    try:
        return orjson.loads(raw)
    except orjson.JSONDecodeError:  # what orjson does not read (NaN, an integer past 64 bits)
        return json.loads(raw)


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
    evidence: dict[int, Evidence],
) -> Graph:
    """A `Graph` from rows read back from the store (edges carry a `relation` field, and
    their evidence is found in `evidence` by id)."""
    graph = Graph()
    for row in documents:
        graph.documents[row["key"]] = Document(**row)
    for row in organisations:
        graph.organisations[row["key"]] = Organisation(**row)
    for row in edges:
        found = [evidence[i] for i in evidence_ids(row)]
        edge = Edge(row["from"], row["relation"], row["to"], found)
        graph.edges[edge.key] = edge
        if row.get("evidence") is not None:
            graph.evidence_ids[edge.key] = row["evidence"]
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


EdgeIds = dict[tuple[str, str, str], list[int]]
"""The ids of the stored Evidence rows of edges, by edge key."""


def edges_of_keys(
    store: Store, keys: Iterable[tuple[str, str, str]], ids: EdgeIds | None = None
) -> list[Edge]:
    """The stored edges whose keys (from, relation, to) are `keys` (those that exist),
    found by their ends' primary keys. An update reads the edges its sources give evidence
    of so (`ResolverState.edges_of` names them): reading every rel and picking those in
    Arrow cost what the store holds (0.7 s CPU at 10k documents, all the rels' evidence
    in memory at once). Their evidence is fetched by id; the ids go into `ids` (an update
    deletes the Evidence rows of the edges it changes or deletes)."""
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
        edges.extend(_stored_edges(store, relation, rows, ids))
    return edges


def _stored_edges(
    store: Store, relation: str, rows: list[dict[str, Any]], ids: EdgeIds | None
) -> list[Edge]:
    """The edges of `relation` whose rel rows are `rows`, with their evidence fetched by
    id (each edge's ids noted in `ids`)."""
    edges = [
        Edge(r["from"], relation, r["to"], found)
        for r, found in zip(rows, evidence_of_rows(store, rows), strict=True)
    ]
    if ids is not None:
        ids.update((e.key, evidence_ids(r)) for e, r in zip(edges, rows, strict=True))
    return edges


def _edge_between(a_table: str, relation: str, b_table: str, f: str, t: str, props: str) -> str:
    """The Cypher that reads the `relation` edge between the nodes keyed `f` and `t`."""
    return (
        f"MATCH (a:{quoted(a_table)} {{key: {f}}})-[r:{quoted(relation)}]->"
        f"(b:{quoted(b_table)} {{key: {t}}}) RETURN a.key AS `from`, b.key AS `to`, {props}"
    )


def unresolved_rows(store: Store) -> list[Unresolved]:
    """Every stored unresolved case."""
    columns = [c for c, _ in UNRESOLVED_COLUMNS]
    returns = _returning("n", columns)
    rows = store.query_arrow(f"MATCH (n:Unresolved) RETURN {returns}").to_pylist()
    return [unresolved_from_row(row) for row in sorted(rows, key=lambda r: r["key"])]


def issued_by_of(store: Store, documents: Iterable[str], ids: EdgeIds | None = None) -> list[Edge]:
    """The stored ISSUED_BY edges of the Document nodes `documents` (their evidence's ids
    noted in `ids`, as `edges_of_keys`)."""
    props = _returning("r", [c for c, _ in EDGE_COLUMNS])
    rows = _rels_of_keys(
        store,
        "Document",
        documents,
        "-[r:ISSUED_BY]->(b)",
        f"a.key AS `from`, b.key AS `to`, {props}",
    )
    return _stored_edges(store, "ISSUED_BY", rows, ids)


def _rels_of_keys(
    store: Store, table: str, keys: Iterable[str], rels: str, returns: str
) -> list[dict[str, Any]]:
    """The rows `returns` gives for each rel the pattern `rels` finds from the node `a`
    of `table` keyed by one of `keys`: a lookup a key for fewer than `ONE_BY_ONE` keys,
    else one LOAD FROM of them all."""
    keys = sorted(set(keys))
    node = f"(a:{quoted(table)} {{{quoted(SCHEMA.nodes[table][1])}: "
    if len(keys) < ONE_BY_ONE:
        match = f"MATCH {node}$key}}){rels} RETURN {returns}"
        return [row for key in keys for row in store.query_arrow(match, {"key": key}).to_pylist()]
    return store.query_arrow(
        f"LOAD FROM $keys MATCH {node}{KEY_COLUMN}}}){rels} RETURN {returns}",
        {"keys": pa.table({KEY_COLUMN: pa.array(keys, pa.string())})},
    ).to_pylist()


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
    return {**fields_of(case), "start_char": case.start, "end_char": case.end}


def unresolved_from_row(row: dict[str, Any]) -> Unresolved:
    """The case an Unresolved node's row holds (`unresolved_row` read back)."""
    fields = {k: v for k, v in row.items() if k not in ("start_char", "end_char")}
    return Unresolved(**fields, start=row["start_char"], end=row["end_char"])


def edge_values(edge: Edge, first: int) -> dict[str, Any]:
    """What a rel row of `edge` holds when its evidence begins at id `first` (the rel
    tables build the same rows column by column, `_edge_table`)."""
    return {
        "from": edge.source,
        "to": edge.target,
        "from_table": node_table(edge.source),
        "to_table": node_table(edge.target),
        "confidence": edge.confidence,
        "evidence_count": len(edge.evidence),
        "evidence": first,
    }


def evidence_values(evidence: Evidence, id_: int) -> dict[str, Any]:
    """What the Evidence row of `evidence` numbered `id_` holds."""
    return {"id": id_, **{c: getattr(evidence, f) for f, c in _EVIDENCE_COLUMNS.items()}}


def evidence_ids_around(store: Store, documents: Iterable[str], known: EdgeIds) -> list[int]:
    """The ids of the Evidence rows of every stored rel of the Document nodes `documents`,
    both ways, but those of the edges `known` (an update deleting those documents deletes
    their rels with them, and must delete those rows too)."""
    rows = _rels_of_keys(
        store,
        "Document",
        documents,
        "-[r]-(b)",
        "a.key AS a, label(r) AS relation, b.key AS b, r.evidence AS evidence, "
        "r.evidence_count AS evidence_count",
    )
    return sorted(
        {
            i
            for r in rows
            if (r["a"], r["relation"], r["b"]) not in known
            and (r["b"], r["relation"], r["a"]) not in known
            for i in evidence_ids(r)
        }
    )
