"""PDF files: the text layer of every page, pages separated by a blank line.

pypdf reports what it repairs (a missing EOF marker, a broken cross-reference table)
through the `pypdf` logger and `warnings`; unconfigured, those lines went straight to
stderr, into the middle of the progress bar. They are caught while a file is read: a
file that cannot be read carries them in its skip reason, one that can keeps them in its
metadata (`reader_warnings`).
"""

from __future__ import annotations

import contextlib
import logging
import warnings
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from pypdf import PasswordType, PdfReader

from .source import Skipped, Source, make_source

_PYPDF_LOGGER = "pypdf"
_WARNINGS_KEPT = 5


class _Collect(logging.Handler):
    def __init__(self, into: list[str]) -> None:
        super().__init__(logging.WARNING)
        self.into = into

    def emit(self, record: logging.LogRecord) -> None:
        self.into.append(" ".join(record.getMessage().split()))


@contextlib.contextmanager
def caught_library_warnings() -> Iterator[list[str]]:
    """Collect pypdf's log messages and Python warnings instead of printing them."""
    messages: list[str] = []
    logger = logging.getLogger(_PYPDF_LOGGER)
    handler = _Collect(messages)
    propagate = logger.propagate
    logger.addHandler(handler)
    logger.propagate = False
    try:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            yield messages
        messages.extend(" ".join(str(w.message).split()) for w in caught)
    finally:
        logger.removeHandler(handler)
        logger.propagate = propagate


def _distinct(messages: list[str]) -> list[str]:
    return list(dict.fromkeys(messages))[:_WARNINGS_KEPT]


def _unlock(reader: PdfReader) -> bool:
    """Open an encrypted PDF whose user password is empty (readable in any viewer)."""
    return reader.decrypt("") != PasswordType.NOT_DECRYPTED


def _title(reader: PdfReader) -> str | None:
    info = reader.metadata
    title = info.title if info is not None else None
    return title.strip() if isinstance(title, str) and title.strip() else None


def read_pdf(path: Path) -> Iterator[Source | Skipped]:
    """Read a `.pdf` text layer; encrypted or image-only PDFs are `Skipped` with that reason."""
    with caught_library_warnings() as messages:
        try:
            item = _read(path)
        except Exception as error:
            detail = " ".join(str(error).split())[:200]
            reason = f"unreadable pdf ({type(error).__name__}: {detail})"
            if messages:
                reason += f"; pypdf said: {'; '.join(_distinct(messages))}"
            item = Skipped(str(path), reason)
    if isinstance(item, Source) and messages:
        item.metadata["reader_warnings"] = _distinct(messages)
    yield item


def _read(path: Path) -> Source | Skipped:
    reader = PdfReader(path)
    if reader.is_encrypted and not _unlock(reader):
        return Skipped(str(path), "encrypted PDF (needs a password)")
    pages = [page.extract_text() or "" for page in reader.pages]
    text = "\n\n".join(pages)
    if not text.strip():
        return Skipped(str(path), f"PDF has no text layer ({len(pages)} pages; scanned?)")
    metadata: dict[str, Any] = {"size_bytes": path.stat().st_size, "pages": len(pages)}
    title = _title(reader)
    if title:
        metadata["title"] = title
    return make_source(str(path), "pdf", text, metadata)
