"""The resolver's state on disk, read a key at a time: a SQLite file with one table of
(key, pickled value) rows for each of the state's tables, and a `meta` table holding the
state's header (its small parts, read whole) and its seal (see `vanban.graph.incremental`).

An update by difference reads only the rows it asks for (`StoredTable`) and writes back
only the rows it read, set or removed, in one SQLite transaction: its cost follows the
change, not the store. One pickle of the whole state (its format before `STATE_FORMAT` 6)
took 3.4 s to read and 2.9 s to write at 10,000 documents (13 MB), more with each
document, for updates that read a few thousand of its rows.
"""

from __future__ import annotations

import contextlib
import os
import pickle
import sqlite3
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping
from multiprocessing import get_context
from multiprocessing.connection import Connection
from operator import itemgetter
from pathlib import Path
from typing import Any

_NOT_GIVEN: Any = object()


class StoredTable(dict[str, Any]):
    """A dict whose missing keys are read from a table of a state file when first asked
    for (and kept). Keys removed are remembered, so that saving removes their rows.

    Only the keys read or set are held: iterating it, or its length, is theirs alone. The
    resolver and the update only ever ask for keys; a `default` makes it a defaultdict.

    A caller that only reads a row, never changes it, may `peek` at it (or read many at
    once ahead, `peek_many`): the row is kept apart from those held, which saving compares
    with the file's (a ten-document update at 100k documents read 22,000 rows of `cited`
    to weigh co-citations and changed 10 of them)."""

    def __init__(
        self,
        read: Callable[[str], bytes | None] | None = None,
        default: Callable[[], Any] | None = None,
        read_many: Callable[[list[str]], dict[str, bytes]] | None = None,
    ) -> None:
        super().__init__()
        self._read = read
        self._read_many = read_many
        self._default = default
        self.removed: set[str] = set()
        self._absent: set[str] = set()  # asked for, and not in the file
        self.stored: dict[str, bytes] = {}  # the rows held that were read, as the file has them
        self._peeked: dict[str, tuple[Any, bytes]] = {}  # rows only read: value, file's bytes

    def _held(self, key: str) -> bool:
        if dict.__contains__(self, key):
            return True
        if self._read is None or key in self.removed or key in self._absent:
            return False
        peeked = self._peeked.pop(key, None)
        data = peeked[1] if peeked is not None else self._read(key)
        if data is None:
            self._absent.add(key)
            return False
        # a row peeked at is unpickled again: whoever peeked may hold the first value
        dict.__setitem__(self, key, pickle.loads(data))
        self.stored[key] = data
        return True

    def peek(self, key: str, default: Any = None) -> Any:
        """The value of `key` (`default` if it has none) for a caller that does not change
        it: read from the file if need be, and not held (see the class)."""
        if dict.__contains__(self, key):
            return dict.__getitem__(self, key)
        if self._read is None or key in self.removed or key in self._absent:
            return default
        if key not in self._peeked:
            self.peek_many([key])
        peeked = self._peeked.get(key)
        return default if peeked is None else peeked[0]

    def peek_many(self, keys: Iterable[str]) -> None:
        """Read the rows of `keys` not read yet, in one go, for `peek` to give."""
        if self._read is None:
            return
        wanted = [
            k
            for k in dict.fromkeys(keys)
            if not dict.__contains__(self, k)
            and k not in self._peeked
            and k not in self.removed
            and k not in self._absent
        ]
        if not wanted:
            return
        if self._read_many is not None:
            found = self._read_many(wanted)
        else:
            found = {k: data for k in wanted if (data := self._read(k)) is not None}
        for key in wanted:
            data = found.get(key)
            if data is None:
                self._absent.add(key)
            else:
                self._peeked[key] = (pickle.loads(data), data)

    def __contains__(self, key: object) -> bool:
        return isinstance(key, str) and self._held(key)

    def __missing__(self, key: str) -> Any:
        if self._held(key):
            return dict.__getitem__(self, key)
        if self._default is None:
            raise KeyError(key)
        value = self._default()
        self[key] = value
        return value

    def get(self, key: str, default: Any = None) -> Any:
        return dict.__getitem__(self, key) if self._held(key) else default

    def __setitem__(self, key: str, value: Any) -> None:
        self.removed.discard(key)
        dict.__setitem__(self, key, value)

    def __delitem__(self, key: str) -> None:
        if not self._held(key):
            raise KeyError(key)
        dict.__delitem__(self, key)
        self.removed.add(key)

    def pop(self, key: str, default: Any = _NOT_GIVEN) -> Any:
        if self._held(key):
            self.removed.add(key)
            return dict.pop(self, key)
        if default is _NOT_GIVEN:
            raise KeyError(key)
        return default

    def setdefault(self, key: str, default: Any = None) -> Any:
        if self._held(key):
            return dict.__getitem__(self, key)
        self[key] = default
        return default


