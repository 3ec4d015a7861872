"""The commands researchers use every day: lineage, implementers, coverage, show, search,
stats, unresolved, check and cypher. All share `--db` and the output options."""

from __future__ import annotations

import functools
import json
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import click

from .cli_neo4j import neo4j_options
from .options import (
    DATE_FORMATS,
    db_option,
    document_date_option,
    province_callback,
    span_options,
)
from .output import echo_note, emit, output_options, page_note, requested_page, take_page
from .queries.backend import Backend, EmbeddedBackend
from .queries.chain import CHAIN_STEPS, chain_note
from .queries.evidence import snippet
from .queries.headers import rename_columns
from .queries.lineage import ALL_RELATIONS, DEFAULT_RELATIONS, LineageNode, lineage
from .queries.lookup import find_documents, near_numbers
from .queries.reports import GROUPINGS


@dataclass(frozen=True)
class Engine:
    """Where a command runs: the embedded store at `db`, or with `use_neo4j` a server."""

    db: Path
    use_neo4j: bool
    uri: str
    user: str | None
    password: str | None = field(repr=False)  # never printed
    database: str | None

    def open(self) -> Any:
        """The backend to query, as a context manager."""
        if self.use_neo4j:
            from .cli_neo4j import open_neo4j_backend

            return open_neo4j_backend(self.uri, self.user, self.password, self.database)
        return open_backend(self.db)


def backend_options(command: Callable[..., Any]) -> Callable[..., Any]:
    """`--db` for the embedded store, or `--neo4j` (with its connection options) for a
    server; the command receives them as one `engine` (an `Engine`)."""

    @functools.wraps(command)
    def run(
        *args: Any,
        db: Path,
        use_neo4j: bool,
        uri: str,
        user: str | None,
        password: str | None,
        database: str | None,
        **kwargs: Any,
    ) -> Any:
        return command(*args, engine=Engine(db, use_neo4j, uri, user, password, database), **kwargs)

    wrapped = neo4j_options(run)
    wrapped = click.option(
        "--neo4j",
        "use_neo4j",
        is_flag=True,
        help="Run on the Neo4j server given by --uri/--user/--password/--database instead.",
    )(wrapped)
    return db_option(wrapped)


def open_backend(db: Path) -> EmbeddedBackend:
    from .store import NotAStoreError, StoreError

    if not db.exists():
        raise click.ClickException(
            f"no store at {db}: build one with `vanban load PATH --db {db}`."
        )
    try:
        return EmbeddedBackend.open(db)
    except NotAStoreError as error:
        # `vanban load` refuses to replace a file that is not a store: advising it would
        # send the user round in a circle.
        raise click.ClickException(
            f"{error}. --db must name a store built by `vanban load` (or a new file name)."
        ) from error
    except StoreError as error:
        raise click.ClickException(
            f"{error}; rebuild it with `vanban load PATH --db {db}`."
        ) from error


def relation_list(value: str | None, default: tuple[str, ...]) -> tuple[str, ...]:
    if not value:
        return default
    wanted = tuple(v.strip().upper() for v in value.split(",") if v.strip())
    unknown = [v for v in wanted if v not in ALL_RELATIONS]
    if unknown:
        raise click.BadParameter(
            f"unknown relation {', '.join(unknown)}; use {', '.join(ALL_RELATIONS)}"
        )
    return wanted


def pick_document(
    backend: Backend, number: str, year: int | None, date: str | None
) -> dict[str, Any]:
    """The one document `number` names, or a one-line error saying how to choose."""
    rows = find_documents(backend, number, year, date)
    if len(rows) == 1:
        return rows[0]
    if not rows and (year or date):
        known = find_documents(backend, number)
        if known:
            asked = f"--date {date}" if date else f"--year {year}"
            raise click.ClickException(
                f"no document {number} of {asked} in the store; it fits "
                + ", ".join(_dated(r) for r in known)
                + f". Dates may be written {DATE_FORMATS}."
            )
    if not rows:
        near = near_numbers(backend, number)
        hint = f"; did you mean {', '.join(near)}?" if near else "; try `vanban search WORDS`."
        raise click.ClickException(f"no document {number} in the store{hint}")
    listed = ", ".join(_dated(r) for r in rows)
    raise click.ClickException(
        f"{number} fits {len(rows)} documents: {listed}; pick one with --year or --date "
        "(2021-11-26 or 26/11/2021)."
    )


