"""One node per real document when numbers collide: an undated number weighed by evidence.

Two directives share the number 33/CT-TTg (one of 26/11/2021 on mass mobilization work,
one of 06/11/2025 on carrying out assigned tasks on schedule). Texts that cite it without
a date are resolved by time, by topic (in any language) or left unresolved with both
candidates and their scores.
"""

from __future__ import annotations

from collections import Counter

import pytest

from vanban.extract.read_facts import source_facts
from vanban.graph.resolve import build_graph
from vanban.graph.topics import glossary, topics_of
from vanban.loaders.source import make_source
from vanban.queries.backend import EmbeddedBackend
from vanban.queries.evidence import with_evidence

OLD = "33/CT-TTg@2021"
NEW = "33/CT-TTg@2025"

# Texts that date each directive, so that both are known documents. A topic decides only
# when the candidate's mentions name it at least twice (here in two texts, two languages).
DATING_TEXTS = {
    "old.txt": (
        "Tỉnh ủy ban hành văn bản. Thực hiện Chỉ thị số 33/CT-TTg ngày 26/11/2021 của Thủ "
        "tướng Chính phủ về tăng cường công tác dân vận của cơ quan hành chính nhà nước và "
        "chính quyền các cấp trong tình hình mới."
    ),
    "old-en.txt": (
        "The province implements Directive No. 33/CT-TTg dated November 26, 2021 of the Prime "
        "Minister on strengthening mass mobilization work."
    ),
    "new.txt": (
        "Thủ tướng Chính phủ đã ban hành Chỉ thị số 33/CT-TTg ngày 06/11/2025 về đẩy mạnh "
        "việc thực hiện đúng tiến độ, hiệu quả các nhiệm vụ được giao tại Nghị quyết số "
        "71/NQ-CP ngày 01/4/2025 của Chính phủ."
    ),
}


def _graph(citing: dict[str, str], language: str | None = None, without: tuple[str, ...] = ()):
    texts = {k: v for k, v in {**DATING_TEXTS, **citing}.items() if k not in without}
    sources = [make_source(path, "txt", text, language=language) for path, text in texts.items()]
    return build_graph([source_facts(s) for s in sources])


def _targets(graph, path_text: str) -> list[tuple[str, str, list[str]]]:
    """Edges into either directive read from the citing text, with their evidence rules."""
    source_id = make_source("x.txt", "txt", path_text).id
    found = []
    for edge in graph.edges.values():
        for ev in edge.evidence:
            if ev.source == source_id and edge.target in (OLD, NEW):
                found.append((edge.relation, edge.target, ev.rule))
    return found


def test_resolved_by_time_a_plan_of_2024_cannot_cite_a_directive_of_2025():
    graph = _graph({"plan.txt": PLAN_OF_2024})
    found = _targets(graph, PLAN_OF_2024)
    assert found, "the plan's mention should be resolved"
    assert {target for _, target, _ in found} == {OLD}
    assert all("identity: weighed by time (" in rule for _, _, rule in found)
    assert not [u for u in graph.unresolved if u.canonical == "33/CT-TTg"]


PLAN_OF_2024 = (
    "ỦY BAN NHÂN DÂN\nTỈNH THANH HÓA\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
    "Độc lập - Tự do - Hạnh phúc\n\nSố: 12/KH-UBND\n\nThanh Hóa, ngày 05 tháng 3 năm 2024\n\n"
    "KẾ HOẠCH\nThực hiện Chỉ thị số 33/CT-TTg của Thủ tướng Chính phủ\n\n"
    "Thực hiện Chỉ thị số 33/CT-TTg của Thủ tướng Chính phủ, Ủy ban nhân dân tỉnh ban "
    "hành Kế hoạch như sau."
)


def test_the_one_known_document_is_not_joined_when_it_was_issued_after_the_citing_text():
    graph = _graph({"plan.txt": PLAN_OF_2024}, without=("old.txt", "old-en.txt"))
    assert not _targets(graph, PLAN_OF_2024)
    cases = [u for u in graph.unresolved if u.canonical == "33/CT-TTg"]
    assert cases and all(u.candidates == [NEW] for u in cases)
    assert "issued 2025-11-06, after the citing text (its own date 2024-03-05)" in cases[0].reason


