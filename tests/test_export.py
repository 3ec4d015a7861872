"""Exports of the seed graph: every format writes a file that reads back, the Turtle
parses with rdflib, and SPARQL finds what `vanban implementers` finds."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import networkx as nx
import pytest
import rdflib
from click.testing import CliRunner

from vanban.cli_export import export_command, sparql_command
from vanban.export.admin_csv import choose_delimiter
from vanban.export.formats import FORMATS, write
from vanban.export.rdf import ELI, VB, vocabulary
from vanban.export.select import Selection, lineage_keys, read_selection, restrict
from vanban.export.sparql import run_sparql

IMPLEMENTERS_33 = """
SELECT ?key WHERE {
  ?d eli:number "33/2021/CT-TTg" .
  ?x vb:implements ?d ; vb:key ?key .
}
"""


@pytest.fixture(scope="module")
def seeds_db(tmp_path_factory: pytest.TempPathFactory, seeds_dir: Path) -> Path:
    from vanban.load import load

    db = tmp_path_factory.mktemp("export") / "seeds.db"
    load([seeds_dir], db, jobs=1)
    return db


@pytest.fixture(scope="module")
def selection(seeds_db: Path) -> Selection:
    return read_selection(seeds_db)


@pytest.fixture(scope="module")
def turtle(selection: Selection, tmp_path_factory: pytest.TempPathFactory) -> rdflib.Graph:
    path = tmp_path_factory.mktemp("ttl") / "seeds.ttl"
    write(selection, "ttl", path)
    return rdflib.Graph().parse(path, format="turtle")


def test_turtle_parses_with_eli_documents_and_reified_evidence(
    turtle: rdflib.Graph, selection: Selection
) -> None:
    docs = set(turtle.subjects(rdflib.RDF.type, ELI.LegalResource))
    assert len(docs) == len(selection.graph.documents)
    [doc] = turtle.subjects(ELI.number, rdflib.Literal("33/2021/CT-TTg"))
    assert str(doc) == "https://vanban.example.org/doc/33%2FCT-TTg@2021"
    [date] = turtle.objects(doc, ELI.date_document)
    assert date.datatype == rdflib.XSD.date and str(date) == "2021-11-26"
    assert list(turtle.objects(doc, ELI.passed_by))
    assert list(turtle.objects(doc, ELI.type_document))
    titles = list(turtle.objects(doc, rdflib.namespace.DCTERMS.title))
    assert titles and titles[0].language == "vi"  # the catalogue's Vietnamese title
    statements = list(turtle.subjects(rdflib.RDF.predicate, VB.implements))
    assert len(statements) == sum(1 for e in selection.graph.edges if e[1] == "IMPLEMENTS")
    evidence = list(turtle.objects(statements[0], VB.evidence))
    assert evidence and list(turtle.objects(evidence[0], VB.sentence))


def test_sparql_finds_what_vanban_implementers_finds(turtle: rdflib.Graph, seeds_db: Path) -> None:
    found = {row["key"] for row in run_sparql(turtle, IMPLEMENTERS_33)}
    assert len(found) == 2
    assert any(k.startswith("1470-CV/TU@") for k in found)
    assert any(k.startswith("unnumbered:") for k in found)
    from vanban.queries import library
    from vanban.queries.backend import EmbeddedBackend

    with EmbeddedBackend.open(seeds_db) as backend:
        rows = library.run(backend, "implementers", number="33/2021/CT-TTg")
    assert found == {row["key"] for row in rows}


def test_eli_super_properties_are_written_too(turtle: rdflib.Graph) -> None:
    rows = run_sparql(
        turtle,
        "SELECT (COUNT(*) AS ?n) WHERE { ?x eli:ensures_implementation_of ?d . "
        '?d eli:number "33/2021/CT-TTg" }',
    )
    assert rows == [{"n": 2}]
    # documents cite the laws named in a decree's title (CITES, as nested mentions are) and
    # the rules a plan acts by ("… according to the Law on … No. 10/2022/QH15 and Decree No.
    # 59/2023/ND-CP"); no other document is only cited
    not_a_law = (
        "SELECT DISTINCT ?n WHERE { ?s eli:cites ?o . ?o eli:number ?n . "
        'FILTER(!REGEX(?n, "/QH[0-9]+$")) }'
    )
    assert run_sparql(turtle, not_a_law) == [{"n": "59/2023/NĐ-CP"}]


def test_the_vocabulary_declares_every_vb_term_used(turtle: rdflib.Graph) -> None:
    vocab = vocabulary()
    declared = {s for s in vocab.subjects() if str(s).startswith(str(VB))}
    used = {p for p in turtle.predicates() if str(p).startswith(str(VB))}
    used |= {o for o in turtle.objects(None, rdflib.RDF.type) if str(o).startswith(str(VB))}
    assert used <= declared, used - declared
    assert (VB.implements, rdflib.RDFS.subPropertyOf, ELI.ensures_implementation_of) in vocab


@pytest.mark.parametrize("fmt", FORMATS)
def test_every_format_reads_back(fmt: str, selection: Selection, tmp_path: Path) -> None:
    graph = selection.graph
    path = tmp_path / ("out" if fmt == "csv" else f"seeds.{fmt}")
    written = write(selection, fmt, path)
    assert all(p.exists() and p.stat().st_size > 0 for p in written)
    if fmt in ("ttl", "jsonld", "nt"):
        parsed = rdflib.Graph().parse(
            path, format={"ttl": "turtle", "jsonld": "json-ld"}.get(fmt, "nt")
        )
        assert len(set(parsed.subjects(rdflib.RDF.type, ELI.LegalResource))) == len(graph.documents)
    elif fmt in ("graphml", "gexf"):
        g = nx.read_graphml(path) if fmt == "graphml" else nx.read_gexf(path)
        assert g.number_of_nodes() == len(graph.documents) + len(graph.organisations)
        assert g.number_of_edges() == len(graph.edges)
        some = next(iter(g.edges(data=True)))[2]
        assert json.loads(some["evidence"])[0]["sentence"]
    elif fmt == "json":
        data = json.loads(path.read_text("utf-8"))
        assert len(data["documents"]) == len(graph.documents)
        assert len(data["edges"]) == len(graph.edges)
    else:
        check_admin_csv(path, selection)


def check_admin_csv(folder: Path, selection: Selection) -> None:
    command = (folder / "import.txt").read_text("utf-8")
    delimiter = (
        ";" if "--array-delimiter=;" in command else command.split("--array-delimiter='")[1][0]
    )
    with (folder / "nodes_Document.csv").open(encoding="utf-8", newline="") as f:
        rows = list(csv.reader(f))
    assert rows[0][:2] == ["key:ID(Document)", ":LABEL"]
    assert "year:long" in rows[0] and "aliases:string[]" in rows[0]
    assert len(rows) - 1 == len(selection.graph.documents)
    aliases = rows[0].index("aliases:string[]")
    by_key = {r[0]: r for r in rows[1:]}
    for key, doc in selection.graph.documents.items():
        cell = by_key[key][aliases]
        assert (cell.split(delimiter) if cell else []) == doc.aliases
    edges = 0
    ids: set[int] = set()
    for path in folder.glob("relationships_*.csv"):
        with path.open(encoding="utf-8", newline="") as f:
            rel_rows = list(csv.reader(f))
        head = rel_rows[0]
        assert head[2] == ":TYPE" and head[0].startswith(":START_ID(")
        assert "sentences:string[]" not in head  # the evidence is in nodes_Evidence.csv
        counts = head.index("evidence_count:long")
        first = head.index("evidence:long")
        for row in rel_rows[1:]:
            ids.update(range(int(row[first]), int(row[first]) + int(row[counts])))
        edges += len(rel_rows) - 1
    assert edges == len(selection.graph.edges)
    with (folder / "nodes_Evidence.csv").open(encoding="utf-8", newline="") as f:
        evidence = list(csv.reader(f))
    assert evidence[0][:3] == [":ID(Evidence)", ":LABEL", "id:long"]
    assert {int(r[2]) for r in evidence[1:]} == ids  # every edge's evidence, and no other
    assert "--nodes=nodes_Document.csv" in command


def test_array_delimiter_avoids_the_data() -> None:
    assert choose_delimiter(["a", "b"]) == ";"
    assert choose_delimiter(["a;b"]) == "|"


def test_lineage_selection(selection: Selection) -> None:
    keys = lineage_keys(selection.graph, "33/CT-TTg", 1)
    assert "33/CT-TTg@2021" in keys
    assert any(k.startswith("1470-CV/TU@") for k in keys)
    sub = restrict(selection, keys)
    assert set(sub.graph.documents) | set(sub.graph.organisations) == keys
    assert all(e.source in keys and e.target in keys for e in sub.graph.edges.values())
    assert len(sub.graph.documents) < len(selection.graph.documents)


def test_export_command_writes_a_lineage(seeds_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "lineage.ttl"
    result = CliRunner().invoke(
        export_command,
        ["--format", "ttl", "-o", str(out), "--db", str(seeds_db), "--number", "33/2021/CT-TTg"],
    )
    assert result.exit_code == 0, result.output
    parsed = rdflib.Graph().parse(out, format="turtle")
    assert list(parsed.subjects(ELI.number, rdflib.Literal("33/2021/CT-TTg")))
    missing = CliRunner().invoke(
        export_command,
        ["--format", "json", "-o", str(out), "--db", str(seeds_db), "--number", "9/XX"],
    )
    assert missing.exit_code == 1 and "no document 9/XX" in missing.output


def test_sparql_command_outputs(seeds_db: Path) -> None:
    result = CliRunner().invoke(sparql_command, [IMPLEMENTERS_33, "--db", str(seeds_db), "--json"])
    assert result.exit_code == 0, result.output
    assert len(json.loads(result.output)) == 2
    bad = CliRunner().invoke(sparql_command, ["SELEKT nothing", "--db", str(seeds_db)])
    assert bad.exit_code == 1 and bad.output.startswith("Error: the query failed:")
