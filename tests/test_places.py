"""Tests for the province gazetteer (extract/places.py, extract/data/provinces.json)."""

from __future__ import annotations

import json
import time
import unicodedata
from pathlib import Path

import pytest

from vanban.extract.places import (
    MERGER_DATE,
    PROVINCES,
    PROVINCES_2025,
    Province,
    find_province_mentions,
    normalise_name,
    province_from_url,
    province_of_issuer,
    province_on,
    today,
)

SEEDS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "seeds"
DATA = Path(__file__).resolve().parents[1] / "extract" / "data" / "provinces.json"

# DOMAIN.md section 5, new name first, then the provinces merged into it.
MERGERS = {
    "Tuyên Quang": {"Tuyên Quang", "Hà Giang"},
    "Lào Cai": {"Lào Cai", "Yên Bái"},
    "Thái Nguyên": {"Thái Nguyên", "Bắc Kạn"},
    "Phú Thọ": {"Phú Thọ", "Vĩnh Phúc", "Hòa Bình"},
    "Bắc Ninh": {"Bắc Ninh", "Bắc Giang"},
    "Hưng Yên": {"Hưng Yên", "Thái Bình"},
    "Hải Phòng": {"Hải Phòng", "Hải Dương"},
    "Ninh Bình": {"Ninh Bình", "Hà Nam", "Nam Định"},
    "Quảng Trị": {"Quảng Trị", "Quảng Bình"},
    "Đà Nẵng": {"Đà Nẵng", "Quảng Nam"},
    "Quảng Ngãi": {"Quảng Ngãi", "Kon Tum"},
    "Gia Lai": {"Gia Lai", "Bình Định"},
    "Khánh Hòa": {"Khánh Hòa", "Ninh Thuận"},
    "Lâm Đồng": {"Lâm Đồng", "Đắk Nông", "Bình Thuận"},
    "Đắk Lắk": {"Đắk Lắk", "Phú Yên"},
    "Đồng Nai": {"Đồng Nai", "Bình Phước"},
    "Hồ Chí Minh": {"Hồ Chí Minh", "Bình Dương", "Bà Rịa - Vũng Tàu"},
    "Tây Ninh": {"Tây Ninh", "Long An"},
    "Cần Thơ": {"Cần Thơ", "Sóc Trăng", "Hậu Giang"},
    "Vĩnh Long": {"Vĩnh Long", "Bến Tre", "Trà Vinh"},
    "Đồng Tháp": {"Đồng Tháp", "Tiền Giang"},
    "Cà Mau": {"Cà Mau", "Bạc Liêu"},
    "An Giang": {"An Giang", "Kiên Giang"},
}
UNCHANGED = {
    "Hà Nội",
    "Huế",
    "Lai Châu",
    "Điện Biên",
    "Sơn La",
    "Lạng Sơn",
    "Cao Bằng",
    "Quảng Ninh",
    "Thanh Hóa",
    "Nghệ An",
    "Hà Tĩnh",
}
NEW_CITIES = {"Hà Nội", "Huế", "Hải Phòng", "Đà Nẵng", "Hồ Chí Minh", "Cần Thơ"}


def names(text: str) -> list[str]:
    return [name for _, _, name in find_province_mentions(text)]


# --- the data ------------------------------------------------------------------------------


def test_63_old_units() -> None:
    assert len(PROVINCES) == 63
    assert sum(p.kind == "city" for p in PROVINCES.values()) == 6
    assert all(isinstance(p, Province) for p in PROVINCES.values())


def test_34_new_units_23_merged_11_unchanged() -> None:
    assert len(PROVINCES_2025) == 34
    merged = {n for n, p in PROVINCES_2025.items() if len(p.formed_from) > 1}
    unchanged = {n for n, p in PROVINCES_2025.items() if len(p.formed_from) == 1}
    assert len(merged) == 23 and len(unchanged) == 11
    assert merged == set(MERGERS)
    assert unchanged == UNCHANGED
    assert {n for n, p in PROVINCES_2025.items() if p.kind == "city"} == NEW_CITIES
    assert all(p.since == MERGER_DATE and p.current == p.name for p in PROVINCES_2025.values())


