"""Which engine for resolving in columns (issue 11): pyarrow compute, polars or DuckDB,
measured on the same resolution step, next to the Python the resolver runs today.

    python -m bench.resolve_engines --facts bench/out/facts-10000/facts [--repeat 3]

The step: the identity of every numbered mention of a facts folder, what a dated
mention's document key is made of (`graph.resolve.identity_of`): its number's base
(the number without leading zeros, its type and issuers, a unit the catalogue does not
know spelled with D for Đ), its numbering period (an Assembly term for a Standing
Committee number, else the year, else the date's; a Party term by date, or by a year no
term turned in), its scope (a local issuer's province, from its body or its text) and
its key, `base@period[@scope]`, null for an undated mention (the ones left to weigh).

Each engine reads the same Arrow table of mentions (read once, not timed) and the same
small table of the distinct issuer codes with their unit spelling and whether they are
local (made in Python from the catalogue, as any engine would be given it). Every engine's
answer is checked against Python's, row for row, before its time counts. Times are the
median of `--repeat` runs, wall and CPU seconds of this process (the engines' threads
included); the figures go to bench/out/resolve_engines-<N>.json. polars and DuckDB are
not vanban's dependencies: `pip install polars duckdb` to run them (an engine missing is
reported as such).
"""

from __future__ import annotations

import argparse
import json
import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.compute as pc

from vanban.extract.codes import issuer_info
from vanban.facts_files import _arrow_table, manifest
from vanban.graph.resolve import CONGRESS_TERMS, LOCAL_TERMS, _unit, identity_of

OUT = Path(__file__).resolve().parent / "out"
COLUMNS = ("number", "family", "type_code", "issuers", "year", "date", "canonical",
           "province_hint", "body")  # fmt: skip
ANSWER = ("row", "base", "period", "scope", "key")


@dataclass(frozen=True)
class Timing:
    engine: str
    wall_seconds: float
    cpu_seconds: float
    rows: int
    same_as_python: bool


def mentions_of(folder: Path) -> pa.Table:
    """The mentions of every part of a facts folder, the columns the step reads, with the
    body's province flattened and each row's number in the corpus."""
    parts = [_arrow_table(folder, "mentions", p).select(COLUMNS) for p in manifest(folder)["parts"]]
    table = pa.concat_tables(parts).combine_chunks()
    body = table.column("body").combine_chunks()
    table = table.drop_columns(["body"]).append_column(
        "body_province", pc.struct_field(body, "province")
    )
    return table.append_column("row", pa.array(range(table.num_rows), pa.int64()))


def issuer_table(mentions: pa.Table) -> pa.Table:
    """Each distinct issuer code: its spelling as a unit (`resolve._unit`) and whether it
    is a local issuer (`resolve._local_issuer`)."""
    codes = pc.unique(pc.list_flatten(mentions.column("issuers"))).to_pylist()
    codes = [c for c in codes if c is not None]
    info = [issuer_info(c) for c in codes]
    return pa.table(
        {
            "code": pa.array(codes, pa.string()),
            "unit": pa.array([_unit(c) for c in codes], pa.string()),
            "local": pa.array([i is None or i.level != "central" for i in info], pa.bool_()),
        }
    )


# -- Python, as the resolver does it ------------------------------------------------------


def python_rows(mentions: pa.Table) -> list[dict]:
    """The mentions as the resolver holds them (its plain view), made before the clock
    starts: the resolver has them already, read for everything else it does."""
    rows = mentions.to_pylist()
    for m in rows:
        m["issuers"] = m["issuers"] or []
        m["body"] = {"province": m["body_province"]}
    return rows


def by_python(rows: list[dict], _issuers: pa.Table) -> pa.Table:
    out: dict[str, list] = {name: [] for name in ANSWER}
    for m in rows:
        if not m["number"]:
            continue
        base, period, scope, key = identity_of(m)
        for name, value in zip(ANSWER, (m["row"], base, period, scope, key), strict=True):
            out[name].append(value)
    return pa.table(out)


