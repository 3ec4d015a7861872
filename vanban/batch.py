"""Read many inputs and run one function over every source on all cores, in input order.

Whatever cannot be read comes back as a `Skipped`.
"""

from __future__ import annotations

import contextlib
import ctypes
import os
import signal
import sys
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from multiprocessing import get_context
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .loaders import Skipped, Source, read_path
from .loaders.read import walk

if TYPE_CHECKING:
    from .extract.pipeline import Extraction

# The extraction is imported where it runs (`extract_paths`, `extract_facts`, a load of
# texts): a load from facts, or a query, needs none of it.

SourceFn = Callable[[Source], Any]


def input_files(paths: Iterable[str | Path]) -> Iterator[Path | Skipped]:
    """The files named by `paths`, folders walked in sorted order."""
    for given in paths:
        path = Path(given)
        if path.is_dir():
            yield from walk(path)
        else:
            yield path


_PR_SET_PDEATHSIG = 1  # from <linux/prctl.h>


def die_with_parent(parent: int) -> None:
    """Pool initializer: end this worker as soon as the process that started it dies.

    A load killed with SIGKILL cannot stop its pool; its workers went on with their task
    and printed BrokenPipeError tracebacks when they tried to hand the result back.
    Linux can deliver a signal to a process when its parent dies (prctl
    PR_SET_PDEATHSIG); elsewhere the workers still end at their next task.
    """
    if sys.platform.startswith("linux"):
        try:
            libc = ctypes.CDLL(None, use_errno=True)
            libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
        except (OSError, AttributeError):
            pass
    if os.getppid() != parent:  # the parent died before the request took effect
        os._exit(0)


WINDOW_CHARS = 16_000_000  # text handed to the workers and not yet given back: bounds memory
# Small sources travel to a worker together, to save round trips; kept small so that a
# corpus of a few files still spreads over every worker.
BATCH_CHARS = 32_000
BATCH_SOURCES = 32
WAITING_ITEMS = 4096  # tasks and skipped inputs waiting to be given back, in order


def read_inputs(
    paths: Iterable[str | Path], on_file: Callable[[Path], None] | None = None
) -> Iterator[Source | Skipped]:
    """Every source under `paths`, streamed (a `.jsonl` file one line at a time)."""
    for item in input_files(paths):
        if isinstance(item, Skipped):  # a folder that could not be listed
            yield item
            continue
        yield from read_path(item)  # unsupported files come back as Skipped too
        if on_file:
            on_file(item)


def _tasks(items: Iterator[Source | Skipped]) -> Iterator[list[Source] | Skipped]:
    """Sources grouped into tasks: small ones together, a big one alone."""
    batch: list[Source] = []
    chars = 0
    for item in items:
        if isinstance(item, Skipped):
            if batch:
                yield batch
                batch, chars = [], 0
            yield item
            continue
        batch.append(item)
        chars += len(item.text)
        if chars >= BATCH_CHARS or len(batch) >= BATCH_SOURCES:
            yield batch
            batch, chars = [], 0
    if batch:
        yield batch


STREAMED = (".jsonl",)  # read here a line at a time; other files are read by the workers

Plan = tuple[str, Any, int]
"""("skip", Skipped, 0), ("done", a streamed file read to its end, 0), ("sources", [Source],
size) or ("files", [Path], size): what `map_sources` hands out or gives back, in order."""


def _plan(paths: Iterable[str | Path]) -> Iterator[Plan]:
    """The work for the inputs, in order: a streamed file's sources in batches, other files
    a few at a time (their reading is work for the workers too: one process reading every
    file would hold the others back)."""
    files: list[Path] = []
    size = 0
    for item in input_files(paths):
        if isinstance(item, Path) and item.suffix.lower() not in STREAMED:
            files.append(item)
            with contextlib.suppress(OSError):
                size += item.stat().st_size
            if size >= BATCH_CHARS or len(files) >= BATCH_SOURCES:
                yield ("files", files, size)
                files, size = [], 0
            continue
        if files:
            yield ("files", files, size)
            files, size = [], 0
        if isinstance(item, Skipped):  # a folder that could not be listed
            yield ("skip", item, 0)
            continue
        for task in _tasks(read_path(item)):
            if isinstance(task, Skipped):
                yield ("skip", task, 0)
            else:
                yield ("sources", task, sum(len(source.text) for source in task))
        yield ("done", item, 0)
    if files:
        yield ("files", files, size)


def _apply(fn: SourceFn, batch: list[Source]) -> list[Any]:
    return [fn(source) for source in batch]


