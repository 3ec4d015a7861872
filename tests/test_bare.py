"""Documents named by type and number alone, their number not told whole
(vanban.extract.bare): the module's own examples, what the pipeline and the load make of
them."""

from __future__ import annotations

import pytest

from vanban.extract.bare import COUNTER_EXAMPLES, EXAMPLES, find_bare
from vanban.extract.pipeline import extract_text
from vanban.extract.read_facts import source_facts
from vanban.extract.relate import relate
from vanban.graph.resolve import build_graph
from vanban.loaders import Source, read_paths


@pytest.mark.parametrize(("text", "surface"), EXAMPLES)
def test_every_example_is_found_as_written(text, surface):
    assert [r.surface for r in find_bare(text, [])] == [surface]


@pytest.mark.parametrize("text", COUNTER_EXAMPLES)
def test_no_counter_example_is_a_bare_mention(text):
    _, refs = extract_text(text)
    assert [r.surface for r in refs if r.kind == "short" and r.canonical is None] == []


def test_a_bare_mention_takes_its_relation_and_no_other_reference_is_lost():
    """Blind round F: "Ban Thường vụ Tỉnh ủy vừa ban hành Kế hoạch số 37 tiếp tục thực hiện
    Chỉ thị số 05 …": both are references; a number found whole, or a short form of one, is
    not a bare mention."""
    text = (
        "Thực hiện Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị, Ban Thường vụ Tỉnh ủy "
        "ban hành Kế hoạch số 37 về việc học tập và làm theo tư tưởng, đạo đức, phong cách Hồ "
        "Chí Minh.\n\nCác cấp ủy triển khai thực hiện Kế hoạch số 37 và tiếp tục thực hiện Chỉ "
        "thị số 05 trong năm 2021.\n"
    )
    document, refs = extract_text(text)
    assert [(r.surface, r.canonical, r.kind) for r in refs] == [
        ("05-CT/TW", "05-CT/TW", "number"),
        ("Kế hoạch số 37", None, "short"),
        ("Kế hoạch số 37", None, "short"),
        ("Chỉ thị số 05", "05-CT/TW", "short"),
    ]
    own = {s.object: s.relation for s in relate(text, refs, "vi") if s.subject is None}
    assert own[0] == "IMPLEMENTS"
    assert own[2] == "IMPLEMENTS"  # "triển khai thực hiện Kế hoạch số 37"


def test_the_graph_makes_no_node_of_a_bare_mention_and_counts_it(tmp_path):
    """The graph keys documents by number: a bare mention is counted, and makes no node nor
    edge; the whole number beside it does."""
    (tmp_path / "kh.txt").write_text(
        "ỦY BAN NHÂN DÂN\nTỈNH LẠNG SƠN\nSố: 54/KH-UBND\nLạng Sơn, ngày 27 tháng 3 năm 2020\n\n"
        "KẾ HOẠCH\n\nThực hiện Nghị quyết số 12 và Quyết định số 1896/QĐ-TTg ngày 25/12/2019 "
        "của Thủ tướng Chính phủ, UBND tỉnh ban hành Kế hoạch như sau.\n",
        encoding="utf-8",
    )
    sources = [s for s in read_paths([str(tmp_path)]) if isinstance(s, Source)]
    facts = [source_facts(s) for s in sources]
    assert [m["surface"] for m in facts[0]["mentions"]] == [
        "54/KH-UBND",
        "Nghị quyết số 12",
        "1896/QĐ-TTg",
    ]
    graph = build_graph(facts)
    assert graph.resolution.get("a number written without its code") == 1
    edges = sorted((e.relation, e.target) for e in graph.edges.values())
    assert [edge for edge in edges if edge[0] != "ISSUED_BY"] == [
        ("IMPLEMENTS", "1896/QĐ-TTg@2019")
    ]


def test_the_bare_number_a_pages_lead_issues_is_the_pages_own():
    """Blind round S: "Bộ Nội vụ đã ban hành Công văn số 1814 nhằm hướng dẫn … Nghị định
    178/2024/NĐ-CP": the page speaks for the letter its lead issues, so the letter's bare
    mention is its own (no relation), and the letter guides the decree. A later bare mention
    of another letter is another document's."""
    text = (
        "Sở Tài chính đã ban hành Công văn số 2210 nhằm hướng dẫn việc triển khai Nghị định "
        "178/2024/NĐ-CP về chính sách đối với cán bộ. Công văn cũng nhắc lại nội dung của "
        "Công văn số 1950 của Sở Nội vụ.\n"
    )
    doc, refs = extract_text(text)
    assert (doc.number, doc.type_code) == (None, "CV")
    assert [(r.surface, r.self) for r in refs if r.canonical is None] == [
        ("Công văn số 2210", True),
        ("Công văn số 1950", False),
    ]
    own = relate(text, refs, "vi", doc.number, doc.reported)
    assert [(refs[s.object].surface, s.relation) for s in own if s.subject is None] == [
        ("178/2024/NĐ-CP", "GUIDES"),
        ("Công văn số 1950", "CITES"),
    ]
