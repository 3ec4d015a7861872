"""References vanban used to miss or misread (issue 9 item 5, issue 16 item 5, issue 12 item 8).

Each test names the shape it covers; the passages kept beside the patterns
(`extract/patterns.py` PASSAGES) are checked in tests/test_patterns.py.
"""

from __future__ import annotations

import random

import pytest

from vanban.extract.find import UrlChunks, find_references
from vanban.extract.pipeline import extract_text
from vanban.extract.relate import relate
from vanban.extract.shortforms import find_alias_definitions


def _read(text: str) -> list[tuple[str, str]]:
    _, refs = extract_text(text)
    return [(r.surface, r.short_form_of or r.canonical) for r in refs]


# --- one code written once for several numbers -------------------------------------------


def test_numbers_sharing_one_code_are_each_a_reference_with_the_shared_date():
    text = "Thực hiện Kết luận số 187, 188- KL/TW ngày 20/8/2025 của Bộ Chính trị"
    _, refs = extract_text(text)
    assert [(r.canonical, r.family, r.type_code, r.issuer_code) for r in refs] == [
        ("187-KL/TW", "party", "KL", "TW"),
        ("188-KL/TW", "party", "KL", "TW"),
    ]
    assert [r.date for r in refs] == ["2025-08-20", "2025-08-20"]
    assert all(text[r.start : r.end] == r.surface for r in refs)


def test_a_shared_code_with_a_year_keeps_the_year_for_every_number():
    assert _read("các Thông tư số 01, 02/2024/TT-BTC của Bộ Tài chính") == [
        ("01", "01/2024/TT-BTC"),
        ("02/2024/TT-BTC", "02/2024/TT-BTC"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Tại Điều 3, 29/2024/TT-BGDĐT quy định",  # an article, then a circular
        "khoản 1, 2 Quyết định 15/QĐ-UBND",  # clauses of one decision
        "Chỉ thị số 05, 01-KL/TW",  # the noun does not fit the code
        "Kết luận số 15/CT-TTg, 188- KL/TW",  # a full reference before: nothing is listed
    ],
)
def test_numbers_before_a_code_are_not_listed_without_a_fitting_noun(text):
    refs = find_references(text)
    assert all("/" in r.surface or "-" in r.surface for r in refs), [r.surface for r in refs]


# --- slashes after the type, Party issuers in State layout ------------------------------


def test_party_numbers_in_slash_style_meet_the_party_spelling():
    written = {
        "65/CV/ĐU": "65-CV/ĐU",
        "27/NQ- TW": "27-NQ/TW",
        "134/KL-TW": "134-KL/TW",
    }
    for surface, canonical in written.items():
        (ref,) = find_references(f"Công văn số {surface} ngày 5/3/2025")
        (plain,) = find_references(f"Công văn số {canonical} ngày 5/3/2025")
        assert (ref.surface, ref.canonical, ref.family) == (surface, canonical, "party")
        assert (ref.type_code, ref.issuers, ref.level) == (
            plain.type_code,
            plain.issuers,
            plain.level,
        )


def test_a_steering_committee_of_either_family_keeps_its_state_layout():
    (ref,) = find_references("Quyết định số 3385/QĐ-BCĐ ngày 22/9/2025")
    assert (ref.canonical, ref.family) == ("3385/QĐ-BCĐ", "state")


def test_a_party_issuer_with_a_year_is_not_turned_into_a_party_number():
    (ref,) = find_references("số 05/2019/NQ-TW")
    assert (ref.canonical, ref.family) == ("05/2019/NQ-TW", "state")


def test_a_slash_after_a_joint_type():
    (ref,) = find_references("Thông tư liên tịch số 213/2013/TTLT/BTC-BLĐTBXH ngày 31/12/2013")
    assert ref.canonical == "213/2013/TTLT-BTC-BLĐTBXH"
    assert (ref.type_code, ref.issuers, ref.year) == ("TTLT", ["BTC", "BLĐTBXH"], 2013)


