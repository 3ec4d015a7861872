"""Every cue and scope example, relations read by clause, and the relations of the seeds."""

from __future__ import annotations

import re

import pytest

from vanban.extract import cues
from vanban.extract.codes import tables
from vanban.extract.cues import CUE_RE, CUES, find_cues
from vanban.extract.find import find_references
from vanban.extract.pipeline import extract_text
from vanban.extract.relate import relate
from vanban.extract.scopes import RULES
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
    own = [
        s
        for s in relate(text, refs, detect_language(text))
        if s.object == target and s.subject is None
    ]
    assert [s.relation for s in own] == [relation], text


def test_every_scope_rule_is_checked():
    from vanban.extract import scopes

    rules = {v.name for v in vars(scopes).values() if isinstance(v, scopes.Rule)}
    assert rules == {r.name for r in RULES}


@pytest.mark.parametrize(
    ("rule", "text", "found"),
    [(r, t, True) for r in RULES for t in r.matches]
    + [(r, t, False) for r in RULES for t in r.rejects],
    ids=lambda x: x.name if hasattr(x, "name") else None,
)
def test_scope_rule_example(rule, text, found):
    assert bool(rule.pattern.search(text)) is found, (rule.name, text)


def _own(text: str, language: str = "vi", *, identified: bool = False) -> list[tuple[str, str]]:
    """The text's own statements, (number, relation). With `identified`, the text's own
    document is the one extraction identifies, as a load reads it (`_about`)."""
    if identified:
        document, refs = extract_text(text)
        statements = relate(text, refs, language, document.number, document.reported)
    else:
        refs = find_references(text)
        statements = relate(text, refs, language)
    return [(refs[s.object].canonical, s.relation) for s in statements if s.subject is None]


def _about(
    text: str,
    language: str = "vi",
    own_number: str | None = None,
    *,
    identified: bool = False,
    short_forms: bool = False,
) -> set[tuple[str | None, str, str | None]]:
    """What the text says one document did to another: (subject, relation, object), each by
    its number (an unnumbered law by its name). With `identified`, the text's own document is
    the one extraction identifies, as a load reads it; with `short_forms`, the references are
    extraction's ("Decree 72" after "Decree No. 72/2013/ND-CP" too) and the own number the
    one given."""
    if identified:
        document, refs = extract_text(text)
        statements = relate(text, refs, language, document.number, document.reported)
    else:
        refs = extract_text(text)[1] if short_forms else find_references(text)
        statements = relate(text, refs, language, own_number)
    return {
        (refs[s.subject].canonical, s.relation, refs[s.object].canonical or refs[s.object].name)
        for s in statements
        if s.subject is not None
    }


def _said_of(
    text: str, target: str, own_number: str | None, language: str = "vi"
) -> set[tuple[str | None, str]]:
    """What the text says of `target`: (subject, relation), None for the text's own."""
    refs = find_references(text)
    return {
        (refs[s.subject].canonical if s.subject is not None else None, s.relation)
        for s in relate(text, refs, language, own_number)
        if refs[s.object].canonical == target
    }


PREAMBLE = (
    "QUYẾT ĐỊNH\nVề việc bãi bỏ Quyết định số 10/2016/QĐ-UBND\n"
    "Căn cứ Luật Đầu tư số 61/2020/QH14 đã được sửa đổi, bổ sung bởi Luật số\n"
    "90/2025/QH15;\nCăn cứ Nghị định số 78/2025/NĐ-CP của Chính phủ quy định chi tiết;\n"
    "Nghị định số 79/2025/NĐ-CP của Chính phủ;\n"
    "Theo đề nghị của Sở Tư pháp tại Tờ trình số 12/TTr-STP.\nQUYẾT ĐỊNH:\n"
    "Điều 1. Bãi bỏ toàn bộ Quyết định số 10/2016/QĐ-UBND.\n"
)


def test_a_basis_line_makes_every_mention_in_it_the_basis():
    own = dict(_own(PREAMBLE))
    assert own["61/2020/QH14"] == "BASED_ON"
    assert own["90/2025/QH15"] == "BASED_ON"  # the amending law named inside the line
    assert own["79/2025/NĐ-CP"] == "BASED_ON"  # listed on the next line, after ";"
    assert own["12/TTr-STP"] == "CITES"


def test_căn_cứ_that_reasons_towards_thì_is_no_basis_line():
    text = (
        "Căn cứ các quy định và hướng dẫn nêu trên thì Trưởng Thuế tỉnh có thể ủy quyền ký "
        "quyết định giảm tiền thuê đất theo Nghị định 87/2025/NĐ-CP."
    )
    assert _own(text) == [("87/2025/NĐ-CP", "CITES")]


def test_căn_cứ_outside_the_preamble_only_cites():
    text = "Về vấn đề này, Cục Thuế có ý kiến như sau:\nCăn cứ Điều 34 Luật số 59/2020/QH14;"
    assert _own(text) == [("59/2020/QH14", "CITES")]


def test_a_preamble_set_out_with_dashes_is_still_the_basis():
    # the Party's documents (and many older provincial ones) open each basis line with a dash
    party = (
        "Số 12-QC/TW\nQUY CHẾ\nPhối hợp công tác\n\n- Căn cứ Điều lệ Đảng;\n\n"
        "- Căn cứ Luật Báo chí số 103/2016/QH13 năm 2016;\n\n"
        "- Căn cứ Kết luận số 40-KL/TW, ngày 02/10/2024 của Bộ Chính trị về tổng kết thực "
        "hiện Nghị quyết số 18-NQ/TW;\n\n- Xét đề nghị của Văn phòng Trung ương Đảng,\n\n"
        "Ban Bí thư ban hành Quy chế phối hợp như sau:\n"
    )
    own = dict(_own(party))
    assert own["103/2016/QH13"] == "BASED_ON"
    assert own["40-KL/TW"] == "BASED_ON"
    assert own["18-NQ/TW"] == "BASED_ON"  # nested in the line: the whole line is the basis
    # ... but a dashed "Căn cứ" in a letter's answer is its reasoning, as without the dash
    letter = (
        "Kính gửi: Công ty A.\nVề vấn đề này, Cục Thuế có ý kiến như sau:\n"
        "- Căn cứ Thông tư số 80/2021/TT-BTC ngày 29/9/2021 của Bộ Tài chính;\n"
    )
    assert _own(letter) == [("80/2021/TT-BTC", "CITES")]


def test_a_plans_basis_section_is_its_basis():
    text = (
        "Số: 383/KH-UBND\nKẾ HOẠCH\nTHỰC HIỆN CHƯƠNG TRÌNH CHUYỂN ĐỔI SỐ\nI. CĂN CỨ XÂY DỰNG\n"
        "KẾ HOẠCH\n1. Quyết định số 924/QĐ-TTg ngày 22 tháng 8 năm 2022 của Thủ tướng Chính phủ "
        "phê duyệt Chương trình;\n2. Thông tư 05/2022/TT-BNNPTNT ngày 25 tháng 7 năm 2022 hướng "
        "dẫn một số nội dung thực hiện Chương trình.\n3. Nghị quyết số 05-NQ/TU ngày 17 tháng 6 "
        "năm 2021 của Tỉnh ủy.\nII. MỤC ĐÍCH, YÊU CẦU\n1. Triển khai thực hiện Nghị quyết số "
        "08-NQ/TU ngày 06 tháng 10 năm 2021 của Tỉnh ủy.\n"
    )
    refs = find_references(text)
    statements = relate(text, refs, own_number="383/KH-UBND")
    own = [(refs[s.object].canonical, s.relation) for s in statements if s.subject is None]
    assert own == [
        ("924/QĐ-TTg", "BASED_ON"),
        ("05/2022/TT-BNNPTNT", "BASED_ON"),
        ("05-NQ/TU", "BASED_ON"),
        ("08-NQ/TU", "IMPLEMENTS"),  # the next section is the plan's body
    ]
    # a title's verb in one item says nothing of the next item's document
    assert not [s for s in statements if s.subject is not None]
    # the proposal the section ends on is no basis
    proposed = text.replace(
        "\nII. MỤC ĐÍCH", ";\nXét đề nghị của Sở Nội vụ tại Tờ trình số 37/TTr-SNV.\nII. MỤC ĐÍCH"
    )
    assert dict(_own(proposed))["37/TTr-SNV"] == "CITES"
    # a plan may head the section "CƠ SỞ …", saying what it is the basis of ...
    for heading in ("I. CƠ SỞ XÂY DỰNG KẾ HOẠCH\n", "I. CƠ SỞ PHÁP LÝ\n"):
        based = text.replace("I. CĂN CỨ XÂY DỰNG\nKẾ HOẠCH\n", heading)
        assert dict(_own(based))["924/QĐ-TTg"] == "BASED_ON", heading
    # ... but its account of the situation is no basis
    practice = text.replace("I. CĂN CỨ XÂY DỰNG\nKẾ HOẠCH\n", "I. CƠ SỞ THỰC TIỄN\n")
    assert dict(_own(practice))["924/QĐ-TTg"] == "CITES"


def test_a_plans_opening_basis_ends_where_its_body_issues_it():
    for sep in ("\n", "; "):
        text = (
            "KẾ HOẠCH\nTriển khai thực hiện Nghị quyết số 57-NQ/TW\nThực hiện Chỉ thị số "
            f"18-CT/TW ngày 04/9/2012 của Ban Bí thư;{sep}Căn cứ Kế hoạch số 48/KH-UBATGTQG "
            "ngày 31/01/2019 của Ủy ban ATGT Quốc gia; Thông báo kết luận số 34/TB-UBND ngày "
            "31/01/2019, UBND tỉnh ban hành Kế hoạch triển khai thực hiện Nghị quyết số "
            "57-NQ/TW như sau:\nI. MỤC ĐÍCH, YÊU CẦU\n"
        )
        assert _own(text) == [
            ("57-NQ/TW", "IMPLEMENTS"),
            ("18-CT/TW", "IMPLEMENTS"),
            ("48/KH-UBATGTQG", "BASED_ON"),  # "; Căn cứ" mid-line opens a basis too
            ("34/TB-UBND", "BASED_ON"),
            ("57-NQ/TW", "IMPLEMENTS"),  # the plan the body issues carries it out
        ], sep


def test_an_alias_names_its_document_back_past_a_long_title():
    text = (
        "Thực hiện Nghị quyết số 76/NQ-CP ngày 10/4/2025 của Chính phủ về việc ban hành Kế "
        "hoạch triển khai giám sát chuyên đề việc thực hiện chính sách, pháp luật về bảo đảm "
        "trật tự, an toàn giao thông từ năm 2009 đến hết năm 2023 trên phạm vi cả nước và các "
        "địa phương, đơn vị có liên quan trong giai đoạn tới (sau đây gọi tắt là Nghị quyết số "
        "76/NQ-CP), Ủy ban nhân dân tỉnh ban hành kế hoạch triển khai thực hiện Nghị quyết số "
        "76/NQ-CP với những nội dung như sau:"
    )
    refs = find_references(text)
    own = [s.relation for s in relate(text, refs) if s.subject is None]
    assert own == ["IMPLEMENTS"] * 3


def test_a_page_that_opens_with_prose_has_no_preamble():
    lead = (
        "Dưới đây là những điểm mới nổi bật đã được tổng hợp về các nội dung đổi mới của Nghị "
        "định 01/2021/NĐ-CP về việc đăng ký doanh nghiệp so với quy định cũ tại các nghị định "
        "trước đây, có hiệu lực kể từ ngày 04-01-2021.\n\n"
    )
    text = lead + (
        "Các trường hợp đổi mới với các doanh nghiệp\n\nCăn cứ vào các bộ luật mới và so với "
        "các quy định của Nghị định 78/2015/NĐ-CP, các điểm mới cần được chú ý là:\n"
    )
    assert _own(text)[-1] == ("78/2015/NĐ-CP", "CITES")
    # ... but a report that goes on to give a document's text gives its preamble
    reproduced = lead + "## QUỐC HỘI\n\nCăn cứ Luật Ngân sách nhà nước số 83/2015/QH13;\n"
    assert _own(reproduced)[-1] == ("83/2015/QH13", "BASED_ON")
    # ... as does one whose document shows its motto, with its title in lower case under
    # it (blind round BO), or a garbled line right above (blind round AF)
    for above in (
        "THÔNG TƯ\nHướng dẫn quản lý tài chính nhà nước đối với nguồn viện trợ\n_____\n",
        "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH BẾN TRE\n\nn cứ Luật Tổ chức chính quyền địa phương;\n",
    ):
        head = "BỘ TÀI CHÍNH\nCỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
        basis = "Căn cứ Nghị định số 163/2016/NĐ-CP ngày 21 tháng 12 năm 2016 của Chính phủ;\n"
        assert _own(lead + head + above + basis)[-1] == ("163/2016/NĐ-CP", "BASED_ON")
        # (a site may set the motto's dashes as en dashes, blind round BR)
        en_dashes = head.replace(" - ", " – ")
        assert _own(lead + en_dashes + above + basis)[-1] == ("163/2016/NĐ-CP", "BASED_ON")
        # (the motto must stand between the prose and the line: above it, it heads the page)
        assert _own(head + lead + above + basis)[-1] == ("163/2016/NĐ-CP", "CITES")
        # ... or, where a site left the motto out, the state's name in capitals (blind round
        # Q), in either spelling; the name in running text is no head
        for name in ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM"):
            bare = f"BỘ TÀI CHÍNH ____ Số: 12/2022/TT-BTC\n| {name} ____ Hà Nội |\n"
            assert _own(lead + bare + above + basis)[-1] == ("163/2016/NĐ-CP", "BASED_ON")
        prose = "Luật của nước Cộng hòa xã hội chủ nghĩa Việt Nam nêu rõ.\n"
        assert _own(lead + prose + above + basis)[-1] == ("163/2016/NĐ-CP", "CITES")


def test_a_consolidated_texts_list_of_amenders_opens_no_report():
    """Blind rounds M to Q: a consolidated text (VBHN) lists what it brings together, each
    item a long line ending "có hiệu lực kể từ ngày …", before the preamble it restates; the
    lines of that preamble are its basis. The same lead on a page of no VBHN number is a
    report's, after which "Căn cứ" only argues."""
    lead = (
        "Thông tư số 11/2013/TT-BTC ngày 28 tháng 01 năm 2013 của Bộ Tài chính sửa đổi, bổ "
        "sung Thông tư số 04/2012/TT-BTC ngày 05/01/2012 quy định mức thu, chế độ thu, nộp, "
        "quản lý và sử dụng phí, có hiệu lực kể từ ngày 15 tháng 3 năm 2013.\n"
        "Căn cứ Nghị định số 57/2002/NĐ-CP ngày 03/6/2002 của Chính phủ;\n"
    )
    head = "BỘ TÀI CHÍNH\nSố: 54/VBHN-BTC\nVĂN BẢN HỢP NHẤT\n"
    assert _own(head + lead)[-1] == ("57/2002/NĐ-CP", "BASED_ON")
    assert _own(lead)[-1] == ("57/2002/NĐ-CP", "CITES")


def test_a_machine_translated_preamble_is_read_as_one():
    """Blind rounds O and T: a machine translation of a document, after a site's summary,
    under its English motto, renders "Căn cứ Nghị định" as "Base of Protocol"."""
    text = (
        "Circular 03/2014/TT-BVHTTDL: Rules Of Inspection, Handling The Legal Text; Monitoring "
        "Implementation Of The Law; Reviewing, Codified The Legal Texts In The Field Of "
        "Culture.\n\n"
        "SOCIALIST REPUBLIC OF VIETNAM.\nIndependence-Freedom-Happiness\nHanoi, May 26, 2014\n"
        "_____\n\nBase of Protocol 40 /2010/NĐ-CP April 12, 2010 The Government of the Law;\n\n"
        "Base of Protocol 59 /2012/NĐ-CP July 23, 2012 of the Government on the Law;\n"
    )
    # (the summary's own mention of the circular first)
    assert [relation for _, relation in _own(text, "en")] == ["CITES", "BASED_ON", "BASED_ON"]
    # ... and with no document's head after the summary, no preamble
    summary_only = text.replace(
        "SOCIALIST REPUBLIC OF VIETNAM.\nIndependence-Freedom-Happiness\n", ""
    )
    assert [relation for _, relation in _own(summary_only, "en")] == ["CITES"] * 3


def test_a_basis_line_misprinted_with_a_colon_introduces_nothing():
    text = (
        "QUYẾT ĐỊNH\nVề việc ban hành Chương trình hành động\n"
        "Căn cứ Chỉ thị số 01-CT/TW ngày 09/3/2021 của Bộ Chính trị về việc triển khai thực "
        "hiện Nghị quyết Đại hội:\nCăn cứ Nghị quyết số 50/NQ-CP ngày 20/5/2021 của Chính phủ;\n"
        "Căn cứ Nghị định số 13/2017/NĐ-CP ngày 10/02/2017;\nQUYẾT ĐỊNH:\nĐiều 1. Ban hành."
    )
    assert [relation for _, relation in _own(text)] == ["BASED_ON"] * 3


def test_a_preamble_line_may_name_provisions_before_their_document():
    for text in (
        "QUYẾT ĐỊNH\nVề việc ban hành Quy chế\nCăn cứ khoản 2 Điều 80 Luật Tổ chức chính quyền "
        "địa phương số 72/2025/QH15;\nQUYẾT ĐỊNH:\nĐiều 1. Ban hành Quy chế.",
        "DECISION\nPromulgating the Regulation\nPursuant to Clause 2, Article 80 of the Law on "
        "Local Government No. 72/2025/QH15;\nHEREBY DECIDES:\nArticle 1. To promulgate it.",
    ):
        assert _own(text) == [("72/2025/QH15", "BASED_ON")], text
    # ... but with no enacting word the page argues from a provision: an explainer's answer,
    # in either language
    for text in (
        "Chính sách đầu tư kinh doanh bất động sản\n\nCăn cứ Điều 7 Luật Kinh doanh bất động "
        "sản số 29/2023/QH15 quy định về chính sách của Nhà nước như sau:",
        "Comparison of two circulars.\n\nPursuant to Article 3 of Circular No. 99/2025/TT-BTC "
        "on corporate governance, enterprises must set up internal control.",
    ):
        assert [relation for _, relation in _own(text)] == ["CITES"], text


def test_a_cue_reaches_the_items_of_its_list():
    text = (
        "Điều 2. Nghị định này bãi bỏ các văn bản sau:\na) Nghị định số 12/2019/NĐ-CP;\n"
        "b) Nghị định số 34/2020/NĐ-CP.\nĐiều 3. Tổ chức thực hiện"
    )
    assert _own(text) == [("12/2019/NĐ-CP", "REPEALS"), ("34/2020/NĐ-CP", "REPEALS")]


def test_an_item_may_name_several_parts_before_its_document():
    text = (
        "Chính phủ cũng bãi bỏ một phần các Nghị quyết sau:\n\n- Điểm 6 Nghị quyết số "
        "169/NQ-CP ngày 11 tháng 11 năm 2020.\n\n- Điểm 2, Mục II Nghị quyết số 105/NQ-CP ngày "
        "09 tháng 9 năm 2021."
    )
    assert _own(text) == [("169/NQ-CP", "REPEALS"), ("105/NQ-CP", "REPEALS")]


def test_a_list_ends_with_its_article():
    # the next article's items are no longer the list's, in either language
    for text in (
        "2. Nghị định này thay thế:\na) Nghị định số 90/2009/NĐ-CP;\nb) Nghị định số "
        "15/2010/NĐ-CP.\nĐiều 44. Chuyển tiếp\n1. Nghị định số 90/2009/NĐ-CP vẫn áp dụng đối "
        "với hành vi xảy ra trước ngày Nghị định này có hiệu lực.",
        "2. This Decree supersedes:\na) Decree No. 90/2009/ND-CP;\nb) Decree No. "
        "15/2010/ND-CP.\nArticle 44. Transition\n1. Decree No. 90/2009/ND-CP still applies to "
        "violations committed before this Decree takes effect.",
    ):
        assert _own(text) == [
            ("90/2009/NĐ-CP", "REPLACES"),
            ("15/2010/NĐ-CP", "REPLACES"),
            ("90/2009/NĐ-CP", "CITES"),
        ], text


def test_a_translated_list_item_may_open_with_its_issuers_possessive():
    text = (
        "2. This Decree supersedes:\na) The Government’s Decree No. 90/2009/ND-CP dated "
        "October 20, 2009;\nb) Section 2 Chapter V of the Government's Decree No. "
        "100/2005/ND-CP dated August 03, 2005;\nc) the Minister of Finance's Circular No. "
        "12/2010/TT-BTC."
    )
    assert [relation for _, relation in _own(text)] == ["REPLACES"] * 3


def test_a_translated_list_joins_documents_named_after_their_issuer():
    text = (
        "This Decree amends Government’s Decree No. 95/2021/ND-CP dated November 01, 2021 and "
        "Government’s Decree No. 83/2014/ND-CP dated September 03, 2014 on petrol trading."
    )
    assert _own(text) == [("95/2021/NĐ-CP", "AMENDS"), ("83/2014/NĐ-CP", "AMENDS")]


def test_a_translations_titles_and_dated_basis_lines_read_as_the_originals():
    text = (
        "Pursuant to the June 19, 2015 Law on Organization of the Government No. 76/2015/QH13; "
        "and the November 22, 2019 Law Amending and Supplementing a Number of Articles of the "
        "Law on Organization of the Government No. 47/2019/QH14;\n"
        "Pursuant to the Land Law No. 31/2024/QH15;\n"
        "Pursuant to the Political Bureau's Resolution No. 24-NQ/TW of June 3, 2013;\n"
        "The Government promulgates the Decree.\n"
        "Article 1. To amend the Government’s Decree No. 34/2016/ND-CP of May 14, 2016, "
        "detailing the Law No. 80/2015/QH13, which had a number of articles amended and "
        "supplemented under the Government’s Decree No. 154/2020/ND-CP, as follows:"
    )
    refs = find_references(text)
    statements = relate(text, refs, "en")
    own = {refs[s.object].canonical: s.relation for s in statements if s.subject is None}
    assert own == {
        "76/2015/QH13": "BASED_ON",  # dated before the law's name
        "31/2024/QH15": "BASED_ON",  # named before its type
        "24-NQ/TW": "BASED_ON",  # after its issuer's possessive of some words
        "47/2019/QH14": "BASED_ON",  # an amending law in the basis line is the basis
        "34/2016/NĐ-CP": "AMENDS",
        "80/2015/QH13": "CITES",  # in 34/2016's title, after its date and a comma
        "154/2020/NĐ-CP": "CITES",
    }
    others = {
        (refs[s.subject].canonical, s.relation, refs[s.object].canonical)
        for s in statements
        if s.subject is not None
    }
    assert ("34/2016/NĐ-CP", "GUIDES", "80/2015/QH13") in others


def test_a_type_line_and_the_title_set_under_it_are_one_heading():
    text = (
        "Số: 06-HD/UBKTTW\n\nHƯỚNG DẪN\n\nTHỰC HIỆN MỘT SỐ ĐIỀU TRONG QUY ĐỊNH SỐ 07-QĐI/TW, "
        "NGÀY 28/8/2018 CỦA BỘ CHÍNH TRỊ\n\n"
    )
    assert _own(text)[-1] == ("07-QĐi/TW", "GUIDES")
    # a blank line after a sentence still ends it
    ended = "Đã ban hành hướng dẫn.\n\nTHỰC HIỆN NGHIÊM KẾT LUẬN SỐ 12-KL/TW"
    assert _own(ended) == [("12-KL/TW", "IMPLEMENTS")]


def test_looking_back_does_not_reach_across_a_sentence():
    text = (
        "KẾ HOẠCH\nTRIỂN KHAI THỰC HIỆN QUYẾT ĐỊNH SỐ 64/QĐ-BGTVT VỀ AN TOÀN GIAO THÔNG TRONG "
        "TÌNH HÌNH MỚI TRÊN ĐỊA\nBÀN TỈNH.\nThực hiện Quyết định số\n64/QĐ-BGTVT ngày "
        "22/01/2024 của Bộ Giao thông vận tải, Ủy ban nhân dân tỉnh ban hành kế hoạch.\n"
    )
    assert _own(text) == [("64/QĐ-BGTVT", "IMPLEMENTS"), ("64/QĐ-BGTVT", "IMPLEMENTS")]


def test_an_alias_may_leave_out_là():
    text = (
        "- Triển khai, thực hiện có hiệu quả Nghị quyết số 76/NQ-CP ngày 10/4/2025 của Chính "
        "phủ (sau đây gọi tắt Nghị quyết số 76/NQ-CP); Nghị quyết số 09-NQ/TU của Tỉnh ủy."
    )
    assert [relation for _, relation in _own(text)] == ["IMPLEMENTS"] * 3


def test_every_agent_a_passive_lists_amends():
    for text in (
        "Luật Bảo hiểm xã hội số 58/2014/QH13 đã được sửa đổi, bổ sung bởi Luật số 84/2015/QH13, "
        "Luật số 35/2018/QH14 và Bộ luật số 45/2019/QH14.",
        "the Social Insurance Law No. 58/2014/QH13, which was amended and supplemented under "
        "Law No. 84/2015/QH13, Law No. 35/2018/QH14, and Code No. 45/2019/QH14.",
    ):
        refs = find_references(text)
        acts = {
            (refs[s.subject].canonical, s.relation, refs[s.object].canonical)
            for s in relate(text, refs)
            if s.subject is not None
        }
        assert acts == {
            (agent, "AMENDS", "58/2014/QH13")
            for agent in ("84/2015/QH13", "35/2018/QH14", "45/2019/QH14")
        }, text


def test_documents_a_body_is_told_to_have_issued_are_only_named():
    text = (
        "Tỉnh ủy, HĐND, UBND tỉnh đã ban hành các văn bản làm cơ sở để địa phương thực hiện "
        "thống nhất như: Kế hoạch số 86-KH/TU ngày 07/5/2018 của Tỉnh ủy; Chương trình hành "
        "động số 147-CTHĐ/TU ngày 09/5/2019 của Tỉnh ủy."
    )
    assert _own(text) == [("86-KH/TU", "CITES"), ("147-CTHĐ/TU", "CITES")]
    # a programme's own designation is no act on it; "Chương trình hành động thực hiện …" is
    assert _own("Chương trình hành động thực hiện Nghị quyết số 57-NQ/TW.") == [
        ("57-NQ/TW", "IMPLEMENTS")
    ]


def test_what_is_said_amended_is_no_amendment():
    text = (
        "The Dispatch answers questions on some amended regulations in Decree No. "
        "59/2018/ND-CP and Circular No. 39/2018/TT-BTC."
    )
    assert [relation for _, relation in _own(text)] == ["CITES", "CITES"]


def test_documents_said_to_end_without_an_agent_are_repealed():
    # a list headed by the passive, in Vietnamese and in a translation
    for text in (
        "Điều 3. Các Quyết định sau đây bị bãi bỏ:\n- Quyết định số 21/2012/QĐ-UBND;\n"
        "- Quyết định số 34/2016/QĐ-UBND.",
        "2. The following documents shall be annulled:\na) Decree No. 21/2012/ND-CP;\n"
        "b) Decision No. 34/2016/QD-TTg.",
    ):
        assert [relation for _, relation in _own(text)] == ["REPEALS", "REPEALS"], text
    assert _own("3. Decree No. 21/2012/ND-CP is repealed.") == [("21/2012/NĐ-CP", "REPEALS")]
    # the document whose taking effect is the day only dates the end
    said = _own(
        "Circular No. 200/2014/TT-BTC is only partially repealed upon the effectiveness of "
        "Circular No. 99/2025/TT-BTC, except for the provisions on accounting."
    )
    assert said == [("200/2014/TT-BTC", "REPEALS"), ("99/2025/TT-BTC", "CITES")]
    # told of as past, or done by another document: not this one's act
    assert _own("Decree No. 21/2012/ND-CP has been repealed.") == [("21/2012/NĐ-CP", "CITES")]
    said = dict(_own("Decision No. 45/2016/QD-TTg is annulled by Decision No. 12/2020/QD-TTg."))
    assert said == {"45/2016/QĐ-TTg": "CITES", "12/2020/QĐ-TTg": "CITES"}


def test_a_nested_mention_is_only_cited():
    text = (
        "Thực hiện Kế hoạch số 24/KH-UBND ngày 10/3/2025 của UBND tỉnh thực hiện Nghị quyết số "
        "66-NQ/TW, Ủy ban nhân dân huyện ban hành Kế hoạch."
    )
    assert _own(text) == [("24/KH-UBND", "IMPLEMENTS"), ("66-NQ/TW", "CITES")]


def test_list_items_share_the_cue_across_titles():
    text = (
        "Thực hiện Chỉ thị số 33/CT-TTg ngày 26/11/2021 của Thủ tướng Chính phủ về tăng cường "
        "công tác dân vận và Kết luận số 12-KL/TW của Bộ Chính trị, UBND tỉnh ban hành Kế hoạch."
    )
    assert _own(text) == [("33/CT-TTg", "IMPLEMENTS"), ("12-KL/TW", "IMPLEMENTS")]


def test_continuing_to_apply_a_document_continues_it_only_as_the_clause_it_opens():
    text = "Điều 1. Tiếp tục áp dụng giá thóc tại Quyết định số 3842/QĐ-UBND ngày 17/7/2025."
    assert _own(text) == [("3842/QĐ-UBND", "CONTINUES")]
    # a transitional carve-out, said in a sentence of its own subject, only cites
    text = (
        "Thông tư cũng quy định điều khoản chuyển tiếp, tiếp tục áp dụng một số nội dung của "
        "Thông tư số 16/2014/TT-BCT cho đến khi có lần điều chỉnh giá tiếp theo."
    )
    assert _own(text) == [("16/2014/TT-BCT", "CITES")]


def test_a_bracket_numbers_the_document_named_by_its_type_after_và():
    text = (
        "Các bộ tiếp tục thực hiện nghiêm các ý kiến chỉ đạo tại Chỉ thị số 13/CT-TTg ngày "
        "17/5/2025 về tăng cường công tác chống buôn lậu và Kết luận tại Hội nghị sơ kết công "
        "tác 6 tháng (Thông báo số 341/TB-VPCP ngày 01/7/2025 của Văn phòng Chính phủ)."
    )
    assert _own(text) == [("13/CT-TTg", "CONTINUES"), ("341/TB-VPCP", "CONTINUES")]
    # lower case, it is no document's name; a bracket that says more names another matter
    for after in (
        "và kết luận tại Hội nghị sơ kết (Thông báo số 341/TB-VPCP).",
        "và Kế hoạch hành động (ban hành kèm theo Quyết định số 341/QĐ-TTg).",
    ):
        text = "Thực hiện Chỉ thị số 13/CT-TTg ngày 17/5/2025 về chống buôn lậu " + after
        assert _own(text)[1][1] == "CITES", after


@pytest.mark.parametrize(
    "text",
    [
        "Các sở đã tổ chức thực hiện nghiêm Chỉ thị số 33/CT-TTg.",
        "Tổ chức tuyên truyền, phổ biến Nghị quyết số 57-NQ/TW đến cán bộ.",
        "Chế độ thực hiện theo quy định tại Điều 2 Quyết định số 142/2008/QĐ-TTg.",
        "Triển khai khi có Thông tư mới thay thế Thông tư số 92/2009/TT-BTC.",
        # one predicate of two cues: its actor stands before both
        "Bãi bỏ các văn bản quy định chi tiết, hướng dẫn thi hành Luật số 69/2014/QH13.",
        "Thủ tục “Đăng ký sửa đổi chế độ kế toán theo Thông tư số 200/2014/TT-BTC”.",
        # another's guidance, or where it stands, is no guiding of this text's own
        "Các đơn vị làm theo hướng dẫn cụ thể của Bộ Tài chính tại Công văn số 1234/BTC-NSNN.",
        "Quỹ cho vay theo Điều lệ, hướng dẫn cụ thể tại Thông tư số 147/2014/TT-BTC.",
        # a consequent that says by what rule something is done (news-948)
        "Trường hợp nghỉ hưu trước ngày 01/12/2024 thì hạn tuổi và các hướng dẫn về chế độ "
        "liên quan thực hiện theo Thông tư liên tịch số 36/2009/TTLT-BQP-BNV-BLĐTBXH-BTC.",
    ],
)
def test_mentions_that_look_like_more_are_cited(text):
    assert [r for _, r in _own(text)] == ["CITES"]


def test_a_heading_that_amends_and_repeals_amends():
    text = "NGHỊ ĐỊNH\nSửa đổi, bổ sung, bãi bỏ một số điều của Nghị định số 15/2018/NĐ-CP"
    assert _own(text) == [("15/2018/NĐ-CP", "AMENDS")]


def test_a_heading_that_chains_four_verbs_amends():
    # "thay thế, bãi bỏ" after "sửa đổi, bổ sung" are the same heading's verbs, no repeal
    text = (
        "Điều 3. Sửa đổi, bổ sung, thay thế, bãi bỏ một số quy định của Nghị định số "
        "47/2021/NĐ-CP ngày 1 tháng 4 năm 2021 của Chính phủ"
    )
    assert _own(text) == [("47/2021/NĐ-CP", "AMENDS")]


def test_an_item_naming_a_part_issued_with_a_document_shares_the_list_act():
    text = (
        "2. Thông tư này thay thế các nội dung sau:\n\n"
        "a) Khoản 3 Điều 7 Thông tư số 18/2016/TT-BTC ngày 2 tháng 2 năm 2016.\n\n"
        "b) Biểu phí thẩm định ban hành kèm theo Thông tư số 25/2017/TT-BTC ngày 9 tháng 3 "
        "năm 2017 của Bộ Tài chính.\n\n3. Tổ chức thực hiện"
    )
    assert _own(text) == [("18/2016/TT-BTC", "REPLACES"), ("25/2017/TT-BTC", "REPLACES")]
    # outside such a list the same words only cite
    text = "Thu phí theo Biểu phí ban hành kèm theo Thông tư số 25/2017/TT-BTC của Bộ Tài chính."
    assert _own(text) == [("25/2017/TT-BTC", "CITES")]
    # an item with a cue of its own before those words is not the head's to decide
    text = (
        "Nghị định này bãi bỏ các văn bản sau:\n\n- Nghị định số 11/2015/NĐ-CP;\n\n"
        "- Thực hiện Quy chế ban hành kèm theo Quyết định số 52/2016/QĐ-TTg."
    )
    assert _own(text)[1] == ("52/2016/QĐ-TTg", "CITES")


def test_an_end_of_force_after_a_list_reaches_across_the_titles_of_its_items():
    text = (
        "Quyết định số 14/2008/QĐ-UBND ngày 3 tháng 5 năm 2008 của Ủy ban nhân dân tỉnh về "
        "thực hiện chế độ hỗ trợ cán bộ xã, Quyết định số 22/2011/QĐ-UBND ngày 6 tháng 7 năm "
        "2011 của Ủy ban nhân dân tỉnh sửa đổi, bổ sung một số điều của Quyết định số "
        "14/2008/QĐ-UBND đều bị bãi bỏ."
    )
    assert _own(text) == [
        ("14/2008/QĐ-UBND", "REPEALS"),
        ("22/2011/QĐ-UBND", "REPEALS"),
        ("14/2008/QĐ-UBND", "CITES"),  # named in the title of 22/2011
    ]
    # after a title and no comma, the next mention is still that title's object
    text = (
        "Quyết định số 31/2019/QĐ-UBND ngày 2 tháng 8 năm 2019 của Ủy ban nhân dân tỉnh sửa "
        "đổi, bổ sung Quyết định số 14/2008/QĐ-UBND về chế độ hỗ trợ cán bộ đều bị bãi bỏ."
    )
    assert _own(text) == [("31/2019/QĐ-UBND", "REPEALS"), ("14/2008/QĐ-UBND", "CITES")]


def test_an_end_of_force_stated_after_the_mention_repeals_it():
    text = "2. Quyết định số 07/2022/QĐ-UBND hết hiệu lực kể từ ngày Quyết định này có hiệu lực."
    assert _own(text) == [("07/2022/QĐ-UBND", "REPEALS")]


def test_a_consolidated_text_acts_on_nothing():
    text = "Quyết định số 142/2008/QĐ-TTg, được sửa đổi, bổ sung bởi Quyết định số 38/2010/QĐ-TTg."
    refs = find_references(text)
    statements = relate(text, refs, "vi", "92/VBHN-BQP")
    assert {s.relation for s in statements if s.subject is None} == {"CITES"}
    # ... while what the documents it consolidates did to one another stays theirs (blind
    # round AL: "Decree No. 118/2021/ND-CP …, is amended by:\nDecree No. 68/2025/ND-CP …")
    assert _about(text, own_number="92/VBHN-BQP") == {
        ("38/2010/QĐ-TTg", "AMENDS", "142/2008/QĐ-TTg")
    }


