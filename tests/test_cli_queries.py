"""The everyday commands on the seeds and on the sample corpus, through the console script."""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path

import pytest
from conftest import vanban_cli as vanban


def as_json(*args: str):
    result = vanban(*args, "--json")
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def labels(tree: dict) -> list[dict]:
    out, todo = [], [tree]
    while todo:
        node = todo.pop()
        out.append(node)
        todo += node["children"]
    return out


@pytest.mark.parametrize("spelling", ["33/CT-TTg", "33/2021/CT-TTg", "33/ct-ttg"])
def test_lineage_down_of_directive_33_in_either_spelling(seeds_db, spelling):
    tree = as_json("lineage", spelling, "--down", "--db", str(seeds_db))
    assert tree["number"] == "33/2021/CT-TTg"
    below = {(n["number"], n["province"]) for n in tree["children"]}
    assert ("1470-CV/TU", "Thanh Hóa") in below
    assert (None, "Bắc Giang") in below  # the unnumbered Bắc Giang plan
    for child in tree["children"]:
        assert child["relation"] == "IMPLEMENTS" and child["direction"] == "down"
        assert child["evidence"] and all(e["sentence"] and e["path"] for e in child["evidence"])
    bac_giang = next(c for c in tree["children"] if c["province"] == "Bắc Giang")
    assert bac_giang["unnumbered"] and "không số" in bac_giang["title"]


def test_lineage_finds_a_number_typed_in_lower_case(seeds_db):
    tree = as_json("lineage", "23-qd/tw", "--db", str(seeds_db))
    assert tree["number"] == "23-QĐ/TW"


def test_implementers_by_province(seeds_db):
    rows = as_json("implementers", "217-QĐ/TW", "--by", "province", "--db", str(seeds_db))
    assert {r["province"] for r in rows} == {"Bắc Giang", "Lâm Đồng"}


def test_three_level_chain_of_the_sample_corpus_with_lags(example_db):
    tree = as_json("lineage", "33/CT-TTg", "--down", "--db", str(example_db))
    assert tree["level"] == "central"
    chains = [
        (child, grandchild)
        for child in tree["children"]
        for grandchild in child["children"]
        if child["level"] == "provincial"
        and grandchild["level"] == "district"
        and not grandchild["organisation"]  # a document, not the districts a decision orders
    ]
    assert len(chains) >= 3
    for child, grandchild in chains:
        assert isinstance(child["lag_days"], int) and child["lag_days"] > 0
        assert isinstance(grandchild["lag_days"], int) and grandchild["lag_days"] > 0
        assert grandchild["date"] > child["date"] > tree["date"]
    pairs = {(c["number"], g["number"]) for c, g in chains}
    assert ("52/KH-UBND", "63/KH-UBND") in pairs


def test_the_tree_view_shows_lags_and_evidence(example_db):
    result = vanban("lineage", "33/CT-TTg", "--down", "--db", str(example_db))
    assert result.returncode == 0
    assert "└─ ↓ IMPLEMENTS  ✓  63/KH-UBND" in result.stdout  # ✓: it implements the root
    assert " days" in result.stdout and "“" in result.stdout


COMMANDS = [
    ["lineage", "33/CT-TTg"],
    ["implementers", "33/CT-TTg", "--by", "level"],
    ["implementers", "33/CT-TTg", "--by", "issuer"],
    ["coverage"],
    ["coverage", "--central-only"],
    ["show", "33/CT-TTg"],
    ["search", "dan van"],
    ["stats"],
    ["unresolved"],
    ["cypher", "--list"],
    ["cypher", "--name", "most_implemented", "--param", "limit=5"],
    ["cypher", "MATCH (d:Document) RETURN d.number AS number LIMIT 3"],
]


@pytest.mark.parametrize("command", COMMANDS, ids=lambda c: " ".join(c))
def test_every_command_writes_valid_json_and_csv(example_db, command):
    as_json(*command, "--db", str(example_db))
    result = vanban(*command, "--db", str(example_db), "--csv")
    assert result.returncode == 0, result.stderr
    rows = list(csv.reader(io.StringIO(result.stdout)))
    assert rows and len({len(r) for r in rows}) == 1
    nl = vanban(*command, "--db", str(example_db), "--nl")
    assert all(isinstance(json.loads(line), dict) for line in nl.stdout.splitlines())


def test_unknown_number_suggests_near_ones(seeds_db):
    result = vanban("lineage", "232-QĐ/TW", "--db", str(seeds_db))
    assert result.returncode == 1
    assert result.stderr.strip().count("\n") == 0
    assert "no document 232-QĐ/TW" in result.stderr and "did you mean" in result.stderr


