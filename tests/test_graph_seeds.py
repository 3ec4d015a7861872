"""`vanban load` of the seeds: every gold relation and statement, checked through Cypher."""

from __future__ import annotations

import shutil
from pathlib import Path

from conftest import vanban_cli as vanban

from vanban.queries.backend import EmbeddedBackend
from vanban.queries.evidence import with_evidence
from vanban.store import open_store


def source_ids(seeds_dir: Path) -> dict[str, str]:
    from vanban.loaders import read_paths

    return {Path(s.path).name: s.id for s in read_paths([seeds_dir])}


def node_match(name: str, var: str) -> tuple[str, dict]:
    """Cypher for a gold node: a number, "the Bắc Giang plan", or a body's name."""
    if name == "the Bắc Giang plan":
        return f"({var}:Document {{unnumbered: true, province: 'Bắc Giang'}})", {}
    if name.startswith("Thanh tra"):
        return f"({var}:Organisation {{name: ${var}}})", {var: name}
    return f"({var}:Document)", {var: name}


def where(name: str, var: str) -> str:
    if name == "the Bắc Giang plan" or name.startswith("Thanh tra"):
        return "true"
    return f"list_contains({var}.aliases, ${var})"


def gold_relations(seeds_gold):
    for seed in seeds_gold["seeds"]:
        for rel in seed["relations"]:
            yield seed["file"], rel


def test_every_gold_relation_is_an_edge_with_evidence_from_its_source(
    seeds_db, seeds_gold, seeds_dir
):
    ids = source_ids(seeds_dir)
    with open_store(seeds_db) as store:
        for file, rel in gold_relations(seeds_gold):
            a, pa = node_match(rel["from"], "a")
            b, pb = node_match(rel["to"], "b")
            types = "|".join(rel["type"])
            rows = store.query(
                f"MATCH {a}-[r:{types}]->{b} "
                f"WHERE {where(rel['from'], 'a')} AND {where(rel['to'], 'b')} "
                "RETURN label(r) AS relation, r.evidence AS evidence, "
                "r.evidence_count AS evidence_count",
                {**pa, **pb},
            )
            rows = with_evidence(EmbeddedBackend(store), rows)
            assert rows, (file, rel)
            assert any(ids[file] in row["sources"] for row in rows), (file, rel, rows)
            assert all(s.strip() for row in rows for s in row["sentences"])


def test_translations_back_the_same_nodes_and_edges(seeds_db, seeds_dir):
    ids = source_ids(seeds_dir)
    both = {ids["000_2b933cd2035c9b2e.txt"], ids["002_38580ef53a787c49.txt"]}
    with open_store(seeds_db) as store:
        rows = store.query(
            "MATCH (a:Document)-[r:IMPLEMENTS]->(b:Document) WHERE a.number = '1470-CV/TU' "
            "RETURN b.number AS target, r.evidence AS evidence, r.evidence_count AS evidence_count"
        )
        rows = with_evidence(EmbeddedBackend(store), rows)
    assert len(rows) == 5
    for row in rows:
        assert both <= set(row["sources"]), row


def test_both_spellings_of_directive_33_are_one_node_implemented_by_both_provinces(seeds_db):
    with open_store(seeds_db) as store:
        nodes = store.query(
            "MATCH (d:Document) WHERE list_contains(d.aliases, '33/CT-TTg') "
            "OR list_contains(d.aliases, '33/2021/CT-TTg') "
            "RETURN d.key AS key, d.aliases AS aliases"
        )
        assert len(nodes) == 1 and set(nodes[0]["aliases"]) == {"33/CT-TTg", "33/2021/CT-TTg"}
        implementers = store.query(
            "MATCH (x)-[:IMPLEMENTS]->(d:Document {key: $key}) "
            "RETURN x.number AS number, x.province AS province",
            {"key": nodes[0]["key"]},
        )
    assert {(r["number"], r["province"]) for r in implementers} == {
        ("1470-CV/TU", "Thanh Hóa"),
        (None, "Bắc Giang"),
    }


def test_217_and_218_are_implemented_from_both_provinces(seeds_db):
    with open_store(seeds_db) as store:
        for number in ("217-QĐ/TW", "218-QĐ/TW"):
            rows = store.query(
                "MATCH (x)-[:IMPLEMENTS]->(d:Document {number: $n}) RETURN x.province AS province",
                {"n": number},
            )
            assert {r["province"] for r in rows} == {"Bắc Giang", "Lâm Đồng"}, number


