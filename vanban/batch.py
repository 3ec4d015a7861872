"""Read many inputs and run one function over every source, a file per worker process.

Results come back in file order. Whatever cannot be read comes back as a `Skipped`.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator
from functools import partial
from multiprocessing import get_context
from pathlib import Path
from typing import Any, TypeVar

from .extract.pipeline import Extraction, extract_source
from .loaders import Skipped, Source, read_path
from .loaders.read import walk

T = TypeVar("T")
SourceFn = Callable[[Source], Any]


def input_files(paths: Iterable[str | Path]) -> Iterator[Path | Skipped]:
    """The files named by `paths`, folders walked in sorted order."""
    for given in paths:
        path = Path(given)
        if path.is_dir():
            yield from walk(path)
        else:
            yield path


def _run_file(fn: SourceFn, path: Path) -> list[Any]:
    return [item if isinstance(item, Skipped) else fn(item) for item in read_path(path)]


def map_sources(
    paths: Iterable[str | Path],
    fn: SourceFn,
    jobs: int | None = None,
    on_file: Callable[[Path], None] | None = None,
) -> Iterator[Any]:
    """`fn(source)` for every source under `paths` (or the `Skipped` for what was not read).

    With more than one file and `jobs` > 1 files run in worker processes; `fn` must
    then be a module-level function. `on_file` is told when each file is done.
    """
    jobs = jobs or os.cpu_count() or 1
    files: list[Path] = []
    for item in input_files(paths):
        if isinstance(item, Skipped):  # a folder that could not be listed
            yield item
        else:
            files.append(item)  # unsupported ones come back from `read_path` as Skipped
    work = partial(_run_file, fn)
    if jobs == 1 or len(files) < 2:
        results: Iterable[list[Any]] = map(work, files)
        for path, items in zip(files, results, strict=True):
            yield from items
            if on_file:
                on_file(path)
        return
    ctx = get_context("fork" if os.name == "posix" else "spawn")
    with ctx.Pool(min(jobs, len(files))) as pool:
        for path, items in zip(files, pool.imap(work, files, chunksize=1), strict=True):
            yield from items
            if on_file:
                on_file(path)


def extract_paths(
    paths: Iterable[str | Path], jobs: int | None = None
) -> Iterator[Extraction | Skipped]:
    """Extract every input (see `map_sources`): `vanban extract` and the Python API."""
    return map_sources(paths, extract_source, jobs)
