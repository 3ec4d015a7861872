"""What one source contributes to the graph, computed while its text is at hand.

`source_facts` runs extraction, relations and body recognition on one text and keeps
the result as plain JSON-ready data: the store keeps it per source, so a later load
re-resolves the whole graph without reading unchanged texts again.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import asdict
from typing import Any

from ..extract.actors import actors
from ..extract.pipeline import extract_text
from ..extract.places import find_province_mentions, province_from_url
from ..extract.relate import relate
from ..extract.sentences import sentence_at
from ..loaders.source import Source
from .bodies import CONTEXT_BEFORE, Body, body_for_reference, find_bodies

FACTS_VERSION = 4  # 4: bodies assigned by orders (actors); 3: explainer parts cite, bodies placed
_CONTEXT_AFTER = 160  # characters after a reference where its issuing body may be named
_LEAD_REACH = 1000  # a report names the body it is about within its first paragraphs


def source_facts(source: Source) -> dict[str, Any]:
    text = source.text
    document, refs = extract_text(text, source.metadata)
    province = document.province
    mentions = []
    for r in refs:
        context = text[max(0, r.start - CONTEXT_BEFORE) : r.end + _CONTEXT_AFTER]
        body = placed(body_for_reference(r.issuer_code, province, context))
        mentions.append(
            {
                **r.to_dict(),
                "sentence": sentence_at(text, r.start, r.end),
                "province_hint": province,
                "body": asdict(body) if body else None,
            }
        )
    read = relate(text, refs, source.language, document.number)
    statements = [asdict(s) for s in read]
    named = [(a, b, asdict(body)) for a, b, body in find_bodies(text, province) if placed(body)]
    issuers = [(m["body"] or {}).get("key") for m in mentions]
    acts = (
        actors(
            text,
            refs,
            read,
            named,
            document.number,
            issuers,
            _title(source),
            report=document.basis not in ("header", "annex"),  # an official text speaks itself
        )
        if source.language == "vi"
        else []
    )
    return {
        "version": FACTS_VERSION,
        "source": {
            "id": source.id,
            "path": source.path,
            "format": source.format,
            "language": source.language,
            "title": _title(source),
            "metadata": source.metadata,
        },
        "document": document.to_dict(),
        "issuer_body": _issuer_body(document.issuer, province),
        "main_body": (
            _main_body(text, _addressed_province(source.metadata, text), _title(source))
            if document.number is None
            else None
        ),
        "lead": _lead(text),
        "mentions": mentions,
        "statements": statements,
        "actors": [asdict(a) for a in acts],
    }


def placed(body: Body | None) -> Body | None:
    """`body`, unless it is a local body whose province nothing names (not the sentence, the
    text nor the source's address): "Tỉnh ủy" of no province is no body anyone can find, and
    hanging facts on it would merge every province's committee into one node."""
    if body is None or body.level == "central" or body.province:
        return body
    return None


def _issuer_body(issuer_text: str | None, province: str | None) -> dict[str, Any] | None:
    if not issuer_text:
        return None
    found = [b for _, _, b in find_bodies(issuer_text, province) if placed(b)]
    return asdict(found[-1]) if found else None


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


def _main_body(text: str, province: str | None, title: str | None) -> dict[str, Any] | None:
    """The local body a report is about: the one it names most often, with its province
    (named with the body, or else the province the report is addressed from), and named in
    its title or lead. A body first named deep in a page (an addressee in a resolution's
    articles, a committee in a long history) is not what the page reports on."""
    bodies: dict[str, Body] = {}
    counts: Counter[str] = Counter()
    lead: set[str] = {b.key for _, _, b in find_bodies(title or "", province)}
    for start, _, body in find_bodies(text, province):
        if body.level != "central" and placed(body):
            bodies[body.key] = body
            counts[body.key] += 1
            if start < _LEAD_REACH:
                lead.add(body.key)
    if not counts:
        return None
    key, n = counts.most_common(1)[0]
    return asdict(bodies[key]) if n >= 2 and key in lead else None


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
