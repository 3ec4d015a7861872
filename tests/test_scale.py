"""Whole-graph answers at scale (issue 17): coverage and implementers computed in the store,
RDF that streams, SPARQL on a persistent Oxigraph store, extraction that keeps every
worker busy, and reloads that do not care how a path is spelled.

Each test compares the fast path with the plain definition it replaces (the named Cypher
query, the lineage walk, rdflib's graph), on the real stores of the sample corpus and the
seeds."""

from __future__ import annotations

import os
import shutil
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

import pytest
import rdflib
from click.testing import CliRunner
from rdflib.compare import to_isomorphic

from vanban.batch import map_sources
from vanban.cli_export import export_command, sparql_command
from vanban.export.rdf import to_rdf
from vanban.export.rdf_stream import write_blocks
from vanban.export.rdf_writers import WRITERS
from vanban.export.select import read_selection
from vanban.export.sparql import run_sparql
from vanban.export.sparql_store import open_sparql_store, query_store, sparql_folder
from vanban.export.store_pages import graph_objects
from vanban.export.triples import IRI, Lit
from vanban.loaders import Skipped, Source
from vanban.queries import library
from vanban.queries.backend import EmbeddedBackend
from vanban.queries.closure import CoverageFilter, coverage_rows
from vanban.queries.lineage import lineage
from vanban.queries.reports import coverage, implementers
from vanban.store import open_store

REPO = Path(__file__).resolve().parents[1]
EXAMPLES = REPO / "examples" / "corpus"
RDF_PARSERS = {"nt": "nt", "ttl": "turtle", "jsonld": "json-ld"}


def _rows_as_set(rows: list[dict[str, Any]]) -> list[str]:
    return sorted(repr(sorted(row.items())) for row in rows)


@pytest.fixture(scope="module", params=["examples", "seeds"])
def store_db(request: pytest.FixtureRequest) -> Path:
    return request.getfixturevalue("example_db" if request.param == "examples" else "seeds_db")


# ---------------------------------------------------------------- coverage, implementers


def test_coverage_on_columns_is_the_named_cypher_query(store_db: Path) -> None:
    with EmbeddedBackend.open(store_db) as backend:
        cypher = library.run(backend, "coverage")
        columns = coverage_rows(backend.store)
    assert cypher, "the store has implementation chains"
    assert _rows_as_set(columns) == _rows_as_set(cypher)
    order = [(r["date"] is None, r["date"] or "", r["document"], r["province"]) for r in columns]
    assert order == sorted(order)


def test_coverage_filters_are_the_filtered_full_answer(store_db: Path) -> None:
    with EmbeddedBackend.open(store_db) as backend:
        full = library.run(backend, "coverage")
        central = coverage_rows(backend.store, CoverageFilter(level="central"))
        _, matrix = coverage(backend, central_only=True)
        province = full[0]["province"]
        one = coverage_rows(backend.store, CoverageFilter(province=province))
    assert _rows_as_set(central) == _rows_as_set([r for r in full if r["level"] == "central"])
    assert {line["document"] for line in matrix} == {r["document"] for r in central}
    assert one and {r["province"] for r in one} == {province}
    assert _rows_as_set(one) == _rows_as_set([r for r in full if r["province"] == province])


