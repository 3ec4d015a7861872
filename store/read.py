"""Reading the embedded graph store: its Meta row, read-only connections, whole tables."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import ladybug
import pyarrow as pa

from .errors import NotAStoreError, StoreError, StoreNotFoundError, StoreQueryError
from .files import MiB, has_magic
from .schema import FORMAT_NAME, META_TABLE, STORE_FORMAT, Schema, arrow_type, quoted

# --------------------------------------------------------------------------- reading

# Fewer rels than this, named by their ends, are read, set or deleted one statement each,
# found by both ends' primary keys: a LOAD FROM of their ends joins over the whole rel
# table (LadybugDB 0.22 at 100k documents: 0.4 to 1.5 s a relation, however few the rows),
# a statement that finds one rel so takes 1 to 3 ms. The same holds for the rels of a few
# nodes: a LOAD FROM of their keys joined over the rel table too.
ONE_BY_ONE = 256


@dataclass(frozen=True)
class StoreMeta:
    """The Meta row of a store."""

    schema: Schema
    schema_version: int
    built_at: dt.datetime
    """UTC, naive."""
    ladybug_version: str
    store_format: int


def arrow_result(conn: ladybug.Connection, cypher: str, params: dict[str, Any] | None) -> pa.Table:
    result = conn.execute(cypher, params or {})
    results = result if isinstance(result, list) else [result]
    try:
        return results[-1].get_as_arrow(chunk_size=-1)
    finally:
        for item in results:
            item.close()


def count_rows(conn: ladybug.Connection, schema: Schema) -> tuple[dict[str, int], dict[str, int]]:
    """The rows of every node table and of every rel table of `schema`."""

    def count(cypher: str) -> int:
        return arrow_result(conn, cypher, None).column(0)[0].as_py()

    nodes = {n: count(f"MATCH (n:{quoted(n)}) RETURN count(n)") for n in schema.nodes}
    rels = {r: count(f"MATCH ()-[e:{quoted(r)}]->() RETURN count(e)") for r in schema.rels}
    return nodes, rels


def read_meta(conn: ladybug.Connection, path: Path) -> StoreMeta:
    try:
        rows = arrow_result(
            conn,
            f"MATCH (m:{quoted(META_TABLE)}) RETURN m.format AS format, "
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

    def counts(self) -> tuple[dict[str, int], dict[str, int]]:
        """The rows of every node table and of every rel table (`count_rows`)."""
        return count_rows(self._conn, self.schema)

    def query_arrow(self, cypher: str, params: dict[str, Any] | None = None) -> pa.Table:
        """Run Cypher; the result as one Arrow table (a pyarrow.Table may be a parameter,
        e.g. ``LOAD FROM $rows ...``)."""
        try:
            return arrow_result(self._conn, cypher, params)
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
        returns = ", ".join(f"n.{quoted(c)} AS {quoted(c)}" for c, _ in columns)
        data = self.query_arrow(f"MATCH (n:{quoted(table)}) RETURN {returns}")
        arrays = []
        for (_name, kind), array in zip(columns, data.columns, strict=True):
            target = arrow_type(kind)
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
    if not has_magic(target):
        raise NotAStoreError(f"{target} is not a vanban store (not a LadybugDB file)")
    try:
        db = ladybug.Database(
            str(target),
            read_only=read_only,
            buffer_pool_size=(buffer_pool_mib or 0) * MiB,
        )
    except RuntimeError as exc:
        hint = ""
        if "recovery is pending" in str(exc):
            hint = " (open it once with read_only=False to finish the recovery, or rebuild it)"
        raise StoreError(f"cannot open {target}: {exc}{hint}") from exc
    try:
        conn = ladybug.Connection(db)
        meta = read_meta(conn, target)
    except BaseException:
        db.close()
        raise
    return Store(target, db, conn, meta, read_only)


def read_table(path: Path | str, table: str, *, sort_by_key: bool = True) -> pa.Table:
    """Read a whole node table of the store at ``path`` (see `Store.read_table`)."""
    with open_store(path) as store:
        return store.read_table(table, sort_by_key=sort_by_key)
