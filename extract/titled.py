"""Documents cited by their title rather than their number.

News pages and legal texts name resolutions, decrees and Party rules by what they are about:
"Quốc hội đã thông qua Nghị quyết về một số cơ chế, chính sách đặc biệt tạo đột phá trong
xây dựng và tổ chức thi hành pháp luật" (197/2025/QH15), "theo quy định tại Nghị định của
Chính phủ về bồi thường, hỗ trợ, tái định cư khi Nhà nước thu hồi đất" (88/2024/NĐ-CP),
"không vi phạm Quy định về những điều đảng viên không được làm" (37-QĐ/TW).

A titled mention is a head word ("Nghị quyết", "Nghị định", "Quy định", "Nội quy"), an
optional issuer ("của Quốc hội", "của UBTVQH", "của Chính phủ", "của Bộ Chính trị" …) and a
title that is a KNOWN title, in full: the longest one that fits, compared with the law
catalogue's spelling folding (case, commas, abbreviations) and with "về việc", "về" and
"quy định về" at its start counted as nothing ("Nghị quyết thành lập thành phố Huế …" is
"Nghị quyết về việc thành lập thành phố Huế …"). The words after the title must not carry
it on (a word that ends a law's name, punctuation, or the end of the line): "Nghị quyết về
sắp xếp đơn vị hành chính cấp tỉnh năm 2025" is the title known, "… cấp tỉnh Thái Bình"
another. A bare "Nghị quyết", "Nghị định này" or a title nobody wrote down is no mention.

Titles are known two ways, and never guessed:
- the text itself: a numbered document followed by its title ("Nghị quyết số 197/2025/QH15
  ngày 17/5/2025 của Quốc hội về một số cơ chế …") teaches that title for the rest of the
  text;
- the catalogue data/titled.json (number, date, issuer, title and where each fact was seen),
  harvested from the corpus by eval/tools/titled_from_corpus.py and completed from public
  facts only where number and date are certain.
A title that fits two numbers, or a document passed more than a year after the text that
names it, gives a mention without a number. A draft ("dự thảo Nghị quyết của Quốc hội về …")
is the document it became, as the gold labels it.

A resolution that amends a known document ("Nghị quyết của Quốc hội sửa đổi, bổ sung một số
điều của Nội quy kỳ họp Quốc hội") is one mention, numbered only when its own title is
known. A titled mention holds the laws its title names ("Nghị định quy định chi tiết một số
điều của Luật Dân quân tự vệ về …" is the decree 72/2020/NĐ-CP, not the law): the caller
(`merge_titled`) drops a law's name found inside it.
"""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass, replace
from functools import cache
from typing import Any

from .data import read as read_catalogue
from .find import parsed_number
from .model import DateMention, Reference
from .named import BILL_PASSED_WITHIN, BILL_REPORTED_LATE, grammar, name_token, words_after

# the head words of documents named by their whole title: the relation reader
# (relate._describer) and the actors (actors._acting_document) read no title after them
TITLED_KINDS = frozenset(("Nghị quyết", "Nghị định", "Quy định", "Nội quy"))
_W = r"\s+"
# the head words in title case (in capitals, a title is a heading: the text's own); one
# regex over the text
# (each opens with a letter, the look-behind after it: the regex engine jumps between the
# places a first letter is written, as named._word_starting explains)
_HEADS = re.compile(
    rf"(?P<head>N(?<!\wN)ghị{_W}quyết|N(?<!\wN)ghị{_W}định|Q(?<!\wQ)uy{_W}định|N(?<!\wN)ội{_W}quy)"
    r"(?!\w)"
)
_ISSUER = re.compile(
    rf"{_W}(?:của{_W})?(?P<issuer>Quốc{_W}hội|Ủy{_W}ban{_W}Thường{_W}vụ{_W}Quốc{_W}hội|UBTVQH|"
    rf"Chính{_W}phủ|Bộ{_W}Chính{_W}trị|Ban{_W}Bí{_W}thư|"
    rf"Ban{_W}Chấp{_W}hành{_W}Trung{_W}ương(?:{_W}Đảng)?)(?:{_W}khóa{_W}[IVXL]+)?(?!\w)"
)
_ISSUER_CODE = {
    "quốc hội": "QH",
    "ủy ban thường vụ quốc hội": "UBTVQH",
    "ubtvqh": "UBTVQH",
    "chính phủ": "CP",
    "bộ chính trị": "TW",
    "ban bí thư": "TW",
    "ban chấp hành trung ương": "TW",
    "ban chấp hành trung ương đảng": "TW",
}
_SPACES = re.compile(r"\s+")
_MAX_WORDS = 45  # the longest title known is shorter
_MIN_TITLE = 3  # a shorter title names a kind of document
_MIN_LEARNED = 4  # a title learned from the text is at least this long (folded words)
_LEADING = ("quy", "định", "về", "việc")
# A numbered document a title follows: "Nghị quyết số 197/2025/QH15 [ngày …] [của Quốc hội]"
_HEAD_BEFORE = re.compile(rf"(?P<head>Nghị{_W}quyết|Nghị{_W}định|Quy{_W}định)\s+(?:số\s*:?\s*)?\Z")
_DATE_AFTER = re.compile(r"\s*,?\s*(?:ngày\s+)?")
# where a title read after a number ends: what the sentence goes on to say
_LEARNED_END = frozenset(
    ("đã", "được", "có", "do", "thì", "nhằm", "để", "theo", "trong", "gồm", "tại", "với", "năm")
)
_TITLE_REACH = 400  # characters after a number where its title may run