def test_a_decree_that_amends_the_document_whose_title_names_a_law_amends_no_law():
    """Blind round AL: in "Decree No. 118/2021/ND-CP … on elaboration and enforcement of the
    Law on Actions against administrative violations, …, is amended by:\nDecree No.
    68/2025/ND-CP", the decree amends the decree, not the law its title names."""
    note = (
        "Decree No. 118/2021/ND-CP dated December 23, 2021 of the Government on elaboration "
        "and enforcement of the Law on Actions against administrative violations, which comes "
        "into force from January 01, 2022, is amended by:\nDecree No. 68/2025/ND-CP dated "
        "March 18, 2025 of the Government.\n"
    )
    for text in ("No. 1651/VBHN-BTP\nDECREE\n" + note, note):  # consolidated, or a page's note
        about = _about(text, "en", identified=True)
        assert ("68/2025/NĐ-CP", "AMENDS", "118/2021/NĐ-CP") in about, text[:20]
        assert not [a for a in about if a[2] and a[2].startswith("Law")], text[:20]


def test_a_cue_after_another_reference_speaks_for_that_one():
    text = (
        "Căn cứ Nghị định số 187/2025/NĐ-CP ngày 01/7/2025 của Chính phủ sửa đổi, bổ sung "
        "một số điều của Nghị định số 78/2025/NĐ-CP ngày 01/4/2025 của Chính phủ;"
    )
    refs = find_references(text)
    found = {(s.subject, s.relation, s.object) for s in relate(text, refs)}
    assert (0, "AMENDS", 1) in found  # 187 amends 78 (a basis line: 78 is a basis too)
    body = "Đơn vị thực hiện theo Nghị định số 187/2025/NĐ-CP của Chính phủ sửa đổi, bổ sung"
    body += " một số điều của Nghị định số 78/2025/NĐ-CP."
    refs = find_references(body)
    found = {(s.subject, s.relation, s.object) for s in relate(body, refs)}
    assert (0, "AMENDS", 1) in found and (None, "CITES", 1) in found


def test_in_a_basis_line_a_nested_mention_is_the_basis_too():
    text = (
        "QUYẾT ĐỊNH\nCăn cứ Nghị định số 187/2025/NĐ-CP ngày 01/7/2025 của Chính phủ sửa đổi, "
        "bổ sung một số điều của Nghị định số 78/2025/NĐ-CP ngày 01/4/2025 của Chính phủ;\n"
        "QUYẾT ĐỊNH:\nĐiều 1."
    )
    refs = find_references(text)
    found = {(s.subject, s.relation, s.object) for s in relate(text, refs)}
    assert (None, "BASED_ON", 0) in found and (None, "BASED_ON", 1) in found
    assert (0, "AMENDS", 1) in found  # what 187 did is kept as its own edge


def test_neutral_cue_stops_an_earlier_one():
    text = (
        "Căn cứ Luật Tổ chức chính quyền địa phương ngày 16/6/2025; Theo đề nghị của Giám đốc "
        "Sở Công Thương tại Tờ trình số 131/TTr-SCT ngày 24/11/2025."
    )
    refs = find_references(text)
    assert [s.relation for s in relate(text, refs)] == ["CITES"]


def test_seed_relations_match_the_gold(seeds_dir, seeds_gold):
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


def _cues_tried_everywhere(text: str) -> list[tuple[int, int]]:
    """The combined cue pattern tried at every word start: what `find_cues` must find (but a
    cue that counts only with a capital, found in lower case)."""
    spans, pos = [], 0
    for word in re.finditer(r"\w+", text):
        starts = [word.start()]
        if word.group()[0] >= "\u3040":  # Japanese runs: every character may begin a cue
            starts = range(word.start(), word.end())
        for at in starts:
            if at < pos:
                continue
            hit = CUE_RE.match(text, at)
            if hit:
                group = hit.lastgroup or ""
                capital = group.startswith("c") and CUES[int(group[1:])].capital
                if not capital or hit.group().lstrip()[:1].isupper():
                    spans.append(hit.span())
                pos = hit.end()
    return spans


def test_the_start_words_miss_no_cue(seeds_dir, tvpl_rows):
    texts = [p.read_text("utf-8") for p in sorted(seeds_dir.glob("*.txt"))]
    texts += [row["text"] for row in tvpl_rows[:60]]
    texts += [example.replace("[[", "").replace("]]", "") for _, example in EXAMPLES]
    for text in texts:
        # (the scan before `find_cues` reads a look-back over a heading's line end again)
        scanned = [
            (c.start, c.end)
            for c in cues._find_cues(text)
            if not c.cue.capital or c.words.lstrip()[:1].isupper()
        ]
        assert scanned == _cues_tried_everywhere(text)


def test_a_look_back_does_not_run_from_a_heading_onto_the_line_under_it():
    """Blind round MY: "… TRONG TÌNH HÌNH MỚI\nTriển khai thực hiện Chỉ thị số 23/CT-TTg …" is
    a plan's title over its opening, not "tình hình triển khai thực hiện" (how a document is
    carried out, a look back); a look back within a sentence still is one."""
    heading = (
        "KẾ HOẠCH\nTRIỂN KHAI THỰC HIỆN CHỈ THỊ SỐ 23/CT-TTG VỀ BẢO ĐẢM TRẬT TỰ TRONG TÌNH "
        "HÌNH MỚI\nTriển khai thực hiện Chỉ thị số 23/CT-TTg ngày 26/7/2024 của Thủ tướng "
        "Chính phủ, Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:\n"
    )
    assert (None, "IMPLEMENTS", "23/CT-TTg") in _all(heading, "552/KH-UBND")
    assert (None, "CITES", "23/CT-TTg") not in _all(heading, "552/KH-UBND")
    wrapped = "Báo cáo tình hình\ntriển khai thực hiện Chỉ thị số 23/CT-TTg của Thủ tướng."
    assert _all(wrapped, "552/KH-UBND") == {(None, "CITES", "23/CT-TTg")}


def _all(text: str, own_number: str | None = None) -> set[tuple[str | None, str, str]]:
    refs = find_references(text)
    return {
        (
            refs[s.subject].canonical if s.subject is not None else None,
            s.relation,
            refs[s.object].canonical,
        )
        for s in relate(text, refs, "vi", own_number)
    }


def test_a_passive_keeps_what_the_other_document_did():
    text = (
        "Thực hiện theo Luật Đầu tư số 61/2020/QH14 (đã được sửa đổi, bổ sung bởi Luật số "
        "03/2022/QH15, Luật số 57/2024/QH15)."
    )
    found = _all(text, "1/2025/QĐ-UBND")
    assert (None, "CITES", "03/2022/QH15") in found
    assert ("03/2022/QH15", "AMENDS", "61/2020/QH14") in found
    assert ("57/2024/QH15", "AMENDS", "61/2020/QH14") in found  # the list goes on


def test_what_another_document_does_reaches_the_list_after_it():
    text = (
        "Nghị định số 17/2025/NĐ-CP sửa đổi, bổ sung một số điều của Nghị định số 23/2024/NĐ-CP "
        "ngày 27/02/2024 của Chính phủ về lựa chọn nhà đầu tư; Nghị định số 24/2024/NĐ-CP ngày "
        "27/2/2024 về lựa chọn nhà thầu."
    )
    found = _all(text)
    assert ("17/2025/NĐ-CP", "AMENDS", "23/2024/NĐ-CP") in found
    assert ("17/2025/NĐ-CP", "AMENDS", "24/2024/NĐ-CP") in found


def test_a_report_clause_acts_for_the_document_its_type_names():
    text = (
        "Chính phủ ban hành Nghị định số 172/2025/NĐ-CP quy định xử lý kỷ luật công chức.\n\n"
        "Đồng thời, Nghị định bổ sung các trường hợp miễn kỷ luật để thể chế hóa Quy định số "
        "69-QĐ/TW của Bộ Chính trị."
    )
    assert ("172/2025/NĐ-CP", "IMPLEMENTS", "69-QĐ/TW") in _all(text)


def test_a_closed_bracket_ends_what_it_said_of_the_mention_before_it():
    # the amendment is said in the bracket; the list of what is made law goes on after it
    text = (
        "Chính phủ ban hành Nghị định số 172/2025/NĐ-CP quy định xử lý kỷ luật công chức.\n\n"
        "Đồng thời, Nghị định bổ sung các trường hợp miễn kỷ luật để thể chế hóa Quy định số "
        "69-QĐ/TW ngày 06/7/2022 của Bộ Chính trị (sửa đổi, bổ sung tại Quy định số 264-QĐ/TW "
        "ngày 14/02/2025 của Bộ Chính trị), Quy định số 296-QĐ/TW ngày 30/5/2025."
    )
    found = _all(text)
    assert ("264-QĐ/TW", "AMENDS", "69-QĐ/TW") in found
    assert ("172/2025/NĐ-CP", "IMPLEMENTS", "296-QĐ/TW") in found
    assert ("296-QĐ/TW", "AMENDS", "69-QĐ/TW") not in found
    # a document listed after the bracket is no amending decree of the one before it (a
    # procedure's basis cell)
    cell = (
        "Cấp lại chứng chỉ nghiệp vụ\n\nNghị định số 23/2024/NĐ-CP ngày 27/02/2024 của Chính "
        "phủ (được sửa đổi, bổ sung tại Nghị định số 115/2024/NĐ-CP ngày 16/9/2024 của Chính "
        "phủ); Nghị định 243/2025/NĐ-CP ngày 11/9/2025 của Chính phủ;"
    )
    found = _all(cell, "1/2025/QĐ-UBND")
    assert ("115/2024/NĐ-CP", "AMENDS", "23/2024/NĐ-CP") in found
    assert ("243/2025/NĐ-CP", "AMENDS", "23/2024/NĐ-CP") not in found


def test_a_guidance_whose_title_carries_a_document_out_guides_it():
    text = (
        "Ủy ban Kiểm tra Trung ương đã ban hành Hướng dẫn số 15-HD/UBKTTW, sửa đổi, bổ sung một "
        "số nội dung trong Hướng dẫn số 05-HD/UBKTTW ngày 22/11/2022 về thực hiện Quy định số "
        "69-QĐ/TW của Bộ Chính trị."
    )
    found = _all(text)
    assert ("05-HD/UBKTTW", "GUIDES", "69-QĐ/TW") in found
    assert ("05-HD/UBKTTW", "IMPLEMENTS", "69-QĐ/TW") not in found
    # a plan's title that carries it out still implements it
    plan = text.replace("Hướng dẫn số 05-HD/UBKTTW", "Kế hoạch số 05-KH/UBKTTW")
    assert ("05-KH/UBKTTW", "IMPLEMENTS", "69-QĐ/TW") in _all(plan)


def test_guiding_how_a_document_is_carried_out_guides_it():
    text = (
        "QUYẾT ĐỊNH:\nĐiều 1. Thông tư này hướng dẫn việc lập dự toán kinh phí thực hiện chính "
        "sách tại Nghị định số 178/2024/NĐ-CP."
    )
    assert (None, "GUIDES", "178/2024/NĐ-CP") in _all(text, "07/2025/TT-BTC")


def test_acts_not_yet_done_are_only_cited():
    text = "Bộ Tài chính chưa ban hành Thông tư sửa đổi, bổ sung Thông tư số 44/2022/TT-BTC."
    assert _all(text, "1/UBND-KT") == {(None, "CITES", "44/2022/TT-BTC")}


def test_only_a_law_changes_a_law():
    text = "Năm 2026, bãi bỏ 100% điều kiện kinh doanh không cần thiết của Luật số 61/2020/QH14."
    assert _all(text, "12/KH-BTC") == {(None, "CITES", "61/2020/QH14")}
    law = "Điều 2. Bãi bỏ Điều 12 của Luật số 61/2020/QH14."
    assert _all(law, "90/2025/QH15") == {(None, "REPEALS", "61/2020/QH14")}
    # a text of no known number that calls itself a resolution as it acts is of that rank
    # (news-734, a joint resolution of the Standing Committee); a decree that does is not
    joint = "2. Nghị quyết này thay thế Nghị quyết số 753/2005/UBTVQH11 ngày 02/4/2005."
    assert _all(joint) == {(None, "REPLACES", "753/2005/UBTVQH11")}
    decree = joint.replace("Nghị quyết này", "Nghị định này")
    assert _all(decree) == {(None, "CITES", "753/2005/UBTVQH11")}


def test_a_provision_listed_after_one_acted_on_shares_the_act():
    text = (
        "3. Thay thế cụm từ “doanh nghiệp nhà nước” bằng cụm từ “doanh nghiệp do Nhà nước nắm "
        "giữ 100% vốn điều lệ” quy định tại điểm m khoản 1 Điều 35 của Luật số 83/2015/QH13; "
        "điểm a khoản 3 Điều 23 của Luật số 08/2017/QH14."
    )
    assert _all(text, "59/2020/QH14") == {
        (None, "AMENDS", "83/2015/QH13"),
        (None, "AMENDS", "08/2017/QH14"),
    }


def test_a_bracket_that_names_the_direction_carried_out_is_its_object():
    named = (
        "b) Khẩn trương thực hiện ý kiến chỉ đạo của Thủ tướng Chính phủ (Thông báo số "
        "627/TB-VPCP ngày 18/11/2025), phối hợp Bộ Nội vụ tham mưu khen thưởng."
    )
    assert _all(named, "224/CĐ-TTg") == {(None, "IMPLEMENTS", "627/TB-VPCP")}
    aside = (
        "Thực hiện hỗ trợ tiền thuê đất đến ngày 01/8/2024 (ngày Nghị định số 103/2024/NĐ-CP "
        "có hiệu lực thi hành)."
    )
    assert _all(aside, "1/CT-CS") == {(None, "CITES", "103/2024/NĐ-CP")}
    plan = (
        "Thủ tướng Chính phủ tổ chức lễ phát động và ban hành Kế hoạch triển khai Phong trào thi "
        "đua (Quyết định số 923/QĐ-TTg ngày 14/5/2025)."
    )
    assert _all(plan, "624/TB-VPCP") == {(None, "CITES", "923/QĐ-TTg")}  # it names the plan


def test_a_title_goes_on_after_và_with_one_more_predicate():
    text = (
        "Căn cứ khoản 3 Điều 1 Thông tư số 13/2023/TT-BTC ngày 28/02/2023 của Bộ Tài chính "
        "hướng dẫn Nghị định số 49/2022/NĐ-CP ngày 29/7/2022 của Chính phủ và sửa đổi bổ sung "
        "Thông tư số 80/2021/TT-BTC ngày 29/9/2021 của Bộ Tài chính;"
    )
    found = _all(text, "5485/CT-CS")
    assert (None, "CITES", "80/2021/TT-BTC") in found
    assert ("13/2023/TT-BTC", "AMENDS", "80/2021/TT-BTC") in found


def test_a_title_whose_object_is_a_class_of_documents_ends_before_the_next_item():
    # the basis lines of tvpl 24, 67, 189, 247: read as 48/2013 amending 92/2017 (and
    # 44/2022 carrying out 34/2023), edges a later document cannot have been the object of
    classes = (
        "Căn cứ Nghị định số 63/2010/NĐ-CP ngày 08/6/2010 của Chính phủ về kiểm soát thủ tục "
        "hành chính; Nghị định số 48/2013/NĐ-CP ngày 14/5/2013 của Chính phủ về sửa đổi, bổ "
        "sung một số điều của các nghị định liên quan đến kiểm soát thủ tục hành chính, Nghị "
        "định số 92/2017/NĐ-CP ngày 07/8/2017 của Chính phủ;"
    )
    found = _all(classes, "5/QĐ-UBND")
    assert (None, "BASED_ON", "92/2017/NĐ-CP") in found
    assert not {f for f in found if f[0] is not None}
    items = (
        "Căn cứ các Quyết định của Ủy ban nhân dân tỉnh: Số 44/2022/QĐ-UBND ngày 24 tháng 11 năm "
        "2022 ban hành Quy chế về thực hiện cơ chế một cửa trên địa bàn tỉnh; số "
        "34/2023/QĐ-UBND ngày 24 tháng 8 năm 2023 ban hành Quy chế hoạt động của Hệ thống;"
    )
    assert not {f for f in _all(items, "5/QĐ-UBND") if f[0] is not None}
    # a class that announces the documents named next still has them as its object
    listed = (
        "Căn cứ Nghị định số 48/2013/NĐ-CP ngày 14/5/2013 của Chính phủ sửa đổi, bổ sung một "
        "số điều của các nghị định sau, Nghị định số 63/2010/NĐ-CP;"
    )
    assert ("48/2013/NĐ-CP", "AMENDS", "63/2010/NĐ-CP") in _all(listed, "5/QĐ-UBND")
    # "và" ends the class when the next document has a title of its own (tvpl 183)
    joined = (
        "Căn cứ Nghị định số 63/2010/NĐ-CP ngày 08/6/2010 của Chính phủ về kiểm soát thủ tục "
        "hành chính; Nghị định số 48/2013/NĐ-CP ngày 14/5/2013 của Chính phủ về sửa đổi, bổ "
        "sung một số điều của các Nghị định liên quan đến kiểm soát thủ tục hành chính và Nghị "
        "định số 92/2017/NĐ-CP ngày 07/8/2017 của Chính phủ sửa đổi, bổ sung một số điều của "
        "các nghị định liên quan đến kiểm soát thủ tục hành chính;"
    )
    found = _all(joined, "5/QĐ-UBND")
    assert (None, "BASED_ON", "92/2017/NĐ-CP") in found
    assert not {f for f in found if f[0] is not None}
    # without a title of its own, the document after "và" is one more object of the class
    one_more = (
        "Nghị định này sửa đổi, bổ sung một số điều của các nghị định liên quan đến đầu tư và "
        "Nghị định số 31/2021/NĐ-CP."
    )
    assert (None, "AMENDS", "31/2021/NĐ-CP") in _all(one_more, "5/2025/NĐ-CP")


def test_each_agent_of_a_passive_named_by_its_provision_amends():
    """news-162 (report round 18): "Điều 6 Nghị định 98/2020/NĐ-CP, được sửa đổi bởi điểm a
    khoản 1 Điều 2 Nghị định 24/2025/NĐ-CP và điểm b khoản 3 Điều 3 Nghị định 17/2022/NĐ-CP":
    the second agent, named by its provision too, amends 98/2020 as the first does; a list of
    what the text itself cites after a passive's agent ends at a new clause."""
    text = (
        "Hành vi quy định tại Điều 6 Nghị định số 98/2020/NĐ-CP, được sửa đổi bởi điểm a khoản 1 "
        "Điều 2 Nghị định số 24/2025/NĐ-CP và điểm b khoản 3 Điều 3 Nghị định số 17/2022/NĐ-CP "
        "bị xử phạt.\n"
    )
    found = _all(text, "5/2026/NĐ-CP")
    assert ("24/2025/NĐ-CP", "AMENDS", "98/2020/NĐ-CP") in found
    assert ("17/2022/NĐ-CP", "AMENDS", "98/2020/NĐ-CP") in found
    apart = text.replace(" bị xử phạt", "; theo Điều 3 Nghị định số 15/2020/NĐ-CP, bị xử phạt")
    assert not {f for f in _all(apart, "5/2026/NĐ-CP") if f[0] == "15/2020/NĐ-CP"}


def test_a_bracket_naming_the_mention_before_anew_takes_its_relation():
    """news-756 (document round 33): "Thông tư này thay thế Thông tư liên tịch số
    07/2013/TTLT-BGDĐT-BNV-BTC … hướng dẫn thực hiện chế độ … (Thông tư liên tịch số 07)":
    the bracket that names 07/2013 anew takes its REPLACES (RELATIONS.md, aliases), though
    its title's "hướng dẫn thực hiện" stands between; a bracket naming another document does
    not."""
    text = (
        "Thông tư này thay thế Thông tư liên tịch số 07/2013/TTLT-BGDĐT-BNV-BTC ngày 08/03/2013 "
        "hướng dẫn thực hiện chế độ trả lương dạy thêm giờ đối với nhà giáo (Thông tư liên "
        "tịch số 07). So với Thông tư liên tịch số 07, Thông tư có một số điểm mới.\n"
    )
    document, refs = extract_text(text)
    read = [
        (refs[s.object].start, s.relation)
        for s in relate(text, refs, "vi", "21/2025/TT-BGDĐT")
        if s.subject is None
    ]
    alias = text.index("(Thông tư liên tịch số 07)") + 1
    assert (alias, "REPLACES") in read
    assert sum(1 for _, relation in read if relation == "REPLACES") == 2  # not the comparison


def test_a_document_opening_the_main_clause_after_the_cues_clause_is_its_subject():
    """news-748 (document round 35), news-550: "Tiếp tục thực hiện mục tiêu minh bạch hóa
    TTCK, Nghị định số 245/2025/NĐ-CP bổ sung …" carries out a goal, and the decree is the
    subject of what follows the comma, not what the text continues; "Thể chế hóa vấn đề này,
    Luật số 80/2015/QH13 đã quy định …" likewise. A list after the cue still takes it."""
    goal = (
        "Tiếp tục thực hiện mục tiêu minh bạch hóa thị trường, Nghị định số 245/2025/NĐ-CP bổ "
        "sung nhiều quy định mới.\n"
    )
    assert _all(goal) == {(None, "CITES", "245/2025/NĐ-CP")}
    law = "Thể chế hóa vấn đề này, Luật số 80/2015/QH13 đã quy định nguyên tắc mới.\n"
    assert _all(law) == {(None, "CITES", "80/2015/QH13")}
    listed = "Tiếp tục thực hiện Chỉ thị số 05-CT/TW, Kết luận số 01-KL/TW, Huyện ủy ban hành.\n"
    assert _all(listed) == {(None, "CONTINUES", "05-CT/TW"), (None, "CONTINUES", "01-KL/TW")}
    # (blind round AN) a topic the cue acts on, then a main clause with a subject of its own
    topic = (
        "Về việc triển khai thực hiện mô hình chính quyền địa phương hai cấp, Chính phủ cơ bản "
        "thống nhất với Báo cáo số 8945/BC-BNV ngày 4/10/2025 của Bộ Nội vụ.\n"
    )
    assert _all(topic) == {(None, "CITES", "8945/BC-BNV")}
    english = (
        "Regarding the implementation and operation of the two-level local government model, the "
        "Government basically agreed with Report No. 8945/BC-BNV dated October 4, 2025.\n"
    )
    refs = find_references(english)
    assert [s.relation for s in relate(english, refs, "en")] == ["CITES"]
    # the object after a comma in the cue's own clause is still its object
    going_on = "Thực hiện nghiêm túc, đúng tiến độ Kế hoạch số 15/KH-UBND của tỉnh.\n"
    assert _all(going_on) == {(None, "IMPLEMENTS", "15/KH-UBND")}


def test_a_passive_whose_agent_is_this_document_is_its_amendment():
    """news-670 (document round 29): "… Điều 3 Nghị định số 21/2009/NĐ-CP, được sửa đổi, bổ
    sung tại điểm c khoản 2 Điều 1 Nghị định này" in decree 52/2025's text: 52/2025 amends
    21/2009. "Nghị định này" in a circular's text, or in a text of no number, is not its own
    document: the mention stays a provision's citation."""
    text = (
        "Người lao động được áp dụng theo quy định tại điểm đ khoản 1 Điều 3 Nghị định số "
        "21/2009/NĐ-CP, được sửa đổi, bổ sung tại điểm c khoản 2 Điều 1 Nghị định này.\n"
    )
    assert _all(text, "52/2025/NĐ-CP") == {(None, "AMENDS", "21/2009/NĐ-CP")}
    assert _all(text, "05/2025/TT-BTC") == {(None, "CITES", "21/2009/NĐ-CP")}
    assert _all(text) == {(None, "CITES", "21/2009/NĐ-CP")}
    # another document named as the agent is that one's amendment, as before
    named = text.replace("Nghị định này", "Nghị định số 52/2025/NĐ-CP")
    assert ("52/2025/NĐ-CP", "AMENDS", "21/2009/NĐ-CP") in _all(named, "10/2026/TT-BTC")


def test_a_law_named_in_a_class_of_decrees_changes_no_decree():
    """news 656, 892, 995: "Nghị định 226/2025/NĐ-CP sửa đổi … các nghị định quy định chi
    tiết thi hành Luật Đất đai đã sửa đổi, bổ sung … Nghị định số 71/2024/NĐ-CP": the decree
    named before the law did it (the law, of January 2024, was read as amending a decree of
    June 2024)."""
    text = (
        "Cụ thể, tại Điều 1, Nghị định 226/2025/NĐ-CP ngày 15/8/2025 sửa đổi, bổ sung một số "
        "điều của các nghị định quy định chi tiết thi hành Luật Đất đai đã sửa đổi, bổ sung một "
        "số điều của Nghị định số 71/2024/NĐ-CP ngày 27 tháng 6 năm 2024 của Chính phủ.\n"
    )
    found = _read(text, "1/2025/TT-BNV")
    assert ("226/2025/NĐ-CP", "AMENDS", "71/2024/NĐ-CP") in found
    assert not {f for f in found if f[0] == "31/2024/QH15" and f[1] == "AMENDS"}
    # news-995 (document round 29): on the page of 226/2025 itself, the act is the page's own
    # document's, as the same title with no law in it says
    own = _read(text, "226/2025/NĐ-CP")
    assert (None, "AMENDS", "71/2024/NĐ-CP") in own
    assert not {f for f in own if f[0] is not None and f[1] == "AMENDS"}
    # a decree it would name itself as the amender is left to the law (set aside later)
    itself = (
        "Căn cứ Nghị định số 78/2025/NĐ-CP ngày 01 tháng 4 năm 2025 của Chính phủ quy định chi "
        "tiết một số điều và biện pháp thi hành Luật Ban hành văn bản quy phạm pháp luật và "
        "Nghị định sửa đổi, bổ sung một số điều của Nghị định số 78/2025/NĐ-CP;\n"
    )
    assert not {f for f in _read(itself, "1/2025/TT-BNV") if f[0] == f[2]}


def test_what_is_shared_down_a_list_keeps_to_the_ranks():
    """tvpl 60, 97, 221: "Nghị định số 69/2018/NĐ-CP … quy định chi tiết một số điều của Luật
    Quản lý ngoại thương, Nghị định số 146/2025/NĐ-CP …, Thông tư số 12/2018/TT-BCT …": a
    decree guides no decree nor circular; the list goes on with documents of their own. And
    a decree listed after a law's amenders amended no law."""
    text = (
        "Hàng hóa được phân giao theo quy định tại Nghị định số 69/2018/NĐ-CP ngày 15 tháng 5 "
        "năm 2018 của Chính phủ quy định chi tiết một số điều của Luật Quản lý ngoại thương, "
        "Nghị định số 146/2025/NĐ-CP ngày 12 tháng 6 năm 2025 của Chính phủ quy định về phân "
        "quyền, Thông tư số 12/2018/TT-BCT ngày 15 tháng 6 năm 2018 của Bộ trưởng Bộ Công "
        "Thương quy định chi tiết một số điều của Luật Quản lý ngoại thương.\n"
    )
    found = _read(text, "1/2025/QĐ-UBND")
    assert ("69/2018/NĐ-CP", "GUIDES", "05/2017/QH14") in found
    assert not {f for f in found if f[0] == "69/2018/NĐ-CP" and f[2] != "05/2017/QH14"}
    # a circular listed after a decree's law does guide it when the list is of laws
    laws = text.replace("Nghị định số 146/2025/NĐ-CP", "Luật Thương mại số 36/2005/QH11")
    assert ("69/2018/NĐ-CP", "GUIDES", "36/2005/QH11") in _read(laws, "1/2025/QĐ-UBND")
    amended = (
        "- Luật Đấu thầu số 22/2023/QH15 được sửa đổi, bổ sung tại Luật số 57/2024/QH15, Luật "
        "số 90/2025/QH15; Nghị định số 214/2025/NĐ-CP ngày 04/8/2025 của Chính phủ;\n"
    )
    found = _read(amended, "1/2025/QĐ-UBND")
    assert ("90/2025/QH15", "AMENDS", "22/2023/QH15") in found
    assert ("214/2025/NĐ-CP", "AMENDS", "22/2023/QH15") not in found


def test_an_agent_whose_name_holds_an_amending_cue_is_the_passive_agent():
    """tvpl 174: "Luật … số 64/2025/QH15 được sửa đổi, bổ sung bởi Luật Sửa đổi, bổ sung một
    số điều Luật … số 87/2025/QH15": 87/2025 amends 64/2025 (it was read the other way, an
    edge its date set aside)."""
    basis = (
        "Căn cứ Luật Ban hành văn bản quy phạm pháp luật số 64/2025/QH15 được sửa đổi, bổ sung "
        "bởi Luật Sửa đổi, bổ sung một số điều Luật Ban hành văn bản quy phạm pháp luật số "
        "87/2025/QH15;\n"
    )
    found = _read(basis, "139/2025/QĐ-UBND")
    assert ("87/2025/QH15", "AMENDS", "64/2025/QH15") in found
    assert ("64/2025/QH15", "AMENDS", "87/2025/QH15") not in found
    assert (None, "BASED_ON", "87/2025/QH15") in found
    # outside a basis line the same
    body = basis.replace("Căn cứ", "Thực hiện theo quy định của").replace(";", ".")
    assert ("87/2025/QH15", "AMENDS", "64/2025/QH15") in _read(body, "139/2025/QĐ-UBND")


def test_a_passive_after_a_title_whose_subjects_a_semicolon_parts_speaks_of_that_document():
    """news-573: a title that names its subjects with ";" ("… bảng lương chức vụ …; bảng lương
    chuyên môn …") goes on to the passive after it; a ";" before a capitalised item ends the
    clause."""
    text = (
        "Nghị quyết số 66/2025/NQ-UBTVQH15 sửa đổi, bổ sung một số nội dung của Nghị quyết số "
        "730/2004/NQ-UBTVQH11 của Ủy ban Thường vụ Quốc hội về việc phê chuẩn bảng lương chức "
        "vụ; bảng lương chuyên môn, nghiệp vụ ngành Tòa án, ngành Kiểm sát đã được sửa đổi, bổ "
        "sung một số nội dung theo Nghị quyết số 823/2009/UBTVQH12, Nghị quyết số "
        "973/2015/UBTVQH13 và Nghị quyết số 1212/2016/UBTVQH13.\n"
    )
    found = _read(text, "1/2025/QĐ-UBND")
    for amender in ("823/2009/UBTVQH12", "973/2015/UBTVQH13", "1212/2016/UBTVQH13"):
        assert (amender, "AMENDS", "730/2004/NQ-UBTVQH11") in found
    items = (
        "Bãi bỏ Quyết định số 12/2020/QĐ-UBND; Quy chế phối hợp đã được sửa đổi, bổ sung theo "
        "Quyết định số 15/2021/QĐ-UBND.\n"
    )
    found = _read(items, "1/2025/QĐ-UBND")
    assert ("15/2021/QĐ-UBND", "AMENDS", "12/2020/QĐ-UBND") not in found


def test_a_semicolon_after_a_passives_agent_goes_on_with_the_list_of_what_was_acted_on():
    """news-705: "Nghị định 83/2024 sửa đổi … Nghị định số 123/2016 … đã được sửa đổi … theo
    Nghị định số 101/2020/NĐ-CP; Nghị định số 10/2016/NĐ-CP …": 83/2024 amends 10/2016 too;
    101/2020 amended only 123/2016. A heading's title after a colon is the named document's."""
    text = (
        "TOÀN VĂN: Nghị định số 83/2024/NĐ-CP của Chính phủ: Sửa đổi, bổ sung một số điều của "
        "Nghị định số 123/2016/NĐ-CP quy định chức năng, nhiệm vụ của Bộ đã được sửa đổi, bổ "
        "sung một số điều theo Nghị định số 101/2020/NĐ-CP; Nghị định số 10/2016/NĐ-CP quy "
        "định về cơ quan thuộc Chính phủ đã được sửa đổi, bổ sung một số điều theo Nghị định "
        "số 47/2019/NĐ-CP.\n"
    )
    found = _read(text, "283/2025/NĐ-CP")
    assert ("83/2024/NĐ-CP", "AMENDS", "123/2016/NĐ-CP") in found
    assert ("83/2024/NĐ-CP", "AMENDS", "10/2016/NĐ-CP") in found
    assert ("101/2020/NĐ-CP", "AMENDS", "10/2016/NĐ-CP") not in found
    assert ("47/2019/NĐ-CP", "AMENDS", "10/2016/NĐ-CP") in found
    assert not {f for f in found if f[0] is None and f[1] == "AMENDS"}


def test_trong_đó_goes_on_with_what_the_titled_document_does():
    # news 657-659 and 890: the law named last in 226/2025's title was read as amending
    # the decrees, an edge its date made impossible; the page speaks for 226/2025
    title = (
        "Nghị định số 226/2025/NĐ-CP ngày 15/8/2025 sửa đổi, bổ sung một số điều của các nghị "
        "định quy định chi tiết thi hành Luật Đất đai, trong đó sửa đổi, bổ sung một số điều "
        "của Nghị định số 71/2024/NĐ-CP quy định về giá đất."
    )
    found = _read("Chính phủ ban hành " + title)  # the text speaks for 226/2025
    assert (None, "AMENDS", "71/2024/NĐ-CP") in found
    assert not {f for f in found if f[0] is not None}
    found = _read("Căn cứ " + title.removesuffix(".") + ";")
    assert ("226/2025/NĐ-CP", "AMENDS", "71/2024/NĐ-CP") in found
    assert (None, "BASED_ON", "71/2024/NĐ-CP") in found
    assert not {f for f in found if f[0] == "31/2024/QH15"}  # the law named last acts not


@pytest.mark.parametrize(
    "text",
    [
        "Đề nghị Bộ Khoa học và Công nghệ hướng dẫn triển khai các nền tảng số theo Quyết định "
        "số 2618/QĐ-BKHCN.",
        "Đề nghị hướng dẫn việc có tiếp tục thực hiện hoặc kết thúc thực hiện Nghị định số "
        "178/2024/NĐ-CP ngày 31/12/2024.",
    ],
)
def test_what_a_proposal_asks_of_another_body_is_only_cited(text):
    assert [r for _, r in _own(text)] == ["CITES"]


def test_a_list_of_provisions_acted_on_goes_on_past_a_passive():
    text = (
        "3. Thay thế cụm từ “doanh nghiệp nhà nước” bằng cụm từ “doanh nghiệp do Nhà nước nắm "
        "giữ 100% vốn điều lệ” quy định tại điểm a khoản 3 Điều 23 của Luật số 08/2017/QH14 đã "
        "được sửa đổi, bổ sung một số điều theo Luật số 35/2018/QH14; điểm b khoản 2 Điều 74 của "
        "Bộ luật số 92/2015/QH13; Điều 19 của Luật số 25/2018/QH14; các điều 3, 20 và 61 của "
        "Luật số 36/2018/QH14."
    )
    found = _all(text, "59/2020/QH14")
    assert (None, "CITES", "35/2018/QH14") in found  # it only names what amended 08/2017
    for law in ("08/2017/QH14", "92/2015/QH13", "25/2018/QH14", "36/2018/QH14"):
        assert (None, "AMENDS", law) in found


def test_an_act_on_a_part_issued_with_a_document_reaches_past_the_parts_title():
    text = (
        "Thay thế 03 TTHC có số thứ tự: 3, 4, 5 tại Danh mục TTHC mới ban hành và bị bãi bỏ "
        "lĩnh vực hoạt động khoa học và công nghệ thuộc phạm vi chức năng quản lý của Sở Khoa "
        "học và Công nghệ thành phố Huế ban hành kèm theo Quyết định số 3470/QĐ-UBND ngày 10 "
        "tháng 11 năm 2025."
    )
    assert _all(text, "3598/QĐ-UBND") == {(None, "REPLACES", "3470/QĐ-UBND")}
    quoted = (
        "Điều 1. Sửa đổi, bổ sung điểm a khoản 3 Điều 5 như sau:\n“a) Trong thời hạn 07 ngày, "
        "Cục trưởng quyết định phê duyệt hồ sơ thiết kế theo quy định tại Mẫu số 03 Phụ lục kèm "
        "theo Thông tư số 67/2024/TT-BQP ngày 14 tháng 10 năm 2024."
    )
    assert _all(quoted, "80/2025/TT-BQP") == {(None, "CITES", "67/2024/TT-BQP")}


def test_new_wording_in_straight_quotes_after_a_blank_line_acts_on_nothing():
    # a page reproducing a decree: the new khoản's own words name an amendment of something
    # else and a form of another decree; the decree amends neither (news-659)
    quoted = (
        '9. Bổ sung khoản 6 vào Điều 14 như sau:\n\n"6. Trong thời hạn không quá 15 ngày kể từ '
        "ngày quyết định ban hành bảng giá đất; quyết định điều chỉnh, sửa đổi, bổ sung bảng giá "
        "đất, Ủy ban nhân dân cấp tỉnh gửi kết quả theo Mẫu số 28 của Phụ lục II ban hành kèm "
        'theo Nghị định số 151/2025/NĐ-CP ngày 12 tháng 6 năm 2025 của Chính phủ.".'
    )
    assert _all(quoted, "226/2025/NĐ-CP") == {(None, "CITES", "151/2025/NĐ-CP")}
    # the quotation closed, the text's own act again
    closed = (
        'Điều 1. Sửa đổi khoản 2 như sau:\n\n"2. Nội dung mới."\n\n'
        "Điều 2. Bãi bỏ Điều 5 của Nghị định số 151/2025/NĐ-CP."
    )
    assert _all(closed, "226/2025/NĐ-CP") == {(None, "REPEALS", "151/2025/NĐ-CP")}


