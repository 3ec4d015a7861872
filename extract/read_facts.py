"""What one source contributes to the graph, computed while its text is at hand.

`read_facts` runs extraction, relations and body recognition on one text and returns its
`SourceFacts` (typed records, see `vanban.extract.facts`): the store keeps them per source,
so a later load re-resolves the graph without reading unchanged texts again, and `vanban
extract --facts` writes them to Parquet files that `vanban load --facts` reads. Everything
here reads one text; `vanban.graph.resolve.build_graph` resolves the facts of all.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import asdict
from typing import Any

from ..loaders.source import Skipped, Source
from .actors import actors
from .bodies import CONTEXT_BEFORE, Body, body_for_reference, find_bodies
from .facts import FACTS_VERSION, BodyFact, Mention, SourceFacts, SourceInfo, json_clean
from .pipeline import extract_text
from .places import find_province_mentions, province_from_url
from .relate import relate
from .sentences import sentence_at, sentence_bounds

_CONTEXT_AFTER = 160  # characters after a reference where its issuing body may be named
_LEAD_REACH = 1000  # a report names the body it is about within its first paragraphs

# the languages whose reports `actors` reads for who acts: Vietnamese, and the translations
# into English that the researchers collect (other languages' orders are not read yet)
_ACTORS_READ = ("vi", "en")


def read_facts(source: Source) -> SourceFacts:
    """The facts of one source: its identity, its mentions and their relations."""
    text = source.text
    document, refs = extract_text(text, source.metadata)
    province = document.province
    mentions = []
    for r in refs:
        context = text[max(0, r.start - CONTEXT_BEFORE) : r.end + _CONTEXT_AFTER]
        body = placed(body_for_reference(r.issuer_code, province, context))
        mentions.append(
            Mention(
                reference=r,
                sentence=sentence_at(text, r.start, r.end),
                sentence_start=sentence_bounds(text, r.start)[0],
                sentence_end=sentence_bounds(text, r.end)[1],
                province_hint=province,
                body=_body_fact(body),
            )
        )
    title = _title(source)
    read = relate(text, refs, source.language, document.number, document.reported)
    named = [(a, b, asdict(body)) for a, b, body in find_bodies(text, province) if placed(body)]
    # (the text's own number is issued by the body its header names, where the number's code
    # names none: "3195/2004/QĐ-UB" under "ỦY BAN NHÂN DÂN TỈNH BẾN TRE")
    issuer_body = _issuer_body(document.issuer, province)
    issuers = [
        m.body.key if m.body else issuer_body.key if issuer_body and m.reference.self else None
        for m in mentions
    ]
    acts = (
        actors(
            text,
            refs,
            read,
            named,
            document.number,
            issuers,
            title,
            report=document.basis not in ("header", "annex"),  # an official text speaks itself
            province=province,
        )
        if source.language in _ACTORS_READ
        else []
    )
    return SourceFacts(
        version=FACTS_VERSION,
        source=SourceInfo(
            id=source.id,
            path=source.path,
            format=source.format,
            language=source.language,
            title=title,
            metadata=json_clean(source.metadata),
        ),
        document=document,
        issuer_body=issuer_body,
        main_body=(
            _main_body(text, _addressed_province(source.metadata, text), title)
            if document.number is None
            else None
        ),
        lead=_lead(text),
        mentions=mentions,
        statements=read,
        actors=acts,
    )


def source_facts(source: Source) -> dict[str, Any]:
    """`read_facts` in the plain view the resolver indexes (`SourceFacts.to_dict`)."""
    return read_facts(source).to_dict()


def facts_or_skipped(source: Source) -> SourceFacts | Skipped:
    """The facts of `source`, or a `Skipped` naming the error that broke its extraction:
    one bad source never costs the others their load."""
    try:
        return read_facts(source)
    except Exception as error:  # reported by name, and the load goes on
        return Skipped(source.path, f"extraction failed ({type(error).__name__}: {error})"[:300])


def _body_fact(body: Body | None) -> BodyFact | None:
    return BodyFact(**asdict(body)) if body else None


def placed(body: Body | None) -> Body | None:
    """`body`, unless it is a local body whose province nothing names (not the sentence, the
    text nor the source's address): "Tỉnh ủy" of no province is no body anyone can find, and
    hanging facts on it would merge every province's committee into one node."""
    if body is None or body.level == "central" or body.province:
        return body
    return None


def _issuer_body(issuer_text: str | None, province: str | None) -> BodyFact | None:
    if not issuer_text:
        return None
    found = [b for _, _, b in find_bodies(issuer_text, province) if placed(b)]
    return _body_fact(found[-1]) if found else None


def _addressed_province(metadata: dict[str, Any], text: str) -> str | None:
    """The province a report speaks from: its source's address, or the province the text
    names more than once and more often than any other. Not a province named in passing:
    a national decree that names "Thành phố Hồ Chí Minh" once, or a charter signed at "Hà
    Nội, ngày ...", does not speak for that city's bodies."""
    for key in ("source_url", "url"):
        if isinstance(metadata.get(key), str) and (found := province_from_url(metadata[key])):
            return found
    counts = Counter(name for _, _, name in find_province_mentions(text)).most_common(2)
    if not counts or counts[0][1] < 2 or (len(counts) > 1 and counts[1][1] == counts[0][1]):
        return None
    return counts[0][0]


# A body named as whose a document is ("của Thành ủy Hà Nội"): a report on a district's work
# names the city's committee so (blind round CF), and is not about it.
_OWNER_BEFORE = re.compile(r"\b(?:của|of)\s+(?:the\s+)?\Z", re.IGNORECASE)


def _main_body(text: str, province: str | None, title: str | None) -> BodyFact | None:
    """The local body a report is about: the one it names most often, with its province
    (named with the body, or else the province the report is addressed from), and named in
    its title or lead. A body first named deep in a page (an addressee in a resolution's
    articles, a committee in a long history) is not what the page reports on."""
    bodies: dict[str, Body] = {}
    counts: Counter[str] = Counter()
    lead: set[str] = {b.key for _, _, b in find_bodies(title or "", province)}
    for start, _, body in find_bodies(text, province):
        if _OWNER_BEFORE.search(text, max(0, start - 8), start):
            continue  # "… Kết luận số 209-KL/TU của Ban Thường vụ Thành ủy": whose, not who
        if body.level != "central" and placed(body):
            bodies[body.key] = body
            counts[body.key] += 1
            if start < _LEAD_REACH:
                lead.add(body.key)
    if not counts:
        return None
    key, n = counts.most_common(1)[0]
    return _body_fact(bodies[key]) if n >= 2 and key in lead else None


def _title(source: Source) -> str | None:
    """The source's own title, from its metadata. A web address is never made into one:
    its words lost their diacritics ("tiep tuc tang cuong cong tac dan van")."""
    meta = source.metadata
    for key in ("title", "name"):
        if isinstance(meta.get(key), str) and meta[key].strip():
            return meta[key].strip()
    return None


def _lead(text: str, limit: int = 160) -> str:
    """The first words of the text, for naming an unnumbered document."""
    words = " ".join(text[: limit * 3].split())
    return words if len(words) <= limit else words[: limit - 1] + "…"