def title_key(title: str) -> str:
    """One spelling for every way of writing a title (see the module's docstring)."""
    return " ".join(_strip_leading([w for t in title.split() for w in name_token(t)])[0])


def _strip_leading(words: list[str]) -> tuple[list[str], int]:
    """`words` without "quy định", "về", "việc" at the start, and how many were dropped."""
    i = 0
    while words[i : i + 2] == ["quy", "định"] and i < 4:
        i += 2
    if words[i : i + 1] == ["về"]:
        i += 1
        if words[i : i + 1] == ["việc"]:
            i += 1
    return words[i:], i


@dataclass(frozen=True)
class Titled:
    kind: str  # the head word: "Nghị quyết", "Nghị định", "Quy định", "Nội quy"
    number: str | None
    date: str | None
    issuer: str
    title: str | None


class TitleCatalogue:
    """The documents of data/titled.json, found by head word and folded title."""

    def __init__(
        self,
        docs: list[Titled],
        also: list[tuple[Titled, str]],
        once: list[tuple[Titled, str]] = (),  # type: ignore[assignment]
    ) -> None:
        self.docs = docs
        # number -> the date the first entry of that number gives
        self.dates: dict[str, str] = {}
        for doc in docs:
            if doc.number and doc.date:
                self.dates.setdefault(doc.number, doc.date)
        # (kind, folded title words) -> the documents of that title
        self.by_key: dict[tuple[str, tuple[str, ...]], list[Titled]] = {}
        # ... and the numbers of documents whose title running text wrote so only once: no
        # number of their own, but a title they share gives none
        self.once: dict[tuple[str, tuple[str, ...]], set[str]] = {}
        for doc, title in once:
            kind, title = _headed(doc.kind, title)
            if doc.number:
                self.once.setdefault((kind, tuple(title_key(title).split())), set()).add(doc.number)
        for doc, title in [(d, d.title) for d in docs if d.title] + also:
            kind, title = _headed(doc.kind, title)
            key = (kind, tuple(title_key(title).split()))
            if len(key[1]) < _MIN_TITLE:
                continue  # "Nghị định quy định chi tiết": a kind of decree, not a title
            if doc not in self.by_key.setdefault(key, []):
                self.by_key[key].append(doc)
        # (kind, first folded word) -> the lengths of titles starting so, longest first
        self.lengths: dict[tuple[str, str], list[int]] = {}
        for kind, words in self.by_key:
            if words:
                self.lengths.setdefault((kind, words[0]), []).append(len(words))
        for lengths in self.lengths.values():
            lengths.sort(reverse=True)


def _headed(kind: str, title: str) -> tuple[str, str]:
    """A title written with its own head word ("Nội quy kỳ họp Quốc hội", for the resolution
    that issued it) is found under that head."""
    head = _HEADS.match(title)
    if head is None:
        return kind, title
    return _kind(head.group("head")), title[head.end() :].strip()


@cache
def _data() -> dict[str, Any]:
    return read_catalogue("titled.json")


@cache
def catalogue() -> TitleCatalogue:
    docs, also, once = [], [], []
    for e in _data()["documents"]:
        doc = Titled(e["type"], e.get("number"), e.get("date"), e.get("issuer", ""), e["title"])
        docs.append(doc)
        also += [(doc, t) for t in e.get("also", ())]
        once += [(doc, t) for t in e.get("once", ())]
    return TitleCatalogue(docs, also, once)


