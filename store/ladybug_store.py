"""The embedded graph store: a LadybugDB 0.22 database rebuilt whole at every load.

The graph is derived data. `build_store` never edits the live store: it writes a new
database next to it (``<target>.building-<pid>``), bulk loads every table with ``COPY``
from Arrow tables, closes it (which checkpoints), reopens it read-only to verify it, and
only then moves it over the target with ``os.replace``. An interrupted build (an
exception, Ctrl-C, SIGKILL) leaves the target as it was; the next build removes the
``*.building-*`` leftovers.

What LadybugDB 0.22 was measured to do (small probe scripts, Linux, 2 cores; see
``bench/store_probe.py`` for the numbers of the bulk load):

File layout
    A database is ONE file (a directory path is refused: "Database path cannot be a
    directory"). The file starts with the magic ``LBUG``. While it is open for writing,
    sidecar files with the same name plus a suffix come and go: ``.wal`` (committed
    transactions not yet checkpointed), and during a checkpoint ``.shadow``,
    ``.wal.checkpoint``, ``.checkpoint.intent.lock``, ``.checkpoint.apply.lock``; with a
    small buffer pool also ``.tmp`` (spill). A clean ``Database.close()`` checkpoints
    (setting ``force_checkpoint_on_close`` is true by default) and leaves the bare file.
    A large ``COPY`` triggers an automatic checkpoint on commit, so after it the WAL is
    gone already; small writes stay in ``.wal`` until close or ``CHECKPOINT``.

Stale sidecars
    The WAL and the shadow file carry the id of the database they belong to. A ``.wal``
    of another database next to a file makes every open fail ("Database ID for
    temporary file ... does not match"); a foreign ``.shadow`` makes read-write opens
    refuse, and any ``.shadow`` (pending checkpoint recovery) makes read-only opens
    refuse ("Cannot open database in read-only mode while checkpoint recovery is
    pending") until a read-write open completes the recovery. Nothing is applied
    silently, but a stale sidecar next to a new store would make it unreadable, so the
    swap first lets ladybug settle the old store (a read-write open and close) when it
    has sidecars, then replaces it and deletes whatever sidecar is left.

SIGKILL
    Killed in the middle of a ``COPY`` (before its commit): the file has grown (COPY
    writes its pages straight into the data file) and a ``.wal`` holds the uncommitted
    part; on the next open the transaction is simply gone (tables empty). Killed during
    the checkpoint that follows the COPY: ``.shadow`` and friends are left, read-only
    opens are refused until a read-write open finishes the recovery. Either way only the
    ``.building-<pid>`` file is affected here; the live store is never written.

Locking and readers
    A read-write ``Database`` takes an exclusive lock on the file ("Could not set lock
    on file ... Lock is held by PID n"); read-only opens take no lock, so they succeed
    while a writer is open and never block a writer. A reader that has the old store
    open keeps reading the old (replaced) inode until it reopens.

Transactions and COPY
    ``COPY`` and DDL are allowed inside ``BEGIN TRANSACTION ... COMMIT`` in 0.22. A
    failing ``COPY`` (duplicate or NULL primary key, rel endpoint not found: "Unable to
    find primary key value 99") rolls back completely. No explicit transaction is used
    here: the building file is thrown away on any failure anyway.

COPY from Arrow
    ``COPY T FROM $t`` with a ``pyarrow.Table`` parameter maps columns BY POSITION, not
    by name (renamed columns load silently; swapped columns fail or cast), and casts
    implicitly (the string "5" loads into an INT64 column). So every input is selected
    in schema order and cast to the declared type here first. large_string,
    string_view, dictionary, large_list, date64, int32 and chunked tables are accepted.
    Rows of a chunked table are stored in no particular order. A REL table with several
    FROM/TO pairs (``CREATE REL TABLE R(FROM A TO B, FROM C TO B, ...)``, supported)
    needs ``(from='A', to='B')`` options on each ``COPY``, so rel rows are split by
    their ``from_table``/``to_table`` columns; the first two columns are the endpoint
    primary keys. Arrow in memory was chosen over Parquet files: as fast (1M nodes +
    3M rels: 8.0 s from Arrow against 8.5 s for Parquet including writing the files),
    no temporary files to write and clean, one less format conversion.

Reading
    ``get_as_arrow`` returns STRING[] as ``list<l: string>``; results are cast back to
    the canonical Arrow types (``list<item: ...>``) so a table reads back equal to the
    one given. ``LOAD FROM $arrow MATCH (n:T {pk: k})`` is planned as a primary-key
    index lookup (QUERY_PRIMARY_KEY_LOOKUP) and works on a read-only database: it is
    how verification finds every key again (1M keys in about 0.7 s).

Quirks for queries
    An unlabelled ``MATCH (n)`` also matches the one ``Meta`` node; ``n.*`` over several
    labels returns every property of every table (NULL where absent). Without
    parameters, ``Connection.execute`` looks up a Python variable named after
    ``LOAD FROM x`` / ``COPY T FROM x`` in the caller's frames: always pass data as a
    ``$parameter``. No ``ALTER TABLE`` is used (after one, ladybug needs a new
    connection before the new column can be used).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import errno
import fcntl
import json
import os
import re
import shutil
import time
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Any

import ladybug
import pyarrow as pa
import pyarrow.compute as pc

__all__ = [
    "META_TABLE",
    "STORE_FORMAT",
    "BuildReport",
    "NotAStoreError",
    "Progress",
    "Schema",
    "Store",
    "StoreBusyError",
    "StoreDiskFullError",
    "StoreError",
    "StoreInputError",
    "StoreMeta",
    "StoreNotFoundError",
    "StoreQueryError",
    "StoreVerificationError",
    "build_lock",
    "build_store",
    "open_store",
    "read_table",
    "space_needed",
    "store_path",
]

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
_MAGIC = b"LBUG"
_BUILDING = ".building-"
# Files LadybugDB 0.22 puts next to a database file (strings of the library and what was
# seen on disk while writing, checkpointing and after SIGKILLs).
_SIDECAR_SUFFIXES = (
    ".wal",
    ".wal.checkpoint",
    ".shadow",
    ".tmp",
    ".checkpoint.intent.lock",
    ".checkpoint.apply.lock",
)
_SIDECAR_PREFIXES = (".tmp.",)
_KEY_COLUMN = "vanban_key"
_MAX_KEYS_SHOWN = 10
_MiB = 1 << 20

# Measured here with LadybugDB 0.22 on 2 cores: one COPY of the 314,406 string keys of a
# 100k-document load deadlocked for good (both worker threads and the caller waiting on
# futexes), from Arrow and from Parquet alike; 150k of those keys, or 320k synthetic ones,
# copied fine. With one thread the same COPY takes under a second. Copying in chunks is
# no way out: after 50,000-row chunks some keys could no longer be found. So the build
# runs single-threaded; reading the store afterwards is not affected.
BUILD_THREADS = 1

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


# --------------------------------------------------------------------------- errors


class StoreError(Exception):
    """Anything that goes wrong in the store layer."""


class StoreNotFoundError(StoreError, FileNotFoundError):
    """The store path does not exist."""


class NotAStoreError(StoreError):
    """The path exists but is not a vanban store (or not a LadybugDB file at all)."""


class StoreBusyError(StoreError):
    """Another build of the same store is running, or a writer holds the old store."""


class StoreDiskFullError(StoreError, OSError):
    """The disk holding the store has too little free space for a build."""


class StoreInputError(StoreError, ValueError):
    """The schema or the tables given to `build_store` are malformed."""


class StoreQueryError(StoreError):
    """LadybugDB rejected a query."""


class StoreVerificationError(StoreError):
    """Data given to a build cannot be found again (or was never consistent).

    ``table`` names the table, ``missing`` holds (some of) the keys concerned.
    """

    def __init__(self, table: str, problem: str, missing: Sequence[Any] = ()) -> None:
        self.table = table
        self.problem = problem
        self.missing = list(missing)
        shown = ", ".join(repr(k) for k in self.missing[:_MAX_KEYS_SHOWN])
        more = len(self.missing) - _MAX_KEYS_SHOWN
        if more > 0:
            shown += f", ... ({more} more)"
        message = f"table {table}: {problem}"
        if self.missing:
            message += f": {shown}"
        super().__init__(message)


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


def _arrow_type(kind: str) -> pa.DataType | None:
    """The Arrow type a LadybugDB type is loaded from and read back as, if known."""
    text = kind.strip().upper()
    if text.endswith("[]"):
        inner = _arrow_type(text[:-2])
        return None if inner is None else pa.list_(inner)
    return _SCALAR_ARROW.get(text)


def _quote(identifier: str) -> str:
    return f"`{identifier}`"


def _ddl(schema: Schema) -> list[str]:
    statements = [
        f"CREATE NODE TABLE {_quote(META_TABLE)}(id STRING, format STRING, store_format INT64, "
        "schema_version INT64, built_at TIMESTAMP, ladybug_version STRING, schema_json STRING, "
        "PRIMARY KEY(id))"
    ]
    for name, (columns, primary_key) in schema.nodes.items():
        cols = ", ".join(f"{_quote(c)} {t}" for c, t in columns)
        statements.append(
            f"CREATE NODE TABLE {_quote(name)}({cols}, PRIMARY KEY({_quote(primary_key)}))"
        )
    for name, (columns, pairs) in schema.rels.items():
        parts = [f"FROM {_quote(a)} TO {_quote(b)}" for a, b in pairs]
        parts += [f"{_quote(c)} {t}" for c, t in columns]
        statements.append(f"CREATE REL TABLE {_quote(name)}({', '.join(parts)})")
    return statements


# --------------------------------------------------------------------------- input checks


@dataclass
class _Prepared:
    nodes: dict[str, pa.Table]
    rels: dict[str, list[tuple[str, str, pa.Table]]]

    def nbytes(self) -> int:
        """Bytes of all the Arrow tables to be copied."""
        tables = [*self.nodes.values(), *(t for parts in self.rels.values() for _, _, t in parts)]
        return sum(t.nbytes for t in tables)


def _conform(table: str, data: pa.Table, columns: Sequence[ColumnDef]) -> pa.Table:
    """Select the schema's columns in order and cast each one to its canonical Arrow type
    (COPY maps columns by position and casts silently, so this is done first)."""
    arrays: list[pa.ChunkedArray] = []
    names: list[str] = []
    for name, kind in columns:
        array = data.column(name)
        target = _arrow_type(kind)
        if target is not None and array.type != target:
            try:
                array = array.cast(target)
            except (pa.ArrowInvalid, pa.ArrowNotImplementedError) as exc:
                raise StoreInputError(
                    f"table {table}: column {name} ({array.type}) cannot be read as {kind}: {exc}"
                ) from exc
        arrays.append(array)
        names.append(name)
    return pa.Table.from_arrays(arrays, names=names)


def _check_column_set(
    table: str, data: pa.Table, expected: Sequence[str], optional: set[str]
) -> None:
    given = data.column_names
    if len(set(given)) != len(given):
        raise StoreInputError(f"table {table}: duplicate column names in {given}")
    missing = [c for c in expected if c not in given]
    extra = [c for c in given if c not in expected and c not in optional]
    if missing or extra:
        raise StoreInputError(
            f"table {table}: columns {given} do not match the schema "
            f"(missing {missing}, unexpected {extra})"
        )


def _distinct_values(array: pa.ChunkedArray | pa.Array) -> list[Any]:
    return sorted(pc.unique(array).to_pylist(), key=repr)


def _prepare(
    schema: Schema, nodes: Mapping[str, pa.Table], rels: Mapping[str, pa.Table]
) -> _Prepared:
    for given, declared, kind in ((nodes, schema.nodes, "node"), (rels, schema.rels, "rel")):
        unknown = sorted(set(given) - set(declared))
        absent = sorted(set(declared) - set(given))
        if unknown or absent:
            raise StoreInputError(
                f"{kind} tables given do not match the schema (not declared: {unknown}, "
                f"not given: {absent})"
            )
    prepared = _Prepared(nodes={}, rels={})
    for name, (columns, primary_key) in schema.nodes.items():
        data = nodes[name]
        if not isinstance(data, pa.Table):
            raise StoreInputError(f"table {name}: expected a pyarrow.Table, got {type(data)}")
        _check_column_set(name, data, [c for c, _ in columns], optional=set())
        table = _conform(name, data, columns)
        keys = table.column(primary_key)
        if keys.null_count:
            raise StoreVerificationError(name, f"{keys.null_count} rows have a NULL primary key")
        # Duplicate keys are left for COPY to find (it fails on them); `_diagnose_node`
        # then lists them. Checking up front would cost ~0.3 s per million keys.
        prepared.nodes[name] = table
    for name, (columns, pairs) in schema.rels.items():
        data = rels[name]
        if not isinstance(data, pa.Table):
            raise StoreInputError(f"table {name}: expected a pyarrow.Table, got {type(data)}")
        endpoint_columns = [REL_FROM, REL_TO]
        if len(pairs) > 1:
            endpoint_columns += [REL_FROM_TABLE, REL_TO_TABLE]
        _check_column_set(
            name,
            data,
            endpoint_columns + [c for c, _ in columns],
            optional={REL_FROM_TABLE, REL_TO_TABLE},
        )
        prepared.rels[name] = _split_rel(name, data, columns, pairs, schema)
    return prepared


def _split_rel(
    name: str,
    data: pa.Table,
    columns: Sequence[ColumnDef],
    pairs: Sequence[tuple[str, str]],
    schema: Schema,
) -> list[tuple[str, str, pa.Table]]:
    for end in (REL_FROM, REL_TO):
        if data.column(end).null_count:
            raise StoreVerificationError(
                name, f"{data.column(end).null_count} rows have a NULL {end}"
            )
    has_tables = REL_FROM_TABLE in data.column_names and REL_TO_TABLE in data.column_names
    if (REL_FROM_TABLE in data.column_names) != (REL_TO_TABLE in data.column_names):
        raise StoreInputError(
            f"table {name}: give both {REL_FROM_TABLE} and {REL_TO_TABLE} or none"
        )
    if has_tables:
        source = data.column(REL_FROM_TABLE).cast(pa.string())
        target = data.column(REL_TO_TABLE).cast(pa.string())
        pair_key = pc.binary_join_element_wise(source, target, "->")
        declared = {f"{a}->{b}" for a, b in pairs}
        stray = [p for p in _distinct_values(pair_key) if p not in declared]
        if stray:
            raise StoreVerificationError(
                name, "rows with (from_table, to_table) not in the schema", stray
            )
    out: list[tuple[str, str, pa.Table]] = []
    for a, b in pairs:
        part = data if not has_tables else data.filter(pc.equal(pair_key, f"{a}->{b}"))
        ends: list[pa.ChunkedArray] = []
        for end, node_table in ((REL_FROM, a), (REL_TO, b)):
            node_columns, primary_key = schema.nodes[node_table]
            key_type = dict(node_columns)[primary_key]
            ends.append(_conform(name, part.select([end]), [(end, key_type)]).column(end))
        props = _conform(name, part.select([c for c, _ in columns]), columns)
        table = pa.Table.from_arrays(
            [*ends, *props.columns], names=[REL_FROM, REL_TO, *props.column_names]
        )
        out.append((a, b, table))
    return out


def _diagnose_node(name: str, primary_key: str, table: pa.Table) -> StoreVerificationError | None:
    """Why COPY of a node table failed, with the keys concerned, if Arrow can tell."""
    keys = table.column(primary_key)
    if pc.count_distinct(keys).as_py() == len(keys):
        return None
    counts = pc.value_counts(keys)
    dupes = pc.filter(counts.field("values"), pc.greater(counts.field("counts"), 1))
    return StoreVerificationError(
        name, f"duplicate primary key ({primary_key})", sorted(dupes.to_pylist(), key=repr)
    )


def _diagnose_rel(
    name: str, a: str, b: str, table: pa.Table, schema: Schema, nodes: Mapping[str, pa.Table]
) -> StoreVerificationError | None:
    """Which endpoints of rel rows (a)->(b) are not keys of their node tables."""
    for end, node_table in ((REL_FROM, a), (REL_TO, b)):
        keys = table.column(end)
        known = nodes[node_table].column(schema.nodes[node_table][1])
        absent = pc.invert(pc.is_in(keys, value_set=pc.unique(known)))
        if pc.any(absent).as_py():
            return StoreVerificationError(
                name,
                f"rows {a}->{b} whose {end} is not a key of {node_table}",
                _distinct_values(pc.filter(keys, absent)),
            )
    return None


# --------------------------------------------------------------------------- files


def _sidecars(db_file: Path) -> list[Path]:
    """Sidecar files of a LadybugDB database file that exist now."""
    found = []
    with contextlib.suppress(FileNotFoundError):
        for entry in os.listdir(db_file.parent):
            if not entry.startswith(db_file.name):
                continue
            rest = entry[len(db_file.name) :]
            if rest in _SIDECAR_SUFFIXES or rest.startswith(_SIDECAR_PREFIXES):
                found.append(db_file.parent / entry)
    return found


def _remove(path: Path) -> None:
    if path.is_dir() and not path.is_symlink():
        shutil.rmtree(path, ignore_errors=True)
    else:
        with contextlib.suppress(FileNotFoundError):
            path.unlink()


def _remove_leftovers(target: Path) -> list[str]:
    """Delete ``<target>.building-*`` files (and their sidecars) of earlier builds.

    Only called while holding the build lock, so none of them belongs to a live build.
    """
    removed = []
    prefix = target.name + _BUILDING
    for entry in sorted(os.listdir(target.parent)):
        if entry.startswith(prefix):
            _remove(target.parent / entry)
            removed.append(entry)
    return removed


def _fsync(path: Path, directory: bool = False) -> None:
    fd = os.open(path, os.O_RDONLY | (os.O_DIRECTORY if directory else 0))
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _has_magic(path: Path) -> bool:
    with open(path, "rb") as handle:
        return handle.read(len(_MAGIC)) == _MAGIC


def store_path(path: Path | str) -> Path:
    """The file a store path names: absolute, with symlinks followed.

    A ``--db`` that is a symlink keeps pointing at the store: the new store is built
    next to the link's target and replaces the target, never the link itself."""
    return Path(os.path.realpath(Path(path).expanduser()))