@pytest.mark.parametrize("new", sorted(MERGERS))
def test_merger_line(new: str) -> None:
    assert set(PROVINCES_2025[new].formed_from) == MERGERS[new]
    for old in MERGERS[new]:
        assert PROVINCES[old].current == new
        assert today(old) == new
        assert PROVINCES[old].until == (None if old == new else "2025-06-30")


def test_named_examples() -> None:
    assert today("Bắc Giang") == "Bắc Ninh"
    assert today("Bình Thuận") == today("Đắk Nông") == "Lâm Đồng"
    assert today("TP.HCM") == today("Bình Dương") == today("Bà Rịa–Vũng Tàu") == "Hồ Chí Minh"
    for name in UNCHANGED:
        assert today(name) == name
        assert PROVINCES_2025[name].formed_from == (name,)


def test_every_old_unit_in_exactly_one_formed_from() -> None:
    seen = [old for p in PROVINCES_2025.values() for old in p.formed_from]
    assert len(seen) == 63 and set(seen) == set(PROVINCES)


def test_json_fields() -> None:
    data = json.loads(DATA.read_text(encoding="utf-8"))
    for e in data["provinces_until_2025"]:
        assert unicodedata.is_normalized("NFC", e["name"])
        assert e["ascii"].isascii()
        for field in ("aliases", "en", "ru", "uk", "ja", "pt", "domains"):
            assert isinstance(e[field], list), (e["name"], field)
        for field in ("en", "ru", "uk", "ja", "pt", "domains"):
            assert e[field], (e["name"], field)
        assert any(d.endswith(".gov.vn") for d in e["domains"]), e["name"]
        assert e["merged_into"] in PROVINCES_2025
        assert e["until"] in (None, "2025-06-30")
    for e in data["provinces_since_2025"]:
        assert e["since"] == "2025-07-01" and e["name"] in e["formed_from"]


def test_shared_names() -> None:
    # "Bắc Ninh" is an old unit (until the merger it continues) and a new one
    assert PROVINCES["Bắc Ninh"].formed_from == ()
    assert PROVINCES_2025["Bắc Ninh"].formed_from == ("Bắc Ninh", "Bắc Giang")
    assert today("Bắc Ninh") == "Bắc Ninh"


# --- today / province_on -------------------------------------------------------------------


def test_today_with_date() -> None:
    assert today("Bắc Giang", on="2024-02-22") == "Bắc Ninh"
    assert today("Bắc Ninh", on="2024-02-22") == "Bắc Ninh"
    assert today("Bắc Ninh", on="2025-11-20") == "Bắc Ninh"
    assert today("Lâm Đồng", on="2025-06-30") == "Lâm Đồng"
    with pytest.raises(ValueError):
        today("Bắc Giang", on="22/02/2024")
    with pytest.raises(ValueError):
        today("Atlantis")


def test_province_on() -> None:
    assert province_on("Bắc Giang", "2024-02-22") == "Bắc Giang"
    assert province_on("Bac Giang", "2025-06-30") == "Bắc Giang"
    assert province_on("Bắc Giang", "2025-07-01") == "Bắc Ninh"
    assert province_on("Бинь Тхуан", "2026-01-01") == "Lâm Đồng"


