"""Issuing bodies: recognition in text (vanban.extract.bodies.find_bodies) and the issuers of
referenced documents (body_for_reference), on the seed texts and on small examples."""

from __future__ import annotations

import json
import unicodedata
from pathlib import Path

import pytest

from vanban.extract.bodies import Body, body_for_reference, find_bodies
from vanban.extract.find import find_references

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"


def _seeds() -> tuple[Path, dict]:
    gold = CORPUS / "seeds.gold.json"
    if not gold.exists():
        pytest.skip(
            f"shared corpus not found at {CORPUS} (CI places ../shared beside the checkout)"
        )
    return CORPUS / "seeds", json.loads(gold.read_text("utf-8"))


def _names(text: str, hint: str | None = None) -> list[str]:
    return [b.name for _, _, b in find_bodies(text, hint)]


def _only(text: str, hint: str | None = None) -> Body:
    found = find_bodies(text, hint)
    assert len(found) == 1, found
    return found[0][2]


# --- seeds -----------------------------------------------------------------------------------


def _expected_issuers(gold: dict) -> dict[str, dict[str, str]]:
    """canonical number -> issuer name, per seed file; a translation shares its twin's issuers
    (the Japanese seed 002 leaves the provincial ones unstated)."""
    by_file = {
        s["file"]: {
            r["canonical"]: r["issuer"].split(" (")[0] for r in s["references"] if "issuer" in r
        }
        for s in gold["seeds"]
    }
    for s in gold["seeds"]:
        twin = s.get("translation_of_same_article_as")
        if twin:
            by_file[s["file"]] = {**by_file[twin], **by_file[s["file"]]}
    return by_file


def test_seed_issuers_match_gold() -> None:
    seeds, gold = _seeds()
    expected = _expected_issuers(gold)
    checked = 0
    for seed in gold["seeds"]:
        text = (seeds / seed["file"]).read_text("utf-8")
        for ref in find_references(text):
            want = expected[seed["file"]].get(ref.canonical)
            if want is None:
                continue
            context = text[max(0, ref.start - 80) : ref.end + 120]
            body = body_for_reference(ref.issuer_code, seed["jurisdiction"], context)
            assert body is not None and body.name == want, (seed["file"], ref.canonical, body)
            checked += 1
    assert checked == 24  # six references each in 000, 001, 002 and 004


@pytest.mark.parametrize(
    ("file", "number", "key"),
    [
        ("000_2b933cd2035c9b2e.txt", "23-QĐ/TW", "org:bo-chinh-tri"),
        ("000_2b933cd2035c9b2e.txt", "114-KL/TW", "org:ban-bi-thu"),
        ("000_2b933cd2035c9b2e.txt", "33/2021/CT-TTg", "org:thu-tuong-chinh-phu"),
        ("000_2b933cd2035c9b2e.txt", "267-KL/TU", "org:ban-thuong-vu-tinh-uy:thanh-hoa"),
        ("000_2b933cd2035c9b2e.txt", "763-QĐ/TU", "org:ban-thuong-vu-tinh-uy:thanh-hoa"),
        ("000_2b933cd2035c9b2e.txt", "1470-CV/TU", "org:ban-thuong-vu-tinh-uy:thanh-hoa"),
        ("002_38580ef53a787c49.txt", "23-QĐ/TW", "org:bo-chinh-tri"),
        ("002_38580ef53a787c49.txt", "114-KL/TW", "org:ban-bi-thu"),
        ("002_38580ef53a787c49.txt", "33/2021/CT-TTg", "org:thu-tuong-chinh-phu"),
        ("002_38580ef53a787c49.txt", "267-KL/TU", "org:ban-thuong-vu-tinh-uy:thanh-hoa"),
        ("002_38580ef53a787c49.txt", "763-QĐ/TU", "org:ban-thuong-vu-tinh-uy:thanh-hoa"),
        ("002_38580ef53a787c49.txt", "1470-CV/TU", "org:ban-thuong-vu-tinh-uy:thanh-hoa"),
        ("001_890c875f2b498e07.txt", "76/NQ-CP", "org:chinh-phu"),
        ("001_890c875f2b498e07.txt", "217-QĐ/TW", "org:bo-chinh-tri"),
        ("001_890c875f2b498e07.txt", "218-QĐ/TW", "org:bo-chinh-tri"),
        ("001_890c875f2b498e07.txt", "01-KL/TW", "org:bo-chinh-tri"),
        ("004_652fffe5363ece28.txt", "88/KH-TTr", "org:thanh-tra-tinh:lam-dong"),
        ("004_652fffe5363ece28.txt", "682/QĐ-TTr", "org:thanh-tra-tinh:lam-dong"),
        ("004_652fffe5363ece28.txt", "05-CT/TW", "org:bo-chinh-tri"),
        ("004_652fffe5363ece28.txt", "1830-QĐ/ĐUK", "org:dang-uy-khoi-tinh:lam-dong"),
    ],
)
def test_seed_issuer_keys(file: str, number: str, key: str) -> None:
    seeds, gold = _seeds()
    province = next(s["jurisdiction"] for s in gold["seeds"] if s["file"] == file)
    text = (seeds / file).read_text("utf-8")
    ref = next(r for r in find_references(text) if r.canonical == number)
    lo = max(0, ref.start - 80)
    context = text[lo : ref.end + 120]
    body = body_for_reference(ref.issuer_code, province, context)
    assert body is not None and body.key == key
    # the same answer when the caller says where the reference is
    spanned = body_for_reference(ref.issuer_code, province, context, (ref.start - lo, ref.end - lo))
    assert spanned == body


