"""A text's own identity: typed number labels, consolidated texts, a record's metadata, titles."""

from __future__ import annotations

import json
import re

import pytest

from vanban.extract import identity, summaries
from vanban.extract.pipeline import extract_text
from vanban.extract.read_facts import source_facts
from vanban.extract.relate import relate
from vanban.graph.resolve import CATALOGUE, build_graph
from vanban.loaders.source import make_source

HEADER = (
    "QUỐC HỘI\n-------\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
    "---------------\n\n"
)


def test_a_typed_number_label_names_the_text_itself():
    text = (
        HEADER + "Luật số: 74/2025/QH15\n\nHà Nội, ngày 16 tháng 6 năm 2025\n\nLUẬT\nVIỆC LÀM\n\n"
        "Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam; Luật số 38/2013/QH13."
    )
    doc, refs = extract_text(text)
    assert (doc.number, doc.basis, doc.date) == ("74/2025/QH15", "header", "2025-06-16")
    assert [r.canonical for r in refs if r.self] == ["74/2025/QH15"]


def test_a_legal_sites_lines_above_a_misprinted_header_leave_the_header_its_own():
    # the site's summary above the header names the decision and what replaced it, with a
    # date and words a place could be taken from; the header misprints the number without
    # its type code
    text = (
        "Quyết định 512/QĐ-UBND năm 2016 công bố thủ tục hành chính của Sở Xây dựng Nam Định\n\n"
        "Quyết định 512/QĐ-UBND đã được thay thế bởi Quyết định 77/QĐ-UBND và được áp dụng kể "
        "từ ngày 30/06/2017.\n\n\nỦY BAN NHÂN DÂN\nTỈNH NAM ĐỊNH\n-------\n\n"
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n---------------\n\n"
        "Số: 512/-UBND\n\nNam Định, ngày 14 tháng 03 năm 2016\n\nQUYẾT ĐỊNH\n\nVỀ VIỆC CÔNG BỐ "
        "THỦ TỤC HÀNH CHÍNH\n\nCHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH\n\nCăn cứ Nghị định số "
        "63/2010/NĐ-CP ngày 08/6/2010 của Chính phủ về kiểm soát thủ tục hành chính;\n"
    )
    doc, refs = extract_text(text)
    assert (doc.number, doc.basis, doc.date, doc.place) == (
        "512/QĐ-UBND",
        "header",
        "2016-03-14",
        "Nam Định",
    )
    assert doc.issuer == "ỦY BAN NHÂN DÂN TỈNH NAM ĐỊNH"
    assert {r.canonical for r in refs if r.self} == {"512/QĐ-UBND"}


@pytest.mark.parametrize(
    ("text", "date", "place"),
    [
        # a header's place and date, set off by a comma, in a table's cell, or without the
        # comma when the place is a province's name
        (
            "Số: 12/KH-UBND\n\nNam Định, ngày 14 tháng 03 năm 2016\n\nKẾ HOẠCH\n",
            "2016-03-14",
            "Nam Định",
        ),
        (
            "Luật số: 80/2025/QH15 | Hà Nội, ngày 24 tháng 6 năm 2025\n\nLUẬT\n",
            "2025-06-24",
            "Hà Nội",
        ),
        (
            "Số: 388/NQ-CP\n\nHà Nội ngày 01\ntháng 12 năm 2025\n\nNGHỊ QUYẾT\n",
            "2025-12-01",
            "Hà Nội",
        ),
        ("Số: 12/QĐ-UBND      Huế, ngày 4 tháng 5 năm 2020\n\nQUYẾT ĐỊNH\n", "2020-05-04", "Huế"),
        # a report's opening: the date belongs to the plan it carries out, not to the page
        (
            "Chiều 31/3/2022, thực hiện Kế hoạch số 80-KH/ĐUK ngày 11/3/2022 của Ban Thường vụ "
            "Đảng ủy Khối, Đảng ủy Trường Chính trị tổ chức Hội nghị.\n",
            None,
            None,
        ),
        # prose that runs into a date
        (
            "Nghị định có hiệu lực thi hành từ ngày 01/7/2025, thay thế các quy định cũ.\n",
            None,
            None,
        ),
        ("Chiều ngày 21/12/2022, Đảng ủy xã tổ chức hội nghị.\n", None, None),
    ],
)
def test_a_headers_place_is_a_name_before_its_date_not_prose_or_a_cited_code(text, date, place):
    doc, _ = extract_text(text)
    assert (doc.date, doc.place) == (date, place)


def test_a_codeless_header_number_nothing_completes_stays_unnumbered():
    # the site's title numbers another decision of the same issuer: the header's 513 is not it
    text = (
        "Quyết định 512/QĐ-UBND năm 2016 của tỉnh Nam Định\n\n"
        "ỦY BAN NHÂN DÂN\nTỈNH NAM ĐỊNH\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\n"
        "Số: 513/-UBND\n\nNam Định, ngày 14 tháng 03 năm 2016\n\nQUYẾT ĐỊNH\n\n"
        "Về việc công bố thủ tục hành chính\n"
    )
    doc, _ = extract_text(text)
    assert doc.number is None


def test_a_lead_whose_document_says_its_act_reports_on_that_document():
    text = (
        "Chính phủ đã họp phiên thường kỳ tháng 10 năm 2023.\n\n"
        "Quyết định 1269/QĐ-TTg nêu rõ, bãi bỏ Quyết định số 447/QĐ-TTg ngày 01 tháng 04 năm "
        "2020 của Thủ tướng Chính phủ về việc công bố dịch COVID-19.\n"
    )
    doc, refs = extract_text(text)
    assert (doc.number, doc.basis) == ("1269/QĐ-TTg", "subject")
    reading = relate(text, refs, "vi", doc.number, doc.reported)
    assert [(s.relation, refs[s.object].canonical) for s in reading if s.subject is None] == [
        ("CITES", "1269/QĐ-TTg"),
        ("REPEALS", "447/QĐ-TTg"),
    ]


def test_a_translated_header_flattened_to_one_line_labels_its_number_after_the_rule():
    text = (
        "THE STATE BANK OF VIETNAM __________ No. 14/2019/TT-NHNN | THE SOCIALIST REPUBLIC "
        "OF VIETNAM Independence - Freedom - Happiness | Hanoi, May 3, 2019 |\n"
        "CIRCULAR\nON PAYMENT SERVICES\n"
        "Pursuant to the Law on State Bank of Vietnam dated June 16, 2010;\n"
    )
    doc, refs = extract_text(text)
    assert (doc.number, doc.basis) == ("14/2019/TT-NHNN", "header")
    assert [r.self for r in refs if r.canonical == "14/2019/TT-NHNN"] == [True]


def test_a_number_in_body_text_after_a_type_word_is_not_the_texts_own():
    text = "Nghị quyết số 27-NQ/TW ngày 09/11/2022 của Ban Chấp hành Trung ương về xây dựng."
    doc, _ = extract_text(text)
    assert doc.number != "27-NQ/TW" or doc.basis != "header"


def test_a_heading_wrapped_before_its_so_names_another_document_not_the_text():
    text = (
        "Chương I\n\nSỬA ĐỔI, BỔ SUNG MỘT SỐ ĐIỀU CỦA THÔNG TƯ\nSỐ 96/2020/TT-BTC ĐƯỢC SỬA "
        "ĐỔI, BỔ SUNG BỞI THÔNG TƯ SỐ 68/2024/TT-BTC\n\nĐiều 1. Sửa đổi khoản 2 Điều 5."
    )
    doc, _ = extract_text(text, {"number": "08/2026/TT-BTC", "doc_type": "Thông tư"})
    assert (doc.number, doc.basis) == ("08/2026/TT-BTC", "metadata")
    # a header's own "Số" line still labels the text's number
    doc, _ = extract_text("BỘ TÀI CHÍNH\nSố: 08/2026/TT-BTC\nHà Nội, ngày 2 tháng 1 năm 2026")
    assert doc.number == "08/2026/TT-BTC"


def test_an_annex_names_its_document_only_from_its_own_heading_line():
    annex = "PHỤ LỤC I\n(Kèm theo Quyết định số 1204/QĐ-UBND ngày 02/10/2025)\n\nDanh mục"
    doc, _ = extract_text(annex)
    assert (doc.number, doc.basis) == ("1204/QĐ-UBND", "annex")
    # a sentence naming another document's annexed rules says nothing of the text's own
    sentence = (
        "a) Doanh nghiệp thuộc diện giám sát đặc biệt quy định tại Điều 10 Quy chế giám sát "
        "tài chính (ban hành kèm theo Nghị định số 61/2013/NĐ-CP ngày 25 tháng 6 năm 2013)."
    )
    doc, _ = extract_text(sentence, {"number": "115/2014/NĐ-CP", "doc_type": "Nghị định"})
    assert (doc.number, doc.basis) == ("115/2014/NĐ-CP", "metadata")


def test_an_annex_the_text_first_cites_as_another_documents_is_not_its_own():
    """news-512, news-543: an explainer quotes "… tuổi nghỉ hưu quy định tại Phụ lục I, Phụ
    lục II ban hành kèm theo Nghị định số 135/2020/NĐ-CP" and then appends those annexes
    with their own heading lines; the page is not that decree."""
    annex = "PHỤ LỤC I\n(Ban hành kèm theo Nghị định số 135/2020/NĐ-CP ngày 18/11/2020)\n"
    quoted = (
        "Cán bộ có tuổi đời còn từ đủ 02 năm đến đủ 05 năm đến tuổi nghỉ hưu quy định tại Phụ "
        "lục I, Phụ lục II ban hành kèm theo Nghị định số 135/2020/NĐ-CP thì được hưởng chế độ."
        "\n\n" + annex + "\nLộ trình tuổi nghỉ hưu"
    )
    doc, refs = extract_text(quoted)
    assert doc.number is None
    relations = {s.relation for s in relate(quoted, refs, "vi", doc.number, doc.reported)}
    assert relations == {"CITES"}
    # the annex alone, or after text that does not cite it, is still the decree's
    doc, _ = extract_text("Nội dung lộ trình như sau.\n\n" + annex)
    assert (doc.number, doc.basis) == ("135/2020/NĐ-CP", "annex")


def test_a_page_titled_by_a_document_it_names_by_number_reports_on_it():
    """news-963: a page titled "Thông tư số 106/2025/TT-BQP sửa đổi …" whose text names the
    circular by its number ("Thông tư số 106/2025/TT-BQP sửa đổi … Thông tư số
    105/2023/TT-BQP") reports on it: its mentions of the circular cite it, and what the
    circular does stays the circular's. A page that never names the number, calling the
    document "Thông tư này", reproduces it."""
    title = {"title": "Thông tư số 106/2025/TT-BQP sửa đổi quy định về khám sức khỏe"}
    report = (
        "Thông tư số 106/2025/TT-BQP sửa đổi, bổ sung một số điều của Thông tư số "
        "105/2023/TT-BQP quy định tiêu chuẩn sức khỏe.\n\nThông tư số 106/2025/TT-BQP có "
        "hiệu lực từ ngày 1/12/2025."
    )
    doc, refs = extract_text(report, title)
    assert (doc.number, doc.basis, doc.reported) == ("106/2025/TT-BQP", "title", True)
    read = {
        (refs[s.object].start, s.relation)
        for s in relate(report, refs, "vi", doc.number, doc.reported)
        if s.subject is None
    }
    own = [r.start for r in refs if r.canonical == "106/2025/TT-BQP"]
    assert {(start, "CITES") for start in own} <= read
    amended = next(r.start for r in refs if r.canonical == "105/2023/TT-BQP")
    assert (amended, "AMENDS") in read
    reproduced = "Điều 1. Sửa đổi khoản 2 Điều 3.\n\nThông tư này có hiệu lực từ ngày 1/12/2025."
    doc, _ = extract_text(reproduced, title)
    assert (doc.number, doc.basis, doc.reported) == ("106/2025/TT-BQP", "metadata", False)
    # news-637: a title that drops the year ("TOÀN VĂN: Nghị định 150/NĐ-CP …") over a text
    # that says "Nghị định này" and names "Nghị định 150/2025/NĐ-CP": a report, numbered in full
    yearless = {"title": "TOÀN VĂN: Nghị định 150/NĐ-CP quy định tổ chức các cơ quan"}
    summary = (
        "Nghị định này quy định về tổ chức các cơ quan chuyên môn.\n\nNghị định "
        "150/2025/NĐ-CP có hiệu lực thi hành từ ngày 1/7/2025."
    )
    doc, _ = extract_text(summary, yearless)
    assert (doc.number, doc.basis) == ("150/2025/NĐ-CP", "title")
    # news-1020: the document's own article may name it ("Điều 8. … Thông tư số 1/2025/TT-BNV
    # có hiệu lực"): still the document's page; a lead naming it first makes a report, also
    # with the leading zero dropped
    full_text = {"title": "TOÀN VĂN: Thông tư 01/2025/TT-BNV hướng dẫn chính sách"}
    articles = (
        "## THÔNG TƯ\n\n#### Điều 1. Phạm vi điều chỉnh\n\nThông tư này hướng dẫn chính sách."
        "\n\n#### Điều 8. Tổ chức thực hiện\n\n1. Thông tư số 1/2025/TT-BNV có hiệu lực thi "
        "hành kể từ ngày ký.\n"
    )
    doc, _ = extract_text(articles, full_text)
    assert (doc.number, doc.basis) == ("01/2025/TT-BNV", "metadata")
    lead = "Sau đây là toàn văn Thông tư số 1/2025/TT-BNV.\n\n"
    doc, _ = extract_text(lead + articles.replace("## THÔNG TƯ\n\n", ""), full_text)
    assert (doc.number, doc.basis) == ("01/2025/TT-BNV", "title")


def test_a_title_opening_with_a_document_that_acts_on_another_names_the_first():
    """news-998, news-774: a title naming two documents, the first followed at once by what
    it does to the second ("TOÀN VĂN: Nghị định X sửa đổi Nghị định Y …", "Nội dung Nghị
    định X thay thế …"), is about the first; what it does to the second is its act. A colon
    before the act (the title of a page on what amends the decree it names), an owner
    before it, or two documents side by side leave the title without a document."""
    page = (
        "## Nghị định 41/2025/NĐ-CP ngày 2/3/2025 sửa đổi, bổ sung một số điều của Nghị "
        "định 12/2023/NĐ-CP\n\n- Xem thêm\n- Xem thêm\n\n(Báo Mới) - Toàn văn Nghị định "
        "41/2025/NĐ-CP sửa đổi, bổ sung một số điều của Nghị định 12/2023/NĐ-CP của Chính "
        "phủ về hỗ trợ người trồng rừng."
    )
    for title in (
        "TOÀN VĂN: Nghị định 41/2025/NĐ-CP sửa đổi Nghị định 12/2023/NĐ-CP về trồng rừng",
        "Nội dung Nghị định 41/2025/NĐ-CP sửa đổi, bổ sung Nghị định 12/2023/NĐ-CP",
    ):
        doc, refs = extract_text(page, {"title": title})
        assert (doc.number, doc.basis, doc.reported) == ("41/2025/NĐ-CP", "title", True)
        read = {
            (refs[s.object].canonical, s.relation)
            for s in relate(page, refs, "vi", doc.number, doc.reported)
            if s.subject is None
        }
        assert ("12/2023/NĐ-CP", "AMENDS") in read
    # news-774: a purpose after what the reported decree amends is the decree's own ("X sửa
    # đổi … Y để quy định chi tiết … Z"): X guides Z; it is no part of Y's title
    purpose = (
        "Bộ Nông nghiệp đã trình Chính phủ ban hành Nghị định số 41/2025/NĐ-CP sửa đổi, bổ "
        "sung một số điều của Nghị định số 12/2023/NĐ-CP để quy định chi tiết thi hành một số "
        "điều của Luật số 16/2024/QH15."
    )
    title = "Nội dung Nghị định 41/2025/NĐ-CP sửa đổi, bổ sung Nghị định 12/2023/NĐ-CP"
    doc, refs = extract_text(purpose, {"title": title})
    read = {
        (s.subject, refs[s.object].canonical, s.relation)
        for s in relate(purpose, refs, "vi", doc.number, doc.reported)
    }
    assert (None, "16/2024/QH15", "GUIDES") in read
    assert not any(st[1:] == ("16/2024/QH15", "GUIDES") and st[0] is not None for st in read)
    # news-773: a title presenting one document's content is about that document too
    doc, _ = extract_text(page, {"title": "Nội dung cơ bản của Nghị định số 41/2025/NĐ-CP về rừng"})
    assert (doc.number, doc.basis) == ("41/2025/NĐ-CP", "title")
    for title in (
        # the decree named is the amended one: the page is about the one that amends it
        "Nghị định số 12/2023/NĐ-CP: Sửa đổi mức hỗ trợ theo Nghị định 41/2025/NĐ-CP",
        "Kết luận 80-TB/TW của Bộ Chính trị: hỗ trợ theo Nghị định 12/2023/NĐ-CP",
        "Nghị định 41/2025/NĐ-CP và Nghị định 12/2023/NĐ-CP hướng dẫn về trồng rừng",
    ):
        doc, _ = extract_text(page, {"title": title})
        assert doc.number is None, title


