"""Harvest the titles of resolutions, decrees and Party rules that the corpus writes with
their numbers.

    python -m eval.tools.titled_from_corpus            # report what was found
    python -m eval.tools.titled_from_corpus --write    # merge it into extract/data/titled.json

A text that writes `Nghị quyết số 197/2025/QH15 ngày 17/5/2025 của Quốc hội về một số cơ
chế, …` (or a record whose title reads `Nghị định 88/2024/NĐ-CP quy định về bồi thường, …`)
states a fact: that title is that number. Each pair is kept with where it was seen
(`news:931` = line 931 of real/news.jsonl). Only documents of the central bodies a page
names by title are harvested: resolutions of the National Assembly, its Standing Committee
and the Government, the Government's decrees, and the Party centre's regulations and
resolutions. Entries marked "public" are kept as they are; a title seen with two numbers is
reported (the finder gives such a title no number).
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

from vanban.extract.dates import find_dates
from vanban.extract.titled import title_key

from .laws_from_corpus import _seen_key, _seen_order, texts

ROOT = Path(__file__).resolve().parents[2]
CATALOGUE = ROOT / "extract" / "data" / "titled.json"

_NUMBER = (
    r"(?P<number>\d{1,4}/\d{4}/(?:QH|UBTVQH)\d{1,2}|\d{1,4}/\d{4}/(?:NĐ|NQ)-CP"
    r"|\d{1,4}-QĐ/TW)(?![\w/-])"
)
_TYPES = {"Nghị quyết", "Nghị định", "Quy định"}
_PAIR = re.compile(
    r"(?<!\w)(?P<type>Nghị quyết|Nghị định|Quy định|NGHỊ QUYẾT|NGHỊ ĐỊNH|QUY ĐỊNH)\s+"
    r"(?:số\s*:?\s*)?" + _NUMBER + r"\s*,?\s*"
    r"(?:(?:năm\s+(?P<year>(?:19|20)\d\d))\s*"
    r"|(?:ngày\s+(?P<when>[\d\s/tháng năm-]{6,30}\d))\s*,?\s*)?"
    r"(?:của\s+(?P<issuer>Quốc hội|Ủy ban Thường vụ Quốc hội|Chính phủ|Bộ Chính trị|"
    r"Ban Chấp hành Trung ương(?: Đảng)?|Ban Bí thư)(?:\s+khóa\s+[IVXL]+)?\s*,?\s*)?"
    r"(?P<title>(?:[Vv]ề|[Qq]uy định|[Ss]ửa đổi|[Tt]hành lập|[Đđ]iều chỉnh|[Bb]an hành|"
    r"[Hh]ướng dẫn|[Tt]hí điểm|[Pp]hê chuẩn|[Tt]ổ chức|[Cc]ho phép|VỀ|QUY ĐỊNH|SỬA ĐỔI)"
    r"[^;.:()\[\]\n\"“”|#]{3,300})"
)
# where a title runs into the rest of the sentence
_TITLE_END = re.compile(
    r"(?:\s+và|\s*,)\s+(?:các\s+)?"
    r"(?-i:Nghị|Luật|Bộ luật|Quyết|Thông|Chỉ|Kết|Quy định|Hướng|Văn bản|Kế)\b"
    r"|,?\s+(?:đã|được|có hiệu lực|hết hiệu lực|thì|nhằm|theo đó|trong đó)\s"
    r"|\s+do\s+[A-ZĐ][^,]*ban hành$"
    r"|\s+ngày\s+\d|,\s+(?:các|những|có|là)\s|\s+-\s",
    re.IGNORECASE,
)
_ISSUERS = {
    "QH": "Quốc hội",
    "UBTVQH": "Ủy ban Thường vụ Quốc hội",
    "CP": "Chính phủ",
    "TW": "Trung ương Đảng",
}
_SPACES = re.compile(r"\s+")
_HEADING = 400
# a headline's paraphrase of a decree that details a law ("Nghị định 62/2021/NĐ-CP hướng dẫn
# Luật Cư trú"): its title says which articles or what part ("… một số điều và biện pháp thi
# hành Luật Cư trú", "… Luật Xử lý vi phạm hành chính về thẩm quyền xử phạt …")
_PARAPHRASE = re.compile(
    r"(?:quy định chi tiết|hướng dẫn(?: thi hành| chi tiết)?)\s+(?:Luật|Bộ luật|Pháp lệnh)\b"
    r"(?!.*\svề\s)",
    re.IGNORECASE,
)
_WRAPPED = re.compile(r"[ \t]*\n[ \t]*(?![\n#*•+-]|\d+[.)])")
_SPACES_IN_LINE = re.compile(r"[ \t]+")
# a title cut short: it ends on a word that needs more after it ("quy định chi tiết một số
# điều", "… thi hành", "… của")
_CUT_OFF = re.compile(
    r"(?:\bmột số điều|\bchi tiết|\bthi hành|\s(?:của|và|về|đối|với|đến|các|những|một|số|cho|"
    r"tại|trong|theo|từ|như|sau|là))\s*$",
    re.IGNORECASE,
)
# a clause, not a title: a number, an article, "như sau" (what follows is quoted)
_NOT_A_TITLE = re.compile(r"(?<!năm )(?<!\d)\d|\d{5}|như sau|khoản")


def _issuer(number: str) -> str:
    m = re.search(r"(UBTVQH|QH|CP|TW)", number)
    return _ISSUERS[m.group(1)] if m else ""


def _fits(kind: str, number: str) -> bool:
    """A decree is numbered NĐ-CP, a Party regulation QĐ/TW, a resolution any other."""
    if "NĐ-CP" in number:
        return kind == "Nghị định"
    if "QĐ/TW" in number:
        return kind == "Quy định"
    return kind == "Nghị quyết"


def _clean_title(raw: str) -> str | None:
    title = _SPACES.sub(" ", raw).strip(" ,-")
    end = _TITLE_END.search(title)
    if end:
        title = title[: end.start()]
    title = title.strip(" ,-")
    words = title.split()
    if _NOT_A_TITLE.search(title) or _CUT_OFF.search(title) or _PARAPHRASE.match(title):
        return None
    if len(words) < 3 or len(words) > 40:
        return None
    if title.isupper():
        title = title[0] + title[1:].lower()
    return title[0].lower() + title[1:]


def harvest() -> tuple[dict[str, dict], Counter[str]]:
    found: dict[str, dict] = defaultdict(
        lambda: {"titles": Counter(), "dates": Counter(), "seen_in": set(), "type": ""}
    )
    counts: Counter[str] = Counter()
    for text, corpus, line in texts():
        # a hard-wrapped line goes on; a blank line, a heading or a list item ends a title
        flat = _SPACES_IN_LINE.sub(" ", _WRAPPED.sub(" ", text))
        heading = len(flat) < _HEADING  # a record's or a relation's title, not running text
        for m in _PAIR.finditer(flat):
            kind = m.group("type")[0] + m.group("type")[1:].lower()
            number = _padded(m.group("number"))
            if kind not in _TYPES or not _fits(kind, number):
                continue
            title = _clean_title(m.group("title"))
            if title is None:
                counts["rejected titles"] += 1
                continue
            entry = found[number]
            entry["type"] = kind
            # a title a heading gives counts as seen twice: running text may write a
            # sentence after a number ("… số 115/2024/NĐ-CP quy định rõ về …")
            entry["titles"][title] += 2 if heading else 1
            entry["seen_in"].add(f"{corpus}:{line}")
            counts[f"pairs in {corpus}"] += 1
            if m.group("when"):
                dates = find_dates("ngày " + m.group("when"))
                if dates and dates[0].iso[:4] == _year(number, dates[0].iso[:4]):
                    entry["dates"][dates[0].iso] += 1
    return found, counts


def _padded(number: str) -> str:
    """The number as issued: one digit is written with a zero before it ("05/2025/NQ-CP");
    "5/2025/NQ-CP" is the same document."""
    return re.sub(r"^(\d)(?=/)", r"0\1", number)


def _year(number: str, default: str) -> str:
    m = re.search(r"/((?:19|20)\d\d)/", number)
    return m.group(1) if m else default


def entries(found: dict[str, dict]) -> list[dict]:
    out = []
    for number, entry in sorted(found.items()):
        # every title seen with the number is a fact: the most common is the title, the
        # others seen twice (or in a heading) are other ways of writing it; one seen once in
        # running text may be a sentence ("… số 115/2024/NĐ-CP quy định rõ về …"), kept as
        # "once": it gives no number, but a title it shares gives none either
        keys: Counter[str] = Counter()
        spelled: dict[str, str] = {}
        for title, n in entry["titles"].most_common():
            keys[title_key(title)] += n
            spelled.setdefault(title_key(title), title)
        ranked = [spelled[k] for k, n in keys.most_common() if n > 1 or len(keys) == 1]
        once = [spelled[k] for k, n in keys.most_common() if spelled[k] not in ranked]
        if ranked and len(title_key(ranked[0]).split()) < 4:
            once, ranked = ranked + once, []
        if number.endswith("/TW") and len(ranked) > 1:
            # Party numbers restart with each term: two titles may be two documents
            once, ranked = ranked + once, []
        title, also = (ranked[0], ranked[1:5]) if ranked else (None, [])
        date = entry["dates"].most_common(1)[0][0] if entry["dates"] else None
        out.append(
            {
                "type": entry["type"],
                "number": number,
                "date": date,
                "issuer": _issuer(number),
                "title": title,
                **({"also": also} if also else {}),
                **({"once": once[:8]} if once else {}),
                "seen_in": sorted(entry["seen_in"], key=_seen_order)[:5],
            }
        )
    return out


def merge(harvested: list[dict], catalogue: dict) -> tuple[dict, list[str]]:
    """The catalogue with harvested entries added; entries already there keep their title."""
    by_number = {e["number"]: e for e in catalogue["documents"]}
    notes = []
    for h in harvested:
        old = by_number.get(h["number"])
        if old is None:
            by_number[h["number"]] = h
            continue
        titles = {title_key(t) for t in (old["title"], *old.get("also", ())) if t}
        if h["title"] and title_key(h["title"]) not in titles:
            notes.append(f"{h['number']}: catalogue says {old['title']!r}, corpus {h['title']!r}")
        once = [t for t in (*h.get("once", ()), *h.get("also", ())) if title_key(t) not in titles]
        if once or old.get("once"):
            old["once"] = sorted({*old.get("once", ()), *once})[:8]
        old["seen_in"] = sorted(set(old["seen_in"]) | set(h["seen_in"]), key=_seen_key)[:6]
        old["date"] = old.get("date") or h["date"]
    docs = sorted(by_number.values(), key=lambda e: (e["type"], e["number"]))
    by_title: dict[str, set[str]] = defaultdict(set)
    for e in docs:
        for t in filter(None, (e["title"], *e.get("also", ()), *e.get("once", ()))):
            by_title[(e["type"], title_key(t))].add(e["number"])
    for (kind, key), numbers in by_title.items():
        if len(numbers) > 1:
            notes.append(f"{kind} {key!r}: several numbers {sorted(numbers)} (no number given)")
    return {**catalogue, "documents": docs}, notes


def main(argv: list[str]) -> int:
    found, counts = harvest()
    harvested = entries(found)
    print(f"{sum(v for k, v in counts.items() if k.startswith('pairs'))} number-title pairs:")
    for key, n in sorted(counts.items()):
        print(f"  {key}: {n}")
    print(f"{len(harvested)} distinct numbers with a title")
    if "--write" in argv:
        catalogue = json.loads(CATALOGUE.read_text("utf-8"))
        merged, notes = merge(harvested, catalogue)
        for note in notes:
            print(f"  check: {note}")
        CATALOGUE.write_text(json.dumps(merged, ensure_ascii=False, indent=1) + "\n", "utf-8")
        print(f"wrote {CATALOGUE.relative_to(ROOT)}: {len(merged['documents'])} documents")
    else:
        for e in harvested:
            titles = " | ".join([e["title"] or "-", *e.get("also", ()), *e.get("once", ())])
            seen = e["seen_in"][:2]
            print(f"  {e['number']:<20} {e['date'] or '':<10} {e['type']} {titles}  {seen}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