def test_a_slash_after_an_issuer_is_read_up_to_the_issuer():
    (ref,) = find_references("Văn bản số 123/UBND/TP ngày 1/2/2025")
    assert (ref.surface, ref.canonical) == ("123/UBND", "123/UBND")


# --- old councils, term numbers and footnotes --------------------------------------------


def test_old_style_numbers_of_the_councils_need_no_type_code():
    refs = find_references("Lệnh số 96/HÐNN và Nghị định số 66/HĐBT ngày 02/3/1992")
    assert [(r.surface, r.canonical, r.type_code, r.level) for r in refs] == [
        ("96/HÐNN", "96/HĐNN", None, "central"),
        ("66/HĐBT", "66/HĐBT", None, "central"),
    ]


def test_a_term_number_is_kept_and_a_footnote_after_it_is_cut():
    refs = find_references("Pháp lệnh số 27-LCT/HĐNN8; Luật số 66/2025/QH155:")
    assert [(r.surface, r.canonical) for r in refs] == [
        ("27-LCT/HĐNN8", "27-LCT/HĐNN8"),
        ("66/2025/QH15", "66/2025/QH15"),
    ]


# --- invisible characters inside numbers -------------------------------------------------


@pytest.mark.parametrize("mark", ["\u200b", "\u2060", "\ufeff", "\u00ad", "\u200b\u200c"])
def test_an_invisible_character_inside_a_number_does_not_shorten_it(mark):
    text = f"Kế hoạch số 9{mark}9/KH-UBND ngày 5/3/2025"
    (ref,) = find_references(text)
    assert (ref.number, ref.canonical) == ("99", "99/KH-UBND")
    assert ref.surface == f"9{mark}9/KH-UBND" == text[ref.start : ref.end]


def test_an_invisible_character_after_a_hyphen_stays_out_of_the_codes():
    (ref,) = find_references("Kế hoạch số 99/KH-\u200bUBND ngày 5/3/2025")
    assert (ref.canonical, ref.issuers) == ("99/KH-UBND", ["UBND"])


# --- aliases and short forms with a year ------------------------------------------------


def test_an_alias_names_its_document_where_defined_and_after():
    text = (
        "Căn cứ Thông tư liên tịch số 01/2017/TTLT-BTC-BNV ngày 10/01/2017 của Bộ Tài chính "
        "và Bộ Nội vụ hướng dẫn chế độ công tác phí (sau đây gọi tắt là TTLT 01); "
        "theo TTLT 01, các cơ quan lập dự toán."
    )
    assert _read(text) == [
        ("01/2017/TTLT-BTC-BNV", "01/2017/TTLT-BTC-BNV"),
        ("TTLT 01", "01/2017/TTLT-BTC-BNV"),
        ("TTLT 01", "01/2017/TTLT-BTC-BNV"),
    ]


def test_an_alias_with_a_year_after_a_joint_circular():
    text = (
        "Thông tư liên tịch số 01/2017/TTLT-BTC-BNV ngày 10/01/2017 (sau đây viết tắt là "
        "Thông tư liên tịch số 01/2017). Thông tư liên tịch số 01/2017 quy định."
    )
    assert [c for _, c in _read(text)] == ["01/2017/TTLT-BTC-BNV"] * 3


def test_an_alias_ties_to_the_mention_with_its_number_not_the_nearest():
    text = (
        "Quyết định số 601/QĐ-TTg ngày 17/4/2013 thành lập Quỹ theo Nghị định số "
        "56/2009/NĐ-CP (sau đây gọi tắt là Quyết định 601)"
    )
    (alias,) = find_alias_definitions(text, find_references(text))
    assert (alias.words, alias.target.canonical) == ("Quyết định 601", "601/QĐ-TTg")


@pytest.mark.parametrize(
    "definition",
    [
        "(sau đây viết tắt là Nghị định)",  # no number: later "Nghị định" is not a reference
        "(sau đây gọi tắt là Quỹ 15)",  # a number no mention before has
        "(sau đây gọi tắt là Nghị định số 200/2024)",  # the year disagrees
    ],
)
def test_an_alias_without_a_matching_mention_names_nothing(definition):
    text = f"Nghị định số 200/2025/NĐ-CP ngày 09/7/2025 {definition}. Nghị định quy định"
    assert _read(text) == [("200/2025/NĐ-CP", "200/2025/NĐ-CP")]