# -- pyarrow compute ------------------------------------------------------------------------


def _term_of(dates: pa.Array, terms: tuple[tuple[str, str], ...]) -> pa.Array:
    """The term each date falls in (the last whose start is not after it), null before the
    first or for a null date."""
    found = pa.nulls(len(dates), pa.string())
    for name, start in terms:
        found = pc.if_else(pc.greater_equal(dates, start), name, found)
    return found


def _heads(lists: pa.ListArray, flat: pa.Array) -> pa.Array:
    """Each list's first item, null for an empty one (`list_element` refuses those)."""
    if len(flat) == 0:
        return pa.nulls(len(lists), pa.string())
    starts = pc.min_element_wise(lists.offsets.slice(0, len(lists)), len(flat) - 1)
    return pc.if_else(pc.greater(pc.list_value_length(lists), 0), pc.take(flat, starts), None)


def by_pyarrow(mentions: pa.Table, issuers: pa.Table) -> pa.Table:
    t = mentions.filter(pc.and_(pc.is_valid(mentions["number"]),
                                pc.not_equal(mentions["number"], ""))).combine_chunks()  # fmt: skip
    codes = {name: issuers.column(name).combine_chunks() for name in issuers.column_names}
    number = pc.utf8_ltrim(t["number"], characters="0")
    number = pc.if_else(pc.equal(number, ""), "0", number)
    lists = t["issuers"].chunk(0) if t["issuers"].num_chunks else pa.array([], t["issuers"].type)
    lists = pc.if_else(pc.is_valid(lists), lists, pa.scalar([], lists.type))
    flat = pc.list_flatten(lists)
    where = pc.index_in(flat, value_set=codes["code"])
    unit = pc.take(codes["unit"], where)
    # an issuer is its list's first when its place is its list's start
    starts = pc.take(lists.offsets, pc.list_parent_indices(lists))
    first = pc.equal(pa.array(range(len(flat)), pa.int64()), starts)
    units = pa.ListArray.from_arrays(lists.offsets, pc.if_else(first, flat, unit))
    family, type_code = t["family"], t["type_code"]
    plain_type = pc.or_kleene(pc.is_null(type_code), pc.equal(type_code, "CV"))
    state_codes = pc.if_else(
        pc.fill_null(plain_type, True),
        pc.binary_join(units, "-"),
        pc.if_else(
            pc.equal(pc.list_value_length(units), 0),
            type_code,
            pc.binary_join_element_wise(type_code, pc.binary_join(units, "-"), "-"),
        ),
    )
    party_codes = pc.binary_join_element_wise(
        pc.fill_null(type_code, "None"), pc.binary_join(lists, "-"), "/"
    )
    party = pc.equal(family, "party")
    base = pc.if_else(
        party,
        pc.binary_join_element_wise(number, party_codes, "-"),
        pc.binary_join_element_wise(number, state_codes, "/"),
    )
    head = _heads(lists, flat)
    local_head = pc.take(codes["local"], pc.index_in(head, value_set=codes["code"]))
    local = pc.fill_null(local_head, True)
    year = t["year"]
    has_year = pc.fill_null(pc.not_equal(year, 0), False)
    date = t["date"]
    has_date = pc.fill_null(pc.not_equal(date, ""), False)
    year_text = pc.cast(year, pa.string())
    committee = pc.extract_regex(pc.fill_null(head, ""), r"^UBTVQH(?P<t>1[1-9])$")
    term = pc.struct_field(committee, "t")
    yearless = pc.invert(pc.match_substring_regex(pc.fill_null(t["canonical"], ""), r"/\d{4}/"))
    assembly = pc.if_else(pc.and_(pc.is_valid(term), yearless),
                          pc.binary_join_element_wise("QH", term, ""), None)  # fmt: skip
    state_period = pc.coalesce(
        assembly,
        pc.if_else(has_year, year_text, None),
        pc.if_else(has_date, pc.utf8_slice_codeunits(date, 0, 4), None),
    )
    dated = pc.if_else(has_date, date, None)
    by_date = pc.if_else(local, _term_of(dated, LOCAL_TERMS), _term_of(dated, CONGRESS_TERMS))
    jan = pc.binary_join_element_wise(year_text, "01-01", "-")
    dec = pc.binary_join_element_wise(year_text, "12-31", "-")
    first_term = pc.if_else(local, _term_of(jan, LOCAL_TERMS), _term_of(jan, CONGRESS_TERMS))
    last_term = pc.if_else(local, _term_of(dec, LOCAL_TERMS), _term_of(dec, CONGRESS_TERMS))
    by_year = pc.if_else(pc.and_(has_year, pc.equal(first_term, last_term)), first_term, None)
    party_period = pc.if_else(has_date, by_date, by_year)
    period = pc.if_else(party, party_period, state_period)
    province = pc.coalesce(
        pc.if_else(
            pc.fill_null(pc.not_equal(t["body_province"], ""), False), t["body_province"], None
        ),  # fmt: skip
        pc.if_else(
            pc.fill_null(pc.not_equal(t["province_hint"], ""), False), t["province_hint"], None
        ),  # fmt: skip
        pa.scalar("?"),
    )
    scope = pc.if_else(local, province, "")
    with_scope = pc.binary_join_element_wise(base, period, scope, "@")
    key = pc.if_else(
        pc.equal(scope, ""), pc.binary_join_element_wise(base, period, "@"), with_scope
    )
    return pa.table({"row": t["row"], "base": base, "period": period, "scope": scope, "key": key})