def test_a_consolidated_text_is_the_number_of_its_closing_block_not_of_its_header():
    text = (
        "BỘ TÀI CHÍNH\n-------\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "Độc lập - Tự do - Hạnh phúc\n---------------\n\n"
        "THÔNG TƯ\nQuy định về phí\n\n"
        "Thông tư số 55/2023/TT-BTC ngày 15 tháng 8 năm 2023 của Bộ trưởng Bộ Tài chính, có "
        "hiệu lực kể từ ngày 01 tháng 10 năm 2023, được sửa đổi, bổ sung bởi Thông tư số "
        "12/2025/TT-BTC ngày 10 tháng 3 năm 2025.\n\nĐiều 1. Phạm vi điều chỉnh\n...\n\n"
        "XÁC THỰC VĂN BẢN HỢP NHẤT\n\nSố: 15/VBHN-BTC\n\nHà Nội, ngày 20 tháng 5 năm 2025\n\n"
        "BỘ TRƯỞNG\n"
    )
    doc, refs = extract_text(text)
    assert (doc.number, doc.type_code, doc.date) == ("15/VBHN-BTC", "VBHN", "2025-05-20")
    cited = {r.canonical for r in refs if not r.self}
    assert {"55/2023/TT-BTC", "12/2025/TT-BTC"} <= cited


def test_a_records_own_metadata_identifies_a_text_whose_header_does_not():
    text = "Cục Hải quan trả lời vướng mắc của doanh nghiệp như sau: thực hiện theo quy định."
    metadata = {
        "number": "5402/CT-CS",
        "issued_date": "2025-11-21",
        "doc_type": "Công văn",
        "issuer": "Cục Thuế",
        "title": "Công văn 5402/CT-CS năm 2025 về thuế giá trị gia tăng",
    }
    doc, _ = extract_text(text, metadata)
    assert (doc.number, doc.basis, doc.date, doc.issuer) == (
        "5402/CT-CS",
        "metadata",
        "2025-11-21",
        "Cục Thuế",
    )
    graph = build_graph([source_facts(make_source("r.jsonl", "jsonl", text, metadata))])
    [node] = [d for d in graph.documents.values() if d.number == "5402/CT-CS"]
    assert node.period == "2025"
    assert node.has_text and node.date == "2025-11-21"
    assert node.title == metadata["title"]


def test_a_legal_text_reproduced_without_its_number_speaks_for_itself():
    """news-734: a page gives a joint resolution from its type line and preamble, without the
    header's number: its own acts are edges of an unnumbered document, not a report's
    citations."""
    text = (
        "NGHỊ QUYẾT LIÊN TỊCH\n\nQuy định chi tiết việc tổ chức tiếp xúc cử tri\n\nQUỐC HỘI\n\n"
        "Căn cứ Luật Tổ chức Quốc hội số 57/2014/QH13;\n\nĐiều 58. Hiệu lực thi hành\n\n"
        "2. Nghị quyết này thay thế Nghị quyết số 753/2005/UBTVQH11 ngày 02/4/2005.\n"
    )
    doc, _ = extract_text(text, {"title": "Nghị quyết liên tịch 72/2025 về tiếp xúc cử tri"})
    assert (doc.number, doc.basis, doc.type_code) == (None, "unnumbered", "NQLT")
    graph = build_graph([source_facts(make_source("p.jsonl", "jsonl", text, {}))])
    relations = {relation for _, relation, _ in graph.edges}
    assert {"BASED_ON", "REPLACES"} <= relations
    # ... and so does one whose preamble lines open with a dash, as the Party's do
    dashed = "QUY ĐỊNH\n\nVề công tác kiểm tra\n\n- Căn cứ Điều lệ Đảng;\n\nĐiều 1. Phạm vi\n"
    assert extract_text(dashed, {})[0].basis == "unnumbered"
    # a news page that only opens with a type word and cites no basis is a report
    report = "NGHỊ QUYẾT\n\nQuốc hội vừa thông qua Nghị quyết số 190/2025/QH15 về sắp xếp.\n"
    assert extract_text(report, {})[0].basis != "unnumbered"


def test_a_lead_issuing_an_unnumbered_plan_reports_the_plan_not_what_it_carries_out():
    """A page reposts a provincial programme whose lead says it was issued, with no number,
    to carry out a resolution: the page speaks for the programme, which implements the
    resolution; the resolution is not the page's subject (blind round)."""
    text = (
        "Thành ủy vừa ban hành Chương trình hành động thực hiện Nghị quyết số 66-NQ/TW, ngày "
        "30/4/2025 của Bộ Chính trị về đổi mới công tác xây dựng và thi hành pháp luật.\n\n"
        "Thực hiện Nghị quyết số 66-NQ/TW, Ban Thường vụ Thành ủy ban hành Chương trình hành "
        "động như sau:\n\nI. MỤC ĐÍCH, YÊU CẦU\n\n1. Cụ thể hóa các nhiệm vụ của Nghị quyết.\n"
    )
    doc, _ = extract_text(text, {"title": "Chương trình hành động của Thành ủy"})
    assert (doc.number, doc.basis, doc.type_code) == (None, "unnumbered", "CTr")
    graph = build_graph([source_facts(make_source("p.jsonl", "jsonl", text, {}))])
    [(subject, _, _)] = [e for e in graph.edges if e[1] == "IMPLEMENTS"]
    assert subject.startswith("unnumbered:")
    # ... and so does a translation's
    english = (
        "On May 26, on behalf of the Politburo, he signed and promulgated the plan to implement "
        "Politburo's Resolution No.13-NQ/TW, dated April 2, 2022, on the Mekong Delta."
    )
    assert extract_text(english, {})[0].basis == "unnumbered"
    # the number right after the verb is what was issued; so is one issued with a plan
    issued = "Chính phủ vừa ban hành Nghị định số 15/2025/NĐ-CP quy định chi tiết Luật Đất đai."
    assert extract_text(issued, {})[0].number == "15/2025/NĐ-CP"
    with_plan = (
        "Thủ tướng vừa ký Quyết định số 1837/QĐ-TTg ban hành Kế hoạch triển khai thi hành "
        "Luật số 69/2025/QH15 về hóa chất."
    )
    assert extract_text(with_plan, {})[0].number == "1837/QĐ-TTg"


@pytest.mark.parametrize(
    "text, issuer",
    [
        (
            "Theo kế hoạch, Ban Thường vụ Tỉnh uỷ yêu cầu các cấp ủy quán triệt và thực hiện "
            "nghiêm Chỉ thị số 04-CT/TW ngày 02/6/2021 của Ban Bí thư.",
            "Ban Thường vụ Tỉnh uỷ",
        ),
        (
            "Theo thông báo của UBND tỉnh vừa được ban hành, trên địa bàn tỉnh tiếp tục các "
            "biện pháp phòng, chống dịch.\nCác sở thực hiện Chỉ thị số 16/CT-TTg ngày "
            "31/3/2020.",
            "UBND tỉnh",
        ),
        (
            "Under the plan, the provincial People's Committee requests departments to carry "
            "out Directive No. 04-CT/TW.",
            "provincial People's Committee",
        ),
        (
            "Ban Thường vụ Tỉnh ủy vừa ban hành Chương trình hành động thực hiện Nghị quyết số "
            "57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về khoa học, công nghệ.",
            "Ban Thường vụ Tỉnh ủy",
        ),
        (
            "Thủ tướng Chính phủ Phạm Minh Chính vừa ký công điện yêu cầu các bộ, ngành thực "
            "hiện nghiêm Chỉ thị số 21-CT/TW ngày 20/1/2023.",
            "Thủ tướng Chính phủ",
        ),
        # a decree, whoever the page does not name, is the Government's
        (
            "Điều 36. Hiệu lực thi hành\n1. Nghị định này có hiệu lực thi hành kể từ ngày 01 "
            "tháng 01 năm 2014.\n2. Nghị định số 02/2011/NĐ-CP ngày 06 tháng 01 năm 2011 của "
            "Chính phủ hết hiệu lực kể từ ngày Nghị định này có hiệu lực thi hành.",
            "Chính phủ",
        ),
        # a page that says a body issued a document of no number before it numbers any
        (
            "The ministry proposed a decree to repeal ten decrees no longer applied.\n\nBased "
            "on this proposal, the Government has promulgated the decree to abolish several "
            "decrees.\n\nRepeal in full includes Decree No. 35/2005/ND-CP on discipline.",
            "Government",
        ),
        # a legal text with no number: the authority on the line above its basis
        (
            "NGHỊ QUYẾT\nVỀ CHÍNH SÁCH PHÁT TRIỂN CÂY CAO SU TRÊN ĐỊA BÀN TỈNH\nHỘI ĐỒNG NHÂN "
            "DÂN TỈNH SƠN LA\nKHOÁ XII, KỲ HỌP CHUYÊN ĐỀ LẦN THỨ 7\nCăn cứ Luật Tổ chức chính "
            "quyền địa phương;\nCăn cứ Nghị định số 60/2003/NĐ-CP ngày 06 tháng 6 năm 2003;\n",
            "HỘI ĐỒNG NHÂN DÂN TỈNH SƠN LA",
        ),
        # ... not a body its title names
        (
            "QUYẾT ĐỊNH\nVỀ VIỆC BAN HÀNH QUY CHẾ LÀM VIỆC CỦA SỞ Y TẾ\nCăn cứ Luật Tổ chức "
            "chính quyền địa phương;\nCăn cứ Nghị định số 24/2014/NĐ-CP ngày 04/4/2014;\n",
            None,
        ),
        # a body the plan gives a task is not who issued it
        (
            "Theo kế hoạch, Sở Y tế chủ trì phối hợp các đơn vị triển khai Quyết định số "
            "1246/QĐ-TTg ngày 14/8/2017.",
            None,
        ),
    ],
)
def test_the_body_that_issued_an_unnumbered_document_is_read_from_its_lead(text, issuer):
    """Blind rounds CF, CG, CH: a page on a plan, a notice or a decree it gives no number
    says who issued it in its lead, or by the document's type."""
    doc, _ = extract_text(text, {})
    assert (doc.number, doc.basis, doc.issuer) == (None, "unnumbered", issuer)


def test_a_letter_of_a_persons_office_is_no_issuing_by_the_body_in_the_title():
    """news-572: "Tổng Thư ký Quốc hội vừa có văn bản công bố …" is the Secretary General's
    letter, not a document of the National Assembly; and a document issued with its number
    ("Thủ tướng Chính phủ ban hành Chỉ thị 03/CT-TTg") is no unnumbered one."""
    letter = (
        "Thực hiện quy định của Nội quy kỳ họp, Tổng Thư ký Quốc hội vừa có văn bản công bố "
        "các nghị quyết.\n\nTheo đó, Nghị quyết số 69/2025/UBTVQH15 sửa đổi Nghị quyết số "
        "57/2024/UBTVQH15."
    )
    assert extract_text(letter, {})[0].issuer != "Quốc hội"
    numbered = (
        "Sau Tết, ngày 04/02/2025, Thủ tướng Chính phủ ban hành Chỉ thị 03/CT-TTg về đôn đốc "
        "thực hiện nhiệm vụ."
    )
    assert extract_text(numbered, {})[0].basis != "unnumbered"


def test_an_unnumbered_document_acts_through_the_body_that_issued_it():
    """The reports' convention (eval/reports/README.md): a body is the subject when what it
    issued has no number on the page. The edge is the body's, placed in the page's province,
    and the same as the one its order states: one edge, not a node of the page's own beside
    it."""
    text = (
        "Theo kế hoạch, Ban Thường vụ Tỉnh uỷ yêu cầu các cấp ủy, tổ chức đảng quán triệt và "
        "thực hiện nghiêm Chỉ thị số 04-CT/TW ngày 02/6/2021 của Ban Bí thư về thu hồi tài sản."
    )
    source = make_source("p.jsonl", "jsonl", text, {"url": "https://binhdinh.gov.vn/tin/1.htm"})
    graph = build_graph([source_facts(source)])
    [(subject, relation, _)] = [e for e in graph.edges if e[1] != "ISSUED_BY"]
    assert relation == "IMPLEMENTS"
    body = graph.organisations[subject]
    assert (body.name, body.province) == ("Ban Thường vụ Tỉnh ủy Bình Định", "Bình Định")
    assert not [k for k in graph.documents if k.startswith("unnumbered:")]
    # a body no province places stays the page's own unnumbered document
    unplaced = make_source("p.jsonl", "jsonl", text, {})
    edges = build_graph([source_facts(unplaced)]).edges
    [(subject, _, _)] = [e for e in edges if e[1] != "ISSUED_BY"]
    assert subject.startswith("unnumbered:")


def test_a_page_restating_a_document_in_its_words_speaks_for_it_unnumbered():
    """news-798, 820, 837: a page gives a circular's or a decision's provisions in their own
    words, "Thông tư này có hiệu lực …" included, but not its number: what it replaces or
    repeals is that document's act, an unnumbered one, not a report's citation."""
    text = (
        "Mức đóng bảo hiểm y tế bằng 4,5% mức tham chiếu.\n\n"
        "Thông tư này có hiệu lực thi hành kể từ ngày 13/10 và thay thế Thông tư số "
        "57/2019/TT-BCA ngày 11/11/2019 của Bộ trưởng Bộ Công an.\n\n"
        "Học sinh nước ngoài đóng theo Điều 4 Thông tư số 75/2023/TT-BTC của Bộ Tài chính.\n"
    )
    doc, _ = extract_text(text, {"title": "Quy định mới về bảo hiểm y tế"})
    assert (doc.number, doc.basis, doc.type_code) == (None, "unnumbered", "TT")
    graph = build_graph([source_facts(make_source("p.jsonl", "jsonl", text, {}))])
    [(subject, _, _)] = [e for e in graph.edges if e[1] == "REPLACES"]
    assert subject.startswith("unnumbered:")
    # a circular of the kind named before the clause may be the one it speaks for
    before = "Theo Thông tư số 02/2025/TT-BYT, mức đóng tăng.\n\n" + text
    assert extract_text(before, {})[0].basis != "unnumbered"
    # ... and so may one a later paragraph says the page's account comes from
    told = text + "\nTại Thông tư 02/2025/TT-BYT, Bộ Y tế nêu rõ mức đóng mới.\n"
    assert extract_text(told, {})[0].basis != "unnumbered"
    # "Quy định này" may be one provision a page quotes
    provision = "- Thu nhập từ đào tạo.\n\nQuy định này có hiệu lực từ ngày 01/01/2026.\n"
    assert extract_text(provision, {})[0].basis != "unnumbered"


def test_a_roundup_of_new_rules_speaks_for_none_of_them():
    """news-846: sections each report a circular issued; the lead names only the first. The
    page is about none of them, so "Thông tư này thay thế …" in the last section is that
    section's circular's act, not the first one's."""
    text = (
        "## Quy chế thi tốt nghiệp THPT\n\n"
        "Ngày 24/12/2024, Bộ GD&ĐT ban hành Thông tư 24/2024/TT-BGDĐT về Quy chế thi tốt "
        "nghiệp THPT, áp dụng từ năm 2025.\n\n"
        "## Danh mục thiết bị dạy học\n\n"
        "Ngày 10/1/2025, Bộ GD&ĐT ban hành Thông tư 01/2025/TT-BGDĐT ban hành Danh mục thiết "
        "bị dạy học tối thiểu. Thông tư này có hiệu lực thi hành từ 25/2/2025.\n\n"
        "Thông tư này thay thế Thông tư số 37/2014/TT-BGDĐT ngày 2/12/2014 của Bộ trưởng.\n"
    )
    roundup = {"title": "Quy định mới về thi tốt nghiệp có hiệu lực từ tháng 2/2025"}
    assert extract_text(text, roundup)[0].number is None
    facts = source_facts(make_source("r.jsonl", "jsonl", text, roundup))
    graph = build_graph([facts])
    acts = [(s, r) for s, r, t in graph.edges if t.startswith("37/") and r != "CITES"]
    assert acts == [("1/TT-BGDĐT@2025", "REPLACES")]
    # a page whose title names one of them is that one's
    own = {"title": "TOÀN VĂN: Thông tư 24/2024/TT-BGDĐT về Quy chế thi"}
    assert extract_text(text, own)[0].number == "24/2024/TT-BGDĐT"


def test_header_and_metadata_disagreeing_are_reported():
    text = HEADER + "Số: 3799/CHQ-GSQL\nV/v khai bổ sung\n\nHà Nội, ngày 25 tháng 11 năm 2025\n"
    doc, _ = extract_text(text, {"number": "37999/CHQ-GSQL", "issued_date": "2025-11-25"})
    assert doc.number == "3799/CHQ-GSQL"
    assert doc.warnings == ["the header's number is 3799/CHQ-GSQL, the metadata's 37999/CHQ-GSQL"]
    facts = source_facts(make_source("c.jsonl", "jsonl", text, {"number": "37999/CHQ-GSQL"}))
    graph = build_graph([facts])
    assert graph.warnings == [f"c.jsonl: {doc.warnings[0]}"]