# --- spellings -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("spelling", "name"),
    [
        ("Thanh Hoa", "Thanh Hóa"),
        ("THANH HÓA", "Thanh Hóa"),
        ("Thanh Hoá", "Thanh Hóa"),
        ("thanh hoá", "Thanh Hóa"),
        ("Тхань Хоа", "Thanh Hóa"),
        ("Тханьхоа", "Thanh Hóa"),
        ("タインホア", "Thanh Hóa"),
        ("Ламдонг", "Lâm Đồng"),
        ("Лам Донг", "Lâm Đồng"),
        ("ラムドン", "Lâm Đồng"),
        ("Lam Dong", "Lâm Đồng"),
        ("Binh Thuan", "Bình Thuận"),
        ("Биньтхуан", "Bình Thuận"),
        ("Бинь Тхуан", "Bình Thuận"),
        ("ビントゥアン", "Bình Thuận"),
        ("Bac Giang", "Bắc Giang"),
        ("Бакзянг", "Bắc Giang"),
        ("バクザン", "Bắc Giang"),
        ("ハノイ", "Hà Nội"),
        ("Hanoi", "Hà Nội"),
        ("ホーチミン市", "Hồ Chí Minh"),
        ("TP.HCM", "Hồ Chí Minh"),
        ("TP. Hồ Chí Minh", "Hồ Chí Minh"),
        ("Sài Gòn", "Hồ Chí Minh"),
        ("Ho Chi Minh City", "Hồ Chí Minh"),
        ("Hồ Chí Minh", "Hồ Chí Minh"),
        ("Thừa Thiên Huế", "Huế"),
        ("Thua Thien Hue", "Huế"),
        ("Huế", "Huế"),
        ("Bà Rịa - Vũng Tàu", "Bà Rịa - Vũng Tàu"),
        ("Bà Rịa–Vũng Tàu", "Bà Rịa - Vũng Tàu"),
        ("Ba Ria-Vung Tau", "Bà Rịa - Vũng Tàu"),
        ("ÐẮK NÔNG", "Đắk Nông"),
        ("Dak Lak", "Đắk Lắk"),
        ("Hoà Bình", "Hòa Bình"),
        ("tỉnh Bắc Giang", "Bắc Giang"),
        ("Lam Dong Province", "Lâm Đồng"),
        ("Ламдонга", "Lâm Đồng"),
    ],
)
def test_normalise_name(spelling: str, name: str) -> None:
    assert normalise_name(spelling) == name


def test_normalise_name_rejects() -> None:
    for s in ("", "Giang", "Long Anh", "Việt Nam", "Thái Bình Dương", "Hà", "Paris"):
        assert normalise_name(s) is None, s


def test_every_spelling_in_the_data_resolves() -> None:
    data = json.loads(DATA.read_text(encoding="utf-8"))
    for e in data["provinces_until_2025"]:
        for field in ("aliases", "en", "ru", "uk", "ja", "pt"):
            for s in [e["name"], e["ascii"], *e[field]]:
                assert normalise_name(s) == e["name"], (s, e["name"])
                assert normalise_name(s.upper()) == e["name"], (s, e["name"])


# --- mentions ------------------------------------------------------------------------------


def test_mentions_spans() -> None:
    text = "Tỉnh ủy Thanh Hóa và UBND tỉnh Lâm Đồng."
    found = find_province_mentions(text)
    assert [(text[a:b], n) for a, b, n in found] == [
        ("Thanh Hóa", "Thanh Hóa"),
        ("Lâm Đồng", "Lâm Đồng"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ỦY BAN NHÂN DÂN\nTỈNH BẮC\nNINH", ["Bắc Ninh"]),
        ("Thành phố Hồ Chí\nMinh, ngày 21 tháng 11", ["Hồ Chí Minh"]),
        ("the 19th Bac Giang Provincial Party Congress", ["Bắc Giang"]),
        ("Газета «Тхань Хоа», провинциальная", ["Thanh Hóa"]),
        ("Инспекция Ламдонга и провинции Ламдонг", ["Lâm Đồng", "Lâm Đồng"]),
        ("у Хошиміні; Церкви Ханоя", ["Hồ Chí Minh", "Hà Nội"]),
        ("タインホア新聞、省ラジオテレビ局", ["Thanh Hóa"]),
        ("Em 2024, Binh Thuan alcançou", ["Bình Thuận"]),
        ("Bà Rịa–Vũng Tàu, Bà Rịa - Vũng Tàu, Ba Ria-Vung Tau", ["Bà Rịa - Vũng Tàu"] * 3),
        ("TP.HCM, TP. HCM, TPHCM, Sài Gòn", ["Hồ Chí Minh"] * 4),
        ("THỪA THIÊN HUẾ; Thừa Thiên - Huế; thành phố Huế", ["Huế"] * 3),
        ("Ðà Nẵng (written with an eth)", ["Đà Nẵng"]),
        ("Hà Nội, ngày 20 tháng 11 năm 2025", ["Hà Nội"]),
        ("HOÀ BÌNH và Hòa Bình", ["Hòa Bình", "Hòa Bình"]),
        (
            "Hanoi, Ho Chi Minh City, HCMC, Da Nang",
            ["Hà Nội", "Hồ Chí Minh", "Hồ Chí Minh", "Đà Nẵng"],
        ),
    ],
)
def test_mentions(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Long Anh",  # not Long An
        "ông Nguyễn Văn Giang",  # "Giang" alone
        "Giang",
        "khuếch trương, khuếch đại",  # "huế" inside another word
        "Huếch",
        "An Giangg",
        "Lâm Đồngg",
        "ХАНОЙСКИЙ",
    ],
)
def test_no_mentions(text: str) -> None:
    assert names(text) == []


