"""The day a source's page was published (extract/published.py) and what it dates."""

from __future__ import annotations

import pytest

from vanban.extract.pipeline import extract_text
from vanban.extract.published import ADDRESS_DATES, address_date, iso_day, published_on
from vanban.graph.resolve import written_on


@pytest.mark.parametrize(
    "address, day",
    [example for shape in ADDRESS_DATES for example in shape.examples],
    ids=lambda value: str(value)[-40:],
)
def test_every_address_shape_reads_its_examples(address, day):
    assert address_date(address) == day


def test_a_record_field_is_trusted_before_the_address():
    record = {"url": "https://baochinhphu.vn/tin-102250715212534714.htm"}
    assert published_on(record) == "2025-07-15"
    assert published_on({**record, "date": "2025-07-03T08:15:00"}) == "2025-07-03"
    assert published_on({**record, "published": "3/7/2025"}) == "2025-07-03"
    # the document's own day is not its page's
    assert published_on({"issued_date": "2025-01-02"}) is None


def test_an_archive_or_an_unknown_host_gives_no_day():
    # the id shape of one content system, on a site not known to use it
    assert address_date("https://example.com/tin-119250303120019759.htm") is None
    assert (
        address_date("https://web.archive.org/web/20050524193725/http://x.vn/2005/05/20/a") is None
    )
    assert address_date("not an address") is None
    assert iso_day("31/02/2025") is None


def test_an_undated_law_name_on_a_dated_page_is_the_law_in_force_that_day():
    text = "Theo Luật Tổ chức Chính phủ, Chính phủ là cơ quan hành chính nhà nước cao nhất."
    # two laws of the name were passed before the page: 76/2015/QH13 and 63/2025/QH15
    spring = {"url": "https://xaydungchinhsach.chinhphu.vn/bai-viet-119250410093000123.htm"}
    _, refs = extract_text(text, spring)
    assert [(r.surface, r.canonical) for r in refs] == [("Luật Tổ chức Chính phủ", "63/2025/QH15")]
    autumn_2024 = {"url": "https://xaydungchinhsach.chinhphu.vn/bai-viet-119241010093000123.htm"}
    _, refs = extract_text(text, autumn_2024)
    assert [r.canonical for r in refs] == ["76/2015/QH13"]
    _, refs = extract_text(text, {"url": "https://example.vn/bai-viet"})
    assert [r.canonical for r in refs] == [None]  # undated: either may be meant


def test_a_law_names_itself_even_when_passed_on_its_own_day():
    # the law of 2025 is dated the day the text is: the older law of the name passed
    # before it, yet the name in the law's own text is the law itself
    text = (
        "QUỐC HỘI\nLuật số: 80/2025/QH15 | Hà Nội, ngày 24 tháng 6 năm 2025\n\nLUẬT\n"
        "CÁN BỘ, CÔNG CHỨC\n\nQuốc hội ban hành Luật Cán bộ, công chức.\n"
    )
    document, refs = extract_text(text)
    assert document.number == "80/2025/QH15"
    # the title under the header, and the name in the enacting line
    assert [r.canonical for r in refs if r.kind == "named"] == ["80/2025/QH15"] * 2


def test_the_graph_dates_a_source_by_its_record_not_by_its_address():
    # a page crawled after it was published holds later text (teasers of newer articles):
    # its address's day is no bound for what it cites; its record's own fields are
    page = "https://xaydungchinhsach.chinhphu.vn/bai-viet-119250226182210138.htm"
    facts = {"document": {"date": None, "basis": "none"}, "source": {"metadata": {"url": page}}}
    assert written_on(facts) is None
    facts["source"]["metadata"]["published"] = "2025-07-15T08:00"
    assert written_on(facts) == "2025-07-15"
    facts["source"]["metadata"]["issued_date"] = "2025-07-01"
    assert written_on(facts) == "2025-07-01"


def test_a_page_of_the_day_a_law_is_passed_reports_that_law():
    # Luật Nhà giáo (73/2025/QH15) was passed on 16 June 2025, the page's own day
    text = "Sáng nay, Quốc hội đã biểu quyết thông qua Luật Nhà giáo với đa số đại biểu tán thành."
    page = {"url": "https://xaydungchinhsach.chinhphu.vn/thong-qua-luat-119250616094359381.htm"}
    _, refs = extract_text(text, page)
    assert [(r.surface, r.canonical) for r in refs] == [("Luật Nhà giáo", "73/2025/QH15")]


