"""`vanban load`: read, extract, resolve and store, leaving the old store whole on failure.

The store keeps every source's facts. A new load re-reads the inputs given, reuses the
facts of sources whose text has not changed, replaces those of changed ones and keeps the
other sources already stored.

A load costs what changed. The resolver's state (`vanban.graph.incremental`) is kept
beside the store, in ``<store>.state``, stamped with the store file it belongs to. With it,
a load re-resolves only the sources that share a number's family with a new, changed or
dropped source, unpacking only their stored facts, and updates a copy of the store by the
difference (`vanban.store.build.update_store`), which replaces the store once verified
(a small change is only written to the store's write-ahead log, which replaces its log).
The rule, and why it gives the store a load of everything at once gives, are in
`vanban.graph.incremental`. Everything is resolved again, and the store built whole
(`vanban.store.build.build_store`), on a first load, when the state is missing or belongs
to another build of the store, when the facts version changed, and when the store has a
corrections file.

Crash safety: the store is only ever replaced by a verified new file. The state is
written after the swap; a crash between the two leaves a state whose stamp no longer
matches the store, so the next load resolves everything (and writes a fitting state).

The inputs are texts (read and extracted here, on all cores) or facts folders written by
`vanban extract --facts` (see `vanban.facts_files`): both give the same store. Facts are
read straight from their columns into the plain view the resolver reads, and packed for
the Source table by worker processes (the extraction's, or for a facts folder a pool
started beside the read) while this process resolves; the cycle collector is paused for
the whole load.

The whole load holds the store's build lock, from reading the stored sources to the
swap: a second load of the same store started meanwhile is refused instead of building
from stale sources and dropping the first one's.
"""

from __future__ import annotations

import contextlib
import os
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import chain
from multiprocessing import get_context
from pathlib import Path
from typing import Any

import pyarrow as pa

from .batch import die_with_parent, input_files, map_sources, prepare_extraction
from .extract.facts import FACTS_VERSION
from .facts_files import FactsError, manifest, read_plain_facts, read_plain_part
from .graph.collector import collector_paused
from .graph.corrections import Corrections, corrections_path, read_corrections
from .graph.incremental import (
    Change,
    ResolverState,
    RowsAhead,
    begin_state_ahead,
    close_state,
    edges_to_read,
    empty_state,
    let_go_tables,
    merge_edges,
    note_edges,
    read_state,
    remove_state,
    resolve_changes,
    save_state,
    seal_state,
    state_part,
    write_state_body,
)
from .graph.model import Document, Edge, Graph, Unresolved
from .graph.resolve import build_graph
from .heap import give_back_free_memory
from .loaders import Skipped, Source, read_path
from .store import build_lock, build_store, open_store, store_path
from .store.build import CopyAhead, RelEnds, copy_ahead, update_store
from .store.files import remove_file, remove_leftovers, store_stamp
from .store.graph_tables import (
    SCHEMA,
    UNRESOLVED_COLUMNS,
    EdgeIds,
    document_dates_of,
    documents_of,
    edges_by_relation,
    edges_of_keys,
    evidence_count,
    evidence_ids_around,
    graph_tables,
    issued_by_of,
    next_evidence_id,
    node_table,
    node_tables,
    pack_all,
    pack_facts,
    packed_facts_of,
    rel_table,
    source_index,
    source_row,
    unpack_facts,
    unresolved_of,
    unresolved_row,
)
from .store.read import Store

# Canonical path -> id of the source already stored under it. Set before the worker pool
# starts, so forked workers inherit it instead of receiving a copy with every task.
_known: dict[str, str] = {}


@lru_cache(maxsize=4096)
def _real(path: str) -> str:
    return os.path.realpath(path)


def _real_file(path: str) -> str:
    """`os.path.realpath` of a file, its folder's resolved once (`_real`): a load spells
    every stored source's path canonically, and resolving each whole path walked every
    folder above it (0.3 s CPU at 10k sources, a stat a folder and a file)."""
    head, name = os.path.split(path)
    if not head or name in ("", ".", "..") or os.path.islink(path):
        return _real(path)
    return os.path.join(_real(head), name)


def canonical_path(path: str) -> str:
    """One spelling for every way of naming a file: absolute, symlinks followed. A line of
    a `.jsonl` file (``file.jsonl:12``) keeps its line number after the file's path.

    Loading the same files by a relative path, an absolute one or through a symlink is
    then an unchanged reload, and a source keeps one path, not one per spelling."""
    if not os.path.lexists(path):
        file, line = _line_of(path)
        if line and os.path.lexists(file):
            return f"{_real(file)}:{line}"
        return path  # gone since it was stored: compared as written
    return _real_file(path)


def _line_of(path: str) -> tuple[str, str]:
    """A stored path's file and line, for a line of a `.jsonl` file ("file.jsonl:12" gives
    ("file.jsonl", "12")); the path itself and "" for any other."""
    file, colon, line = path.rpartition(":")
    return (file, line) if colon and line.isdigit() else (path, "")


# A folder holding this many of the paths `canonical_paths` is given is listed once.
_LISTED_FROM = 16


def canonical_paths(paths: Iterable[str]) -> dict[str, str]:
    """`canonical_path` of each of `paths`, the same spellings, reading each folder that
    holds many of them once: a load spells every stored source's path canonically, and a
    stored `.jsonl` line asked the file system twice whether its path exists (once as a
    file named "file.jsonl:12", which raises in Python), 1.6 s of a ten-document update of
    a 100k store. A folder's listing answers both questions, and whether a file is a link."""
    out: dict[str, str] = {}
    by_folder: dict[str, list[tuple[str, str]]] = {}
    for path in paths:
        head, name = os.path.split(path)
        if head and name not in ("", ".", ".."):
            by_folder.setdefault(head, []).append((path, name))
        else:
            out[path] = canonical_path(path)
    for head, named in by_folder.items():
        entries = _listing(head) if len(named) >= _LISTED_FROM else None
        if entries is None:
            out.update((path, canonical_path(path)) for path, _name in named)
            continue
        real_head = _real(head)
        real_files: dict[str, str] = {}  # a file's real path, once for all its lines
        for path, name in named:
            link = entries.get(name)
            if link is not None:  # a file there: `_real_file`, its link status known
                out[path] = _real(path) if link else os.path.join(real_head, name)
                continue
            stem, line = _line_of(name)
            if line and stem and stem in entries:  # a line of a file there
                real = real_files.get(stem)
                if real is None:
                    real = real_files[stem] = _real(os.path.join(head, stem))
                out[path] = f"{real}:{line}"
            else:  # the listing is not all of the answer (say, "a:1/b"): asked as it is
                out[path] = canonical_path(path)
    return out


