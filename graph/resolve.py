"""One node per real document: the `resolve` verb.

A document's identity is its number, type and issuers, plus the period its numbering
runs in and, for local codes, the province:
- State numbers with a year in them carry it; administrative numbers restart each
  calendar year, so the year of issue joins the key (`33/CT-TTg` of 2021 and
  `33/2021/CT-TTg` are one document, `33/CT-TTg` of 2025 another).
- Party numbers restart each Congress term (and a provincial committee's with its own
  term), so the term joins the key.
- Local codes (TU, UBND, TTr, ...) say nothing of the province; the citing text does.
A mention whose period is unknown joins the one known document it can only be, unless
that one is of another numbering period than the citing text's own date and the text does
not date it itself (the number then most likely names a document of its own period that no
text dates: the mention stays unresolved with the one candidate); when several fit, each
is weighed by time, topic, province and co-citation (`weigh.py`) and the best joined only
when that is decisive; otherwise the mention stays unresolved, listing the candidates with
their scores. Every edge's evidence says how the identity of its ends was decided
(`identity: <rule> (<confidence>)` after the relation's rule).
Resolution runs over all sources at once, so the order of loading never changes the result.
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from functools import cache, lru_cache
from operator import itemgetter
from pathlib import Path
from typing import Any, NamedTuple

from ..extract import places
from ..extract.codes import issuer_info
from ..extract.find import find_references
from ..extract.model import CHANGE_TITLED
from ..extract.published import PUBLISHED_FIELDS, iso_day
from ..extract.spelling import fold_number, fold_words
from . import few
from .corrections import DOCUMENT_FIELDS, Correction, Corrections, applies
from .identify import (
    DATED,
    NONE_KNOWN,
    ONLY_KNOWN,
    document_key,
    fits_scope,
    identify,
    split_key,
)
from .model import IDENTITY_MARK, Document, Evidence, Graph, Organisation, Unresolved
from .state_file import peek, peek_many
from .topics import TopicCounts, topics_of
from .weigh import Citing, Decision, Profile, of_another_period, weigh

# Party Congress openings: numbering of central Party documents restarts at each.
CONGRESS_TERMS = (
    ("IX", "2001-04-19"),
    ("X", "2006-04-18"),
    ("XI", "2011-01-12"),
    ("XII", "2016-01-20"),
    ("XIII", "2021-01-25"),
    ("XIV", "2026-01-19"),
)
# National Assembly terms, from each first sitting. The Standing Committee numbers what it
# issues without a year in the number ("1314/NQ-UBTVQH15", "1309/HD-UBTVQH15") in one
# series through the term its code names (951/NQ-UBTVQH13 of 2015, 1278/NQ-UBTVQH13 of
# 2016): the code alone gives such a number's period, dated or not.
ASSEMBLY_TERMS = (
    ("QH11", "2002-07-19"),
    ("QH12", "2007-07-19"),
    ("QH13", "2011-07-21"),
    ("QH14", "2016-07-20"),
    ("QH15", "2021-07-20"),
)
_ASSEMBLY_TERM_NAMES = {name for name, _ in ASSEMBLY_TERMS}
_STANDING_COMMITTEE = re.compile(r"UBTVQH(1[1-9])")
_YEAR_IN_NUMBER = re.compile(r"/\d{4}/")
# Provincial Party congresses run through the autumn before each national one; the
# first of September is taken as the turn of a local term (an approximation).
LOCAL_TERMS = (
    ("2000-2005", "2000-09-01"),
    ("2005-2010", "2005-09-01"),
    ("2010-2015", "2010-09-01"),
    ("2015-2020", "2015-09-01"),
    ("2020-2025", "2020-09-01"),
    ("2025-2030", "2025-09-01"),
)


# An edge whose subject acts on a later document cannot be a fact: it is set aside as an
# unresolved case with this reason (and the sentence), never drawn or walked. Issue 16 named
# the first four; a text cannot amend, replace or repeal a later one either (on the real
# corpus every such edge was a list read past its end, as "48/2013/NĐ-CP AMENDS 92/2017").
IMPOSSIBLE = "subject dated before its target"
FORWARD_RELATIONS = (
    "IMPLEMENTS", "GUIDES", "CONTINUES", "BASED_ON", "AMENDS", "REPLACES", "REPEALS",
)  # fmt: skip

# Central documents the seeds cite only in translation, with their official Vietnamese titles.
CATALOGUE = Path(__file__).with_name("data") / "titles.json"


def number_base(m: dict[str, Any]) -> str:
    """Number, type and issuers without the year: the part every spelling shares."""
    return _base_of(m["number"], m["family"], m["type_code"], *m["issuers"])


# A load asks for the base of each mention four or five times (its families, learning,
# profiles, resolving), and the same number recurs across texts: made once per distinct
# number (at 10k documents, 330k calls took a tenth of the resolution).
@lru_cache(maxsize=1 << 18)
def _base_of(number: str, family: str, type_code: str | None, *issuers: str) -> str:
    number = number.lstrip("0") or "0"
    if family == "party":
        return f"{number}-{type_code}/{'-'.join(issuers)}"
    # A letter's number is its issuer and unit, whether or not `CV` is written before them.
    units = [*issuers[:1], *(_unit(code) for code in issuers[1:])]
    codes = units if type_code in (None, "CV") else [type_code, *units]
    return f"{number}/{'-'.join(codes)}"


def _unit(code: str) -> str:
    """A code after the issuer's: a unit's code the catalogue does not know (`CQĐP`, `ĐT`)
    is free-form and written with D for Đ about as often as not, so both spell one key;
    a known code (`BTC`, `SGDĐT`) is already read in its own spelling."""
    return code if issuer_info(code) is not None else code.replace("Đ", "D")


def is_local(m: dict[str, Any]) -> bool:
    return _local_issuer(m["issuers"][0] if m["issuers"] else None)


@lru_cache(maxsize=1 << 12)  # issuers are few; asked for by every mention several times
def _local_issuer(code: str | None) -> bool:
    info = issuer_info(code)
    return info is None or info.level != "central"


def period_of(m: dict[str, Any]) -> str | None:
    if m["family"] == "state":
        term = assembly_term(m)
        if term is not None:
            return term
        if m.get("year"):
            return str(m["year"])
        return m["date"][:4] if m.get("date") else None
    terms = CONGRESS_TERMS if not is_local(m) else LOCAL_TERMS
    if m.get("date"):
        return _term_on(terms, m["date"])
    if m.get("year"):  # a year alone decides unless a term turned during it
        first, last = _term_on(terms, f"{m['year']}-01-01"), _term_on(terms, f"{m['year']}-12-31")
        return first if first == last else None
    return None


def assembly_term(m: dict[str, Any]) -> str | None:
    """The Assembly term a Standing Committee number is numbered in (`ASSEMBLY_TERMS`):
    "1314/NQ-UBTVQH15" is of QH15; one with a year in it ("35/2023/UBTVQH15") is not."""
    issuers = m.get("issuers") or []
    found = _STANDING_COMMITTEE.fullmatch(issuers[0]) if issuers else None
    if found is None or _YEAR_IN_NUMBER.search(m.get("canonical") or ""):
        return None
    return f"QH{found.group(1)}"


def _term_on(terms: tuple[tuple[str, str], ...], date: str) -> str | None:
    current = None
    for name, start in terms:
        if date >= start:
            current = name
    return current


def period_start(m: dict[str, Any], period: str) -> str | None:
    """The first day a numbering period allows: Jan 1st of a year, or a term's opening."""
    return _period_start(period, not period.isdigit() and is_local(m))


# Periods are a few dozen (years and terms), asked for by every key learned and profiled
# (240k calls at 30k documents).
@lru_cache(maxsize=1 << 10)
def _period_start(period: str, local: bool) -> str | None:
    if period.isdigit():
        return f"{period}-01-01"
    return next((start for name, start in _terms_of(period, local) if name == period), None)