# -- polars ---------------------------------------------------------------------------------


def by_polars(mentions: pa.Table, issuers: pa.Table) -> pa.Table:
    import polars as pl

    def term_of(date: pl.Expr, terms: tuple[tuple[str, str], ...]) -> pl.Expr:
        found = pl.lit(None, pl.String)
        for name, start in terms:
            found = pl.when(date >= start).then(pl.lit(name)).otherwise(found)
        return found

    codes = pl.from_arrow(issuers)
    frame = pl.from_arrow(mentions).filter(
        pl.col("number").is_not_null() & (pl.col("number") != "")
    )
    frame = frame.with_columns(pl.col("issuers").fill_null(pl.lit([], pl.List(pl.String))))
    exploded = (
        frame.select("row", "issuers")
        .explode("issuers")
        .with_columns(pl.int_range(pl.len()).over("row").alias("at"))
        .join(codes, left_on="issuers", right_on="code", how="left")
        .with_columns(
            pl.when(pl.col("at") == 0).then(pl.col("issuers")).otherwise(pl.col("unit")).alias("u")
        )
        .group_by("row", maintain_order=True)
        .agg(pl.col("u").drop_nulls().str.join("-").alias("units"))
    )
    heads = frame.select("row", pl.col("issuers").list.first().alias("head")).join(
        codes.select("code", "local"), left_on="head", right_on="code", how="left"
    )
    f = frame.join(exploded, on="row", how="left").join(heads, on="row", how="left")
    number = pl.col("number").str.strip_chars_start("0")
    number = pl.when(number == "").then(pl.lit("0")).otherwise(number)
    plain = pl.col("type_code").is_null() | (pl.col("type_code") == "CV")
    units = pl.col("units").fill_null("")
    state_codes = (
        pl.when(plain).then(units)
        .when(units == "").then(pl.col("type_code"))
        .otherwise(pl.concat_str([pl.col("type_code"), units], separator="-"))
    )  # fmt: skip
    party_codes = pl.concat_str(
        [pl.col("type_code").fill_null("None"), pl.col("issuers").list.join("-")], separator="/"
    )
    party = pl.col("family") == "party"
    base = (
        pl.when(party).then(pl.concat_str([number, party_codes], separator="-"))
        .otherwise(pl.concat_str([number, state_codes], separator="/"))
    )  # fmt: skip
    local = pl.col("local").fill_null(True)
    has_year = (pl.col("year") != 0).fill_null(False)
    has_date = (pl.col("date") != "").fill_null(False)
    year_text = pl.col("year").cast(pl.String)
    term = pl.col("head").fill_null("").str.extract(r"^UBTVQH(1[1-9])$", 1)
    yearless = ~pl.col("canonical").fill_null("").str.contains(r"/\d{4}/")
    assembly = pl.when(term.is_not_null() & yearless).then(pl.lit("QH") + term)
    state_period = pl.coalesce(
        assembly,
        pl.when(has_year).then(year_text),
        pl.when(has_date).then(pl.col("date").str.slice(0, 4)),
    )
    dated = pl.when(has_date).then(pl.col("date"))
    jan, dec = year_text + pl.lit("-01-01"), year_text + pl.lit("-12-31")

    def terms(date: pl.Expr) -> pl.Expr:
        return (
            pl.when(local).then(term_of(date, LOCAL_TERMS)).otherwise(term_of(date, CONGRESS_TERMS))
        )

    by_year = pl.when(has_year & (terms(jan) == terms(dec))).then(terms(jan))
    period = (
        pl.when(party)
        .then(pl.when(has_date).then(terms(dated)).otherwise(by_year))
        .otherwise(state_period)
    )
    nonempty = lambda c: pl.when(pl.col(c) != "").then(pl.col(c))  # noqa: E731
    province = pl.coalesce(nonempty("body_province"), nonempty("province_hint"), pl.lit("?"))
    scope = pl.when(local).then(province).otherwise(pl.lit(""))
    out = f.select(
        "row", base.alias("base"), period.alias("period"), scope.alias("scope")
    ).with_columns(
        pl.when(pl.col("scope") == "")
        .then(pl.concat_str(["base", "period"], separator="@"))
        .otherwise(pl.concat_str(["base", "period", "scope"], separator="@"))
        .alias("key")
    )
    return out.sort("row").to_arrow()