@dataclass
class _Words:
    """The folded words after a head word, each with the end of the token it comes from."""

    words: list[str]
    ends: list[int]
    next_token: list[str | None]  # the token after each word's own token


def _folded(text: str, pos: int) -> _Words:
    tokens = words_after(text, pos)
    words, ends, nexts = [], [], []
    for i, (_, end, token) in enumerate(tokens[: _MAX_WORDS + 4]):
        if not token[0].isalnum():
            if token != ",":  # a comma may stand inside a title; other punctuation ends it
                break
            continue
        following = tokens[i + 1][2] if i + 1 < len(tokens) else None
        for w in name_token(token):
            words.append(w)
            ends.append(end)
            nexts.append(following)
    return _Words(words, ends, nexts)


def _ends_here(folded: _Words, n: int, text: str) -> bool:
    """Whether a title of `n` words may end there: nothing, punctuation or a word that ends
    a name comes next (not a word that carries the title on; "và" only before another
    name: "… Luật Xử lý vi phạm hành chính và Nghị định …", not "… một số điều và biện
    pháp thi hành …")."""
    if n >= len(folded.words):
        return True
    nxt = folded.next_token[n - 1]
    if nxt is None or not nxt[0].isalnum():
        return True
    low = nxt.lower()
    if low == "và":
        after = _AND_NEXT.match(text, folded.ends[n - 1])
        return after is not None and after.group(1)[0].isupper()
    g = grammar()
    if low in _CARRIES_ON:
        return False
    return low in _ENDS or low in g.stops or low in g.after_known or nxt[0].isdigit()


_AND_NEXT = re.compile(r"\s+và\s+(?:(?:các|những)\s+)?(\w+)")
# words that carry a title on ("… thi hành Luật Đấu thầu về lựa chọn nhà đầu tư", "… cấp xã
# của tỉnh Trà Vinh", "… xử phạt vi phạm hành chính trong lĩnh vực …"): a known title
# followed by one is the start of another title
_CARRIES_ON = frozenset(
    ("về", "của", "đối", "trong", "tại", "cho", "thuộc", "trên", "dưới", "ở", "bằng", "từ", "đến")
)
# what a sentence says next: "… Nội quy kỳ họp Quốc hội ban hành kèm theo Nghị quyết số …"
_ENDS = frozenset(("ban", "kèm", "vừa"))
# the enacting words of a text's own preamble: "Chính phủ ban hành Nghị định quy định …"
_ENACTING = re.compile(
    r"(?:^|\n)[ \t]*(?:Chính\s+phủ|Quốc\s+hội|Ủy\s+ban\s+Thường\s+vụ\s+Quốc\s+hội|"
    r"Bộ\s+Chính\s+trị|Ban\s+Chấp\s+hành\s+Trung\s+ương|Ban\s+Bí\s+thư)\s+(?:ban\s+hành|quyết\s+nghị)\s+\Z"
)
# a number right after a title, of the same document
_NUMBER_AFTER = re.compile(
    r"\s*,?\s*\(?\s*(?:ban\s+hành\s+kèm\s+theo\s+)?"
    r"(?:(?:Nghị\s+quyết|Nghị\s+định|Quy\s+định)\s+)?(?:số\s*:?\s*)?"
)
# a plural or a kind of document, not one document: "các Nghị định quy định xử phạt …"
_PLURAL_BEFORE = re.compile(r"(?:các|những|mọi)\s+\Z", re.IGNORECASE)
_DRAFT_BEFORE = re.compile(r"(?:dự\s+thảo|dự\s+án)\s+\Z", re.IGNORECASE)


@dataclass
class _Learned:
    kind: str
    words: tuple[str, ...]
    number: str
    at: int  # where the title is written: it is known from there on
    end: int  # where it ends: a head word inside it is part of the title ("Nghị quyết số
    # 71/2022/QH15 … ban hành Nội quy kỳ họp Quốc hội")


@dataclass
class _Opening:
    """A numbered document a title may follow: "Nghị quyết số 197/2025/QH15 [ngày …] [của
    Quốc hội] về …" (`first`: the title's first word past "quy định", "về việc", or None)."""

    kind: str
    first: str | None
    pos: int
    ref: Reference


