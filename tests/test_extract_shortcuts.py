"""The shortcuts that make extraction cheaper find exactly what the plain forms find.

Each shortcut is a faster way to write a test the code made before: a pattern reordered so
the regex engine can skip ahead, or a cheap necessary condition tried before a costly
search. Both forms run here, on made-up examples and on real texts, and must agree.
"""

from __future__ import annotations

import re
from dataclasses import asdict

import pytest

from vanban.extract import find, identity, named, places, shortforms
from vanban.extract.find import find_references

# Texts where a head word stands inside a word, after one, after a figure glued to it, at the
# start and at the end.
HEAD_EXAMPLES = [
    "Luật Đất đai 2024 và BỘ LUẬT Hình sự; Pháp lệnh Dân số, HIẾN PHÁP năm 2013.",
    "theo luật; xLuật; Bộ  luật Lao động\nHiến\npháp; aPHÁP LỆNH; _Luật",
    "the Law on Enterprises, a Code on Civil Procedure, byLaw on X, Ordinance on Prices",
    "- 1Luật ngân sách nhà nước 2015\n- 2Law on Investment; 3BỘ LUẬT Dân sự",
    "Luật",
    "",
]


def _spans(pattern: re.Pattern[str], text: str) -> list[tuple[tuple[int, int], tuple]]:
    return [(m.span(), m.groups()) for m in pattern.finditer(text)]


@pytest.mark.parametrize("text", HEAD_EXAMPLES)
def test_head_words_match_the_look_behind_form(text: str) -> None:
    # (not after a letter or "_"; a figure may stand right before it, `_word_starting`)
    plain_head = re.compile(rf"(?<![^\W\d])({'|'.join(named._HEAD_WORDS)})(?!\w)")
    assert _spans(named._HEAD, text) == _spans(plain_head, text)
    plain_english = re.compile(
        named._ENGLISH.pattern.replace(
            named._word_starting(("Law", "Code", "Ordinance")),
            r"(?<![^\W\d])(?:Law|Code|Ordinance)",
        )
    )
    assert plain_english.pattern != named._ENGLISH.pattern
    assert _spans(named._ENGLISH, text) == _spans(plain_english, text)


def test_word_starting_keeps_words_apart() -> None:
    pattern = re.compile(named._word_starting(("Luật", "Law")))
    found = pattern.finditer("Luật xLuật Law aLaw (Law 1Luật")
    assert [m.start() for m in found] == [0, 11, 21, 26]


SHORT_FORM_EXAMPLES = [
    "Kết luận số 187-KL/TW ngày 1/2/2020 ... theo Kết luận số 187 và Kết luận 187.",
    "Thông tư số 08/2024/TT-TTCP; Thông tư số 08/2024 và Thông tư 08 (Điều 08, ngày 08).",
    "Directive No. 33/CT-TTg of 2020 ... Directive No. 33, directive 33; NQ 33; 1.33; /33",
]


def _without_the_cheap_test(monkeypatch: pytest.MonkeyPatch) -> None:
    class Always:
        def match(self, *_: object) -> bool:
            return True

    monkeypatch.setattr(shortforms, "_NOUN_TAIL_BACKWARDS", Always())
    monkeypatch.setattr(shortforms, "_SHORT_NUMBER", shortforms._DIGITS)


def _short_forms(text: str) -> list[tuple[int, int, str | None]]:
    found = shortforms.find_short_forms(text, find_references(text))
    return [(r.start, r.end, r.short_form_of) for r in found]


