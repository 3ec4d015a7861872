"""Plain text and Markdown files: decoded as they are."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from .decode import decode_bytes
from .source import Skipped, Source, make_source


def _read(path: Path, format: str) -> Iterator[Source | Skipped]:
    data = path.read_bytes()
    yield make_source(str(path), format, decode_bytes(data), {"size_bytes": len(data)})


def read_txt(path: Path) -> Iterator[Source | Skipped]:
    """Read a `.txt` file."""
    return _read(path, "txt")


def read_markdown(path: Path) -> Iterator[Source | Skipped]:
    """Read a `.md` file; the Markdown markup is kept as written."""
    return _read(path, "md")
