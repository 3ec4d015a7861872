"""Extraction on a Dask cluster: each worker reads some input files and writes their facts as
parts of one facts folder, which `vanban load --facts` then reads like any other.

Extraction is a pure function of a text and its metadata, so it spreads over machines with
no coordination: the client lists the input files and hands out groups of them (a big
`.jsonl` file in slices of its records); a worker reads its share, extracts every source and
writes the part files itself (nothing big travels back to the client, only counts); the
client writes the manifest once every part is in. Parts are numbered in input order, so
the folder lists the sources in the order one process would. The
inputs and the facts folder must be on storage every worker sees at the same path (a
shared file system); give absolute paths. Needs the `cluster` extra:
``pip install 'vanban[cluster]'``.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterable
from itertools import islice
from pathlib import Path
from typing import Any

from .batch import input_files
from .extract.read_facts import facts_or_skipped
from .facts_files import PART_SOURCES, PartSummary, finish, prepare, write_part
from .loaders import Skipped, Source, read_path

GROUP_BYTES = 16_000_000  # input bytes a task reads, about
GROUP_FILES = 500
PART_BLOCK = 100_000  # task i writes parts i * PART_BLOCK, i * PART_BLOCK + 1, ...


class DaskMissing(Exception):
    """Dask is not installed; the message says how to install it."""


Share = tuple[str, int, int | None]
"""A file and the records of it a task extracts: ("a.txt", 0, None) is all of it,
("big.jsonl", 2000, 4000) its records 2000 to 3999 (counted from 0; a line that cannot
be read counts as a record, as it does when one process reads the file)."""


def _slices(path: Path, size: int, group_bytes: int) -> list[Share]:
    """A `.jsonl` file bigger than `group_bytes` in slices of about that many bytes; the
    last slice runs to the end, whatever the count of lines said."""
    slices = -(-size // group_bytes)
    if slices <= 1:
        return [(str(path), 0, None)]
    with path.open("rb") as handle:  # an estimate: it is not decoded, blank lines count
        lines = sum(chunk.count(b"\n") for chunk in iter(lambda: handle.read(1 << 24), b""))
    step = max(1, -(-lines // slices))
    starts = range(0, max(lines, 1), step)
    return [(str(path), lo, lo + step if lo + step < lines else None) for lo in starts]


def work_groups(
    paths: Iterable[str | Path], group_bytes: int = GROUP_BYTES
) -> tuple[list[list[Share]], list[Skipped]]:
    """The inputs in tasks of about `group_bytes` (small files together, a big `.jsonl`
    file in slices), in input order, and the folders that could not be listed."""
    groups: list[list[Share]] = []
    skipped: list[Skipped] = []
    group: list[Share] = []
    size = 0
    for item in input_files(paths):
        if isinstance(item, Skipped):
            skipped.append(item)
            continue
        file_size = 0
        with contextlib.suppress(OSError):
            file_size = item.stat().st_size
        if item.suffix.lower() == ".jsonl" and file_size > group_bytes:
            if group:
                groups.append(group)
            groups.extend([share] for share in _slices(item, file_size, group_bytes))
            group, size = [], 0
            continue
        group.append((str(item), 0, None))
        size += file_size
        if size >= group_bytes or len(group) >= GROUP_FILES:
            groups.append(group)
            group, size = [], 0
    if group:
        groups.append(group)
    return groups, skipped


def extract_group(
    task: int, shares: list[Share], out: str, part_sources: int = PART_SOURCES
) -> list[PartSummary]:
    """On a worker: read `shares`, extract every source and write their facts to `out`, in
    parts of at most `part_sources` sources."""
    parts: list[PartSummary] = []
    batch: list[Any] = []

    def flush() -> None:
        if len(parts) >= PART_BLOCK:
            raise ValueError(f"{shares[0][0]} gives more than {PART_BLOCK} parts: split it")
        parts.append(write_part(out, task * PART_BLOCK + len(parts), batch))
        batch.clear()

    for name, first, end in shares:
        for item in islice(read_path(name), first, end):
            batch.append(facts_or_skipped(item) if isinstance(item, Source) else item)
            if len(batch) >= part_sources:
                flush()
    if batch or not parts:
        flush()
    return parts


def extract_on_cluster(
    paths: Iterable[str | Path],
    out: str | Path,
    scheduler: str = "local",
    workers: int = 2,
    part_sources: int = PART_SOURCES,
    group_bytes: int = GROUP_BYTES,
) -> dict[str, Any]:
    """Extract every source under `paths` to the facts folder `out` on a Dask cluster:
    `scheduler` is its address (``tcp://host:8786``) or "local" for a `LocalCluster` of
    `workers` processes on this machine. Returns the folder's manifest."""
    try:
        from dask.distributed import Client, LocalCluster
    except ImportError as error:
        raise DaskMissing(
            "extraction on a cluster needs Dask: pip install 'vanban[cluster]'"
        ) from error
    out = prepare(out)
    groups, unlisted = work_groups(paths, group_bytes)
    with contextlib.ExitStack() as stack:
        if scheduler == "local":
            cluster = stack.enter_context(
                LocalCluster(
                    n_workers=workers,
                    threads_per_worker=1,  # extraction holds the GIL: processes, not threads
                    processes=True,
                    dashboard_address=None,
                )
            )
            client = stack.enter_context(Client(cluster))
        else:
            client = stack.enter_context(Client(scheduler))
        futures = client.map(
            extract_group,
            range(len(groups)),
            groups,
            out=str(out),
            part_sources=part_sources,
            pure=False,
        )
        parts = [p for found in client.gather(futures) for p in found]
    if unlisted or not parts:  # the folders that could not be listed, as a part of their own
        parts.append(write_part(out, len(groups) * PART_BLOCK, unlisted))
    return finish(out, parts)
