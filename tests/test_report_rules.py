"""Report rules written after the 20 blind pages of issue 9 (news-067 … news-1043): who
carries out which document when a page about one document quotes its orders, what an order
may name as its task, and what is no order at all. Each test failed before its rule."""

from __future__ import annotations

import pytest

from vanban.extract.actor_rules import (
    CARRY_OUT_ITEM,
    DEADLINE,
    DIRECTED,
    DUTY_LIST,
    DUTY_SCOPE,
    GUIDING,
    IN_PASSING,
    LAW_AS_SUBJECT,
    LEADING,
    OTHER_BODIES,
    QUOTED_ORDER,
    REPORTED,
    TIMED_DUTY,
    TIMED_DUTY_LEAD,
)
from vanban.extract.read_facts import source_facts
from vanban.loaders.source import make_source

PROVINCES_ALL = "Ủy ban nhân dân các tỉnh, thành phố"
MINISTRIES_ALL = "Các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ"


def _facts(text: str, title: str | None = None) -> dict:
    meta = {"title": title} if title else {}
    return source_facts(make_source("page.jsonl:1", "jsonl", text, meta, "vi"))


def _own(text: str, title: str | None = None) -> str | None:
    """The number of the page's own document."""
    return _facts(text, title)["document"]["number"]


def _acts(text: str, title: str | None = None) -> set[tuple[str, str, str | None]]:
    """(who, relation, target) of every act the page states; the target None when the act
    is on a document with no number."""
    facts = _facts(text, title)
    ms = facts["mentions"]
    out = set()
    for a in facts["actors"]:
        who = a["body"]["name"] if a["body"] else ms[a["subject"]]["canonical"]
        target = (
            facts["document"]["number"] if a["object"] is None else ms[a["object"]]["canonical"]
        )
        out.add((who, a["relation"], target))
    return out


def _read(text: str) -> set[tuple[str | None, str]]:
    """(object, relation) of every statement the page's reader makes."""
    facts = _facts(text)
    ms = facts["mentions"]
    return {(ms[s["object"]]["canonical"], s["relation"]) for s in facts["statements"]}


def _implementers(text: str) -> set[tuple[str, str, str | None]]:
    return {a for a in _acts(text) if a[1] == "IMPLEMENTS"}


NEW_PATTERNS = (
    DIRECTED,
    QUOTED_ORDER,
    IN_PASSING,
    LAW_AS_SUBJECT,
    LAW_AS_SUBJECT,
    REPORTED,
    TIMED_DUTY,
    TIMED_DUTY_LEAD,
    DEADLINE,
    GUIDING,
    DUTY_LIST,
    DUTY_SCOPE,
    CARRY_OUT_ITEM,
    OTHER_BODIES,
    LEADING,
)


@pytest.mark.parametrize(("rule", "text"), [(r, t) for r in NEW_PATTERNS for t in r.matches])
def test_every_example_of_the_new_rules_is_found(rule, text):
    assert rule.pattern.search(text), f"{rule.name}: {text!r}"


@pytest.mark.parametrize(("rule", "text"), [(r, t) for r in NEW_PATTERNS for t in r.rejects])
def test_no_counter_example_of_the_new_rules_is_found(rule, text):
    assert not rule.pattern.search(text), f"{rule.name}: {text!r}"


RESOLUTION_REPORT = (
    "Chủ tịch Quốc hội Trần Thanh Mẫn vừa ký ban hành Nghị quyết số 196/2025/QH15 của Quốc "
    "hội về điều chỉnh, bổ sung dự toán ngân sách nhà nước năm 2025. Nghị quyết này được Quốc "
    "hội khóa XV, kỳ họp thứ 9 thông qua ngày 17 tháng 5 năm 2025.\n\n"
    "Quốc hội Giao Chính phủ khẩn trương tổ chức thực hiện, bảo đảm đúng chính sách, chế độ, "
    "tuân thủ quy định của Luật Ngân sách nhà nước và báo cáo Quốc hội tại Kỳ họp thứ 10.\n\n"
    "Quốc hội giao: Ủy ban Thường vụ Quốc hội, Chính phủ, Thủ tướng Chính phủ, các Bộ, ngành, "
    "cơ quan trung ương, chính quyền địa phương các cấp, theo chức năng, nhiệm vụ được giao, "
    "tổ chức thực hiện có hiệu quả Nghị quyết này.\n"
)
RESOLUTION_TITLE = "Quốc hội bổ sung 50.623 tỷ đồng để sắp xếp bộ máy, miễn học phí"


def test_the_body_that_issued_the_pages_document_gives_that_documents_orders():
    """news-782: "Quốc hội giao …" in a report on a resolution of the National Assembly
    (issuer code QH15: the term dropped, the National Assembly) is the resolution's order,
    to the bodies named one by one and to the classes ("chính quyền địa phương các cấp")."""
    acts = _acts(RESOLUTION_REPORT, RESOLUTION_TITLE)
    assert acts == {
        (who, "IMPLEMENTS", "196/2025/QH15")
        for who in (
            "Chính phủ",
            "Ủy ban Thường vụ Quốc hội",
            "Thủ tướng Chính phủ",
            MINISTRIES_ALL,
            PROVINCES_ALL,
        )
    }


def test_an_order_never_carries_out_a_law_named_without_its_number():
    """news-782: the task "tuân thủ quy định của Luật Ngân sách nhà nước" names a law by its
    title; a target needs a number, so the order is the resolution's own, never the law's."""
    acts = _acts(RESOLUTION_REPORT, RESOLUTION_TITLE)
    assert all(target for _, _, target in acts)
    assert ("Chính phủ", "IMPLEMENTS", "196/2025/QH15") in acts


QUOTED_CONCLUSION = (
    "Văn phòng Trung ương Đảng ban hành Thông báo kết luận 177-TB/VPTW của Tổng Bí thư Tô Lâm "
    "tại buổi làm việc với đại diện Đảng ủy Chính phủ về tình hình giáo dục và đào tạo.\n\n"
    "Trong đó, thống nhất chủ trương các trường tiểu học, trung học cơ sở tổ chức dạy học 2 "
    "buổi/ngày.\n\n"
    '"Giao Đảng ủy Chính phủ chỉ đạo Bộ Giáo dục và Đào tạo, các bộ, ngành, địa phương chuẩn '
    "bị đầy đủ các điều kiện về cơ sở vật chất, giáo viên để các trường dạy học 2 buổi/ngày. "
    'Thời gian thực hiện từ năm học 2025 - 2026", thông báo kết luận nêu.\n'
)


def test_a_quoted_order_on_a_page_about_one_document_is_that_documents():
    """news-912: a quote that opens with "Giao …" names no speaker: on a page about one
    document it is that document's order; the addressee that directs others ("chỉ đạo Bộ
    Giáo dục và Đào tạo, các bộ, ngành, địa phương") passes it on to them."""
    acts = _acts(QUOTED_CONCLUSION, "Thống nhất chủ trương dạy 2 buổi/ngày")
    assert acts == {
        (who, "IMPLEMENTS", "177-TB/VPTW")
        for who in ("Đảng ủy Chính phủ", "Bộ Giáo dục và Đào tạo", MINISTRIES_ALL, PROVINCES_ALL)
    }


def test_an_unquoted_order_opening_a_paragraph_gives_nothing():
    """news-599 (held out, labelled with no statements): the same words without the quote
    may be the page's summary; they name no speaker and give nothing."""
    text = QUOTED_CONCLUSION.replace('"Giao', "Giao").replace('2026",', "2026,")
    assert _acts(text, "Thống nhất chủ trương dạy 2 buổi/ngày") == set()


PM_ORDER_PAGE = (
    "Ngày 08/02/2025, Thủ tướng Chính phủ ban hành Công điện 13/CĐ-TTg năm 2025 về việc khẩn "
    "trương rà soát các dự án đầu tư khó khăn, vướng mắc.\n\n"
    "Thời gian qua, Thủ tướng Chính phủ đã có nhiều văn bản chỉ đạo, yêu cầu các bộ, ngành, "
    "địa phương tập trung rà soát các dự án có khó khăn vướng mắc, tồn đọng kéo dài.\n\n"
    "Để giúp Thủ tướng Chính phủ chỉ đạo các công việc, Thủ tướng Chính phủ đã thành lập Ban "
    "chỉ đạo tại Quyết định 1568/QĐ-TTg năm 2024 do Phó Thủ tướng làm Trưởng Ban.\n\n"
    "Thực hiện chỉ đạo của Thủ tướng Chính phủ, Bộ Kế hoạch và Đầu tư đã có văn bản "
    "10339/BKHĐT-TTr ngày 16 tháng 12 năm 2024 đề nghị các Bộ, cơ quan ngang Bộ, cơ quan thuộc "
    "Chính phủ, Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương gửi báo cáo rà "
    "soát về Bộ Kế hoạch và Đầu tư.\n\n"
    "Để sớm tháo gỡ khó khăn, vướng mắc cho các dự án, Thủ tướng Chính phủ yêu cầu:\n\n"
    "(1) Bộ trưởng, Thủ trưởng các cơ quan ngang Bộ, cơ quan thuộc Chính phủ, Chủ tịch Ủy ban "
    "nhân dân các tỉnh, thành phố trực thuộc Trung ương khẩn trương rà soát kỹ các dự án.\n\n"
    "(2) Sau ngày 15 tháng 2 năm 2025, các bộ, địa phương chưa gửi báo cáo, Thủ tướng Chính "
    "phủ sẽ giao Thanh tra Chính phủ thực hiện thanh tra để xem xét trách nhiệm.\n"
)


def test_a_ministrys_letter_requests_and_orders_no_one():
    """news-108: "Bộ Kế hoạch và Đầu tư đã có văn bản 10339/BKHĐT-TTr … đề nghị các Bộ, …,
    Ủy ban nhân dân các tỉnh …": a ministry asks its peers and the provinces; no order."""
    acts = _acts(PM_ORDER_PAGE)
    assert not {a for a in acts if a[2] == "10339/BKHĐT-TTr"}


def test_an_order_to_manage_gives_a_power_and_carries_nothing_out():
    """news-524: "Chính phủ thành lập Quỹ nhà ở trung ương trực thuộc Bộ Xây dựng, giao Bộ Xây
    dựng quản lý": the decree gives the ministry the fund to manage; no order to carry it out."""
    text = (
        "Chính phủ vừa ban hành Nghị định số 302/2025/NĐ-CP ngày 19/11/2025 về Quỹ nhà ở quốc "
        "gia.\n\nChính phủ thành lập Quỹ nhà ở trung ương trực thuộc Bộ Xây dựng, giao Bộ Xây "
        "dựng quản lý.\n\n"
    )
    assert not _implementers(text)
    # more verbs after it: an order still
    ordered = text.replace("quản lý.", "quản lý, tổ chức thực hiện.")
    assert ("Bộ Xây dựng", "IMPLEMENTS", "302/2025/NĐ-CP") in _implementers(ordered)


