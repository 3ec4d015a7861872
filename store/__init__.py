"""The embedded graph store (LadybugDB): rebuilt whole at every load, read by queries."""

from vanban.store.ladybug_store import (
    BuildReport,
    NotAStoreError,
    Schema,
    Store,
    StoreBusyError,
    StoreError,
    StoreInputError,
    StoreMeta,
    StoreNotFoundError,
    StoreQueryError,
    StoreVerificationError,
    build_store,
    open_store,
    read_table,
)

__all__ = [
    "BuildReport",
    "NotAStoreError",
    "Schema",
    "Store",
    "StoreBusyError",
    "StoreError",
    "StoreInputError",
    "StoreMeta",
    "StoreNotFoundError",
    "StoreQueryError",
    "StoreVerificationError",
    "build_store",
    "open_store",
    "read_table",
]
