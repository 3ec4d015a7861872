"""Every example kept beside the patterns and code tables is checked here."""

from __future__ import annotations

import pytest

from vanban.extract.codes import canonical_issuer, canonical_type, tables
from vanban.extract.find import find_references
from vanban.extract.patterns import PASSAGES, SHAPES
from vanban.extract.pipeline import extract_text

MATCHES = [(s.name, ex) for s in SHAPES for ex in s.matches]
REJECTS = [(s.name, ex) for s in SHAPES for ex in s.rejects]


@pytest.mark.parametrize(("shape", "example"), MATCHES)
def test_shape_example_is_found_whole(shape, example):
    for before, after in (("số ", " ngày"), ("No. ", "."), ("第", "号"), ("\n", "\n")):
        text = before + example + after
        refs = find_references(text)
        assert [r.surface for r in refs] == [example], (shape, text)
        assert text[refs[0].start : refs[0].end] == example


@pytest.mark.parametrize(("shape", "example"), [m for m in MATCHES])
def test_shape_example_is_of_its_family(shape, example):
    family = next(s.family for s in SHAPES if s.name == shape)
    (ref,) = find_references(f"số {example} ngày")
    assert family == "any" or ref.family == family, (shape, example, ref.canonical)


@pytest.mark.parametrize("passage", PASSAGES, ids=[p.name for p in PASSAGES])
def test_passage_reads_as_written_beside_the_patterns(passage):
    _, refs = extract_text(passage.text)
    got = tuple((r.surface, r.short_form_of or r.canonical) for r in refs)
    assert got == passage.references
    assert all(passage.text[r.start : r.end] == r.surface for r in refs)


@pytest.mark.parametrize(("shape", "example"), REJECTS)
def test_shape_look_alike_is_not_found(shape, example):
    assert find_references(f"xem {example} tại đây") == []


@pytest.mark.parametrize("type_code", [t.code for t in tables().types.values() if t.examples])
def test_type_code_examples_parse_to_their_code(type_code):
    for example in tables().types[type_code].examples:
        refs = find_references(f"văn bản số {example} ngày 1/1/2024")
        assert len(refs) == 1, example
        assert refs[0].type_code == type_code or (type_code == "QH" and refs[0].type_code is None)


def test_issuer_table_is_consistent():
    for code, info in tables().issuers.items():
        assert canonical_issuer(code) == code
        assert info.family in ("party", "state")
        assert info.level in (None, "central", "provincial", "district", "commune")
        assert info.vi and info.en


@pytest.mark.parametrize(
    ("written", "official"),
    # (Telex types Đ as "dd": "NDD" is what a failed conversion leaves, blind round BD)
    [
        ("QD", "QĐ"),
        ("QÐ", "QĐ"),
        ("ND", "NĐ"),
        ("qđ", "QĐ"),
        ("QDI", "QĐi"),
        ("TTR", "TTr"),
        ("NDD", "NĐ"),
        ("QDD", "QĐ"),
    ],
)
def test_type_spellings_restore_the_official_code(written, official):
    assert canonical_type(written) == official


def test_a_d_beside_a_d_makes_no_type_of_a_code_that_is_none():
    assert canonical_type("DD") is None
    assert canonical_type("KHDD") is None


@pytest.mark.parametrize(
    ("written", "official"),
    [
        ("TTG", "TTg"),
        ("DUK", "ĐUK"),
        ("СР", "CP"),
        ("BТС", "BTC"),
        ("HDND", "HĐND"),
        ("QH15", "QH15"),
        ("BGD&ĐT", "BGDĐT"),  # the ampersand is a habit of writing, not part of the code
        ("BNN&PTNT", "BNNPTNT"),
        ("SVHTT&DL", "SVHTTDL"),
        ("CTTN&BĐG", "CTTN&BĐG"),  # unknown without it: kept as written
    ],
)
def test_issuer_spellings_restore_the_official_code(written, official):
    assert canonical_issuer(written) == official


def test_by_position_ttr_is_a_type_before_the_hyphen_and_an_issuer_after():
    submission, plan = find_references("Tờ trình số 131/TTr-SCT và Kế hoạch số 88/KH-TTr")
    assert (submission.type_code, submission.issuer_code) == ("TTr", "SCT")
    assert (plan.type_code, plan.issuer_code) == ("KH", "TTr")


@pytest.mark.parametrize(
    ("text", "canonical", "surface"),
    [
        ("Nghị quyết \nsố 66-\nNQ/TW1 của Bộ Chính trị", "66-NQ/TW", "66-\nNQ/TW"),
        ("Nghị định số 193/2025/NĐCP ngày 02/7/2025", "193/2025/NĐ-CP", "193/2025/NĐCP"),
        ("QUYẾT ĐỊNH SỐ 10/2016/QĐ-UBND NGÀY 21/3/2016", "10/2016/QĐ-UBND", "10/2016/QĐ-UBND"),
        ("số31-QĐ/TW của Ban Bí thư", "31-QĐ/TW", "31-QĐ/TW"),
        ("Decree No. 59/2023/ND-CP on", "59/2023/NĐ-CP", "59/2023/ND-CP"),
        # the next word glued on by a page (a label, a heading, an icon's text)
        ("Official number: 168/NQ-CPSigner: Tran", "168/NQ-CP", "168/NQ-CP"),
        ("sửa đổi bởi Thông tư 75/2024/TT-BTCQuy định mới", "75/2024/TT-BTC", "75/2024/TT-BTC"),
        ("Decree No. 15/2018/ND-CPfa on food safety", "15/2018/NĐ-CP", "15/2018/ND-CP"),
        # ... a site's status label with its digit (blind round K)
        ("Circular No. 15/2020/TT-BGDDTstatus2 of", "15/2020/TT-BGDĐT", "15/2020/TT-BGDDT"),
        ("Decision No. 16/2015/QD-TTgstatus1 dated", "16/2015/QĐ-TTg", "16/2015/QD-TTg"),
        ("Kế hoạch số 3/KH-ThU của Thị ủy", "3-KH/ThU", "3/KH-ThU"),
        ("Chương trình 12/CTr-UBND", "12/CTr-UBND", "12/CTr-UBND"),
        ("Chương trình số 27-CTr/TU", "27-CTr/TU", "27-CTr/TU"),
        ("Kết luận số 100 - KL/TW ngày", "100-KL/TW", "100 - KL/TW"),
    ],
)
def test_real_world_spellings(text, canonical, surface):
    (ref,) = find_references(text)
    assert (ref.canonical, ref.surface) == (canonical, surface)


@pytest.mark.parametrize(
    "text",
    [
        "convert-cv/tuple",
        "https://baolamdong.vn/xa-hoi/202506/thanh-tra-tinh-lam-dong/12/QD-UBND",
        "theo mẫu số 01/ĐK-TCT ban hành kèm theo",
        "Số thuế phải nộp tháng 01/2025 (trên tờ khai 05/KK-TNCN)",
        "QCVN 06:2022/BXD về an toàn cháy",
        "đạt 301/314 xã, giai đoạn 2021-2025, giá 165,34 đồng",
    ],
)
def test_look_alikes(text):
    assert find_references(text) == []