def test_a_date_in_the_lead_of_a_text_that_is_no_document_does_not_date_its_names():
    # the first date of an explainer is what it tells of (the code's passing), not its own
    text = (
        "# Bộ luật Dân sự hiện nay là bộ luật nào?\n\n"
        "Ngày 24/11/2015, Quốc hội đã thông qua Bộ luật Dân sự 2015, có hiệu lực từ 01/01/2017."
        " Hợp đồng được giao kết theo Bộ luật Dân sự và Nghị định 21/2021/NĐ-CP."
    )
    document, refs = extract_text(text)
    assert document.basis == "none"
    named = [r for r in refs if r.kind == "named" and r.surface == "Bộ luật Dân sự"]
    # undated, but citing a decree of 2021: written after the code of 2015 took effect
    assert [r.canonical for r in named] == ["91/2015/QH13"] * 3


def test_a_revised_law_on_a_page_after_its_passing_is_that_law():
    # "Luật Thanh tra (sửa đổi)" was passed on 25 June 2025 (84/2025/QH15)
    text = "Quốc hội đã biểu quyết thông qua Luật Thanh tra (sửa đổi) với đa số tán thành."
    after = {"url": "https://xaydungchinhsach.chinhphu.vn/thong-qua-119250626144702920.htm"}
    # more than a year before the vote: not known to be the bill that became that law
    before = {"url": "https://xaydungchinhsach.chinhphu.vn/thao-luan-119240520144702920.htm"}
    assert [r.canonical for r in extract_text(text, after)[1]] == ["84/2025/QH15"]
    assert [r.canonical for r in extract_text(text, before)[1]] == [None]  # still a bill
    # a bill named as one is the law it became, voted by the page's day or later in its year
    # (the news gold labels "dự thảo Luật Thanh tra (sửa đổi)" on the page of 26 June 2025
    # as 84/2025/QH15); a bill of the year before is none yet; a revision of which a later
    # law of the year is known is that one (on 12 June 2025 the law on local government of
    # 16 June, not the one of February: news-593, news-594)
    bill = "Quốc hội thảo luận dự thảo Luật Thanh tra (sửa đổi)."
    assert [r.canonical for r in extract_text(bill, after)[1]] == ["84/2025/QH15"]
    may = {"url": "https://xaydungchinhsach.chinhphu.vn/thao-luan-119250520144702920.htm"}
    assert [r.canonical for r in extract_text(bill, may)[1]] == ["84/2025/QH15"]
    assert [r.canonical for r in extract_text(bill, before)[1]] == [None]
    local = "Quốc hội xem xét Luật Tổ chức chính quyền địa phương (sửa đổi)."
    june = {"url": "https://xaydungchinhsach.chinhphu.vn/bai-119250612095158144.htm"}
    assert [r.canonical for r in extract_text(local, june)[1]] == ["72/2025/QH15"]


def test_a_page_about_a_law_of_a_name_passed_twice_in_a_year_is_dated_by_its_address():
    # two laws on local government were passed in 2025 (February and June): a page of
    # March presenting "the law of 2025" presents the one of February
    text = "Luật Tổ chức chính quyền địa phương 2025 quy định nguyên tắc phân quyền, phân cấp."
    title = "Những điểm mới nổi bật của Luật Tổ chức chính quyền địa phương 2025"
    march = {
        "title": title,
        "url": "https://xaydungchinhsach.chinhphu.vn/diem-moi-119250302162619671.htm",
    }
    document, _ = extract_text(text, march)
    assert (document.number, document.basis) == ("65/2025/QH15", "subject")
    document, _ = extract_text(text, {"title": title})
    assert document.number is None  # undated: either law of 2025 may be meant


def test_a_record_date_in_any_spelling_dates_the_text_everywhere():
    # `iso_day` is the one reader of a record's date fields: a day written out or day
    # first dates the text's law names as an ISO one does
    for spelling in ("2016-04-10", "10/4/2016", "ngày 10 tháng 4 năm 2016", "2016-04-10T09:00"):
        assert iso_day(spelling) == "2016-04-10", spelling
        text = "Theo Luật Tổ chức Chính phủ, Chính phủ là cơ quan hành chính nhà nước cao nhất."
        _, refs = extract_text(text, {"issued_date": spelling})
        assert [r.canonical for r in refs] == ["76/2015/QH13"], spelling