def _unwritable(folder: Path, error: OSError, target: Path) -> StoreError:
    why = error.strerror or type(error).__name__
    return StoreError(
        f"cannot write in {folder} ({why}): a load builds the new store next to "
        f"{target.name} and swaps it in, so that folder must be writable"
    )


# Stores whose build lock this process holds, with the nesting depth: `vanban load` takes
# the lock before it reads the stored sources and `build_store` takes it again inside.
_held_locks: dict[Path, int] = {}


@contextlib.contextmanager
def build_lock(path: Path | str) -> Iterator[None]:
    """Exclusive, non-blocking lock serialising builds of one store (``<store>.build.lock``).

    Raises `StoreBusyError` when another process holds it. Re-entrant within a process.
    flock is released by the kernel when the process dies, so a SIGKILLed build never
    leaves a held lock. The lock file is deleted on release while still locked; a process
    that opened the file before the deletion finds its inode gone and opens it again, so
    no two processes ever hold locks on two different files.
    """
    target = store_path(path)
    if target in _held_locks:
        _held_locks[target] += 1
        try:
            yield
        finally:
            _held_locks[target] -= 1
        return
    lock_path = target.with_name(target.name + ".build.lock")
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        fd = _locked_file(lock_path, target)
    except StoreError:
        raise
    except OSError as error:
        raise _unwritable(target.parent, error, target) from error
    _held_locks[target] = 1
    try:
        os.ftruncate(fd, 0)
        os.pwrite(fd, str(os.getpid()).encode(), 0)
        yield
    finally:
        del _held_locks[target]
        with contextlib.suppress(FileNotFoundError):
            os.unlink(lock_path)
        os.close(fd)


