"""`vanban view` and `vanban annotate`: HTML pages that open offline, one file each."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import click

from .graph.schema import EDGE_TYPES
from .options import db_option, document_date_option, province_callback, span_options
from .output import progress_bar, progress_option

VIEW_RELATIONS = EDGE_TYPES


def _relations(_ctx: click.Context, _param: click.Parameter, value: tuple[str, ...]) -> list[str]:
    chosen = [r.strip().upper() for v in value for r in v.split(",") if r.strip()]
    unknown = [r for r in chosen if r not in VIEW_RELATIONS]
    if unknown:
        raise click.BadParameter(
            f"unknown relation {', '.join(unknown)}; choose from {', '.join(VIEW_RELATIONS)}"
        )
    return chosen


@contextmanager
def _backend(db: Path) -> Iterator[Any]:
    from .queries.backend import EmbeddedBackend
    from .store import StoreError

    try:
        backend = EmbeddedBackend.open(db)
    except StoreError as error:
        raise click.ClickException(f"{error}.") from error
    try:
        yield backend
    finally:
        backend.close()


@click.command()
@click.argument("number", required=False)
@click.option("--all", "whole", is_flag=True, help="The whole graph (or a slice: --province...).")
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="The page to write [default: lineage-<slug>.html, or graph.html with --all].",
)
@db_option
@click.option("--up", "direction", flag_value="up", help="Only what the document rests on.")
@click.option("--down", "direction", flag_value="down", help="Only what acts on the document.")
@click.option("--both", "direction", flag_value="both", default=True, help="Both (the default).")
@click.option("--depth", type=click.IntRange(1, 20), default=6, show_default=True)
@click.option("--year", type=int, help="The year of the document, when a number names several.")
@document_date_option
@click.option(
    "--province",
    multiple=True,
    callback=province_callback,
    help="With --all: documents of this province, in any spelling (repeat).",
)
@click.option(
    "--since",
    "since_year",
    type=int,
    help="With --all: documents of this year or later (undated ones kept).",
)
@span_options("documents (with a NUMBER: and those on the way to them)")
@click.option(
    "--relation",
    "relations",
    multiple=True,
    callback=_relations,
    help="Relations to show (repeat or comma-separate) [default: lineage relations for a "
    "NUMBER, every relation between documents with --all; ISSUED_BY adds organisations].",
)
def view(
    number: str | None,
    whole: bool,
    output: Path | None,
    db: Path,
    direction: str,
    depth: int,
    year: int | None,
    date: str | None,
    province: tuple[str, ...],
    since_year: int | None,
    since: str | None,
    until: str | None,
    relations: list[str],
) -> None:
    """Write an interactive HTML page of one document's lineage, or of the graph.

    `vanban view 33/2021/CT-TTg` draws what the directive rests on and who implements it;
    `vanban view --all --province "Thanh Hóa" --since 2020` draws a slice of the graph.
    Central documents sit at the top, provincial, district and commune ones below, each
    row by date; hover for facts and evidence, click to focus, search any spelling of a
    number, filter by relation and province. The page needs no network: everything it
    uses is inside the file.
    """
    if whole == bool(number):
        raise click.UsageError("give a document NUMBER, or --all for the whole graph")
    if number and (province or since_year is not None):
        raise click.UsageError("--province and --since slice the whole graph: use them with --all")
    if whole and (year or date):
        raise click.UsageError("--year and --date pick one document: use them with a NUMBER")
    with _backend(db) as backend:
        if whole:
            written, summary = _graph(
                backend, db, output, province, since_year, (since, until), relations
            )
        else:
            assert number is not None
            written, summary = _lineage(
                backend, number, output, direction, depth, year, date, (since, until), relations
            )
    click.echo(f"wrote {written}: {summary}")


def _lineage(
    backend: Any,
    number: str,
    output: Path | None,
    direction: str,
    depth: int,
    year: int | None,
    date: str | None,
    span: tuple[str | None, str | None],
    relations: list[str],
) -> tuple[Path, str]:
    from .queries.lineage import DEFAULT_RELATIONS, lineage, lookup_spellings
    from .viz import lineage_filename
    from .viz.build import lineage_view
    from .viz.page import render_view

    key = _one_document(backend, number, year, date)
    chosen = relations or list(DEFAULT_RELATIONS)
    root = lineage(backend, key, direction, depth, chosen, *span)
    page = lineage_view(root, direction, depth, chosen, lookup_spellings(backend, root))
    path = output or Path(lineage_filename(key))
    _write(path, render_view(page))
    return path, f"{len(page.nodes)} documents, {len(page.edges)} links around {root.label}"


def _one_document(backend: Any, number: str, year: int | None, date: str | None) -> str:
    from .queries.lookup import find_documents, near_numbers

    rows = find_documents(backend, number, year=year, date=date)
    if not rows:
        near = near_numbers(backend, number)
        hint = f" Did you mean {', '.join(near)}?" if near else ""
        narrowed = " with that --year/--date" if year or date else ""
        raise click.ClickException(
            f"no document numbered {number}{narrowed} in the store.{hint} "
            "Check the number, or load the texts that cite it with `vanban load`."
        )
    if len(rows) > 1:
        listed = "\n".join(
            f"  {r['number'] or r['key']}  {r.get('date') or r.get('year') or '?'}  "
            f"{r.get('province') or ''}  {(r.get('title') or '')[:60]}".rstrip()
            for r in rows
        )
        raise click.ClickException(
            f"{len(rows)} documents are numbered {number}:\n{listed}\n"
            "Say which with --year YEAR or --date DATE (2021-11-26 or 26/11/2021)."
        )
    return rows[0]["key"]


def _graph(
    backend: Any,
    db: Path,
    output: Path | None,
    provinces: tuple[str, ...],
    since: int | None,
    span: tuple[str | None, str | None],
    relations: list[str],
) -> tuple[Path, str]:
    from .store.read_graph import read_graph
    from .viz import DOCUMENT_RELATIONS
    from .viz.build import graph_view
    from .viz.page import render_view

    paths = {
        r["id"]: r["path"]
        for r in backend.query("MATCH (s:Source) RETURN s.id AS id, s.path AS path")
    }
    from .cli_export import dated
    from .export.select import Selection

    full = read_graph(db)
    graph = dated(Selection(full), *span).graph
    page = graph_view(graph, provinces, since, relations or DOCUMENT_RELATIONS, paths)
    # The slice by date is made before the view: count what it left out as well.
    page.total = len(full.documents) + len(full.organisations)
    page.left_out = page.total - len(page.nodes)
    if (provinces or since is not None or span != (None, None)) and not page.nodes:
        asked = ", ".join(
            [*(f"province {p}" for p in provinces)]
            + ([f"since {since}"] if since is not None else [])
            + ([f"from {span[0]}"] if span[0] else [])
            + ([f"until {span[1]}"] if span[1] else [])
        )
        raise click.ClickException(
            f"no document in {db} fits {asked}: no page written. Widen the filters, or "
            "check them with `vanban search` or `vanban stats`."
        )
    # the whole graph (no slice) opens on an overview with the coverage heatmap
    if page.groups and not provinces and since is None and span == (None, None):
        from .queries.gaps import province_names
        from .queries.province_report import central_coverage
        from .viz.heatmap import heatmap
        from .viz.overview import HEATMAP_ROWS

        rows = central_coverage(backend)
        page.heatmap = heatmap(rows, province_names(False), False, HEATMAP_ROWS)
    path = output or Path("graph.html")
    _write(path, render_view(page))
    return path, (
        f"{len(page.nodes):,} of {page.total:,} nodes ({page.left_out:,} left out by "
        f"the filters), {len(page.edges):,} links"
    )


def _marked(sources: list[Any], resolver: Any, progress: bool | None) -> list[Any]:
    """Each source's references read and resolved, with a bar on stderr (a long file of
    texts takes half a minute)."""
    from .viz.texts import read_marks

    texts = []
    with progress_bar(len(sources), "reading references", progress) as bar:
        for source in sources:
            texts.append(read_marks(source, resolver))
            bar.update(1)
    return texts


def _write(path: Path, html: str) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(html, "utf-8")
    except OSError as error:
        raise click.ClickException(
            f"cannot write {path}: {error.strerror}. Choose another place with -o."
        ) from error


@click.command()
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="The page to write [default: annotated-<file name>.html].",
)
@db_option
@progress_option
def annotate(file: Path, output: Path | None, db: Path, progress: bool | None) -> None:
    """Write FILE as an HTML page with every document reference highlighted.

    Each reference is coloured by the relation the text states (implements, guides,
    cites...), shows its canonical number and relation on hover, and links to its
    document: with a store at --db, to `lineage-<slug>.html` when that page lies beside
    the output (write it with `vanban view NUMBER` in the same folder), else to its entry
    in the table below the text. Without a store, references are highlighted unlinked.
    """
    from .loaders import Skipped, read_path
    from .viz import annotated_page
    from .viz.texts import StoreResolver

    path = output or Path(f"annotated-{file.stem}.html")
    items = list(read_path(file))
    skipped = [i for i in items if isinstance(i, Skipped)]
    sources = [i for i in items if not isinstance(i, Skipped)]
    if not sources:
        reason = skipped[0].reason if skipped else "no text in it"
        raise click.ClickException(
            f"cannot read {file}: {reason}. Give a .txt, .md, .html, .pdf, .docx or .jsonl file."
        )
    for s in skipped:
        click.echo(f"vanban: skipped {s.path}: {s.reason}", err=True)
    if db.exists():
        with _backend(db) as backend:
            texts = _marked(sources, StoreResolver(backend, path), progress)
    else:
        click.echo(
            f"vanban: no store at {db}: references are not linked to documents "
            "(build one with `vanban load PATH --db FILE`).",
            err=True,
        )
        texts = _marked(sources, None, progress)
    _write(path, annotated_page(texts, f"References in {file.name}"))
    marks = sum(len(t.marks) for t in texts)
    linked = sum(1 for t in texts for m in t.marks if m.target)
    click.echo(
        f"wrote {path}: {marks} references in {len(texts)} text(s), {linked} linked to documents"
    )
