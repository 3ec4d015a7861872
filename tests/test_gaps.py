"""`vanban gaps` and `vanban report --province` on the seeds and the real texts of tvpl.jsonl.

Seed 000 is Thanh Hóa's 1470-CV/TU implementing Directive 33/2021/CT-TTg; the seeds also
hold Bắc Giang's undated plan for it (Bắc Giang merged into Bắc Ninh on 1 July 2025).
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import vanban_cli

from vanban.extract.places import PROVINCES, PROVINCES_2025
from vanban.queries.backend import EmbeddedBackend
from vanban.queries.gaps import gaps, province_names
from vanban.queries.lookup import find_documents
from vanban.queries.province_report import UnknownProvince, province_report, resolve_province


@pytest.fixture(scope="module")
def backend(seeds_tvpl_db: Path) -> Iterator[EmbeddedBackend]:
    with EmbeddedBackend.open(seeds_tvpl_db) as opened:
        yield opened


def _key(backend: EmbeddedBackend, number: str) -> dict:
    rows = find_documents(backend, number)
    assert len(rows) == 1, rows
    return rows[0]


def _days(a: str, b: str) -> int:
    return (dt.date.fromisoformat(b) - dt.date.fromisoformat(a)).days


def test_province_lists_are_the_gazetteers() -> None:
    assert province_names() == list(PROVINCES_2025)
    assert province_names(then=True) == list(PROVINCES)
    assert len(province_names()) == 34 and len(province_names(then=True)) == 63


def test_gaps_of_directive_33_today(backend: EmbeddedBackend) -> None:
    doc = _key(backend, "33/2021/CT-TTg")
    rows = gaps(backend, doc["key"])
    assert [r["province"] for r in rows if not r["implemented"]] == [
        p for p in province_names() if p not in {r["province"] for r in rows if r["implemented"]}
    ]
    assert sorted(r["province"] for r in rows) == sorted(province_names())
    done = {r["province"]: r for r in rows if r["implemented"]}
    thanh_hoa = done["Thanh Hóa"]
    assert thanh_hoa["first"] == "1470-CV/TU"
    assert thanh_hoa["lag_days_first"] == _days(doc["date"], thanh_hoa["first_date"])
    # Bắc Giang's plan counts for today's Bắc Ninh; it is undated, so no lag is told
    assert done["Bắc Ninh"]["lag_days_first"] is None
    assert "Bắc Giang" not in {r["province"] for r in rows}
    missing = [r for r in rows if not r["implemented"]]
    assert rows[: len(missing)] == missing, "provinces without one come first"


def test_gaps_then_counts_the_63(backend: EmbeddedBackend) -> None:
    doc = _key(backend, "33/2021/CT-TTg")
    rows = gaps(backend, doc["key"], then=True)
    assert len(rows) == 63
    done = {r["province"] for r in rows if r["implemented"]}
    assert {"Thanh Hóa", "Bắc Giang"} <= done
    assert "Bắc Ninh" not in done  # the old Bắc Ninh did not implement it


def test_gaps_agree_with_the_province_report(backend: EmbeddedBackend) -> None:
    """Every central document a province implements shows that province as implemented
    in the document's gaps, and every one its peers implement shows it missing."""
    report = province_report(backend, "Thanh Hóa")
    assert report.implemented and report.not_yet
    for row in report.implemented:
        by_province = {r["province"]: r for r in gaps(backend, row["key"])}
        assert by_province["Thanh Hóa"]["implemented"], row["central"]
        assert by_province["Thanh Hóa"]["first_date"] == row["first"]
    for row in report.not_yet[:10]:
        by_province = {r["province"]: r for r in gaps(backend, row["key"])}
        assert not by_province["Thanh Hóa"]["implemented"], row["central"]
        assert "Thanh Hóa" not in row["peer_provinces"]
        assert all(by_province[p]["implemented"] for p in row["peer_provinces"])


def test_province_report_timeline_and_lags(backend: EmbeddedBackend) -> None:
    report = province_report(backend, "thanh hoa")
    assert report.province == "Thanh Hóa"
    centrals = {r["central"]: r for r in report.implemented}
    assert "33/2021/CT-TTg" in centrals
    for row in report.implemented:
        if row["first"] and row["central_date"]:
            assert row["lag_days"] == _days(row["central_date"], row["first"])
    firsts = [r["first"] for r in report.implemented if r["first"]]
    assert firsts == sorted(firsts), "a timeline, earliest first"
    peers = [r["peers"] for r in report.not_yet]
    assert peers == sorted(peers, reverse=True), "most implemented first"


def test_a_merged_province_counts_for_todays_unless_then(backend: EmbeddedBackend) -> None:
    today = province_report(backend, "Bắc Giang")
    then = province_report(backend, "Bắc Giang", then=True)
    assert today.province == "Bắc Ninh" and then.province == "Bắc Giang"
    then_docs = {r["central"] for r in then.implemented}
    assert "33/2021/CT-TTg" in then_docs
    assert then_docs <= {r["central"] for r in today.implemented}


@pytest.mark.parametrize(
    "spelling", ["Thanh Hóa", "thanh hoa", "THANH HÓA", "Thanh Hoá", "tỉnh Thanh Hóa", "Thanh Hoa"]
)
def test_province_names_fold_every_way(spelling: str) -> None:
    assert resolve_province(spelling) == "Thanh Hóa"


def test_an_unknown_province_is_an_error_with_suggestions() -> None:
    with pytest.raises(UnknownProvince) as caught:
        resolve_province("Thanh Hoaa")
    assert "Thanh Hóa" in caught.value.suggestions
    assert "Thanh Hoaa" in str(caught.value) and "did you mean" in str(caught.value)


def test_cli_gaps_and_report(seeds_tvpl_db: Path) -> None:
    result = vanban_cli("gaps", "33/CT-TTg", "--year", "2021", "--db", str(seeds_tvpl_db), "--json")
    assert result.returncode == 0, result.stderr
    rows = json.loads(result.stdout)
    assert len(rows) == 34
    missing = vanban_cli(
        "gaps", "33/2021/CT-TTg", "--missing-only", "--db", str(seeds_tvpl_db), "--csv"
    )
    assert missing.returncode == 0, missing.stderr
    lines = missing.stdout.splitlines()
    assert lines[0].startswith("province,implemented")
    assert len(lines) - 1 == sum(1 for r in rows if not r["implemented"])
    report = vanban_cli("report", "--province", "Thanh Hoa", "--db", str(seeds_tvpl_db))
    assert report.returncode == 0, report.stderr
    assert report.stdout.startswith("Thanh Hóa: implements")
    assert "not yet implemented by Thanh Hóa" in report.stdout


def test_cli_report_unknown_province(seeds_tvpl_db: Path) -> None:
    result = vanban_cli("report", "-p", "Hà Tay", "--db", str(seeds_tvpl_db))
    assert result.returncode == 1
    assert "'Hà Tay' is not one of today's 34 provinces; did you mean" in result.stderr