def test_quoted_new_wording_keeps_what_it_tells_of_other_documents():
    # the decree acts on neither law in the quoted khoản; the amending law's title still
    # says what that law did (news-656, news-658)
    text = (
        'Bổ sung khoản 6 vào Điều 3 như sau:\n\n"6. Đối với trường hợp quy định tại khoản 9 '
        "Điều 255 Luật Đất đai, được sửa đổi, bổ sung tại khoản 3 Điều 1 Luật số 43/2024/QH15 "
        "ngày 29 tháng 6 năm 2024 sửa đổi, bổ sung một số điều của Luật Đất đai số "
        '31/2024/QH15 thì thực hiện như sau."'
    )
    read = _all(text, "226/2025/NĐ-CP")
    assert (None, "CITES", "43/2024/QH15") in read
    assert (None, "CITES", "31/2024/QH15") in read
    assert ("43/2024/QH15", "AMENDS", "31/2024/QH15") in read
    assert not {st for st in read if st[0] is None and st[1] != "CITES"}
    curly = text.replace('\n\n"', "\n“").replace('như sau."', "như sau.”")
    assert _all(curly, "226/2025/NĐ-CP") == read


def test_a_text_that_adds_into_a_numbered_document_or_sub_item_amends_it():
    # news-571: the amending law adds a fee into a sub-item of another law's list
    law = (
        "- Bổ sung quy định “Phí sử dụng đường bộ cao tốc đối với phương tiện lưu thông trên "
        "đường bộ cao tốc thuộc sở hữu toàn dân do Nhà nước đại diện chủ sở hữu và trực tiếp "
        "quản lý, khai thác” vào tiểu mục 1 thuộc phần V trong Danh mục phí, lệ phí ban hành "
        "kèm theo Luật Phí và lệ phí số 97/2015/QH13."
    )
    assert _all(law, "35/2024/QH15") == {(None, "AMENDS", "97/2015/QH13")}
    # news-852: a report on its decree, what the decree adds to another
    report = (
        "Chính phủ ban hành Nghị định số 226/2025/NĐ-CP ngày 15/8/2025 sửa đổi, bổ sung một số "
        "điều của các nghị định, trong đó bổ sung quy định về tư vấn lập quy hoạch, kế hoạch sử "
        "dụng đất cấp xã vào Nghị định số 102/2024/NĐ-CP quy định chi tiết."
    )
    assert (None, "AMENDS", "102/2024/NĐ-CP") in _read(report)
    # added into a list of the text's own, or by a rule: no act on the document named after
    for text in (
        "Ủy ban nhân dân tỉnh bổ sung vào danh mục dự án theo quy định tại Nghị định số "
        "102/2024/NĐ-CP.",
        "Bổ sung hồ sơ vào bộ phận một cửa theo Nghị định số 102/2024/NĐ-CP.",
    ):
        assert _all(text, "15/2025/QĐ-UBND") == {(None, "CITES", "102/2024/NĐ-CP")}, text


def test_a_time_clause_of_carrying_out_orders_nothing():
    # news-255: "khi thực hiện …" is when something is done; its sentence only cites
    when = (
        "Khi thực hiện cải cách tiền lương, bảng lương mới sẽ được thiết kế dựa trên việc xác "
        "định của 05 yếu tố theo Nghị quyết 27-NQ/TW năm 2018."
    )
    assert _all(when) == {(None, "CITES", "27-NQ/TW")}
    # the verb that opens the sentence still orders, whatever time clause follows it
    order = (
        "Thực hiện Nghị quyết số 27-NQ/TW, các sở, ngành rà soát khi thực hiện cải cách tiền lương."
    )
    assert _all(order, "15/KH-UBND") == {(None, "IMPLEMENTS", "27-NQ/TW")}


def test_a_comma_between_a_part_and_its_document_joins_no_list():
    # news-954: the report's document, then what it changes and where that stands, in a
    # bracket whose part and document a comma parts; and the heading that follows
    text = (
        "Theo đó, Thông tư số 73/2025/TT-BQP sửa đổi, bổ sung kiểu mẫu, màu sắc mũ kê pi của sĩ "
        "quan, quân nhân chuyên nghiệp; học viên đào tạo sĩ quan và hạ sĩ quan, nhân viên chuyên "
        "môn kỹ thuật; hạ sĩ quan và binh sĩ (Điều 12, Thông tư số 168/2020/TT-BQP).\n\n"
        "Sửa đổi, bổ sung Điều 22a, Thông tư số 168/2020/TT-BQP ảnh mẫu trang phục thường dùng."
    )
    refs = find_references(text)
    own = {
        (refs[st.object].start, st.relation)
        for st in relate(text, refs, "vi", "73/2025/TT-BQP", True)
        if st.subject is None and refs[st.object].canonical == "168/2020/TT-BQP"
    }
    assert own == {(r.start, "AMENDS") for r in refs if r.canonical == "168/2020/TT-BQP"}
    assert len(own) == 2
    # a joiner before the part still joins: the second document is an item of the list
    listed = "Bãi bỏ Điều 3 của Thông tư số 12/2020/TT-BQP; khoản 2, Thông tư số 15/2021/TT-BQP."
    assert _all(listed, "73/2025/TT-BQP") == {
        (None, "REPEALS", "12/2020/TT-BQP"),
        (None, "REPEALS", "15/2021/TT-BQP"),
    }


def test_words_in_a_procedures_name_act_on_nothing():
    text = (
        "1\n\n1.007473\n\nThủ tục Đăng ký sửa đổi chế độ Kế toán theo Thông tư số "
        "200/2014/TT-BTC hướng dẫn Chế độ kế toán doanh nghiệp\n\nSở Tài chính"
    )
    assert _all(text, "2541/QĐ-BTC") == {(None, "CITES", "200/2014/TT-BTC")}


def test_a_list_ends_at_a_cell_that_opens_a_new_heading():
    text = (
        "Yêu cầu, Điều kiện thực hiện thủ tục hành chính (nếu có):\n1. Thuốc có hạn dùng ngắn "
        "hơn quy định.\n2. Cơ sở đề nghị là cơ sở kinh doanh dược.\n\nCăn cứ pháp lý của thủ tục "
        "hành chính\n\n1. Nghị định số 163/2025/NĐ-CP ngày 29 tháng 6 năm 2025 của Chính phủ;\n"
    )
    assert _all(text, "5012/QĐ-UBND") == {(None, "CITES", "163/2025/NĐ-CP")}


def test_two_predicates_of_one_title_keep_the_law_nested():
    text = (
        "3. Nghị định số 163/2025/NĐ-CP ngày 29 tháng 6 năm 2025 của Chính phủ quy định chi tiết "
        "một số điều và biện pháp để tổ chức, hướng dẫn thi hành Luật số 44/2024/QH15.\n"
    )
    found = _all(text, "5012/QĐ-UBND")
    assert (None, "CITES", "44/2024/QH15") in found
    assert ("163/2025/NĐ-CP", "GUIDES", "44/2024/QH15") in found


def test_words_quoted_after_a_colon_are_another_texts():
    text = (
        "Ngày 10/10/2024, tại Công văn số 2294/CTVPH-HKDCN của Cục Thuế tỉnh Vĩnh Phúc trả lời "
        "vướng mắc của Công ty có nêu:\n“Cục Thuế tỉnh Vĩnh Phúc sẽ thực hiện Thông báo điều "
        "chỉnh đơn giá thuê đất cho Công ty theo Luật Đất đai số 31/2024/QH15.”"
    )
    assert (None, "CITES", "31/2024/QH15") in _all(text, "5608/CT-CS")


def test_carrying_out_that_goes_on_to_thì_states_a_consequence():
    text = (
        "Thực hiện Nghị quyết số 68-NQ/TW ngày 04/5/2025 của Bộ Chính trị về phát triển kinh tế "
        "tư nhân thì hộ kinh doanh không áp dụng phương pháp khoán thuế từ ngày 01/01/2026."
    )
    assert _all(text, "5664/CT-CS") == {(None, "CITES", "68-NQ/TW")}
    order = "Thực hiện Nghị quyết số 68-NQ/TW ngày 04/5/2025, UBND tỉnh ban hành Kế hoạch."
    assert _all(order, "12/KH-UBND") == {(None, "IMPLEMENTS", "68-NQ/TW")}


def test_not_following_a_direction_does_not_carry_it_out():
    text = (
        "Phương án Thuế tỉnh lựa chọn là chưa phù hợp với chỉ đạo của Tổng cục Thuế tại công "
        "văn số 5029/TCT-PC ngày 09/11/2023."
    )
    assert _all(text, "5485/CT-CS") == {(None, "CITES", "5029/TCT-PC")}


def test_a_provision_as_amended_by_another_text_is_not_that_texts_to_change():
    text = (
        "Điều 2. Sửa đổi, bổ sung một số khoản của Điều 33 được sửa đổi, bổ sung bởi khoản 2, "
        "khoản 3 Điều 2 Thông tư số 18/2025/TT-BTC\n"
    )
    assert (None, "CITES", "18/2025/TT-BTC") in _all(text, "99/2025/TT-BTC")


def test_a_list_of_parts_repealed_goes_on_past_a_law_named_in_a_title():
    text = (
        "2. Bãi bỏ khoản 1 Điều 3 Nghị quyết số 22/2024/NQ-HĐND ngày 04 tháng 10 năm 2024 quy "
        "định một số nội dung chi xây dựng văn bản triển khai thi hành Luật Thủ đô số "
        "39/2024/QH15; khoản 1 Mục I của Phụ lục ban hành kèm theo Nghị quyết số 33/2025/NQ-HĐND "
        "ngày 29 tháng 9 năm 2025."
    )
    found = _all(text, "50/2025/NQ-HĐND")
    assert (None, "REPEALS", "22/2024/NQ-HĐND") in found
    assert (None, "CITES", "39/2024/QH15") in found
    assert (None, "REPEALS", "33/2025/NQ-HĐND") in found


def test_a_mention_with_a_title_of_its_own_is_the_next_item_not_a_nested_one():
    text = (
        "QUYẾT ĐỊNH\nBÃI BỎ QUYẾT ĐỊNH SỐ 55/2014/QĐ-UBND NGÀY 31/12/2014 CỦA UBND THÀNH PHỐ, "
        "QUYẾT ĐỊNH SỐ 24/2019/QĐ-UBND NGÀY 02/5/2019 CỦA UBND THÀNH PHỐ SỬA ĐỔI, BỔ SUNG MỘT SỐ "
        "ĐIỀU CỦA QUY ĐỊNH BAN HÀNH KÈM THEO QUYẾT ĐỊNH SỐ 55/2014/QĐ-UBND NGÀY 31/12/2014 CỦA "
        "UBND THÀNH PHỐ VÀ QUYẾT ĐỊNH SỐ 08/2023/QĐ-UBND NGÀY 23/02/2023 CỦA UBND THÀNH PHỐ SỬA "
        "ĐỔI, BỔ SUNG MỘT SỐ ĐIỀU CỦA QUY ĐỊNH\n"
    )
    refs = find_references(text)
    own = [
        (refs[s.object].canonical, s.relation)
        for s in relate(text, refs, "vi", "81/2025/QĐ-UBND")
        if s.subject is None
    ]
    assert own == [
        ("55/2014/QĐ-UBND", "REPEALS"),
        ("24/2019/QĐ-UBND", "REPEALS"),
        ("55/2014/QĐ-UBND", "CITES"),  # named in 24/2019's title
        ("08/2023/QĐ-UBND", "REPEALS"),
    ]


def test_footnotes_reporting_annexes_and_past_work_order_nothing():
    plan = (
        "Thực hiện Chỉ thị số 33/CT-TTg ngày 26/11/2021, UBND tỉnh ban hành Kế hoạch như sau.\n"
        "1. Các sở đã hoàn thành nhiệm vụ được giao[2].\n"
    )
    note = "[2] Dự kiến tổ chức ngày 19/12/2025 theo chỉ đạo tại\nCông điện số 158/CĐ-TTg.\n"
    annex = (
        "\nPHỤ LỤC\nĐỀ XUẤT KIẾN NGHỊ CỦA CÁC ĐỊA PHƯƠNG\n\n1\n\nCao Bằng\n\n"
        "Bố trí kinh phí cho các địa phương thực hiện Nghị quyết số 197/2025/QH15.\n"
    )
    own = dict(_own(plan + note + annex))
    assert own == {
        "33/CT-TTg": "IMPLEMENTS",
        "158/CĐ-TTg": "CITES",
        "197/2025/QH15": "CITES",
    }
    # without the marker used in the text, "[2]" opens no footnote
    assert dict(_own(plan.replace("[2]", "") + note))["158/CĐ-TTg"] == "IMPLEMENTS"
    past = (
        "Thực hiện Nghị quyết số 66/NQ-CP ngày 26/3/2025 của Chính phủ, các bộ, ngành, địa "
        "phương đã tập trung triển khai các nhiệm vụ được giao."
    )
    assert _own(past) == [("66/NQ-CP", "CITES")]


def test_a_number_of_another_year_is_not_the_texts_own():
    text = (
        "QUYẾT ĐỊNH\n\nĐiều 3. Quyết định số 48/2020/QĐ-UBND ngày 30/7/2020 của Ủy ban nhân "
        "dân tỉnh hết hiệu lực kể từ ngày Quyết định này có hiệu lực thi hành."
    )
    refs = find_references(text)
    own = [
        (refs[s.object].canonical, s.relation) for s in relate(text, refs, "vi", "48/2025/QĐ-UBND")
    ]
    assert own == [("48/2020/QĐ-UBND", "REPEALS")]
    # written without its year, the text's own number is still its own
    refs = find_references("Quyết định số 48/QĐ-UBND có hiệu lực từ ngày ký.")
    assert (
        relate("Quyết định số 48/QĐ-UBND có hiệu lực từ ngày ký.", refs, "vi", "48/2025/QĐ-UBND")
        == []
    )


def test_a_letters_basis_is_its_first_run_and_not_the_reasoning_of_its_answer():
    letter = (
        "Số: 3799/CHQ-GSQL\nV/v khai bổ sung\n\nKính gửi: Tổng Công ty Phân bón.\n"
        "Trả lời công văn của Tổng Công ty, Cục Hải quan có ý kiến như sau:\n"
        "Căn cứ quy định tại khoản 4 Điều 29 Luật Hải quan thì:\n"
        "“Người khai hải quan được thực hiện khai bổ sung.”\n"
        "Căn cứ quy định tại điểm a khoản 1 Điều 20 Thông tư số 38/2015/TT-BTC ngày "
        "25/3/2015 thì: Trừ các chỉ tiêu thông tin trên tờ khai.\n"
    )
    assert dict(_own(letter))["38/2015/TT-BTC"] == "CITES"
    opening = (
        "Kính gửi: Cục Thuế tỉnh.\n\nCăn cứ Nghị định số 91/2022/NĐ-CP ngày 30/10/2022 của "
        "Chính phủ;\nBộ Tài chính hướng dẫn như sau:\n"
    )
    assert dict(_own(opening))["91/2022/NĐ-CP"] == "BASED_ON"


def test_a_scope_clause_guides_what_it_names_and_an_alias_takes_its_antecedents_relation():
    text = (
        "Điều 1. Phạm vi điều chỉnh\n1. Thông tư này hướng dẫn một số nội dung về công bố thông "
        "tin của công ty do Nhà nước làm chủ sở hữu theo quy định tại Quyết định số "
        "36/2014/QĐ-TTg ngày 18 tháng 6 năm 2014 của Thủ tướng Chính phủ ban hành Quy chế công "
        "bố thông tin (sau đây gọi là Quyết định số 36/2014/QĐ-TTg) và Nghị định số "
        "69/2014/NĐ-CP ngày 15 tháng 7 năm 2014 của Chính phủ."
    )
    assert _own(text) == [
        ("36/2014/QĐ-TTg", "GUIDES"),
        ("36/2014/QĐ-TTg", "GUIDES"),
        ("69/2014/NĐ-CP", "GUIDES"),
    ]
    # a fund set up under a decision is described, not guided
    founded = (
        "Thông tư này hướng dẫn cơ chế tài chính của Quỹ được thành lập theo Quyết định số "
        "601/QĐ-TTg ngày 17/4/2013 của Thủ tướng Chính phủ."
    )
    assert _own(founded) == [("601/QĐ-TTg", "CITES")]
    # the clause's list of matters may hold other cues before the provision it ends on
    long = (
        "Điều 1. Phạm vi\n\nThông tư này hướng dẫn trình tự, thủ tục bán cổ phần lần đầu của các "
        "đối tượng thực hiện cổ phần hoá theo quy định tại Điều 2 Nghị định số 59/2011/NĐ-CP."
    )
    assert _own(long) == [("59/2011/NĐ-CP", "GUIDES")]
    # entities set up under a document are whom the clause covers, not what it guides
    covered = (
        "Thông tư này hướng dẫn về việc trao đổi thông tin, báo cáo tài chính của doanh nghiệp "
        "thành lập và hoạt động theo quy định tại Luật số 68/2014/QH13."
    )
    assert _own(covered) == [("68/2014/QH13", "CITES")]
    # a clause that does not open with the text guiding is no scope clause
    duty = (
        "2. Bộ Tài chính hướng dẫn trình tự cổ phần hoá theo quy định tại Nghị định số "
        "59/2011/NĐ-CP."
    )
    assert _own(duty) == [("59/2011/NĐ-CP", "CITES")]


def test_an_item_under_a_repeal_may_name_the_part_of_a_document_first():
    text = (
        "Khi Thông tư này có hiệu lực thi hành thì các quy định sau đây hết hiệu lực:\n\n"
        "- Thông tư số 33/2015/TT-BYT ngày 27/10/2015 của Bộ Y tế;\n\n"
        "- Mục 1 phần 3 tại Thông tư số 05/2008/TT-BYT ngày 14/5/2008 của Bộ Y tế.\n"
    )
    assert _own(text) == [("33/2015/TT-BYT", "REPEALS"), ("05/2008/TT-BYT", "REPEALS")]
    # a part named by other words is not a part of the item's document
    other = text.replace("Mục 1 phần 3 tại", "Các nội dung về dân số liên quan tới")
    assert _own(other)[1] == ("05/2008/TT-BYT", "CITES")


def test_a_scope_clause_that_rules_guides_only_the_provision_it_ends_on_by_name():
    detail = (
        "Điều 1. Phạm vi điều chỉnh\nNghị định này quy định điều kiện tài sản bảo đảm của khoản "
        "nợ xấu được thu giữ theo điểm đ khoản 2 Điều 198a Luật Các tổ chức tín dụng số "
        "32/2024/QH15.\nĐiều 2. Đối tượng áp dụng"
    )
    assert _own(detail) == [("32/2024/QH15", "GUIDES")]
    # by what rule, not which provision: the clause covers, it does not detail
    by_rule = (
        "Điều 1. Phạm vi điều chỉnh\nNghị định này quy định chế độ tiền lương của người đại "
        "diện tại doanh nghiệp theo quy định của Luật số 68/2014/QH13."
    )
    assert _own(by_rule) == [("68/2014/QH13", "CITES")]
    # a provision named without "theo" says where the matters are set out
    where = (
        "1. Phạm vi điều chỉnh\nQuyết định này quy định việc phân cấp thực hiện nhiệm vụ tại "
        "khoản 4 Điều 28 Nghị định số 146/2025/NĐ-CP."
    )
    assert _own(where) == [("146/2025/NĐ-CP", "CITES")]
    # a clause under another heading line is not the text's scope clause
    other = (
        "Điều 5. Trách nhiệm\nNghị định này quy định điều kiện thu giữ theo điểm đ khoản 2 Điều "
        "198a Luật số 32/2024/QH15."
    )
    assert _own(other) == [("32/2024/QH15", "CITES")]


def test_a_basis_line_may_name_a_direction_and_the_documents_that_give_it():
    text = (
        "Kính gửi: Bộ trưởng các Bộ.\n\nCăn cứ chỉ đạo của Tổng\nBí thư, của Bộ Chính trị tại "
        "thông báo số 99-TB/TW ngày 21/11/2025, Nghị quyết 380/NQ-CP ngày 25/11/2025 của Chính "
        "phủ, Thủ tướng Chính phủ yêu cầu:\n1. Các Bộ khẩn trương khắc phục hậu quả.\n"
    )
    assert dict(_own(text)) == {"99-TB/TW": "BASED_ON", "380/NQ-CP": "BASED_ON"}
    recommended = (
        "NGHỊ QUYẾT\nCăn cứ Luật số 80/2015/QH13;\nCăn cứ kiến nghị của Ủy ban Pháp luật tại "
        "Báo cáo số 3618/BC-UBPL15 ngày 17 tháng 12 năm 2024;\nQUYẾT NGHỊ:\nĐiều 1. Ban hành."
    )
    assert dict(_own(recommended)) == {"80/2015/QH13": "BASED_ON", "3618/BC-UBPL15": "BASED_ON"}


def test_what_ceases_after_a_list_is_said_of_its_items_not_of_the_documents_in_their_titles():
    text = (
        "Điều 3. Quyết định số 48/2020/QĐ-UBND ngày 30/7/2020 của Ủy ban nhân dân tỉnh sửa "
        "đổi, bổ sung một số nội dung Quyết định số 78/2016/QĐ-UBND ngày 21/12/2016 hết hiệu "
        "lực kể từ ngày Quyết định này có hiệu lực thi hành."
    )
    assert _own(text) == [("48/2020/QĐ-UBND", "REPEALS"), ("78/2016/QĐ-UBND", "CITES")]


def test_a_list_head_reaches_items_set_apart_by_blank_lines():
    text = (
        "Điều 7. Quyết định này có hiệu lực thi hành kể từ ngày 15 tháng 01 năm 2011 và bãi bỏ "
        "các văn bản sau:\n\n- Quyết định số 62/2003/QĐ-BKH ngày 27 tháng 01 năm 2003;\n\n"
        "- Quyết định số 37/2005/QĐ-TCTK ngày 10 tháng 3 năm 2005.\n"
    )
    assert dict(_own(text)) == {"62/2003/QĐ-BKH": "REPEALS", "37/2005/QĐ-TCTK": "REPEALS"}


def test_a_list_opened_by_a_colon_goes_on_in_paragraphs_that_open_with_an_item():
    """Blind round CC: a report sets out the decrees a decree repeals a paragraph each, the
    first after the colon; each next paragraph that opens with a decree's number is an item.
    One that says something first, or a list that no colon opens, is not."""
    text = (
        "Chính phủ vừa ban hành Nghị định số 12/2025/NĐ-CP ngày 3/11/2025 bãi bỏ một số nghị "
        "định không còn được áp dụng.\n\n"
        "Cụ thể, Nghị định số 12/2025/NĐ-CP bãi bỏ toàn bộ 3 nghị định gồm: Nghị định số "
        "20/2006/NĐ-CP ngày 01/3/2006 của Chính phủ về quản lý cảng cá.\n\n"
        "Nghị định số 31/2009/NĐ-CP ngày 02/4/2009 của Chính phủ quy định chi tiết và hướng "
        "dẫn thi hành một số điều của Luật Thủy sản.\n\n"
        "Nghị định số 44/2011/NĐ-CP ngày 03/5/2011 của Chính phủ về kiểm ngư.\n"
    )
    own = dict(_own(text, identified=True))
    assert own["20/2006/NĐ-CP"] == own["31/2009/NĐ-CP"] == own["44/2011/NĐ-CP"] == "REPEALS"
    told = text.replace("\n\nNghị định số 44", "\n\nTheo Bộ Tư pháp, Nghị định số 44")
    assert dict(_own(told, identified=True))["44/2011/NĐ-CP"] != "REPEALS"
    no_colon = text.replace(" gồm:", "")
    assert dict(_own(no_colon, identified=True))["44/2011/NĐ-CP"] != "REPEALS"


def test_an_act_another_body_will_do_orders_nothing_in_this_text():
    text = (
        "Từ 01/01/2017, thực hiện Luật Ngân sách nhà nước số 83/2015/QH13, Bộ Tài chính sẽ có "
        "hướng dẫn về việc hạch toán."
    )
    assert _own(text) == [("83/2015/QH13", "CITES")]
    order = "Thực hiện Luật Ngân sách nhà nước số 83/2015/QH13, các sở chủ động bố trí dự toán."
    assert _own(order) == [("83/2015/QH13", "IMPLEMENTS")]


def test_an_act_goes_on_to_what_else_it_names_after_va():
    replaced = (
        "2. Nghị định này thay thế Nghị định số 52/2006/NĐ-CP ngày 19 tháng 5 năm 2006 của Chính "
        "phủ về phát hành trái phiếu doanh nghiệp và nội dung về phát hành trái phiếu ra thị "
        "trường vốn quốc tế quy định tại Nghị định số 53/2009/NĐ-CP ngày 04 tháng 6 năm 2009."
    )
    assert _own(replaced) == [("52/2006/NĐ-CP", "REPLACES"), ("53/2009/NĐ-CP", "REPLACES")]
    repealed = (
        "Điều 3. Quyết định này có hiệu lực kể từ ngày ban hành và bãi bỏ Danh mục TTHC có số "
        "thứ tự 2,3,4 Phần I ban hành kèm theo Quyết định 1037/QĐ-UBND ngày 14/5/2025 và Quy "
        "trình nội bộ\nTTHC tại số thứ tự 2, 3, 4 Mục A, Phần II ban hành kèm theo Quyết định "
        "số 1416/QĐ-UBND ngày 20/6/2025 của Chủ tịch UBND tỉnh."
    )
    assert _own(repealed) == [("1037/QĐ-UBND", "REPEALS"), ("1416/QĐ-UBND", "REPEALS")]
    # another act between them is the second document's own
    done = (
        "Bãi bỏ Quyết định số 12/2020/QĐ-UBND ngày 02/3/2020 và tổ chức thực hiện theo quy định "
        "tại Nghị định số 45/2025/NĐ-CP."
    )
    assert dict(_own(done))["45/2025/NĐ-CP"] != "REPEALS"


def test_a_heading_naming_the_documents_it_lists_heads_the_list_without_a_colon():
    text = (
        "Điều 1. Bãi bỏ toàn bộ các\nquyết định\n1. Quyết định số\n43/2017/QĐ-UBND ngày "
        "29/9/2017 của UBND tỉnh quy định một số nội dung.\n2. Quyết định số\n40/2013/QĐ-UBND "
        "ngày 13/9/2013 của UBND tỉnh ban hành Quy định.\nĐiều 2. Quyết định này có hiệu lực."
    )
    assert _own(text) == [("43/2017/QĐ-UBND", "REPEALS"), ("40/2013/QĐ-UBND", "REPEALS")]
    # a heading with no act on what it lists heads nothing
    listed = (
        "II. Danh mục các văn bản\n1. Quyết định số 43/2017/QĐ-UBND ngày 29/9/2017.\n"
        "2. Quyết định số 40/2013/QĐ-UBND ngày 13/9/2013."
    )
    assert {r for _, r in _own(listed)} == {"CITES"}


def test_a_letters_basis_lines_come_before_its_answer_opens():
    letter = (
        "Kính gửi: Công ty Cổ phần A.\n\nCục Thuế nhận được công văn số 9172/HAN-KTr5 ngày "
        "06/8/2025. Về vấn đề này, Cục Thuế có ý kiến như sau:\n1. Về chính sách thuế\n"
        "Căn cứ Nghị định số 52/2024/NĐ-CP ngày 15/5/2024 của Chính phủ;\n"
        "Căn cứ Nghị định số 101/2012/NĐ-CP ngày 22/11/2012 của Chính phủ.\n"
    )
    assert dict(_own(letter))["52/2024/NĐ-CP"] == "CITES"
    assert dict(_own(letter))["101/2012/NĐ-CP"] == "CITES"


def test_a_scope_clause_guides_the_documents_listed_under_it_and_their_bare_aliases():
    text = (
        "Điều 1. Phạm vi điều chỉnh\n1. Thông tư này hướng dẫn chi tiết một số nội dung về hồ "
        "sơ, trình tự đăng ký doanh nghiệp theo quy định tại:\n\na) Nghị định số 43/2010/NĐ-CP "
        "ngày 15 tháng 4 năm 2010 của Chính phủ về đăng ký doanh nghiệp (Nghị định số "
        "43/2010/NĐ-CP);\n\nb) Nghị định số 05/2013/NĐ-CP ngày 09 tháng 01 năm 2013 của Chính phủ "
        "sửa đổi một số điều của Nghị định số 43/2010/NĐ-CP (Nghị định số 05/2013/NĐ-CP).\n"
    )
    assert _own(text) == [
        ("43/2010/NĐ-CP", "GUIDES"),
        ("43/2010/NĐ-CP", "GUIDES"),
        ("05/2013/NĐ-CP", "GUIDES"),
        ("43/2010/NĐ-CP", "CITES"),  # nested in 05/2013's title
        ("05/2013/NĐ-CP", "GUIDES"),
    ]


def test_the_constitution_with_the_laws_in_general_is_the_legal_order_not_a_plan():
    from vanban.extract.pipeline import extract_text

    text = (
        "Đại biểu Quốc hội vận động Nhân dân thực hiện Hiến pháp và pháp luật.\n"
        "Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;"
    )
    document, refs = extract_text(text)
    read = [(refs[s.object].surface, s.relation) for s in relate(text, refs, "vi")]
    assert read == [
        ("Hiến pháp", "CITES"),
        ("Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam", "BASED_ON"),
    ]


def test_the_constitution_with_its_year_among_the_laws_is_the_legal_order_too():
    """news-268: a chairman's duties "thi hành Hiến pháp 2013, pháp luật, các văn bản của cơ
    quan nhà nước cấp trên" name the legal order, the constitution's year written; a provision
    of the constitution made concrete is still carried out."""
    from vanban.extract.pipeline import extract_text

    text = (
        "(2) Lãnh đạo, chỉ đạo việc thực hiện các nhiệm vụ thi hành Hiến pháp 2013, pháp luật, "
        "các văn bản của cơ quan nhà nước cấp trên.\n"
        "Luật này cụ thể hóa quy định tại khoản 1 Điều 102 của Hiến pháp năm 2013."
    )
    document, refs = extract_text(text)
    read = [(refs[s.object].surface, s.relation) for s in relate(text, refs, "vi")]
    assert read == [("Hiến pháp", "CITES"), ("Hiến pháp", "IMPLEMENTS")]


def test_procedures_named_by_what_is_done_to_them_cite_the_catalogue_that_lists_them():
    """news-188: "Thủ tục hành chính thay thế, bãi bỏ lĩnh vực Trồng trọt … ban hành kèm theo
    Quyết định 3121/QĐ-BNN-VP năm 2021" names a category of procedures; the verb before the
    procedures is the text's own act on the decision that lists them."""
    heading = (
        "Thủ tục hành chính thay thế, bãi bỏ lĩnh vực Trồng trọt thuộc phạm vi chức năng quản lý "
        "của Bộ Nông nghiệp và Phát triển nông thôn ban hành kèm theo Quyết định 3121/QĐ-BNN-VP "
        "năm 2021 như sau:\n\nTên thủ tục hành chính: Cấp bằng bảo hộ giống cây trồng."
    )
    assert _own(heading) == [("3121/QĐ-BNN-VP", "CITES")]
    act = "Điều 2. Bãi bỏ 03 thủ tục hành chính tại Quyết định số 1234/QĐ-UBND ngày 1/2/2024."
    assert _own(act) == [("1234/QĐ-UBND", "REPEALS")]


def test_what_is_inserted_into_a_list_a_provision_holds_amends_its_document():
    """tvpl-010: "Bổ sung các cửa khẩu sau vào danh sách các cửa khẩu quốc tế … được nêu tại
    Điều 2 Nghị quyết số 127/NQ-CP": the list is the resolution's text. Being added to a list
    ("được bổ sung vào danh sách …") or asked to be is no act on the document."""
    act = (
        "Điều 1. Bổ sung các cửa khẩu sau vào danh sách các cửa khẩu quốc tế cho phép người "
        "nước ngoài nhập cảnh, xuất cảnh bằng thị thực điện tử được nêu tại Điều 2 Nghị quyết "
        "số 127/NQ-CP ngày 14 tháng 8 năm 2023 của Chính phủ."
    )
    assert _own(act) == [("127/NQ-CP", "AMENDS")]
    told = (
        "Người lao động được bổ sung vào danh sách đối tượng quy định tại Điều 5 Nghị định số "
        "178/2024/NĐ-CP.\nThực hiện các nhiệm vụ được quy định tại Điều 5 Nghị định số "
        "179/2024/NĐ-CP."
    )
    assert _own(told) == [("178/2024/NĐ-CP", "CITES"), ("179/2024/NĐ-CP", "CITES")]


def test_detailing_a_documents_provisions_guides_it():
    text = (
        "Điều 1. Phạm vi điều chỉnh\n1. Nghị định này quy định chi tiết Điều 10, Điều 44, Điều "
        "189 và Điều 208 của Luật số 68/2014/QH13.\n2. Sở Tài chính hướng dẫn thực hiện theo "
        "quy định tại Điều 5 Nghị định số 15/2020/NĐ-CP."
    )
    assert _own(text) == [("68/2014/QH13", "GUIDES"), ("15/2020/NĐ-CP", "CITES")]


def test_parts_named_after_a_semicolon_stay_the_object_of_the_act():
    text = (
        "Điều 3. Quyết định này có hiệu lực kể từ ngày ban hành; thay thế Danh mục TTHC có số "
        "thứ tự 03, mục A; số thứ tự 01, 02, 03 mục B tại Quyết định số 1620/QĐ-UBND ngày "
        "27/6/2025 và Quy trình nội bộ TTHC có số thứ tự 03 phần I; số thứ tự 01, 02, 03 phần II "
        "tại Quyết định số 1794/QĐ-UBND ngày 09/7/2025 của Chủ tịch UBND tỉnh."
    )
    assert _own(text) == [("1620/QĐ-UBND", "REPLACES"), ("1794/QĐ-UBND", "REPLACES")]
    # a new clause after ';' is not the act's object
    other = "Bãi bỏ Quyết định số 12/2020/QĐ-UBND; các Sở căn cứ Nghị định số 45/2025/NĐ-CP."
    assert dict(_own(other))["45/2025/NĐ-CP"] == "CITES"


def test_a_law_named_as_the_rule_in_english_is_cited():
    from vanban.extract.pipeline import extract_text

    text = (
        "Article 5. Collection\nCharge collectors shall implement the collection, declare and "
        "transfer charges in accordance with the Law on Tax Administration."
    )
    _, refs = extract_text(text)
    named = [i for i, r in enumerate(refs) if r.kind == "named"]
    assert named, "the Law on Tax Administration is found by name"
    read = {s.object: s.relation for s in relate(text, refs, "en") if s.subject is None}
    assert [read[i] for i in named] == ["CITES"]


def _read(
    text: str, own_number: str | None = None, language: str = "vi"
) -> set[tuple[str | None, str, str | None]]:
    """(subject, relation, object) of every statement, named references included; the text's
    own number is the one it gives (a report's, read as a report) unless `own_number` says
    it."""
    from vanban.extract.pipeline import extract_text

    document, refs = extract_text(text, {})
    reported = own_number is None and document.reported
    return {
        (
            refs[s.subject].canonical if s.subject is not None else None,
            s.relation,
            refs[s.object].canonical or refs[s.object].name,
        )
        for s in relate(text, refs, language, own_number or document.number, reported)
    }


def test_a_law_whose_own_name_holds_the_cue_amends_the_law_it_names():
    """news-989 (blind round): "Quốc hội ban hành Luật sửa đổi, bổ sung một số điều của Luật
    Bảo hiểm y tế số 25/2008/QH12": the law's own name is no other document's title."""
    text = (
        "QUỐC HỘI\n\nLuật số: 51/2024/QH15\n\nLUẬT\nSỬA ĐỔI, BỔ SUNG MỘT SỐ ĐIỀU CỦA LUẬT BẢO "
        "HIỂM Y TẾ\n\nCăn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;\n\nQuốc hội ban "
        "hành Luật sửa đổi, bổ sung một số điều của Luật Bảo hiểm y tế số 25/2008/QH12.\n"
    )
    found = _read(text)
    assert (None, "AMENDS", "25/2008/QH12") in found
    assert (None, "CITES", "25/2008/QH12") not in found


def test_a_decree_amending_a_decree_named_with_the_law_it_details_amends_the_decree():
    """news-526 (ninth round): the decree that "quy định chi tiết … Luật Quản lý, sử dụng tài
    sản công, được sửa đổi, bổ sung tại Nghị định 114/2024/NĐ-CP" is what 114/2024 amends."""
    text = (
        "Chủ tịch UBND cấp tỉnh quyết định theo điểm a khoản 1 Điều 20 Nghị định số "
        "151/2017/NĐ-CP ngày 26 tháng 12 năm 2017 của Chính phủ quy định chi tiết một số điều "
        "của Luật Quản lý, sử dụng tài sản công, được sửa đổi, bổ sung tại Nghị định "
        "114/2024/NĐ-CP.\n"
    )
    found = _read(text)
    assert ("114/2024/NĐ-CP", "AMENDS", "151/2017/NĐ-CP") in found
    assert not {f for f in found if f[0] == "114/2024/NĐ-CP" and f[2] == "15/2017/QH14"}


