"""The fast readers of cues and structure find what a plain reading finds, on real texts.

`find_cues` searches start words over the lower-cased text and tries each cue behind a
look-ahead for its first characters; `SENTENCE_END` opens with one character set; basis
words are found over the lower-cased text. Each is checked here against the plain way.
"""

from __future__ import annotations

import json
import re

import pytest
from conftest import SHARED_CORPUS

from vanban.extract import cues, named, relate
from vanban.extract.cues import CUE_RE, JA_HEADS, START_WORDS, find_cues
from vanban.extract.find import find_references
from vanban.extract.genres import DOCUMENT_HEAD
from vanban.extract.genres import RULES as GENRE_RULES
from vanban.extract.openings import lead_before, may_open_with, top_branches
from vanban.extract.scans import (
    CASE_ODD,
    _after_break,
    _branch_finders,
    branch_matches,
    line_matches,
)
from vanban.extract.scopes import (
    _BASIS_WORDS,
    _DESIGNATION_SEARCH,
    ANSWER_OPENING,
    BODY_START,
    DESIGNATION,
    FOOTNOTE,
    ISSUE_VERB,
    ITEM_START,
    LIST_JOIN,
    REPORTING_ANNEX,
    _by_first_letter,
    _item_starts,
    _not_taken,
    designation_start,
    list_joiner,
    opening_guarded,
)
from vanban.extract.sentences import SENTENCE_END
from vanban.extract.vocabulary import ISSUE_VERBS


def _plain_cues(text: str, lo: int, hi: int) -> list[tuple[int, int, str]]:
    """Each word of text[lo:hi] (one may start at `lo`) lower-cased: where it is a start
    word, or a Japanese run holding a head, the combined pattern is tried; a match of a cue
    that counts only with a capital (`Cue.capital`) in lower case is dropped after."""
    whole = {w for w in START_WORDS if not w.endswith("*")}
    stems = tuple(w[:-1] for w in START_WORDS if w.endswith("*"))
    found: list[tuple[int, int, str]] = []
    pos = lo
    for word in re.finditer(r"\w+", text[lo:hi].lower()):
        start = lo + word.start()
        if start < pos:
            continue
        w = word.group()
        if w in whole or w.startswith(stems):
            starts = [start]
        elif w[0] >= "\u3040":
            starts = sorted(start + m.start() for h in JA_HEADS for m in re.finditer(f"(?={h})", w))
        else:
            continue
        for at in starts:
            if at < pos:
                continue
            hit = CUE_RE.match(text, at, hi)
            if hit:
                found.append((hit.start(), hit.end(), hit.lastgroup or ""))
                pos = hit.end()
    # (a cue that counts only written with a capital is left out in lower case)
    return [f for f in found if not _capital_only(f[2]) or text[f[0] : f[1]].lstrip()[:1].isupper()]


def _capital_only(group: str) -> bool:
    return group.startswith("c") and cues.CUES[int(group[1:])].capital


def _texts(limit: int) -> list[str]:
    texts = []
    for name in ("tvpl.jsonl", "news.jsonl"):
        path = SHARED_CORPUS / "real" / name
        if not path.exists():
            pytest.skip(f"{path} is absent: the real corpus lives in ../shared")
        rows = [json.loads(line) for line in path.read_text("utf-8").splitlines() if line]
        texts += [row["text"] for row in rows[:limit] if row.get("text")]
        # and every text with Japanese in it, where cue heads begin inside runs
        texts += [row["text"] for row in rows if re.search("[\u3040-\u30ff]", row.get("text", ""))]
    return texts


def test_cues_in_any_window_are_those_of_a_plain_reading():
    checked = 0
    for text in _texts(40):
        # windows that start mid-word and end mid-word, as the reader's do
        for lo in range(0, len(text), 1733):
            hi = min(len(text), lo + 900)
            mine = [(c.start, c.end, f"c{cues.CUES.index(c.cue)}") for c in find_cues(text, lo, hi)]
            assert mine == _plain_cues(text, lo, hi), (text[lo : lo + 80], lo, hi)
            checked += len(mine)
    assert checked > 500  # the texts hold cues: the comparison means something


