"""The Arrow tables a load builds from a graph: rel tables built column by column hold what
each edge's row holds, and facts packed all at once are packed as one at a time."""

from __future__ import annotations

import base64
import json
import random
import zlib

import pyarrow as pa

from vanban.graph.model import Document, Edge, Evidence, Graph, Organisation
from vanban.store.graph_tables import (
    _PACK_BATCH,
    EDGE_COLUMNS,
    SCHEMA,
    edge_values,
    evidence_values,
    graph_tables,
    pack_all,
    pack_facts,
    rel_table,
    unpack_facts,
)


def _evidence(rng: random.Random, source: str) -> Evidence:
    start = rng.randrange(1000)
    return Evidence(
        source=source,
        start=start,
        end=start + rng.randrange(5, 30),
        surface=f"{rng.randrange(99)}/2020/NĐ-CP",
        sentence=f"Căn cứ câu {rng.random()}",
        language=rng.choice(["vi", "en"]),
        confidence=rng.choice([0.5, 0.9, 1.0]),
        rule=rng.choice(["căn cứ line", "issuer code"]),
    )


def _graph(rng: random.Random) -> Graph:
    graph = Graph()
    keys = [f"{n}/NĐ-CP@{2000 + n}" for n in range(30)]
    for key in keys:
        graph.documents[key] = Document(key=key, number=key.split("@")[0])
    graph.organisations["org:cp"] = Organisation(key="org:cp", name="Chính phủ")
    for _ in range(200):
        relation = rng.choice(["IMPLEMENTS", "CITES", "BASED_ON", "ISSUED_BY", "AMENDS"])
        source = "org:cp" if relation != "ISSUED_BY" and rng.random() < 0.1 else rng.choice(keys)
        target = "org:cp" if relation == "ISSUED_BY" else rng.choice(keys)
        if source == target or (relation == "ISSUED_BY" and source == "org:cp"):
            continue
        for _ in range(rng.randrange(1, 4)):
            graph.add_edge(source, relation, target, _evidence(rng, f"s{rng.randrange(9)}"))
    return graph


def _firsts(graph: Graph, first: int = 0) -> dict[tuple[str, str, str], int]:
    """The id of each edge's first Evidence row: numbered in the graph's order of edges."""
    found = {}
    for edge in graph.edges.values():
        found[edge.key] = first
        first += len(edge.evidence)
    return found


def test_rel_tables_hold_each_edges_row_in_key_order() -> None:
    graph = _graph(random.Random(11))
    nodes, rels = graph_tables(graph, [], first_evidence=100)
    firsts = _firsts(graph, 100)
    assert set(rels) == set(SCHEMA.rels)
    for relation, table in rels.items():
        edges = sorted(
            (e for e in graph.edges.values() if e.relation == relation), key=lambda e: e.key
        )
        rows = table.to_pylist()
        assert len(rows) == len(edges)
        two_pairs = len(SCHEMA.rels[relation][1]) > 1
        for edge, row in zip(edges, rows, strict=True):
            expected = edge_values(edge, firsts[edge.key])
            if not two_pairs:  # one pair of node tables: the rel needs no table columns
                del expected["from_table"], expected["to_table"]
            assert row == expected
        # the columns are typed as declared, rows or none (an empty relation too)
        kinds = dict(EDGE_COLUMNS)
        assert table.schema.field("evidence").type == pa.int64()
        assert "sentences" not in table.column_names  # the evidence is not on the rel
        assert (
            kinds["confidence"] == "DOUBLE"
            and table.schema.field("confidence").type == pa.float64()
        )
    assert rels["REPEALS"].num_rows == 0  # a relation without edges gives an empty table


