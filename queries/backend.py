"""The one small interface every query goes through: the embedded store or a Neo4j server."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path
from typing import Any, Protocol

from ..store import Store, open_store


class Backend(Protocol):
    dialect: str  # "ladybug" or "neo4j": picks the twin of a query written twice

    def query(self, cypher: str, params: dict[str, Any] | None = None) -> list[dict[str, Any]]: ...


def plain(value: Any) -> Any:
    """Values as JSON knows them: dates as ISO text, decimals as numbers."""
    if isinstance(value, Decimal):
        return int(value) if value == value.to_integral_value() else float(value)
    if isinstance(value, dt.date | dt.datetime):
        return value.isoformat()
    if isinstance(value, list):
        return [plain(v) for v in value]
    if isinstance(value, dict):
        return {k: plain(v) for k, v in value.items()}
    return value


class EmbeddedBackend:
    """Queries on the LadybugDB store."""

    dialect = "ladybug"

    def __init__(self, store: Store) -> None:
        self.store = store

    @classmethod
    def open(cls, db: str | Path) -> EmbeddedBackend:
        return cls(open_store(db))

    def query(self, cypher: str, params: dict[str, Any] | None = None) -> list[dict[str, Any]]:
        return [plain(row) for row in self.store.query(cypher, params)]

    def close(self) -> None:
        self.store.close()

    def __enter__(self) -> EmbeddedBackend:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