def test_an_alias_too_far_from_its_mention_names_nothing():
    text = "Quyết định số 601/QĐ-TTg. " + "Nội dung. " * 100 + "(sau đây gọi tắt là QĐ 601)"
    assert find_alias_definitions(text, find_references(text)) == []


def test_a_short_form_with_a_year_needs_the_same_number_year_and_type():
    text = (
        "Thông tư số 08/2024/TT-TTCP quy định. Thông tư số 08/2024 nêu rõ; "
        "Thông tư 08/2023 khác; Nghị định 08/2024 khác; Thông tư 08/2024/TT-BTC khác."
    )
    assert _read(text) == [
        ("08/2024/TT-TTCP", "08/2024/TT-TTCP"),
        ("Thông tư số 08/2024", "08/2024/TT-TTCP"),
        # no short form of the circular; a decree's number and year name the Government's
        # decree of that number (extract/issuer_numbered.py)
        ("08/2024", "08/2024/NĐ-CP"),
        ("08/2024/TT-BTC", "08/2024/TT-BTC"),
    ]


def test_a_type_code_as_a_noun_before_a_short_number():
    text = "thay thế Quyết định số 270/QĐ-TTg. Dự án đã có trong QĐ270 (tên cũ); TT 270 khác"
    assert _read(text) == [("270/QĐ-TTg", "270/QĐ-TTg"), ("QĐ270", "270/QĐ-TTg")]


# --- long lines: one pass over the text ---------------------------------------------------


class _CountingText(str):
    """A text that counts the characters its rfind and find calls look at."""

    looked_at = 0

    def rfind(self, sub, start=0, end=None):  # type: ignore[override]
        end = len(self) if end is None else end
        found = super().rfind(sub, start, end)
        _CountingText.looked_at += end - (found if found >= 0 else start)
        return found

    def find(self, sub, start=0, end=None):  # type: ignore[override]
        end = len(self) if end is None else end
        found = super().find(sub, start, end)
        _CountingText.looked_at += (found if found >= 0 else end) - start
        return found


_UNIT = (
    "Thực hiện Kế hoạch số 1234/KH-UBND ngày 12/3/2025 và Nghị quyết số 18-NQ/TW, "
    "xem https://vanban.gov.vn/12/QD-UBND trang. "
)


def _work_on_one_line(units: int) -> tuple[int, int]:
    _CountingText.looked_at = 0
    text = _CountingText(_UNIT * units)
    refs = find_references(text)
    assert len(refs) == 2 * units  # the one inside the URL is not a reference
    return _CountingText.looked_at, len(text)


def test_finding_references_on_one_long_line_looks_at_each_character_a_bounded_number_of_times():
    small, small_len = _work_on_one_line(1_000)
    large, large_len = _work_on_one_line(4_000)
    # Looking back from every reference to the start of its line made this quadratic:
    # 4x the text cost 16x the work, and the work ran to thousands of times the text.
    assert large <= 3 * large_len
    assert large / small <= 1.2 * large_len / small_len


def test_url_chunks_scan_each_character_a_bounded_number_of_times():
    text = ("x" * 50 + "/12/QD-UBND ") * 2_000
    chunks = UrlChunks(text)
    for pos in range(0, len(text), 7):
        chunks.inside(pos)
    assert chunks.scanned <= 4 * len(text)


def _inside_url_by_definition(text: str, pos: int) -> bool:
    chunk = text[max(text.rfind(" ", 0, pos), text.rfind("\n", 0, pos)) + 1 : pos].lower()
    return (
        "://" in chunk
        or "www." in chunk
        or any(f".{tld}/" in chunk for tld in ("vn", "com", "org", "net"))
    )


