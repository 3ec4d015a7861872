"""Identity benchmark: which document each synthetic reference was joined to, against the truth.

    python -m bench.identity_bench --docs 10000

Writes (or reuses) `count` synthetic documents with their truth file (`load_bench.
write_documents`: every reference's span and the document it means, by number, date and,
for a local body, province), loads them with `vanban.load.load` into a store, and reads
back from the store, for every true reference, the document its edges join it to (or
the unresolved case it was left as). Reported, over the references the store holds:
- right: joined to the document meant;
- wrong: joined to another document;
- ambiguous: left unresolved with candidates (several documents fit and nothing decided,
  or the one known is of another period than the citing text and nothing confirms it);
- left open: joined to a node of its number whose period no text gives (`base@?`, made
  when no dated document of that number is known) or, for a local number, whose province
  the citing text does not say (`base@period@?`): not another document, but an identity
  left open;
and, apart, references set aside as impossible (a subject dated before its target) and
those the store holds nothing for (not read as a reference, or no statement made of it).
A sample of the wrong cases is written to `bench/out/identity-wrong-<count>.jsonl`.

The expected key is built from the truth's facts with the key scheme of `graph/identify.py`
(number base, numbering period of its true date, province of a local body).

`--facts` extracts the texts to facts once (`bench/out/identity-facts-<count>`, kept while
the texts are the same) and loads the facts, so that a run after a change of resolution
only resolves again. `--store` scores a store loaded before from the same texts: `make
bench` scores the 100,000-document store `bench.load_bench` leaves, without a second load:

    python -m bench.load_bench --docs 100000
    python -m bench.identity_bench --docs 100000 --store bench/out/store-100000.db

or, on its own (on 2 cores shared with other work: texts written in 2 min, extracted in
about 8, loaded from the facts in 14 to 17; peak memory 9 GB):

    python -m bench.identity_bench --docs 100000 --facts

What it gave (2 December 2026, 488,168 references scored): wrong 436 (0.09%), ambiguous
9,251 (1.90%), joined to a node whose period or province is unknown 3,550 (0.73%); set
aside as impossible 19,072, nothing stored 113. By the rule that decided, wrong/right: the
only known document of that number 106/36, weighed by topic 192/133, by time 134/90, by
co-citation 3/61; dated 1/474,611. Before the one known document and the province rule
were held to the citing text's period: wrong 1,516 (0.31%; the one known document 958,
the province rule 228), ambiguous 7,954 (1.63%). At 10,000 documents: wrong 34 (0.07%),
ambiguous 557 (1.13%) of 49,294.
"""

from __future__ import annotations

import argparse
import json
import time
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

from bench import load_bench
from bench.load_bench import TRUTH, write_documents

WRONG_SAMPLE = 200


def expected_key(truth: dict[str, Any]) -> str | None:
    """The key of the document a reference truly means, from the generator's facts."""
    from vanban.extract.find import find_references
    from vanban.graph.identify import document_key
    from vanban.graph.resolve import is_local, number_base, period_of

    found = find_references(truth["number"])
    if len(found) != 1 or not found[0].number:
        return None
    m = {**found[0].to_dict(), "date": truth["date"]}
    scope = (truth["province"] or "?") if is_local(m) else ""
    return document_key(number_base(m), period_of(m), scope)


def source_ids(folder: Path) -> dict[str, str]:
    """Record id -> the id the loader gives its text (a hash of the normalised text)."""
    from vanban.loaders.decode import normalize_text
    from vanban.loaders.source import content_id

    ids = {}
    for part in sorted(folder.glob("part-*.jsonl")):
        with part.open(encoding="utf-8") as lines:
            for line in lines:
                record = json.loads(line)
                ids[record["id"]] = content_id(normalize_text(record["text"]))
    return ids