def test_a_japanese_head_inside_a_run_is_found_and_one_after_a_digit_is_not():
    text = "効果的な実施を強化する。2021年7月30日付政治局決定第23号に基づき"
    assert [c.words for c in find_cues(text)] == ["実施"]
    assert [(c.start, c.end) for c in find_cues(text)] == [
        (s, e) for s, e, _ in _plain_cues(text, 0, len(text))
    ]


def test_a_cue_is_guarded_by_the_characters_it_can_begin_with():
    assert cues._guard(r"(?:đã\s+)?được\s+giao") == "(?=[đ])"
    assert cues._guard(r"(?<![\w])Điều\s+\d+|khoản") == "(?=[kĐ])"
    assert cues._guard(r"\w+\s+thực") == ""  # any word character: no guard
    assert cues._guard(r"(?:theo)?") == ""  # can match nothing: no guard


@pytest.mark.parametrize(
    "pattern",
    [_BASIS_WORDS.pattern, ANSWER_OPENING.pattern.pattern, DOCUMENT_HEAD.pattern.pattern],
    ids=["basis words", "answer opening", "document head"],
)
def test_the_patterns_read_over_lower_case_miss_no_letter_case_odd_leaves_out(pattern):
    # a text is read over its lower case unless it holds a CASE_ODD letter: every letter that
    # ignoring case equates with one of the pattern's, though it lower-cases to another, is one
    # (a letter whose lower case is longer, "İ", is read as it is by the length check)
    letters = {ch.lower() for ch in re.sub(r"\\[a-zA-Z]|[^\w]", "", pattern)}
    odd = set()
    for code in range(0x10000):
        ch = chr(code)
        for letter in letters:
            low = ch.lower()
            if len(low) == 1 and low != letter and re.fullmatch(letter, ch, re.IGNORECASE):
                odd.add(ch)
    assert all(CASE_ODD.fullmatch(ch) for ch in odd), odd


def test_the_basis_words_over_lower_case_are_the_case_insensitive_ones():
    # the lower-cased scan compiles the same pattern without IGNORECASE: it must be lower case
    assert _BASIS_WORDS.pattern == _BASIS_WORDS.pattern.lower()


def test_sentence_ends_are_those_of_the_plain_pattern(seeds_dir, tvpl_rows):
    not_after = "".join(
        f"(?<!\\b{abbr}[.!?])" for abbr in ("No", "Nos", "no", "NO", "NOS", "TP", "Tp", "St", "v/v")
    )
    plain = re.compile(r"[.!?]" + not_after + r"(?=\s|$)|[。！？]|\n[ \t]*\n")
    texts = [p.read_text("utf-8") for p in sorted(seeds_dir.glob("*.txt"))]
    texts += [row["text"] for row in tvpl_rows[:80]] + ["No. 5. Xong!\n \nMới。次"]
    texts += ["ON AMENDMENTS TO DECREE NO. 123/2020/ND-CP. DONE."]  # a heading in capitals
    for text in texts:
        assert [m.span() for m in SENTENCE_END.finditer(text)] == [
            m.span() for m in plain.finditer(text)
        ]


def _plain_joiner(between: str) -> int | None:
    head = DESIGNATION.search(between)
    joiner = LIST_JOIN.pattern.search(between[: head.start()] if head else between)
    return joiner.start() if joiner else None


def test_list_joiners_are_found_as_from_the_start(tvpl_rows):
    gaps = []
    for row in tvpl_rows[:60]:
        text = row["text"]
        refs = find_references(text)
        gaps += [
            text[a.end : b.start] for a, b in zip(refs, refs[1:], strict=False) if a.end <= b.start
        ]
    assert len(gaps) > 300
    assert sum(bool(re.search(r"[,;()]", g)) for g in gaps) > 100  # where the search is cut short
    for gap in gaps:
        assert list_joiner(gap) == _plain_joiner(gap), gap