def test_a_short_lead_sentence_names_the_pages_document():
    """news-566: the lead is one short sentence ("Chính phủ ban hành Nghị định số
    42/2025/NĐ-CP … của Bộ Y tế."); what "Nghị định này" ends later is that decree's act."""
    text = (
        "Chính phủ ban hành Nghị định số 42/2025/NĐ-CP ngày 27/02/2025 quy định chức năng, "
        "nhiệm vụ của Bộ Y tế.\n\nTheo đó, Bộ Y tế là cơ quan của Chính phủ.\n\n"
        "Nghị định số 95/2022/NĐ-CP ngày 15/11/2022 của Chính phủ hết hiệu lực kể từ ngày "
        "Nghị định này có hiệu lực thi hành.\n"
    )
    facts = _facts(text, "CƠ CẤU TỔ CHỨC MỚI CỦA BỘ Y TẾ")
    assert facts["document"]["number"] == "42/2025/NĐ-CP"
    # a headline, short and with no full stop, is still no lead
    headline = (
        "Chính phủ ban hành Nghị định số 42/2025/NĐ-CP về Bộ Y tế\n\n" + "Bộ Y tế là cơ quan. " * 3
    )
    assert _own(headline) is None


def test_the_prime_minister_in_a_decrees_text_sets_a_procedure_and_orders_nothing():
    """news-702: a decree adds "Điều 9a … như sau: 1. Thủ tướng Chính phủ giao bộ, cơ quan
    trung ương, địa phương là cơ quan chủ quản …": how projects are decided, not an order to
    carry the decree out (a decree is the Government's; the Prime Minister's acts are steps)."""
    text = (
        "Chính phủ ban hành Nghị định số 275/2025/NĐ-CP sửa đổi Nghị định số 85/2025/NĐ-CP về "
        "đầu tư công.\n\nNghị định bổ sung Điều 9a như sau:\n\n1. Thủ tướng Chính phủ giao bộ, "
        "cơ quan trung ương, địa phương là cơ quan chủ quản thực hiện dự án.\n\n"
    )
    assert not _implementers(text)
    # the same words about the Prime Minister's decision give the order
    decision = text.replace("Nghị định số 275/2025/NĐ-CP", "Quyết định số 275/QĐ-TTg")
    assert (PROVINCES_ALL, "IMPLEMENTS", "275/QĐ-TTg") in _implementers(decision)


def test_a_page_giving_a_documents_full_text_is_that_document():
    """news-1001, news-1020, news-660: a title "TOÀN VĂN: Nghị định số 232/2025/NĐ-CP …" or
    "Nghị định 230/2025/NĐ-CP quy định …" over a text that calls itself "Nghị định này" (and
    may name its number where no lead reports its issuing) is that document's page."""
    text = (
        "## TOÀN VĂN: Nghị định số 232/2025/NĐ-CP sửa đổi Nghị định 24/2012/NĐ-CP\n\n"
        "Điều 2. Bãi bỏ khoản 3 Điều 4 của Nghị định 24/2012/NĐ-CP\n\n"
        "Điều 3. Nghị định này có hiệu lực thi hành từ ngày 10/10/2025.\n"
    )
    title = "TOÀN VĂN: Nghị định số 232/2025/NĐ-CP sửa đổi Nghị định 24/2012"
    assert _own(text, title) == "232/2025/NĐ-CP"
    plain = text.replace("## TOÀN VĂN: Nghị định số 232/2025/NĐ-CP", "## Sửa đổi")
    assert _own(plain, title.replace("TOÀN VĂN: ", "")) == "232/2025/NĐ-CP"
    # a text that never calls itself by the title's type is still the titled document's
    # page (news-683, news-965), unless its lead reports another's issuing
    other = text.replace("Nghị định này", "Văn bản")
    assert _own(other, title) == "232/2025/NĐ-CP"
    lead = "Chính phủ ban hành Nghị định số 24/2012/NĐ-CP ngày 3/4/2012 về việc này.\n\n"
    assert _own(lead + other, title) == "24/2012/NĐ-CP"
    # a title that opens with a body, or names two documents side by side, names no page
    # document; one whose first document acts on the second names the first (news-998)
    assert _own(other, "Chính phủ ban hành Nghị định số 232/2025/NĐ-CP") is None
    two = "Nghị định số 232/2025/NĐ-CP và Nghị định số 24/2012/NĐ-CP"
    assert _own(other, two) is None
    acting = "Nghị định số 232/2025/NĐ-CP sửa đổi Nghị định số 24/2012/NĐ-CP"
    assert _own(other, acting) == "232/2025/NĐ-CP"


def test_an_order_to_come_is_no_order():
    """news-108: "Thủ tướng Chính phủ sẽ giao Thanh tra Chính phủ …" if reports are late:
    nothing has been ordered yet."""
    assert not {a for a in _acts(PM_ORDER_PAGE) if a[0] == "Thanh tra Chính phủ"}


def test_a_decision_named_for_a_past_act_does_not_speak_a_later_order():
    """news-108: "đã thành lập Ban chỉ đạo … tại Quyết định 1568/QĐ-TTg" tells of a past act;
    "Thủ tướng Chính phủ yêu cầu:" further down does not speak through that decision."""
    assert not {a for a in _acts(PM_ORDER_PAGE) if a[2] == "1568/QĐ-TTg"}


def test_the_prime_ministers_order_speaks_through_the_document_the_page_reports():
    """news-108: past of "Thủ tướng Chính phủ đã có nhiều văn bản chỉ đạo" (documents told
    of, no new one issued) and of the decision named for a past act, "Thủ tướng Chính phủ yêu
    cầu:" speaks through the Công điện the page opens with."""
    assert _acts(PM_ORDER_PAGE) == {
        (MINISTRIES_ALL, "IMPLEMENTS", "13/CĐ-TTg"),
        (PROVINCES_ALL, "IMPLEMENTS", "13/CĐ-TTg"),
    }


def test_an_order_ending_in_a_colon_assigns_the_bodies_of_its_first_item():
    """news-108, news-074: "Thủ tướng Chính phủ yêu cầu:" and, in the next paragraph, "(1) Bộ
    trưởng, Thủ trưởng các cơ quan ngang Bộ, …, Chủ tịch Ủy ban nhân dân các tỉnh …"."""
    text = (
        "Thủ tướng Chính phủ vừa ký Công điện số 21/CĐ-TTg về việc khắc phục hậu quả mưa lũ.\n\n"
        "Để sớm ổn định đời sống người dân, Thủ tướng Chính phủ yêu cầu:\n\n"
        "(1) Bộ trưởng, Thủ trưởng các cơ quan ngang Bộ, cơ quan thuộc Chính phủ, Chủ tịch Ủy "
        "ban nhân dân các tỉnh, thành phố trực thuộc Trung ương khẩn trương rà soát thiệt hại.\n"
    )
    assert _acts(text) == {
        (MINISTRIES_ALL, "IMPLEMENTS", "21/CĐ-TTg"),
        (PROVINCES_ALL, "IMPLEMENTS", "21/CĐ-TTg"),
    }


def test_local_government_named_among_the_addressees_is_the_provinces():
    """news-585: "Chính phủ giao các bộ, cơ quan Trung ương, chính quyền địa phương và cơ sở
    giáo dục khẩn trương chuẩn bị …"."""
    text = (
        "Ngày 03/9/2025, Chính phủ ban hành Nghị định số 238/2025/NĐ-CP quy định về chính sách "
        "học phí.\n\n"
        "Căn cứ Nghị định số 238/2025/NĐ-CP, Chính phủ giao các bộ, cơ quan Trung ương, chính "
        "quyền địa phương và cơ sở giáo dục khẩn trương chuẩn bị đầy đủ điều kiện, nguồn lực.\n"
    )
    assert _acts(text) == {
        (MINISTRIES_ALL, "IMPLEMENTS", "238/2025/NĐ-CP"),
        (PROVINCES_ALL, "IMPLEMENTS", "238/2025/NĐ-CP"),
    }


def test_the_scorer_counts_no_edge_to_a_node_without_a_number():
    """news-782: an edge to "Luật Ngân sách nhà nước" (a node with no number) was scored as
    one to "None", whose folded letters the page held ("… nó nếu …"); it is left out, like
    every edge to a law the page names without its number."""
    from eval.reports import _flat, given_by_number

    flat = _flat("Luật Ngân sách nhà nước; nó nếu Nghị quyết số 196/2025/QH15")
    assert given_by_number("196/2025/QH15", flat)
    assert not given_by_number(None, flat)
    assert not given_by_number("57-NQ/TW", flat)
    assert not given_by_number("96/2025/QH15", flat)  # a digit before it: another number
    assert given_by_number("1/2025/TT-BNV", _flat("Thông tư số 001/2025/TT-BNV"))
    # a PDF's text that lost the hyphens gives the number too (blind round CD)
    assert given_by_number("61/2018/NĐ-CP", _flat("Căn cứ Nghị định số 61/2018/NĐCP ngày"))
    assert not given_by_number("1/2018/NĐ-CP", _flat("Nghị định số 61/2018/NĐCP"))


def test_the_scorer_finds_a_local_number_glued_to_the_next_word_once_spaces_are_gone():
    """Blind round R: with the page's spaces removed, "Quyết định số 43/2017/QĐ-UBND ngày
    22/12/2017" reads "…qd ubndngay…"; the number spelled out ("uy ban nhan dan") was never
    found there, so every edge to a provincial number followed by a word was left out of
    the count and its statement counted as missed."""
    from eval.reports import _flat, given_by_number

    flat = _flat(
        "Quyết định có hiệu lực và thay thế Quyết định số 43/2017/QĐ-UBND ngày 22/12/2017."
    )
    assert given_by_number("43/2017/QĐ-UBND", flat)
    assert given_by_number("06/2024/TT-BGDĐT", _flat("Thông tư 06/2024/TT-BGD&ĐT quy định"))


def test_the_scorer_takes_an_unnumbered_document_for_the_body_that_issued_it():
    """The report gold names a body as the subject when the document it issued has no number
    on the page; the store keeps that document, unnumbered, issued by the body. The scorer
    counts it as the body, and as no other."""
    from eval.reports import subject_matches

    gold = {"body": "Ủy ban nhân dân tỉnh Nghệ An", "province": "Nghệ An"}
    issued = {
        "name": "Kế hoạch không số",
        "issuers": [{"name": "UBND tỉnh Nghệ An", "province": "Nghệ An"}],
    }
    assert subject_matches(gold, issued)
    other = {
        "name": "Kế hoạch không số",
        "issuers": [{"name": "Tỉnh ủy Nghệ An", "province": "Nghệ An"}],
    }
    assert not subject_matches(gold, other)
    assert not subject_matches(gold, {"name": "Kế hoạch không số", "issuers": []})