def test_organisations_and_levels(seeds_db):
    with open_store(seeds_db) as store:
        rows = store.query(
            "MATCH (d:Document)-[:ISSUED_BY]->(o:Organisation) "
            "RETURN d.number AS number, o.name AS body, d.level AS level, d.province_today AS today"
        )
    got = {r["number"]: r for r in rows}
    assert got["23-QĐ/TW"]["body"] == "Bộ Chính trị"
    assert got["114-KL/TW"]["body"] == "Ban Bí thư"
    assert got["33/2021/CT-TTg"]["body"] == "Thủ tướng Chính phủ"
    assert got["1470-CV/TU"]["body"] == "Ban Thường vụ Tỉnh ủy Thanh Hóa"
    assert got["1830-QĐ/ĐUK"]["body"] == "Đảng ủy Khối các cơ quan tỉnh Lâm Đồng"
    assert got["1830-QĐ/ĐUK"]["level"] == "provincial" and got["23-QĐ/TW"]["level"] == "central"
    assert got["88/KH-TTr"]["today"] == "Lâm Đồng"


def _graph_keys(db: Path) -> tuple[list, list]:
    with open_store(db) as store:
        nodes = sorted(r["k"] for r in store.query("MATCH (d:Document) RETURN d.key AS k"))
        nodes += sorted(r["k"] for r in store.query("MATCH (o:Organisation) RETURN o.key AS k"))
        edges = sorted(
            (r["a"], r["t"], r["b"], r["n"])
            for r in store.query(
                "MATCH (a)-[r]->(b) "
                "RETURN a.key AS a, label(r) AS t, b.key AS b, r.evidence_count AS n"
            )
        )
    return nodes, edges


def test_loading_twice_or_in_another_order_gives_the_same_graph(seeds_db, seeds_dir, tmp_path):
    first = _graph_keys(seeds_db)
    again = vanban("load", str(seeds_dir), "--db", str(seeds_db), "--json")
    assert '"unchanged": 5' in again.stdout
    assert _graph_keys(seeds_db) == first
    reordered = tmp_path / "reordered.db"
    for name in sorted((p.name for p in seeds_dir.iterdir()), reverse=True):
        result = vanban("load", str(seeds_dir / name), "--db", str(reordered))
        assert result.returncode == 0, result.stderr
    assert _graph_keys(reordered) == first


def test_a_changed_source_replaces_its_own_facts_only(seeds_dir, tmp_path):
    folder = tmp_path / "seeds"
    shutil.copytree(seeds_dir, folder)
    db = tmp_path / "g.db"
    assert vanban("load", str(folder), "--db", str(db)).returncode == 0
    before = _graph_keys(db)
    news = folder / "004_652fffe5363ece28.txt"
    news.write_text(news.read_text("utf-8").replace("1830-QD/DUK", "1831-QD/DUK"), "utf-8")
    result = vanban("load", str(folder), "--db", str(db), "--json")
    assert '"changed": 1' in result.stdout and '"unchanged": 4' in result.stdout
    nodes, edges = _graph_keys(db)
    assert not any(k.startswith("1830-") for k in nodes) and any(
        k.startswith("1831-") for k in nodes
    )
    assert set(before[0]) - set(nodes) == {k for k in before[0] if k.startswith("1830-")}


def test_titles_are_kept_per_language_and_shown_in_vietnamese(seeds_db):
    """23-QĐ/TW is quoted with its title in Ukrainian and Japanese only; the store keeps both
    and shows the official Vietnamese title. No title is made from a web address."""
    with open_store(seeds_db) as store:
        [row] = store.query(
            "MATCH (d:Document) WHERE d.number = '23-QĐ/TW' "
            "RETURN d.title AS title, d.titles AS titles, d.title_languages AS languages"
        )
        plans = store.query(
            "MATCH (d:Document {unnumbered: true, province: 'Bắc Giang'}) RETURN d.title AS title"
        )
    titles = dict(zip(row["languages"], row["titles"], strict=True))
    assert row["languages"][0] == "vi" and row["title"] == titles["vi"]
    assert "dân vận" in titles["vi"]
    assert "масової мобілізації" in titles["uk"]
    assert "大衆動員" in titles["ja"]
    assert plans and all("tiep tuc" not in p["title"] for p in plans)
