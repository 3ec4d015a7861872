"""Tests for vanban.extract.dates.find_dates."""

from __future__ import annotations

import datetime
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from vanban.extract.dates import EN_MONTH_NAMES, EN_MONTHS, find_dates, is_valid_date
from vanban.extract.model import DateMention

SEEDS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "seeds"


def check_spans(text: str, found: list[DateMention]) -> None:
    """Every mention is its own slice of the text, in order and without overlaps."""
    end = 0
    for mention in found:
        assert text[mention.start : mention.end] == mention.surface
        assert mention.start >= end
        end = mention.end
        datetime.date.fromisoformat(mention.iso)  # a real date in the YYYY-MM-DD form


def one_date(text: str, surface: str, iso: str) -> None:
    """`text` holds exactly one date, written `surface`, meaning `iso`."""
    found = find_dates(text)
    check_spans(text, found)
    assert [(m.surface, m.iso) for m in found] == [(surface, iso)]
    assert found[0].start == text.index(surface)
    assert found[0].end == found[0].start + len(surface)


def isos(text: str) -> list[str]:
    found = find_dates(text)
    check_spans(text, found)
    return [m.iso for m in found]


# ---------------------------------------------------------------- Vietnamese


@pytest.mark.parametrize(
    ("text", "surface", "iso"),
    [
        ("Quyết định ngày 30/7/2021 của Bộ Chính trị", "30/7/2021", "2021-07-30"),
        ("ban hành ngày 30-7-2021.", "30-7-2021", "2021-07-30"),
        ("ký ngày 30.7.2021, có hiệu lực", "30.7.2021", "2021-07-30"),
        ("ngày 30/07/2021", "30/07/2021", "2021-07-30"),
        ("Hà Nội, 30/07/2021", "30/07/2021", "2021-07-30"),
        ("ngày 30 tháng 7 năm 2021", "30 tháng 7 năm 2021", "2021-07-30"),
        ("ngày 30 tháng 07 năm 2021", "30 tháng 07 năm 2021", "2021-07-30"),
        ("ngày 30 tháng 7, năm 2021", "30 tháng 7, năm 2021", "2021-07-30"),
        ("Cần Thơ, ngày 20\ntháng 11 năm 2025", "20\ntháng 11 năm 2025", "2025-11-20"),
        ("ngày\n02 tháng 12 năm 2025", "02 tháng 12 năm 2025", "2025-12-02"),
        ("ngày  5   tháng\r\n 9  năm   1945", "5   tháng\r\n 9  năm   1945", "1945-09-05"),
        ("NGÀY 21/3/2016", "21/3/2016", "2016-03-21"),
        ("NGÀY 21 THÁNG 3 NĂM 2016", "21 THÁNG 3 NĂM 2016", "2016-03-21"),
        ("Ngày 21 Tháng 3 Năm 2016", "21 Tháng 3 Năm 2016", "2016-03-21"),
        # decomposed accents (NFD) and accents lost
        ("ngày 1 tha\u0301ng 6 na\u0306m 2020", "1 tha\u0301ng 6 na\u0306m 2020", "2020-06-01"),
        ("ngay 1 thang 6 nam 2020", "1 thang 6 nam 2020", "2020-06-01"),
        # a no-break space between the words
        (
            "ngày 1\u00a0tháng\u00a06 năm\u00a02020",
            "1\u00a0tháng\u00a06 năm\u00a02020",
            "2020-06-01",
        ),
    ],
)
def test_vietnamese(text: str, surface: str, iso: str) -> None:
    one_date(text, surface, iso)


def test_vietnamese_document_number_then_date() -> None:
    text = "Quyết định số 15/2024/QĐ-UBND ngày 20/5/2024 của UBND tỉnh"
    one_date(text, "20/5/2024", "2024-05-20")


def test_vietnamese_several_dates_in_order() -> None:
    text = (
        "Căn cứ Nghị định số 59/2023/NĐ-CP ngày 14/8/2023 của Chính phủ; Nghị quyết số "
        "05/2019/NQ-HĐND ngày 12 tháng 7 năm 2019; Luật số 10/2022/QH15 ngày 10-11-2022."
    )
    assert isos(text) == ["2023-08-14", "2019-07-12", "2022-11-10"]


# ---------------------------------------------------------------- English