def _terms_of(period: str, local: bool) -> tuple[tuple[str, str], ...]:
    """The table of terms a period that is no year belongs to."""
    if period in _ASSEMBLY_TERM_NAMES:
        return ASSEMBLY_TERMS
    return LOCAL_TERMS if local else CONGRESS_TERMS


@dataclass
class Resolution:
    """The document a mention joins (None: unresolved), and how that was decided."""

    key: str | None
    candidates: list[str]
    reason: str
    rule: str
    confidence: float
    scores: list[float] = field(default_factory=list)


def lookup_keys(aliases: Iterable[str], base: str | None) -> list[str]:
    """Every folded spelling a document answers to: its own, and its number without the year."""
    return sorted({fold_number(a) for a in aliases} | ({fold_number(base)} if base else set()))


def scope_of(m: dict[str, Any]) -> str:
    """A number's scope in its key: '' central, else the province its body or its text
    gives, '?' when neither does."""
    if not is_local(m):
        return ""
    body = m.get("body") or {}
    return body.get("province") or m.get("province_hint") or "?"


class NumberIdentity(NamedTuple):
    """What a numbered mention's document key is made of: its base, its numbering period
    (None when undated) and its scope (see `document_key`); `key` is the key a dated
    mention names (None when undated)."""

    base: str
    period: str | None
    scope: str
    key: str | None


def identity_of(m: dict[str, Any]) -> NumberIdentity:
    """The identity of one numbered mention (`number_base`, `period_of`, `scope_of`)."""
    base, period, scope = number_base(m), period_of(m), scope_of(m)
    return NumberIdentity(
        base, period, scope, None if period is None else document_key(base, period, scope)
    )


@dataclass(slots=True)
class SourceNumbers:
    """A source's numbered mentions as every pass of the resolver reads them: its own
    mention (`Resolver._own_mention`) and, in the order of its facts' mentions, the
    identity of each (None for a mention without a number). Read once a source: the
    passes asked for a mention's base, period and scope some five times each."""

    own: dict[str, Any] | None
    own_identity: NumberIdentity | None
    identities: list[NumberIdentity | None]
    # the keys of the documents it names without a number (`named_keys`), once asked
    named: tuple[str, ...] | None = None

    def numbered(self, facts: dict[str, Any]) -> list[tuple[dict[str, Any], NumberIdentity]]:
        """The own mention first, then every mention with a number, with their identities."""
        found = [(self.own, self.own_identity)] if self.own is not None else []
        found += [
            (m, i) for m, i in zip(facts["mentions"], self.identities, strict=True) if i is not None
        ]
        return found  # type: ignore[return-value]


# What `_fill_document` reads of a document's sample mention, all a document keeps of it
# (`sample_of`): the whole mention held the source's record, its sentence and spans, past
# the resolution of its source (at 30k documents, 126k mentions, 100 MiB of dicts alone,
# when the resolution finished). A state's part keeps only these too (`parts.pack`).
SAMPLE_FIELDS = (
    "number", "family", "type_code", "type_name", "issuer_code", "issuers", "year", "level",
)  # fmt: skip


_SAMPLE_VALUES = itemgetter(*SAMPLE_FIELDS)


def sample_of(m: dict[str, Any]) -> dict[str, Any]:
    """What a document keeps of its sample mention `m` (`SAMPLE_FIELDS`, the same values;
    None for a field `m` lacks)."""
    try:  # a mention read from facts has every field: read at once, not field by field
        return dict(zip(SAMPLE_FIELDS, _SAMPLE_VALUES(m), strict=True))
    except KeyError:
        return {name: m.get(name) for name in SAMPLE_FIELDS}


# Counts are plain dicts (text -> times, in the order first met), read with `_commonest`:
# one of these is made for every document (351k at 100k), and four Counters made it 10 µs.
@dataclass(slots=True)
class _DocFacts:
    spellings: dict[str, int] = field(default_factory=dict)
    dates: dict[str, int] = field(default_factory=dict)
    titles: dict[str, dict[str, int]] = field(default_factory=dict)  # by language
    bodies: dict[str, int] = field(default_factory=dict)
    body_evidence: dict[str, Evidence] = field(default_factory=dict)
    sample: dict[str, Any] | None = None
    own_body: dict[str, Any] | None = None  # the issuer named in the document's own header
    own: dict[str, Any] | None = None  # identity read from the document's own text

    def merge(self, later: _DocFacts) -> None:
        """Add what a later source noted of the document (its `SourcePart`), as if its
        mentions were noted after this one's: counts add up in the order first met, the
        first sample and body evidence stay, and a text's own header is taken as
        `Resolver._own_key` takes it."""
        _add_counts(self.spellings, later.spellings)
        _add_counts(self.dates, later.dates)
        for language, titles in later.titles.items():
            _add_counts(self.titles.setdefault(language, {}), titles)
        _add_counts(self.bodies, later.bodies)
        for body, evidence in later.body_evidence.items():
            self.body_evidence.setdefault(body, evidence)
        self.sample = self.sample or later.sample
        if later.own is not None and (self.own is None or later.own.get("basis") == "header"):
            self.own = later.own
            self.own_body = later.own_body or self.own_body


def _add_counts(counts: dict[str, int], more: dict[str, int]) -> None:
    for text, n in more.items():
        counts[text] = counts.get(text, 0) + n


@dataclass(slots=True)
class KeyPart:
    """What one source's numbered mentions of one dated document key teach the resolver
    (`Resolver.learn`, `Resolver.profile`): the key's identity, the dates they write, the
    first day its period allows, and the texts of its topics (None: not kept, as the
    number was dated everywhere when the part was made)."""

    identity: NumberIdentity
    dates: dict[str, int] = field(default_factory=dict)
    earliest: str | None = None
    topics: list[tuple[str, int]] | None = None


@dataclass(slots=True)
class SourcePart:
    """What one source gives one family (see `vanban.graph.incremental`): whether it
    resolves every mention of it alike whatever else is known (each numbered one dated),
    and then what it teaches and notes of the family's documents, so that an update can
    rebuild them without that source's facts."""

    alike: bool
    learned: dict[str, KeyPart] = field(default_factory=dict)
    documents: dict[str, _DocFacts] = field(default_factory=dict)
    named: dict[str, Document] = field(default_factory=dict)  # node as first made, mentions

    def keys(self) -> set[str]:
        """The family's documents the source cites."""
        return {*self.learned, *self.named}


