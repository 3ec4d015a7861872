"""Topics of a sentence, in any of the corpus's languages, from the glossary `data/topics.json`.

The glossary names each topic in Vietnamese, English, Russian, Ukrainian, Japanese and
Portuguese, so that "mass mobilization work", "масової мобілізації" and "大衆動員" all give
the topic `dan_van`. Weighing which document an undated number means compares the topics
of the citing text with those of each candidate's titles and other mentions.
"""

from __future__ import annotations

import json
import math
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

GLOSSARY = Path(__file__).with_name("data") / "topics.json"
# Languages whose words inflect or derive: each glossary word may carry an ending.
_STEMMED = ("en", "ru", "uk", "pt")
_WORD_GAP = r"[\s\-–,]+"
_WORD_CHAR = r"[^\W_]"


@cache
def glossary() -> dict[str, Any]:
    return json.loads(GLOSSARY.read_text("utf-8"))


def _term_pattern(term: str, language: str) -> str:
    words = [re.escape(w.lower()) for w in re.split(r"[\s,]+", term.strip()) if w]
    tail = f"{_WORD_CHAR}*" if language in _STEMMED else ""
    gap = _WORD_GAP if language in _STEMMED or "," in term else r"\s+"
    return gap.join(w + tail for w in words) + rf"(?!{_WORD_CHAR})"


_WORD = re.compile(rf"{_WORD_CHAR}+")
_KEY_LENGTH = 3  # words are indexed by their first letters, so a stem finds its endings


_Term = tuple[re.Pattern[str], str]  # a compiled glossary word and its topic


def _trie(words: Iterable[str]) -> str:
    """A pattern matching exactly `words`, their common beginnings written once
    (["dân", "dự"] -> "d(?:ân|ự)"), so that a text is not tried against each word."""
    tree: dict[str, Any] = {}
    for word in words:
        node = tree
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}  # a word ends here

    def pattern(node: dict[str, Any]) -> str:
        branches = [
            "" if c == "" else re.escape(c) + pattern(rest) for c, rest in sorted(node.items())
        ]
        return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"

    return pattern(tree) if tree else "(?!)"


def _word_starts(keys: Iterable[str]) -> re.Pattern[str]:
    """Where a text's words begin with one of the index's `keys`: a word's key is its first
    `_KEY_LENGTH` letters, or the whole word when it is shorter. Only those words are looked
    up (at 10k documents, a tenth of the words of the sentences weighed had a key, and the
    loop over every word was four fifths of the topics' time)."""
    full = [k for k in keys if len(k) == _KEY_LENGTH]
    short = [k for k in keys if len(k) < _KEY_LENGTH]
    start = rf"(?<!{_WORD_CHAR})"
    return re.compile(rf"{start}(?:{_trie(full)}|{_trie(short)}(?!{_WORD_CHAR}))")


@cache
def _index() -> tuple[
    dict[str, list[tuple[re.Pattern[str], str]]], re.Pattern[str], dict[str, str], re.Pattern[str]
]:
    """Glossary words by their first letters; Japanese words, unspaced, in one pattern;
    the pattern of where a word with one of those first letters begins.

    One big alternation of every word is tried at every position of a text (a minute a
    megabyte); looking up each word of the text instead costs a dictionary probe."""
    by_key: dict[str, list[_Term]] = {}
    japanese: dict[str, str] = {}
    for topic, words in glossary()["topics"].items():
        for language, terms in words.items():
            for term in sorted(terms, key=len, reverse=True):
                if language == "ja":
                    japanese[term] = topic
                    continue
                first = _WORD.search(term.lower())
                assert first is not None, f"{GLOSSARY}: topic {topic}: {term!r} has no word"
                key = first.group()[:_KEY_LENGTH]
                by_key.setdefault(key, []).append(
                    (re.compile(_term_pattern(term, language)), topic)
                )
    ja = re.compile("|".join(re.escape(t) for t in sorted(japanese, key=len, reverse=True)))
    return by_key, ja, japanese, _word_starts(by_key)


def topics_of(text: str) -> Counter[str]:
    """How often each glossary topic is named in `text`."""
    return Counter(dict(_topics_of(text)))


def add_topics(counts: Counter[str], text: str, times: int = 1) -> None:
    """Add the topics of `text`, `times` over, to `counts`: `counts.update(topics_of(text))`
    done `times` times, without a Counter made for each text (a million of them at 100k
    documents)."""
    for topic, n in _topics_of(text):
        counts[topic] += n * times


@lru_cache(maxsize=1 << 16)  # the same sentence is read for each reference it holds
def _topics_of(text: str) -> tuple[tuple[str, int], ...]:
    by_key, ja, japanese, starts = _index()
    low = text.lower()
    found: Counter[str] = Counter()
    resume = 0  # a matched term's words are not read again as the start of another
    for word in starts.finditer(low):  # the words that have a key (`_word_starts`)
        if word.start() < resume:
            continue
        for pattern, topic in by_key[word.group()]:
            m = pattern.match(low, word.start())
            if m:
                found[topic] += 1
                resume = m.end()
                break
    if _CJK.search(text):
        for m in ja.finditer(text):
            found[japanese[m.group()]] += 1
    return tuple(found.items())


_CJK = re.compile("[\u3040-\u30ff\u3400-\u9fff]")


@dataclass
class TopicCounts:
    """The topics of texts, counted the first time they are read (`counts`), each text
    `times` over, in the order the texts were added (so the counts are those of adding
    them one by one with `add_topics`).

    A load gives every candidate of a number written without a date the titles and
    sentences of its mentions, but weighs only some of them: at 10k documents, 8,735
    profiles were given texts and 1,995 were ever read; counting every text cost a sixth
    of the resolution at 100k. A state kept between loads holds the texts not counted
    yet as they are: counting them to keep the counts instead cost 8 s of a whole load of
    100k documents (267k texts of profiles never weighed) for a state 31 MB smaller (of
    716 MB)."""

    counted: Counter[str] = field(default_factory=Counter)
    waiting: list[tuple[str, int]] = field(default_factory=list)

    def add(self, text: str | None, times: int = 1) -> None:
        if text:
            self.waiting.append((text, times))

    def counts(self) -> Counter[str]:
        if self.waiting:
            for text, times in self.waiting:
                add_topics(self.counted, text, times)
            self.waiting = []
        return self.counted


def similarity(a: Counter[str], b: Counter[str]) -> float:
    """Cosine similarity of two topic counts (0 when either names no topic)."""
    shared = set(a) & set(b)
    if not shared:
        return 0.0
    dot = sum(a[t] * b[t] for t in shared)
    norm = math.sqrt(sum(v * v for v in a.values())) * math.sqrt(sum(v * v for v in b.values()))
    return dot / norm