# -- DuckDB ---------------------------------------------------------------------------------


def _sql_term(date: str, terms: tuple[tuple[str, str], ...]) -> str:
    cases = " ".join(f"WHEN {date} >= '{start}' THEN '{name}'" for name, start in reversed(terms))
    return f"(CASE {cases} END)"


def by_duckdb(mentions: pa.Table, issuers: pa.Table) -> pa.Table:
    import duckdb

    def terms(date: str) -> str:
        return (
            f"(CASE WHEN local THEN {_sql_term(date, LOCAL_TERMS)} "
            f"ELSE {_sql_term(date, CONGRESS_TERMS)} END)"
        )

    con = duckdb.connect()
    con.register("mentions", mentions)
    con.register("codes", issuers)
    year_text = "CAST(year AS VARCHAR)"
    sql = f"""
    WITH m AS (
      SELECT *, COALESCE(issuers, []::VARCHAR[]) AS codes_of FROM mentions
      WHERE number IS NOT NULL AND number <> ''
    ),
    u AS (
      SELECT m.row, string_agg(CASE WHEN x.pos = 1 THEN x.code ELSE c.unit END, '-' ORDER BY x.pos)
             AS units
      FROM m, unnest(m.codes_of) WITH ORDINALITY AS x(code, pos)
      LEFT JOIN codes c ON c.code = x.code
      GROUP BY m.row
    ),
    f AS (
      SELECT m.*, COALESCE(u.units, '') AS units, m.codes_of[1] AS head,
             COALESCE(h.local, TRUE) AS local,
             CASE WHEN ltrim(number, '0') = '' THEN '0' ELSE ltrim(number, '0') END AS num,
             COALESCE(year <> 0, FALSE) AS has_year, COALESCE(date <> '', FALSE) AS has_date
      FROM m LEFT JOIN u ON u.row = m.row LEFT JOIN codes h ON h.code = m.codes_of[1]
    ),
    b AS (
      SELECT row,
        CASE WHEN family = 'party'
          THEN num || '-' || COALESCE(type_code, 'None') || '/' || array_to_string(codes_of, '-')
          ELSE num || '/' || CASE
            WHEN type_code IS NULL OR type_code = 'CV' THEN units
            WHEN units = '' THEN type_code
            ELSE type_code || '-' || units END
        END AS base,
        CASE WHEN family = 'party' THEN
          CASE WHEN has_date THEN {terms("date")}
               WHEN has_year AND {terms(year_text + " || '-01-01'")}
                                 = {terms(year_text + " || '-12-31'")}
               THEN {terms(year_text + " || '-01-01'")} END
        ELSE COALESCE(
          CASE WHEN regexp_full_match(COALESCE(head, ''), 'UBTVQH1[1-9]')
                AND NOT regexp_matches(COALESCE(canonical, ''), '/[0-9]{{4}}/')
               THEN 'QH' || substr(head, 7, 2) END,
          CASE WHEN has_year THEN {year_text} END,
          CASE WHEN has_date THEN substr(date, 1, 4) END)
        END AS period,
        CASE WHEN local THEN COALESCE(NULLIF(body_province, ''), NULLIF(province_hint, ''), '?')
             ELSE '' END AS scope
      FROM f
    )
    SELECT row, base, period, scope,
      CASE WHEN scope = '' THEN base || '@' || period ELSE base || '@' || period || '@' || scope END
        AS key
    FROM b ORDER BY row
    """
    return con.sql(sql).to_arrow_table()