def test_seed_004_finds_the_lam_dong_inspectorate() -> None:
    seeds, _ = _seeds()
    text = (seeds / "004_652fffe5363ece28.txt").read_text("utf-8")
    inspectorate = "org:thanh-tra-tinh:lam-dong"
    # without a hint only mentions that name the province count ...
    named = {text[s:e] for s, e, b in find_bodies(text) if b.key == inspectorate}
    assert {"Инспекция Ламдонга", "инспекции провинции Ламдонг"} <= named
    # ... with the text's province the provincial inspectorate is Lâm Đồng's everywhere
    hinted = [(text[s:e], b) for s, e, b in find_bodies(text, "Lâm Đồng")]
    surfaces = {s for s, b in hinted if b.key == inspectorate}
    assert {"Губернская инспекция", "Провинциальная инспекция"} <= surfaces
    assert "Правительственной инспекцией" not in surfaces  # the Government Inspectorate
    body = next(b for s, b in hinted if b.key == inspectorate)
    assert body.name == "Thanh tra tỉnh Lâm Đồng"
    assert (body.level, body.province, body.kind) == ("provincial", "Lâm Đồng", "state")
    bloc = [b for s, b in hinted if s.startswith("партийного комитета учреждений")]
    assert [b.name for b in bloc] == ["Đảng ủy Khối các cơ quan tỉnh Lâm Đồng"]


@pytest.mark.parametrize(
    ("file", "hint", "names"),
    [
        (
            "000_2b933cd2035c9b2e.txt",
            "Thanh Hóa",
            {
                "Ban Thường vụ Tỉnh ủy Thanh Hóa",
                "Bộ Chính trị",
                "Ban Bí thư",
                "Thủ tướng Chính phủ",
            },
        ),
        (
            "002_38580ef53a787c49.txt",
            "Thanh Hóa",
            {
                "Ban Thường vụ Tỉnh ủy Thanh Hóa",
                "Bộ Chính trị",
                "Ban Bí thư",
                "Thủ tướng Chính phủ",
            },
        ),
        (
            "001_890c875f2b498e07.txt",
            "Bắc Giang",
            {"Chính phủ", "Bộ Chính trị", "Thủ tướng Chính phủ"},
        ),
        (
            "003_eb38eec008c21456.txt",
            "Bình Thuận",
            {"Ban Thường vụ Tỉnh ủy Bình Thuận", "Bộ Chính trị"},
        ),
    ],
)
def test_seed_bodies(file: str, hint: str, names: set[str]) -> None:
    seeds, _ = _seeds()
    text = (seeds / file).read_text("utf-8")
    assert names <= set(_names(text, hint))