def _locked_file(lock_path: Path, target: Path) -> int:
    """Open and flock ``lock_path``; retry while the file locked is not the one at the path."""
    while True:
        fd = os.open(lock_path, os.O_RDWR | os.O_CREAT, 0o644)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            holder = os.pread(fd, 64, 0).decode(errors="replace").strip() or "?"
            os.close(fd)
            raise StoreBusyError(
                f"another build of {target} is running (pid {holder}, lock {lock_path})"
            ) from None
        except BaseException:
            os.close(fd)
            raise
        try:
            on_disk = os.stat(lock_path)
        except FileNotFoundError:
            on_disk = None
        held = os.fstat(fd)
        if on_disk is not None and (on_disk.st_ino, on_disk.st_dev) == (held.st_ino, held.st_dev):
            return fd
        os.close(fd)  # the holder before us deleted this file on release: take the new one


# --------------------------------------------------------------------------- disk space

# Measured with LadybugDB 0.22: 3,000 synthetic documents (8.7 MB of Arrow tables) made a
# 15.4 MB store (1.8 times), the sample corpus (0.1 MB) a 5.6 MB one (a fixed part). The
# factor and the margin leave room for the WAL and the checkpoint on the way.
_SPACE_FACTOR = 2.5
_SPACE_MARGIN = 8 * _MiB