def _openings(text: str, numbered: list[Reference]) -> list[_Opening]:
    """Where titles may be written right after the numbers of resolutions, decrees and Party
    rules (a quick look: `_learn` reads a title when a head word needs it)."""
    out = []
    for r in numbered:
        if not r.canonical or r.kind != "number":
            continue
        head = _HEAD_BEFORE.search(text, max(0, r.start - 25), r.start)
        if head is None:
            continue
        pos = r.end
        m = _DATE_AFTER.match(text, pos)
        if r.date and m:
            # skip the date written after the number ("… ngày 17/5/2025 …")
            date_end = _date_end(text, m.end())
            pos = date_end if date_end else pos
        issuer = _ISSUER.match(text, pos)
        if issuer:
            pos = issuer.end()
        first = _FIRST_WORDS.match(text, pos)
        if first is None or not first.group(1).islower():
            continue  # no title follows ("Nghị định số 15/2020/NĐ-CP.", "… của Chính phủ;")
        words = _strip_leading([w for g in first.groups() if g for w in name_token(g)])[0]
        out.append(_Opening(_kind(head.group("head")), words[0] if words else None, pos, r))
    return out


def _learn(text: str, o: _Opening) -> _Learned:
    """The title written at an opening, up to what the sentence goes on to say."""
    folded = _folded(text, o.pos)
    words, dropped = _strip_leading(folded.words)
    cut = next((i for i, w in enumerate(words) if w in _LEARNED_END), len(words))
    end = folded.ends[dropped + cut - 1] if cut else o.ref.end
    return _Learned(o.kind, tuple(words[:cut]), o.ref.canonical or "", o.ref.end, end)


_DATE_TEXT = re.compile(
    r"(?:ngày\s+)?\d{1,2}\s*(?:[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4}|tháng\s+\d{1,2}\s+năm\s+\d{4})"
)


def _date_end(text: str, pos: int) -> int | None:
    m = _DATE_TEXT.match(text, pos)
    return m.end() if m else None


def _kind(head: str) -> str:
    head = _SPACES.sub(" ", head)
    return head[0] + head[1:].lower()


@dataclass
class TitledMention:
    start: int
    end: int
    kind: str
    numbers: set[str]
    date: str | None = None
    party: bool = False
    amending: bool = False  # "… sửa đổi, bổ sung một số điều của <a known title>"


def find_titled(
    text: str,
    numbered: list[Reference],
    dates: list[DateMention],
    own_date: str | None = None,
    own_number: str | None = None,
) -> list[Reference]:
    """The documents `text` names by title, as references of kind "named", in text order;
    not the text's own title (`own_number`)."""
    if not _HEADS.search(text):
        return []
    learned = _Lazy(text, numbered)
    starts = {r.start: i for i, r in enumerate(numbered)}
    cat = catalogue()
    out: list[Reference] = []
    skip_to = 0
    for head in _HEADS.finditer(text):
        if head.start() < skip_to or _PLURAL_BEFORE.search(
            text, max(0, head.start() - 8), head.start()
        ):
            continue
        mention = _mention(text, head, cat, learned)
        if mention is None:
            continue
        skip_to = mention.end
        if own_number and own_number in mention.numbers:
            continue  # the text's own title
        if any(t.at <= head.start() < t.end for t in learned.titles_around(head.start())):
            continue  # inside the title of a numbered document
        if _ENACTING.search(text, max(0, head.start() - 60), head.start()):
            continue  # the text's own enacting words
        sign = _NUMBER_AFTER.match(text, mention.end)
        if sign and sign.end() in starts and _named_by(mention, numbered[starts[sign.end()]]):
            # "Nội quy kỳ họp Quốc hội ban hành kèm theo Nghị quyết số 71/2022/QH15": the
            # number that follows names it
            ref = numbered[starts[sign.end()]]
            ref.name = ref.name or _SPACES.sub(" ", text[mention.start : mention.end])
            continue
        draft = _DRAFT_BEFORE.search(text, max(0, head.start() - 10), head.start()) is not None
        ref = _reference(text, mention, own_date, draft)
        if ref is not None:
            out.append(ref)
    return out