# --- find_bodies: forms ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "hint", "key", "name"),
    [
        ("Bộ Chính trị", None, "org:bo-chinh-tri", "Bộ Chính trị"),
        ("Bo Chinh tri", None, "org:bo-chinh-tri", "Bộ Chính trị"),
        ("BỘ CHÍNH TRỊ", None, "org:bo-chinh-tri", "Bộ Chính trị"),
        ("Ban Bí thư", None, "org:ban-bi-thu", "Ban Bí thư"),
        ("Ban Chấp hành Trung ương Đảng", None, "org:ban-chap-hanh-trung-uong", None),
        ("Thủ tướng Chính phủ", None, "org:thu-tuong-chinh-phu", "Thủ tướng Chính phủ"),
        ("Chính phủ", None, "org:chinh-phu", "Chính phủ"),
        ("Bộ Tài chính", None, "org:bo-tai-chinh", "Bộ Tài chính"),
        ("Bộ Nội vụ", None, "org:bo-noi-vu", "Bộ Nội vụ"),
        ("Tỉnh ủy Thanh Hóa", None, "org:tinh-uy:thanh-hoa", "Tỉnh ủy Thanh Hóa"),
        ("Tinh uy Thanh Hoa", None, "org:tinh-uy:thanh-hoa", "Tỉnh ủy Thanh Hóa"),
        ("Tỉnh uỷ", "Thanh Hóa", "org:tinh-uy:thanh-hoa", "Tỉnh ủy Thanh Hóa"),
        ("Thành ủy Hà Nội", None, "org:tinh-uy:ha-noi", "Thành ủy Hà Nội"),
        (
            "Ban Thường vụ Tỉnh ủy Thanh Hóa",
            None,
            "org:ban-thuong-vu-tinh-uy:thanh-hoa",
            "Ban Thường vụ Tỉnh ủy Thanh Hóa",
        ),
        (
            "Ban Thường vụ Tỉnh ủy",
            None,
            "org:ban-thuong-vu-tinh-uy:unknown",
            "Ban Thường vụ Tỉnh ủy",
        ),
        ("UBND tỉnh Bắc Giang", None, "org:ubnd-tinh:bac-giang", "Ủy ban nhân dân tỉnh Bắc Giang"),
        ("UBND tinh Bac Giang", None, "org:ubnd-tinh:bac-giang", "Ủy ban nhân dân tỉnh Bắc Giang"),
        ("Ủy ban nhân dân tỉnh", "Bắc Giang", "org:ubnd-tinh:bac-giang", None),
        ("UBND thành phố Hà Nội", None, "org:ubnd-tinh:ha-noi", "Ủy ban nhân dân thành phố Hà Nội"),
        ("UBND TP.HCM", None, "org:ubnd-tinh:ho-chi-minh", "Ủy ban nhân dân thành phố Hồ Chí Minh"),
        ("UBND Thành phố Hồ Chí\nMinh và", None, "org:ubnd-tinh:ho-chi-minh", None),
        ("Thành ủy Sầm Sơn", "Thanh Hóa", "org:huyen-uy:thanh-hoa:sam-son", "Thành ủy Sầm Sơn"),
        ("Thanh tra tỉnh Lâm Đồng", None, "org:thanh-tra-tinh:lam-dong", "Thanh tra tỉnh Lâm Đồng"),
        (
            "Đảng ủy Khối các cơ quan tỉnh Lâm Đồng",
            None,
            "org:dang-uy-khoi-tinh:lam-dong",
            "Đảng ủy Khối các cơ quan tỉnh Lâm Đồng",
        ),
        (
            "Ban Dân vận Tỉnh ủy Bắc Giang",
            None,
            "org:ban-dan-van-tinh-uy:bac-giang",
            "Ban Dân vận Tỉnh ủy Bắc Giang",
        ),
        (
            "Ủy ban nhân dân huyện Triệu Sơn",
            "Thanh Hóa",
            "org:ubnd-huyen:thanh-hoa:trieu-son",
            "Ủy ban nhân dân huyện Triệu Sơn",
        ),
        (
            "UBND huyện Triệu Sơn, tỉnh Thanh Hóa",
            None,
            "org:ubnd-huyen:thanh-hoa:trieu-son",
            "Ủy ban nhân dân huyện Triệu Sơn",
        ),
        (
            "Huyện ủy Triệu Sơn",
            "Thanh Hóa",
            "org:huyen-uy:thanh-hoa:trieu-son",
            "Huyện ủy Triệu Sơn",
        ),
        (
            "UBND thành phố Thanh Hóa",  # a town of the province, not a centrally-run city
            None,
            "org:ubnd-huyen:thanh-hoa:thanh-hoa",
            "Ủy ban nhân dân thành phố Thanh Hóa",
        ),
        ("Sở Nội vụ tỉnh Lâm Đồng", None, "org:so-noi-vu:lam-dong", "Sở Nội vụ tỉnh Lâm Đồng"),
        # a Government body a decree's closing clause names by its head (pages 651, 822)
        ("Trưởng Ban Cơ yếu Chính phủ", None, "org:ban-co-yeu-chinh-phu", "Ban Cơ yếu Chính phủ"),
        # the bank that carries out the Prime Minister's rate decisions, named by its short form
        # too ("Tổng Giám đốc NHCSXH thông báo …", news-522)
        (
            "Ngân hàng Chính sách xã hội",
            None,
            "org:ngan-hang-chinh-sach-xa-hoi",
            "Ngân hàng Chính sách xã hội",
        ),
        ("Tổng Giám đốc NHCSXH", None, "org:ngan-hang-chinh-sach-xa-hoi", None),
    ],
)
def test_vietnamese_forms(text: str, hint: str | None, key: str, name: str | None) -> None:
    body = _only(text, hint)
    assert body.key == key
    if name:
        assert body.name == name


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("the Politburo", "org:bo-chinh-tri"),
        ("the Secretariat", "org:ban-bi-thu"),
        ("the Party Central Committee", "org:ban-chap-hanh-trung-uong"),
        ("the Prime Minister", "org:thu-tuong-chinh-phu"),
        ("of the Government", "org:chinh-phu"),
        ("the Ministry of Home Affairs", "org:bo-noi-vu"),
        ("the Provincial Party Standing Committee", "org:ban-thuong-vu-tinh-uy:bac-giang"),
        ("the Provincial People's Committee", "org:ubnd-tinh:bac-giang"),
        ("the Provincial Inspectorate", "org:thanh-tra-tinh:bac-giang"),
        ("the Lam Dong Provincial Inspectorate", "org:thanh-tra-tinh:lam-dong"),
        ("Thanh Hoa Provincial Party Committee", "org:tinh-uy:thanh-hoa"),
        ("Политбюро", "org:bo-chinh-tri"),
        ("Секретариата", "org:ban-bi-thu"),
        ("премьер-министра", "org:thu-tuong-chinh-phu"),
        (
            "Постоянный комитет провинциального комитета партии",
            "org:ban-thuong-vu-tinh-uy:bac-giang",
        ),
        ("Провинциальный народный комитет", "org:ubnd-tinh:bac-giang"),
        ("Инспекция провинции Ламдонг", "org:thanh-tra-tinh:lam-dong"),
        ("партийного комитета учреждений провинции", "org:dang-uy-khoi-tinh:bac-giang"),
        ("Політбюро", "org:bo-chinh-tri"),
        ("Секретаріату", "org:ban-bi-thu"),
        ("Прем'єр-міністра", "org:thu-tuong-chinh-phu"),
        ("Прем’єр-міністр", "org:thu-tuong-chinh-phu"),
        (
            "Постійний комітет провінційного партійного комітету",
            "org:ban-thuong-vu-tinh-uy:bac-giang",
        ),
        ("Постійного комітету провінційної партії", "org:ban-thuong-vu-tinh-uy:bac-giang"),
        ("обласного комітету партії", "org:tinh-uy:bac-giang"),
        ("政治局", "org:bo-chinh-tri"),
        ("書記局", "org:ban-bi-thu"),
        ("事務局", "org:ban-bi-thu"),
        ("首相", "org:thu-tuong-chinh-phu"),
        ("省党委員会常務委員会", "org:ban-thuong-vu-tinh-uy:bac-giang"),
        ("省党常務委員会", "org:ban-thuong-vu-tinh-uy:bac-giang"),
        ("道党常務委員会", "org:ban-thuong-vu-tinh-uy:bac-giang"),
        ("省人民委員会", "org:ubnd-tinh:bac-giang"),
        ("o Secretariado", "org:ban-bi-thu"),
        ("o Primeiro-Ministro", "org:thu-tuong-chinh-phu"),
        ("Comitê Permanente Provincial do Partido", "org:ban-thuong-vu-tinh-uy:bac-giang"),
        ("Comitê Popular Provincial", "org:ubnd-tinh:bac-giang"),
    ],
)
def test_forms_in_translations(text: str, key: str) -> None:
    assert _only(text, "Bắc Giang").key == key


