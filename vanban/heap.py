"""Memory the process has freed, handed back to the system between the steps of a load.

The C allocator keeps what Python frees for its own later use: after a whole load of
100,000 documents let go of its facts, the process still held their pages while
LadybugDB and Arrow, which allocate elsewhere, copied the store beside them. glibc's
`malloc_trim` gives the free pages back (there, 0.5 GB of the 4.8 GB the load held).
"""

from __future__ import annotations

import ctypes
from functools import lru_cache
from typing import Any


@lru_cache(maxsize=1)
def _libc() -> Any | None:
    """glibc, or None where there is none (macOS, Windows, musl have no `malloc_trim`).
    The C library is the process's own symbols (`ctypes.util.find_library` would start
    `ldconfig`, a fork of the whole load)."""
    try:
        libc = ctypes.CDLL(None)
        libc.malloc_trim.argtypes = [ctypes.c_size_t]
        libc.malloc_trim.restype = ctypes.c_int
    except (OSError, AttributeError):
        return None
    return libc


def give_back_free_memory() -> bool:
    """Hand the C heap's free pages back to the system; whether any were (False where the
    allocator cannot)."""
    libc = _libc()
    return bool(libc.malloc_trim(0)) if libc is not None else False