def test_a_passive_after_a_list_in_a_title_climbs_to_the_title_from_its_last_item():
    """A circular changes no decree: named last of two documents a circular details, the
    decree passes the amendment on to the circular whose title names them both. Opening a
    page's lead, the sentence makes the page a report on the circular, whose acts the page
    states as its own: the amendment still climbs to the circular."""
    sentence = (
        "Thông tư số 20/2017/TT-BYT ngày 10/5/2017 của Bộ trưởng Bộ Y tế quy định chi tiết một "
        "số điều của Luật Dược và Nghị định số 54/2017/NĐ-CP ngày 08 tháng 5 năm 2017 của Chính "
        "phủ về thuốc phải kiểm soát đặc biệt, được sửa đổi, bổ sung bởi Thông tư số 27/TT-BYT "
        "ngày 01 tháng 11 năm 2024 của Bộ trưởng Bộ Y tế.\n"
    )
    lead = "Bộ Y tế trả lời kiến nghị của cử tri về quản lý thuốc phải kiểm soát đặc biệt.\n\n"
    found = _read(lead + sentence)
    assert ("27/TT-BYT", "AMENDS", "20/2017/TT-BYT") in found
    assert ("27/TT-BYT", "AMENDS", "54/2017/NĐ-CP") not in found
    assert ("20/2017/TT-BYT", "GUIDES", "54/2017/NĐ-CP") in found
    reported = _read(sentence)  # the report's own act is the circular's
    assert ("27/TT-BYT", "AMENDS", "20/2017/TT-BYT") in reported
    assert ("27/TT-BYT", "AMENDS", "54/2017/NĐ-CP") not in reported
    assert (None, "GUIDES", "54/2017/NĐ-CP") in reported


def test_a_passive_in_a_basis_line_climbs_from_the_law_to_the_title_that_names_it():
    """Blind round O (a provincial decision's preamble): in a basis line, the law a decree or
    circular details is named in that document's title, and the passive after the law speaks
    of the title's document, since a decree changes no law. Over the real corpus the same
    reading moved about twenty amendments from laws to the decrees that detail them."""
    text = (
        "QUYẾT ĐỊNH\n"
        "Căn cứ Thông tư số 06/2017/TT-BVHTTDL quy định chi tiết một số điều của Luật Du lịch "
        "được sửa đổi, bổ sung bởi Thông tư số 13/2019/TT-BVHTTDL, Thông tư số "
        "04/2024/TT-BVHTTDL;\n"
        "Căn cứ Nghị định số 78/2025/NĐ-CP quy định chi tiết một số điều và biện pháp để tổ "
        "chức, hướng dẫn thi hành Luật Ban hành văn bản quy phạm pháp luật được sửa đổi, bổ "
        "sung bởi Nghị định số 187/2025/NĐ-CP;\n"
        "QUYẾT ĐỊNH:\n"
    )
    found = _read(text)
    for agent in ("13/2019/TT-BVHTTDL", "04/2024/TT-BVHTTDL"):
        assert (agent, "AMENDS", "06/2017/TT-BVHTTDL") in found
    assert ("187/2025/NĐ-CP", "AMENDS", "78/2025/NĐ-CP") in found
    amended = {o for s, r, o in found if r == "AMENDS"}
    assert amended == {"06/2017/TT-BVHTTDL", "78/2025/NĐ-CP"}  # no law


def test_a_repeal_list_headed_inline_goes_on_into_the_sentence_that_says_it_goes_on():
    """Blind round O (a report on a circular that repeals twelve documents): "Các văn bản bị
    bãi bỏ gồm" heads the list it names (the type noun before it is what is repealed, no other
    actor), and "Cùng với đó là …" opens a sentence that goes on with the same list, after a
    paragraph break too. A sentence with no such opener is no item of it."""
    text = (
        "Bộ Nội vụ vừa ban hành Thông tư số 02/2026/TT-BNV về việc bãi bỏ một số văn bản quy "
        "phạm pháp luật do Bộ trưởng Bộ Nội vụ ban hành.\n\n"
        "Các văn bản bị bãi bỏ gồm Quyết định số 202/TCCP-VC ngày 8.6.1994 về ban hành tiêu "
        "chuẩn nghiệp vụ các ngạch công chức; Thông tư số 09/2007/TT-BNV ngày 26.11.2007 hướng "
        "dẫn về kho lưu trữ chuyên dụng.\n\n"
        "Cùng với đó là Thông tư số 09/2012/TT-BNV ngày 10.12.2012 quy định quy trình thanh tra; "
        "Thông tư số 17/2014/TT-BNV ngày 20.11.2014 hướng dẫn xác định nguồn nộp lưu tài liệu."
        "\n\nThông tư số 05/2015/TT-BNV vẫn được áp dụng cho đến khi có văn bản mới.\n"
    )
    found = _read(text)
    for repealed in ("202/TCCP-VC", "09/2007/TT-BNV", "09/2012/TT-BNV", "17/2014/TT-BNV"):
        assert (None, "REPEALS", repealed) in found
    assert (None, "REPEALS", "05/2015/TT-BNV") not in found


@pytest.mark.parametrize(
    "item",
    [
        "Nghị định số 07/2026/NĐ-CP ngày 25/1/2026 của Chính phủ quy định về văn phòng đại diện "
        "có hiệu lực từ ngày 10/3/2026. Nghị định mới thay thế Nghị định số 72/2006/NĐ-CP về văn "
        "phòng đại diện.",
        "Decree No. 07/2026/ND-CP dated 25 January 2026 of the Government on representative "
        "offices comes into effect as from 10 March 2026. The new Decree replaces Decree "
        "No.72/2006/ND-CP on representative offices.",
        # (a connective before "the Decree", blind round DG)
        "Decree No. 07/2026/ND-CP dated 25 January 2026 of the Government on representative "
        "offices comes into effect as from 10 March 2026. Accordingly, the Decree fully "
        "replaces Decree No.72/2006/ND-CP on representative offices.",
    ],
)
def test_a_roundups_new_document_acts_as_the_one_its_item_names(item):
    """Blind round P (a ministry's page of new rules in force, each item on a decree): a
    page that speaks for none of them says what "the new Decree" does, and the decree its
    item named last does it, in a translation too."""
    text = (
        "Chính sách mới có hiệu lực từ tháng 3/2026\n\n"
        "1. Nghị định số 05/2026/NĐ-CP ngày 11/1/2026 của Chính phủ quy định chế độ đối với "
        "thân nhân hạ sĩ quan có hiệu lực từ ngày 1/3/2026.\n\n2. " + item + "\n"
    )
    found = _read(text)
    replaced = {(s, o) for s, r, o in found if r == "REPLACES" and s is not None}
    assert replaced == {("07/2026/NĐ-CP", "72/2006/NĐ-CP")}  # (None: the page, which is none)


def test_what_a_purpose_clause_names_is_carried_out_by_the_document_issued_after_it():
    """Blind rounds M, P and S (a report on a ministry's later letter): "thực hiện X và Y, …,
    Bộ Nội vụ đã có Công văn số Z" says Z was issued to carry X and Y out. A report keeps
    the act on the mention, as the body that acts (RELATIONS.md; every blind label of such a
    mention says so); a text speaking for a document of its own, another than Z, only
    cites them. When Z is the page's own document the act is its own."""
    purpose = (
        "Văn bản nêu rõ, thực hiện Kết luận số 183-KL/TW ngày 1/8/2025 của Bộ Chính trị và Công "
        "văn số 322-CV/ĐU ngày 3/8/2025 của Đảng ủy Chính phủ, sau khi trao đổi ý kiến với Ban "
        "Tổ chức Trung ương, Bộ Nội vụ đã có Công văn số 6383/BNV-TCBC ngày 13/8/2025 gửi các "
        "bộ, ngành.\n"
    )
    lead = (
        "Bộ Nội vụ đề nghị báo cáo kết quả\n\nNgày 4/9, Bộ Nội vụ có công văn số "
        "7461/BNV-TCBC về việc báo cáo kết quả.\n\n"
    )
    found = _read(lead + purpose)
    for carried in ("183-KL/TW", "322-CV/ĐU"):
        assert ("6383/BNV-TCBC", "IMPLEMENTS", carried) in found
        assert (None, "IMPLEMENTS", carried) in found
    another = _read(purpose, own_number="7461/BNV-TCBC")  # a letter of its own, no report
    assert ("6383/BNV-TCBC", "IMPLEMENTS", "183-KL/TW") in another
    assert (None, "CITES", "183-KL/TW") in another
    assert (None, "IMPLEMENTS", "183-KL/TW") not in another
    own = _read(purpose, own_number="6383/BNV-TCBC")
    assert (None, "IMPLEMENTS", "183-KL/TW") in own
    # (blind round T: a semicolon for the comma)
    semicolon = (
        "Thực hiện Quyết định 923/QĐ-TTg ngày 02/8/2022 của Thủ tướng Chính phủ; UBND tỉnh đã "
        "ban hành Kế hoạch số 242/KH-UBND ngày 31/12/2022.\n"
    )
    assert ("242/KH-UBND", "IMPLEMENTS", "923/QĐ-TTg") in _read(lead + semicolon)
    # (blind rounds AO and AP: a stray full stop after a clause that opens its sentence, and
    # a translation's "… issued Plan No.")
    stop = (
        "Thực hiện Kế hoạch số 78-KH/HU, ngày 24/11/2022 của Ban Thường vụ Huyện ủy. Đảng ủy xã "
        "xây dựng Kế hoạch số 44-KH/ĐU ngày 19/12/2022 về tổ chức học tập Nghị quyết.\n"
    )
    assert ("44-KH/ĐU", "IMPLEMENTS", "78-KH/HU") in _read(lead + stop)
    english = (
        "Implementing Resolution No. 18-NQ/TU dated December 30, 2022 of the Hanoi Party "
        "Committee on digital transformation, Tay Ho District Party Committee issued Plan No. "
        "142-KH/QU dated April 3, 2023 to implement digital transformation.\n"
    )
    assert ("142-KH/QU", "IMPLEMENTS", "18-NQ/TU") in _read(lead + english, language="en")
    # (blind rounds AI and AP: a basis named in a report, then the document issued on it;
    # the basis line runs on to it)
    basis = (
        "Căn cứ Kế hoạch số 01/KH-BTCKN ngày 05/7/2021 của Ban Tổ chức kỷ niệm; Kế hoạch số "
        "24/KH-BTGTU ngày 13/8/2021 của Ban Tuyên giáo Tỉnh ủy. Ngày 02/11/2021, Sở Văn hóa, "
        "Thể thao và Du lịch đã ban hành Kế hoạch số 67/KH-SVHTTDL tổ chức Hội thi.\n"
    )
    found = _read(lead + basis)
    for based in ("01/KH-BTCKN", "24-KH/BTGTU"):  # (a Party code, spelled the Party way)
        assert ("67/KH-SVHTTDL", "BASED_ON", based) in found
        assert (None, "BASED_ON", based) not in found
    # ... and so are the basis lines above the last one, line after line
    lines = basis.replace("Tổ chức kỷ niệm; Kế hoạch", "Tổ chức kỷ niệm;\nCăn cứ Kế hoạch")
    found = _read(lead + lines)
    for based in ("01/KH-BTCKN", "24-KH/BTGTU"):
        assert ("67/KH-SVHTTDL", "BASED_ON", based) in found
    line = (
        "Căn cứ Điều lệ Đảng; Quy định số 294-QĐ/TW, ngày 26/5/2025 của Ban Chấp hành Trung "
        "ương về thi hành Điều lệ Đảng. Ban Thường vụ Tỉnh ủy ban hành Quy định số 19-QĐ/TU, "
        "ngày 25/12/2025 về khen thưởng.\n"
    )
    found = _read(lead + line)
    assert ("19-QĐ/TU", "BASED_ON", "294-QĐ/TW") in found
    assert (None, "BASED_ON", "19-QĐ/TU") not in found
    # a full stop after a cue inside a sentence ends what it carries out
    inside = "Xã đã thực hiện Kế hoạch số 78-KH/HU. Đảng ủy xã xây dựng Kế hoạch số 44-KH/ĐU.\n"
    assert ("44-KH/ĐU", "IMPLEMENTS", "78-KH/HU") not in _read(lead + inside)


def test_a_topic_listed_after_a_looking_back_is_looked_back_at_too():
    """Blind round O (a working session on results): "báo cáo kết quả tình hình thực hiện
    Nghị quyết …; việc quán triệt, triển khai thực hiện Chỉ thị số 35-CT/TW" reports on the
    directive as well. A plan's own task after a semicolon is still an order."""
    report = (
        "Phó Bí thư Thường trực Thành ủy báo cáo kết quả tình hình thực hiện Nghị quyết số "
        "18-NQ/TW; việc quán triệt, triển khai thực hiện Chỉ thị số 35-CT/TW ngày 14/6/2024 "
        "của Bộ Chính trị về đại hội đảng bộ các cấp.\n"
    )
    assert (None, "CITES", "35-CT/TW") in _read(report, own_number="1/KH-X")
    assert (None, "IMPLEMENTS", "35-CT/TW") not in _read(report, own_number="1/KH-X")
    plan = (
        "KẾ HOẠCH\nYêu cầu các cấp ủy tập trung lãnh đạo công tác bầu cử; việc triển khai thực "
        "hiện Chỉ thị số 35-CT/TW phải bảo đảm đúng tiến độ.\n"
    )
    assert (None, "IMPLEMENTS", "35-CT/TW") in _read(plan, own_number="1/KH-X")


def test_a_clause_looking_back_under_a_heading_line_is_looked_back_at():
    """Blind round Q: under a heading line the segment holds ("Lãnh đạo, chỉ đạo công tác
    chuẩn bị đại hội"), "Thực hiện Chỉ thị số 35-CT/TW …, cấp ủy các cấp trong tỉnh đã kịp
    thời quán triệt và tổ chức thực hiện …" tells what was done, as it does without the
    heading. A plan's own opening under a heading still carries the directive out."""
    clause = (
        "Thực hiện Chỉ thị số 35-CT/TW ngày 30-5-2019 của Bộ Chính trị về đại hội đảng bộ các "
        "cấp, cấp ủy các cấp trong tỉnh đã kịp thời quán triệt và tổ chức thực hiện nghiêm túc.\n"
    )
    heading = "Lãnh đạo, chỉ đạo công tác chuẩn bị đại hội\n"
    for text in (clause, heading + clause):
        assert (None, "CITES", "35-CT/TW") in _read(text, own_number="1/BC-X")
    plan = (
        heading
        + "Thực hiện Chỉ thị số 35-CT/TW ngày 30-5-2019 của Bộ Chính trị, Ban Thường vụ ban "
        "hành Kế hoạch như sau.\n"
    )
    assert (None, "IMPLEMENTS", "35-CT/TW") in _read(plan, own_number="1/KH-X")


def test_a_heading_closed_by_a_misprinted_opening_quote_leaves_no_quotation_open():
    """Blind round R (a law firm's update): a heading quoted as "“… from 01/01/2019“" closes
    with an opening quote; what the next line says of its decree is no quoted name's. Quoted
    new wording over several lines still quotes."""
    update = (
        "2. DECREE 157/2018/ND-CP\n“Increasing the regional minimum wage from 01/01/2019“\n"
        "Decree No. 157/2018/NĐ-CP (“Decree 157”) dated 16/11/2018 of the Government goes into "
        "effect from 01/01/2019, replacing Decree No. 141/2017/NĐ-CP (“Decree 141”).\n"
    )
    assert ("157/2018/NĐ-CP", "REPLACES", "141/2017/NĐ-CP") in _read(update)
    quoted = (
        "Điều 1. Sửa đổi khoản 2 Điều 5 như sau:\n“2. Hồ sơ gồm:\na) Đơn đề nghị;\n"
        "b) Bản sao giấy tờ thay thế Quyết định số 12/2015/QĐ-UBND.”\n"
    )
    assert (None, "REPLACES", "12/2015/QĐ-UBND") not in _read(quoted, own_number="1/2025/QĐ-UBND")


def test_a_bare_guiding_before_a_law_or_decree_guides_it_unless_a_type_noun_holds_it():
    """Blind round R: "Thông tư 80/2021/TT-BTC hướng dẫn Luật Quản lý thuế và Nghị định
    126/2020/NĐ-CP" guides both; "hướng dẫn" alone is no cue before anything else, nor after
    "theo" (guidance followed) or a type noun ("sửa đổi các Nghị định hướng dẫn Luật Nhà ở":
    those decrees guide, not the one that amends them)."""
    text = (
        "Thông tư 80/2021/TT-BTC hướng dẫn Luật Quản lý thuế số 38/2019/QH14 và Nghị định "
        "126/2020/NĐ-CP.\n"
    )
    found = _read(text, own_number="80/2021/TT-BTC")
    assert {(None, "GUIDES", "38/2019/QH14"), (None, "GUIDES", "126/2020/NĐ-CP")} <= found
    for other in (
        "Nghị định 261/2025/NĐ-CP sửa đổi các Nghị định hướng dẫn Luật Nhà ở số 27/2023/QH15.\n",
        "Thực hiện theo hướng dẫn Nghị định số 126/2020/NĐ-CP của Chính phủ.\n",
        # (relations-013: other documents, named by what they concern, guide the decree)
        "Công ty thực hiện theo Thông tư này và các văn bản có liên quan hướng dẫn Nghị định "
        "số 59/2011/NĐ-CP.\n",
    ):
        assert not any(r == "GUIDES" for _, r, _ in _read(other, own_number="1/KH-X")), other


@pytest.mark.parametrize(
    "sentence",
    [
        "On December 23, 2024, the Ministry of Finance issued Circular No. 86/2024/TT-BTC on tax "
        "registration, replacing Circular No. 105/2020/TT-BTC dated December 3, 2020.",
        "Ngày 23/12/2024, Bộ Tài chính ban hành Thông tư số 86/2024/TT-BTC về đăng ký thuế, thay "
        "thế Thông tư số 105/2020/TT-BTC.",
    ],
)
def test_a_document_reported_issued_on_a_topic_does_what_follows_the_comma(sentence):
    """Blind round R (a tax office's letter introducing a circular): the circular reported
    issued, its topic named before the comma, replaces what follows; the letter does not."""
    found = _read(sentence + "\n", own_number="339/TCT-KK")
    assert ("86/2024/TT-BTC", "REPLACES", "105/2020/TT-BTC") in found
    assert (None, "REPLACES", "105/2020/TT-BTC") not in found


def test_a_regulations_name_with_a_semicolon_does_not_end_the_clause_of_its_amendment():
    """Blind round S: "sửa đổi, bổ sung một số điều của Quy chế tuyển sinh trình độ đại học;
    tuyển sinh trình độ cao đẳng … ban hành kèm Thông tư số 09/2020/TT-BGDĐT": the ";" is in
    the regulation's name, and the amendment reaches the circular it was issued with. A ";"
    before another clause still ends it."""
    text = (
        "Thông tư này sửa đổi, bổ sung một số điều của Quy chế tuyển sinh trình độ đại học; "
        "tuyển sinh trình độ cao đẳng ngành Giáo dục Mầm non ban hành kèm Thông tư số "
        "09/2020/TT-BGDĐT ngày 7 tháng 5 năm 2020.\n"
    )
    assert (None, "AMENDS", "09/2020/TT-BGDĐT") in _read(text, own_number="16/2021/TT-BGDĐT")
    other = (
        "Thông tư này sửa đổi, bổ sung một số điều của Quy chế tuyển sinh; các trường thực "
        "hiện theo Thông tư số 09/2020/TT-BGDĐT.\n"
    )
    assert (None, "AMENDS", "09/2020/TT-BGDĐT") not in _read(other, own_number="16/2021/TT-BGDĐT")


def test_a_translated_list_item_after_a_title_goes_on_with_the_list_not_the_title():
    """Blind round T: after "- Circular No. 53/2016/TT-BTC …, amending … Circular No.
    200/2014/TT-BTC; and", the item "- Circular No. 195/2012/TT-BTC …, providing accounting
    guidance …" has a title of its own: the circular replaces it; 53/2016 does not amend it."""
    text = (
        "The Circular replaces the following regulations:\n"
        "- Circular No. 200/2014/TT-BTC dated December 22, 2014, of the Ministry of Finance "
        "guiding the corporate accounting regime;\n"
        "- Circular No. 53/2016/TT-BTC dated March 21, 2016, amending and supplementing certain "
        "articles of Circular No. 200/2014/TT-BTC; and\n"
        "- Circular No. 195/2012/TT-BTC dated November 15, 2012, providing accounting guidance "
        "for investment project owners.\n"
    )
    found = _read(text, own_number="99/2025/TT-BTC")
    assert (None, "REPLACES", "195/2012/TT-BTC") in found
    assert ("53/2016/TT-BTC", "AMENDS", "195/2012/TT-BTC") not in found


def test_a_decree_reported_enacted_and_in_effect_does_what_follows_and():
    """Blind round V: "the Government recently enacted Decree No. 147/2024/ND-CP, effective
    from December 25, 2024, and replacing Decrees No. 72/2013/ND-CP and 27/2018/ND-CP": the
    decree replaces both; the page, about none of them, does not."""
    text = (
        "To address such issues, the Vietnamese Government recently enacted Decree No. "
        "147/2024/ND-CP, effective from December 25, 2024, and replacing Decrees No. "
        "72/2013/ND-CP and 27/2018/ND-CP, to strengthen the management of internet services.\n"
    )
    found = _read(text, own_number="1/BC-X")
    for old in ("72/2013/NĐ-CP", "27/2018/NĐ-CP"):
        assert ("147/2024/NĐ-CP", "REPLACES", old) in found
        assert (None, "REPLACES", old) not in found


def test_a_passive_with_the_acting_body_between_names_the_amending_document():
    """Blind round V: "… tại Nghị định 60/2014/NĐ-CP … đã được Chính phủ sửa đổi, bổ sung theo
    Nghị định 25/2018/NĐ-CP" says 25/2018 amends 60/2014 (not the other way round)."""
    text = (
        "Một số quy định về hoạt động in tại Nghị định 60/2014/NĐ-CP ngày 19/06/2014 đã được "
        "Chính phủ sửa đổi, bổ sung theo Nghị định 25/2018/NĐ-CP ngày 28/02/2018.\n"
    )
    found = _read(text, own_number="1/BC-X")
    assert ("25/2018/NĐ-CP", "AMENDS", "60/2014/NĐ-CP") in found
    assert ("60/2014/NĐ-CP", "AMENDS", "25/2018/NĐ-CP") not in found


def test_a_circular_amending_a_circular_named_with_the_decree_it_guides_amends_the_circular():
    """news-1020: a circular changes no decree; the bracket after a circular's title that names
    a decree it guides says what amended the circular, however deep the titles go."""
    text = (
        "Được hưởng chính sách theo hướng dẫn tại Thông tư số 28/2015/TT-BLĐTBXH ngày 31 tháng 7 "
        "năm 2015 của Bộ trưởng hướng dẫn thực hiện Điều 52 Luật Việc làm và một số điều của "
        "Nghị định số 28/2015/NĐ-CP ngày 12 tháng 3 năm 2015 của Chính phủ quy định chi tiết thi "
        "hành một số điều của Luật Việc làm về bảo hiểm thất nghiệp (đã được sửa đổi, bổ sung "
        "tại Thông tư số 15/2023/TT-BLĐTBXH ngày 29 tháng 12 năm 2023).\n"
    )
    found = _read(text)
    assert ("15/2023/TT-BLĐTBXH", "AMENDS", "28/2015/TT-BLĐTBXH") in found
    assert ("15/2023/TT-BLĐTBXH", "AMENDS", "28/2015/NĐ-CP") not in found
    # a decree named in that place may well be what the decree after it amended
    decree = text.replace("Thông tư số 15/2023/TT-BLĐTBXH", "Nghị định số 61/2020/NĐ-CP")
    assert ("61/2020/NĐ-CP", "AMENDS", "28/2015/NĐ-CP") in _read(decree)


def test_a_bracket_right_after_a_mention_says_what_that_document_does():
    """news-218: "ban hành kèm theo Nghị định 70/2025/NĐ-CP (thay thế Nghị định
    123/2020/NĐ-CP)": the decree before the bracket replaces the one in it."""
    text = (
        "Chứng từ khấu trừ thuế là Mẫu số 03/TNC được quy định tại Phụ lục III ban hành kèm "
        "theo Nghị định 70/2025/NĐ-CP (thay thế Nghị định 123/2020/NĐ-CP).\n"
    )
    found = _all(text, "1586/CBA-NVDTPC")
    assert ("70/2025/NĐ-CP", "REPLACES", "123/2020/NĐ-CP") in found
    assert (None, "REPLACES", "123/2020/NĐ-CP") not in found
    # a bill's name closes its bracket: the next cell's law is no object of it
    table = (
        "STT | Tên dự án | Cơ quan trình | Tiến độ trình\n---|---|---|---\n"
        "Luật Quản lý thuế (sửa đổi) | Chính phủ | Ủy ban Kinh tế và Tài chính | tháng 9/2025 |\n"
        "Luật Thuế thu nhập cá nhân (sửa đổi) | Chính phủ | Ủy ban Kinh tế và Tài chính | "
        "tháng 9/2025 |\n"
    )
    assert not {f for f in _read(table, "92/2025/UBTVQH15") if f[1] == "AMENDS"}


def test_an_agent_listed_after_the_title_of_the_first_is_one_more_agent():
    """news-999: "(đã được sửa đổi, bổ sung theo Nghị định A … quy định chi tiết … Luật Đấu
    thầu … và Nghị định B … sửa đổi …)": B amended the decree too; what A's title names
    (the law it details) B does not guide."""
    text = (
        "a) Nghị định số 24/2024/NĐ-CP ngày 27/02/2024 của Chính phủ quy định chi tiết một số "
        "điều và biện pháp thi hành Luật Đấu thầu về lựa chọn nhà thầu (đã được sửa đổi, bổ "
        "sung theo Nghị định số 115/2024/NĐ-CP ngày 16/9/2024 của Chính phủ quy định chi tiết "
        "một số điều và biện pháp thi hành Luật Đấu thầu về lựa chọn nhà đầu tư và Nghị định "
        "số 17/2025/NĐ-CP ngày 06/02/2025 của Chính phủ sửa đổi, bổ sung một số điều của các "
        "Nghị định quy định chi tiết Luật Đấu thầu).\n"
    )
    found = _read(text)
    assert ("115/2024/NĐ-CP", "AMENDS", "24/2024/NĐ-CP") in found
    assert ("17/2025/NĐ-CP", "AMENDS", "24/2024/NĐ-CP") in found
    assert not {f for f in found if f[0] == "17/2025/NĐ-CP" and f[1] == "GUIDES"}


def test_a_passive_that_names_the_parts_it_changed_still_names_its_agent():
    """news-808: "Điều 7 Nghị định số 178/2024/NĐ-CP, được sửa đổi, bổ sung một số điểm tại
    khoản 6 Điều 1 Nghị định số 67/2025/NĐ-CP": the parts come before the agent."""
    text = (
        "Đối tượng được hưởng chính sách quy định tại Điều 7 Nghị định số 178/2024/NĐ-CP, được "
        "sửa đổi, bổ sung một số điểm tại khoản 6 Điều 1 Nghị định số 67/2025/NĐ-CP; trong đó, "
        "chế độ trợ cấp thực hiện như sau:\n"
    )
    found = _read(text, "1/2025/TT-BNV")
    assert ("67/2025/NĐ-CP", "AMENDS", "178/2024/NĐ-CP") in found
    assert (None, "AMENDS", "178/2024/NĐ-CP") not in found


def test_bo_alone_repeals_only_the_provision_it_names():
    """news-893: "Nghị định 67/2025/NĐ-CP bỏ khoản 6 Điều 19 Nghị định số 178/2024/NĐ-CP"
    repeals that clause; "bỏ" before anything else, or in "loại bỏ", is another verb."""
    words = [f.words for f in find_cues("Bỏ khoản 6 Điều 19 Nghị định số 178/2024/NĐ-CP.")]
    assert words[0] == "Bỏ"
    for other in (
        "Các đại biểu bỏ phiếu thông qua Nghị quyết số 12/2025/QH15.",
        "Loại bỏ khoản 3 Điều 2 khỏi dự thảo Nghị định số 10/2025/NĐ-CP.",
        "Từ bỏ điểm 1 của kế hoạch theo Quyết định số 10/QĐ-UBND.",
    ):
        assert "repeal" not in {f.cue.name for f in find_cues(other)}, other


def test_an_amending_law_of_no_named_law_is_a_kind_of_law_not_a_reference():
    """news-724 (blind round): a table's row "Luật sửa đổi, bổ sung một số điều của bộ
    luật" names a kind of law; "… của các luật liên quan đến đầu tư" is one."""
    from vanban.extract.pipeline import extract_text

    def named(text: str) -> list[str]:
        return [r.surface for r in extract_text(text, {})[1] if r.kind == "named"]

    assert named("3 | Luật sửa đổi, bổ sung một số điều của bộ luật | Điều 4 | 7.000") == []
    assert named("theo Luật sửa đổi, bổ sung một số điều của các luật liên quan đến đầu tư")


def test_the_laws_that_amended_a_repealed_law_are_named_in_its_clause():
    """news-987, news-990 (blind round): "Luật … số 22/2008/QH12 đã được sửa đổi, bổ sung một
    số điều theo Luật số 52/2019/QH14 hết hiệu lực …" repeals 22/2008; 52/2019 only names
    its history (RELATIONS.md: nested, CITES), and what it did to 22/2008 is kept."""
    text = (
        "QUỐC HỘI\n\nLuật số: 80/2025/QH15\n\nĐiều 44. Hiệu lực thi hành\n\n3. Luật Cán bộ, công "
        "chức số 22/2008/QH12 đã được sửa đổi, bổ sung một số điều theo Luật số 52/2019/QH14 "
        "và Luật số 11/2022/QH15 hết hiệu lực kể từ ngày Luật này có hiệu lực thi hành.\n"
    )
    found = _read(text)
    assert (None, "REPEALS", "22/2008/QH12") in found
    assert (None, "CITES", "52/2019/QH14") in found and (None, "CITES", "11/2022/QH15") in found
    assert ("52/2019/QH14", "AMENDS", "22/2008/QH12") in found
    assert not {f for f in found if f[1] == "REPEALS" and f[2] != "22/2008/QH12"}


def test_the_own_number_written_without_its_leading_zero_is_the_text_itself():
    """news-1020 (blind round): "Thông tư số 1/2025/TT-BNV có hiệu lực …" in the text of
    Thông tư 01/2025/TT-BNV is a self-mention."""
    text = "Điều 8. Tổ chức thực hiện\n\n1. Thông tư số 1/2025/TT-BNV có hiệu lực từ ngày ký.\n"
    refs = find_references(text)
    assert not [s for s in relate(text, refs, "vi", "01/2025/TT-BNV") if s.subject is None]


def test_another_document_still_acts_on_the_texts_own_number():
    """news-700: a page whose title makes 26/2023/NĐ-CP its own document says "Nghị định
    21/2025/NĐ-CP sửa đổi … Nghị định số 26/2023/NĐ-CP": the self-mention has no act of the
    text's, but 21/2025 still amends it."""
    text = (
        "Nghị định 21/2025/NĐ-CP sửa đổi tên Điều 9 và khoản 1 Điều 9 Nghị định số "
        "26/2023/NĐ-CP về Biểu thuế xuất khẩu như sau:\n"
    )
    found = _all(text, "26/2023/NĐ-CP")
    assert ("21/2025/NĐ-CP", "AMENDS", "26/2023/NĐ-CP") in found
    assert not [f for f in found if f[0] is None and f[2] == "26/2023/NĐ-CP"]
    # the text's own act on a self-mention is still none
    assert not [f for f in _all("Nghị định số 26/2023/NĐ-CP có hiệu lực.", "26/2023/NĐ-CP")]


def test_a_provision_named_right_after_bo_sung_is_an_amendment():
    """news-680: "bổ sung" alone amends the provision it names ("Chính phủ bổ sung điểm h
    khoản 1 Điều 8 Nghị định số 107/2018/NĐ-CP"); before other words it adds no act."""
    own = _own("Chính phủ bổ sung điểm h khoản 1 Điều 8 Nghị định số 107/2018/NĐ-CP.")
    assert own == [("107/2018/NĐ-CP", "AMENDS")]
    assert _own("Bổ sung Điều 11a sau Điều 11 Nghị định 24/2024/NĐ-CP như sau:") == [
        ("24/2024/NĐ-CP", "AMENDS")
    ]
    for text in (
        "Thương nhân bổ sung hồ sơ theo khoản 2 Điều 8 Nghị định số 107/2018/NĐ-CP.",
        "Nội dung bổ sung theo quy định tại khoản 2 Điều 8 Nghị định số 107/2018/NĐ-CP.",
    ):
        assert _own(text) == [("107/2018/NĐ-CP", "CITES")], text


def test_quoted_words_added_at_a_provision_are_an_amendment():
    """news-773: "bổ sung \"hoạt động sản xuất vàng miếng\" tại khoản 1 Điều 1 của Nghị định
    …" puts words into the text; "bổ sung hồ sơ tại …" adds something else where a rule is."""
    quoted = (
        'Nghị định bổ sung "hoạt động sản xuất vàng miếng" tại khoản 1 Điều 1 của Nghị định '
        "số 24/2012/NĐ-CP."
    )
    assert _own(quoted) == [("24/2012/NĐ-CP", "AMENDS")]
    assert _own("Bổ sung cụm từ “trực tuyến” tại Điều 5 Thông tư số 12/2021/TT-BTC.") == [
        ("12/2021/TT-BTC", "AMENDS")
    ]
    unquoted = "Thương nhân bổ sung hồ sơ tại khoản 2 Điều 8 Nghị định số 107/2018/NĐ-CP."
    assert _own(unquoted) == [("107/2018/NĐ-CP", "CITES")]


def test_no_document_acts_on_itself():
    """news (a report on a bill): "(Điều 2, sửa đổi Điều 71 Luật Chất lượng sản phẩm, hàng
    hóa) và … (Điều 3, bổ sung Điều 73 Luật Chất lượng sản phẩm, hàng hóa)" once read the
    first mention as naming the second in its title: a law amending itself."""
    text = (
        "Về hiệu lực thi hành (Điều 2, sửa đổi Điều 71 Luật Chất lượng sản phẩm, hàng hóa) và "
        "điều khoản chuyển tiếp (Điều 3, bổ sung Điều 73 Luật Chất lượng sản phẩm, hàng hóa), "
        "có ý kiến đề nghị nghiên cứu.\n"
    )
    assert not [f for f in _read(text) if f[0] is not None and f[0] == f[2]]


def test_an_explainers_answer_keeps_what_the_titles_it_cites_say():
    """news-080: a site's answer is its own citation, but the titles it cites state facts of
    two other documents: 261/2025 amends 100/2024, 100/2024 details the law. A title's
    words that reach past what its document may do give nothing."""
    text = (
        "Hồ sơ mua nhà ở xã hội gồm những gì?\n\n"
        "Căn cứ theo Điều 38 Nghị định 100/2024/NĐ-CP quy định hồ sơ như sau: các văn bản:\n"
        "Nghị định 100/2024/NĐ-CP quy định chi tiết một số điều của Luật Nhà ở số "
        "27/2023/QH15 về phát triển nhà ở xã hội; Nghị định 261/2025/NĐ-CP sửa đổi, bổ sung "
        "một số điều của Nghị định 100/2024/NĐ-CP;\n"
        "Căn cứ tại Nghị định 262/2025/NĐ-CP sửa đổi các Nghị định hướng dẫn Luật Nhà ở số "
        "27/2023/QH15 có hiệu lực từ ngày 10/10/2025.\n"
    )
    found = _all(text)
    assert ("261/2025/NĐ-CP", "AMENDS", "100/2024/NĐ-CP") in found
    assert ("100/2024/NĐ-CP", "GUIDES", "27/2023/QH15") in found
    assert ("262/2025/NĐ-CP", "AMENDS", "27/2023/QH15") not in found  # a decree, a law
    assert not [f for f in found if f[0] is None and f[1] != "CITES"]  # the site's own


def test_a_decree_number_of_another_issuer_has_no_rank():
    """tvpl-086: "Thông tư số 03/2025/NĐ-VPCP … hướng dẫn thi hành … Nghị định số
    118/2025/NĐ-CP": only the Government issues decrees, so the misprinted type gives no
    rank, and the circular still guides the decree."""
    text = (
        "Căn cứ Thông tư số 03/2025/NĐ-VPCP ngày 15 tháng 9 năm 2025 của Bộ trưởng, Chủ nhiệm "
        "Văn phòng Chính phủ hướng dẫn thi hành một số nội dung của Nghị định số "
        "118/2025/NĐ-CP ngày 09 tháng 6 năm 2025 của Chính phủ;\n"
    )
    assert ("03/2025/NĐ-VPCP", "GUIDES", "118/2025/NĐ-CP") in _all(text)


