"""One entry point: write a selection in a named format."""

from __future__ import annotations

from pathlib import Path

from .admin_csv import write_admin_csv
from .jsonfile import write_json
from .networks import write_gexf, write_graphml
from .rdf import DEFAULT_BASE, to_rdf
from .select import Selection

RDF_FORMATS = {"ttl": "turtle", "jsonld": "json-ld", "nt": "nt11"}
FORMATS = (*RDF_FORMATS, "graphml", "gexf", "csv", "json")
JSONLD_CONTEXT = {
    "eli": "http://data.europa.eu/eli/ontology#",
    "vb": "https://vanban.example.org/ns#",
    "dcterms": "http://purl.org/dc/terms/",
    "foaf": "http://xmlns.com/foaf/0.1/",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
}


def write(selection: Selection, fmt: str, path: Path, base: str = DEFAULT_BASE) -> list[Path]:
    """Write ``selection`` as ``fmt`` to ``path`` (a folder for ``csv``); the files written."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}; use one of {', '.join(FORMATS)}")
    if fmt == "csv":
        return write_admin_csv(selection, path)
    path.parent.mkdir(parents=True, exist_ok=True)
    if fmt in RDF_FORMATS:
        rdf = to_rdf(selection, base)
        options = {"context": JSONLD_CONTEXT, "auto_compact": True} if fmt == "jsonld" else {}
        rdf.serialize(destination=str(path), format=RDF_FORMATS[fmt], encoding="utf-8", **options)
    elif fmt == "graphml":
        write_graphml(selection, path)
    elif fmt == "gexf":
        write_gexf(selection, path)
    else:
        write_json(selection, path)
    return [path]