def _dated(row: dict[str, Any]) -> str:
    return f"{row['number']} of {row['date'] or row['period'] or 'unknown date'}"


def document_options(command: Callable[..., Any]) -> Callable[..., Any]:
    command = document_date_option(command)
    return click.option(
        "--year", type=int, help="The document's year, when a number fits several."
    )(command)


# -- lineage ----------------------------------------------------------------------------


def _tree_lines(
    node: LineageNode,
    prefix: str = "",
    last: bool = True,
    root: bool = True,
    shown: set[int] | None = None,
) -> list[str]:
    """The tree drawn a node a line (and its first evidence below it); with `shown` (ids
    of nodes), only the lines of those nodes, drawn where they stand in the whole tree."""
    arrow = {"up": "↑", "down": "↓"}.get(node.direction or "", "")
    parts = [
        f"{arrow} {'+'.join(node.relations or [node.relation])}" if node.relation else "",
        "✓" if node.implementing else "",
        node.label,
        node.type_name or "",
        node.issuer or "",
        node.level or "",
        node.province or "",
        node.date or "",
        f"{node.lag_days} days" if node.lag_days is not None else "",
    ]
    head = "  ".join(p for p in parts if p)
    lines = [head if root else f"{prefix}{'└─ ' if last else '├─ '}{head}"]
    inner = prefix + ("   " if last else "│  ") if not root else ""
    for ev in node.evidence[:1]:
        sentence = snippet(ev["sentence"], ev.get("surface"))
        more = f" (+{len(node.evidence) - 1} more)" if len(node.evidence) > 1 else ""
        lines.append(f"{inner}{'│  ' if node.children else '   '}“{sentence}” — {ev['path']}{more}")
        if ev.get("identity"):
            lines.append(f"{inner}{'│  ' if node.children else '   '}identity: {ev['identity']}")
    if shown is not None and id(node) not in shown:
        lines = []
    for i, child in enumerate(node.children):
        lines += _tree_lines(child, inner, i == len(node.children) - 1, False, shown)
    return lines


def _flat(root: LineageNode) -> list[dict[str, Any]]:
    rows = []
    parents = {id(c): n.label for n in root.walk() for c in n.children}
    for node in root.walk():
        first = node.evidence[0] if node.evidence else {}
        rows.append(
            {
                "depth": node.depth,
                "direction": node.direction or "root",
                "relation": node.relation,
                "relations": "+".join(node.relations),
                "implementing": node.implementing,
                "parent": parents.get(id(node)),
                "number": node.label,
                "type": node.type,
                "issuer": node.issuer,
                "level": node.level,
                "province": node.province,
                "date": node.date,
                "lag_days": node.lag_days,
                "confidence": node.confidence,
                "snippet": snippet(first["sentence"], first.get("surface")) if first else None,
                "sentence": first.get("sentence"),
                "source": first.get("path"),
                "identity": first.get("identity"),
                "evidence_count": len(node.evidence),
            }
        )
    return rows


LINEAGE_HELP = f"""The lineage of document NUMBER, in any spelling: what it implements upstream
and the chain of documents and bodies that implement it downstream, with dates, lags in days
and the sentence each link was read from.

A link two documents share by several relations names them all (IMPLEMENTS+BASED_ON). ✓
marks the implementers, the very set `vanban implementers` counts. {chain_note()}

--limit and --offset cut the nodes in the order of the tree (the document itself first),
in the table and in --csv, --nl and --xlsx; the evidence is fetched for those rows only.
--json prints the whole tree."""


