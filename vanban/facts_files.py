"""Facts as Parquet files: what `vanban extract --facts DIR` writes and `vanban load --facts`
reads.

A facts folder holds five tables, each split into parts of a few thousand sources:

    DIR/_facts.json                        the manifest, written last: version, parts, counts
    DIR/sources/part-NNNNNNNNNN.parquet    one row a source: id, path, document, bodies, lead
    DIR/mentions/part-NNNNNNNNNN.parquet   one row a reference made, in text order
    DIR/statements/part-NNNNNNNNNN.parquet how the text relates to each reference
    DIR/actors/part-NNNNNNNNNN.parquet     what the bodies and documents a report names do
    DIR/skipped/part-NNNNNNNNNN.parquet    inputs that could not be read or extracted, and why

Every row carries `source_id`; mentions, statements and acts also carry `source_row`, the row
of their source in the same part (the same text under two paths has one id and two rows).
Parts, not one file per source: a million sources would make a million tiny files, while a
part is written by one worker with no coordination (its number is its task's) and read
whole. Flat tables, not one nested row per source: they are what DuckDB, pandas or Spark
query directly ("every mention of 59/2020/QH14 across the corpus").

A folder without its manifest is an extraction that did not finish, and is refused.
"""

from __future__ import annotations

import json
import os
import shutil
from bisect import bisect_left
from collections.abc import Iterable, Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import asdict, dataclass, fields
from itertools import repeat
from operator import itemgetter
from pathlib import Path
from typing import Any, NamedTuple

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from .extract.actors import Act
from .extract.facts import FACTS_VERSION, BodyFact, SourceFacts, SourceInfo
from .extract.model import DocumentIdentity, Reference
from .extract.relate import Statement
from .loaders import Skipped

MANIFEST = "_facts.json"
TABLES = ("sources", "mentions", "statements", "actors", "skipped")
PART_SOURCES = 2000  # sources a part when one process writes them


class FactsError(Exception):
    """A facts folder that cannot be written or read; the message says what to do."""


_SCALARS = {"str": pa.string(), "int": pa.int64(), "float": pa.float64(), "bool": pa.bool_()}


def _arrow_type(annotation: str) -> pa.DataType:
    """The column type of a dataclass field annotated `annotation` (a string, since the
    records' modules use postponed annotations)."""
    bare = annotation.replace("| None", "").strip()
    if bare in _SCALARS:
        return _SCALARS[bare]
    if bare.startswith("list[") and bare.endswith("]"):
        return pa.list_(_arrow_type(bare[5:-1]))
    raise TypeError(f"no Parquet column type for a field annotated {annotation!r}")


def _struct(cls: type) -> pa.StructType:
    return pa.struct([(f.name, _arrow_type(str(f.type))) for f in fields(cls)])


def _schemas() -> dict[str, pa.Schema]:
    """The tables' schemas, from the records' fields: a field added to `Reference` or
    `DocumentIdentity` becomes a column without an edit here."""
    body = _struct(BodyFact)
    source_columns = [
        (f.name, _arrow_type(str(f.type)))
        for f in fields(SourceInfo)
        if f.name not in ("id", "metadata")
    ]
    return {
        "sources": pa.schema(
            [
                ("source_id", pa.string()),
                *source_columns,
                ("metadata", pa.string()),  # JSON: its keys differ from source to source
                ("version", pa.int64()),
                ("document", _struct(DocumentIdentity)),
                ("issuer_body", body),
                ("main_body", body),
                ("lead", pa.string()),
            ]
        ),
        "mentions": pa.schema(
            [
                ("source_id", pa.string()),
                ("source_row", pa.int64()),
                ("mention", pa.int64()),  # its index in the source: what statements name
                *[(f.name, _arrow_type(str(f.type))) for f in fields(Reference)],
                ("sentence", pa.string()),
                ("sentence_start", pa.int64()),
                ("sentence_end", pa.int64()),
                ("province_hint", pa.string()),
                ("body", body),
            ]
        ),
        "statements": pa.schema(
            [
                ("source_id", pa.string()),
                ("source_row", pa.int64()),
                *[(f.name, _arrow_type(str(f.type))) for f in fields(Statement)],
            ]
        ),
        # what a report's bodies and documents do (extract/actors.py); `body` a named body
        "actors": pa.schema(
            [
                ("source_id", pa.string()),
                ("source_row", pa.int64()),
                *[
                    (f.name, body if f.name == "body" else _arrow_type(str(f.type)))
                    for f in fields(Act)
                ],
            ]
        ),
        # `source_row`: the row of the source that came next in the input (its place in order)
        "skipped": pa.schema(
            [("path", pa.string()), ("reason", pa.string()), ("source_row", pa.int64())]
        ),
    }