CIRCULAR_REPORT = (
    "Bộ Giáo dục và Đào tạo ban hành Thông tư số 29/2024/TT-BGDĐT, ngày 30/12/2024 quy định về "
    "dạy thêm, học thêm đối với giáo dục phổ thông, giáo dục thường xuyên và trách nhiệm quản lý "
    "hoạt động dạy thêm, học thêm.\n\n"
    "## Trách nhiệm quản lí dạy thêm, học thêm của Ủy ban nhân dân cấp tỉnh\n\n"
    "Ủy ban nhân dân cấp tỉnh chịu trách nhiệm quản lý hoạt động dạy thêm, học thêm.\n\n"
    "## Trách nhiệm của cơ sở dạy thêm\n\n"
    "Cơ sở dạy thêm thực hiện các quy định về dạy thêm, học thêm tại thông tư này.\n\n"
    "Thông tư này thay thế Thông tư số 17/2012/TT-BGDĐT ngày 16/5/2012 của Bộ trưởng Bộ Giáo dục "
    "và Đào tạo ban hành Quy định về dạy thêm, học thêm.\n\n"
    "Chánh văn phòng, Vụ trưởng Vụ Giáo dục Trung học, Thủ trưởng các cơ quan đơn vị có liên "
    "quan thuộc Bộ Giáo dục và Đào tạo, Chủ tịch UBND tỉnh, thành phố trực thuộc Trung ương, "
    "Giám đốc Sở Giáo dục và Đào tạo, tổ chức và cá nhân có liên quan chịu trách nhiệm thi hành "
    "thông tư này./.\n"
)


def test_an_enacting_clause_that_lists_officials_assigns_the_bodies_among_them():
    """news-1026: the closing clause names officials one by one; the provinces are among them,
    and "thông tư này" is the one circular the page names that nothing acts on (headings of
    its own stand between, and "Thông tư / Thông tri" is a circular's type)."""
    assert _acts(CIRCULAR_REPORT) == {(PROVINCES_ALL, "IMPLEMENTS", "29/2024/TT-BGDĐT")}


def test_an_enacting_clause_after_a_sentence_is_no_list():
    """The words before "chịu trách nhiệm thi hành" must be a list of short names: a sentence
    that ends before them is not one."""
    text = CIRCULAR_REPORT.replace(
        "Chánh văn phòng, Vụ trưởng",
        "Bộ đã tổ chức nhiều hội nghị để lấy ý kiến của giáo viên, phụ huynh và học sinh trên "
        "cả nước về dự thảo trong suốt năm 2024 trước khi ban hành. Chánh văn phòng, Vụ trưởng",
    ).replace("Chủ tịch UBND tỉnh, thành phố trực thuộc Trung ương, ", "")
    assert _acts(text) == set()


def test_a_title_that_says_a_body_passed_an_unnumbered_law_makes_the_body_the_topic():
    """news-790: "Quốc hội thông qua Luật Thanh tra (sửa đổi)" (no number on the page): what
    the law does ("bảo đảm thể chế hóa Kết luận số 134-KL/TW") the National Assembly does."""
    text = (
        "Luật Thanh tra (sửa đổi) quán triệt và thực hiện chủ trương về sắp xếp hệ thống cơ "
        "quan thanh tra.\n\n"
        "Tại phiên họp, Quốc hội đã nghe Tổng Thanh tra Chính phủ trình bày Báo cáo tóm tắt về "
        "việc tiếp thu, giải trình, chỉnh lý dự thảo Luật Thanh tra (sửa đổi).\n\n"
        "Ủy ban Thường vụ Quốc hội cũng tán thành với việc quy định các cơ quan thanh tra tại "
        "Điều 7, do vừa bảo đảm thể chế hóa Kết luận số 134-KL/TW, vừa phù hợp với thực tiễn.\n"
    )
    title = "Quốc hội thông qua Luật Thanh tra (sửa đổi)"
    assert _acts(text, title) == {("Quốc hội", "IMPLEMENTS", "134-KL/TW")}
    assert _acts(text, "Những điểm mới của Luật Thanh tra (sửa đổi)") == set()


def test_a_report_guiding_a_decree_as_amended_guides_the_amending_decree():
    """news-971 (and the gold of news-1018, tvpl-022): "Thông tư số 34/2025/TT-NHNN hướng dẫn
    một số điều của Nghị định số 24/2012/NĐ-CP … được sửa đổi, bổ sung bởi Nghị định số
    232/2025/NĐ-CP" guides both decrees (the relation reader's, for every text); the amending
    decree amends the first, as before."""
    text = (
        "Thống đốc Ngân hàng Nhà nước Việt Nam đã ký ban hành Thông tư số 34/2025/TT-NHNN hướng "
        "dẫn một số điều của Nghị định số 24/2012/NĐ-CP ngày 03/4/2012 của Chính phủ về quản lý "
        "hoạt động kinh doanh vàng được sửa đổi, bổ sung bởi Nghị định số 232/2025/NĐ-CP.\n\n"
        "Thông tư có hiệu lực từ ngày 10/10/2025.\n"
    )
    assert ("34/2025/TT-NHNN", "GUIDES", "232/2025/NĐ-CP") in _own_statements(text)
    # "… một số điều tại Nghị định số Y" says where some articles were changed
    where = text.replace("được sửa đổi, bổ sung bởi", "được sửa đổi, bổ sung một số điều tại")
    assert ("34/2025/TT-NHNN", "GUIDES", "232/2025/NĐ-CP") not in _own_statements(where)
    guided_plainly = text.replace(" được sửa đổi, bổ sung bởi Nghị định số 232/2025/NĐ-CP", "")
    assert _acts(guided_plainly) == set()


def _own_statements(text: str) -> set[tuple[str, str, str]]:
    """(the page's own document, relation, target) of every statement the page's document
    makes: `relate`'s, as a load stores them."""
    facts = _facts(text)
    ms = facts["mentions"]
    own = facts["document"]["number"]
    return {
        (own, st["relation"], ms[st["object"]]["canonical"])
        for st in facts["statements"]
        if st["subject"] is None
    }


GUIDANCE_PAGE = (
    "Thực hiện Kết luận số 150-KL/TW, ngày 14/4/2025 của Bộ Chính trị hướng dẫn xây dựng phương "
    "án nhân sự cấp ủy cấp tỉnh; Nghị quyết số 76/2025/UBTVQH15 ngày 14/4/2025 của Ủy ban Thường "
    "vụ Quốc hội về việc sắp xếp đơn vị hành chính năm 2025, Ủy ban Thường vụ Quốc hội hướng dẫn "
    "một số nội dung theo hướng sau đây:\n\n"
    "1. Thường trực Hội đồng nhân dân cấp tỉnh ban hành Nghị quyết chỉ định nhân sự.\n\n"
    "(Văn bản Hướng dẫn này thay thế cho văn bản Hướng dẫn số 1304/HD-UBTVQH15 ngày 08/6/2025 "
    "của Ủy ban Thường vụ Quốc hội).\n"
)
GUIDANCE_TITLE = "Hướng dẫn 1309/HD-UBTVQH15 về tổ chức, hoạt động của Đoàn đại biểu Quốc hội"


def test_a_page_that_calls_itself_the_document_its_title_opens_with_is_that_document():
    """news-594, news-1018: the number stands only in the record's title ("Hướng dẫn
    1309/HD-UBTVQH15 về …"); the text calls itself "Hướng dẫn này". The page's own statements
    ("Thực hiện Kết luận số 150-KL/TW …", "… thay thế cho … Hướng dẫn số 1304/HD-UBTVQH15")
    are that document's."""
    facts = _facts(GUIDANCE_PAGE, GUIDANCE_TITLE)
    assert facts["document"]["number"] == "1309/HD-UBTVQH15"
    ms = facts["mentions"]
    own = {
        (s["relation"], ms[s["object"]]["canonical"])
        for s in facts["statements"]
        if s["subject"] is None and s["relation"] != "CITES"
    }
    assert {("IMPLEMENTS", "150-KL/TW"), ("REPLACES", "1304/HD-UBTVQH15")} <= own


def test_a_title_that_does_not_open_with_the_document_names_no_page_document():
    """Without "Hướng dẫn này" the page is still about the guidance its title opens with (the
    eighth blind round: news-683, news-965); a title that does not open with the document
    ("Ủy ban Thường vụ Quốc hội ban hành Hướng dẫn 1309/…") names none."""
    text = GUIDANCE_PAGE.replace("Văn bản Hướng dẫn này", "Văn bản")
    assert _own(text, GUIDANCE_TITLE) == "1309/HD-UBTVQH15"
    other_title = "Ủy ban Thường vụ Quốc hội ban hành Hướng dẫn 1309/HD-UBTVQH15"
    assert _own(GUIDANCE_PAGE, other_title) is None


# Rules written after the third blind round (45 pages): each test failed before its rule.

HOUSING_DECISION = (
    "Quyết định này quy định về đối tượng thuê nhà ở công vụ tại các địa phương thuộc diện sắp "
    "xếp đơn vị hành chính cấp tỉnh.\n\n"
    "Về tiêu chuẩn diện tích, Quyết định số 45/2025/QĐ-TTg quy định Trưởng phòng được bố trí "
    "cho thuê một căn hộ chung cư.\n\n"
    "Quyết định nêu rõ, Bộ Xây dựng có trách nhiệm hướng dẫn, kiểm tra và đôn đốc các địa "
    "phương trên cả nước triển khai thực hiện Quyết định này.\n"
)


def test_an_enacting_clause_may_list_duties_first_and_direct_other_bodies():
    """news-884: after the page's "Quyết định nêu rõ,", the body "có trách nhiệm hướng dẫn,
    kiểm tra và đôn đốc các địa phương … triển khai thực hiện Quyết định này": the body and
    the provinces it directs carry the decision out."""
    assert _acts(HOUSING_DECISION) == {
        ("Bộ Xây dựng", "IMPLEMENTS", "45/2025/QĐ-TTg"),
        (PROVINCES_ALL, "IMPLEMENTS", "45/2025/QĐ-TTg"),
    }
    # a duty to report on the decision is no duty to carry it out
    report_only = HOUSING_DECISION.replace(
        "hướng dẫn, kiểm tra và đôn đốc các địa phương trên cả nước triển khai thực hiện",
        "báo cáo kết quả thực hiện",
    )
    assert _acts(report_only) == set()


def test_an_enacting_list_names_its_bodies_past_a_described_item():
    """news-718: "Chính phủ, Hội đồng nhân dân, Ủy ban nhân dân tỉnh Cao Bằng, chính quyền địa
    phương các đơn vị hành chính liên quan … và các cơ quan, tổ chức khác có liên quan có
    trách nhiệm tổ chức thi hành Nghị quyết này": the bodies named, the council sharing the
    committee's province; the described local governments are no class of all provinces."""
    text = (
        "Ủy ban Thường vụ Quốc hội ban hành Nghị quyết số 1657/NQ-UBTVQH15 về việc sắp xếp các "
        "đơn vị hành chính cấp xã của tỉnh Cao Bằng năm 2025.\n\n"
        "Chính phủ, Hội đồng nhân dân, Ủy ban nhân dân tỉnh Cao Bằng, chính quyền địa phương các "
        "đơn vị hành chính liên quan đến việc thực hiện sắp xếp và các cơ quan, tổ chức khác có "
        "liên quan có trách nhiệm tổ chức thi hành Nghị quyết này; ổn định đời sống của Nhân "
        "dân địa phương.\n"
    )
    assert _acts(text) == {
        (who, "IMPLEMENTS", "1657/NQ-UBTVQH15")
        for who in ("Chính phủ", "Hội đồng nhân dân tỉnh Cao Bằng", "Ủy ban nhân dân tỉnh Cao Bằng")
    }