class Resolver:
    def __init__(
        self,
        corrections: Corrections | None = None,
        numbers: dict[str, SourceNumbers] | None = None,
    ) -> None:
        """`numbers` are the sources' numbers read already (`numbers_of`), to share."""
        self.corrections = corrections or Corrections()
        self.graph = Graph()
        self.docs: dict[str, _DocFacts] = defaultdict(_DocFacts)
        # What the source being added (or noted) gives each document, merged into `docs`
        # once it is read: kept until the next source as that source's part of them
        # (`parts.parts_of`), which noting each source a second time on its own cost a
        # tenth of a whole load's resolution at 100k documents.
        self.noted: dict[str, _DocFacts] = {}
        self.noted_names: dict[str, Document] = {}  # name key -> its node as this source makes it
        # number base -> scope -> the periods of the documents known under that number (a
        # period alone, else a set: `few`; most numbers are known in one period and scope)
        self.anchors: dict[str, dict[str, few.Few]] = defaultdict(dict)
        self.stats: Counter[str] = Counter()
        self._unresolved_keys: set[str] = set()
        self.cited: dict[str, set[str]] = defaultdict(set)  # source -> documents dated in it
        # candidates of colliding numbers that some mention gives undated (`profile`)
        self.profiles: dict[str, Profile] = {}
        self.dates: dict[str, Counter[str]] = defaultdict(Counter)  # key -> dates written
        # Number bases some mention gives without a date or year: only their candidates are
        # ever weighed, so only they need profiles (reading the topics of every sentence of
        # a colliding number cost a fifth of the resolution at 30k documents; at 100k the
        # profiles of every colliding number, 310k, took 13 s to keep in the state, and
        # 232k are of numbers undated somewhere). Sound for a load by
        # difference too: a source that brings an undated mention touches its base, and
        # the base's profiles are then made again from every source that cites it.
        self.undated: set[str] = set()
        self._colliding: dict[str, bool] = {}  # see `_collides`
        # source id -> its numbers, read once
        self.numbers: dict[str, SourceNumbers] = {} if numbers is None else numbers
        self._citing: dict[str, Citing] = {}
        self._cocited: dict[str, Counter[str]] = {}
        # What each source brought, for a load that re-resolves only what changed
        # (`vanban.graph.incremental`): its counts, its warnings, the bodies it named.
        self._source: str | None = None
        self.stats_of: dict[str, Counter[str]] = defaultdict(Counter)
        self.warnings_of: dict[str, list[str]] = defaultdict(list)
        self.organisations_of: dict[str, set[str]] = defaultdict(set)
        # read once: asked for every numbered mention, and a load has none most often
        self._mention_corrections = self.corrections.of_kind("mention")
        self._same: dict[str, tuple[str, Correction]] = {
            other: (c.fields["keys"][0], c)
            for c in self.corrections.of_kind("same")
            for other in c.fields["keys"][1:]
        }

    def learned_only(self) -> Resolver:
        """A resolver that knows what this one learned (`learn`, `profile`), sharing its
        tables, and has built nothing yet: to build the graph again from the same
        sources, resolving more of them (`vanban.graph.incremental`)."""
        builder = Resolver(self.corrections, self.numbers)
        builder.anchors, builder.dates, builder.profiles = self.anchors, self.dates, self.profiles
        builder.cited, builder.undated = self.cited, self.undated
        return builder

    # -- identities -----------------------------------------------------------------

    def scope(self, m: dict[str, Any]) -> str:
        return scope_of(m)

    def count(self, what: str, n: int = 1, source: str | None = None) -> None:
        """Count `what` in the resolution's figures, for the source being read."""
        self.stats[what] += n
        self.stats_of[source or self._source or ""][what] += n

    def numbers_of(self, facts: dict[str, Any]) -> SourceNumbers:
        """The source's own mention and the identity of each of its numbered mentions,
        read once a source."""
        src_id = facts["source"]["id"]
        found = self.numbers.get(src_id)
        if found is None:
            identities = [identity_of(m) if m.get("number") else None for m in facts["mentions"]]
            found = self.numbers[src_id] = self._with_own(facts, identities)
        return found

    def named_keys_of(self, facts: dict[str, Any]) -> tuple[str, ...]:
        """`named_keys` of a source, read once a source (its families, its parts)."""
        numbers = self.numbers_of(facts)
        if numbers.named is None:
            numbers.named = tuple(named_keys(facts))
        return numbers.named

    def _with_own(
        self, facts: dict[str, Any], identities: list[NumberIdentity | None]
    ) -> SourceNumbers:
        own = self._own_mention(facts)
        return SourceNumbers(own, None if own is None else identity_of(own), identities)

    def learn(self, facts: dict[str, Any], families: set[str] | None = None) -> None:
        """First pass: every mention or identity whose period is known anchors a document.

        With `families`, only the numbers of those families are learned (the others are
        known already); what the source cites is always learned."""
        if self._colliding:
            self._colliding = {}
        src_id = facts["source"]["id"]
        cited = self.cited[src_id]
        mention_corrections = bool(self._mention_corrections)
        for m, (base, period, scope, key) in self.numbers_of(facts).numbered(facts):
            if period is None:
                self.undated.add(base)
            elif not (mention_corrections and self._corrected(m, src_id, count=False)):
                cited.add(key)  # type: ignore[arg-type]
                if families is not None and base not in families:
                    continue
                few.add(self.anchors[base], scope, period)  # type: ignore[arg-type]
                if m.get("date"):
                    self.dates[key][m["date"]] += 1  # type: ignore[index]

    def profile(self, facts: dict[str, Any], families: set[str] | None = None) -> None:
        """Second pass: what is known of each document whose number fits several and is
        given undated somewhere, the only ones ever weighed (only those of `families` when
        given)."""
        src = facts["source"]
        for m, (base, period, scope, key) in self.numbers_of(facts).numbered(facts):
            if period is None or base not in self.undated:
                continue
            if families is not None and base not in families:
                continue
            if not self._collides(base):
                continue
            assert key is not None
            p = self.profiles.get(key)
            if p is None:  # made once a key, not once a mention (two Counters each)
                p = self.profiles[key] = Profile(period=period, earliest=period_start(m, period))
            if m.get("date"):
                # The text's own header counts as one mention. It was meant to count three
                # (`3 if m is own`), but `own` was always a fresh copy, never the mention
                # read here, so one it has always been, and the weighing was tuned so:
                # counting three changes which document some undated numbers join.
                p.dates[m["date"]] += 1
            p.topic_texts.add(m.get("title"), times=2)  # the title counts twice
            p.topic_texts.add(m.get("sentence"))
            p.sources.add(src["id"])
            p.province = scope if scope and scope != "?" else None

    def learn_part(self, part: SourcePart) -> None:
        """`learn` for the family of a stored source's part, without its facts (what it
        cites is kept in the state)."""
        if self._colliding:
            self._colliding = {}
        for key, learned in part.learned.items():
            base, period, scope, _key = learned.identity
            few.add(self.anchors[base], scope, period)  # type: ignore[arg-type]
            if learned.dates:
                _add_counts(self.dates[key], learned.dates)

    def profile_part(self, source: str, part: SourcePart) -> None:
        """`profile` for the family of a stored source's part (its topics are kept
        whenever its number is undated somewhere: `needs_topics`)."""
        for key, learned in part.learned.items():
            base, period, scope, _key = learned.identity
            if base not in self.undated or not self._collides(base):
                continue
            p = self.profiles.get(key)
            if p is None:
                p = self.profiles[key] = Profile(period=period, earliest=learned.earliest)
            _add_counts(p.dates, learned.dates)
            assert learned.topics is not None, "a part without topics is read from facts"
            for text, times in learned.topics:
                p.topic_texts.add(text, times)
            p.sources.add(source)
            p.province = scope if scope and scope != "?" else None

    def needs_topics(self, part: SourcePart) -> bool:
        """Whether the part lacks the topics its profiles need: its number is undated
        somewhere now, and was not when the part was made."""
        return any(
            learned.topics is None and learned.identity.base in self.undated
            for learned in part.learned.values()
        )

    def note_part(self, part: SourcePart) -> None:
        """`note_source` for the family of a stored source's part, without its facts."""
        for key, noted in part.documents.items():
            self.docs[key].merge(noted)
        for key, named in part.named.items():
            node = self.graph.documents.get(key)
            if node is None:
                node = self.graph.documents[key] = replace(named, mentions=0)
            node.mentions += named.mentions

    def _collides(self, base: str) -> bool:
        """Whether documents of several periods or scopes are known under `base`, read once
        a base while profiles are made (summing its periods for every mention of a number
        cost a tenth of the profiles at 100k documents); `learn` forgets the answers."""
        found = self._colliding.get(base)
        if found is None:
            periods = self.anchors.get(base, {})
            found = self._colliding[base] = sum(map(len, map(few.items, periods.values()))) >= 2
        return found

    def resolve(
        self,
        m: dict[str, Any],
        facts: dict[str, Any] | None = None,
        identity: NumberIdentity | None = None,
    ) -> Resolution:
        """The key a mention joins, or an unresolved Resolution listing the candidates.

        `facts` are those of the citing source: without them, several candidates are
        never weighed (and what the citing text says is read only when they are).
        `identity` is the mention's own, when read already."""
        base, period, scope, dated = identity or identity_of(m)
        if dated is not None:
            return Resolution(dated, [], "dated", DATED, 1.0)
        # a dated mention names its own key (`identify`): the known keys of its number,
        # more of them the larger the corpus, are listed only for an undated one
        known = (
            []
            if period is not None
            else [
                document_key(base, p, s)
                for s, ps in self.anchors.get(base, {}).items()
                if fits_scope(scope, s)
                for p in few.items(ps)
            ]
        )
        found = identify(base, period, scope, known)
        if found.rule == DATED:
            return Resolution(found.key, [], "dated", DATED, 1.0)
        if found.rule == ONLY_KNOWN:
            key = found.key
            late = self._issued_after(key, facts)
            if late:  # the one known document cannot be it: some other of that number is
                return Resolution(None, [key], late, "undecided", 0.0, [0.0])
            doubt = self._of_another_period(key, facts)
            if doubt:
                return Resolution(None, [key], doubt, "undecided", 0.0, [0.0])
            return Resolution(key, [], "joined the one known document", ONLY_KNOWN, 0.8)
        if found.rule == NONE_KNOWN:
            return Resolution(found.key, [], "only document of that number", NONE_KNOWN, 0.8)
        candidates = found.candidates
        if facts is None:
            reason = f"fits {len(candidates)} documents; no date or year says which"
            return Resolution(None, candidates, reason, "undecided", 0.0)
        decision = self._weigh(candidates, self.citing(facts), m)
        scores = [w.score for w in decision.weighed]
        if decision.key is None:
            reason = (
                f"fits {len(candidates)} documents; no date or year says which, "
                f"and the evidence does not decide: {decision.summary()}"
            )
            return Resolution(None, candidates, reason, "undecided", 0.0, scores)
        reason = f"weighed by {decision.rule}"
        return Resolution(decision.key, candidates, reason, reason, decision.confidence, scores)

    @staticmethod
    def _of_own_period(keys: list[str], day: str | None) -> set[str]:
        """The `keys` whose numbering period holds `day` (the citing text's own date)."""
        if not day:
            return set()
        found = set()
        for key in keys:
            base, period, scope = split_key(key)
            if period is None:
                continue
            if period.isdigit():
                if day[:4] == period:
                    found.add(key)
                continue
            if _term_on(_terms_of(period, bool(scope)), day) == period:
                found.add(key)
        return found

    def _issued_after(self, key: str, facts: dict[str, Any] | None) -> str | None:
        """Why the document `key` cannot be cited by the citing text, if it was issued later."""
        dates = self.dates.get(key)
        if facts is None or not dates:
            return None
        citing = self.citing(facts)
        if not citing.latest:
            return None
        date = dates.most_common(1)[0][0]
        if date <= citing.latest:
            return None
        return (
            f"the one known document of that number, {key}, was issued {date}, after the "
            f"citing text ({citing.latest_why}); another of that number is meant"
        )

    def _of_another_period(self, key: str, facts: dict[str, Any] | None) -> str | None:
        """Why the one known document `key` may not be what an undated mention means: the
        citing text is dated in another numbering period, in which the number names
        another document, and the text does not date `key` itself.

        A number restarts with each period (a year, a Party term), and an undated number
        is most often one of the citing text's own period; the one document known under
        it, from another period, is then a guess (on 100,000 synthetic texts whose truth is
        known, 852 of the 996 mentions this holds back had been joined to the wrong one)."""
        if facts is None or split_key(key)[1] is None:
            return None
        citing = self.citing(facts)
        if not of_another_period(key, citing, self._of_own_period([key], citing.own_date)):
            return None
        return (
            f"the one known document of that number, {key}, is of another numbering "
            f"period than the citing text ({citing.own_date}), and nothing else says "
            "it is the one meant"
        )

    def _weigh(self, candidates: list[str], citing: Citing, m: dict[str, Any]) -> Decision:
        for key in candidates:
            if key in citing.cocited:
                continue
            counts = self._cocited_counts(key)
            profile = self.profiles.get(key)
            # the citing text's own citations, when it cites `key` itself, are not
            # co-citations found elsewhere
            own = 1 if profile is not None and citing.source in profile.sources else 0
            # Only what the citing text cites is kept (all `weigh` reads): every document
            # cited with `key` anywhere, a set per citing text and candidate, grew with
            # the corpus on both counts (at 100k documents, half of the resolution's time
            # and several GB).
            mine = self.cited.get(citing.source, set())
            citing.cocited[key] = {
                d for d in citing.cited if d != key and counts[d] - (own if d in mine else 0) > 0
            }
        current = self._of_own_period(candidates, citing.own_date)
        sentence = topics_of(m.get("sentence") or "")
        return weigh(candidates, self.profiles, citing, sentence, current)

    def _cocited_counts(self, key: str) -> Counter[str]:
        """How many sources cite each document together with `key` (computed once a key)."""
        if key not in self._cocited:
            counts: Counter[str] = Counter()
            sources = (self.profiles.get(key) or Profile()).sources
            # only read: in an update, the state's rows of all these sources read in one
            # go and not compared when it is saved (`state_file.peek`)
            peek_many(self.cited, sources)
            for other in sources:
                counts.update(peek(self.cited, other, ()))
            self._cocited[key] = counts
        return self._cocited[key]

    def citing(self, facts: dict[str, Any]) -> Citing:
        """What a source says of its own time and topics, read once per source."""
        src_id = facts["source"]["id"]
        if src_id not in self._citing:
            self._citing[src_id] = citing_context(facts, self.cited.get(src_id, set()))
        return self._citing[src_id]

    def _corrected(self, m: dict[str, Any], source: str, count: bool = True) -> Resolution | None:
        """The document a researcher's correction says this mention means, if one does."""
        for c in self._mention_corrections:
            if applies(c, m.get("canonical"), source):
                c.used += count
                means = c.fields["means"]
                return Resolution(means, [], "corrected", f"correction {c.label}", 1.0)
        return None

    def same_key(self, key: str | None) -> str | None:
        """`key`, or the key a `same` correction merges it into."""
        if key in self._same:
            kept, c = self._same[key]
            c.used += 1
            return kept
        return key

    # -- building ---------------------------------------------------------------------

    def add_source(
        self, facts: dict[str, Any], resolved: dict[int, Resolution] | None = None
    ) -> None:
        """Add a source's nodes, edges, cases and figures. `resolved` are resolutions of
        some of its mentions (by index) made ahead, as `resolve` makes them here
        (`weigh_ahead`)."""
        src = facts["source"]
        self._begin(src["id"])
        own_key = self._own_key(facts)
        self.graph.sources[src["id"]] = own_key
        own_number = facts["document"].get("number")
        keys: list[str | None] = []
        resolutions: list[Resolution | None] = []
        numbers = self.numbers_of(facts).identities
        # when the text was written (`writing_days`), read at its first mention named
        # without a number: most texts have none, and it reads every mention's date
        when: tuple[str | None, str | None] | None = None
        for index, (m, number) in enumerate(zip(facts["mentions"], numbers, strict=True)):
            if own_number and m["canonical"] == own_number:  # the text naming itself
                keys.append(own_key)
                resolutions.append(None)
                continue
            if number is None:  # a law named without a number: a node of its name
                named = None
                if m.get("name"):
                    when = when or writing_days(facts)
                    named = self._named(m, when)
                    self.count("named without a number")
                else:  # "Kế hoạch số 79", its code not written (`extract.bare`): no node
                    self.count("a number written without its code")
                keys.append(named)
                resolutions.append(None)
                continue
            found = self._corrected(m, src["id"]) if self._mention_corrections else None
            if found is None and resolved:
                found = resolved.get(index)
            found = found or self.resolve(m, facts, number)
            found.key = self.same_key(found.key)
            key = found.key
            keys.append(key)
            resolutions.append(found)
            self.count(found.reason if key else "ambiguous")
            if m.get("date_warning"):
                self.count("warning: a date contradicts the year in the number")
            if key is not None:
                self._note_mention(key, m, src)
        self._merge_noted()
        named_actors = self._mentions_named_actors(facts)
        for st in facts["statements"]:
            m = facts["mentions"][st["object"]]
            target = keys[st["object"]]
            subject = own_key if st["subject"] is None else keys[st["subject"]]
            ends = [m] if st["subject"] is None else [m, facts["mentions"][st["subject"]]]
            if any(not end.get("number") and not end.get("name") for end in ends):
                continue
            if target is None or subject is None:
                self._unresolved(facts, st, subject, target, resolutions)
                continue
            if subject == target:
                continue
            relation = st["relation"]
            if (
                st["subject"] is None
                and relation != "BASED_ON"
                and not self._speaks_for_itself(facts)
            ):
                # a report that names no document or body only mentions it; a preamble's
                # basis line is the basis of the text it opens, named or not (a translation
                # whose number the page left out, blind round MV)
                relation = "CITES"
            if st["subject"] is None and st["object"] in named_actors:
                relation = "CITES"  # the sentence names who acts (`_add_acts`), not the body
            if st["subject"] is None and st["rule"] == CHANGE_TITLED:
                relation = "CITES"  # another document's change the page tells (its own edge)
            evidence = self._evidence(src, m, st, resolutions[st["object"]])
            self.graph.add_edge(subject, relation, target, evidence)
        self._add_acts(facts, keys, own_key)

    def note_source(self, facts: dict[str, Any], families: set[str]) -> None:
        """What a source gives the documents of `families`, and only that: its own
        document, its mentions of those families and the documents it names, noted as
        `add_source` notes them, without its edges, cases or figures.

        For a load that re-resolves part of the sources (`vanban.graph.incremental`): a
        stored source whose every numbered mention of `families` is dated resolves them
        as before (a dated mention names its own key, whatever else is known), so only
        its part of those documents is needed to rebuild them; its edges stay stored."""
        src = facts["source"]
        self._begin(src["id"])
        self._own_key(facts)
        own_number = facts["document"].get("number")
        numbers = self.numbers_of(facts).identities
        when: tuple[str | None, str | None] | None = None  # read when first needed
        for m, number in zip(facts["mentions"], numbers, strict=True):
            if own_number and m["canonical"] == own_number:
                continue
            if number is None:
                if m.get("name"):
                    when = when or writing_days(facts)
                    self._named(m, when)
            elif number.base in families:
                assert number.key is not None, "only a dated mention resolves alike"
                self._note_mention(number.key, m, src)
        self._merge_noted()
        self._source = None

    def _begin(self, source: str) -> None:
        """Begin a source: what it notes is its own (`noted`) until `_merge_noted`."""
        self._source = source
        self.noted = {}
        self.noted_names = {}

    def _merge_noted(self) -> None:
        """Add what the source noted to what every source noted (`docs`), as if noted
        there (`_DocFacts.merge`): a document first noted now takes the source's own."""
        docs = self.docs
        for key, noted in self.noted.items():
            known = docs.get(key)
            if known is None:
                docs[key] = noted
            else:
                known.merge(noted)

    def _add_acts(self, facts: dict[str, Any], keys: list[str | None], own_key: str) -> None:
        """Edges from the bodies a report assigns (extract.actors): a body, or a document
        giving the order, acting on the ordered document (the text's own when none)."""
        for act in facts.get("actors") or []:
            obj = act["object"]
            target = own_key if obj is None else keys[obj]
            if act["body"] is not None:
                subject: str | None = self._organisation(act["body"])
            else:
                subject = keys[act["subject"]]
            if target is None or subject is None or subject == target:
                continue
            if obj is None and not self._speaks_for_itself(facts):
                continue  # "nghị định này" of a page that is about no document
            # the mention acted on, as for any edge; the sentence is the one that states it
            at = facts["mentions"][obj] if obj is not None else act
            evidence = Evidence(
                source=facts["source"]["id"],
                start=at["start"],
                end=at["end"],
                surface=at.get("surface", ""),
                sentence=act["sentence"],
                language=facts["source"]["language"],
                confidence=act["confidence"],
                rule=act["rule"],
            )
            self.graph.add_edge(subject, act["relation"], target, evidence)

    @staticmethod
    def _mentions_named_actors(facts: dict[str, Any]) -> set[int]:
        """The mentions whose actor a report's sentence names, on a page that speaks for the
        body it reports on (`main_body`), not for a document: "Thực hiện Kế hoạch số
        82/KH-UBND …, UBND xã Bãi Sậy đăng tải …" on a page titled for the Ban Thường vụ
        Tỉnh ủy's resolution is the commune's act, not the Ban's."""
        if _names_its_document(facts["document"]) or not facts.get("main_body"):
            return set()
        return {
            a["object"]
            for a in facts.get("actors") or []
            if a.get("object") is not None and a.get("body") and a.get("subject") is None
        }

    @staticmethod
    def _speaks_for_itself(facts: dict[str, Any]) -> bool:
        return _names_its_document(facts["document"]) or bool(facts.get("main_body"))

    def _own_mention(self, facts: dict[str, Any]) -> dict[str, Any] | None:
        doc = facts["document"]
        if not doc.get("number"):
            return None
        m = next((m for m in facts["mentions"] if m["canonical"] == doc["number"]), None)
        if m is None:  # the number comes from the record's metadata, not from the text
            m = _mention_of_number(doc["number"])
            if m is None:
                return None
        body = facts.get("issuer_body") or m.get("body")
        return {
            **m,
            "date": doc.get("date") or m.get("date"),
            "province_hint": doc.get("province"),
            "body": body,
            "title": doc.get("title") or m.get("title"),
        }

    def _own_key(self, facts: dict[str, Any]) -> str:
        """The node a text speaks for: its own document, the body it reports on, or else a
        node of its own flagged as unnumbered."""
        src = facts["source"]
        numbers = self.numbers_of(facts)
        own = numbers.own
        if own is not None:
            key = self.same_key(self.resolve(own, identity=numbers.own_identity).key)
            if key is not None:
                # its title only when its own header gives one (in Vietnamese); a report's
                # title for the document it is about counts as a mention
                d = self.noted.setdefault(key, _DocFacts())
                d.own = dict(facts["document"])
                d.own_body = facts.get("issuer_body")
                # The document's own header outranks a report about it (`_DocFacts.merge`).
                known = self.docs.get(key)
                if known is None or known.own is None or d.own.get("basis") == "header":
                    for warning in facts["document"].get("warnings") or []:
                        self.count("warning: header and metadata disagree")
                        self.graph.warnings.append(f"{src['path']}: {warning}")
                        self.warnings_of[src["id"]].append(self.graph.warnings[-1])
                self._note_mention(key, own, src)
                if key not in self.graph.documents:  # (`setdefault` made a node every time)
                    self.graph.documents[key] = Document(key=key, number=own["canonical"])
                return key
        if facts["document"].get("basis") != "unnumbered" and facts.get("main_body"):
            return self._organisation(facts["main_body"])
        if facts.get("issuer_body") and not facts["document"].get("number"):
            # a document the page gives no number acts through the body that issued it
            # ("Theo kế hoạch, Ban Thường vụ Tỉnh uỷ yêu cầu …"): a node of its own would
            # meet nothing else, and reports name the body (eval/reports/README.md)
            return self._organisation(facts["issuer_body"])
        return self._unnumbered(facts)

    def _unnumbered(self, facts: dict[str, Any]) -> str:
        src, doc = facts["source"], facts["document"]
        key = unnumbered_key(src["id"])
        province = doc.get("province")
        kind = doc.get("type_name") or "Văn bản"
        about = src.get("title") or facts.get("lead")
        self.graph.documents[key] = Document(
            key=key,
            number=None,
            type_code=doc.get("type_code"),
            type_name=doc.get("type_name"),
            date=doc.get("date"),
            province=province,
            province_today=_today(province),
            # a text whose whole jurisdiction is one province speaks for that province
            level=doc.get("level") or ("provincial" if province else None),
            unnumbered=True,
            has_text=True,
            title=f"{kind} không số{f' ({province})' if province else ''}: {about}",
        )
        return key

    def _named(self, m: dict[str, Any], when: tuple[str | None, str | None]) -> str:
        """The node of a document cited by name whose number is not known ("Luật Đầu tư
        năm 2005", a Party Congress resolution): one per name and year, so that the same
        name in other texts meets it, and a later catalogue entry can give it its number."""
        name, year = named_identity(m, when)
        key = _name_year_key(name, year)
        mine = self.noted_names.get(key)
        if mine is None:  # the node as this source makes it, for its part (`parts`)
            mine = self.noted_names[key] = Document(
                key=key,
                number=None,
                title=name,
                titles=[name],
                title_languages=["vi"],
                type_name=m.get("type_name") or name.split(" ", 1)[0],
                year=year,
                period=str(year) if year else None,
                date=m.get("date"),
                level="central",
                unnumbered=True,
            )
        mine.mentions += 1
        node = self.graph.documents.get(key)
        if node is None:
            node = replace(mine, mentions=0, titles=[name], title_languages=["vi"])
            self.graph.documents[key] = node
        node.mentions += 1
        return key

    def _note_mention(self, key: str, m: dict[str, Any], src: dict[str, Any]) -> None:
        d = self.noted.get(key)
        if d is None:
            d = self.noted[key] = _DocFacts()
        d.spellings[m["canonical"]] = d.spellings.get(m["canonical"], 0) + 1
        if m.get("date"):
            d.dates[m["date"]] = d.dates.get(m["date"], 0) + 1
        if m.get("title"):
            titles = d.titles.setdefault(src.get("language") or "?", {})
            titles[m["title"]] = titles.get(m["title"], 0) + 1
        body = m.get("body")
        if body:
            d.bodies[body["key"]] = d.bodies.get(body["key"], 0) + 1
            self._organisation(body)
            if body["key"] not in d.body_evidence:  # the first mention's: made only then
                d.body_evidence[body["key"]] = self._evidence(src, m, None)
        if d.sample is None:  # the first mention's
            d.sample = sample_of(m)

    def _organisation(self, body: dict[str, Any]) -> str:
        if body["key"] not in self.graph.organisations:  # the node made once, not per mention
            self.graph.organisations[body["key"]] = _organisation(body)
        if self._source is not None:
            self.organisations_of[self._source].add(body["key"])
        return body["key"]

    def _evidence(
        self,
        src: dict[str, Any],
        m: dict[str, Any],
        st: dict[str, Any] | None,
        identity: Resolution | None = None,
    ) -> Evidence:
        rule = st["rule"] if st else "issuer code"
        if identity is not None:
            rule = _evidence_rule(rule, identity.rule, identity.confidence)
        elif st is not None:
            rule = _evidence_rule(rule, "own number", 1.0)
        # its fields by position (`Evidence`'s order): by keyword, making one took 430 ns
        # against 160 (a million evidence at 100k documents)
        return Evidence(
            src["id"],  # source
            m["start"],
            m["end"],
            sys.intern(m["surface"]),  # one string for equal ones read in other parts
            m["sentence"],
            sys.intern(src["language"]),
            st["confidence"] if st else 1.0,
            rule,
        )

    def _unresolved(
        self,
        facts: dict[str, Any],
        st: dict[str, Any],
        subject: str | None,
        target: str | None,
        resolutions: list[Resolution | None],
    ) -> None:
        """List the mention of `st` that did not resolve; `resolutions` are those of the
        source's mentions, made already (resolving it again weighed its candidates again:
        a twentieth of the resolution at 100k documents)."""
        which = st["object"] if target is None else st["subject"]
        m = facts["mentions"][which]
        key = f"{facts['source']['id']}:{m['start']}"
        if key in self._unresolved_keys:  # a mention can carry two statements; list it once
            return
        self._unresolved_keys.add(key)
        found = resolutions[which] or self.resolve(m, facts)
        self.graph.unresolved.append(
            Unresolved(
                key=f"{facts['source']['id']}:{m['start']}",
                canonical=m["canonical"],
                source=facts["source"]["id"],
                start=m["start"],
                end=m["end"],
                sentence=m["sentence"],
                relation=st["relation"],
                subject=subject,
                candidates=found.candidates,
                reason=found.reason,
                scores=found.scores,
            )
        )

    def finish(
        self,
        keep: Callable[[str], bool] | None = None,
        stored: Callable[[list[str]], dict[str, Document]] | None = None,
    ) -> Graph:
        """The graph, once every source is added.

        For a load that re-resolves part of the sources (`vanban.graph.incremental`),
        `keep` says which documents this resolver knows whole (the others are dropped: the
        store keeps them), and `stored` gives those others as stored, for dating edges."""
        self._source = None
        if keep is not None:
            for key in [k for k in self.graph.documents if not keep(k)]:
                del self.graph.documents[key]
        lists: dict[tuple[str, ...], list[str]] = {}  # equal lists shared (`_one_list`)
        for key, d in self.docs.items():
            if keep is not None and not keep(key):
                continue
            node = self.graph.documents.get(key)
            if node is None:  # (made only when missing: `setdefault` made one every time)
                node = self.graph.documents[key] = Document(key=key, number=None)
            _fill_document(node, d, lists)
            body_key = _issuer(d)
            if body_key is not None:
                self.graph.add_edge(key, "ISSUED_BY", body_key, d.body_evidence[body_key])
        self._correct_documents()
        self._set_aside_impossible(stored)
        self.graph.warnings += self.corrections.problems + self.corrections.stale()
        applied = sum(1 for c in self.corrections.entries if c.used)
        if self.corrections.path:
            self.stats["corrections applied"] = applied
            self.stats["corrections matching nothing"] = len(self.corrections.stale())
            self.stats["corrections skipped"] = len(self.corrections.problems)
        self.graph.resolution = dict(self.stats)
        return self.graph

    def issuer_evidence(self, keep: Callable[[str], bool]) -> Iterator[Evidence]:
        """The evidence of the ISSUED_BY edge `finish` will draw from each document `keep`
        keeps."""
        for key, d in self.docs.items():
            body_key = _issuer(d) if keep(key) else None
            if body_key is not None:
                yield d.body_evidence[body_key]

    def _set_aside_impossible(
        self, stored: Callable[[list[str]], dict[str, Document]] | None = None
    ) -> None:
        """Move every edge whose subject is dated before its target (a 2017 resolution
        implementing one of 2025) to the unresolved list, with its sentences. Done here,
        once every document's date is settled (corrections included), so that the store,
        lineage, implementers, views and exports never hold it, and `vanban unresolved` or
        `vanban check` show it to be corrected."""
        documents = self.graph.documents
        if stored is not None:  # the ends this resolver did not rebuild, as stored
            ends = {
                end
                for edge in self.graph.edges.values()
                if edge.relation in FORWARD_RELATIONS
                for end in (edge.source, edge.target)
                if end not in documents
            }
            documents = {**stored(sorted(ends)), **documents}
        for key, edge in list(self.graph.edges.items()):
            if edge.relation not in FORWARD_RELATIONS:
                continue
            why = dated_before(documents.get(edge.source), documents.get(edge.target))
            if why is None:
                continue
            del self.graph.edges[key]
            for ev in edge.evidence:
                self.count(f"set aside: {IMPOSSIBLE}", source=ev.source)
            target = documents[edge.target]
            for ev in edge.evidence:
                case = f"{ev.source}:{ev.start}:{edge.relation}:{edge.source}"
                if case in self._unresolved_keys:  # the same mention read twice: listed once
                    continue
                self._unresolved_keys.add(case)
                self.graph.unresolved.append(
                    Unresolved(
                        key=case,
                        canonical=ev.surface if target.number is None else target.number,
                        source=ev.source,
                        start=ev.start,
                        end=ev.end,
                        sentence=ev.sentence,
                        relation=edge.relation,
                        subject=edge.source,
                        # nothing to choose between: `vanban resolve` walks past it, and a
                        # correction of either document's date or identity settles it
                        candidates=[],
                        reason=f"{IMPOSSIBLE}: {why}",
                    )
                )

    def _correct_documents(self) -> None:
        for c in self.corrections.of_kind("document"):
            node = self.graph.documents.get(self.same_key(c.fields["key"]) or "")
            if node is None:
                continue
            c.used += 1
            for name in DOCUMENT_FIELDS:
                if name in c.fields:
                    setattr(node, name, c.fields[name])
            if "date" in c.fields:
                node.year = int(c.fields["date"][:4])
            if "province" in c.fields:
                node.province_today = _today(node.province)
            if "title" in c.fields:  # the researcher's title is the Vietnamese one
                others = [
                    (lang, t)
                    for lang, t in zip(node.title_languages, node.titles, strict=True)
                    if lang != "vi"
                ]
                node.title_languages = ["vi", *(lang for lang, _ in others)]
                node.titles = [c.fields["title"], *(t for _, t in others)]


