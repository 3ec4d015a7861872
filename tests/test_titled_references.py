"""Documents cited by title (extract/titled.py) and their catalogue (extract/data/titled.json)."""

from __future__ import annotations

import json
import re
from importlib import resources
from pathlib import Path

import pytest

from vanban.extract.find import find_references
from vanban.extract.pipeline import extract_source, extract_text
from vanban.extract.titled import (
    TitleCatalogue,
    Titled,
    catalogue,
    find_titled,
    title_key,
)
from vanban.loaders.source import Source

DATA = json.loads(resources.files("vanban.extract").joinpath("data/titled.json").read_text("utf-8"))
CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "real"
FILES = {"tvpl": "tvpl.jsonl", "relations": "relations.jsonl", "news": "news.jsonl"}
SEEN = re.compile(r"^(?:public|(?:tvpl|relations|news):\d+)$")
TYPES = {"Nghị quyết", "Nghị định", "Quy định", "Nội quy"}


def _refs(text: str, date: str | None = None):
    _, refs = extract_text(text, {"issued_date": date} if date else None)
    return refs


def _named(text: str, date: str | None = None):
    return [r for r in _refs(text, date) if r.kind == "named"]


# -- the examples kept beside the catalogue -------------------------------------------


@pytest.mark.parametrize("example", DATA["examples"], ids=lambda e: e["text"][:40])
def test_catalogue_example_reads_as_written(example):
    named = _named(example["text"], example.get("date"))
    assert [r.surface for r in named] == [m["surface"] for m in example["mentions"]]
    for ref, want in zip(named, example["mentions"], strict=True):
        assert example["text"][ref.start : ref.end] == ref.surface
        assert ref.canonical == want["number"], (ref.surface, ref.canonical)
        if "date" in want:
            assert ref.date == want["date"]


# -- the catalogue itself -------------------------------------------------------------


def test_catalogue_entries_are_well_formed():
    numbers = [e["number"] for e in DATA["documents"]]
    assert len(numbers) == len(set(numbers)), "a number is listed twice"
    problems = []
    for e in DATA["documents"]:
        where = f"{e['type']} {e['number']}"
        if e["type"] not in TYPES:
            problems.append(f"{where}: type {e['type']!r}")
        if not e["seen_in"] or not all(SEEN.match(s) for s in e["seen_in"]):
            problems.append(f"{where}: seen_in {e['seen_in']!r}")
        if [r.canonical for r in find_references(e["number"])] != [e["number"]]:
            problems.append(f"{where}: the number does not read back as itself")
        year = re.search(r"/((?:19|20)\d\d)/", e["number"])
        if e["date"] and year and e["date"][:4] != year.group(1):
            problems.append(f"{where}: date {e['date']} is not of the number's year")
        if e["title"] is None and not e.get("once"):
            problems.append(f"{where}: no title")
        if e["title"] and len(title_key(e["title"]).split()) < 3:
            problems.append(f"{where}: title {e['title']!r} is too short to name one document")
    assert problems == []


def test_catalogue_has_the_documents_the_brief_names():
    numbers = {e["number"] for e in DATA["documents"]}
    for number in (
        "197/2025/QH15",
        "202/2025/QH15",
        "203/2025/QH15",
        "175/2024/QH15",
        "196/2025/QH15",
        "206/2025/QH15",
        "1211/2016/UBTVQH13",
        "71/2022/QH15",
        "88/2024/NĐ-CP",
        "189/2025/NĐ-CP",
        "72/2020/NĐ-CP",
        "69-QĐ/TW",
        "37-QĐ/TW",
    ):
        assert number in numbers
    assert len(numbers) >= 400