def test_an_order_spoken_by_a_type_noun_far_from_its_number_is_the_pages_one_document():
    """news-843: "Nghị định giao Thống đốc Ngân hàng Nhà nước …" long after the page named
    its decree: the one decree the page names that nothing acts on speaks it."""
    filler = "Nghị định quy định điều kiện kinh doanh vàng miếng của doanh nghiệp. " * 40
    text = (
        "Chính phủ ban hành Nghị định số 232/2025/NĐ-CP sửa đổi, bổ sung một số điều của Nghị "
        "định số 24/2012/NĐ-CP về quản lý hoạt động kinh doanh vàng.\n\n"
        + filler
        + "\n\nNghị định giao Thống đốc Ngân hàng Nhà nước hướng dẫn và tổ chức thực hiện "
        "các quy định về kinh doanh vàng miếng.\n"
    )
    assert ("Ngân hàng Nhà nước Việt Nam", "IMPLEMENTS", "232/2025/NĐ-CP") in _acts(text)


# Rules written after the fourth blind round (45 pages): each test failed before its rule.

BUDGET_RESOLUTION = (
    "Quốc hội quyết nghị bổ sung Kế hoạch phát triển kinh tế - xã hội năm 2025.\n\n"
    "Thực hiện các giải pháp theo Nghị quyết số 57-NQ/TW của Bộ Chính trị.\n\n"
    "Chính phủ, chính quyền địa phương các cấp, Tòa án nhân dân tối cao, Viện kiểm sát nhân "
    "dân tối cao theo chức năng, nhiệm vụ được giao khẩn trương xây dựng kế hoạch cụ thể để tổ "
    "chức thực hiện thành công Nghị quyết này.\n"
)


def test_bodies_whose_predicate_carries_out_this_resolution_implement_the_pages_own():
    """news-721: the number stands only in the record's title ("Nghị quyết 192/2025/QH15 …",
    a code of the issuer with no type); the text calls itself "Nghị quyết này", so the page
    is that resolution, and "Nghị quyết này" is it, not the Party resolution named before."""
    title = "Nghị quyết 192/2025/QH15 bổ sung Kế hoạch phát triển kinh tế - xã hội năm 2025"
    facts = _facts(BUDGET_RESOLUTION, title)
    assert facts["document"]["number"] == "192/2025/QH15"
    assert _acts(BUDGET_RESOLUTION, title) == {
        (who, "IMPLEMENTS", "192/2025/QH15")
        for who in (
            "Chính phủ",
            PROVINCES_ALL,
            "Tòa án nhân dân tối cao",
            "Viện kiểm sát nhân dân tối cao",
        )
    }


def test_an_order_whose_addressees_have_an_enacting_clause_carries_out_that_document():
    """news-1038: "Ủy ban Thường vụ Quốc hội giao Chính phủ, Hội đồng nhân dân, Ủy ban nhân
    dân tỉnh X … có trách nhiệm tổ chức thi hành Nghị quyết này", on a page that names one
    resolution and whose own document is not known."""
    text = (
        "Nghị quyết số 1314/NQ-UBTVQH15 của Ủy ban Thường vụ Quốc hội quyết nghị thành lập các "
        "quận thuộc thành phố Huế.\n\n"
        "Về tổ chức thực hiện, Ủy ban Thường vụ Quốc hội giao Chính phủ, Hội đồng nhân dân, Ủy "
        "ban nhân dân tỉnh Thừa Thiên Huế và các cơ quan, tổ chức hữu quan có trách nhiệm tổ "
        "chức thi hành Nghị quyết này.\n"
    )
    acts = _acts(text)
    assert ("Chính phủ", "IMPLEMENTS", "1314/NQ-UBTVQH15") in acts
    councils = {a for a in acts if a[0].startswith("Hội đồng nhân dân")}
    assert councils and all(a[1:] == ("IMPLEMENTS", "1314/NQ-UBTVQH15") for a in councils)
    # the order with no clause naming what it carries out gives nothing
    bare = text.replace(" có trách nhiệm tổ chức thi hành Nghị quyết này", " rà soát")
    assert not {a for a in _acts(bare) if a[0] == "Chính phủ"}


def test_a_lead_about_what_came_before_is_background():
    """news-965: "Trước đó, Quốc hội đã ban hành Nghị quyết số 202/2025/QH15 …" opens a page
    titled by the circular it is about; the resolution is background, the circular acts."""
    text = (
        "Trước đó, Quốc hội đã ban hành Nghị quyết số 202/2025/QH15 ngày 12/6/2025 về việc "
        "sắp xếp đơn vị hành chính cấp tỉnh, nên chương trình môn học cần phải chỉnh sửa.\n\n"
        "Việc ban hành Thông tư sửa đổi, bổ sung Chương trình giáo dục phổ thông ban hành kèm "
        "theo Thông tư số 32/2018/TT-BGDĐT bảo đảm tính thực tiễn của các môn.\n"
    )
    title = "Thông tư số 17/2025/TT-BGDĐT sửa đổi, bổ sung Chương trình giáo dục phổ thông"
    assert _own(text, title) == "17/2025/TT-BGDĐT"
    # the same lead without "Trước đó" reports the resolution's issuing
    news = text.replace("Trước đó, Quốc hội", "Quốc hội")
    assert _own(news, title) == "202/2025/QH15"


DECREE_PAGE = (
    "Chính phủ ban hành Nghị định số 278/2025/NĐ-CP ngày 20/10/2025 quy định về dữ liệu "
    "dùng chung của các cơ quan nhà nước.\n\n"
    "Nghị định nêu rõ, các bộ, cơ quan trung ương, địa phương phải thực hiện chuẩn hóa dữ liệu "
    "dùng chung quy định tại Phụ lục I Nghị định này trước 30/12/2025.\n\n"
    "Chậm nhất đến ngày 01 tháng 7 năm 2026, Bộ Công an phải hoàn thành việc kết nối.\n\n"
    "Bộ Tài chính có trách nhiệm bố trí kinh phí theo quy định.\n"
)


def test_a_duty_with_a_deadline_carries_the_pages_document_out():
    """news-703, news-987, news-830 (and news-713, brought in line): a document gives named
    bodies a duty with a deadline; they carry that document out. A duty with no deadline is
    the document's content (the ministry of finance here), as a duty listed on a page is."""
    got = _implementers(DECREE_PAGE)
    assert (MINISTRIES_ALL, "IMPLEMENTS", "278/2025/NĐ-CP") in got
    assert (PROVINCES_ALL, "IMPLEMENTS", "278/2025/NĐ-CP") in got
    assert ("Bộ Công an", "IMPLEMENTS", "278/2025/NĐ-CP") in got
    assert not {a for a in got if a[0] == "Bộ Tài chính"}
    # on a page about no one document, a deadline orders nothing
    unowned = DECREE_PAGE.split("\n\n", 1)[1]
    assert not _implementers(unowned)


def test_a_duty_reported_under_its_topic_carries_the_document_out():
    """news-663: "Về điều khoản chuyển tiếp, Nghị định nêu rõ, Bộ trưởng Bộ Tài chính chịu
    trách nhiệm … trong thời hạn tối đa 03 tháng …": the page names the topic first, then
    reports the decree's duty with a deadline."""
    text = (
        "Chính phủ ban hành Nghị định số 29/2025/NĐ-CP quy định chức năng, nhiệm vụ của Bộ "
        "Tài chính.\n\nVề điều khoản chuyển tiếp, Nghị định nêu rõ, Bộ trưởng Bộ Tài chính "
        "chịu trách nhiệm tổ chức, sắp xếp để Cục Thuế đi vào hoạt động theo mô hình mới trong "
        "thời hạn tối đa 03 tháng kể từ ngày Nghị định này có hiệu lực thi hành.\n"
    )
    assert ("Bộ Tài chính", "IMPLEMENTS", "29/2025/NĐ-CP") in _implementers(text)


def test_a_transfer_by_a_deadline_carries_the_pages_decree_out():
    """news-832: a transitional clause states the duty as the transfer itself, with no
    "phải": "Bộ Công Thương chuyển giao nguyên trạng Cục Quản lý thị trường cấp tỉnh … trước
    ngày 1/6/2025". A transfer with no deadline is the decree's content."""
    text = (
        "Chính phủ ban hành Nghị định số 40/2025/NĐ-CP quy định chức năng, nhiệm vụ của Bộ "
        "Công Thương.\n\nBộ Công Thương chuyển giao nguyên trạng Cục Quản lý thị trường cấp "
        "tỉnh thuộc Tổng cục Quản lý thị trường về Ủy ban nhân dân tỉnh, thành phố trực thuộc "
        "trung ương để thành lập Chi cục Quản lý thị trường thuộc Sở Công Thương trước ngày "
        "1/6/2025.\n\nBộ Tài chính bàn giao các nhiệm vụ về quản lý giá cho Bộ Công Thương.\n"
    )
    got = _implementers(text)
    assert ("Bộ Công Thương", "IMPLEMENTS", "40/2025/NĐ-CP") in got
    assert not {a for a in got if a[0] == "Bộ Tài chính"}


def test_bodies_heading_their_own_duties_carry_out_the_items_with_a_deadline():
    """news-109: "(2) Bộ trưởng Bộ Xây dựng:" heads the minister's items; an item with a
    deadline ("… báo cáo Thủ tướng Chính phủ trong Quý II năm 2025") carries the page's
    document out, an item with none is its content."""
    text = (
        "Thủ tướng Chính phủ ký Công điện số 03/CĐ-TTg về thị trường bất động sản.\n\n"
        "(2) Bộ trưởng Bộ Xây dựng:\n\n- Chủ trì nghiên cứu đề xuất Đề án thí điểm; báo cáo "
        "Thủ tướng Chính phủ trong Quý II năm 2025.\n\n"
        "(3) Bộ trưởng Bộ Công an:\n\n- Chỉ đạo các lực lượng chức năng theo dõi, nắm "
        "tình hình thị trường.\n"
    )
    got = _implementers(text)
    assert ("Bộ Xây dựng", "IMPLEMENTS", "03/CĐ-TTg") in got
    assert not {a for a in got if a[0] == "Bộ Công an"}