def _names_its_document(doc: dict[str, Any]) -> bool:
    """Whether a text's identity is a document of its own: numbered, of no number, or one
    whose header was read though its number was not (an OCR'd "Số: Oy /2015/QD-UBND" over
    its "Căn cứ" lines, blind round MB)."""
    return bool(doc.get("number")) or doc.get("basis") in ("unnumbered", "header")


def dated_before(subject: Document | None, target: Document | None) -> str | None:
    """Why `subject` cannot act on `target` (its date or year comes first), else None.
    Days are compared when both are dated, else years when both have one."""
    if subject is None or target is None:
        return None
    if subject.date and target.date:
        if subject.date < target.date:
            return f"{subject.key} dated {subject.date}, {target.key} dated {target.date}"
        return None
    if subject.year and target.year and subject.year < target.year:
        return f"{subject.key} of {subject.year}, {target.key} of {target.year}"
    return None


# The Constitutions, by the day each was adopted. A text cites the one in force when it was
# written, by "Hiến pháp" or by its whole title ("Hiến pháp nước Cộng hòa xã hội chủ nghĩa
# Việt Nam"): both are one name, and a dated text's undated Constitution is of that day's
# year of adoption, so that every text's meets in one node (`name:hien-phap@2013`).
CONSTITUTIONS = (
    (1946, "1946-11-09"),
    (1959, "1959-12-31"),
    (1980, "1980-12-18"),
    (1992, "1992-04-15"),
    (2013, "2013-11-28"),
)
_CONSTITUTION = "Hiến pháp"


