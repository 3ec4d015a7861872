"""One node per real document: periods, provinces, and references that stay unresolved."""

from __future__ import annotations

import pytest

from vanban.extract.read_facts import source_facts
from vanban.graph.resolve import (
    FORWARD_RELATIONS,
    IMPOSSIBLE,
    SAMPLE_FIELDS,
    Resolver,
    build_graph,
    dated_before,
    period_of,
)
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
        (  # a provincial term before 2010: "Nghị quyết số 01-NQ/TU ngày 17/11/2008"
            {"family": "party", "type_code": "NQ", "issuers": ["TU"], "date": "2008-11-17"},
            "2005-2010",
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


def test_a_number_of_before_1998_is_one_document_however_it_is_hyphened():
    """ "Nghị định số 61-CP" and "Nghị định số 61/CP" of the same day are one decree."""
    from vanban.loaders.source import make_source

    texts = [
        "Căn cứ Nghị định số 61-CP ngày 05 tháng 7 năm 1994 của Chính phủ về mua bán nhà ở;",
        "Thực hiện Nghị định số 61/CP ngày 05/7/1994 của Chính phủ, Bộ hướng dẫn như sau.",
    ]
    graph = build_graph(
        [source_facts(make_source(f"{i}.txt", "txt", t)) for i, t in enumerate(texts)]
    )
    keys = [k for k in graph.documents if k.startswith("61")]
    assert len(keys) == 1, keys
    citing = {source for source, _, target in graph.edges if target == keys[0]}
    assert len(citing) == 2


def test_tvpl_resolution_report(tvpl_facts):
    graph = build_graph(tvpl_facts)
    stats = graph.resolution
    total = sum(stats.values())
    print(
        f"\ntvpl: {total} references; " + ", ".join(f"{k}: {v}" for k, v in sorted(stats.items()))
    )
    assert total > 3000
    ambiguous = [u for u in graph.unresolved if not u.reason.startswith(IMPOSSIBLE)]
    assert stats.get("ambiguous", 0) == len({(u.source, u.start) for u in ambiguous})
    for u in ambiguous:
        assert len(u.candidates) >= 2 and u.reason
    # an edge whose subject is dated before its target is set aside, never kept
    impossible = [u for u in graph.unresolved if u.reason.startswith(IMPOSSIBLE)]
    assert stats.get(f"set aside: {IMPOSSIBLE}", 0) >= len(impossible)
    for u in impossible:
        assert u.subject and u.sentence and u.candidates == []
        subject = graph.documents[u.subject]
        assert subject.key in u.reason and str(subject.year) in u.reason
        kept = [
            t
            for s, r, t in graph.edges
            if (s, r) == (u.subject, u.relation) and graph.documents[t].number == u.canonical
        ]
        assert kept == [], u
    for edge in graph.edges.values():
        if edge.relation in FORWARD_RELATIONS:
            assert (
                dated_before(graph.documents.get(edge.source), graph.documents.get(edge.target))
                is None
            ), edge.key


def test_the_undated_33_ct_ttg_of_seed_001_is_weighed_to_the_2021_directive(seed_facts, tvpl_facts):
    """tvpl.jsonl dates a second 33/CT-TTg (06/11/2025); the Bắc Giang report's undated
    mention cannot mean it: Bắc Giang's bodies issued nothing after 30 June 2025."""
    seeds_only = build_graph(seed_facts)
    assert not seeds_only.unresolved
    together = build_graph(seed_facts + tvpl_facts)
    assert not [u for u in together.unresolved if u.canonical == "33/CT-TTg"]
    assert "33/CT-TTg@2025" in together.documents
    assert "33/CT-TTg@2022" not in together.documents  # no phantom from a plan's date
    bac_giang = [
        (edge, ev)
        for edge in together.edges.values()
        for ev in edge.evidence
        if edge.target == "33/CT-TTg@2021" and ev.surface == "33/CT-TTg"
    ]
    assert bac_giang
    for edge, ev in bac_giang:
        assert edge.source.startswith("unnumbered:")
        assert "identity: weighed by time (0.90)" in ev.rule


def test_graph_does_not_depend_on_order(seed_facts):
    forward = build_graph(seed_facts)
    backward = build_graph(list(reversed(seed_facts)))
    assert sorted(forward.documents) == sorted(backward.documents)
    assert sorted(forward.edges) == sorted(backward.edges)


def test_evidence_of_one_rule_and_identity_shares_one_rule_text(seed_facts):
    # A load makes a million evidences at 100k documents; their rules are a few hundred
    # texts, each made once and shared, not one string an evidence.
    graph = build_graph(seed_facts)
    rules: dict[str, list[str]] = {}
    for edge in graph.edges.values():
        for evidence in edge.evidence:
            rules.setdefault(evidence.rule, []).append(evidence.rule)
    shared = [same for same in rules.values() if len(same) > 1]
    assert shared, "the seeds give several edges of one rule"
    assert all(all(rule is same[0] for rule in same) for same in shared)


def test_documents_share_their_equal_texts_and_lists(seed_facts):
    # Hundreds of thousands of documents at 100k: a key, period or province each made its
    # own string, and its issuers and title languages their own lists of the same few.
    graph = build_graph(seed_facts)
    documents = list(graph.documents.values())
    for field in ("period", "province", "level", "issuers", "title_languages"):
        first: dict[object, object] = {}
        equal = 0
        for document in documents:
            value = getattr(document, field)
            if not value or document.unnumbered or document.key.startswith("name:"):
                continue  # (a document of a name or of no number is made once, elsewhere)
            known = first.setdefault(repr(value), value)
            if known is not value:
                assert known == value
                raise AssertionError(f"{field} {value!r} is held twice")
            equal += 1
        assert equal > len(first), f"the seeds give several documents of one {field}"
    ends = [key for edge in graph.edges.values() for key in (edge.source, edge.target)]
    keys = {key: key for key in graph.documents}
    assert all(keys[end] is end for end in ends if end in keys)


def test_a_document_keeps_of_its_sample_mention_only_what_it_reads(seed_facts):
    # The whole mention was kept, with its sentence and spans, past its source's
    # resolution (at 30k documents, 126k mentions and 100 MiB of dicts as it finished).
    ordered = sorted(seed_facts, key=lambda f: f["source"]["id"])
    resolver = Resolver()
    for facts in ordered:
        resolver.learn(facts)
    for facts in ordered:
        resolver.profile(facts)
    first: dict[str, dict] = {}  # each document's first mention, as `add_source` notes it
    for facts in ordered:
        resolver.add_source(facts)
        for key, noted in resolver.noted.items():
            first.setdefault(key, noted.sample)
    samples = {key: d.sample for key, d in resolver.docs.items() if d.sample is not None}
    assert len(samples) > 10
    for key, sample in samples.items():
        assert list(sample) == list(SAMPLE_FIELDS)
        assert sample is first[key]  # the first one noted, as before
    mentions = [m for facts in ordered for m in facts["mentions"]]
    kept = [tuple(map(m.get, SAMPLE_FIELDS)) for m in mentions]  # (issuers: a list)
    assert all(tuple(s.values()) in kept for s in samples.values())


def test_networkx_view(seed_facts):
    from vanban.graph.nx import to_networkx

    g = to_networkx(build_graph(seed_facts))
    target = next(n for n, d in g.nodes(data=True) if "33/CT-TTg" in (d.get("aliases") or []))
    implementers = {u for u, _, k in g.in_edges(target, keys=True) if k == "IMPLEMENTS"}
    assert len(implementers) == 2
    for _, _, data in g.in_edges(target, data=True):
        assert data["evidence"] and data["evidence"][0]["sentence"]


def test_a_date_contradicting_the_numbers_year_is_a_warning_not_a_new_document():
    from vanban.loaders.source import make_source

    texts = [
        "Căn cứ Nghị định số 59/2023/NĐ-CP ngày 14/8/2022 của Chính phủ.",
        "Căn cứ Nghị định số 59/2023/NĐ-CP ngày 14/8/2023 của Chính phủ.",
        "Kế hoạch số 52/KH-UBND ngày 01/3/2022 thực hiện Chỉ thị số 33/CT-TTg ngày 26/11/2021.",
    ]
    facts = [source_facts(make_source(f"{i}.txt", "txt", t)) for i, t in enumerate(texts)]
    graph = build_graph(facts)
    decrees = sorted(k for k in graph.documents if k.startswith("59/"))
    assert decrees == ["59/NĐ-CP@2023"]
    assert graph.documents["59/NĐ-CP@2023"].date == "2023-08-14"
    assert graph.resolution["warning: a date contradicts the year in the number"] == 1
    assert sorted(k for k in graph.documents if k.startswith("33/")) == ["33/CT-TTg@2021"]


def test_a_law_named_without_a_known_number_is_a_node_of_its_name(tmp_path):
    from vanban.loaders.source import Source, content_id

    def text(number: str) -> str:
        return (
            f"ỦY BAN NHÂN DÂN TỈNH HÀ TĨNH\nSố: {number}/2031/QĐ-UBND\n\nQUYẾT ĐỊNH\n"
            "Căn cứ Luật Thủ đô Điện tử năm 2030;\nQUYẾT ĐỊNH:\nĐiều 1. Ban hành quy chế.\n"
        )

    sources = [
        Source(content_id(t), f"{n}.txt", "txt", t, "vi") for n in ("7", "8") for t in [text(n)]
    ]
    graph = build_graph(source_facts(s) for s in sources)
    named = [d for d in graph.documents.values() if d.key.startswith("name:")]
    assert [(d.title, d.number, d.year) for d in named] == [("Luật Thủ đô Điện tử", None, 2030)]
    based = {e.source for e in graph.edges.values() if e.relation == "BASED_ON"}
    assert len(based) == 2  # both decisions rest on the one named node
    assert all(e.target == named[0].key for e in graph.edges.values() if e.relation == "BASED_ON")


def test_the_constitution_by_any_of_its_names_is_the_one_in_force_when_cited():
    from vanban.loaders.source import make_source

    def decision(number: int, day: str, basis: str) -> str:
        return (
            f"ỦY BAN NHÂN DÂN TỈNH HÀ TĨNH\nSố: {number}/QĐ-UBND\nHà Tĩnh, {day}\n\nQUYẾT "
            f"ĐỊNH\nCăn cứ {basis};\nQUYẾT ĐỊNH:\nĐiều 1. Ban hành quy chế.\n"
        )

    texts = [  # on the real corpus these were three nodes: hien-phap, its title, @2013
        decision(
            1, "ngày 05 tháng 3 năm 2020", "Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam"
        ),
        decision(2, "ngày 10 tháng 6 năm 2025", "Hiến pháp"),
        decision(3, "ngày 12 tháng 1 năm 2016", "Hiến pháp năm 2013"),
        decision(4, "ngày 20 tháng 5 năm 2005", "Hiến pháp"),  # the 1992 one then
    ]
    sources = [make_source(f"{i}.txt", "txt", t) for i, t in enumerate(texts)]
    graph = build_graph([source_facts(s) for s in sources])
    named = {e.source: e.target for e in graph.edges.values() if e.relation == "BASED_ON"}
    assert sorted(set(named.values())) == ["name:hien-phap@1992", "name:hien-phap@2013"]
    assert sum(target.endswith("@2013") for target in named.values()) == 3
    assert graph.documents["name:hien-phap@2013"].year == 2013


def test_central_bodies_real_texts_name_are_central_not_of_an_unknown_province():
    from vanban.loaders.source import make_source

    texts = [  # numbers of the real corpus that were keyed as local, province unknown ('@?')
        "Theo Quyết định số 1357/QĐ-TCHQ ngày 05/5/2021 của Tổng cục Hải quan.",
        "Thông báo số 37690/TB-CHQ ngày 01/8/2025 của Cục Hải quan về mã số hàng hóa.",
        "Báo cáo số 3618/BC-UBPL15 ngày 20/10/2024 của Ủy ban Pháp luật.",
        "Nghị quyết số 01/2019/NQ-HĐTP ngày 11/01/2019 của Hội đồng Thẩm phán.",
    ]
    graph = build_graph(
        [source_facts(make_source(f"{i}.txt", "txt", t)) for i, t in enumerate(texts)]
    )
    cited = {e.target for e in graph.edges.values() if e.relation == "CITES"}
    assert cited == {
        "1357/QĐ-TCHQ@2021",
        "37690/TB-CHQ@2025",
        "3618/BC-UBPL15@2024",
        "1/NQ-HĐTP@2019",
    }
    assert {graph.documents[k].level for k in cited} == {"central"}
    issuers = {e.target for e in graph.edges.values() if e.relation == "ISSUED_BY"}
    assert "org:tong-cuc-hai-quan" in issuers and "org:cuc-hai-quan" in issuers


def test_a_units_code_written_with_d_for_đ_is_one_document():
    from vanban.loaders.source import make_source

    texts = [
        "Thực hiện Công văn số 3880/BNV-CQĐP ngày 10/7/2014 của Bộ Nội vụ về công tác cán bộ.",
        "Officials recalled that Official Letter No. 3880/BNV-CQDP dated July 10, 2014 was sent.",
    ]
    sources = [make_source(f"{i}.txt", "txt", t) for i, t in enumerate(texts)]
    graph = build_graph([source_facts(s) for s in sources])
    keys = [k for k in graph.documents if k.startswith("3880/")]
    assert keys == ["3880/BNV-CQDP@2014"]
    assert set(graph.documents[keys[0]].aliases) == {"3880/BNV-CQĐP", "3880/BNV-CQDP"}


def test_identify_names_one_key_or_lists_the_candidates():
    from vanban.graph.identify import identify, read_number, split_key, typed_identity

    known = ["33/CT-TTg@2021", "33/CT-TTg@2025", "12/KH-UBND@2024@Thanh Hóa", "12/KH-UBND@2023@?"]
    assert split_key("12/KH-UBND@2024@Thanh Hóa") == ("12/KH-UBND", "2024", "Thanh Hóa")
    undated = typed_identity(read_number("33/CT-TTg"), known)
    assert (undated.key, undated.candidates) == (None, ["33/CT-TTg@2021", "33/CT-TTg@2025"])
    assert typed_identity(read_number("33/CT-TTg", year=2025), known).key == "33/CT-TTg@2025"
    assert typed_identity(read_number("33/CT-TTg", year=2019), known).candidates == []
    # a local number with no province given fits its period's document in any province
    local = typed_identity(read_number("12/KH-UBND", date="2024-03-05"), known)
    assert local.key == "12/KH-UBND@2024@Thanh Hóa"
    # at load, a dated mention names its own key, known or not; one known document is joined
    assert identify("33/CT-TTg", "2019", "", known).key == "33/CT-TTg@2019"
    assert identify("12/KH-UBND", None, "Thanh Hóa", known).key == "12/KH-UBND@2024@Thanh Hóa"
    assert identify("9/CT-TTg", None, "", known).key == "9/CT-TTg@?"


def test_a_preamble_is_the_basis_of_its_text_whose_number_the_page_left_out():
    """Blind round MV: a translation cut above its number still opens on its preamble; its
    "Pursuant to" lines are stored as the basis of the page's own (unnumbered) node, and with
    its enacting word and first article after them (blind round OD) it is a document of no
    number, whose articles' acts are its own."""
    from vanban.loaders.source import make_source

    text = (
        "November 11, 2011\n"
        "Pursuant to the Decree No. 115/2010/ND-CP dated December 24, 2010 of the Government "
        "defining responsibilities for state management on education;\n"
        "Pursuant to the Decision No. 43/2008/QD-BGDDT dated July 29, 2008 of the Minister of "
        "Education and Training;\n"
        "At the proposal of the Director of the Department,\n"
        "DECIDES:\n"
        "Article 1. To implement Resolution No. 29-NQ/TW of the Politburo.\n"
    )
    facts = source_facts(make_source("translation.txt", "txt", text))
    assert not facts["document"].get("number")
    graph = build_graph([facts])
    stored = {(e.relation, e.target) for e in graph.edges.values()}
    assert ("BASED_ON", "115/NĐ-CP@2010") in stored
    assert ("BASED_ON", "43/QĐ-BGDĐT@2008") in stored
    assert ("IMPLEMENTS", "29-NQ/TW@?") in stored
    # without its enacting word it names no document of its own: only its basis is stored
    bare = text.replace("DECIDES:\n", "")
    cut = build_graph([source_facts(make_source("cut.txt", "txt", bare))])
    assert {(e.relation, e.target) for e in cut.edges.values()} >= {("CITES", "29-NQ/TW@?")}
    assert not any(e.relation == "IMPLEMENTS" for e in cut.edges.values())
