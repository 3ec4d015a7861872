"""Score vanban's relations against the hand-made gold in eval/gold/: `make eval`.

Two readings are scored and compared:
- extract: what `vanban extract` reports for each reference (the relation reader on the text);
- load: what `vanban load` stores (the gold texts loaded into a fresh store, each edge's
  evidence spans read back from the stored graph).

Printed: per-label precision, recall and F1 over mentions, the confusion table (gold rows,
read columns), document-level edges (this document, relation, referenced number), named
references, and whether the two readings agree. Nothing is asserted: tests assert sentences.

    python -m eval.score              # both readings, tables
    python -m eval.score --extract    # the extract reading only (quick)
    python -m eval.score --errors 40  # also list that many wrong mentions with their context
    python -m eval.score --docs 'tvpl-0[0-4]*' tvpl-113   # only these gold files (globs)
    python -m eval.score --gold DIR   # gold files of pages from outside the corpus (blind)
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from fnmatch import fnmatch
from pathlib import Path

from vanban.extract.find import names_number
from vanban.extract.pipeline import extract_text
from vanban.extract.relate import relate
from vanban.graph.schema import RELATIONS
from vanban.loaders import detect_language
from vanban.loaders.source import content_id

from .tools.gold import GOLD, record_of

LABELS = (*RELATIONS[:-1], "CITES", "SELF")
MISSING = "-"  # a gold mention the reader did not find, or a found one the gold lacks


@dataclass
class Doc:
    name: str
    record: dict
    gold: list[dict]
    span: list[int] | None = None  # only text[span[0]:span[1]] is labelled
    read: dict[str, list[dict]] = field(default_factory=dict)  # reading -> mentions

    def labelled(self, mentions: list[dict]) -> list[dict]:
        if self.span is None:
            return mentions
        return [m for m in mentions if self.span[0] <= m["start"] < self.span[1]]


def load_gold(folder: Path = GOLD, names: list[str] | None = None) -> list[Doc]:
    """The fully labelled gold files in `folder`; with `names`, only files matching a glob."""
    docs = []
    # (a blind round's folder keeps each page's record beside its gold: `*.page.json`)
    paths = sorted(p for p in folder.glob("*.json") if not p.name.endswith(".page.json"))
    if names:
        paths = [p for p in paths if any(fnmatch(p.stem, n.removesuffix(".json")) for n in names)]
    for path in paths:
        g = json.loads(path.read_text("utf-8"))
        if any(m["relation"] is None for m in g["mentions"]):
            print(f"{path.name}: not fully labelled yet, left out", file=sys.stderr)
            continue
        docs.append(Doc(path.stem, record_of(g), g["mentions"], g.get("span")))
    return docs


def extract_reading(doc: Doc) -> list[dict]:
    text = doc.record["text"]
    document, refs = extract_text(text, doc.record)
    own: dict[int, str] = {}
    for st in relate(text, refs, detect_language(text), document.number, document.reported):
        if st.subject is None:
            own[st.object] = st.relation
    out = []
    for i, r in enumerate(refs):
        relation = own.get(i, "SELF")
        out.append(
            {
                "start": r.start,
                "end": r.end,
                "canonical": getattr(r, "short_form_of", None) or r.canonical,
                "kind": getattr(r, "kind", None) or ("short" if r.short_form_of else "number"),
                "relation": relation,
                # the document the text speaks as: no edge stores a mention of it (the
                # store's identity: "9/2025/NĐ-CP" names 09/2025/NĐ-CP)
                "own": names_number(
                    getattr(r, "short_form_of", None) or r.canonical, document.number
                ),
            }
        )
    return out


def load_reading(docs: list[Doc]) -> None:
    """Load every gold text into one fresh store; read each mention's stored relation."""
    from vanban.load import load
    from vanban.store.read_graph import read_graph

    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "gold.jsonl"
        with corpus.open("w", encoding="utf-8") as f:
            for d in docs:
                f.write(json.dumps(d.record, ensure_ascii=False) + "\n")
        db = Path(tmp) / "gold.db"
        _, built = load([str(corpus)], db)
        graph = read_graph(db)  # edges and evidence as stored
        own_node = built.sources  # which node each source speaks for (not kept in the store)
    spans: dict[str, dict[tuple[int, int], set[str]]] = defaultdict(lambda: defaultdict(set))
    for edge in graph.edges.values():
        if edge.relation == "ISSUED_BY":  # who issued a document: no mention's relation
            continue
        # The act of a body that stands for the page's topic is the page's: a page about a
        # law it does not number gives the law's acts to the body that passed it ("Quốc hội
        # thông qua Luật …" … "để thể chế hóa Nghị quyết số 57-NQ/TW", extract/actors.py,
        # as the report gold reads it). Not a body's other acts (a task it is given).
        by_body = edge.source in graph.organisations
        for e in edge.evidence:
            topic = by_body and "the page's topic" in e.rule
            if topic or own_node.get(e.source) == edge.source:
                spans[e.source][(e.start, e.end)].add(edge.relation)
    for u in graph.unresolved:
        if u.subject is None or u.subject == own_node.get(u.source):
            spans[u.source][(u.start, u.end)].add(u.relation)
    for d in docs:
        found = spans.get(content_id(d.record["text"]), {})
        by_extract = {(m["start"], m["end"]): m for m in d.read["extract"]}
        mentions = []
        for (start, end), relations in sorted(found.items()):
            # One relation per mention is stored; CITES rides along a third-party reading.
            relation = sorted(relations - {"CITES"})[0] if relations - {"CITES"} else "CITES"
            base = by_extract.get((start, end), {"canonical": None, "kind": None})
            mentions.append({**base, "start": start, "end": end, "relation": relation})
        # self-mentions carry no edge, nor does a report's citation of the document it
        # reports on (its node is that document's)
        for m in d.read["extract"]:
            if m["relation"] == "SELF" or (m["own"] and (m["start"], m["end"]) not in found):
                mentions.append(m)
        d.read["load"] = sorted(mentions, key=lambda m: m["start"])