def named_identity(
    m: dict[str, Any], when: tuple[str | None, str | None]
) -> tuple[str, int | None]:
    """The name and year of the node of a document cited by name without a number, cited
    by a text written on `when[0]` (None when it does not say) and not before `when[1]`,
    the latest day of a document it cites (`writing_days`)."""
    name = " ".join(m["name"].split())
    year = m.get("year")
    if name.startswith(_CONSTITUTION):
        name = _CONSTITUTION
        written, not_before = when
        if not year and written:
            year = max((y for y, adopted in CONSTITUTIONS if adopted <= written), default=None)
        elif not year and not_before and not_before >= CONSTITUTIONS[-1][1]:
            year = CONSTITUTIONS[-1][0]  # written after the last one was adopted
    return name, year


def writing_days(facts: dict[str, Any]) -> tuple[str | None, str | None]:
    """The day a source was written, when it says (`written_on`), and the latest day of
    a document it cites, which it was not written before."""
    cited = (m["date"] for m in facts["mentions"] if m.get("date"))
    return written_on(facts), max(cited, default=None)


def named_key(m: dict[str, Any], when: tuple[str | None, str | None]) -> str:
    """The key of the node of a document a mention cites by name, in a text written `when`
    (`writing_days`): the node `Resolver._named` joins it to."""
    return _name_year_key(*named_identity(m, when))