def test_an_expiry_on_a_given_day_repeals():
    """news-740, news-728, news-810: "Nghị quyết số 32/NQ-CP … và Nghị quyết số 128/NQ-CP …
    hết hiệu lực kể từ ngày 15/3/2025" in a page about the resolution that says so; a past
    expiry ("đã hết hiệu lực") is told of."""
    text = (
        "Chính phủ ban hành Nghị quyết số 44/NQ-CP ngày 12/3/2025 về miễn thị thực.\n\n"
        "Nghị quyết số 32/NQ-CP ngày 15/3/2022 và Nghị quyết số 128/NQ-CP ngày 14/8/2023 của "
        "Chính phủ hết hiệu lực kể từ ngày 15/3/2025.\n\n"
        "Nghị quyết số 11/NQ-CP đã hết hiệu lực từ ngày 01/01/2025.\n"
    )
    read = _read(text)
    assert ("32/NQ-CP", "REPEALS") in read and ("128/NQ-CP", "REPEALS") in read
    assert ("11/NQ-CP", "REPEALS") not in read


def test_an_explainers_note_of_an_amendment_is_a_fact_of_the_two_documents():
    """news-290, news-110, news-246: a legal site's answer quotes a provision "Thông tư
    13/2015/TT-BTC (được sửa đổi bởi khoản 4 Điều 1 Thông tư 13/2020/TT-BTC)": the page's
    answer cites both, and the note says the later circular amends the earlier one."""
    text = (
        "Mẫu đơn đề nghị kiểm tra hàng hóa được quy định tại khoản 1 Điều 6 Thông tư "
        "13/2015/TT-BTC (được sửa đổi bởi khoản 4 Điều 1 Thông tư 13/2020/TT-BTC) như sau:\n\n"
        "Điểm c khoản 3 Điều 5 Nghị định 125/2020/NĐ-CP ( bổ sung bởi điểm a khoản 1 Điều 6 "
        "Nghị định 102/2021/NĐ-CP) quy định nguyên tắc xử phạt.\n"
    )
    facts = _facts(text)
    ms = facts["mentions"]
    read = {
        (ms[s["subject"]]["canonical"], s["relation"], ms[s["object"]]["canonical"])
        for s in facts["statements"]
        if s["subject"] is not None
    }
    assert ("13/2020/TT-BTC", "AMENDS", "13/2015/TT-BTC") in read
    assert ("102/2021/NĐ-CP", "AMENDS", "125/2020/NĐ-CP") in read
    # the page's own reading of every mention stays a citation
    assert {s["relation"] for s in facts["statements"] if s["subject"] is None} == {"CITES"}


def test_a_body_acts_through_its_one_numbered_document_the_verb_names():
    """news-084: "Thực hiện … Công văn 8726/VPCP-KGVX …, Bộ Lao động - Thương binh và Xã hội
    thông báo …" on a page that numbers the ministry's notice: the notice acts, not the
    ministry (a body is the subject only when its document has no number on the page). A
    verb that is not the document's type keeps the body (news-922)."""
    text = (
        "## Lịch nghỉ lễ Quốc khánh năm 2025\n\n"
        "Thực hiện ý kiến chỉ đạo của Thủ tướng Chính phủ tại Công văn 8726/VPCP-KGVX ngày "
        "26/11/2024 của Văn phòng Chính phủ, Bộ Lao động - Thương binh và Xã hội thông báo để "
        "các cơ quan hành chính thực hiện lịch nghỉ lễ như sau.\n\n"
        ">> Tải về Thông báo 6150/TB-BLĐTBXH\n"
    )
    ministry = "Bộ Lao động - Thương binh và Xã hội"
    got = _implementers(text)
    assert ("6150/TB-BLĐTBXH", "IMPLEMENTS", "8726/VPCP-KGVX") in got
    assert (ministry, "IMPLEMENTS", "8726/VPCP-KGVX") not in got
    studies = text.replace("Xã hội thông báo để", "Xã hội nghiên cứu để")
    assert (ministry, "IMPLEMENTS", "8726/VPCP-KGVX") in _implementers(studies)
    # another document of the ministry's, of another type, does not stand in the way
    # (news-389: "Ban Tuyên giáo Trung ương hướng dẫn …" beside its Công văn)
    letter = (
        text + "\nXem thêm Công văn số 241/BLĐTBXH-VP của Bộ Lao động - Thương binh và Xã hội.\n"
    )
    assert ("6150/TB-BLĐTBXH", "IMPLEMENTS", "8726/VPCP-KGVX") in _implementers(letter)


RAILWAY_RESOLUTION = (
    "Nghị quyết số 188/2025/QH15 của Quốc hội về thí điểm cơ chế phát triển đường sắt đô thị."
    "\n\nĐiều 10. Tổ chức thực hiện\n\n"
    "1. Chính phủ hướng dẫn thi hành Nghị quyết này.\n\n"
    "2. Chính phủ chịu trách nhiệm trước Quốc hội trong việc:\n\n"
    "a) Tổ chức thực hiện, quản lý đầu tư hệ thống đường sắt đô thị tại thành phố Hà Nội "
    "theo đúng Nghị quyết này và quy định của pháp luật có liên quan;\n\n"
    "b) Quản lý, sử dụng vốn tiết kiệm, hiệu quả.\n\n"
    "3. Kiểm toán nhà nước có trách nhiệm kiểm toán hồ sơ tổng mức đầu tư.\n\n"
    "4. Hội đồng nhân dân thành phố Hà Nội có trách nhiệm sau đây:\n\n"
    "a) Quy định chi tiết nội dung được giao tại Nghị quyết này;\n\n"
    "b) Giám sát việc tổ chức triển khai thực hiện Nghị quyết này.\n"
)


def test_the_duties_a_resolution_lists_in_its_own_text_carry_it_out_or_guide_it():
    """news-720, news-724, news-987, the ninth round's misses: a reproduced resolution or law
    gives named bodies, item by item, the duty to carry it out ("Tổ chức thực hiện … theo
    đúng Nghị quyết này") or to detail and guide it ("hướng dẫn thi hành Nghị quyết này",
    "Quy định chi tiết nội dung được giao tại Nghị quyết này"). Watching the work
    ("Giám sát việc tổ chức triển khai thực hiện …") and other duties give nothing."""
    own = "188/2025/QH15"
    got = _acts(RAILWAY_RESOLUTION, f"Nghị quyết {own} về thí điểm cơ chế")
    assert ("Chính phủ", "GUIDES", own) in got
    assert ("Chính phủ", "IMPLEMENTS", own) in got
    assert ("Hội đồng nhân dân thành phố Hà Nội", "GUIDES", own) in got
    assert ("Hội đồng nhân dân thành phố Hà Nội", "IMPLEMENTS", own) not in got
    assert not {a for a in got if a[0] == "Kiểm toán nhà nước"}


def test_bodies_given_a_duty_within_their_powers_guide_the_document():
    """news-725: "1. Chính phủ, …, Viện trưởng Viện kiểm sát nhân dân tối cao, chính quyền
    địa phương cấp tỉnh theo thẩm quyền quy định chi tiết, hướng dẫn áp dụng và tổ chức thực
    hiện Nghị quyết này": "theo thẩm quyền" only bounds the duty, as "theo chức năng, nhiệm
    vụ được giao" does."""
    own = "198/2025/QH15"
    text = (
        "Điều 16. Tổ chức thực hiện\n\n1. Chính phủ, Viện trưởng Viện kiểm sát nhân dân tối "
        "cao, chính quyền địa phương cấp tỉnh theo thẩm quyền quy định chi tiết, hướng dẫn áp "
        "dụng và tổ chức thực hiện Nghị quyết này bảo đảm điều kiện tiếp cận.\n"
    )
    got = _acts(text, f"Nghị quyết {own} về một số cơ chế đặc biệt")
    assert ("Chính phủ", "GUIDES", own) in got
    assert ("Viện kiểm sát nhân dân tối cao", "GUIDES", own) in got


@pytest.mark.parametrize("text", DUTY_SCOPE.matches)
def test_the_remit_that_bounds_a_duty_is_skipped_whole(text):
    m = DUTY_SCOPE.pattern.match(text)
    assert m and m.end() == len(text), text


def test_bodies_bound_by_their_tasks_and_powers_guide_the_document():
    """news-1038: "Chánh án Tòa án nhân dân tối cao, Viện trưởng Viện kiểm sát nhân dân tối
    cao, trong phạm vi nhiệm vụ, quyền hạn của mình, có trách nhiệm hướng dẫn việc thực hiện
    các nội dung của Nghị quyết …": the remit names the powers with the tasks."""
    own = "1314/NQ-UBTVQH15"
    text = (
        f"Ủy ban Thường vụ Quốc hội ban hành Nghị quyết số {own} về việc sắp xếp các đơn vị "
        "hành chính.\n\nChánh án Tòa án nhân dân tối cao, Viện trưởng Viện kiểm sát nhân dân "
        "tối cao, trong phạm vi nhiệm vụ, quyền hạn của mình, có trách nhiệm hướng dẫn việc "
        "thực hiện các nội dung của Nghị quyết thuộc trách nhiệm quản lý.\n"
    )
    got = _acts(text, f"Nghị quyết {own} về sắp xếp đơn vị hành chính")
    assert ("Tòa án nhân dân tối cao", "GUIDES", own) in got
    assert ("Viện kiểm sát nhân dân tối cao", "GUIDES", own) in got


def test_a_duty_list_whose_first_item_follows_its_colon_carries_it_out():
    """news-733: "Chính phủ, Thủ tướng Chính phủ có trách nhiệm sau đây: Ban hành và chỉ đạo
    thực hiện kế hoạch … theo quy định của Nghị quyết này;" on one line; an item that only
    spreads the word ("Tổ chức tuyên truyền …") gives nothing."""
    own = "76/2025/UBTVQH15"
    text = (
        "Điều 16 quy định trách nhiệm của các cơ quan, tổ chức như sau:\n\n"
        "Chính phủ, Thủ tướng Chính phủ có trách nhiệm sau đây: Ban hành và chỉ đạo thực hiện "
        "kế hoạch thực hiện sắp xếp đơn vị hành chính năm 2025, trong đó xác định yêu cầu cụ "
        "thể về lộ trình, tiến độ, trách nhiệm tổ chức thực hiện của các Bộ, cơ quan trung "
        "ương, địa phương trong sắp xếp đơn vị hành chính theo quy định của Nghị quyết này;\n\n"
        "Bộ Công an có trách nhiệm: Tổ chức tuyên truyền, vận động Nhân dân về việc sắp xếp "
        "đơn vị hành chính;\n"
    )
    got = {a for a in _acts(text, f"Nghị quyết {own}: Quy định về sắp xếp") if a[1] == "IMPLEMENTS"}
    assert ("Chính phủ", "IMPLEMENTS", own) in got
    assert ("Thủ tướng Chính phủ", "IMPLEMENTS", own) in got
    assert not {a for a in got if a[0] == "Bộ Công an"}