@click.command("lineage", help=LINEAGE_HELP)
@click.argument("number")
@click.option("--up", "direction", flag_value="up", help="Only what it implements or rests on.")
@click.option("--down", "direction", flag_value="down", help="Only what implements it.")
@click.option("--both", "direction", flag_value="both", default=True, help="Both ways (default).")
@click.option("--depth", type=click.IntRange(1, 12), default=CHAIN_STEPS, show_default=True)
@click.option(
    "--relation",
    help=f"Relations to follow, comma-separated (default {','.join(DEFAULT_RELATIONS)}).",
)
@span_options("documents (and those on the way to them)")
@document_options
@backend_options
@output_options
def lineage_command(
    number: str,
    direction: str,
    depth: int,
    relation: str | None,
    since: str | None,
    until: str | None,
    year: int | None,
    date: str | None,
    engine: Engine,
    fmt: str,
) -> None:
    # the page is cut here: fields and evidence are fetched for its rows only; the JSON
    # tree is printed whole
    limit, offset = take_page()
    if fmt == "json":
        limit, offset = None, 0
    with engine.open() as backend:
        doc = pick_document(backend, number, year, date)
        chosen = relation_list(relation, DEFAULT_RELATIONS)
        tree = lineage(
            backend, doc["key"], direction, depth, chosen, since, until, limit=limit, offset=offset
        )
    paged = limit is not None or offset > 0
    nodes = list(tree.walk())
    page = nodes[offset : offset + limit] if limit is not None else nodes[offset:]
    if fmt == "table":
        shown = {id(n) for n in page} if paged else None
        click.echo("\n".join(_tree_lines(tree, shown=shown)))
        echo_note(f"✓ {chain_note(depth)}{_span_note(since, until)}")
    elif fmt == "json":
        click.echo(json.dumps(tree.to_dict(), ensure_ascii=False, indent=1))
    else:
        rows = _flat(tree)
        emit(rows[offset : offset + limit] if limit is not None else rows[offset:], fmt)
    if paged:
        page_note(offset, len(page), len(nodes))


def _span_note(since: str | None, until: str | None) -> str:
    """The date span asked for, as a sentence after the definition ("" for none)."""
    if since and until:
        return f" Only those dated from {since} until {until}."
    if since:
        return f" Only those dated from {since} on."
    return f" Only those dated until {until}." if until else ""


@click.command(
    "implementers",
    help=f"""Who implements document NUMBER, grouped by province,
level or issuer, with the first and latest dates and the lag in days after the document
itself (--neo4j: on a server). {chain_note()} `vanban lineage --down` marks the same
documents with ✓.""",
)
@click.argument("number")
@click.option(
    "--by",
    type=click.Choice(GROUPINGS),
    default="province",
    show_default=True,
)
@click.option(
    "--depth",
    type=click.IntRange(1, 12),
    default=CHAIN_STEPS,
    show_default=True,
    help="Steps down a chain of implementation (1: direct implementers only).",
)
@span_options("implementers")
@document_options
@backend_options
@output_options
def implementers_command(
    number: str,
    by: str,
    depth: int,
    since: str | None,
    until: str | None,
    year: int | None,
    date: str | None,
    engine: Engine,
    fmt: str,
) -> None:
    from .queries.reports import implementers

    with engine.open() as backend:
        doc = pick_document(backend, number, year, date)
        rows = implementers(backend, doc["key"], by, depth, since, until)
    emit(rows, fmt)
    if fmt == "table":
        echo_note(f"{chain_note(depth)}{_span_note(since, until)}")


@click.command("coverage")
@click.option("--central-only", is_flag=True, help="Only central documents as rows.")
@click.option(
    "--province",
    callback=province_callback,
    help="Only implementers of this province (any spelling: Thanh Hoa, THANH HÓA).",
)
@span_options("implementers")
@db_option
@output_options
def coverage_command(
    central_only: bool,
    province: str | None,
    since: str | None,
    until: str | None,
    db: Path,
    fmt: str,
) -> None:
    """A matrix of documents by province: the date each province first implemented each one
    (down a chain of implementation, as `vanban implementers` counts it), "undated" where
    its implementing documents carry no date, empty where it has none."""
    from .queries.reports import coverage

    with open_backend(db) as backend:
        provinces, rows = coverage(backend, central_only, province, since, until)
    emit(rows, fmt, ["document", "level", "date", "provinces", *provinces])
    if fmt == "table":
        echo_note(f"{chain_note()}{_span_note(since, until)}")