def test_ordinary_words_are_not_provinces() -> None:
    assert names("vì hòa bình, thái bình và hải dương học") == []
    assert names("Thái Bình Dương") == []  # the Pacific
    assert names("Chiến thắng Điện Biên Phủ") == []
    assert names("Việt Nam định hướng phát triển") == []
    assert names("the hue of the sky") == []
    assert names("tư tưởng, đạo đức, phong cách Hồ Chí Minh") == []
    assert names("идеологии, морали и стилю Хо Ши Мина") == []
    assert names("studying and following Ho Chi Minh's ideology") == []
    assert names("Hà Giang-ngân") == ["Hà Giang"]  # a hyphen is not part of a word


def test_mentions_nfd_text_keeps_offsets() -> None:
    text = "Tỉnh " + unicodedata.normalize("NFD", "Thanh Hóa") + " và Huế"
    found = find_province_mentions(text)
    assert [n for _, _, n in found] == ["Thanh Hóa", "Huế"]
    a, b, _ = found[0]
    assert unicodedata.normalize("NFC", text[a:b]) == "Thanh Hóa"
    assert text[found[1][0] : found[1][1]] == "Huế"


def test_every_spelling_is_found_in_text() -> None:
    data = json.loads(DATA.read_text(encoding="utf-8"))
    for e in data["provinces_until_2025"]:
        hidden = set(e.get("lookup_only", []))
        for field in ("aliases", "en", "ru", "uk", "ja", "pt"):
            for s in [e["name"], e["ascii"], *e[field]]:
                if s in hidden:
                    continue
                assert names(f"({s})") == [e["name"]], (s, e["name"])


def test_scanner_speed() -> None:
    chunk = (
        "Căn cứ Nghị quyết số 202/2025/QH15 về sắp xếp đơn vị hành chính cấp tỉnh; "
        "UBND tỉnh Bắc Ninh, Sở Tài chính tỉnh Lâm Đồng và Thành phố Hồ Chí Minh.\n"
    )
    text = chunk * 20000  # about 3 MB
    start = time.perf_counter()
    found = find_province_mentions(text)
    elapsed = time.perf_counter() - start
    assert len(found) == 3 * 20000
    assert elapsed < 5, f"{len(text) / elapsed / 1e6:.1f} M chars/s"


# --- addresses -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("url", "name"),
    [
        ("https://baolamdong.vn/xa-hoi/202506/thanh-tra-tinh-lam-dong-0c71422/", "Lâm Đồng"),
        ("baobacgiang.vn", "Bắc Giang"),
        ("https://baobacgiang.com.vn/tiep-tuc-postid419579.bbg", "Bắc Giang"),
        ("baobinhthuan.com.vn", "Bình Thuận"),
        ("https://baobinhthuan.com.vn/doan-ket-127057.html", "Bình Thuận"),
        ("https://baothanhhoa.vn/abc", "Thanh Hóa"),
        ("thanhhoa.gov.vn", "Thanh Hóa"),
        ("https://sonv.lamdong.gov.vn/vi/tin-tuc", "Lâm Đồng"),
        ("http://WWW.BACGIANG.GOV.VN:8080/x", "Bắc Giang"),
        ("https://baria-vungtau.gov.vn", "Bà Rịa - Vũng Tàu"),
        ("https://m.baolamdong.vn/a", "Lâm Đồng"),
        ("https://csdl.tphcm.gov.vn", "Hồ Chí Minh"),
        ("https://hue.gov.vn", "Huế"),
    ],
)
def test_province_from_url(url: str, name: str) -> None:
    assert province_from_url(url) == name


def test_province_from_url_none() -> None:
    for url in (
        "https://vietnam.vn/x",
        "chinhphu.vn",
        "https://moh.gov.vn",
        "",
        "thuvienphapluat.vn",
    ):
        assert province_from_url(url) is None, url