def test_a_number_of_two_years_asks_which(tmp_path, seeds_dir):
    (tmp_path / "texts").mkdir()
    for seed in seeds_dir.iterdir():
        (tmp_path / "texts" / seed.name).write_bytes(seed.read_bytes())
    (tmp_path / "texts" / "later.txt").write_text(
        "Thủ tướng Chính phủ đã ban hành Chỉ thị số 33/CT-TTg ngày 06/11/2025 về đẩy mạnh tiến độ.",
        encoding="utf-8",
    )
    db = str(tmp_path / "g.db")
    assert vanban("load", str(tmp_path / "texts"), "--db", db).returncode == 0
    result = vanban("lineage", "33/CT-TTg", "--db", db)
    assert result.returncode == 1
    assert "fits 2 documents" in result.stderr and "--year" in result.stderr
    assert "2021-11-26" in result.stderr and "2025-11-06" in result.stderr
    assert as_json("lineage", "33/CT-TTg", "--year", "2021", "--db", db)["date"] == "2021-11-26"
    assert (
        as_json("lineage", "33/CT-TTg", "--date", "2025-11-06", "--db", db)["date"] == "2025-11-06"
    )
    # seed 001's undated mention is weighed to the 2021 directive (Bắc Giang issued nothing
    # after June 2025), so nothing is left open; tests/test_collisions.py covers the rest
    listed = as_json("unresolved", "--db", db)
    assert not any(r["reference"] == "33/CT-TTg" and r["kind"] == "ambiguous" for r in listed)


def test_an_undated_number_names_the_files_it_was_read_from(tmp_path):
    (tmp_path / "texts").mkdir()
    plan = tmp_path / "texts" / "plan.txt"
    plan.write_text(
        "UBND TỈNH BẮC NINH\n\nKẾ HOẠCH\n\nThực hiện Chỉ thị số 45-CT/TW của Ban Bí thư về "
        "công tác phòng, chống thiên tai, Ủy ban nhân dân tỉnh ban hành kế hoạch.\n",
        encoding="utf-8",
    )
    db = str(tmp_path / "g.db")
    assert vanban("load", str(tmp_path / "texts"), "--db", db).returncode == 0
    listed = as_json("unresolved", "--db", db)
    undated = [r for r in listed if r["kind"] == "undated"]
    assert [r["reference"] for r in undated] == ["45-CT/TW"]
    # the file to open for the year the text leaves out
    assert [Path(p).name for p in undated[0]["sources"]] == ["plan.txt"]


def test_missing_store_says_how_to_build_one(tmp_path):
    result = vanban("stats", "--db", str(tmp_path / "none.db"))
    assert result.returncode == 1
    assert "vanban load" in result.stderr and result.stderr.strip().count("\n") == 0


def test_bad_cypher_is_one_line(example_db):
    result = vanban("cypher", "MATCH (d:Nope) RETURN d", "--db", str(example_db))
    assert result.returncode == 1 and "the query failed" in result.stderr


# -- one chain of implementation (queries/chain.py) for lineage and implementers ---------


def _implementing_nodes(db, number: str) -> set[str]:
    tree = as_json("lineage", number, "--down", "--db", str(db))
    return {n["number"] or n["title"] for n in labels(tree)[1:] if n["implementing"]}


def _implementer_documents(db, number: str) -> set[str]:
    rows = as_json("implementers", number, "--by", "issuer", "--db", str(db))
    return {d for r in rows for d in r["documents"]}


def test_a_document_that_rests_on_and_implements_another_is_an_implementer(tvpl_db):
    # 4347/QĐ-BVHTTDL was the case seen: a provincial decision both rests on it (Căn cứ)
    # and carried it out; the lineage showed only BASED_ON (the first relation by name)
    # while the implementers listed it. Any such pair of the real corpus must now show both.
    from vanban.queries.backend import EmbeddedBackend

    with EmbeddedBackend.open(tvpl_db) as backend:
        pairs = backend.query(
            "MATCH (x:Document)-[:BASED_ON]->(d:Document), "
            "(x)-[:IMPLEMENTS|GUIDES|CONTINUES]->(d) WHERE x.number IS NOT NULL "
            "AND d.number IS NOT NULL RETURN x.number AS xn, d.number AS dn, d.year AS year "
            "ORDER BY dn, xn LIMIT 1"
        )
    assert pairs, "the real corpus holds documents that rest on what they implement"
    pair = pairs[0]
    tree = as_json(
        "lineage", pair["dn"], "--year", str(pair["year"]), "--down", "--db", str(tvpl_db)
    )
    node = next(n for n in tree["children"] if n["number"] == pair["xn"])
    assert node["relations"][0] in ("IMPLEMENTS", "GUIDES", "CONTINUES")
    assert "BASED_ON" in node["relations"] and node["implementing"]
    only_based = [n for n in tree["children"] if n["relations"] == ["BASED_ON"]]
    assert not any(n["implementing"] for n in only_based)