def test_words_grouped_by_first_letter_are_the_same_words():
    words = r"nghị\s+quyết|nghị\s+định|thông\s+tư|\(x|a"
    grouped = re.compile(_by_first_letter(words))
    assert _by_first_letter(words) == r"n(?:ghị\s+quyết|ghị\s+định)|t(?:hông\s+tư)|a(?:)|\(x"
    for text in ("nghị quyết", "nghị  định", "thông tư", "(x", "a", "ngh", "thông", "b"):
        plain = re.fullmatch(words, text) is not None
        assert (grouped.fullmatch(text) is not None) == plain, text
    assert _DESIGNATION_SEARCH.pattern != opening_guarded(DESIGNATION).pattern  # in use


def test_a_designation_is_found_as_from_the_start(tvpl_rows):
    heads = []  # the text before each mention, from its line's start, as an item is read
    for row in tvpl_rows[:60]:
        text = row["text"]
        heads += [text[text.rfind("\n", 0, r.start) + 1 : r.start] for r in find_references(text)]
    assert sum(DESIGNATION.search(h) is not None for h in heads) > 300
    for head in heads:
        plain = DESIGNATION.search(head)
        assert designation_start(head) == (plain.start() if plain else None), head


def test_a_search_starts_after_what_no_match_takes_only_when_matches_reach_the_end():
    assert _not_taken(re.compile(r"[^\s\d,;]+\s*$"), ",;") == ",;"
    assert _not_taken(re.compile(r"[^\s\d,]+$"), ",;") == ","
    assert _not_taken(re.compile(r"a.b$"), ",;") == ""  # any character may stand inside
    assert _not_taken(re.compile(r"[^,;]+"), ",;") == ""  # need not reach the end
    assert _not_taken(re.compile(r"[^,;]+$", re.MULTILINE), ",;") == ""  # the end of a line


def test_a_search_is_guarded_by_the_characters_a_match_can_open_with():
    ending = re.compile(r"(?:Luật\s+\w+)?\s*(?:số)?\s*$", re.IGNORECASE)
    guarded = opening_guarded(ending)
    assert guarded.pattern.startswith(r"(?=[L\ss]|\n?\Z)")  # empty matches end the text
    assert guarded.flags == ending.flags
    for text in ("theo Luật Đầu tư số ", "Luật Đất đai số\n", "abc", "", "x  số"):
        for pos in range(len(text) + 1):
            assert [m.span() for m in guarded.finditer(text, pos)] == [
                m.span() for m in ending.finditer(text, pos)
            ]
    assert opening_guarded(re.compile(r"a?")).pattern == "a?"  # empty anywhere: kept
    assert opening_guarded(re.compile(r".b")).pattern == ".b"  # any character: kept
    assert opening_guarded(re.compile(r"x?$", re.MULTILINE)).pattern == "x?$"  # line ends


def test_what_a_pattern_may_open_with_is_read_from_the_pattern():
    assert may_open_with(r"theo\s+quy\s+định", "theo")
    assert not may_open_with(r"theo\s+quy\s+định", "tại")
    assert may_open_with(r"Điều\s+\d+", "điều")  # case ignored
    assert may_open_with(r"(?<![\w])(?:khoản\s+\d+\s+)*Điều\s+\d", "khoản")
    assert may_open_with(r"(?<![\w])(?:khoản\s+\d+\s+)*Điều\s+\d", "điều")  # none repeated
    assert not may_open_with(r"(?:đã|đang)\s+(?:được\s+)?giao", "được")
    assert may_open_with(r"(?:đã\s+)?(?:được\s+)?giao", "được")
    assert may_open_with(r"(?<=thì\s)thực\s+hiện", "thực")  # a look-behind takes nothing
    assert may_open_with(r"amend", "amendment")  # a match may end inside the word
    assert may_open_with(r"\w+\s+thực", "quy")
    assert not may_open_with(r"\d+\s+thực", "quy")
    assert may_open_with(r"(a)\1", "ab")  # not understood (a back reference): yes
    assert may_open_with(r"(?:a?){2}b", "b")  # repetitions of nothing still count
    assert may_open_with(r"[^x]y", "Xy", 0)  # a negation heeds case: "X" is not "x"


