"""`vanban schema`: the labels, relationship types and properties of a graph, with counts."""

from __future__ import annotations

import click

from .cli_query import Engine, backend_options
from .output import emit, output_options


@click.command("schema")
@backend_options
@output_options
def schema_command(
    engine: Engine,
    fmt: str,
) -> None:
    """The graph's node labels and relationship types, each with its count, its properties
    (with their types) and the labels a relationship type connects, like Neo4j Browser's
    `:schema`: of the embedded store, or with --neo4j of a Neo4j server."""
    from .queries.schema import schema

    with engine.open() as backend:
        rows = schema(backend)
    emit(rows, fmt, ["kind", "name", "count", "connects", "properties"])


COMMANDS = [schema_command]