def test_an_end_of_force_a_report_quotes_is_the_act_of_the_document_it_names_as_this():
    """news-850, news-573: "Thông tư 36/2024/TT-BYT có hiệu lực kể từ ngày 1/1/2025. Thông
    tư liên tịch số 24/2015/TTLT-BYT-BGTVT … hết hiệu lực kể từ ngày Thông tư này có hiệu
    lực thi hành." on a page of no number of its own: the circular named before repeals it;
    one listed in the same sentence is not the subject."""
    text = (
        "TIÊU CHUẨN SỨC KHỎE LÁI XE\n\nThông tư 36/2024/TT-BYT có hiệu lực kể từ ngày "
        "1/1/2025.\n\nThông tư liên tịch số 24/2015/TTLT-BYT-BGTVT ngày 28/8/2015 của Bộ trưởng "
        "Bộ Y tế và Bộ trưởng Bộ Giao thông vận tải quy định về tiêu chuẩn sức khỏe của người "
        "lái xe hết hiệu lực kể từ ngày Thông tư này có hiệu lực thi hành.\n"
    )
    assert ("36/2024/TT-BYT", "REPEALS", "24/2015/TTLT-BYT-BGTVT") in _acts_of_documents(text)
    listed = text.replace(
        "\n\nThông tư liên tịch số", " Thông tư số 01/2020/TT-BYT và Thông tư liên tịch số"
    )
    got = _acts_of_documents(listed)
    assert ("01/2020/TT-BYT", "REPEALS", "24/2015/TTLT-BYT-BGTVT") not in got


def _acts_of_documents(text: str) -> set[tuple[str, str, str]]:
    """(subject, relation, object) of what the page says one document does to another."""
    facts = _facts(text)
    ms = facts["mentions"]
    return {
        (ms[s["subject"]]["canonical"], s["relation"], ms[s["object"]]["canonical"])
        for s in facts["statements"]
        if s["subject"] is not None
    }


def _own_after(text: str, marker: str) -> list[str]:
    """The relations the page states as its own of the mentions after `marker`."""
    facts = _facts(text)
    ms = facts["mentions"]
    return [
        s["relation"]
        for s in facts["statements"]
        if s["subject"] is None and ms[s["object"]]["start"] > text.index(marker)
    ]


def test_named_bodies_before_unnamed_others_guide_the_law_that_gives_them_details():
    text = (
        "QUỐC HỘI\n\nLuật số: 80/2025/QH15\n\nLUẬT\n\nCÁN BỘ, CÔNG CHỨC\n\n"
        "Điều 49. Hiệu lực thi hành\n\n4. Ủy ban Thường vụ Quốc hội, Chính phủ và các cơ "
        "quan khác có thẩm quyền quy định chi tiết các điều, khoản được giao trong Luật.\n"
    )
    got = _acts(text)
    assert ("Ủy ban Thường vụ Quốc hội", "GUIDES", "80/2025/QH15") in got
    assert ("Chính phủ", "GUIDES", "80/2025/QH15") in got


def test_a_scope_clause_names_what_it_guides_by_where_its_subjects_are_defined():
    """news-1018, news-1020: "Thông tư này hướng dẫn thực hiện chính sách … đối với … đơn vị
    quy định tại Điều 1 Nghị định số 178/2024/NĐ-CP" guides that decree; a word of the clause
    that only looks like a cue ("chăm sóc thay thế theo quy định tại …") does not replace
    the document whose rule it names."""
    text = (
        "Điều 1. Phạm vi điều chỉnh\n\nThông tư này hướng dẫn thực hiện chính sách, chế độ đối "
        "với cán bộ, công chức trong các cơ quan, tổ chức, đơn vị quy định tại Điều 1 Nghị định "
        "số 178/2024/NĐ-CP trong quá trình sắp xếp tổ chức bộ máy.\n\n"
        "Điều 2. Trung tâm lập danh sách trẻ em cần được chăm sóc thay thế theo quy định tại "
        "khoản 4 Điều 38 Nghị định số 56/2017/NĐ-CP.\n"
    )
    read = _read(text)
    assert ("178/2024/NĐ-CP", "GUIDES") in read
    assert ("56/2017/NĐ-CP", "CITES") in read


def test_rules_issued_with_a_resolution_in_a_basis_line_are_the_basis():
    """news-1006, news-1009 (a blind round of reproduced resolutions): "Căn cứ Nội quy kỳ
    họp Quốc hội ban hành kèm theo Nghị quyết số 71/2022/QH15" is a basis line."""
    text = (
        "QUỐC HỘI\n\nCăn cứ Luật Tổ chức Quốc hội số 57/2014/QH13;\n\n"
        "Căn cứ Nội quy kỳ họp Quốc hội ban hành kèm theo Nghị quyết số 71/2022/QH15 ngày 15 "
        "tháng 11 năm 2022 của Quốc hội;\n\nQUYẾT NGHỊ:\n\nĐiều 1. Cơ cấu tổ chức.\n"
    )
    read = _read(text)
    assert ("71/2022/QH15", "BASED_ON") in read


def test_a_law_named_in_a_text_dated_only_by_its_number_is_the_one_passed_before():
    """news-721 (blind round): a 2025 resolution that cites "Luật Doanh nghiệp" with no date
    means the law in force, passed before 2025; the year in its own number dates it."""
    text = (
        "NGHỊ QUYẾT\n\nSố: 192/2025/QH15\n\nĐiều 1. Sớm sửa đổi Luật Doanh nghiệp để tháo gỡ "
        "vướng mắc.\n"
    )
    facts = _facts(text)
    named = [m for m in facts["mentions"] if m.get("kind") == "named"]
    assert [m["canonical"] for m in named] == ["59/2020/QH14"]


def test_a_law_that_names_itself_is_its_own_number_though_dated_only_by_its_year():
    """news-988 (blind round): "Luật Dữ liệu" in the Law on Data's own text is that law, not
    left without a number because its year is the text's own."""
    text = "QUỐC HỘI\n\nLuật số: 60/2024/QH15\n\nLUẬT\n\nDỮ LIỆU\n\nĐiều 4. Áp dụng Luật Dữ liệu.\n"
    named = [m for m in _facts(text)["mentions"] if m.get("kind") == "named"]
    assert [m["canonical"] for m in named] == ["60/2024/QH15"]


def test_an_order_the_issuing_body_gives_after_its_matter_is_the_pages_documents():
    """news-729: on a page about Nghị quyết số 245/2025/QH15, "Về điều hành ngân sách nhà
    nước năm 2025, Quốc hội giao Chính phủ chỉ đạo rà soát …" is the resolution's order."""
    text = (
        "Chủ tịch Quốc hội đã ký ban hành Nghị quyết số 245/2025/QH15 về dự toán ngân sách nhà "
        "nước năm 2026.\n\nVề điều hành ngân sách nhà nước năm 2025, Quốc hội giao Chính phủ chỉ "
        "đạo rà soát tình hình sử dụng nguồn kinh phí đã giao.\n"
    )
    got = _implementers(text)
    assert ("Chính phủ", "IMPLEMENTS", "245/2025/QH15") in got


def test_a_law_a_body_passed_unnumbered_repeals_what_ends_when_this_law_takes_effect():
    """news-785: on a page about a law the National Assembly passed, with no number yet,
    "Luật … số 22/2008/QH12 … hết hiệu lực từ ngày Luật này có hiệu lực" is the Assembly's
    act: the law is of a law's rank, named after the cue."""
    text = (
        "## Thông qua Luật Cán bộ, công chức (sửa đổi)\n\n"
        "Sáng 24/6, Quốc hội đã thông qua Luật Cán bộ, công chức (sửa đổi), với 418/423 đại "
        "biểu tán thành.\n\n"
        "Luật có hiệu lực thi hành từ ngày 01/7/2025. Luật Cán bộ, công chức số 22/2008/QH12 "
        "đã được sửa đổi, bổ sung một số điều theo Luật số 52/2019/QH14 hết hiệu lực từ ngày "
        "Luật này có hiệu lực.\n"
    )
    assert ("Quốc hội", "REPEALS", "22/2008/QH12") in _acts(text)
    assert ("52/2019/QH14", "AMENDS", "22/2008/QH12") in _acts_of_documents(text)
    # the same words of a decree that gives no time of its own are no law's act
    decree = text.replace("hết hiệu lực từ ngày Luật này có hiệu lực", "hết hiệu lực")
    assert ("Quốc hội", "REPEALS", "22/2008/QH12") not in _acts(decree)


def test_a_title_heading_its_line_reaches_its_own_semicolon_items():
    """news-228: a listed title "Thông tư X sửa đổi Thông tư A hướng dẫn Luật …; Thông tư B
    …; Thông tư C …" that heads its line amends all three; in a list a line opened before it
    ("… gồm: …, Thông tư X sửa đổi Thông tư A; Thông tư D quy định …", news-949) the ";"
    item is the next item of that list, which X does not amend."""
    heading = (
        "Luật Cư trú có 7 chương. Dưới đây là những văn bản hướng dẫn thi hành Luật Cư trú "
        "còn hiệu lực.\n\n"
        "Thông tư 12/2024/TT-BCA sửa đổi Thông tư 30/2021/TT-BCA hướng dẫn Luật Cư trú; "
        "Thông tư 31/2021/TT-BCA quy định về biểu mẫu đăng ký; Thông tư 32/2021/TT-BCA quy "
        "định về quy trình đăng ký do Bộ trưởng Bộ Công an ban hành.\n"
    )
    got = _acts_of_documents(heading)
    for amended in ("30/2021/TT-BCA", "31/2021/TT-BCA", "32/2021/TT-BCA"):
        assert ("12/2024/TT-BCA", "AMENDS", amended) in got
    listed = (
        "Chi hội nghị thực hiện theo các Thông tư gồm: Thông tư số 40/2017/TT-BTC quy định chế "
        "độ công tác phí, Thông tư số 12/2025/TT-BTC sửa đổi, bổ sung một số điều của Thông tư "
        "số 40/2017/TT-BTC; Thông tư số 71/2018/TT-BTC quy định chế độ tiếp khách.\n"
    )
    got = _acts_of_documents(listed)
    assert ("12/2025/TT-BTC", "AMENDS", "40/2017/TT-BTC") in got
    assert ("12/2025/TT-BTC", "AMENDS", "71/2018/TT-BTC") not in got


def test_a_telegram_that_directs_the_ministries_and_provinces_is_theirs_to_carry_out():
    """news-026 (report round 19), news-551: "Thủ tướng … vừa ký Công điện số 212/CĐ-TTg …
    chỉ đạo các bộ ngành, địa phương tập trung khắc phục hậu quả bão số 13" orders both
    classes, as "yêu cầu các bộ ngành, địa phương" does; the steering committee ("Ban chỉ
    đạo các bộ, ngành") and a direction given ("theo ý kiến chỉ đạo") order no one."""
    page = (
        "Thủ tướng Chính phủ Phạm Minh Chính vừa ký Công điện số 212/CĐ-TTg ngày 7/11/2025 chỉ "
        "đạo các bộ ngành, địa phương tập trung khắc phục hậu quả bão số 13.\n"
    )
    assert _implementers(page) == {
        (MINISTRIES_ALL, "IMPLEMENTS", "212/CĐ-TTg"),
        (PROVINCES_ALL, "IMPLEMENTS", "212/CĐ-TTg"),
    }
    committee = page.replace("chỉ đạo các bộ ngành", "theo ý kiến chỉ đạo các bộ ngành")
    assert _implementers(committee) == set()