def test_each_start_word_tries_every_cue_that_can_open_with_it():
    """The derivation behind the scan, for every cue: where an example's cue begins, the
    start word there tries that cue (a cue left out would never be found)."""
    checked = 0
    for cue in cues.CUES:
        for example in cue.examples:
            text = example.replace("[[", "").replace("]]", "")
            folded = text.lower()
            for hit in cues.CUE_RE.finditer(text):
                word = cues._START_ENTRY.match(folded, hit.start())
                if word is None:
                    continue  # a Japanese head or a word no cue opens with: not this scan's
                tried = cues._CUES_OPENING[word.group()]
                assert hit.lastgroup in tried.groupindex, (cue.name, word.group(), example)
                checked += 1
    assert checked > len(cues.CUES)
    # and the table holds, for each start word, exactly the cues that may open with it
    for word, tried in cues._CUES_OPENING.items():
        expected = {f"c{i}" for i, cue in enumerate(cues.CUES) if may_open_with(cue.pattern, word)}
        assert set(tried.groupindex) == expected, word


def test_a_start_word_tries_only_the_branches_of_a_cue_that_can_open_with_it():
    assert cues._branches_opening_with(r"theo\s+x|tại|Điều\s+\d", "điều") == r"Điều\s+\d"
    assert cues._branches_opening_with(r"theo\s+x|(?:tại|theo)\s+y", "theo") == (
        r"theo\s+x|(?:tại|theo)\s+y"
    )
    assert cues._branches_opening_with(r"(?:a|b)c", "b") == r"(?:a|b)c"  # one branch: kept
    # on every example, where a cue begins, the branches kept for the start word there
    # give the match the whole pattern gives
    checked = 0
    for cue in cues.CUES:
        for example in cue.examples:
            folded = example.replace("[[", "").replace("]]", "").lower()
            for hit in re.finditer(f"(?:{cue.pattern})", folded, re.IGNORECASE):
                word = cues._START_ENTRY.match(folded, hit.start())
                if word is None:
                    continue
                kept = cues._branches_opening_with(cue.pattern, word.group())
                again = re.compile(kept, re.IGNORECASE).match(folded, hit.start())
                assert again is not None and again.span() == hit.span(), (cue.name, example)
                checked += 1
    assert checked > len(cues.CUES)


def test_what_a_match_takes_before_its_line_break_is_read_from_the_pattern():
    assert lead_before(ITEM_START.pattern, "\n") == "\t "  # item marks: blanks, then a break
    assert lead_before(re.compile(r"(?<=;)[ \t]*\n-|\n\d"), "\n") == "\t "
    assert lead_before(re.compile(r"a?\n?"), "\n") is None  # a match need not take one
    assert lead_before(re.compile(r"\w*\n"), "\n") is None  # a class: not read
    assert lead_before(re.compile(r"x\n", re.IGNORECASE), "\n") is None  # cases: not read


def test_item_marks_are_found_as_a_plain_scan_finds_them(tvpl_rows):
    texts = [row["text"] for row in tvpl_rows[:80]] + ["a;  \n\n- b\n 2. c\n\t\n-d", "\n\n"]
    checked = 0
    for text in texts:
        for lo in range(0, len(text), 997):  # windows that start and end mid-line
            hi = min(len(text), lo + 1500)
            mine = [m.span() for m in _item_starts(text, lo, hi)]
            assert mine == [m.span() for m in ITEM_START.pattern.finditer(text, lo, hi)]
            checked += len(mine)
    assert checked > 300