def test_url_chunks_answer_as_the_definition_does():
    rng = random.Random(12)
    pieces = ["a", "1", "/", " ", "\n", "://", "www.", ".vn/", ".com/", ".o", "rg/", "QD", "."]
    for _ in range(200):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 60)))
        chunks = UrlChunks(text)
        for pos in sorted(rng.sample(range(len(text) + 1), min(len(text) + 1, 12))):
            assert chunks.inside(pos) == _inside_url_by_definition(text, pos), (text, pos)


# --- a letter whose issuer's letters spell a type ------------------------------------------


@pytest.mark.parametrize(
    ("text", "read"),
    [
        # the Tax Department (Cục Thuế) numbers its letters CT-<unit>
        ("Công văn 3562/CT-PC hướng dẫn ủy quyền. Tải về Công văn 3562?", ("CV", ["CT", "PC"])),
        ("theo công văn số 4952/CT-CS ngày 12/11/2025", ("CV", ["CT", "CS"])),
        ("Cục Điện ảnh ban hành công văn số 1537/ĐA-VP ngày 03/10/2025", ("CV", ["ĐA", "VP"])),
        # a known issuer after the type: a directive, whatever the text calls it
        ("Công văn số 12/CT-UBND của tỉnh", ("CT", ["UBND"])),
        # the type the code spells, where the text does not call it a letter
        ("Chỉ thị số 10/CT-TT ngày 5/3/1998", ("CT", ["TT"])),
    ],
)
def test_a_number_the_text_calls_a_letter_reads_its_code_as_issuer_and_unit(text, read):
    _, refs = extract_text(text)
    assert (refs[0].type_code, refs[0].issuers) == read
    if "Tải về" in text:  # its short form, a letter too, is found
        assert [r.surface for r in refs[1:]] == ["Công văn 3562"]


def test_a_type_noun_alone_that_is_carried_out_is_the_one_its_sentence_named():
    """Blind round CP: "… Nghị quyết số 45-NQ/TW …, Tỉnh ủy ban hành Chương trình số
    51-CTr/TU … thực hiện Nghị quyết." ends on the resolution its sentence named; not when
    the sentence named two, not "Nghị quyết này" (a resolution's own articles), and not a
    small "nghị quyết" that means resolutions at large."""
    text = (
        "Quán triệt Nghị quyết số 45-NQ/TW ngày 24/11/2023 của Ban Chấp hành Trung ương, Tỉnh "
        "ủy Long An ban hành Chương trình số 60-CTr/TU ngày 2/5/2024 thực hiện Nghị quyết."
    )
    assert _read(text)[-1] == ("Nghị quyết", "45-NQ/TW")
    document, refs = extract_text(text)
    read = {
        (refs[s.subject].canonical, s.relation, refs[s.object].canonical)
        for s in relate(text, refs, "vi", document.number, document.reported)
        if s.subject is not None
    }
    assert ("60-CTr/TU", "IMPLEMENTS", "45-NQ/TW") in read
    two = text.replace("Nghị quyết số 45-NQ/TW", "Nghị quyết số 45-NQ/TW và Nghị quyết số 46-NQ/TW")
    assert _read(two)[-1][0] != "Nghị quyết"
    assert _read(text.replace("Nghị quyết.", "Nghị quyết này."))[-1][0] != "Nghị quyết"
    assert _read(text.replace("Nghị quyết.", "nghị quyết."))[-1][0] != "nghị quyết"
    # ... nor a noun whose number the next line gives: one mention broken by a line (round MY)
    broken = (
        "Thực hiện Quyết định số 64/QĐ-BGTVT ngày 22/01/2024 của Bộ Giao thông vận tải; Ủy ban "
        "nhân dân tỉnh ban hành kế hoạch thực hiện Quyết định\nsố 64/QĐ-BGTVT ngày 22/01/2024."
    )
    assert [surface for surface, _ in _read(broken)] == ["64/QĐ-BGTVT", "64/QĐ-BGTVT"]
    assert ("Quyết định", "64/QĐ-BGTVT") in _read(broken.replace("\nsố ", "\nvà số "))