def test_a_duty_item_that_organises_work_as_the_document_provides_carries_it_out():
    """news-719, news-733 (and news-741, the same resolution in full): an item of a list of
    duties that organises or directs work "theo quy định của Nghị quyết này" carries the
    resolution out ("Tổ chức xây dựng đề án … theo quy định của Nghị quyết này", "Chỉ đạo việc
    nâng công suất … theo quy định tại Nghị quyết này"); the provinces' councils named with
    their committees ("Hội đồng nhân dân, Ủy ban nhân dân cấp tỉnh") are the provinces'
    class. An item that only spreads the word, or a duty that names no document, gives
    nothing."""
    own = "76/2025/UBTVQH15"
    text = (
        "Về trách nhiệm thi hành, Nghị quyết quy định như sau:\n\n"
        "Hội đồng nhân dân, Ủy ban nhân dân cấp tỉnh có trách nhiệm: Tổ chức tuyên truyền, "
        "phổ biến tới người dân về việc sắp xếp đơn vị hành chính;\n\n"
        "Tổ chức lập đề án sắp xếp các đơn vị hành chính cấp xã, bảo đảm đúng các tiêu chuẩn "
        "theo quy định của Nghị quyết này;\n\n"
        "Ủy ban nhân dân tỉnh Gia Lai có trách nhiệm: Chỉ đạo việc mở rộng khai thác các mỏ đá, "
        "sản lượng chỉ dùng cho công trình theo quy định tại Nghị quyết này.\n\n"
        "Bộ Công an có trách nhiệm: Tổ chức tuyên truyền, vận động Nhân dân về việc sắp xếp "
        "đơn vị hành chính;\n"
    )
    got = {a for a in _acts(text, f"Nghị quyết {own}: Quy định về sắp xếp") if a[1] == "IMPLEMENTS"}
    assert got == {
        (PROVINCES_ALL, "IMPLEMENTS", own),
        ("Ủy ban nhân dân tỉnh Gia Lai", "IMPLEMENTS", own),
    }


def test_bodies_answering_for_leading_the_work_of_carrying_it_out_carry_it_out():
    """news-724, news-725: a resolution's "Chính phủ, các Bộ, cơ quan ngang Bộ, cơ quan khác
    ở trung ương và địa phương đề cao trách nhiệm, … trong lãnh đạo, chỉ đạo tổ chức triển
    khai, kiểm tra việc thực hiện Nghị quyết này" gives the Government and both classes the
    work of carrying it out; watching it alone does not. "chính quyền địa phương cấp tỉnh
    theo thẩm quyền" ends its item of a list of bodies, as "theo chức năng" does."""
    own = "198/2025/QH15"
    title = f"Nghị quyết {own} về cơ chế đặc biệt"
    leading = (
        "Điều 12. Tổ chức thực hiện\n\n1. Chính phủ, các Bộ, cơ quan ngang Bộ, cơ quan khác ở "
        "trung ương và địa phương đề cao trách nhiệm, nhất là trách nhiệm của người đứng đầu "
        "trong lãnh đạo, chỉ đạo tổ chức triển khai, thanh tra, kiểm tra việc thực hiện các quy "
        "định tại Nghị quyết này, bảo đảm minh bạch.\n"
    )
    assert {a for a in _acts(leading, title) if a[1] == "IMPLEMENTS"} == {
        ("Chính phủ", "IMPLEMENTS", own),
        (MINISTRIES_ALL, "IMPLEMENTS", own),
        (PROVINCES_ALL, "IMPLEMENTS", own),
    }
    watching = leading.replace(
        "lãnh đạo, chỉ đạo tổ chức triển khai, thanh tra, kiểm tra", "giám sát"
    )
    assert not {a for a in _acts(watching, title) if a[1] == "IMPLEMENTS"}
    scoped = (
        "Điều 16. Tổ chức thực hiện\n\n1. Chính phủ, Viện trưởng Viện kiểm sát nhân dân tối "
        "cao, chính quyền địa phương cấp tỉnh theo thẩm quyền quy định chi tiết, hướng dẫn áp "
        "dụng và tổ chức thực hiện Nghị quyết này bảo đảm điều kiện tiếp cận.\n"
    )
    assert (PROVINCES_ALL, "IMPLEMENTS", own) in _acts(scoped, title)


def test_a_report_restates_the_scope_of_its_document_with_that_documents_number():
    """news-699, news-939: "Nghị định số 254/2025/NĐ-CP gồm 6 chương 56 điều quy định chi
    tiết về … theo quy định của Luật Đầu tư công": the reported document's number stands
    where the text itself says "Nghị định này", so its scope clause guides what it names."""
    text = (
        "Bộ Tài chính ban hành Thông tư số 41/2026/TT-BTC hướng dẫn thực hiện việc thu, nộp phí "
        "thẩm định dự án theo quy định tại khoản 3 Điều 12 Nghị định số 52/2025/NĐ-CP ngày "
        "10/3/2025 của Chính phủ.\n\nThông tư có hiệu lực từ ngày 1/7/2026.\n"
    )
    assert ("52/2025/NĐ-CP", "GUIDES") in _read(text)
    # what the reported document only rules on, by another's rule, it does not guide
    ruled = text.replace("hướng dẫn thực hiện việc", "quy định việc")
    assert ("52/2025/NĐ-CP", "GUIDES") not in _read(ruled)


def test_a_report_names_its_document_by_type_alone_as_the_one_that_amends():
    """news-911: on a page about Thông tư số 24/2025/TT-BGDĐT, "Thông tư sửa đổi, bổ sung
    Thông tư 06 quy định …" is that circular's act (eval/reports/README.md resolves a bare
    "Thông tư" to the page's document); a plural or a draft is still another's."""
    text = (
        "Bộ Y tế vừa ban hành Thông tư số 15/2026/TT-BYT sửa đổi, bổ sung một số điều của Thông "
        "tư số 21/2023/TT-BYT.\n\nĐáng chú ý, Thông tư sửa đổi, bổ sung Thông tư số "
        "21/2023/TT-BYT theo hướng rút ngắn thời hạn cấp phép.\n"
    )
    assert _own_after(text, "Đáng chú ý") == ["AMENDS"]
    # a draft, or one another verb has as its object (a document to come), is another's
    for other in ("Đáng chú ý, dự thảo Thông tư", "Đáng chú ý, Bộ đang xây dựng Thông tư"):
        changed = text.replace("Đáng chú ý, Thông tư", other)
        assert _own_after(changed, "Đáng chú ý") == ["CITES"], other


def test_a_report_ends_a_document_by_this_circular_numbered_only_after():
    """news-815: "Thông tư liên tịch số 26/2015/TTLT-BYT-BNV … hết hiệu lực thi hành kể từ
    ngày Thông tư này có hiệu lực thi hành." on a page that numbers its circular only in the
    next paragraph: the one circular the page numbers is the one that ends it. With two
    circulars numbered, nothing tells which."""
    text = (
        "Thông tư này có hiệu lực thi hành kể từ ngày 1/3/2026. Thông tư liên tịch số "
        "26/2015/TTLT-BYT-BNV ngày 7/10/2015 hết hiệu lực thi hành kể từ ngày Thông tư này có "
        "hiệu lực thi hành.\n\nTại Thông tư 07/2026/TT-BYT, Bộ Y tế nêu rõ các tiêu chuẩn.\n"
    )
    repeal = ("07/2026/TT-BYT", "REPEALS", "26/2015/TTLT-BYT-BNV")
    assert repeal in _acts_of_documents(text)
    two = text.replace("Bộ Y tế nêu rõ", "theo Thông tư số 03/2020/TT-BYT, Bộ Y tế nêu rõ")
    assert not {a for a in _acts_of_documents(two) if a[1] == "REPEALS"}


def test_a_list_item_opening_with_the_reported_documents_type_is_its_act():
    """A bullet opens a clause as a line does: "- Nghị định sửa đổi Điều 11 Nghị định số
    155/2020/NĐ-CP …" on a page about the amending decree is that decree's amendment, not
    another document's act; inside a sentence it is still another verb's object."""
    text = (
        "Chính phủ vừa ban hành Nghị định số 245/2026/NĐ-CP sửa đổi, bổ sung một số điều của "
        "Nghị định số 155/2020/NĐ-CP.\n\nNhững nội dung chính như sau:\n\n{item}sửa đổi Điều 11 "
        "Nghị định số 155/2020/NĐ-CP về hồ sơ chào bán thêm cổ phiếu.\n"
    )

    for bullet in ("- ", "+ ", "• "):
        assert _own_after(text.format(item=bullet + "Nghị định "), "Điều 11") == ["AMENDS"]
    assert _own_after(text.format(item="Bộ đang xây dựng Nghị định "), "Điều 11") == ["CITES"]


def test_a_consolidated_text_guides_what_the_document_it_restates_guides():
    """news-1051, news-1052: "Văn bản hợp nhất số 03/VBHN-BQP Thông tư liên tịch hướng dẫn
    thực hiện Quyết định số 49/2015/QĐ-TTg …": the consolidated text is that circular as
    amended, so it guides the decision; what amended the circular stays cited."""
    text = (
        "Ngày 12/3/2026, Bộ Quốc phòng ban hành Văn bản hợp nhất số 07/VBHN-BQP Thông tư hướng "
        "dẫn thực hiện Nghị định số 27/2016/NĐ-CP về chế độ đối với hạ sĩ quan, binh sĩ xuất "
        "ngũ.\n\nThông tư số 95/2016/TT-BQP được sửa đổi, bổ sung bởi Thông tư số "
        "60/2024/TT-BQP.\n"
    )
    read = _read(text)
    assert ("27/2016/NĐ-CP", "GUIDES") in read
    assert ("60/2024/TT-BQP", "AMENDS") not in read


def test_a_law_that_speaks_by_its_own_articles_amends_the_laws_it_lists():
    """news-500, news-1031, news-789: a report on a law with no number yet says what the law
    does by the count of its articles ("Luật gồm 11 Điều, trong đó sửa đổi, bổ sung một số
    điều của Luật …") or by one of them ("(khoản 1 Điều 1 sửa đổi, bổ sung Điều 5 Luật …)"):
    the law acts, of a law's rank, and where a body passed it, the body does."""
    text = (
        "Luật gồm 11 Điều, trong đó sửa đổi, bổ sung một số điều của Luật Chứng khoán số "
        "54/2019/QH14, Luật Kế toán số 88/2015/QH13.\n\n"
        "Luật sửa đổi bổ sung một số điều của Luật Đấu giá tài sản gồm 3 điều; trong đó sửa "
        "đổi, bổ sung 43 điều; bổ sung 02 điều mới; bãi bỏ 02 điều và một số điểm, khoản của "
        "Luật Đấu giá tài sản số 01/2016/QH14.\n\n"
        "Về nguyên tắc phân loại (khoản 1 Điều 1 sửa đổi, bổ sung Điều 5 Luật Chất lượng sản "
        "phẩm, hàng hóa số 05/2007/QH12), có ý kiến đề nghị rà soát.\n"
    )
    read = _read(text)
    for number in ("54/2019/QH14", "88/2015/QH13", "01/2016/QH14", "05/2007/QH12"):
        assert (number, "AMENDS") in read, number
    # the same acts said by a decree's article, or by nothing, stay a task about the law
    assert ("54/2019/QH14", "CITES") in _read(
        "Nghị định gồm 11 Điều, trong đó sửa đổi, bổ sung một số điều của Luật Chứng khoán số "
        "54/2019/QH14.\n"
    )
    assert ("54/2019/QH14", "CITES") in _read(
        "Đề nghị sửa đổi, bổ sung một số điều của Luật Chứng khoán số 54/2019/QH14.\n"
    )
    title = "Quốc hội thông qua Luật sửa đổi, bổ sung một số điều của Luật Chất lượng sản phẩm"
    lead = "Quốc hội đã thông qua Luật sửa đổi, bổ sung một số điều của Luật Chất lượng.\n\n"
    assert ("Quốc hội", "AMENDS", "05/2007/QH12") in _acts(lead + text, title)


