"""CSV files for ``neo4j-admin database import full``: a bulk load of a big graph.

One node file per label (``key:ID(Document)``, ``:LABEL``, typed columns such as
``year:long``, ``aliases:string[]``) and one relationship file per relation and pair of
labels (``:START_ID(Organisation)``, ``:END_ID(Document)``, ``:TYPE``, the confidence and
the ids of the edge's Evidence nodes). Each label has its own ID space, so a key can never
meet a key of another label; an Evidence node's id is a number, in an ``id:long`` column
of its own beside its ``:ID(Evidence)``. Property names are those of the store and of
`vanban neo4j push`, so the same queries run on a graph loaded either way. ``import.txt``
holds the command, with the array delimiter chosen for this data (``;`` unless an array
item contains one) and ``--multiline-fields=true`` when a value spans lines. An empty
field is no property, and a CSV cell cannot hold an empty list (nor an empty string): so
``after-import.cypher``, run once on the started server, gives those lists and an
evidence's empty texts back, and the graph is then the one `vanban neo4j push` makes
(tests/test_neo4j_import.py checks both files with Neo4j's own import tool).
"""

from __future__ import annotations

import csv
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from ..store.graph_tables import EDGE_COLUMNS, SCHEMA
from ..store.neo4j.statements import (
    FROM_KEY,
    TO_KEY,
    edge_groups,
    edge_row,
    first_evidence_ids,
    node_records,
    schema_statements,
)
from .select import Selection

TYPES = {
    "STRING": "string",
    "INT64": "long",
    "DOUBLE": "double",
    "BOOLEAN": "boolean",
}
DELIMITERS = (";", "|", "¦", "\u001f")
IMPORT_COMMAND = "import.txt"
_AWAIT_INDEXES_S = 600  # how long after-import.cypher waits for its indexes to be online
AFTER_IMPORT = "after-import.cypher"


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


def _list_columns(columns: Iterable[tuple[str, str]]) -> list[tuple[str, str]]:
    return [(c, kind) for c, kind in columns if kind.endswith("[]")]


def after_import_statements(labels: Iterable[str], relations: Iterable[str]) -> list[str]:
    """Cypher that sets the properties an import left out. A node's missing list was
    empty; an Evidence node's missing text was empty (a sentence-less ISSUED_BY). Only
    rows that lack one are touched."""

    def statement(match: str, var: str, fills: list[tuple[str, str]]) -> str:
        missing = " OR ".join(f"{var}.{c} IS NULL" for c, _ in fills)
        sets = ", ".join(f"{var}.{c} = coalesce({var}.{c}, {empty})" for c, empty in fills)
        return f"{match} WHERE {missing} SET {sets}"

    out = []
    for label in labels:
        columns = SCHEMA.nodes[label][0]
        fills = [(c, "[]") for c, _ in _list_columns(columns)]
        if label == "Evidence":
            fills += [(c, "''") for c, kind in columns if kind == "STRING"]
        if fills:
            out.append(statement(f"MATCH (n:{label})", "n", fills))
    for relation in relations:  # an edge holds no list
        fills = [(c, "[]") for c, _ in _list_columns(EDGE_COLUMNS)]
        if fills:
            out.append(statement(f"MATCH ()-[r:{relation}]->()", "r", fills))
    return out


def delimiter_option(delimiter: str) -> str:
    """``--array-delimiter`` as neo4j-admin reads it from a shell: a printable character
    quoted, any other as ``U+XXXX`` (the tool takes no escape such as ``\\x1f``)."""
    if delimiter == ";":
        return "--array-delimiter=;"
    if delimiter.isprintable():
        return f"--array-delimiter={delimiter!r}"
    return f"--array-delimiter=U+{ord(delimiter):04X}"


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
        # an ID is stored as a string: a key of another type is a property of its own
        typed_key = dict(columns)[key] != "STRING"
        head = [f":ID({label})" if typed_key else f"{key}:ID({label})", ":LABEL"]
        props = [(c, kind) for c, kind in columns if typed_key or c != key]
        head += [header(c, kind) for c, kind in props]
        rows = []
        for record in records:
            row = [str(record[key]), label]
            row += [_cell(kind, record.get(c), delimiter) for c, kind in props]
            rows.append(row)
        multiline |= _write(path, head, rows)
        written.append(path)
        nodes_args.append(f"--nodes={path.name}")
    kinds = dict(EDGE_COLUMNS)
    firsts = first_evidence_ids(selection.graph)
    groups = list(edge_groups(selection.graph).items())
    for (relation, a, b), edges in groups:
        if not edges:
            continue
        path = folder / f"relationships_{relation}_{a}_{b}.csv"
        head = [f":START_ID({a})", f":END_ID({b})", ":TYPE"]
        head += [header(c, kind) for c, kind in EDGE_COLUMNS]
        rows = []
        for edge in edges:
            row = edge_row(edge, firsts[edge.key])
            rows.append(
                [row[FROM_KEY], row[TO_KEY], relation]
                + [_cell(kinds[c], row[c], delimiter) for c, _ in EDGE_COLUMNS]
            )
        multiline |= _write(path, head, rows)
        written.append(path)
        rels_args.append(f"--relationships={path.name}")
    options = [delimiter_option(delimiter)]
    if multiline:
        options.append("--multiline-fields=true")
    # The database name comes first: --nodes and --relationships take one or more
    # files, so a name after them is read as one more file ("File 'neo4j' doesn't exist").
    command = "neo4j-admin database import full neo4j " + " ".join(
        [*options, *nodes_args, *rels_args]
    )
    (folder / IMPORT_COMMAND).write_text(
        "# Run in this folder, with the Neo4j server stopped (Neo4j 5; the database\n"
        "# 'neo4j' must be empty or add --overwrite-destination=true):\n"
        f"{command}\n"
        f"# array delimiter: {delimiter!r}\n"
        "# Then start the server and run once, for the constraints and indexes a push\n"
        "# makes and the empty lists CSV cannot hold:\n"
        f"# cypher-shell -u neo4j -d neo4j -f {AFTER_IMPORT}\n",
        "utf-8",
    )
    written.append(folder / IMPORT_COMMAND)
    labels = [p.name[len("nodes_") : -len(".csv")] for p in written if p.name.startswith("nodes_")]
    relations = dict.fromkeys(relation for (relation, _, _), edges in groups if edges)
    # The import makes no index: without the push's constraints and indexes each lookup of
    # a document by key or of an evidence by id scans its label (reading back the real
    # corpus's graph took minutes, not seconds). They come first, and the file waits for
    # them to be online, so the graph answers as a pushed one does once it has run.
    statements = [
        *schema_statements("neo4j"),
        *after_import_statements(labels, relations),
        f"CALL db.awaitIndexes({_AWAIT_INDEXES_S})",
    ]
    (folder / AFTER_IMPORT).write_text(
        "// After `neo4j-admin database import full` (import.txt), once, on the started\n"
        "// server: the constraints and indexes a push makes, and the empty lists that a\n"
        "// CSV cell cannot hold.\n" + "".join(f"{s};\n" for s in statements),
        "utf-8",
    )
    written.append(folder / AFTER_IMPORT)
    return written


def _write(path: Path, head: list[str], rows: list[list[str]]) -> bool:
    """Write one CSV file; True if a value holds a line break."""
    with path.open("w", encoding="utf-8", newline="") as f:
        writer = csv.writer(f, quoting=csv.QUOTE_MINIMAL, lineterminator="\n")
        writer.writerow(head)
        writer.writerows(rows)
    return any("\n" in v or "\r" in v for row in rows for v in row)
