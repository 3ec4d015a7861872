"""What a reader produces: one `Source` per text, or one `Skipped` per unreadable input."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .decode import normalize_text
from .language import detect_language

# A UTF-16 surrogate standing alone in a Python string (JSON's "\\ud800", a file name's
# undecodable byte): not a character, it cannot be written as UTF-8 anywhere downstream.
_SURROGATE = re.compile("[\ud800-\udfff]")


def lone_surrogate(text: str) -> str | None:
    """`U+D800 at position 12` for the first lone surrogate in `text`, or None."""
    found = _SURROGATE.search(text)
    return None if found is None else f"U+{ord(found.group()):04X} at position {found.start()}"


def _bad_metadata(value: Any, where: str = "") -> str | None:
    """Where a metadata value (nested dicts and lists too) holds a lone surrogate."""
    if isinstance(value, str):
        found = lone_surrogate(value)
        return None if found is None else f"field {where or '?'} holds a lone surrogate {found}"
    if isinstance(value, dict):
        for key, item in value.items():
            name = f"{where}.{key}" if where else str(key)
            problem = _bad_metadata(str(key), name) or _bad_metadata(item, name)
            if problem:
                return problem
    if isinstance(value, list):
        for index, item in enumerate(value):
            problem = _bad_metadata(item, f"{where}[{index}]")
            if problem:
                return problem
    return None


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

    A text that is empty or only whitespace becomes `Skipped(path, "empty text")`; a text
    or metadata value holding a lone surrogate (not valid Unicode) is skipped saying where.
    `language`, when given, wins over detection.
    """
    problem = _bad_metadata(metadata or {})
    if problem:
        return Skipped(path, f"metadata {problem} (not valid Unicode)")
    text = normalize_text(text)
    if not text.strip():
        return Skipped(path, "empty text")
    try:
        source_id = content_id(text)  # encodes the text as UTF-8: the check costs nothing
    except UnicodeEncodeError as error:
        found = f"U+{ord(text[error.start]):04X} at position {error.start}"
        return Skipped(path, f"text holds a lone surrogate {found} (not valid Unicode)")
    return Source(
        id=source_id,
        path=path,
        format=format,
        text=text,
        language=language or detect_language(text),
        metadata=dict(metadata or {}),
    )