class _Lazy:
    """The titles a text teaches, each read only once a head word may need it."""

    def __init__(self, text: str, numbered: list[Reference]) -> None:
        self.text, self.numbered = text, numbered
        self._openings: list[_Opening] | None = None
        self._first: set[tuple[str, str | None]] = set()
        self._read: dict[int, _Learned] = {}

    def openings(self) -> list[_Opening]:
        if self._openings is None:
            self._openings = _openings(self.text, self.numbered)
            self._first = {(o.kind, o.first) for o in self._openings}
        return self._openings

    def first_words(self) -> set[tuple[str, str | None]]:
        self.openings()
        return self._first

    def _title(self, i: int) -> _Learned:
        if i not in self._read:
            self._read[i] = _learn(self.text, self.openings()[i])
        return self._read[i]

    def titles_for(self, kind: str, first: str, before: int) -> list[_Learned]:
        """The titles of `kind` opening with `first` that the text wrote before `before`."""
        return [
            self._title(i)
            for i, o in enumerate(self.openings())
            if o.kind == kind and o.first in (first, None) and o.ref.end <= before
        ]

    def titles_around(self, pos: int) -> list[_Learned]:
        """The titles written shortly before `pos` (one of them may hold it)."""
        return [
            self._title(i)
            for i, o in enumerate(self.openings())
            if o.ref.end <= pos < o.ref.end + _TITLE_REACH
        ]


# the first words after a head word: a title opens with a word in lower case
_FIRST_WORDS = re.compile(
    r"\s*([^\W\d_]+)(?:\s+([^\W\d_]+))?(?:\s+([^\W\d_]+))?(?:\s+([^\W\d_]+))?"
)


def _may_open(kind: str, text: str, pos: int, cat: TitleCatalogue, learned: _Lazy) -> bool:
    """A quick look before reading a title: its first word (past "quy định", "về việc") opens
    a title known for the head word, or an amending title ("sửa đổi …")."""
    first = _FIRST_WORDS.match(text, pos)
    if first is None or not first.group(1).islower():
        return False  # "Nghị định số …", "Theo Nghị định, …", "Nghị quyết Đại hội …"
    words = [w for g in first.groups() if g for w in name_token(g)]
    stripped = _strip_leading(words)[0]
    if not stripped:
        return True  # only "quy định về việc": the title is further on
    w = stripped[0]
    if (kind, w) in cat.lengths or w == "sửa":
        return True
    first = learned.first_words()
    return (kind, w) in first or (kind, None) in first


def _mention(
    text: str, head: re.Match[str], cat: TitleCatalogue, learned: _Lazy
) -> TitledMention | None:
    kind = _kind(head.group("head"))
    pos = head.end()
    issuer = _ISSUER.match(text, pos)
    issuer_code = None
    if issuer:
        issuer_code = _ISSUER_CODE.get(_SPACES.sub(" ", issuer.group("issuer")).lower())
        pos = issuer.end()
    if not _may_open(kind, text, pos, cat, learned):
        return None
    folded = _folded(text, pos)
    words, dropped = _strip_leading(folded.words)
    if not words:
        return None
    best: tuple[int, set[str], str | None] | None = None  # words, numbers, date
    for n in cat.lengths.get((kind, words[0]), ()):
        if n > len(words) or not _ends_here(folded, dropped + n, text):
            continue
        docs = cat.by_key.get((kind, tuple(words[:n])))
        if not docs:
            continue
        docs = [d for d in docs if issuer_code is None or _issued_by(d, issuer_code)]
        if docs:
            numbers = {d.number for d in docs if d.number} | cat.once.get(
                (kind, tuple(words[:n])), set()
            )
            date = docs[0].date if len(docs) == 1 else None
            best = (n, numbers if all(d.number for d in docs) else numbers | {""}, date)
            break
    for t in learned.titles_for(kind, words[0], head.start()):
        if len(t.words) < _MIN_LEARNED:
            continue
        n = len(t.words)
        if tuple(words[:n]) == t.words and _ends_here(folded, dropped + n, text):
            if best is None or n > best[0]:
                best = (n, {t.number}, None)
            elif n == best[0]:
                best[1].add(t.number)
    if best is None:
        amending = _amending(text, kind, folded, words, dropped, cat, learned)
        if amending is None:
            return None
        end = amending
        numbers: set[str] = {""}
        date = None
    else:
        n, numbers, date = best
        end = folded.ends[dropped + n - 1]
    party = kind == "Quy định" or issuer_code == "TW"
    return TitledMention(head.start(), end, kind, numbers, date, party, amending=best is None)


def _named_by(mention: TitledMention, ref: Reference) -> bool:
    """Whether a number written right after a titled mention is the mentioned document's:
    its own number, or any when the title gives none, but not the number of the document an
    amending title names ("… của Nội quy kỳ họp Quốc hội ban hành kèm theo Nghị quyết số
    71/2022/QH15")."""
    if ref.canonical in mention.numbers:
        return True
    return not mention.amending and len(mention.numbers) != 1