def test_a_passive_that_amends_and_repeals_is_one_passive():
    """An explainer's note "(được sửa đổi và bãi bỏ một số khoản bởi Điều 4 Nghị định
    08/2018/NĐ-CP)" was read as 67/2013 repealing 08/2018 (an edge the store set aside as
    impossible): the repeal is part of the passive, whose agent is 08/2018."""
    text = (
        "Hồ sơ được quy định tại Điều 13 Nghị định 67/2013/NĐ-CP (được sửa đổi và bãi bỏ một "
        "số khoản bởi Điều 4 Nghị định 08/2018/NĐ-CP) gồm những loại giấy tờ sau:\n"
    )
    found = _all(text)
    assert ("08/2018/NĐ-CP", "AMENDS", "67/2013/NĐ-CP") in found
    assert not [f for f in found if f[0] == "67/2013/NĐ-CP"]


def test_a_passives_agent_may_follow_it_bare_with_a_cue_in_its_name():
    """ "Luật … số 32/2024/QH15 được sửa đổi, bổ sung Luật Các tổ chức tín dụng sửa đổi 2025
    số 96/2025/QH15": no "bởi", and the agent's name holds "sửa đổi"; the law of 2025 amends
    the one of 2024, not the other way round."""
    text = (
        "Được thu giữ khi đáp ứng các điều kiện quy định tại điểm a khoản 2 Điều 198a Luật Các "
        "tổ chức tín dụng 2024 số 32/2024/QH15 được sửa đổi, bổ sung Luật Các tổ chức tín dụng "
        "sửa đổi 2025 số 96/2025/QH15 và một trong các điều kiện sau:\n"
    )
    found = _all(text)
    assert ("96/2025/QH15", "AMENDS", "32/2024/QH15") in found
    assert ("32/2024/QH15", "AMENDS", "96/2025/QH15") not in found


def test_what_was_done_to_a_mention_with_a_clause_of_its_own_is_not_the_next_ones():
    """A report: "Luật số 56/2024/QH15 sửa đổi … trong đó có Luật Chứng khoán đã bổ sung …,
    Nghị định số 245/2025/NĐ-CP cũng đã bổ sung …": the decree is no item of the law's list
    of amended laws (an edge the store set aside as impossible), it has a verb of its own."""
    text = (
        "Trên cơ sở Luật số 56/2024/QH15 sửa đổi, bổ sung một số điều của 09 Luật trong lĩnh "
        "vực tài chính, trong đó có Luật Chứng khoán đã bổ sung đối tượng nhà đầu tư chứng "
        "khoán chuyên nghiệp là nhà đầu tư nước ngoài, Nghị định số 245/2025/NĐ-CP cũng đã bổ "
        "sung quy định liên quan đến tài liệu xác định nhà đầu tư chứng khoán chuyên nghiệp.\n"
    )
    found = _read(text)
    assert ("56/2024/QH15", "AMENDS", "245/2025/NĐ-CP") not in found


def test_a_semicolon_ends_what_a_title_said_but_not_what_the_lists_verb_does():
    """ "Thông tư số 12/2025/TT-BTC sửa đổi … Thông tư số 40/2017/TT-BTC; Thông tư số
    71/2018/TT-BTC quy định …": 12/2025 amends 40/2017 in its title, and the ";" ends that
    title, so 71/2018 is not amended; "Thông tư này thay thế A; B" still replaces both."""
    listed = (
        "Thực hiện theo các Thông tư gồm: Thông tư số 40/2017/TT-BTC quy định chế độ công tác "
        "phí, Thông tư số 12/2025/TT-BTC sửa đổi, bổ sung một số điều của Thông tư số "
        "40/2017/TT-BTC; Thông tư số 71/2018/TT-BTC quy định chế độ tiếp khách nước ngoài.\n"
    )
    found = _all(listed)
    assert ("12/2025/TT-BTC", "AMENDS", "40/2017/TT-BTC") in found
    assert ("12/2025/TT-BTC", "AMENDS", "71/2018/TT-BTC") not in found
    replaced = _all(
        "Thông tư này thay thế Thông tư số 28/2009/TT-BGDĐT ngày 21/10/2009 của Bộ GD&ĐT; "
        "Thông tư số 15/2017/TT-BGDĐT ngày 9/6/2017 của Bộ trưởng Bộ GD&ĐT.\n",
        "05/2025/TT-BGDĐT",
    )
    assert {(None, "REPLACES", "28/2009/TT-BGDĐT"), (None, "REPLACES", "15/2017/TT-BGDĐT")} <= (
        replaced
    )


def test_a_purpose_after_an_amended_title_is_the_amending_documents():
    """news-774 (blind round): "Nghị định số 245/2025/NĐ-CP … sửa đổi, bổ sung một số điều
    của Nghị định số 155/2020/NĐ-CP để quy định chi tiết thi hành một số điều của Luật số
    56/2024/QH15": 245/2025 details the law of 2024; 155/2020, of 2020, could not."""
    text = (
        "Bộ Tài chính đã trình Chính phủ ban hành Nghị định số 245/2025/NĐ-CP ngày 11/09/2025 "
        "sửa đổi, bổ sung một số điều của Nghị định số 155/2020/NĐ-CP để quy định chi tiết "
        "thi hành một số điều của Luật số 56/2024/QH15.\n"
    )
    found = _all(text)
    assert ("245/2025/NĐ-CP", "GUIDES", "56/2024/QH15") in found
    assert ("155/2020/NĐ-CP", "GUIDES", "56/2024/QH15") not in found


def test_a_law_in_a_title_does_not_take_an_unnumbered_decrees_cue():
    """A basis line: "Nghị định số 78/2025/NĐ-CP … hướng dẫn thi hành Luật Ban hành văn bản
    quy phạm pháp luật số 64/2025/QH15 và Nghị định sửa đổi, bổ sung một số điều của Nghị
    định số 78/2025/NĐ-CP": the cue is the unnumbered decree's; the law amends nothing."""
    text = (
        "Căn cứ Nghị định số 78/2025/NĐ-CP ngày 01 tháng 4 năm 2025 của Chính phủ quy định chi "
        "tiết một số điều và biện pháp để tổ chức, hướng dẫn thi hành Luật Ban hành văn bản quy "
        "phạm pháp luật số 64/2025/QH15 và Nghị định sửa đổi, bổ sung một số điều của Nghị định "
        "số 78/2025/NĐ-CP ngày 01 tháng 4 năm 2025 của Chính phủ;\n"
    )
    found = _all(text, "05/2025/NQ-CP")
    assert ("64/2025/QH15", "AMENDS", "78/2025/NĐ-CP") not in found
    assert ("78/2025/NĐ-CP", "GUIDES", "64/2025/QH15") in found


_NON_ACTING = [t for t in tables().types.values() if not t.acts_in_title]


@pytest.mark.parametrize("code", [t.code for t in _NON_ACTING])
def test_a_submission_or_report_title_acts_on_nothing(code):
    """The code tables' title example of a type that does not act (a submission, a report)
    gives its nested mention no act of it; the same words after a decision's number do."""
    info = tables().types[code]
    assert info.title_example, f"{code}: a type flagged acts_in_title=false needs a title_example"
    text = f"Theo đề nghị của Sở Nội vụ; xem {info.title_example}."
    refs = find_references(text)
    asking = next(r.canonical for r in refs if r.type_code == code)
    assert not any(subject == asking for subject, _, _ in _all(text)), _all(text)
    # the control: a decision's title of the same words acts on what it names
    decision = re.sub(rf"^\S+(?: \S+)? số (\d+)/{code}", r"Quyết định số \1/QĐ", info.title_example)
    own = find_references(decision)[0].canonical
    assert any(s == own for s, _, _ in _all(f"xem {decision}.")), decision


def test_a_local_document_changes_no_central_one():
    """On a provincial decision's page, a decree named in the title of what ends is cited;
    the provincial decision it names ends. Without the own number's level nothing is known,
    and the decree keeps the act."""
    text = (
        "Điều 3. Quyết định số 78/2016/QĐ-UBND ngày 21 tháng 12 năm 2016 của Ủy ban nhân dân "
        "tỉnh về việc quy định mức hỗ trợ cho học sinh theo Nghị định số 116/2016/NĐ-CP ngày 18 "
        "tháng 7 năm 2016 của Chính phủ hết hiệu lực kể từ ngày Quyết định này có hiệu lực."
    )
    read = _all(text, "48/2025/QĐ-UBND")
    assert (None, "REPEALS", "78/2016/QĐ-UBND") in read
    assert (None, "REPEALS", "116/2016/NĐ-CP") not in read
    assert (None, "CITES", "116/2016/NĐ-CP") in read
    # the control: on a decree's page the same words are read as ending both
    on_a_decree = _all(text.replace("Quyết định này", "Nghị định này"), "12/2025/NĐ-CP")
    assert (None, "REPEALS", "116/2016/NĐ-CP") in on_a_decree


@pytest.mark.parametrize(
    "text",
    [
        "Chủ động cắt giảm thủ tục ngay trong quá trình xây dựng VBQPPL quy định chi tiết Luật "
        "Báo chí số 103/2016/QH13.",
        "Khẩn trương xây dựng văn bản quy phạm pháp luật quy định chi tiết Luật Báo chí số "
        "103/2016/QH13.",
    ],
)
def test_a_legal_text_yet_to_be_written_does_the_guiding(text):
    """ "VBQPPL" (văn bản quy phạm pháp luật), as "văn bản", names another document that
    details the law: the letter asking for it only cites the law."""
    assert (None, "CITES", "103/2016/QH13") in _all(text)
    assert (None, "GUIDES", "103/2016/QH13") not in _all(text)


def test_the_yardstick_of_a_comparison_has_no_title_before_a_past_verb():
    """The verb after "so với <law> năm 2015 đã …" is the sentence subject's: the 2015 law is
    named only to compare with. A yardstick with a title of its own keeps it."""
    text = (
        "Luật Ban hành văn bản quy phạm pháp luật năm 2025, với việc giảm đáng kể số lượng "
        "chương, điều so với Luật Ban hành văn bản quy phạm pháp luật năm 2015 đã thể chế hóa "
        "Kết luận số 119-KL/TW về việc sửa đổi Luật.\n"
    )
    found = _read(text)
    assert ("80/2015/QH13", "IMPLEMENTS", "119-KL/TW") not in found
    assert ("64/2025/QH15", "IMPLEMENTS", "119-KL/TW") in found
    titled = (
        "Như vậy, so với Nghị định số 146/2024/NĐ-CP ngày 6/11/2024 sửa đổi, bổ sung một số "
        "điều của Nghị định số 102/2022/NĐ-CP ngày 12/12/2022 của Chính phủ, số đơn vị giảm.\n"
    )
    assert ("146/2024/NĐ-CP", "AMENDS", "102/2022/NĐ-CP") in _read(titled)
    # a comma closes the yardstick's phrase too
    opening = (
        "So với Luật Giao thông đường bộ năm 2008, Luật bổ sung mới 01 điều để sửa đổi, bổ sung "
        "Luật Phí và lệ phí, Luật Điện lực (Điều 84).\n"
    )
    assert not {f for f in _read(opening) if f[0] == "23/2008/QH12"}


def test_a_passive_reaches_back_over_a_long_title():
    """A title of 300 characters stands between the document amended and "sửa đổi, bổ sung
    tại" its amender."""
    title = (
        "về việc áp dụng cơ chế đặc thù trong cấp phép khai thác khoáng sản làm vật liệu xây dựng "
        "thông thường cung cấp cho Dự án đầu tư xây dựng một số đoạn đường bộ cao tốc trên tuyến "
        "Bắc - Nam phía Đông, giai đoạn 2017 - 2020 (đã khởi công và sắp khởi công)"
    )
    text = (
        "Các mỏ được tiếp tục áp dụng cơ chế đặc thù theo Nghị quyết số 60/NQ-CP ngày 16/6/2021 "
        f"của Chính phủ {title} và các dự án khác của ngành giao thông, sửa đổi, bổ sung tại "
        "Nghị quyết số 133/NQ-CP ngày 19/10/2021 của Chính phủ.\n"
    )
    assert len(title) > 250
    assert ("133/NQ-CP", "AMENDS", "60/NQ-CP") in _read(text)


def test_an_item_naming_some_provisions_of_a_document_shares_the_list_cue():
    """ "b) Các quy định tại Nghị định số X …, gồm:" under "Bãi bỏ các quy định sau:" repeals
    part of X, as "b) Khoản 5 Điều 13 Nghị định số X" does; a provision that does not open
    the item is a citation."""
    head = "2. Bãi bỏ các quy định sau:\na) Nghị định số 66/2011/NĐ-CP ngày 01/8/2011;\n"
    item = "b) Các quy định tại Nghị định số 99/2012/NĐ-CP ngày 15/11/2012 của Chính phủ, gồm:\n"
    assert (None, "REPEALS", "99/2012/NĐ-CP") in _all(head + item)
    cited = "b) Quy chế áp dụng theo quy định tại Nghị định số 99/2012/NĐ-CP ngày 15/11/2012.\n"
    assert (None, "REPEALS", "99/2012/NĐ-CP") not in _all(head + cited)


def test_after_a_semicolon_a_titled_mention_is_the_next_item_not_a_cited_provision():
    """The first item's title cites a decree ("theo quy định tại Nghị định số 88/2006"); the
    items after the ";" go on from the circular replaced, not from the decree cited."""
    text = (
        "2. Thông tư này thay thế Thông tư số 03/2006/TT-BKH ngày 19 tháng 10 năm 2006 của Bộ "
        "Kế hoạch và Đầu tư hướng dẫn trình tự, thủ tục đăng ký kinh doanh theo quy định tại "
        "Nghị định số 88/2006/NĐ-CP ngày 29 tháng 8 năm 2006 của Chính phủ về đăng ký kinh "
        "doanh; Thông tư liên tịch số 05/2008/TTLT-BKH-BTC-BCA ngày 29 tháng 7 năm 2008 của Bộ "
        "Kế hoạch và Đầu tư, Bộ Tài chính, Bộ Công an hướng dẫn cơ chế phối hợp giữa các cơ "
        "quan.\n"
    )
    found = _all(text)
    assert (None, "REPLACES", "05/2008/TTLT-BKH-BTC-BCA") in found
    assert (None, "CITES", "88/2006/NĐ-CP") in found


def test_a_basis_line_with_a_misprinted_type_noun_is_still_a_basis():
    """ "Căn cứ Thông số\\n17/2025/TT-BNNMT" (for "Thông tư số") names a document by its
    number."""
    text = (
        "QUYẾT ĐỊNH\nCăn cứ Nghị định số 136/2025/NĐ-CP ngày 12/6/2025 của Chính phủ;\n"
        "Căn cứ Thông số\n17/2025/TT-BNNMT ngày 19 tháng 6 năm 2025 của Bộ Nông nghiệp và Môi "
        "trường;\nTheo đề nghị của Giám đốc Sở.\nQUYẾT ĐỊNH:\nĐiều 1. Ủy quyền.\n"
    )
    assert (None, "BASED_ON", "17/2025/TT-BNNMT") in _all(text)


def test_a_draft_is_only_named():
    """A draft is in no force to be carried out: the content of a plan put into "dự thảo Luật
    …" is no implementation of that law."""
    from vanban.extract.pipeline import extract_text

    text = (
        "3. Cục Điện ảnh phối hợp với Vụ Pháp chế đưa nội dung thực thi Phương án vào dự thảo "
        "Luật sửa đổi, bổ sung một số điều của Luật Điện ảnh, Luật Du lịch.\n"
    )
    _, refs = extract_text(text)
    draft = next(i for i, r in enumerate(refs) if r.kind == "named")
    assert [s.relation for s in relate(text, refs) if s.object == draft] == ["CITES"]
    # the control: with no draft, the same words carry the law out
    _, refs = extract_text(text.replace("dự thảo ", ""))
    law = next(i for i, r in enumerate(refs) if r.kind == "named")
    assert [s.relation for s in relate(text.replace("dự thảo ", ""), refs) if s.object == law] == [
        "IMPLEMENTS"
    ]


def test_a_provision_listed_after_a_bracket_shares_the_act_before_it():
    """ "Bãi bỏ Nghị định A … (trừ … theo Nghị định A … tại Điều 54 Nghị định này); Điều 6
    Nghị định số B …": the list goes on past the bracket, from A."""
    text = (
        "Bãi bỏ Nghị định số 99/2021/NĐ-CP ngày 11/11/2021 của Chính phủ về quản lý, thanh "
        "toán, quyết toán dự án sử dụng vốn đầu tư công (trừ một số trường hợp thực hiện theo "
        "Nghị định số 99/2021/NĐ-CP ngày 11/11/2021 của Chính phủ quy định tại Điều 54 Nghị định "
        "này); Điều 6 Nghị định số 125/2025/NĐ-CP ngày 11/6/2025 của Chính phủ quy định về phân "
        "định thẩm quyền.\n"
    )
    assert (None, "REPEALS", "125/2025/NĐ-CP") in _all(text)


def test_the_time_clause_that_opens_a_sentence_ends_the_documents_that_cease():
    """ "Kể từ ngày Thông tư này có hiệu lực thi hành, Thông tư số X hết hiệu lực thi hành."
    repeals X; the same time clause before a rule that goes on applying repeals nothing."""
    ends = (
        "Kể từ ngày Thông tư này có hiệu lực thi hành, Thông tư số 22/2024/TT-BKHĐT hết hiệu "
        "lực thi hành.\n"
    )
    assert _own(ends) == [("22/2024/TT-BKHĐT", "REPEALS")]
    goes_on = (
        "Kể từ ngày Thông tư này có hiệu lực thi hành, hồ sơ nộp theo Thông tư số "
        "22/2024/TT-BKHĐT được tiếp nhận đến khi hết hiệu lực của giấy phép cũ ghi trên đó, "
        "trừ trường hợp khác.\n"
    )
    assert ("22/2024/TT-BKHĐT", "REPEALS") not in _own(goes_on)


def test_repealed_rules_told_of_before_they_are_placed_are_the_documents():
    """ "Bãi bỏ các quy định về … theo quy định tại điểm đ khoản 1 Điều 9 Nghị định số X" ends
    those rules of X; "chăm sóc thay thế theo quy định tại … Nghị định X" acts on nothing."""
    ends = (
        "Bãi bỏ các quy định về ưu đãi, miễn, giảm tiền thuê đất đối với cơ sở sản xuất, kinh "
        "doanh sử dụng lao động là người khuyết tật theo quy định tại điểm đ khoản 1 Điều 9 "
        "Nghị định số 28/2012/NĐ-CP.\n"
    )
    assert _own(ends) == [("28/2012/NĐ-CP", "REPEALS")]
    care = (
        "Trẻ em được chăm sóc thay thế theo quy định tại khoản 4 Điều 38 Nghị định số "
        "56/2017/NĐ-CP.\n"
    )
    assert _own(care) == [("56/2017/NĐ-CP", "CITES")]


def test_every_agent_listed_after_a_passive_amends_what_the_first_does():
    """ "… số 57/2014/QH13 đã được sửa đổi, bổ sung một số điều theo Luật số 65/2020/QH14 và
    Luật số 62/2025/QH15": both laws amend 57/2014; a ";" starts the next item of a basis
    list, whose document amends nothing of the item before."""
    listed = (
        "Căn cứ Luật Tổ chức Quốc hội số 57/2014/QH13 đã được sửa đổi, bổ sung một số điều theo "
        "Luật số 65/2020/QH14 và Luật số 62/2025/QH15;\n"
    )
    found = _all(listed)
    assert ("65/2020/QH14", "AMENDS", "57/2014/QH13") in found
    assert ("62/2025/QH15", "AMENDS", "57/2014/QH13") in found
    assert (None, "BASED_ON", "62/2025/QH15") in found
    next_item = (
        "Căn cứ Nghị định số 88/2024/NĐ-CP quy định về bồi thường được sửa đổi, bổ sung bởi "
        "Nghị định số 226/2025/NĐ-CP; Nghị định số 102/2024/NĐ-CP quy định chi tiết.\n"
    )
    assert ("102/2024/NĐ-CP", "AMENDS", "88/2024/NĐ-CP") not in _all(next_item)


def test_a_time_clause_before_the_colon_keeps_the_list_that_ceases():
    """ "Các quy định sau đây hết hiệu lực thi hành kể từ ngày Nghị định X có hiệu lực thi
    hành (15/8/2025):" ends the items listed after it; X only says from when."""
    text = (
        "Các quy định sau đây hết hiệu lực thi hành kể từ ngày Nghị định 226/2025/NĐ-CP có hiệu "
        "lực thi hành (15/8/2025):\n\n- Nghị định số 96/2019/NĐ-CP ngày 19/12/2019;\n\n"
        "- Nghị định số 26/2021/NĐ-CP ngày 25/3/2021.\n"
    )
    assert _own(text) == [
        ("226/2025/NĐ-CP", "CITES"),
        ("96/2019/NĐ-CP", "REPEALS"),
        ("26/2021/NĐ-CP", "REPEALS"),
    ]


def test_a_bracket_after_the_texts_own_effect_clause_is_the_texts_act():
    """ "Quyết định này có hiệu lực kể từ ngày ký (thay thế Quyết định số …)": the bracket
    goes on with the clause in which the text's own document takes effect, so that document
    replaces the one it names (news-761 says so of the circular it reports on); a bracket
    after another document's name is still that document's."""
    own = (
        "Điều 3. Quyết định này có hiệu lực kể từ ngày ký (thay thế Quyết định số 11/2022/QĐ-UBND)."
    )
    assert _own(own) == [("11/2022/QĐ-UBND", "REPLACES")]
    other = (
        "Theo Phụ lục III ban hành kèm theo Nghị định 70/2025/NĐ-CP (thay thế Nghị định "
        "123/2020/NĐ-CP)."
    )
    assert ("123/2020/NĐ-CP", "REPLACES") not in _own(other)


def test_regulations_of_a_body_that_guide_a_law_are_another_documents_act():
    # "quy định của Chính phủ hướng dẫn thi hành Luật …" names the Government's regulations
    # (a noun: with their owner, or plural) as the guide, not the text that mentions them
    owned = (
        "Việc cấp bù thực hiện theo quy định của Chính phủ hướng dẫn thi hành Luật Cơ yếu số "
        "05/2011/QH13."
    )
    assert _own(owned) == [("05/2011/QH13", "CITES")]
    plural = "Áp dụng các quy định hướng dẫn thi hành Luật Đầu tư công số 58/2024/QH15."
    assert _own(plural) == [("58/2024/QH15", "CITES")]
    # the verb "quy định" of the text's own scope clause still guides
    scope = "Nghị định này quy định chi tiết Luật Đầu tư công số 58/2024/QH15."
    assert _own(scope) == [("58/2024/QH15", "GUIDES")]


def test_an_amending_item_with_no_agent_that_gives_the_new_wording_is_the_texts_own_act():
    """relations-055: "Khoản 2 Điều 170 của Luật doanh nghiệp được sửa đổi, bổ sung như
    sau:" is how an amending text words its own change; with an agent ("… bởi Luật số …
    như sau:") it is the agent's, and on a page of no document of its own nobody is said
    to act."""
    item = (
        "Điều 1\n\nĐiểm c khoản 3 Điều 8 của Nghị định số 47/2021/NĐ-CP được sửa đổi, bổ sung "
        "như sau:\n\n“c) Hồ sơ gồm tờ khai và bản sao giấy phép.”\n"
    )
    assert ("47/2021/NĐ-CP", "AMENDS") in _own_of(item, "19/2026/NĐ-CP")
    agent = item.replace("được sửa đổi, bổ sung", "được sửa đổi bởi Nghị định số 80/2024/NĐ-CP")
    assert ("47/2021/NĐ-CP", "AMENDS") not in _own_of(agent, "19/2026/NĐ-CP")
    assert ("47/2021/NĐ-CP", "AMENDS") not in _own_of(item, None)


def _own_of(text: str, own_number: str | None, language: str = "vi") -> list[tuple[str, str]]:
    """The text's own statements (object, relation), the text's document being `own_number`."""
    refs = find_references(text)
    return [
        (refs[s.object].canonical, s.relation)
        for s in relate(text, refs, language, own_number)
        if s.subject is None
    ]


def test_a_scope_clause_reaches_a_list_of_articles_and_those_whose_work_ends_under_them():
    """news-1018: "… phải kết thúc hoạt động theo quy định tại Điều 7, 8, 9, 10, 11 và Điều
    14 Nghị định số X": the articles are one list (not "Điều 14" alone), and people ending
    their work under X are whom the scope covers, not entities working under X."""
    text = (
        "Điều 1. Phạm vi điều chỉnh\n\nThông tư này hướng dẫn chế độ đối với cán bộ phải kết "
        "thúc hoạt động theo quy định tại Điều 4, 5, 6 và Điều 9 Nghị định số 31/2026/NĐ-CP.\n"
    )
    assert _own(text) == [("31/2026/NĐ-CP", "GUIDES")]
    # entities working under a decree are still only whom the clause covers
    working = text.replace("cán bộ phải kết thúc hoạt động", "hợp tác xã đang hoạt động")
    assert _own(working) == [("31/2026/NĐ-CP", "CITES")]


def test_a_scope_clause_reaches_the_provisions_it_lists_after_its_matters():
    """relations-051: "Nghị định này quy định chi tiết về …; …, bao gồm: Khoản 3 Điều 8, …
    Luật …": the matters are told of first, then the provisions they stand in."""
    text = (
        "Điều 1. Phạm vi điều chỉnh\n\nNghị định này quy định chi tiết về đăng ký, theo dõi và "
        "thống kê tài sản kết cấu hạ tầng thủy lợi; báo cáo, công khai thông tin về tài sản, "
        "bao gồm: khoản 2 Điều 4, khoản 5 Điều 17, khoản 3 Điều 30 Luật số 14/2026/QH15.\n"
    )
    assert _own(text) == [("14/2026/QH15", "GUIDES")]
    # without the list's words, so far from the verb a provision is only pointed at
    far = text.replace("bao gồm:", "và")
    assert _own(far) == [("14/2026/QH15", "CITES")]


def test_a_scope_clause_reaches_its_matters_each_listed_with_its_provision():
    """news-648: "Nghị định này quy định chi tiết về người nộp thuế tại khoản 1 Điều 4, …, và
    hoàn thuế tại Điều 15 của Luật …": each matter with the provision it stands in, however
    long the list; without "<type> này" before the verb it is no scope clause."""
    matters = ", ".join(f"nội dung thứ {k} tại khoản {k} Điều {k + 3}" for k in range(1, 8))
    text = (
        "Điều 1. Phạm vi điều chỉnh\n\nNghị định này quy định chi tiết về người nộp thuế tại "
        f"khoản 1 Điều 4, {matters} và hoàn thuế tại Điều 15 của Luật số 48/2026/QH15.\n"
    )
    assert _own(text) == [("48/2026/QH15", "GUIDES")]
    other = text.replace("Nghị định này quy định", "Bộ Tài chính đề nghị quy định")
    assert _own(other) == [("48/2026/QH15", "CITES")]


def test_what_a_change_is_brought_in_line_with_is_cited():
    """news-495, 765: an explainer lists what a new law changes, "… cho phù hợp với …" naming
    the document the change is brought in line with, a yardstick (CITES, as "so với"); what a
    document directs ("phù hợp với tinh thần chỉ đạo tại văn bản số …") is still carried out."""
    page = (
        "Luật Bảo hiểm xã hội số 41/2024/QH15 có hiệu lực từ ngày 01/7/2025.\n\n"
        "(iv) Sửa đổi độ tuổi hưởng trợ cấp của thân nhân cho phù hợp với tuổi nghỉ hưu tại "
        "Bộ luật Lao động số 45/2019/QH14.\n\n"
        "(v) Bổ sung quy định về mức đóng phù hợp với Luật số 38/2013/QH13.\n"
    )
    read = _read(page)
    assert (None, "CITES", "45/2019/QH14") in read
    assert (None, "CITES", "38/2013/QH13") in read
    assert not {r for r in read if r[1] == "AMENDS"}
    order = (
        "Bộ Tư pháp hoàn thiện dự thảo phù hợp với tinh thần chỉ đạo tại văn bản số "
        "574/TB-VPCP ngày 23/10/2025.\n"
    )
    assert (None, "IMPLEMENTS", "574/TB-VPCP") in _read(order)


def test_a_provision_listed_after_a_guided_one_is_guided_too():
    """news-1018: a scope clause lists the provisions it guides, one document's after another's
    long title and a ';' ("… theo quy định tại Điều 7, 8 … Nghị định số 178/2024/NĐ-CP … về
    chính sách …; các khoản 5, 6 … Điều 1 Nghị định số 67/2025/NĐ-CP …"): both are guided."""
    text = (
        "Thông tư này hướng dẫn thực hiện chính sách, chế độ đối với các đối tượng thuộc phạm "
        "vi quản lý của Bộ Quốc phòng theo quy định tại Điều 7, 8, 9 và Điều 14 Nghị định số "
        "178/2024/NĐ-CP ngày 31 tháng 12 năm 2024 của Chính phủ về chính sách, chế độ đối với "
        "cán bộ, công chức, viên chức, người lao động và lực lượng vũ trang trong thực hiện sắp "
        "xếp tổ chức bộ máy của hệ thống chính trị; các khoản 5, 6, 7 và khoản 11 Điều 1 Nghị "
        "định số 67/2025/NĐ-CP ngày 15 tháng 3 năm 2025 của Chính phủ.\n"
    )
    own = dict(_own(text))
    assert own["178/2024/NĐ-CP"] == "GUIDES"
    assert own["67/2025/NĐ-CP"] == "GUIDES"
    # a provision named after a cited one stays cited
    cited = _own(text.replace("Thông tư này hướng dẫn thực hiện", "Các cơ quan thực hiện"))
    assert ("67/2025/NĐ-CP", "GUIDES") not in cited


def test_a_purpose_after_the_document_the_text_acts_on_is_the_texts_own():
    """news-963: "việc sửa đổi, bổ sung một số quy định của Thông tư số 105/2023/TT-BQP nhằm
    thể chế hóa … Luật …" on the amending circular's page: "nhằm", as "để", opens the purpose
    of the act on 105/2023, no words of its title."""
    text = (
        "Thông tư này sửa đổi, bổ sung một số quy định của Thông tư số 105/2023/TT-BQP nhằm "
        "thể chế hóa các quy định của Luật số 98/2025/QH15.\n"
    )
    own = dict(_own(text))
    assert own["105/2023/TT-BQP"] == "AMENDS"
    assert own["98/2025/QH15"] == "IMPLEMENTS"
    # a document the text only names keeps its own title's purpose
    cited = dict(_own(text.replace("Thông tư này sửa đổi, bổ sung", "Bộ đã ban hành")))
    assert cited["98/2025/QH15"] == "CITES"


def test_a_document_that_did_something_to_carry_out_another_carries_it_out():
    """news-749: "Thực hiện nhiệm vụ, giải pháp … được đề ra tại Nghị quyết số 27-NQ/TW, Luật
    Tổ chức Tòa án nhân dân năm 2024 đã sửa đổi, bổ sung …": a law's text is what carries the
    resolution out; a body that "đã" acted looks back at past work."""
    text = (
        "Thực hiện nhiệm vụ, giải pháp được đề ra tại Nghị quyết số 27-NQ/TW, Luật Tổ chức Tòa "
        "án nhân dân năm 2024 đã sửa đổi, bổ sung nhiệm vụ, quyền hạn của Tòa án.\n"
    )
    assert dict(_own(text))["27-NQ/TW"] == "IMPLEMENTS"
    looked_back = text.replace("Luật Tổ chức Tòa án nhân dân năm 2024", "các bộ, ngành")
    assert dict(_own(looked_back))["27-NQ/TW"] == "CITES"


def test_carrying_out_a_plan_carries_out_the_document_a_bracket_says_issued_it():
    """news-389: the bracket names what the plan was issued with, no aside; a bracket that
    only dates the plan is still an aside."""
    text = (
        "Thực hiện Kế hoạch triển khai Cuộc vận động trong năm 2008 của Ban Chỉ đạo Trung ương "
        "(ban hành theo Thông báo Kết luận số 02-KL/BCĐTW ngày 22-10-2007), Ban Tuyên giáo "
        "Trung ương hướng dẫn học tập chuyên đề."
    )
    assert _own(text) == [("02-KL/BCĐTW", "IMPLEMENTS")]
    aside = text.replace("ban hành theo Thông báo Kết luận số", "xem Thông báo Kết luận số")
    assert _own(aside) == [("02-KL/BCĐTW", "CITES")]


def test_carrying_out_the_partys_line_reaches_the_documents_named_after_its_matter():
    """news-765: the documents that state the Party's line come after a long matter."""
    matter = "về phát triển nguồn nhân lực, nhất là nguồn nhân lực chất lượng cao " * 3
    text = (
        f"Bốn là, thể chế hóa chủ trương, quan điểm của Đảng {matter}trong Văn kiện Đại hội, "
        "Nghị quyết số 59-NQ/TW ngày 24/01/2025 của Bộ Chính trị."
    )
    assert _own(text) == [("59-NQ/TW", "IMPLEMENTS")]
    other = text.replace("chủ trương, quan điểm của Đảng", "các giải pháp")
    assert _own(other) == [("59-NQ/TW", "CITES")]


def _own_named(text: str) -> list[tuple[str, str]]:
    """The page's own statements on the laws it names, (surface, relation), for a page of no
    number of its own (a report)."""
    document, refs = extract_text(text)
    return [
        (text[refs[s.object].start : refs[s.object].end], s.relation)
        for s in relate(text, refs, "vi", document.number, document.reported)
        if s.subject is None and refs[s.object].kind == "named"
    ]


def test_laws_listed_after_an_amending_laws_name_are_amended_as_the_first():
    """news-915: the name "Luật sửa đổi, bổ sung một số điều của Luật Đấu thầu" ends with the
    first law amended, and the laws after each ";" are amended too; the headings that tell
    what the law changes in each are its acts, on a page that reports that law."""
    text = (
        "Tại Kỳ họp thứ 9, Quốc hội đã thông qua Luật sửa đổi, bổ sung một số điều của Luật Đấu "
        "thầu; Luật Hải quan; Luật Đầu tư công. Luật này có hiệu lực thi hành từ ngày 01 tháng "
        "7 năm 2025.\n\n## Sửa đổi, bổ sung một số điều của Luật Hải quan\n\nVề sửa đổi, bổ "
        "sung một số điều của Luật Hải quan, dự thảo Luật quy định rõ hơn thủ tục.\n"
    )
    own = _own_named(text)
    assert own.count(("Luật Hải quan", "AMENDS")) == 3
    assert ("Luật Đầu tư công", "AMENDS") in own
    # a numbered law's name is another document's title: the page only cites what it lists
    numbered = text.replace("Luật sửa đổi,", "Luật số 90/2025/QH15 sửa đổi,", 1)
    assert ("Luật Đầu tư công", "AMENDS") not in _own_named(numbered)


def test_a_mechanism_applied_on_under_an_earlier_document_continues_it():
    """news-719: "… được tiếp tục áp dụng cơ chế đặc thù theo Nghị quyết số 60/NQ-CP" carries
    on what 60/NQ-CP set up (CONTINUES); a rule applied on in a transitional clause ("tiếp
    tục áp dụng quy định tại Nghị định số …", relations-056) is only cited."""
    mechanism = (
        "Các mỏ khoáng sản cung cấp vật liệu cho Dự án được tiếp tục áp dụng cơ chế đặc thù "
        "theo Nghị quyết số 60/NQ-CP ngày 16/6/2021 của Chính phủ.\n"
    )
    assert _own_of(mechanism, "168/NQ-CP") == [("60/NQ-CP", "CONTINUES")]
    rule = (
        "4. Công ty mẹ tiếp tục áp dụng quy định tại Nghị định số 65/2011/NĐ-CP ngày 29 tháng 7 "
        "năm 2011 của Chính phủ.\n"
    )
    assert _own_of(rule, "08/2018/NĐ-CP") == [("65/2011/NĐ-CP", "CITES")]


def test_a_reports_account_of_its_documents_change_is_the_pages():
    """news-542: a report of no number names a circular, then "Thông tư … thay thế Thông tư số
    06/2021/TT-TTCP": the replacement is the page's statement (and the circular's act); what
    the document carries out is still only cited, as before."""
    replaces = (
        "Thanh tra Chính phủ ban hành Thông tư số 08/2024/TT-TTCP quy định về tổ chức tiếp "
        "công dân.\n\nThông tư gồm có 04 chương, 27 điều và có hiệu lực thi hành kể từ ngày "
        "3/2/2025 thay thế Thông tư số 06/2021/TT-TTCP ngày 01/10/2021.\n"
    )
    assert ("06/2021/TT-TTCP", "REPLACES") in _own_of(replaces, None)
    refs = find_references(replaces)
    about = [
        (refs[s.subject].canonical, s.relation, refs[s.object].canonical)
        for s in relate(replaces, refs, "vi")
        if s.subject is not None
    ]
    assert ("08/2024/TT-TTCP", "REPLACES", "06/2021/TT-TTCP") in about


