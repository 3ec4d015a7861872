"""One text in, its identity and references out: find, annotate, resolve short forms, identify."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ..loaders.source import Source
from .annotate import annotate
from .dates import find_dates
from .find import find_references
from .identity import identify
from .model import DocumentIdentity, Reference
from .shortforms import find_short_forms


@dataclass
class Extraction:
    """What one source says: who it is, and every reference it makes, in text order."""

    source_id: str
    path: str
    language: str
    document: DocumentIdentity
    references: list[Reference] = field(default_factory=list)
    metadata: dict[str, Any] = field(default_factory=dict)


def extract_text(
    text: str, metadata: dict[str, Any] | None = None
) -> tuple[DocumentIdentity, list[Reference]]:
    """The identity and the references (full mentions and short forms, in order) of `text`."""
    dates = find_dates(text)
    full = annotate(text, find_references(text), dates)
    document = identify(text, full, dates, metadata)
    if document.number:
        for r in full:
            r.self = r.canonical == document.number and document.basis in ("header", "annex")
    refs = sorted(full + find_short_forms(text, full), key=lambda r: r.start)
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
    )