@pytest.mark.parametrize(
    ("header", "key"),
    [
        ("ỦY BAN NHÂN DÂN\nTỈNH BẮC NINH", "org:ubnd-tinh:bac-ninh"),
        ("TỈNH ỦY THANH HÓA", "org:tinh-uy:thanh-hoa"),
        ("BAN CHẤP HÀNH TRUNG ƯƠNG", "org:ban-chap-hanh-trung-uong"),
        ("UBND HUYỆN TRIỆU SƠN\nSố: 12/QĐ-UBND", "org:ubnd-huyen:thanh-hoa:trieu-son"),
        ("THANH TRA TỈNH LÂM ĐỒNG", "org:thanh-tra-tinh:lam-dong"),
    ],
)
def test_all_caps_headers(header: str, key: str) -> None:
    assert _only(header, "Thanh Hóa").key == key


def test_spans_cover_the_named_place() -> None:
    text = "Căn cứ văn bản của UBND tỉnh Bắc Giang và Thanh tra tỉnh Lâm Đồng."
    spans = [text[s:e] for s, e, _ in find_bodies(text)]
    assert spans == ["UBND tỉnh Bắc Giang", "Thanh tra tỉnh Lâm Đồng"]
    en = "reported to the Lam Dong Provincial Inspectorate"
    assert [en[s:e] for s, e, _ in find_bodies(en)] == ["Lam Dong Provincial Inspectorate"]