def test_the_display_title_is_the_own_vietnamese_header_then_vietnamese_mentions():
    plan = (
        "ỦY BAN NHÂN DÂN\nTỈNH THANH HÓA\n-------\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "Độc lập - Tự do - Hạnh phúc\n\nSố: 52/KH-UBND\n\nThanh Hóa, ngày 04 tháng 3 năm 2022\n\n"
        "KẾ HOẠCH\nThực hiện Chỉ thị số 33/CT-TTg ngày 26/11/2021 của Thủ tướng Chính phủ\n\n"
        "Căn cứ Quyết định số 23-QĐ/TW ngày 30/7/2021 của Bộ Chính trị."
    )
    english = (
        'Thanh Hoa carried out Plan No. 52/KH-UBND dated March 4, 2022 "On mass mobilization '
        'of the province".'
    )
    russian = (
        "Провинция Тхань Хоа выполняет План № 52/KH-UBND от 4 марта 2022 года «О массовой работе»."
    )
    sources = [
        make_source("plan.txt", "txt", plan),
        make_source("en.txt", "txt", english, language="en"),
        make_source("ru.txt", "txt", russian, language="ru"),
    ]
    graph = build_graph([source_facts(s) for s in sources])
    node = graph.documents["52/KH-UBND@2022@Thanh Hóa"]
    assert node.title == (
        "Kế hoạch thực hiện Chỉ thị số 33/CT-TTg ngày 26/11/2021 của Thủ tướng Chính phủ"
    )
    titles = dict(zip(node.title_languages, node.titles, strict=True))
    assert node.title_languages[0] == "vi"
    assert titles["en"] == "On mass mobilization of the province"
    assert titles["ru"] == "О массовой работе"


def test_a_web_address_is_never_a_title():
    text = (
        "According to the Plan, agencies shall implement Directive No. 33/CT-TTg dated "
        "November 26, 2021.\nSource: https://baobacgiang.vn/tiep-tuc-tang-cuong-cong-tac-dan-van"
        "-cua-chinh-quyen-postid419579.bbg"
    )
    graph = build_graph([source_facts(make_source("bg.txt", "txt", text, language="en"))])
    for node in graph.documents.values():
        assert "tiep tuc" not in (node.title or "")
        assert all("tiep tuc" not in t for t in node.titles)


def test_catalogue_titles_are_vietnamese_and_dated():
    rows = json.loads(CATALOGUE.read_text("utf-8"))["documents"]
    assert rows
    for row in rows:
        assert row["title"] and any(ch in row["title"] for ch in "ăâđêôơưạảấầậếềệốồộớờợụủứừự")
        assert len(row["date"]) == 10 and row["number"]


# ------------------------------------------- one resolver: the load, lookups and annotate agree

# Two directives share 33/CT-TTg (2021 and 2025). The 2024 plan cites it without a date:
# the load joins it to the 2021 one by time (two texts date that one). A lookup of the typed
# number and the annotated page must name what the stored edge names, and an undated typed
# number must list both.
TWO_DIRECTIVES = {
    "old.txt": (
        "Tỉnh ủy ban hành văn bản. Thực hiện Chỉ thị số 33/CT-TTg ngày 26/11/2021 của Thủ "
        "tướng Chính phủ về tăng cường công tác dân vận."
    ),
    "old-en.txt": (
        "The province implements Directive No. 33/CT-TTg dated November 26, 2021 of the Prime "
        "Minister on strengthening mass mobilization work."
    ),
    "new.txt": (
        "Thủ tướng Chính phủ đã ban hành Chỉ thị số 33/CT-TTg ngày 06/11/2025 về đẩy mạnh "
        "việc thực hiện đúng tiến độ các nhiệm vụ được giao."
    ),
    "plan.txt": (
        "ỦY BAN NHÂN DÂN\nTỈNH THANH HÓA\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "Độc lập - Tự do - Hạnh phúc\n\nSố: 12/KH-UBND\n\nThanh Hóa, ngày 05 tháng 3 năm 2024\n\n"
        "KẾ HOẠCH\nThực hiện Chỉ thị số 33/CT-TTg của Thủ tướng Chính phủ\n\n"
        "Thực hiện Chỉ thị số 33/CT-TTg của Thủ tướng Chính phủ, Ủy ban nhân dân tỉnh ban "
        "hành Kế hoạch như sau."
    ),
}
OLD, NEW = "33/CT-TTg@2021", "33/CT-TTg@2025"


def _own_relations(page: str, refs, doc, language: str = "vi") -> dict[str, str]:
    """What the page's own (or reported) document does to each number it names."""
    return {
        refs[s.object].canonical: s.relation
        for s in relate(page, refs, language, doc.number, doc.reported)
        if s.subject is None
    }


def _loaded(tmp_path, texts: dict[str, str]):
    """`texts` (file name -> text) written to a folder and loaded by `vanban load`."""
    from conftest import vanban_cli

    folder = tmp_path / "texts"
    folder.mkdir()
    for name, text in texts.items():
        (folder / name).write_text(text, encoding="utf-8")
    db = tmp_path / "g.db"
    result = vanban_cli("load", str(folder), "--db", str(db))
    assert result.returncode == 0, result.stderr
    return folder, db


def _two_directives(tmp_path):
    return _loaded(tmp_path, TWO_DIRECTIVES)


def test_the_stored_edge_the_annotated_link_and_the_lineage_lookup_name_one_document(tmp_path):
    from conftest import vanban_cli

    from vanban.loaders import read_path
    from vanban.queries.backend import EmbeddedBackend
    from vanban.store.read_graph import read_graph
    from vanban.viz.texts import StoreResolver, read_marks

    folder, db = _two_directives(tmp_path)
    [plan] = list(read_path(folder / "plan.txt"))
    with EmbeddedBackend.open(db) as backend:
        graph = read_graph(db)  # the edges whose evidence was read in the plan
        stored = [
            {"key": e.target}
            for e in graph.edges.values()
            if e.target in graph.documents and any(v.source == plan.id for v in e.evidence)
        ]
        marks = read_marks(plan, StoreResolver(backend, tmp_path / "out.html")).marks
    assert {row["key"] for row in stored} == {OLD}  # decided at load, by time
    cited = [m for m in marks if m.canonical == "33/CT-TTg"]
    assert len(cited) == 2
    assert all(m.target is not None and m.target.key == OLD for m in cited), cited

    shown = vanban_cli("lineage", "33/CT-TTg", "--year", "2021", "--down", "--db", str(db))
    assert shown.returncode == 0, shown.stderr
    assert "12/KH-UBND" in shown.stdout  # the plan the stored edge joins to it
    later = vanban_cli("lineage", "33/CT-TTg", "--year", "2025", "--down", "--db", str(db))
    assert later.returncode == 0 and "12/KH-UBND" not in later.stdout


def test_a_typed_undated_number_fitting_two_documents_lists_both_and_how_to_choose(tmp_path):
    from conftest import vanban_cli

    _, db = _two_directives(tmp_path)
    asked = vanban_cli("lineage", "33/CT-TTg", "--db", str(db))
    assert asked.returncode != 0
    assert "2021-11-26" in asked.stderr and "2025-11-06" in asked.stderr
    assert "--year" in asked.stderr and "--date" in asked.stderr


def test_a_typed_number_names_the_document_of_its_period_as_a_dated_mention_would(tmp_path):
    from vanban.graph.identify import read_number
    from vanban.graph.resolve import Resolver
    from vanban.queries.backend import EmbeddedBackend
    from vanban.queries.lookup import find_documents

    _, db = _two_directives(tmp_path)
    with EmbeddedBackend.open(db) as backend:
        keys = lambda number, **kw: [r["key"] for r in find_documents(backend, number, **kw)]  # noqa: E731
        assert keys("33/CT-TTg") == [OLD, NEW]
        assert keys("33/2021/CT-TTg") == [OLD]  # the year written in the number
        assert keys("33/CT-TTG", year=2025) == [NEW]
        # a day of 2021 other than the directive's own: the load joins such a mention to the
        # 2021 directive (numbers restart each year), so the lookup does too
        assert keys("33/CT-TTg", date="2021-12-01") == [OLD]
        assert keys("33/CT-TTg", year=2019) == []
    mention = read_number("33/CT-TTg", date="2021-12-01")
    assert mention is not None and Resolver().resolve(mention).key == OLD


STANDING_COMMITTEE = {
    # the resolution on the provinces' merger, cited with no date by the councils that carry
    # it out (19 mentions of the real corpus, all left open before)
    "huế.txt": (
        "HỘI ĐỒNG NHÂN DÂN THÀNH PHỐ HUẾ\nSố: 34/2025/NQ-HĐND\nHuế, ngày 10 tháng 7 năm 2025\n"
        "NGHỊ QUYẾT\nThực hiện Nghị quyết số 1314/NQ-UBTVQH15 của Ủy ban Thường vụ Quốc hội.\n"
    ),
    "report.txt": (
        "ỦY BAN NHÂN DÂN TỈNH NGHỆ AN\nSố: 77/BC-UBND\nNghệ An, ngày 02 tháng 3 năm 2025\n"
        "BÁO CÁO\nCăn cứ Nghị quyết số 1314/NQ-UBTVQH15; Nghị quyết số 35/2023/UBTVQH15 ngày "
        "12/7/2023 của Ủy ban Thường vụ Quốc hội.\n"
    ),
}


def test_a_standing_committee_number_is_of_the_assembly_term_its_code_names(tmp_path):
    from vanban.graph.resolve import assembly_term
    from vanban.queries.backend import EmbeddedBackend
    from vanban.queries.lookup import find_documents

    _, db = _loaded(tmp_path, STANDING_COMMITTEE)
    with EmbeddedBackend.open(db) as backend:
        citing = backend.query(
            "MATCH (a:Document)-[r]->(d:Document {key: $key}) RETURN a.number AS a, label(r) AS r",
            {"key": "1314/NQ-UBTVQH15@QH15"},
        )
        assert {(row["a"], row["r"]) for row in citing} == {
            ("34/2025/NQ-HĐND", "IMPLEMENTS"),
            ("77/BC-UBND", "BASED_ON"),
        }
        # a number with its year in it is numbered in that year, as any other
        assert [r["key"] for r in find_documents(backend, "35/2023/UBTVQH15")] == [
            "35/UBTVQH15@2023"
        ]
        # a year typed with the number names the same document
        found = find_documents(backend, "1314/NQ-UBTVQH15", year=2025)
        assert [r["key"] for r in found] == ["1314/NQ-UBTVQH15@QH15"]
    for canonical, issuers, term in (
        ("1314/NQ-UBTVQH15", ["UBTVQH15"], "QH15"),
        ("951/NQ-UBTVQH13", ["UBTVQH13"], "QH13"),
        ("35/2023/UBTVQH15", ["UBTVQH15"], None),
        ("33/CT-TTg", ["TTg"], None),
    ):
        assert assembly_term({"canonical": canonical, "issuers": issuers}) == term


# --------------------------------------------- the synthetic truth (bench/synth.py, identity)


def _bench_on_path() -> None:
    """The benchmarks live beside the package, not in it: import them from the checkout."""
    import sys
    from pathlib import Path

    root = str(Path(__file__).resolve().parents[1])
    if root not in sys.path:
        sys.path.insert(0, root)


def test_synthetic_texts_cite_only_earlier_documents_and_their_truth_spans_hold(
    tmp_path, monkeypatch
):
    _bench_on_path()
    from bench import load_bench

    monkeypatch.setattr(load_bench, "OUT", tmp_path)
    folder = load_bench.write_documents(60, seed=3)
    texts = {}
    for part in folder.glob("part-*.jsonl"):
        for line in part.read_text("utf-8").splitlines():
            record = json.loads(line)
            texts[record["id"]] = record["text"]
    truth = [json.loads(line) for line in (folder / "truth.jsonl").read_text("utf-8").splitlines()]
    assert len({t["record"] for t in truth}) > 40
    dated_texts = later = 0
    for record_id, text in texts.items():
        own = extract_text(text)[0]
        mine = [t for t in truth if t["record"] == record_id]
        for t in mine:
            assert text[t["start"] : t["end"]].split() == t["surface"].split()
        if own.date and own.basis == "header":
            dated_texts += 1
            later += sum(1 for t in mine if t["date"] >= own.date)
    assert dated_texts > 20 and later == 0
    # one date a number in its period: a number cited twice names one document
    dates: dict[tuple, set[str]] = {}
    for t in truth:
        if "/20" not in t["number"] and "-" not in t["number"].split("/")[0]:
            dates.setdefault((t["number"], t["date"][:4], t["province"]), set()).add(t["date"])
    assert all(len(d) == 1 for d in dates.values())


def test_the_identity_bench_counts_a_reference_joined_elsewhere_as_wrong(tmp_path, monkeypatch):
    _bench_on_path()
    from bench import identity_bench, load_bench

    monkeypatch.setattr(load_bench, "OUT", tmp_path)
    result = identity_bench.run(40)
    counts = result["counts"]
    assert counts["right"] > 100 and result["scored"] >= counts["right"]
    folder = tmp_path / "docs-40"
    rows = [json.loads(line) for line in (folder / "truth.jsonl").read_text("utf-8").splitlines()]
    moved = 0
    for row in rows:  # say some references meant the document of that number five years before
        year = row["date"][:4]
        if moved < 5 and f"/{year}/" in row["number"] and row["province"] is None:
            row["number"] = row["number"].replace(f"/{year}/", f"/{int(year) - 5}/")
            row["date"] = f"{int(year) - 5}{row['date'][4:]}"
            moved += 1
    (folder / "truth.jsonl").write_text(
        "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), "utf-8"
    )
    again = identity_bench.score(folder, tmp_path / "identity-40.db")
    assert moved == 5 and again["counts"].get("wrong", 0) == counts.get("wrong", 0) + 5


def test_the_identity_bench_scores_the_same_from_facts_and_from_a_store_loaded_before(
    tmp_path, monkeypatch
):
    _bench_on_path()
    from bench import identity_bench, load_bench

    monkeypatch.setattr(load_bench, "OUT", tmp_path)
    from_texts = identity_bench.run(30)
    kept = tmp_path / "kept.db"
    (tmp_path / "identity-30.db").rename(kept)
    from_facts = identity_bench.run(30, facts=True)
    assert (tmp_path / "identity-facts-30" / "texts.json").is_file()
    rescored = identity_bench.run(30, store=kept)
    assert "load_seconds" not in rescored and from_facts["extract_seconds"] >= 0
    assert from_texts["counts"]["right"] > 50
    for result in (from_facts, rescored):
        assert result["counts"] == from_texts["counts"]


def test_an_annex_issued_with_a_document_does_not_make_a_report_that_document():
    """ "ban hành kèm theo Nghị định số X" (issued with) names what an annex or a form is part
    of; a lead that says so reports no issuing, so the page does not become X. A lead that
    reports X's issuing does."""
    from vanban.extract.pipeline import extract_text

    annex = (
        "Bước 1: Nộp hồ sơ:\n\nTổ chức, cá nhân nộp phiếu yêu cầu theo Mẫu số 13/ĐK ban hành "
        "kèm theo Nghị định số 101/2024/NĐ-CP ngày 29 tháng 7 năm 2024 của Chính phủ.\n\n"
        "Bước 2: Cơ quan cung cấp thông tin tiếp nhận.\n"
    )
    assert extract_text(annex)[0].number is None
    issued = "Chính phủ ban hành Nghị định số 101/2024/NĐ-CP ngày 29 tháng 7 năm 2024.\n\n" + annex
    assert extract_text(issued)[0].number == "101/2024/NĐ-CP"


def test_an_annex_heading_of_the_own_type_and_date_is_the_text_itself():
    """An annex heading "(Kèm theo Quyết định số: 203/QĐ-UBND ngày 28 tháng 11 năm 2025 …)"
    under a header numbering the decision 2031/QĐ-UBND of that day misprints the own number:
    a self-mention. Another day's decision in the same place is another document's annex."""
    from vanban.extract.pipeline import extract_text
    from vanban.extract.relate import relate

    header = (
        "ỦY BAN NHÂN DÂN\nTỈNH CAO BẰNG\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\n"
        "Số: 2031/QĐ-UBND\n\nCao Bằng, ngày 28 tháng 11 năm 2025\n\nQUYẾT ĐỊNH\n"
        "Công bố Danh mục thủ tục hành chính\n\nĐiều 1. Công bố kèm theo Quyết định này.\n\n"
        "PHỤ LỤC\n(Kèm theo Quyết định số: 203/QĐ-UBND ngày 28 tháng 11 năm 2025 của Chủ tịch "
        "UBND tỉnh Cao Bằng)\n"
    )
    document, refs = extract_text(header)
    assert document.number == "2031/QĐ-UBND"
    annex = next(r for r in refs if r.canonical == "203/QĐ-UBND")
    assert annex.self
    assert all(s.object != refs.index(annex) for s in relate(header, refs, "vi", "2031/QĐ-UBND"))
    other_day = header.replace("ngày 28 tháng 11 năm 2025 của", "ngày 02 tháng 10 năm 2025 của")
    _, refs = extract_text(other_day)
    assert not next(r for r in refs if r.canonical == "203/QĐ-UBND").self