# Keys asked for in one query by `StoredTable.peek_many` (SQLite allows 32,766 parameters
# since 3.32; rows read so cost about a third less than one query a key).
_KEYS_A_QUERY = 500


def peek(table: Mapping[str, Any], key: str, default: Any = None) -> Any:
    """`table.get(key, default)` for a caller that does not change the value: a
    `StoredTable` keeps it apart from the rows it saves (`StoredTable.peek`)."""
    if isinstance(table, StoredTable):
        return table.peek(key, default)
    return table.get(key, default)


def peek_many(table: Mapping[str, Any], keys: Iterable[str]) -> None:
    """Read ahead, in one go, the rows of `keys` a caller will `peek` at."""
    if isinstance(table, StoredTable):
        table.peek_many(keys)


# A family's key and a source's, joined: the rows of one family are one range of keys.
_JOIN = "\x1f"


class FamilyRows:
    """Packed values by family, then by source, kept a row each (family, source) and read
    a family at a time (one range of keys): an update writes back only the rows of the
    sources it set or removed, not each touched family's whole (at 100k documents some
    families hold 5,000 sources' parts, 2 MB). Values are bytes, written as they are."""

    def __init__(self, conn: sqlite3.Connection | None = None, name: str = "") -> None:
        self._conn, self._name = conn, name
        self._read: dict[str, dict[str, bytes]] = {}  # families read, as the file holds them
        self._set: dict[str, dict[str, bytes]] = {}  # families set since (empty: removed)

    def get(self, family: str) -> dict[str, bytes]:
        """The rows of `family` (source -> value); empty when it has none."""
        if family in self._set:
            return self._set[family]
        return self._stored(family)

    def _stored(self, family: str) -> dict[str, bytes]:
        rows = self._read.get(family)
        if rows is None:
            rows = self._read[family] = {}
            if self._conn is not None:
                low, high = family + _JOIN, family + chr(ord(_JOIN) + 1)
                query = f"SELECT k, v FROM {self._name} WHERE k > ? AND k < ?"
                for key, value in self._conn.execute(query, (low, high)):
                    rows[key[len(low) :]] = value
        return rows

    def __setitem__(self, family: str, rows: dict[str, bytes]) -> None:
        self._set[family] = rows

    def rows(self) -> Iterator[tuple[str, bytes]]:
        """Every row set (a state written whole)."""
        for family, rows in self._set.items():
            yield from ((family + _JOIN + source, value) for source, value in rows.items())

    def changes(self) -> tuple[list[tuple[str]], list[tuple[str, bytes]]]:
        """The keys of the rows to delete and the rows to write: those set that differ
        from the file's."""
        deleted, written = [], []
        for family, rows in self._set.items():
            before = self._stored(family)
            deleted += [(family + _JOIN + source,) for source in before if source not in rows]
            written += [
                (family + _JOIN + source, value)
                for source, value in rows.items()
                if before.get(source) != value
            ]
        return deleted, written


_first = itemgetter(0)  # a row's key