def test_a_reports_document_changing_a_provision_as_its_clauses_subject_is_the_pages():
    """news-889, news-757, news-748: a report of no number tells that the document it names,
    the subject of its clause, changes a provision of another; one cited after "theo Điều 4"
    stays a citation. A title in a list that names the document changed whole tells that
    change too (`test_a_title_a_page_of_no_document_lists_tells_the_change_it_makes`: the
    blind rounds read it so, 27 of 30, where news-321 and news-073 had read it cited)."""
    told = {
        "Trong đó, Nghị định 60/2025/NĐ-CP sửa đổi, bổ sung Điều 9 Nghị định số "
        "116/2020/NĐ-CP về thu hồi kinh phí hỗ trợ.\n": ("116/2020/NĐ-CP", "AMENDS"),
        "Nghị định số 310/2025/NĐ-CP cũng sửa đổi, bổ sung điểm a khoản 1 Điều 3 Nghị định "
        "số 125/2020/NĐ-CP.\n": ("125/2020/NĐ-CP", "AMENDS"),
        "Với mục tiêu mở cửa thị trường, Nghị định số 245/2025/NĐ-CP bãi bỏ điểm e khoản 1 "
        "Điều 139 Nghị định số 155/2020/NĐ-CP.\n": ("155/2020/NĐ-CP", "REPEALS"),
    }
    told.update(
        {
            "Có hiệu lực từ ngày 2/2/2025, Nghị định số 159/2024/NĐ-CP ngày 18/12/2024 của "
            "Chính phủ sửa đổi, bổ sung một số điều của Nghị định số 01/2019/NĐ-CP.\n": (
                "01/2019/NĐ-CP",
                "AMENDS",
            ),
            # the insertion of an article after another names the document it goes into
            "Nghị định số 226/2025/NĐ-CP bổ sung Điều 14a vào sau Điều 14 Nghị định số "
            "88/2024/NĐ-CP ngày 15 tháng 7 năm 2024.\n": ("88/2024/NĐ-CP", "AMENDS"),
            "Trong đó, việc trình Chính phủ ban hành Nghị định số 245/2025/NĐ-CP ngày 11/9/2025 "
            "sửa đổi, bổ sung Nghị định số 155/2020/NĐ-CP.\n": ("155/2020/NĐ-CP", "AMENDS"),
        }
    )
    for text, own in told.items():
        assert own in _own_of(text, None), text
    cited = (
        "Hóa đơn vẫn được xuất, bởi lẽ theo Điều 4 Thông tư 96/2015/TT-BTC sửa đổi, bổ sung "
        "Điều 6 Thông tư 78/2014/TT-BTC.\n"
    )
    assert "AMENDS" not in {relation for _, relation in _own_of(cited, None)}
    listed = (
        "(4) Nghị định 117/2024/NĐ-CP sửa đổi Nghị định 82/2020/NĐ-CP quy định xử phạt.\n",
        "- Nghị quyết 01/2025/NQ-HĐND của HĐND tỉnh về việc sửa đổi, bổ sung một số điều của "
        "Nghị quyết 231/2019/NQ-HĐND của HĐND tỉnh.\n",
    )
    for text in listed:
        assert "AMENDS" in {relation for _, relation in _own_of(text, None)}, text
    # a page with a number of its own: the other decree's act is not the page's
    numbered = next(iter(told))
    assert ("116/2020/NĐ-CP", "AMENDS") not in _own_of(numbered, "227/2025/NĐ-CP")


def test_a_passive_whose_agent_is_the_texts_own_number_is_the_texts_act():
    """news-678: on a page about Nghị định 93/2025/NĐ-CP, "Khoản 1 Điều 24 Nghị định số
    19/2020/NĐ-CP, được sửa đổi, bổ sung bởi Nghị định số 93/2025/NĐ-CP" is the page's own
    amendment (the store gives it the page's node already); another agent's stays cited."""
    text = (
        "- Khoản 1 Điều 24 Nghị định số 19/2020/NĐ-CP, được sửa đổi, bổ sung bởi Nghị định "
        "số 93/2025/NĐ-CP nêu rõ các trường hợp.\n"
    )
    assert ("19/2020/NĐ-CP", "AMENDS") in _own_of(text, "93/2025/NĐ-CP")
    assert ("19/2020/NĐ-CP", "CITES") in _own_of(text, "94/2025/NĐ-CP")


def test_entries_of_a_second_list_of_procedures_after_a_semicolon_share_the_repeal():
    """tvpl-011, a text wrapped at a fixed width: "Bãi bỏ: … tại số thứ tự 17,18 Mục I Danh
    mục TTHC ban hành kèm theo Quyết định số A … (its title over two lines); số thứ tự số
    01,02 mục A … - Danh mục TTHC ban hành kèm theo Quyết định số B": B's entries are
    repealed as A's are."""
    text = (
        "Điều 3. Quyết định này có hiệu lực thi hành kể từ ngày ký. Bãi bỏ: 06 thủ tục hành "
        "chính tại số thứ tự 17,18 Mục I Danh mục\nTTHC ban hành kèm theo Quyết định số "
        "719/QĐ-UBND ngày 11/4/2024 của Chủ tịch\nUBND tỉnh về việc công bố Danh mục thủ tục "
        "hành chính được chuẩn hóa trên\nđịa bàn tỉnh; số thứ tự số 01,02 mục A và số thứ tự "
        "04,05 mục B - Danh\nmục TTHC ban hành kèm theo Quyết định số 241/QĐ-UBND ngày "
        "07/02/2025 của Chủ tịch UBND tỉnh.\n"
    )
    own = _own_of(text, "1000/QĐ-UBND")
    assert ("719/QĐ-UBND", "REPEALS") in own
    assert ("241/QĐ-UBND", "REPEALS") in own


def test_a_part_issued_with_a_document_amended_in_the_name_of_the_resolution_reported():
    """news-929: a report of no number on "Nghị quyết của Quốc hội sửa đổi, bổ sung một số
    điều của Nội quy kỳ họp Quốc hội ban hành kèm theo Nghị quyết số 71/2022/QH15": the rules
    issued with 71/2022 are amended by the resolution the page reports (the page's act)."""
    text = (
        "Tại Kỳ họp thứ 9, Quốc hội đã biểu quyết thông qua Nghị quyết của Quốc hội sửa đổi, bổ "
        "sung một số điều của Nội quy kỳ họp Quốc hội ban hành kèm theo Nghị quyết số "
        "71/2022/QH15 của Quốc hội.\n"
    )
    assert ("71/2022/QH15", "AMENDS") in _own(text, "vi", identified=True)


def test_entries_amended_and_one_struck_out_in_one_document_amend_it():
    """tvpl-123: "Sửa đổi Danh mục số thứ tự 1594, 1595 … và bãi bỏ danh mục số thứ tự 1646
    tại Phụ lục kèm theo Quyết định số 2411/QĐ-UBND" changes 2411's text: one amendment, not
    a repeal; a repeal of a document named on its own after "sửa đổi … và" still repeals."""
    mixed = (
        "- Sửa đổi Danh mục số thứ tự 1594,\n1595, 1647, 1781 và bãi bỏ danh\nmục số thứ tự "
        "1646 tại Phụ lục kèm theo Quyết định số 2411/QĐ-UBND ngày\n04/11/2025 của Chủ tịch "
        "Ủy ban nhân dân tỉnh.\n"
    )
    assert _own_of(mixed, "3000/QĐ-UBND") == [("2411/QĐ-UBND", "AMENDS")]
    separate = (
        "Sửa đổi Điều 2 Quyết định số 10/2024/QĐ-UBND và bãi bỏ Quyết định số 12/2024/QĐ-UBND.\n"
    )
    assert ("12/2024/QĐ-UBND", "REPEALS") in _own_of(separate, "3000/QĐ-UBND")


def test_a_page_on_a_law_that_amends_a_count_of_laws_tells_its_acts_on_them():
    """news-230: "Quốc hội đã biểu quyết thông qua Luật sửa đổi, bổ sung một số điều của 10
    luật …", then "(Luật sửa đổi) trong đó có Luật Trật tự, an toàn giao thông đường bộ": a
    page of no number on that law; its act on a law it names is the page's, not a lower
    document's task about the law."""
    text = (
        "Ngày 10 tháng 12 năm 2025, Quốc hội đã biểu quyết thông qua Luật sửa đổi, bổ sung một "
        "số điều của 10 luật có liên quan đến an ninh, trật tự.\n\nLuật sửa đổi, bổ sung một "
        "số điều của 10 luật có liên quan đến an ninh, trật tự, trong đó sửa đổi Luật Trật tự, "
        "an toàn giao thông đường bộ 2024.\n"
    )
    assert ("Luật Trật tự, an toàn giao thông đường bộ", "AMENDS") in _own_named(text)


def test_a_page_on_an_amending_law_a_catalogue_numbers_tells_its_acts_on_laws():
    """news-922: the amending law the page reports is known by number (79/2025/QH15), and
    "sửa đổi, bổ sung quy định tại khoản 2 Điều 13 Luật Quốc tịch Việt Nam" later in the page
    is still that law's act."""
    text = (
        "Quốc hội đã biểu quyết thông qua Luật sửa đổi, bổ sung một số điều của Luật Quốc tịch "
        "Việt Nam.\n\nTiếp thu ý kiến đại biểu, Chính phủ đã chỉnh lý; sửa đổi, bổ sung quy "
        "định tại khoản 2 Điều 13 Luật Quốc tịch Việt Nam theo hướng đơn giản hóa thủ tục.\n"
    )
    assert ("Luật Quốc tịch Việt Nam", "AMENDS") in _own_named(text)


def test_the_document_named_after_a_quoted_procedure_takes_the_act_before_the_quote():
    """tvpl-088: "Bãi bỏ TTHC: “Đăng ký sửa đổi chế độ Kế toán theo Thông tư số
    200/2014/TT-BTC …” tại Quyết định số 2083/QĐ-BTC": the quotation closes the procedure's
    name, so 2083 is where the entry repealed stands, not a document in that name's title."""
    text = (
        "Điều 2. Quyết định này có hiệu lực từ ngày 01 tháng 01 năm 2026.\nBãi bỏ TTHC: “Đăng "
        "ký sửa đổi chế độ Kế toán\ntheo Thông tư số 200/2014/TT-BTC hướng dẫn Chế\nđộ kế toán "
        "doanh nghiệp” tại Quyết định số 2083/QĐ-BTC ngày 29/09/2016 của\nBộ trưởng Bộ Tài "
        "chính.\n"
    )
    own = dict(_own_of(text, "4014/QĐ-BTC"))
    assert own["2083/QĐ-BTC"] == "REPEALS"
    assert own["200/2014/TT-BTC"] == "CITES"


def test_a_reported_law_changes_no_party_document():
    """news-127: in an account of a bill amending the Land Law, "Nhóm nội dung thể chế quan
    điểm, mục tiêu, nhiệm vụ, giải pháp sửa đổi, bổ sung Nghị quyết số 18-NQ/TW" names what
    the law gives effect to; a State law does not amend a Party resolution."""
    text = (
        "Dự thảo Luật sửa đổi, bổ sung một số điều của Luật Đất đai gồm 3 điều.\n\nTrong đó, "
        "Điều 1 sửa đổi, bổ sung một số điều của Luật Đất đai, gồm 3 nhóm nội dung: Nhóm nội "
        "dung thể chế quan điểm, mục tiêu, nhiệm vụ, giải pháp sửa đổi, bổ sung Nghị quyết số "
        "18-NQ/TW do Đảng ủy Chính phủ báo cáo.\n"
    )
    document, refs = extract_text(text)
    own = [
        (text[refs[s.object].start : refs[s.object].end], s.relation)
        for s in relate(text, refs, "vi", document.number, document.reported)
        if s.subject is None
    ]
    assert ("18-NQ/TW", "AMENDS") not in own
    assert ("Luật Đất đai", "AMENDS") in own


def test_an_act_reaches_a_document_through_what_is_provided_in_it():
    """news-294: "được quy định tại" says where the thing acted on stands, as "quy định tại"
    does: the act before it reaches the document ("thay thế mẫu tờ khai được quy định tại
    Phụ lục 5 ban hành kèm theo Thông tư …"), in a bracket after the acting document too."""
    assert _own("Thay thế mẫu tờ khai được quy định tại Thông tư số 04/2020/TT-BTP.") == [
        ("04/2020/TT-BTP", "REPLACES")
    ]
    bracket = (
        "Mẫu tờ khai quy định tại Phụ lục 5 ban hành kèm theo Thông tư 04/2024/TT-BTP (thay "
        "thế mẫu tờ khai được quy định tại Phụ lục 5 ban hành kèm theo Thông tư 04/2020/TT-BTP)"
        ", mẫu có dạng như sau."
    )
    assert ("04/2024/TT-BTP", "REPLACES", "04/2020/TT-BTP") in _all(bracket)
    # alone, it only says where a thing stands
    assert _own("Các nội dung được quy định tại Thông tư số 04/2020/TT-BTP vẫn áp dụng.") == [
        ("04/2020/TT-BTP", "CITES")
    ]


def test_contents_a_law_assigns_to_be_detailed_are_no_detailing_of_it():
    """ "ban hành đầy đủ các nội dung được giao quy định chi tiết trong Luật Đất đai" names what
    the law leaves to others to detail (blind round H); a decision that details the law
    guides it."""
    ordered = (
        "Công điện số 105/CĐ-TTg yêu cầu các địa phương ban hành đầy đủ các nội dung được "
        "giao quy định chi tiết trong Luật số 31/2024/QH15 trước ngày 15/10/2024.\n"
    )
    document, refs = extract_text(ordered)
    acts = relate(ordered, refs, "vi", document.number, document.reported)
    assert {s.relation for s in acts if refs[s.object].canonical == "31/2024/QH15"} == {"CITES"}
    detailing = "Quyết định này quy định chi tiết một số điều của Luật số 31/2024/QH15.\n"
    assert _own(detailing) == [("31/2024/QH15", "GUIDES")]


def test_a_law_reported_passed_does_what_follows_its_number_after_a_comma():
    """ "Quốc hội thông qua Luật … số 41/2024/QH15, thay thế Luật … số 58/2014/QH13": the law
    passed replaces the old one, in a report as in a translation (blind round H)."""
    for text in (
        "Ngày 29/6/2024, Quốc hội thông qua Luật Bảo hiểm xã hội số 41/2024/QH15, thay thế "
        "Luật Bảo hiểm xã hội số 58/2014/QH13.",
        "On June 29, 2024, the National Assembly passed the Social Insurance Law No. "
        "41/2024/QH15, replacing the Social Insurance Law No. 58/2014/QH13.",
    ):
        refs = find_references(text)
        acts = {
            (refs[s.subject].canonical, s.relation, refs[s.object].canonical)
            for s in relate(text, refs, detect_language(text))
            if isinstance(s.subject, int)
        }
        assert acts == {("41/2024/QH15", "REPLACES", "58/2014/QH13")}, text
    # a law only mentioned, with no passing reported, describes nothing after its comma
    told = "Luật số 41/2024/QH15, thay thế Luật số 58/2014/QH13 từ ngày 01/7/2025."
    refs = find_references(told)
    assert not [s for s in relate(told, refs, "vi") if isinstance(s.subject, int)]


def test_a_quoted_title_after_a_number_is_that_documents_title():
    """ "Chương trình hành động số 83-CTHĐ/TU … về “Thực hiện Nghị quyết số 08-NQ/TW …”": the
    quotes hold the programme's title, whose cue is the programme's act (blind round I); a
    name quoted in a clause of its own still acts on nothing, and a list of kinds of
    documents ("các nghị quyết, kết luận, chương trình hành động của Tỉnh ủy") is no cue."""
    text = (
        "Hội nghị đã được quán triệt các nghị quyết, kết luận, chương trình hành động của Tỉnh "
        "ủy: Nghị quyết số 02-NQ/TU ngày 04/11/2016 về phát triển đô thị; Chương trình hành "
        "động số 83-CTHĐ/TU, ngày 25/7/2017, của Tỉnh uỷ về “Thực hiện Nghị quyết số 08-NQ/TW, "
        "ngày 16/1/2017, của Bộ Chính trị về phát triển du lịch”.\n"
    )
    refs = find_references(text)
    acts = {
        (
            None if s.subject is None else refs[s.subject].canonical,
            s.relation,
            refs[s.object].canonical,
        )
        for s in relate(text, refs, "vi")
    }
    assert ("83-CTHĐ/TU", "IMPLEMENTS", "08-NQ/TW") in acts
    assert {r for s, r, o in acts if s is None and o in ("02-NQ/TU", "83-CTHĐ/TU")} == {"CITES"}
    quoted = "Tỉnh đã triển khai Đề án “Thực hiện Nghị quyết số 08-NQ/TW về du lịch” từ năm 2018.\n"
    refs = find_references(quoted)
    assert [s.relation for s in relate(quoted, refs, "vi")] == ["CITES"]


def test_an_item_of_the_outer_list_after_a_nested_title_is_no_object_of_that_title():
    """ "… như: Kế hoạch số 27-KH/TU về thực hiện Kết luận số 05-KL/TW … về tiếp tục thực hiện
    Chỉ thị số 50-CT/TW …; Kế hoạch số 28-KH/TU; …": the plan after the ";" is the next item
    of the list of plans, not one more document 05-KL/TW continues (blind round I)."""
    text = (
        "Ban Thường vụ Tỉnh ủy đã ban hành một số văn bản như: Kế hoạch số 27-KH/TU, ngày "
        "19/7/2021 về thực hiện Kết luận số 05-KL/TW, ngày 03/6/2021 của Ban Bí thư về tiếp tục "
        "thực hiện Chỉ thị số 50-CT/TW của Bộ Chính trị; Kế hoạch số 28-KH/TU; Kế hoạch số "
        "29-KH/TU.\n"
    )
    refs = find_references(text)
    acts = {
        (refs[s.subject].canonical, s.relation, refs[s.object].canonical)
        for s in relate(text, refs, "vi")
        if isinstance(s.subject, int)
    }
    assert acts == {
        ("27-KH/TU", "IMPLEMENTS", "05-KL/TW"),
        ("05-KL/TW", "CONTINUES", "50-CT/TW"),
    }


def test_a_translation_names_an_issuer_in_the_object_of_an_act_without_joining_a_list():
    """ "… Decree No. 70/2023/ND-CP amending and supplementing several articles of the
    Government's Decree No. 152/2020/ND-CP": the "and" is the verb's, and the possessive names
    the amended decree's issuer (blind round J); "… and the Government's Decree No. …" after a
    mention still joins a list."""
    text = (
        "the Government issued Decree No. 70/2023/ND-CP amending and supplementing several "
        "articles of the Government's Decree No. 152/2020/ND-CP on foreign workers."
    )
    document, refs = extract_text(text)
    acts = {
        (s.relation, refs[s.object].canonical)
        for s in relate(text, refs, "en", document.number, document.reported)
        if s.subject is None
    }
    assert ("AMENDS", "152/2020/NĐ-CP") in acts


def test_a_document_said_to_take_effect_does_what_follows():
    """ "Decree 98 took effect from 1 January 2022 and replaced Decree No. 36/2016/ND-CP …",
    "Nghị định 80/2021/NĐ-CP có hiệu lực từ 15/10/2021 thay thế Nghị định 39/2018/NĐ-CP": the
    clause's subject replaces, on a page about another document too (blind rounds F, K); and
    a title set off by its date ("Decree No. 25/2018/ND-CP dated 28 February 2018, amending
    …") is that decree's."""
    for text, subject, target, relation in (
        (
            "1. Decree No. 117/2018/ND-CP dated September 11, 2018 of the Government on banks "
            "came into effect since November 1, 2018 and replaces the Government's Decree No. "
            "70/2000/ND-CP dated November 21, 2000.",
            "117/2018/NĐ-CP",
            "70/2000/NĐ-CP",
            "REPLACES",
        ),
        (
            "This is the new regulation in Decree No. 25/2018/ND-CP dated 28 February 2018, "
            "amending and supplementing some articles of Decree No. 60/2014/ND-CP on printing.",
            "25/2018/NĐ-CP",
            "60/2014/NĐ-CP",
            "AMENDS",
        ),
    ):
        refs = find_references(text)
        acts = {
            (refs[s.subject].canonical, s.relation, refs[s.object].canonical)
            for s in relate(text, refs, "en")
            if isinstance(s.subject, int)
        }
        assert acts == {(subject, relation, target)}, text
    # a law reported ratified, with its alias in brackets on the way
    ratified = (
        "At the 2nd session, the National Assembly had ratified Law on Advertising No. "
        "16/2012/QH13 that will take effect on 1 January 2013 ( Advertising Law ), and replace "
        "the Ordinance on Advertising No. 39/2001/PL-UBTVQH10 of the Standing Committee."
    )
    refs = find_references(ratified)
    assert {
        (refs[s.subject].canonical, s.relation, refs[s.object].canonical)
        for s in relate(ratified, refs, "en")
        if isinstance(s.subject, int)
    } == {("16/2012/QH13", "REPLACES", "39/2001/PL-UBTVQH10")}
    # the text's own document taking effect acts as itself
    own = "Nghị định này có hiệu lực từ ngày 15/10/2021 và thay thế Nghị định số 39/2018/NĐ-CP."
    assert _own(own) == [("39/2018/NĐ-CP", "REPLACES")]


def test_a_translated_document_opening_its_sentence_acts_past_its_date_and_issuer():
    """Blind round AA: "Plan No. 333-KH/TU dated May 7, 2025, issued by the Provincial Party
    Committee, thoroughly grasps and concretizes Resolution No. 57-NQ/TW": the plan carries the
    resolution out ("cụ thể hóa" translated); a page that only mentions the plan before a comma
    does not make it the actor."""
    opened = (
        "Son La takes action. Plan No. 333-KH/TU dated May 7, 2025, issued by the "
        "Provincial Party Committee, thoroughly grasps and concretizes Resolution No. 57-NQ/TW."
    )
    mentioned = (
        "The province held a meeting on Plan No. 333-KH/TU, and implements Resolution No. 57-NQ/TW."
    )
    under = "The province met. Under Plan No. 333-KH/TU, implements Resolution No. 57-NQ/TW."
    assert ("333-KH/TU", "IMPLEMENTS", "57-NQ/TW") in _read(opened)
    assert ("333-KH/TU", "IMPLEMENTS", "57-NQ/TW") not in _read(mentioned)
    assert ("333-KH/TU", "IMPLEMENTS", "57-NQ/TW") not in _read(under)


def test_a_translated_basis_line_amendment_past_a_month_and_year():
    """Blind round AB: "Decree No. 04/2008/ND-CP of January 2008, amending and supplementing
    … Decree No. 92/2006/ND-CP" in a basis line: the comma after a month and year sets the
    title off, as after a full date; both stay BASED_ON."""
    text = (
        "Pursuant to the Government’s Decree No. 04/2008/ND-CP of January 2008, amending and "
        "supplementing a number of articles of the Government's Decree No. 92/2006/ND-CP of "
        "September 7, 2006, on master plans;"
    )
    found = _read(text)
    assert ("04/2008/NĐ-CP", "AMENDS", "92/2006/NĐ-CP") in found
    assert {(None, "BASED_ON", "04/2008/NĐ-CP"), (None, "BASED_ON", "92/2006/NĐ-CP")} <= found


def test_a_translated_basis_line_whose_possessive_lost_its_apostrophe():
    """Blind round AC: "Pursuant to the Government s Decree No. 35/2007/ND-CP …" (the
    apostrophe lost on the way) is a basis line, and the lines after it stay in the run."""
    text = (
        "THE STATE BANK OF VIETNAM __________ No. 14/2019/TT-NHNN | THE SOCIALIST REPUBLIC "
        "OF VIETNAM Independence - Freedom - Happiness | Hanoi, May 3, 2019 |\n"
        "CIRCULAR\nON PAYMENT SERVICES\n"
        "Pursuant to the Law on State Bank of Vietnam dated June 16, 2010;\n"
        "Pursuant to the Government’s Decree No. 26/2007/ND-CP dated February 15, 2007, on "
        "digital signatures; Decree No. 106/2011/ND-CP dated November 23, 2011, on amending "
        "a number of articles of the Decree No. 26/2007/ND-CP;\n"
        "Pursuant to the Government s Decree No. 35/2007/ND-CP dated March 08, 2007, on "
        "banking e-transactions;\n"
        "Pursuant to the Decree No. 101/2012/ND-CP dated November 22, 2012 of the Government "
        "on non-cash payment;\n"
        "At the proposal of the Director of the Department of Information Technology;\n"
        "The Governor of the State Bank of Vietnam hereby promulgates the Circular on payment "
        "services."
    )
    found = _read(text)
    assert {
        (None, "BASED_ON", "26/2007/NĐ-CP"),
        (None, "BASED_ON", "35/2007/NĐ-CP"),
        (None, "BASED_ON", "101/2012/NĐ-CP"),
    } <= found


def test_a_legal_databases_note_of_what_replaced_the_pages_own_document():
    """Blind rounds Y, Z, AE, AF: a legal database prints above the document its note of the
    end of force, "… A … bị bãi bỏ, thay thế bởi B …". B replaces A, also when A is the
    page's own document (its header below) and the note is set in quotation marks."""
    note = (
        "Caselaw Việt Nam: “Kể từ ngày 01-01-2022, Nghị định số 58/2003/NĐ-CP ngày 29/05/2003 "
        "của Chính phủ Quy định về kiểm soát nhập khẩu chất ma tuý bị bãi bỏ, thay thế bởi "
        "Nghị định số 105/2021/NĐ-CP ngày 04/12/2021 của Chính phủ”. Xem thêm Lược đồ.\n\n"
    )
    page = note + (
        "CHÍNH PHỦ\n-------\nSố: 58/2003/NĐ-CP\n\nHà Nội, ngày 29 tháng 5 năm 2003\n\n"
        "NGHỊ ĐỊNH\nQUY ĐỊNH VỀ KIỂM SOÁT NHẬP KHẨU CHẤT MA TUÝ\n\nCHÍNH PHỦ\n\n"
        "Căn cứ Luật Tổ chức Chính phủ ngày 25 tháng 12 năm 2001;\n\nNGHỊ ĐỊNH:\n"
    )
    for text in (page, note):
        about = _about(text, identified=True)
        assert ("105/2021/NĐ-CP", "REPLACES", "58/2003/NĐ-CP") in about, text[:20]


@pytest.mark.parametrize(
    ("heading", "first", "second"),
    [
        (
            "Điều 1. Bãi bỏ các văn bản sau đây",
            "Thông tư số 03/2016/TT-BYT",
            "Thông tư số 31/2019/TT-BYT",
        ),
        (
            "Điều 1. Bãi bỏ 03 văn bản quy phạm pháp luật do Bộ trưởng Bộ Y tế ban hành",
            "Thông tư số 03/2016/TT-BYT",
            "Thông tư số 31/2019/TT-BYT",
        ),
        (
            "Article 1. To repeal three (03) legal documents promulgated by the Ministry of Health",
            "The Minister of Health’s Circular No. 03/2016/TT-BYT",
            "The Minister of Health’s Circular No. 31/2019/TT-BYT",
        ),
    ],
)
def test_an_articles_heading_without_a_colon_acts_on_the_documents_it_counts(
    heading: str, first: str, second: str
) -> None:
    """Blind round AH: an article's heading may count the documents it acts on and say whose
    they are, with no colon before the numbered items that list them."""
    text = (
        f"Số: 08/2023/TT-BYT\n{heading}\n1. {first} ngày 21/01/2016 quy định về kinh doanh.\n"
        f"2. {second} ngày 05/12/2019 quy định.\nĐiều 2. Hiệu lực thi hành\n"
    )
    assert _own_of(text, "08/2023/TT-BYT") == [
        ("03/2016/TT-BYT", "REPEALS"),
        ("31/2019/TT-BYT", "REPEALS"),
    ]
    # a heading that only counts documents of which it says nothing acts on none
    told = text.replace(heading, "Điều 1. Tình hình thực hiện 03 văn bản quy phạm pháp luật")
    assert [r for _, r in _own_of(told, "08/2023/TT-BYT")] == ["CITES", "CITES"]


def test_a_reports_full_text_announced_with_a_colon_keeps_its_preamble():
    """Blind round AH: "Toàn văn Quy định số 377-QĐ/TW như sau:" opens the document the report
    reproduces; the basis lines after the colon are its preamble, not reasoning the colon
    introduces."""
    lead = (
        "Thay mặt Bộ Chính trị, Thường trực Ban Bí thư đã ký ban hành Quy định số 377-QĐ/TW ngày "
        "8/10/2025 của Bộ Chính trị về phân cấp quản lý cán bộ và quy hoạch, bổ nhiệm, giới "
        "thiệu ứng cử, tạm đình chỉ công tác, cho thôi giữ chức vụ đối với cán bộ.\n\n"
    )
    body = (
        "- Căn cứ Kết luận số 121-KL/TW, ngày 24/01/2025 và Nghị quyết số 60-NQ/TW, ngày "
        "12/4/2025 của Ban Chấp hành Trung ương Đảng khóa XIII,\n\nBộ Chính trị quy định như "
        "sau:\n\nChương I\n\nQUY ĐỊNH CHUNG\n\nĐiều 1. Phạm vi điều chỉnh\n"
    )

    def basis(text: str) -> list[str]:
        document, refs = extract_text(text)
        return [
            refs[s.object].canonical
            for s in relate(text, refs, "vi", document.number, document.reported)
            if s.subject is None and s.relation == "BASED_ON"
        ]

    assert basis(lead + "Toàn văn Quy định số 377-QĐ/TW như sau:\n\n" + body) == [
        "121-KL/TW",
        "60-NQ/TW",
    ]
    # a colon after words of another kind still opens a run of reasoning
    assert basis(lead + "Về vấn đề này, Ban Tổ chức có ý kiến như sau:\n\n" + body) == []


def test_a_titles_act_reaches_the_next_document_of_its_list():
    """Blind round AH, tvpl-170: "Căn cứ … số 187/2025/NĐ-CP … về sửa đổi bổ sung một số điều
    của Nghị định số 78/2025/NĐ-CP … và Nghị định số 79/2025/NĐ-CP": the title's act is on
    both; a ";" ends the title, and the next basis is no part of its list (tvpl-76)."""

    head = "Số: 88/QĐ-UBND\nQUYẾT ĐỊNH\n"
    listed = (
        head + "Căn cứ các Nghị định của Chính phủ: số 187/2025/NĐ-CP ngày 01/7/2025 về sửa đổi "
        "bổ sung một số điều của Nghị định số 78/2025/NĐ-CP ngày 01/4/2025 và Nghị định số "
        "79/2025/NĐ-CP ngày 01/4/2025 của Chính phủ;\nQUYẾT ĐỊNH:\nĐiều 1. Ban hành.\n"
    )
    assert _about(listed, own_number="88/QĐ-UBND") == {
        ("187/2025/NĐ-CP", "AMENDS", "78/2025/NĐ-CP"),
        ("187/2025/NĐ-CP", "AMENDS", "79/2025/NĐ-CP"),
    }
    basis = (
        head + "Căn cứ các Nghị quyết của Quốc hội: số 28/2016/QH14 ngày 11/11/2016 về sửa đổi, "
        "bổ sung một số điều của Nghị quyết số 55/2010/QH12 về miễn, giảm thuế; số "
        "107/2020/QH14 ngày 10/6/2020 về kéo dài thời hạn miễn thuế;\nQUYẾT ĐỊNH:\nĐiều 1.\n"
    )
    assert _about(basis, own_number="88/QĐ-UBND") == {("28/2016/QH14", "AMENDS", "55/2010/QH12")}


def test_a_legal_databases_effect_history_rows_act_on_its_document():
    """Blind rounds T, Y, AB, AH: each row of a change in an effect history ("Lịch sử hiệu
    lực" on vbpl.vn) names the source that changed the history's document, not the source of
    the row above it."""
    text = (
        "Lịch sử hiệu lực: Thông tư 09/2005/TT-BYT\nNgày Trạng thái Văn bản nguồn Phần hết "
        "hiệu lực\n28/03/2005 Văn bản được ban hành 09/2005/TT-BYT\n11/05/2005 Văn bản có hiệu "
        "lực 09/2005/TT-BYT\n03/10/2005 Được bổ sung 24/2005/QĐ-BYT\n01/06/2007 Được sửa đổi "
        "06/2007/TT-BYT\n02/10/2008 Văn bản hết hiệu lực 09/2005/TT-BYT\n02/10/2008 Bị hết "
        "hiệu lực 120/2008/QĐ-TTg\n"
    )
    assert _about(text) == {
        ("24/2005/QĐ-BYT", "AMENDS", "09/2005/TT-BYT"),
        ("06/2007/TT-BYT", "AMENDS", "09/2005/TT-BYT"),
        ("120/2008/QĐ-TTg", "REPEALS", "09/2005/TT-BYT"),
    }
    # said in a sentence, an end of force names no agent after it
    told = "Thông tư số 09/2005/TT-BYT bị hết hiệu lực kể từ ngày 02/10/2008."
    assert _about(told) == set()


def test_a_basis_line_wrapped_before_an_abbreviation_goes_on():
    """Blind round AG: a copy wraps a basis line before "UBND tỉnh, …"; the abbreviation in
    capitals opens no heading, and the basis lines after it are still the preamble's."""
    text = (
        "Số: 14/KH-UBND\nKẾ HOẠCH\nGiảm nghèo nhanh và bền vững năm 2019\n"
        "Căn cứ Quyết định số 37/QĐ-UBND ngày 09 tháng 01 năm 2019 của UBND\n\nhuyện Như Xuân "
        "về việc ban hành kế hoạch hành động thực hiện kế hoạch của\nUBND tỉnh, Nghị quyết của "
        "huyện ủy về nhiệm vụ năm 2019;\nCăn cứ kế hoạch số: 16/KH-UBND ngày 25 tháng 01 năm "
        "2019 của UBND huyện Như Xuân;\nỦy ban nhân dân xã Cát Vân xây dựng kế hoạch với các "
        "nội dung cụ thể sau:\nPhần thứ nhất\n"
    )
    assert _own_of(text, "14/KH-UBND") == [
        ("37/QĐ-UBND", "BASED_ON"),
        ("16/KH-UBND", "BASED_ON"),
    ]


def test_a_guidances_subject_line_guides_what_it_carries_out():
    """Blind round AJ: "Số: 11-HD/UBKTTW\nV/v thực hiện Quy định số 94-QĐ/TW": a guidance for
    carrying a document out guides it; a plan's subject line carries it out."""
    text = (
        "ỦY BAN KIỂM TRA TRUNG ƯƠNG\nSố: 11-HD/UBKTTW\nV/v thực hiện Quy định số 94-QĐ/TW ngày "
        "15/10/2007 của Bộ Chính trị về xử lý kỷ luật đảng viên vi phạm\nHà Nội, ngày 24 tháng "
        "3 năm 2008\n"
    )
    assert _own_of(text, "11-HD/UBKTTW") == [("94-QĐ/TW", "GUIDES")]
    plan = text.replace("11-HD/UBKTTW", "11-KH/UBKTTW")
    assert _own_of(plan, "11-KH/UBKTTW") == [("94-QĐ/TW", "IMPLEMENTS")]


def test_a_translated_sentence_with_a_clause_of_its_own_is_no_piece_of_the_list_before():
    """Blind round AM: "… replacing … Law No. 40/2009/QH12 … . On 8 November 2021, the
    Government issued Decree No. 98/2021/ND-CP": the new sentence opens its own clause, so the
    decree is not a second thing replaced. A sentence that is only a document's name goes on."""
    text = (
        "The New Law will take effect on 1 January 2024, replacing the current Law No. "
        "40/2009/QH12 on Medical Examination and Treatment dated 23 November 2009.\nOn 8 "
        "November 2021, the Government issued Decree No. 98/2021/ND-CP on management of "
        "medical devices."
    )
    law = "15/2023/QH15"
    assert _own_of(text, law, "en") == [("40/2009/QH12", "REPLACES"), ("98/2021/NĐ-CP", "CITES")]
    split = text.replace("On 8 November 2021, the Government issued Decree", "Decree")
    own = _own_of(split, law, "en")
    assert own == [("40/2009/QH12", "REPLACES"), ("98/2021/NĐ-CP", "REPLACES")]


def test_an_alias_closes_an_item_and_the_list_goes_on_after_it():
    """Blind round AN: a title with a cue in it ("về tiếp tục thực hiện sắp xếp …") and an
    alias in brackets after it; the document after the bracket is the next item the plan
    carries out, not an object of the first one's title."""
    text = (
        "Thực hiện Kết luận số 48-KL/TW ngày 30 tháng 01 năm 2023 của Bộ Chính trị về tiếp tục "
        "thực hiện sắp xếp đơn vị hành chính cấp huyện, cấp xã giai đoạn 2023 - 2030 (gọi tắt là "
        "Kết luận số 48-KL/TW), Nghị quyết số 35/2023/UBTVQH15 ngày 12 tháng 7 năm 2023 của Ủy "
        "ban Thường vụ Quốc hội về việc sắp xếp đơn vị hành chính, Ủy ban nhân dân tỉnh ban hành "
        "Kế hoạch."
    )
    assert _own_of(text, "252/KH-UBND") == [
        ("48-KL/TW", "IMPLEMENTS"),
        ("48-KL/TW", "IMPLEMENTS"),
        ("35/2023/UBTVQH15", "IMPLEMENTS"),
    ]
    # as it is without the alias
    plain = text.replace(" (gọi tắt là Kết luận số 48-KL/TW)", "")
    assert ("35/2023/UBTVQH15", "IMPLEMENTS") in _own_of(plain, "252/KH-UBND")


