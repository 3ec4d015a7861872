"""Random and adversarial text: nothing raises, every span is exact."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from vanban.extract.pipeline import extract_text

PIECES = st.sampled_from(
    [
        "số ",
        "Số: ",
        "No. ",
        "№ ",
        "第",
        "号",
        "-",
        "/",
        "\n",
        " ",
        "ngày ",
        "dated ",
        "від ",
        "23",
        "2021",
        "33",
        "07",
        "66.7",
        "QĐ",
        "QÐ",
        "QD",
        "TW",
        "CT",
        "TTg",
        "NĐ",
        "СР",
        "BТС",
        "UBND",
        "KH",
        "TU",
        "&",
        "«",
        "»",
        "“",
        "”",
        "30/7/2021",
        "2021年7月30日",
        "Chỉ thị ",
        "Kết luận số ",
        "Quy định ",
        "CỘNG HÒA XÃ HỘI",
        "ỦY BAN NHÂN DÂN\nTỈNH THANH HÓA\n",
        "Hà Nội, ngày ",
        "https://baolamdong.vn/",
        "2021-2025",
        "301/314",
    ]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(PIECES, max_size=60).map("".join))
def test_adversarial_pieces(text):
    _, refs = extract_text(text)
    for r in refs:
        assert text[r.start : r.end] == r.surface


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=400))
def test_random_unicode(text):
    _, refs = extract_text(text)
    for r in refs:
        assert text[r.start : r.end] == r.surface
