"""The graph build's entry for typed facts (`vanban.extract.read_facts` reads them from a
text, `vanban.facts_files` from Parquet)."""

from __future__ import annotations

from collections.abc import Iterable

from ..extract.facts import SourceFacts
from .corrections import Corrections
from .model import Graph
from .resolve import build_graph


def build_graph_from_facts(
    all_facts: Iterable[SourceFacts], corrections: Corrections | None = None
) -> Graph:
    """Resolve every source's facts into one graph (see `resolve.build_graph`)."""
    return build_graph((f.to_dict() for f in all_facts), corrections)