def stored_spans(db: Path) -> tuple[dict, dict]:
    """From the store: source -> [(start, end, target key, identity rule)] of every edge's
    evidence, and source -> [(start, end, candidates, reason)] of every unresolved case."""
    from vanban.queries.backend import EmbeddedBackend
    from vanban.queries.evidence import ids_of

    joined: dict[str, list[tuple[int, int, str, str]]] = defaultdict(list)
    left: dict[str, list[tuple[int, int, list[str], str]]] = defaultdict(list)
    with EmbeddedBackend.open(db) as backend:
        # every piece of evidence at once, by id; each edge's are its ids' (`evidence` on)
        evidence = {
            r["id"]: r
            for r in backend.query(
                "MATCH (v:Evidence) RETURN v.id AS id, v.source AS source, "
                "v.span_start AS span_start, v.span_end AS span_end, v.rule AS rule"
            )
        }
        for row in backend.query(
            "MATCH (a)-[r]->(d:Document) RETURN d.key AS key, r.evidence AS evidence, "
            "r.evidence_count AS evidence_count"
        ):
            for i in ids_of(row["evidence"], row["evidence_count"]):
                v = evidence[i]
                src, start, end, rule = v["source"], v["span_start"], v["span_end"], v["rule"]
                identity = rule.split("identity: ", 1)[-1] if "identity: " in rule else ""
                joined[src].append((start, end, row["key"], identity))
        for row in backend.query(
            "MATCH (u:Unresolved) RETURN u.source AS source, u.start_char AS s, "
            "u.end_char AS e, u.candidates AS candidates, u.reason AS reason"
        ):
            left[row["source"]].append((row["s"], row["e"], row["candidates"] or [], row["reason"]))
    return joined, left


def _left_open(key: str, want: str) -> bool:
    """Whether `key` is a node of `want`'s number whose period (`base@?`) or province
    (`base@period@?`) no text gave: not another document, but an identity left open."""
    from vanban.graph.identify import split_key

    base, period, scope = split_key(key)
    w_base, w_period, w_scope = split_key(want)
    if key == want or base != w_base:
        return False
    return (
        period in (None, w_period) and scope in ("?", w_scope) or (period is None and scope == "")
    )


def _overlapping(spans: list, start: int, end: int) -> list:
    return [s for s in spans if s[0] < end and start < s[1]]


def score(folder: Path, db: Path) -> dict[str, Any]:
    from vanban.graph.resolve import IMPOSSIBLE

    ids = source_ids(folder)
    joined, left = stored_spans(db)
    counts: Counter[str] = Counter()
    by_rule: dict[str, Counter[str]] = defaultdict(Counter)
    wrong: list[dict[str, Any]] = []
    with (folder / TRUTH).open(encoding="utf-8") as lines:
        for line in lines:
            truth = json.loads(line)
            want = expected_key(truth)
            if want is None:
                counts["not a number the extractor reads"] += 1
                continue
            src = ids[truth["record"]]
            edges = _overlapping(joined.get(src, []), truth["start"], truth["end"])
            cases = _overlapping(left.get(src, []), truth["start"], truth["end"])
            if edges:
                targets = {e[2] for e in edges}
                rule = edges[0][3].split(" (")[0]
                verdict = "right" if targets == {want} else "wrong"
                if verdict == "wrong" and all(_left_open(t, want) for t in targets):
                    verdict = "left open"
                counts[verdict] += 1
                by_rule[rule][verdict] += 1
                if verdict == "wrong" and len(wrong) < WRONG_SAMPLE:
                    wrong.append(
                        {**truth, "expected": want, "joined": sorted(targets), "rule": rule}
                    )
            elif cases and any(c[2] for c in cases):
                counts["ambiguous"] += 1
                by_rule["undecided"]["ambiguous"] += 1
            elif cases and all(c[3].startswith(IMPOSSIBLE) for c in cases):
                counts["set aside as impossible"] += 1
            else:
                counts["nothing stored"] += 1
    scored = sum(counts[k] for k in ("right", "wrong", "ambiguous", "left open"))
    (load_bench.OUT / f"identity-wrong-{len(ids)}.jsonl").write_text(
        "".join(json.dumps(w, ensure_ascii=False) + "\n" for w in wrong), "utf-8"
    )
    return {
        "references_true": sum(counts.values()),
        "scored": scored,
        "counts": dict(counts),
        "wrong_share": round(counts["wrong"] / scored, 4) if scored else None,
        "ambiguous_share": round(counts["ambiguous"] / scored, 4) if scored else None,
        "left_open_share": round(counts["left open"] / scored, 4) if scored else None,
        "by_identity_rule": {rule: dict(c) for rule, c in sorted(by_rule.items())},
    }


