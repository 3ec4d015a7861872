"""One entry point: write a selection in a named format."""

from __future__ import annotations

from pathlib import Path

from .admin_csv import write_admin_csv
from .jsonfile import write_json
from .networks import write_gexf, write_graphml
from .rdf_stream import export_selection
from .select import Selection
from .triples import DEFAULT_BASE

RDF_FORMATS = ("ttl", "jsonld", "nt")
FORMATS = (*RDF_FORMATS, "graphml", "gexf", "csv", "json")


def write(selection: Selection, fmt: str, path: Path, base: str = DEFAULT_BASE) -> list[Path]:
    """Write ``selection`` as ``fmt`` to ``path`` (a folder for ``csv``); the files written.

    RDF goes through the streaming writers (`rdf_stream.py`), as the whole store does."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}; use one of {', '.join(FORMATS)}")
    if fmt == "csv":
        return write_admin_csv(selection, path)
    path.parent.mkdir(parents=True, exist_ok=True)
    if fmt in RDF_FORMATS:
        export_selection(selection, fmt, path, base)
    elif fmt == "graphml":
        write_graphml(selection, path)
    elif fmt == "gexf":
        write_gexf(selection, path)
    else:
        write_json(selection, path)
    return [path]