def test_resolved_by_time_a_body_of_a_merged_province_issued_nothing_after_june_2025():
    report = (
        "According to the Plan, agencies in the province shall implement Directive No. "
        "33/CT-TTg of the Prime Minister.\nSource: https://baobacgiang.vn/ke-hoach-postid1.bbg"
    )
    graph = _graph({"bg.txt": report})
    assert {target for _, target, _ in _targets(graph, report)} == {OLD}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "According to the Plan, to effectively implement Directive No. 33/CT-TTg of the "
            "Prime Minister, agencies shall strengthen mass mobilization work in the new "
            "situation.",
            OLD,
        ),
        (
            "省は首相の指示第33/CT-TTg号を実施し、大衆動員活動を強化する。",
            OLD,
        ),
        (
            "Провинция выполняет Директиву № 33/CT-TTg премьер-министра, чтобы поручения "
            "выполнялись в срок.",
            NEW,
        ),
    ],
)
def test_resolved_by_topic_across_languages(text, expected):
    graph = _graph({"report.txt": text})
    found = _targets(graph, text)
    assert found, graph.unresolved
    assert {target for _, target, _ in found} == {expected}
    assert all("identity: weighed by topic (" in rule for _, _, rule in found)


def test_a_lone_topic_word_in_one_other_mention_decides_nothing():
    text = "Agencies implement Directive No. 33/CT-TTg to strengthen mass mobilization work."
    graph = _graph({"report.txt": text}, without=("old-en.txt",))
    assert not _targets(graph, text)
    [case] = [u for u in graph.unresolved if u.canonical == "33/CT-TTg"]
    assert case.candidates == [OLD, NEW] and case.scores[0] > case.scores[1]


def test_resolved_by_co_citation_with_documents_cited_together_elsewhere():
    dating = (
        "Căn cứ Chỉ thị số 33/CT-TTg ngày 26/11/2021 của Thủ tướng Chính phủ; Quyết định số "
        "23-QĐ/TW ngày 30/7/2021 của Bộ Chính trị; Kết luận số 114-KL/TW ngày 14/7/2015 của "
        "Ban Bí thư; Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ."
    )
    text = (
        "The province reviewed Directive No. 33/CT-TTg, Decision No. 23-QD/TW dated July 30, "
        "2021, Conclusion No. 114-KL/TW dated July 14, 2015 and Resolution No. 76/NQ-CP dated "
        "July 15, 2021."
    )
    graph = _graph({"basis.txt": dating, "review.txt": text})
    found = _targets(graph, text)
    assert {target for _, target, _ in found} == {OLD}
    assert all("identity: weighed by co-citation (" in rule for _, _, rule in found)


def test_left_unresolved_with_both_candidates_and_their_scores_when_nothing_decides():
    text = "The province carried out Directive No. 33/CT-TTg of the Prime Minister."
    graph = _graph({"vague.txt": text})
    assert not _targets(graph, text)
    cases = [u for u in graph.unresolved if u.canonical == "33/CT-TTg"]
    assert len(cases) == 1
    case = cases[0]
    assert case.candidates == [OLD, NEW]
    assert len(case.scores) == 2
    assert OLD in case.reason and NEW in case.reason and "score" in case.reason


def test_glossary_examples_give_their_topics():
    examples = glossary()["examples"]
    assert len(examples) >= 10
    for example in examples:
        assert set(topics_of(example["text"])) == set(example["topics"]), example["text"]


def test_one_topic_in_five_languages():
    texts = [
        "công tác dân vận",
        "mass mobilization work",
        "роботи з масової мобілізації",
        "работу по массовой мобилизации",
        "政治体制の大衆動員活動",
        "民衆動員",
        "trabalho de mobilização em massa",
    ]
    for text in texts:
        assert "dan_van" in topics_of(text), text


def test_seeds_and_tvpl_together_keep_the_bac_giang_plan_and_say_how(tmp_path, seeds_dir):
    """The issue's acceptance: both implementers of 33/2021/CT-TTg, each edge saying how its
    identity was decided, no phantom directive of 2022, and a Vietnamese title for 23-QĐ/TW."""
    import json

    from conftest import vanban_cli

    db = str(tmp_path / "both.db")
    tvpl = seeds_dir.parent / "real" / "tvpl.jsonl"
    loaded = vanban_cli("load", str(seeds_dir), str(tvpl), "--db", db, "--json")
    assert loaded.returncode == 0, loaded.stderr
    result = vanban_cli("lineage", "33/2021/CT-TTg", "--down", "--db", db, "--json")
    assert result.returncode == 0, result.stderr
    children = json.loads(result.stdout)["children"]
    numbers = {c["number"] for c in children}
    assert "1470-CV/TU" in numbers
    [plan] = [c for c in children if c["unnumbered"] and c["province"] == "Bắc Giang"]
    assert plan["evidence"][0]["identity"].startswith("weighed by time")
    assert all(ev["identity"] for c in children for ev in c["evidence"])
    phantom = vanban_cli("lineage", "33/CT-TTg", "--year", "2022", "--db", db, "--json")
    assert phantom.returncode == 1
    shown = json.loads(vanban_cli("show", "23-qd/tw", "--db", db, "--json").stdout)
    title = shown[0]["title"] if isinstance(shown, list) else shown["title"]
    assert "dân vận" in title


