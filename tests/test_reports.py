"""Reports and news (issue 16): explainer parts only cite, phantom bodies are never subjects,
and an edge whose subject is dated before its target is set aside, not stored."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import vanban_cli as vanban

from vanban.extract.genres import DOCUMENT_HEAD, RULES, explainer_spans, inside
from vanban.extract.pipeline import extract_text
from vanban.extract.relate import relate
from vanban.graph.facts import source_facts
from vanban.graph.resolve import IMPOSSIBLE, build_graph
from vanban.loaders.source import make_source

# --- genres: data with examples ----------------------------------------------------------


@pytest.mark.parametrize(
    ("rule", "text"), [(r, t) for r in (*RULES, DOCUMENT_HEAD) for t in r.matches]
)
def test_every_genre_example_is_found(rule, text):
    assert rule.pattern.search(text), f"{rule.name}: {text!r}"


@pytest.mark.parametrize(
    ("rule", "text"), [(r, t) for r in (*RULES, DOCUMENT_HEAD) for t in r.rejects]
)
def test_no_genre_counter_example_is_found(rule, text):
    assert not rule.pattern.search(text), f"{rule.name}: {text!r}"


EXPLAINER_PAGE = (
    "# Chỉ đạo mới của Thủ tướng về thực hiện Nghị định 178\n\n"
    "Ngày 04/02/2025, Thủ tướng Chính phủ ban hành Chỉ thị 03/CT-TTg về việc đôn đốc "
    "thực hiện Nghị định số 178/2024/NĐ-CP ngày 31 tháng 12 năm 2024 của Chính phủ.\n\n"
    "## Công văn của Đảng ủy được ban hành theo hướng dẫn nào?\n\n"
    "Căn cứ theo Điều 8 Hướng dẫn 06-HD/TW năm 2025 quy định về thể thức văn bản như sau:\n\n"
    "Văn bản thực hiện Quy định số 66-QĐ/TW ngày 06/02/2017 được trình bày ...\n"
)


def test_the_sites_questions_and_answers_are_one_span_to_the_end():
    spans = explainer_spans(EXPLAINER_PAGE)
    question = EXPLAINER_PAGE.index("## Công văn")
    assert spans == [(question, len(EXPLAINER_PAGE))]
    assert not inside(spans, EXPLAINER_PAGE.index("178/2024/NĐ-CP"))


def test_an_official_document_has_no_explainer_part():
    letter = (
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\nSố: 5348/CT-CS\n"
        "Căn cứ tại Điều 34 Luật Doanh nghiệp số 59/2020/QH14 quy định về tài sản góp vốn;\n"
    )
    assert explainer_spans(letter) == []
    assert explainer_spans(letter.split("\n\n", 1)[1])  # the same lines on a site's page


def test_related_articles_are_a_span_of_their_own():
    page = (
        "Bộ Nội vụ ban hành Thông tư 01/2025/TT-BNV hướng dẫn Nghị định 178/2024/NĐ-CP.\n\n"
        "Xem thêm: Nghị định 67/2025/NĐ-CP sửa đổi Nghị định 178 có gì mới?\n\n"
        "Thông tư có hiệu lực từ ngày 17/01/2025.\n"
    )
    [(start, end)] = explainer_spans(page)
    assert page[start:end].startswith("Xem thêm:") and page[start:end].endswith("có gì mới?")


def _relations(text: str) -> dict[str, tuple[str, str]]:
    document, refs = extract_text(text)
    found = relate(text, refs, "vi", document.number)
    return {refs[s.object].canonical: (s.relation, s.rule) for s in found if s.subject is None}


def test_mentions_in_an_explainer_part_are_the_pages_citations():
    read = _relations(EXPLAINER_PAGE)
    assert read["06-HD/TW"] == ("CITES", "explainer part")
    assert read["66-QĐ/TW"] == ("CITES", "explainer part")
    # the news part before it still reads as before (the hook changes nothing there)
    plain = _relations(EXPLAINER_PAGE.split("## Công văn")[0])
    assert read["178/2024/NĐ-CP"] == plain["178/2024/NĐ-CP"]


def test_the_same_answer_outside_a_sites_page_is_not_an_explainer_part():
    """The hook acts only in a span: a letter's "Căn cứ tại" keeps its own reading."""
    letter = (
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\n"
        "Căn cứ theo Điều 8 Hướng dẫn 06-HD/TW năm 2025 quy định về thể thức văn bản.\n"
    )
    assert _relations(letter)["06-HD/TW"][1] != "explainer part"


def _news_row(line: int, seeds_dir: Path) -> dict:
    path = seeds_dir.parent / "real" / "news.jsonl"
    if not path.exists():
        pytest.skip(f"{path} is absent")
    with path.open(encoding="utf-8") as f:
        for number, text in enumerate(f, 1):
            if number == line:
                return json.loads(text)
    pytest.skip(f"{path} has fewer than {line} lines")


@pytest.mark.parametrize("line", [60, 96, 330])
def test_real_explainer_pages_state_no_basis_and_no_implementation(seeds_dir, line):
    """Line 60 answers its question with "Căn cứ quy định Điều 8 Nghị định 10/2022/NĐ-CP":
    read as the page's basis before explainer parts were recognised."""
    row = _news_row(line, seeds_dir)
    meta = {k: v for k, v in row.items() if k != "text"}
    graph = build_graph([source_facts(make_source(f"news:{line}", "jsonl", row["text"], meta))])
    acting = [e.key for e in graph.edges.values() if e.relation in ("BASED_ON", "IMPLEMENTS")]
    assert acting == []


