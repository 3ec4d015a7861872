"""`vanban sparql` on a persistent Oxigraph store, built once per version of the graph store.

The RDF of a store (as `vanban export --format nt` writes it) is bulk-loaded into an
Oxigraph database in a folder beside the store, ``<db>.sparql/<version>/``. The version
names the store file as it is now (inode, size, modification time: a load writes a new
file and swaps it in) and the RDF layout (`RDF_LAYOUT`, raised whenever the triples
change), so a query on an unchanged store opens the database read-only and answers at
once; the first query after a load builds it again and removes the older ones.

A build happens in ``<version>.partial-<pid>`` and is renamed into place when complete:
an interrupted build is never used, and two processes building at once each finish and
keep one.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pyoxigraph as ox

from .sparql import SparqlError
from .triples import PREFIX_IRIS, XSD

RDF_LAYOUT = 1
"""Raise when `triples.py` writes different triples: stores built before are rebuilt."""
_COMPLETE = "complete"
_INTEGERS = {
    XSD + name
    for name in (
        "integer",
        "int",
        "long",
        "short",
        "byte",
        "nonNegativeInteger",
        "positiveInteger",
        "negativeInteger",
        "nonPositiveInteger",
        "unsignedLong",
        "unsignedInt",
        "unsignedShort",
        "unsignedByte",
    )
}
_FLOATS = {XSD + "double", XSD + "float"}


def sparql_folder(db: Path) -> Path:
    target = Path(os.path.realpath(db))
    return target.with_name(target.name + ".sparql")


def store_version(db: Path) -> str:
    """A name that changes whenever the store file is replaced or written, or its
    write-ahead log (an update by log changes only that: `vanban.store.build`), or the
    layout of the RDF changes."""
    target = Path(os.path.realpath(db))
    info = target.stat()
    version = f"r{RDF_LAYOUT}-{info.st_ino}-{info.st_size}-{info.st_mtime_ns}"
    try:
        log = target.with_name(target.name + ".wal").stat()
    except FileNotFoundError:
        return version
    return f"{version}-{log.st_ino}-{log.st_size}-{log.st_mtime_ns}"


def _build(db: Path, folder: Path, version: str, on_build: Callable[[str], None] | None) -> Path:
    from .rdf_stream import export_store  # the store's reader: only needed to build

    folder.mkdir(exist_ok=True)
    partial = folder / f"{version}.partial-{os.getpid()}"
    ready = folder / version
    shutil.rmtree(partial, ignore_errors=True)
    triples_file = folder / f".triples-{os.getpid()}.nt"
    try:
        if on_build:
            on_build(f"building the SPARQL store {ready} (once per version of {db})")
        export_store(db, "nt", triples_file)
        store = ox.Store(str(partial))
        store.bulk_load(path=str(triples_file), format=ox.RdfFormat.N_TRIPLES)
        store.flush()
        del store  # closes the database: it can then be renamed and opened read-only
        (partial / _COMPLETE).write_text(version + "\n", encoding="utf-8")
        try:
            partial.rename(ready)
        except OSError:  # another process finished the same version first: use its
            if not (ready / _COMPLETE).exists():
                raise
    finally:
        triples_file.unlink(missing_ok=True)
        shutil.rmtree(partial, ignore_errors=True)
    for other in folder.iterdir():  # older versions, and builds that were interrupted
        if other.name != ready.name and other.is_dir() and ".partial-" not in other.name:
            shutil.rmtree(other, ignore_errors=True)
    return ready


def open_sparql_store(
    db: Path, on_build: Callable[[str], None] | None = None
) -> tuple[ox.Store, bool]:
    """The Oxigraph store of ``db``'s current version (built if missing), read-only, and
    whether it was built by this call."""
    folder = sparql_folder(db)
    version = store_version(db)
    ready = folder / version
    built = False
    if not (ready / _COMPLETE).exists():
        ready = _build(db, folder, version, on_build)
        built = True
    return ox.Store.read_only(str(ready)), built


def plain_term(term: Any) -> Any:
    """A term as text or a Python value: IRIs as text; integers, decimals as text, as
    `export.sparql.plain` gives them from rdflib; booleans and doubles as Python values."""
    if term is None:
        return None
    if isinstance(term, ox.Literal):
        datatype = term.datatype.value if term.datatype is not None else None
        if datatype in _INTEGERS:
            try:
                return int(term.value)
            except ValueError:
                return term.value
        if datatype == XSD + "boolean":
            return term.value in ("true", "1")
        if datatype in _FLOATS:
            try:
                return float(term.value)
            except ValueError:
                return term.value
        return term.value
    return term.value


def query_store(store: ox.Store, query: str) -> list[dict[str, Any]]:
    """SELECT: one dict per solution; ASK: ``[{"ask": bool}]``; CONSTRUCT / DESCRIBE: one
    dict per triple. The prefixes eli, vb, dcterms, foaf, skos, rdf, rdfs and xsd are
    known without PREFIX lines."""
    try:
        result = store.query(query, prefixes=dict(PREFIX_IRIS))
        if isinstance(result, ox.QueryBoolean):
            return [{"ask": bool(result)}]
        if isinstance(result, ox.QueryTriples):
            return [
                {
                    "subject": plain_term(t.subject),
                    "predicate": plain_term(t.predicate),
                    "object": plain_term(t.object),
                }
                for t in result
            ]
        names = [v.value for v in result.variables]
        return [{name: plain_term(row[name]) for name in names} for row in result]
    except (SyntaxError, OSError, ValueError) as error:
        text = str(error).strip()
        raise SparqlError(text.splitlines()[0] if text else type(error).__name__) from error
