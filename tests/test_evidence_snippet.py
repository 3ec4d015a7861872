"""Evidence snippets show the mention they are evidence for, cut around it and marked."""

from __future__ import annotations

from vanban.queries.evidence import MARKS, snippet, snippet_parts

PREAMBLE = (
    "Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025; Căn cứ Nghị định số "
    "63/2010/NĐ-CP ngày 08/6/2010 của Chính phủ về kiểm soát thủ tục hành chính; Căn cứ Thông "
    "tư số 02/2017/TT-VPCP ngày 31/10/2017 của Văn phòng Chính phủ hướng dẫn nghiệp vụ về kiểm "
    "soát thủ tục hành chính; Căn cứ Quyết định số 4347/QĐ-BVHTTDL ngày 14/11/2025 của Bộ "
    "trưởng Bộ Văn hóa, Thể thao và Du lịch về việc công bố thủ tục hành chính;"
)


def test_a_long_preamble_is_cut_around_the_mention():
    text = snippet(PREAMBLE, "4347/QĐ-BVHTTDL", 120)
    assert f"{MARKS[0]}4347/QĐ-BVHTTDL{MARKS[1]}" in text
    assert text.startswith("…") and text.endswith("…")
    assert len(text) <= 120 + 4


def test_a_surface_written_across_a_line_break_is_found():
    before, mention, after = snippet_parts(
        "Căn cứ Nghị định số 08/2023/TT- BLĐTBXH;", "08/2023/TT-\nBLĐTBXH"
    )
    assert mention == "08/2023/TT- BLĐTBXH" and before.endswith("số ") and after == ";"


def test_without_the_mention_the_sentence_is_cut_from_its_start():
    assert snippet(PREAMBLE, "99/XX-YY", 40) == PREAMBLE[:39] + "…"
    assert snippet("Ngắn.", None) == "Ngắn."