@pytest.mark.parametrize(
    ("text", "surface", "iso"),
    [
        ("Resolution No. 76/NQ-CP dated July 15, 2021 of the Government", "July 15, 2021",
         "2021-07-15"),
        ("signed on 15 July 2021.", "15 July 2021", "2021-07-15"),
        ("dated July 15th, 2021", "July 15th, 2021", "2021-07-15"),
        ("dated Jul. 15, 2021", "Jul. 15, 2021", "2021-07-15"),
        ("on the 15th of July 2021", "15th of July 2021", "2021-07-15"),
        ("on the 15th of July, 2021", "15th of July, 2021", "2021-07-15"),
        ("done this 1st day of June 2020", "1st day of June 2020", "2020-06-01"),
        ("Sept. 3, 2020", "Sept. 3, 2020", "2020-09-03"),
        ("3 Sep 2020", "3 Sep 2020", "2020-09-03"),
        ("MAY 18, 2021", "MAY 18, 2021", "2021-05-18"),
        ("(December 12, 2013)", "December 12, 2013", "2013-12-12"),
        ("mid-February 22nd 2024", "February 22nd 2024", "2024-02-22"),
        ("on 2 March\n2022", "2 March\n2022", "2022-03-02"),
    ],
)  # fmt: skip
def test_english(text: str, surface: str, iso: str) -> None:
    one_date(text, surface, iso)


def test_english_not_dates() -> None:
    assert isos("in July 2021, May 2022 and the 2021-2025 period") == []
    assert isos("Junk 15, 2021 and Mayor 3, 2020") == []
    assert isos("May 32, 2021") == []


# ---------------------------------------------------------------- Russian


@pytest.mark.parametrize(
    ("text", "surface", "iso"),
    [
        ("решением № 682/QD-TTr от 24 мая 2022 года, четко", "24 мая 2022", "2022-05-24"),
        ("от 24 мая 2022 г. о", "24 мая 2022", "2022-05-24"),
        ("от 24 мая 2022", "24 мая 2022", "2022-05-24"),
        ("от 1 января 2024 года", "1 января 2024", "2024-01-01"),
        ("от 19 января 2024 года", "19 января 2024", "2024-01-19"),
        ("от 29 февраля 2024 г.", "29 февраля 2024", "2024-02-29"),
        ("3 марта 2020", "3 марта 2020", "2020-03-03"),
        ("3 апреля 2020", "3 апреля 2020", "2020-04-03"),
        ("3 июня 2020", "3 июня 2020", "2020-06-03"),
        ("3 июля 2020", "3 июля 2020", "2020-07-03"),
        ("3 августа 2020", "3 августа 2020", "2020-08-03"),
        ("3 сентября 2020", "3 сентября 2020", "2020-09-03"),
        ("3 октября 2020", "3 октября 2020", "2020-10-03"),
        ("3 ноября 2020", "3 ноября 2020", "2020-11-03"),
        ("10 декабря 2024 года", "10 декабря 2024", "2024-12-10"),
        ("10 ДЕКАБРЯ 2024 ГОДА", "10 ДЕКАБРЯ 2024", "2024-12-10"),
        ("от 5\nмая\n2022 года", "5\nмая\n2022", "2022-05-05"),
    ],
)
def test_russian(text: str, surface: str, iso: str) -> None:
    one_date(text, surface, iso)


def test_russian_not_dates() -> None:
    assert isos("в мае 2022 года, 30 февраля 2022 года, на период 2021–2030 годов") == []


# ---------------------------------------------------------------- Ukrainian


@pytest.mark.parametrize(
    ("text", "surface", "iso"),
    [
        ("№ 23-QD/TW від 30 липня 2021 року «Про", "30 липня 2021", "2021-07-30"),
        ("від 30 липня 2021 р. про", "30 липня 2021", "2021-07-30"),
        ("22 лютого 2024 Постійний комітет", "22 лютого 2024", "2024-02-22"),
        ("1 січня 2020", "1 січня 2020", "2020-01-01"),
        ("1 березня 2020", "1 березня 2020", "2020-03-01"),
        ("1 квітня 2020", "1 квітня 2020", "2020-04-01"),
        ("1 травня 2020", "1 травня 2020", "2020-05-01"),
        ("26 червня 2023 р.", "26 червня 2023", "2023-06-26"),
        ("1 серпня 2020", "1 серпня 2020", "2020-08-01"),
        ("1 вересня 2020", "1 вересня 2020", "2020-09-01"),
        ("15 жовтня 2021 року", "15 жовтня 2021", "2021-10-15"),
        ("від 26 листопада 2021 року", "26 листопада 2021", "2021-11-26"),
        ("25 грудня 2017 року", "25 грудня 2017", "2017-12-25"),
    ],
)
def test_ukrainian(text: str, surface: str, iso: str) -> None:
    one_date(text, surface, iso)