# ---------------------------------------------------------------- corrections by the researcher


def _load(folder, db):
    from conftest import vanban_cli

    result = vanban_cli("load", str(folder), "--db", str(db), "--json")
    assert result.returncode == 0, result.stderr
    import json

    return json.loads(result.stdout)[0], result.stderr


def _edges_into(db, key):
    from vanban.store import open_store

    with open_store(db) as store:
        rows = store.query(
            "MATCH (x)-[r:IMPLEMENTS|CITES]->(d:Document {key: $key}) "
            "RETURN x.key AS source, r.evidence AS evidence, r.evidence_count AS evidence_count",
            {"key": key},
        )
        rows = with_evidence(EmbeddedBackend(store), rows)
    return [{"source": r["source"], "rules": r["rules"]} for r in rows]


def test_settled_by_a_correction_that_holds_through_a_reload(tmp_path):
    texts = tmp_path / "texts"
    texts.mkdir()
    for name, text in DATING_TEXTS.items():
        (texts / name).write_text(text, encoding="utf-8")
    vague = "The province carried out Directive No. 33/CT-TTg of the Prime Minister."
    (texts / "vague.txt").write_text(vague, encoding="utf-8")
    db = tmp_path / "g.db"
    summary, _ = _load(texts, db)
    assert summary["references_ambiguous"] == 1
    source = make_source(str(texts / "vague.txt"), "txt", vague).id
    (tmp_path / "g.corrections.toml").write_text(
        f'[[mention]]\nnumber = "33/CT-TTg"\nsource = "{source}"\nmeans = "{NEW}"\n\n'
        '[[document]]\nkey = "33/CT-TTg@2025"\ntitle = "Chỉ thị về đẩy mạnh tiến độ"\n',
        encoding="utf-8",
    )
    for _ in range(2):  # the first load applies it, the second (nothing changed) keeps it
        summary, stderr = _load(texts, db)
        assert summary.get("references_ambiguous", 0) == 0, stderr
        assert summary["references_corrections_applied"] == 2
        assert summary["references_corrections_matching_nothing"] == 0
        rules = [rule for row in _edges_into(db, NEW) for rule in row["rules"]]
        assert any("identity: correction mention #1" in rule for rule in rules)
        from vanban.store import open_store

        with open_store(db) as store:
            [row] = store.query("MATCH (d:Document {key: $k}) RETURN d.title AS t", {"k": NEW})
        assert row["t"] == "Chỉ thị về đẩy mạnh tiến độ"


def test_a_stale_or_bad_correction_is_reported_and_the_others_still_apply(tmp_path):
    texts = tmp_path / "texts"
    texts.mkdir()
    for name, text in DATING_TEXTS.items():
        (texts / name).write_text(text, encoding="utf-8")
    (tmp_path / "g.corrections.toml").write_text(
        '[[mention]]\nnumber = "99/CT-TTg"\nmeans = "99/CT-TTg@2020"\n\n'
        '[[misprint]]\nnumber = "71/NQ-CP"\nmeans = "not a number"\n\n'
        '[[same]]\nkeys = ["33/CT-TTg@2021", "33/CT-TTg@2025"]\n',
        encoding="utf-8",
    )
    summary, stderr = _load(texts, tmp_path / "g.db")
    assert summary["references_corrections_applied"] == 1  # the [[same]] one
    assert summary["references_corrections_matching_nothing"] == 1
    assert summary["references_corrections_skipped"] == 1
    assert "g.corrections.toml: mention #1 (number='99/CT-TTg'" in stderr
    assert "matches nothing" in stderr
    assert "misprint #1: means 'not a number' is not a document number; skipped" in stderr


def test_a_misprint_is_read_as_the_number_meant():
    from vanban.graph.corrections import Correction, Corrections

    text = "Căn cứ Công văn số 3799/CHQ-GSQL ngày 25/11/2025 của Cục Hải quan."
    facts = [source_facts(make_source("a.txt", "txt", text))]
    fix = Corrections(
        path="c.toml",
        entries=[Correction("misprint", 1, {"number": "3799/CHQ-GSQL", "means": "37999/CHQ-GSQL"})],
    )
    graph = build_graph(facts, fix)
    numbers = {d.number for d in graph.documents.values()}
    assert "37999/CHQ-GSQL" in numbers and "3799/CHQ-GSQL" not in numbers
    assert facts[0]["mentions"][0]["canonical"] == "3799/CHQ-GSQL"  # the facts stay as written


