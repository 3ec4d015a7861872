"""Every cue example, and the relations read from the seeds."""

from __future__ import annotations

import re

import pytest

from vanban.extract.find import find_references
from vanban.extract.cues import CUES
from vanban.extract.relate import relate
from vanban.loaders import detect_language

EXAMPLES = [(cue.relation, example) for cue in CUES for example in cue.examples]
_MARK = re.compile(r"\[\[(.+?)\]\]")


@pytest.mark.parametrize(("relation", "example"), EXAMPLES)
def test_cue_example(relation, example):
    marked = _MARK.search(example)
    text = example.replace("[[", "").replace("]]", "")
    start = marked.start()
    refs = find_references(text)
    target = next(i for i, r in enumerate(refs) if r.start == start)
    language = "ja" if re.search(r"[\u3040-\u30ff\u4e00-\u9fff]", text) else "vi"
    own = [s for s in relate(text, refs, language) if s.object == target and s.subject is None]
    assert [s.relation for s in own] == [relation], text


def test_a_cue_after_another_reference_speaks_for_that_one():
    text = (
        "Căn cứ Nghị định số 187/2025/NĐ-CP ngày 01/7/2025 của Chính phủ sửa đổi, bổ sung "
        "một số điều của Nghị định số 78/2025/NĐ-CP ngày 01/4/2025 của Chính phủ;"
    )
    refs = find_references(text)
    found = {(s.subject, s.relation, s.object) for s in relate(text, refs)}
    assert (None, "BASED_ON", 0) in found
    assert (0, "AMENDS", 1) in found  # 187 amends 78
    assert (None, "CITES", 1) in found  # the text itself only names 78


def test_neutral_cue_stops_an_earlier_one():
    text = (
        "Căn cứ Luật Tổ chức chính quyền địa phương ngày 16/6/2025; Theo đề nghị của Giám đốc "
        "Sở Công Thương tại Tờ trình số 131/TTr-SCT ngày 24/11/2025."
    )
    refs = find_references(text)
    assert [s.relation for s in relate(text, refs)] == ["CITES"]


def test_seed_relations_match_the_gold(seeds_dir, seeds_gold):
    from vanban.extract.pipeline import extract_text

    for seed in seeds_gold["seeds"]:
        text = (seeds_dir / seed["file"]).read_text("utf-8")
        document, refs = extract_text(text)
        statements = relate(text, refs, detect_language(text), document.number)
        own = {refs[s.object].canonical: s.relation for s in statements if s.subject is None}
        for rel in seed["relations"]:
            if "ISSUED_BY" in rel["type"]:
                continue
            spelled = [r["canonical"] for r in seed["references"] if r["canonical"] == rel["to"]]
            spelled += [
                r["canonical"]
                for r in seed["references"]
                if r["canonical"].replace("/2021/", "/") == rel["to"].replace("/2021/", "/")
            ]
            assert any(own.get(c) in rel["type"] for c in spelled), (seed["file"], rel)