def _listing(folder: str) -> dict[str, bool] | None:
    """The names in `folder`, each with whether it is a symbolic link (None if it cannot
    be listed)."""
    try:
        with os.scandir(folder) as entries:
            return {entry.name: entry.is_symlink() for entry in entries}
    except OSError:
        return None


@dataclass
class LoadReport:
    sources_read: int = 0
    unchanged: int = 0
    new: int = 0
    changed: int = 0
    kept: int = 0  # stored before, not among this load's inputs
    skipped: list[Skipped] = field(default_factory=list)
    documents: int = 0
    organisations: int = 0
    edges: Counter[str] = field(default_factory=Counter)
    unresolved: int = 0
    resolution: dict[str, int] = field(default_factory=dict)
    # An update by difference: the number families it touched and the sources it resolved
    # again (new ones included); None when the load resolved everything.
    touched: int | None = None
    resolved: int | None = None
    # What an update by difference wrote: "created", "set" and "deleted" rows by table
    # (rels under their relation), e.g. "created Source"; empty after a whole load.
    written: Counter[str] = field(default_factory=Counter)
    # The rels (ISSUED_BY but) an update by difference read back: those it changes.
    edges_read: int | None = None
    # Where the time went: "read" (stored sources, then inputs read and extracted or facts
    # read), "resolve", "tables", and the store's build steps as `build_store` reports them
    # ("store_prepare", "store_copy", ..., "store_total"), and "state_read" and
    # "state_write" for the resolver's state kept beside the store.
    seconds: dict[str, float] = field(default_factory=dict)


Facts = dict[str, Any]
"""A source's facts in the plain view the resolver reads and the store packs
(`SourceFacts.to_dict`)."""


@dataclass
class _Read:
    """A new or changed source's facts, and their packed text when a worker made it."""

    facts: Facts
    packed: str | None = None


Item = _Read | tuple[str, str] | Skipped
"""What a load takes from its inputs: a source's facts, ("unchanged", path) for a source
stored before with the same text, or an input skipped."""


def _stored_unchanged(path: str, source_id: str) -> bool:
    """Whether the store holds this source already: the same text (`source_id`) under the
    same path (`_known`, set before the load reads its inputs)."""
    return bool(_known) and _known.get(canonical_path(path)) == source_id


def _facts_or_unchanged(source: Source) -> Item:
    """The facts of a new or changed source; a source that breaks extraction is skipped
    with the error, so that it never costs the other sources their load."""
    if _stored_unchanged(source.path, source.id):
        return ("unchanged", source.path)
    return _facts_of(source)


def _facts_of(source: Source) -> _Read | Skipped:
    """`_facts_or_unchanged` without asking whether the source is stored already."""
    # imported here: a load from facts reads no text (with several jobs the load imports
    # it before the workers start, `prepare_extraction`)
    from .extract.read_facts import facts_or_skipped

    found = facts_or_skipped(source)
    if isinstance(found, Skipped):
        return found
    # made plain, and packed for the store, in the worker: the load holds one view of
    # each source's facts, and packing them is no work for the load's own process
    plain = found.to_dict()
    return _Read(plain, pack_facts(plain))


# Texts up to this many bytes in all are read and extracted by one process forked as the
# load begins (`_read_early`), while the load reads its store: an update of a few new
# documents, where making the extraction's patterns (0.65 CPU-seconds) and reading the
# stored sources (0.6 at 100k documents) came one after the other. More text is read by
# a pool of every core, once the stored sources are known (`map_sources`): one process
# extracts about 1.4 MB a second, so a megabyte loses less to the second core than the
# overlap gains.
EARLY_BYTES = 1 << 20


def _few_files(paths: list[str | Path]) -> list[Path | Skipped] | None:
    """The input files under `paths` (`input_files`) if they hold at most `EARLY_BYTES`
    in all, else None (the listing stops there)."""
    files: list[Path | Skipped] = []
    size = 0
    for item in input_files(paths):
        if isinstance(item, Path):
            with contextlib.suppress(OSError):
                size += item.stat().st_size
            if size > EARLY_BYTES:
                return None
        files.append(item)
    return files


def _read_files(files: list[Path | Skipped]) -> list[list[_Read | Skipped]]:
    """In the early process: the items of each of `files`, read and extracted
    (`_facts_of`): whether a source is stored already is asked by the load, which
    learns it meanwhile."""
    return [
        [item] if isinstance(item, Skipped) else [
            found if isinstance(found, Skipped) else _facts_of(found) for found in read_path(item)
        ]
        for item in files
    ]  # fmt: skip


Early = Callable[[Callable[[Path], None] | None], Iterator[Item]]
"""The items of the texts a process read early (`_read_early`), given `on_file`."""


@contextlib.contextmanager
def _read_early(paths: list[str | Path], jobs: int | None) -> Iterator[Early | None]:
    """With several jobs and few texts (`_few_files`), a process forked now reads and
    extracts them while the load reads its store; yields the call that gives their items
    in the order `map_sources` gives them, a stored source with the same text and path
    as ("unchanged", path), as `_facts_or_unchanged` does (`_known` is set by then). None
    otherwise: the load reads them itself, once the stored sources are known."""
    files = _few_files(paths) if paths and (jobs or os.cpu_count() or 1) > 1 else None
    if not files:
        yield None
        return
    ctx = get_context("fork" if os.name == "posix" else "spawn")
    with ctx.Pool(1, initializer=die_with_parent, initargs=(os.getpid(),)) as pool:
        read = pool.apply_async(_read_files, (files,))

        def items(on_file: Callable[[Path], None] | None) -> Iterator[Item]:
            done = read.get()
            pool.terminate()  # its threads here are let go with it
            for file, found in zip(files, done, strict=True):
                for item in found:
                    if isinstance(item, _Read):
                        source = item.facts["source"]
                        if _stored_unchanged(source["path"], source["id"]):
                            yield ("unchanged", source["path"])
                            continue
                    yield item
                if on_file and isinstance(file, Path):
                    on_file(file)

        yield items