SCHEMAS = _schemas()


@dataclass
class PartSummary:
    part: int
    sources: int = 0
    mentions: int = 0
    skipped: int = 0


def _rows(items: Iterable[SourceFacts | Skipped]) -> dict[str, list[dict[str, Any]]]:
    rows: dict[str, list[dict[str, Any]]] = {t: [] for t in TABLES}
    for item in items:
        if isinstance(item, Skipped):
            place = len(rows["sources"])
            rows["skipped"].append({"path": item.path, "reason": item.reason, "source_row": place})
            continue
        row = len(rows["sources"])
        info = asdict(item.source)
        source_id = info.pop("id")
        rows["sources"].append(
            {
                "source_id": source_id,
                **info,
                "metadata": json.dumps(info["metadata"], ensure_ascii=False, sort_keys=True),
                "version": item.version,
                "document": item.document.to_dict(),
                "issuer_body": asdict(item.issuer_body) if item.issuer_body else None,
                "main_body": asdict(item.main_body) if item.main_body else None,
                "lead": item.lead,
            }
        )
        for i, m in enumerate(item.mentions):
            rows["mentions"].append({"source_id": source_id, "source_row": row, "mention": i})
            rows["mentions"][-1].update(m.to_dict())
        for s in item.statements:
            rows["statements"].append({"source_id": source_id, "source_row": row, **asdict(s)})
        for a in item.actors:
            rows["actors"].append({"source_id": source_id, "source_row": row, **asdict(a)})
    return rows


def part_name(index: int) -> str:
    return f"part-{index:010d}.parquet"


def write_part(out: str | Path, index: int, items: Iterable[SourceFacts | Skipped]) -> PartSummary:
    """Write one part of every table under `out`; each file appears whole or not at all."""
    out = Path(out)
    rows = _rows(items)
    for table in TABLES:
        folder = out / table
        folder.mkdir(parents=True, exist_ok=True)
        final = folder / part_name(index)
        partial = folder / f".{final.name}.{os.getpid()}.tmp"
        pq.write_table(pa.Table.from_pylist(rows[table], schema=SCHEMAS[table]), partial)
        os.replace(partial, final)
    return PartSummary(index, len(rows["sources"]), len(rows["mentions"]), len(rows["skipped"]))


def prepare(out: str | Path) -> Path:
    """`out` made ready for new facts: created, or emptied of the facts it held. A folder
    holding anything else is refused rather than written into."""
    out = Path(out)
    if out.exists() and not out.is_dir():
        raise FactsError(f"{out} is a file: give a folder for the facts")
    if out.is_dir():
        foreign = [p.name for p in out.iterdir() if p.name not in (*TABLES, MANIFEST)]
        if foreign:
            shown = ", ".join(sorted(foreign)[:3])
            raise FactsError(
                f"{out} holds other files ({shown}): give a new or empty folder for the facts"
            )
        (out / MANIFEST).unlink(missing_ok=True)  # first: a half-replaced folder is refused
        for table in TABLES:
            shutil.rmtree(out / table, ignore_errors=True)
    out.mkdir(parents=True, exist_ok=True)
    return out