def test_a_plural_type_opens_the_next_items_of_a_list():
    """Blind round AO: "thực hiện nghiêm Chỉ thị số 36/CT-TTg …; các Công điện: số
    2620/CĐ-TTg …, số 115/CĐ-TTg …": the dispatches are carried out as the directive is."""
    text = (
        "Bộ Công an thực hiện nghiêm Chỉ thị số 36/CT-TTg ngày 22/12/2014; các Công điện: số "
        "2620/CĐ-TTg ngày 19/12/2014, số 115/CĐ-TTg ngày 23/1/2015."
    )
    assert _own_of(text, None) == [
        ("36/CT-TTg", "IMPLEMENTS"),
        ("2620/CĐ-TTg", "IMPLEMENTS"),
        ("115/CĐ-TTg", "IMPLEMENTS"),
    ]


def test_a_titles_adjustment_of_a_document_amends_it():
    """Blind round AN: "Quyết định 1760/QĐ-TTg năm 2017 về điều chỉnh Quyết định 1600/QĐ-TTg
    …" (a site's list of related documents): 1760 amends 1600. A report's heading "4. Về việc
    điều chỉnh Nghị định số …" proposes a change; it makes none."""
    text = (
        "Quyết định 1760/QĐ-TTg năm 2017 về điều chỉnh Quyết định 1600/QĐ-TTg phê duyệt Chương "
        "trình mục tiêu quốc gia xây dựng nông thôn mới giai đoạn 2016-2020\n"
    )
    assert ("1760/QĐ-TTg", "AMENDS", "1600/QĐ-TTg") in _all(text)
    heading = (
        "4. Về việc điều chỉnh Nghị định số 105/2020/NĐ-CP ngày 08 tháng 9 năm 2020 của Chính "
        "phủ: Giao Bộ Giáo dục và Đào tạo tiếp tục nghiên cứu.\n"
    )
    assert _all(heading, "648/TB-VPCP") == {(None, "CITES", "105/2020/NĐ-CP")}
    # (blind round S: opinions given on an adjustment to come)
    opinion = "Hội nghị cho ý kiến về điều chỉnh Nghị quyết 09-NQ/TU, ngày 13/11/2023.\n"
    assert _all(opinion) == {(None, "CITES", "09-NQ/TU")}


def test_a_document_opening_its_item_replaces_what_follows_its_title():
    """Blind round AQ: "1. Quy định số 41-QĐ/TW ngày … của Bộ Chính trị về việc miễn nhiệm, từ
    chức đối với cán bộ, thay thế Quy định số 260-QĐ/TW": the item's document does it, its
    title holding a comma. A document in the middle of a sentence does not."""
    item = (
        "1. Quy định số 41-QĐ/TW ngày 3/11/2021 của Bộ Chính trị về việc miễn nhiệm, từ chức "
        "đối với cán bộ, thay thế Quy định số 260-QĐ/TW ngày 2/10/2009 của Bộ Chính trị.\n"
    )
    assert ("41-QĐ/TW", "REPLACES", "260-QĐ/TW") in _all(item, "1/BC-X")
    inside = item.replace("1. Quy định số", "Hội nghị đã quán triệt Quy định số")
    assert ("41-QĐ/TW", "REPLACES", "260-QĐ/TW") not in _all(inside, "1/BC-X")


def test_a_translated_law_named_after_on_is_the_next_item_of_a_list():
    """Blind round AR: "… the Law on Government Organization No. 76/2015/QH13 and Law on Local
    Government Organization No. 77/2015/QH13": both laws are amended."""
    text = (
        "The National Assembly hereby promulgates the Law on amendments to some Articles of the "
        "Law on Government Organization No. 76/2015/QH13 and Law on Local Government "
        "Organization No. 77/2015/QH13.\n"
    )
    own = _own_of(text, "47/2019/QH14", "en")
    assert own == [("76/2015/QH13", "AMENDS"), ("77/2015/QH13", "AMENDS")]


def test_a_part_struck_out_and_replaced_is_replaced():
    """Blind round AM: "Bãi bỏ Phụ lục II … tại khoản 2 Điều 2 Thông tư số 22/2016/TT-BCT và
    thay thế bằng Phụ lục I ban hành kèm theo Thông tư này": one act, REPLACES (as "đã hết hiệu
    lực và được thay thế bằng …" is). A repeal of two parts is still a repeal."""
    text = (
        "1. Bãi bỏ Phụ lục II – Quy tắc cụ thể mặt hàng tại khoản 2 Điều 2 Thông tư số "
        "22/2016/TT-BCT và thay thế bằng Phụ lục I ban hành kèm theo Thông tư này.\n"
    )
    assert _own_of(text, "10/2019/TT-BCT") == [("22/2016/TT-BCT", "REPLACES")]
    two = (
        "1. Bãi bỏ khoản 2 Điều 2 Thông tư số 22/2016/TT-BCT và khoản 3 Điều 4 Thông tư số "
        "23/2016/TT-BCT.\n"
    )
    assert _own_of(two, "10/2019/TT-BCT") == [
        ("22/2016/TT-BCT", "REPEALS"),
        ("23/2016/TT-BCT", "REPEALS"),
    ]


def test_a_heading_in_capitals_reads_its_number_sign_as_no_full_stop():
    """Blind round AM, tvpl-081: "RE: ON AMENDMENTS TO CERTAIN ARTICLES OF THE GOVERNMENT'S
    DECREE NO. 123/2020/ND-CP": "NO." ends no sentence, so the heading amends the decree."""
    text = (
        "RE: ON AMENDMENTS TO CERTAIN ARTICLES OF THE GOVERNMENT’S DECREE NO. 123/2020/ND-CP "
        "DATED OCTOBER 19, 2020 PRESCRIBING INVOICES AND RECORDS\n"
    )
    assert _own_of(text, "70/2025/NĐ-CP", "en") == [("123/2020/NĐ-CP", "AMENDS")]


def test_a_titles_repeated_predicate_after_a_comma_is_still_the_title():
    """Blind round W, with "NO." no full stop: "AMENDING … THE CIRCULAR NO. 06/2012/TT-BTC …
    GUIDING THE IMPLEMENTATION OF … THE LAW ON VALUE-ADDED TAX, GUIDING THE IMPLEMENTATION OF
    THE DECREE NO. 123/2008/ND-CP": the circular amended guides the decree, not the text."""
    text = (
        "AMENDING AND SUPPLEMENTING THE CIRCULAR NO. 06/2012/TT-BTC DATED 11/01/2012 OF THE "
        "MINISTRY OF FINANCE GUIDING THE IMPLEMENTATION OF A NUMBER OF ARTICLES OF THE LAW ON "
        "VALUE-ADDED TAX, GUIDING THE IMPLEMENTATION OF THE DECREE NO. 123/2008/ND-CP OF "
        "DECEMBER 08, 2008\n"
    )
    read = _said_of(text, "123/2008/NĐ-CP", "65/2013/TT-BTC", "en")
    assert read == {(None, "CITES"), ("06/2012/TT-BTC", "GUIDES")}


def test_a_verb_in_the_plural_after_a_comma_is_no_titles():
    """Blind round AT: "In order to achieve the goals set out in Resolution No. 71-NQ/TW,
    ministries, … and People's Committees … continue to effectively implement Resolution No.
    29-NQ/TW": the bodies go on with 29-NQ/TW, in the text's own programme; 71-NQ/TW's title
    says nothing of it. A document's own "continues to implement" is its title's."""
    text = (
        "In order to achieve the goals set out in Resolution No. 71-NQ/TW, ministries, "
        "ministerial-level agencies, government agencies, and People's Committees of provinces "
        "and centrally run cities continue to effectively implement Resolution No. 29-NQ/TW on "
        "innovation in education and training.\n"
    )
    assert _said_of(text, "29-NQ/TW", "281/NQ-CP", "en") == {(None, "CONTINUES")}
    conclusion = "Conclusion No. 91-KL/TW continues to implement Resolution No. 29-NQ/TW.\n"
    assert ("91-KL/TW", "CONTINUES") in _said_of(conclusion, "29-NQ/TW", "281/NQ-CP", "en")


def test_two_verbs_of_one_title_adjust_and_supplement_the_document_they_name():
    """Blind round AU: "Kết luận số 118-KL/TW … về việc điều chỉnh, bổ sung một số nội dung
    Chỉ thị số 35-CT/TW" amends the directive; the comma joins two verbs of one title. A
    translation may set the date off with a comma on both sides ("Conclusion No. 118-KL/TW,
    dated January 18, 2025, amending …")."""
    text = (
        "Chỉ thị này thay thế Chỉ thị số 35-CT/TW, ngày 14/6/2024 của Bộ Chính trị về đại hội "
        "đảng bộ các cấp; Kết luận số 118-KL/TW, ngày 18/1/2025 của Bộ Chính trị về việc điều "
        "chỉnh, bổ sung một số nội dung Chỉ thị số 35-CT/TW, ngày 14/6/2024 của Bộ Chính trị.\n"
    )
    assert ("118-KL/TW", "AMENDS") in _said_of(text, "35-CT/TW", "45-CT/TW")
    translated = (
        "They include Conclusion No. 118-KL/TW, dated January 18, 2025, amending and "
        "supplementing certain contents of Directive No. 35-CT/TW.\n"
    )
    assert ("118-KL/TW", "AMENDS") in _said_of(translated, "35-CT/TW", None, "en")
    # a comma after the date with no title after it ends the mention's description
    cited = "Conclusion No. 118-KL/TW, dated January 18, 2025, Directive No. 35-CT/TW.\n"
    assert ("118-KL/TW", "AMENDS") not in _said_of(cited, "35-CT/TW", None, "en")


def test_an_item_marked_in_a_translated_list_is_one_more_object_of_the_titles_act():
    """Blind round BD: "Decree 123 … supersedes (i) Government Decree No. 28/2007/ND-CP …,
    detailing … the Law on Lawyers, (ii) Government Decree No. 131/2008/ND-CP …, guiding …":
    the second item, after the first's title, is replaced too; its own title is its own."""
    text = (
        "Decree 123/2013/ND-CP supersedes (i) Government Decree No. 28/2007/ND-CP dated "
        "February 26, 2007, detailing a number of articles of the Law on Lawyers, (ii) "
        "Government Decree No. 131/2008/ND-CP dated December 31, 2008, guiding the "
        "implementation of the Law on Lawyers.\n"
    )
    read = _read(text, language="en")  # (with the named law, which the titles name)
    for replaced in ("28/2007/NĐ-CP", "131/2008/NĐ-CP"):
        assert ("123/2013/NĐ-CP", "REPLACES", replaced) in read
    bare = (
        "Decree 123/2013/ND-CP supersedes (i) Government Decree No. 28/2007/ND-CP dated "
        "February 26, 2007, (ii) Government Decree No. 131/2008/ND-CP dated December 31, 2008, "
        "and (iii) a number of articles of Government Decree No. 05/2012/ND-CP.\n"
    )
    assert ("123/2013/NĐ-CP", "REPLACES") in _said_of(bare, "05/2012/NĐ-CP", None, "en")
    # a title's object named after "và" with a title of its own is no object of that title
    listed = (
        "Căn cứ Nghị định số 10/2020/NĐ-CP sửa đổi Nghị định số 5/2019/NĐ-CP hướng dẫn Luật Đất "
        "đai và Nghị định số 6/2019/NĐ-CP quy định về giá đất;\n"
    )
    assert ("10/2020/NĐ-CP", "AMENDS") not in _said_of(listed, "6/2019/NĐ-CP", "1/2021/TT-BTC")


def test_a_plural_type_with_its_issuer_opens_the_next_items_of_a_list():
    """Blind round AY: "Thực hiện Nghị quyết số 11/NQ-CP …; các Nghị quyết của Hội đồng nhân
    dân tỉnh: số 340/NQ-HĐND …; số 160/NQ-HĐND … và Công văn số 892/BKHĐT-TH …, Ủy ban nhân
    dân tỉnh ban hành Chương trình hành động": each is carried out."""
    text = (
        "Thực hiện Nghị quyết số 11/NQ-CP ngày 30/01/2022 của Chính phủ về Chương trình phục "
        "hồi kinh tế; các Nghị quyết của Hội đồng nhân dân tỉnh: số\n340/NQ-HĐND ngày 22/12/2020 "
        "về nhiệm vụ phát triển kinh tế - xã hội; số 160/NQ-HĐND ngày 08/12/2021 về kế hoạch "
        "đầu tư công và Công văn số 892/BKHĐT-TH ngày 14/02/2022 của Bộ Kế hoạch và Đầu tư, Ủy "
        "ban nhân dân tỉnh ban hành Chương trình hành động như sau:\n"
    )
    own = dict(_own_of(text, "28/CTr-UBND"))
    for number in ("11/NQ-CP", "340/NQ-HĐND", "160/NQ-HĐND", "892/BKHĐT-TH"):
        assert own[number] == "IMPLEMENTS", number


def test_a_passive_after_a_semicolon_in_lower_case_goes_on_with_its_clause():
    """Blind round BB: "Law No. 86/2015/QH13 …, passed by the National Assembly on 19
    November 2015; as amended by Law No. 35/2018/QH14 …": the amending law amends it. A
    clause that opens after the ";" in capitals is one of its own."""
    text = (
        "Law No. 86/2015/QH13 on Network Information Security, passed by the National Assembly "
        "on 19 November 2015; as amended by Law No. 35/2018/QH14 dated 20 November 2018;\n"
    )
    assert ("35/2018/QH14", "AMENDS") in _said_of(text, "86/2015/QH13", None, "en")
    capital = text.replace("; as amended by", "; Amended by")
    assert ("35/2018/QH14", "AMENDS") not in _said_of(capital, "86/2015/QH13", None, "en")


def test_a_legal_sites_related_documents_are_items_each_with_its_own_title():
    """Blind rounds AY and AS: a site's list of related documents, its numbers glued to the
    items ("- 2Chỉ thị 16/CT-TTg …"). A title's act stays on its line: "- 10Nghị định
    72/2019/NĐ-CP sửa đổi Nghị định 37/2010/NĐ-CP … và Nghị định 44/2015/NĐ-CP …" amends
    nothing on the next line; the last title above the header names no own number."""
    text = (
        "- 1Chỉ thị 15/CT-TTg năm 2020 về quyết liệt thực hiện đợt cao điểm phòng, chống dịch do "
        "Thủ tướng Chính phủ ban hành\n- 2Chỉ thị 16/CT-TTg năm 2020 về thực hiện biện pháp "
        "cấp bách do Thủ tướng Chính phủ ban hành\n- 3Nghị định 72/2019/NĐ-CP sửa đổi Nghị định "
        "37/2010/NĐ-CP về quy hoạch đô thị và Nghị định 44/2015/NĐ-CP hướng dẫn về quy hoạch xây "
        "dựng\n- 4Nghị định 15/2021/NĐ-CP hướng dẫn quản lý dự án\n- 5Chỉ thị 06/CT-CTUBND năm "
        "2021 về quyết liệt thực hiện đợt cao điểm phòng, chống dịch do tỉnh Vĩnh Phúc ban "
        "hành\nỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\nSố: 08/CT-CTUBND | Vĩnh "
        "Phúc, ngày 21 tháng 5 năm 2021 |\nTình hình dịch bệnh còn phức tạp.\n"
    )
    read = _read(text)
    acts = {(s, r, o) for s, r, o in read if s is not None}
    assert ("72/2019/NĐ-CP", "AMENDS", "37/2010/NĐ-CP") in acts
    assert ("72/2019/NĐ-CP", "AMENDS", "44/2015/NĐ-CP") in acts
    assert acts == {
        ("72/2019/NĐ-CP", "AMENDS", "37/2010/NĐ-CP"),
        ("72/2019/NĐ-CP", "AMENDS", "44/2015/NĐ-CP"),
    }


def test_a_body_that_advised_the_issuing_of_a_plan_reports_no_past_work():
    """Blind round AZ: "Thực hiện Nghị định số 34/2016/NĐ-CP, Sở Tư pháp đã tham mưu cho UBND
    tỉnh ban hành Kế hoạch số 40/KH-UBND …" tells of the plan issued, which carries the decree
    out (as "…, UBND tỉnh đã ban hành Kế hoạch …" does); "đã tổ chức" looks back."""
    text = (
        "Thực hiện Nghị định số 34/2016/NĐ-CP, Sở Tư pháp đã tham mưu cho UBND tỉnh ban hành "
        "Kế hoạch số 40/KH-UBND ngày 27/02/2023.\n"
    )
    assert _said_of(text, "34/2016/NĐ-CP", "40/KH-UBND") == {(None, "IMPLEMENTS")}
    past = text.replace("đã tham mưu cho UBND tỉnh ban hành", "đã tổ chức tập huấn về")
    assert _said_of(past, "34/2016/NĐ-CP", "40/KH-UBND") == {(None, "CITES")}


def test_a_procedure_performed_under_a_mechanism_carries_nothing_out():
    """Blind round BI: "… thay thế phần danh mục thủ tục hành chính thực hiện theo cơ chế một
    cửa … tại Quyết định số 1565/2007/QĐ-UBND" replaces part of the decision; "thực hiện"
    there names how procedures are performed, no document carried out."""
    text = (
        "Điều 2. Quyết định này có hiệu lực sau 10 ngày, kể từ ngày ký và thay thế phần danh "
        "mục thủ tục hành chính thực hiện theo cơ chế một cửa thuộc thẩm quyền giải quyết của "
        "UBND cấp xã tại Quyết định số 1565/2007/QĐ-UBND ngày 28/6/2007 của UBND tỉnh.\n"
    )
    assert _said_of(text, "1565/2007/QĐ-UBND", "12/2013/QĐ-UBND") == {(None, "REPLACES")}


def test_a_translated_relative_clause_describes_the_whole_list_before_it():
    """Blind round BJ: "Circular No. 28/2007/TT-BLDTBXH …, amending … Circular No.
    13/2003/TT-BLDTBXH and Circular No. 14/2003/TT-BLDTBXH of May 30, 2003, which guide …":
    the second circular is amended too; "which guide" is no title of its own."""
    text = (
        "Circular No. 28/2007/TT-BLDTBXH of December 5, 2007, amending the Ministry's Circular "
        "No. 13/2003/TT-BLDTBXH and Circular No. 14/2003/TT-BLDTBXH of May 30, 2003, which "
        "guide the implementation of a number of articles of the Government's Decree No. "
        "114/2002/ND-CP of December 31, 2002\n"
    )
    said = _said_of(text, "14/2003/TT-BLĐTBXH", "24/2008/TT-BLĐTBXH", "en")
    assert ("28/2007/TT-BLĐTBXH", "AMENDS") in said


def test_the_title_under_the_headers_own_number_lists_nothing_with_it():
    """Blind rounds BF and AZ: "No. 01/2022/TT-BTP | … |\\nCIRCULAR\\nDetailing a number of
    articles of, and providing measures to implement, the Government’s Decree No.
    87/2020/ND-CP …": the title's cue guides the decree, which is no item listed with the
    header's number."""
    text = (
        "THE MINISTRY OF JUSTICE ______ | | THE SOCIALIST REPUBLIC OF VIETNAM |\nNo. "
        "01/2022/TT-BTP | | Hanoi, January 4, 2022 |\nCIRCULAR\nDetailing a number of articles "
        "of, and providing measures to implement, the Government’s Decree No. 87/2020/ND-CP of "
        "July 28, 2020, on the Electronic Civil Status Database\n"
    )
    read = _read(text, language="en")  # (the header's number marked the text's own)
    assert {(s, r) for s, r, o in read if o == "87/2020/NĐ-CP"} == {(None, "GUIDES")}


def test_a_translated_title_that_continues_implementing_continues():
    """Blind round BN: "… the Government's Action Program to implement Conclusion No.
    91-KL/TW dated August 12, 2024 of the Politburo to continue implementing Resolution No.
    29-NQ/TW …": the conclusion goes on with the resolution."""
    text = (
        "The Government issued Resolution No. 51/NQ-CP promulgating the Government's Action "
        "Program to implement Conclusion No. 91-KL/TW dated August 12, 2024 of the Politburo to "
        "continue implementing Resolution No. 29-NQ/TW dated November 4, 2013.\n"
    )
    assert ("91-KL/TW", "CONTINUES") in _said_of(text, "29-NQ/TW", "51/NQ-CP", "en")


def test_numbers_of_before_1998_are_listed_items_of_the_act():
    """Blind round BV: "Nghị định 196-CP", the Government's numbers before the year and the
    type were added, are found, so the list after "thay thế" is read item by item."""
    text = (
        "Nghị định 05/2015/NĐ-CP quy định chi tiết một số nội dung của Bộ luật Lao động.\n"
        "Nghị định 05 có hiệu lực từ ngày 01/3/2015 và thay thế Nghị định 196-CP năm 1994, "
        "41-CP năm 1995, 93/2002/NĐ-CP, 33/2003/NĐ-CP, 11/2008/NĐ-CP.\n"
    )
    replaced = {number for number, relation in _own(text) if relation == "REPLACES"}
    assert replaced == {"196-CP", "41-CP", "93/2002/NĐ-CP", "33/2003/NĐ-CP", "11/2008/NĐ-CP"}


def test_a_translations_draft_is_another_documents_act():
    """Blind round BS: "Direct the review and completion of the draft Decree amending and
    supplementing Decree No. 38/2024/ND-CP" on a page about a dispatch: the draft amends."""
    text = (
        "Prime Minister Pham Minh Chinh signed Official Dispatch No. 198/CD-TTg on the peak "
        "month.\nThe Prime Minister requested the Minister of Agriculture and Environment: "
        "Direct the review and completion of the draft Decree amending and supplementing "
        "Decree No. 38/2024/ND-CP of the Government.\n"
    )
    refs = find_references(text)
    own = {
        refs[s.object].canonical: s.relation for s in relate(text, refs, "en") if s.subject is None
    }
    assert own.get("38/2024/NĐ-CP") == "CITES"


def test_a_preamble_line_that_names_its_document_later_is_the_basis():
    """Blind round BT: in a preamble the whole "Pursuant to" line is the basis, whatever it
    names first; not a sentence that goes on to the act, nor a proposal after its ";"."""
    text = (
        "No: 72/2003/QD-BTC\n\nDECISION\n\nMINISTER OF FINANCE\n\nPursuant to the competence and "
        "principles for setting the prices, prescribed in Article 7 of the Government's Decree "
        "No. 54/CP of August 28, 1993 detailing the Law on Export Tax;\nPursuant to the opinion "
        "of the Prime Minister at the Decision No. 46/2005/QD-TTg dated 3 March 2005;\n\n"
        "DECIDES:\n\nArticle 1. To amend the minimum prices.\n"
    )
    assert _own(text)[-2:] == [("54/CP", "BASED_ON"), ("46/2005/QĐ-TTg", "BASED_ON")]
    plan = (
        "Số: 177/KH-UBND\nKẾ HOẠCH\nTriển khai thực hiện Nghị định số 13/2023/NĐ-CP\n"
        "Căn cứ chức năng, nhiệm vụ được phân công trong Nghị định số 13/2023/NĐ-CP, Ủy ban "
        "nhân dân tỉnh ban hành Kế hoạch triển khai thực hiện, cụ thể như sau:\n"
        "I. MỤC ĐÍCH, YÊU CẦU\n1. Tổ chức thực hiện có hiệu quả.\n"
    )
    assert ("13/2023/NĐ-CP", "BASED_ON") not in _own(plan)
    proposal = (
        "Số: 18/KH-UBND\nKẾ HOẠCH\nThực hiện công tác phòng cháy năm 2025\nCăn cứ quy phạm "
        "pháp luật và các chỉ đạo của Trung ương, của tỉnh; theo đề nghị của Công an tỉnh tại "
        "Tờ trình số 4394/TTr-CAT-PCCC ngày 27/12/2024, Ủy ban nhân dân tỉnh ban hành Kế hoạch:"
        "\nI. MỤC ĐÍCH, YÊU CẦU\n1. Tổ chức thực hiện.\n"
    )
    assert ("4394/TTr-CAT-PCCC", "BASED_ON") not in _own(proposal)


def test_a_document_that_takes_effect_and_replaces_acts_after_another_sentence():
    """Blind round BY: "Decree No. 136/2020/ND-CP is entering into force on January 10, 2021,
    replacing the Decree No. 79/2014/ND-CP" is the decree's act, in a sentence of its own after
    the page's lead, in Vietnamese as in translation."""
    for text, language in (
        (
            "The Ministry of Public Security has issued Circular No. 50/2024/TT-BCA on fire "
            "safety.\nDecree No. 136/2020/ND-CP is entering into force on January 10, 2021, "
            "replacing the Decree No. 79/2014/ND-CP dated July 31, 2014.",
            "en",
        ),
        (
            "Bộ Công an vừa ban hành Thông tư số 50/2024/TT-BCA hướng dẫn về phòng cháy.\nNghị "
            "định số 136/2020/NĐ-CP có hiệu lực từ ngày 10/01/2021, thay thế Nghị định số "
            "79/2014/NĐ-CP ngày 31/7/2014.",
            "vi",
        ),
    ):
        assert ("136/2020/NĐ-CP", "REPLACES", "79/2014/NĐ-CP") in _about(
            text, language, identified=True
        )


def test_a_document_that_shall_take_effect_then_replaces_after_a_semicolon_acts():
    """Blind round CE: "Decree 72 shall take effect on 1 September 2013; replaces Decree
    No.97/2008/ND-CP …" is the decree's act, after a semicolon as after a comma."""
    text = (
        "On 15 July 2013, the Government issued Decree No. 72/2013/ND-CP on Internet services "
        "(Decree 72). Decree 72 shall take effect on 1 September 2013; replaces Decree "
        "No.97/2008/ND-CP dated 28 August 2008 on Internet services."
    )
    replaced = ("72/2013/NĐ-CP", "REPLACES", "97/2008/NĐ-CP")
    assert replaced in _about(text, "en", short_forms=True)
    # a date that goes on to another clause first is no act of the decree
    other = text.replace("2013; replaces", "2013; the Ministry replaces")
    assert replaced not in _about(other, "en", short_forms=True)


def test_a_bracket_opening_on_this_type_speaks_of_the_last_document_of_the_type():
    """Blind round CD: "(Kế hoạch này thay Kế hoạch số 336-KH/TU …)" after a report names
    the plan 359-KH/TU is that plan's act, not one of the resolution its title carries out."""
    text = (
        "Tỉnh ủy Quảng Ngãi ban hành Kế hoạch 359-KH/TU thực hiện Nghị quyết số 57-NQ/TW ngày "
        "22/12/2024 của Bộ Chính trị về phát triển khoa học, công nghệ (Kế hoạch này thay Kế "
        "hoạch số 336-KH/TU ngày 25/02/2025 của Ban Thường vụ Tỉnh ủy)."
    )
    found = _about(text)
    assert ("359-KH/TU", "REPLACES", "336-KH/TU") in found
    assert ("57-NQ/TW", "REPLACES", "336-KH/TU") not in found
    # "thay" before anything but a document by its number replaces nothing
    other = text.replace("thay Kế hoạch số", "thay đổi nội dung của Kế hoạch số")
    assert not [f for f in _about(other) if f[1] == "REPLACES"]


def test_a_translated_list_goes_on_to_a_telegram_after_a_title():
    """Blind round CE: "… implementing Directive No.48-CT/TW …, Directive No. 44/CT-TTg of
    the Prime Minister on …, and the Telegram No.1711/CD-TTg on …": the telegram is the
    list's third item, not a word of the second's title."""
    text = (
        "Ministries, central agencies, and localities must focus on strictly implementing "
        "Directive No.48-CT/TW of the Secretariat on the Lunar New Year, Directive No. "
        "44/CT-TTg of the Prime Minister on a safe Tet holiday, and the Telegram "
        "No.1711/CD-TTg on traffic safety."
    )
    assert dict(_own(text, "en", identified=True))["1711/CĐ-TTg"] == "IMPLEMENTS"


def test_a_purpose_naming_no_document_is_carried_out_by_what_a_body_then_issues():
    """Blind round CE: "To implement the policy on a constructive government …, on May 16,
    2016, the Government adopted Resolution No. 35/NQ-CP …": the resolution carries the
    policy out; the page only cites it. So in Vietnamese; a purpose naming the document
    itself stays the text's act."""
    for text, language in (
        (
            "To implement the policy on a constructive government that serves enterprises, on "
            "May 16, 2016, the Government adopted Resolution No. 35/NQ-CP supporting them.",
            "en",
        ),
        (
            "Để thực hiện chủ trương xây dựng Chính phủ kiến tạo, ngày 16/5/2016, Chính phủ đã "
            "ban hành Nghị quyết số 35/NQ-CP về hỗ trợ doanh nghiệp.",
            "vi",
        ),
    ):
        assert _own(text, language) == [("35/NQ-CP", "CITES")]
    named = "Để thực hiện Nghị quyết số 35/NQ-CP, các sở chủ động rà soát thủ tục."
    assert _own(named) == [("35/NQ-CP", "IMPLEMENTS")]


def test_a_line_opening_thi_hanh_carries_out_a_document_but_not_a_wrapped_title():
    """Blind round CG: an older circular's preamble opens "Thi hành Nghị định số 196-HĐBT
    …": it carries the decree out. A title broken across lines ("… quy định chi tiết và biện
    pháp\nthi hành Luật …", tvpl-189) leaves "thi hành" at a line's start in lower case: the
    title still guides the law."""
    text = (
        "THÔNG TƯ\nQUY ĐỊNH CHẾ ĐỘ QUẢN LÝ TÀI CHÍNH\nThi hành Nghị định số 196-HĐBT ngày "
        "11-12-1989 của Hội đồng Bộ trưởng quy định nhiệm vụ của các Bộ;\n"
    )
    assert _own(text) == [("196-HĐBT", "IMPLEMENTS")]
    wrapped = (
        "- Nghị định số 85/2013/NĐ-CP ngày 29 tháng 7 năm 2013 quy định chi tiết và biện pháp\n"
        "thi hành Luật Giám định tư pháp số 13/2012/QH13;\n"
    )
    assert ("85/2013/NĐ-CP", "GUIDES", "13/2012/QH13") in _about(wrapped)


def test_a_translated_passive_that_opens_a_list_repeals_the_list():
    """Blind rounds BT and BY: "According to the provisions of Circular 25, … the following 09
    legal documents will be annulled:" repeals the items below it, not Circular 25."""
    text = (
        "The Ministry of Health recently issued Circular 25/2018/TT-BYT to repeal several legal "
        "documents.\nAccording to the provisions of Circular 25, from November 15, 2018, the "
        "following 09 legal documents will be annulled:\n- Decision 1906/2004/QD-BYT on the "
        "regulation of parallel import of drugs\n"
    )
    assert ("1906/2004/QĐ-BYT", "REPEALS") in _own(text, "en", identified=True)
    inline = "These documents shall be abrogated: Decision No. 16/2015/QD-TTg dated May 22nd, 2015."
    refs = find_references(inline)
    assert [s.relation for s in relate(inline, refs, "en")] == ["REPEALS"]


def test_a_document_a_body_issues_after_the_cues_clause_is_not_its_object():
    """Blind round CY: in "… Công điện số 80/CĐ-TTg … về việc đẩy mạnh triển khai phương án xử
    lý tài sản, Bộ Tài chính vừa có văn bản số 8400/BTC-QLCS …" the dispatch's title carries
    out a plan; the letter after the comma is the ministry's own, not carried out by the
    dispatch. With no clause of its own between, the cue still reaches the next document."""
    text = (
        "Thực hiện chỉ đạo của Thủ tướng Chính phủ tại Công điện số 91/CĐ-TTg ngày 3/7/2025 về "
        "việc đẩy mạnh triển khai phương án sắp xếp trụ sở, Bộ Xây dựng vừa có văn bản số "
        "5120/BXD-QLN đề nghị các địa phương rà soát.\n"
    )
    assert ("91/CĐ-TTg", "IMPLEMENTS", "5120/BXD-QLN") not in _about(text, identified=True)
    joined = text.replace("phương án sắp xếp trụ sở, Bộ Xây dựng vừa có văn bản số", "văn bản số")
    assert ("91/CĐ-TTg", "IMPLEMENTS", "5120/BXD-QLN") in _about(joined, identified=True)


def test_guiding_a_regulation_issued_with_a_decision_guides_the_decision():
    """Blind round DH: a regulation issued with a decision is part of it, so detailing the
    regulation guides the decision, in a text's own words and in a title inside a Căn cứ
    line; the decision is still only cited where nothing guides it."""
    own = (
        "Thông tư này quy định chi tiết một số nội dung của Quy chế điều hành hoạt động tại "
        "các cửa khẩu ban hành kèm theo Quyết định số 45/2013/QĐ-TTg của Thủ tướng Chính phủ."
    )
    assert _own_of(own, "22/2014/TT-BCT") == [("45/2013/QĐ-TTg", "GUIDES")]
    basis = (
        "Căn cứ Thông tư số 22/2014/TT-BCT ngày 30/6/2014 của Bộ Công Thương quy định chi tiết "
        "một số nội dung của Quy chế điều hành hoạt động tại các cửa khẩu ban hành kèm theo "
        "Quyết định số 45/2013/QĐ-TTg của Thủ tướng Chính phủ;"
    )
    assert ("22/2014/TT-BCT", "GUIDES", "45/2013/QĐ-TTg") in _read(basis, "38/2016/QĐ-UBND")
    cited = (
        "Các cơ quan thực hiện chế độ báo cáo theo Quy chế ban hành kèm theo Quyết định số "
        "3123/QĐ-BVHTTDL."
    )
    assert _own_of(cited, "12/KH-UBND") == [("3123/QĐ-BVHTTDL", "CITES")]


def test_a_new_documents_title_after_a_connective_is_no_subject_named_before():
    """Blind round DI: "In addition, the Resolution on approving …" names a new resolution by
    its title; it is not the resolution named before, so that one carries nothing out."""
    text = (
        "The Provincial People's Council passed Resolution No. 01/2019/NQ-HDND on fees.\n"
        "In addition, the Resolution on allocation of capital for urgent projects was passed "
        "to support localities according to Decision No. 118/QD-TTg of the Prime Minister."
    )
    found = _read(text, language="en")
    assert not any(s == "01/2019/NQ-HĐND" and o == "118/QĐ-TTg" for s, _, o in found)


def test_what_carrying_a_document_out_achieved_looks_back():
    """Blind round DK: "Triển khai thực hiện Kết luận số 01-KL/TW đạt nhiều kết quả" tells
    what the work achieved, a review; a goal to achieve is still an order."""
    looked_back = (
        "Vĩnh Long: Triển khai thực hiện Kết luận số 01-KL/TW đạt nhiều kết quả quan trọng"
    )
    assert _own(looked_back) == [("01-KL/TW", "CITES")]
    goal = "Các huyện triển khai thực hiện Kết luận số 01-KL/TW nhằm đạt nhiều kết quả hơn."
    assert _own(goal) == [("01-KL/TW", "IMPLEMENTS")]


def test_propaganda_about_carrying_a_document_out_only_cites_it():
    """Blind rounds MC and DO: "Hướng dẫn tuyên truyền thực hiện Chỉ thị 05-CT/TW" and "Kế
    hoạch … về tuyên truyền thực hiện Nghị quyết số 57-NQ/TW" make the carrying out known,
    a dissemination (RELATIONS.md); "tuyên truyền và thực hiện" does carry it out."""
    told = "Ban Tuyên giáo Tỉnh ủy hướng dẫn tuyên truyền thực hiện Chỉ thị số 05-CT/TW."
    assert (None, "CITES", "05-CT/TW") in _read(told, "90-HD/BTGTU")
    both = "Các cấp ủy tăng cường tuyên truyền và thực hiện Chỉ thị số 05-CT/TW."
    assert (None, "IMPLEMENTS", "05-CT/TW") in _read(both, "90-HD/BTGTU")


def test_a_bracket_that_gives_where_the_conclusion_carried_out_stands_is_carried_out():
    """Blind round MA: "Thực hiện kết luận của Thủ tướng Chính phủ tại cuộc họp … (tại Thông
    báo số 122/TB-VPCP …), UBND tỉnh yêu cầu …": the bracket gives where the conclusion
    carried out is written, no aside; a bracket after a plan carried out is still one."""
    told = (
        "Thực hiện kết luận của Thủ tướng Chính phủ tại cuộc họp về phòng, chống dịch (tại "
        "Thông báo số 122/TB-VPCP ngày 24 tháng 3 năm 2020), UBND tỉnh yêu cầu các sở."
    )
    assert (None, "IMPLEMENTS", "122/TB-VPCP") in _read(told, "15/CĐ-UBND")
    aside = told.replace("kết luận của Thủ tướng Chính phủ tại cuộc họp", "Kế hoạch của tỉnh")
    assert (None, "CITES", "122/TB-VPCP") in _read(aside, "15/CĐ-UBND")


def test_a_translated_basis_line_may_open_on_a_code_dated_before_it():
    """Blind round MS: "Pursuant to the June 23, 1994 Labor Code; the April 2, 2002 Law
    Amending and Supplementing a Number of Articles of the Labor Code;" is a basis line like
    one opening on a law; the amending law it names (35/2002/QH10) is the page's basis too."""
    text = (
        "No. 116/2004/ND-CP\nDECREE\nAMENDING A NUMBER OF ARTICLES OF DECREE NO. 81/CP\n"
        "THE GOVERNMENT\n"
        "Pursuant to the December 25, 2001 Law on Organization of the Government;\n"
        "Pursuant to the June 23, 1994 Labor Code; the April 2, 2002 Law Amending and\n"
        "Supplementing a Number of Articles of the Labor Code;\n"
        "At the proposal of the Ministry of Labor, War Invalids and Social Affairs,\n"
        "DECREES:\nArticle 1.- To amend and supplement a number of articles of Decree No. 81/CP."
    )
    found = _read(text, language="en")
    assert {(None, "BASED_ON", "32/2001/QH10"), (None, "BASED_ON", "35/2002/QH10")} <= found
    assert (None, "BASED_ON", "Labor Code") in found  # of 1994, which the catalogue lacks


