"""Word `.docx` files: body paragraphs and table cells, in document order.

A `.docx` is a zip archive, and python-docx unpacks every part into memory: a 9 MB file
holding 3 GiB of paragraphs (a zip bomb) once drove a load to 22.7 GB. So the sizes the
archive declares are added up first, and a file that would unpack to more than
`DOCX_MAX_MB` MiB (default 128; the environment variable `VANBAN_DOCX_MAX_MB` raises or
lowers it) is skipped, saying so. zipfile never returns more bytes for a part than its
declared size (a part that lies fails its CRC check), so the declared total is a bound.
"""

from __future__ import annotations

import os
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from docx import Document
from docx.table import Table, _Cell
from docx.text.paragraph import Paragraph

from .source import Skipped, Source, make_source

DOCX_MAX_MB = 128
"""Default limit on what one `.docx` may unpack to, in MiB."""
DOCX_MAX_MB_VARIABLE = "VANBAN_DOCX_MAX_MB"


def docx_limit_mib() -> int:
    """The unpacked-size limit in MiB: `VANBAN_DOCX_MAX_MB` when set, else `DOCX_MAX_MB`."""
    value = os.environ.get(DOCX_MAX_MB_VARIABLE, "").strip()
    if not value:
        return DOCX_MAX_MB
    try:
        limit = int(value)
    except ValueError:
        raise ValueError(f"{DOCX_MAX_MB_VARIABLE}={value!r} is not a whole number of MiB") from None
    if limit <= 0:
        raise ValueError(f"{DOCX_MAX_MB_VARIABLE}={value!r} must be more than 0")
    return limit


def unpacked_size(path: Path) -> int:
    """Bytes the archive's parts unpack to, as the archive declares them."""
    with zipfile.ZipFile(path) as archive:
        return sum(member.file_size for member in archive.infolist())


def _too_big(path: Path) -> Skipped | None:
    limit = docx_limit_mib()
    try:
        size = unpacked_size(path)
    except zipfile.BadZipFile:
        return None  # python-docx says what is wrong with it
    if size <= limit << 20:
        return None
    return Skipped(
        str(path),
        f"docx unpacks to {size / (1 << 20):,.0f} MiB, more than the {limit} MiB allowed "
        f"(a zip bomb?); set {DOCX_MAX_MB_VARIABLE} to raise the limit",
    )


def _cell_text(cell: _Cell) -> str:
    return "\n".join(_block_text(block) for block in cell.iter_inner_content())


def _table_text(table: Table) -> str:
    """One line per row, cells separated by tabs; a merged cell is written once."""
    seen: dict[int, object] = {}  # cell elements already written, kept alive so ids stay unique
    rows = []
    for row in table.rows:
        cells = []
        for cell in row.cells:
            if id(cell._tc) not in seen:
                seen[id(cell._tc)] = cell._tc
                cells.append(_cell_text(cell))
        rows.append("\t".join(cells))
    return "\n".join(rows)


def _block_text(block: Paragraph | Table) -> str:
    return block.text if isinstance(block, Paragraph) else _table_text(block)


def read_docx(path: Path) -> Iterator[Source | Skipped]:
    """Read a `.docx`; core properties title and author go into metadata when set."""
    refused = _too_big(path)
    if refused is not None:
        yield refused
        return
    document = Document(str(path))
    text = "\n".join(_block_text(block) for block in document.iter_inner_content())
    metadata: dict[str, Any] = {"size_bytes": path.stat().st_size}
    properties = document.core_properties
    for key, value in (("title", properties.title), ("author", properties.author)):
        if value and value.strip():
            metadata[key] = value.strip()
    yield make_source(str(path), "docx", text, metadata)