def finish(out: str | Path, parts: list[PartSummary]) -> dict[str, Any]:
    """Write the manifest: the facts in `out` are complete."""
    manifest = {
        "facts_version": FACTS_VERSION,
        "parts": [p.part for p in sorted(parts, key=lambda p: p.part)],
        "sources": sum(p.sources for p in parts),
        "mentions": sum(p.mentions for p in parts),
        "skipped": sum(p.skipped for p in parts),
    }
    path = Path(out) / MANIFEST
    partial = path.with_name(f".{MANIFEST}.tmp")
    partial.write_text(json.dumps(manifest, indent=1) + "\n", encoding="utf-8")
    os.replace(partial, path)
    return manifest


def write_facts(
    items: Iterable[SourceFacts | Skipped], out: str | Path, part_sources: int = PART_SOURCES
) -> dict[str, Any]:
    """Write `items` (in order) as a facts folder at `out`; returns the manifest."""
    out = prepare(out)
    parts: list[PartSummary] = []
    batch: list[SourceFacts | Skipped] = []
    for item in items:
        batch.append(item)
        if len(batch) >= part_sources:
            parts.append(write_part(out, len(parts), batch))
            batch = []
    if batch or not parts:
        parts.append(write_part(out, len(parts), batch))
    return finish(out, parts)


def manifest(folder: str | Path) -> dict[str, Any]:
    """The manifest of a complete facts folder of this version, or a `FactsError`."""
    folder = Path(folder)
    path = folder / MANIFEST
    if not path.is_file():
        if folder.is_dir() and (folder / "sources").is_dir():
            raise FactsError(
                f"{folder} holds no {MANIFEST}: its extraction did not finish; "
                f"run `vanban extract --facts {folder}` again"
            )
        raise FactsError(
            f"{folder} is not a facts folder (no {MANIFEST}): write one with "
            f"`vanban extract PATHS --facts {folder}`"
        )
    try:
        found = json.loads(path.read_text(encoding="utf-8"))
        version, parts = found["facts_version"], found["parts"]
    except (ValueError, KeyError, TypeError) as error:
        raise FactsError(f"{path} is not a facts manifest ({error})") from error
    if version != FACTS_VERSION:
        raise FactsError(
            f"the facts in {folder} are of version {version}, this vanban reads version "
            f"{FACTS_VERSION}: run `vanban extract --facts {folder}` again"
        )
    if not isinstance(parts, list) or not all(isinstance(p, int) for p in parts):
        raise FactsError(f"{path}: `parts` is not a list of part numbers")
    return found


def is_facts_folder(path: str | Path) -> bool:
    return (Path(path) / MANIFEST).is_file()


def _read_table(folder: Path, table: str, part: int) -> list[dict[str, Any]]:
    return _arrow_table(folder, table, part).to_pylist()


def read_part(folder: str | Path, part: int) -> list[SourceFacts | Skipped]:
    """The sources and skipped inputs of one part, in the order they were written, as typed
    records: `read_plain_part`'s plain view, made records."""
    return [
        SourceFacts.from_dict(item) if isinstance(item, dict) else item
        for item in read_plain_part(folder, part)
    ]


def _shared_values(column: pa.ChunkedArray, strings: dict[str, str]) -> list[Any]:
    """A column's values with each distinct value made once: a text ("Quyết định", a
    province) one object, not one per mention, and a flat record (a body) or a list of
    texts (issuers) one object for all the rows that hold it. The plain view is read,
    never written to, so rows can share them: the facts of 30k documents took 1.07 GB as
    separate objects (tracemalloc: the rows were two fifths of the heap at the end of a
    resolution).

    Which rows hold equal values is found in Arrow (`_first_of_equal`); Python makes one
    object a distinct value and hands it out by index: making every row's value and
    looking it up made and dropped a dict or a list a mention, a third of reading the
    facts of 100k documents."""
    kind = column.type
    array = column.combine_chunks()
    if pa.types.is_string(kind):
        encoded = array.dictionary_encode()
        distinct = [strings.setdefault(v, v) for v in encoded.dictionary.to_pylist()]
        return _handed_out(distinct, encoded.indices)
    keys: list[pa.Array] | None = None
    if pa.types.is_struct(kind) and not any(pa.types.is_nested(f.type) for f in kind):
        keys = [array.is_valid(), *(pc.struct_field(array, [i]) for i in range(kind.num_fields))]
    elif (
        pa.types.is_list(kind)
        and pa.types.is_string(kind.value_type)
        and not pc.any(pc.match_substring(pc.list_flatten(array), _SEPARATOR)).as_py()
    ):  # a list is its texts joined by a separator none of them holds, and its length
        keys = [pc.list_value_length(array), pc.binary_join(array, _SEPARATOR)]
    if keys is None:
        return column.to_pylist()
    group, first = _first_of_equal(keys)
    return _handed_out(array.take(first).to_pylist(), group)