def test_a_lead_opening_with_a_document_that_acts_makes_the_page_a_report_on_it():
    """news-558, 810, 571, 755: a page that explains a document without saying it was issued
    opens its lead with the document as the subject of what it does ("Nghị định số … quy
    định …", "(Chinhphu.vn) - Nghị định số … của Chính phủ sửa đổi …", "Luật … số … được
    Quốc hội thông qua ngày …"): the page reports on it, and what the page says it does is
    its own edge. Not a lead that opens on background ("Theo Nghị định …"), on a provision
    ("Khoản 2 Điều 3 Nghị định … quy định"), nor one under a title naming another document."""
    page = (
        "## Sở Văn hóa có 6 phòng\n\n"
        "Nghị định số 41/2025/NĐ-CP quy định tổ chức các sở thuộc tỉnh như sau:\n\n"
        "1- Văn phòng;\n\n2- Thanh tra.\n\n"
        "Nghị định này có hiệu lực từ ngày 1/4/2025; thay thế Nghị định số 24/2021/NĐ-CP.\n"
    )
    doc, refs = extract_text(page, {"title": "Các sở mới của tỉnh"})
    assert (doc.number, doc.basis, doc.reported) == ("41/2025/NĐ-CP", "subject", True)
    read = _own_relations(page, refs, doc)
    assert read == {"41/2025/NĐ-CP": "CITES", "24/2021/NĐ-CP": "REPLACES"}
    tagged = (
        "(Chinhphu.vn) - Nghị định số 77/2025/NĐ-CP của Chính phủ sửa đổi, bổ sung một số "
        "điều của Nghị định số 12/2019/NĐ-CP về khuyến nông.\n"
    )
    assert extract_text(tagged, {"title": "Quy định mới về khuyến nông"})[0].number == (
        "77/2025/NĐ-CP"
    )
    passed = (
        "Luật Thủy sản số 19/2025/QH15 được Quốc hội khóa XV thông qua ngày 25/06/2025 và có "
        "hiệu lực từ ngày 1/1/2026.\n"
    )
    doc, _ = extract_text(passed, {"title": "Điểm mới của Luật Thủy sản"})
    assert (doc.number, doc.date) == ("19/2025/QH15", "2025-06-25")
    # the title naming the document too, with an alias in brackets before the act
    alias = "Thông tư có số 08/2025/TT-BYT (Thông tư số 08) có hiệu lực kể từ ngày 1/5/2025.\n"
    doc, _ = extract_text(alias, {"title": "Những điểm mới của Thông tư 08/2025/TT-BYT"})
    assert doc.number == "08/2025/TT-BYT"
    # a title that names a document keeps winning: opening with it, the page is about it
    titled = {"title": "Thông tư 05/2025/TT-BNV hướng dẫn về các sở"}
    assert extract_text(page, titled)[0].number == "05/2025/TT-BNV"
    # background, a provision, a title naming another document further on: no report
    for lead, title in (
        ("Theo Nghị định số 41/2025/NĐ-CP, các sở thuộc tỉnh gồm 6 phòng như sau:\n", None),
        ("Khoản 2 Điều 3 Nghị định số 41/2025/NĐ-CP quy định các sở gồm 6 phòng như sau:\n", None),
        (page, "Các sở theo Thông tư 05/2025/TT-BNV"),
    ):
        assert extract_text(lead, {"title": title or "Các sở mới"})[0].number is None


def test_a_body_that_opens_with_theo_do_goes_on_from_a_lead_it_does_not_hold():
    # "Theo đó," opening a page's body refers to a lead the page lost: the document after it
    # is still the subject of what it does, and what the page says it does is its own edge
    page = (
        "Theo đó, Thông tư số 12/2025/TT-BYT quy định về khám sức khỏe cho người lái xe.\n\n"
        "Thông tư số 05/2018/TT-BYT hết hiệu lực kể từ ngày Thông tư này có hiệu lực.\n"
    )
    doc, refs = extract_text(page, {"title": "Khám sức khỏe lái xe từ năm 2026"})
    assert (doc.number, doc.basis) == ("12/2025/TT-BYT", "subject")
    read = _own_relations(page, refs, doc)
    assert read["05/2018/TT-BYT"] == "REPEALS"
    # "Theo" with a document is still background
    background = "Theo Thông tư số 12/2025/TT-BYT, người lái xe phải khám sức khỏe định kỳ.\n"
    assert extract_text(background, {"title": "Khám sức khỏe lái xe"})[0].number is None


def test_a_page_presenting_a_law_it_names_without_its_number_reports_on_that_law():
    """news-495, 750, 753, 765: an explainer titled by what a law holds ("Những điểm mới của
    Luật … 2025", "N nội dung trọng tâm của Luật …") is about that law though it never writes
    its number: the catalogue numbers it (a year given picks the law of that year), the page
    reports on it, and what the page says the law does is the law's edge."""
    page = (
        "Luật gồm 8 chương, 52 điều.\n\n"
        "Luật lần này thể chế hóa Nghị quyết số 66-NQ/TW của Bộ Chính trị về đổi mới công tác "
        "xây dựng và thi hành pháp luật.\n\n"
        "Luật Tổ chức Chính phủ năm 2025 giao Chính phủ quyết định nhiều việc hơn trước.\n"
    )
    doc, refs = extract_text(page, {"title": "Những điểm mới của LUẬT TỔ CHỨC CHÍNH PHỦ 2025"})
    assert (doc.number, doc.basis, doc.reported) == ("63/2025/QH15", "title", True)
    read = _own_relations(page, refs, doc)
    assert read == {"66-NQ/TW": "IMPLEMENTS", "63/2025/QH15": "CITES"}
    # "năm 2025" written out, a figure before the content noun, a lower-case "của"
    for title in (
        "Những điểm mới có tính đột phá của Luật Ban hành văn bản quy phạm pháp luật năm 2025",
        "7 nội dung trọng tâm của Luật Ban hành văn bản quy phạm pháp luật 2025",
    ):
        assert extract_text(page, {"title": title})[0].number == "64/2025/QH15"


def test_a_law_named_without_a_year_is_the_one_the_page_numbers_or_dates():
    """A title without the year: the law of that name the page itself numbers ("Luật Bảo hiểm
    xã hội số 41/2024/QH15") or names with a year, or the one the lead opens with as the
    subject of what it does ("Luật Việc làm năm 2025 quy định …"). The old law the page
    compares it with ("… hiện hành", "… năm 2013") is not counted; two laws of that name
    that the page dates, and no lead to choose, leave the page unidentified."""
    numbered = (
        "Quốc hội đã thông qua Luật Bảo hiểm xã hội số 41/2024/QH15 tại kỳ họp thứ bảy.\n\n"
        "Luật có nhiều quy định mới so với Luật Bảo hiểm xã hội hiện hành.\n"
    )
    title = {"title": "12 nội dung mới của Luật Bảo hiểm xã hội"}
    doc, _ = extract_text(numbered, title)
    assert (doc.number, doc.basis) == ("41/2024/QH15", "title")
    both = (
        "Luật Việc làm năm 2025 thay cho Luật Việc làm năm 2013 từ đầu năm 2026, với nhiều "
        "chính sách mới cho người lao động.\n"
    )
    assert extract_text(both, {"title": "Những nội dung của Luật Việc làm"})[0].number is None
    lead = (
        "Luật Việc làm năm 2025 quy định chính sách hỗ trợ tạo việc làm và bảo hiểm thất "
        "nghiệp, kế thừa Luật Việc làm năm 2013.\n"
    )
    doc, _ = extract_text(lead, {"title": "Những nội dung của Luật Việc làm"})
    assert (doc.number, doc.basis, doc.reported) == ("74/2025/QH15", "subject", True)
    # one law of that name in the catalogue: that one
    assert extract_text("Luật có 5 chương.\n", {"title": "NỘI DUNG CƠ BẢN CỦA LUẬT DỮ LIỆU"})[
        0
    ].number == ("60/2024/QH15")


def test_a_law_named_as_background_a_bill_or_an_unclear_law_is_no_topic():
    """The title shapes that do not make a law the page's topic (identity.py,
    `_TOPIC_BEFORE_LAW`), and a law the catalogue cannot single out."""
    page = "Luật Tổ chức Chính phủ năm 2025 có 6 chương và 32 điều.\n"
    for title in (
        # a question answered by the law, the law as background
        "Bộ trưởng có những nhiệm vụ gì theo Luật Tổ chức Chính phủ 2025?",
        "Những điểm mới về nhiệm kỳ theo Luật Tổ chức Chính phủ 2025",
        # a bill, a vote reported (the body that passes it acts), laws in the plural
        "Những điểm mới của dự thảo Luật Tổ chức Chính phủ 2025",
        "Quốc hội thông qua Luật Tổ chức Chính phủ 2025",
        "Những điểm mới của 2 Luật có hiệu lực từ tháng 3",
        # two laws
        "Những điểm mới của Luật Tổ chức Chính phủ và Luật Tổ chức Quốc hội 2025",
        # two laws of that name passed in 2025: the catalogue cannot tell which
        "Những điểm mới của Luật Tổ chức chính quyền địa phương 2025",
        # a revised law without its year: the catalogue may not hold it yet
        "Những nội dung mới trong LUẬT VIÊN CHỨC (sửa đổi)",
    ):
        assert extract_text(page, {"title": title})[0].number is None, title


def test_a_translations_header_gives_its_own_number_and_type():
    """An English version labels its number "No." (or a site's "Official number:") and
    names its type in capitals: the mentions of that number are the text's own."""
    text = (
        "THE PRIME MINISTER | THE SOCIALIST REPUBLIC OF VIETNAM\n"
        "No. 26/CT-TTg Hanoi, June 6, 2017\n\nDIRECTIVE\n"
        "On further effectively implementing Resolution No. 35/NQ-CP of May 16, 2016\n\n"
        "The Prime Minister requests ministries to carry out Directive No. 26/CT-TTg.\n"
    )
    doc, refs = extract_text(text, {})
    assert (doc.number, doc.basis, doc.type_code) == ("26/CT-TTg", "header", "CT")
    assert all(r.self for r in refs if r.canonical == "26/CT-TTg")
    relations = {refs[s.object].canonical: s.relation for s in relate(text, refs, "en")}
    assert relations["35/NQ-CP"] == "CONTINUES"
    table = "Official number: | 59/2024/ND-CP | Signer: | Tran Luu Quang |\nDECREE\n"
    assert extract_text(table, {})[0].number == "59/2024/NĐ-CP"
    # a translation may spell the label out (blind round AL)
    spelled = (
        "Number: 172/2007/QĐ-TTg\nIndependence - Freedom - Happiness\nHa Noi, November 16, "
        "2007\n\nApproving the national Strategy on natural disaster prevention\n\nPursuant "
        "to the Government's Decree No. 86/2003/ND-CP of July 18, 2003;\n"
    )
    assert extract_text(spelled, {})[0].number == "172/2007/QĐ-TTg"
    # "No." inside a sentence is a designation, not a label
    body = "The Government issued Decree\nNo. 15/2020/ND-CP on penalties.\n"
    assert extract_text(body, {})[0].number != "15/2020/NĐ-CP"
    # a legal database's table of attributes (blind round AS)
    attributes = (
        "Cơ quan ban hành: | Ủy ban nhân dân tỉnh Đồng Tháp | Số công báo: | Đang cập nhật |\n"
        "Số hiệu: | 53/2017/QĐ-UBND | Ngày đăng công báo: | Đang cập nhật |\n"
        "ỦY BAN NHÂN DÂN Số: 53/2017/QĐ-UBND | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
    )
    assert extract_text(attributes, {})[0].number == "53/2017/QĐ-UBND"
    # a translation's typed label, the number alone on its line (blind round AR)
    typed = (
        "NATIONAL ASSEMBLY |\nSOCIALIST REPUBLIC OF VIETNAM |\nLaw No. 47/2019/QH14 |\nHanoi, "
        "November 22, 2019 |\nAMENDMENTS TO SOME ARTICLES OF THE LAW ON GOVERNMENT "
        "ORGANIZATION\nPursuant to the Constitution of Socialist Republic of Vietnam;\n"
    )
    assert extract_text(typed, {})[0].number == "47/2019/QH14"
    # ... while a report's line that opens with a document goes on with its sentence
    opening = "Decree No. 46/2019/ND-CP dated May 27, 2019 of the Government takes effect.\n"
    assert extract_text(opening, {})[0].number != "46/2019/NĐ-CP"
    # a translated table's cell, the label 21 characters before the number (blind round BB)
    cell = (
        "ATTRIBUTE\n| Issuing body: | Government | Effective date: | Known |\n"
        "| Official number: | 282/2025/ND-CP | Signer: | Pham Minh Chinh |\n"
        "DECREE\nPrescribing sanctions for administrative violations\n"
        "Pursuant to the Law No. 63/2025/QH15 on Organization of the Government;\n"
    )
    assert extract_text(cell, {})[0].number == "282/2025/NĐ-CP"
    # a header flattened to one line, its number right after the rule, no label (blind round BB)
    ruled = (
        "THE STATE BANK OF VIETNAM ------ 02/2012/TT-NHNN | SOCIALIST REPUBLIC OF VIETNAM "
        "Hanoi, 27 February 2012 |\nCIRCULAR\nGuiding the foreign exchange transaction\n"
        "Pursuant to the Law on Credit Institutions No. 47/2010/QH12 dated 16 June 2010;\n"
    )
    assert extract_text(ruled, {})[0].number == "02/2012/TT-NHNN"


def test_a_page_on_what_is_new_in_a_document_reports_it():
    """news-754: "Những điểm mới của Nghị định 106/2025/NĐ-CP …" is about that decree, whose
    acts the page then tells ("Nghị định số 106/2025/NĐ-CP bổ sung …"); a Party regulation's
    QĐ is named "Quy định" in such a title."""
    text = "Theo Bộ Công an, Nghị định số 106/2025/NĐ-CP bổ sung đối tượng phải kiểm tra.\n"
    title = "Những điểm mới của Nghị định 106/2025/NĐ-CP quy định xử phạt"
    doc, _ = extract_text(text, {"title": title})
    assert (doc.number, doc.basis) == ("106/2025/NĐ-CP", "title")
    party = "Ngày 06/7/2022, Bộ Chính trị ban hành Quy định số 69-QĐ/TW về kỷ luật đảng viên.\n"
    title = "Những điểm mới trong Quy định số 69-QĐ/TW của Bộ Chính trị"
    assert extract_text(party, {"title": title})[0].number == "69-QĐ/TW"


@pytest.mark.parametrize("plan", ["Kế hoạch số 08", "Kế hoạch"])
def test_a_lead_that_carries_a_document_out_reports_the_unnumbered_one_it_issues(plan):
    """Blind round O: "Thực hiện Chỉ thị số 45-CT/TW …, Ban Thường vụ … đã khẩn trương ban
    hành Kế hoạch số 08 về …" reports the plan, which has no full number on the page (a bare
    number without its codes, or none), and the plan carries out the directive: the
    directive is neither the page's document nor looked back at."""
    text = (
        "Thực hiện Chỉ thị số 45-CT/TW, ngày 14/4/2025 về đại hội đảng bộ các cấp, Ban Thường vụ "
        f"Đảng ủy các cơ quan Đảng Trung ương đã khẩn trương ban hành {plan} về tổ chức đại hội "
        "các đảng bộ trực thuộc.\n"
    )
    doc, refs = extract_text(text, {})
    assert (doc.number, doc.basis, doc.type_code) == (None, "unnumbered", "KH")
    assert doc.issuer == "Ban Thường vụ Đảng ủy các cơ quan Đảng Trung ương"
    own = {refs[s.object].canonical: s.relation for s in relate(text, refs, "vi", doc.number)}
    assert own["45-CT/TW"] == "IMPLEMENTS"


def test_a_lead_that_carries_a_document_out_reports_the_one_it_issues():
    """ "Thực hiện Chỉ thị số 01-CT/TW …, <body> ban hành Hướng dẫn số 03-HD/BTGDVTW …": the
    page reports the guidance issued, which carries out the directive named first."""
    text = (
        "Thực hiện Chỉ thị số 01-CT/TW ngày 10/5/2025 của Bộ Chính trị, Ban Tuyên giáo và Dân "
        "vận Trung ương ban hành Hướng dẫn số 03-HD/BTGDVTW ngày 12/6/2025 về tuyên truyền "
        "kết quả Đại hội.\n\nHướng dẫn nêu rõ mục đích, yêu cầu.\n"
    )
    doc, refs = extract_text(text, {})
    assert (doc.number, doc.basis) == ("03-HD/BTGDVTW", "subject")
    own = {refs[s.object].canonical: s.relation for s in relate(text, refs, "vi", doc.number)}
    assert own["01-CT/TW"] == "IMPLEMENTS"
    # ... also when what it carries out is an action programme, after an indented opening
    programme = (
        "    Thực hiện Chương trình hành động số 16-CTr/TU ngày 25/3/2008 của Ban Thường vụ "
        "Thành ủy về cải cách hành chính, ngày 13/5/2011, Ủy ban nhân dân huyện ban hành Kế "
        "hoạch số 42/KH-UBND về thực hiện cải cách hành chính năm 2011.\n"
    )
    assert extract_text(programme, {})[0].number == "42/KH-UBND"
    # ... past the title of what it carries out, which may say it issued something itself
    past_title = (
        "Thực hiện Quyết định số 1473/QĐ-TTg ngày 05/10/2012 của Thủ tướng Chính phủ ban hành "
        "Kế hoạch triển khai thi hành Luật Xử lý vi phạm hành chính; nhằm tổ chức tập huấn, vừa "
        "qua, UBND tỉnh Thái Bình đã ban hành Kế hoạch số 67/KH-UBND triển khai thi hành Luật.\n"
    )
    assert extract_text(past_title, {})[0].number == "67/KH-UBND"
    # a letter named by what it does is issued too ("vừa có văn bản chỉ đạo số 682-CV/TU")
    letter = (
        "Thực hiện Công văn số 4930/MTTW-BTT ngày 12/8/2014 của Ban Thường trực Trung ương Mặt "
        "trận; Ban Thường vụ Tỉnh ủy vừa có văn bản chỉ đạo số 682-CV/TU yêu cầu các cấp ủy "
        "thực hiện tốt một số nội dung.\n"
    )
    assert extract_text(letter, {})[0].number == "682-CV/TU"
    # a lead that opens on the issued document keeps it
    plain = "Bộ Tài chính ban hành Thông tư số 12/2025/TT-BTC hướng dẫn Nghị định số 15/2025/NĐ-CP."
    assert extract_text(plain, {})[0].number == "12/2025/TT-BTC"