def _read_and_apply(fn: SourceFn, files: list[Path]) -> list[list[Any]]:
    """In a worker: read each file and run `fn` on its sources; one list per file."""
    return [[x if isinstance(x, Skipped) else fn(x) for x in read_path(f)] for f in files]


def map_sources(
    paths: Iterable[str | Path],
    fn: SourceFn,
    jobs: int | None = None,
    on_file: Callable[[Path], None] | None = None,
    prepare: Callable[[], None] | None = None,
) -> Iterator[Any]:
    """`fn(source)` for every source under `paths` (or the `Skipped` for what was not read).

    Results come in input order. With several jobs, files are read and their sources
    extracted by `jobs` worker processes, a few small files or one big file a task; a
    `.jsonl` file is read here a line at a time and its sources sent in batches. Each task
    goes to whichever worker is free, and new tasks are handed out while earlier results
    wait to be given back in order: a corpus of a few big files keeps every core busy as
    well as one of many small files or one big `.jsonl`. Memory is bounded: at most
    `WINDOW_CHARS` of input is out at a time, except that every worker always has a task
    and one waiting (so files bigger than the window still run side by side). `fn` must
    be a module-level function. `on_file` is told when each file has been read.
    `prepare`, with several jobs, is called before the workers start: what it makes once
    here (the extraction's imports and patterns, `prepare_extraction`), forked workers
    share instead of each making it again.
    """
    jobs = jobs or os.cpu_count() or 1
    if jobs == 1:
        for item in read_inputs(paths, on_file):
            yield item if isinstance(item, Skipped) else fn(item)
        return
    if prepare is not None:
        prepare()
    ctx = get_context("fork" if os.name == "posix" else "spawn")
    with ctx.Pool(jobs, initializer=die_with_parent, initargs=(os.getpid(),)) as pool:
        plan = _plan(paths)
        waiting: deque[tuple[str, Any, int, Any]] = deque()
        out_size = out_tasks = 0
        exhausted = False
        while True:
            while (
                not exhausted
                and len(waiting) < WAITING_ITEMS
                and (out_tasks < 2 * jobs or out_size < WINDOW_CHARS)
            ):
                step = next(plan, None)
                if step is None:
                    exhausted = True
                    continue
                kind, what, size = step
                if kind in ("skip", "done"):
                    waiting.append((kind, what, 0, None))
                    continue
                run = _apply if kind == "sources" else _read_and_apply
                waiting.append((kind, pool.apply_async(run, (fn, what)), size, what))
                out_size += size
                out_tasks += 1
            if not waiting:
                return
            kind, head, size, files = waiting.popleft()
            if kind == "skip":
                yield head
                continue
            if kind == "done":
                if on_file:
                    on_file(head)
                continue
            results = head.get()
            out_size -= size
            out_tasks -= 1
            if kind == "sources":
                yield from results
                continue
            for path, outputs in zip(files, results, strict=True):
                yield from outputs
                if on_file:
                    on_file(path)


def prepare_reading() -> None:
    """Import the reader of texts and make its cue patterns (`extract.cues.prepare_scans`)
    and province scanner (`extract.places.prepare_scanners`), which are otherwise made at
    their first use, in every worker: a `map_sources` `prepare` for `extract_source`."""
    from .extract.cues import prepare_scans
    from .extract.pipeline import extract_source  # noqa: F401  (imported to be shared)
    from .extract.places import prepare_scanners

    prepare_scans()
    prepare_scanners()


def prepare_extraction() -> None:
    """`prepare_reading`, and the import of what reads a text's facts (bodies and actors
    too): a `map_sources` `prepare` for `read_facts`. (`extract_paths` needs none of it:
    importing it costs a tenth of a second that the workers would wait for.)"""
    from .extract.read_facts import facts_or_skipped  # noqa: F401  (imported to be shared)

    prepare_reading()


def extract_paths(
    paths: Iterable[str | Path], jobs: int | None = None
) -> Iterator[Extraction | Skipped]:
    """Extract every input (see `map_sources`): `vanban extract` and the Python API."""
    from .extract.pipeline import extract_source

    return map_sources(paths, extract_source, jobs, prepare=prepare_reading)


def extract_facts(
    paths: Iterable[str | Path], out: str | Path, jobs: int | None = None
) -> dict[str, Any]:
    """Extract every input (see `map_sources`) to the facts folder `out` (see
    `vanban.facts_files`): `vanban extract --facts`. Returns the folder's manifest."""
    from .extract.read_facts import facts_or_skipped
    from .facts_files import write_facts

    return write_facts(map_sources(paths, facts_or_skipped, jobs, prepare=prepare_extraction), out)