_SEPARATOR = "\x1f"  # the unit separator: in no issuer code


def _first_of_equal(keys: list[pa.Array]) -> tuple[pa.Array, pa.Array]:
    """For rows equal when all their `keys` are (nulls equal to nulls), each row's group
    (numbered in the order groups are first met) and the first row of each group."""
    code: pa.Array | None = None
    for key in keys:
        encoded = key.dictionary_encode()
        size = len(encoded.dictionary) + 1  # a null is a value of its own
        value = encoded.indices.fill_null(size - 1).cast(pa.int64())
        if code is not None:
            value = pc.add(pc.multiply(code, size), value)
        # numbered again from 0, so that the next key's product stays small (below n²)
        code = value.dictionary_encode().indices.cast(pa.int64())
    assert code is not None
    grouped = code.dictionary_encode()
    return grouped.indices, pc.index_in(grouped.dictionary, value_set=code)


def _handed_out(distinct: list[Any], indices: pa.Array) -> list[Any]:
    """`distinct[i]` for each index `i` (None for a null), the same objects."""
    distinct.append(None)
    places = indices.fill_null(len(distinct) - 1).to_pylist()
    if len(places) < 2:  # `itemgetter` of one index gives the value, not a tuple
        return [distinct[i] for i in places]
    return list(itemgetter(*places)(distinct))


def _sorted(table: pa.Table, order: tuple[str, ...] = ("source_row",)) -> pa.Table:
    """`table` in the `order` of those columns (Arrow sorts stably: rows equal in them keep
    their written order)."""
    return table.sort_by([(name, "ascending") for name in order])


def _grouped(
    table: pa.Table, count: int, drop: tuple[str, ...], strings: dict[str, str]
) -> list[list[dict[str, Any]]]:
    """The rows of `table` (sorted by source: `_sorted`) grouped by their `source_row`,
    without `drop`."""
    kept = table.drop_columns(list(drop))
    names = kept.column_names
    columns = [_shared_values(kept.column(name), strings) for name in names]
    rows = list(map(dict, map(zip, repeat(names), zip(*columns, strict=True))))
    # sorted by source: each source's rows are one slice
    places = table.column("source_row").to_pylist()
    bounds = [bisect_left(places, number) for number in range(count + 1)]
    return [rows[bounds[i] : bounds[i + 1]] for i in range(count)]


def _arrow_table(folder: Path, table: str, part: int) -> pa.Table:
    path = folder / table / part_name(part)
    schema = SCHEMAS[table]
    try:
        # The file itself, not a dataset of one file (`pq.read_table`), which took 1 to 2 ms
        # a file to set up: some 2 s of reading 1,520 small files (100k documents).
        with pq.ParquetFile(path) as file:
            found = file.read(columns=schema.names)
        # a column missing or of another type is an error, never a column of nulls
        missing = [name for name in schema.names if name not in found.column_names]
        if missing:
            raise pa.ArrowInvalid(f"no column {', '.join(missing)}")
        return found.cast(schema)
    except (OSError, pa.ArrowException) as error:
        raise FactsError(
            f"{path} cannot be read as facts ({error}): run `vanban extract --facts {folder}` again"
        ) from error


class _PartTables(NamedTuple):
    """One part's tables as read, each table of a source's rows sorted by source."""

    sources: pa.Table
    mentions: pa.Table
    statements: pa.Table
    actors: pa.Table
    skipped: pa.Table