def _packed_part(folder: str, part: int) -> list[tuple[str, str, str]]:
    """(id, path, packed facts) of every source of one part of a facts folder (a worker's
    task): the same id under two paths is two sources' facts, told apart by the path."""
    return [
        (item["source"]["id"], item["source"]["path"], pack_facts(item))
        for item in read_plain_part(folder, part)
        if isinstance(item, dict)
    ]


Packed = Callable[[], dict[tuple[str, str], str]]


@contextlib.contextmanager
def _packing(folders: list[str | Path], jobs: int | None) -> Iterator[Packed | None]:
    """Worker processes packing the facts of `folders` for the Source table while this
    process reads and resolves them; yields the call that waits for their work: the packed
    facts by source id and path. Packing is about a third of
    a load from facts that no other step needs (measured at 30k documents: 8-10 of 65 CPU
    seconds). With one job, or no folders, nothing is packed ahead (None: the load packs)."""
    jobs = jobs or os.cpu_count() or 1
    if jobs == 1 or not folders:
        yield None
        return
    tasks = [(str(f), part) for f in folders for part in manifest(f)["parts"]]
    ctx = get_context("fork" if os.name == "posix" else "spawn")
    # one process fewer than the jobs: this one resolves meanwhile
    with ctx.Pool(max(1, jobs - 1), initializer=die_with_parent, initargs=(os.getpid(),)) as pool:
        results = [pool.apply_async(_packed_part, task) for task in tasks]

        def packed() -> dict[tuple[str, str], str]:
            done: dict[tuple[str, str], str] = {}
            results.reverse()
            while results:  # each worker's result let go once read: the texts are in `done`
                done.update(((i, path), text) for i, path, text in results.pop().get())
            return done

        yield packed


def _from_facts_folders(
    folders: list[str | Path], on_file: Callable[[Path], None] | None
) -> Iterator[Item]:
    """The items of facts folders; a source stored before with the same text and path
    keeps its stored facts, as when it is loaded from its text."""
    for folder in folders:
        for item in read_plain_facts(folder):
            if isinstance(item, Skipped):
                yield item
            elif _stored_unchanged(item["source"]["path"], item["source"]["id"]):
                yield ("unchanged", item["source"]["path"])
            else:
                yield _Read(item)
        if on_file:
            on_file(Path(folder))


def _ready(
    new: dict[str, Facts], packed: dict[str, str], ahead: Packed | None, let_go: bool
) -> Callable[[], dict[str, str]]:
    """The call that gives the packed facts of every source in `new`: those the workers
    packed, the others packed here. Called once the sources are resolved, so that the
    workers pack meanwhile. With `let_go` the resolution emptied the facts' records, so
    none is left to pack here."""

    def ready() -> dict[str, str]:
        done = ahead() if ahead is not None and any(i not in packed for i in new) else {}
        for i, f in new.items():
            if i not in packed and (i, f["source"]["path"]) in done:
                packed[i] = done[(i, f["source"]["path"])]
        missing = [i for i in new if i not in packed]
        if missing and let_go:
            raise RuntimeError(f"the facts of {missing[0]} were let go before they were packed")
        packed.update(zip(missing, pack_all(new[i] for i in missing), strict=True))
        return packed

    return ready


class OutdatedSourcesError(Exception):
    """Sources of the store were stored by another version of vanban's facts and their
    inputs cannot be read again; the message names them and says what to do."""


def inputs_again(rows: list[dict[str, Any]], canonical: dict[str, str], db: Path) -> list[str]:
    """The input files to read again for the stored sources `rows` (a `.jsonl` line's
    file, once). Raises `OutdatedSourcesError`, before anything is written, when some
    source has no input left to read: rather than drop it unsaid."""
    files: set[str] = set()
    gone: list[str] = []
    for row in rows:
        found = next(filter(None, (_input_file(canonical[p]) for p in row["paths"])), None)
        if found is None:
            gone.append(row["paths"][0] if row["paths"] else row["id"])
        else:
            files.add(found)
    if gone:
        shown = ", ".join(gone[:3]) + (f" and {len(gone) - 3} more" if len(gone) > 3 else "")
        raise OutdatedSourcesError(
            f"{len(gone)} source(s) of {db} were stored by an older version of vanban and "
            f"their inputs are gone ({shown}): give them to this load again (their texts, "
            "or a facts folder extracted by this version), or build a new store"
        )
    return sorted(files)


def _input_file(path: str) -> str | None:
    """The file a stored (canonical) path reads from, if it is there: the path itself, or
    the `.jsonl` file of a line (``file.jsonl:12``)."""
    if os.path.isfile(path):
        return path
    file, line = _line_of(path)
    return file if line and os.path.isfile(file) else None


def stored_index(store: Store | None) -> tuple[list[dict[str, Any]], bool]:
    """The Source rows of an existing store without their facts (none if there is no store
    yet): the facts are unpacked only for the sources a load resolves again; and whether
    the store is of this version's layout (a store of another is only ever built whole)."""
    if store is None:
        return [], False
    return source_index(store), store.schema.to_json() == SCHEMA.to_json()


@contextlib.contextmanager
def _opened(db: Path) -> Iterator[Store | None]:
    """The store at `db` (None if there is none yet), opened once for all the load reads
    of it: its sources (`stored_index`), then in an update what the change replaces
    (`_load_change`). Each opening replays the store's write-ahead log (0.2 s CPU at 100k
    documents once an update has left one), and the update opened it again after its
    inputs were read, on its way to resolving. Closed by the load before it writes."""
    if not db.exists():
        yield None
        return
    store = open_store(db)
    try:
        yield store
    finally:
        store.close()  # (a second close does nothing)