def space_needed(prepared_bytes: int) -> int:
    """Bytes of free disk a build from tables of ``prepared_bytes`` (Arrow) should have."""
    return int(prepared_bytes * _SPACE_FACTOR) + _SPACE_MARGIN


def _disk_full(target: Path, needed: int, free: int | None = None) -> StoreDiskFullError:
    if free is None:
        free = shutil.disk_usage(target.parent).free
    return StoreDiskFullError(
        f"the disk holding {target.parent} is full: {free / _MiB:.0f} MiB free, the build "
        f"needs about {needed / _MiB:.0f} MiB; the store at {target} is untouched"
    )


def _is_disk_full(error: BaseException) -> bool:
    """Whether an error (or what caused it) says that the disk is full."""
    seen: set[int] = set()
    cause: BaseException | None = error
    while cause is not None and id(cause) not in seen:
        seen.add(id(cause))
        if isinstance(cause, OSError) and cause.errno in (errno.ENOSPC, errno.EDQUOT):
            return True
        if "no space left on device" in str(cause).lower():
            return True
        cause = cause.__cause__ or cause.__context__
    return False


def _settle_old(target: Path) -> None:
    """Let LadybugDB finish recovery of the old store before it is replaced.

    Only done when the old store has sidecars (a WAL or a pending checkpoint left by a
    writer): a read-write open replays them into the old file and the close removes them,
    so no sidecar of the old database is left to meet the new file. A lock held by a
    live writer raises `StoreBusyError`; any other failure (old store corrupt, from
    another ladybug version) is ignored, the old store is replaced anyway.
    """
    if not _sidecars(target):
        return
    try:
        db = ladybug.Database(str(target), buffer_pool_size=256 * _MiB)
    except Exception as exc:
        if "could not set lock" in str(exc).lower():
            raise StoreBusyError(f"a process has {target} open for writing: {exc}") from exc
        return
    db.close()


