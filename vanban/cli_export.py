"""`vanban export` (RDF with ELI, neo4j-admin CSV, GraphML, GEXF, JSON) and `vanban
sparql` (SPARQL over the graph's RDF)."""

from __future__ import annotations

import sys
from collections.abc import Callable
from contextlib import ExitStack
from pathlib import Path
from typing import Any

import click

from .options import db_option, span_options
from .output import emit, output_options, progress_bar, progress_option

FORMAT_HELP = (
    "ttl, jsonld, nt: RDF with the ELI ontology; graphml, gexf: for Gephi; "
    "csv: a folder of neo4j-admin import files; json: every node and edge with evidence."
)


def _check_store(db: Path) -> None:
    if not db.exists():
        raise click.ClickException(f"no store at {db}: build one with `vanban load PATH --db {db}`")


def dated(selection: Any, since: str | None, until: str | None) -> Any:
    """The selection without the documents dated outside [since, until] (undated ones go
    too when a span is given), nor the edges that touched them, nor the organisations
    left unlinked."""
    if since is None and until is None:
        return selection
    from .export.select import restrict
    from .queries.lineage import within

    graph = selection.graph
    keep = {k for k, d in graph.documents.items() if within(d.date, since, until)}
    linked = {
        end
        for e in graph.edges.values()
        if e.source in keep or e.target in keep
        for end in (e.source, e.target)
        if end in graph.organisations
    }
    return restrict(selection, keep | linked)


def _selection(db: Path, number: str | None, depth: int) -> Any:
    from .export.select import SelectionError, lineage_keys, read_selection, restrict
    from .store import StoreError

    _check_store(db)
    try:
        selection = read_selection(db)
    except StoreError as error:
        raise click.ClickException(str(error)) from None
    if number is None:
        return selection
    try:
        return restrict(selection, lineage_keys(selection.graph, number, depth))
    except SelectionError as error:
        raise click.ClickException(str(error)) from None


@click.command("export")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["ttl", "jsonld", "nt", "graphml", "gexf", "csv", "json"]),
    required=True,
    help=FORMAT_HELP,
)
@click.option(
    "-o",
    "--output",
    "output",
    type=click.Path(path_type=Path),
    required=True,
    help="File to write (a folder for --format csv).",
)
@click.option("--number", help="Only the lineage of this document (a number or a key).")
@click.option(
    "--depth",
    type=click.IntRange(0, 50),
    default=2,
    show_default=True,
    help="With --number: hops over any relation, either way.",
)
@click.option(
    "--base",
    default="https://vanban.example.org/",
    show_default=True,
    help="Base of the resource URIs in RDF (the vocabulary namespace does not change).",
)
@span_options("documents")
@db_option
@progress_option
def export_command(
    fmt: str,
    output: Path,
    number: str | None,
    depth: int,
    base: str,
    since: str | None,
    until: str | None,
    db: Path,
    progress: bool | None,
) -> None:
    """Write the graph of --db, or one document's lineage (--number), to a file.

    RDF uses the ELI ontology (eli:LegalResource, eli:based_on, eli:cites, eli:amends,
    eli:repeals, eli:ensures_implementation_of ...) and the vanban vocabulary
    (https://vanban.example.org/ns#, export/vocab.ttl); each relation's evidence is on a
    reified statement. CSV is a folder for `neo4j-admin database import full`, with the
    command in import.txt. An RDF export of the whole store reports its progress on stderr.
    """
    from .export.formats import RDF_FORMATS, write

    if fmt in RDF_FORMATS and number is None and since is None and until is None:
        # The whole store streams from its tables: memory stays flat however big it is.
        from .export.rdf_stream import export_store
        from .store import StoreError

        _check_store(db)
        try:
            with ExitStack() as stack:
                triples = export_store(
                    db, fmt, output, base=base, progress=_bar_on(stack, progress)
                )
        except StoreError as error:
            raise click.ClickException(str(error)) from None
        click.echo(f"wrote {output}: {triples} triples", err=True)
        return
    selection = dated(_selection(db, number, depth), since, until)
    if (since is not None or until is not None) and not selection.graph.documents:
        span = " ".join(f"{w} {d}" for w, d in (("from", since), ("until", until)) if d)
        raise click.ClickException(
            f"no document dated {span} in the selection: nothing written. Widen --from/--until."
        )
    written = write(selection, fmt, output, base=base)
    g = selection.graph
    click.echo(
        f"wrote {', '.join(str(p) for p in written)}: {len(g.documents)} documents, "
        f"{len(g.organisations)} organisations, {len(g.edges)} edges",
        err=True,
    )


def _bar_on(stack: ExitStack, shown: bool | None) -> Callable[[int, int], None] | None:
    """A `progress(done, total)` that draws a bar on stderr, opened in `stack` once the
    total is known; None when no bar is shown."""
    if not (sys.stderr.isatty() if shown is None else shown):
        return None
    bars: list[Any] = []

    def report(done: int, total: int) -> None:
        if not bars:
            bars.append(stack.enter_context(progress_bar(total, "writing", shown=True)))
        bars[0].update(done - bars[0].pos)

    return report


@click.command("sparql")
@click.argument("query", required=False)
@click.option(
    "-f", "--file", "file", type=click.File("r", encoding="utf-8"), help="Read the query from FILE."
)
@db_option
@output_options
def sparql_command(query: str | None, file: Any, db: Path, fmt: str) -> None:
    """Run SPARQL over the RDF of the graph at --db (as `vanban export --format ttl`
    writes it), in an Oxigraph store kept beside it (DB.sparql/), built at the first
    query after each load and reused until the next. The prefixes eli:, vb:, dcterms:,
    foaf:, skos:, rdf:, rdfs: and xsd: need no PREFIX line. Example: what implements 33/2021/CT-TTg:

        SELECT ?x WHERE { ?x vb:implements ?d . ?d eli:number "33/2021/CT-TTg" }
    """
    from .export.sparql import SparqlError
    from .export.sparql_store import open_sparql_store, query_store
    from .store import StoreError

    if (query is None) == (file is None):
        raise click.UsageError("give exactly one of QUERY or -f FILE.")
    text = query if query is not None else file.read()
    _check_store(db)
    try:
        # A first query after a load waits for the build: say why, to a person watching.
        notice = (lambda note: click.echo(note, err=True)) if sys.stderr.isatty() else None
        store, _built = open_sparql_store(db, on_build=notice)
    except (StoreError, OSError) as error:
        raise click.ClickException(f"cannot build the SPARQL store of {db}: {error}") from None
    try:
        rows = query_store(store, text)
    except SparqlError as error:
        raise click.ClickException(f"the query failed: {error}") from None
    emit(rows, fmt)
