"""The lineage's fast path (ids walked first, fields and evidence for the rows shown) gives
the tree networkx gives on the same graph, the Cypher path gives the same tree, and a page
holds the very rows of the whole tree at its positions. Rows are compared, never timings."""

from __future__ import annotations

import json
import random
from pathlib import Path
from typing import Any

import networkx as nx
import pytest
from conftest import vanban_cli

from vanban.graph.nx import to_networkx
from vanban.queries.backend import EmbeddedBackend
from vanban.queries.lineage import ALL_RELATIONS, DEFAULT_RELATIONS, LineageNode, lineage
from vanban.store.read_graph import read_graph

PREFERRED = tuple(dict.fromkeys(("IMPLEMENTS", "GUIDES", "CONTINUES", *ALL_RELATIONS)))


class CypherOnly:
    """The embedded store seen as a server sees it: no adjacency, every step by Cypher."""

    dialect = "ladybug"

    def __init__(self, backend: EmbeddedBackend) -> None:
        self.backend = backend

    def query(self, cypher: str, params: dict[str, Any] | None = None) -> list[dict[str, Any]]:
        return self.backend.query(cypher, params)


@pytest.fixture(scope="module")
def graph(tvpl_db: Path) -> nx.MultiDiGraph:
    return to_networkx(read_graph(tvpl_db))


def linked_keys(backend: EmbeddedBackend) -> list[str]:
    rows = backend.query("MATCH ()-[r]->(d:Document) RETURN DISTINCT d.key AS key ORDER BY key")
    return [r["key"] for r in rows]


def parents_of(root: LineageNode) -> dict[int, LineageNode]:
    return {id(child): node for node in root.walk() for child in node.children}


def check_against_networkx(
    graph: nx.MultiDiGraph, root: LineageNode, way: str, depth: int, relations: tuple[str, ...]
) -> None:
    wanted = set(relations)
    view = nx.subgraph_view(graph, filter_edge=lambda u, v, k: k in wanted)
    if way == "down":
        view = view.reverse(copy=False)
    expected = nx.single_source_shortest_path_length(view, root.key, cutoff=depth)
    expected.pop(root.key)
    got = {n.key: n.depth for n in root.walk() if n is not root}
    assert got == expected, root.key
    parents = parents_of(root)
    for node in root.walk():
        if node is root:
            continue
        parent = parents[id(node)]
        source, target = (node.key, parent.key) if way == "down" else (parent.key, node.key)
        joined = [r for r in PREFERRED if graph.has_edge(source, target, key=r) and r in wanted]
        assert node.relations == joined, (root.key, node.key)
        assert parent.depth == node.depth - 1 or parent is root
        sentences = [
            ev["sentence"] for r in node.relations for ev in graph[source][target][r]["evidence"]
        ]
        assert [ev["sentence"] for ev in node.evidence] == sentences, (root.key, node.key)
        assert node.confidence == graph[source][target][node.relations[0]]["confidence"]


def test_the_fast_path_reaches_what_networkx_reaches_on_the_real_corpus(tvpl_db, graph):
    with EmbeddedBackend.open(tvpl_db) as backend:
        keys = linked_keys(backend)
        assert len(keys) > 50
        for key in keys:
            for way, depth, relations in (
                ("down", 6, DEFAULT_RELATIONS),
                ("up", 6, DEFAULT_RELATIONS),
                ("down", 2, ALL_RELATIONS),
            ):
                root = lineage(backend, key, way, depth, relations)
                check_against_networkx(graph, root, way, depth, tuple(relations))


def test_the_cypher_path_lays_out_the_same_tree(tvpl_db):
    with EmbeddedBackend.open(tvpl_db) as backend:
        keys = linked_keys(backend)
        for key in random.Random(3).sample(keys, min(150, len(keys))):
            for way, relations in (("both", DEFAULT_RELATIONS), ("down", ALL_RELATIONS)):
                fast = lineage(backend, key, way, 6, relations)
                slow = lineage(CypherOnly(backend), key, way, 6, relations)
                assert fast.to_dict() == slow.to_dict(), key


def flat(root: LineageNode) -> list[dict[str, Any]]:
    return [
        {**{k: v for k, v in n.to_dict().items() if k != "children"}, "below": len(n.children)}
        for n in root.walk()
    ]