def test_not_bodies() -> None:
    assert _names("Phó Thủ tướng Chính phủ Trần Hồng Hà") == []
    assert _names("Deputy Prime Minister") == []
    assert _names("xây dựng chính phủ điện tử và Chính phủ số") == []
    assert _names("governments at all levels; the government of the people") == []
    assert _names("инспекционной работы") == []
    assert _names("Khobochinhtri, Bộ Chính trịa") == []


def test_decomposed_text_keeps_its_offsets() -> None:
    text = unicodedata.normalize("NFD", "Theo Ban Thường vụ Tỉnh ủy Thanh Hóa,")
    [(start, end, body)] = find_bodies(text)
    assert body.key == "org:ban-thuong-vu-tinh-uy:thanh-hoa"
    assert unicodedata.normalize("NFC", text[start:end]) == "Ban Thường vụ Tỉnh ủy Thanh Hóa"


def test_keys_are_stable_and_distinct() -> None:
    texts = ["Ban Thường vụ Tỉnh ủy Thanh Hóa", "Tỉnh ủy Thanh Hóa", "Tỉnh ủy Bắc Giang"]
    keys = [_only(t).key for t in texts]
    assert keys == [
        "org:ban-thuong-vu-tinh-uy:thanh-hoa",
        "org:tinh-uy:thanh-hoa",
        "org:tinh-uy:bac-giang",
    ]
    again = [_only(t).key for t in ["BAN THƯỜNG VỤ TỈNH ỦY THANH HÓA", "Tinh uy Thanh Hoa"]]
    assert again == keys[:2]
    for key in keys:
        assert key.isascii() and key == key.lower() and " " not in key
    assert _only("Tỉnh ủy") == _only("the Provincial Party Committee")  # both org:tinh-uy:unknown


def test_body_fields() -> None:
    body = _only("Ban Thường vụ Tỉnh ủy Thanh Hóa")
    assert body == Body(
        key="org:ban-thuong-vu-tinh-uy:thanh-hoa",
        name="Ban Thường vụ Tỉnh ủy Thanh Hóa",
        name_en="Standing Committee of the Thanh Hoa Provincial Party Committee",
        level="provincial",
        province="Thanh Hóa",
        kind="party",
    )
    pm = _only("Thủ tướng Chính phủ")
    assert (pm.name_en, pm.level, pm.province, pm.kind) == (
        "Prime Minister",
        "central",
        None,
        "state",
    )
    district = _only("Ủy ban nhân dân huyện Triệu Sơn", "Thanh Hóa")
    assert (district.level, district.province) == ("district", "Thanh Hóa")


# --- body_for_reference ----------------------------------------------------------------------


def _issuer(context: str, number: str, province: str | None = None) -> Body | None:
    ref = next(r for r in find_references(context) if r.canonical == number)
    return body_for_reference(ref.issuer_code, province, context)


