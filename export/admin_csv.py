"""CSV files for ``neo4j-admin database import full``: a bulk load of a big graph.

One node file per label (``key:ID(Document)``, ``:LABEL``, typed columns such as
``year:long``, ``aliases:string[]``) and one relationship file per relation and pair of
labels (``:START_ID(Organisation)``, ``:END_ID(Document)``, ``:TYPE``, the evidence lists
``span_starts:long[]`` ...). Each label has its own ID space, so a key can never meet a
key of another label. Property names are those of the store and of `vanban neo4j push`,
so the same queries run on a graph loaded either way. ``import.txt`` holds the command,
with the array delimiter chosen for this data (``;`` unless an array item contains one)
and ``--multiline-fields=true`` when a value spans lines. An empty field is no property
(so an empty list is stored as none).
"""

from __future__ import annotations

import csv
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from ..store.graph_tables import EDGE_COLUMNS, SCHEMA
from ..store.neo4j.statements import FROM_KEY, TO_KEY, edge_groups, edge_row, node_records
from .select import Selection

TYPES = {
    "STRING": "string",
    "INT64": "long",
    "DOUBLE": "double",
    "BOOLEAN": "boolean",
}
DELIMITERS = (";", "|", "¦", "\u001f")
IMPORT_COMMAND = "import.txt"


def header(name: str, kind: str) -> str:
    """``name:type`` in neo4j-admin's spelling (strings carry no type, lists a ``[]``)."""
    if kind.endswith("[]"):
        return f"{name}:{TYPES[kind[:-2]]}[]"
    typed = TYPES[kind]
    return name if typed == "string" else f"{name}:{typed}"


def _arrays(selection: Selection) -> Iterator[str]:
    graph = selection.graph
    for label, records in node_records(graph, selection.sources).items():
        lists = [c for c, kind in SCHEMA.nodes[label][0] if kind.endswith("[]")]
        for record in records:
            for column in lists:
                yield from (str(v) for v in record.get(column) or [])
    for edge in graph.edges.values():
        for ev in edge.evidence:
            yield from (ev.source, ev.surface, ev.sentence, ev.language, ev.rule)


def choose_delimiter(values: Iterable[str]) -> str:
    """The first delimiter no array item contains."""
    found = set(DELIMITERS)
    for value in values:
        for d in list(found):
            if d in value:
                found.discard(d)
        if not found:
            break
    for d in DELIMITERS:
        if d in found:
            return d
    raise ValueError("every array delimiter occurs in the data")


def _cell(kind: str, value: Any, delimiter: str) -> str:
    if value is None:
        return ""
    if kind.endswith("[]"):
        return delimiter.join(_cell(kind[:-2], v, delimiter) for v in value)
    if kind == "BOOLEAN":
        return "true" if value else "false"
    return str(value)


def write_admin_csv(selection: Selection, folder: Path) -> list[Path]:
    """Write the node and relationship files and ``import.txt`` into ``folder``."""
    folder.mkdir(parents=True, exist_ok=True)
    delimiter = choose_delimiter(_arrays(selection))
    written: list[Path] = []
    multiline = False
    nodes_args, rels_args = [], []
    for label, records in node_records(selection.graph, selection.sources).items():
        columns, key = SCHEMA.nodes[label]
        path = folder / f"nodes_{label}.csv"
        head = [f"{key}:ID({label})", ":LABEL"]
        head += [header(c, kind) for c, kind in columns if c != key]
        rows = []
        for record in records:
            row = [str(record[key]), label]
            row += [_cell(kind, record.get(c), delimiter) for c, kind in columns if c != key]
            rows.append(row)
        multiline |= _write(path, head, rows)
        written.append(path)
        nodes_args.append(f"--nodes={path.name}")
    kinds = dict(EDGE_COLUMNS)
    for (relation, a, b), edges in edge_groups(selection.graph).items():
        if not edges:
            continue
        path = folder / f"relationships_{relation}_{a}_{b}.csv"
        head = [f":START_ID({a})", f":END_ID({b})", ":TYPE"]
        head += [header(c, kind) for c, kind in EDGE_COLUMNS]
        rows = []
        for edge in edges:
            row = edge_row(edge)
            rows.append(
                [row[FROM_KEY], row[TO_KEY], relation]
                + [_cell(kinds[c], row[c], delimiter) for c, _ in EDGE_COLUMNS]
            )
        multiline |= _write(path, head, rows)
        written.append(path)
        rels_args.append(f"--relationships={path.name}")
    options = [f"--array-delimiter={delimiter!r}" if delimiter != ";" else "--array-delimiter=;"]
    if multiline:
        options.append("--multiline-fields=true")
    command = "neo4j-admin database import full " + " ".join(
        [*options, *nodes_args, *rels_args, "neo4j"]
    )
    (folder / IMPORT_COMMAND).write_text(
        "# Run in this folder, with the Neo4j server stopped (Neo4j 5; the database\n"
        "# 'neo4j' must be empty or add --overwrite-destination=true):\n"
        f"{command}\n"
        f"# array delimiter: {delimiter!r}\n",
        "utf-8",
    )
    written.append(folder / IMPORT_COMMAND)
    return written


def _write(path: Path, head: list[str], rows: list[list[str]]) -> bool:
    """Write one CSV file; True if a value holds a line break."""
    with path.open("w", encoding="utf-8", newline="") as f:
        writer = csv.writer(f, quoting=csv.QUOTE_MINIMAL, lineterminator="\n")
        writer.writerow(head)
        writer.writerows(rows)
    return any("\n" in v or "\r" in v for row in rows for v in row)
