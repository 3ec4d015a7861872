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
