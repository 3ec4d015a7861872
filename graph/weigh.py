"""Which of several documents an undated number means: each candidate weighed by evidence.

A number without a date or year (`Directive No. 33/CT-TTg`) fits every document known
under it. Each candidate is weighed by:
- time: a text cannot cite a document issued after it. The bound is the text's own date,
  a report's date, a date in its metadata, and the life of its issuer (a body of a
  province merged away on 1 July 2025 issued nothing after 30 June 2025);
- topic: the topics (`topics.py`, in any language) of the citing sentence and text
  against those of the candidate's titles and other mentions;
- province: a local candidate of the citing text's own province;
- co-citation: documents this text cites that are cited together with the candidate
  elsewhere.
Time rules candidates out; the others score the rest. A candidate is joined only when
one kind of evidence singles it out (see `weigh`); time alone does so only for a candidate
the citing text dates itself, one of its own numbering period, or one `MIN_ATTESTED` texts
date, for a number used in several periods may well name a document no text dates;
otherwise the mention stays unresolved
with every candidate's score. The thresholds were set on held-out mentions (a dated
mention's date hidden, then weighed): on texts whose topics say nothing of what they
cite, a looser topic rule picked the wrong document about as often as the right one.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from .topics import TopicCounts, similarity

# What a decision needs (see `weigh`), and how sure each kind of decision is.
MIN_SCORE = 0.3  # topic similarity of the one candidate that shares the sentence's topics
MIN_SUPPORT = 2  # times its titles and mentions name those topics
MIN_COCITED = 3  # documents of this text cited elsewhere together with the one candidate
# Texts that date a candidate before time alone may decide for it, unless the citing text
# dates it itself or it is of the citing text's own numbering period: the number is known
# to be used in several periods, so the one candidate issued in time may stand for another
# document of that number that no text dates (on synthetic texts whose truth is known, a
# bare time rule picked the wrong document 59 times in 68).
MIN_ATTESTED = 2
TIME_CONFIDENCE = 0.9
COCITED_CONFIDENCE = 0.6
PROVINCE_CONFIDENCE = 0.6
# Weights of the score shown for each candidate (topic similarity runs from 0 to 1).
PROVINCE_WEIGHT = 0.3
COCITED_WEIGHT = 0.1  # per document cited together, up to COCITED_CAP of them
COCITED_CAP = 3


@dataclass
class Profile:
    """What the whole corpus says of one candidate document."""

    dates: Counter[str] = field(default_factory=Counter)
    period: str | None = None  # its numbering period: a year or a Party term
    earliest: str | None = None  # first day its numbering period allows, when undated
    # its titles' and mentions' topics, counted when first weighed (`topics`)
    topic_texts: TopicCounts = field(default_factory=TopicCounts)
    sources: set[str] = field(default_factory=set)
    province: str | None = None

    @property
    def topics(self) -> Counter[str]:
        return self.topic_texts.counts()

    def date(self) -> str | None:
        if self.dates:
            return self.dates.most_common(1)[0][0]
        return self.earliest

    def __reduce__(self) -> tuple[Any, tuple[Any, ...]]:
        # Pickled as plain values (a profile is a row of the resolver's state, 230k of
        # them at 100k documents): the dataclass and its Counters pickled by default took
        # 3.4 s of a whole load's state write, and twice the bytes.
        texts = self.topic_texts
        plain = (dict(self.dates), dict(texts.counted), texts.waiting)
        return _profile, (*plain, self.period, self.earliest, self.sources, self.province)


def _profile(
    dates: dict[str, int],
    counted: dict[str, int],
    waiting: list[tuple[str, int]],
    period: str | None,
    earliest: str | None,
    sources: set[str],
    province: str | None,
) -> Profile:
    """A profile from what `Profile.__reduce__` keeps of it."""
    texts = TopicCounts(Counter(counted), waiting)
    return Profile(Counter(dates), period, earliest, texts, sources, province)


@dataclass
class Citing:
    """What the citing text says of when it was written and what it is about."""

    source: str
    own_date: str | None = None  # the day it was written, when it says (header, metadata)
    latest: str | None = None  # it cannot cite a document issued after this day
    latest_why: str = ""
    province: str | None = None
    # of the text as a whole, counted when first weighed (`topics`): most texts asked
    # when they were written are never weighed
    topic_texts: TopicCounts = field(default_factory=TopicCounts)
    cited: set[str] = field(default_factory=set)  # documents it cites with a date or year
    cocited: dict[str, set[str]] = field(default_factory=dict)  # candidate -> cited with it

    @property
    def topics(self) -> Counter[str]:
        return self.topic_texts.counts()


@dataclass
class Weighed:
    key: str
    possible: bool
    score: float
    notes: list[str]


@dataclass
class Decision:
    key: str | None  # None: left unresolved
    rule: str
    confidence: float
    weighed: list[Weighed]

    def summary(self) -> str:
        return "; ".join(f"{w.key}: {', '.join(w.notes)}" for w in self.weighed)


def weigh(
    candidates: list[str],
    profiles: dict[str, Profile],
    citing: Citing,
    sentence_topics: Counter[str],
    current: set[str] | None = None,
) -> Decision:
    """Weigh `candidates` (document keys) for one mention of the `citing` text.

    Each candidate gets a score for the record (topic similarity, province, co-citation),
    but a decision needs one of these, tried in order:
    - time: exactly one candidate was issued by the day the citing text was written, and
      it is dated by the citing text itself or by `MIN_ATTESTED` texts, or it is of the
      `current` numbering period (that of the citing text's own date);
    - topic: exactly one candidate shares a topic with the citing sentence itself, named
      at least `MIN_SUPPORT` times in its titles and other mentions, at `MIN_SCORE` or more;
    - co-citation: exactly one candidate is cited elsewhere together with at least
      `MIN_COCITED` of the documents this text cites;
    - province: exactly one candidate belongs to the citing text's province, and it is
      not of another numbering period than the citing text's date (`of_another_period`).
    A lone topic word in one other mention, or the text's topics without the sentence's,
    decide nothing: on texts whose topics are unrelated to what they cite, such weak
    matches pick the wrong document about as often as the right one."""
    wanted = sentence_topics + sentence_topics + citing.topics  # the sentence counts double
    weighed: list[Weighed] = []
    support: dict[str, int] = {}
    together: dict[str, int] = {}
    in_province: dict[str, bool] = {}
    for key in candidates:
        profile = profiles.get(key) or Profile()
        notes: list[str] = []
        date = profile.date()
        possible = not (citing.latest and date and date > citing.latest)
        if date:
            when = f"issued {date}" if profile.dates else f"numbered in {profile.period}"
            late = "" if possible else f", after the citing text ({citing.latest_why})"
            notes.append(when + late)
        topic = round(similarity(wanted, profile.topics), 2)
        support[key] = sum(profile.topics[t] for t in sentence_topics if t in profile.topics)
        in_province[key] = bool(profile.province) and profile.province == citing.province
        together[key] = len(citing.cocited.get(key, set()) & citing.cited)
        score = topic + PROVINCE_WEIGHT * in_province[key]
        score += COCITED_WEIGHT * min(together[key], COCITED_CAP)
        score = round(score, 2) if possible else 0.0
        notes.append(f"topic {topic:.2f}")
        if support[key]:
            notes.append(f"the sentence's topics named {support[key]} times in its mentions")
        if in_province[key]:
            notes.append(f"province {profile.province}")
        if together[key]:
            notes.append(f"cited with {together[key]} of the same documents")
        notes.append(f"score {score:.2f}")
        weighed.append(Weighed(key, possible, score, notes))
    alive = [w for w in weighed if w.possible]
    lone = alive[0].key if len(alive) == 1 else ""
    if lone and len(weighed) > 1 and (lone in (current or ()) or attested(lone, profiles, citing)):
        return Decision(alive[0].key, "time", TIME_CONFIDENCE, weighed)
    topical = [w for w in alive if support[w.key]]
    if len(topical) == 1 and support[topical[0].key] >= MIN_SUPPORT:
        best = topical[0]
        topic = similarity(wanted, (profiles.get(best.key) or Profile()).topics)
        if topic >= MIN_SCORE:
            return Decision(best.key, "topic", round(0.5 + 0.4 * topic, 2), weighed)
    cocited = [w for w in alive if together[w.key]]
    if len(cocited) == 1 and together[cocited[0].key] >= MIN_COCITED:
        return Decision(cocited[0].key, "co-citation", COCITED_CONFIDENCE, weighed)
    local = [w for w in alive if in_province[w.key]]
    if len(local) == 1 and not of_another_period(local[0].key, citing, current):
        return Decision(local[0].key, "province", PROVINCE_CONFIDENCE, weighed)
    return Decision(None, "undecided", 0.0, weighed)


def attested(key: str, profiles: dict[str, Profile], citing: Citing) -> bool:
    """Whether the citing text dates `key` itself, or `MIN_ATTESTED` texts do."""
    profile = profiles.get(key)
    dated_by = len(profile.sources) if profile else 0
    return key in citing.cited or dated_by >= MIN_ATTESTED


def of_another_period(key: str, citing: Citing, current: set[str] | None) -> bool:
    """Whether `key` is of another numbering period than the day the citing text was
    written, and the text does not date it itself. A province (or being the one document
    known of a number) says nothing of the period, and a number restarts with each: the
    text's undated number may well name a document of its own period that no text dates
    (on 100,000 synthetic texts whose truth is known, the province rule without this
    joined the wrong document 228 times in 298)."""
    return bool(citing.own_date) and key not in (current or ()) and key not in citing.cited