def named_keys(facts: dict[str, Any]) -> Iterator[str]:
    """The keys of the nodes of the documents a source cites by name without a number."""
    named = [m for m in facts["mentions"] if not m.get("number") and m.get("name")]
    if named:
        when = writing_days(facts)
        yield from (named_key(m, when) for m in named)


def _name_year_key(name: str, year: int | None) -> str:
    return sys.intern("name:" + name_key(name) + (f"@{year}" if year else ""))  # as `document_key`


def unnumbered_key(source: str) -> str:
    """The key of a text's own unnumbered node (shared, as `document_key`)."""
    return sys.intern(f"unnumbered:{source}")


@lru_cache(maxsize=1 << 14)  # a few thousand names, cited again and again
def name_key(name: str) -> str:
    """A name folded for keys: lower case, no diacritics, words joined by '-'."""
    return "-".join(re.findall(r"\w+", fold_words(name)))


# A document's period, province, date, level and folded spellings are few distinct texts
# (at 10k documents, 49k documents and 45 provinces, 32 periods), but each document made
# its own strings of them, cut from its key or folded again: shared, they are one object
# each. The same for the years of their dates.
def _shared(text: str | None) -> str | None:
    return None if text is None else sys.intern(text)


def _interned(texts: list[str]) -> list[str]:
    """`texts`, each made the shared string (in place: a new list would be longer)."""
    for i, text in enumerate(texts):
        texts[i] = sys.intern(text)
    return texts