def _issued_by(doc: Titled, code: str) -> bool:
    number = doc.number or ""
    if code == "QH":
        return bool(re.search(r"/QH\d", number)) or doc.issuer == "Quốc hội"
    if code == "UBTVQH":
        return "UBTVQH" in number or doc.issuer == "Ủy ban Thường vụ Quốc hội"
    if code == "TW":
        return number.endswith("/TW") or "Đảng" in doc.issuer
    return number.endswith("-CP") or doc.issuer == "Chính phủ"


_AMENDS = ("sửa", "đổi")


def _amending(
    text: str,
    kind: str,
    folded: _Words,
    words: list[str],
    dropped: int,
    cat: TitleCatalogue,
    learned: _Lazy,
) -> int | None:
    """Where "… sửa đổi, bổ sung một số điều của <a document known by title>" ends, or None."""
    if tuple(words[:2]) != _AMENDS or "của" not in words[:8]:
        return None
    k = dropped + words.index("của") + 1
    start = folded.ends[k - 1]
    inner = _HEADS.match(text, start + len(text[start:]) - len(text[start:].lstrip()))
    if inner is None:
        return None
    mention = _mention(text, inner, cat, learned)
    return mention.end if mention is not None else None


def _reference(
    text: str, m: TitledMention, own_date: str | None, draft: bool = False
) -> Reference | None:
    """The reference of a titled mention; None when the text cannot mean the document
    known by that title: a document passed more than a year after the text, or a draft of a
    title passed long before (a new decree of an old decree's title, drafted to replace
    it). A document passed within the year after the text is the one it became ("ngay sau
    khi Nghị quyết sửa đổi, bổ sung một số điều của Hiến pháp … có hiệu lực", written a few
    days before the vote)."""
    surface = text[m.start : m.end]
    name = _SPACES.sub(" ", surface)
    number = next(iter(m.numbers)) if len(m.numbers) == 1 else None
    parsed = parsed_number(number) if number else None
    if parsed is not None:
        date = m.date or catalogue().dates.get(parsed.canonical)
        if _passed_after(date, parsed.year, own_date):
            return None
        if draft and _passed_before(date, own_date):
            return None
        return replace(
            parsed,
            surface=surface,
            start=m.start,
            end=m.end,
            date=date,
            year=parsed.year or (int(date[:4]) if date else None),
            type_name=m.kind,
            issuers=list(parsed.issuers),
            kind="named",
            name=name,
        )
    return Reference(
        surface=surface,
        start=m.start,
        end=m.end,
        canonical=None,
        family="party" if m.party else "state",
        number=None,
        year=None,
        type_code=None,
        type_name=m.kind,
        issuer_code=None,
        level="central",
        date=None,
        kind="named",
        name=name,
    )


def _passed_after(date: str | None, year: int | None, own_date: str | None) -> bool:
    """Whether the document was passed more than `BILL_PASSED_WITHIN` days after the text
    was written (the rule of a bill named by a law's name, `named.Catalogue.became`)."""
    if not own_date:
        return False
    if len(own_date) != 10 or not date:
        return bool(year and year > int(own_date[:4]) + 1)
    written = datetime.date.fromisoformat(own_date)
    return date > (written + datetime.timedelta(days=BILL_PASSED_WITHIN)).isoformat()


def _passed_before(date: str | None, own_date: str | None) -> bool:
    """Whether a document was passed well before a text that names its draft."""
    if not own_date or len(own_date) != 10 or not date:
        return False
    written = datetime.date.fromisoformat(own_date)
    return date < (written - datetime.timedelta(days=BILL_REPORTED_LATE)).isoformat()


def merge_titled(
    named: list[Reference], titled: list[Reference], numbered: list[Reference]
) -> list[Reference]:
    """The named references with the titled ones added: a titled mention that overlaps a
    numbered reference is left out (the number says it), a law's name inside a titled
    mention's title is dropped (the title is the decree's, not the law's)."""
    if not titled:
        return named
    spans = [(r.start, r.end) for r in numbered]
    kept = [t for t in titled if not any(s < t.end and t.start < e for s, e in spans)]
    out = [r for r in named if not any(t.start <= r.start and r.end <= t.end for t in kept)]
    # a titled mention that starts inside a law's name found before it is no mention
    kept = [t for t in kept if not any(r.start < t.start < r.end for r in out)]
    return sorted(out + kept, key=lambda r: r.start)