def _swap(building: Path, target: Path) -> None:
    leftovers = _sidecars(building)
    if leftovers:
        raise StoreError(f"{building} was not closed cleanly: {[p.name for p in leftovers]}")
    if target.exists():
        _settle_old(target)
    _fsync(building)
    os.replace(building, target)
    for sidecar in _sidecars(target):
        _remove(sidecar)
    _fsync(target.parent, directory=True)


# --------------------------------------------------------------------------- build


@dataclass(frozen=True)
class BuildReport:
    """What `build_store` did."""

    path: Path
    node_counts: dict[str, int]
    rel_counts: dict[str, int]
    size_bytes: int
    built_at: dt.datetime
    seconds: dict[str, float]
    """Wall time of the steps: prepare, copy, close, verify, swap, total."""
    removed_leftovers: tuple[str, ...]


def build_store(
    path: Path | str,
    schema: Schema,
    nodes: Mapping[str, pa.Table],
    rels: Mapping[str, pa.Table],
    progress: Progress | None = None,
    *,
    buffer_pool_mib: int = 1024,
) -> BuildReport:
    """Build the whole store at ``path`` from Arrow tables, verify it, then swap it in.

    ``nodes[t]`` has exactly the columns of node table ``t`` (any order). ``rels[r]`` has
    ``from`` and ``to`` (primary keys of the endpoints), the properties of ``r``, and,
    when ``r`` has several (from, to) pairs, ``from_table`` and ``to_table`` naming each
    row's pair. Every declared table must be given (an empty table for none).

    Raises `StoreInputError` for malformed input, `StoreVerificationError` when a key
    cannot be found (duplicate or NULL primary key, rel endpoint missing, a count that
    does not match after the load), `StoreBusyError` when another build runs. On any
    failure the store at ``path`` is left exactly as it was.
    """
    started = time.perf_counter()
    target = store_path(path)
    schema.validate()
    if target.is_dir():
        raise StoreError(f"{target} is a directory; a LadybugDB 0.22 store is a single file")
    if target.exists() and target.stat().st_size > 0 and not _has_magic(target):
        raise NotAStoreError(f"{target} exists and is not a LadybugDB file; not replacing it")
    note = progress or (lambda _step, _rows: None)
    seconds: dict[str, float] = {}
    with build_lock(target):
        removed = tuple(_remove_leftovers(target))
        note("prepare", sum(t.num_rows for t in [*nodes.values(), *rels.values()]))
        prepared = _prepare(schema, nodes, rels)
        seconds["prepare"] = time.perf_counter() - started
        needed = space_needed(prepared.nbytes())
        free = shutil.disk_usage(target.parent).free
        if free < needed:
            # Checked first because LadybugDB may abort the whole process (a C++
            # `terminate`) when a write fails for want of space.
            raise _disk_full(target, needed, free)
        building = target.with_name(f"{target.name}{_BUILDING}{os.getpid()}")
        _remove(building)
        built_at = dt.datetime.now(dt.UTC).replace(microsecond=0, tzinfo=None)
        try:
            _write(building, schema, prepared, built_at, note, buffer_pool_mib, seconds)
            mark = time.perf_counter()
            _verify(building, schema, prepared, built_at, note)
            seconds["verify"] = time.perf_counter() - mark
            size = building.stat().st_size
            note("swap", 0)
            mark = time.perf_counter()
            _swap(building, target)
            seconds["swap"] = time.perf_counter() - mark
        except BaseException as error:
            _remove(building)
            for sidecar in _sidecars(building):
                _remove(sidecar)
            if isinstance(error, Exception) and _is_disk_full(error):
                raise _disk_full(target, needed) from error
            raise
    seconds["total"] = time.perf_counter() - started
    return BuildReport(
        path=target,
        node_counts={n: t.num_rows for n, t in prepared.nodes.items()},
        rel_counts={n: sum(t.num_rows for _, _, t in parts) for n, parts in prepared.rels.items()},
        size_bytes=size,
        built_at=built_at,
        seconds=seconds,
        removed_leftovers=removed,
    )