@pytest.mark.parametrize(
    ("context", "number", "province", "key"),
    [
        (
            "Quyết định số 23-QĐ/TW ngày 30/7/2021 của Bộ Chính trị về công tác dân vận",
            "23-QĐ/TW",
            None,
            "org:bo-chinh-tri",
        ),
        (
            "Nghị quyết số 18-NQ/TW ngày 25/10/2017 của Ban Chấp hành Trung ương Đảng khóa XII",
            "18-NQ/TW",
            None,
            "org:ban-chap-hanh-trung-uong",
        ),
        ("thực hiện Kết luận số 114-KL/TW của Ban Bí thư", "114-KL/TW", None, "org:ban-bi-thu"),
        ("Chỉ thị số 05-CT/TW về học tập", "05-CT/TW", None, "org:ban-chap-hanh-trung-uong"),
        (
            "Bộ Chính trị đã kết luận; UBND tỉnh triển khai Chỉ thị số 05-CT/TW",
            "05-CT/TW",
            None,
            "org:ban-chap-hanh-trung-uong",
        ),
        ("Kế hoạch số 12-KH/TU ngày 3/2/2024", "12-KH/TU", "Thanh Hóa", "org:tinh-uy:thanh-hoa"),
        (
            "Quyết định số 763-QĐ/TU của Ban Thường vụ Tỉnh ủy",
            "763-QĐ/TU",
            "Thanh Hóa",
            "org:ban-thuong-vu-tinh-uy:thanh-hoa",
        ),
        (
            "Kết luận số 267-KL/TU của Ban Thường vụ Tỉnh ủy Bắc Giang",
            "267-KL/TU",
            "Thanh Hóa",
            "org:ban-thuong-vu-tinh-uy:bac-giang",
        ),
        ("Kế hoạch số 15/KH-UBND", "15/KH-UBND", "Bắc Giang", "org:ubnd-tinh:bac-giang"),
        (
            "Kế hoạch số 15/KH-UBND ngày 2/3/2024 của UBND huyện Triệu Sơn",
            "15/KH-UBND",
            "Thanh Hóa",
            "org:ubnd-huyen:thanh-hoa:trieu-son",
        ),
        ("Kế hoạch số 88/KH-TTr", "88/KH-TTr", "Lâm Đồng", "org:thanh-tra-tinh:lam-dong"),
        ("Quyết định số 1830-QĐ/ĐUK", "1830-QĐ/ĐUK", None, "org:dang-uy-khoi-tinh:unknown"),
        ("Thông tư số 10/2021/TT-BXD", "10/2021/TT-BXD", None, "org:bo-xay-dung"),
        ("Công văn số 4800/BNV-CQĐP", "4800/BNV-CQĐP", None, "org:bo-noi-vu"),
        (
            "Resolution No. 76/NQ-CP dated July 15, 2021 of the Government",
            "76/NQ-CP",
            None,
            "org:chinh-phu",
        ),
        (
            "Directive No. 33/CT-TTg of the Prime Minister",
            "33/CT-TTg",
            None,
            "org:thu-tuong-chinh-phu",
        ),
        (
            "Рішенні Політбюро № 23-QD/TW від 30 липня 2021 року",
            "23-QĐ/TW",
            None,
            "org:bo-chinh-tri",
        ),
        ("政治局決定第23-QD/TW号", "23-QĐ/TW", None, "org:bo-chinh-tri"),
    ],
)
def test_body_for_reference(context: str, number: str, province: str | None, key: str) -> None:
    body = _issuer(context, number, province)
    assert body is not None and body.key == key


def test_a_body_after_a_quoted_title_or_another_issuer_is_not_the_issuer() -> None:
    titled = "Chỉ thị số 05-CT/TW «Về học tập và làm theo tư tưởng», Ban Bí thư yêu cầu"
    assert _issuer(titled, "05-CT/TW").key == "org:ban-chap-hanh-trung-uong"
    other = "Kết luận số 01-KL/TW và Nghị quyết số 76/NQ-CP của Chính phủ"
    assert _issuer(other, "01-KL/TW").key == "org:ban-chap-hanh-trung-uong"
    listed = (
        "Decision No. 217-QD/TW and Decision No. 218-QD/TW dated December 12, 2013 of the Politburo"
    )
    assert _issuer(listed, "217-QĐ/TW").key == "org:bo-chinh-tri"


def test_incompatible_body_falls_back_to_the_code() -> None:
    body = _issuer("Quyết định số 12/QĐ-TTg của Bộ Chính trị", "12/QĐ-TTg")
    assert body is not None and body.key == "org:thu-tuong-chinh-phu"


def test_codes_without_a_body() -> None:
    assert body_for_reference(None, "Thanh Hóa", "") is None
    assert body_for_reference("XYZ", "Thanh Hóa", "Công văn số 5/XYZ") is None
    assert body_for_reference("CB", None, "Nghị quyết số 3-NQ/CB") is None
    assert body_for_reference("TW", None, "") == _only("Ban Chấp hành Trung ương")


