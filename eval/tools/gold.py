"""Make, show and check the relation gold in eval/gold/ (one JSON file per document).

    python -m eval.tools.gold new tvpl 17        # skeleton eval/gold/tvpl-017.json
    python -m eval.tools.gold show tvpl 17       # the text with every gold mention marked
    python -m eval.tools.gold check              # every file: spans, labels, overlaps

A long text may be labelled in part: a "span": [start, end] field in its file limits both
the gold and the scoring to text[start:end] (label every mention inside it). A second part
of the same text goes in a file of its own named after the first (`news-991-tail.json`
beside `news-991.json`), with its own span: a file's text is found by its `corpus` and
`line` fields, not by its name (`show` opens the first file only).

A page from outside the corpus (a blind round's) carries its own record instead: a
"record" field with the page's "text" (and its "url", "title", …) in place of `corpus` and
`line`. Such files are kept out of eval/gold and scored with `python -m eval.score --gold
DIR`; `check FILE …` checks them too.

A skeleton lists the mentions to label: for documents already in
tests/data/tvpl_annotations.json its hand-checked references, otherwise what the
extractor finds (a checklist only: the labeller adds what it missed and deletes what is
not a reference). No relation is filled in: the labeller reads the text and decides,
following ../shared/RELATIONS.md.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from vanban.graph.schema import RELATIONS

ROOT = Path(__file__).resolve().parents[2]
GOLD = ROOT / "eval" / "gold"
CORPUS = ROOT.parent / "shared" / "corpus"
FILES = {
    "tvpl": CORPUS / "real" / "tvpl.jsonl",
    "relations": CORPUS / "real" / "relations.jsonl",
    "news": CORPUS / "real" / "news.jsonl",
}
ANNOTATIONS = ROOT / "tests" / "data" / "tvpl_annotations.json"
LABELS = {*RELATIONS, "SELF"}
KINDS = {"number", "short", "named"}


def record_of(gold: dict) -> dict:
    """The record a gold file labels: its own "record" (a page from outside the corpus), or
    the corpus line it names."""
    return gold["record"] if "record" in gold else row(gold["corpus"], gold["line"])


def row(corpus: str, line: int) -> dict:
    with FILES[corpus].open(encoding="utf-8") as f:
        for i, raw in enumerate(f, 1):
            if i == line:
                return json.loads(raw)
    raise SystemExit(f"{FILES[corpus]}: no line {line}")


def path_for(corpus: str, line: int) -> Path:
    return GOLD / f"{corpus}-{line:03d}.json"


def new(corpus: str, line: int) -> None:
    rec = row(corpus, line)
    text = rec["text"]
    mentions = []
    known = None
    if corpus == "tvpl" and ANNOTATIONS.exists():
        docs = json.loads(ANNOTATIONS.read_text("utf-8"))["documents"]
        known = next((d for d in docs if d["line"] == line), None)
    if known is not None:
        for r in known["references"]:
            mentions.append(_mention(r["start"], r["end"], text, r["canonical"], "number"))
        for s in known.get("short_forms", []) or []:
            if isinstance(s, dict) and "start" in s:
                mentions.append(_mention(s["start"], s["end"], text, s.get("canonical"), "short"))
    else:
        from vanban.extract.pipeline import extract_text

        _, refs = extract_text(text, rec)
        for r in refs:
            kind = r.kind or ("short" if r.short_form_of else "number")
            canonical = r.short_form_of or r.canonical
            m = _mention(r.start, r.end, text, canonical, kind)
            if kind == "named":  # the labeller checks the number the name resolves to
                m.update(canonical=None, name=r.name, year=r.year, number=r.canonical)
            mentions.append(m)
    mentions.sort(key=lambda m: m["start"])
    out = {
        "corpus": corpus,
        "line": line,
        "id": rec.get("id"),
        "number": rec.get("number"),
        "checked_from": "tests/data/tvpl_annotations.json" if known else "extractor checklist",
        "notes": "",
        "mentions": mentions,
    }
    dest = path_for(corpus, line)
    if dest.exists():
        raise SystemExit(f"{dest} exists: edit it, or delete it first")
    dest.write_text(json.dumps(out, ensure_ascii=False, indent=1) + "\n", "utf-8")
    print(f"wrote {dest.relative_to(ROOT)} with {len(mentions)} mentions to label")


def _mention(start: int, end: int, text: str, canonical: str | None, kind: str) -> dict:
    return {
        "start": start,
        "end": end,
        "surface": text[start:end],
        "canonical": canonical,
        "kind": kind,
        "relation": None,
        "note": "",
    }


def show(corpus: str, line: int) -> None:
    rec = row(corpus, line)
    text = rec["text"]
    gold = json.loads(path_for(corpus, line).read_text("utf-8"))
    out, pos = [], 0
    for i, m in enumerate(gold["mentions"]):
        out.append(text[pos : m["start"]])
        out.append(f"[[#{i} {m['relation'] or '?'} {text[m['start'] : m['end']]}]]")
        pos = m["end"]
    out.append(text[pos:])
    print("".join(out))


def check(paths: list[Path] | None = None) -> int:
    bad = 0
    counts: dict[str, int] = {}
    files = paths or sorted(GOLD.glob("*.json"))
    for p in files:
        gold = json.loads(p.read_text("utf-8"))
        text = record_of(gold)["text"]
        last_end = -1
        lo, hi = gold.get("span") or (0, len(text))
        for i, m in enumerate(gold["mentions"]):
            where = f"{p.name} mention #{i}"
            problems = []
            if text[m["start"] : m["end"]] != m["surface"]:
                problems.append(f"text[{m['start']}:{m['end']}] != surface {m['surface']!r}")
            if m["relation"] not in LABELS:
                problems.append(f"relation {m['relation']!r} not one of {sorted(LABELS)}")
            if m.get("kind") not in KINDS:
                problems.append(f"kind {m.get('kind')!r} not one of {sorted(KINDS)}")
            if m["start"] < last_end:
                problems.append("overlaps or is out of order with the mention before")
            if not lo <= m["start"] < hi:
                problems.append(f"outside the labelled span {lo}-{hi}")
            if m.get("kind") == "named" and not m.get("name"):
                problems.append("a named mention needs its 'name'")
            last_end = m["end"]
            for problem in problems:
                print(f"{where}: {problem}")
                bad += 1
            counts[m["relation"]] = counts.get(m["relation"], 0) + 1
    total = sum(counts.values())
    print(
        f"{len(files)} documents, {total} mentions: "
        + ", ".join(f"{k} {v}" for k, v in sorted(counts.items(), key=lambda kv: -kv[1]))
    )
    print("ok" if not bad else f"{bad} problems")
    return 1 if bad else 0


def main(argv: list[str]) -> int:
    if not argv or argv[0] not in ("new", "show", "check"):
        print(__doc__)
        return 2
    if argv[0] == "check":
        return check([Path(a) for a in argv[1:]] or None)
    corpus, line = argv[1], int(argv[2])
    (new if argv[0] == "new" else show)(corpus, line)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