def _write(
    db_file: Path,
    schema: Schema,
    prepared: _Prepared,
    built_at: dt.datetime,
    note: Progress,
    buffer_pool_mib: int,
    seconds: dict[str, float],
) -> None:
    mark = time.perf_counter()
    db = ladybug.Database(
        str(db_file), buffer_pool_size=buffer_pool_mib * _MiB, max_num_threads=BUILD_THREADS
    )
    try:
        conn = ladybug.Connection(db)
        try:
            for statement in _ddl(schema):
                conn.execute(statement)
            meta = pa.table(
                {
                    "id": ["vanban"],
                    "format": [FORMAT_NAME],
                    "store_format": [STORE_FORMAT],
                    "schema_version": [schema.version],
                    "built_at": pa.array([built_at], pa.timestamp("us")),
                    "ladybug_version": [str(ladybug.__version__)],
                    "schema_json": [schema.to_json()],
                }
            )
            _copy(conn, META_TABLE, meta, "", lambda: None)
            for name, table in prepared.nodes.items():
                note(f"copy node {name}", table.num_rows)
                primary_key = schema.nodes[name][1]
                _copy(conn, name, table, "", partial(_diagnose_node, name, primary_key, table))
            for name, parts in prepared.rels.items():
                for a, b, table in parts:
                    note(f"copy rel {name} {a}->{b}", table.num_rows)
                    _copy(
                        conn,
                        name,
                        table,
                        f" (from='{a}', to='{b}')",
                        partial(_diagnose_rel, name, a, b, table, schema, prepared.nodes),
                    )
        finally:
            conn.close()
        seconds["copy"] = time.perf_counter() - mark
        mark = time.perf_counter()
        note("close", 0)
    finally:
        db.close()  # checkpoints: afterwards the file stands alone, no .wal
    seconds["close"] = time.perf_counter() - mark