@pytest.mark.skipif(not CORPUS.exists(), reason="../shared/corpus/real is not here")
def test_corpus_facts_are_on_the_lines_they_cite():
    lines: dict[str, list[str]] = {}
    for corpus, name in FILES.items():
        with (CORPUS / name).open(encoding="utf-8") as f:
            lines[corpus] = f.readlines()
    missing = []
    for e in DATA["documents"]:
        unpadded = re.sub(r"^0(\d)(?=/)", r"\1", e["number"])
        for seen in e["seen_in"]:
            if seen == "public":
                continue
            corpus, line = seen.split(":")
            on_line = lines[corpus][int(line) - 1]
            if e["number"] not in on_line and unpadded not in on_line:
                missing.append(f"{e['number']} not on {seen}")
    assert missing == []


# -- finding --------------------------------------------------------------------------


def test_spelling_variants_fold_to_one_title():
    assert title_key("về việc thành lập thành phố Huế trực thuộc Trung ương") == title_key(
        "thành lập thành phố Huế trực thuộc Trung ương"
    )
    assert title_key("quy định về bồi thường, hỗ trợ, tái định cư") == title_key(
        "về bồi thường hỗ trợ tái định cư"
    )


def test_a_title_that_runs_on_is_another_title():
    # "… cấp tỉnh Thái Bình" goes on past the known title; "năm 2025" ends it
    assert _named("theo Nghị quyết về việc sắp xếp đơn vị hành chính cấp tỉnh Thái Bình.") == []
    [ref] = _named("theo Nghị quyết của Quốc hội về sắp xếp đơn vị hành chính cấp tỉnh năm 2025.")
    assert ref.canonical == "202/2025/QH15"
    # a known title followed by a word that carries it on ("… Luật Đấu thầu về …")
    assert all(
        r.canonical != "118/2021/NĐ-CP"
        for r in _named(
            "Nghị định quy định chi tiết một số điều và biện pháp thi hành Luật Xử lý vi phạm "
            "hành chính về xử phạt trong lĩnh vực thuế"
        )
    )


def test_generic_phrases_are_no_mentions():
    for text in (
        "Nghị quyết này có hiệu lực thi hành kể từ ngày ký.",
        "Theo Nghị định, các đối tượng được miễn thuế sử dụng đất nông nghiệp.",
        "các Nghị định quy định xử phạt vi phạm hành chính trong lĩnh vực giao thông đường bộ",
        "Nghị quyết của Quốc hội về nội dung này đã được thông qua.",
    ):
        assert _named(text) == [], text


def test_a_title_learned_from_its_number_in_the_text():
    text = (
        "Căn cứ Nghị quyết số 12/2031/QH16 ngày 01/3/2031 của Quốc hội về thí điểm một số cơ "
        "chế đặc thù phát triển đặc khu kinh tế Vân Phong;\n\nTheo Nghị quyết về thí điểm một "
        "số cơ chế đặc thù phát triển đặc khu kinh tế Vân Phong, tỉnh được giao thêm quyền."
    )
    named = _named(text, "2031-06-01")
    assert [(r.surface, r.canonical) for r in named] == [
        (
            "Nghị quyết về thí điểm một số cơ chế đặc thù phát triển đặc khu kinh tế Vân Phong",
            "12/2031/QH16",
        )
    ]
    # not before the number taught it
    assert _named(text.split("\n\n")[1], "2031-06-01") == []


def test_a_title_two_documents_share_gives_no_number():
    docs = [
        Titled("Nghị định", "01/2021/NĐ-CP", "2021-01-04", "Chính phủ", "về đăng ký doanh nghiệp"),
        Titled("Nghị định", "168/2025/NĐ-CP", None, "Chính phủ", "về đăng ký doanh nghiệp"),
    ]
    cat = TitleCatalogue(docs, [])
    assert len(cat.by_key[("Nghị định", ("đăng", "ký", "doanh", "nghiệp"))]) == 2
    [ref] = _named("Hồ sơ thực hiện theo Nghị định về đăng ký doanh nghiệp.")
    assert ref.canonical is None and ref.kind == "named"