def test_rules_opening_a_line_find_what_their_plain_scan_finds(tvpl_rows):
    rules = [*GENRE_RULES, FOOTNOTE, REPORTING_ANNEX]
    assert all(_after_break(rule.pattern) is not None for rule in rules)  # all skip ahead
    texts = [row["text"] for row in tvpl_rows] + [
        # a match at the very start, on the next line, and one taking its line break
        "Xem thêm: a\nXem thêm: b\n[1] ghi chú\n\n[2] x\nPHỤ LỤC I\nTỔNG HỢP KẾT QUẢ\n",
        "\n\nCăn cứ theo Điều 8 Luật A\nCâu hỏi gì đây?\nCăn cứ tại khoản 2",
    ]
    news = SHARED_CORPUS / "real" / "news.jsonl"
    if not news.exists():
        pytest.skip(f"{news} is absent: the real corpus lives in ../shared")
    rows = news.read_text("utf-8").splitlines()
    texts += [json.loads(line).get("text") or "" for line in rows[:300] if line]
    found = 0
    for rule in rules:
        for text in texts:
            mine = [m.span() for m in line_matches(rule.pattern, text)]
            assert mine == [m.span() for m in rule.pattern.finditer(text)], rule.name
            found += len(mine)
    assert found > 50
    assert _after_break(re.compile(r"^a|b", re.MULTILINE)) is None  # "^" in one branch only
    assert _after_break(re.compile(r"^a")) is None  # not multiline: the text's start only
    assert _after_break(re.compile(r"^\s*", re.MULTILINE)) is None  # may match nothing


def test_a_rule_of_branches_finds_what_its_plain_scan_finds(tvpl_rows):
    assert _branch_finders(BODY_START.pattern) is not None  # every branch is looked for fast
    texts = [row["text"] for row in tvpl_rows] + [
        "QUYẾT ĐỊNH:\nĐiều 1. A\nThe Minister. HEREBY DECIDES:\nsee. Article 1. Scope",
        "Article 1. x. Article 1. Y\n  Chương I\nHAS ADOPTED THIS LAW:",
    ]
    found = 0
    for text in texts:
        mine = [m.span() for m in branch_matches(BODY_START.pattern, text)]
        assert mine == [m.span() for m in BODY_START.pattern.finditer(text)], text[:200]
        found += len(mine)
    assert found > 100
    # one branch per kind: after a line break, by the engine's skip, by its first word
    mixed = re.compile(r"^x+|(?:ab|cd)e|(?<=\.)Zed|Q[|]", re.MULTILINE)
    for text in ("x\n.Zed abe cde Q| ,Zed\nxx", "Zed\nabx", ""):
        assert [m.span() for m in branch_matches(mixed, text)] == [
            m.span() for m in mixed.finditer(text)
        ]
    assert top_branches(r"a(?:b|c)|[|]|\||d") == ["a(?:b|c)", "[|]", r"\|", "d"]
    assert _branch_finders(re.compile(r"\w+x|y")) is None  # a branch with nothing to skip to
    assert _branch_finders(re.compile(r"x|(?:\w|)y?")) is None  # may match nothing


def test_start_words_after_any_separator_are_found_as_behind_a_non_word_character():
    # every character below the Japanese blocks that is no word character separates
    separators = [chr(c) for c in range(0x3040) if not re.match(r"\w", chr(c))]
    text = "".join(f"{sep}thực hiện{sep}x bãi bỏ{sep}" for sep in separators) + "_bãi bỏ 9bãi bỏ"
    behind = [(m.end(), m.lastindex) for m in cues._cue_scans().after_non_word.finditer(text, 1)]
    after = [(m.end(), m.lastindex) for m in cues._cue_scans().after_separator.finditer(text)]
    assert after == behind and len(after) == 2 * len(separators)  # "thực hiện", "bãi bỏ"


