"""Read many inputs and run one function over every source on all cores, in input order.

Whatever cannot be read comes back as a `Skipped`.
"""

from __future__ import annotations

import ctypes
import os
import signal
import sys
from collections.abc import Callable, Iterable, Iterator
from multiprocessing import get_context
from pathlib import Path
from typing import Any

from .extract.pipeline import Extraction, extract_source
from .loaders import Skipped, Source, read_path
from .loaders.read import walk

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


def _die_with_parent(parent: int) -> None:
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


WINDOW_CHARS = 16_000_000  # text sent to the workers at a time: bounds memory
WINDOW_SOURCES = 256


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


def _windows(items: Iterator[Source | Skipped]) -> Iterator[list[Source | Skipped]]:
    window: list[Source | Skipped] = []
    chars = 0
    for item in items:
        window.append(item)
        chars += len(item.text) if isinstance(item, Source) else 0
        if chars >= WINDOW_CHARS or len(window) >= WINDOW_SOURCES:
            yield window
            window, chars = [], 0
    if window:
        yield window


def map_sources(
    paths: Iterable[str | Path],
    fn: SourceFn,
    jobs: int | None = None,
    on_file: Callable[[Path], None] | None = None,
) -> Iterator[Any]:
    """`fn(source)` for every source under `paths` (or the `Skipped` for what was not read).

    Sources are read in this process and streamed, in order, to `jobs` worker processes
    a window at a time, so memory stays bounded whatever the size of one file, and one
    big `.jsonl` file uses every core too. `fn` must be a module-level function.
    `on_file` is told when each file has been read.
    """
    jobs = jobs or os.cpu_count() or 1
    items = read_inputs(paths, on_file)
    if jobs == 1:
        for item in items:
            yield item if isinstance(item, Skipped) else fn(item)
        return
    ctx = get_context("fork" if os.name == "posix" else "spawn")
    with ctx.Pool(jobs, initializer=_die_with_parent, initargs=(os.getpid(),)) as pool:
        for window in _windows(items):
            sources = [item for item in window if isinstance(item, Source)]
            results = pool.imap(fn, sources, chunksize=max(1, len(sources) // (4 * jobs)))
            for item in window:
                yield item if isinstance(item, Skipped) else next(results)


def extract_paths(
    paths: Iterable[str | Path], jobs: int | None = None
) -> Iterator[Extraction | Skipped]:
    """Extract every input (see `map_sources`): `vanban extract` and the Python API."""
    return map_sources(paths, extract_source, jobs)