def test_a_programme_issued_with_a_resolution_is_reported_as_that_resolution():
    """A legal Q&A page opens with a reader's question, then links, then the answer: the
    answer is the lead. Its programme, issued with a numbered resolution, has no number of
    its own: the page reports the resolution, which implements what the programme carries
    out (not the law in the link line above it)."""
    text = (
        "Có phải Chính phủ vừa ban hành Chương trình hành động về doanh nhân? Nội dung nào "
        "nổi bật? – Minh An (Nam Định).\n"
        ">> Danh mục thuốc được tiếp tục sử dụng theo Nghị quyết 80/2023/QH15\n"
        "Ngày 09/05/2024, Chính phủ ban hành Chương trình hành động thực hiện Nghị quyết "
        "41-NQ/TW của Bộ Chính trị về đội ngũ doanh nhân kèm theo Nghị quyết 66/NQ-CP. Theo "
        "đó, có những mục tiêu sau đây:\n- Có ít nhất 2 triệu doanh nghiệp.\n"
    )
    doc, refs = extract_text(text, {})
    assert (doc.number, doc.basis) == ("66/NQ-CP", "subject")
    acts = {
        (s.subject, s.relation, refs[s.object].canonical)
        for s in relate(text, refs, "vi", doc.number)
    }
    assert (None, "IMPLEMENTS", "41-NQ/TW") in acts
    assert not any(subject is not None for subject, _, _ in acts)
    # without the carrying resolution, the programme itself is reported, unnumbered
    alone = text.replace(" kèm theo Nghị quyết 66/NQ-CP", "")
    assert extract_text(alone, {})[0].basis == "unnumbered"


def test_a_page_reproducing_a_letter_is_the_letter_its_title_names():
    """A letter addressed "Kính gửi: …" under a title naming it speaks for itself; the
    directive its first paragraph recalls as issued years before is background, not the
    page's subject, and the review it asks for acts on nothing."""
    text = (
        "Công văn số 1350-CV/BDVTW ngày 10/5/2023 về việc sơ kết 05 năm thực hiện Chỉ thị số "
        "21-CT/TW về công tác phụ nữ\n\nKính gửi: Ban Dân vận các tỉnh ủy, thành ủy\n\n"
        "Ngày 20/01/2018, Ban Bí thư đã ban hành Chỉ thị số 21-CT/TW về tiếp tục đẩy mạnh "
        "công tác phụ nữ trong tình hình mới. Ban Dân vận Trung ương đề nghị các tỉnh ủy chỉ "
        "đạo sơ kết 05 năm thực hiện Chỉ thị số 21-CT/TW và gửi báo cáo trước ngày 15/9/2023.\n"
    )
    title = (
        "Công văn số 1350-CV/BDVTW về việc triển khai sơ kết 05 năm thực hiện Chỉ thị số 21-CT/TW"
    )
    doc, refs = extract_text(text, {"title": title})
    assert (doc.number, doc.reported) == ("1350-CV/BDVTW", False)
    acts = [
        s for s in relate(text, refs, "vi", doc.number) if refs[s.object].canonical == "21-CT/TW"
    ]
    assert {s.relation for s in acts} == {"CITES"}
    # without the salutation, the page is a report on the directive its lead says was issued
    report = text.replace("Kính gửi: Ban Dân vận các tỉnh ủy, thành ủy\n\n", "")
    assert extract_text(report, {"title": title})[0].number == "21-CT/TW"


def test_a_lead_reporting_an_unnumbered_issue_takes_the_number_the_next_sentence_gives():
    """ "… has just issued an official dispatch requesting …" then "… signed Official Dispatch
    No. 88/CD-TTg …": the page reports that dispatch (blind round J), and what it asks to
    continue is its own act; a number named later without an issuing verb is not it."""
    text = (
        "Prime Minister Pham Minh Chinh has just issued an official dispatch requesting "
        "ministries and localities to focus on responding to storm No. 3.\n"
        "To ensure the safety of people's lives, the Prime Minister signed Official Dispatch "
        "No. 88/CD-TTg dated September 6, 2024 requesting localities to continue to "
        "resolutely and effectively implement Official Dispatch No. 86/CD-TTg dated September "
        "3, 2024.\n"
    )
    doc, refs = extract_text(text, {})
    assert (doc.number, doc.basis) == ("88/CĐ-TTg", "subject")
    acts = {(s.relation, refs[s.object].canonical) for s in relate(text, refs, "en", doc.number)}
    assert ("CONTINUES", "86/CĐ-TTg") in acts
    told = text.replace(
        "the Prime Minister signed Official Dispatch", "as said in Official Dispatch"
    )
    assert extract_text(told, {})[0].number is None


def test_a_lead_opening_on_cu_the_is_news_when_it_says_the_document_was_just_issued():
    """An excerpt opening on "Cụ thể, tại Thông tư số 47/2025/TT-BYT do Bộ trưởng … vừa ký ban
    hành … đã bãi bỏ …" reports the circular (blind round K); "Cụ thể," detailing what came
    before is still background."""
    text = (
        "Cụ thể, tại Thông tư số 47/2025/TT-BYT do Bộ trưởng Bộ Y tế vừa ký ban hành ngày "
        "30/12/2025 đã bãi bỏ toàn bộ 43 văn bản quy phạm pháp luật do Bộ trưởng Bộ Y tế ban "
        "hành, liên tịch ban hành, cụ thể:\n\n"
        "1. Quyết định số 37-BYT/QĐ ngày 29/01/1972 của Bộ trưởng Bộ Y tế về tiêu chuẩn.\n\n"
        "2. Quyết định số 500-BYT/QĐ ngày 10/04/1992 của Bộ trưởng Bộ Y tế về Quy chế.\n"
    )
    doc, refs = extract_text(text, {})
    assert (doc.number, doc.basis) == ("47/2025/TT-BYT", "subject")
    acts = _own_relations(text, refs, doc)
    assert acts["37-BYT/QĐ"] == acts["500-BYT/QĐ"] == "REPEALS"
    background = (
        "Cụ thể, đối với nhà đất: tại khoản 1 Điều 7 Nghị định số 10/2022/NĐ-CP quy định giá "
        "tính lệ phí trước bạ do UBND cấp tỉnh ban hành theo quy định của pháp luật đất đai.\n"
    )
    assert extract_text(background, {})[0].number is None


def test_a_summary_lead_leaves_the_news_to_the_paragraph_that_opens_as_news():
    """A summary naming no document, then "Chính phủ vừa ban hành Quyết định số 1269/QĐ-TTg …":
    the page reports the decision and what it repeals (blind round N); a next paragraph that
    goes on from the summary ("Theo đó, …") is no lead of its own. A lead that opens as news
    may end on its list's colon ("… gồm:")."""
    text = (
        "Ngoài việc bỏ quyết định công bố dịch COVID-19, Chính phủ còn bãi bỏ nhiều văn bản, "
        "công điện, chỉ thị do Ban Chỉ đạo quốc gia và Thủ tướng Chính phủ ban hành.\n\n"
        "Chính phủ vừa ban hành Quyết định số 1269/QĐ-TTg nêu rõ việc bãi bỏ Quyết định số "
        "447/QĐ-TTg ngày 1.4.2020 của Thủ tướng Chính phủ về công bố dịch.\n"
    )
    doc, refs = extract_text(text, {})
    assert (doc.number, doc.basis) == ("1269/QĐ-TTg", "subject")
    acts = _own_relations(text, refs, doc)
    assert acts["447/QĐ-TTg"] == "REPEALS"
    going_on = text.replace("Chính phủ vừa ban hành", "Theo đó, Chính phủ đã có")
    assert extract_text(going_on, {})[0].number is None
    listed = (
        "Bãi bỏ 39 văn bản của Thủ tướng\n\n"
        "Ngày 1/12, Thủ tướng Chính phủ ban hành Quyết định số 44/2025/QĐ-TTg bãi bỏ toàn bộ "
        "39 văn bản gồm:\n\n1. Quyết định số 104/2000/QĐ-TTg ngày 25/8/2000 của Thủ tướng.\n"
    )
    assert extract_text(listed, {})[0].number == "44/2025/QĐ-TTg"


def test_a_summary_under_a_documents_title_line_speaks_for_it():
    """A law firm's summary opens with the decree's title line, then goes on in its voice
    ("This Decree regulates …", "This Decree also amends …"): the page speaks for the decree
    (blind round M); without that voice it names the decree only."""
    text = (
        "Detailing 2020 Law on Environmental Protection\n\n"
        "Decree No. 08/2022/ND-CP dated January 10th, 2022 of the Government on elaboration "
        "of several Articles of the Law on Environmental Protection\nPosted: 12/1/2022\n\n"
        "This Decree also amends certain articles of these Decrees: Decree No. 201/2013/ND-CP "
        "dated November 27th, 2013; Decree No. 67/2018/ND-CP dated May 14th, 2018.\n"
    )
    doc, refs = extract_text(text, {"title": "Detailing 2020 Law on Environmental Protection"})
    assert (doc.number, doc.basis) == ("08/2022/NĐ-CP", "title")
    acts = _own_relations(text, refs, doc, "en")
    assert acts["201/2013/NĐ-CP"] == acts["67/2018/NĐ-CP"] == "AMENDS"
    plain = text.replace("This Decree also amends", "It was said to amend")
    assert extract_text(plain, {})[0].number != "08/2022/NĐ-CP"


def test_a_text_that_opens_with_its_basis_reports_no_document_it_names():
    """Blind round AX: a school's plan copied from "Căn cứ Luật Giáo dục …; Nghị định số
    105/2020/NĐ-CP …" is a preamble with no number of its own, not news of the decree. An
    explainer's answer that opens "Căn cứ theo Tiểu Mục 2 … Nghị định …" still explains it."""
    plan = (
        "Căn cứ Luật Giáo dục ngày 14/6/2019; Nghị định số 105/2020/NĐ-CP ngày 08/9/2020 của "
        "Chính phủ quy định chính sách phát triển giáo dục mầm non; Quyết định số 1065/QĐ-BGDĐT "
        "ngày 19/4/2019 của Bộ Giáo dục và Đào tạo ban hành Kế hoạch triển khai thực hiện Đề án "
        "phát triển giáo dục mầm non;Căn cứ Kế hoạch số 123/KH-UBND ngày 29/03/2021 của UBND "
        "Huyện Phú Xuyên về phát triển giáo dục mầm non.\n"
    )
    assert extract_text(plan, {})[0].number is None
    answer = (
        "# Thủ tục đăng ký đất đai mất bao lâu?\n\nCăn cứ theo Tiểu Mục 2 Mục A Phần 5 Phụ lục 2 "
        "ban hành kèm theo Nghị định 151/2025/NĐ-CP (có hiệu lực này 01/7/2025) quy định về "
        "thời gian thực hiện thủ tục đăng ký như sau:\n\nA. TIẾP NHẬN HỒ SƠ\n"
    )
    assert extract_text(answer, {})[0].number == "151/2025/NĐ-CP"


def test_a_legal_sites_english_title_names_the_page_by_its_type_in_translation():
    """Blind rounds BB and BP: a page titled "Circular 03/2016/TT-BYT: Regulations on
    medicinal business operations" is that circular's translation ("Circular" is "Thông
    tư"); a title whose English type is not the number's names no page."""
    text = (
        "Subscribe Now for only USD$20 per month.\nThe CIRCULAR regulates pharmaceutical "
        "business activities.\nPursuant to Decree No. 79/2006/ND-CP dated 9 August 2006 from "
        "the Government detailing the implementation of some articles of the law;\n"
    )
    title = "Circular 03/2016/TT-BYT: Regulations on medicinal business operations"
    assert extract_text(text, {"title": title})[0].number == "03/2016/TT-BYT"
    other = "Decree 03/2016/TT-BYT: Regulations on medicinal business operations"
    assert extract_text(text, {"title": other})[0].number != "03/2016/TT-BYT"


def test_a_press_release_titled_by_the_document_it_issues_reports_on_it():
    """Blind round Q: a ministry's "Press release on issuance of Circular No. 06/2024/TT-NHNN"
    (and "Thông cáo báo chí về việc ban hành Thông tư số …") reports on that circular, whose
    acts its lead tells; an English type with "No." names it as "Circular" alone does."""
    text = (
        "As directed by the Government, the State Bank has reviewed the implementation of "
        "Circular No. 02/2023/TT-NHNN on debt rescheduling.\nAs authorized by the Government, "
        "on June 18, 2024, the Governor had issued Circular No. 06/2024/TT-NHNN revising a "
        "number of Articles of Circular No. 02/2023/TT-NHNN.\n"
    )
    title = "Press release on issuance of Circular No. 06/2024/TT-NHNN"
    doc, refs = extract_text(text, {"title": title})
    assert (doc.number, doc.reported) == ("06/2024/TT-NHNN", True)
    own = relate(text, refs, "en", doc.number, doc.reported)
    assert ("AMENDS", "02/2023/TT-NHNN") in {
        (st.relation, refs[st.object].canonical) for st in own if st.subject is None
    }
    viet = "Thông cáo báo chí về việc ban hành Thông tư số 06/2024/TT-NHNN"
    assert extract_text(text, {"title": viet})[0].number == "06/2024/TT-NHNN"
    numbered = "Circular No. 06/2024/TT-NHNN: Debt rescheduling extended"
    assert extract_text(text, {"title": numbered})[0].number == "06/2024/TT-NHNN"


def test_a_lead_that_an_elected_body_passed_a_numbered_document_reports_on_it():
    """Blind round R: "Quốc hội đã thông qua Nghị quyết số 98/2023/QH15 …", "HĐND tỉnh đã biểu
    quyết thông qua Nghị quyết số …", "the National Assembly passed Resolution No. …", and a
    lead in the passive that opens on another document ("To replace Resolution No.
    54/2017/QH14 …, Resolution No. 98/2023/QH15 was recently passed …") report on the
    document passed; "thông qua" as "through" passes nothing, nor does a relative clause."""
    cases = (
        "Ngày 24/6/2023, Quốc hội đã thông qua Nghị quyết số 98/2023/QH15 về thí điểm cơ chế, "
        "thay thế Nghị quyết số 54/2017/QH14.",
        "Chiều 10/12, HĐND tỉnh đã biểu quyết thông qua Nghị quyết số 45/2025/NQ-HĐND quy định "
        "mức hỗ trợ, thay thế Nghị quyết số 12/2020/NQ-HĐND.",
        "On 24 June 2023, the National Assembly passed Resolution No. 98/2023/QH15 on pilot "
        "mechanisms, replacing Resolution No. 54/2017/QH14.",
        'To replace Resolution No. 54/2017/QH14 of the National Assembly ("Resolution 54"), '
        "Resolution No. 98/2023/QH15 was recently passed by the National Assembly on 24 June "
        "2023.",
    )
    for text in cases:
        doc, refs = extract_text(text)
        assert doc.reported and doc.number in ("98/2023/QH15", "45/2025/NQ-HĐND"), text
        own = relate(
            text, refs, "vi" if "Quốc" in text or "HĐND" in text else "en", doc.number, doc.reported
        )
        assert "REPLACES" in {st.relation for st in own if st.subject is None}, text
    through = "Thông qua Công văn số 12/UBND-VX, Sở hướng dẫn thực hiện Nghị quyết 98/2023/QH15."
    assert extract_text(through)[0].number is None
    relative = (
        "Decree No. 01/2021/ND-CP replaces Decree No. 78/2015/ND-CP, which was issued in 2015."
    )
    assert extract_text(relative)[0].number == "01/2021/NĐ-CP"


