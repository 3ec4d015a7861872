"""One node per real document: the `resolve` verb.

A document's identity is its number, type and issuers, plus the period its numbering
runs in and, for local codes, the province:
- State numbers with a year in them carry it; administrative numbers restart each
  calendar year, so the year of issue joins the key (`33/CT-TTg` of 2021 and
  `33/2021/CT-TTg` are one document, `33/CT-TTg` of 2025 another).
- Party numbers restart each Congress term (and a provincial committee's with its own
  term), so the term joins the key.
- Local codes (TU, UBND, TTr, ...) say nothing of the province; the citing text does.
A mention whose period is unknown joins the one known document it can only be; when
several fit it stays unresolved, listing them. Resolution runs over all sources at once,
so the order of loading never changes the result.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from ..extract import places
from ..extract.codes import fold, issuer_info
from .model import Document, Evidence, Graph, Organisation, Unresolved

# Party Congress openings: numbering of central Party documents restarts at each.
CONGRESS_TERMS = (
    ("IX", "2001-04-19"),
    ("X", "2006-04-18"),
    ("XI", "2011-01-12"),
    ("XII", "2016-01-20"),
    ("XIII", "2021-01-25"),
    ("XIV", "2026-01-19"),
)
# Provincial Party congresses run through the autumn before each national one; the
# first of September is taken as the turn of a local term (an approximation).
LOCAL_TERMS = (
    ("2010-2015", "2010-09-01"),
    ("2015-2020", "2015-09-01"),
    ("2020-2025", "2020-09-01"),
    ("2025-2030", "2025-09-01"),
)


def number_base(m: dict[str, Any]) -> str:
    """Number, type and issuers without the year: the part every spelling shares."""
    number = m["number"].lstrip("0") or "0"
    if m["family"] == "party":
        return f"{number}-{m['type_code']}/{'-'.join(m['issuers'])}"
    # A letter's number is its issuer and unit, whether or not `CV` is written before them.
    codes = m["issuers"] if m["type_code"] in (None, "CV") else [m["type_code"], *m["issuers"]]
    return f"{number}/{'-'.join(codes)}"


def is_local(m: dict[str, Any]) -> bool:
    info = issuer_info(m["issuers"][0] if m["issuers"] else None)
    return info is None or info.level != "central"


def period_of(m: dict[str, Any]) -> str | None:
    if m["family"] == "state":
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


def _term_on(terms: tuple[tuple[str, str], ...], date: str) -> str | None:
    current = None
    for name, start in terms:
        if date >= start:
            current = name
    return current


def fold_number(number: str) -> str:
    """A document number folded for lookups: no spaces, upper case, Đ as D, Latin letters."""
    return fold("".join(number.split()))


def lookup_keys(aliases: Iterable[str], base: str | None) -> list[str]:
    """Every folded spelling a document answers to: its own, and its number without the year."""
    return sorted({fold_number(a) for a in aliases} | ({fold_number(base)} if base else set()))


def document_key(base: str, period: str | None, scope: str) -> str:
    return "@".join([base, period or "?"] + ([scope] if scope else []))


@dataclass
class _DocFacts:
    spellings: Counter[str] = field(default_factory=Counter)
    dates: Counter[str] = field(default_factory=Counter)
    titles: Counter[str] = field(default_factory=Counter)
    bodies: Counter[str] = field(default_factory=Counter)
    body_evidence: dict[str, Evidence] = field(default_factory=dict)
    sample: dict[str, Any] | None = None
    own_body: dict[str, Any] | None = None  # the issuer named in the document's own header
    own: dict[str, Any] | None = None  # identity read from the document's own text


class Resolver:
    def __init__(self) -> None:
        self.graph = Graph()
        self.docs: dict[str, _DocFacts] = defaultdict(_DocFacts)
        # number base -> scope -> the periods of the documents known under that number
        self.anchors: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
        self.stats: Counter[str] = Counter()
        self._unresolved_keys: set[str] = set()

    # -- identities -----------------------------------------------------------------

    def scope(self, m: dict[str, Any]) -> str:
        if not is_local(m):
            return ""
        body = m.get("body") or {}
        return body.get("province") or m.get("province_hint") or "?"

    def learn(self, facts: dict[str, Any]) -> None:
        """First pass: every mention or identity whose period is known anchors a document."""
        for m in self._own_and_mentions(facts):
            period = period_of(m)
            if period is not None:
                self.anchors[number_base(m)][self.scope(m)].add(period)

    def resolve(self, m: dict[str, Any]) -> tuple[str | None, list[str], str]:
        """The key a mention joins, or (None, candidates, reason) when it cannot be told."""
        base, scope, period = number_base(m), self.scope(m), period_of(m)
        if period is not None:
            return document_key(base, period, scope), [], "dated"
        if scope == "?":
            known = [(p, s) for s, ps in self.anchors.get(base, {}).items() for p in ps]
        else:
            known = [(p, scope) for p in self.anchors.get(base, {}).get(scope, ())]
        if len(known) == 1:
            return document_key(base, known[0][0], known[0][1]), [], "joined the one known document"
        if not known:
            return (
                document_key(base, None, scope if scope != "?" else ""),
                [],
                "only document of that number",
            )
        candidates = sorted(document_key(base, p, s) for p, s in known)
        return None, candidates, f"fits {len(candidates)} documents; no date or year says which"

    # -- building ---------------------------------------------------------------------

    def add_source(self, facts: dict[str, Any]) -> None:
        src = facts["source"]
        own_key = self._own_key(facts)
        self.graph.sources[src["id"]] = own_key
        own_number = facts["document"].get("number")
        keys: list[str | None] = []
        for m in facts["mentions"]:
            if own_number and m["canonical"] == own_number:  # the text naming itself
                keys.append(own_key)
                continue
            key, _, reason = self.resolve(m)
            keys.append(key)
            self.stats[reason if key else "ambiguous"] += 1
            if key is not None:
                self._note_mention(key, m, src)
        for st in facts["statements"]:
            m = facts["mentions"][st["object"]]
            target = keys[st["object"]]
            subject = own_key if st["subject"] is None else keys[st["subject"]]
            if target is None or subject is None:
                self._unresolved(facts, st, subject, target)
                continue
            if subject == target:
                continue
            relation = st["relation"]
            if st["subject"] is None and not self._speaks_for_itself(facts):
                relation = "CITES"  # a report that names no document or body only mentions it
            self.graph.add_edge(subject, relation, target, self._evidence(src, m, st))

    @staticmethod
    def _speaks_for_itself(facts: dict[str, Any]) -> bool:
        doc = facts["document"]
        return (
            bool(doc.get("number"))
            or doc.get("basis") == "unnumbered"
            or bool(facts.get("main_body"))
        )

    def _own_and_mentions(self, facts: dict[str, Any]) -> list[dict[str, Any]]:
        own = self._own_mention(facts)
        return ([own] if own else []) + list(facts["mentions"])

    def _own_mention(self, facts: dict[str, Any]) -> dict[str, Any] | None:
        doc = facts["document"]
        if not doc.get("number"):
            return None
        m = next((m for m in facts["mentions"] if m["canonical"] == doc["number"]), None)
        if m is None:
            return None
        body = facts.get("issuer_body") or m.get("body")
        return {
            **m,
            "date": doc.get("date") or m.get("date"),
            "province_hint": doc.get("province"),
            "body": body,
            "title": facts["source"].get("title") or m.get("title"),
        }

    def _own_key(self, facts: dict[str, Any]) -> str:
        """The node a text speaks for: its own document, the body it reports on, or else a
        node of its own flagged as unnumbered."""
        src = facts["source"]
        own = self._own_mention(facts)
        if own is not None:
            key, _, _ = self.resolve(own)
            if key is not None:
                d = self.docs[key]
                # The document's own header outranks a report about it.
                if d.own is None or facts["document"].get("basis") == "header":
                    d.own = {**facts["document"], "title": own.get("title")}
                    d.own_body = facts.get("issuer_body") or d.own_body
                self._note_mention(key, own, src)
                self.graph.documents.setdefault(key, Document(key=key, number=own["canonical"]))
                return key
        if facts["document"].get("basis") != "unnumbered" and facts.get("main_body"):
            return self._organisation(facts["main_body"])
        return self._unnumbered(facts)

    def _unnumbered(self, facts: dict[str, Any]) -> str:
        src, doc = facts["source"], facts["document"]
        key = f"unnumbered:{src['id']}"
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

    def _note_mention(self, key: str, m: dict[str, Any], src: dict[str, Any]) -> None:
        d = self.docs[key]
        d.spellings[m["canonical"]] += 1
        if m.get("date"):
            d.dates[m["date"]] += 1
        if m.get("title"):
            d.titles[m["title"]] += 1
        body = m.get("body")
        if body:
            d.bodies[body["key"]] += 1
            self.graph.organisations.setdefault(body["key"], _organisation(body))
            d.body_evidence.setdefault(body["key"], self._evidence(src, m, None))
        d.sample = d.sample or m

    def _organisation(self, body: dict[str, Any]) -> str:
        self.graph.organisations.setdefault(body["key"], _organisation(body))
        return body["key"]

    def _evidence(
        self, src: dict[str, Any], m: dict[str, Any], st: dict[str, Any] | None
    ) -> Evidence:
        return Evidence(
            source=src["id"],
            start=m["start"],
            end=m["end"],
            surface=m["surface"],
            sentence=m["sentence"],
            language=src["language"],
            confidence=st["confidence"] if st else 1.0,
            rule=st["rule"] if st else "issuer code",
        )

    def _unresolved(
        self, facts: dict[str, Any], st: dict[str, Any], subject: str | None, target: str | None
    ) -> None:
        which = st["object"] if target is None else st["subject"]
        m = facts["mentions"][which]
        key = f"{facts['source']['id']}:{m['start']}"
        if key in self._unresolved_keys:  # a mention can carry two statements; list it once
            return
        self._unresolved_keys.add(key)
        _, candidates, reason = self.resolve(m)
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
                candidates=candidates,
                reason=reason,
            )
        )

    def finish(self) -> Graph:
        for key, d in self.docs.items():
            node = self.graph.documents.setdefault(key, Document(key=key, number=None))
            _fill_document(node, d)
            if d.own_body and d.own_body["key"] in d.body_evidence:
                body_key = d.own_body["key"]
            elif d.bodies:
                body_key = d.bodies.most_common(1)[0][0]
            else:
                continue
            self.graph.add_edge(key, "ISSUED_BY", body_key, d.body_evidence[body_key])
        self.graph.resolution = dict(self.stats)
        return self.graph


def _fill_document(node: Document, d: _DocFacts) -> None:
    m = d.sample or {}
    own = d.own or {}
    node.aliases = sorted(d.spellings)
    node.lookup = lookup_keys(node.aliases, number_base(m) if m else None)
    node.number = _official_spelling(d, node.number)
    node.family = m.get("family")
    node.type_code = m.get("type_code")
    node.type_name = m.get("type_name")
    node.issuer_code = m.get("issuer_code")
    node.issuers = list(m.get("issuers") or [])
    period = node.key.split("@")[1] if "@" in node.key else "?"
    node.period = None if period == "?" else period
    node.date = own.get("date") or (d.dates.most_common(1)[0][0] if d.dates else None)
    node.year = int(node.date[:4]) if node.date else m.get("year")
    if node.period and node.period.isdigit():
        node.year = int(node.period)
    node.level = own.get("level") or m.get("level")
    scope = node.key.split("@")[2] if node.key.count("@") >= 2 else None
    node.province = own.get("province") or (scope if scope and scope != "?" else None)
    node.province_today = _today(node.province)
    node.title = own.get("title") or (d.titles.most_common(1)[0][0] if d.titles else None)
    node.has_text = bool(d.own)
    node.mentions = sum(d.spellings.values())


def _official_spelling(d: _DocFacts, current: str | None) -> str | None:
    """The document's own spelling when a source is the document, else the commonest."""
    if d.own and d.own.get("number"):
        return d.own["number"]
    if not d.spellings:
        return current
    return sorted(d.spellings, key=lambda s: (-d.spellings[s], len(s), s))[0]


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


def _today(province: str | None) -> str | None:
    if not province:
        return None
    try:
        return places.today(province)
    except ValueError:
        return None


def build_graph(all_facts: Iterable[dict[str, Any]]) -> Graph:
    """Resolve every source's facts into one graph; the result does not depend on order."""
    ordered = sorted(all_facts, key=lambda f: f["source"]["id"])
    resolver = Resolver()
    for facts in ordered:
        resolver.learn(facts)
    for facts in ordered:
        resolver.add_source(facts)
    return resolver.finish()
