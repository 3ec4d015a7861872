"""Score the references cited by name against the gold in eval/gold/.

    python -m eval.tools.named_score          # precision, recall, resolution
    python -m eval.tools.named_score -v       # and every miss, extra and wrong number

A found named reference counts when its span is exactly a gold mention of kind "named".
Resolution is counted over the gold mentions that give a number. A gold file with a
"span" is scored inside it; one whose notes say it was "labelled only" in part, on that
part (its first to last mention).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from vanban.extract.pipeline import extract_text

ROOT = Path(__file__).resolve().parents[2]
GOLD = ROOT / "eval" / "gold"
CORPUS = ROOT.parent / "shared" / "corpus" / "real"
FILES = {"tvpl": "tvpl.jsonl", "relations": "relations.jsonl", "news": "news.jsonl"}
_MARGIN = 2000  # characters around a partly labelled file's mentions that are scored


def _lines(corpus: str, cache: dict[str, list[str]]) -> list[str]:
    if corpus not in cache:
        cache[corpus] = (CORPUS / FILES[corpus]).read_text("utf-8").splitlines()
    return cache[corpus]


def score(verbose: bool = False) -> dict[str, float]:
    cache: dict[str, list[str]] = {}
    found = matched = gold_total = known = right = wrong = 0
    for path in sorted(GOLD.glob("*.json")):
        gold = json.loads(path.read_text("utf-8"))
        record = json.loads(_lines(gold["corpus"], cache)[gold["line"] - 1])
        _, refs = extract_text(record["text"], record)
        mine = {(r.start, r.end): r for r in refs if r.kind == "named"}
        if gold.get("span"):  # a file labelled over part of its text is scored there only
            lo, hi = gold["span"]
            mine = {span: r for span, r in mine.items() if lo <= span[0] and span[1] <= hi}
        elif "labelled only" in (gold.get("notes") or "") and gold["mentions"]:
            lo = gold["mentions"][0]["start"] - _MARGIN
            hi = gold["mentions"][-1]["end"] + _MARGIN
            mine = {span: r for span, r in mine.items() if lo <= span[0] <= hi}
        named = {(m["start"], m["end"]): m for m in gold["mentions"] if m.get("kind") == "named"}
        found += len(mine)
        gold_total += len(named)
        for span, m in named.items():
            ref = mine.get(span)
            if ref is None:
                if verbose:
                    print(f"missed  {path.name} {span} {m['surface']!r}")
                continue
            matched += 1
            if m.get("number"):
                known += 1
                right += ref.canonical == m["number"]
                wrong += ref.canonical not in (None, m["number"])
                if verbose and ref.canonical != m["number"]:
                    print(
                        f"number  {path.name} {m['surface']!r}: {ref.canonical} not {m['number']}"
                    )
        if verbose:
            for span, ref in mine.items():
                if span not in named:
                    print(f"extra   {path.name} {span} {ref.surface!r}")
    return {
        "gold": gold_total,
        "found": found,
        "precision": matched / found if found else 0.0,
        "recall": matched / gold_total if gold_total else 0.0,
        "with a gold number": known,
        "resolved right": right / known if known else 0.0,
        "resolved wrong": wrong,
    }


def main(argv: list[str]) -> int:
    if not GOLD.exists() or not CORPUS.exists():
        print(f"needs {GOLD} and {CORPUS}")
        return 2
    for key, value in score("-v" in argv).items():
        print(f"{key}: {value:.3f}" if isinstance(value, float) else f"{key}: {value}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
