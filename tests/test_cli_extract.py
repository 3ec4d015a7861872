"""`vanban extract` end to end, through the installed console script."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

VANBAN = [sys.executable, "-m", "vanban"]

LETTER = """TỈNH ỦY THANH HÓA
*
ĐẢNG CỘNG SẢN VIỆT NAM
---------------
Số 1470-CV/TU
Thanh Hóa, ngày 22 tháng 02 năm 2024

Kính gửi: các huyện ủy, thị ủy, thành ủy.
Thực hiện Quyết định số 23-QĐ/TW ngày 30/7/2021 của Bộ Chính trị và Chỉ thị số
33/2021/CT-TTg ngày 26/11/2021 của Thủ tướng Chính phủ, Ban Thường vụ Tỉnh ủy đề nghị ...
"""


def run(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*VANBAN, *args], capture_output=True, text=True, cwd=cwd, check=False)


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    (tmp_path / "letter.txt").write_text(LETTER, encoding="utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "news.md").write_text(
        "Decree No. 59/2023/ND-CP dated August 14, 2023 guides the Law.", encoding="utf-8"
    )
    return tmp_path


def test_json_lists_the_document_then_its_references(folder):
    result = run("extract", str(folder / "letter.txt"), "--json")
    assert result.returncode == 0, result.stderr
    records = json.loads(result.stdout)
    document, *refs = records
    assert document["kind"] == "document"
    assert (document["number"], document["date"], document["type"]) == (
        "1470-CV/TU",
        "2024-02-22",
        "CV",
    )
    assert document["province"] == "Thanh Hóa"
    assert document["language"] == "vi"
    assert [(r["canonical"], r["date"]) for r in refs] == [
        ("1470-CV/TU", None),
        ("23-QĐ/TW", "2021-07-30"),
        ("33/2021/CT-TTg", "2021-11-26"),
    ]
    assert refs[0]["self"] is True
    text = LETTER
    for r in refs:
        assert text[r["start"] : r["end"]] == r["surface"]


def test_nl_and_csv_parse_and_agree(folder):
    nl = run("extract", str(folder), "--nl")
    assert nl.returncode == 0, nl.stderr
    rows = [json.loads(line) for line in nl.stdout.splitlines()]
    as_csv = run("extract", str(folder), "--csv")
    table = list(csv.DictReader(io.StringIO(as_csv.stdout)))
    assert len(table) == len(rows) == 6
    assert [r["kind"] for r in rows] == [
        "document",
        "reference",
        "reference",
        "reference",
        "document",
        "reference",
    ]
    assert rows[-1]["canonical"] == "59/2023/NĐ-CP" and rows[-1]["date"] == "2023-08-14"
    assert table[-1]["canonical"] == "59/2023/NĐ-CP"


def test_default_table_is_readable(folder):
    result = run("extract", str(folder))
    assert result.returncode == 0
    header = result.stdout.splitlines()[0].split()
    assert header[:3] == ["kind", "path", "number"]
    assert "23-QĐ/TW" in result.stdout


def test_skipped_inputs_are_named_and_exit_1(folder):
    (folder / "bad.txt").write_bytes(b"\xff\xfe\xfa not text \xc3\x28")
    (folder / "picture.png").write_bytes(b"\x89PNG")
    result = run("extract", str(folder), "--nl")
    assert result.returncode == 1
    assert "bad.txt" in result.stderr and "picture.png" in result.stderr
    assert "2 input(s) skipped" in result.stderr
    kinds = [json.loads(line)["kind"] for line in result.stdout.splitlines()]
    assert kinds.count("document") == 2 and kinds.count("skipped") == 2


def test_missing_path_is_a_usage_error(tmp_path):
    result = run("extract", str(tmp_path / "nope.txt"))
    assert result.returncode == 2
    assert "does not exist" in result.stderr