def test_the_scan_tries_at_each_start_word_the_cues_its_table_tries():
    """`_cue_scans` (the start words' trie with each word's cues inside it) finds, at every
    start word, the cue and end that the word's own pattern in `_CUES_OPENING` finds, and
    the scans after a separator stop at the very start words where one matches."""
    texts = [e.replace("[[", "").replace("]]", "") for cue in cues.CUES for e in cue.examples]
    texts += _texts(30)
    checked = 0
    for text in texts:
        folded = text.lower()
        if len(folded) != len(text):
            continue
        plain = []  # (start, end) where a start word's own pattern matches
        for word in cues._START_ENTRY.finditer(folded):
            if word.start() and re.match(r"\w", folded[word.start() - 1]):
                continue  # inside a word: no start word
            tried = cues._CUES_OPENING[word.group()].match(folded, word.start())
            hit = cues._cue_scans().at.match(folded, word.start())
            assert (hit is None) == (tried is None), (word.group(), text[word.start() :][:80])
            if tried is not None and hit is not None:
                cue = cues.CUES[int(tried.lastgroup[1:])]  # type: ignore[index]
                assert (hit.end(), hit.start(hit.lastindex)) == tried.span()
                assert cues._cue_scans().cue_of_number[hit.lastindex] is cue
                plain.append(tried.span())
                checked += 1
        # the scans find start words after a character: not one opening the text
        after_one = [span for span in plain if span[0] > 0]
        behind = cues._cue_scans().after_non_word.finditer(folded, 1)
        assert [(m.end(), m.start(m.lastindex)) for m in behind] == after_one, text[:80]
        if not re.search("[\u3040-\U0010ffff]", folded):  # (separators of the class only)
            after = cues._cue_scans().after_separator.finditer(folded)
            assert [(m.end(), m.start(m.lastindex)) for m in after] == after_one, text[:80]
    assert checked > 1000


def test_a_character_every_match_takes_is_read_from_the_pattern():
    from vanban.extract.genres import QUESTION
    from vanban.extract.scans import taken_by_every_match

    assert taken_by_every_match(QUESTION.pattern) == "?"
    assert taken_by_every_match(re.compile(r"(?:a|:)b")) == ""  # in one branch only
    assert taken_by_every_match(re.compile(r"x(?:;)?y")) == ""  # optional
    assert taken_by_every_match(re.compile(r"(?:x[.])+")) == "."
    assert list(line_matches(QUESTION.pattern, "Hỏi gì\n\nCăn cứ Điều 5")) == []


def test_the_document_head_and_the_answer_opening_are_found_as_their_rules_find_them():
    from vanban.extract.genres import _HEAD, _has_document_head
    from vanban.extract.scopes import _answer_opens_at

    heads = [
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc",
        "cộng  hòa xã hội chủ nghĩa việt nam",
        "ĐẢNG CỘNG SẢN VIỆT NAM",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM".replace("I", "ı"),  # case-equal, lower apart
        "Độc lập – Tự do",
        "x" * _HEAD + "Độc lập - Tự do - Hạnh phúc",
    ]
    for text in heads:
        assert _has_document_head(text) == bool(DOCUMENT_HEAD.pattern.search(text, 0, _HEAD))
    letters = [
        "Về vấn đề này, Cục Thuế CÓ Ý KIẾN như sau:\n1. Căn cứ",
        "Căn cứ ... Bộ Tài chính hướng   dẫn\nnhư sau :",
        "Quy định như sau: không; trả lời cụ thể: có",
        "ý kiến như sau",
        "Kiến nghị như sau: TRẢ LỜİ như sau:",
        "Cục Thuế có ý kıến như sau:",
    ]
    for text in letters:
        at = [i for i in (text.find("như sau"), text.find("cụ thể")) if i != -1]
        plain = ANSWER_OPENING.pattern.search(text, max(0, min(at) - 20)) if at else None
        assert _answer_opens_at(text) == (plain.start() if plain else len(text)), text


def test_spans_of_asides_are_asked_by_bisection():
    from vanban.extract.genres import Spans

    spans = Spans([(10, 20), (15, 30), (40, 40), (50, 60), (5, 8)])
    inside = [pos for pos in range(70) if pos in spans]
    assert inside == [*range(5, 8), *range(10, 30), *range(50, 60)]
    assert 3 not in Spans([])


