"""What a reader produces: one `Source` per text, or one `Skipped` per unreadable input."""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .decode import normalize_text
from .language import detect_language


def content_id(text: str) -> str:
    """Stable id of a text: the first 16 hex digits of the SHA-256 of its NFC UTF-8 bytes."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


@dataclass
class Source:
    """One text as read, already decoded and NFC-normalised.

    `path` names where it came from; for a line of a `.jsonl` file it is
    `file.jsonl:LINE` (1-based). Offsets reported by the extractor index `text`.
    """

    id: str
    path: str
    format: str  # txt, md, html, pdf, docx, jsonl
    text: str
    language: str  # ISO 639-1 code, "und" when unknown
    metadata: dict[str, Any] = field(default_factory=dict)


@dataclass
class Skipped:
    """An input that was not read, and why. Never dropped silently: callers report these."""

    path: str
    reason: str


Reader = Callable[[Path], Iterator[Source | Skipped]]
"""A format reader: one file in, its texts (or why not) out."""


def make_source(
    path: str,
    format: str,
    text: str,
    metadata: dict[str, Any] | None = None,
    language: str | None = None,
) -> Source | Skipped:
    """Build a `Source` from raw text: normalise it (NFC, CRLF to LF), id it, find its language.

    A text that is empty or only whitespace becomes `Skipped(path, "empty text")`.
    `language`, when given, wins over detection.
    """
    text = normalize_text(text)
    if not text.strip():
        return Skipped(path, "empty text")
    return Source(
        id=content_id(text),
        path=path,
        format=format,
        text=text,
        language=language or detect_language(text),
        metadata=dict(metadata or {}),
    )
