"""PDF files: the text layer of every page, pages separated by a blank line."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

from pypdf import PasswordType, PdfReader

from .source import Skipped, Source, make_source


def _unlock(reader: PdfReader) -> bool:
    """Open an encrypted PDF whose user password is empty (readable in any viewer)."""
    return reader.decrypt("") != PasswordType.NOT_DECRYPTED


def _title(reader: PdfReader) -> str | None:
    info = reader.metadata
    title = info.title if info is not None else None
    return title.strip() if isinstance(title, str) and title.strip() else None


def read_pdf(path: Path) -> Iterator[Source | Skipped]:
    """Read a `.pdf` text layer; encrypted or image-only PDFs are `Skipped` with that reason."""
    reader = PdfReader(path)
    if reader.is_encrypted and not _unlock(reader):
        yield Skipped(str(path), "encrypted PDF (needs a password)")
        return
    pages = [page.extract_text() or "" for page in reader.pages]
    text = "\n\n".join(pages)
    if not text.strip():
        yield Skipped(str(path), f"PDF has no text layer ({len(pages)} pages; scanned?)")
        return
    metadata: dict[str, Any] = {"size_bytes": path.stat().st_size, "pages": len(pages)}
    title = _title(reader)
    if title:
        metadata["title"] = title
    yield make_source(str(path), "pdf", text, metadata)
