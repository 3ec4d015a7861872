"""Party numbers written without their code, named by the central body that issued them
(vanban.extract.issuer_numbered): the catalogue's own examples, and what the pipeline makes
of them."""

from __future__ import annotations

import pytest

from vanban.extract.issuer_numbered import COUNTER_EXAMPLES, EXAMPLES, find_issuer_numbered
from vanban.extract.pipeline import extract_text
from vanban.extract.relate import relate


@pytest.mark.parametrize(("text", "canonical"), EXAMPLES)
def test_every_example_spells_its_number(text, canonical):
    assert [r.canonical for r in find_issuer_numbered(text, [])] == [canonical]


@pytest.mark.parametrize("text", COUNTER_EXAMPLES)
def test_no_counter_example_is_read(text):
    assert find_issuer_numbered(text, []) == []


def test_a_plan_carrying_out_a_conclusion_named_by_its_body_implements_it():
    """Blind round L: "Kế hoạch số 237 …, triển khai, thực hiện Kết luận số 02 của Ban Bí thư
    về tiếp tục thực hiện Chỉ thị số 47 của Ban Bí thư" named no document the graph could
    hold; the numbers are 02-KL/TW and 47-CT/TW, and a later "Kết luận 02" is a short form."""
    text = (
        "Ban Thường vụ Tỉnh ủy ban hành Kế hoạch triển khai thực hiện Kết luận số 02 ngày "
        "18/5/2021 của Ban Bí thư về tiếp tục thực hiện Chỉ thị số 47 của Ban Bí thư (khóa XI). "
        "Kết luận 02 yêu cầu các cấp ủy tăng cường lãnh đạo.\n"
    )
    document, refs = extract_text(text)
    assert [(r.canonical, r.kind) for r in refs] == [
        ("02-KL/TW", "number"),
        ("47-CT/TW", "number"),
        ("02-KL/TW", "short"),
    ]
    own = {s.object: s.relation for s in relate(text, refs, "vi") if s.subject is None}
    assert own[0] == "IMPLEMENTS"


def test_a_decree_by_number_and_year_replaces_what_it_says_it_replaces():
    """Blind round K: "Nghị định 80/2021 có hiệu lực từ 15/10/2021 thay thế Nghị định
    39/2018" named no document; both are decrees of the Government."""
    text = "Tiêu chí theo Nghị định 80/2021 có hiệu lực từ 15/10/2021 thay thế Nghị định 39/2018.\n"
    _, refs = extract_text(text)
    assert [r.canonical for r in refs] == ["80/2021/NĐ-CP", "39/2018/NĐ-CP"]
    acts = {
        (refs[s.subject].canonical, s.relation, refs[s.object].canonical)
        for s in relate(text, refs, "vi")
        if isinstance(s.subject, int)
    }
    assert acts == {("80/2021/NĐ-CP", "REPLACES", "39/2018/NĐ-CP")}
