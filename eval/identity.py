"""How often weighing names the right document: dated mentions with their date hidden.

    python -m eval.identity vanban.db [N]

For up to N dated mentions (random, fixed seed) whose number fits several documents and
whose year is not written in the number, the mention's date and year are removed, one
mention at a time, and the graph's facts resolved again; the document the mention then
joins is compared with the one its date named. Prints how many came out right, wrong or
unresolved, by the rule that decided. Nothing is asserted: it is a measurement.
"""

from __future__ import annotations

import copy
import random
import sys
from collections import Counter
from typing import Any

from vanban.graph.resolve import Resolver, document_key, number_base, period_of
from vanban.store import read_table
from vanban.store.graph_tables import unpack_facts


def held_out_mentions(facts: list[dict[str, Any]]) -> list[tuple[int, int, str]]:
    """(source index, mention index, the key its date gives) of every mention worth hiding."""
    probe = Resolver()
    for f in facts:
        probe.learn(f)
    found = []
    for fi, f in enumerate(facts):
        own = f["document"].get("number")
        for i, m in enumerate(f["mentions"]):
            if not m.get("number") or m["canonical"] == own or not m.get("date"):
                continue
            if m["family"] == "state" and m["year"] and str(m["year"]) in m["canonical"]:
                continue  # the year is written in the number: nothing to hide
            base, scope = number_base(m), probe.scope(m)
            if sum(len(p) for p in probe.anchors[base].values()) >= 2:
                found.append((fi, i, document_key(base, period_of(m), scope)))
    return found


def measure(facts: list[dict[str, Any]], limit: int) -> tuple[Counter[str], Counter[str]]:
    facts = sorted(facts, key=lambda f: f["source"]["id"])
    held = held_out_mentions(facts)
    random.Random(1).shuffle(held)
    verdicts: Counter[str] = Counter()
    by_rule: Counter[str] = Counter()
    for fi, i, truth in held[:limit]:
        hidden = copy.deepcopy(facts[fi])
        hidden["mentions"][i].update(date=None, year=None)
        changed = [*facts[:fi], hidden, *facts[fi + 1 :]]
        resolver = Resolver()
        for f in changed:
            resolver.learn(f)
        for f in changed:
            resolver.profile(f)
        found = resolver.resolve(hidden["mentions"][i], hidden)
        verdict = "unresolved" if found.key is None else "right" if found.key == truth else "wrong"
        verdicts[verdict] += 1
        by_rule[f"{verdict}: {found.rule}"] += 1
    return verdicts, by_rule


def main(argv: list[str]) -> None:
    if not argv:
        sys.exit(__doc__)
    rows = read_table(argv[0], "Source").to_pylist()
    verdicts, by_rule = measure(
        [unpack_facts(r["facts"]) for r in rows], int(argv[1]) if len(argv) > 1 else 200
    )
    total = sum(verdicts.values()) or 1
    print(", ".join(f"{k} {v} ({v / total:.1%})" for k, v in sorted(verdicts.items())))
    for rule, n in sorted(by_rule.items()):
        print(f"  {rule}: {n}")


if __name__ == "__main__":
    main(sys.argv[1:])