def _store_with_an_open_case(tmp_path):
    texts = tmp_path / "texts"
    texts.mkdir()
    for name, text in DATING_TEXTS.items():
        (texts / name).write_text(text, encoding="utf-8")
    vague = "The province carried out Directive No. 33/CT-TTg of the Prime Minister."
    (texts / "vague.txt").write_text(vague, encoding="utf-8")
    db = tmp_path / "g.db"
    summary, _ = _load(texts, db)
    assert summary["references_ambiguous"] == 1
    return texts, db


def test_vanban_resolve_walks_the_open_cases_and_writes_the_choice(tmp_path):
    import subprocess
    import sys

    texts, db = _store_with_an_open_case(tmp_path)
    asked = subprocess.run(
        [sys.executable, "-m", "vanban", "resolve", "--db", str(db)],
        input="1\n",
        capture_output=True,
        text=True,
    )
    assert asked.returncode == 0, asked.stderr
    assert "33/CT-TTg@2021" in asked.stdout and "33/CT-TTg@2025" in asked.stdout
    assert "The province carried out Directive No. 33/CT-TTg" in asked.stdout
    written = (tmp_path / "g.corrections.toml").read_text("utf-8")
    assert '[[mention]]\nnumber = "33/CT-TTg"' in written and f'means = "{OLD}"' in written
    assert "applied: 1 correction(s) in use; 0 reference(s) open." in asked.stdout
    summary, _ = _load(texts, db)  # a reload keeps it
    assert summary.get("references_ambiguous", 0) == 0
    assert summary["references_corrections_applied"] == 1


def test_vanban_resolve_with_arguments_and_a_bad_one_refused(tmp_path):
    from conftest import vanban_cli

    _, db = _store_with_an_open_case(tmp_path)
    done = vanban_cli("resolve", "33/CT-TTg", "--means", NEW, "--db", str(db))
    assert done.returncode == 0, done.stderr
    assert "0 reference(s) open" in done.stdout
    bad = vanban_cli("resolve", "--document", NEW, "--date", "6/11/2025", "--db", str(db))
    assert bad.returncode == 1
    assert "g.corrections.toml: not written: document: date '6/11/2025' is not YYYY-MM-DD" in (
        bad.stderr
    )
    assert (tmp_path / "g.corrections.toml").read_text("utf-8").count("[[") == 1


def test_a_corrections_file_that_is_not_toml_is_reported_by_name_and_line(tmp_path):
    from vanban.graph.corrections import read_corrections

    path = tmp_path / "g.corrections.toml"
    path.write_text('[[mention]]\nnumber = "33/CT-TTg\n', encoding="utf-8")
    found = read_corrections(path)
    assert not found.entries
    [problem] = found.problems
    assert problem.startswith(f"{path}: not a readable TOML file") and "line 2" in problem
    graph = _graph({})  # the graph still builds without them
    assert OLD in graph.documents


def test_time_alone_does_not_join_a_candidate_one_other_text_dates():
    # old.txt alone dates the 2021 directive: the 2024 plan's undated mention may as well
    # mean a 33/CT-TTg of 2022-2024 that no text dates (the number is used in several years)
    graph = _graph({"plan.txt": PLAN_OF_2024}, without=("old-en.txt",))
    assert not _targets(graph, PLAN_OF_2024)
    cases = [u for u in graph.unresolved if u.canonical == "33/CT-TTg"]
    assert cases and cases[0].candidates == [OLD, NEW]


def test_time_alone_joins_a_candidate_of_the_citing_texts_own_year():
    plan = PLAN_OF_2024.replace("05 tháng 3 năm 2024", "20 tháng 12 năm 2021")
    graph = _graph({"plan.txt": plan}, without=("old-en.txt",))
    found = _targets(graph, plan)
    assert {target for _, target, _ in found} == {OLD}
    assert all("identity: weighed by time (" in rule for _, _, rule in found)


def test_the_one_known_document_of_another_period_is_not_guessed_for_a_dated_text():
    # only the 2021 directive is known; a plan of 2024 citing 33/CT-TTg without a date may
    # mean a 33/CT-TTg of its own year that no text dates: left open, with the one candidate
    graph = _graph({"plan.txt": PLAN_OF_2024}, without=("new.txt",))
    assert not _targets(graph, PLAN_OF_2024)
    cases = [u for u in graph.unresolved if u.canonical == "33/CT-TTg"]
    assert cases and all(u.candidates == [OLD] for u in cases)
    assert all("another numbering period" in u.reason for u in cases)