def test_a_real_explainer_keeps_the_order_its_news_part_reports(seeds_dir):
    """news.jsonl line 74: Chỉ thị 03/CT-TTg orders Nghị định 178/2024/NĐ-CP carried out; the
    site's answers below ("Căn cứ tại Điều 17 Nghị định 178/2024/NĐ-CP") only cite it."""
    text = _news_row(74, seeds_dir)["text"]
    spans = explainer_spans(text)
    assert spans and spans[0][0] > text.index("Chỉ thị 03/CT-TTg")
    assert inside(spans, text.index("Căn cứ tại Điều 17"))


# --- impossible edges ----------------------------------------------------------------------

EARLY_PLAN = (
    "TỈNH ỦY THANH HÓA\nSố: 12-KH/TU\nThanh Hóa, ngày 05 tháng 3 năm 2017\n\nKẾ HOẠCH\n"
    "Thực hiện Nghị quyết số 60-NQ/TW ngày 12/4/2025 của Bộ Chính trị về sắp xếp bộ máy.\n"
)
LATER_PLAN = (
    "TỈNH ỦY THANH HÓA\nSố: 30-KH/TU\nThanh Hóa, ngày 05 tháng 5 năm 2025\n\nKẾ HOẠCH\n"
    "Thực hiện Nghị quyết số 60-NQ/TW ngày 12/4/2025 của Bộ Chính trị về sắp xếp bộ máy.\n"
)


def _graph(*texts: str):
    return build_graph(source_facts(make_source(f"{i}.txt", "txt", t)) for i, t in enumerate(texts))


def test_an_edge_whose_subject_is_dated_before_its_target_is_set_aside():
    graph = _graph(EARLY_PLAN, LATER_PLAN)
    implementing = {e.source for e in graph.edges.values() if e.relation == "IMPLEMENTS"}
    assert implementing == {"30-KH/TU@2020-2025@Thanh Hóa"}
    [case] = [u for u in graph.unresolved if u.reason.startswith(IMPOSSIBLE)]
    assert case.subject == "12-KH/TU@2015-2020@Thanh Hóa" and case.relation == "IMPLEMENTS"
    assert case.canonical == "60-NQ/TW" and case.candidates == []  # nothing to choose
    assert "60-NQ/TW@XIII dated 2025-04-12" in case.reason and "2017-03-05" in case.reason
    assert "Thực hiện Nghị quyết số 60-NQ/TW" in case.sentence
    assert graph.resolution[f"set aside: {IMPOSSIBLE}"] == 1


def test_an_edge_with_the_subject_dated_after_or_undated_stays():
    plan = EARLY_PLAN.replace("ngày 05 tháng 3 năm 2017\n", "\n")  # no date of its own
    graph = _graph(plan, LATER_PLAN)
    assert not [u for u in graph.unresolved if u.reason.startswith(IMPOSSIBLE)]
    implementing = {e.source for e in graph.edges.values() if e.relation == "IMPLEMENTS"}
    assert len(implementing) == 2


@pytest.fixture(scope="module")
def impossible_db(tmp_path_factory) -> str:
    folder = tmp_path_factory.mktemp("impossible")
    (folder / "texts").mkdir()
    (folder / "texts" / "early.txt").write_text(EARLY_PLAN, encoding="utf-8")
    (folder / "texts" / "later.txt").write_text(LATER_PLAN, encoding="utf-8")
    db = str(folder / "impossible.db")
    result = vanban("load", str(folder / "texts"), "--db", db)
    assert result.returncode == 0, result.stderr
    return db


def test_lineage_and_implementers_never_show_the_impossible_edge(impossible_db):
    result = vanban("implementers", "60-NQ/TW", "--db", impossible_db, "--json")
    assert result.returncode == 0, result.stderr
    [row] = json.loads(result.stdout)
    assert row["documents"] == ["30-KH/TU"] and row["lag_days_first"] == 23
    result = vanban("lineage", "60-NQ/TW", "--down", "--db", impossible_db, "--json")
    assert result.returncode == 0, result.stderr
    assert [c["number"] for c in json.loads(result.stdout)["children"]] == ["30-KH/TU"]


def test_check_and_unresolved_list_it_with_its_sentence(impossible_db):
    result = vanban("check", "--db", impossible_db, "--json")
    assert result.returncode == 1  # like a linter: something to look at
    [row] = json.loads(result.stdout)
    assert row["subject"] == "12-KH/TU@2015-2020@Thanh Hóa" and row["target"] == "60-NQ/TW"
    assert row["relation"] == "IMPLEMENTS" and row["reason"].startswith(IMPOSSIBLE)
    assert "Thực hiện Nghị quyết số 60-NQ/TW" in row["sentence"]
    listed = json.loads(vanban("unresolved", "--db", impossible_db, "--json").stdout)
    assert [r["kind"] for r in listed if r["reference"] == "60-NQ/TW"] == ["impossible"]


def test_a_text_cannot_amend_a_later_one_either():
    decree = (
        "CHÍNH PHỦ\nSố: 48/2013/NĐ-CP\nHà Nội, ngày 14 tháng 5 năm 2013\n\nNGHỊ ĐỊNH\n"
        "Sửa đổi, bổ sung một số điều của Nghị định số 92/2017/NĐ-CP ngày 07/8/2017.\n"
    )
    graph = _graph(decree)
    assert not [e for e in graph.edges.values() if e.relation == "AMENDS"]
    [case] = [u for u in graph.unresolved if u.reason.startswith(IMPOSSIBLE)]
    assert (case.relation, case.canonical) == ("AMENDS", "92/2017/NĐ-CP")