# --- departments, and bodies without a province (issue 16) ---------------------------------

_DEPARTMENTS = json.loads(
    (Path(__file__).resolve().parents[1] / "extract" / "data" / "bodies.json").read_text("utf-8")
)["departments"]["examples"]


@pytest.mark.parametrize("text", _DEPARTMENTS["bodies"])
def test_every_department_example_is_one_body(text: str) -> None:
    assert _only(text).key.startswith("org:so-")


@pytest.mark.parametrize("text", _DEPARTMENTS["not_bodies"])
def test_words_that_contain_a_departments_name_are_no_body(text: str) -> None:
    assert find_bodies(text, "Thanh Hóa") == []


def _facts(text: str) -> dict:
    from vanban.extract.read_facts import source_facts
    from vanban.loaders.source import make_source

    return source_facts(make_source("report.txt", "txt", text))


# A report that names health facilities (cơ sở y tế) and a provincial committee of no province
_PHANTOM = (
    "Tổ chức thực hiện Nghị quyết 72-NQ/TW thế nào?\n\n"
    "Các cơ sở y tế cần tổ chức thực hiện Nghị quyết số 72-NQ/TW ngày 09/9/2025 của Bộ Chính "
    "trị. Cơ sở y tế công lập và các cơ sở y tế tư nhân đều phải quán triệt. Tỉnh ủy chỉ đạo "
    "quán triệt; Tỉnh ủy giao Ban Tuyên giáo theo dõi.\n"
)


def test_a_report_names_no_phantom_body_and_none_of_no_province_is_its_subject() -> None:
    from vanban.graph.resolve import build_graph

    facts = _facts(_PHANTOM)
    assert facts["main_body"] is None
    graph = build_graph([facts])
    assert not [k for k in graph.organisations if k.startswith("org:so-") or k.endswith("unknown")]
    assert not [e for e in graph.edges.values() if e.source.startswith("org:")]


def test_a_local_body_with_its_province_is_a_reports_subject() -> None:
    facts = _facts(_PHANTOM.replace("Tỉnh ủy", "Tỉnh ủy Thanh Hóa"))
    assert facts["main_body"]["key"] == "org:tinh-uy:thanh-hoa"


def test_a_province_the_report_names_again_and_again_places_its_bodies() -> None:
    about = "Tại Thanh Hóa, công tác dân vận được chú trọng. Nhân dân Thanh Hóa đồng tình.\n"
    facts = _facts(_PHANTOM + about)
    assert facts["main_body"]["key"] == "org:tinh-uy:thanh-hoa"


def test_a_province_named_in_passing_places_no_body() -> None:
    """A national text that names Hồ Chí Minh City once does not speak for its committee."""
    decree = (
        "Ủy ban nhân dân tỉnh tổ chức thực hiện Nghị định số 24/2012/NĐ-CP ngày 03/4/2012. "
        "Ủy ban nhân dân tỉnh báo cáo kết quả, như Thành phố Hồ Chí Minh đã làm.\n"
    )
    facts = _facts(decree)
    assert facts["document"]["province"] == "Hồ Chí Minh"  # the text's guess, kept as is
    assert facts["main_body"] is None


def test_a_reference_of_a_local_code_and_no_province_has_no_issuing_body() -> None:
    facts = _facts("Thực hiện Kế hoạch số 12-KH/TU ngày 05/3/2024 về chuyển đổi số.")
    [mention] = facts["mentions"]
    assert mention["body"] is None
    placed = _facts("Thực hiện Kế hoạch số 12-KH/TU ngày 05/3/2024 của Tỉnh ủy Thanh Hóa.")
    assert placed["mentions"][0]["body"]["key"] == "org:tinh-uy:thanh-hoa"


def test_a_body_first_named_deep_in_a_page_is_not_what_it_reports_on() -> None:
    """Nghị quyết 188/2025/QH15 as a news page (news.jsonl line 720) names "Ủy ban nhân dân
    Thành phố Hồ Chí Minh" in its articles only: the page does not speak for that body."""
    articles = "Ủy ban nhân dân Thành phố Hồ Chí Minh được thu phí. " * 3
    lead = "Quốc hội ban hành Nghị quyết thí điểm cơ chế đặc thù phát triển đường sắt đô thị.\n"
    assert _facts(lead + "\n" * 1000 + articles)["main_body"] is None
    assert _facts(lead + articles)["main_body"]["key"] == "org:ubnd-tinh:ho-chi-minh"


