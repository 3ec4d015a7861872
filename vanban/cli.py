"""The `vanban` command line."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from typing import Any

import click

from . import __version__
from .batch import extract_paths
from .loaders import Skipped
from .output import emit, output_options
from .records import document_record, reference_records, skipped_record, table_row


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="vanban")
def main() -> None:
    """Find references between Vietnamese Party and State documents and build a graph of them."""


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(exists=True))
@click.option("--jobs", "-j", type=int, default=None, help="Worker processes (default: all cores).")
@output_options
def extract(paths: tuple[str, ...], jobs: int | None, fmt: str) -> None:
    """Find every document reference in PATHS (files or folders).

    For each source, prints one `document` record (the text's own number, type, issuer,
    date, province and language) and one `reference` record per reference found.
    Reads .txt, .md, .html, .pdf, .docx and .jsonl (one document a line, in a `text`
    field). Exits with status 1, after a summary on stderr, if any input was skipped.
    """
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
    if skipped:
        click.echo(f"vanban: {len(skipped)} input(s) skipped:", err=True)
        for s in skipped:
            click.echo(f"  {s.path}: {s.reason}", err=True)
        sys.exit(1)
