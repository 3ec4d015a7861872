"""The piece of an evidence sentence a reader is shown: cut around the mention, marked.

A stored sentence can run to hundreds of characters (a preamble is one sentence); cut from
its start, it often hides the very number it is evidence for. `snippet` finds the mention
in the sentence and keeps a window around it, with the mention between MARKS.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from ..store.graph_tables import ids_of
from .backend import Backend
from .library import get, run

MARKS = ("⟦", "⟧")


def locate(sentence: str, surface: str | None) -> tuple[int, int] | None:
    """Where `surface` (as written in the text: line breaks, odd spaces) stands in the
    sentence (whose spaces are folded), or None."""
    if not surface or not sentence:
        return None
    words = [re.escape(w) for w in surface.split()]
    if not words:
        return None
    found = re.search(r"\s*".join(words), sentence)
    return found.span() if found else None


def snippet_parts(sentence: str, surface: str | None, width: int = 160) -> tuple[str, str, str]:
    """(before, mention, after): `sentence` cut to about `width` characters around the
    mention, with "…" where it was cut; ("…sentence cut from its start", "", "") when the
    mention is not found in it."""
    span = locate(sentence, surface)
    if span is None:
        return (sentence if len(sentence) <= width else sentence[: width - 1] + "…", "", "")
    start, end = span
    room = max(0, width - (end - start))
    lo = max(0, start - room // 2)
    hi = min(len(sentence), end + (room - (start - lo)))
    lo = max(0, min(lo, hi - width))
    if lo > 0:  # cut between words
        lo = sentence.find(" ", lo, start) + 1 or lo
    if hi < len(sentence):
        cut = sentence.rfind(" ", end, hi)
        hi = cut if cut > end else hi
    head = "…" if lo > 0 else ""
    tail = "…" if hi < len(sentence) else ""
    return head + sentence[lo:start], sentence[start:end], sentence[end:hi] + tail


def snippet(sentence: str, surface: str | None, width: int = 160) -> str:
    """`sentence` cut to about `width` characters around `surface`, the mention marked."""
    before, mention, after = snippet_parts(sentence, surface, width)
    return f"{before}{MARKS[0]}{mention}{MARKS[1]}{after}" if mention else before


# -- fetching the evidence of the links a reader is shown -------------------------------

# An edge holds its best confidence and the ids of its Evidence rows (`evidence`, the
# first, and `evidence_count`); its evidence is fetched by id for the edges shown.
EVIDENCE_IDS = ("evidence", "evidence_count")
EVIDENCE_LISTS = {
    "sources": "source",
    "span_starts": "span_start",
    "span_ends": "span_end",
    "surfaces": "surface",
    "sentences": "sentence",
    "languages": "language",
    "confidences": "confidence",
    "rules": "rule",
}
"""A list of an edge's evidence, one item a piece, -> its column in the Evidence table."""
EVIDENCE_FIELDS = ("sources", "sentences", "surfaces", "rules", "confidence")


def evidence_lists(
    backend: Backend,
    firsts: list[int | None],
    counts: list[int | None],
    names: Iterable[str] = tuple(EVIDENCE_LISTS),
) -> dict[str, list[list[Any]]]:
    """The evidence of the edges whose Evidence rows begin at `firsts` and number
    `counts`, one query for all: each list of `EVIDENCE_LISTS` (those of `names`), one a
    edge."""
    wanted = [ids_of(f, c) for f, c in zip(firsts, counts, strict=True)]
    ids = sorted({i for edge in wanted for i in edge})
    names = list(names)
    columns = ["id", *(EVIDENCE_LISTS[name] for name in names)]
    found = _evidence_columns(backend, ids, columns) if ids else {}
    at = {i: n for n, i in enumerate(found.get("id", []))}  # id -> its row
    spans: list[slice | list[int]]
    if found.get("id") == ids:
        # every row found, in order of id (the query looks them up in the order given):
        # an edge's consecutive ids are consecutive rows, a slice of each column, rather
        # than a lookup a piece (a large lineage's 1,300 pieces in each column)
        spans = [
            slice(at[edge[0]], at[edge[0]] + len(edge)) if edge else slice(0) for edge in wanted
        ]
    else:
        spans = [[at[i] for i in edge if i in at] for edge in wanted]
    out: dict[str, list[list[Any]]] = {}
    for name in names:
        column = found.get(EVIDENCE_LISTS[name], [])
        out[name] = [
            column[span] if isinstance(span, slice) else [column[n] for n in span] for span in spans
        ]
    return out


def _evidence_columns(backend: Backend, ids: list[int], columns: list[str]) -> dict[str, list[Any]]:
    """The `columns` of the Evidence rows of `ids` (`evidence_by_id`). On the embedded
    store they are read as one Arrow table and converted a column at a time: a dict a row,
    each value through `plain`, was most of the evidence of a large lineage (measured at
    10k documents: 56 of about 85 CPU-ms for the 1,381 pieces of a 1,193-node tree)."""
    store = getattr(backend, "store", None) if backend.dialect == "ladybug" else None
    if store is None:
        rows = run(backend, "evidence_by_id", evidence_ids=ids)
        return {c: [r[c] for r in rows] for c in columns}
    table = store.query_arrow(get("evidence_by_id", "ladybug").text, {"evidence_ids": ids})
    return {c: table[c].to_pylist() for c in columns}


def with_evidence(backend: Backend, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """`rows` (edges with `evidence` and `evidence_count`), each given its evidence as the
    lists of `EVIDENCE_LISTS` (in place; returned)."""
    lists = evidence_lists(
        backend, [r.get("evidence") for r in rows], [r.get("evidence_count") for r in rows]
    )
    for i, row in enumerate(rows):
        for name, values in lists.items():
            row[name] = values[i]
    return rows


def tree_evidence_query(
    relations: list[str], way: str, dialect: str, child: str = "x.key AS child"
) -> str:
    """The confidence and evidence ids of every `relations` edge between the documents of
    `$keys` (parents in a lineage's tree) and their neighbours `way` ("down": what points
    at them; "up": what they point at), a row an edge: parent, child (named by the columns
    `child` gives over `x`), relation, confidence and `EVIDENCE_IDS`.

    Starting from the parents reads little more than the tree's own links (most of a
    parent's neighbours are its children in the tree), where starting from the children
    would read every link out of each. The relations are part of the pattern, so the text
    is built here, from fixed lists (checked by the caller); LadybugDB names a relation
    by label(r), Neo4j by type(r). The edge hangs off an OPTIONAL MATCH on purpose:
    LadybugDB then follows each looked-up node's own edges, where a plain MATCH joins the
    keys against a scan of the whole relation."""
    pattern = "|".join(relations)
    edge = f"<-[r:{pattern}]-(x)" if way == "down" else f"-[r:{pattern}]->(x:Document)"
    kind = "label(r)" if dialect == "ladybug" else "type(r)"
    fields = ", ".join(f"r.{f} AS {f}" for f in ("confidence", *EVIDENCE_IDS))
    return (
        "UNWIND $keys AS k MATCH (p:Document {key: k})\n"
        f"OPTIONAL MATCH (p){edge}\n"
        f"RETURN k AS parent, {child}, {kind} AS relation, {fields}"
    )
