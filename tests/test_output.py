"""What every command prints: tables that fit the terminal, graph values and Cypher headers
as a reader writes them, files instead of hashes, spreadsheets with real dates, and
progress on stderr for long work."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import os
import pty
import re
import subprocess
import sys
from pathlib import Path

import click
import pytest
from conftest import REPO
from conftest import vanban_cli as vanban
from openpyxl import load_workbook
from test_reports import EARLY_PLAN, LATER_PLAN

from vanban.cli import main
from vanban.queries.headers import EXAMPLES, return_names
from vanban.table import display_width, short_form, write_table

ISO_DATE = re.compile(r"\b\d{4}-\d{2}-\d{2}\b")


def run(*args: str, columns: int | None = None) -> subprocess.CompletedProcess[str]:
    env = {**os.environ}
    if columns is not None:
        env["COLUMNS"] = str(columns)
    return subprocess.run(
        [sys.executable, "-m", "vanban", *args], capture_output=True, text=True, env=env
    )


def ok(*args: str, columns: int | None = None) -> str:
    result = run(*args, columns=columns)
    assert result.returncode == 0, result.stderr
    return result.stdout


# -- tables that fit ---------------------------------------------------------------------


def test_a_wide_table_fits_the_width_cutting_text_but_never_a_date():
    rows = [
        {"number": f"{i}/KH-UBND", "date": f"2025-0{i}-1{i}", "title": "Kế hoạch " * 30}
        for i in range(1, 4)
    ]
    out = io.StringIO()
    write_table(rows, ["number", "date", "title"], out, width=50)
    lines = out.getvalue().splitlines()
    assert max(len(line) for line in lines) <= 50
    assert all(line.endswith("…") for line in lines[2:])  # the title is cut, and says so
    assert [ISO_DATE.search(line).group() for line in lines[2:]] == [r["date"] for r in rows]


def test_wide_characters_count_twice_and_columns_stay_aligned():
    rows = [
        {"title": "ベトナム共産党中央委員会の指示第33号について" * 3, "date": "2021-11-26"},
        {"title": "Chỉ thị về công tác dân vận", "date": "2022-03-18"},
    ]
    out = io.StringIO()
    write_table(rows, ["title", "date"], out, width=40)
    lines = out.getvalue().splitlines()
    assert max(display_width(line) for line in lines) <= 40
    starts = {display_width(line[: line.index("20")]) for line in lines[2:]}
    assert len(starts) == 1  # each date begins in the same terminal column
    assert lines[2].split()[0].endswith("…")


def test_columns_that_cannot_fit_come_in_groups_each_led_by_the_first():
    provinces = [f"Tỉnh số {i}" for i in range(12)]
    rows = [{"document": "33/2021/CT-TTg", **dict.fromkeys(provinces, "2022-03-18")}]
    out = io.StringIO()
    write_table(rows, ["document", *provinces], out, width=60)
    groups = out.getvalue().split("\n\n")
    assert len(groups) > 1
    seen = []
    for group in groups:
        header, _rule, row = group.splitlines()
        assert max(len(line) for line in group.splitlines()) <= 60
        assert header.startswith("document") and row.startswith("33/2021/CT-TTg")
        names = re.split(r"\s{2,}", header)
        assert names[0] == "document" and set(names[1:]) <= set(provinces)
        seen += names[1:]
        assert row.count("2022-03-18") == len(names) - 1
    assert seen == provinces  # every column once, in order


def test_coverage_fits_columns_and_keeps_its_dates(example_db):
    table = ok("coverage", "--db", str(example_db), columns=60)
    assert max(len(line) for line in table.splitlines()) <= 60
    rows = json.loads(ok("coverage", "--db", str(example_db), "--json"))
    dates = sorted(v for r in rows for v in r.values() if isinstance(v, str) and ISO_DATE.match(v))
    assert dates and sorted(ISO_DATE.findall(table)) == dates


def test_csv_and_json_are_never_cut(example_db):
    query = (
        "MATCH (a)-[r:IMPLEMENTS]->(b) UNWIND range(r.evidence, r.evidence + r.evidence_count - 1)"
        " AS i MATCH (v:Evidence {id: i}) RETURN a.key AS subject, collect(v.sentence) AS sentences"
    )
    full = json.loads(ok("cypher", query, "--db", str(example_db), "--json", columns=40))
    assert any(len(s) > 40 for r in full for s in r["sentences"])
    table = ok("cypher", query, "--db", str(example_db), columns=40)
    assert max(len(line) for line in table.splitlines()) <= 40
    text = ok("cypher", query, "--db", str(example_db), "--csv", columns=40)
    rows = list(csv.DictReader(io.StringIO(text)))
    # the same rows, whatever order the engine gives them in on each run
    assert sorted(r["sentences"] for r in rows) == sorted(";".join(r["sentences"]) for r in full)


# -- Cypher values and headers -----------------------------------------------------------


def test_nodes_and_relationships_print_short_and_full_in_json(example_db):
    query = "MATCH (x)-[r:IMPLEMENTS]->(d:Document {key: '33/CT-TTg@2021'}) RETURN x, r, d"
    table = ok("cypher", query, "--db", str(example_db), columns=200)
    assert "(:Document 33/CT-TTg)" in table and "[:IMPLEMENTS]" in table
    assert "_ID" not in table and "{" not in table
    rows = json.loads(ok("cypher", query, "--db", str(example_db), "--json"))
    assert len(rows) > 3 and all(r["d"]["key"] == "33/CT-TTg@2021" for r in rows)
    assert all(r["r"]["_LABEL"] == "IMPLEMENTS" and r["r"]["evidence_count"] for r in rows)
    shown = {short_form(r["x"]) for r in rows}
    assert all(s in table for s in shown)


def test_a_path_prints_as_its_nodes_and_relationships(example_db):
    query = (
        "MATCH p = (x:Document)-[:IMPLEMENTS*2..2]->(d:Document {key: '33/CT-TTg@2021'}) "
        "RETURN p LIMIT 1"
    )
    table = ok("cypher", query, "--db", str(example_db), columns=300)
    [line] = table.splitlines()[2:]
    assert re.fullmatch(
        r"\(:Document [^)]+\)-\[:IMPLEMENTS\]->\(:Document [^)]+\)"
        r"-\[:IMPLEMENTS\]->\(:Document 33/CT-TTg\)",
        line.strip(),
    )


@pytest.mark.parametrize("query", EXAMPLES)
def test_return_names_are_read_as_written(query):
    assert return_names(query) == EXAMPLES[query]


def test_cypher_headers_are_the_columns_as_written(example_db):
    query = "MATCH (x)-[r]->(d) RETURN label(r), d.number AS target, count(*) LIMIT 2"
    table = ok("cypher", query, "--db", str(example_db))
    assert table.splitlines()[0].split() == ["label(r)", "target", "count(*)"]
    rows = json.loads(ok("cypher", query, "--db", str(example_db), "--json"))
    assert list(rows[0]) == ["label(r)", "target", "count(*)"]


# -- unresolved names files --------------------------------------------------------------


def test_unresolved_rows_name_the_files_they_were_read_from(tmp_path):
    texts = tmp_path / "texts"
    texts.mkdir()
    (texts / "early.txt").write_text(EARLY_PLAN, encoding="utf-8")
    (texts / "later.txt").write_text(LATER_PLAN, encoding="utf-8")
    db = str(tmp_path / "g.db")
    assert vanban("load", str(texts), "--db", db).returncode == 0
    [row] = [r for r in json.loads(ok("unresolved", "--db", db, "--json")) if r["sources"]]
    assert row["sources"] == [str(texts / "early.txt")]
    assert str(texts / "early.txt") in ok("unresolved", "--db", db, columns=300)


# -- spreadsheets ------------------------------------------------------------------------


def test_xlsx_has_real_dates_and_numbers(example_db, tmp_path):
    path = tmp_path / "coverage.xlsx"
    result = run("coverage", "--db", str(example_db), "--xlsx", str(path))
    assert result.returncode == 0, result.stderr
    assert result.stdout == "" and f"to {path}" in result.stderr
    rows = json.loads(ok("coverage", "--db", str(example_db), "--json"))
    sheet = load_workbook(path).active
    header = [c.value for c in sheet[1]]
    assert header[:4] == ["document", "level", "date", "provinces"]
    assert sheet.max_row == len(rows) + 1
    for cells, row in zip(sheet.iter_rows(min_row=2), rows, strict=True):
        by_name = dict(zip(header, cells, strict=True))
        assert by_name["document"].value == row["document"]
        if row["date"]:
            assert by_name["date"].is_date
            assert by_name["date"].value.date() == dt.date.fromisoformat(row["date"])
        assert by_name["provinces"].data_type == "n" and by_name["provinces"].value == int(
            row["provinces"]
        )


def test_lineage_exports_its_rows_to_xlsx(example_db, tmp_path):
    path = tmp_path / "lineage.xlsx"
    ok("lineage", "33/2021/CT-TTg", "--db", str(example_db), "--xlsx", str(path))
    rows = json.loads(ok("lineage", "33/2021/CT-TTg", "--db", str(example_db), "--json"))
    sheet = load_workbook(path).active
    header = [c.value for c in sheet[1]]
    numbers = [r[header.index("number")] for r in sheet.iter_rows(min_row=2, values_only=True)]
    assert numbers[0] == rows["number"] and len(numbers) > 3
    lags = [r[header.index("lag_days")] for r in sheet.iter_rows(min_row=2, values_only=True)]
    assert any(isinstance(lag, int) and lag > 0 for lag in lags)


def test_an_unwritable_xlsx_says_which_file(example_db, tmp_path):
    path = tmp_path / "missing" / "folder" / "stats.xlsx"
    result = run("stats", "--db", str(example_db), "--xlsx", str(path))
    assert result.returncode == 1 and str(path) in result.stderr
    assert result.stderr.strip().count("\n") == 0


def _commands(group: click.Group, prefix: str = "") -> list[tuple[str, click.Command]]:
    found = []
    for name, command in group.commands.items():
        if isinstance(command, click.Group):
            found += _commands(command, f"{prefix}{name} ")
        else:
            found.append((prefix + name, command))
    return found


def test_every_command_with_output_options_has_xlsx():
    with_table = [
        (name, command)
        for name, command in _commands(main)
        if any(p.name == "fmt" and "--csv" in p.opts for p in command.params)
    ]
    assert len(with_table) > 10
    for name, command in with_table:
        assert any("--xlsx" in p.opts for p in command.params), name


# -- progress ----------------------------------------------------------------------------


def test_export_shows_progress_only_when_asked_or_on_a_terminal(example_db, tmp_path):
    out = tmp_path / "g.ttl"
    quiet = run("export", "--format", "ttl", "-o", str(out), "--db", str(example_db))
    assert quiet.returncode == 0 and "writing" not in quiet.stderr
    asked = run("export", "--format", "ttl", "-o", str(out), "--db", str(example_db), "--progress")
    steps = re.findall(r"^writing: (\d+)/(\d+)$", asked.stderr, re.MULTILINE)
    assert steps and steps[-1][0] == steps[-1][1] and asked.stdout == ""
    # on a terminal, a bar is drawn without being asked
    leader, follower = pty.openpty()
    with os.fdopen(leader, "rb", buffering=0) as screen:
        done = subprocess.run(
            [sys.executable, "-m", "vanban", "export", "--format", "ttl", "-o", str(out)]
            + ["--db", str(example_db)],
            stderr=follower,
            stdout=subprocess.PIPE,
            cwd=REPO,
        )
        os.close(follower)
        drawn = _read_all(screen).decode("utf-8", "replace")
    assert done.returncode == 0 and done.stdout == b""
    assert "writing" in drawn and "[" in drawn and "#" in drawn


def _read_all(screen: io.RawIOBase) -> bytes:
    chunks = []
    while True:
        try:
            chunk = screen.read(65536)
        except OSError:  # the terminal's other end is closed: all is read
            break
        if not chunk:
            break
        chunks.append(chunk)
    return b"".join(chunks)


def test_annotate_reports_progress_on_stderr_only(example_db, tmp_path):
    texts = sorted((REPO / "examples" / "corpus").glob("*.txt"))[:1]
    assert texts, "the sample corpus has texts"
    page = tmp_path / "page.html"
    result = run("annotate", str(texts[0]), "-o", str(page), "--db", str(example_db), "--progress")
    assert result.returncode == 0, result.stderr
    assert re.search(r"^reading references: 1/1$", result.stderr, re.MULTILINE)
    assert "reading references" not in result.stdout and page.exists()
    assert 'id="mark-' in Path(page).read_text("utf-8")


def test_cell_values_keep_their_kind_and_bad_dates_stay_text():
    from vanban.export.xlsx import cell_value

    assert cell_value("2025-11-06") == dt.date(2025, 11, 6)
    assert cell_value("2025-11-06T08:30:00") == dt.datetime(2025, 11, 6, 8, 30)
    assert cell_value("2025-02-30") == "2025-02-30"  # shaped like a date, but none
    assert cell_value("33/2021/CT-TTg") == "33/2021/CT-TTg"
    assert cell_value(818) == 818 and cell_value(0.9) == 0.9 and cell_value(True) is True
    assert cell_value(["a", "b"]) == "a;b" and cell_value({"k": "đ"}) == '{"k": "đ"}'
    assert cell_value("bell\x07 and tab\t") == "bell and tab\t"


def test_every_listing_pages_with_limit_and_offset(example_db):
    whole = json.loads(
        ok(
            "cypher",
            "MATCH (d:Document) RETURN d.key AS key ORDER BY key",
            "--db",
            str(example_db),
            "--json",
        )
    )
    assert len(whole) > 4
    pages = []
    for offset in range(0, len(whole), 3):
        page = vanban(
            "cypher",
            "MATCH (d:Document) RETURN d.key AS key ORDER BY key",
            "--db",
            str(example_db),
            "--json",
            "--limit",
            "3",
            "--offset",
            str(offset),
        )
        assert page.returncode == 0, page.stderr
        pages += json.loads(page.stdout)
        if offset + 3 < len(whole):
            assert f"--offset {offset + 3} for the next page" in page.stderr
        assert f"of {len(whole)}" in page.stderr
    assert pages == whole
    # search ranks every match and prints a page of them, the same way
    first = vanban("search", "dan", "van", "--db", str(example_db), "--json", "--limit", "1")
    assert first.returncode == 0 and len(json.loads(first.stdout)) == 1
