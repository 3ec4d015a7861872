"""`REFERENCE_RE` opens with the number's first digit and looks behind it from there, so
that the engine skips to each digit; it finds what the pattern as first written (its
look-behinds before the digit, `LOOKBEHIND_LED_PATTERN`) finds, on real texts and on
generated ones."""

from __future__ import annotations

import json
import re

import pytest
from conftest import EXAMPLES, SHARED_CORPUS
from hypothesis import given, settings
from hypothesis import strategies as st

from vanban.extract.patterns import INVISIBLE, LOOKBEHIND_LED_PATTERN, REFERENCE_RE

LOOKBEHIND_LED = re.compile(LOOKBEHIND_LED_PATTERN, re.VERBOSE)


def _matches(pattern: re.Pattern[str], text: str) -> list[tuple[tuple[int, int], dict]]:
    return [(m.span(), m.groupdict()) for m in pattern.finditer(text)]


def test_the_scan_opens_with_a_set_of_characters_the_engine_skips_to():
    import re._compiler as compiler
    import re._parser as parser

    parsed = parser.parse(REFERENCE_RE.pattern, REFERENCE_RE.flags)
    assert compiler._get_charset_prefix(parsed, REFERENCE_RE.flags)


def test_real_texts_give_the_matches_of_the_pattern_as_first_written():
    texts = [p.read_text("utf-8") for p in sorted(EXAMPLES.rglob("*.txt"))]
    for name in ("news.jsonl", "relations.jsonl", "tvpl.jsonl"):
        path = SHARED_CORPUS / "real" / name
        if path.exists():
            lines = path.read_text("utf-8").splitlines()
            texts += [json.loads(line).get("text") or "" for line in lines if line.strip()]
    if len(texts) < 100:
        pytest.skip("the real corpus lives in ../shared")
    found = 0
    for text in texts:
        mine = _matches(REFERENCE_RE, text)
        assert mine == _matches(LOOKBEHIND_LED, text)
        found += len(mine)
    assert found > 5_000  # the texts hold numbers: the comparison means something


# What stands around a number's first digit decides the look-behinds: digits, letters,
# the characters that make it the tail of another number, a date glued before it.
PIECES = st.sampled_from(
    [
        "1",
        "23",
        "2021",
        "/2003",
        "/1999",
        "14/11/2003",
        "-",
        "/",
        ".",
        ":",
        ",",
        "_",
        " ",
        "\n",
        "a",
        "Đ",
        "QĐ",
        "TW",
        "NQ-CP",
        "UBND",
        "KH",
        "số ",
        *INVISIBLE,
    ]
)


@settings(max_examples=600, deadline=None)
@given(st.lists(PIECES, max_size=40).map("".join))
def test_generated_texts_give_the_matches_of_the_pattern_as_first_written(text):
    assert _matches(REFERENCE_RE, text) == _matches(LOOKBEHIND_LED, text)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from("0123456789/-.:,_ aQĐ\n\u200b"), max_size=60))
def test_generated_digits_and_separators_give_the_same_matches(text):
    assert _matches(REFERENCE_RE, text) == _matches(LOOKBEHIND_LED, text)