def _copy(
    conn: ladybug.Connection,
    table: str,
    data: pa.Table,
    options: str,
    diagnose: Callable[[], StoreVerificationError | None],
) -> None:
    """One bulk COPY from an Arrow table. COPY itself rejects duplicate or NULL primary
    keys and rel rows whose endpoint key is not found (and rolls back); ``diagnose`` then
    names every offending key, where COPY's message names only the first."""
    if data.num_rows == 0:
        return
    try:
        conn.execute(f"COPY {_quote(table)} FROM $data{options}", {"data": data})
    except RuntimeError as exc:
        error = diagnose() or StoreVerificationError(table, "COPY failed")
        raise error from exc


def _scalar(conn: ladybug.Connection, cypher: str, params: dict[str, Any] | None = None) -> Any:
    result = conn.execute(cypher, params or {})
    assert isinstance(result, ladybug.QueryResult)
    try:
        return result.get_next()[0]
    finally:
        result.close()


def _verify(
    db_file: Path, schema: Schema, prepared: _Prepared, built_at: dt.datetime, note: Progress
) -> None:
    """Reopen the closed file read-only and find again everything that was written."""
    db = ladybug.Database(str(db_file), read_only=True, buffer_pool_size=512 * _MiB)
    try:
        conn = ladybug.Connection(db)
        try:
            meta = _read_meta(conn, db_file)
            if meta.built_at != built_at or meta.schema.to_json() != schema.to_json():
                raise StoreVerificationError(META_TABLE, "the Meta row does not read back")
            for name, table in prepared.nodes.items():
                note(f"verify node {name}", table.num_rows)
                _verify_node(conn, name, schema.nodes[name][1], table)
            for name, parts in prepared.rels.items():
                note(f"verify rel {name}", sum(t.num_rows for _, _, t in parts))
                total = 0
                for a, b, table in parts:
                    found = _scalar(
                        conn,
                        f"MATCH (:{_quote(a)})-[r:{_quote(name)}]->(:{_quote(b)}) RETURN count(r)",
                    )
                    if found != table.num_rows:
                        raise StoreVerificationError(
                            name, f"{a}->{b}: {table.num_rows} rows given, {found} found"
                        )
                    total += found
                found = _scalar(conn, f"MATCH ()-[r:{_quote(name)}]->() RETURN count(r)")
                if found != total:
                    raise StoreVerificationError(name, f"{total} rows given, {found} found")
        finally:
            conn.close()
    finally:
        db.close()


def _verify_node(conn: ladybug.Connection, name: str, primary_key: str, table: pa.Table) -> None:
    label, key = _quote(name), _quote(primary_key)
    count = _scalar(conn, f"MATCH (n:{label}) RETURN count(n)")
    keys = table.select([primary_key]).rename_columns([_KEY_COLUMN])
    found = 0
    if keys.num_rows:
        # Planned as a primary-key index lookup per row (QUERY_PRIMARY_KEY_LOOKUP).
        found = _scalar(
            conn,
            f"LOAD FROM $keys MATCH (n:{label} {{{key}: {_KEY_COLUMN}}}) RETURN count(n)",
            {"keys": keys},
        )
    if count == found == table.num_rows:
        return
    stored = _arrow(conn, f"MATCH (n:{label}) RETURN n.{key} AS k", None).column("k")
    absent = pc.invert(pc.is_in(keys.column(0), value_set=stored))
    raise StoreVerificationError(
        name,
        f"{table.num_rows} rows given, {count} stored, {found} found by key; keys not found",
        _distinct_values(pc.filter(keys.column(0), absent)),
    )


# --------------------------------------------------------------------------- reading


@dataclass(frozen=True)
class StoreMeta:
    """The Meta row of a store."""

    schema: Schema
    schema_version: int
    built_at: dt.datetime
    """UTC, naive."""
    ladybug_version: str
    store_format: int


def _arrow(conn: ladybug.Connection, cypher: str, params: dict[str, Any] | None) -> pa.Table:
    result = conn.execute(cypher, params or {})
    results = result if isinstance(result, list) else [result]
    try:
        return results[-1].get_as_arrow(chunk_size=-1)
    finally:
        for item in results:
            item.close()