@lru_cache(maxsize=1 << 10)
def _year(digits: str) -> int:
    return int(digits)


def _one_list(texts: Iterable[str], lists: dict[tuple[str, ...], list[str]]) -> list[str]:
    """One list object for the equal lists of one resolution's documents (`lists`). Their
    issuers and title languages are a few dozen distinct lists (["TTg"], ["vi"]) over
    hundreds of thousands of documents, 64 bytes and more each. Sound because a document's
    lists are only ever replaced, never changed in place (`replace` shares them already)."""
    key = tuple(texts)
    found = lists.get(key)
    if found is None:
        found = lists[key] = [sys.intern(text) for text in key]
    return found


def _fill_document(node: Document, d: _DocFacts, lists: dict[tuple[str, ...], list[str]]) -> None:
    m = d.sample or {}
    own = d.own or {}
    node.aliases = sorted(d.spellings)
    node.lookup = _interned(lookup_keys(node.aliases, number_base(m) if m else None))
    node.number = _official_spelling(d, node.number)
    node.family = m.get("family")
    node.type_code = m.get("type_code")
    node.type_name = m.get("type_name")
    node.issuer_code = m.get("issuer_code")
    node.issuers = _one_list(m.get("issuers") or (), lists)
    parts = node.key.split("@")
    period = parts[1] if len(parts) > 1 else "?"
    node.period = None if period == "?" else sys.intern(period)
    node.date = _shared(own.get("date") or (_commonest(d.dates) if d.dates else None))
    node.year = _year(node.date[:4]) if node.date else m.get("year")
    if node.period and node.period.isdigit():
        node.year = _year(node.period)
    node.level = _shared(own.get("level") or m.get("level"))
    scope = parts[2] if len(parts) > 2 else None
    node.province = _shared(own.get("province") or (scope if scope and scope != "?" else None))
    node.province_today = _today(node.province)
    title, titles, languages = _titles(own.get("title"), d.titles, node)
    node.title, node.titles, node.title_languages = (
        _shared(title),
        _interned(titles),
        _one_list(languages, lists),
    )
    node.has_text = bool(d.own)
    node.mentions = sum(d.spellings.values())