def pair(gold: list[dict], read: list[dict]) -> list[tuple[dict | None, dict | None]]:
    """Gold and read mentions matched by overlapping spans (each used once)."""
    pairs: list[tuple[dict | None, dict | None]] = []
    used: set[int] = set()
    for g in gold:
        match = next(
            (
                (j, r)
                for j, r in enumerate(read)
                if j not in used and r["start"] < g["end"] and g["start"] < r["end"]
            ),
            None,
        )
        if match is None:
            pairs.append((g, None))
        else:
            used.add(match[0])
            pairs.append((g, match[1]))
    pairs += [(None, r) for j, r in enumerate(read) if j not in used]
    return pairs


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def mention_scores(docs: list[Doc], reading: str, kinds: set[str]) -> dict:
    confusion: Counter[tuple[str, str]] = Counter()
    errors = []
    for d in docs:
        gold = [m for m in d.gold if m["kind"] in kinds]
        read = [m for m in d.labelled(d.read[reading]) if (m.get("kind") or "number") in kinds]
        for g, r in pair(gold, read):
            gl = g["relation"] if g else MISSING
            rl = r["relation"] if r else MISSING
            confusion[(gl, rl)] += 1
            if gl != rl:
                errors.append((d, g, r))
    return {"confusion": confusion, "errors": errors}


def print_label_table(confusion: Counter[tuple[str, str]], title: str) -> float:
    print(f"\n{title}")
    print("| label | gold | read | precision | recall | F1 |\n|---|---:|---:|---:|---:|---:|")
    gold_total = sum(n for (g, _), n in confusion.items() if g != MISSING)
    correct = sum(n for (g, r), n in confusion.items() if g == r and g != MISSING)
    for label in LABELS:
        tp = confusion[(label, label)]
        fp = sum(n for (g, r), n in confusion.items() if r == label and g != label)
        fn = sum(n for (g, r), n in confusion.items() if g == label and r != label)
        if tp + fp + fn == 0:
            continue
        p, r, f = prf(tp, fp, fn)
        print(f"| {label} | {tp + fn} | {tp + fp} | {p:.3f} | {r:.3f} | {f:.3f} |")
    accuracy = correct / gold_total if gold_total else 0.0
    print(f"\nmentions {gold_total}, right relation {correct}: accuracy {accuracy:.3f}")
    return accuracy


