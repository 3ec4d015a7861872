"""The shortcuts that make extraction cheaper find exactly what the plain forms find.

Each shortcut is a faster way to write a test the code made before: a pattern reordered so
the regex engine can skip ahead, or a cheap necessary condition tried before a costly
search. Both forms run here, on made-up examples and on real texts, and must agree.
"""

from __future__ import annotations

import re

import pytest

from vanban.extract import named, shortforms
from vanban.extract.find import find_references

# Texts where a head word stands inside a word, after one, at the start and at the end.
HEAD_EXAMPLES = [
    "Luật Đất đai 2024 và BỘ LUẬT Hình sự; Pháp lệnh Dân số, HIẾN PHÁP năm 2013.",
    "theo luật; xLuật; Bộ  luật Lao động\nHiến\npháp; aPHÁP LỆNH; _Luật",
    "the Law on Enterprises, a Code on Civil Procedure, byLaw on X, Ordinance on Prices",
    "Luật",
    "",
]


def _spans(pattern: re.Pattern[str], text: str) -> list[tuple[tuple[int, int], tuple]]:
    return [(m.span(), m.groups()) for m in pattern.finditer(text)]


@pytest.mark.parametrize("text", HEAD_EXAMPLES)
def test_head_words_match_the_look_behind_form(text: str) -> None:
    plain_head = re.compile(rf"(?<!\w)({'|'.join(named._HEAD_WORDS)})(?!\w)")
    assert _spans(named._HEAD, text) == _spans(plain_head, text)
    plain_english = re.compile(
        named._ENGLISH.pattern.replace(
            named._word_starting(("Law", "Code", "Ordinance")), r"(?<![\w])(?:Law|Code|Ordinance)"
        )
    )
    assert plain_english.pattern != named._ENGLISH.pattern
    assert _spans(named._ENGLISH, text) == _spans(plain_english, text)


def test_word_starting_keeps_words_apart() -> None:
    pattern = re.compile(named._word_starting(("Luật", "Law")))
    assert [m.start() for m in pattern.finditer("Luật xLuật Law aLaw (Law")] == [0, 11, 21]


SHORT_FORM_EXAMPLES = [
    "Kết luận số 187-KL/TW ngày 1/2/2020 ... theo Kết luận số 187 và Kết luận 187.",
    "Thông tư số 08/2024/TT-TTCP; Thông tư số 08/2024 và Thông tư 08 (Điều 08, ngày 08).",
    "Directive No. 33/CT-TTg of 2020 ... Directive No. 33, directive 33; NQ 33; 1.33; /33",
]


def _without_the_cheap_test(monkeypatch: pytest.MonkeyPatch) -> None:
    class Always:
        def search(self, *_: object) -> bool:
            return True

    monkeypatch.setattr(shortforms, "_NOUN_ENDING_BEFORE", Always())
    monkeypatch.setattr(shortforms, "_LONE_DIGITS", shortforms._DIGITS)


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