ENGINES: dict[str, Callable[[Any, pa.Table], pa.Table]] = {
    "python": by_python,
    "pyarrow": by_pyarrow,
    "polars": by_polars,
    "duckdb": by_duckdb,
}


def same(answer: pa.Table, expected: pa.Table) -> bool:
    answer = answer.select(ANSWER).cast(expected.select(ANSWER).schema)
    return answer.equals(expected.select(ANSWER))


def timed(engine: str, mentions: pa.Table, issuers: pa.Table, repeat: int,
          expected: pa.Table | None) -> Timing:  # fmt: skip
    walls, cpus = [], []
    answer = None
    given = python_rows(mentions) if engine == "python" else mentions
    for _ in range(repeat):
        wall, cpu = time.perf_counter(), time.process_time()
        answer = ENGINES[engine](given, issuers)
        walls.append(time.perf_counter() - wall)
        cpus.append(time.process_time() - cpu)
    assert answer is not None
    return Timing(
        engine,
        round(statistics.median(walls), 3),
        round(statistics.median(cpus), 3),
        answer.num_rows,
        True if expected is None else same(answer, expected),
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--facts", type=Path, required=True)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--engines", default=",".join(ENGINES))
    args = parser.parse_args()
    mentions = mentions_of(args.facts)
    issuers = issuer_table(mentions)
    expected = by_python(python_rows(mentions), issuers)
    results: dict[str, object] = {
        "facts": str(args.facts),
        "mentions": mentions.num_rows,
        "numbered": expected.num_rows,
        "undated": expected.num_rows - pc.count(expected["key"]).as_py(),
    }
    for engine in args.engines.split(","):
        mark = time.perf_counter()
        try:
            small = mentions.slice(0, 100)  # imported and warmed, not timed
            ENGINES[engine](python_rows(small) if engine == "python" else small, issuers)
        except ImportError:
            print(f"{engine:>8}: not installed")
            continue
        first = round(time.perf_counter() - mark, 3)
        found = timed(engine, mentions, issuers, args.repeat,
                      None if engine == "python" else expected)  # fmt: skip
        results[engine] = {**vars(found), "import_and_first_call_seconds": first}
        print(f"{engine:>8}: {json.dumps(results[engine])}", flush=True)
    sources = json.loads((args.facts / "_facts.json").read_text())["sources"]
    OUT.mkdir(exist_ok=True)
    out = OUT / f"resolve_engines-{sources}.json"
    out.write_text(json.dumps(results, indent=1))
    print(f"written to {out}")


if __name__ == "__main__":
    main()