def print_confusion(confusion: Counter[tuple[str, str]]) -> None:
    cols = [c for c in (*LABELS, MISSING) if any(r == c for (_, r) in confusion)]
    rows = [c for c in (*LABELS, MISSING) if any(g == c for (g, _) in confusion)]
    short = {c: c[:5] for c in cols}
    print("\nconfusion (rows gold, columns read; '-' = not found / not in gold)")
    print("| gold \\ read | " + " | ".join(short[c] for c in cols) + " |")
    print("|---|" + "---:|" * len(cols))
    for g in rows:
        print(f"| {g} | " + " | ".join(str(confusion[(g, c)] or "") for c in cols) + " |")


def edge_sets(docs: list[Doc], reading: str | None) -> dict[str, set[tuple[str, str]]]:
    """Per document, its (relation, referenced number) edges, CITES and SELF left out."""
    out = {}
    for d in docs:
        mentions = d.gold if reading is None else d.labelled(d.read[reading])
        # a leading zero is spelling ("9/2025/NĐ-CP" is 09/2025/NĐ-CP: extract.find.names_number)
        out[d.name] = {
            (m["relation"], (m.get("number") or m.get("canonical") or "").lstrip("0"))
            for m in mentions
            if m["relation"] not in ("CITES", "SELF") and (m.get("number") or m.get("canonical"))
        }
    return out


def print_edge_table(docs: list[Doc], reading: str) -> None:
    gold, read = edge_sets(docs, None), edge_sets(docs, reading)
    print("\ndocument-level edges (this document, relation, referenced number; CITES left out)")
    print("| relation | gold edges | read edges | precision | recall | F1 |")
    print("|---|---:|---:|---:|---:|---:|")
    exact = sum(gold[d.name] == read[d.name] for d in docs)
    for label in (*LABELS[:-2], "ALL"):

        def sel(es: set[tuple[str, str]], lab: str = label) -> set[tuple[str, str]]:
            return es if lab == "ALL" else {e for e in es if e[0] == lab}

        tp = sum(len(sel(gold[d.name]) & sel(read[d.name])) for d in docs)
        fp = sum(len(sel(read[d.name]) - sel(gold[d.name])) for d in docs)
        fn = sum(len(sel(gold[d.name]) - sel(read[d.name])) for d in docs)
        if tp + fp + fn:
            p, r, f = prf(tp, fp, fn)
            print(f"| {label} | {tp + fn} | {tp + fp} | {p:.3f} | {r:.3f} | {f:.3f} |")
    print(f"\ndocuments whose edges are exactly right: {exact} of {len(docs)}")


def print_named(docs: list[Doc], reading: str) -> list[tuple[Doc, dict, dict]]:
    """Print how named references were found and resolved; return the misresolved ones."""
    gold = [(d, m) for d in docs for m in d.gold if m["kind"] == "named"]
    if not gold:
        return []
    misresolved: list[tuple[Doc, dict, dict]] = []
    tp = fn = fp = resolved = resolvable = 0
    for d in docs:
        g = [m for m in d.gold if m["kind"] == "named"]
        r = [m for m in d.labelled(d.read[reading]) if m.get("kind") == "named"]
        for gm, rm in pair(g, r):
            if gm and rm:
                tp += 1
                if gm.get("number"):
                    resolvable += 1
                    if rm.get("canonical") == gm["number"]:
                        resolved += 1
                    else:
                        misresolved.append((d, gm, rm))
            elif gm:
                fn += 1
            else:
                fp += 1
    p, rc, f = prf(tp, fp, fn)
    print(
        f"\nnamed references: gold {len(gold)}, found {tp + fp}; precision {p:.3f}, "
        f"recall {rc:.3f}, F1 {f:.3f}; with a known number {resolvable}, "
        f"resolved to it {resolved}"
    )
    return misresolved


