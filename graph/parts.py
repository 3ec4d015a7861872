"""Each source's part of each family it touches, kept so that an update need not read it.

An update rebuilds every document of a touched family from the sources that touch it
(`vanban.graph.incremental`), most of which it only notes: they cite the family by
dated numbers, so they resolve as before. Reading and unpacking their facts to note them
was the largest cost of an update in proportion to the store (at 100k documents, 12,241
sources for ten new ones, about 6 of its 21 CPU-seconds). A `SourcePart` holds what one
source gives one family: what the resolver learns from it (`Resolver.learn`, `profile`)
and what it notes of the family's documents (`Resolver.note_source`): their spellings,
dates, titles, bodies and counts, made by the resolver's own noting, on a scratch
resolver. The state keeps them by family (`ResolverState.parts`), each packed on its own,
so that an update reads one row a touched family and the facts only of the sources it
resolves again.
"""

from __future__ import annotations

import pickle
from typing import Any

from .resolve import KeyPart, Resolver, SourcePart, named_keys, period_start

# What `_fill_document` reads of a document's sample mention: a part keeps only these (the
# mention's sentence and spans would grow the state by the whole corpus's sentences).
SAMPLE_FIELDS = (
    "number", "family", "type_code", "type_name", "issuer_code", "issuers", "year", "level",
)  # fmt: skip


def parts_of(
    facts: dict[str, Any], families: set[str], learner: Resolver, scratch: Resolver
) -> dict[str, bytes]:
    """The parts of one source in each of `families` it touches (numbered or named), each
    packed. `learner` has learned every source that touches them: whose numbers are
    undated somewhere decides which parts keep their topics. `scratch` notes the source's
    documents (`learner.learned_only()`, made once for many sources)."""
    parts = _learned(facts, families, learner)
    for key in named_keys(facts):
        if key in families:
            parts.setdefault(key, SourcePart(alike=True))
    for family, part in parts.items():
        if not part.alike:  # resolved again whenever its family is touched: nothing to keep
            parts[family] = SourcePart(alike=False)
    _noted(facts, parts, scratch)
    return {family: pack(part) for family, part in parts.items()}


def _learned(facts: dict[str, Any], families: set[str], learner: Resolver) -> dict[str, SourcePart]:
    """The source's numbered mentions of `families`, as `learn` and `profile` read them."""
    parts: dict[str, SourcePart] = {}
    for m, identity in learner.numbers_of(facts).numbered(facts):
        base, period, _scope, key = identity
        if base not in families:
            continue
        part = parts.setdefault(base, SourcePart(alike=True))
        if key is None:
            part.alike = False
            continue
        learned = part.learned.get(key)
        if learned is None:
            topics = [] if base in learner.undated else None
            learned = part.learned[key] = KeyPart(identity, {}, period_start(m, period), topics)
        if m.get("date"):
            learned.dates[m["date"]] = learned.dates.get(m["date"], 0) + 1
        if learned.topics is not None:  # as `profile` adds them: the title counts twice
            texts = ((m.get("title"), 2), (m.get("sentence"), 1))
            learned.topics += [(text, times) for text, times in texts if text]
    return parts


def _noted(facts: dict[str, Any], parts: dict[str, SourcePart], scratch: Resolver) -> None:
    """What `note_source` notes of the documents of the families the source resolves
    alike, noted by `scratch` from nothing (so that the learner's graph, counts and
    warnings are untouched): the documents of a numbered family are the keys it learned."""
    scratch.start_over()
    scratch.note_source(facts, {family for family, part in parts.items() if part.alike})
    family_of = {key: part for part in parts.values() for key in part.learned}
    for key, noted in scratch.docs.items():
        part = family_of.get(key)
        if part is not None:
            sample = noted.sample
            if sample is not None:
                noted.sample = {k: sample[k] for k in SAMPLE_FIELDS if k in sample}
            part.documents[key] = noted
    for key, node in scratch.graph.documents.items():
        part = parts.get(key)
        if part is not None and part.alike and key.startswith("name:"):
            part.named[key] = node


def pack(part: SourcePart) -> bytes:
    return pickle.dumps(part, protocol=pickle.HIGHEST_PROTOCOL)


def unpack(data: bytes) -> SourcePart:
    part: SourcePart = pickle.loads(data)
    return part