@click.command("show")
@click.argument("number")
@document_options
@db_option
@output_options
def show_command(number: str, year: int | None, date: str | None, db: Path, fmt: str) -> None:
    """Everything known about document NUMBER: its fields, then every mention with its source
    and sentence."""
    from .queries.reports import mentions

    with open_backend(db) as backend:
        doc = pick_document(backend, number, year, date)
        rows = mentions(backend, doc["key"])
    if fmt == "table":
        for k, v in doc.items():
            click.echo(f"{k:>9}: {', '.join(v) if isinstance(v, list) else v}")
        click.echo("")
        emit(rows, fmt, ["direction", "relation", "other", "surface", "path", "sentence"])
    else:
        emit([{**doc, "mentions": rows}] if fmt == "json" else rows, fmt)


def _search_help() -> str:
    from .queries.search import EXAMPLES

    examples = "\n".join(f"  vanban search {q}\n      {meaning}" for q, meaning in EXAMPLES.items())
    return f"""Documents and organisations by WORDS, best first: ranked full-text search (BM25)
over numbers in any spelling, titles, issuing bodies, provinces and the evidence sentences.

Every word is required; "quoted words" must stand together (so must the words of one
argument the shell quoted: "thu tuc hanh chinh"); words naming a province
(Thanh Hoa) mean that province; diacritics are optional (dan van finds dân vận). The
index is built from the store at each search (LadybugDB's FTS extension needs a download).

\b
{examples}"""


def _typed(words: tuple[str, ...]) -> str:
    """The query as typed: an argument the shell kept whole ("thu tuc hanh chinh") was
    quoted, so it is a phrase, unless it holds quotes of its own."""
    return " ".join(
        f'"{w}"' if len(w.split()) > 1 and not set(w) & set('"“”') else w for w in words
    )


SEARCH_PAGE = 50


@click.command("search", help=_search_help())
@click.argument("words", nargs=-1, required=True)
@span_options("documents")
@db_option
@output_options
def search_command(
    words: tuple[str, ...], since: str | None, until: str | None, db: Path, fmt: str
) -> None:
    from .queries.search import search

    # every match is ranked (the index is built for the query anyway); the best SEARCH_PAGE
    # are printed unless --limit asks for another page size, and stderr tells the count
    requested_page(default_limit=SEARCH_PAGE)
    with open_backend(db) as backend:
        try:
            rows = search(backend, _typed(words), None, since, until)
        except ValueError as error:
            raise click.UsageError(str(error)) from None
    emit(rows, fmt)


@click.command("stats")
@db_option
@output_options
def stats_command(db: Path, fmt: str) -> None:
    """The graph's size: nodes by kind and edges by relation."""
    from .queries.reports import stats

    with open_backend(db) as backend:
        emit(stats(backend), fmt)


@click.command("unresolved")
@db_option
@output_options
def unresolved_command(db: Path, fmt: str) -> None:
    """References that stayed ambiguous (with their candidates) or undated, with counts and
    the files they were read from."""
    from .queries.reports import unresolved

    with open_backend(db) as backend:
        emit(_with_source_paths(backend, unresolved(backend)), fmt)


