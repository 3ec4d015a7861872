"""One node per real document: periods, provinces, and references that stay unresolved."""

from __future__ import annotations

import pytest

from vanban.graph.facts import source_facts
from vanban.graph.resolve import build_graph, period_of
from vanban.loaders import read_paths


@pytest.fixture(scope="module")
def seed_facts(seeds_dir):
    return [source_facts(s) for s in read_paths([seeds_dir])]


@pytest.fixture(scope="module")
def tvpl_facts(seeds_dir):
    return [source_facts(s) for s in read_paths([seeds_dir.parent / "real" / "tvpl.jsonl"])]


def _mention(**fields):
    base = {
        "family": "state",
        "number": "33",
        "type_code": "CT",
        "issuers": ["TTg"],
        "year": None,
        "date": None,
    }
    return {**base, **fields}


@pytest.mark.parametrize(
    ("fields", "period"),
    [
        ({"year": 2021}, "2021"),
        ({"family": "party", "type_code": "NQ", "issuers": ["TW"], "date": "2017-10-25"}, "XII"),
        ({"family": "party", "type_code": "NQ", "issuers": ["TW"], "date": "2022-06-16"}, "XIII"),
        ({"family": "party", "type_code": "KL", "issuers": ["TW"], "year": 2021}, None),
        ({"family": "party", "type_code": "KL", "issuers": ["TW"], "year": 2023}, "XIII"),
        (
            {"family": "party", "type_code": "CV", "issuers": ["TU"], "date": "2024-02-22"},
            "2020-2025",
        ),
    ],
)
def test_numbering_periods(fields, period):
    assert period_of(_mention(**fields)) == period


def test_party_18_nq_tw_of_two_terms_are_two_documents():
    text_a = "Thực hiện Nghị quyết số 18-NQ/TW ngày 25/10/2017 của Ban Chấp hành Trung ương."
    text_b = "Thực hiện Nghị quyết số 18-NQ/TW ngày 16/6/2022 của Ban Chấp hành Trung ương."
    from vanban.loaders.source import content_id, make_source

    facts = [
        source_facts(make_source(f"{i}.txt", "txt", t)) for i, t in enumerate([text_a, text_b])
    ]
    assert content_id(text_a) != content_id(text_b)
    graph = build_graph(facts)
    keys = sorted(k for k in graph.documents if k.startswith("18-NQ/TW"))
    assert keys == ["18-NQ/TW@XII", "18-NQ/TW@XIII"]


def test_tvpl_resolution_report(tvpl_facts):
    graph = build_graph(tvpl_facts)
    stats = graph.resolution
    total = sum(stats.values())
    print(
        f"\ntvpl: {total} references; " + ", ".join(f"{k}: {v}" for k, v in sorted(stats.items()))
    )
    assert total > 3000
    assert stats.get("ambiguous", 0) == len({(u.source, u.start) for u in graph.unresolved})
    for u in graph.unresolved:
        assert len(u.candidates) >= 2 and u.reason


def test_directive_33_of_2025_makes_the_undated_mention_ambiguous(seed_facts, tvpl_facts):
    seeds_only = build_graph(seed_facts)
    assert not seeds_only.unresolved
    together = build_graph(seed_facts + tvpl_facts)
    cases = [u for u in together.unresolved if u.canonical == "33/CT-TTg"]
    assert cases, "the undated 33/CT-TTg of seed 001 should no longer be joined silently"
    for u in cases:
        assert u.candidates == ["33/CT-TTg@2021", "33/CT-TTg@2025"]
        assert "no date or year" in u.reason


def test_graph_does_not_depend_on_order(seed_facts):
    forward = build_graph(seed_facts)
    backward = build_graph(list(reversed(seed_facts)))
    assert sorted(forward.documents) == sorted(backward.documents)
    assert sorted(forward.edges) == sorted(backward.edges)


def test_networkx_view(seed_facts):
    from vanban.graph.nx import to_networkx

    g = to_networkx(build_graph(seed_facts))
    target = next(n for n, d in g.nodes(data=True) if "33/CT-TTg" in (d.get("aliases") or []))
    implementers = {u for u, _, k in g.in_edges(target, keys=True) if k == "IMPLEMENTS"}
    assert len(implementers) == 2
    for _, _, data in g.in_edges(target, data=True):
        assert data["evidence"] and data["evidence"][0]["sentence"]
