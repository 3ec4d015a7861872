"""`vanban schema`: the labels, relationship types and properties of a graph, with counts."""

from __future__ import annotations

from pathlib import Path

import click

from .cli_query import backend_options, chosen_backend
from .output import emit, output_options


@click.command("schema")
@backend_options
@output_options
def schema_command(
    db: Path,
    use_neo4j: bool,
    uri: str,
    user: str | None,
    password: str | None,
    database: str | None,
    fmt: str,
) -> None:
    """The graph's node labels and relationship types, each with its count, its properties
    (with their types) and the labels a relationship type connects, like Neo4j Browser's
    `:schema`: of the embedded store, or with --neo4j of a Neo4j server."""
    from .queries.schema import schema

    with chosen_backend(db, use_neo4j, uri, user, password, database) as backend:
        rows = schema(backend)
    emit(rows, fmt, ["kind", "name", "count", "connects", "properties"])


COMMANDS = [schema_command]