def buffer_pool_mib() -> int:
    """A quarter of the machine's memory for LadybugDB while it builds (1 to 8 GiB).

    Measured here: with 1 GiB, the checkpoint after copying the Source table of a
    100k-document load failed ("the buffer pool is full and no memory could be freed")."""
    try:
        total = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") // (1 << 20)
    except (ValueError, OSError, AttributeError):
        return 1024
    return max(1024, min(8192, total // 4))


def count_sources(paths: Iterable[str | Path], facts: Iterable[str | Path] = ()) -> int:
    """How many sources a load will meet: a `.jsonl` file holds one a non-empty line, any
    other file one, a facts folder as many as its manifest says (for a progress bar)."""
    total = 0
    for item in input_files(paths):
        if not isinstance(item, Path):
            continue
        if item.suffix.lower() == ".jsonl":
            try:
                with item.open("rb") as lines:
                    total += sum(1 for line in lines if line.strip())
            except OSError:
                total += 1  # reported as skipped by the load itself
        else:
            total += 1
    for folder in facts:
        with contextlib.suppress(FactsError):  # the load refuses the folder, with the reason
            total += int(manifest(folder).get("sources", 0))
    return total


def load(
    paths: Iterable[str | Path],
    db: str | Path,
    jobs: int | None = None,
    on_file: Callable[[Path], None] | None = None,
    on_step: Callable[[str, int], None] | None = None,
    facts: Iterable[str | Path] = (),
    on_source: Callable[[], None] | None = None,
    keep_graph: bool = True,
) -> tuple[LoadReport, Graph]:
    """Load the texts under `paths` and the facts folders `facts` into the store `db`.

    `on_file` is told of each file (or facts folder) read, `on_source` of each source
    (a record of a `.jsonl` file is one; see `count_sources`). A facts folder that is
    incomplete or of another facts version raises `FactsError` before the store is
    touched.

    The graph returned is the whole graph when the load resolved everything; after an
    update by difference it holds the unresolved cases of the sources the update resolved
    (`report.unresolved` counts the store's), the warnings and the figures of the whole
    store (its documents, edges and other cases stay in the store: read them from there).

    Without `keep_graph` (the command line, which reads only the report, the cases and the
    warnings), a whole load lets go of the graph's documents, organisations and edges once
    the store holds them, before the last and largest COPY (the Source table's): the graph
    returned then holds only its cases, warnings and figures."""
    db = store_path(db)
    folders = list(facts)
    for folder in folders:
        manifest(folder)  # refused before anything is read or locked
    # The collector is paused for the load: it builds millions of small containers that
    # hold no garbage cycle (facts, resolver tables, graph, rows), and every full
    # collection walked them all (measured at 10k documents: 16 full collections, 22 s of
    # a 79 s load, more per document as the corpus grows).
    given = list(paths)
    with (
        build_lock(db),
        collector_paused(),
        _read_early(given, jobs) as early,
        _opened(db) as store,
    ):
        return _load_locked(
            given, folders, db, jobs, on_file, on_step, on_source, early, store, keep_graph
        )


def _load_locked(
    paths: list[str | Path],
    folders: list[str | Path],
    db: Path,
    jobs: int | None,
    on_file: Callable[[Path], None] | None,
    on_step: Callable[[str, int], None] | None,
    on_source: Callable[[], None] | None = None,
    early: Early | None = None,
    store: Store | None = None,
    keep_graph: bool = True,
) -> tuple[LoadReport, Graph]:
    """`load`, under the store's build lock; `store` is the store at `db` opened for
    reading (`_opened`), if there is one."""
    global _known
    _real.cache_clear()  # a symlink may point elsewhere since the last load of this process
    report = LoadReport()
    started = time.perf_counter()
    if db.parent.exists():  # a killed load's copy goes, even when this one writes nothing
        remove_leftovers(db)
    old_rows, same_layout = stored_index(store)
    by_id = {row["id"]: row for row in old_rows}
    current = [row for row in old_rows if row.get("facts_version") == FACTS_VERSION]
    # Facts stored by another version are read again, as if their source had changed:
    # from the inputs given, else from their own (`inputs_again`).
    # each stored path spelled canonically once (a stat or two a path; it was asked three
    # times a path, 300,000 times at 100k documents)
    canonical = canonical_paths(p for row in old_rows for p in row["paths"])
    _known = {canonical[p]: row["id"] for row in current for p in row["paths"]}
    old_paths = set(canonical.values())
    new: dict[str, Facts] = {}  # sources read from their text or a facts folder
    packed: dict[str, str] = {}  # their facts packed for the store, where a worker did
    # id -> canonical path -> the spelling stored (the latest load's)
    paths_of: dict[str, dict[str, str]] = {}
    seen_paths: set[str] = set()  # canonical
    # (id, or None for an unchanged source; path) of each source taken, in order, until
    # their paths are spelled all at once (`spell_taken`)
    taken: list[tuple[str | None, str]] = []
    with _packing(folders, jobs) as packed_ahead, _rows_ahead(jobs) as rows_ahead:
        items: Iterator[Item] = _from_facts_folders(folders, on_file)
        if early is not None:
            items = chain(items, early(on_file))
        elif paths:
            texts = map_sources(paths, _facts_or_unchanged, jobs, on_file, prepare_extraction)
            items = chain(items, texts)

        def take(item: Item) -> None:
            if on_source:
                on_source()
            if isinstance(item, Skipped):
                report.skipped.append(item)
                return
            report.sources_read += 1
            if isinstance(item, tuple):
                taken.append((None, item[1]))
                report.unchanged += 1
            else:
                path, source_id = item.facts["source"]["path"], item.facts["source"]["id"]
                new[source_id] = item.facts  # the same text under a new path too: its path is new
                packed.pop(source_id, None)  # a source given again: the last one's, as `new`
                if item.packed is not None:
                    packed[source_id] = item.packed
                taken.append((source_id, path))

        def spell_taken() -> None:
            """The paths of the sources taken, spelled canonically all at once (a folder
            holding many of them listed once, `canonical_paths`: asked one by one, a
            `.jsonl` line's path cost two stats, one of them failing, 200k at 100k
            documents from facts), in the order taken."""
            spelled_as = canonical_paths(path for _, path in taken)
            for source_id, path in taken:
                spelled = spelled_as[path]
                if source_id is None:  # unchanged: stored under that path
                    source_id = _known[spelled]
                elif spelled in old_paths:
                    report.changed += 1
                else:
                    report.new += 1
                seen_paths.add(spelled)
                paths_of.setdefault(source_id, {})[spelled] = path
            taken.clear()

        for item in items:
            take(item)
        spell_taken()
        # Sources stored by another facts version and not given now are read again from
        # their inputs: kept as they were, they could not be resolved with the rest, and
        # left out, they were dropped from the store unsaid by the next load of any file.
        outdated = [
            row
            for row in old_rows
            if row.get("facts_version") != FACTS_VERSION
            and row["id"] not in paths_of
            and not any(canonical[p] in seen_paths for p in row["paths"])
        ]
        again = inputs_again(outdated, canonical, db)
        if again:
            for item in map_sources(again, _facts_or_unchanged, jobs, on_file, prepare_extraction):
                take(item)
            spell_taken()
        paths_now = _paths_now(paths_of, current, canonical, seen_paths, new, report)
        report.seconds["read"] = time.perf_counter() - started
        corrections = read_corrections(corrections_path(db))
        mark = time.perf_counter()
        state = None if corrections.entries or not same_layout else _state_of(db)
        report.seconds["state_read"] = time.perf_counter() - mark
        if state is not None and db.stat().st_size > COMPACT_FACTOR * state.whole_size:
            close_state(state)
            state = None  # updates have grown the file: build it whole again (see COMPACT_FACTOR)
        # a whole load lets go of each source's records once resolved, when none is left
        # to pack after: the workers pack the folders' sources, the texts' came packed
        let_go = state is None and (packed_ahead is not None or all(i in packed for i in new))
        packed_new = _ready(new, packed, packed_ahead, let_go)
        if state is None:
            if store is not None:
                store.close()  # read no more: `_load_whole` reads the facts it needs itself
            graph = _load_whole(
                db,
                report,
                new,
                packed_new,
                paths_now,
                corrections,
                on_step,
                let_go,
                rows_ahead,
                keep_graph,
            )
        else:
            # The copy of the store its update by log makes, made while the change is
            # resolved (`CopyAhead`): when sources are new, changed or dropped, it will
            # most likely write.
            changing = bool(new) or any(i not in paths_now for i in by_id)
            ahead = copy_ahead(db) if changing else None
            assert store is not None  # (a state is only read beside a store)
            try:
                with ahead or contextlib.nullcontext():
                    graph = _load_change(
                        db, store, report, new, packed_new, paths_now, by_id, state, on_step, ahead
                    )
            finally:
                close_state(state)  # unsaved when the update failed: the file stays as it was
    report.documents = len(graph.documents) or report.documents
    report.organisations = len(graph.organisations) or report.organisations
    report.edges = report.edges or Counter(e.relation for e in graph.edges.values())
    if report.touched is None:  # an update counted the store's cases already
        report.unresolved = len(graph.unresolved)
    report.resolution = graph.resolution
    return report, graph


def _paths_now(
    paths_of: dict[str, dict[str, str]],
    current: list[dict[str, Any]],
    canonical: dict[str, str],
    seen_paths: set[str],
    new: dict[str, Facts],
    report: LoadReport,
) -> dict[str, list[str]]:
    """The paths of every source after this load, by id (sorted): those the inputs gave
    (`paths_of`, in the order taken), then those the stored sources `current` keep, in
    their order: a stored path not given again stays (`report.kept` counts the sources
    that keep one and are not among the `new` facts read).

    Most stored sources, at scale, have one path, not given again: they keep it as it is,
    without the mapping of spellings made for the others (it cost 0.25 s of a
    ten-document update at 100k documents)."""
    paths_now = {i: sorted(set(p.values())) for i, p in paths_of.items()}
    for row in current:  # sources loaded earlier from other inputs stay
        source_id, paths = row["id"], row["paths"]
        if len(paths) == 1 and source_id not in paths_of:
            if canonical[paths[0]] not in seen_paths:
                paths_now[source_id] = [paths[0]]
                report.kept += 1  # (not read again: it is not in `paths_of`)
            continue
        kept = {canonical[p]: p for p in paths}
        kept = {c: p for c, p in kept.items() if c not in seen_paths}
        if kept:
            given = paths_of.setdefault(source_id, {})
            for c, p in kept.items():
                given.setdefault(c, p)
            paths_now[source_id] = sorted(set(given.values()))
            if source_id not in new:
                report.kept += 1
    return paths_now


# An update by difference leaves the pages it replaced in the file (LadybugDB 0.22 measured
# here: a 113 MiB store of 10k documents grew to 211, 233 and 257 MiB over three updates of
# 10 documents). Once the file is this many times the size of its last whole build, the
# next load builds it whole again, which bounds the file and costs one full load in several.
COMPACT_FACTOR = 3.0


def state_path(db: Path) -> Path:
    """Where the resolver's state of the store `db` is kept between loads."""
    return db.with_name(db.name + ".state")


def _state_of(db: Path) -> ResolverState | None:
    """The resolver's state of the store as it is now, if it has one that belongs to it."""
    if not db.exists():
        return None
    return read_state(state_path(db), FACTS_VERSION, store_stamp(db))


def _keep_state(
    db: Path, state: ResolverState | None, report: LoadReport, written: Future[None] | None = None
) -> None:
    """Write `state` for the store just swapped in (or remove a state that no longer fits);
    `written`, when given, is the writing of its body begun while the store was built, and
    only the seal is left to write. A state read from the file is saved in place: only
    the rows it read, set or removed, and its new seal."""
    if state is None:
        remove_state(state_path(db))
        return
    mark = time.perf_counter()
    state.stamp = store_stamp(db)
    state.whole_size = state.whole_size or db.stat().st_size
    if written is None:
        save_state(state, state_path(db))
    else:
        written.result()
        seal_state(state_path(db), state.stamp, state.whole_size)
    report.seconds["state_write"] = time.perf_counter() - mark


def _load_whole(
    db: Path,
    report: LoadReport,
    new: dict[str, Facts],
    packed_new: Callable[[], dict[str, str]],
    paths_now: dict[str, list[str]],
    corrections: Corrections,
    on_step: Callable[[str, int], None] | None,
    let_go: bool = False,
    rows_ahead: RowsAhead | None = None,
    keep_graph: bool = True,
) -> Graph:
    """Resolve every source and build the whole store (a first load, after a change of
    facts version or state, or with corrections). With `let_go`, each source's records
    are let go once resolved (`resolve_changes`): their packed facts are made already.
    With `rows_ahead`, the state's parts and the resolver's tables are written by its
    process as they are made."""
    mark = time.perf_counter()
    stored = [i for i in paths_now if i not in new]
    packed: dict[str, str] = {}
    if stored:
        with open_store(db) as store:
            packed = packed_facts_of(store, stored)
    # the plain view the resolver reads (`SourceFacts.to_dict`): stored facts unpack to it
    facts = {i: unpack_facts(packed[i]) for i in stored}
    facts.update(new)
    report.seconds["read"] += time.perf_counter() - mark
    mark = time.perf_counter()
    state: ResolverState | None = None
    resolved: set[str] = set()
    if corrections.entries:
        graph = build_graph(facts.values(), corrections)
    else:
        if rows_ahead is not None:
            begin_state_ahead(rows_ahead, state_path(db))
        change = resolve_changes(
            empty_state(FACTS_VERSION),
            facts,
            set(),
            lambda _ids: {},
            lambda _keys: {},
            let_go=let_go,
            ahead=rows_ahead,
        )
        graph, state, resolved = change.graph, change.state, change.resolved
        graph.resolution = state.stats()
        graph.warnings = state.warnings()
    report.seconds["resolve"] = time.perf_counter() - mark
    mark = time.perf_counter()
    # facts stored before are kept packed as they were; the new ones' are ready by now
    ready = packed_new()
    packed.update(ready)
    rows = [
        source_row(
            {"source": f["source"], "version": f["version"]},
            paths_now[i],
            graph.sources.get(i),
            packed[i],
        )
        for i, f in facts.items()
    ]
    # The facts are in the rows now: let them go before the tables and the build (a
    # third of a load's memory), the caller's `new` too, which it reads no more; and
    # the packed texts once in the Source table (at 100k documents, 0.3 GB).
    del facts
    new.clear()
    ready.clear()
    # Arrow takes the tables from a pool of its own (mimalloc), which does not reuse the
    # pages the C heap holds free: given back first, what the facts and the resolution
    # freed does not stand beside the tables (it did at 100k documents: the load's peak)
    give_back_free_memory()
    nodes = node_tables(graph, rows)
    del rows
    packed.clear()
    # what the facts and the resolver's tables held is free now: given back before
    # LadybugDB and Arrow, which do not reuse it, take their own for the build
    give_back_free_memory()
    report.seconds["tables"] = time.perf_counter() - mark
    remove_state(state_path(db))  # the old state no longer fits once the swap is done
    # LadybugDB copies on one thread and lets go of the interpreter meanwhile (measured: a
    # Python thread kept three quarters of its speed during a COPY), so a second thread
    # notes the edges of each source in the resolver's state (`note_edges`, printing every
    # evidence), writes the state and lets go of it (`_write_whole_state`), then builds the
    # rel tables, while the nodes are copied: on two cores, work that came after the COPY
    # runs beside it. The Source table (the packed facts) is copied last, after the rels:
    # its COPY is the build's largest (the process grew 1.0 to 1.2 GB over its 275 MiB of
    # Arrow at 100k documents), and copied third, as the schema lists it, it ran beside the
    # state's notes and writing: the load's peak (the CHANGELOG has the figures).
    helper = ThreadPoolExecutor(1, thread_name_prefix="vanban-tables")
    written: Future[None] | None = None
    try:
        if state is not None:
            written = helper.submit(
                _write_whole_state, state, graph, resolved, state_path(db), rows_ahead
            )
        rels = _rel_tables_ahead(graph, report, helper)
        build = build_store(
            db,
            SCHEMA,
            nodes,
            lambda: rels,
            on_step,
            buffer_pool_mib=buffer_pool_mib(),
            hand_over=True,  # each table freed once copied
            copy_last=("Source",),
            before_last=None if keep_graph else lambda: _let_go_of_graph(graph, report),
        )
    except BaseException:
        helper.shutdown(cancel_futures=True)  # waits for a state being written, to remove it
        remove_file(state_part(state_path(db)))
        raise
    helper.shutdown(wait=False)
    report.seconds.update({f"store_{step}": s for step, s in build.seconds.items()})
    _keep_state(db, state, report, written)
    return graph


def _let_go_of_graph(graph: Graph, report: LoadReport) -> None:
    """Count the graph's documents, organisations and edges in `report`, then let go of
    them, for a caller that reads only its cases and warnings (`load`'s `keep_graph`).
    Called once the store holds them, every rel table built (the state's notes, which read
    the edges, came before them on the same thread): at 30k documents the graph was a
    third of what the process held as the Source table's COPY began, the load's peak."""
    report.documents = len(graph.documents)
    report.organisations = len(graph.organisations)
    report.edges = Counter(edge.relation for edge in graph.edges.values())
    graph.documents.clear()
    graph.organisations.clear()
    graph.edges.clear()
    graph.sources.clear()


def _write_whole_state(
    state: ResolverState,
    graph: Graph,
    resolved: set[str],
    path: Path,
    rows_ahead: RowsAhead | None = None,
) -> None:
    """Note the edges of every source resolved in the state, write its body, and let go
    of its tables: all the load reads of it after is its seal (at 100k documents the
    process gave back 0.67 GB once they were let go; they were held to the end). With
    `rows_ahead`, the rest of the body goes in the file it began, once it has written
    what it was given."""
    note_edges(state, graph.edges.values(), resolved)
    if rows_ahead is not None:
        rows_ahead.finish()
    write_state_body(state, path, rows_ahead)
    let_go_tables(state)
    give_back_free_memory()  # to the system, and so to LadybugDB's COPY meanwhile


@contextlib.contextmanager
def _rows_ahead(jobs: int | None) -> Iterator[RowsAhead | None]:
    """A process to write the state's parts while a whole load resolves (`RowsAhead`),
    started now, before the inputs are read (a process forked later would hold the pages
    the load writes to meanwhile); None with one job. Ended with the load."""
    if (jobs or os.cpu_count() or 1) == 1:
        yield None
        return
    ahead = RowsAhead().start()
    try:
        yield ahead
    finally:
        ahead.close()


def _rel_tables_ahead(
    graph: Graph, report: LoadReport, helper: ThreadPoolExecutor
) -> dict[str, Callable[[], pa.Table]]:
    """The rel tables of `graph`, built by `helper`'s one thread in the schema's order, as
    the calls that wait for each: the store copies a table as soon as it is built while
    the thread builds the next (the rels' COPY began once all were built: 7.5 s of
    waiting in a 100k load). Each call hands its table over, keeping no reference to it,
    so that the build frees it once copied."""
    grouped = helper.submit(_timed, edges_by_relation, graph, report, "tables")

    def table_of(relation: str) -> Callable[[Graph], pa.Table]:
        return lambda _graph: rel_table(relation, *grouped.result()[relation])

    # the thread runs its tasks in order: the edges are grouped before any table is built
    tables = {r: helper.submit(_timed, table_of(r), graph, report, "tables") for r in SCHEMA.rels}

    def handed(relation: str) -> Callable[[], pa.Table]:
        return lambda: tables.pop(relation).result()

    return {r: handed(r) for r in SCHEMA.rels}


def _timed(make: Callable[[Graph], Any], graph: Graph, report: LoadReport, step: str) -> Any:
    """`make(graph)`, its seconds added to `report`'s `step`."""
    mark = time.perf_counter()
    try:
        return make(graph)
    finally:
        report.seconds[step] = report.seconds.get(step, 0.0) + time.perf_counter() - mark


def _load_change(
    db: Path,
    store: Store,
    report: LoadReport,
    new: dict[str, Facts],
    packed_new: Callable[[], dict[str, str]],
    paths_now: dict[str, list[str]],
    by_id: dict[str, dict[str, Any]],
    state: ResolverState,
    on_step: Callable[[str, int], None] | None,
    ahead: CopyAhead | None = None,
) -> Graph:
    """Re-resolve what the change touches and update the store by the difference (see
    `vanban.graph.incremental` for the rule and why it gives the whole load's store),
    taking the copy of the store `ahead` made meanwhile when the update goes by log.
    `store` is the store at `db` opened for reading (`_opened`): closed here, before the
    update writes.

    Only the rows that differ are written: most sources re-resolved give the documents,
    edges, cases and Source rows already stored, which the update leaves alone."""
    mark = time.perf_counter()
    dropped = {i for i in by_id if i not in paths_now}
    packed: dict[str, str] = {}
    with contextlib.closing(store):

        def stored_facts(ids: list[str]) -> dict[str, dict[str, Any]]:
            packed.update(packed_facts_of(store, ids))
            return {i: unpack_facts(packed[i]) for i in ids}

        change = resolve_changes(
            state, new, dropped, stored_facts, lambda keys: document_dates_of(store, keys)
        )
        report.seconds["resolve"] = time.perf_counter() - mark
        report.touched, report.resolved = len(change.touched), len(change.resolved)
        mark = time.perf_counter()
        gone = change.resolved | dropped
        stored_documents = documents_of(store, change.stale_documents)
        changed_edges = edges_to_read(change.state, gone, change.graph)
        stored_ids: EdgeIds = {}  # the Evidence rows of the edges read, by edge
        cited = edges_of_keys(store, changed_edges, stored_ids)
        report.edges_read = len(cited)
        before_edges = cited + issued_by_of(store, stored_documents, stored_ids)
        # a document deleted takes its rels with it, not their Evidence rows
        gone_documents = set(stored_documents) - set(change.graph.documents)
        orphaned = evidence_ids_around(store, gone_documents, stored_ids)
        first_evidence = next_evidence_id(store)
        edges = merge_edges(cited, change.graph, gone, changed_edges)
        note_edges(change.state, change.graph.edges.values(), gone)
        stored_cases = unresolved_of(store, gone)
        moved = [
            i for i in paths_now if i not in change.resolved and paths_now[i] != by_id[i]["paths"]
        ]
        if moved:
            packed.update(packed_facts_of(store, moved))
    diff = _difference(change, stored_documents, before_edges, edges, stored_cases)
    rewritten = sorted(
        i
        for i in change.resolved
        if i in new
        or paths_now[i] != by_id[i]["paths"]
        or change.graph.sources.get(i) != by_id[i]["document"]
    )
    packed.update(packed_new())
    new_rows, changed_rows = [], []
    for i in rewritten:
        facts = new.get(i)
        row = source_row(
            facts if facts is not None else _source_part(by_id[i]),
            paths_now[i],
            change.graph.sources.get(i),
            packed.get(i),
        )
        (changed_rows if i in by_id else new_rows).append(row)
    for i in moved:
        row = by_id[i]
        changed_rows.append(source_row(_source_part(row), paths_now[i], row["document"], packed[i]))
    created = Graph(
        documents=diff.new_documents,
        organisations={
            k: o for k, o in change.graph.organisations.items() if k in change.new_organisations
        },
        edges=diff.new_edges,
        unresolved=diff.new_cases,
    )
    nodes, rels = graph_tables(created, new_rows, first_evidence)
    changed = Graph(
        documents=diff.changed_documents, edges=diff.changed_edges, unresolved=diff.changed_cases
    )
    # A changed edge's evidence is new Evidence rows, numbered after the new edges', its
    # rel set to them; the rows of the edges changed or deleted are deleted.
    set_nodes, set_rels = graph_tables(
        changed, changed_rows, first_evidence + evidence_count(created)
    )
    del set_nodes["Organisation"]  # an organisation is only ever created or deleted
    nodes["Evidence"] = pa.concat_tables([nodes["Evidence"], set_nodes.pop("Evidence")])
    stale_evidence = sorted(
        {i for key in [*diff.changed_edges, *diff.deleted_keys] for i in stored_ids[key]}
        | set(orphaned)
    )
    report.seconds["tables"] = time.perf_counter() - mark
    if change.touched or moved or dropped:
        delete_nodes = {
            "Document": sorted(diff.deleted_documents),
            "Organisation": sorted(change.stale_organisations),
            "Source": sorted(dropped),
            "Unresolved": sorted(diff.deleted_cases),
            "Evidence": stale_evidence,
        }
        build = update_store(
            db, SCHEMA, delete_nodes, diff.deleted_edges, nodes, rels, on_step,
            buffer_pool_mib=buffer_pool_mib(), set_nodes=set_nodes, set_rels=set_rels,
            ahead=ahead,
        )  # fmt: skip
        report.seconds.update({f"store_{step}": s for step, s in build.seconds.items()})
        report.written = _written(
            delete_nodes, diff.deleted_edges, {**nodes, **rels}, {**set_nodes, **set_rels}
        )
        node_counts, rel_counts = build.node_counts, build.rel_counts
        _keep_state(db, change.state, report)
    else:
        with open_store(db) as store:
            node_counts, rel_counts = store.counts()
    report.documents = node_counts["Document"]
    report.organisations = node_counts["Organisation"]
    report.edges = Counter({r: n for r, n in rel_counts.items() if n})
    report.unresolved = node_counts["Unresolved"]
    # The cases of the sources this load resolved, not every stored one: reading the
    # whole Unresolved table back cost 1.5 CPU-seconds of a ten-document update at 100k
    # documents, growing with the store (`vanban unresolved` lists them all).
    whole = Graph(unresolved=change.graph.unresolved)
    whole.resolution = change.state.stats()
    whole.warnings = change.state.warnings()
    return whole


def _written(
    deleted_nodes: dict[str, list[str]],
    deleted_rels: dict[str, list[RelEnds]],
    created: dict[str, pa.Table],
    changed: dict[str, pa.Table],
) -> Counter[str]:
    written: Counter[str] = Counter()
    for name, keys in [*deleted_nodes.items(), *deleted_rels.items()]:
        written[f"deleted {name}"] += len(keys)
    for name, table in created.items():
        written[f"created {name}"] += table.num_rows
    for name, table in changed.items():
        written[f"set {name}"] += table.num_rows
    return Counter({k: n for k, n in written.items() if n})


@dataclass
class _Difference:
    """The rows an update writes: what the re-resolved part changed against the store.
    A row whose key is stored is changed in place (a deleted node would take its
    untouched rels with it); rows not given again are deleted."""

    new_documents: dict[str, Document]
    changed_documents: dict[str, Document]
    deleted_documents: set[str]
    new_edges: dict[tuple[str, str, str], Edge]
    changed_edges: dict[tuple[str, str, str], Edge]
    deleted_edges: dict[str, list[RelEnds]]  # relation -> ends
    deleted_keys: list[tuple[str, str, str]]  # the same edges, by key
    new_cases: list[Unresolved]
    changed_cases: list[Unresolved]
    deleted_cases: set[str]


def _difference(
    change: Change,
    stored_documents: dict[str, Document],
    before_edges: list[Edge],
    edges: dict[tuple[str, str, str], Edge],
    stored_cases: dict[str, dict[str, Any]],
) -> _Difference:
    """Compare the re-resolved documents, the merged edges and the new unresolved cases
    with the stored rows they replace (every stored row the change could alter: the
    documents of touched families, the edges with evidence from a source resolved again or
    dropped and the ISSUED_BY edges of those documents, the cases read in those sources)."""
    documents = change.graph.documents
    before = {e.key: e for e in before_edges}
    deleted_edges: dict[str, list[RelEnds]] = {}
    deleted_keys = []
    for k, e in before.items():
        if k not in edges:
            ends = (node_table(e.source), e.source, node_table(e.target), e.target)
            deleted_edges.setdefault(e.relation, []).append(ends)
            deleted_keys.append(k)
    columns = [c for c, _ in UNRESOLVED_COLUMNS]
    new_cases, changed_cases = [], []
    for case in change.graph.unresolved:
        stored = stored_cases.get(case.key)
        if stored is None:
            new_cases.append(case)
        elif {c: v for c, v in unresolved_row(case).items() if c in columns} != stored:
            changed_cases.append(case)
    fresh = {case.key for case in change.graph.unresolved}
    return _Difference(
        new_documents={k: d for k, d in documents.items() if k not in stored_documents},
        changed_documents={
            k: d for k, d in documents.items() if k in stored_documents and d != stored_documents[k]
        },
        deleted_documents=set(stored_documents) - set(documents),
        new_edges={k: e for k, e in edges.items() if k not in before},
        changed_edges={
            k: e
            for k, e in edges.items()
            # a rel row is its key's and its evidence's: the same key with
            # equal evidence is the same row (comparing whole rows cost 1.4 s CPU at 10k
            # documents, for the 22,762 edges of 1,280 sources resolved again)
            if k in before and e.evidence != before[k].evidence
        },
        deleted_edges=deleted_edges,
        deleted_keys=deleted_keys,
        new_cases=new_cases,
        changed_cases=changed_cases,
        deleted_cases={k for k in stored_cases if k not in fresh},
    )


def _source_part(row: dict[str, Any]) -> dict[str, Any]:
    """What `source_row` needs of a stored source's row (its facts stay packed)."""
    keys = ("id", "path", "format", "language", "title")
    return {"source": {k: row.get(k) for k in keys}, "version": row.get("facts_version")}
