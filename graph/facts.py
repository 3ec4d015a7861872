"""What one source contributes to the graph, computed while its text is at hand.

`source_facts` runs extraction, relations and body recognition on one text and keeps
the result as plain JSON-ready data: the store keeps it per source, so a later load
re-resolves the whole graph without reading unchanged texts again.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import asdict
from typing import Any

from ..extract.pipeline import extract_text
from ..extract.relate import relate
from ..extract.sentences import sentence_at
from ..loaders.source import Source
from .bodies import CONTEXT_BEFORE, Body, body_for_reference, find_bodies

FACTS_VERSION = 2
_CONTEXT_AFTER = 160  # characters after a reference where its issuing body may be named


def source_facts(source: Source) -> dict[str, Any]:
    text = source.text
    document, refs = extract_text(text, source.metadata)
    province = document.province
    mentions = []
    for r in refs:
        context = text[max(0, r.start - CONTEXT_BEFORE) : r.end + _CONTEXT_AFTER]
        body = body_for_reference(r.issuer_code, province, context)
        mentions.append(
            {
                **r.to_dict(),
                "sentence": sentence_at(text, r.start, r.end),
                "province_hint": province,
                "body": asdict(body) if body else None,
            }
        )
    statements = [asdict(s) for s in relate(text, refs, source.language, document.number)]
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
        "main_body": _main_body(text, province) if document.number is None else None,
        "lead": _lead(text),
        "mentions": mentions,
        "statements": statements,
    }


def _issuer_body(issuer_text: str | None, province: str | None) -> dict[str, Any] | None:
    if not issuer_text:
        return None
    found = find_bodies(issuer_text, province)
    return asdict(found[-1][2]) if found else None


def _main_body(text: str, province: str | None) -> dict[str, Any] | None:
    """The local body a report is about: the one it names most often."""
    bodies: dict[str, Body] = {}
    counts: Counter[str] = Counter()
    for _, _, body in find_bodies(text, province):
        if body.level != "central":
            bodies[body.key] = body
            counts[body.key] += 1
    if not counts:
        return None
    key, n = counts.most_common(1)[0]
    return asdict(bodies[key]) if n >= 2 else None


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
