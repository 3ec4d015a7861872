"""Building the embedded graph store: a LadybugDB 0.22 database, built whole or updated.

The graph is derived data. Neither `build_store` nor `update_store` edits the live store:
`build_store` writes a new database next to it (``<target>.building-<pid>``), bulk loads
every table with ``COPY`` from Arrow tables, closes it (which checkpoints), reopens it
read-only to verify it, and only then moves it over the target with ``os.replace``.
`update_store` copies the live store to ``<target>.building-<pid>``, deletes and adds
the rows that changed on the copy, checks the counts, and swaps it in the same way; a
small change (an update by log) is one transaction left uncheckpointed in the copy's
write-ahead log, and the swap is the rename of that log over the store's ``.wal``, the
store's file left as it was. An interrupted build or update (an exception, Ctrl-C,
SIGKILL) leaves the target as it was; the next build removes the ``*.building-*``
leftovers.

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
import os
import shutil
import time
from collections.abc import Callable, Collection, Iterator, Mapping, MutableMapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Any

import ladybug
import pyarrow as pa
import pyarrow.compute as pc

from ..heap import give_back_free_memory
from .errors import NotAStoreError, StoreError, StoreInputError, StoreVerificationError
from .files import (
    BUILDING_MARK,
    MiB,
    build_lock,
    disk_full_error,
    has_magic,
    is_disk_full,
    only_a_wal,
    remove_file,
    remove_leftovers,
    sidecars,
    space_needed,
    store_path,
    store_stamp,
    swap_into_place,
    swap_log_into_place,
    wal_path,
)
from .read import ONE_BY_ONE, arrow_result, count_rows, read_meta
from .schema import (
    FORMAT_NAME,
    KEY_COLUMN,
    META_TABLE,
    REL_FROM,
    REL_FROM_TABLE,
    REL_TO,
    REL_TO_TABLE,
    STORE_FORMAT,
    ColumnDef,
    Progress,
    Schema,
    arrow_type,
    ddl,
    quoted,
)

# Measured here with LadybugDB 0.22 on 2 cores: one COPY of the 314,406 string keys of a
# 100k-document load deadlocked for good (both worker threads and the caller waiting on
# futexes), from Arrow and from Parquet alike; 150k of those keys, or 320k synthetic ones,
# copied fine. With one thread the same COPY takes under a second. Copying in chunks is
# no way out: after 50,000-row chunks some keys could no longer be found. So the build
# runs single-threaded; reading the store afterwards is not affected.
BUILD_THREADS = 1

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
        target = arrow_type(kind)
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
    _check_tables("node", nodes, schema.nodes)
    _check_tables("rel", rels, schema.rels)
    prepared = _Prepared(nodes=_prepare_nodes(schema, nodes), rels={})
    for name in schema.rels:
        _prepare_rel(schema, name, rels[name], prepared)
    return prepared


def _check_tables(kind: str, given: Mapping[str, Any], declared: Mapping[str, Any]) -> None:
    unknown = sorted(set(given) - set(declared))
    absent = sorted(set(declared) - set(given))
    if unknown or absent:
        raise StoreInputError(
            f"{kind} tables given do not match the schema (not declared: {unknown}, "
            f"not given: {absent})"
        )


def _prepare_nodes(schema: Schema, nodes: Mapping[str, pa.Table]) -> dict[str, pa.Table]:
    _check_tables("node", nodes, schema.nodes)
    prepared: dict[str, pa.Table] = {}
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
        prepared[name] = table
    return prepared


def _prepare_rel(schema: Schema, name: str, data: pa.Table, prepared: _Prepared) -> None:
    columns, pairs = schema.rels[name]
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


RelTables = Mapping[str, pa.Table] | Callable[[], Mapping[str, pa.Table | Callable[[], pa.Table]]]
"""The rel tables of a build, or a call that gives them once the nodes are copied; the
call's tables may themselves be calls, each made just before its table is copied."""