def test_a_lead_issuing_a_document_by_a_bare_number_to_act_on_another_is_the_new_ones():
    """Blind round S: "Bộ Nội vụ đã ban hành Công văn số 1814 nhằm hướng dẫn cụ thể việc triển
    khai Nghị định 178/2024/NĐ-CP …" reports on the letter, whose number the page gives without
    its codes (no reference): its page is the letter's, which guides the decree, not the
    decree's."""
    text = (
        "Bộ Nội vụ đã ban hành Công văn số 1814 nhằm hướng dẫn cụ thể việc triển khai Nghị định "
        "178/2024/NĐ-CP về chính sách đối với cán bộ, công chức."
    )
    doc, refs = extract_text(text)
    assert (doc.number, doc.basis, doc.type_code) == (None, "unnumbered", "CV")
    own = relate(text, refs, "vi", doc.number, doc.reported)
    assert [(refs[s.object].canonical, s.relation) for s in own if s.subject is None] == [
        ("178/2024/NĐ-CP", "GUIDES")
    ]


def test_a_translation_sites_original_language_title_names_the_page():
    """Blind rounds AM, AX and BB: a translation site prints the original title under a
    label; its English title may misspell the number or lose its letters' case."""
    text = (
        "Decision 323/qd-Ttg: Approving The Overall Master Plan For Socio-Economic Development"
        "\n\nOriginal Language Title: Quyết định 321/QĐ-TTg: Phê duyệt quy hoạch tổng thể phát "
        "triển kinh tế - xã hội tỉnh Quảng Trị\n\nPursuant to Decree No. 92/2006/ND-CP on 7 "
        "September 2006 by the Government;\n"
    )
    title = "Decision 323/qd-Ttg: Approving The Overall Master Plan"
    assert extract_text(text, {"title": title})[0].number == "321/QĐ-TTg"
    # the label names the page only where it opens on the document's type and number
    cited = text.replace("Quyết định 321/QĐ-TTg: Phê duyệt", "Phê duyệt theo 321/QĐ-TTg")
    assert extract_text(cited, {"title": title})[0].number != "321/QĐ-TTg"


def test_a_second_paragraph_that_says_a_document_was_officially_issued_is_the_news():
    """Blind round BR: after a summary that names no document and a photo's caption, "Bộ
    Giáo dục và Đào tạo chính thức ban hành Thông tư số 16/2021/TT-BGDĐT …" is the news."""
    text = (
        "Quy chế tuyển sinh trình độ đại học sửa đổi có điểm mới so với 2020\n\nThanh Xuân -\n\n"
        "Trong đó quy định, ngoài giấy chứng nhận kết quả thi không được dùng bất cứ một hình "
        "thức nào thay thế giấy chứng nhận xác định nhập học…\n\nẢnh minh họa.\n\n"
        "Bộ Giáo dục và Đào tạo chính thức ban hành Thông tư số 16/2021/TT-BGDĐT ngày 1/6/2021 "
        "sửa đổi, bổ sung một số điều của Quy chế tuyển sinh trình độ đại học.\n"
    )
    assert extract_text(text, {})[0].number == "16/2021/TT-BGDĐT"


def test_a_lead_that_carries_out_a_direction_given_in_a_document_reports_the_next_one():
    """Blind round BW: "Thực hiện chỉ đạo của Thủ tướng Chính phủ tại Công điện số 80/CĐ-TTg
    …, Bộ Tài chính vừa có văn bản số 8400/BTC-QLCS …" reports the ministry's letter."""
    text = (
        "Thực hiện chỉ đạo của Thủ tướng Chính phủ tại Công điện số 80/CĐ-TTg ngày 1/6/2025 về "
        "việc đẩy mạnh triển khai phương án xử lý tài sản, Bộ Tài chính vừa có văn bản số "
        "8400/BTC-QLCS đề nghị các bộ, ngành trung ương khẩn trương thực hiện rà soát.\n"
    )
    assert extract_text(text, {})[0].number == "8400/BTC-QLCS"


def test_a_title_line_followed_by_basis_lines_is_the_texts_own():
    """Blind round CR: a translation that opens on its title line, "Joint Circular
    15/2010/TTLT-BTC-BGDDT of …", with no number sign, and goes on with its basis lines, is
    that circular's own text; a title line followed by a news paragraph is not."""
    text = (
        "MINISTRY OF FINANCE - MINISTRY OF HEALTH\n\n"
        "Joint Circular 21/2011/TTLT-BTC-BYT of March 3, 2011, guiding the use of funds for "
        "school health checks\n\n"
        "Pursuant to the Government's Decree 118/2008/ND-CP of November 27, 2008, defining the "
        "functions of the Ministry of Finance;\n"
    )
    doc, refs = extract_text(text, {})
    # (the page speaks as the circular: its title line's number is its own, blind round Z)
    assert (doc.number, doc.reported) == ("21/2011/TTLT-BTC-BYT", False)
    assert [r.self for r in refs] == [True, False]
    read = [(refs[s.object].canonical, s.relation) for s in relate(text, refs, "en", doc.number)]
    assert read == [("118/2008/NĐ-CP", "BASED_ON")]
    news = text.replace("Pursuant to the Government's", "Reporters asked about the")
    assert extract_text(news, {})[0].number != "21/2011/TTLT-BTC-BYT"
    # a news paragraph that opens on "Pursuant to" names the document as its subject: the
    # page reports on it (blind round SD)
    reported = text.replace(
        "defining the functions of the Ministry of Finance;",
        "Joint Circular 21/2011/TTLT-BTC-BYT sets the funds for school health checks.",
    )
    doc = extract_text(reported, {})[0]
    assert (doc.number, doc.reported) == ("21/2011/TTLT-BTC-BYT", True)
    # a page that lost its line breaks runs the title on into its first basis (blind round CZ)
    flat = (
        "DECISION No.212-TTg OF APRIL 2, 1995 OF THE PRIME MINISTER ON THE FOREST INSPECTORATE "
        "THE PRIME MINISTER Pursuant to Decree No.15-CP of March 2, 1993 of the Government;"
    )
    assert extract_text(flat, {})[0].number == "212-TTg"
    # (not a sentence that ends first, nor one that only names the decision: its title in
    # capitals opening the page is the page's own, `_ISSUER_TITLE_NUMBER`)
    said = "The paper reported: " + flat.replace("MINISTER Pursuant", "MINISTER. Pursuant")
    assert extract_text(said, {})[0].number != "212-TTg"


def test_an_unnumbered_translation_is_issued_by_the_body_that_closes_its_preamble():
    """Blind round CT: "CIRCULAR" over its subject and "Pursuant to" lines, with no number,
    is a circular of no known number; the line that closes the preamble, "The Minister of
    Justice promulgates the Circular …", names who issued it. So does "Bộ trưởng Bộ Tư pháp
    ban hành Thông tư …" in Vietnamese."""
    text = (
        "CIRCULAR\nOn the keeping of notarial records\n_____\n"
        "Pursuant to the Government's Decree No. 96/2017/ND-CP of August 16, 2017, defining the "
        "functions of the Ministry of Justice;\n"
        "At the proposal of the Director of the Department of Judicial Support,\n"
        "The Minister of Justice promulgates the Circular on the keeping of notarial records.\n"
        "Article 1. Scope\n"
    )
    doc = extract_text(text, {})[0]
    assert (doc.number, doc.basis, doc.type_code, doc.issuer) == (
        None,
        "unnumbered",
        "TT",
        "Bộ Tư pháp",
    )
    vietnamese = (
        "THÔNG TƯ\nQuy định về lưu trữ hồ sơ công chứng\n\n"
        "Căn cứ Nghị định số 96/2017/NĐ-CP ngày 16 tháng 8 năm 2017 của Chính phủ;\n"
        "Căn cứ Luật Ban hành văn bản quy phạm pháp luật ngày 22 tháng 6 năm 2015;\n"
        "Theo đề nghị của Cục trưởng Cục Bổ trợ tư pháp,\n"
        "Bộ trưởng Bộ Tư pháp ban hành Thông tư quy định về lưu trữ hồ sơ công chứng.\n"
        "Điều 1. Phạm vi điều chỉnh\n"
    )
    assert extract_text(vietnamese, {})[0].issuer == "Bộ Tư pháp"
    # the line after the first article enacts nothing
    minister = "The Minister of Justice promulgates"
    late = text.replace("Article 1. Scope\n", "").replace(minister, "Article 1. Scope\n" + minister)
    assert extract_text(late, {})[0].issuer is None


def test_a_datelined_report_that_a_document_took_effect_tells_what_it_replaced():
    """Blind round CQ: a page's dateline ("05/03/2019" on a line of its own) is no part of the
    sentence under it, so the document that opens that sentence after a date's clause is
    the one that takes effect and replaces another."""
    text = (
        "Xử phạt theo quy định mới về quản lý rừng\n\n05/03/2019\n"
        "Từ ngày 1/3/2019, Nghị định số 35/2019/NĐ-CP về xử phạt vi phạm hành chính trong lĩnh "
        "vực lâm nghiệp đã chính thức có hiệu lực, thay thế Nghị định 157/2013/NĐ-CP.\n"
    )
    doc, refs = extract_text(text, {})
    read = {
        (refs[s.subject].canonical, s.relation, refs[s.object].canonical)
        for s in relate(text, refs, "vi", doc.number)
        if s.subject is not None
    }
    assert ("35/2019/NĐ-CP", "REPLACES", "157/2013/NĐ-CP") in read


def test_a_lead_that_opens_with_a_purpose_reports_what_is_then_issued():
    """Blind round CV: "Nhằm quy định chi tiết Điều 190 Luật Đất đai năm 2024 và thực hiện
    Nghị quyết số 109/2023/QH15 …, Chính phủ vừa ban hành Nghị định số 42/2024/NĐ-CP …"
    reports the decree, whatever the purpose clause names first; a lead that only names the
    law it explains is about that law."""
    text = (
        "Nhằm hướng dẫn Điều 12 Luật Thủy lợi năm 2017 và thực hiện Nghị quyết số 55/2022/QH15 "
        "của Quốc hội, Chính phủ vừa ban hành Nghị định số 66/2023/NĐ-CP ngày 1/9/2023 quy "
        "định về quản lý đê điều.\n"
    )
    doc, refs = extract_text(text, {})
    assert doc.number == "66/2023/NĐ-CP"
    read = {(refs[s.object].canonical, s.relation) for s in relate(text, refs, "vi", doc.number)}
    assert ("55/2022/QH15", "IMPLEMENTS") in read
    told = text.replace("Nhằm hướng dẫn", "Báo chí đưa tin về")
    assert extract_text(told, {})[0].number != "66/2023/NĐ-CP"


def test_a_newspapers_tag_before_the_lead_leaves_it_the_lead():
    """Blind round CW: "(Baothanhhoa.vn) - Thực hiện Kế hoạch số 150-KH/TU …, Ban Tuyên giáo
    Tỉnh ủy đã ban hành Hướng dẫn số 90-HD/BTGTU …" reports the guidance, as the lead without
    the tag does."""
    lead = (
        "Thực hiện Kế hoạch số 150-KH/TU ngày 3-6-2019 của Ban Thường vụ Tỉnh ủy về tổ chức "
        "các hoạt động kỷ niệm, Ban Tuyên giáo Tỉnh ủy đã ban hành Hướng dẫn số 90-HD/BTGTU về "
        "công tác tuyên truyền.\n"
    )
    assert extract_text(lead, {})[0].number == "90-HD/BTGTU"
    assert extract_text("(Baothanhhoa.vn) - " + lead, {})[0].number == "90-HD/BTGTU"


def test_a_page_that_opens_on_who_signed_its_plan_speaks_for_that_body():
    """Blind round CO: "Kế hoạch do Phó Chủ tịch UBND tỉnh Lê Trường Sơn ký ban hành, yêu cầu
    …" opens on a plan of no number that the provincial committee issued; a body the plan
    only puts in charge ("Kế hoạch do Sở Y tế chủ trì …") issued nothing."""
    text = (
        "Kế hoạch do Phó Chủ tịch UBND tỉnh Trần Văn An ký ban hành, yêu cầu các sở, ngành "
        "triển khai nghiêm túc.\nMục đích: thực hiện đầy đủ các nhiệm vụ của Nghị quyết số "
        "80/NQ-CP.\n"
    )
    doc = extract_text(text, {})[0]
    assert (doc.number, doc.basis, doc.type_code, doc.issuer) == (
        None,
        "unnumbered",
        "KH",
        "UBND tỉnh",
    )
    charged = text.replace("Phó Chủ tịch UBND tỉnh Trần Văn An ký ban hành", "Sở Y tế chủ trì")
    assert extract_text(charged, {})[0].issuer is None


def test_a_lead_that_says_a_body_released_a_plan_reports_that_plan():
    """Blind round CO: "The Hanoi People's Committee released the Plan No. 240/KH-UBND on
    December 12, implementing the conclusion … at the Announcement No. 508/TB-VPCP" reports
    the plan, which carries the announcement out."""
    text = (
        "The Da Nang People's Committee released the Plan No. 118/KH-UBND on June 2, "
        "implementing the conclusion of the Prime Minister at the Announcement No. 212/TB-VPCP "
        "dated May 10 on the city's development.\n"
    )
    doc, refs = extract_text(text, {})
    assert doc.number == "118/KH-UBND"
    read = {(refs[s.object].canonical, s.relation) for s in relate(text, refs, "en", doc.number)}
    assert ("212/TB-VPCP", "IMPLEMENTS") in read


def test_a_summary_of_an_unnumbered_letter_leaves_the_page_to_the_numbered_one_issued_next():
    """Blind round CR: "Bộ Nội vụ đã có văn bản hướng dẫn thực hiện Nghị định số
    178/2024/NĐ-CP và Nghị định số 67/2025/NĐ-CP …" over a caption and "Ngày 26/4, Bộ Nội vụ
    ban hành Công văn số 1814/BNV-TCBC … về việc hướng dẫn thực hiện …": the page is about
    the letter whose number it then gives."""
    text = (
        "Những hướng dẫn của Bộ Nội vụ về chính sách khi sắp xếp bộ máy\n\n"
        "Bộ Nội vụ đã có văn bản hướng dẫn thực hiện Nghị định số 178/2024/NĐ-CP và Nghị định "
        "số 67/2025/NĐ-CP của Chính phủ hướng dẫn chi tiết về chính sách khi sắp xếp bộ máy\n\n"
        "Bộ phận một cửa tại quận Lê Chân, Hải Phòng.\n\nNgày 26/4, Bộ Nội vụ ban hành Công "
        "văn số 1814/BNV-TCBC gửi các bộ, ngành về việc hướng dẫn thực hiện Nghị định số "
        "178/2024/NĐ-CP và Nghị định số 67/2025/NĐ-CP của Chính phủ.\n"
    )
    assert extract_text(text, {})[0].number == "1814/BNV-TCBC"
    unnumbered = text.replace("Công văn số 1814/BNV-TCBC", "công văn")
    doc = extract_text(unnumbered, {})[0]
    assert (doc.number, doc.basis) == (None, "unnumbered")


def test_an_opening_that_says_who_issues_the_text_as_follows_names_its_issuer():
    """Blind rounds CS and DO: a plan or a guidance of no number opens by saying who issues
    it, after what it rests on or carries out ("Căn cứ Chỉ thị số 01-CT/TW …, Ban Tuyên giáo
    Trung ương xây dựng Kế hoạch … như sau:", "Thực hiện Hướng dẫn số 136-HD/BTGTU …, Ban
    Tuyên giáo … hướng dẫn tuyên truyền … như sau:"). A page that named a numbered document
    before that paragraph has already told which one it is about, and a report's "như sau"
    issues nothing."""
    plan = (
        "Kế hoạch tổ chức hội nghị học tập nghị quyết của Đảng\n\n"
        "Căn cứ Chỉ thị số 07-CT/TW ngày 02 tháng 4 năm 2024 của Bộ Chính trị về việc học "
        "tập nghị quyết, Ban Tuyên giáo Trung ương xây dựng Kế hoạch tổ chức hội nghị "
        "toàn quốc như sau:\n\nI. MỤC ĐÍCH, YÊU CẦU\n"
    )
    doc = extract_text(plan, {})[0]
    assert (doc.number, doc.basis, doc.type_code, doc.issuer) == (
        None,
        "unnumbered",
        "KH",
        "Ban Tuyên giáo Trung ương",
    )
    guidance = (
        "HƯỚNG DẪN TUYÊN TRUYỀN THÁNG 9 NĂM 2024\n\n"
        "Thực hiện Hướng dẫn số 210-HD/BTGTU, ngày 25/8/2024 của Ban Tuyên giáo Tỉnh ủy "
        "Sơn La; Ủy ban nhân dân tỉnh Sơn La hướng dẫn tuyên truyền một số nội dung\n"
        "trọng tâm như sau:\n1. Tuyên truyền các ngày lễ lớn.\n"
    )
    doc, refs = extract_text(guidance, {})
    assert (doc.basis, doc.type_code, doc.issuer) == (
        "unnumbered",
        "HD",
        "Ủy ban nhân dân tỉnh Sơn La",
    )
    read = {(refs[s.object].canonical, s.relation) for s in relate(guidance, refs, "vi", None)}
    assert ("210-HD/BTGTU", "IMPLEMENTS") in read
    told_before = plan.replace(
        "\n\nCăn cứ", "\nBan Tuyên giáo Trung ương ban hành Kế hoạch 55-KH/BTGTW.\n\nCăn cứ"
    )
    assert extract_text(told_before, {})[0].issuer is None
    report = plan.replace("xây dựng Kế hoạch tổ chức hội nghị toàn quốc", "báo cáo kết quả")
    assert extract_text(report, {})[0].issuer is None
    # a body that asks or directs, past a title whose words issue ("công tác xây dựng …")
    asked = (
        "Nhằm đạt được mục tiêu, nhiệm vụ Nghị quyết số 66-NQ/TW của Bộ Chính trị về đổi mới "
        "công tác xây dựng và thi hành pháp luật, UBND tỉnh Phú Thọ đề nghị các sở, ngành "
        "triển khai thực hiện các nhiệm vụ sau đây:\n1. Rà soát văn bản.\n"
    )
    doc = extract_text(asked, {})[0]
    assert (doc.basis, doc.issuer) == ("unnumbered", "UBND tỉnh Phú Thọ")