def _dumps(value: Any) -> bytes:
    return pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)


def journal(path: Path) -> Path:
    """SQLite's rollback journal of the file at `path` (present while it writes)."""
    return path.with_name(path.name + "-journal")


def remove(path: Path) -> None:
    """Remove the state file at `path` and its journal, if any."""
    for file in (path, journal(path)):
        with contextlib.suppress(FileNotFoundError):
            file.unlink()


def _create(conn: sqlite3.Connection, tables: Iterable[str]) -> None:
    conn.execute("CREATE TABLE meta (k TEXT PRIMARY KEY, v BLOB NOT NULL) WITHOUT ROWID")
    for name in tables:
        conn.execute(f"CREATE TABLE {name} (k TEXT PRIMARY KEY, v BLOB NOT NULL) WITHOUT ROWID")


def write_tables(
    path: Path,
    header: Any,
    tables: Mapping[str, Mapping[str, Any]],
    families: Mapping[str, FamilyRows] | None = None,
    begun: bool = False,
) -> None:
    """A new state file at `path` (replacing any) holding `header`, every row of `tables`
    and of `families`, without a seal. Written with no journal: the file is new, and only
    a seal written later (`write_seal`) makes it one to read. With `begun`, the file is
    the one a `RowsAhead` began, its tables made and some of its rows written already."""
    families = families or {}
    conn = _unjournalled(path) if begun else _new_file(path, [*tables, *families])
    try:
        conn.execute("INSERT INTO meta VALUES ('header', ?)", (_dumps(header),))
        # In the keys' order, as the families' rows below: each row is appended to its
        # table, where rows in the order of the dicts put each in a page all over the file
        # (at 100k documents, 7.9 CPU-s of SQLite and a file of 716 MB; in order, 4.3 s with
        # 1.1 s to sort, and 695 MB). The rows are the same, only their pages differ.
        for name, rows in tables.items():
            ordered = sorted(rows.items(), key=_first)
            conn.executemany(
                f"INSERT INTO {name} VALUES (?, ?)", ((k, _dumps(v)) for k, v in ordered)
            )
        for name, family_rows in families.items():  # in the keys' order: appended to the table
            conn.executemany(f"INSERT INTO {name} VALUES (?, ?)", sorted(family_rows.rows()))
        conn.execute("COMMIT")
    finally:
        conn.close()
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _new_file(path: Path, tables: list[str]) -> sqlite3.Connection:
    """A new state file at `path` (replacing any) with the `tables`, its connection in a
    transaction with no journal (`_unjournalled`)."""
    remove(path)
    conn = _unjournalled(path)
    _create(conn, tables)
    return conn


def _unjournalled(path: Path) -> sqlite3.Connection:
    """A connection to the new state file at `path`, in a transaction with no journal: the
    file is new, and only a seal written later (`write_seal`) makes it one to read."""
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA journal_mode=OFF")
    conn.execute("PRAGMA synchronous=OFF")
    conn.execute("BEGIN")
    return conn


