"""Read and extract many inputs, a file per worker process, results in file order."""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from multiprocessing import get_context
from pathlib import Path

from .extract.pipeline import Extraction, extract_source
from .loaders import Skipped, read_path
from .loaders.read import walk


def input_files(paths: Iterable[str | Path]) -> Iterator[Path | Skipped]:
    """The files named by `paths`, folders walked in sorted order."""
    for given in paths:
        path = Path(given)
        if path.is_dir():
            yield from walk(path)
        else:
            yield path


def extract_file(path: Path) -> list[Extraction | Skipped]:
    """Everything one file holds, extracted (a `.jsonl` file gives one item a line)."""
    return [item if isinstance(item, Skipped) else extract_source(item) for item in read_path(path)]


def extract_paths(
    paths: Iterable[str | Path], jobs: int | None = None
) -> Iterator[Extraction | Skipped]:
    """Extract every input; with more than one file and `jobs` > 1, files run in parallel.

    Unsupported files come out as `Skipped`, like unreadable ones: nothing is dropped.
    """
    jobs = jobs or os.cpu_count() or 1
    files: list[Path] = []
    for item in input_files(paths):
        if isinstance(item, Skipped):  # a folder that could not be listed
            yield item
        else:
            files.append(item)  # unsupported ones come back from `read_path` as Skipped
    if jobs == 1 or len(files) < 2:
        for path in files:
            yield from extract_file(path)
        return
    with get_context("spawn" if os.name == "nt" else "fork").Pool(min(jobs, len(files))) as pool:
        for results in pool.imap(extract_file, files, chunksize=1):
            yield from results
