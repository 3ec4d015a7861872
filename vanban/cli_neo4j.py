"""`vanban neo4j push`: the graph of the embedded store on a Neo4j server (or another
Bolt server), and the connection options other commands share (`neo4j_options`)."""

from __future__ import annotations

import gc
import logging
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import click

from .options import db_option
from .output import emit, output_options
from .store.neo4j.connect import DEFAULT_URI, Neo4jSettings

NEO4J_OPTIONS = ("uri", "user", "password", "database")


class _DriverLog(logging.Handler):
    """The driver's warnings (retries, notifications) as one line each on stderr."""

    def emit(self, record: logging.LogRecord) -> None:
        lines = record.getMessage().strip().splitlines()
        click.echo(f"neo4j driver: {lines[0] if lines else record.levelname}", err=True)


def driver_log_to_stderr() -> None:
    """Show the driver's warnings in one line each, unless logging was set up already.

    The server's notifications about vanban's own queries are not shown: they are
    linted (tests/test_neo4j_lint.py), and the usual one, "the relationship type
    REPEALS does not exist", only says that the graph has no such edge yet."""
    logger = logging.getLogger("neo4j")
    if not logger.handlers:
        logger.addHandler(_DriverLog(logging.WARNING))
    logging.getLogger("neo4j.notifications").setLevel(logging.ERROR)


def neo4j_options(command: Callable[..., Any]) -> Callable[..., Any]:
    """Add --uri, --user, --password and --database (each also from a VANBAN_NEO4J_*
    variable). Help shows the variables' names, never their values."""
    options = [
        click.option(
            "--uri",
            envvar="VANBAN_NEO4J_URI",
            default=DEFAULT_URI,
            show_default=True,
            show_envvar=True,
            help="Bolt address: bolt://, neo4j:// (a cluster), neo4j+s:// (Aura, TLS).",
        ),
        click.option(
            "--user",
            envvar="VANBAN_NEO4J_USER",
            show_envvar=True,
            help="User name; without one, no authentication is sent.",
        ),
        click.option(
            "--password",
            envvar="VANBAN_NEO4J_PASSWORD",
            show_envvar=True,
            help="Password; prefer the variable (a command line shows in `ps`).",
        ),
        click.option(
            "--database",
            envvar="VANBAN_NEO4J_DATABASE",
            show_envvar=True,
            help="Database name (default: the server's default database).",
        ),
    ]
    for option in reversed(options):
        command = option(command)
    return command


def neo4j_settings(
    uri: str, user: str | None, password: str | None, database: str | None
) -> Neo4jSettings:
    return Neo4jSettings(uri=uri, user=user or None, password=password, database=database or None)


def open_neo4j_backend(
    uri: str, user: str | None, password: str | None, database: str | None
) -> Any:
    """A `Neo4jBackend` for `vanban cypher --neo4j` and `vanban lineage --neo4j`; a
    one-line `click.ClickException` when the server cannot be used."""
    from .store.neo4j.connect import Neo4jConnectError
    from .store.neo4j_backend import Neo4jBackend

    driver_log_to_stderr()
    try:
        return Neo4jBackend.open(neo4j_settings(uri, user, password, database))
    except Neo4jConnectError as error:
        raise click.ClickException(str(error)) from None


@click.group("neo4j")
def neo4j_group() -> None:
    """Put the graph on a Neo4j 5 server (or another Bolt server) for Browser and Bloom."""


@neo4j_group.command("push")
@db_option
@neo4j_options
@click.option(
    "--batch-size",
    type=click.IntRange(1, 100_000),
    default=1000,
    show_default=True,
    help="Rows per UNWIND statement (one transaction each).",
)
@click.option(
    "--wipe",
    is_flag=True,
    help="First delete vanban's nodes (Document, Organisation, Source, Unresolved, Evidence) "
    "and their edges on the server; nothing else is touched.",
)
@output_options
def push_command(
    db: Path,
    uri: str,
    user: str | None,
    password: str | None,
    database: str | None,
    batch_size: int,
    wipe: bool,
    fmt: str,
) -> None:
    """Push the graph of --db to a Bolt server: constraints and indexes first, then every
    node and edge, and each piece of evidence as an Evidence node (an edge holds the ids
    of its evidence, as in the store), in batches of `UNWIND $rows AS row MERGE ...`.

    Pushing twice changes nothing. Evidence gone from the store (an update replaced the
    evidence of the edges it changed) is deleted from the server after the batches;
    documents, organisations, sources and edges gone from the store stay on the server
    unless --wipe is given. Exits with a one-line message when the server cannot
    be reached, refuses the credentials or has no such database.
    """
    from neo4j import exceptions as nx

    from .store import StoreError
    from .store.neo4j import connect, statements
    from .store.neo4j.push import push, read_push_input

    settings = neo4j_settings(uri, user, password, database)
    driver_log_to_stderr()
    if not db.exists():
        raise click.ClickException(f"no store at {db}: build one with `vanban load PATH --db {db}`")
    try:
        graph, sources = read_push_input(db)
    except StoreError as error:
        raise click.ClickException(str(error)) from None
    gc.freeze()  # the graph stays to the end: keep the collector off it (2x faster batches)
    nodes, edges = statements.push_size(graph, sources)
    try:
        driver = connect.open_driver(settings)
    except connect.Neo4jConnectError as error:
        raise click.ClickException(str(error)) from None
    try:
        info = connect.server_info(driver, settings.database)
        with click.progressbar(
            length=nodes + edges, label="pushing", file=sys.stderr, show_pos=True
        ) as bar:
            report = push(
                driver,
                settings.database,
                info,
                statements.push_statements(graph, sources, batch_size),
                wipe_first=wipe,
                keep_evidence=statements.evidence_ids(graph),
                progress=lambda st: bar.update(st.rows),
            )
    except (nx.Neo4jError, nx.DriverError) as error:
        raise click.ClickException(connect.explain(error, settings)) from None
    finally:
        driver.close()
    sent = sum(report.nodes.values()) + sum(report.edges.values())
    summary = {
        "server": settings.where,
        "agent": info.agent,
        "dialect": info.dialect,
        "schema_statements": report.schema_statements,
        "wiped_nodes": report.wiped,
        "evidence_pruned": report.evidence_pruned,
        **{f"nodes_{k}": v for k, v in report.nodes.items()},
        **{f"edges_{k}": v for k, v in sorted(report.edges.items())},
        "batches": report.batches,
        "seconds": round(report.seconds, 2),
        "rows_per_second": round(sent / report.seconds) if report.seconds else None,
    }
    if fmt == "table":
        emit([{"what": k, "value": v} for k, v in summary.items()], fmt)
    else:
        emit([summary], fmt)
