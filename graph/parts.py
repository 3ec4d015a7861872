"""Each source's part of each family it touches, kept so that an update need not read it.

An update rebuilds every document of a touched family from the sources that touch it
(`vanban.graph.incremental`), most of which it only notes: they cite the family by
dated numbers, so they resolve as before. Reading and unpacking their facts to note them
was the largest cost of an update in proportion to the store (at 100k documents, 12,241
sources for ten new ones, about 6 of its 21 CPU-seconds). A `SourcePart` holds what one
source gives one family: what the resolver learns from it (`Resolver.learn`, `profile`)
and what it notes of the family's documents (`Resolver.note_source`): their spellings,
dates, titles, bodies and counts, as the resolver notes them while it adds or notes the
source. The state keeps them by family (`ResolverState.parts`), each packed on its own,
so that an update reads one row a touched family and the facts only of the sources it
resolves again.
"""

from __future__ import annotations

import pickle
from collections.abc import Callable, Iterable
from operator import attrgetter
from typing import Any

from .model import Document, Evidence
from .resolve import (
    SAMPLE_FIELDS,
    KeyPart,
    NumberIdentity,
    Resolver,
    SourcePart,
    _DocFacts,
    period_start,
)


def parts_of(facts: dict[str, Any], families: set[str], resolver: Resolver) -> dict[str, bytes]:
    """The parts of one source in each of `families` it touches (numbered or named), each
    packed, made right after `resolver` added or noted it (`Resolver.noted`). `resolver`
    knows what was learned from every source that touches them: whose numbers are undated
    somewhere decides which parts keep their topics."""
    parts = _learned(facts, families, resolver)
    for key in resolver.named_keys_of(facts):
        if key in families:
            parts.setdefault(key, SourcePart(alike=True))
    for family, part in parts.items():
        if not part.alike:  # resolved again whenever its family is touched: nothing to keep
            parts[family] = SourcePart(alike=False)
    _noted(parts, resolver)
    return {family: pack(part) for family, part in parts.items()}


def _learned(
    facts: dict[str, Any], families: set[str], resolver: Resolver
) -> dict[str, SourcePart]:
    """The source's numbered mentions of `families`, as `learn` and `profile` read them."""
    parts: dict[str, SourcePart] = {}
    for m, identity in resolver.numbers_of(facts).numbered(facts):
        base, period, _scope, key = identity
        if base not in families:
            continue
        part = parts.get(base)
        if part is None:  # (not `setdefault`, which made a part for every mention)
            part = parts[base] = SourcePart(alike=True)
        if key is None:
            part.alike = False
            continue
        learned = part.learned.get(key)
        if learned is None:
            topics = [] if base in resolver.undated else None
            learned = part.learned[key] = KeyPart(identity, {}, period_start(m, period), topics)
        if m.get("date"):
            learned.dates[m["date"]] = learned.dates.get(m["date"], 0) + 1
        if learned.topics is not None:  # as `profile` adds them: the title counts twice
            texts = ((m.get("title"), 2), (m.get("sentence"), 1))
            learned.topics += [(text, times) for text, times in texts if text]
    return parts


def _noted(parts: dict[str, SourcePart], resolver: Resolver) -> None:
    """What the source noted of the documents of the families it resolves alike: the
    documents of a numbered family are the keys it learned. Whether added or only noted
    (`Resolver.note_source`), a source notes a dated mention under its own key, whatever
    else is known."""
    family_of = {key: part for part in parts.values() for key in part.learned}
    for key, noted in resolver.noted.items():
        part = family_of.get(key)
        if part is not None:  # (its sample cut to `SAMPLE_FIELDS` as it is packed)
            part.documents[key] = noted
    for key, node in resolver.noted_names.items():
        part = parts.get(key)
        if part is not None and part.alike:
            part.named[key] = node


# A part is packed as plain tuples, dicts and strings: pickling the dataclasses (each with
# its class's name) took a third of the time the parts took to make, and a fifth of their
# bytes. A body's evidence is packed without its sentence, the most of a part's bytes (the
# state of 100k documents was 1.08 GB with them); `fill_sentences` reads it back from the
# source's facts for the few that an ISSUED_BY edge takes.


# A named document's fields in their order (`Document(*values)` makes it again); the
# class has slots, no `vars`.
_DOCUMENT_FIELDS = attrgetter(*Document.__slots__)


def pack(part: SourcePart) -> bytes:
    # a key's identity without the key, which is the entry's
    learned = {
        key: (k.identity[:3], k.dates, k.earliest, k.topics) for key, k in part.learned.items()
    }
    documents = {key: _packed_document(d) for key, d in part.documents.items()}
    named = {key: _DOCUMENT_FIELDS(node) for key, node in part.named.items()}
    return pickle.dumps((part.alike, learned, documents, named), protocol=pickle.HIGHEST_PROTOCOL)


def _packed_document(d: _DocFacts) -> tuple[Any, ...]:
    evidence = {body: _packed_evidence(e) for body, e in d.body_evidence.items()}
    sample = None if d.sample is None else tuple(map(d.sample.get, SAMPLE_FIELDS))
    return (d.spellings, d.dates, d.titles, d.bodies, evidence, sample, d.own_body, d.own)


def _packed_evidence(e: Evidence) -> tuple[Any, ...]:
    # (its source is the part's)
    sentence = None if e.sentence else e.sentence  # None: to read back (`fill_sentences`)
    return (e.start, e.end, e.surface, sentence, e.language, e.confidence, e.rule)


def unpack(data: bytes, source: str) -> SourcePart:
    """The part of `source` that `pack` packed."""
    alike, learned, documents, named = pickle.loads(data)
    return SourcePart(
        alike,
        {
            key: KeyPart(NumberIdentity(*identity, key), dates, earliest, topics)
            for key, (identity, dates, earliest, topics) in learned.items()
        },
        {key: _unpacked_document(source, *d) for key, d in documents.items()},
        {key: Document(*values) for key, values in named.items()},
    )


def _unpacked_document(
    source: str,
    spellings: dict[str, int],
    dates: dict[str, int],
    titles: dict[str, dict[str, int]],
    bodies: dict[str, int],
    evidence: dict[str, tuple[Any, ...]],
    sample: tuple[Any, ...] | None,
    own_body: dict[str, Any] | None,
    own: dict[str, Any] | None,
) -> _DocFacts:
    return _DocFacts(
        spellings,
        dates,
        titles,
        bodies,
        {body: Evidence(source, *e) for body, e in evidence.items()},
        None if sample is None else dict(zip(SAMPLE_FIELDS, sample, strict=True)),
        own_body,
        own,
    )


def fill_sentences(
    evidence: Iterable[Evidence],
    facts: dict[str, dict[str, Any]],
    stored_facts: Callable[[list[str]], dict[str, dict[str, Any]]],
) -> None:
    """Give each of `evidence` packed without its sentence (`_packed_evidence`) the
    sentence of its mention, read from its source's `facts`, else from those stored."""
    wanting = [e for e in evidence if e.sentence is None]
    unread = sorted({e.source for e in wanting} - set(facts))
    found = {**stored_facts(unread), **facts} if unread else facts
    spans: dict[str, dict[tuple[int, int], str]] = {}
    for e in wanting:
        of_source = spans.get(e.source)
        if of_source is None:
            mentions = found[e.source]["mentions"]
            of_source = spans[e.source] = {(m["start"], m["end"]): m["sentence"] for m in mentions}
        e.sentence = of_source[(e.start, e.end)]
