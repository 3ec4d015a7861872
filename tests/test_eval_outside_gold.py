"""A page from outside the corpus (a blind round's) is labelled in a gold file that carries
its own record, and `eval.score --gold DIR` scores it as it scores eval/gold."""

from __future__ import annotations

import json
from pathlib import Path

from eval.score import extract_reading, load_gold, mention_scores
from eval.tools.gold import check

TEXT = (
    "ỦY BAN NHÂN DÂN TỈNH SƠN LA\nSố: 41/KH-UBND\n\nKẾ HOẠCH\n"
    "Thực hiện Chỉ thị số 07/CT-TTg ngày 02/4/2024 của Thủ tướng Chính phủ, Ủy ban nhân "
    "dân tỉnh ban hành Kế hoạch như sau:\n1. Sở Tư pháp rà soát theo Nghị định số "
    "59/2023/NĐ-CP.\n"
)


def _mention(surface: str, relation: str) -> dict:
    start = TEXT.index(surface)
    return {
        "start": start,
        "end": start + len(surface),
        "surface": surface,
        "canonical": surface,
        "kind": "number",
        "relation": relation,
    }


def test_a_gold_file_that_carries_its_own_record_is_checked_and_scored(tmp_path: Path) -> None:
    gold = {
        "record": {"id": "blind-1", "url": "https://example.vn/1", "title": "", "text": TEXT},
        "mentions": [
            _mention("41/KH-UBND", "SELF"),
            _mention("07/CT-TTg", "IMPLEMENTS"),
            _mention("59/2023/NĐ-CP", "CITES"),
        ],
    }
    path = tmp_path / "blind-1.json"
    path.write_text(json.dumps(gold, ensure_ascii=False), "utf-8")
    assert check([path]) == 0
    # the page as collected, kept beside its gold, is no gold file
    (tmp_path / "blind-1.page.json").write_text(json.dumps(gold["record"]), "utf-8")
    (doc,) = load_gold(tmp_path)
    assert doc.record["text"] == TEXT
    doc.read["extract"] = extract_reading(doc)
    confusion = mention_scores([doc], "extract", {"number"})["confusion"]
    assert confusion[("IMPLEMENTS", "IMPLEMENTS")] == 1
    assert confusion[("CITES", "CITES")] == 1
    gold["mentions"][1]["surface"] = "07/CT-TTG"  # a surface the text does not hold
    path.write_text(json.dumps(gold, ensure_ascii=False), "utf-8")
    assert check([path]) == 1