def test_an_unnumbered_law_as_the_subject_of_carrying_out_is_the_assemblys_act():
    """news-771: "Thực hiện tinh thần của Nghị quyết số 28-NQ/TW …, Luật đã giải quyết …" on
    a page that names no law it could resolve: the law carries the resolution out, through
    the National Assembly that passed it. A page that numbers a law leaves "Luật" to it."""
    text = (
        "## Chế độ thai sản từ tháng 7/2025\n\n"
        "Chế độ thai sản được bổ sung vào chính sách BHXH tự nguyện. Thực hiện tinh thần của "
        "Nghị quyết số 28-NQ/TW về việc từng bước mở rộng BHXH tự nguyện sang các chế độ khác "
        "ngoài hưu trí, tử tuất, Luật đã giải quyết một trong những nguyên nhân.\n"
    )
    assert ("Quốc hội", "IMPLEMENTS", "28-NQ/TW") in _implementers(text)
    numbered = text + "\nXem Luật Bảo hiểm xã hội số 41/2024/QH15.\n"
    assert ("Quốc hội", "IMPLEMENTS", "28-NQ/TW") not in _implementers(numbered)


def test_bodies_listed_as_owners_of_directions_do_not_act():
    """ "… tiếp tục thực hiện nghiêm các chỉ đạo của Bộ Chính trị, Ban Bí thư, Chính phủ, Thủ
    tướng Chính phủ, Ban Chỉ đạo Quốc gia …, Ban Thường vụ Tỉnh ủy và Văn bản số …": every
    body of the list owns the directions, none carries out the documents (blind round L);
    a body that is the sentence's subject still acts."""
    text = (
        "Chủ tịch UBND huyện yêu cầu các xã, thị trấn thực hiện nghiêm chỉ đạo của Thủ tướng "
        "Chính phủ tại Thông báo số 25/2/2021 về phòng, chống dịch.\n\n"
        "Thực hiện chỉ đạo của Thủ tướng tại Thông báo số 31/TB-VPCP ngày 25/2/2021, Chủ tịch "
        "UBND huyện vừa có công văn yêu cầu các xã tiếp tục triển khai thực hiện nghiêm các chỉ "
        "đạo của Bộ Chính trị, Ban Bí thư, Chính phủ, Thủ tướng Chính phủ, Ban Chỉ đạo Quốc "
        "gia phòng, chống dịch Covid-19, Ban Thường vụ Tỉnh ủy Vĩnh Phúc và Văn bản số "
        "614/UBND-VX1 ngày 28/01/2021 của UBND tỉnh; triển khai thực hiện nghiêm chỉ đạo của "
        "Thủ tướng Chính phủ tại Kết luận số 31/TB-VPCP ngày 25/02/2021.\n"
    )
    assert _acts(text) == set()
    acting = (
        "Ban Thường vụ Tỉnh ủy Vĩnh Phúc triển khai thực hiện Kết luận số 31/TB-VPCP ngày "
        "25/02/2021 của Văn phòng Chính phủ.\n"
    )
    assert _acts(acting) == {("Ban Thường vụ Tỉnh ủy Vĩnh Phúc", "IMPLEMENTS", "31/TB-VPCP")}


def test_a_recipient_sent_a_copy_to_be_informed_carries_nothing_out():
    """Blind round CP: under "Điều 3. … chịu trách nhiệm thi hành Quyết định này.", the
    recipients' line "- Bộ Chính trị, Ban Bí thư (để báo cáo)," is sent a copy to be told,
    and the order does not go on to it; a recipient line without it still does."""
    text = (
        "BAN CHẤP HÀNH TRUNG ƯƠNG\n*\nSố 171-QĐ/TW\n\nHà Nội, ngày 10 tháng 1 năm 2019\n\n"
        "QUYẾT ĐỊNH\nvề mẫu quy chế làm việc\n\n"
        "Điều 1. Ban hành kèm theo Quyết định này mẫu quy chế làm việc của tỉnh ủy.\n"
        "Điều 2. Quyết định có hiệu lực từ ngày ký.\n"
        "Điều 3. Văn phòng Trung ương Đảng, Ban Tổ chức Trung ương chịu trách nhiệm thi hành "
        "Quyết định này.\n"
        "- Bộ Chính trị, Ban Bí thư (để báo cáo),\n"
        "- Lưu Văn phòng Trung ương Đảng.\n"
    )
    who = {a[0] for a in _implementers(text)}
    assert {"Văn phòng Trung ương Đảng", "Ban Tổ chức Trung ương"} <= who
    assert "Bộ Chính trị" not in who
    told_to_act = text.replace(" (để báo cáo)", "")
    assert "Bộ Chính trị" in {a[0] for a in _implementers(told_to_act)}


def test_a_provinces_decision_orders_its_districts_as_a_class():
    """Blind rounds CU and CZ: a province's decision that makes "Chủ tịch UBND các huyện, thị
    xã, thành phố" carry it out orders that province's district committees, as one class
    placed in the province; a list of officials may run on after a semicolon, or name
    departments after a colon; the office of the issuing committee is not the committee."""
    text = (
        "ỦY BAN NHÂN DÂN\nTỈNH NINH BÌNH\n-------\n\nSố: 77/QĐ-UBND\n\n"
        "Ninh Bình, ngày 3 tháng 2 năm 2020\n\nQUYẾT ĐỊNH\nVề việc ban hành Kế hoạch phòng dịch\n\n"
        "Điều 1. Ban hành kèm theo Quyết định này Kế hoạch phòng dịch.\n\n"
        "Điều 2. Chánh Văn phòng Hội đồng nhân dân và Ủy ban nhân dân tỉnh, Giám đốc các Sở: Y "
        "tế, Tài chính; Chủ tịch UBND các huyện, thị xã, thành phố chịu trách nhiệm thi hành "
        "Quyết định này.\n"
    )
    facts = _facts(text)
    assert facts["document"]["number"] == "77/QĐ-UBND"
    bodies = {(a["body"]["name"], a["body"]["province"]) for a in facts["actors"] if a["body"]}
    assert bodies == {("Ủy ban nhân dân các huyện, thành phố", "Ninh Bình")}
    # where no province places the text, its districts are no class of a known province
    unplaced = (
        "Điều 2. Chủ tịch UBND các huyện, thị xã, thành phố chịu trách nhiệm thi hành Quyết "
        "định này.\n"
    )
    assert not any(a["body"] for a in _facts(unplaced)["actors"] if a["body"])


def test_bodies_in_a_persons_titles_do_not_act():
    """Blind round CP: "… do đồng chí Lê Văn Nam, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh làm
    Tổ trưởng, có nhiệm vụ tham mưu … xây dựng kế hoạch thực hiện Nghị quyết số 19-NQ/TW"
    names the person's offices; neither body is the sentence's subject. The body that opens
    the sentence still acts."""
    text = (
        "Tổ giúp việc do đồng chí Lê Văn Nam, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Yên Bái "
        "làm Tổ trưởng, có nhiệm vụ tham mưu xây dựng kế hoạch thực hiện Nghị quyết số "
        "19-NQ/TW ngày 25/10/2017 của Hội nghị Trung ương 6.\n"
    )
    assert _implementers(text) == set()
    acting = (
        "UBND tỉnh Yên Bái xây dựng kế hoạch thực hiện Nghị quyết số 19-NQ/TW ngày 25/10/2017.\n"
    )
    assert ("Ủy ban nhân dân tỉnh Yên Bái", "IMPLEMENTS", "19-NQ/TW") in _implementers(acting)


def test_a_clause_that_opens_its_line_with_a_capital_has_no_subject_on_the_lines_above():
    """Blind round CS (a draft submission): the addressee line above ("Kính gửi: Chính phủ")
    is no subject of the clause that opens the next line; the body after its leading
    clause is."""
    text = (
        "TỜ TRÌNH\nVề dự thảo Nghị định ban hành Quy chế làm việc\nKính gửi: Chính phủ\n"
        "Thực hiện Nghị quyết số 01/NQ-CP ngày 07 tháng 01 năm 2016 của Chính phủ, Văn phòng "
        "Chính phủ trình Chính phủ dự thảo Nghị định như sau:\n"
    )
    assert _implementers(text) == {("Văn phòng Chính phủ", "IMPLEMENTS", "01/NQ-CP")}


def test_a_body_carries_out_its_own_document_through_a_plan_of_no_number():
    """Blind round DP (kept after a rule that read it otherwise was withdrawn): the body that
    issued a resolution may issue the plan that carries it out; with no number on the page,
    the body stands for its plan."""
    text = (
        "Bộ Chính trị ban hành Kế hoạch thực hiện Nghị quyết số 13-NQ/TW ngày 02/4/2022 của Bộ "
        "Chính trị về phát triển vùng đồng bằng sông Cửu Long.\n"
    )
    assert ("Bộ Chính trị", "IMPLEMENTS", "13-NQ/TW") in _implementers(text)


def test_the_subject_after_a_leading_clause_follows_the_time_it_names():
    """Blind round CP: "Thực hiện Kết luận số …, từ ngày 17 đến ngày 22-8 (tuần đầu, đợt 2),
    Bộ Chính trị tiếp tục làm việc …": the time named after the leading clause's comma stands
    before the subject; the line above it (a headline) names no subject of it."""
    text = (
        "Bộ Chính trị làm việc với các đảng bộ trực thuộc Trung ương\n"
        "Thực hiện Kết luận số 79-KL/TW ngày 16-6-2020 của Bộ Chính trị, từ ngày 17 đến ngày "
        "22-8 (tuần đầu, đợt 2), Bộ Chính trị tiếp tục làm việc theo nhóm với các đảng bộ.\n"
    )
    assert _implementers(text) == {("Bộ Chính trị", "IMPLEMENTS", "79-KL/TW")}
    # (blind round DN: a comma before the conclusion's date and issuer is inside its name)
    dated = text.replace("79-KL/TW ngày 16-6-2020", "79-KL/TW, ngày 16/6/2020")
    assert _implementers(dated) == {("Bộ Chính trị", "IMPLEMENTS", "79-KL/TW")}
