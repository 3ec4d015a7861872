"""Harvest law names and numbers that the corpus writes together.

    python -m eval.tools.laws_from_corpus            # report what was found
    python -m eval.tools.laws_from_corpus --write    # merge it into extract/data/laws.json

A text that writes `Luật Đầu tư số 61/2020/QH14` (or a relation list whose title reads
`Luật Doanh nghiệp số 60/2005/QH11`) states a fact: that name is that number. Each pair is
kept with where it was seen (`tvpl:17` = line 17 of real/tvpl.jsonl). Entries of the
catalogue marked "public" are kept as they are; a harvested pair whose number the catalogue
gives another name is reported, never silently merged.
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter, defaultdict
from collections.abc import Iterator
from pathlib import Path

from vanban.extract.dates import find_dates
from vanban.extract.named import catalogue_key, kind_of_name

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT.parent / "shared" / "corpus" / "real"
FILES = {"tvpl": "tvpl.jsonl", "relations": "relations.jsonl", "news": "news.jsonl"}
CATALOGUE = ROOT / "extract" / "data" / "laws.json"

# `Luật <name> [ngày <date>|năm <year>][,] số <number>`: the name may hold commas
# ("Phòng, chống tham nhũng") but no sentence or list break, and "số" followed by a digit
# ends it ("một số điều" does not).
_PAIR = re.compile(
    r"(?<![\wÀ-ỹ])(?<!Bộ )(?P<name>(?:Bộ [lL]uật|Luật|Pháp lệnh)\s"
    r"(?:(?!số\s*:?\s*\d)[^;.:()\[\]\n\"“”]){1,240}?)\s*,?\s*"
    r"(?:(?:được\s+)?(?:Quốc hội\s+)?(?:thông qua\s+)?(?:ngày|năm)\s+"
    r"(?P<when>[\d\s/tháng năm-]{4,30}?)\s*,?\s*)?(?:số|Số)\s*:?\s*"
    r"(?P<number>\d{1,3}/\d{4}/(?:QH|UBTVQH)\d{1,2})(?![\w/])"
    r"(?:\s*,?\s*(?:được\s+Quốc hội\s+thông qua\s+)?ngày\s+(?P<after>[\d\s/tháng năm-]{6,30}\d))?"
)
_SPACES = re.compile(r"\s+")
_AMENDING_NAME = re.compile(r"(?:Luật|Pháp lệnh) sửa đổi", re.IGNORECASE)
_AMENDING_BEFORE = re.compile(r"sửa đổi[^;.]*\Z", re.IGNORECASE)
_AMENDED_BY = re.compile(
    r"(?P<number>\d{1,3}/\d{4}/(?:QH|UBTVQH)\d{1,2})(?![\w/])[^;.\d]{0,40}?"
    r"được sửa đổi,?\s*bổ sung(?: một số điều)?\s+(?:bởi|theo)\s+(?:Luật|Pháp lệnh)?\s*số\s*"
    r"(?P<by>\d{1,3}/\d{4}/(?:QH|UBTVQH)\d{1,2})(?![\w/])"
)
# Words that never stand inside a law's own name: the match ran over a clause
# ("Luật Xây dựng năm 2014 được sửa đổi, bổ sung tại khoản 53 Điều 1 của Luật số …").
_CLAUSE = re.compile(
    r"\d|\s(?:được|khoản|Điều|điều|năm|ngày|theo|Nghị|Thông|Quyết|bảo đảm|quy định)\s"
)
# A generic or cut-off "name": a pronoun or an article reference, not a law's name.
_NOT_A_NAME = re.compile(
    r"^(?:Luật|Bộ luật|Pháp lệnh)\s+(?:này|trên|nêu|đã|được|và|theo|tại|số|các|hiện)\b",
    re.IGNORECASE,
)


def texts() -> Iterator[tuple[str, str, int]]:
    """(text, corpus, line) for every text and every relation title in the corpus."""
    for corpus, name in FILES.items():
        path = CORPUS / name
        if not path.exists():
            print(f"{path}: missing, skipped", file=sys.stderr)
            continue
        with path.open(encoding="utf-8") as f:
            for line_no, raw in enumerate(f, 1):
                try:
                    rec = json.loads(raw)
                except json.JSONDecodeError as error:
                    print(f"{path}:{line_no}: not JSON ({error.msg}), skipped", file=sys.stderr)
                    continue
                yield rec.get("text") or "", corpus, line_no
                yield rec.get("title") or "", corpus, line_no
                for rel in rec.get("relations") or []:
                    yield rel.get("title") or "", corpus, line_no


def harvest() -> tuple[dict[str, dict], Counter[str], list[str]]:
    """Pairs found: number -> {names, dates, seen_in, amended_by}; counts; problems."""
    found: dict[str, dict] = defaultdict(
        lambda: {"names": Counter(), "dates": Counter(), "seen_in": set(), "amended_by": set()}
    )
    counts: Counter[str] = Counter()
    for text, corpus, line in texts():
        flat = _SPACES.sub(" ", text)
        pos = 0
        while (m := _PAIR.search(flat, pos)) is not None:
            name = _clean_name(m.group("name"))
            inside_list = _AMENDING_BEFORE.search(flat, max(0, m.start() - 300), m.start())
            if name and inside_list and not _AMENDING_NAME.match(name):
                name = None  # a law inside an amending law's list: the number is the amending law's
            if name is None:  # the match may have started at an earlier law: try the next head
                counts["rejected names"] += 1
                pos = m.start() + 1
                continue
            pos = m.end()
            entry = found[m.group("number")]
            entry["names"][name] += 1
            entry["seen_in"].add(f"{corpus}:{line}")
            counts[f"pairs in {corpus}"] += 1
            for written in (m.group("when"), m.group("after")):
                dates = find_dates(written) if written else []
                if dates:
                    entry["dates"][dates[0].iso] += 1
        for m in _AMENDED_BY.finditer(flat):
            found[m.group("number")]["amended_by"].add(m.group("by"))
            counts["amended-by facts"] += 1
    problems = []
    for number, entry in found.items():
        names = {catalogue_key(n) for n in entry["names"]}
        if len(names) > 1:
            problems.append(f"{number}: several names {sorted(entry['names'])}")
    return found, counts, problems


def _clean_name(raw: str) -> str | None:
    name = _SPACES.sub(" ", raw).strip(" ,-")
    amending = _AMENDING_NAME.match(name) is not None
    # an amending law names the articles it amends ("một số điều của", "Điều 170 của"):
    # only what follows "của" must be names
    amended = name.split(" của ", 1)[1] if amending and " của " in name else name
    if _CLAUSE.search(f" {amended} "):
        return None
    if _NOT_A_NAME.match(name) or len(name.split()) < 2:
        return None
    if re.search(r"\sLuật(?:\s|$)", name) and not amending:
        return None  # two laws run together: "Luật Chứng khoán và Luật"
    if amending and " của " not in name:
        return None  # "Luật sửa đổi, bổ sung" cut before what it amends
    # "Luật sư" is the lawyer, not a law; the law on lawyers is written "Luật Luật sư".
    if re.match(r"^Luật (?:sư|gia|học)\b", name):
        return None
    # a title in a relation list writes "Luật Sửa đổi": the name is the same in lower case
    return name[0] + name[1:] if kind_of_name(name) else None


def entries(found: dict[str, dict]) -> list[dict]:
    out = []
    for number, entry in sorted(found.items(), key=lambda kv: _number_order(kv[0])):
        if not entry["names"]:
            continue
        name = entry["names"].most_common(1)[0][0]
        year = int(number.split("/")[1])
        date = entry["dates"].most_common(1)[0][0] if entry["dates"] else None
        if date and int(date[:4]) != year:
            date = None  # a date of another year is not this law's date of passing
        out.append(
            {
                "name": name,
                "kind": kind_of_name(name),
                "number": number,
                "date": date,
                "year": year,
                "amended_by": sorted(entry["amended_by"]),
                "seen_in": sorted(entry["seen_in"], key=_seen_order)[:5],
            }
        )
    return out


def _number_order(number: str) -> tuple[int, int]:
    n, year = number.split("/")[:2]
    return int(year), int(n)


def _seen_order(seen: str) -> tuple[str, int]:
    corpus, line = seen.split(":")
    return corpus, int(line)


def merge(harvested: list[dict], catalogue: dict) -> tuple[dict, list[str]]:
    """The catalogue with harvested entries added; public entries win, clashes reported."""
    by_number = {e["number"]: e for e in catalogue["laws"] if e.get("number")}
    by_name_year: dict[tuple[str, int | None], list[dict]] = defaultdict(list)
    for e in catalogue["laws"]:
        by_name_year[(catalogue_key(e["name"]), e.get("year"))].append(e)
    notes = []
    for h in harvested:
        twins = by_name_year.get((catalogue_key(h["name"]), h["year"]), [])
        if twins and h["number"] not in {t.get("number") for t in twins}:
            slip = [t for t in twins if t.get("number") and _same_day(t, h)]
            if slip:
                # "Bộ Luật tố tụng hình sự số 01/2015/QH13" (a slip for 101/2015/QH13)
                notes.append(f"{h['number']} {h['name']!r}: the catalogue has {slip[0]['number']}")
                continue
        old = by_number.get(h["number"])
        if old is None:
            by_number[h["number"]] = h
            continue
        if catalogue_key(old["name"]) != catalogue_key(h["name"]):
            notes.append(f"{h['number']}: catalogue says {old['name']!r}, corpus {h['name']!r}")
        old["seen_in"] = sorted(set(old.get("seen_in", [])) | set(h["seen_in"]), key=_seen_key)[:6]
        old["amended_by"] = sorted(set(old.get("amended_by", [])) | set(h["amended_by"]))
        old["date"] = old.get("date") or h["date"]
    laws = sorted(by_number.values(), key=lambda e: _number_order(e["number"]))
    laws += [e for e in catalogue["laws"] if not e.get("number")]
    return {**catalogue, "laws": laws}, notes


def _same_day(known: dict, harvested: dict) -> bool:
    """Could these be one law? Only different dates of passing tell two laws of a year apart."""
    return not harvested["date"] or not known.get("date") or known["date"] == harvested["date"]


def _seen_key(seen: str) -> tuple[int, str, int]:
    if seen == "public":
        return 0, "", 0
    corpus, line = seen.split(":")
    return 1, corpus, int(line)


def main(argv: list[str]) -> int:
    found, counts, problems = harvest()
    harvested = entries(found)
    print(f"{sum(v for k, v in counts.items() if k.startswith('pairs'))} name-number pairs:")
    for key, n in sorted(counts.items()):
        print(f"  {key}: {n}")
    print(f"{len(harvested)} distinct numbers with a name")
    for p in problems:
        print(f"  check: {p}")
    if "--write" in argv:
        catalogue = json.loads(CATALOGUE.read_text("utf-8"))
        merged, notes = merge(harvested, catalogue)
        for note in notes:
            print(f"  clash: {note}")
        CATALOGUE.write_text(json.dumps(merged, ensure_ascii=False, indent=1) + "\n", "utf-8")
        print(f"wrote {CATALOGUE.relative_to(ROOT)}: {len(merged['laws'])} laws")
    else:
        for e in harvested:
            print(f"  {e['number']:<18} {e['date'] or '':<10} {e['name']}  {e['seen_in'][:2]}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