def test_the_issuer_must_fit():
    # 197/2025/QH15 is the National Assembly's: the Government's resolution of that title
    # is none the catalogue knows
    title = (
        "về một số cơ chế, chính sách đặc biệt tạo đột phá trong xây dựng và tổ chức thi "
        "hành pháp luật"
    )
    assert _named(f"theo Nghị quyết của Chính phủ {title}.", "2025-06-01") == []
    [ref] = _named(f"theo Nghị quyết của Quốc hội {title}.", "2025-06-01")
    assert ref.canonical == "197/2025/QH15"


def test_dates_decide_whether_a_document_can_be_meant():
    title = (
        "Nghị quyết về một số cơ chế, chính sách đặc biệt tạo đột phá trong xây dựng và tổ "
        "chức thi hành pháp luật"
    )
    # passed more than a year after the text: not that document
    assert _named(f"theo {title}.", "2020-01-01") == []
    # a draft of a title passed long before the text is a new document's
    assert (
        _named(
            "Bộ đang xây dựng dự thảo Nghị định về bồi thường, hỗ trợ, tái định cư "
            "khi Nhà nước thu hồi đất.",
            "2026-06-01",
        )
        == []
    )
    # a draft named days before its vote is the document it became
    [ref] = _named(f"thảo luận về dự thảo {title}.", "2025-05-10")
    assert ref.canonical == "197/2025/QH15"


def test_the_text_s_own_title_is_no_mention():
    text = "Nghị định về bồi thường, hỗ trợ, tái định cư khi Nhà nước thu hồi đất."
    assert find_titled(text, [], [], "2024-07-15", "88/2024/NĐ-CP") == []
    assert (
        _named(
            "Chính phủ ban hành Nghị định quy định về bồi thường, hỗ trợ, tái định cư "
            "khi Nhà nước thu hồi đất.\n\nChương I"
        )
        == []
    )


def test_a_number_after_the_title_names_it():
    text = (
        "Căn cứ Nội quy kỳ họp Quốc hội ban hành kèm theo Nghị quyết số 71/2022/QH15 ngày "
        "15 tháng 11 năm 2022 của Quốc hội;"
    )
    refs = _refs(text)
    assert [r.kind for r in refs] == ["number"]
    assert refs[0].canonical == "71/2022/QH15" and refs[0].name == "Nội quy kỳ họp Quốc hội"


def test_a_decree_that_details_a_law_holds_the_law():
    text = (
        "thực hiện theo quy định tại Nghị định quy định chi tiết một số điều của Luật Dân quân "
        "tự vệ về tổ chức xây dựng lực lượng và chế độ, chính sách đối với dân quân tự vệ."
    )
    [ref] = _named(text, "2025-03-01")
    assert ref.canonical == "72/2020/NĐ-CP" and ref.type_name == "Nghị định"
    # an unknown decree leaves the law it names a mention of its own
    [law] = _named("Nghị định quy định chi tiết một số điều của Luật Phòng, chống ma túy.")
    assert law.surface == "Luật Phòng, chống ma túy"


def test_titled_references_get_relations_like_any_other():
    text = (
        "Căn cứ Nghị quyết của Quốc hội về một số cơ chế, chính sách đặc biệt tạo đột phá "
        "trong xây dựng và tổ chức thi hành pháp luật;\n\nBộ Tư pháp hướng dẫn như sau."
    )
    extraction = extract_source(Source(id="t", path="t", format="txt", text=text, language="vi"))
    [ref] = [r for r in extraction.references if r.kind == "named"]
    assert ref.canonical == "197/2025/QH15"
    i = extraction.references.index(ref)
    own = [s for s in extraction.statements if s.object == i and s.subject is None]
    assert [s.relation for s in own] == ["BASED_ON"]


def test_the_finder_is_quiet_on_texts_without_heads():
    assert find_titled("Luật Đất đai năm 2024 có hiệu lực.", [], []) == []
    assert catalogue().docs
