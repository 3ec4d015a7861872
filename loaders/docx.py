"""Word `.docx` files: body paragraphs and table cells, in document order."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

from docx import Document
from docx.table import Table, _Cell
from docx.text.paragraph import Paragraph

from .source import Skipped, Source, make_source


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
    document = Document(str(path))
    text = "\n".join(_block_text(block) for block in document.iter_inner_content())
    metadata: dict[str, Any] = {"size_bytes": path.stat().st_size}
    properties = document.core_properties
    for key, value in (("title", properties.title), ("author", properties.author)):
        if value and value.strip():
            metadata[key] = value.strip()
    yield make_source(str(path), "docx", text, metadata)