def test_a_page_holds_the_rows_of_the_whole_tree_at_its_positions(tvpl_db):
    with EmbeddedBackend.open(tvpl_db) as backend:
        keys = linked_keys(backend)
        sizes = {k: sum(1 for _ in lineage(backend, k, "both").walk()) for k in keys}
        biggest = sorted(keys, key=lambda k: (-sizes[k], k))[:10]
        assert sizes[biggest[0]] > 10
        for key in biggest:
            whole = flat(lineage(backend, key, "both"))
            for limit, offset in ((5, 0), (4, 3), (None, 2), (50, 1)):
                page = flat(lineage(backend, key, "both", limit=limit, offset=offset))
                end = len(whole) if limit is None else offset + limit
                assert page[offset:end] == whole[offset:end], (key, limit, offset)
                # the rows outside the page keep their place, without their evidence
                assert [r["key"] for r in page] == [r["key"] for r in whole]
                assert not any(r["evidence"] for r in page[:offset] + page[end:])


def test_lineage_pages_on_the_command_line(tvpl_db):
    with EmbeddedBackend.open(tvpl_db) as backend:
        keys = linked_keys(backend)
        key = max(keys, key=lambda k: (sum(1 for _ in lineage(backend, k, "down").walk()), k))
        number = backend.query(
            "MATCH (d:Document {key: $k}) RETURN d.number AS n, d.date AS date", {"k": key}
        )[0]
    document = [number["n"], *(["--date", number["date"]] if number["date"] else [])]
    db = ["--db", str(tvpl_db)]
    whole = vanban_cli("lineage", *document, "--down", "--nl", *db)
    assert whole.returncode == 0, whole.stderr
    rows = [json.loads(line) for line in whole.stdout.splitlines()]
    assert len(rows) > 4
    paged = vanban_cli("lineage", *document, "--down", "--nl", "--limit", "2", "--offset", "1", *db)
    assert [json.loads(line) for line in paged.stdout.splitlines()] == rows[1:3]
    assert f"rows 2-3 of {len(rows)}; --offset 3 for the next page" in paged.stderr
    table = vanban_cli("lineage", *document, "--down", "--limit", "1", "--offset", "1", *db)
    assert table.returncode == 0, table.stderr
    drawn = [line for line in table.stdout.splitlines() if "─ " in line]
    assert len(drawn) == 1 and rows[1]["number"] in drawn[0]


# -- where several documents could be a node's parent --------------------------------------


@pytest.fixture(scope="module")
def synthetic(tmp_path_factory) -> tuple[Path, nx.MultiDiGraph]:
    """A store of 600 synthetic documents, each implementing one to three of the 200 before
    it: most nodes of a tree could hang from several parents at the same depth."""
    from bench.synthetic_graph import synthetic_graph
    from vanban.store import build_store
    from vanban.store.graph_tables import SCHEMA, graph_tables

    graph = synthetic_graph(600, seed=5)
    db = tmp_path_factory.mktemp("synthetic") / "synthetic.db"
    nodes, rels = graph_tables(graph, [])
    build_store(db, SCHEMA, nodes, rels)
    return db, to_networkx(graph)


def laid_out(
    graph: nx.MultiDiGraph, key: str, way: str, depth: int, relations: tuple[str, ...]
) -> dict[str, tuple[str, int]]:
    """The tree the lineage documents, by its plain definition: breadth first, each node
    hung from the first node of the level above that reaches it, that level's nodes taken
    in the order they were found, and each one's links in the order preferred relation
    first, then key."""
    rank = {r: i for i, r in enumerate(PREFERRED)}
    tree: dict[str, tuple[str, int]] = {}
    seen, frontier = {key}, [key]
    for level in range(1, depth + 1):
        following = []
        for node in frontier:
            edges = (
                graph.in_edges(node, keys=True)
                if way == "down"
                else graph.out_edges(node, keys=True)
            )
            best: dict[str, int] = {}
            for a, b, relation in edges:
                other = a if way == "down" else b
                if relation in relations:
                    best[other] = min(best.get(other, 99), rank[relation])
            for other in sorted(best, key=lambda o: (best[o], o)):
                if other not in seen:
                    seen.add(other)
                    following.append(other)
                    tree[other] = (node, level)
        frontier = following
    return tree