def test_lineage_and_implementers_agree_on_every_implemented_document(tvpl_db):
    # The functions the two commands call, on every implemented document of the corpus.
    from vanban.queries.backend import EmbeddedBackend
    from vanban.queries.lineage import lineage
    from vanban.queries.reports import implementers

    with EmbeddedBackend.open(tvpl_db) as backend:
        keys = [
            r["key"]
            for r in backend.query(
                "MATCH ()-[:IMPLEMENTS|GUIDES|CONTINUES]->(d:Document) RETURN DISTINCT d.key AS key"
            )
        ]
        assert len(keys) > 20
        for key in keys:
            for depth in (1, 6):
                tree = lineage(backend, key, "down", depth)
                marked = sorted(n.label for n in tree.walk() if n.implementing)
                rows = implementers(backend, key, "issuer", depth)
                assert marked == sorted(d for r in rows for d in r["documents"]), (key, depth)


def test_the_definition_is_printed_under_the_answers_and_in_help(seeds_db):
    from vanban.queries.chain import chain_note

    note = chain_note()
    for args in (["lineage", "33/CT-TTg"], ["implementers", "33/CT-TTg"], ["coverage"]):
        result = vanban(*args, "--db", str(seeds_db))
        assert result.returncode == 0, result.stderr
        # the note is wrapped to the terminal's width
        assert " ".join(result.stdout.split()).endswith(" ".join(note.split())), args
    for command in ("lineage", "implementers"):
        shown = " ".join(vanban(command, "--help").stdout.split())
        assert "IMPLEMENTS, GUIDES or CONTINUES" in shown and "BASED_ON" in shown, command


# -- no silent empty answers ------------------------------------------------------------


def test_a_named_query_without_its_parameter_is_an_error_naming_it(seeds_db):
    result = vanban("cypher", "--name", "lineage_down", "--db", str(seeds_db))
    assert result.returncode == 1 and "number" in result.stderr and "-p number=" in result.stderr
    unknown = vanban(
        "cypher",
        "--name",
        "lineage_down",
        "-p",
        "number=33/CT-TTg",
        "-p",
        "nmber=1",
        "--db",
        str(seeds_db),
    )
    assert unknown.returncode == 1 and "nmber" in unknown.stderr
    raw = vanban(
        "cypher", "MATCH (d:Document) WHERE d.number = $n RETURN d.key", "--db", str(seeds_db)
    )
    assert raw.returncode == 1 and "-p n=" in raw.stderr


@pytest.mark.parametrize("spelling", ["Thanh Hoa", "THANH HÓA", "tỉnh Thanh Hóa", "thanh hoa"])
def test_a_province_parameter_in_any_spelling(seeds_db, spelling):
    args = ["cypher", "--name", "province_implements", "--db", str(seeds_db)]
    canonical = as_json(*args, "-p", "province=Thanh Hóa")
    assert canonical
    assert as_json(*args, "-p", f"province={spelling}") == canonical


def test_an_unknown_province_is_an_error_with_suggestions(seeds_db, tmp_path):
    args = ["cypher", "--name", "province_implements", "-p", "province=Thanh Hao"]
    result = vanban(*args, "--db", str(seeds_db))
    assert result.returncode == 1 and "Thanh Hóa" in result.stderr
    page = tmp_path / "atlantis.html"
    view = vanban("view", "--all", "--province", "Atlantis", "-o", str(page), "--db", str(seeds_db))
    assert view.returncode == 2 and "no province 'Atlantis'" in view.stderr
    assert not page.exists()


def test_view_province_spellings_agree_and_an_empty_slice_is_an_error(seeds_db, tmp_path):
    summaries = []
    for spelling in ("Thanh Hóa", "Thanh Hoa"):
        page = tmp_path / f"{spelling}.html"
        result = vanban(
            "view", "--all", "--province", spelling, "-o", str(page), "--db", str(seeds_db)
        )
        assert result.returncode == 0, result.stderr
        summaries.append(result.stdout.split(":", 1)[1])
    assert summaries[0] == summaries[1]
    empty = tmp_path / "empty.html"
    args = ["view", "--all", "--province", "Ha Noi", "--from", "2099", "-o", str(empty)]
    result = vanban(*args, "--db", str(seeds_db))
    assert result.returncode == 1 and "no document" in result.stderr and not empty.exists()


def test_coverage_cells_are_dates_or_say_undated(seeds_db):
    # The Bắc Giang plan that implements the mass-mobilisation directive has no date: its
    # cell said "yes" among dates; now it says so.
    rows = as_json("coverage", "--db", str(seeds_db))
    cells = [v for r in rows for k, v in r.items() if k not in ("document", "level", "date")]
    values = [v for v in cells if isinstance(v, str)]
    assert "undated" in values and "yes" not in values
    assert all(v == "undated" or re.fullmatch(r"\d{4}-\d\d-\d\d", v) for v in values)