def test_an_item_number_before_a_full_stop_is_found_as_by_its_search(tvpl_rows):
    from vanban.extract.scopes import _ITEM_NUMBER, _after_item_number

    texts = [row["text"] for row in tvpl_rows[:80]] + ["3. a\n12. b\n  IV. c\nđ. d x. e", "1."]
    found = 0
    for text in texts:
        for stop in (m.start() for m in re.finditer(r"\.", text)):
            plain = _ITEM_NUMBER.search(text, max(0, stop - 12), stop) is not None
            assert _after_item_number(text, stop) == plain, text[max(0, stop - 12) : stop]
            found += plain
    assert found > 100


def test_every_line_a_plural_heading_ends_passes_the_cheap_test_first(tvpl_rows):
    """`_may_end_plural_head` is asked before `_PLURAL_HEAD` on every line above a list
    item: it must let through each line the pattern matches, in either language."""
    lines = [
        "Điều 1. Bãi bỏ các văn bản sau đây",
        "Điều 1. Bãi bỏ 03 văn bản quy phạm pháp luật do Bộ trưởng Bộ Y tế ban hành  ",
        "Bãi bỏ toàn bộ các Quyết định",
        "Article 1. To repeal three (03) legal documents promulgated by the Ministry of Health",
        "Article 1. To annul the following decrees",
        "the 2 circulars issued\nby the Ministry of Finance",
    ]
    assert all(relate._PLURAL_HEAD.search(line) for line in lines)
    for row in tvpl_rows:
        lines += row["text"].split("\n")
    matched = 0
    for line in lines:
        if relate._PLURAL_HEAD.search(line):
            matched += 1
            assert relate._may_end_plural_head(line, 0, len(line)), line
    assert matched > 30  # the real texts hold such headings: the test means something
    # and it is a test: a line that ends on another word is turned away
    assert not relate._may_end_plural_head("Bãi bỏ các văn bản sau đây nữa", 0, 30)


def _plain_words_after(text: str, pos: int) -> list[tuple[int, int, str]]:
    """The words after a head word read one by one, each gap before a word looked at for a
    blank line or a line break before a new item."""
    out: list[tuple[int, int, str]] = []
    last = pos
    for t in named._TOKEN.finditer(text, pos, min(len(text), pos + named._NAME_REACH)):
        nl = text.find("\n", last, t.start())
        if nl != -1 and (
            text.find("\n", nl + 1, t.start()) != -1 or named._NEW_ITEM.match(text, nl)
        ):
            break
        start = t.start()
        for part in named._GLUED.split(t.group()):  # words run together, read apart
            out.append((start, start + len(part), part))
            start += len(part)
        last = t.end()
    return out


def test_the_words_after_a_head_word_are_those_a_word_by_word_reading_finds(tvpl_rows):
    checked = cut = 0
    for row in tvpl_rows:
        text = row["text"]
        for head in named._HEAD.finditer(text):
            found = named.words_after(text, head.end())
            assert found == _plain_words_after(text, head.end()), text[
                head.start() : head.end() + 80
            ]
            checked += 1
            cut += bool(found) and found[-1][1] < head.end() + named._NAME_REACH - 40
    assert checked > 1000 and cut > 100  # real head words, many of them cut short by a break


def test_issuing_verbs_behind_their_guard_are_those_of_the_plain_pattern(tvpl_rows):
    plain = re.compile(ISSUE_VERBS, re.IGNORECASE)
    assert ISSUE_VERB.pattern != plain.pattern  # the guard is in use
    found = 0
    texts = [row["text"] for row in tvpl_rows]
    texts += ["Bộ Tư pháp BAN HÀNH Thông tư", "The Ministry ISSUED Circular", "政府が発行した"]
    for text in texts:
        mine = [m.span() for m in ISSUE_VERB.finditer(text)]
        assert mine == [m.span() for m in plain.finditer(text)]
        found += len(mine)
    assert found > 1000
