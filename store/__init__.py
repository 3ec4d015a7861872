"""The embedded graph store (LadybugDB): built whole or updated by a load, read by queries.

`build` writes a new store (or an updated copy) beside the live one and swaps it in once
verified, `read` opens it read-only, `schema` types its tables, `files` keeps its path,
lock and disk space, and `errors` names what can go wrong. `graph_tables` turns the graph
into the store's tables.
"""

from .build import BuildReport, build_store
from .errors import (
    NotAStoreError,
    StoreBusyError,
    StoreDiskFullError,
    StoreError,
    StoreInputError,
    StoreNotFoundError,
    StoreQueryError,
    StoreVerificationError,
)
from .files import build_lock, space_needed, store_path
from .read import Store, StoreMeta, open_store, read_table
from .schema import Schema

__all__ = [
    "BuildReport",
    "NotAStoreError",
    "Schema",
    "Store",
    "StoreBusyError",
    "StoreDiskFullError",
    "StoreError",
    "StoreInputError",
    "StoreMeta",
    "StoreNotFoundError",
    "StoreQueryError",
    "StoreVerificationError",
    "build_lock",
    "build_store",
    "open_store",
    "read_table",
    "space_needed",
    "store_path",
]