def test_an_english_lead_that_issued_an_action_plan_reports_the_plan_numbered_after():
    """Blind round MD: "Son La Province has recently issued an action plan to implement
    Resolution No. 57-NQ/TW …" then "Plan No. 333-KH/TU dated May 7, 2025, issued by the
    Provincial Party Committee, …": English names a plan by what it is for first ("an action
    plan"), and the number given later with "issued by" after it is the plan's; the page is
    about the plan, not the resolution it carries out. The same in Vietnamese ("do … ban
    hành")."""
    text = (
        "(en.sonla.gov.vn) Son La Province has recently issued an action plan to implement "
        "Resolution No. 57-NQ/TW dated December 22, 2024, of the Politburo on breakthroughs.\n"
        "Plan No. 333-KH/TU dated May 7, 2025, issued by the Provincial Party Committee, "
        "concretizes Resolution No. 57-NQ/TW.\n"
    )
    doc = extract_text(text, {})[0]
    assert (doc.number, doc.basis) == ("333-KH/TU", "subject")
    vi = (
        "Tỉnh Sơn La vừa ban hành kế hoạch thực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024 "
        "của Bộ Chính trị về đột phá phát triển khoa học, công nghệ.\n"
        "Kế hoạch số 333-KH/TU ngày 7/5/2025 do Ban Thường vụ Tỉnh ủy ban hành cụ thể hóa "
        "Nghị quyết số 57-NQ/TW.\n"
    )
    assert extract_text(vi, {})[0].number == "333-KH/TU"
    # a plan named later that the page does not say was issued is not the one reported
    cited = text.replace("issued by the Provincial Party Committee", "of the Committee")
    assert extract_text(cited, {})[0].number != "333-KH/TU"


def test_a_headline_that_reports_no_issuing_leaves_the_lead_to_the_news_under_it():
    """Blind round MA: a headline long enough to pass for a lead ("Chương trình hành động
    thực hiện Nghị quyết 06-NQ/TW … tầm nhìn đến năm 2045", no full stop) over "Ngày
    16/6/2022, Tỉnh ủy Tiền Giang ban hành Chương trình hành động số 22-CTr/TU thực hiện
    Nghị quyết 06-NQ/TW …": the page reports the programme."""
    text = (
        "Chương trình hành động thực hiện Nghị quyết 06-NQ/TW của Bộ Chính trị về quy hoạch, "
        "xây dựng, quản lý và phát triển bền vững đô thị Việt Nam đến năm 2030, tầm nhìn đến "
        "năm 2045\n17/06/2022\n\n"
        "Ngày 16/6/2022, Tỉnh ủy Tiền Giang ban hành Chương trình hành động số 22-CTr/TU thực "
        "hiện Nghị quyết 06-NQ/TW của Bộ Chính trị về quy hoạch đô thị.\n"
    )
    assert extract_text(text, {})[0].number == "22-CTr/TU"
    # a headline that reports an issuing is the lead: the paragraph under it is not looked at
    issued = (
        "Tỉnh ủy Tiền Giang ban hành Chương trình hành động số 22-CTr/TU thực hiện Nghị quyết "
        "06-NQ/TW về quy hoạch, xây dựng, quản lý và phát triển bền vững đô thị Việt Nam đến "
        "năm 2030, tầm nhìn đến năm 2045\n\n"
        "Ngày 20/6/2022, UBND tỉnh ban hành Kế hoạch số 99/KH-UBND thực hiện Chương trình.\n"
    )
    assert extract_text(issued, {})[0].number == "22-CTr/TU"


def test_a_page_that_opens_on_a_letters_subject_line_is_that_letter():
    """Blind round MA: "V/v đẩy mạnh triển khai thực hiện Kế hoạch số 24 của Ban Thường vụ
    Huyện ủy" on the first line: the page is that letter, of no number on the page, and what
    it goes on to carry out is its act, stored from it."""
    text = (
        "V/v đẩy mạnh triển khai thực hiện Kế hoạch số 24 của Ban Thường vụ Huyện ủy\n"
        "Cập nhật: 04/10/2022\n\n"
        "Thực hiện Kết luận 01-KL/TW, ngày 18/5/2021 của Bộ Chính trị về tiếp tục thực hiện "
        "Chỉ thị số 05-CT/TW. Ban Thường vụ Huyện ủy yêu cầu các cơ quan triển khai.\n"
    )
    doc = extract_text(text, {})[0]
    assert (doc.number, doc.basis, doc.type_code) == (None, "unnumbered", "CV")
    graph = build_graph([source_facts(make_source("p.jsonl", "jsonl", text, {}))])
    assert any(
        s.startswith("unnumbered:") and r == "IMPLEMENTS" and t.startswith("1-KL/TW")
        for s, r, t in graph.edges
    )
    # the subject line further down is a letter quoted, not the page
    quoted = "Tin tức hôm nay\n" + text
    assert extract_text(quoted, {})[0].basis != "unnumbered"


def test_a_header_whose_number_cannot_be_read_still_speaks_for_its_text():
    """Blind round MB: an OCR'd decision ("Số: Oy /2015/QD-UBND" under its issuer's block,
    then its "Căn cứ" lines) is a document whose header was read though its number was not:
    its basis lines are its own, stored BASED_ON, not a report's citations."""
    text = (
        "ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTỈNH NINH THUẬN Độc lập - Tự do - "
        "Hạnh phúc\nSố: Oy /2015/QD-UBND Phan Rang, ngày 24 tháng 12 năm 2015\n\n"
        "QUYET ĐỊNH\nBan hành Quy định quản lý hoạt động quảng cáo\n\n"
        "ỦY BAN NHÂN DÂN TỈNH NINH THUẬN\n\n"
        "Căn cứ Nghị định số 181/2013/NĐ-CP ngày 14 tháng 11 năm 2013 của Chính phủ;\n\n"
        "QUYẾT ĐỊNH:\nĐiều 1. Ban hành kèm theo Quyết định này Quy định quản lý quảng cáo.\n"
    )
    doc = extract_text(text, {})[0]
    assert (doc.number, doc.basis) == (None, "header")
    graph = build_graph([source_facts(make_source("q.jsonl", "jsonl", text, {}))])
    assert [r for _, r, t in graph.edges if t.startswith("181/")] == ["BASED_ON"]


def test_a_lead_that_issued_a_document_by_its_bare_number_reports_that_document():
    """Blind round MG: "Phó Thủ tướng Trần Hồng Hà vừa ký ban hành Nghị quyết 147 bãi bỏ một
    số Nghị quyết …" reports a resolution the page numbers without its codes: the page is
    that resolution, of no full number, and its repeals are its own."""
    text = (
        "Chính phủ bãi bỏ một số Nghị quyết về phòng, chống dịch\n\n"
        "Phó Thủ tướng Trần Hồng Hà vừa ký ban hành Nghị quyết 147 bãi bỏ một số Nghị quyết "
        "phòng, chống dịch COVID-19 do Chính phủ ban hành.\n\n"
        "Nghị quyết bãi bỏ toàn bộ Nghị quyết số 169/NQ-CP ngày 31/12/2021 của Chính phủ.\n"
    )
    doc = extract_text(text, {})[0]
    assert (doc.number, doc.basis, doc.type_code) == (None, "unnumbered", "NQ")
    # a number the next sentences give it with its codes is its own
    numbered = text + "Nghị quyết số 147/NQ-CP do Chính phủ ban hành có hiệu lực từ ngày ký.\n"
    assert extract_text(numbered, {})[0].number == "147/NQ-CP"


def test_an_english_dateline_after_a_newspapers_tag_opens_the_news():
    """Blind round MH: "The Politburo issued a new Directive on Party Congresses at all
    levels." over "(Chinhphu.vn) - On April 14, 2025, General Secretary To Lam, on behalf of
    the Politburo, signed and issued Directive No. 45-CT/TW …": the page reports 45-CT/TW."""
    text = (
        "The Politburo issued a new Directive on Party Congresses at all levels.\n\n"
        "(Chinhphu.vn) - On April 14, 2025, General Secretary To Lam, on behalf of the "
        "Politburo, signed and issued Directive No. 45-CT/TW of the Politburo on party "
        "congresses at all levels.\n\n"
        "This Directive replaces Directive No. 35-CT/TW of May 30, 2019.\n"
    )
    assert extract_text(text, {})[0].number == "45-CT/TW"


@pytest.mark.parametrize("opening", identity.NEWS_OPENING_EXAMPLES)
def test_a_news_opening_reads_as_one(opening):
    assert identity._NEWS_OPENING.match(opening)


def test_an_english_dateline_in_figures_opens_the_news_under_a_headline():
    """Blind round MV: a provincial portal's English page, its headline naming the plan's
    aims ("… and Plan No. 211-KH/TU …"), over "On 19/9/2023, the Provincial People's
    Committee issued Plan No. 139/KH-UBND to implement …": the page reports 139/KH-UBND."""
    text = (
        "in:\n\nThe Plan to implement Conclusion No. 57-KL/TW dated June 15, 2023 of the "
        "Politburo and Plan No. 211-KH/TU dated July 25, 2023 of the Provincial Party "
        "Committee\n\nOn 19/9/2023, the Provincial People's Committee issued Plan No. "
        "139/KH-UBND to implement Conclusion No. 57-KL/TW dated June 15, 2023 of the "
        "Politburo.\n\nAccordingly, the Plan clearly states its purpose.\n"
    )
    assert extract_text(text, {})[0].number == "139/KH-UBND"


def test_an_older_title_that_names_its_issuer_and_number_is_the_texts_own():
    """Blind rounds CZ and DP: "QUYẾT ĐỊNH\n\nCỦA HỘI ĐỒNG BỘ TRƯỞNG SỐ 182/HĐBT\nNGÀY
    27-10-1982 …", "THÔNG TƯ\nCỦA BỘ TÀI CHÍNH SỐ 85/2002/TT-BTC NGÀY …": an older title names
    the issuer and the number in capitals; a heading that names another document ("SỬA ĐỔI
    ĐIỀU 5 CỦA THÔNG TƯ SỐ 96/2020/TT-BTC") does not."""
    decision = (
        "QUYẾT ĐỊNH\n\nCỦA HỘI ĐỒNG BỘ TRƯỞNG SỐ 182/HĐBT\nNGÀY 27-10-1982 VỀ VIỆC THÀNH LẬP "
        "MỘT SỐ CƠ QUAN\n\nHỘI ĐỒNG BỘ TRƯỞNG\n\nCăn cứ nghị định số 35-CP ngày 9-2-1981 của "
        "Hội đồng Chính phủ;\n"
    )
    assert extract_text(decision, {})[0].number == "182/HĐBT"
    circular = (
        "THÔNG TƯ\nCỦA BỘ TÀI CHÍNH SỐ 85/2002/TT-BTC NGÀY 25 THÁNG 9 NĂM 2002 HƯỚNG DẪN THI "
        "HÀNH NGHỊ ĐỊNH SỐ 69/2002/NĐ-CP\n\nCăn cứ Nghị định số 178/CP ngày 28/10/1994;\n"
    )
    doc, refs = extract_text(circular, {})
    assert doc.number == "85/2002/TT-BTC"
    statements = relate(circular, refs, "vi", doc.number)
    read = {(refs[s.object].canonical, s.relation) for s in statements}
    assert ("69/2002/NĐ-CP", "GUIDES") in read
    amending = "THÔNG TƯ\nSỬA ĐỔI ĐIỀU 5 CỦA THÔNG TƯ SỐ 96/2020/TT-BTC\n\nCăn cứ Luật A;\n"
    assert extract_text(amending, {})[0].number is None
    # ... or its number alone after its type, and a translation's (blind round ML)
    directive = (
        "THỦ TƯỚNG CHÍNH PHỦ\nCHỈ THỊ SỐ 35/1999/CT-TTG NGÀY 30 THÁNG 12 NĂM 1999 VỀ VIỆC THI "
        "HÀNH LUẬT DOANH NGHIỆP\nQuyết định số 1253/QĐ-TTg ngày 29/12/1999 lập tổ công tác.\n"
    )
    assert extract_text(directive, {})[0].number == "35/1999/CT-TTg"
    translated = (
        "THE PRIME MINISTER\nDIRECTIVE No. 35/1999/CT-TTg OF DECEMBER 30, 1999 ON ENFORCEMENT "
        "OF THE LAW ON ENTERPRISES\nDecision No. 1253/QD-TTg of December 29, 1999 set up "
        "working groups.\n"
    )
    assert extract_text(translated, {})[0].number == "35/1999/CT-TTg"


def test_a_lead_that_issues_nothing_leaves_the_news_to_the_document_issued_next():
    """Blind round MC: "Ban Tuyên Giáo Tỉnh ủy hướng dẫn tuyên truyền thực hiện Chỉ thị
    05-CT/TW …." over "Thực hiện Hướng dẫn số 18-HD/BTGTW …, ngày 06-12-2016, Ban Tuyên giáo
    Tỉnh ủy ban hành Hướng dẫn số 13-HD/BTGTU, hướng dẫn …": the page reports the guidance
    issued, which carries out the one named first; not that first one."""
    text = (
        "Hướng dẫn tuyên truyền thực hiện Chỉ thị 05-CT/TW của Bộ Chính trị\n\n"
        "Ban Tuyên Giáo Tỉnh ủy hướng dẫn tuyên truyền thực hiện Chỉ thị 05-CT/TW của Bộ Chính "
        "trị và nhân điển hình học tập, làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh.\n\n"
        "Thực hiện Hướng dẫn số 18-HD/BTGTW ngày 10-11-2016 của Ban Tuyên giáo Trung ương, "
        "ngày 06-12-2016, Ban Tuyên giáo Tỉnh ủy ban hành Hướng dẫn số 13-HD/BTGTU, hướng dẫn "
        "công tác tuyên truyền trên địa bàn tỉnh như sau:\n"
    )
    assert extract_text(text, {})[0].number == "13-HD/BTGTU"
    # a next paragraph that issues nothing names no document of the page
    nothing = text.replace("ban hành Hướng dẫn số 13-HD/BTGTU, hướng dẫn", "hướng dẫn")
    assert extract_text(nothing, {})[0].number is None
    # ... and a next paragraph that opens as news tells it (blind round MK)
    news = (
        "Tổ chức hoạt động tháng dân vận năm 2018\n\n"
        "Thực hiện nghị quyết số 110-NQ/TU ngày 11/7/2016 của Ban Chấp hành Đảng bộ tỉnh về "
        "tăng cường sự lãnh đạo của cấp ủy Đảng đối với công tác dân vận trong giai đoạn hiện "
        "nay.\n\n"
        "Ngày 12/9/2018, Ban Dân vận Tỉnh ủy đã ban hành Kế hoạch số 62-KH/BDVTU về tổ chức "
        "hoạt động Tháng Dân vận năm 2018 nhằm nâng cao nhận thức của các cấp, các ngành.\n"
    )
    assert extract_text(news, {})[0].number == "62-KH/BDVTU"


def test_a_headline_the_page_repeats_leaves_the_news_to_the_paragraph_after_both():
    """Blind round MO: "CIRCULAR 72/2021/TT-BTC AMENDING AND SUPPLEMENTING CIRCULAR
    326/2016/TT-BTC …" twice (the page's title and its heading) over "On August 17, 2021, the
    Ministry of Finance issued Circular No. 72/2021/TT-BTC amending …": the page reports the
    circular, as it does under one headline."""
    headline = (
        "CIRCULAR 72/2021/TT-BTC AMENDING AND SUPPLEMENTING CIRCULAR 326/2016/TT-BTC GUIDING "
        "THE COLLECTION AND MANAGEMENT OF STATE BUDGET REVENUES THROUGH THE STATE TREASURY\n"
    )
    news = (
        "On August 17, 2021, the Ministry of Finance issued Circular No. 72/2021/TT-BTC "
        "amending and supplementing a number of articles of Circular 326/2016/TT-BTC.\n"
    )
    assert extract_text("Back\n" + headline + headline + news, {})[0].number == "72/2021/TT-BTC"