def test_a_central_body_named_in_a_provincial_text_has_no_province():
    [(_, _, body)] = find_bodies("Bộ Nội vụ", "Vĩnh Long")
    assert body.key == "org:bo-noi-vu" and body.province is None


def test_bodies_listed_before_one_that_names_its_province_share_it() -> None:
    text = (
        "Tỉnh ủy, HĐND, UBND tỉnh Điện Biên; Chính phủ, Hội đồng nhân dân và Ủy ban nhân dân "
        "tỉnh Cao Bằng"
    )
    keys = [b.key for _, _, b in find_bodies(text)]
    assert keys == [
        "org:tinh-uy:dien-bien",
        "org:hdnd-tinh:dien-bien",
        "org:ubnd-tinh:dien-bien",
        "org:chinh-phu",
        "org:hdnd-tinh:cao-bang",
        "org:ubnd-tinh:cao-bang",
    ]
    # a body set apart by other words, or by a ';', is not in the list
    assert [b.key for _, _, b in find_bodies("Hội đồng nhân dân các cấp, UBND tỉnh Nghệ An")] == [
        "org:ubnd-tinh:nghe-an"
    ]
    assert "hdnd" not in " ".join(b.key for _, _, b in find_bodies("HĐND; UBND tỉnh Nghệ An"))
    # a code inside a number is no body: "Số: 471/QĐ-UBND\n\nBắc Ninh, ngày …"
    assert find_bodies("Số: 471/QĐ-UBND\n\nBắc Ninh, ngày 28 tháng 11 năm 2025") == []


def test_a_ministry_is_known_by_the_initials_the_press_writes():
    """ "Bộ NN-PTNT", "Bộ NN&PTNT", "Bộ LĐ-TB&XH", "Bộ GTVT": a ministry shortened to the
    initials of its name's parts (blind round H: "…, Bộ NN-PTNT đã chủ trì" acted unseen)."""
    for text, name in (
        ("Bộ NN-PTNT đã chủ trì xây dựng đề án.", "Bộ Nông nghiệp và Phát triển nông thôn"),
        ("Bộ NN&PTNT ban hành kế hoạch.", "Bộ Nông nghiệp và Phát triển nông thôn"),
        ("Bộ LĐ-TB&XH hướng dẫn.", "Bộ Lao động - Thương binh và Xã hội"),
        ("Bộ GTVT đề nghị.", "Bộ Giao thông vận tải"),
        ("Bộ VH-TT&DL tổ chức.", "Bộ Văn hóa, Thể thao và Du lịch"),
    ):
        assert _names(text) == [name], text
    # two initials tell too little, and small letters are no initials
    assert _names("Bộ CA đã họp.") == []
    assert _names("bộ nn-ptnt") == []


def test_a_ministry_is_known_with_the_parts_of_its_name_run_together():
    """Blind round AO: "Bộ trưởng Bộ Thông tin Truyền thông" (no "và") is the ministry."""
    for text, name in (
        ("Bộ Thông tin Truyền thông đề nghị.", "Bộ Thông tin và Truyền thông"),
        ("Bộ Tài nguyên Môi trường hướng dẫn.", "Bộ Tài nguyên và Môi trường"),
        ("Bộ Văn hóa, Thể thao Du lịch tổ chức.", "Bộ Văn hóa, Thể thao và Du lịch"),
    ):
        assert _names(text) == [name], text
    # a name with no "và" has nothing to run together: "Bộ Y tế" stays as it is
    assert _names("Bộ Y tế ban hành.") == ["Bộ Y tế"]


def test_a_minister_in_english_names_the_ministry() -> None:
    """Blind round CT: "The Minister of Justice promulgates …" is the Ministry of Justice, as
    "Bộ trưởng Bộ Tư pháp" names "Bộ Tư pháp"; the Prime Minister stays himself."""
    names = [b.name for _, _, b in find_bodies("The Minister of Finance signed it.")]
    assert names == ["Bộ Tài chính"]
    names = [b.name for _, _, b in find_bodies("the Minister of Agriculture and Rural Development")]
    assert names == ["Bộ Nông nghiệp và Phát triển nông thôn"]
    assert [b.name for _, _, b in find_bodies("the Prime Minister")] == ["Thủ tướng Chính phủ"]
    assert find_bodies("a Minister of State") == []