class RowsAhead:
    """A process that writes rows of a new state file as they are final, while the load
    goes on, so that writing the state once the sources are resolved has those tables
    done: a whole load makes each source's parts (`parts.parts_of`) as it resolves it,
    final from then on, and what the resolver learns (`anchors`, `dates`, `cited`) is
    final once every source is learned, its `profiles` once every source is added; the
    process writes them on the core the resolution leaves free. Writing them after took
    about 7 of the 17 s the state took to write at 100k documents, while the store waited
    for the state's thread; and the load held the parts (0.3 GB) until then, where the
    process holds them until the resolution ends, and lets go of them once written, while
    the node tables are made.

    Made before the load reads its inputs (`start`), while its process is small: a process
    forked from a large one holds every page the larger one writes to afterwards. It
    writes nothing until `begin` names its file, and a load that does not call `begin`
    leaves no file. `finish` waits for it; `close` ends it, and removes its file unless
    finished."""

    def __init__(self) -> None:
        ctx = get_context("fork")
        self._reader, self._sender = ctx.Pipe(duplex=False)
        self._process = ctx.Process(
            target=_write_ahead, args=(self._reader, self._sender), daemon=True
        )
        self._batch: list[tuple[str, bytes]] = []
        self._path: Path | None = None
        self._table = ""
        self._finished = False
        self.tables: set[str] = set()  # the tables given whole (`add_table`)

    def start(self) -> RowsAhead:
        self._process.start()
        self._reader.close()  # the child's end
        return self

    def begin(self, path: Path, tables: list[str], table: str) -> None:
        """Make a new file at `path` with the `tables` (`write_tables` makes them so)
        and write the rows `add` is given into `table`, one of them."""
        self._path, self._table = path, table
        self._sender.send((str(path), tables))

    def add(self, source: str, rows: Mapping[str, bytes]) -> None:
        """The rows of one source (family -> value), as `FamilyRows` keeps them."""
        self._batch += [(family + _JOIN + source, value) for family, value in rows.items()]
        if len(self._batch) >= _BATCH:
            self._send()

    def add_table(self, name: str, rows: Mapping[str, Any]) -> None:
        """Every row of the table `name` (key -> value), each value pickled as
        `write_tables` pickles it: the state writes the table no more."""
        self.tables.add(name)
        items = list(rows.items())
        for at in range(0, len(items), _BATCH):
            batch = [(k, _dumps(v)) for k, v in items[at : at + _BATCH]]
            self._sender.send_bytes(_dumps((name, batch)))

    def _send(self) -> None:
        self._sender.send_bytes(_dumps((self._table, self._batch)))
        self._batch = []

    def finish(self) -> None:
        """Wait until every row given is written; raises if the process failed."""
        if self._batch:
            self._send()
        self._sender.send_bytes(b"")
        self._process.join()
        if self._process.exitcode != 0:
            raise RuntimeError(f"writing the state's rows ahead failed ({self._process.exitcode})")
        self._finished = True

    def close(self) -> None:
        if self._process.is_alive():
            self._sender.close()  # a child waiting to begin ends when it reads nothing
            self._process.join(timeout=1)
            if self._process.is_alive():
                self._process.kill()
                self._process.join()
        self._sender.close()
        if self._path is not None and not self._finished:
            remove(self._path)


_BATCH = 20_000  # rows a message to the writing process (about 8 MB of parts)


def _write_ahead(reader: Connection, sender: Connection) -> None:
    """The process of `RowsAhead`: the file, then each batch of rows, until an empty one.
    It ends, writing no more, when the load closes the pipe or dies."""
    sender.close()  # the load's end: held here too, the pipe would never close
    try:
        path, tables = reader.recv()
    except EOFError:  # closed before any file was begun
        return
    conn = _new_file(Path(path), tables)
    try:
        # The rows come in the order of the sources, each family's all over its table:
        # inserted so, each split a page somewhere in the table (6.5 CPU-s in this
        # process at 100k documents, against 2.5 to sort them and insert them in order).
        # They are held until the last, then written in the keys' order, table by table.
        rows: dict[str, list[tuple[str, bytes]]] = {}
        while message := reader.recv_bytes():
            table, batch = pickle.loads(message)
            rows.setdefault(table, []).extend(batch)
        for table in tables:
            of_table = rows.pop(table, [])
            of_table.sort(key=_first)
            conn.executemany(f"INSERT INTO {table} VALUES (?, ?)", of_table)
        conn.execute("COMMIT")
    except EOFError:  # the load failed or was killed: it removes the file, or the next does
        pass
    finally:
        conn.close()


def write_seal(path: Path, seal: Any) -> None:
    """Seal the state file at `path` (in place, in one transaction)."""
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        conn.execute("INSERT OR REPLACE INTO meta VALUES ('seal', ?)", (_dumps(seal),))
    finally:
        conn.close()