def _with_source_paths(backend: Backend, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Each row's `sources` as the files they were read from (once each), not their ids."""
    from .queries.library import run

    ids = sorted({s for r in rows for s in r["sources"]})
    paths = {r["id"]: r["path"] for r in run(backend, "sources", ids=ids)} if ids else {}
    return [
        {**r, "sources": list(dict.fromkeys(paths.get(s, s) for s in r["sources"]))} for r in rows
    ]


@click.command("check")
@db_option
@output_options
def check_command(db: Path, fmt: str) -> None:
    """Edges set aside as impossible (the subject is dated before its target), with the
    sentence each was read from; exits with status 1 when there are any."""
    from .queries.checks import impossible_edges

    with open_backend(db) as backend:
        rows = impossible_edges(backend)
    emit(rows, fmt)
    if rows:
        raise SystemExit(1)


@click.command("cypher")
@click.argument("query", required=False)
@click.option(
    "-f", "--file", "file", type=click.File("r", encoding="utf-8"), help="Read the query from FILE."
)
@click.option("--name", help="Run a named query of the library (see --list).")
@click.option(
    "--list", "list_names", is_flag=True, help="List the named queries and their parameters."
)
@click.option(
    "--param",
    "-p",
    "params",
    multiple=True,
    metavar="NAME=VALUE",
    help="A query parameter; repeat for several. JSON values ([..], numbers) are parsed.",
)
@backend_options
@output_options
def cypher_command(
    query: str | None,
    file: Any,
    name: str | None,
    list_names: bool,
    params: tuple[str, ...],
    engine: Engine,
    fmt: str,
) -> None:
    """Run Cypher on the embedded store (or, with --neo4j, on a Neo4j server): QUERY, a
    file, or a named query of the library (in the spelling of the engine it runs on).

    Named queries match document numbers in any spelling (a `number`, `from` or `to`
    parameter is folded for you); when its rows are edges with the ids of their evidence
    (`evidence`, `evidence_count`), the evidence is fetched by them and added as lists
    (`sources`, `sentences`, ...). An edge's evidence is in the Evidence table: `UNWIND
    range(r.evidence, r.evidence + r.evidence_count - 1) AS i MATCH (v:Evidence {id: i})`.
    Columns are headed as the RETURN clause writes them; in a table, nodes and
    relationships print short (`(:Document 33/CT-TTg)`, `[:IMPLEMENTS]`), whole with
    --json."""
    from .queries import library

    if list_names:
        rows = [
            {
                "name": q.name,
                "dialect": q.dialect or "both",
                "params": ", ".join(f"{k}: {v}" for k, v in q.params.items()),
                "description": q.description,
            }
            for q in library.all_queries()
        ]
        emit(rows, fmt)
        return
    given = dict(_param(p) for p in params)
    if sum(x is not None for x in (query, file, name)) != 1:
        raise click.UsageError("give exactly one of QUERY, -f FILE or --name NAME.")
    with engine.open() as backend:
        if name:
            try:
                named = library.get(name, backend.dialect)
            except KeyError:
                raise click.ClickException(
                    f"no named query {name}; `vanban cypher --list` shows them."
                ) from None
            _check_param_types(named.params, given)
            text = named.text
        else:
            text = query if query is not None else file.read()
        try:
            library.check_params(text, given, name)
            values = library.prepare_params(named, given) if name else given
        except library.ParameterError as error:
            raise click.ClickException(str(error).rstrip(".") + ".") from None
        try:
            rows = backend.query(text, values)
        except Exception as error:  # the engine's own message says what is wrong
            first = str(error).strip().splitlines()[0]
            raise click.ClickException(f"the query failed: {first}") from error
        if name and rows and {"evidence", "evidence_count"} <= rows[0].keys():
            # a named query gives an edge's evidence ids: its evidence is fetched by them
            from .queries.evidence import with_evidence

            rows = with_evidence(backend, rows)
    emit(rename_columns(rows, text), fmt)


def _check_param_types(declared: dict[str, str], given: dict[str, Any]) -> None:
    """A named query's INTEGER parameter must be given a whole number."""
    for key, value in given.items():
        if declared.get(key, "").upper() != "INTEGER":
            continue
        if isinstance(value, bool) or not isinstance(value, int):
            raise click.BadParameter(
                f"{key}={value!r}: {key} is an INTEGER; give a whole number", param_hint="--param"
            )


def _param(text: str) -> tuple[str, Any]:
    if "=" not in text:
        raise click.BadParameter(f"{text!r}: write NAME=VALUE", param_hint="--param")
    key, value = text.split("=", 1)
    try:
        parsed = json.loads(value)
    except ValueError:
        parsed = value
    return key.strip(), parsed if isinstance(parsed, list | int | float) else value


COMMANDS = [
    lineage_command,
    implementers_command,
    coverage_command,
    show_command,
    search_command,
    stats_command,
    unresolved_command,
    check_command,
    cypher_command,
]