def test_each_node_hangs_from_the_parent_the_definition_gives(synthetic):
    db, graph = synthetic
    with EmbeddedBackend.open(db) as backend:
        keys = sorted(k for k in graph.nodes if graph.in_degree(k) or graph.out_degree(k))
        several = 0
        for key in random.Random(7).sample(keys, 60):
            for way, relations in (("down", DEFAULT_RELATIONS), ("up", ALL_RELATIONS)):
                root = lineage(backend, key, way, 4, relations)
                parents = parents_of(root)
                got = {n.key: (parents[id(n)].key, n.depth) for n in root.walk() if n is not root}
                assert got == laid_out(graph, key, way, 4, tuple(relations)), (key, way)
                slow = lineage(CypherOnly(backend), key, way, 4, relations)
                assert slow.to_dict() == root.to_dict(), (key, way)
                several += sum(
                    1
                    for n in root.walk()
                    if n is not root
                    and len(
                        {
                            p
                            for p in (
                                graph.successors(n.key)
                                if way == "down"
                                else graph.predecessors(n.key)
                            )
                            if p in got or p == key
                        }
                    )
                    > 1
                )
        assert several > 100, "the synthetic trees have nodes with several possible parents"


def implementers(graph: nx.MultiDiGraph, key: str) -> int:
    return sum(1 for _, _, r in graph.in_edges(key, keys=True) if r == "IMPLEMENTS")


def test_the_cycle_collector_is_left_as_it_was_found(synthetic):
    import gc

    db, graph = synthetic
    key = max(graph.nodes, key=lambda k: (implementers(graph, k), k))
    with EmbeddedBackend.open(db) as backend:
        try:
            for enabled in (True, False):
                gc.enable() if enabled else gc.disable()
                assert sum(1 for _ in lineage(backend, key, "down").walk()) > 1
                assert gc.isenabled() is enabled
                with pytest.raises(ValueError):
                    lineage(backend, key, "down", depth=0)
                assert gc.isenabled() is enabled
        finally:
            gc.enable()


def test_evidence_paths_and_children_named_by_offset_match_the_cypher_path(tvpl_db):
    """The embedded store names a link's child by table and offset and looks source paths
    up in columns it read once; a server names them by key, by query: the same rows,
    every piece of evidence with the path of its source."""
    with EmbeddedBackend.open(tvpl_db) as backend:
        keys = linked_keys(backend)
        sizes = {k: sum(1 for _ in lineage(backend, k, "both").walk()) for k in keys}
        organisations = 0
        for key in sorted(keys, key=lambda k: (-sizes[k], k))[:8]:
            fast = lineage(backend, key, "both", 6, ALL_RELATIONS)
            slow = lineage(CypherOnly(backend), key, "both", 6, ALL_RELATIONS)
            assert fast.to_dict() == slow.to_dict(), key
            pieces = [ev for n in fast.walk() for ev in n.evidence]
            assert pieces and all(ev["path"] for ev in pieces), key
        acted_on = backend.query(
            "MATCH (:Organisation)-[]->(d:Document) RETURN DISTINCT d.key AS key ORDER BY key"
        )
        for key in [r["key"] for r in acted_on]:
            fast = lineage(backend, key, "down", 2, ALL_RELATIONS)
            assert (
                fast.to_dict()
                == lineage(CypherOnly(backend), key, "down", 2, ALL_RELATIONS).to_dict()
            )
            organisations += sum(1 for n in fast.walk() if n.organisation and n.evidence)
        assert organisations, "some link with evidence leads from an organisation"
        # a large tree looks its many sources up in the columns the adjacency read
        from vanban.queries.adjacency import adjacency_of

        stored = backend.query("MATCH (s:Source) RETURN s.id AS id, s.path AS path")
        ids = sorted(r["id"] for r in stored)
        assert len(ids) > 10
        looked_up = adjacency_of(backend.store).source_paths([*ids, "no such source"])
        assert looked_up == {**{r["id"]: r["path"] for r in stored}, "no such source": None}