def _part_tables(folder: Path, part: int) -> _PartTables:
    """The Arrow half of reading a part: its files read and their rows sorted, no Python
    object made a row, and the interpreter let go meanwhile (`read_plain_facts` does it
    for the next part in a thread while the load makes this part's rows)."""
    return _PartTables(
        _arrow_table(folder, "sources", part),
        _sorted(_arrow_table(folder, "mentions", part), ("source_row", "mention")),
        _sorted(_arrow_table(folder, "statements", part)),
        _sorted(_arrow_table(folder, "actors", part)),
        _arrow_table(folder, "skipped", part),
    )


def read_plain_part(folder: str | Path, part: int) -> list[dict[str, Any] | Skipped]:
    """One part as `read_part` gives it, each source in the plain view the resolver reads
    (`SourceFacts.to_dict`), built from the columns without the typed records between:
    a load of 100,000 sources made and dropped some 14 million objects for them."""
    return _plain_part(_part_tables(Path(folder), part))


def _plain_part(tables: _PartTables) -> list[dict[str, Any] | Skipped]:
    """`read_plain_part` of the part whose `tables` are read (`_part_tables`)."""
    sources = tables.sources
    count = sources.num_rows
    strings: dict[str, str] = {}
    mentioned = ("source_id", "source_row", "mention")
    own = _grouped(tables.mentions, count, mentioned, strings)
    said = _grouped(tables.statements, count, ("source_id", "source_row"), strings)
    did = _grouped(tables.actors, count, ("source_id", "source_row"), strings)
    skipped = tables.skipped.to_pylist()
    out: list[dict[str, Any] | Skipped] = []
    waiting = 0  # the next skipped input to put in its place
    for number, row in enumerate(sources.to_pylist()):
        while waiting < len(skipped) and skipped[waiting]["source_row"] <= number:
            out.append(Skipped(skipped[waiting]["path"], skipped[waiting]["reason"]))
            waiting += 1
        for m in own[number]:
            m["issuers"] = m["issuers"] or []  # as `Mention.from_dict` reads them
        document = row["document"]
        document["warnings"] = document["warnings"] or []
        source = {name: row[name] for name in _SOURCE_FIELDS if name not in ("id", "metadata")}
        out.append(
            {
                "version": row["version"],
                "source": {
                    "id": row["source_id"],
                    **source,
                    "metadata": json.loads(row["metadata"]),
                },
                "document": document,
                "issuer_body": row["issuer_body"],
                "main_body": row["main_body"],
                "lead": row["lead"],
                "mentions": own[number],
                "statements": said[number],
                "actors": did[number],
            }
        )
    out.extend(Skipped(r["path"], r["reason"]) for r in skipped[waiting:])
    return out


_SOURCE_FIELDS = tuple(f.name for f in fields(SourceInfo))


def read_plain_facts(folder: str | Path) -> Iterator[dict[str, Any] | Skipped]:
    """`read_facts_folder` in the plain view (see `read_plain_part`), part by part: a
    thread reads each part's tables (`_part_tables`) while the one before is made rows."""
    folder = Path(folder)
    parts = manifest(folder)["parts"]
    with ThreadPoolExecutor(1, thread_name_prefix="vanban-facts") as reader:
        ahead = [reader.submit(_part_tables, folder, part) for part in parts[:1]]
        for at in range(len(parts)):
            tables = ahead.pop().result()
            if at + 1 < len(parts):
                ahead.append(reader.submit(_part_tables, folder, parts[at + 1]))
            yield from _plain_part(tables)


def read_facts_folder(folder: str | Path) -> Iterator[SourceFacts | Skipped]:
    """Every source's facts (and every skipped input) of a facts folder, part by part."""
    for part in manifest(folder)["parts"]:
        yield from read_part(folder, part)


def read_skipped(folder: str | Path) -> list[Skipped]:
    """The inputs a facts folder records as skipped."""
    found = manifest(folder)
    rows = (r for p in found["parts"] for r in _read_table(Path(folder), "skipped", p))
    return [Skipped(r["path"], r["reason"]) for r in rows]
