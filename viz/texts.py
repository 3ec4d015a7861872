"""A text read for annotation: its references with their spans, relations and documents.

Offsets are the extractor's own (`text[start:end] == surface`); the text is kept as read.
A reference's relation is the one its text states for itself (`relate`); the text's own
number is marked SELF. With a store, each reference links to the document the store's
graph joined it to (the edge read at load from the same text and span), so the page shows
what the graph holds; a reference the load left open says so with its candidates; any other
(the text not loaded, or a reference no edge starts from) is looked up as a typed number is
(`find_documents`, the load's own rule of `graph/identify.py`) and linked when one fits.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import quote

from ..extract.model import DocumentIdentity, Reference
from ..extract.pipeline import extract_text
from ..extract.relate import Statement, relate
from ..loaders import Source
from ..queries.backend import Backend
from ..queries.evidence import ids_of
from ..queries.lookup import find_documents
from .names import lineage_filename

SELF = "SELF"


@dataclass
class Target:
    """The document a reference names, and where to read more about it."""

    key: str
    number: str | None = None
    title: str | None = None
    date: str | None = None
    issuer: str | None = None
    lineage: str | None = None  # href of its lineage page, when one lies beside the output
    source: str | None = None  # href of a loaded text of the document itself


@dataclass
class Mark:
    start: int
    end: int
    surface: str
    canonical: str
    relation: str
    confidence: float | None = None
    rule: str | None = None
    short_form_of: str | None = None
    date: str | None = None
    target: Target | None = None
    note: str | None = None  # why no document is linked


@dataclass
class AnnotatedText:
    source_id: str
    path: str
    language: str
    text: str
    identity: DocumentIdentity
    marks: list[Mark] = field(default_factory=list)


Resolve = Callable[[Source, Reference], tuple["Target | None", "str | None"]]


def read_marks(source: Source, resolve: Resolve | None = None) -> AnnotatedText:
    identity, refs = extract_text(source.text, source.metadata)
    own = _own_relations(relate(source.text, refs, source.language, identity.number))
    marks = []
    for i, ref in enumerate(refs):
        statement = own.get(i)
        is_self = ref.self or (identity.number is not None and ref.canonical == identity.number)
        target, note = resolve(source, ref) if resolve else (None, None)
        marks.append(
            Mark(
                start=ref.start,
                end=ref.end,
                surface=ref.surface,
                canonical=ref.canonical or ref.name or ref.surface,  # a law named, no number
                relation=SELF if is_self else (statement.relation if statement else "CITES"),
                confidence=None if is_self or statement is None else statement.confidence,
                rule=None if is_self or statement is None else statement.rule,
                short_form_of=ref.short_form_of,
                date=ref.date,
                target=target,
                note=note,
            )
        )
    return AnnotatedText(source.id, source.path, source.language, source.text, identity, marks)


def _own_relations(statements: list[Statement]) -> dict[int, Statement]:
    """For each reference, the strongest relation the text states for itself."""
    best: dict[int, Statement] = {}
    for st in statements:
        if st.subject is not None:
            continue
        held = best.get(st.object)
        if (
            held is None
            or (held.relation == "CITES" and st.relation != "CITES")
            or (st.relation != "CITES" and st.confidence > held.confidence)
        ):
            best[st.object] = st
    return best


class StoreResolver:
    """Joins references to documents of a store; links lineage pages found beside `out`."""

    def __init__(self, backend: Backend, out: Path) -> None:
        self.backend = backend
        self.folder = out.resolve().parent
        self._sources: dict[str, str | None] = {}
        self._read: dict[str, tuple[dict[int, str], dict[int, dict[str, Any]]]] = {}

    def __call__(self, source: Source, ref: Reference) -> tuple[Target | None, str | None]:
        joined, left_open = self._stored(source.id)
        if ref.start in joined:
            row = self._document(joined[ref.start])
            if row is not None:
                return self.target(row), None
        if ref.start in left_open:
            case = left_open[ref.start]
            fits = case.get("candidates") or []
            listed = f": {', '.join(fits)}" if fits else ""
            return None, f"left unresolved by the load{listed} ({case.get('reason')})"
        number = ref.short_form_of or ref.canonical
        if number is None and ref.name is None:  # "Kế hoạch số 79" (`extract.bare`)
            return None, "its whole number is not written"
        if number is None:
            return None, "named without a number the catalogue knows"
        rows = find_documents(self.backend, number, year=ref.year, date=ref.date)
        if not rows:
            return None, "not in the store"
        if len(rows) > 1:
            return None, "several documents fit: " + ", ".join(r["key"] for r in rows)
        return self.target(rows[0]), None

    def _stored(self, source_id: str) -> tuple[dict[int, str], dict[int, dict[str, Any]]]:
        """What the store's graph holds of one text: the document each span was joined to,
        and the spans the load left unresolved (read once per text)."""
        if source_id not in self._read:
            joined: dict[int, str] = {}
            # the text's evidence by id, then the edges whose evidence ids reach it
            starts = {
                row["id"]: row["start"]
                for row in self.backend.query(
                    "MATCH (v:Evidence) WHERE v.source = $source "
                    "RETURN v.id AS id, v.span_start AS start",
                    {"source": source_id},
                )
            }
            rows = []
            if starts:
                rows = self.backend.query(
                    "MATCH (a)-[r]->(d:Document) WHERE r.evidence <= $last "
                    "AND r.evidence + r.evidence_count > $first "
                    "RETURN d.key AS key, r.evidence AS evidence, r.evidence_count AS count",
                    {"first": min(starts), "last": max(starts)},
                )
            for row in sorted(rows, key=lambda r: r["evidence"]):
                for i in ids_of(row["evidence"], row["count"]):
                    if i in starts:
                        joined.setdefault(starts[i], row["key"])
            left_open = {
                row["start"]: row
                for row in self.backend.query(
                    "MATCH (u:Unresolved) WHERE u.source = $source RETURN u.start_char AS "
                    "start, u.candidates AS candidates, u.reason AS reason",
                    {"source": source_id},
                )
            }
            self._read[source_id] = (joined, left_open)
        return self._read[source_id]

    def _document(self, key: str) -> dict[str, Any] | None:
        rows = self.backend.query(
            "MATCH (d:Document) WHERE d.key = $key "
            "OPTIONAL MATCH (d)-[:ISSUED_BY]->(o:Organisation) "
            "RETURN d.key AS key, d.number AS number, d.title AS title, d.date AS date, "
            "o.name AS issuer",
            {"key": key},
        )
        return rows[0] if rows else None

    def target(self, row: dict[str, Any]) -> Target:
        key = row["key"]
        page = self.folder / lineage_filename(key)
        return Target(
            key=key,
            number=row.get("number"),
            title=row.get("title"),
            date=row.get("date"),
            issuer=row.get("issuer"),
            lineage=page.name if page.is_file() else None,
            source=self._source_href(key),
        )

    def _source_href(self, key: str) -> str | None:
        if key not in self._sources:
            rows = self.backend.query(
                "MATCH (s:Source) WHERE s.document = $key RETURN s.path AS path ORDER BY path",
                {"key": key},
            )
            self._sources[key] = self._href(rows[0]["path"]) if rows else None
        return self._sources[key]

    def _href(self, path: str) -> str | None:
        file = Path(path)
        if not file.exists():  # a line of a .jsonl file: `file.jsonl:LINE`
            file = Path(re.sub(r":\d+$", "", path))
        if not file.exists():
            return None
        try:
            return quote(Path(os.path.relpath(file.resolve(), self.folder)).as_posix())
        except ValueError:  # another drive
            return file.resolve().as_uri()