def _issuer(d: _DocFacts) -> str | None:
    """The body a document is issued by: the one its own header names, else the one its
    mentions name most often."""
    if d.own_body and d.own_body["key"] in d.body_evidence:
        return str(d.own_body["key"])
    if d.bodies:
        return _commonest(d.bodies)
    return None


def _commonest(counts: dict[str, int]) -> str:
    """The text counted most, the first met among equals (`Counter.most_common(1)`)."""
    return max(counts.items(), key=itemgetter(1))[0]


def _titles(
    own: str | None, mentioned: dict[str, dict[str, int]], node: Document
) -> tuple[str | None, list[str], list[str]]:
    """The display title and one title per language.

    The display title is the document's own Vietnamese header's, else the commonest title
    Vietnamese texts give it, else the catalogue's (`data/titles.json`), else the commonest
    in another language. A title is never made from a web address."""
    per_language = {lang: _commonest(counts) for lang, counts in mentioned.items()}
    weight = {lang: sum(counts.values()) for lang, counts in mentioned.items()}
    if own:
        per_language["vi"] = own
    if "vi" not in per_language:
        known = catalogue_title(node.lookup, node.date)
        if known:
            per_language["vi"] = known
    languages = sorted(per_language, key=lambda lang: (lang != "vi", -weight.get(lang, 0), lang))
    display = per_language[languages[0]] if languages else None
    return display, [per_language[lang] for lang in languages], languages


def _official_spelling(d: _DocFacts, current: str | None) -> str | None:
    """The document's own spelling when a source is the document, else the commonest."""
    if d.own and d.own.get("number"):
        return d.own["number"]
    if not d.spellings:
        return current
    if len(d.spellings) == 1:  # most documents (no sort for one)
        return next(iter(d.spellings))
    return sorted(d.spellings, key=lambda s: (-d.spellings[s], len(s), s))[0]


# A few dozen relation rules, each with a few ways of deciding identity: the rule of every
# evidence (a million at 100k documents) is one of some hundreds, made once and shared.
@lru_cache(maxsize=1 << 12)
def _evidence_rule(rule: str, identity: str, confidence: float) -> str:
    """An evidence's rule: how the relation was read, then how its target's identity was."""
    return f"{rule}{IDENTITY_MARK}{identity} ({confidence:.2f})"


def _organisation(body: dict[str, Any]) -> Organisation:
    return Organisation(
        key=body["key"],
        name=body["name"],
        name_en=body.get("name_en"),
        level=body.get("level"),
        province=body.get("province"),
        province_today=_today(body.get("province")),
        kind=body.get("kind"),
    )


@cache  # a few dozen provinces, asked for by every document and organisation
def _today(province: str | None) -> str | None:
    if not province:
        return None
    try:
        return places.today(province)
    except ValueError:
        return None


def build_graph(
    all_facts: Iterable[dict[str, Any]], corrections: Corrections | None = None
) -> Graph:
    """Resolve every source's facts into one graph; the result does not depend on order.

    `corrections` (see `corrections.py`) are applied first: misprints, then mentions and
    keys, then documents' fields; those that match nothing are reported in `warnings`."""
    corrections = corrections or Corrections()
    ordered = sorted(
        (_with_misprints_corrected(f, corrections) for f in all_facts),
        key=lambda f: f["source"]["id"],
    )
    resolver = Resolver(corrections)
    for facts in ordered:
        resolver.learn(facts)
    for facts in ordered:
        resolver.profile(facts)
    for facts in ordered:
        resolver.add_source(facts)
    return resolver.finish()


def _with_misprints_corrected(facts: dict[str, Any], corrections: Corrections) -> dict[str, Any]:
    """`facts` with misprinted numbers read as the number meant (a copy: the stored facts
    stay as the text wrote them, so a correction taken back takes effect at the next load)."""
    misprints = corrections.of_kind("misprint")
    if not misprints:
        return facts
    source = facts["source"]["id"]
    mentions = list(facts["mentions"])
    changed = False
    for i, m in enumerate(mentions):
        for c in misprints:
            if m.get("number") and applies(c, m.get("canonical"), source):
                c.used += 1
                meant = find_references(c.fields["means"])[0].to_dict()
                kept = {k: m[k] for k in ("start", "end", "surface") if k in m}
                year = meant["year"] or m.get("year")
                mentions[i] = {**m, **{k: v for k, v in meant.items() if k in _NUMBER_FIELDS}}
                mentions[i].update(kept, year=year)
                changed = True
                break
    return {**facts, "mentions": mentions} if changed else facts


# The fields of a mention that its number spells (a misprint correction replaces them).
_NUMBER_FIELDS = (
    "canonical", "number", "year", "family", "type_code", "type_name", "issuer_code",
    "issuers", "level",
)  # fmt: skip


def _mention_of_number(number: str) -> dict[str, Any] | None:
    """A mention-like record for a number a text does not write (its metadata's own)."""
    found = find_references(number)
    return {**found[0].to_dict(), "sentence": ""} if len(found) == 1 else None


@cache
def _catalogue() -> dict[str, dict[str, str]]:
    rows = json.loads(CATALOGUE.read_text("utf-8"))["documents"]
    return {fold_number(row["number"]): row for row in rows}


def catalogue_title(lookup: list[str], date: str | None) -> str | None:
    """The Vietnamese title the catalogue gives a document answering to one of the folded
    spellings `lookup` (see `lookup_keys`), issued on `date`."""
    for folded in lookup:
        row = _catalogue().get(folded)
        if row is not None and row["date"] == date:
            return row["title"]
    return None


def _own_dates(facts: dict[str, Any]) -> list[tuple[str, str]]:
    """The days a source says it was written on, each with why, the likeliest first."""
    doc, src = facts["document"], facts["source"]
    bounds: list[tuple[str, str]] = []
    if doc.get("date") and doc.get("basis") in ("header", "subject", "title", "annex", "metadata"):
        bounds.append((doc["date"], f"its own date {doc['date']}"))
    # The record's own dates, not its page's address (`published.address_date`): a page
    # crawled after it was published holds later text (teasers of newer articles), so
    # the day its address gives bounds what its text cites no better than an undated
    # page; its law names take it (`extract.pipeline`), which a later teaser rarely names.
    metadata = src.get("metadata") or {}
    for field_name in ("issued_date", *PUBLISHED_FIELDS):
        if day := iso_day(metadata.get(field_name)):
            bounds.append((day, f"its {field_name} {day}"))
    return bounds


def written_on(facts: dict[str, Any]) -> str | None:
    """The day a source was written, when it says."""
    bounds = _own_dates(facts)
    return bounds[0][0] if bounds else None


def citing_context(facts: dict[str, Any], cited: set[str]) -> Citing:
    """When a source was written at the latest, its province and its topics."""
    doc, src = facts["document"], facts["source"]
    bounds = _own_dates(facts)
    own_date = bounds[0][0] if bounds else None  # the day it was written, when it says
    province = doc.get("province")
    until = places.PROVINCES[province].until if province in places.PROVINCES else None
    if until:
        bounds.append((until, f"{province} was merged away after {until}"))
    latest, why = min(bounds) if bounds else (None, "")
    sentences = {m.get("sentence") for m in facts["mentions"]}
    topics = TopicCounts()
    for text in [src.get("title"), facts.get("lead"), *sorted(s for s in sentences if s)]:
        topics.add(text)
    return Citing(
        source=src["id"],
        own_date=own_date,
        latest=latest,
        latest_why=why,
        province=province,
        topic_texts=topics,
        cited=cited,
    )