# --- issuers -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("issuer", "name"),
    [
        ("ỦY BAN NHÂN DÂN TỈNH BẮC NINH", "Bắc Ninh"),
        ("ỦY\nBAN NHÂN DÂN\nTỈNH BẮC\nNINH\n--------", "Bắc Ninh"),
        ("TỈNH ỦY THANH HÓA", "Thanh Hóa"),
        ("TỈNH UỶ THANH HOÁ", "Thanh Hóa"),
        ("HĐND TỈNH HÀ TĨNH", "Hà Tĩnh"),
        ("UBND THÀNH PHỐ CẦN THƠ", "Cần Thơ"),
        ("Ban Thường vụ Tỉnh ủy Thanh Hóa", "Thanh Hóa"),
        ("Thanh tra tỉnh Lâm Đồng", "Lâm Đồng"),
        ("THÀNH ỦY HÀ NỘI", "Hà Nội"),
        ("ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HỒ CHÍ MINH", "Hồ Chí Minh"),
        ("UBND TP.HCM", "Hồ Chí Minh"),
        ("Sở Giáo dục và Đào tạo Thành phố Hồ Chí Minh", "Hồ Chí Minh"),
        ("UBND TỈNH BÀ RỊA - VŨNG TÀU", "Bà Rịa - Vũng Tàu"),
        ("UBND THÀNH PHỐ THỦ ĐỨC\nTHÀNH PHỐ HỒ CHÍ MINH", "Hồ Chí Minh"),
        ("ĐẢNG ỦY KHỐI CÁC CƠ QUAN TỈNH LÂM ĐỒNG", "Lâm Đồng"),
        ("UBND tinh Bac Giang", "Bắc Giang"),
        ("Lam Dong Provincial Inspectorate", "Lâm Đồng"),
    ],
)
def test_province_of_issuer(issuer: str, name: str) -> None:
    assert province_of_issuer(issuer) == name


def test_province_of_issuer_central() -> None:
    for issuer in (
        "BỘ TÀI CHÍNH\nCỤC THUẾ",
        "THỦ TƯỚNG CHÍNH PHỦ",
        "BAN CHẤP HÀNH TRUNG ƯƠNG",
        "UBND THÀNH PHỐ THỦ ĐỨC",
        "Học viện Chính trị quốc gia Hồ Chí Minh",
    ):
        assert province_of_issuer(issuer) is None, issuer


# --- the seed corpus -----------------------------------------------------------------------


def seed(prefix: str) -> str:
    if not SEEDS.is_dir():
        pytest.skip(f"seed corpus not found at {SEEDS} (it sits beside the checkout in CI)")
    files = sorted(SEEDS.glob(f"{prefix}_*.txt"))
    if not files:
        pytest.skip(f"seed {prefix} not found in {SEEDS}")
    return files[0].read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("prefix", "name", "surface"),
    [
        ("000", "Thanh Hóa", "Тхань Хоа"),  # Ukrainian: Газета «Тхань Хоа»
        ("001", "Bắc Giang", "Bac Giang"),  # English
        ("002", "Thanh Hóa", "タインホア"),  # Japanese: タインホア新聞
        ("003", "Bình Thuận", "Binh Thuan"),  # Portuguese
        ("004", "Lâm Đồng", "Ламдонг"),  # Russian
    ],
)
def test_seed_mentions(prefix: str, name: str, surface: str) -> None:
    text = seed(prefix)
    found = find_province_mentions(text)
    assert (surface, name) in {(text[a:b], n) for a, b, n in found}
    # the article's own province is named at least as often as any other
    counts: dict[str, int] = {}
    for _, _, n in found:
        counts[n] = counts.get(n, 0) + 1
    assert counts[name] == max(counts.values())


@pytest.mark.parametrize(
    ("prefix", "name"), [("001", "Bắc Giang"), ("003", "Bình Thuận"), ("004", "Lâm Đồng")]
)
def test_seed_source_address(prefix: str, name: str) -> None:
    text = seed(prefix)
    line = next(ln for ln in text.splitlines() if "http" in ln)
    url = line[line.index("http") :].split()[0]
    assert province_from_url(url) == name
    assert today(name) == {"Bắc Giang": "Bắc Ninh"}.get(name, "Lâm Đồng")
