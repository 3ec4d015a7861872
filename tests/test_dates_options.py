"""One date parser and one --from/--until option for every command that answers with
dates; `--date` read by the same parser."""

from __future__ import annotations

import json

import pytest
from conftest import vanban_cli as vanban

from vanban.options import DATE_FORMATS, DaySpan, parse_day_or_span

SPANS = {
    "2021-11-26": DaySpan("2021-11-26", "2021-11-26"),
    "26/11/2021": DaySpan("2021-11-26", "2021-11-26"),
    "26-11-2021": DaySpan("2021-11-26", "2021-11-26"),
    "26 tháng 11 năm 2021": DaySpan("2021-11-26", "2021-11-26"),
    " 6/1/2025 ": DaySpan("2025-01-06", "2025-01-06"),
    "2021-11": DaySpan("2021-11-01", "2021-11-30"),
    "02/2024": DaySpan("2024-02-01", "2024-02-29"),
    "2021": DaySpan("2021-01-01", "2021-12-31"),
}
NOT_DATES = ["", "yesterday", "31/02/2021", "2021-13", "26/11", "21", "1800", "26/11/2021x"]


@pytest.mark.parametrize("typed", SPANS)
def test_each_accepted_form_reads_as_its_days(typed):
    assert parse_day_or_span(typed) == SPANS[typed]


@pytest.mark.parametrize("typed", NOT_DATES)
def test_anything_else_is_refused_with_the_accepted_forms(typed):
    with pytest.raises(ValueError) as error:
        parse_day_or_span(typed)
    assert DATE_FORMATS in str(error.value)


def test_a_vietnamese_date_picks_one_of_two_documents_with_the_same_number(tvpl_db):
    # 33/CT-TTg is the 2021 directive and a directive of 06/11/2025 in this corpus.
    result = vanban("lineage", "33/CT-TTg", "--date", "26/11/2021", "--db", str(tvpl_db), "--json")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["date"] == "2021-11-26"


def test_a_date_that_fits_none_lists_the_dates_and_the_formats(tvpl_db):
    # a date picks the document of its numbering period (as a dated mention does at load);
    # 1990 is in no period of either directive
    result = vanban("lineage", "33/CT-TTg", "--date", "27/11/1990", "--db", str(tvpl_db))
    assert result.returncode == 1
    assert "2021-11-26" in result.stderr and "2025-11-06" in result.stderr
    assert "26/11/2021" in result.stderr  # how to write a date


def test_a_year_is_not_a_document_date(tvpl_db):
    result = vanban("lineage", "33/CT-TTg", "--date", "2021", "--db", str(tvpl_db))
    assert result.returncode == 2 and "--year" in result.stderr


COMMANDS = {
    "lineage": ["lineage", "33/2021/CT-TTg"],
    "implementers": ["implementers", "33/2021/CT-TTg"],
    "coverage": ["coverage"],
    "search": ["search", "dan van"],
    "view": ["view", "--all", "-o", "{tmp}/page.html"],
    "export": ["export", "--format", "json", "-o", "{tmp}/graph.json"],
}


@pytest.mark.parametrize("command", COMMANDS)
@pytest.mark.parametrize("option", ["--from", "--until"])
def test_every_dated_command_refuses_a_bad_date_showing_the_formats(
    seeds_db, tmp_path, command, option
):
    args = [a.format(tmp=tmp_path) for a in COMMANDS[command]]
    result = vanban(*args, option, "26.13.2021", "--db", str(seeds_db))
    assert result.returncode == 2, result.stderr
    assert "26/11/2021" in result.stderr and "a year" in result.stderr
    assert not list(tmp_path.iterdir())  # nothing written


def test_implementers_from_until_keeps_the_implementers_of_the_span(tvpl_db):
    def rows(*span: str) -> list[dict]:
        args = ["implementers", "38/2019/QH14", "--by", "issuer", *span]
        result = vanban(*args, "--db", str(tvpl_db), "--json")
        assert result.returncode == 0, result.stderr
        return json.loads(result.stdout)

    everyone = rows()
    dates = sorted(r["first"] for r in everyone if r["first"])
    assert len(set(dates)) > 1, "the test needs implementers of several dates"
    cut = dates[-1][:4]
    later = rows("--from", cut)
    assert later and all(r["first"] >= f"{cut}-01-01" for r in later)
    earlier = rows("--until", str(int(cut) - 1))
    assert all(r["latest"] <= f"{int(cut) - 1}-12-31" for r in earlier)
    assert sum(r["implementers"] for r in later + earlier) <= sum(
        r["implementers"] for r in everyone
    )


def test_lineage_from_keeps_dated_nodes_and_the_way_to_them(tvpl_db):
    result = vanban(
        "lineage", "33/2021/CT-TTg", "--down", "--from", "2024", "--db", str(tvpl_db), "--json"
    )
    tree = json.loads(result.stdout)

    def check(node: dict) -> bool:
        """True when the node or something below it is dated from 2024 on."""
        below = [check(c) for c in node["children"]]
        dated = bool(node["date"]) and node["date"] >= "2024-01-01"
        assert dated or any(below), node["number"]
        return dated or any(below)

    assert tree["children"]
    for child in tree["children"]:
        check(child)


def test_search_and_coverage_keep_their_span(tvpl_db):
    found = vanban("search", "quyet dinh", "--from", "11/2025", "--db", str(tvpl_db), "--json")
    rows = json.loads(found.stdout)
    assert rows and all(r["date"] >= "2025-11-01" for r in rows)
    cover = vanban("coverage", "--until", "2024", "--db", str(tvpl_db), "--json")
    matrix = json.loads(cover.stdout)
    cells = [
        v
        for row in matrix
        for k, v in row.items()
        if k not in ("document", "level", "date", "provinces")
    ]
    assert cells and all(v == "yes" or v <= "2024-12-31" for v in cells)


def test_export_from_until_writes_only_documents_of_the_span(tvpl_db, tmp_path):
    out = tmp_path / "slice.json"
    args = ["export", "--format", "json", "-o", str(out), "--from", "2025-11", "--until", "2025-11"]
    result = vanban(*args, "--db", str(tvpl_db))
    assert result.returncode == 0, result.stderr
    data = json.loads(out.read_text("utf-8"))
    dates = [d["date"] for d in data["documents"]]
    assert dates and all(d and "2025-11-01" <= d <= "2025-11-30" for d in dates)
    kept = {d["key"] for d in data["documents"]} | {o["key"] for o in data["organisations"]}
    assert all(e["source"] in kept and e["target"] in kept for e in data["edges"])
