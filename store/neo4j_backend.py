"""The query backend for a Neo4j server: the same `query(cypher, params)` as the embedded
store, so the named queries of `queries/` run on either (`dialect` picks their twins)."""

from __future__ import annotations

import datetime as dt
from typing import Any

import neo4j
from neo4j import exceptions as nx
from neo4j import graph
from neo4j import time as ntime

from .neo4j.connect import Neo4jConnectError, Neo4jSettings, explain, open_driver


def plain(value: Any) -> Any:
    """Driver values as JSON knows them: temporal values as ISO text, nested lists and
    maps walked; nodes, relationships and paths as maps shaped like the embedded store's
    (`_ID`, `_LABEL`, `_SRC`, `_DST`, `_NODES`, `_RELS`, then the properties)."""
    if isinstance(value, graph.Node):
        label = sorted(value.labels)[0] if value.labels else None
        return {"_ID": value.element_id, "_LABEL": label, **plain(dict(value))}
    if isinstance(value, graph.Relationship):
        ends = {
            "_SRC": value.start_node.element_id if value.start_node else None,
            "_DST": value.end_node.element_id if value.end_node else None,
        }
        return {**ends, "_LABEL": value.type, "_ID": value.element_id, **plain(dict(value))}
    if isinstance(value, graph.Path):
        return {"_NODES": plain(list(value.nodes)), "_RELS": plain(list(value.relationships))}
    if isinstance(value, ntime.Date | ntime.DateTime | ntime.Time):
        return value.iso_format()
    if isinstance(value, ntime.Duration):
        return str(value)
    if isinstance(value, dt.date | dt.datetime | dt.time):
        return value.isoformat()
    if isinstance(value, list | tuple):
        return [plain(v) for v in value]
    if isinstance(value, dict):
        return {k: plain(v) for k, v in value.items()}
    return value


class Neo4jBackend:
    """Read queries on a Neo4j server through one driver (``session.execute_read``, so
    the driver retries transient failures and routes to a reader in a cluster)."""

    dialect = "neo4j"

    def __init__(self, driver: neo4j.Driver, settings: Neo4jSettings) -> None:
        self._driver = driver
        self.settings = settings

    @classmethod
    def open(cls, settings: Neo4jSettings) -> Neo4jBackend:
        """Connect (a few tries while the server is unavailable); `Neo4jConnectError`
        with a one-line message if it cannot be used."""
        return cls(open_driver(settings), settings)

    def query(self, cypher: str, params: dict[str, Any] | None = None) -> list[dict[str, Any]]:
        """One dict per record, keyed by the RETURN names. Raises `Neo4jConnectError` when
        the server goes away or refuses the credentials, the driver's error otherwise
        (a syntax error in the query is the caller's to report)."""

        def work(tx: neo4j.ManagedTransaction) -> list[dict[str, Any]]:
            result = tx.run(cypher, params or {})
            return [plain(dict(zip(r.keys(), r.values(), strict=True))) for r in result]

        try:
            with self._driver.session(database=self.settings.database) as session:
                return session.execute_read(work)
        except (nx.ServiceUnavailable, nx.SessionExpired, nx.AuthError) as error:
            raise Neo4jConnectError(explain(error, self.settings)) from None

    def close(self) -> None:
        self._driver.close()

    def __enter__(self) -> Neo4jBackend:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
