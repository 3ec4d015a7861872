"""Reports researchers ask for, and the local web app: `vanban gaps`, `vanban report`,
`vanban serve`."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import click

from .cli_query import Engine, backend_options, document_options, pick_document
from .options import db_option
from .output import emit, output_options

THEN_HELP = "Count the 63 provinces in force before 1 July 2025 instead of today's 34."


@click.command("gaps")
@click.argument("number")
@click.option("--then", is_flag=True, help=THEN_HELP)
@click.option("--missing-only", is_flag=True, help="List only the provinces without one.")
@document_options
@backend_options
@output_options
def gaps_command(
    number: str,
    then: bool,
    missing_only: bool,
    year: int | None,
    date: str | None,
    engine: Engine,
    fmt: str,
) -> None:
    """Which provinces have no implementing document of NUMBER yet (today's 34, or the 63
    before July 2025 with --then), listed first; then, for each province that has one,
    its first and latest implementing document with their lags in days after NUMBER's
    date. An implementer counts down a chain of IMPLEMENTS, GUIDES and CONTINUES."""
    from .queries.gaps import GAP_COLUMNS, gaps

    with engine.open() as backend:
        doc = pick_document(backend, number, year, date)
        rows = gaps(backend, doc["key"], then)
    if missing_only:
        rows = [r for r in rows if not r["implemented"]]
    if doc.get("level") != "central":
        click.echo(
            f"note: {doc['number']} is {doc.get('level') or 'of unknown level'}, not central: "
            "provinces rarely implement another's documents.",
            err=True,
        )
    if fmt == "table":
        missing = sum(1 for r in rows if not r["implemented"])
        click.echo(
            f"{doc['number']} ({doc['date'] or 'undated'}): {missing} of "
            f"{63 if then else 34} provinces without an implementing document"
        )
    emit(rows, fmt, GAP_COLUMNS)


@click.command("report")
@click.option("--province", "-p", required=True, help="The province, in any spelling.")
@click.option("--then", is_flag=True, help=THEN_HELP)
@backend_options
@output_options
def report_command(
    province: str,
    then: bool,
    engine: Engine,
    fmt: str,
) -> None:
    """What --province implements among the central documents, on a timeline (its first
    implementing date and the lag in days after the central document), then the central
    documents its peers implement that it has not, most implemented first. A pre-2025
    province counts for the province it merged into, unless --then is given."""
    from .queries.province_report import (
        IMPLEMENTED_COLUMNS,
        NOT_YET_COLUMNS,
        UnknownProvince,
        province_report,
    )

    try:
        with engine.open() as backend:
            report = province_report(backend, province, then)
    except UnknownProvince as error:
        raise click.ClickException(str(error)) from None
    if fmt == "table":
        click.echo(f"{report.province}: implements {len(report.implemented)} central documents")
        emit(report.implemented, fmt, IMPLEMENTED_COLUMNS)
        click.echo(f"\nnot yet implemented by {report.province} (implemented by peers):")
        emit(report.not_yet, fmt, NOT_YET_COLUMNS)
        return
    rows: list[dict[str, Any]] = [
        {"province": report.province, "section": "implemented", **r} for r in report.implemented
    ]
    rows += [{"province": report.province, "section": "not_yet", **r} for r in report.not_yet]
    columns = ["province", "section", *dict.fromkeys(IMPLEMENTED_COLUMNS + NOT_YET_COLUMNS)]
    emit(rows, fmt, columns)


@click.command("serve")
@db_option
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option(
    "--port",
    type=click.IntRange(0, 65535),
    default=8765,
    show_default=True,
    help="Port to listen on; 0 picks a free one.",
)
def serve_command(db: Path, host: str, port: int) -> None:
    """A local, read-only web app on the store at --db: search, document pages (facts,
    evidence sentences, lineage, implementers and gaps by province), the coverage heatmap,
    province pages and a Cypher box that refuses writes. Prints the address to open; loads
    nothing from the web; Ctrl-C stops it."""
    from .cli_query import open_backend
    from .serve import create_app, serve_until_interrupted, start_server

    backend = open_backend(db)
    if host not in ("127.0.0.1", "localhost", "::1"):
        click.echo(f"warning: listening on {host}: other machines can read the store", err=True)
    try:
        server = start_server(create_app(backend), host, port)
    except OSError as error:
        backend.close()
        raise click.ClickException(
            f"cannot listen on {host}:{port}: {error.strerror or error}; "
            "pick another port with --port (0 picks a free one)."
        ) from None
    click.echo(f"vanban serve: http://{host}:{server.port}/ (Ctrl-C stops it)")
    serve_until_interrupted(server)
    backend.close()


REPORT_COMMANDS = (gaps_command, report_command, serve_command)