def print_misresolved(misresolved: list[tuple[Doc, dict, dict]], limit: int) -> None:
    print(f"\nfirst {min(limit, len(misresolved))} of {len(misresolved)} misresolved names")
    for d, g, r in misresolved[:limit]:
        text = d.record["text"]
        ctx = text[max(0, g["start"] - 100) : g["end"] + 40].replace("\n", "⏎")
        read = r.get("canonical") or "unresolved"
        print(f"- {d.name} @{g['start']} gold {g['number']} read {read}: …{ctx}…")


def print_errors(errors: list, limit: int) -> None:
    print(f"\nfirst {min(limit, len(errors))} of {len(errors)} wrong mentions")
    for d, g, r in errors[:limit]:
        m = g or r
        text = d.record["text"]
        ctx = text[max(0, m["start"] - 150) : m["end"] + 60].replace("\n", "⏎")
        gl, rl = (g or {}).get("relation", MISSING), (r or {}).get("relation", MISSING)
        named = " (named)" if m.get("kind") == "named" else ""
        print(f"- {d.name} @{m['start']}{named} gold {gl} read {rl}: …{ctx}…")


def agreement(docs: list[Doc], limit: int = 10) -> None:
    """Mentions the extract and load readings disagree on, with the gold's relation."""
    same = differ = 0
    examples = []
    for d in docs:
        ext = {(m["start"], m["end"]): m["relation"] for m in d.read["extract"]}
        lod = {(m["start"], m["end"]): m["relation"] for m in d.read["load"]}
        for span in ext.keys() | lod.keys():
            if ext.get(span) == lod.get(span):
                same += 1
                continue
            differ += 1
            gold = next(
                (g["relation"] for g in d.gold if g["start"] < span[1] and span[0] < g["end"]),
                MISSING,
            )
            examples.append((d.name, span, ext.get(span), lod.get(span), gold))
    print(f"\nextract and load agree on {same} of {same + differ} mentions")
    lost = sum(1 for e in examples if e[2] == e[4] != e[3])
    print(f"right as read and wrong as stored: {lost}")
    for e in sorted(examples)[:limit]:
        print(f"- {e[0]} {e[1]}: extract {e[2]}, load {e[3]}, gold {e[4]}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--extract", action="store_true", help="score the extract reading only")
    ap.add_argument("--errors", type=int, default=0, help="list this many wrong mentions")
    ap.add_argument("--gold", type=Path, default=GOLD, help="folder of gold files")
    ap.add_argument(
        "--docs", nargs="+", metavar="NAME", help="only the gold files whose names match (globs)"
    )
    args = ap.parse_args(argv)
    docs = load_gold(args.gold, args.docs)
    if not docs:
        which = f" matching {' '.join(args.docs)}" if args.docs else ""
        print(f"no gold files{which} in {args.gold}", file=sys.stderr)
        return 1
    for d in docs:
        d.read["extract"] = extract_reading(d)
    readings = ["extract"]
    if not args.extract:
        load_reading(docs)
        readings.append("load")
    counts = Counter(m["relation"] for d in docs for m in d.gold)
    print(
        f"gold: {len(docs)} documents, {sum(counts.values())} mentions ("
        + ", ".join(f"{k} {v}" for k, v in counts.most_common())
        + f") in {args.gold}"
    )
    for reading in readings:
        scores = mention_scores(docs, reading, {"number", "short"})
        print(f"\n## {reading}: numbered references and short forms")
        print_label_table(scores["confusion"], "per label")
        print_confusion(scores["confusion"])
        print_edge_table(docs, reading)
        misresolved = print_named(docs, reading)
        named = mention_scores(docs, reading, {"named"})
        if any(g != MISSING for g, _ in named["confusion"]):
            print_label_table(named["confusion"], f"{reading}: relations of named references")
        if args.errors and reading == "extract":
            both = scores["errors"] + named["errors"]
            both.sort(key=lambda e: (e[0].name, (e[1] or e[2])["start"]))
            print_errors(both, args.errors)
            print_misresolved(misresolved, args.errors)
    if "load" in readings:
        agreement(docs, max(args.errors, 10))
    return 0


if __name__ == "__main__":
    sys.exit(main())
