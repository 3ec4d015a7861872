"""Every named query runs on the embedded store; twins agree on what both can answer."""

from __future__ import annotations

import pytest

from vanban.queries import library
from vanban.queries.backend import EmbeddedBackend

SAMPLE_PARAMS = {
    "number": "33/CT-TTg",
    "from": "63/KH-UBND",
    "to": "23-QĐ/TW",
    "province": "Thanh Hóa",
    "limit": 10,
    "key": "33/CT-TTg@2021",
    "keys": ["33/CT-TTg@2021", "52/KH-UBND@2022@Thanh Hóa"],
    "ids": [],
    "evidence_ids": [0, 1, 2],
    "relations": ["IMPLEMENTS", "GUIDES"],
}


def test_every_query_has_a_header_and_a_spelling_for_each_engine():
    for name in library.names():
        for dialect in library.DIALECTS:
            query = library.get(name, dialect)
            assert query.description, query.filename
            for param in query.params:
                assert param in SAMPLE_PARAMS, (query.filename, param)


@pytest.mark.parametrize("name", library.names())
def test_named_query_runs_on_the_embedded_store(example_db, name):
    query = library.get(name, "ladybug")
    params = {k: SAMPLE_PARAMS[k] for k in query.params}
    with EmbeddedBackend.open(example_db) as backend:
        rows = library.run(backend, name, **params)
    assert isinstance(rows, list)
    if name in ("lineage_down", "implementers", "coverage", "stats", "documents", "path_between"):
        assert rows, name


def test_lineage_down_reaches_the_district(example_db):
    with EmbeddedBackend.open(example_db) as backend:
        rows = library.run(backend, "lineage_down", number="33/CT-TTg")
    steps = {r["document"]: r["steps"] for r in rows}
    assert steps["52/KH-UBND"] == 1 and steps["63/KH-UBND"] == 2


def test_path_between_a_district_plan_and_the_politburo_decision(example_db):
    with EmbeddedBackend.open(example_db) as backend:
        (row,) = library.run(backend, "path_between", **{"from": "63/KH-UBND", "to": "23-QĐ/TW"})
    assert row["chain"][0] == "63/KH-UBND" and row["chain"][-1] == "23-QĐ/TW"
    assert row["steps"] == len(row["relations"])


def test_every_named_query_walking_implementation_uses_the_one_chain():
    import re

    from vanban.queries.chain import CHAIN_STEPS, IMPLEMENTING

    pattern = re.compile(r"\[\w*:([A-Z_|]+)(\*1\.\.(\d+))?\]")
    walking = 0
    for query in library.all_queries():
        for relations, _, steps in pattern.findall(query.text):
            kinds = set(relations.split("|"))
            # children, parents and stats name one relation at a time, on purpose
            if "IMPLEMENTS" not in kinds or query.name in ("children", "parents", "stats"):
                continue
            walking += 1
            chain = kinds - {"BASED_ON"} if query.name == "lineage_up" else kinds
            assert chain == set(IMPLEMENTING), query.filename
            assert not steps or int(steps) == CHAIN_STEPS, query.filename
    assert walking >= 5


def test_the_parameters_a_query_uses_are_the_ones_its_header_declares():
    for query in library.all_queries():
        assert library.referenced_params(query.text) == set(query.params), query.filename


def test_a_missing_or_unknown_parameter_is_refused_before_running():
    with pytest.raises(library.ParameterError, match="number"):
        library.check_params(library.get("lineage_down", "ladybug").text, {}, "lineage_down")
    with pytest.raises(library.ParameterError, match="limt"):
        library.check_params(
            library.get("most_cited", "ladybug").text, {"limit": 3, "limt": 3}, "most_cited"
        )
    text = "MATCH (d:Document) WHERE d.title = '$not' AND d.key = $key // $neither\nRETURN d"
    assert library.referenced_params(text) == {"key"}


@pytest.mark.parametrize(
    ("typed", "canonical"),
    [("Thanh Hoa", "Thanh Hóa"), ("HA NOI", "Hà Nội"), ("tỉnh Bắc Giang", "Bắc Giang")],
)
def test_province_parameters_are_read_in_any_spelling(typed, canonical):
    query = library.get("province_implements", "ladybug")
    assert library.prepare_params(query, {"province": typed}) == {"province": canonical}


def test_an_unknown_province_names_the_nearest():
    with pytest.raises(library.ParameterError, match="Thanh Hóa"):
        library.canonical_province("Thanh Hao")