def test_a_title_in_capitals_is_not_what_the_next_line_looks_back_on():
    """Blind round MY: "KẾ HOẠCH\nTRIỂN KHAI THI HÀNH LUẬT THỦ ĐÔ" over "Ngày 28 tháng 6 năm
    2024, … Quốc hội Khóa XV đã thông qua Luật Thủ đô …": the plan's title carries the law out
    (the next line's "đã thông qua" reports the law's passing, not the title's act); "Luật Thủ
    đô kịp thời" is the known name and what is said of it; "tổ chức thi hành" carries out."""
    text = (
        "Số: 225/KH-UBND\nKẾ HOẠCH\nTRIỂN KHAI THI HÀNH LUẬT THỦ ĐÔ\n"
        "Ngày 28 tháng 6 năm 2024, tại Kỳ họp lần thứ 7, Quốc hội Khóa XV đã thông qua Luật Thủ "
        "đô. Để triển khai thi hành Luật Thủ đô kịp thời, đồng bộ, Ủy ban nhân dân thành phố "
        "ban hành Kế hoạch với các nội dung sau:\nI. MỤC ĐÍCH\na) Tổ chức thi hành Luật Thủ đô "
        "bảo đảm kịp thời.\n"
    )
    from vanban.extract.pipeline import extract_text

    document, refs = extract_text(text, {})
    own = [
        (refs[s.object].surface, s.relation)
        for s in relate(text, refs, "vi", document.number)
        if s.subject is None
    ]
    assert ("LUẬT THỦ ĐÔ", "IMPLEMENTS") in own
    assert ("Luật Thủ đô", "IMPLEMENTS") in own
    assert all(r.surface in ("225/KH-UBND", "LUẬT THỦ ĐÔ", "Luật Thủ đô") for r in refs)
    assert [relation for surface, relation in own if surface == "Luật Thủ đô"].count(
        "IMPLEMENTS"
    ) == 2


def test_made_known_and_deployed_with_no_carrying_out_said_is_a_dissemination():
    """ "Quán triệt, triển khai Chỉ thị số 35-CT/TW" names a conference's business, making the
    directive known: the labellers of five blind rounds read it as a citation every time. Said
    with its carrying out ("triển khai thực hiện có hiệu quả"), it carries the document out."""
    meeting = "Ngày 9-11, Đảng ủy Khối tổ chức quán triệt, triển khai Chỉ thị số 35-CT/TW."
    assert _own(meeting) == [("35-CT/TW", "CITES")]
    headline = "Huyện ủy quán triệt và triển khai Chỉ thị 35-CT/TW"
    assert _own(headline) == [("35-CT/TW", "CITES")]
    task = "1. Quán triệt, triển khai thực hiện có hiệu quả Chỉ thị số 23/CT-TTg của Thủ tướng."
    assert _own(task) == [("23/CT-TTg", "IMPLEMENTS")]


def test_a_translation_details_or_enforces_a_law_in_the_words_of_its_title():
    """Translated titles and scope clauses (blind rounds MD, ML, MS): "details a number of
    articles of, and provides measures for implementing, the Law …" and "regulates in details
    … Law …" guide the law; "ON ENFORCEMENT OF THE LAW …" and "direct the enforcement of"
    carry it out; "law enforcement agencies" and "guidance on enforcement of" do not."""
    law = "the Law No. 80/2015/QH13"
    measures = "and provides measures for implementing"
    scope = f"This Decree details a number of articles of, {measures}, {law}."
    assert _own(scope, "en") == [("80/2015/QH13", "GUIDES")]
    assert _own(f"This Decree regulates in details {law}.", "en") == [("80/2015/QH13", "GUIDES")]
    title = "DIRECTIVE ON ENFORCEMENT OF THE LAW ON ENTERPRISES No. 13/1999/QH10"
    assert _own(title, "en") == [("13/1999/QH10", "IMPLEMENTS")]
    police = "Law enforcement agencies apply Decree No. 100/2019/ND-CP strictly."
    assert _own(police, "en") == [("100/2019/NĐ-CP", "CITES")]
    guided = "the Decree on guidance on enforcement of the Law No. 97/2015/QH13 on Fees"
    assert ("97/2015/QH13", "IMPLEMENTS") not in _own(guided, "en")


def test_a_proposal_or_a_meetings_conclusion_about_a_change_makes_none():
    """Blind round PB: a letter that announces "kết luận phiên họp Bộ Chính trị … về việc sửa
    đổi, bổ sung các Quy định số 89-QĐ/TW; số 214-QĐ/TW" and a "Tờ trình về việc sửa đổi …"
    name a change another document is to make: they cite the regulations, as a draft does."""
    meeting = (
        "Văn phòng Trung ương ban hành công văn thông báo kết luận phiên họp Bộ Chính trị ngày "
        "29/8/2025 về việc sửa đổi, bổ sung các Quy định số 89-QĐ/TW; số 214-QĐ/TW."
    )
    assert {r for _, r in _own(meeting)} == {"CITES"}
    proposal = "Ban Tổ chức báo cáo Tờ trình về việc sửa đổi, bổ sung Quy định số 89-QĐ/TW."
    assert _own(proposal) == [("89-QĐ/TW", "CITES")]
    own = "Điều 1. Sửa đổi, bổ sung Quy định số 89-QĐ/TW ngày 4/8/2017 như sau:"
    assert _own(own) == [("89-QĐ/TW", "AMENDS")]
    # blind round Q: a conclusion of no meeting named, about a change to be made
    conclusion = (
        "Trước đó, Văn phòng Chính phủ thông báo kết luận của Phó Thủ tướng về việc sửa đổi, "
        "bổ sung một số điều của Nghị định 81/2021/NĐ-CP về học phí."
    )
    assert _own(conclusion) == [("81/2021/NĐ-CP", "CITES")]
    # ... not a conclusion the text carries out before its own act
    carried = "Thực hiện kết luận của Chủ tịch UBND tỉnh, Sở sửa đổi Quyết định số 12/QĐ-STC."
    assert _own(carried) == [("12/QĐ-STC", "AMENDS")]


def test_according_to_opening_a_sentence_says_whose_word_it_is():
    """Blind rounds MS and PD: "According to Conclusion No. 75-KL/TW …, Da Nang will become …"
    and "According to Circular 23, the Ministry stipulated …" attribute what follows; work done
    "according to" a document inside a clause still carries it out."""
    opening = "According to Conclusion No. 75-KL/TW of the Politburo, Da Nang will grow."
    assert _own(opening, "en") == [("75-KL/TW", "CITES")]
    inside = "The Department shall take part in supervision according to Decision No. 217-QD/TW."
    assert _own(inside, "en") == [("217-QĐ/TW", "IMPLEMENTS")]


def test_a_list_goes_on_through_the_direction_its_next_item_carries():
    """Blind round PD: "implement the 2017 Fisheries Law and other guideline documents, and the
    instructions of the Prime Minister at Official Telegraph No. 732/CĐ-TTg …, Directive No.
    45/CT-TTg" carries out the telegraph and the directive too ("chỉ đạo của Thủ tướng Chính
    phủ tại Công điện số …" in Vietnamese); the telegraph was read as in the law's title."""
    english = (
        "Localities shall implement the 2017 Fisheries Law and other guideline documents, and "
        "the instructions of the Prime Minister at Official Telegraph No. 732/CĐ-TTg dated on 28 "
        "May 2017, Directive No. 45/CT-TTg dated on 13 December 2017."
    )
    assert _own(english, "en") == [("732/CĐ-TTg", "IMPLEMENTS"), ("45/CT-TTg", "IMPLEMENTS")]
    vietnamese = (
        "Các địa phương triển khai thực hiện Luật số 18/2017/QH14 và các văn bản hướng dẫn, chỉ "
        "đạo của Thủ tướng Chính phủ tại Công điện số 732/CĐ-TTg ngày 28/5/2017."
    )
    assert _own(vietnamese) == [("18/2017/QH14", "IMPLEMENTS"), ("732/CĐ-TTg", "IMPLEMENTS")]


def test_according_to_after_a_figure_inside_a_clause_still_carries_out():
    """Blind round CO: "… key goals and tasks in 2025 according to Resolution No. 57-NQ/TU"
    carries the resolution out; the word before "according to" is a figure, not a letter."""
    text = "Units focus on completing key tasks in 2025 according to Resolution No. 57-NQ/TU."
    assert _own(text, "en") == [("57-NQ/TU", "IMPLEMENTS")]


def test_a_hard_wrapped_item_after_a_nested_title_goes_on_with_the_outer_list():
    """Blind rounds MK and MN: in "Thực hiện Nghị định số 28/2013/NĐ-CP … quy định chi tiết …
    Luật Phổ biến, giáo dục pháp luật; Quyết định số 705/QĐ-TTg ngày 25/5/2017\\ncủa Thủ tướng
    … về ban hành …" the decision's title goes on past the line break (a word in small
    letters, or one that cannot end a clause, before or after it), so the decision is the
    next item the text carries out, not one more law the decree details. Nested twice, the
    item goes on with the outermost holder the text acts on."""
    wrapped = (
        "Thực hiện Nghị định số 28/2013/NĐ-CP ngày 04/4/2013 của Chính phủ quy định chi tiết một "
        "số điều và biện pháp thi hành Luật Phổ biến, giáo dục pháp luật; Quyết định số "
        "705/QĐ-TTg ngày 25/5/2017\ncủa Thủ tướng Chính phủ về ban hành Chương trình, UBND tỉnh "
        "ban hành Kế hoạch này."
    )
    assert ("705/QĐ-TTg", "IMPLEMENTS") in _own(wrapped)
    assert ("28/2013/NĐ-CP", "GUIDES") not in _said_of(wrapped, "705/QĐ-TTg", None)
    capital = wrapped.replace("25/5/2017\ncủa Thủ", "25/5/2017 của\nThủ")
    assert ("705/QĐ-TTg", "IMPLEMENTS") in _own(capital)
    nested = (
        "Thực hiện Nghị quyết số 93/NQ-CP ngày 16/4/2025 của Chính phủ ban hành Kế hoạch thực "
        "hiện Kết luận số 132-KL/TW ngày 18/3/2025 của Bộ Chính trị về tiếp tục thực hiện Chỉ "
        "thị số 36-CT/TW ngày 16/8/2019 của Bộ Chính trị về phòng, chống ma túy; Quyết định số "
        "7619/QĐ-BCA ngày 08/9/2025 của Bộ trưởng Bộ Công an phê duyệt Chương trình, UBND tỉnh "
        "ban hành Kế hoạch này."
    )
    assert ("7619/QĐ-BCA", "IMPLEMENTS") in _own(nested)


def test_a_guidance_on_carrying_out_a_document_guides_it_on_its_own_page():
    """Blind rounds MU and R: on the page of "Hướng dẫn số 145-HD/BTGTW về thực hiện Nghị
    quyết số 45-NQ/TW" (or "Hướng dẫn 1350/HD-SGD&ĐT thực hiện Quyết định …"), the guidance's
    title says how the resolution is carried out: GUIDES, as in another guidance's title. A
    plan's title that carries a document out still implements it."""
    guidance = (
        "Ngày 12/3, Ban Tuyên giáo Trung ương ban hành Hướng dẫn số 145-HD/BTGTW về thực hiện "
        "Nghị quyết số 45-NQ/TW của Ban Chấp hành Trung ương Đảng về đội ngũ trí thức."
    )
    assert ("45-NQ/TW", "GUIDES") in _own(guidance, identified=True)
    plan = guidance.replace("Hướng dẫn số 145-HD/BTGTW", "Kế hoạch số 145-KH/BTGTW")
    assert ("45-NQ/TW", "IMPLEMENTS") in _own(plan, identified=True)


def test_a_meeting_on_carrying_out_a_document_names_its_topic():
    """Blind round R (and tvpl-064, MC13, MP13): "chaired a meeting … on the implementation of
    Resolution No. 83/NQ-CP" and "Hội nghị … về thực hiện Kết luận số 21-KL/TW" name what the
    meeting was about; a plan issued at a meeting to carry it out still implements it."""
    meeting = (
        "The Prime Minister chaired a meeting of the Government Standing Committee with the "
        "Provincial Party Committee on the implementation of Resolution No. 83/NQ-CP."
    )
    assert _own(meeting, "en") == [("83/NQ-CP", "CITES")]
    plenum = "Hội nghị lần thứ tư Ban Chấp hành Trung ương về thực hiện Kết luận số 21-KL/TW."
    assert _own(plenum) == [("21-KL/TW", "CITES")]
    issued = "Hội nghị thống nhất ban hành Kế hoạch về thực hiện Nghị quyết số 45-NQ/TW."
    assert _own(issued) == [("45-NQ/TW", "IMPLEMENTS")]


def test_an_action_program_for_materialization_carries_the_resolution_out():
    """Blind rounds M and U: official translations of the Government's action programmes
    render "thực hiện" as "for materialization of"."""
    text = (
        "RESOLUTION\nPromulgating the Government’s action program for materialization of the "
        "Political Bureau’s Resolution No. 52-NQ/TW of September 27, 2019."
    )
    assert _own(text, "en") == [("52-NQ/TW", "IMPLEMENTS")]


def test_an_oversight_of_carrying_out_a_document_names_what_it_looks_at():
    """Blind rounds M, T and U (and news-347, news-348): an inspection or supervision of how a
    document is carried out cites it; urging bodies to carry it out still orders it."""
    for text in (
        "Đoàn giám sát của Ban Thường vụ Tỉnh ủy về giám sát việc lãnh đạo, chỉ đạo, tổ chức "
        "thực hiện Kết luận số 21-KL/TW ngày 25/10/2021 của Ban Chấp hành Trung ương.",
        "Ban Bí thư đã quyết định thành lập 05 đoàn công tác để kiểm tra việc lãnh đạo, chỉ "
        "đạo việc thực hiện Kết luận số 21-KL/TW.",
        "Ban Tuyên giáo theo dõi, giám sát việc thực hiện Kết luận số 21-KL/TW.",
    ):
        assert _own(text) == [("21-KL/TW", "CITES")], text
    urged = "Sở Nội vụ kiểm tra, đôn đốc các đơn vị triển khai thực hiện Kết luận số 21-KL/TW."
    assert _own(urged) == [("21-KL/TW", "IMPLEMENTS")]


def test_a_bracket_giving_a_whole_number_again_names_it_back_past_a_long_title():
    """Blind rounds M, R, S and U: a bracket that gives the opening mention's number again
    ("… hội nhập quốc tế (Kết luận số 51-KL/TW)", "(the Resolution No. 01)", "(abbreviated as
    Conclusion No. 121-KL/TW)") takes its relation, past a title longer than a bare alias's
    reach."""
    title = (
        "ngày 30/5/2019 của Ban Bí thư về tiếp tục thực hiện Nghị quyết Hội nghị Trung ương 8 "
        "khóa XI về đổi mới căn bản, toàn diện giáo dục và đào tạo, đáp ứng yêu cầu công nghiệp "
        "hóa, hiện đại hóa trong điều kiện kinh tế thị trường định hướng xã hội chủ nghĩa và hội "
        "nhập quốc tế, nâng cao chất lượng nguồn nhân lực cho sự phát triển của đất nước "
    )
    text = f"Thực hiện Kết luận số 51-KL/TW {title}(Kết luận số 51-KL/TW), UBND tỉnh ban hành."
    assert _own(text)[-1] == ("51-KL/TW", "IMPLEMENTS")
    english = (
        "To implement the Government's Resolution No. 01/NQ-CP of January 7, 2013 on major "
        "solutions to direct the implementation of the socio-economic development plan "
        "(the Resolution No. 01/NQ-CP), the province issues a plan."
    )
    assert [relation for _, relation in _own(english, "en")] == ["IMPLEMENTS"] * 2
    abbreviated = (
        "Implement the tasks stated in Conclusion No. 121-KL/TW, dated January 24, 2025 on "
        "summarizing the streamlining of the apparatus of the political system (abbreviated as "
        "Conclusion No. 121-KL/TW) to ensure progress."
    )
    assert [relation for _, relation in _own(abbreviated, "en")] == ["IMPLEMENTS"] * 2
    # ... but past a title's reach and a full stop, the number given again in brackets names
    # the document of its own sentence
    later = (
        "Nghị định này sửa đổi, bổ sung một số điều của Nghị định số 15/2020/NĐ-CP quy định xử "
        "phạt vi phạm hành chính trong lĩnh vực bưu chính, viễn thông, tần số vô tuyến điện, "
        "công nghệ thông tin và giao dịch điện tử. Mức phạt tiền đối với các hành vi vi phạm về "
        "quảng cáo trên mạng được giữ nguyên như quy định trước đây, kể cả các hành vi vi phạm "
        "về cung cấp thông tin sai sự thật trên mạng xã hội và các trang thông tin điện tử tổng "
        "hợp (Nghị định số 15/2020/NĐ-CP)."
    )
    assert _own(later) == [("15/2020/NĐ-CP", "AMENDS"), ("15/2020/NĐ-CP", "CITES")]


def test_an_alias_referred_to_without_hereinafter_takes_its_documents_relation():
    """Blind round R: a translation's "(referred to as Directive 21)", "hereinafter" left out,
    defines an alias as "(hereinafter referred to as …)" does: it takes the relation of the
    document it names again, past a long title."""
    text = (
        "The Department of Finance proposes that provincial departments implement Directive no. "
        "21/CT-TTg dated August 05, 2021 of the Prime Minister on improving the efficiency of "
        "implementation and renovating the financial and income management mechanism associated "
        "with the characteristics of state administrative agencies (referred to as Directive 21)."
    )
    assert _own(text, "en", identified=True) == [("21/CT-TTg", "IMPLEMENTS")] * 2


def test_a_programme_of_no_number_carried_out_holds_the_document_its_title_carries_out():
    """Blind rounds MA, MJ, MR and OB: "KẾ HOẠCH TRIỂN KHAI CHƯƠNG TRÌNH HÀNH ĐỘNG CỦA CHÍNH
    PHỦ THỰC HIỆN NGHỊ QUYẾT SỐ 27-NQ/TW" carries out the Government's programme; the
    resolution is named in that programme's title (nested: CITES). A programme the body issues
    itself carries the document out."""
    title = (
        "KẾ HOẠCH\nTRIỂN KHAI CHƯƠNG TRÌNH HÀNH ĐỘNG CỦA CHÍNH PHỦ THỰC HIỆN NGHỊ QUYẾT SỐ "
        "27-NQ/TW NGÀY 09/11/2022 CỦA BAN CHẤP HÀNH TRUNG ƯƠNG ĐẢNG\n"
    )
    assert _own(title) == [("27-NQ/TW", "CITES")]
    issued = (
        "UBND tỉnh ban hành Chương trình hành động của Ủy ban nhân dân tỉnh về thực hiện Quyết "
        "định số 09/2006/QĐ-TTg như sau:"
    )
    assert _own(issued) == [("09/2006/QĐ-TTg", "IMPLEMENTS")]


def test_an_and_inside_an_english_ministrys_name_lists_nothing_after_the_basis():
    """Blind round W: three translated circulars close their preamble with "The Minister of
    Industry and Trade promulgates the Circular amending the Minister of Industry and
    Trade’s Circular No. …". The "and" of the ministry's name was read as a list joiner
    ("… and the Government’s Decree No. …"), so the amended circular became one more item
    of the basis above; and "(below referred to as Circular No. …)" names it back."""
    text = (
        "Pursuant to the Government’s Decree No. 31/2018/ND-CP of March 8, 2018, detailing "
        "the Law on Foreign Trade Management regarding origin of goods;\n"
        "At the proposal of the Director General of the Agency of Foreign Trade;\n"
        "The Minister of Industry and Trade promulgates the Circular amending the Minister of "
        "Industry and Trade’s Circular No. 05/2022/TT-BCT of February 18, 2022, providing the "
        "Rules of Origin (below referred to as Circular No. 05/2022/TT-BCT).\n"
    )
    assert _own(text, "en") == [
        ("31/2018/NĐ-CP", "BASED_ON"),
        ("05/2022/TT-BCT", "AMENDS"),
        ("05/2022/TT-BCT", "AMENDS"),
    ]
    # an "and" between two documents still lists them
    listed = text.replace(
        "the Minister of Industry and Trade’s Circular No. 05/2022/TT-BCT",
        "the Government’s Decree No. 96/2022/ND-CP and the Minister of Finance’s Circular No. "
        "05/2022/TT-BCT",
    )
    assert ("05/2022/TT-BCT", "AMENDS") in _own(listed, "en")


def test_prose_above_the_basis_of_a_text_headed_by_its_own_number_is_no_reports_lead():
    """Blind rounds M and R: a site's note (a consolidated text's list of amenders, a
    summary) stands between a document's header and its "Căn cứ" lines. Prose above the
    basis lines is taken for a report's lead, whose page has no preamble; but a text whose
    header gives its own number speaks for that document, and its basis lines are its
    preamble (all 7 such blind labels say BASED_ON). A page that is no document's own still
    reads prose over "Căn cứ" lines as a report's."""
    note = (
        "Quyết định số 42/2014/QĐ-TTg ngày 27 tháng 7 năm 2014 của Thủ tướng Chính phủ ban "
        "hành Quy chế theo dõi, đôn đốc, kiểm tra việc thực hiện nhiệm vụ do Chính phủ, Thủ "
        "tướng Chính phủ giao được sửa đổi, bổ sung bởi Quyết định số 23/2018/QĐ-TTg.\n\n"
    )
    basis = (
        "Căn cứ Luật tổ chức Chính phủ ngày 19 tháng 6 năm 2015;\n\n"
        "Căn cứ Nghị định số 138/2016/NĐ-CP ngày 01 tháng 10 năm 2016 của Chính phủ ban hành "
        "Quy chế làm việc của Chính phủ;\n\n"
        "Theo đề nghị của Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ;\n\n"
        "Thủ tướng Chính phủ ban hành Quy chế theo dõi việc thực hiện nhiệm vụ.\n"
    )
    header = (
        "VĂN PHÒNG CHÍNH PHỦ\n--------\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "Độc lập - Tự do - Hạnh phúc\n---------------\nSố: 01/HNVB-VPCP\n\n"
        "Hà Nội, ngày 11 tháng 7 năm 2018\n\nQUYẾT ĐỊNH\n\nBAN HÀNH QUY CHẾ THEO DÕI\n\n"
    )
    own = _own(header + note + basis, identified=True)
    assert ("138/2016/NĐ-CP", "BASED_ON") in own
    news = _own(note + basis, identified=True)
    assert ("138/2016/NĐ-CP", "BASED_ON") not in news


@pytest.mark.parametrize("between", ["\n", "\n\n", "\n \n\n"])
def test_a_basis_listed_under_can_cu_with_dashes_is_the_basis_item_by_item(between):
    """Blind rounds X and Z: the Party's and the mass organisations' guidance lists its basis
    under "Căn cứ:", one dash an item, a blank line between items or not. Every item is the
    basis, not the first one alone (RELATIONS.md: a cue reaches the items of a list that
    continues it)."""
    text = (
        "BAN CHẤP HÀNH TRUNG ƯƠNG\nĐẢNG CỘNG SẢN VIỆT NAM\nSố: 23-HD/ĐCT\n\nHƯỚNG DẪN\n"
        "Thực hiện giám sát và phản biện xã hội\n\nCăn cứ:\n"
        "- Quyết định số 217-QĐ/TW ngày 12/12/2013 của Bộ Chính trị ban hành Quy chế giám sát;"
        f"{between}- Quy định số 124-QĐ/TW ngày 02/02/2018 của Ban Bí thư về giám sát;\n\n"
        "Đoàn Chủ tịch hướng dẫn thực hiện như sau:\n\nI. MỤC ĐÍCH\n"
        "1. Tăng cường giám sát theo Quy định số 124-QĐ/TW.\n"
    )
    assert _own(text, identified=True) == [
        ("217-QĐ/TW", "BASED_ON"),
        ("124-QĐ/TW", "BASED_ON"),
        ("124-QĐ/TW", "CITES"),
    ]


def test_a_basis_line_whose_can_cu_lost_a_word_or_a_letter_is_still_the_basis():
    """Blind rounds X and Y: a PDF's text loses "cứ" ("Căn Luật Ngân hàng Nhà nước Việt Nam
    số 46/2010/QH12 …; Căn Luật …") or a scan reads "Cân cứ"; "căn" before a type of
    document is no other word, so the lines are the preamble's."""
    text = (
        "NGÂN HÀNG NHÀ NƯỚC VIỆT NAM\nSố: 04/2013/TT-NHNN\nTHÔNG TƯ\nQUY ĐỊNH VỀ HOẠT ĐỘNG "
        "CHIẾT KHẤU\nCăn Luật Ngân hàng Nhà nước Việt Nam số 46/2010/QH12 ngày 16 tháng 6 năm "
        "2010; Căn Luật Các tổ chức tín dụng số 47/2010/QH12 ngày 16 tháng 6 năm 2010;\n"
        "Cân cứ Nghị định số 96/2008/NĐ-CP ngày 26 tháng 8 năm 2008 của Chính phủ;\n"
        "Theo đề nghị của Vụ trưởng Vụ Chính sách tiền tệ;\n"
        "Thống đốc Ngân hàng Nhà nước ban hành Thông tư quy định hoạt động chiết khấu.\n"
        "Điều 1. Phạm vi điều chỉnh\n"
    )
    assert _own(text, identified=True) == [
        ("46/2010/QH12", "BASED_ON"),
        ("47/2010/QH12", "BASED_ON"),
        ("96/2008/NĐ-CP", "BASED_ON"),
    ]


def test_a_translation_naming_parts_before_the_document_acts_on_it_and_its_alias():
    """Blind round Z: a law firm's alert on the decree it reports on writes the parts before
    the document, each set off by a comma ("abolishes Point 2 and Point 4, Article 35, Decree
    119/2018/ND-CP"): the commas join parts to their document, not items of a list the
    decree's name began, and the alias the bracket gives in quotes ("(“Decree 119”)") is the
    same repealed document."""
    text = (
        "Tax Alert - Decree 123/2020/ND-CP on invoices and documents\n\n"
        "On 19 October 2020, The Government issued Decree 123/2020/ND-CP (“Decree 123”) on "
        "invoices and documents. Decree 123 has the following noteworthy points.\n\n"
        "  • Decree 123 abolishes Point 2 and Point 4, Article 35, Decree 119/2018/ND-CP "
        "(“Decree 119”) on E-invoice. Accordingly, businesses will no longer be obliged to "
        "use e-invoices before 1 July 2022.\n"
    )
    document, refs = extract_text(text)
    assert document.number == "123/2020/NĐ-CP"
    own = [
        (refs[s.object].surface, s.relation)
        for s in relate(text, refs, "en", document.number, document.reported)
        if s.subject is None and "119" in refs[s.object].surface
    ]
    assert own == [("119/2018/ND-CP", "REPEALS"), ("Decree 119", "REPEALS")]


def test_a_title_a_page_of_no_document_lists_tells_the_change_it_makes():
    """Blind rounds M to Z: a law firm's monthly update lists new documents by their titles
    ("1.1. Circular No. 27/2017/TT-NHNN amending and supplementing certain articles of the
    Circular No. 03/2013/TT-NHNN"). The labels give the mention the change the title tells
    (27 of the 30 it reads so), a repeal so named stays a citation (5 to 0). The graph keeps
    the change as the listed document's own edge; the page only cites."""
    from vanban.extract.read_facts import source_facts
    from vanban.graph.resolve import build_graph
    from vanban.loaders.source import make_source

    update = (
        "LEGAL UPDATE RELATING TO FINANCE AND CREDIT (MONTHLY LEGAL UPDATE – 08/2018)\n\n"
        "1. LEGAL DOCUMENTS ARE EFFECTIVE FROM 07/2018 AND 08/2018\n\n"
        "1.1. Circular No. 27/2017/TT-NHNN amending and supplementing certain articles of the "
        "Circular No. 03/2013/TT-NHNN on the national credit information system\n\n"
        "1.2. Circular No. 12/2018/TT-NHNN repealing the Circular No. 05/2010/TT-NHNN on "
        "lending in foreign currencies\n"
    )
    read = _read(update, language="en")
    assert (None, "AMENDS", "03/2013/TT-NHNN") in read
    assert ("27/2017/TT-NHNN", "AMENDS", "03/2013/TT-NHNN") in read
    assert (None, "CITES", "05/2010/TT-NHNN") in read
    edges = build_graph([source_facts(make_source("u.jsonl", "jsonl", update, {}))]).edges
    assert ("27/TT-NHNN@2017", "AMENDS", "3/TT-NHNN@2013") in edges
    page = {s for s, _, _ in edges if s.startswith("unnumbered:")}
    assert {rel for s, rel, _ in edges if s in page} == {"CITES"}  # the page changes nothing
    # a page about a body speaks for it, but the change is the listed resolution's, not the
    # body's (the real corpus's news on Thanh Hóa's land prices)
    title = "UBND tỉnh Thanh Hóa công bố các văn bản về bảng giá đất"
    news = (
        f"{title}\n\nUBND tỉnh Thanh Hóa vừa công bố danh mục các văn bản đang có hiệu lực:\n\n"
        "- Nghị quyết 01/2025/NQ-HĐND của HĐND tỉnh về việc sửa đổi, bổ sung một số điều của "
        "Nghị quyết 231/2019/NQ-HĐND của HĐND tỉnh.\n\n"
        "UBND tỉnh Thanh Hóa đề nghị các sở, ngành nghiên cứu.\n"
    )
    facts = source_facts(make_source("n.jsonl", "jsonl", news, {"title": title}))
    assert facts["main_body"]["key"] == "org:ubnd-tinh:thanh-hoa"
    edges = build_graph([facts]).edges
    assert ("1/NQ-HĐND@2025@Thanh Hóa", "AMENDS", "231/NQ-HĐND@2019@Thanh Hóa") in edges
    assert ("org:ubnd-tinh:thanh-hoa", "AMENDS", "231/NQ-HĐND@2019@Thanh Hóa") not in edges
    # a text of its own says what it does itself: a title it names is still only cited
    own = _read(update, own_number="99/2018/TT-NHNN", language="en")
    assert (None, "AMENDS", "03/2013/TT-NHNN") not in own


def test_a_translations_basis_line_dated_with_no_space_after_the_comma_is_a_basis():
    """Blind round H: "Pursuant to the June 12,1999 Law on Vietnam Fatherland Front;" is a
    basis line as "June 12, 1999" is, and so is the line after it."""
    text = (
        "THE GOVERNMENT\nNo.: 64/2008/ND-CP\nHanoi, May 14, 2008\n\nDECREE\n\nON DONATIONS\n\n"
        "THE GOVERNMENT\n\nPursuant to the December 25, 2001 Law on Organization of the "
        "Government;\nPursuant to the June 12,1999 Law on Vietnam Fatherland Front;\nPursuant "
        "to the December 16, 2002 Law on the State Budget;\nAt the proposal of the Minister of "
        "Finance,\n\nDECREES:\n"
    )
    document, refs = extract_text(text)
    own = [
        (refs[s.object].surface, s.relation)
        for s in relate(text, refs, "en", document.number, document.reported)
        if s.subject is None
    ]
    assert own == [
        ("Law on Organization of the Government", "BASED_ON"),
        ("Law on Vietnam Fatherland Front", "BASED_ON"),
        ("Law on the State Budget", "BASED_ON"),
    ]


@pytest.mark.parametrize(
    ("first", "second"), [("[1]", "[2]"), ("1.", "2."), ("a)", "b)")], ids=["brackets", "1.", "a)"]
)
def test_items_of_a_list_whose_items_head_lists_of_their_own_share_the_head_above(first, second):
    """Blind round R: "the following parts of the Circulars are annulled:\n[1] Circular X …:\n-
    Annulling …\n[2] Circular Y …" — the colon of item [1] heads its own sub-list; item [2]
    is one more item of the list above it, so the annulling reaches Y as it reaches X."""
    text = (
        "Specifically, the following parts of the Circulars are annulled:\n"
        f"{first} Circular 30/2020/TT-BYT on health insurance:\n"
        "- Annulling Clause 3 Article 5 of this Circular.\n"
        f"{second} Circular 18/2020/TT-BYT regulating nutrition activities in hospitals:\n"
        "- Annulling Article 6 of this Circular.\n"
    )
    own = dict(_own_of(text, None, "en"))
    assert own == {"30/2020/TT-BYT": "REPEALS", "18/2020/TT-BYT": "REPEALS"}


@pytest.mark.parametrize("tense", ["vừa", "đã", "sẽ"])
def test_quyet_dinh_after_a_word_of_tense_is_the_verb_not_another_document(tense):
    """Blind round Q: in "Bộ NN-PTNT vừa quyết định bãi bỏ Thông tư 20/2014/TT-BNNPTNT" the
    ministry decides; no other document repeals the circular. With no word of tense before
    it, "quyết định bãi bỏ …" is still a decision (another document) that repeals."""
    text = f"Bộ Nông nghiệp và PTNT {tense} quyết định bãi bỏ Thông tư 20/2014/TT-BNNPTNT."
    refs = find_references(text)
    assert [s.relation for s in relate(text, refs, "vi") if s.subject is None] == ["REPEALS"]
    text = "Theo đó, quyết định bãi bỏ Thông tư 20/2014/TT-BNNPTNT ngày 26/6/2014."
    refs = find_references(text)
    assert [s.relation for s in relate(text, refs, "vi") if s.subject is None] == ["CITES"]


def test_a_translations_dash_items_with_no_stops_and_parts_named_first_share_the_head():
    """Blind round R: items set out with a dash, their lines ending with no stop, are items
    when a document's type and number open them; and an item naming articles first ("-
    Article 17 and Article 97 of Circular No. …") is one of the list's too."""
    text = (
        "Article 1 of Circular 25/2024/TT-BYT stipulates the complete annulment of legal "
        "documents, including:\n"
        "- Circular 13/2011/TT-BYT providing guidance on food safety, issued by the Ministry\n"
        "- Article 17 and Article 97 of Circular No. 128/2013/TT-BTC on customs procedures\n"
        "- Circular 06/2022/TT-BYT prescribing the list of medical equipment, issued by the "
        "Minister of Health\n"
    )
    own = dict(_own_of(text, None, "en"))
    assert own == {
        "25/2024/TT-BYT": "CITES",
        "13/2011/TT-BYT": "REPEALS",
        "128/2013/TT-BTC": "REPEALS",
        "06/2022/TT-BYT": "REPEALS",
    }


def test_a_document_named_again_in_the_next_sentence_continues_no_list():
    """Blind round R: a translation's list split into sentences goes on, but a list names a
    document once: the decision named again in the next sentence is its subject there."""
    text = (
        "This Decision repeals Decision No. 12/2019/QD-UBND on fees.\n"
        "Decision No. 12/2019/QD-UBND was issued by the province in 2019.\n"
    )
    refs = find_references(text)
    own = [
        (refs[s.object].start, s.relation)
        for s in relate(text, refs, "en", "05/2024/QĐ-UBND")
        if s.subject is None
    ]
    assert [relation for _, relation in sorted(own)] == ["REPEALS", "CITES"]


def test_an_alias_a_translation_writes_with_the_before_it_takes_its_antecedents_relation():
    """Blind round V: "(hereinafter referred to as the Decree No. 79/2010/ND-CP)" names the
    decree the circular guides; the alias takes the guiding as "(… referred to as Decree 79)"
    does."""
    text = (
        "This Circular provides guidance on the calculation of criteria prescribed in Article 7 "
        "of the Government's Decree No. 79/2010/ND-CP dated July 14th 2010 on public debt "
        "management (hereinafter referred to as the Decree No. 79/2010/ND-CP) and the "
        "supervision of public debts.\n"
    )
    refs = find_references(text)
    own = sorted((refs[s.object].start, s.relation) for s in relate(text, refs, "en"))
    assert [relation for _, relation in own] == ["GUIDES", "GUIDES"]


def test_a_translations_item_whose_document_is_its_subject_is_no_object_of_the_list_head():
    """Blind round N: "… implementing the Law on Laws provides clarifications as follows:\n•
    Decree 37/2016/ND-CP provides detailed drafting rules" — the item says what the decree
    does; the head's carrying out does not reach it. An item that only names a document
    ("• Decree No. 38/2012/ND-CP on food safety") is still one of the list's objects."""
    head = "The Ministry issued a plan implementing the following documents:\n"
    subject = head + "• Decree No. 37/2016/ND-CP provides detailed drafting rules.\n"
    assert _own_of(subject, None, "en") == [("37/2016/NĐ-CP", "CITES")]
    named = head + "• Decree No. 37/2016/ND-CP on drafting rules.\n"
    assert _own_of(named, None, "en") == [("37/2016/NĐ-CP", "IMPLEMENTS")]
