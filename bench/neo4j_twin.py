"""The embedded twin: a LadybugDB database with the store's schema that takes the very
statements a push sends to Neo4j, so their meaning (MERGE by key, SET of every property,
idempotence) is checked on a real engine here.

The schema is the store's (`graph_tables.SCHEMA`): the same labels, property names and
types, keys as primary keys, one rel table per relation with its (from, to) pairs. Where
Neo4j relies on a uniqueness constraint, LadybugDB's primary key does the same job.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any

import ladybug

from vanban.store.graph_tables import SCHEMA
from vanban.store.neo4j.statements import Statement


def twin_ddl() -> list[str]:
    """CREATE NODE/REL TABLE statements for the push schema."""
    out = []
    for label, (columns, key) in SCHEMA.nodes.items():
        cols = ", ".join(f"`{c}` {t}" for c, t in columns)
        out.append(f"CREATE NODE TABLE `{label}`({cols}, PRIMARY KEY(`{key}`))")
    for relation, (columns, pairs) in SCHEMA.rels.items():
        parts = [f"FROM `{a}` TO `{b}`" for a, b in pairs]
        parts += [f"`{c}` {t}" for c, t in columns]
        out.append(f"CREATE REL TABLE `{relation}`({', '.join(parts)})")
    return out


class EmbeddedTwin:
    """A fresh LadybugDB file (or an in-memory database) ready for push statements."""

    dialect = "ladybug"

    def __init__(self, path: str | Path | None = None) -> None:
        target = ":memory:" if path is None else str(path)
        if path is not None and Path(path).exists():
            raise FileExistsError(f"{path} exists; the twin starts from an empty database")
        self._db = ladybug.Database(target)
        self._conn = ladybug.Connection(self._db)
        for statement in twin_ddl():
            self._conn.execute(statement)

    def query(self, cypher: str, params: dict[str, Any] | None = None) -> list[dict[str, Any]]:
        result = self._conn.execute(cypher, params or {})
        results = result if isinstance(result, list) else [result]
        try:
            last = results[-1]
            names = last.get_column_names()
            return [dict(zip(names, row, strict=True)) for row in last.get_all()]
        finally:
            for item in results:
                item.close()

    def run(self, statement: Statement) -> None:
        self.query(statement.cypher, statement.params)

    def run_all(self, statements: Iterable[Statement]) -> int:
        count = 0
        for statement in statements:
            self.run(statement)
            count += 1
        return count

    def close(self) -> None:
        self._conn.close()
        self._db.close()

    def __enter__(self) -> EmbeddedTwin:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
