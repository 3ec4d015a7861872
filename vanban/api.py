"""The Python API, mirroring the command line, for notebooks."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import networkx as nx

from .batch import extract_paths as _extract_paths
from .extract.model import DocumentIdentity, Reference
from .extract.pipeline import Extraction
from .extract.pipeline import extract_text as _extract_text
from .loaders import Skipped
from .queries.backend import EmbeddedBackend
from .queries.lineage import DEFAULT_RELATIONS, LineageNode
from .queries.lineage import lineage as _lineage
from .queries.lookup import find_documents


def extract_text(
    text: str, metadata: dict[str, Any] | None = None
) -> tuple[DocumentIdentity, list[Reference]]:
    """The identity of a text and every reference in it (as `vanban extract`)."""
    return _extract_text(text, metadata)


def extract_paths(
    paths: Iterable[str | Path], jobs: int | None = None
) -> Iterator[Extraction | Skipped]:
    """Extract files and folders (as `vanban extract`); unreadable inputs come as `Skipped`."""
    return _extract_paths(paths, jobs)


def load(paths: Iterable[str | Path], db: str | Path = "vanban.db", jobs: int | None = None) -> Any:
    """Build or update the store at `db` (as `vanban load`); returns the load report."""
    from .load import load as _load

    report, _ = _load(paths, db, jobs, keep_graph=False)  # the graph is not returned
    return report


def lineage(
    number: str,
    db: str | Path = "vanban.db",
    direction: str = "both",
    depth: int = 6,
    relations: Iterable[str] = DEFAULT_RELATIONS,
    year: int | None = None,
    date: str | None = None,
) -> LineageNode:
    """The lineage tree of one document (as `vanban lineage`).

    Raises LookupError when the number names no document or several (then pass `year` or
    `date`)."""
    with EmbeddedBackend.open(db) as backend:
        rows = find_documents(backend, number, year, date)
        if len(rows) != 1:
            found = ", ".join(f"{r['key']} ({r['date']})" for r in rows) or "none"
            raise LookupError(f"{number} names {len(rows)} documents: {found}")
        return _lineage(backend, rows[0]["key"], direction, depth, relations)


def networkx_graph(
    db: str | Path = "vanban.db", keys: Iterable[str] | None = None
) -> nx.MultiDiGraph:
    """The whole graph (or the subgraph on `keys`) as a networkx MultiDiGraph."""
    from .graph.nx import to_networkx
    from .store.read_graph import read_graph

    return to_networkx(read_graph(db), keys)