def test_ukrainian_range_with_old_year() -> None:
    # 1930 is before 1945 and is not reported; the end of the range is.
    assert isos("(15 жовтня 1930 р. - 15 жовтня 2023 р.)") == ["2023-10-15"]


# ---------------------------------------------------------------- Japanese

JA_IDEOGRAPHIC_SPACES = "2021\u3000年\u30007\u3000月\u300030\u3000日"


@pytest.mark.parametrize(
    ("text", "surface", "iso"),
    [
        ("特に、2021年7月30日付政治局決定", "2021年7月30日", "2021-07-30"),
        ("2021年7月30日", "2021年7月30日", "2021-07-30"),
        ("２０２１年７月３０日付", "２０２１年７月３０日", "2021-07-30"),
        ("令和3年、2021 年 7 月 30 日に", "2021 年 7 月 30 日", "2021-07-30"),
        (f"「{JA_IDEOGRAPHIC_SPACES}」", JA_IDEOGRAPHIC_SPACES, "2021-07-30"),
        ("2015年7月14日付事務局結論", "2015年7月14日", "2015-07-14"),
        ("及び2021年11月26日付首相指令", "2021年11月26日", "2021-11-26"),
    ],
)  # fmt: skip
def test_japanese(text: str, surface: str, iso: str) -> None:
    one_date(text, surface, iso)


def test_japanese_range_and_year_only() -> None:
    text = "(1930年10月15日~2023年10月15日)、2021~2023年、2024年に、2022年から2026年まで"
    assert isos(text) == ["2023-10-15"]


# ---------------------------------------------------------------- Portuguese


@pytest.mark.parametrize(
    ("text", "surface", "iso"),
    [
        ("Decisão de 15 de julho de 2021 do Governo", "15 de julho de 2021", "2021-07-15"),
        ("a partir de 1º de janeiro de 2024", "1º de janeiro de 2024", "2024-01-01"),
        ("em 1o de março de 2024", "1o de março de 2024", "2024-03-01"),
        ("em 2 de marco de 2024", "2 de marco de 2024", "2024-03-02"),
        ("em 15/07/2021", "15/07/2021", "2021-07-15"),
        ("a 15 de outubro de 2025)", "15 de outubro de 2025", "2025-10-15"),
        ("15 DE DEZEMBRO DE 2020", "15 DE DEZEMBRO DE 2020", "2020-12-15"),
    ],
)
def test_portuguese(text: str, surface: str, iso: str) -> None:
    one_date(text, surface, iso)


def test_portuguese_not_dates() -> None:
    assert isos("no período de 2021 a 2025, em julho de 2021") == []


# ---------------------------------------------------------------- numeric and ISO


@pytest.mark.parametrize(
    ("text", "surface", "iso"),
    [
        ("30/07/2021", "30/07/2021", "2021-07-30"),
        ("1/2/2020", "1/2/2020", "2020-02-01"),
        ("30-07-2021", "30-07-2021", "2021-07-30"),
        ("30.07.2021", "30.07.2021", "2021-07-30"),
        ("(30.07.2021).", "30.07.2021", "2021-07-30"),
        ("2021-07-30", "2021-07-30", "2021-07-30"),
        ("at 2021-07-30T10:00", "2021-07-30", "2021-07-30"),
        ("Việt NamViệt Nam23/02/2024", "23/02/2024", "2024-02-23"),
        ("29/02/2024", "29/02/2024", "2024-02-29"),
        ("01/01/1945", "01/01/1945", "1945-01-01"),
        ("31/12/2100", "31/12/2100", "2100-12-31"),
    ],
)
def test_numeric(text: str, surface: str, iso: str) -> None:
    one_date(text, surface, iso)