def build_store(
    path: Path | str,
    schema: Schema,
    nodes: Mapping[str, pa.Table],
    rels: RelTables,
    progress: Progress | None = None,
    *,
    buffer_pool_mib: int = 1024,
    hand_over: bool = False,
    copy_last: Collection[str] = (),
    before_last: Callable[[], None] | None = None,
) -> BuildReport:
    """Build the whole store at ``path`` from Arrow tables, verify it, then swap it in.

    ``nodes[t]`` has exactly the columns of node table ``t`` (any order). ``rels[r]`` has
    ``from`` and ``to`` (primary keys of the endpoints), the properties of ``r``, and,
    when ``r`` has several (from, to) pairs, ``from_table`` and ``to_table`` naming each
    row's pair. Every declared table must be given (an empty table for none).

    ``rels`` may be a call that gives them, made once the nodes are copied: COPY lets go
    of the interpreter, so a caller that builds the rel tables in another thread (and
    passes the call that waits for them) has them built while the nodes are copied. Each
    table it gives may be a call too, made in the schema's order just before that table
    is copied, so that a table is built while the one before it is copied. An exception
    either raises fails the build like any other.

    Whatever it is given, the build keeps of a table once copied only what its check
    needs: a node table's keys, a rel table's row count. With ``hand_over`` the tables
    are the build's: ``nodes`` (a dict) is emptied once read, so that each table is freed
    once copied (the tables of a 100k-document load reached 1.1 GB of Arrow buffers
    when all were held to the end).

    The node tables named in ``copy_last`` are copied after the rels, which must not end
    at them: a caller that frees memory while the rels are copied (a whole load lets go
    of the resolver's state) has its largest COPY run after that. ``before_last`` is
    called once the rels are in, before those tables are copied: what it lets go of is
    handed back to the system before their COPY.

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
    if target.exists() and target.stat().st_size > 0 and not has_magic(target):
        raise NotAStoreError(f"{target} exists and is not a LadybugDB file; not replacing it")
    note = progress or (lambda _step, _rows: None)
    ends = {table for _columns, pairs in schema.rels.values() for pair in pairs for table in pair}
    if not set(copy_last) <= set(schema.nodes) - ends:
        raise StoreInputError(
            f"copy_last {sorted(copy_last)}: a table copied after the rels cannot end one"
        )
    seconds: dict[str, float] = {}
    with build_lock(target):
        removed = tuple(remove_leftovers(target))
        later = rels if callable(rels) else None
        given = list(nodes.values()) if callable(rels) else [*nodes.values(), *rels.values()]
        note("prepare", sum(t.num_rows for t in given))
        del given
        if callable(rels):
            prepared = _Prepared(nodes=_prepare_nodes(schema, nodes), rels={})
        else:
            prepared = _prepare(schema, nodes, rels)
        if hand_over and isinstance(nodes, MutableMapping):
            nodes.clear()
        seconds["prepare"] = time.perf_counter() - started
        built_at = dt.datetime.now(dt.UTC).replace(microsecond=0, tzinfo=None)

        def write(building: Path) -> None:
            _write(
                building, schema, prepared, later, built_at, note, buffer_pool_mib, seconds,
                copy_last, before_last,
            )  # fmt: skip
            mark = time.perf_counter()
            _verify(building, schema, prepared, built_at, note)
            seconds["verify"] = time.perf_counter() - mark

        size = _swapped_in(target, space_needed(prepared.nbytes()), write, note, seconds)
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


def _swapped_in(
    target: Path,
    needed: int,
    write: Callable[[Path], None],
    note: Progress,
    seconds: dict[str, float],
    swap: Callable[[Path, Path], None] = swap_into_place,
) -> int:
    """Have `write` make the new store in a file beside `target`, then `swap` it in;
    return its size. On any failure the new file and its sidecars are removed and `target` is left
    as it was. Free space is checked first because LadybugDB may abort the whole process (a
    C++ `terminate`) when a write fails for want of space."""
    free = shutil.disk_usage(target.parent).free
    if free < needed:
        raise disk_full_error(target, needed, free)
    building = target.with_name(f"{target.name}{BUILDING_MARK}{os.getpid()}")
    remove_file(building)
    try:
        write(building)
        size = building.stat().st_size
        note("swap", 0)
        mark = time.perf_counter()
        swap(building, target)
        seconds["swap"] = time.perf_counter() - mark
        return size
    except BaseException as error:
        remove_file(building)
        for sidecar in sidecars(building):
            remove_file(sidecar)
        if isinstance(error, Exception) and is_disk_full(error):
            raise disk_full_error(target, needed) from error
        raise


@contextmanager
def _connected(
    db_file: Path,
    buffer_pool_mib: int,
    note: Progress,
    seconds: dict[str, float],
    *,
    log: bool = False,
    checkpoint_on_commit: bool = True,
) -> Iterator[ladybug.Connection]:
    """A connection to the file being built; closing the database at the end checkpoints
    it, so that afterwards the file stands alone, with no .wal ("close" in `seconds`).
    With `log`, nothing is ever checkpointed: what is committed stays in the .wal and the
    file is left as it was (an update by log). Without `checkpoint_on_commit`, a large
    commit does not checkpoint by itself: the caller checkpoints (`_connection_for_one`)."""
    db = ladybug.Database(
        str(db_file),
        buffer_pool_size=buffer_pool_mib * MiB,
        max_num_threads=BUILD_THREADS,
        auto_checkpoint=checkpoint_on_commit and not log,
    )
    try:
        conn = ladybug.Connection(db)
        try:
            if log:
                conn.execute("CALL force_checkpoint_on_close=false")
            yield conn
        finally:
            conn.close()
        note("close", 0)
        mark = time.perf_counter()
    finally:
        db.close()
    seconds["close"] = seconds.get("close", 0.0) + time.perf_counter() - mark


def _write(
    db_file: Path,
    schema: Schema,
    prepared: _Prepared,
    later: Callable[[], Mapping[str, pa.Table]] | None,
    built_at: dt.datetime,
    note: Progress,
    buffer_pool_mib: int,
    seconds: dict[str, float],
    copy_last: Collection[str] = (),
    before_last: Callable[[], None] | None = None,
) -> None:
    """Create the tables and copy every row in; rels given `later` are asked for (and
    prepared, and their disk space checked) once the nodes are in (but those of
    `copy_last`, copied after the rels, on the database closed and opened again)."""
    mark = time.perf_counter()
    with _connected(db_file, buffer_pool_mib, note, seconds, checkpoint_on_commit=False) as conn:
        for statement in ddl(schema):
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
        for name in prepared.nodes:
            if name not in copy_last:
                _copy_node(conn, schema, prepared, name, note)
        if later is None:
            for name in prepared.rels:
                _copy_rel(conn, schema, prepared, name, note)
        else:
            waited = time.perf_counter()
            note("wait for rels", 0)
            rels = later()
            _check_tables("rel", rels, schema.rels)
            seconds["wait_rels"] = time.perf_counter() - waited
            for name in schema.rels:
                waited = time.perf_counter()
                given = rels[name]
                _prepare_rel(schema, name, given() if callable(given) else given, prepared)
                seconds["wait_rels"] += time.perf_counter() - waited
                needed = space_needed(sum(t.nbytes for *_, t in prepared.rels[name]))
                free = shutil.disk_usage(db_file.parent).free
                if free < needed:
                    raise disk_full_error(db_file, needed, free)
                _copy_rel(conn, schema, prepared, name, note)
    last = [name for name in prepared.nodes if name in copy_last]
    if last:
        if before_last is not None:
            before_last()
        # what the process freed meanwhile (the rel tables, a whole load's resolver state)
        # handed back first: Arrow's pool and the C heap keep it otherwise
        pa.default_memory_pool().release_unused()
        give_back_free_memory()
        # On the database opened again: closing it let go of what it held of the tables
        # copied before, beside the largest COPY, a whole load's peak (the Source table
        # of 30k documents: its COPY began at 1,262 MiB, 1,333 so). Nothing waits on the
        # interpreter its close holds: the rels, the last of the caller's work, are in.
        with _connected(
            db_file, buffer_pool_mib, note, seconds, checkpoint_on_commit=False
        ) as conn:
            for name in last:
                _copy_node(conn, schema, prepared, name, note)
    seconds["copy"] = time.perf_counter() - mark


def _copy_node(
    conn: ladybug.Connection, schema: Schema, prepared: _Prepared, name: str, note: Progress
) -> None:
    """COPY the prepared rows of node table `name`, keeping of them only their keys (all
    `_verify` reads of them)."""
    table = prepared.nodes[name]
    note(f"copy node {name}", table.num_rows)
    primary_key = schema.nodes[name][1]
    if table.num_rows == 0:  # nothing to copy: no connection, no checkpoint
        prepared.nodes[name] = table.select([primary_key])
        return
    with _connection_for_one(conn) as copying:
        diagnose = partial(_diagnose_node, name, primary_key, table)
        _copy(copying, name, table, "", diagnose)
    prepared.nodes[name] = table.select([primary_key])


def _copy_rel(
    conn: ladybug.Connection, schema: Schema, prepared: _Prepared, name: str, note: Progress
) -> None:
    """COPY the prepared rows of rel `name`, one (from, to) pair of node tables at a time,
    keeping of each only its row count (all `_verify` reads of it)."""
    for a, b, table in prepared.rels[name]:
        note(f"copy rel {name} {a}->{b}", table.num_rows)
        if table.num_rows == 0:  # (7 of the 18 pairs of a whole load: a checkpoint each)
            continue
        with _connection_for_one(conn) as copying:
            _copy(
                copying,
                name,
                table,
                f" (from='{a}', to='{b}')",
                partial(_diagnose_rel, name, a, b, table, schema, prepared.nodes),
            )
    prepared.rels[name] = [(a, b, table.select([])) for a, b, table in prepared.rels[name]]


@contextmanager
def _connection_for_one(conn: ladybug.Connection) -> Iterator[ladybug.Connection]:
    """A connection to `conn`'s database for one COPY, closed after it, and the COPY then
    checkpointed on a connection of its own. A connection keeps the Arrow data of every
    COPY it ran until it is closed (ladybug 0.22, measured: the tables of a 100k-document
    build, about 1 GB, held until the last rel was copied).

    The build's database does not checkpoint as a COPY commits (`_connected`): the
    checkpoint, where LadybugDB writes the table's pages, comes once the COPY's
    connection has let go of what it held. Measured with ladybug 0.22 on the Source table
    of a 100k-document load (100,000 rows, 275 MiB of Arrow, mostly the packed facts),
    copied after the Document and Evidence tables: the process grew 1,346 MiB at most
    when its commit checkpointed, 1,012 MiB so; the same CPU, the same rows. (Closing
    the database to checkpoint does as well, but holds the interpreter meanwhile, which
    starved the load's thread writing the resolver's state.)"""
    copying = ladybug.Connection(conn.database)
    try:
        yield copying
    finally:
        copying.close()
    checkpointing = ladybug.Connection(conn.database)
    try:
        checkpointing.execute("CHECKPOINT")
    finally:
        checkpointing.close()


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
    data = without_empty_chunks(data)
    try:
        conn.execute(f"COPY {quoted(table)} FROM $data{options}", {"data": data})
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
    db = ladybug.Database(str(db_file), read_only=True, buffer_pool_size=512 * MiB)
    try:
        conn = ladybug.Connection(db)
        try:
            meta = read_meta(conn, db_file)
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
                        f"MATCH (:{quoted(a)})-[r:{quoted(name)}]->(:{quoted(b)}) RETURN count(r)",
                    )
                    if found != table.num_rows:
                        raise StoreVerificationError(
                            name, f"{a}->{b}: {table.num_rows} rows given, {found} found"
                        )
                    total += found
                found = _scalar(conn, f"MATCH ()-[r:{quoted(name)}]->() RETURN count(r)")
                if found != total:
                    raise StoreVerificationError(name, f"{total} rows given, {found} found")
        finally:
            conn.close()
    finally:
        db.close()


def _verify_node(conn: ladybug.Connection, name: str, primary_key: str, table: pa.Table) -> None:
    label, key = quoted(name), quoted(primary_key)
    count = _scalar(conn, f"MATCH (n:{label}) RETURN count(n)")
    keys = table.select([primary_key]).rename_columns([KEY_COLUMN])
    found = 0
    if keys.num_rows:
        # Planned as a primary-key index lookup per row (QUERY_PRIMARY_KEY_LOOKUP).
        found = _scalar(
            conn,
            f"LOAD FROM $keys MATCH (n:{label} {{{key}: {KEY_COLUMN}}}) RETURN count(n)",
            {"keys": keys},
        )
    if count == found == table.num_rows:
        return
    stored = arrow_result(conn, f"MATCH (n:{label}) RETURN n.{key} AS k", None).column("k")
    absent = pc.invert(pc.is_in(keys.column(0), value_set=stored))
    raise StoreVerificationError(
        name,
        f"{table.num_rows} rows given, {count} stored, {found} found by key; keys not found",
        _distinct_values(pc.filter(keys.column(0), absent)),
    )


# --------------------------------------------------------------------------- update


def update_store(
    path: Path | str,
    schema: Schema,
    delete_nodes: Mapping[str, Sequence[Any]],
    delete_rels: Mapping[str, Sequence[RelEnds]],
    nodes: Mapping[str, pa.Table],
    rels: Mapping[str, pa.Table],
    progress: Progress | None = None,
    *,
    buffer_pool_mib: int = 1024,
    set_nodes: Mapping[str, pa.Table] | None = None,
    set_rels: Mapping[str, pa.Table] | None = None,
    log_limit: int | None = None,
    ahead: CopyAhead | None = None,
) -> BuildReport:
    """Change the store at ``path`` by a difference, as crash-safe as `build_store`.

    The store is copied to ``<target>.building-<pid>``; on the copy, in one transaction,
    the rels ``delete_rels[r]`` names by their ends (`RelEnds`) are deleted, the nodes
    whose primary keys ``delete_nodes[t]`` lists are deleted with their rels, and the
    stored rows of ``set_nodes`` (matched by primary key) and ``set_rels`` (matched by
    their ends; every column given) take their new values in place; then the rows of
    ``nodes`` and ``rels`` (as `build_store` takes them; tables may be left out) are
    added. A row to change is given to set, not deleted and added again: a deleted node
    takes its rels with it. The copy is closed, its counts checked against the old
    store's minus what was deleted and plus what was added, and only then swapped in.
    The live store is never written, so an interruption at any point leaves it whole.

    An update by log (while the store's write-ahead log stays under `log_limit`, by
    default `LOG_LIMIT_BYTES`): the copy takes the store's log too, the whole
    change is one transaction of CREATE, SET and DELETE statements that is never
    checkpointed, so the copy's file is left as it was and the change is only in its
    log; the swap is the one rename of that log over the store's
    (`swap_log_into_place`). An update by log takes the copy `ahead` made while its
    caller worked, when it is a copy of the store as it is (``seconds["copied_ahead"]``
    1.0; else the copy is removed and the store copied anew). Readers replay the log
    when they open the store. A checkpoint rewrites every node group a change touches, in
    every table it touches (LadybugDB 0.22; below 131,072 nodes a table is one node
    group): at 10k documents, ten new ones cost 11 s of checkpoints against 0.1 s for the
    transaction. A bigger
    change, or a log grown past the limit, settles the store first (its log
    checkpointed into its file) and makes the update as follows, each table's new rows
    copied in by its own COPY. ``seconds["by_log"]`` in the report is 1.0 for an update
    by log, 0.0 otherwise.

    LadybugDB 0.22 measured here: a COPY into a table that holds rows, or a rel deleted,
    rewrites at the checkpoint the node groups it touches, about 0.1 to 2 s for each table
    at 10k documents however few its rows (CREATE instead of COPY only moved that cost
    from the commit to the checkpoint). All of it in one transaction cost far more at
    100k documents: ten documents' update committed in 261 s, where each step committed
    on its own took 69 s together.
    """
    started = time.perf_counter()
    target = store_path(path)
    if not target.is_file() or not has_magic(target):
        raise StoreError(f"{target} is no store to update; build it whole first")
    note = progress or (lambda _step, _rows: None)
    seconds: dict[str, float] = {}
    with build_lock(target):
        removed = tuple(remove_leftovers(target, keep=ahead.files() if ahead else ()))
        note("prepare", sum(t.num_rows for t in [*nodes.values(), *rels.values()]))
        created = _prepare(schema, *_full(schema, nodes, rels))
        changed = _prepare(schema, *_full(schema, set_nodes or {}, set_rels or {}))
        seconds["prepare"] = time.perf_counter() - started
        built_at = dt.datetime.now(dt.UTC).replace(microsecond=0, tzinfo=None)
        counts: tuple[dict[str, int], dict[str, int]] = ({}, {})
        change_bytes = created.nbytes() + changed.nbytes()
        log = _by_log(target, change_bytes, log_limit)
        needed = space_needed(change_bytes) + target.stat().st_size
        if log and wal_path(target).exists():  # the copy takes the store's log too
            needed += wal_path(target).stat().st_size
        seconds["by_log"] = float(log)
        copied = ahead.take(target) if ahead is not None and log else None
        if ahead is not None and copied is None:
            ahead.discard()
        if copied is not None:  # on disk already
            needed -= target.stat().st_size
        seconds["copied_ahead"] = float(copied is not None)

        def write(building: Path) -> None:
            nonlocal counts
            mark = time.perf_counter()
            if not log and sidecars(target):  # a log or pending checkpoint: settle it first
                ladybug.Database(str(target), buffer_pool_size=256 * MiB).close()
            if copied is not None:
                os.replace(copied, building)
                if wal_path(copied).exists():
                    os.replace(wal_path(copied), wal_path(building))
            else:
                shutil.copyfile(target, building)
                if log and wal_path(target).exists():
                    shutil.copyfile(wal_path(target), wal_path(building))
            before = os.stat(building)
            seconds["copy_file"] = time.perf_counter() - mark
            mark = time.perf_counter()
            change = _Change(created, changed, delete_rels, delete_nodes)
            apply = _apply_logged if log else _apply
            counts = apply(building, schema, change, built_at, note, buffer_pool_mib, seconds)
            seconds["apply"] = time.perf_counter() - mark
            if log:
                after = os.stat(building)
                if (after.st_size, after.st_mtime_ns) != (before.st_size, before.st_mtime_ns):
                    raise StoreError(f"{building}: an update by log wrote to its file")
                mark = time.perf_counter()
                _verify_log(building, schema, counts)
                seconds["verify"] = time.perf_counter() - mark

        swap = swap_log_into_place if log else swap_into_place
        size = _swapped_in(target, needed, write, note, seconds, swap)
    seconds["total"] = time.perf_counter() - started
    return BuildReport(
        path=target,
        node_counts=counts[0],
        rel_counts=counts[1],
        size_bytes=size,
        built_at=built_at,
        seconds=seconds,
        removed_leftovers=removed,
    )


RelEnds = tuple[str, str, str, str]
"""A rel named by its ends: (from table, from key, to table, to key)."""


class CopyAhead:
    """A copy of a store's file and log, made beside it by a thread of its own while the
    caller works, for the update by log that follows (`update_store`'s ``ahead``): the
    copy an update by log makes of the store (its file, untouched by the update, and its
    log) is then made while the update resolves, not after (0.2 s at 100k documents on a
    quiet machine, 0.6 s and more on a busy one; it grows with the store).

    Named as a build's copy (``<store>.building-<pid>-ahead``): one a crash leaves is
    removed by the next build, as any other. Made only while the store's build lock is
    held (the store cannot change meanwhile) and when the disk has room for it and an
    update; `take` gives it only if the store is still the one copied. Use it as a
    context manager: what was not taken is removed on leaving."""

    def __init__(self, path: Path | str) -> None:
        self.target = store_path(path)
        self.stamp = store_stamp(self.target)
        self.file = self.target.with_name(f"{self.target.name}{BUILDING_MARK}{os.getpid()}-ahead")
        self._thread = ThreadPoolExecutor(1, thread_name_prefix="vanban-copy")
        self._copied = self._thread.submit(self._copy)

    def _copy(self) -> None:
        shutil.copyfile(self.target, self.file)
        if wal_path(self.target).exists():
            shutil.copyfile(wal_path(self.target), wal_path(self.file))

    def files(self) -> list[Path]:
        return [self.file, wal_path(self.file)]

    def take(self, target: Path) -> Path | None:
        """The copy, once made, if it is a copy of `target` as it is now (else None)."""
        try:
            self._copied.result()
        except OSError:  # (disk full, say) the update copies the store itself, and says so
            return None
        unchanged = store_stamp(target) == self.stamp and only_a_wal(target)
        return self.file if target == self.target and unchanged else None

    def discard(self) -> None:
        """Wait for the copy and remove what is left of it."""
        with contextlib.suppress(OSError):
            self._copied.result()
        self._thread.shutdown()
        for file in self.files():
            remove_file(file)

    def __enter__(self) -> CopyAhead:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.discard()


def copy_ahead(path: Path | str) -> CopyAhead | None:
    """A `CopyAhead` of the store at `path`, begun now; None when there is no store, when
    its update could not go by log (a sidecar but its log, or its log full: the update
    settles the store first), or when the disk could not hold the copy and an update
    beside it."""
    target = store_path(path)
    if not target.is_file() or not only_a_wal(target):
        return None
    log = 0
    with contextlib.suppress(FileNotFoundError):
        log = wal_path(target).stat().st_size
    size = target.stat().st_size + log
    if log >= LOG_LIMIT_BYTES or shutil.disk_usage(target.parent).free < 2 * size + space_needed(0):
        return None
    return CopyAhead(target)


# How big the store's write-ahead log may grow before an update checkpoints instead:
# every open replays the log (measured at 10k documents: 0.07 s to open the store without
# one, about 0.1 s more for each MB of log; ten new documents log about 0.25 MB).
LOG_LIMIT_BYTES = 8 * MiB


def _by_log(target: Path, change_bytes: int, limit: int | None) -> bool:
    """Whether an update of `change_bytes` (its Arrow tables) goes by log: the store has
    no sidecar but its log, and the log with the change (counted as twice its tables'
    bytes) stays under the limit."""
    if not only_a_wal(target):
        return False
    log = wal_path(target)
    size = log.stat().st_size if log.exists() else 0
    return size + 2 * change_bytes <= (LOG_LIMIT_BYTES if limit is None else limit)


@dataclass
class _Change:
    created: _Prepared
    changed: _Prepared
    delete_rels: Mapping[str, Sequence[RelEnds]]
    delete_nodes: Mapping[str, Sequence[Any]]


def _full(
    schema: Schema, nodes: Mapping[str, pa.Table], rels: Mapping[str, pa.Table]
) -> tuple[dict[str, pa.Table], dict[str, pa.Table]]:
    """Every table of the schema, empty where not given."""
    full_nodes = {n: nodes.get(n, _empty(cols)) for n, (cols, _) in schema.nodes.items()}
    full_rels = {
        r: rels.get(r, _empty(_rel_columns(cols, pairs)))
        for r, (cols, pairs) in schema.rels.items()
    }
    return full_nodes, full_rels


def _empty(columns: Sequence[ColumnDef]) -> pa.Table:
    return pa.table({c: pa.array([], type=arrow_type(k) or pa.string()) for c, k in columns})


def _rel_columns(columns: Sequence[ColumnDef], pairs: Sequence[tuple[str, str]]) -> list[ColumnDef]:
    ends: list[ColumnDef] = [(REL_FROM, "STRING"), (REL_TO, "STRING")]
    if len(pairs) > 1:
        ends += [(REL_FROM_TABLE, "STRING"), (REL_TO_TABLE, "STRING")]
    return [*ends, *columns]


def _apply(
    db_file: Path,
    schema: Schema,
    change: _Change,
    built_at: dt.datetime,
    note: Progress,
    buffer_pool_mib: int,
    seconds: dict[str, float],
) -> tuple[dict[str, int], dict[str, int]]:
    """Apply the change to the copy (see `update_store` for the order); check and return
    the counts. The deletions and the rows set are one transaction, checkpointed before
    the COPYs; each COPY commits on its own (the copy is thrown away on any failure, so
    the live store needs no transaction around them all)."""
    with _connected(db_file, buffer_pool_mib, note, seconds) as conn:
        _check_schema(conn, db_file, schema)
        conn.execute("BEGIN TRANSACTION")
        try:
            _delete_and_set(conn, schema, change, built_at, note, seconds)
            mark = time.perf_counter()
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        # Nothing of it left in the WAL when the COPYs run (measured: a COPY into
        # Document after SETs on Document committed but not checkpointed failed on a key
        # it did not hold twice).
        conn.execute("CHECKPOINT")
        seconds["commit"] = time.perf_counter() - mark
        mark = time.perf_counter()
        expected = count_rows(conn, schema)
        for name, table in change.created.nodes.items():
            note(f"copy node {name}", table.num_rows)
            primary_key = schema.nodes[name][1]
            _copy(conn, name, table, "", partial(_diagnose_node, name, primary_key, table))
            expected[0][name] += table.num_rows
        for name, parts in change.created.rels.items():
            for a, b, table in parts:
                note(f"copy rel {name} {a}->{b}", table.num_rows)
                _copy(conn, name, table, f" (from='{a}', to='{b}')", lambda: None)
                expected[1][name] += table.num_rows
        seconds["insert"] = time.perf_counter() - mark
        found = count_rows(conn, schema)
        if found != expected:
            raise StoreVerificationError(
                "update", f"counts after the update {found}, expected {expected}"
            )
    return found


def _verify_log(
    db_file: Path, schema: Schema, counts: tuple[dict[str, int], dict[str, int]]
) -> None:
    """Open the copy read-only, as a reader will (its log replayed), and count again: the
    counts must be those the update expects (`_apply_logged`)."""
    db = ladybug.Database(str(db_file), read_only=True, buffer_pool_size=256 * MiB)
    try:
        conn = ladybug.Connection(db)
        try:
            found = count_rows(conn, schema)
        finally:
            conn.close()
    finally:
        db.close()
    if found != counts:
        raise StoreVerificationError("update", f"counts read back {found}, written {counts}")


def _apply_logged(
    db_file: Path,
    schema: Schema,
    change: _Change,
    built_at: dt.datetime,
    note: Progress,
    buffer_pool_mib: int,
    seconds: dict[str, float],
) -> tuple[dict[str, int], dict[str, int]]:
    """Apply the change to the copy as one transaction left in its log (an update by log,
    see `update_store`): deletions, rows set, then new rows created by statements (a
    COPY writes its pages into the file); return the counts the copy must hold now (the
    counts after the deletions, plus the rows created), for `_verify_log` to check."""
    with _connected(db_file, buffer_pool_mib, note, seconds, log=True) as conn:
        _check_schema(conn, db_file, schema)
        conn.execute("BEGIN TRANSACTION")
        try:
            _delete_and_set(conn, schema, change, built_at, note, seconds)
            mark = time.perf_counter()
            expected = count_rows(conn, schema)  # the transaction's own deletions seen
            for name, table in change.created.nodes.items():
                if table.num_rows:
                    note(f"create node {name}", table.num_rows)
                    diagnose = partial(_diagnose_node, name, schema.nodes[name][1], table)
                    _create_nodes(conn, name, table, diagnose)
            for name, parts in change.created.rels.items():
                for a, b, table in parts:
                    if table.num_rows:
                        note(f"create rel {name} {a}->{b}", table.num_rows)
                        _create_rels(conn, schema, name, a, b, table)
            seconds["insert"] = time.perf_counter() - mark
            mark = time.perf_counter()
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        seconds["commit"] = time.perf_counter() - mark
        for name, table in change.created.nodes.items():
            expected[0][name] += table.num_rows
        for name, parts in change.created.rels.items():
            expected[1][name] += sum(table.num_rows for _, _, table in parts)
    # Checked by `_verify_log`, which counts the copy again as a reader opens it (its log
    # replayed): counting here too, on the connection that wrote it, checked less and cost
    # a count of every table (0.1 s CPU at 100k documents).
    return expected


def _check_schema(conn: ladybug.Connection, db_file: Path, schema: Schema) -> None:
    if read_meta(conn, db_file).schema.to_json() != schema.to_json():
        raise StoreError(f"{db_file}: the stored schema is not this one; rebuild it")


def _delete_and_set(
    conn: ladybug.Connection,
    schema: Schema,
    change: _Change,
    built_at: dt.datetime,
    note: Progress,
    seconds: dict[str, float],
) -> None:
    """Inside the update's open transaction: the deletions, then the changed rows set in
    place and the build time stamped (both kinds of update begin so)."""
    mark = time.perf_counter()
    _delete(conn, schema, change, note)
    seconds["delete"] = time.perf_counter() - mark
    mark = time.perf_counter()
    for name, table in change.changed.nodes.items():
        if table.num_rows:
            note(f"set node {name}", table.num_rows)
            _set_nodes(conn, schema, name, table)
    for name, parts in change.changed.rels.items():
        for a, b, table in parts:
            if table.num_rows:
                note(f"set rel {name} {a}->{b}", table.num_rows)
                _set_rels(conn, schema, name, a, b, table)
    conn.execute(f"MATCH (m:{quoted(META_TABLE)}) SET m.built_at = $at", {"at": built_at})
    seconds["set"] = time.perf_counter() - mark


def _delete(
    conn: ladybug.Connection,
    schema: Schema,
    change: _Change,
    note: Progress,
) -> None:
    """Delete rels by their ends, then nodes by key with their rels."""
    for name, ends in change.delete_rels.items():
        by_tables: dict[tuple[str, str], list[tuple[str, str]]] = {}
        for a, from_key, b, to_key in ends:
            by_tables.setdefault((a, b), []).append((from_key, to_key))
        for (a, b), pairs in sorted(by_tables.items()):
            note(f"delete rel {name} {a}->{b}", len(pairs))
            if len(pairs) < ONE_BY_ONE:
                for from_key, to_key in pairs:
                    conn.execute(
                        f"MATCH {_ends(schema, name, a, b, '$')} DELETE r",
                        {"v0": from_key, "v1": to_key},
                    )
                continue
            table = pa.table({"v0": [p[0] for p in pairs], "v1": [p[1] for p in pairs]})
            conn.execute(
                f"LOAD FROM $pairs MATCH {_ends(schema, name, a, b)} DELETE r", {"pairs": table}
            )
    for name, keys in change.delete_nodes.items():
        if keys:
            note(f"delete node {name}", len(keys))
            table = pa.table({KEY_COLUMN: pa.array(list(keys))})
            conn.execute(
                f"LOAD FROM $keys MATCH (n:{quoted(name)} {{{quoted(schema.nodes[name][1])}: "
                f"{KEY_COLUMN}}}) DETACH DELETE n",
                {"keys": table},
            )


# Rows to change are set in place, by statements that name the columns of their LOAD FROM
# v0, v1, ..., so that none shadows a Cypher word or a variable.


def _renamed(table: pa.Table) -> tuple[pa.Table, list[str]]:
    names = [f"v{i}" for i in range(table.num_columns)]
    return without_empty_chunks(table).rename_columns(names), names


def without_empty_chunks(table: pa.Table) -> pa.Table:
    """`table` without its batches of no rows (no data copied): a COPY or LOAD FROM of a
    table whose first batch is empty reads no row at all (ladybug 0.22, measured: two
    tables concatenated, the first empty)."""
    batches = table.to_batches()
    if all(b.num_rows for b in batches):
        return table
    return pa.Table.from_batches([b for b in batches if b.num_rows], table.schema)


def _ends(schema: Schema, name: str, a: str, b: str, mark: str = "") -> str:
    """The pattern of a rel of `name` from the node of `a` keyed v0 to that of `b` keyed v1
    (columns of a LOAD FROM; with `mark` "$", parameters)."""
    return (
        f"(a:{quoted(a)} {{{quoted(schema.nodes[a][1])}: {mark}v0}})-[r:{quoted(name)}]->"
        f"(b:{quoted(b)} {{{quoted(schema.nodes[b][1])}: {mark}v1}})"
    )


def _set_nodes(conn: ladybug.Connection, schema: Schema, name: str, table: pa.Table) -> None:
    """Give the stored nodes of `name` the rows of `table` (matched by primary key), in
    place: their rels stay, where deleting and creating the nodes again would drop them."""
    primary_key = schema.nodes[name][1]
    rows, names = _renamed(table)
    index = dict(zip(table.column_names, names, strict=True))
    sets = ", ".join(f"n.{quoted(c)} = {v}" for c, v in index.items() if c != primary_key)
    conn.execute(
        f"LOAD FROM $rows MATCH (n:{quoted(name)} {{{quoted(primary_key)}: {index[primary_key]}}}) "
        f"SET {sets}",
        {"rows": rows},
    )


def _set_rels(
    conn: ladybug.Connection, schema: Schema, name: str, a: str, b: str, table: pa.Table
) -> None:
    """Give the stored rels of `table`'s ends its property values, in place: a statement a
    row for fewer than `ONE_BY_ONE` rows, each value cast to its column's declared type
    (as the LOAD FROM of them all is typed by their Arrow columns)."""
    rows, names = _renamed(table)
    if table.num_rows < ONE_BY_ONE:
        kinds = dict(schema.rels[name][0])
        sets = ", ".join(
            f"r.{quoted(c)} = CAST(${names[i]} AS {kinds[c]})"
            for i, c in enumerate(table.column_names)
            if i > 1
        )
        for row in rows.to_pylist():
            conn.execute(f"MATCH {_ends(schema, name, a, b, '$')} SET {sets}", row)
        return
    sets = ", ".join(
        f"r.{quoted(c)} = {names[i]}" for i, c in enumerate(table.column_names) if i > 1
    )
    conn.execute(f"LOAD FROM $rows MATCH {_ends(schema, name, a, b)} SET {sets}", {"rows": rows})


def _create_nodes(
    conn: ladybug.Connection,
    name: str,
    table: pa.Table,
    diagnose: Callable[[], StoreVerificationError | None],
) -> None:
    """Create a node of `name` for each row of `table` (a duplicate key fails, as in COPY)."""
    rows, names = _renamed(table)
    values = ", ".join(f"{quoted(c)}: {v}" for c, v in zip(table.column_names, names, strict=True))
    try:
        conn.execute(f"LOAD FROM $rows CREATE (n:{quoted(name)} {{{values}}})", {"rows": rows})
    except RuntimeError as exc:
        error = diagnose() or StoreVerificationError(name, "CREATE failed")
        raise error from exc


def _create_rels(
    conn: ladybug.Connection, schema: Schema, name: str, a: str, b: str, table: pa.Table
) -> None:
    """Create a rel of `name` for each row of `table`, between the nodes its ends name (a
    row whose end is not found creates nothing: the counts after the update tell)."""
    rows, names = _renamed(table)
    values = ", ".join(
        f"{quoted(c)}: {names[i]}" for i, c in enumerate(table.column_names) if i > 1
    )
    conn.execute(
        f"LOAD FROM $rows MATCH (a:{quoted(a)} {{{quoted(schema.nodes[a][1])}: v0}}) "
        f"MATCH (b:{quoted(b)} {{{quoted(schema.nodes[b][1])}: v1}}) "
        f"CREATE (a)-[r:{quoted(name)} {{{values}}}]->(b)",
        {"rows": rows},
    )