def test_the_evidence_table_holds_each_edges_evidence_under_its_ids() -> None:
    """The Evidence table holds every piece of evidence once, each edge's numbered one
    after the other from the id its rel row holds, in the edge's order."""
    graph = _graph(random.Random(5))
    nodes, rels = graph_tables(graph, [], first_evidence=7)
    evidence = {row["id"]: row for row in nodes["Evidence"].to_pylist()}
    assert len(evidence) == sum(len(e.evidence) for e in graph.edges.values())
    assert min(evidence) == 7
    for relation, table in rels.items():
        for row in table.to_pylist():
            edge = graph.edges[(row["from"], relation, row["to"])]
            ids = range(row["evidence"], row["evidence"] + row["evidence_count"])
            assert [evidence[i] for i in ids] == [
                evidence_values(e, i) for i, e in zip(ids, edge.evidence, strict=True)
            ]


def test_a_rel_table_puts_edges_given_in_any_order_in_key_order() -> None:
    """`rel_table` sorts its rows by their ends itself (in Arrow), whatever the order of
    the edges it is given, with the id of each one's first evidence, and derives the node
    tables, the best confidence and the count of each row in Arrow as `edge_values` does:
    an edge with no evidence has confidence 0.0, one with several the greatest."""
    rng = random.Random(7)
    graph = _graph(rng)
    edges = [e for e in graph.edges.values() if e.relation in ("IMPLEMENTS", "CITES")]
    edges.append(Edge("org:cp", "IMPLEMENTS", "0/NĐ-CP@2000"))  # no evidence
    edges.append(Edge("9/NĐ-CP@2009", "IMPLEMENTS", "1/NĐ-CP@2001"))  # no evidence
    assert any(len(e.evidence) > 1 for e in edges)
    firsts = {e.key: 10 * i for i, e in enumerate(edges)}
    for relation in ("IMPLEMENTS", "CITES"):
        given = [e for e in edges if e.relation == relation]
        rng.shuffle(given)
        rows = rel_table(relation, given, [firsts[e.key] for e in given]).to_pylist()
        expected = [edge_values(e, firsts[e.key]) for e in sorted(given, key=lambda e: e.key)]
        assert rows == expected
        assert [(r["from"], r["to"]) for r in rows] == sorted((r["from"], r["to"]) for r in rows)
    no_evidence = rel_table("IMPLEMENTS", edges[-2:], [0, 0]).to_pylist()
    assert [(r["confidence"], r["evidence_count"]) for r in no_evidence] == [(0.0, 0)] * 2
    assert {r["from_table"] for r in no_evidence} == {"Organisation", "Document"}
    assert rel_table("CITES", [], []).num_rows == 0


def test_facts_packed_together_are_each_packed_alike() -> None:
    rng = random.Random(3)
    facts = [
        {
            "source": {"id": f"s{i}", "path": f"/x/{i}.txt", "title": None},
            "mentions": [
                {"canonical": f"{rng.randrange(99)}/NĐ-CP", "start": j} for j in range(i % 7)
            ],
            "lead": "Nghị định " * rng.randrange(1, 20),
        }
        for i in range(2 * _PACK_BATCH + 17)  # whole batches and a part of one
    ]
    packed = pack_all(facts)
    assert packed == [pack_facts(f) for f in facts]
    assert [unpack_facts(p) for p in packed] == facts
    assert pack_all([]) == []


def test_facts_packed_before_unpack_as_they_were_packed() -> None:
    """A store written before the facts were packed with Zstandard holds zlib's JSON in
    base64 (`json.dumps`, spaces after separators): read the same; and what orjson does
    not write or read (an integer past 64 bits) is packed by `json`."""
    facts = {
        "source": {"id": "s1", "metadata": {"b": 2**70, "a": "Nghị định"}},
        "mentions": [{"confidence": 0.85, "start": 3}],
    }
    old = json.dumps(facts, ensure_ascii=False, default=str, sort_keys=True).encode("utf-8")
    assert unpack_facts(base64.b64encode(zlib.compress(old, 6)).decode("ascii")) == facts
    assert unpack_facts(pack_facts(facts)) == facts
    small = {**facts, "source": {"id": "s1", "metadata": {"a": "Nghị định"}}}
    assert pack_facts(small).startswith("zstd:")
    assert unpack_facts(pack_facts(small)) == small