def test_coverage_by_date_keeps_implementers_dated_in_the_span(example_db: Path) -> None:
    with EmbeddedBackend.open(example_db) as backend:
        full = coverage_rows(backend.store)
        dates = sorted(r["first"] for r in full if r["first"])
        cut = dates[len(dates) // 2]
        later = coverage_rows(backend.store, CoverageFilter(since=cut))
        earlier = coverage_rows(backend.store, CoverageFilter(until=cut[:4]))
    assert later and all(r["first"] >= cut for r in later)
    assert all(r["first"][:4] <= cut[:4] for r in earlier if r["first"])
    assert len(later) < len(full)


def _implementers_by_lineage(backend: EmbeddedBackend, key: str, by: str, depth: int) -> dict:
    """The definition: the lineage tree down from the document, grouped in Python."""
    root = lineage(backend, key, "down", depth, ("IMPLEMENTS", "GUIDES", "CONTINUES"))
    groups: dict[str, list[Any]] = defaultdict(list)
    for node in root.walk():
        if node is not root:
            groups[getattr(node, by) or "(unknown)"].append(node)
    return {
        group: (
            len(nodes),
            sorted(n.label for n in nodes),
            min(n.depth for n in nodes),
            min((n.date for n in nodes if n.date), default=None),
            max((n.date for n in nodes if n.date), default=None),
        )
        for group, nodes in groups.items()
    }


def test_implementers_grouped_in_the_store_match_the_lineage_walk(store_db: Path) -> None:
    with EmbeddedBackend.open(store_db) as backend:
        keys = [
            r["key"]
            for r in backend.query(
                "MATCH ()-[:IMPLEMENTS|GUIDES|CONTINUES]->(d:Document) "
                "RETURN DISTINCT d.key AS key ORDER BY key"
            )
        ]
        assert keys
        compared = 0
        for key in keys:
            for by in ("province", "level", "issuer"):
                for depth in (1, 6):
                    rows = implementers(backend, key, by, depth)
                    got = {
                        r[by]: (
                            r["implementers"],
                            r["documents"],
                            r["nearest_step"],
                            r["first"],
                            r["latest"],
                        )
                        for r in rows
                    }
                    assert got == _implementers_by_lineage(backend, key, by, depth), (key, by)
                    compared += 1
    assert compared == len(keys) * 6


def test_the_neo4j_spelling_of_implementers_lints_clean() -> None:
    from test_neo4j_lint import check

    from vanban.queries.reports import GROUPINGS, implementers_query

    check(
        [
            {
                "name": f"implementers by {by}",
                "query": implementers_query("neo4j", by, 6, ("IMPLEMENTS", "GUIDES", "CONTINUES")),
                "parameters": {"key": "x"},
            }
            for by in GROUPINGS
        ]
    )


def test_implementers_refuses_what_it_cannot_check() -> None:
    from vanban.queries.reports import implementers_query

    for bad in (("IMPLEMENTS]->() DETACH DELETE d //",), ()):
        with pytest.raises(ValueError, match="bad implementers query"):
            implementers_query("ladybug", "province", 6, bad)
    with pytest.raises(ValueError):
        implementers_query("ladybug", "x.key", 6, ("IMPLEMENTS",))


# ---------------------------------------------------------------------- streaming RDF


@pytest.mark.parametrize("fmt", ["nt", "ttl", "jsonld"])
def test_streamed_rdf_of_a_store_is_the_rdflib_graph(
    store_db: Path, fmt: str, tmp_path: Path
) -> None:
    out = tmp_path / f"graph.{fmt}"
    result = CliRunner().invoke(
        export_command, ["--format", fmt, "-o", str(out), "--db", str(store_db)]
    )
    assert result.exit_code == 0, result.output
    parsed = rdflib.Graph().parse(out, format=RDF_PARSERS[fmt])
    expected = to_rdf(read_selection(store_db))
    assert len(parsed) == len(expected)
    assert to_isomorphic(parsed) == to_isomorphic(expected)


def test_pages_of_any_size_give_the_same_graph(example_db: Path) -> None:
    with open_store(example_db) as store:
        whole = [repr(o) for o in graph_objects(store)]
        paged = [repr(o) for o in graph_objects(store, page=3)]
    assert sorted(paged) == sorted(whole)
    assert len(paged) == len(whole)  # nothing read twice at a page boundary


AWKWARD = [
    'quote " and backslash \\ and \\" together',
    "line\nbreak\r\nand tab\t and bell \x07 and DEL \x7f",
    "Nghị quyết số 23-NQ/TW của Đảng 中华人民共和国 日本語 😀",
    "ends with a backslash \\",
]


@pytest.mark.parametrize("fmt", sorted(WRITERS))
def test_writers_escape_what_sources_hold(fmt: str, tmp_path: Path) -> None:
    subject = IRI("https://vanban.example.org/doc/a%2Fb@2021")
    pairs: list[tuple[str, IRI | Lit]] = [
        ("https://vanban.example.org/ns#sentence", Lit(text, None, "vi")) for text in AWKWARD
    ]
    pairs += [("http://purl.org/dc/terms/title", Lit(text)) for text in AWKWARD]
    pairs.append(("https://vanban.example.org/ns#odd-name", Lit("7", XSD_INTEGER)))
    pairs.append(("http://purl.org/dc/terms/relation", IRI("https://x.example/a b<c>")))
    path = tmp_path / f"awkward.{fmt}"
    assert write_blocks([(subject, pairs)], fmt, path) == len(pairs)
    parsed = rdflib.Graph().parse(path, format=RDF_PARSERS[fmt])
    values = {str(o) for o in parsed.objects(rdflib.URIRef(subject))}
    assert set(AWKWARD) <= values
    assert "7" in values


XSD_INTEGER = "http://www.w3.org/2001/XMLSchema#integer"


def test_a_failed_export_leaves_no_file(tmp_path: Path) -> None:
    def broken() -> Any:
        yield (IRI("https://x.example/a"), [("https://x.example/p", Lit("1"))])
        raise RuntimeError("store went away")

    target = tmp_path / "out.nt"
    with pytest.raises(RuntimeError):
        write_blocks(broken(), "nt", target)
    assert list(tmp_path.iterdir()) == []


# ---------------------------------------------------------------------------- SPARQL

QUERIES = [
    'SELECT ?key WHERE { ?d eli:number "33/2021/CT-TTg" . ?x vb:implements ?d ; vb:key ?key }',
    "SELECT (COUNT(*) AS ?n) WHERE { ?x vb:implements ?d }",
    "SELECT ?n WHERE { ?d a eli:LegalResource ; eli:number ?n ; vb:year ?y } ORDER BY ?n",
    "ASK { ?s eli:cites ?o }",
]


@pytest.fixture
def own_store(seeds_db: Path, tmp_path: Path) -> Path:
    db = tmp_path / "seeds.db"
    shutil.copy2(seeds_db, db)
    return db


def test_sparql_store_answers_as_rdflib_does_and_is_built_once(own_store: Path) -> None:
    graph = to_rdf(read_selection(own_store))
    store, built = open_sparql_store(own_store)
    assert built
    for query in QUERIES:
        ours, theirs = query_store(store, query), run_sparql(graph, query)
        assert _rows_as_set(ours) == _rows_as_set(theirs), query
    del store
    again, built_again = open_sparql_store(own_store)
    assert not built_again
    assert query_store(again, QUERIES[1]) == run_sparql(graph, QUERIES[1])
    versions = [p.name for p in sparql_folder(own_store).iterdir()]
    assert len(versions) == 1


def test_sparql_store_is_rebuilt_when_the_store_changes(own_store: Path, tmp_path: Path) -> None:
    from vanban.load import load

    store, _ = open_sparql_store(own_store)
    before = query_store(store, "SELECT (COUNT(*) AS ?n) WHERE { ?d a eli:LegalResource }")
    del store
    extra = tmp_path / "extra"
    extra.mkdir()
    (extra / "new.txt").write_text(
        "Thực hiện Chỉ thị số 99/CT-TTg ngày 01/02/2022 của Thủ tướng Chính phủ, "
        "UBND tỉnh ban hành Kế hoạch số 777/KH-UBND ngày 03/04/2022.",
        encoding="utf-8",
    )
    load([extra], own_store, jobs=1)
    store, built = open_sparql_store(own_store)
    after = query_store(store, "SELECT (COUNT(*) AS ?n) WHERE { ?d a eli:LegalResource }")
    assert built and after[0]["n"] > before[0]["n"]
    assert len(list(sparql_folder(own_store).iterdir())) == 1  # the old version is gone


def test_sparql_store_is_rebuilt_after_an_update_by_log(tmp_path: Path) -> None:
    """An update by log leaves the store's file as it was and changes its write-ahead log:
    the SPARQL store's version follows the log too."""
    from conftest import EXAMPLES

    from vanban.load import load

    first, second = tmp_path / "first", tmp_path / "second"
    for folder, names in ((first, ["01_qd-tw-23-2021.txt"]), (second, ["02_ct-ttg-33-2021.txt"])):
        folder.mkdir()
        for name in names:
            shutil.copy(EXAMPLES / name, folder / name)
    db = tmp_path / "g.db"
    load([first], db, jobs=1)
    store, _ = open_sparql_store(db)
    before = query_store(store, "SELECT (COUNT(*) AS ?n) WHERE { ?d a eli:LegalResource }")
    del store
    load([second], db, jobs=1)
    assert (tmp_path / "g.db.wal").exists()
    store, built = open_sparql_store(db)
    after = query_store(store, "SELECT (COUNT(*) AS ?n) WHERE { ?d a eli:LegalResource }")
    assert built and after[0]["n"] > before[0]["n"]


def test_sparql_command_reports_a_bad_query(own_store: Path) -> None:
    ok = CliRunner().invoke(sparql_command, [QUERIES[1], "--db", str(own_store), "--json"])
    assert ok.exit_code == 0, ok.output
    bad = CliRunner().invoke(sparql_command, ["SELEKT nothing", "--db", str(own_store)])
    assert bad.exit_code == 1 and bad.output.startswith("Error: the query failed:")
    missing = CliRunner().invoke(sparql_command, [QUERIES[1], "--db", str(own_store) + ".no"])
    assert missing.exit_code == 1 and "no store at" in missing.output


# ------------------------------------------------------------------------ extraction


def _wait_for_the_other(source: Source) -> bool:
    """Mark this source started, then wait (at most 20 s) for the other big one to start:
    True when both ran at the same time."""
    folder = Path(source.path).parent
    me = Path(source.path).name
    (folder / f"started-{me}").touch()
    give_up = time.monotonic() + 20
    while time.monotonic() < give_up:
        if len(list(folder.glob("started-big-*"))) >= 2:
            return True
        time.sleep(0.02)
    return False


def _length(source: Source) -> tuple[str, int]:
    return Path(source.path).name, len(source.text)


def test_big_sources_run_side_by_side(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import vanban.batch as batch

    monkeypatch.setattr(batch, "WINDOW_CHARS", 1000)  # each big file alone fills the window
    for name in ("big-a.txt", "big-b.txt"):
        (tmp_path / name).write_text("Chỉ thị số 33/CT-TTg. " * 2500, encoding="utf-8")
    assert list(map_sources([tmp_path], _wait_for_the_other, jobs=2)) == [True, True]


def test_many_jobs_give_what_one_gives_in_input_order(tmp_path: Path) -> None:
    (tmp_path / "a-big.txt").write_text("Nghị quyết số 23-NQ/TW. " * 20000, encoding="utf-8")
    for i in range(150):
        (tmp_path / f"b-{i:03d}.txt").write_text(f"Kế hoạch số {i}/KH-UBND.", encoding="utf-8")
    (tmp_path / "c-bad.xyz").write_text("not a format", encoding="utf-8")
    (tmp_path / "d-empty.txt").write_text("   ", encoding="utf-8")
    one = list(map_sources([tmp_path], _length, jobs=1))
    two = list(map_sources([tmp_path], _length, jobs=2))
    assert [(type(x), getattr(x, "path", x)) for x in two] == [
        (type(x), getattr(x, "path", x)) for x in one
    ]
    assert sum(isinstance(x, Skipped) for x in two) == 2 and len(two) == 153


# --------------------------------------------------------------- paths, spelled again


def test_reloading_by_another_spelling_is_unchanged(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from vanban.load import load

    corpus = tmp_path / "corpus"
    shutil.copytree(EXAMPLES, corpus)
    link = tmp_path / "link"
    link.symlink_to(corpus, target_is_directory=True)
    db = tmp_path / "g.db"
    monkeypatch.chdir(tmp_path)
    first, _ = load(["corpus"], db, jobs=1)
    assert first.new == first.sources_read > 0
    for spelling in (str(corpus), "link", f"./link/../corpus/{next(iter(os.listdir(corpus)))}"):
        again, _ = load([spelling], db, jobs=2)
        assert again.new == again.changed == 0, spelling
        assert again.unchanged == again.sources_read
    with open_store(db) as store:
        rows = store.read_table("Source").to_pylist()
    assert len(rows) == first.sources_read
    assert all(len(row["paths"]) == 1 for row in rows), [r["paths"] for r in rows]


def test_a_path_is_spelled_as_realpath_spells_it(tmp_path: Path) -> None:
    from vanban.load import _real, canonical_path

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text("x", encoding="utf-8")
    (tmp_path / "folder").symlink_to(corpus, target_is_directory=True)
    (corpus / "b.txt").symlink_to(corpus / "a.txt")  # a file that is a link
    (corpus / "c.jsonl").write_text("{}\n", encoding="utf-8")
    spellings = [
        str(corpus / "a.txt"),
        str(tmp_path / "folder" / "a.txt"),
        str(tmp_path / "folder" / ".." / "corpus" / "a.txt"),
        str(corpus / "b.txt"),
        str(tmp_path / "folder" / "b.txt"),
        str(corpus / "."),
    ]
    _real.cache_clear()
    for spelling in spellings:
        assert canonical_path(spelling) == os.path.realpath(spelling), spelling
    line = str(tmp_path / "folder" / "c.jsonl") + ":3"
    assert canonical_path(line) == os.path.realpath(corpus / "c.jsonl") + ":3"


def test_paths_spelled_together_are_spelled_as_one_by_one(tmp_path: Path) -> None:
    """`canonical_paths` reads a folder of many paths once: every kind of path spells as
    `canonical_path` spells it (a file, a link, a `.jsonl` line, a gone file or line, a
    name with a colon, a folder's own spelling), in a folder listed and in one that is not."""
    from vanban.load import _LISTED_FROM, _real, canonical_path, canonical_paths

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (tmp_path / "folder").symlink_to(corpus, target_is_directory=True)
    for i in range(_LISTED_FROM):
        (corpus / f"t{i}.txt").write_text("x", encoding="utf-8")
    (corpus / "b.txt").symlink_to(corpus / "t0.txt")
    (corpus / "c.jsonl").write_text("{}\n{}\n", encoding="utf-8")
    (corpus / "d.jsonl:7").write_text("a file whose name ends like a line", encoding="utf-8")
    (corpus / "e:x").write_text("x", encoding="utf-8")
    few = tmp_path / "few"
    few.mkdir()
    (few / "f.jsonl").write_text("{}\n", encoding="utf-8")
    names = [f"t{i}.txt" for i in range(_LISTED_FROM)]
    names += ["b.txt", "c.jsonl", "c.jsonl:2", "c.jsonl:x", "d.jsonl:7", "d.jsonl:8", "e:x"]
    names += ["gone.txt", "gone.jsonl:3", ":4", ".", ".."]
    paths = [str(base / name) for base in (corpus, tmp_path / "folder") for name in names]
    paths += [str(few / "f.jsonl:1"), str(few / "g.jsonl:1"), str(few) + "/", "rel.txt"]
    paths += [str(tmp_path / "no such folder" / "a.jsonl:1")]
    _real.cache_clear()
    together = canonical_paths(paths)
    _real.cache_clear()
    assert together == {path: canonical_path(path) for path in paths}
    # and the listing was read: a link through the folder's link spells as its target
    assert together[str(tmp_path / "folder" / "c.jsonl:2")] == f"{corpus / 'c.jsonl'}:2"
    assert together[str(tmp_path / "folder" / "b.txt")] == str(corpus / "t0.txt")


def test_every_file_is_reported_read_once_in_order(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Chỉ thị số 33/CT-TTg.", encoding="utf-8")
    lines = "".join(f'{{"text": "Kế hoạch số {i}/KH-UBND."}}\n' for i in range(100))
    (tmp_path / "b.jsonl").write_text(lines, encoding="utf-8")
    (tmp_path / "c.txt").write_text("Nghị quyết số 23-NQ/TW.", encoding="utf-8")
    seen: dict[int, list[str]] = {1: [], 2: []}
    results = {}
    for jobs in (1, 2):
        results[jobs] = [
            r[0]
            for r in map_sources(
                [tmp_path], _length, jobs, lambda p, j=jobs: seen[j].append(p.name)
            )
        ]
    assert seen[2] == seen[1] == ["a.txt", "b.jsonl", "c.txt"]
    assert results[2] == results[1] and len(results[2]) == 102
