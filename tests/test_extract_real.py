"""Real documents from thuvienphapluat.vn: hand annotations and the documents' own identity.

The figures are printed (run `pytest -s tests/test_extract_real.py` to see them).
"""

from __future__ import annotations

import json
import re

from conftest import REPO

from vanban.extract.find import find_references
from vanban.extract.pipeline import extract_text

ANNOTATIONS = REPO / "tests" / "data" / "tvpl_annotations.json"


def _compact(number: str) -> str:
    return re.sub(r"\s+", "", number).replace("Ð", "Đ")


def test_precision_and_recall_on_hand_annotations(tvpl_rows):
    docs = json.loads(ANNOTATIONS.read_text("utf-8"))["documents"]
    assert len(docs) >= 20
    tp = fp = fn = 0
    misses = []
    for doc in docs:
        text = tvpl_rows[doc["line"] - 1]["text"]
        assert tvpl_rows[doc["line"] - 1]["id"] == doc["id"]
        want = {(r["start"], r["end"], r["canonical"]) for r in doc["references"]}
        got = {(r.start, r.end, r.canonical) for r in find_references(text)}
        tp += len(want & got)
        fp += len(got - want)
        fn += len(want - got)
        misses += [(doc["line"], "extra", x[2]) for x in got - want]
        misses += [(doc["line"], "missed", x[2]) for x in want - got]
    precision, recall = tp / (tp + fp), tp / (tp + fn)
    print(
        f"\nhand annotations: {len(docs)} documents, {tp + fn} references; "
        f"precision {precision:.4f}, recall {recall:.4f}"
    )
    assert precision >= 0.97 and recall >= 0.97, misses[:20]


def test_own_number_and_date_from_the_header(tvpl_rows):
    printed = [r for r in tvpl_rows if _compact(r["number"]) in _compact(r["text"])]
    unprinted = [r for r in tvpl_rows if r not in printed]
    number_ok = date_ok = 0
    wrong = []
    for row in printed:
        document, _ = extract_text(row["text"], row)
        number_ok += document.number == _compact(row["number"])
        date_ok += document.date == row["issued_date"]
        if document.number != _compact(row["number"]):
            wrong.append((row["number"], document.number))
    borrowed = []
    for row in unprinted:
        document, refs = extract_text(row["text"], row)
        # A number is only acceptable if the header prints it as its own ("Số: ...").
        if document.number is not None and not any(r.self for r in refs):
            borrowed.append((row["number"], document.number))
    print(
        f"\nown number: {number_ok}/{len(printed)} ({number_ok / len(printed):.1%}); "
        f"issue date: {date_ok}/{len(printed)} ({date_ok / len(printed):.1%}); "
        f"texts without their number: {len(unprinted)}, numbers borrowed: {len(borrowed)}"
    )
    assert len(printed) == 269 and len(unprinted) == 8
    assert number_ok / len(printed) >= 0.97, wrong[:20]
    assert date_ok / len(printed) >= 0.95
    assert borrowed == []
