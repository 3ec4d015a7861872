"""Ranked full-text search over documents and organisations: numbers, titles, issuing
bodies, provinces and the evidence sentences the graph was read from.

Why an index built here: LadybugDB's full-text extension (`CREATE_FTS_INDEX`) is not
bundled with the wheel; `INSTALL FTS` downloads it from extension.ladybugdb.com, which an
offline machine or CI cannot rely on. So the index is built at query time from two named
queries (`search_documents`, `search_sentences`): every field is folded the one way
(`extract/codes.py` `fold_words`: lower case, no diacritics, Đ as d), cut into tokens,
and the hits are ranked by BM25 with field weights (a number counts more than a title,
a title more than a sentence). It runs on either engine.

What a query means:

* every word is required (in any field), so `Thanh Hoa` never matches a text that has
  `thành` here and `hóa` there only because both are somewhere;
* `"quoted words"` must appear together, in that order, within one field;
* words that together name a province (`Thanh Hoa`, `Ha Noi`, `Tp Ho Chi Minh`) are read
  as that province: the document's province, or the name written out;
* a word shaped like a document number (`33/CT-TTg`, `23-qd/tw`) matches the documents
  answering to it in any spelling, and texts that write it out;
* diacritics are optional: `dan van` finds `dân vận`.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from ..extract.places import normalise_name
from ..extract.spelling import fold_number, fold_words
from .backend import Backend
from .evidence import ids_of
from .library import run
from .lineage import within

FIELD_WEIGHTS = {"number": 4.0, "title": 2.0, "place": 2.0, "issuer": 1.5, "sentence": 1.0}
"""How much one occurrence of a word counts in each field (BM25F-style term weighting)."""
EXACT_NUMBER_BONUS = 10.0  # a document that IS the number asked for comes first
K1, B = 1.2, 0.75  # the usual BM25 constants
_TOKEN = re.compile(r"[^\W_]+")
_NUMBER_WORD = re.compile(r"\d.*[/-]|[/-].*\d")  # a digit and a slash or dash: 33/CT-TTg
_QUOTED = re.compile(r'"([^"]*)"|“([^”]*)”')

EXAMPLES = {
    'Can Tho "thu tuc hanh chinh"': "of Cần Thơ (or naming it), with the words thủ tục hành chính",
    "dan van": "dân vận, its words side by side first",
    "33/CT-TTg": "the directive in any spelling first, then texts citing it",
    "kiem soat thu tuc hanh chinh": "every word somewhere, ranked by how often and where",
}
"""Queries with what they mean, read by the tests and shown in `vanban search --help`."""


class _FoldTable(dict[int, str]):
    """`fold_words` one character at a time, for `str.translate`: each character is folded
    by `fold_words` itself the first time it is met (as fast as C after that, where
    `fold_words` walks a text in Python; tests/test_search.py checks both agree)."""

    def __missing__(self, code: int) -> str:
        folded = self[code] = fold_words(chr(code))
        return folded


_FOLD = _FoldTable()


def tokens(text: str | None) -> list[str]:
    """The folded words of `text` ("Thanh Hóa" -> ["thanh", "hoa"])."""
    return _TOKEN.findall(text.translate(_FOLD)) if text else []


@dataclass
class Query:
    """A parsed query: single words, phrases (token runs) and document numbers, all required."""

    words: list[str] = field(default_factory=list)
    phrases: list[list[str]] = field(default_factory=list)
    provinces: list[str] = field(default_factory=list)  # canonical names, each also a phrase
    numbers: list[str] = field(default_factory=list)  # folded (fold_number)

    @property
    def scored(self) -> list[str]:
        """Every token that adds to a score."""
        spelled = (t for n in self.numbers for t in tokens(n.replace("/", " ")))
        return [*self.words, *(t for p in self.phrases for t in p), *spelled]

    @property
    def empty(self) -> bool:
        return not (self.words or self.phrases or self.numbers)


def parse_query(text: str) -> Query:
    """Quoted phrases, then numbers, then provinces named by runs of words, then words."""
    query = Query()
    for m in _QUOTED.finditer(text):
        phrase = tokens(m.group(1) or m.group(2))
        if phrase:
            query.phrases.append(phrase)
            if (name := normalise_name(" ".join(phrase))) is not None:
                query.provinces.append(name)
    rest = _QUOTED.sub(" ", text).replace('"', " ").split()
    plain: list[str] = []
    for word in rest:
        if _NUMBER_WORD.search(word):
            query.numbers.append(fold_number(word))
        else:
            plain.extend(tokens(word))
    query.words = _take_provinces(plain, query)
    return query


def _take_provinces(words: list[str], query: Query) -> list[str]:
    """The words left once every run of two to five words naming a province is taken out
    (longest first); each province becomes a phrase of its own name."""
    left, i = [], 0
    while i < len(words):
        for size in range(min(5, len(words) - i), 1, -1):
            name = normalise_name(" ".join(words[i : i + size]))
            if name is not None:
                query.provinces.append(name)
                query.phrases.append(words[i : i + size])
                i += size
                break
        else:
            left.append(words[i])
            i += 1
    return left


@dataclass
class _Entry:
    row: dict[str, Any]
    segments: list[tuple[str, list[str]]] = field(default_factory=list)  # (field, tokens)
    lookup: set[str] = field(default_factory=set)
    provinces: set[str] = field(default_factory=set)
    counts: dict[str, Counter[str]] = field(default_factory=dict)  # field -> word counts
    length: float = 0.0  # weighted number of words

    def add(self, field_name: str, text: str | None) -> None:
        self.add_tokens(field_name, tokens(text))

    def add_tokens(self, field_name: str, words: list[str]) -> None:
        if words:
            self.segments.append((field_name, words))
            self.counts.setdefault(field_name, Counter()).update(words)
            self.length += FIELD_WEIGHTS[field_name] * len(words)

    def has(self, word: str) -> bool:
        return any(word in c for c in self.counts.values())

    def frequency(self, word: str) -> float:
        """How often `word` occurs, each occurrence weighted by its field."""
        return sum(FIELD_WEIGHTS[f] * c[word] for f, c in self.counts.items())

    def has_phrase(self, phrase: list[str]) -> bool:
        return self.phrase_field(phrase) is not None

    def phrase_field(self, phrase: list[str]) -> str | None:
        """The weightiest field where `phrase` stands, words together and in order."""
        n = len(phrase)
        fields = [
            name
            for name, words in self.segments
            if any(words[i : i + n] == phrase for i in range(len(words) - n + 1))
        ]
        return max(fields, key=FIELD_WEIGHTS.__getitem__, default=None)

    def found_in(self, query: Query) -> list[str]:
        wanted = set(query.scored)
        return sorted({name for name, words in self.segments if wanted & set(words)})


def _entries(backend: Backend) -> list[_Entry]:
    entries: dict[str, _Entry] = {}
    for row in run(backend, "search_documents"):
        entry = entries[row["key"]] = _Entry(
            {
                "kind": "document",
                **{k: row[k] for k in ("number", "title", "type", "level", "province", "date")},
            }
        )
        for spelling in {row["number"], *(row["aliases"] or [])} - {None}:
            entry.add("number", spelling)
        entry.lookup = set(row["lookup"] or [])
        for title in {row["title"], *(row["titles"] or [])} - {None}:
            entry.add("title", title)
        entry.provinces = {p for p in (row["province"], row["province_today"]) if p}
        for place in entry.provinces:
            entry.add("place", place)
        for issuer in row["issuers"] or []:
            entry.add("issuer", issuer)
    for row in run(backend, "organisation_names"):
        entry = entries[row["key"]] = _Entry(
            {
                "kind": "organisation",
                "number": None,
                "title": row["name"],
                "type": None,
                "level": row["level"],
                "province": row["province"],
                "date": None,
            }
        )
        entry.add("issuer", row["name"])
        entry.add("issuer", row["name_en"])
        entry.provinces = {row["province"]} if row["province"] else set()
        for place in entry.provinces:
            entry.add("place", place)
    folded: dict[str, list[str]] = {}  # one sentence often stands behind several edges
    # every sentence read once, by the id of its Evidence row; an edge's rows are
    # numbered one after the other
    sentence_of = {r["id"]: r["sentence"] for r in run(backend, "evidence_sentences")}
    for row in run(backend, "search_sentences"):
        for sentence in (
            sentence_of.get(i) for i in ids_of(row["evidence"], row["evidence_count"])
        ):
            if sentence is None:
                continue
            words = folded.get(sentence)
            if words is None:
                words = folded[sentence] = tokens(sentence)
            # A sentence speaks for the text it stands in and of the node it names.
            for key in {row["subject"], row["target"]}:
                if key in entries:
                    entries[key].add_tokens("sentence", words)
    return list(entries.values())


def _matches(entry: _Entry, query: Query) -> bool:
    if not all(entry.has(w) for w in query.words):
        return False
    for phrase in query.phrases:
        if not all(entry.has(w) for w in phrase) or not entry.has_phrase(phrase):
            return False
    return all(
        n in entry.lookup or entry.has_phrase(tokens(n.replace("/", " "))) for n in query.numbers
    )


def search(
    backend: Backend,
    text: str,
    limit: int | None = 50,
    since: str | None = None,
    until: str | None = None,
) -> list[dict[str, Any]]:
    """Documents and organisations matching every part of `text`, best first, each with
    its `score` and the fields the words were `found_in`. `since`/`until` (ISO days) keep
    documents dated in that span (organisations, undated, then drop out). `limit` None
    keeps every match."""
    query = parse_query(text)
    if query.empty:
        raise ValueError(f"nothing to search for in {text!r}: give words, a number or a phrase")
    entries = [e for e in _entries(backend) if within(e.row["date"], since, until)]
    average = sum(e.length for e in entries) / max(len(entries), 1) or 1.0
    scored = set(query.scored)
    frequency = Counter(t for e in entries for t in scored if e.has(t))
    found = []
    for entry in entries:
        if not _matches(entry, query):
            continue
        score = sum(
            _bm25(entry.frequency(t), entry.length, average, frequency[t], len(entries))
            for t in query.scored
        )
        score += _adjacency(entry, query.words, frequency, len(entries))
        if any(n in entry.lookup for n in query.numbers):
            score += EXACT_NUMBER_BONUS
        if query.provinces and set(query.provinces) & entry.provinces:
            score += 1.0  # of the province, not only naming it
        found.append({**entry.row, "score": round(score, 3), "found_in": entry.found_in(query)})
    found.sort(key=lambda r: (-r["score"], r["kind"], r["date"] or "", r["number"] or r["title"]))
    return found if limit is None else found[:limit]


def _adjacency(entry: _Entry, words: list[str], frequency: Counter[str], total: int) -> float:
    """A bonus for typed words found side by side: Vietnamese words are made of syllables
    (dân vận, thủ tục), so `dan van` together means more than `dan` here and `van` there.
    Each neighbouring pair found together adds the rarity of its words, times the weight
    of the field it stands in."""
    bonus = 0.0
    for pair in zip(words, words[1:], strict=False):
        where = entry.phrase_field(list(pair))
        if where is not None:
            bonus += FIELD_WEIGHTS[where] * sum(_idf(frequency[w], total) for w in pair)
    return bonus


def _idf(df: int, total: int) -> float:
    return math.log(1 + (total - df + 0.5) / (df + 0.5))


def _bm25(tf: float, length: float, average: float, df: int, total: int) -> float:
    if tf == 0:
        return 0.0
    return _idf(df, total) * tf * (K1 + 1) / (tf + K1 * (1 - B + B * length / average))


def explain(text: str) -> dict[str, Iterable[str]]:
    """How `text` is read: its words, phrases, provinces and numbers (for messages, tests)."""
    q = parse_query(text)
    return {
        "words": q.words,
        "phrases": [" ".join(p) for p in q.phrases],
        "provinces": q.provinces,
        "numbers": q.numbers,
    }