def _own_acts(text: str) -> dict[str, str]:
    """The text's own relations, by the referenced number."""
    doc, refs = extract_text(text, {})
    return {
        refs[st.object].canonical: st.relation
        for st in relate(text, refs, "vi" if "Chính" in text else "en", doc.number, doc.reported)
        if st.subject is None and st.relation != "CITES" and refs[st.object].canonical
    }


@pytest.mark.parametrize(
    "text, noun, acts",
    [
        (
            "Chính phủ vừa ban hành Nghị định sửa đổi, bổ sung một số điều của Nghị định số "
            "15/2018/NĐ-CP ngày 2/2/2018 về an toàn thực phẩm. Nghị định có hiệu lực từ 1/7/2025.",
            "NĐ",
            {"15/2018/NĐ-CP": "AMENDS"},
        ),
        (
            "Bộ Tài chính của Chính phủ ban hành Thông tư bãi bỏ Thông tư số 153/2014/TT-BTC ngày "
            "20/10/2014 về vay nợ.",
            "TT",
            {"153/2014/TT-BTC": "REPEALS"},
        ),
        (
            "Specifically, the Minister of Finance issued a Circular to abolish two circulars: "
            "Circular No. 153/2014/TT-BTC dated October 20, 2014 promulgating the Regulation on "
            "loans; and Circular No. 09/2022/TT-BTC dated February 14, 2022, the Regulation being "
            "issued together with Circular No. 153/2014/TT-BTC.",
            "TT",
            {"153/2014/TT-BTC": "REPEALS", "09/2022/TT-BTC": "REPEALS"},
        ),
        (
            "- THÔNG TƯ SỬA ĐỔI, BỔ SUNG THÔNG TƯ SỐ 101/2008/TT-BTC NGÀY 11/11/2008 HƯỚNG DẪN CHẾ "
            "ĐỘ THU PHÍ CỦA Chính phủ\n- Điều 1. Sửa đổi khoản 2 Mục I Thông tư số "
            "101/2008/TT-BTC như sau:\n",
            "TT",
            {"101/2008/TT-BTC": "AMENDS"},
        ),
        (
            "Sửa đổi, bổ sung một số điều của Quy định tiêu chuẩn cơ sở vật chất các trường mầm "
            "non ban hành kèm theo Thông tư số 13/2020/TT-BGDĐT ngày 26 tháng 5 năm 2020 của Bộ "
            "trưởng Bộ Giáo dục và Đào tạo Căn cứ Luật Giáo dục; Theo đề nghị của Vụ trưởng, Bộ "
            "trưởng Bộ Giáo dục và Đào tạo của Chính phủ ban hành Thông tư sửa đổi, bổ sung một "
            "số điều của Quy định ban hành kèm theo Thông tư số 13/2020/TT-BGDĐT.",
            "TT",
            {"13/2020/TT-BGDĐT": "AMENDS"},
        ),
        (
            "UBND tỉnh vừa thông qua kế hoạch thực hiện Quyết định số 1595/QĐ-TTg ngày 23/12/2022 "
            "của Thủ tướng Chính phủ ban hành Kế hoạch hành động thực hiện Kết luận số 36-KL/TW "
            "ngày 23/6/2022 của Bộ Chính trị.",
            "KH",
            {"1595/QĐ-TTg": "IMPLEMENTS"},
        ),
    ],
)
def test_a_new_document_of_no_number_acting_on_the_first_number_is_not_that_number(
    text: str, noun: str, acts: dict[str, str]
) -> None:
    """A lead (or a title line) that issues a document of no number to amend, repeal or
    carry out the first number it names reports the new document, which acts on that number:
    the number is its object, not the page's subject (blind rounds MB, MS, NA and NB; each of
    these was read as a report on the number it acts on, and its act lost)."""
    doc, _ = extract_text(text, {})
    assert (doc.number, doc.basis, doc.type_code) == (None, "unnumbered", noun)
    assert _own_acts(text) == acts


def test_a_letter_telling_of_a_meetings_conclusion_on_a_change_is_no_new_document_making_it():
    """Blind round CP: "Văn phòng Trung ương có công văn thông báo kết luận phiên họp Bộ Chính
    trị … về sửa đổi, bổ sung các Quy định số 89-QĐ/TW; …" reports a letter about a change
    the Politburo decided: the letter is not a new document that amends the regulations."""
    text = (
        "Ngày 29/8, Văn phòng Trung ương có công văn thông báo kết luận phiên họp Bộ Chính trị, "
        "Ban Bí thư về sửa đổi, bổ sung các Quy định số 89-QĐ/TW; số 214-QĐ/TW của Bộ Chính trị."
        "\nQuy định của Bộ Chính trị về tiêu chuẩn chức danh cán bộ (thay Quy định số 89-QĐ/TW)."
    )
    assert _own_acts(text) == {}  # (read as the letter's, the new regulation's act was its)


def test_the_title_acting_examples_name_an_unnumbered_document() -> None:
    for example in identity.TITLE_ACTING_EXAMPLES:
        first = next(m for m in re.finditer(r"\d", example))
        start = example.rfind(" ", 0, first.start()) + 1
        assert identity._unnumbered_acting(example, 0, start) is not None, example


def test_a_document_issued_with_its_number_in_brackets_is_the_one_reported() -> None:
    """A lead that opens on its purpose, then says a body issued a programme whose number it
    gives in brackets, reports that programme, not the resolution it carries out (blind
    round ND): "Để thực hiện thắng lợi … Nghị quyết số 02-NQ/TW …, đồng chí … ký ban hành
    Chương trình hành động của các cấp công đoàn (Chương trình số 02/CTr-BCH …)"."""
    text = (
        "Để thực hiện thắng lợi Nghị quyết Đại hội XIII của Đảng và Nghị quyết số 02-NQ/TW ngày "
        "12/6/2021 của Bộ Chính trị về đổi mới tổ chức Công đoàn, thay mặt Ban Chấp hành, đồng "
        "chí Chủ tịch ký ban hành Chương trình hành động của các cấp công đoàn (Chương trình số "
        "02/CTr-BCH ngày 20/7/2021).\n\nChương trình nhằm cụ thể hóa Nghị quyết 02."
    )
    doc, _ = extract_text(text, {})
    assert doc.number == "02/CTr-BCH"
    assert _own_acts(text) == {"02-NQ/TW": "IMPLEMENTS"}
    # without the bracket, the programme is still the one issued, of no number
    bare = text.replace(" (Chương trình số 02/CTr-BCH ngày 20/7/2021)", "")
    assert extract_text(bare, {})[0].basis == "unnumbered"


@pytest.mark.parametrize(("text", "code"), identity.ENACTED_EXAMPLES)
def test_a_preamble_then_an_enacting_word_and_article_1_is_a_document_of_no_number(
    text: str, code: str
) -> None:
    """A legal text whose type line the page leaves out or buries under a site's lines is
    still a document: its acts are stored from its node of no number (blind rounds MM, OD)."""
    doc, _ = extract_text(text, {})
    assert (doc.number, doc.basis, doc.type_code) == (None, "unnumbered", code)
    # a news page quoting a preamble, with no enacting word and article after it, is not
    quoted = text.split("\n")[0] + "\nTheo đó, Bộ cho biết Căn cứ Luật Tổ chức chính quyền."
    assert extract_text(quoted, {})[0].basis != "unnumbered"


@pytest.mark.parametrize("sign", [summaries.TOLD_AS_ISSUED, summaries.DOCUMENT_TEXT])
def test_the_signs_of_a_summary_page_find_their_examples_and_refuse_their_others(sign):
    for text in sign.matches:
        assert sign.pattern.search(text), text
    for text in sign.rejects:
        assert not sign.pattern.search(text), text


_NEWSLETTER = (
    "Legal document newsletter week 10/5/2025\n"
    "DECREE NO. 70/2025/NĐ-CP ISSUED BY THE GOVERNMENT AMENDING AND SUPPLEMENTING SEVERAL "
    "ARTICLES OF DECREE NO. 123/2020/NĐ-CP ON INVOICES AND DOCUMENTS\n"
    "On March 20, 2025, the Government issued Decree No. 70/2025/NĐ-CP amending and "
    "supplementing certain provisions of Decree No. 123/2020/NĐ-CP regarding invoices.\n"
    "We highlight some key updates from Decree 70 below.\n"
)
_SUMMARY_PAGE = (
    "Circular No. 28/2020/TT-BCT guiding Decree No. 68/2017/ND-CP\n\nATTRIBUTE\n\n"
    "Official number:28/2020/TT-BCT\nSigner:Tran Tuan Anh\nType:Circular\n\nSUMMARY\n\n"
    "On November 16, 2020, the Ministry of Industry and Trade issues the Circular No. "
    "28/2020/TT-BCT on guiding the implementation of Decree No. 68/2017/ND-CP.\n"
)


def test_a_page_that_tells_the_issuing_of_its_headed_number_reports_on_that_document():
    """Blind rounds P, R, S, U and V: a newsletter headed "DECREE NO. 70/2025/NĐ-CP ISSUED BY
    …", a legal database's summary page over "Official number:28/2020/TT-BCT": the page then
    tells the document's issuing as news, which no document says of itself. It reports on
    the document (all 30 labels of the 7 such pages call its number a citation), and what
    it says the document does stays the document's."""
    doc, refs = extract_text(_NEWSLETTER, {})
    assert (doc.number, doc.basis, doc.reported) == ("70/2025/NĐ-CP", "subject", True)
    assert not any(r.self for r in refs)
    statements = relate(_NEWSLETTER, refs, "en", doc.number, doc.reported)
    read = {(refs[s.object].canonical, s.relation) for s in statements if s.subject is None}
    assert ("70/2025/NĐ-CP", "CITES") in read
    assert ("123/2020/NĐ-CP", "AMENDS") in read
    doc, refs = extract_text(_SUMMARY_PAGE, {})
    assert (doc.number, doc.basis) == ("28/2020/TT-BCT", "subject")


@pytest.mark.parametrize(
    "text_after",
    [
        "\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n",
        "\nPursuant to the Law on Organization of the Government;\n",
        "\nArticle 1. Scope of regulation\n",
        # (a page of the closing chapter alone, blind round Y)
        "\nArticle 50. Transitional provisions\n",
        "\n1. This Circular takes effect on January 1, 2021.\n",
    ],
)
def test_a_summary_set_above_the_documents_own_text_leaves_the_page_to_the_document(text_after):
    """A legal database sets its summary above the whole text (six pages of the blind
    rounds, every label of the number a self-mention), or above a chapter of it (round Y):
    the motto, a basis line, an article or a clause that names the text "this" one keep the
    page the document's."""
    doc, refs = extract_text(_SUMMARY_PAGE + text_after, {})
    assert (doc.number, doc.basis) == ("28/2020/TT-BCT", "header")
    assert any(r.self for r in refs)


def test_a_legal_databases_attributes_give_the_texts_own_number_wherever_they_stand():
    """Blind round M: caselaw.vn sets a text's attributes after it ("(Văn bản hết hiệu
    lực)\n- Số hiệu văn bản: 20/2010/TT-BNNPTNT\n- Loại văn bản: Thông tư"), and
    thuvienphapluat.vn's table of attributes puts each cell on a line of its own ("Số
    hiệu:\n|\n6023/BTP-CTXDVBQPPL"): each is the text's own number, where the text gave none."""
    after = (
        "- THÔNG TƯ BỔ SUNG, SỬA ĐỔI THÔNG TƯ SỐ 15/2009/TT-BNN NGÀY 17/3/2009 CỦA BỘ TRƯỞNG "
        "BỘ NÔNG NGHIỆP VÀ PTNT.\n- Điều 1. Bổ sung hoạt chất Trifluralin vào Phụ lục 1 ban "
        "hành kèm theo Thông tư số 15/2009/TT-BNN.\n- Điều 2. Thông tư này có hiệu lực thi hành "
        "sau 45 ngày kể từ ngày ký.\nThông tư 20/2010/TT-BNNPTNT sửa đổi Thông tư 15/2009/TT-BNN "
        "(Văn bản hết hiệu lực)\n- Số hiệu văn bản: 20/2010/TT-BNNPTNT\n- Loại văn bản: Thông tư\n"
    )
    doc, refs = extract_text(after, {})
    assert (doc.number, doc.basis) == ("20/2010/TT-BNNPTNT", "header")
    assert [r.start for r in refs if r.self] == [
        m.start() for m in re.finditer("20/2010/TT-BNNPTNT", after)
    ]
    # a text that names its number above keeps it
    above = "Số: 21/2010/TT-BNNPTNT\n\nTHÔNG TƯ\n" + after
    assert extract_text(above, {})[0].number == "21/2010/TT-BNNPTNT"
    table = (
        "|\n|\nĐang tải văn bản...\n|\nSố hiệu:\n|\n6023/BTP-CTXDVBQPPL\n|\n|\nLoại văn bản:\n|\n"
        "Công văn\n|\n|\nNơi ban hành:\n|\nBộ Tư pháp\n|\n\nThực hiện Luật số 64/2025/QH15, Bộ "
        "Tư pháp có ý kiến như sau.\n"
    )
    assert extract_text(table, {})[0].number == "6023/BTP-CTXDVBQPPL"


def test_a_legal_databases_page_whose_lead_names_its_document_holds_that_documents_text():
    """Blind round J: a database opens on the document's name as a bulleted lead ("Thông tin
    văn bản • Quyết định số … do Ủy ban nhân dân … ban hành"), which reads as a report of its
    issue (`summaries.told_as_issued`), then lists its attributes
    ("• Số hiệu văn bản: …"), the site's note that the document was replaced, and then its
    text: every mention of that number is the page's own, none a report's citation."""
    page = (
        "Thông tin văn bản\n  • Quyết định số 45/2011/QĐ-UBND ngày 03/5/2011 Về quy chế quản lý "
        "chợ trên địa bàn tỉnh do Ủy ban nhân dân tỉnh Hà Nam ban hành (Văn bản hết hiệu lực)\n\n"
        "  • Số hiệu văn bản: 45/2011/QĐ-UBND\n"
        "  • Loại văn bản: Quyết định\n  • Ngày ban hành: 03-5-2011\nGhi chú của trang: “Kể từ "
        "ngày 01-7-2013, Quyết định số 45/2011/QĐ-UBND ngày 03/5/2011 bị bãi bỏ, thay thế bởi "
        "Quyết định số 12/2013/QĐ-UBND ngày 20/6/2013”.\n\n"  # (its text comes after)
    )
    doc, refs = extract_text(page, {})
    assert (doc.number, doc.basis) == ("45/2011/QĐ-UBND", "header")
    assert [r.self for r in refs] == [True, True, True, False]


def test_a_report_that_presents_its_documents_full_text_gives_the_documents_own_text():
    """Blind round F: a newspaper reports a province's letter, then says it presents the
    letter's text whole ("xin giới thiệu toàn văn Công văn số …"): what follows is the
    letter's own text, its mentions of the number its own. A headline or a download link
    ("Tải về Toàn văn …", 21 pages of the real corpus), or a box presenting another
    document, leaves the page a report."""
    lead = (
        "Tối 12/8, UBND tỉnh ban hành Công văn số 5120/UBND-VX về việc phòng, chống dịch sốt "
        "xuất huyết trên địa bàn tỉnh. Theo đó, các sở, ngành triển khai ngay các biện pháp "
        "theo Chỉ thị số 07/CT-TTg của Thủ tướng Chính phủ.\n\n"
    )
    presented = lead + "Báo tỉnh xin giới thiệu toàn văn Công văn số 5120/UBND-VX.\n\nThực hiện …"
    doc, refs = extract_text(presented, {})
    assert (doc.number, doc.basis) == ("5120/UBND-VX", "header")
    assert [r.canonical for r in refs if r.self] == ["5120/UBND-VX", "5120/UBND-VX"]
    for tail in (
        ">>> Tải về Toàn văn Công văn số 5120/UBND-VX\n",
        "Cổng thông tin trân trọng giới thiệu toàn văn Nghị quyết số 71-NQ/TW.\n",
    ):
        doc, refs = extract_text(lead + tail, {})
        assert (doc.number, doc.reported) == ("5120/UBND-VX", True), tail
        assert not any(r.self for r in refs)


@pytest.mark.parametrize(
    "header",
    [
        "THỦ TƯỚNG CHÍNH PHỦ\n——- Số: 1155/QĐ-TTg\n|\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n",
        "PRIME MINISTER\nNumbers: 1155/QĐ-TTg\n|\nTHE SOCIALIST REPUBLIC OF VIETNAM.\n",
    ],
    ids=["em dashes", "Numbers"],
)
def test_a_header_number_after_a_rule_of_em_dashes_or_a_plural_label_is_the_texts_own(header):
    """Blind rounds K and V: a site draws the rule under the issuer with em dashes, on the
    label's own line ("——- Số: 1155/QĐ-TTg"), and a machine translation writes the label
    "Numbers:"; either way the number is the text's own."""
    text = header + "QUYẾT ĐỊNH\nPhê duyệt nhiệm vụ quy hoạch\nCăn cứ Luật Tổ chức Chính phủ;\n"
    doc, refs = extract_text(text, {})
    assert (doc.number, doc.basis) == ("1155/QĐ-TTg", "header")
    assert [r.self for r in refs if r.canonical == "1155/QĐ-TTg"] == [True]