def test_the_one_known_document_is_joined_when_the_citing_text_dates_it_or_is_undated():
    dated_once = PLAN_OF_2024.replace(
        "Kế hoạch như sau.", "Kế hoạch như sau. Chỉ thị số 33/CT-TTg ngày 26/11/2021 nêu rõ."
    )
    undated = PLAN_OF_2024.replace("Thanh Hóa, ngày 05 tháng 3 năm 2024\n\n", "")
    for plan in (dated_once, undated):
        graph = _graph({"plan.txt": plan}, without=("new.txt",))
        found = _targets(graph, plan)
        assert found and {target for _, target, _ in found} == {OLD}
        assert any("identity: the only known document of that number (" in r for *_, r in found)
        assert not [u for u in graph.unresolved if u.canonical == "33/CT-TTg"]


def test_the_province_rule_does_not_join_a_candidate_of_another_period_than_the_text():
    from vanban.graph.weigh import Citing, Profile, weigh

    here, there = "5-KH/TU@2015-2020@Hà Giang", "5-KH/TU@2015-2020@Lào Cai"
    profiles = {
        here: Profile(period="2015-2020", province="Hà Giang"),
        there: Profile(period="2015-2020", province="Lào Cai"),
    }

    def decided(own_date: str | None, current: set[str], cited: set[str]) -> str | None:
        citing = Citing(source="s", own_date=own_date, province="Hà Giang", cited=cited)
        return weigh([here, there], profiles, citing, Counter(), current).key

    assert decided(None, set(), set()) == here  # an undated text: the province decides
    assert decided("2018-05-01", {here, there}, set()) == here  # a text of that term
    assert decided("2023-05-01", set(), set()) is None  # another term: left open
    assert decided("2023-05-01", set(), {here}) == here  # unless the text dates it itself


def _resolver_of(texts: dict[str, str]):
    """A resolver that learned and profiled the texts, as a load does before adding them."""
    from vanban.graph.resolve import Resolver

    facts = [source_facts(make_source(p, "txt", t)) for p, t in texts.items()]
    resolver = Resolver()
    for f in facts:
        resolver.learn(f)
    for f in facts:
        resolver.profile(f)
    return resolver, facts


def test_only_numbers_given_undated_somewhere_are_profiled():
    # both directives are dated wherever they are cited: none is ever weighed, so none
    # needs a profile (at 100k documents, 310k profiles kept in the state for 232k used)
    dated, _ = _resolver_of(DATING_TEXTS)
    assert dated.profiles == {}
    undated = {"x.txt": "Thực hiện Chỉ thị số 33/CT-TTg của Thủ tướng Chính phủ về dân vận."}
    weighed, _ = _resolver_of({**DATING_TEXTS, **undated})
    assert set(weighed.profiles) == {OLD, NEW}
    # what the weighing reads of them: the dates and the texts of their topics
    assert weighed.profiles[OLD].dates["2021-11-26"] == 2
    assert weighed.profiles[OLD].topics["dan_van"] == 2  # one text in each language


def test_a_profile_keeps_its_texts_uncounted_through_the_state():
    import pickle

    from vanban.graph.weigh import Profile

    profile = Profile(period="2021")
    profile.dates["2021-11-26"] += 1
    profile.topic_texts.add("công tác dân vận của cơ quan hành chính", times=2)
    profile.sources.add("s1")
    kept = pickle.loads(pickle.dumps(profile))
    # counting a profile's texts as the state was written cost 8 s of a whole load of 100k
    # documents, for profiles mostly never weighed: they are counted when first weighed
    assert kept.topic_texts.waiting == [("công tác dân vận của cơ quan hành chính", 2)]
    assert kept == profile and kept.topics == profile.topics and kept.topics
    assert isinstance(kept.dates, Counter) and kept.date() == "2021-11-26"


def test_what_a_source_notes_is_its_own_until_the_next_source():
    # `Resolver.noted` is each source's part of the documents it names (`parts.parts_of`)
    resolver, facts = _resolver_of(DATING_TEXTS)
    first, second = facts[0], facts[1]  # both name the directive of 2021
    resolver.add_source(first)
    assert resolver.noted[OLD].spellings == {"33/CT-TTg": 1}
    resolver.add_source(second)
    assert resolver.noted[OLD].spellings == {"33/CT-TTg": 1}
    assert resolver.docs[OLD].spellings == {"33/CT-TTg": 2}
    assert resolver.docs[OLD].dates == {"2021-11-26": 2}
