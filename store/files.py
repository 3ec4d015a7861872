"""The store on disk: its path, sidecar files, the build lock, disk space and the swap
that puts a verified build in place of the live store."""

from __future__ import annotations

import contextlib
import errno
import fcntl
import os
import shutil
from collections.abc import Collection, Iterator
from pathlib import Path

import ladybug

from .errors import StoreBusyError, StoreDiskFullError, StoreError

_MAGIC = b"LBUG"
BUILDING_MARK = ".building-"
MiB = 1 << 20
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

# --------------------------------------------------------------------------- files


def sidecars(db_file: Path) -> list[Path]:
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


def remove_file(path: Path) -> None:
    if path.is_dir() and not path.is_symlink():
        shutil.rmtree(path, ignore_errors=True)
    else:
        with contextlib.suppress(FileNotFoundError):
            path.unlink()


def remove_leftovers(target: Path, keep: Collection[Path] = ()) -> list[str]:
    """Delete ``<target>.building-*`` files (and their sidecars) of earlier builds, but
    those in `keep` (this build's own, made ahead of it).

    Only called while holding the build lock, so none of them belongs to a live build.
    """
    removed = []
    prefix = target.name + BUILDING_MARK
    kept = {path.name for path in keep}
    for entry in sorted(os.listdir(target.parent)):
        if entry.startswith(prefix) and entry not in kept:
            remove_file(target.parent / entry)
            removed.append(entry)
    return removed


def _fsync(path: Path, directory: bool = False) -> None:
    fd = os.open(path, os.O_RDONLY | (os.O_DIRECTORY if directory else 0))
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def has_magic(path: Path) -> bool:
    with open(path, "rb") as handle:
        return handle.read(len(_MAGIC)) == _MAGIC


def wal_path(db_file: Path) -> Path:
    """The write-ahead log LadybugDB keeps beside a database file."""
    return db_file.with_name(db_file.name + ".wal")


def store_stamp(path: Path) -> tuple[int, ...]:
    """What tells one build of a store from another: the size and modification time in
    nanoseconds of its file, and of its write-ahead log when it has one (every build
    writes a new file, every update by log a new log; a copy that keeps the times,
    `cp -p` or `shutil.copy2`, is the same build)."""
    info = os.stat(path)
    try:
        log = os.stat(wal_path(Path(path)))
    except FileNotFoundError:
        return (info.st_size, info.st_mtime_ns)
    return (info.st_size, info.st_mtime_ns, log.st_size, log.st_mtime_ns)


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
_SPACE_MARGIN = 8 * MiB


def space_needed(prepared_bytes: int) -> int:
    """Bytes of free disk a build from tables of ``prepared_bytes`` (Arrow) should have."""
    return int(prepared_bytes * _SPACE_FACTOR) + _SPACE_MARGIN


def disk_full_error(target: Path, needed: int, free: int | None = None) -> StoreDiskFullError:
    if free is None:
        free = shutil.disk_usage(target.parent).free
    return StoreDiskFullError(
        f"the disk holding {target.parent} is full: {free / MiB:.0f} MiB free, the build "
        f"needs about {needed / MiB:.0f} MiB; the store at {target} is untouched"
    )


def is_disk_full(error: BaseException) -> bool:
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
    if not sidecars(target):
        return
    try:
        db = ladybug.Database(str(target), buffer_pool_size=256 * MiB)
    except Exception as exc:
        if "could not set lock" in str(exc).lower():
            raise StoreBusyError(f"a process has {target} open for writing: {exc}") from exc
        return
    db.close()


def only_a_wal(target: Path) -> bool:
    """Whether the store's only sidecar, if any, is its write-ahead log: the state an
    update by log leaves (no checkpoint pending, no spill file)."""
    return all(p == wal_path(target) for p in sidecars(target))


def swap_log_into_place(building: Path, target: Path) -> None:
    """Put the log of `building`, a copy of `target`'s file that was written to without a
    checkpoint, in place of `target`'s log: one rename, so a reader or a crash sees the
    old log or the new one, each with the unchanged file it belongs to."""
    log = wal_path(building)
    if not log.is_file():
        raise StoreError(f"{building} has no write-ahead log to swap in")
    leftovers = [p for p in sidecars(building) if p != log]
    if leftovers:
        raise StoreError(f"{building} was not closed cleanly: {[p.name for p in leftovers]}")
    _fsync(log)
    os.replace(log, wal_path(target))
    _fsync(target.parent, directory=True)
    remove_file(building)


def swap_into_place(building: Path, target: Path) -> None:
    leftovers = sidecars(building)
    if leftovers:
        raise StoreError(f"{building} was not closed cleanly: {[p.name for p in leftovers]}")
    if target.exists():
        _settle_old(target)
    _fsync(building)
    os.replace(building, target)
    for sidecar in sidecars(target):
        remove_file(sidecar)
    _fsync(target.parent, directory=True)
