"""A store's schema: node and rel tables with typed columns, checked and written as DDL."""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field

import pyarrow as pa

from .errors import StoreInputError

META_TABLE = "Meta"
"""Reserved node table holding one row that marks the file as a vanban store."""
STORE_FORMAT = 1
"""Layout version of this module's store (the Meta table); bumped if it changes."""
FORMAT_NAME = "vanban-store"

ColumnDef = tuple[str, str]
"""(column name, LadybugDB type such as STRING, INT64, DATE, BOOLEAN, STRING[])."""
NodeTableDef = tuple[Sequence[ColumnDef], str]
"""(columns, primary key column)."""
RelTableDef = tuple[Sequence[ColumnDef], Sequence[tuple[str, str]]]
"""(property columns, [(from_table, to_table), ...])."""
Progress = Callable[[str, int], None]
"""Called as ``progress(step, rows)`` when a step of a build starts."""

REL_FROM = "from"
REL_TO = "to"
REL_FROM_TABLE = "from_table"
REL_TO_TABLE = "to_table"
_REL_RESERVED = {REL_FROM, REL_TO, REL_FROM_TABLE, REL_TO_TABLE}

_IDENTIFIER = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
# Scalar types, with optional (precision, scale) and list / array suffixes: STRING, DATE,
# DECIMAL(18, 2), STRING[], INT64[3]. Nested STRUCT / MAP types are not accepted.
_TYPE = re.compile(r"[A-Za-z][A-Za-z0-9_]*(\(\d+(\s*,\s*\d+)?\))?(\[\d*\])*")
KEY_COLUMN = "vanban_key"

_SCALAR_ARROW: dict[str, pa.DataType] = {
    "STRING": pa.string(),
    "INT64": pa.int64(),
    "INT32": pa.int32(),
    "INT16": pa.int16(),
    "INT8": pa.int8(),
    "UINT64": pa.uint64(),
    "UINT32": pa.uint32(),
    "UINT16": pa.uint16(),
    "UINT8": pa.uint8(),
    "DOUBLE": pa.float64(),
    "FLOAT": pa.float32(),
    "BOOL": pa.bool_(),
    "BOOLEAN": pa.bool_(),
    "DATE": pa.date32(),
    "TIMESTAMP": pa.timestamp("us"),
}

# --------------------------------------------------------------------------- schema


@dataclass(frozen=True)
class Schema:
    """The graph's tables as plain data, given by the caller.

    ``nodes``: ``{table: ([(column, type), ...], primary_key)}``.
    ``rels``: ``{table: ([(column, type), ...], [(from_table, to_table), ...])}``; the
    columns are the relationship's properties only.
    ``version``: the caller's schema version, stored in the Meta table.
    """

    nodes: Mapping[str, NodeTableDef]
    rels: Mapping[str, RelTableDef] = field(default_factory=dict)
    version: int = 1

    def validate(self) -> None:
        """Raise `StoreInputError` unless every name is a plain identifier and every
        reference resolves."""
        seen: set[str] = set()
        for name in [*self.nodes, *self.rels]:
            _check_identifier(name, "table name")
            if name.lower() in seen:
                raise StoreInputError(f"table {name} is declared twice")
            seen.add(name.lower())
        if META_TABLE.lower() in seen:
            raise StoreInputError(f"table name {META_TABLE} is reserved for the store")
        for name, (columns, primary_key) in self.nodes.items():
            types = _check_columns(name, columns, reserved=set())
            if primary_key not in types:
                raise StoreInputError(f"table {name}: primary key {primary_key} is not a column")
            if types[primary_key].endswith("]"):
                raise StoreInputError(f"table {name}: primary key {primary_key} is a list")
        for name, (columns, pairs) in self.rels.items():
            _check_columns(name, columns, reserved=_REL_RESERVED)
            if not pairs:
                raise StoreInputError(f"rel table {name} has no (from, to) pair")
            if len(set(pairs)) != len(pairs):
                raise StoreInputError(f"rel table {name} lists a (from, to) pair twice")
            for source, target in pairs:
                for end in (source, target):
                    if end not in self.nodes:
                        raise StoreInputError(f"rel table {name}: {end} is not a node table")
        if not isinstance(self.version, int):
            raise StoreInputError("schema version must be an int")

    def to_json(self) -> str:
        """The schema as JSON (stored in the Meta table)."""
        return json.dumps(
            {
                "version": self.version,
                "nodes": {n: [[list(c) for c in cols], pk] for n, (cols, pk) in self.nodes.items()},
                "rels": {
                    n: [[list(c) for c in cols], [list(p) for p in pairs]]
                    for n, (cols, pairs) in self.rels.items()
                },
            },
            ensure_ascii=False,
        )

    @classmethod
    def from_json(cls, text: str) -> Schema:
        data = json.loads(text)
        return cls(
            nodes={n: ([(c, t) for c, t in cols], pk) for n, (cols, pk) in data["nodes"].items()},
            rels={
                n: ([(c, t) for c, t in cols], [(a, b) for a, b in pairs])
                for n, (cols, pairs) in data["rels"].items()
            },
            version=int(data["version"]),
        )


def _check_identifier(name: object, what: str) -> None:
    if not isinstance(name, str) or not _IDENTIFIER.fullmatch(name):
        raise StoreInputError(f"{what} {name!r} is not a plain identifier ([A-Za-z_][A-Za-z0-9_]*)")


def _check_columns(table: str, columns: Sequence[ColumnDef], reserved: set[str]) -> dict[str, str]:
    types: dict[str, str] = {}
    for column in columns:
        if len(column) != 2:
            raise StoreInputError(f"table {table}: column {column!r} is not (name, type)")
        name, kind = column
        _check_identifier(name, f"table {table}: column")
        if name in reserved:
            raise StoreInputError(f"table {table}: column name {name} is reserved")
        if name.lower() in {c.lower() for c in types}:
            raise StoreInputError(f"table {table}: column {name} is declared twice")
        if not isinstance(kind, str) or not _TYPE.fullmatch(kind):
            raise StoreInputError(f"table {table}: column {name} has a bad type {kind!r}")
        types[name] = kind
    return types


def arrow_type(kind: str) -> pa.DataType | None:
    """The Arrow type a LadybugDB type is loaded from and read back as, if known."""
    text = kind.strip().upper()
    if text.endswith("[]"):
        inner = arrow_type(text[:-2])
        return None if inner is None else pa.list_(inner)
    return _SCALAR_ARROW.get(text)


def quoted(identifier: str) -> str:
    return f"`{identifier}`"


def ddl(schema: Schema) -> list[str]:
    statements = [
        f"CREATE NODE TABLE {quoted(META_TABLE)}(id STRING, format STRING, store_format INT64, "
        "schema_version INT64, built_at TIMESTAMP, ladybug_version STRING, schema_json STRING, "
        "PRIMARY KEY(id))"
    ]
    for name, (columns, primary_key) in schema.nodes.items():
        cols = ", ".join(f"{quoted(c)} {t}" for c, t in columns)
        statements.append(
            f"CREATE NODE TABLE {quoted(name)}({cols}, PRIMARY KEY({quoted(primary_key)}))"
        )
    for name, (columns, pairs) in schema.rels.items():
        parts = [f"FROM {quoted(a)} TO {quoted(b)}" for a, b in pairs]
        parts += [f"{quoted(c)} {t}" for c, t in columns]
        statements.append(f"CREATE REL TABLE {quoted(name)}({', '.join(parts)})")
    return statements