def _read_meta(conn: ladybug.Connection, path: Path) -> StoreMeta:
    try:
        rows = _arrow(
            conn,
            f"MATCH (m:{_quote(META_TABLE)}) RETURN m.format AS format, "
            "m.store_format AS store_format, m.schema_version AS schema_version, "
            "m.built_at AS built_at, m.ladybug_version AS ladybug_version, "
            "m.schema_json AS schema_json",
            None,
        ).to_pylist()
    except RuntimeError as exc:
        raise NotAStoreError(f"{path} is a LadybugDB file but not a vanban store ({exc})") from exc
    if len(rows) != 1 or rows[0]["format"] != FORMAT_NAME:
        raise NotAStoreError(f"{path} is a LadybugDB file but not a vanban store (no Meta row)")
    row = rows[0]
    if row["store_format"] != STORE_FORMAT:
        raise NotAStoreError(
            f"{path} has store format {row['store_format']}, this code reads {STORE_FORMAT}; "
            "rebuild it with `vanban load`"
        )
    return StoreMeta(
        schema=Schema.from_json(row["schema_json"]),
        schema_version=row["schema_version"],
        built_at=row["built_at"],
        ladybug_version=row["ladybug_version"],
        store_format=row["store_format"],
    )


class Store:
    """An open store. Use `open_store`; close it (or use ``with``) when done."""

    def __init__(
        self,
        path: Path,
        db: ladybug.Database,
        conn: ladybug.Connection,
        meta: StoreMeta,
        read_only: bool,
    ) -> None:
        self.path = path
        self.meta = meta
        self.read_only = read_only
        self._db = db
        self._conn = conn

    @property
    def schema(self) -> Schema:
        return self.meta.schema

    def query(self, cypher: str, params: dict[str, Any] | None = None) -> list[dict[str, Any]]:
        """Run Cypher; one dict per row, keyed by the RETURN names."""
        try:
            result = self._conn.execute(cypher, params or {})
        except RuntimeError as exc:
            raise StoreQueryError(f"{exc}\nquery: {cypher}") from exc
        results = result if isinstance(result, list) else [result]
        try:
            last = results[-1]
            names = last.get_column_names()
            return [dict(zip(names, row, strict=True)) for row in last.get_all()]
        finally:
            for item in results:
                item.close()

    def query_arrow(self, cypher: str, params: dict[str, Any] | None = None) -> pa.Table:
        """Run Cypher; the result as one Arrow table (a pyarrow.Table may be a parameter,
        e.g. ``LOAD FROM $rows ...``)."""
        try:
            return _arrow(self._conn, cypher, params)
        except RuntimeError as exc:
            raise StoreQueryError(f"{exc}\nquery: {cypher}") from exc

    def read_table(self, table: str, *, sort_by_key: bool = True) -> pa.Table:
        """A whole node table, columns in schema order and canonical Arrow types (equal to
        the table given to `build_store`), sorted by primary key unless told not to."""
        if table not in self.schema.nodes:
            raise StoreError(
                f"{table} is not a node table of {self.path} (tables: {sorted(self.schema.nodes)})"
            )
        columns, primary_key = self.schema.nodes[table]
        returns = ", ".join(f"n.{_quote(c)} AS {_quote(c)}" for c, _ in columns)
        data = self.query_arrow(f"MATCH (n:{_quote(table)}) RETURN {returns}")
        arrays = []
        for (_name, kind), array in zip(columns, data.columns, strict=True):
            target = _arrow_type(kind)
            arrays.append(array.cast(target) if target is not None else array)
        out = pa.Table.from_arrays(arrays, names=[c for c, _ in columns])
        return out.sort_by(primary_key) if sort_by_key else out

    def close(self) -> None:
        self._conn.close()
        self._db.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def open_store(
    path: Path | str, read_only: bool = True, *, buffer_pool_mib: int | None = None
) -> Store:
    """Open the store at ``path``.

    Raises `StoreNotFoundError` if nothing is there, `NotAStoreError` if it is not a vanban
    store (a directory, not a LadybugDB file, a LadybugDB database without the Meta row),
    `StoreError` if LadybugDB cannot open it.
    """
    target = Path(path).absolute()
    if not target.exists():
        raise StoreNotFoundError(f"no store at {target} (run `vanban load` to build it)")
    if target.is_dir():
        raise NotAStoreError(f"{target} is a directory, not a vanban store (a single file)")
    if not _has_magic(target):
        raise NotAStoreError(f"{target} is not a vanban store (not a LadybugDB file)")
    try:
        db = ladybug.Database(
            str(target),
            read_only=read_only,
            buffer_pool_size=(buffer_pool_mib or 0) * _MiB,
        )
    except RuntimeError as exc:
        hint = ""
        if "recovery is pending" in str(exc):
            hint = " (open it once with read_only=False to finish the recovery, or rebuild it)"
        raise StoreError(f"cannot open {target}: {exc}{hint}") from exc
    try:
        conn = ladybug.Connection(db)
        meta = _read_meta(conn, target)
    except BaseException:
        db.close()
        raise
    return Store(target, db, conn, meta, read_only)


def read_table(path: Path | str, table: str, *, sort_by_key: bool = True) -> pa.Table:
    """Read a whole node table of the store at ``path`` (see `Store.read_table`)."""
    with open_store(path) as store:
        return store.read_table(table, sort_by_key=sort_by_key)