@pytest.mark.parametrize(
    "text",
    [
        "2021-2025",
        "2021 - 2025",
        "giai đoạn 2021–2025",
        "301/314",
        "10/2022/QH15",
        "59/2023/NĐ-CP",
        "05/2019/NQ-HĐND",
        "tháng 7/2021",
        "30/7/2021/QĐ",
        "1930",
        "2021~2023",
        "165,34 tỷ đồng",
        "1.234.567 đồng",
        "lúc 10:30:45",
        "10h30 ngày",
        "phiên bản 1.2.3 và 10.0.19041",
        "IP 192.168.1.2021",
        "30/7-2021",
        "30/7/21",
        "2021/07/30/x",
        "ISBN 978-2021-07-30",
    ],
)
def test_not_dates(text: str) -> None:
    assert isos(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "31/02/2021",
        "29/02/2023",
        "31/04/2021",
        "12/13/2021",
        "00/01/2021",
        "2021-13-01",
        "2021-02-30",
        "ngày 32 tháng 1 năm 2021",
        "ngày 1 tháng 0 năm 2021",
        "31 июня 2021",
        "2021年2月29日",
        "01/01/1944",
        "01/01/2101",
        "15 July 1930",
    ],
)
def test_invalid_dates_are_dropped(text: str) -> None:
    assert isos(text) == []


def test_is_valid_date() -> None:
    assert is_valid_date(2000, 2, 29)
    assert not is_valid_date(1900 + 200, 2, 29)
    assert not is_valid_date(2021, 0, 1)
    assert not is_valid_date(2021, 1, 0)
    assert not is_valid_date(1944, 12, 31)


def test_mixed_languages_in_order() -> None:
    text = (
        "ngày 30/7/2021; July 15, 2021; 24 мая 2022 года; 30 липня 2021 року; "
        "2021年7月30日付; 15 de julho de 2021; 2021-07-30; ngày 2 tháng 9 năm 1945"
    )
    assert isos(text) == [
        "2021-07-30",
        "2021-07-15",
        "2022-05-24",
        "2021-07-30",
        "2021-07-30",
        "2021-07-15",
        "2021-07-30",
        "1945-09-02",
    ]


def test_overlapping_forms_keep_the_first() -> None:
    # "Mar 1 2021" and "2021年7月30日" share the year; the earlier date wins.
    text = "Mar 1 2021年7月30日"
    found = find_dates(text)
    check_spans(text, found)
    assert [m.surface for m in found] == ["Mar 1 2021"]


def test_empty_and_dateless() -> None:
    assert find_dates("") == []
    assert find_dates("không có ngày tháng nào") == []


# ---------------------------------------------------------------- scale and fuzzing


def test_five_megabytes_of_mixed_text() -> None:
    chunk = (
        "Quyết định số 15/2024/QĐ-UBND ngày 20/5/2024 về giai đoạn 2021-2025, 165,34 tỷ; "
        "Directive No. 33/CT-TTg dated July 15, 2021; от 24 мая 2022 года; "
        "від 30 липня 2021 року; 2021年7月30日付; 1º de janeiro de 2024; "
        "   \n\n" + "1 2 3 " * 20 + "Mayor Junk " * 5 + "\n"
    )
    text = chunk * (5_000_000 // len(chunk) + 1)
    found = find_dates(text)
    assert len(found) == 6 * text.count(chunk)
    assert found[-1].iso == "2024-01-01"


_FRAGMENTS = [
    "ngày ", "tháng ", " năm ", "/", "-", ".", ",", " ", "\n", "年", "月", "日", "付",
    "30", "7", "07", "2021", "1945", "2100", "13", "29", "02", "31", "0", "١٢", "２０２１",
    "July ", "Jul.", "15th ", " of ", "мая ", "липня ", " de ", "julho", "º", "года",
    "QĐ-UBND", "ſ", "İ", "\u0301",
]  # fmt: skip


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_FRAGMENTS) | st.text(max_size=4), max_size=40).map("".join))
def test_random_text_never_raises(text: str) -> None:
    check_spans(text, find_dates(text))


@settings(max_examples=200, deadline=None)
@given(st.text())
def test_arbitrary_unicode_never_raises(text: str) -> None:
    check_spans(text, find_dates(text))


@settings(max_examples=200, deadline=None)
@given(st.dates(min_value=datetime.date(1945, 1, 1), max_value=datetime.date(2100, 12, 31)))
def test_written_dates_round_trip(day: datetime.date) -> None:
    forms = [
        f"{day.day}/{day.month}/{day.year}",
        f"{day.day:02d}.{day.month:02d}.{day.year}",
        f"ngày {day.day} tháng {day.month} năm {day.year}",
        f"{day.year}年{day.month}月{day.day}日",
        day.strftime("%B ") + f"{day.day}, {day.year}",
        day.isoformat(),
    ]
    for text in forms:
        assert isos(f"xem {text} nhé") == [day.isoformat()], text