class StateFile:
    """An open state file: its header and seal, and its tables read a key at a time."""

    def __init__(self, path: Path) -> None:
        if not path.is_file():
            raise FileNotFoundError(path)
        # rw, never create; one connection, used by the thread that resolves and saves
        self.conn = sqlite3.connect(
            f"file:{path}?mode=rw", uri=True, isolation_level=None, check_same_thread=False
        )
        try:
            meta = dict(self.conn.execute("SELECT k, v FROM meta"))
            self.header = pickle.loads(meta["header"])
            self.seal = pickle.loads(meta["seal"]) if "seal" in meta else None
        except BaseException:
            self.conn.close()
            raise

    def table(self, name: str, default: Callable[[], Any] | None = None) -> StoredTable:
        query = f"SELECT v FROM {name} WHERE k = ?"

        def read(key: str) -> bytes | None:
            row = self.conn.execute(query, (key,)).fetchone()
            return None if row is None else row[0]

        def read_many(keys: list[str]) -> dict[str, bytes]:
            found: dict[str, bytes] = {}
            for start in range(0, len(keys), _KEYS_A_QUERY):
                some = keys[start : start + _KEYS_A_QUERY]
                marks = ", ".join("?" * len(some))
                found.update(
                    self.conn.execute(f"SELECT k, v FROM {name} WHERE k IN ({marks})", some)
                )
            return found

        return StoredTable(read, default, read_many)

    def family_rows(self, name: str) -> FamilyRows:
        return FamilyRows(self.conn, name)

    def save(
        self,
        header: Any,
        seal: Any,
        tables: Mapping[str, StoredTable],
        families: Mapping[str, FamilyRows] | None = None,
    ) -> None:
        """Write back, in one transaction, the rows `tables` and `families` read, set or
        removed, the header and the seal; then close the file."""
        try:
            self.conn.execute("BEGIN IMMEDIATE")
            try:
                for name, rows in tables.items():
                    self.conn.executemany(
                        f"DELETE FROM {name} WHERE k = ?", ((k,) for k in rows.removed)
                    )
                    self.conn.executemany(
                        f"INSERT OR REPLACE INTO {name} VALUES (?, ?)", _changed(rows)
                    )
                for name, family_rows in (families or {}).items():
                    deleted, written = family_rows.changes()
                    self.conn.executemany(f"DELETE FROM {name} WHERE k = ?", deleted)
                    self.conn.executemany(f"INSERT OR REPLACE INTO {name} VALUES (?, ?)", written)
                meta = [("header", _dumps(header)), ("seal", _dumps(seal))]
                self.conn.executemany("INSERT OR REPLACE INTO meta VALUES (?, ?)", meta)
                self.conn.execute("COMMIT")
            except BaseException:
                self.conn.execute("ROLLBACK")
                raise
        finally:
            self.close()

    def close(self) -> None:
        self.conn.close()


def _changed(rows: StoredTable) -> Iterator[tuple[str, bytes]]:
    """The rows of `rows` to write: those set, and those read that hold another value now.

    Most rows an update reads come out as they were (the tables of the sources resolved
    again, which mostly resolve as before): writing them back rewrote their pages and
    journalled them. The values are compared, not their pickles: a set pickles in the
    order of its table, which a process's string hashes decide, so most rows that hold
    what they held pickle to other bytes (23,000 of 29,000 in a ten-document update at
    100k documents), and pickling each row to compare it cost more than the comparison."""
    for key, value in rows.items():
        before = rows.stored.get(key)
        if before is not None and _same(pickle.loads(before), value):
            continue
        yield key, _dumps(value)


def _same(before: Any, now: Any) -> bool:
    """Whether a row read holds what it holds now: of one type, and equal (a Counter as a
    dict: Counter's own equality takes a missing key for a zero)."""
    if type(before) is not type(now):
        return False
    if isinstance(now, Counter):
        return dict.__eq__(before, now)
    return bool(before == now)
