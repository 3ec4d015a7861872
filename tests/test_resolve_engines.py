"""`bench.resolve_engines`: each engine gives, row for row, the identities the resolver
gives (`graph.resolve.identity_of`), on the example corpus and on written mentions that
take every branch: undated and ambiguous numbers, Party terms by date and by year, a
Standing Committee's term, local issuers with and without a province."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc
import pytest

from bench.resolve_engines import (
    ENGINES,
    by_python,
    issuer_table,
    mentions_of,
    python_rows,
    same,
)
from vanban.batch import extract_facts

EXAMPLES = Path(__file__).resolve().parents[1] / "examples" / "corpus"
COLUMNS = {
    "number": pa.string(),
    "family": pa.string(),
    "type_code": pa.string(),
    "issuers": pa.list_(pa.string()),
    "year": pa.int64(),
    "date": pa.string(),
    "canonical": pa.string(),
    "province_hint": pa.string(),
    "body_province": pa.string(),
}


def _mention(number: str | None, family: str = "state", **given: object) -> dict[str, object]:
    row: dict[str, object] = {name: None for name in COLUMNS}
    return {**row, "number": number, "family": family, **given}


WRITTEN = [
    _mention("33", type_code="CT", issuers=["TTg"], year=2021, canonical="33/CT-TTg"),
    _mention("033", type_code="CT", issuers=["TTg"], canonical="33/CT-TTg"),  # undated
    _mention("5", type_code="CV", issuers=["UBND", "VX"], date="2022-03-04"),
    _mention(
        "12", type_code="QĐ", issuers=["UBND", "SGDĐT", "CQĐP"], year=2020, province_hint="Lâm Đồng"
    ),  # fmt: skip
    _mention("12", type_code="QĐ", issuers=["UBND"], body_province="Bắc Giang"),
    _mention("1314", type_code="NQ", issuers=["UBTVQH15"], canonical="1314/NQ-UBTVQH15"),
    _mention(
        "35", type_code="NQ", issuers=["UBTVQH15"], year=2023, canonical="35/2023/UBTVQH15"
    ),  # fmt: skip
    _mention("23", "party", type_code="QĐ", issuers=["TW"], date="2021-06-30"),
    _mention("23", "party", type_code="QĐ", issuers=["TW"], year=2019),
    _mention("23", "party", type_code="QĐ", issuers=["TW"], year=2021),  # a term turned
    _mention("45", "party", type_code="HD", issuers=["BDVTU"], date="2021-05-05"),
    _mention("000", type_code="TT", issuers=[], year=0, date=""),
    _mention("", type_code="TT", issuers=["BTC"]),  # no number: not an identity
    _mention(None, issuers=None),
]


def _written() -> pa.Table:
    table = pa.Table.from_pylist(WRITTEN, schema=pa.schema(list(COLUMNS.items())))
    return table.append_column("row", pa.array(range(table.num_rows), pa.int64()))


def _installed(engine: str) -> bool:
    return engine in ("python", "pyarrow") or importlib.util.find_spec(engine) is not None


@pytest.mark.parametrize("engine", [e for e in ENGINES if e != "python"])
def test_every_engine_gives_the_resolvers_identities(engine: str, tmp_path: Path) -> None:
    if not _installed(engine):
        pytest.skip(f"{engine} is not installed (the bench's engines are not dependencies)")
    extract_facts([EXAMPLES], tmp_path / "facts", jobs=1)
    for mentions in (mentions_of(tmp_path / "facts"), _written()):
        issuers = issuer_table(mentions)
        expected = by_python(python_rows(mentions), issuers)
        assert expected.num_rows > 10
        assert same(ENGINES[engine](mentions, issuers), expected)


def test_the_written_mentions_take_the_undated_and_the_termed_branches() -> None:
    mentions = _written()
    found = by_python(python_rows(mentions), issuer_table(mentions)).to_pylist()
    keys = {row["row"]: row["key"] for row in found}
    assert keys[1] is None  # undated: left to the weigher
    assert keys[4] is None  # undated, whatever its province
    assert keys[5] == "1314/NQ-UBTVQH15@QH15"  # the Standing Committee's term
    assert keys[7] == "23-QĐ/TW@XIII" and keys[8] == "23-QĐ/TW@XII"  # by date, by year
    assert keys[9] is None  # a Party year in which a term turned
    assert keys[11] is None  # a year 0 and an empty date say nothing
    bases = {row["row"]: row["base"] for row in found}
    assert bases[11] == "0/TT" and bases[3] == "12/QĐ-UBND-SGDĐT-CQDP"
    assert pc.count(pa.array(list(keys.values()))).as_py() == len(keys) - 4
    assert 12 not in keys and 13 not in keys  # no number