# ---------------------------------------------------------------- real texts


def _seed(prefix: str) -> str:
    if not SEEDS.is_dir():
        pytest.skip(f"seed corpus not found at {SEEDS}")
    paths = sorted(SEEDS.glob(f"{prefix}_*.txt"))
    if not paths:
        pytest.skip(f"no seed file {prefix}_*.txt in {SEEDS}")
    return paths[0].read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("prefix", "expected"),
    [
        ("000", {"22 лютого 2024": "2024-02-22", "30 липня 2021": "2021-07-30"}),
        (
            "002",
            {
                "2021年7月30日": "2021-07-30",
                "2015年7月14日": "2015-07-14",
                "2021年11月26日": "2021-11-26",
            },
        ),
        ("001", {"July 15, 2021": "2021-07-15"}),
        ("004", {"19 января 2024": "2024-01-19", "24 мая 2022": "2022-05-24"}),
    ],
)
def test_seed_texts(prefix: str, expected: dict[str, str]) -> None:
    text = _seed(prefix)
    found = find_dates(text)
    check_spans(text, found)
    by_surface = {m.surface: m.iso for m in found}
    for surface, iso in expected.items():
        assert by_surface.get(surface) == iso, surface


# ---------------------------------------------------------------- dates given to references


def _dated(text: str) -> dict[str, tuple[str | None, int | None, str | None]]:
    from vanban.extract.pipeline import extract_text

    _, refs = extract_text(text)
    return {r.canonical: (r.date, r.year, r.date_warning) for r in refs}


def test_a_plan_date_never_dates_the_directive_it_implements() -> None:
    found = _dated(
        "Kế hoạch số 52/KH-UBND ngày 01/3/2022 thực hiện Chỉ thị số 33/CT-TTg về tăng cường "
        "công tác dân vận."
    )
    assert found["52/KH-UBND"] == ("2022-03-01", 2022, None)
    assert found["33/CT-TTg"] == (None, None, None)


def test_a_japanese_date_before_its_number_still_dates_it() -> None:
    found = _dated("2021年7月30日付政治局決定第23-QD/TW号「政治体制の大衆動員活動」")
    assert found["23-QĐ/TW"][0] == "2021-07-30"


def test_a_date_contradicting_the_written_year_is_a_warning_not_a_date() -> None:
    found = _dated(
        "Căn cứ Nghị định số 59/2023/NĐ-CP ngày 14/8/2022 của Chính phủ; Chỉ thị số 33/CT-TTg."
    )
    date, year, warning = found["59/2023/NĐ-CP"]
    assert (date, year) == (None, 2023)
    assert warning and "14/8/2022" in warning and "2023" in warning
    assert found["33/CT-TTg"] == (None, None, None)  # the date is not passed on


@pytest.mark.parametrize(
    ("text", "canonical", "year"),
    [
        ("Căn cứ Điều 8 Hướng dẫn 06-HD/TW năm 2025 của Ban Bí thư", "06-HD/TW", 2025),
        ("thực hiện Chỉ thị 50-CT/TW năm 2025 của Ban Bí thư", "50-CT/TW", 2025),
        ("Kế hoạch 52/KH-UBND năm 2021 - 2025 của tỉnh", "52/KH-UBND", None),
    ],
)
def test_a_year_written_after_a_number_belongs_to_it(text: str, canonical: str, year) -> None:
    assert _dated(text)[canonical][1] == year


def test_a_list_of_separately_dated_documents_shares_no_date() -> None:
    found = _dated(
        "Kết luận 01-KL/TW ngày 18/5/2021 của Bộ Chính trị về tiếp tục thực hiện Chỉ thị "
        "05-CT/TW, Quy định 144-QĐ/TW ngày 09/5/2024"
    )
    assert found["01-KL/TW"][0] == "2021-05-18"
    assert found["05-CT/TW"][0] is None
    assert found["144-QĐ/TW"][0] == "2024-05-09"
    shared = _dated("Decision No. 217-QD/TW and Decision No. 218-QD/TW dated December 12, 2013")
    assert shared["217-QĐ/TW"][0] == shared["218-QĐ/TW"][0] == "2013-12-12"


def test_the_month_names_in_full_are_the_twelve_in_order():
    assert [EN_MONTHS[name] for name in EN_MONTH_NAMES] == list(range(1, 13))
