"""`vanban resolve`: settle what the graph left open, as corrections kept beside the store.

Without arguments it walks the open cases (the reference, its sentence, the candidates
and how each was weighed) and asks which document is meant; with arguments it writes
one correction. Either way the corrections file (`vanban.corrections.toml` beside
`vanban.db`) grows, and the graph is resolved again from the stored facts, so the
correction holds through every later load.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import click

from .graph.corrections import append_corrections, corrections_path
from .options import db_option


@click.command("resolve")
@db_option
@click.argument("number", required=False)
@click.option("--means", help="The document key NUMBER means (or, with --misprint, the number).")
@click.option("--source", "source_id", help="Only in this source (its id); else everywhere.")
@click.option("--same", nargs=2, help="Two document keys that are one document.")
@click.option("--misprint", is_flag=True, help="NUMBER is a misprint for the number --means.")
@click.option("--document", "doc_key", help="A document key whose fields to set.")
@click.option("--title", help="With --document: its title.")
@click.option("--date", help="With --document: its date (YYYY-MM-DD).")
@click.option("--province", help="With --document: its province.")
@click.option("--no-apply", is_flag=True, help="Only write the correction; apply at next load.")
def resolve_command(
    db: Path,
    number: str | None,
    means: str | None,
    source_id: str | None,
    same: tuple[str, str] | None,
    misprint: bool,
    doc_key: str | None,
    title: str | None,
    date: str | None,
    province: str | None,
    no_apply: bool,
) -> None:
    """Settle ambiguous references by hand: walk the open cases, or write one correction.

    \b
      vanban resolve                                   # asks, case by case
      vanban resolve 33/CT-TTg --means 33/CT-TTg@2021 [--source ID]
      vanban resolve 3799/CHQ-GSQL --misprint --means 37999/CHQ-GSQL
      vanban resolve --same 33/CT-TTg@2021 33/2021/CT-TTg@2021
      vanban resolve --document 33/CT-TTg@2021 --title "..." --date 2021-11-26
    """
    if not db.exists():
        raise click.ClickException(
            f"no store at {db}: build one with `vanban load PATH --db {db}`."
        )
    entries = _entries_from_arguments(
        number, means, source_id, same, misprint, doc_key, title, date, province
    )
    if not entries:
        entries = _ask(_open_cases(db))
    if not entries:
        click.echo("nothing written.")
        return
    path = corrections_path(db)
    try:
        append_corrections(path, entries)
    except ValueError as error:
        raise click.ClickException(f"{path}: not written: {error}") from error
    click.echo(f"{path}: {len(entries)} correction(s) written.")
    if not no_apply:
        _apply(db)


def _entries_from_arguments(
    number: str | None,
    means: str | None,
    source_id: str | None,
    same: tuple[str, str] | None,
    misprint: bool,
    doc_key: str | None,
    title: str | None,
    date: str | None,
    province: str | None,
) -> list[tuple[str, dict[str, Any]]]:
    entries: list[tuple[str, dict[str, Any]]] = []
    if number:
        if not means:
            raise click.UsageError(
                "NUMBER needs --means (a document key, or with --misprint a number)."
            )
        fields = {"number": number, "means": means, **({"source": source_id} if source_id else {})}
        entries.append(("misprint" if misprint else "mention", fields))
    if same:
        entries.append(("same", {"keys": list(same)}))
    if doc_key:
        given = {"title": title, "date": date, "province": province}
        fields = {k: v for k, v in given.items() if v}
        if not fields:
            raise click.UsageError("--document needs --title, --date or --province.")
        entries.append(("document", {"key": doc_key, **fields}))
    return entries


def _open_cases(db: Path) -> list[dict[str, Any]]:
    from .store import open_store

    with open_store(db) as store:
        return store.query(
            "MATCH (u:Unresolved) RETURN u.canonical AS reference, u.source AS source, "
            "u.sentence AS sentence, u.candidates AS candidates, u.reason AS reason "
            "ORDER BY reference, source"
        )


def _ask(cases: list[dict[str, Any]]) -> list[tuple[str, dict[str, Any]]]:
    """Ask, case by case, which candidate is meant; a number, s to skip or q to stop."""
    chosen: list[tuple[str, dict[str, Any]]] = []
    open_cases = [c for c in cases if c["candidates"]]
    if not open_cases:
        click.echo("no open cases: every reference joined a document.")
    for i, case in enumerate(open_cases, 1):
        click.echo(f"\n[{i}/{len(open_cases)}] {case['reference']} in source {case['source']}")
        click.echo(f"  “{case['sentence']}”")
        click.echo(f"  {case['reason']}")
        for n, key in enumerate(case["candidates"], 1):
            click.echo(f"  {n}. {key}")
        answer = click.prompt("  which one? (number, s to skip, q to stop)", default="s")
        answer = answer.strip().lower()
        if answer == "q":
            break
        if answer.isdigit() and 1 <= int(answer) <= len(case["candidates"]):
            means = case["candidates"][int(answer) - 1]
            fields = {"number": case["reference"], "source": case["source"], "means": means}
            chosen.append(("mention", fields))
    return chosen


def _apply(db: Path) -> None:
    """Resolve the graph again from the stored facts, corrections included."""
    from .load import load

    report, graph = load([], db)
    applied = report.resolution.get("corrections applied", 0)
    click.echo(f"applied: {applied} correction(s) in use; {report.unresolved} reference(s) open.")
    for warning in graph.warnings:
        click.echo(f"warning: {warning}", err=True)
