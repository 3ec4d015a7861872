"""What can go wrong with the embedded store, as exception types the CLI explains."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

_MAX_KEYS_SHOWN = 10  # keys named in a message; the rest are counted

# --------------------------------------------------------------------------- errors


class StoreError(Exception):
    """Anything that goes wrong in the store layer."""


class StoreNotFoundError(StoreError, FileNotFoundError):
    """The store path does not exist."""


class NotAStoreError(StoreError):
    """The path exists but is not a vanban store (or not a LadybugDB file at all)."""


class StoreBusyError(StoreError):
    """Another build of the same store is running, or a writer holds the old store."""


class StoreDiskFullError(StoreError, OSError):
    """The disk holding the store has too little free space for a build."""


class StoreInputError(StoreError, ValueError):
    """The schema or the tables given to `build_store` are malformed."""


class StoreQueryError(StoreError):
    """LadybugDB rejected a query."""


class StoreVerificationError(StoreError):
    """Data given to a build cannot be found again (or was never consistent).

    ``table`` names the table, ``missing`` holds (some of) the keys concerned.
    """

    def __init__(self, table: str, problem: str, missing: Sequence[Any] = ()) -> None:
        self.table = table
        self.problem = problem
        self.missing = list(missing)
        shown = ", ".join(repr(k) for k in self.missing[:_MAX_KEYS_SHOWN])
        more = len(self.missing) - _MAX_KEYS_SHOWN
        if more > 0:
            shown += f", ... ({more} more)"
        message = f"table {table}: {problem}"
        if self.missing:
            message += f": {shown}"
        super().__init__(message)
