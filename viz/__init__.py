"""Interactive HTML views of the graph and annotated texts, complete in one file each.

- `lineage_page(root)`: the lineage tree of one document (`vanban.queries.lineage`).
- `graph_page(graph, ...)`: the whole graph, or a slice of it by province, year, relation.
- `annotated_page(sources, ...)`: texts with every reference highlighted.
- `lineage_filename(key)`: the name a lineage page gets by default; an annotated page
  links a reference to `lineage-<slug>.html` when that file lies beside it.

Pages load nothing from anywhere: vis-network (static/, Apache-2.0 or MIT) and the
pages' own script and styles are inside each file.
"""

from __future__ import annotations

from collections.abc import Iterable

from ..graph.model import Graph
from ..queries.lineage import LineageNode
from .annotate import annotated_page
from .build import DOCUMENT_RELATIONS, graph_view, lineage_view
from .names import lineage_filename, slug
from .page import render_view

__all__ = [
    "DOCUMENT_RELATIONS",
    "annotated_page",
    "graph_page",
    "lineage_filename",
    "lineage_page",
    "slug",
]


def lineage_page(
    root: LineageNode,
    direction: str = "both",
    depth: int = 6,
    relations: Iterable[str] = (),
    lookup: dict[str, list[str]] | None = None,
) -> str:
    return render_view(lineage_view(root, direction, depth, relations, lookup))


def graph_page(
    graph: Graph,
    provinces: Iterable[str] = (),
    since: int | None = None,
    relations: Iterable[str] = DOCUMENT_RELATIONS,
    source_paths: dict[str, str] | None = None,
) -> str:
    return render_view(graph_view(graph, provinces, since, relations, source_paths))