@pytest.mark.parametrize("text", SHORT_FORM_EXAMPLES)
def test_short_forms_match_the_plain_scan(text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    fast = _short_forms(text)
    assert fast, "every example holds a short form"
    _without_the_cheap_test(monkeypatch)
    assert _short_forms(text) == fast


def test_short_forms_match_the_plain_scan_on_real_texts(
    tvpl_rows: list[dict], monkeypatch: pytest.MonkeyPatch
) -> None:
    texts = [row["text"] for row in tvpl_rows]
    fast = [_short_forms(text) for text in texts]
    assert any(fast), "the real texts hold short forms"
    _without_the_cheap_test(monkeypatch)
    assert [_short_forms(text) for text in texts] == fast


# Numbers written twice, with a footnote digit glued on, read up to a slash, in Party form.
NUMBER_EXAMPLES = [
    "Nghị định số 59/2023/NĐ-CP ngày 1/8/2023; Nghị định 59/2023/NĐ-CP và 59/2023/NĐ-CP.",
    "Luật số 66/2025/QH155 và Luật số 66/2025/QH15; Công văn 123/UBND/VP, 123/UBND/VP.",
    "Quy định số 69-QĐ/TW, Quy định 69-QĐ/TW; Kết luận số 187, 188- KL/TW; 65/CV/ĐU.",
]


def _references(text: str) -> list[dict]:
    return [asdict(r) for r in find_references(text)]


def _read_every_time(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(find, "_spelled", find._spelled.__wrapped__)


@pytest.mark.parametrize("text", NUMBER_EXAMPLES)
def test_a_spelling_read_once_reads_as_every_time(
    text: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    find._spelled.cache_clear()
    once = _references(text)
    again = _references(text)  # the second time from the cache
    _read_every_time(monkeypatch)
    assert once == again == _references(text)


def test_a_spelling_read_once_gives_each_mention_its_own_reference() -> None:
    first, second, third = find_references(NUMBER_EXAMPLES[0])
    assert first.canonical == second.canonical == third.canonical == "59/2023/NĐ-CP"
    assert first.issuers == second.issuers == ["CP"]
    first.issuers.append("changed")
    assert second.issuers == third.issuers == ["CP"]


def test_a_spelling_read_once_reads_as_every_time_on_real_texts(
    tvpl_rows: list[dict], monkeypatch: pytest.MonkeyPatch
) -> None:
    texts = [row["text"] for row in tvpl_rows]
    once = [_references(text) for text in texts]
    assert sum(map(len, once)) > 1000
    _read_every_time(monkeypatch)
    assert [_references(text) for text in texts] == once


URL_EXAMPLES = [
    "Xem https://baolamdong.vn/xa-hoi/202506/x và thanhhoa.gov.vn, www.bacgiang.gov.vn.",
    "Nguồn: baobinhthuan.com.vn; http://example.org/a; VN.EXPRESS; a.vn",
    "Không có địa chỉ nào: http, vn, .v n, Thông tư số 08/2024/TT-TTCP.",
    "",
]


@pytest.mark.parametrize("text", URL_EXAMPLES)
def test_urls_are_those_the_pattern_finds(text: str) -> None:
    assert identity._urls(text) == identity._URL.findall(text)


def test_urls_are_those_the_pattern_finds_on_real_texts(tvpl_rows: list[dict]) -> None:
    texts = [row["text"] for row in tvpl_rows]
    found = [identity._urls(text) for text in texts]
    assert any(found) and not all(found), "some real texts hold addresses, some none"
    assert found == [identity._URL.findall(text) for text in texts]


def _places(scanner: re.Pattern[str], text: str) -> list[tuple[int, int]]:
    return [m.span() for m in scanner.finditer(text)]


def test_the_scanner_without_kana_finds_what_the_whole_one_finds(tvpl_rows: list[dict]) -> None:
    texts = [row["text"] for row in tvpl_rows]
    texts += ["Hà Nội, HÀ NỘI, Ha Noi, Hanoi, Ханой; TP.HCM và Thành phố Hồ Chí Minh"]
    assert not any(places._kana_opening().search(text) for text in texts)
    assert all(places._scanner_for(text) is places._scanner(False) for text in texts)
    whole = places._scanner(True)
    found = [_places(places._scanner(False), text) for text in texts]
    assert sum(map(len, found)) > 100
    assert found == [_places(whole, text) for text in texts]


def test_a_text_with_kana_is_read_with_the_whole_scanner() -> None:
    text = "ハノイ市とホーチミン市 (Hà Nội)"
    assert places._scanner_for(text) is places._scanner(True)
    assert [name for _, _, name in places.find_province_mentions(text)] == [
        "Hà Nội",
        "Hồ Chí Minh",
        "Hà Nội",
    ]


def _plain_latest(
    full: list, pos: int, number: str, types: tuple[str, ...], year: int | None
) -> object:
    """The latest full mention before `pos` as a plain walk back through every one."""
    for r in reversed([r for r in full if r.start < pos]):
        same = r.number.lstrip("0") == number.lstrip("0")
        if same and r.type_code in types and year in (None, r.year):
            return r
    return None


def test_the_latest_full_mention_is_the_one_a_plain_walk_finds(tvpl_rows: list[dict]) -> None:
    asked = 0
    for row in tvpl_rows[:60]:
        full = find_references(row["text"])
        starts = [r.start for r in full]
        kinds = [r.type_code for r in full]
        by_number = shortforms._indices_by_number(full)
        for r in full:
            for pos in (r.start, r.end, r.end + 1000):
                for number in (r.number, "0" + r.number, "999999"):
                    for types in ((r.type_code,), ("NQ", "QĐ"), ()):
                        for year in (None, r.year, 1901):
                            asked += 1
                            assert shortforms._latest_full_before(
                                full, kinds, by_number, starts, pos, number, types, year
                            ) is _plain_latest(full, pos, number, types, year)
    assert asked > 10_000


def test_number_signs_read_backwards() -> None:
    assert shortforms.backwards(r"số\s*:?|No\.?|n\.º|第") == r":?\s*ốs|\.?oN|º\.n|第"
    with pytest.raises(ValueError):
        shortforms.backwards(r"(?:số|No)")
