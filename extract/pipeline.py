"""One text in, its identity, references and their relations out: find (numbers, and Party
numbers named by their body), annotate, resolve short forms, identify, relate."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ..loaders.source import Source
from .annotate import annotate
from .bare import find_bare
from .dates import find_dates
from .find import find_references
from .identity import heads_own_annex, identify
from .issuer_numbered import find_issuer_numbered
from .model import DocumentIdentity, Reference
from .named import find_named, metadata_date, own_name
from .published import published_on
from .relate import Statement, relate
from .shortforms import find_short_forms
from .titled import find_titled, merge_titled


@dataclass
class Extraction:
    """What one source says: who it is, and every reference it makes, in text order."""

    source_id: str
    path: str
    language: str
    document: DocumentIdentity
    references: list[Reference] = field(default_factory=list)
    metadata: dict[str, Any] = field(default_factory=dict)
    # how the text relates to each reference (`relate`): what `vanban load` stores
    statements: list[Statement] = field(default_factory=list)


def extract_text(
    text: str, metadata: dict[str, Any] | None = None
) -> tuple[DocumentIdentity, list[Reference]]:
    """The identity and the references of `text` in text order: numbers, short forms of
    them (kind "short") and documents cited by name (kind "named")."""
    dates = find_dates(text)
    numbers = find_references(text)
    by_issuer = find_issuer_numbered(text, numbers)  # "Kết luận số 02 của Ban Bí thư"
    if by_issuer:
        numbers = sorted(numbers + by_issuer, key=lambda r: r.start)
    full = annotate(text, numbers, dates)
    document = identify(text, full, dates, metadata)
    if document.number:
        for r in full:
            r.self = (
                r.canonical == document.number and document.basis in ("header", "annex")
            ) or heads_own_annex(text, r, document)
    short = find_short_forms(text, full)
    for r in short:
        r.kind = "short"
    # undated, the day its page was published, or the year in its own number
    # ("192/2025/QH15"), still dates it; a date near the top of a text that is no
    # document ("none") is any date its lead mentions, not its own
    own_date = (
        (document.date if document.basis != "none" else None)
        or metadata_date(metadata)
        or published_on(metadata)
        or metadata_date({"number": document.number})
    )
    named = find_named(
        text,
        full,
        dates,
        own_date,
        own_name(metadata) or own_name({"title": document.title}),
        document.number,
    )
    # documents named by title ("Nghị quyết của Quốc hội về …"); a law named inside such a
    # title is the title's
    named = merge_titled(named, find_titled(text, full, dates, own_date, document.number), full)
    refs = sorted(full + short + named, key=lambda r: r.start)
    bare = find_bare(text, refs, document)  # "Kế hoạch số 79": a document whose number is not told
    if bare:
        refs = sorted(refs + bare, key=lambda r: r.start)
    return document, refs


def extract_source(source: Source) -> Extraction:
    document, refs = extract_text(source.text, source.metadata)
    return Extraction(
        source_id=source.id,
        path=source.path,
        language=source.language,
        document=document,
        references=refs,
        metadata=source.metadata,
        statements=relate(source.text, refs, source.language, document.number, document.reported),
    )
