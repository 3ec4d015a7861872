"""The `vanban` command line."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from . import __version__
from .cli_export import export_command, sparql_command
from .cli_neo4j import neo4j_group
from .cli_query import COMMANDS
from .cli_reports import REPORT_COMMANDS
from .cli_resolve import resolve_command
from .cli_schema import schema_command
from .cli_viz import annotate, view
from .options import db_option
from .output import emit, output_options

if TYPE_CHECKING:
    from .loaders import Skipped


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="vanban")
def main() -> None:
    """Find references between Vietnamese Party and State documents and build a graph of them."""


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(exists=True))
@click.option("--jobs", "-j", type=int, default=None, help="Worker processes (default: all cores).")
@click.option(
    "--facts",
    "facts_dir",
    type=click.Path(file_okay=False, path_type=Path),
    default=None,
    help="Write every source's facts as Parquet files in this folder (new or empty, or "
    "facts written before, which are replaced) instead of printing records; "
    "`vanban load --facts` reads them.",
)
@click.option(
    "--scheduler",
    default=None,
    metavar="ADDRESS|local",
    help="With --facts: extract on a Dask cluster (its scheduler's address, or `local` for "
    "one of --jobs processes, default 2, on this machine; needs `pip install "
    "'vanban[cluster]'`). "
    "Inputs and the folder must be at the same path on every worker.",
)
@output_options
def extract(
    paths: tuple[str, ...],
    jobs: int | None,
    facts_dir: Path | None,
    scheduler: str | None,
    fmt: str,
) -> None:
    """Find every document reference in PATHS (files or folders).

    For each source, prints one `document` record (the text's own number, type, issuer,
    date, province and language) and one `reference` record per reference found: numbers,
    short forms and laws cited by name, each with its relation to the text (the rule, cue
    words and confidence that decided it), as `vanban load` stores it.
    Reads .txt, .md, .html, .pdf, .docx and .jsonl (one document a line, in a `text`
    field). Exits with status 1, after a summary on stderr, if any input was skipped.

    With --facts DIR, writes instead what `vanban load` stores of each source (its
    identity, mentions with their sentences and bodies, relations) as Parquet tables
    sources, mentions, statements and skipped, and prints a summary.
    """
    if scheduler and not facts_dir:
        raise click.UsageError("--scheduler writes facts: give --facts DIR too.")
    if facts_dir:
        _extract_facts(paths, facts_dir, jobs, scheduler, fmt)
        return
    from .batch import extract_paths
    from .loaders import Skipped
    from .records import document_record, reference_records, skipped_record, table_row

    skipped: list[Skipped] = []

    def records() -> Iterator[dict[str, Any]]:
        for item in extract_paths(paths, jobs):
            if isinstance(item, Skipped):
                skipped.append(item)
                yield skipped_record(item)
                continue
            yield document_record(item)
            yield from reference_records(item)

    rows = records() if fmt != "table" else (table_row(r) for r in records())
    emit(rows, fmt)
    _report_skipped(skipped)


def _extract_facts(
    paths: tuple[str, ...], out: Path, jobs: int | None, scheduler: str | None, fmt: str
) -> None:
    from .cluster import DaskMissing
    from .facts_files import FactsError, read_skipped

    try:
        if scheduler:
            from .cluster import extract_on_cluster

            summary = extract_on_cluster(paths, out, scheduler, workers=jobs or 2)
        else:
            from .batch import extract_facts

            summary = extract_facts(paths, out, jobs)
    except (FactsError, DaskMissing) as error:
        raise click.ClickException(str(error)) from error
    rows = {"facts": str(out), **{k: v for k, v in summary.items() if k != "parts"}}
    rows["parts"] = len(summary["parts"])
    emit([{"what": k, "count": v} for k, v in rows.items()] if fmt == "table" else [rows], fmt)
    _report_skipped(read_skipped(out))


@main.command()
@click.argument("paths", nargs=-1, type=click.Path(exists=True))
@db_option
@click.option("--jobs", "-j", type=int, default=None, help="Worker processes (default: all cores).")
@click.option(
    "--facts",
    "facts_dirs",
    multiple=True,
    type=click.Path(exists=True, file_okay=False, path_type=Path),
    help="A folder of facts written by `vanban extract --facts` to load instead of reading "
    "texts (repeatable; PATHS may be given too).",
)
@output_options
def load(
    paths: tuple[str, ...], db: Path, jobs: int | None, facts_dirs: tuple[Path, ...], fmt: str
) -> None:
    """Read, extract, resolve and store PATHS in the graph at --db.

    PATHS are texts (files or folders); facts extracted earlier, on this machine or on a
    cluster, are loaded with --facts DIR and give the same store as their texts.
    Unchanged sources are not read again; a changed source replaces its own facts; sources
    stored earlier from other inputs stay (those an older vanban stored are read again from
    their own inputs; if one is gone, the load stops and says which). Only what a change
    can touch is resolved again (the sources sharing a number's family with it), and the
    store is updated in a copy by the difference (the first load builds it whole); the
    copy is swapped in only once verified, so an interrupted load leaves it as it was.
    Prints a summary; exits with status 1 if any input was skipped.
    """
    from .facts_files import FactsError
    from .load import OutdatedSourcesError, count_sources
    from .load import load as run_load
    from .store import StoreError

    if not paths and not facts_dirs:
        raise click.UsageError("give PATHS to read, or --facts DIR.")
    # Not on a terminal (a pipe, a log, `make demo` under CI) the bar would print its label
    # once as a stray "reading" line: it is shown only on a terminal, and only then are the
    # sources counted (a pass over every .jsonl file before the load reads it).
    hidden = not sys.stderr.isatty()
    total = 0 if hidden else count_sources(paths, facts_dirs)  # documents, not files
    with click.progressbar(
        length=total, label="reading", file=sys.stderr, show_pos=True, hidden=hidden
    ) as bar:
        try:
            # the summary reads the report, the cases and the warnings, not the graph
            report, graph = run_load(
                paths,
                db,
                jobs,
                facts=facts_dirs,
                on_source=lambda: bar.update(1),
                keep_graph=False,
            )
        except (FactsError, OutdatedSourcesError, StoreError) as error:
            raise click.ClickException(f"{error}. The store at {db} was left as it was.") from error
    summary = {
        "db": str(db),
        "sources_read": report.sources_read,
        "new": report.new,
        "changed": report.changed,
        "unchanged": report.unchanged,
        "kept_from_earlier_loads": report.kept,
        "skipped": len(report.skipped),
        "documents": report.documents,
        "organisations": report.organisations,
        "edges": sum(report.edges.values()),
        **{f"edges_{k}": v for k, v in sorted(report.edges.items())},
        "unresolved": report.unresolved,
        **{f"references_{k.replace(' ', '_')}": v for k, v in sorted(report.resolution.items())},
    }
    if fmt == "table":
        emit([{"what": k, "count": v} for k, v in summary.items()], fmt)
        # after an update by difference, the cases of the sources it resolved again
        shown = graph.unresolved[:SHOWN_UNRESOLVED]
        for u in shown:
            click.echo(
                f"unresolved {u.canonical} in {u.source}: {u.reason}: {', '.join(u.candidates)}"
            )
        more = report.unresolved - len(shown)
        if more > 0:
            click.echo(f"... and {more} more: `vanban unresolved --db {db}` lists them all.")
    else:
        emit([summary], fmt)
    for warning in graph.warnings:  # disagreeing metadata, corrections matching nothing
        click.echo(f"warning: {warning}", err=True)
    _report_skipped(report.skipped)


SHOWN_UNRESOLVED = 20  # in the summary of a load; `vanban unresolved` lists every one


def _report_skipped(skipped: list[Skipped]) -> None:
    if skipped:
        click.echo(f"vanban: {len(skipped)} input(s) skipped:", err=True)
        for s in skipped:
            click.echo(f"  {s.path}: {s.reason}", err=True)
        sys.exit(1)


for _command in (*COMMANDS, *REPORT_COMMANDS):
    main.add_command(_command)
main.add_command(view)
main.add_command(annotate)
main.add_command(resolve_command)
main.add_command(neo4j_group)
main.add_command(export_command)
main.add_command(sparql_command)
main.add_command(schema_command)