def _facts(folder: Path, count: int) -> Path:
    """The facts of the synthetic texts (`vanban extract --facts`), extracted once and
    reused while the texts are the same: only resolution runs again on a reload."""
    from vanban.batch import extract_facts
    from vanban.facts_files import FactsError, manifest

    facts = load_bench.OUT / f"identity-facts-{count}"
    stamp = facts / "texts.json"
    texts = (folder / "manifest.json").read_text()
    try:
        manifest(facts)
        if stamp.read_text() == texts:
            return facts
    except (FactsError, OSError):
        pass
    extract_facts(load_bench.texts_of(folder), facts)
    stamp.write_text(texts)
    return facts


def run(count: int, facts: bool = False, store: Path | None = None) -> dict[str, Any]:
    """Write the texts, load them (from their facts with `facts`) into a new store, score
    it. With `store`, score that store instead, loaded before from the same texts (as
    `load_bench` leaves `bench/out/store-<count>.db`)."""
    from vanban.load import load

    started = time.perf_counter()
    folder = write_documents(count)
    written = time.perf_counter() - started
    result: dict[str, Any] = {"documents": count, "write_seconds": round(written, 1)}
    db = store or load_bench.OUT / f"identity-{count}.db"
    if store is None:
        if facts:
            started = time.perf_counter()
            facts_folder = _facts(folder, count)
            result["extract_seconds"] = round(time.perf_counter() - started, 1)
        for stale in load_bench.OUT.glob(f"identity-{count}.db*"):
            stale.unlink()
        started = time.perf_counter()
        if facts:
            load([], db, facts=[facts_folder])
        else:
            load(load_bench.texts_of(folder), db)
        result["load_seconds"] = round(time.perf_counter() - started, 1)
    result.update(score(folder, db))
    return result


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=10000, help="documents (default 10000)")
    parser.add_argument(
        "--facts",
        action="store_true",
        help="extract the texts to facts once (kept in bench/out) and load the facts: "
        "faster when only resolution changed",
    )
    parser.add_argument(
        "--store",
        type=Path,
        help="score this store, loaded before from the same synthetic texts (as "
        "`bench.load_bench --docs N` leaves bench/out/store-N.db), instead of loading",
    )
    args = parser.parse_args(argv)
    if args.store is not None and not args.store.exists():
        parser.error(
            f"--store {args.store}: no such store; run `python -m bench.load_bench "
            f"--docs {args.docs}` first, or leave --store out to load here"
        )
    result = run(args.docs, args.facts, args.store)
    c = result["counts"]
    loaded = f"load {result['load_seconds']} s" if args.store is None else f"store {args.store}"
    print(
        f"identity over {result['documents']} synthetic documents ({loaded}): "
        f"{result['scored']} references scored; "
        f"wrong {c.get('wrong', 0)} "
        f"({100 * (result['wrong_share'] or 0):.2f}%), ambiguous {c.get('ambiguous', 0)} "
        f"({100 * (result['ambiguous_share'] or 0):.2f}%), joined to a node whose period or "
        f"province is unknown {c.get('left open', 0)} "
        f"({100 * (result['left_open_share'] or 0):.2f}%); "
        "set aside "
        f"{c.get('set aside as impossible', 0)}, nothing stored {c.get('nothing stored', 0)}"
    )
    for rule, rc in result["by_identity_rule"].items():
        print(f"  {rule}: {rc}")
    out = load_bench.OUT / f"identity-{args.docs}.json"
    out.write_text(json.dumps(result, indent=1))
    print(f"written {out}")


if __name__ == "__main__":
    main()
