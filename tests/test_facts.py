"""Facts as the contract between reading and the graph: typed records, written as Parquet by
`vanban extract --facts` (on one machine or a Dask cluster), loaded by `vanban load --facts`
into exactly the store that loading the texts gives."""

from __future__ import annotations

import json
import subprocess
import sys
from dataclasses import asdict
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from click.testing import CliRunner
from conftest import EXAMPLES

from vanban.batch import extract_facts, map_sources
from vanban.cli import main
from vanban.extract.facts import SourceFacts
from vanban.extract.read_facts import FACTS_VERSION, facts_or_skipped, read_facts
from vanban.facts_files import (
    MANIFEST,
    FactsError,
    read_facts_folder,
    read_plain_facts,
    read_skipped,
    write_facts,
)
from vanban.load import load
from vanban.loaders import Skipped, Source, read_paths
from vanban.store import open_store, read_table
from vanban.store.graph_tables import EDGE_COLUMNS, SCHEMA


def _sources(folder: Path) -> list[Source]:
    return [s for s in read_paths([folder]) if isinstance(s, Source)]


def store_tables(db: Path) -> dict[str, list]:
    """Every node table and every relation table of a store, rows sorted."""
    tables: dict[str, list] = {name: read_table(db, name).to_pylist() for name in SCHEMA.nodes}
    columns = ", ".join(f"r.{name} AS {name}" for name, _ in EDGE_COLUMNS)
    with open_store(db) as store:
        for relation in SCHEMA.rels:
            rows = store.query(
                f"MATCH (a)-[r:{relation}]->(b) RETURN a.key AS a, b.key AS b, {columns}"
            )
            tables[relation] = sorted(rows, key=lambda r: json.dumps(r, sort_keys=True))
    return tables


# --- the records -------------------------------------------------------------------------


def test_records_keep_every_field_through_their_plain_view() -> None:
    for source in _sources(EXAMPLES):
        facts = read_facts(source)
        assert facts.version == FACTS_VERSION
        assert SourceFacts.from_dict(facts.to_dict()) == facts
        plain = facts.to_dict()
        assert plain["document"] == asdict(facts.document)
        assert plain["statements"] == [asdict(s) for s in facts.statements]
        for m, row in zip(facts.mentions, plain["mentions"], strict=True):
            reference = asdict(m.reference)
            assert {k: row[k] for k in reference} == reference
            assert row["body"] == (asdict(m.body) if m.body else None)


def test_a_mention_keeps_its_span_and_its_sentence_bounds() -> None:
    source = _sources(EXAMPLES)[0]
    facts = read_facts(source)
    assert facts.mentions, "the first sample document cites others"
    for m in facts.mentions:
        r = m.reference
        assert source.text[r.start : r.end] == r.surface
        assert m.sentence_start <= r.start < r.end <= m.sentence_end
        # the sentence kept is that span's text, whitespace collapsed (cut only when long)
        whole = " ".join(source.text[m.sentence_start : m.sentence_end].split())
        assert m.sentence == whole or "…" in m.sentence
    relations = {s.relation for s in facts.statements}
    assert relations and all(0 <= s.object < len(facts.mentions) for s in facts.statements)


# --- Parquet -----------------------------------------------------------------------------


@pytest.mark.parametrize("part_sources", [1, 4, 1000])
def test_parquet_gives_back_the_records_written(tmp_path: Path, part_sources: int) -> None:
    items: list[SourceFacts | Skipped] = [read_facts(s) for s in _sources(EXAMPLES)]
    items[3:3] = [Skipped("x.pdf", "no text layer"), Skipped("y.docx", "not a zip")]
    items.append(Skipped("z.html", "too deep"))
    summary = write_facts(items, tmp_path / "facts", part_sources=part_sources)
    assert summary["sources"] == len(items) - 3 and summary["skipped"] == 3
    assert len(summary["parts"]) == -(-len(items) // part_sources)
    assert list(read_facts_folder(tmp_path / "facts")) == items  # skipped ones in their place
    # the plain view a load reads straight from the columns is the records' own
    plain = [i.to_dict() if isinstance(i, SourceFacts) else i for i in items]
    assert list(read_plain_facts(tmp_path / "facts")) == plain


def test_the_plain_view_shares_equal_bodies_and_issuer_lists(tmp_path: Path) -> None:
    # Rows holding equal values share one object (the view is only read): a body, and a
    # list of issuer codes, is made once for all the mentions that hold it.
    items = [read_facts(s) for s in _sources(EXAMPLES)]
    write_facts(items, tmp_path / "facts")
    mentions = [m for f in read_plain_facts(tmp_path / "facts") for m in f["mentions"]]
    for field_name in ("body", "issuers"):
        by_value: dict[str, list[object]] = {}
        for m in mentions:
            if m[field_name]:
                by_value.setdefault(json.dumps(m[field_name]), []).append(m[field_name])
        repeated = [same for same in by_value.values() if len(same) > 1]
        assert repeated, f"the sample corpus repeats some {field_name}"
        assert all(all(v is same[0] for v in same) for same in repeated)


def test_issuer_codes_holding_the_separator_are_read_as_written(tmp_path: Path) -> None:
    # Equal lists are found by joining their texts with "\x1f": a list holding it is read
    # row by row instead, and comes out as written.
    facts = read_facts(_sources(EXAMPLES)[0])
    odd = facts.mentions[0].reference
    odd.issuers = ["A\x1fB", "C"]
    other = facts.mentions[1].reference
    other.issuers = ["A", "B\x1fC"]  # the same texts, joined, as the list above
    write_facts([facts], tmp_path / "facts")
    plain = next(iter(read_plain_facts(tmp_path / "facts")))
    assert plain == facts.to_dict()
    assert plain["mentions"][0]["issuers"] == ["A\x1fB", "C"]
    assert plain["mentions"][1]["issuers"] == ["A", "B\x1fC"]


def test_rows_written_out_of_source_order_go_to_their_source_in_written_order(
    tmp_path: Path,
) -> None:
    # A part written by another tool may hold its statements in any order of sources:
    # each source still gets its own, in the order they were written.
    items = [read_facts(s) for s in _sources(EXAMPLES)[:4]]
    write_facts(items, tmp_path / "facts")
    part = next((tmp_path / "facts" / "statements").iterdir())
    table = pq.read_table(part)
    assert len(set(table.column("source_row").to_pylist())) > 1
    pq.write_table(table.take(list(reversed(range(table.num_rows)))), part)
    reversed_plain = list(read_plain_facts(tmp_path / "facts"))
    for facts, plain in zip(items, reversed_plain, strict=True):
        assert plain["statements"] == list(reversed([asdict(s) for s in facts.statements]))


def test_the_tables_are_flat_and_carry_the_source_id(tmp_path: Path) -> None:
    facts = [read_facts(s) for s in _sources(EXAMPLES)]
    write_facts(facts, tmp_path / "f")
    mentions = pq.read_table(tmp_path / "f" / "mentions").to_pylist()
    assert len(mentions) == sum(len(f.mentions) for f in facts)
    ids = {f.source.id for f in facts}
    assert {m["source_id"] for m in mentions} <= ids
    first = facts[0].mentions[0]
    row = next(m for m in mentions if m["source_id"] == facts[0].source.id and m["mention"] == 0)
    assert (row["canonical"], row["start"], row["end"]) == (
        first.reference.canonical,
        first.reference.start,
        first.reference.end,
    )
    statements = pq.read_table(tmp_path / "f" / "statements").to_pylist()
    assert len(statements) == sum(len(f.statements) for f in facts)


def test_a_folder_without_its_manifest_is_refused(tmp_path: Path) -> None:
    write_facts([read_facts(_sources(EXAMPLES)[0])], tmp_path / "f")
    (tmp_path / "f" / MANIFEST).unlink()
    with pytest.raises(FactsError, match="did not finish"):
        list(read_facts_folder(tmp_path / "f"))
    with pytest.raises(FactsError, match="not a facts folder"):
        list(read_facts_folder(tmp_path))


def test_facts_of_another_version_are_refused(tmp_path: Path) -> None:
    write_facts([read_facts(_sources(EXAMPLES)[0])], tmp_path / "f")
    manifest = json.loads((tmp_path / "f" / MANIFEST).read_text())
    manifest["facts_version"] = FACTS_VERSION - 1
    (tmp_path / "f" / MANIFEST).write_text(json.dumps(manifest))
    with pytest.raises(FactsError, match="run `vanban extract --facts"):
        list(read_facts_folder(tmp_path / "f"))


def test_facts_are_not_written_over_other_files(tmp_path: Path) -> None:
    (tmp_path / "notes.txt").write_text("mine")
    with pytest.raises(FactsError, match="holds other files"):
        write_facts([], tmp_path)
    assert (tmp_path / "notes.txt").read_text() == "mine"


def test_writing_again_replaces_the_facts_written_before(tmp_path: Path) -> None:
    facts = [read_facts(s) for s in _sources(EXAMPLES)]
    write_facts(facts, tmp_path / "f", part_sources=2)
    write_facts(facts[:3], tmp_path / "f")
    assert list(read_facts_folder(tmp_path / "f")) == facts[:3]
    assert len(list((tmp_path / "f" / "sources").iterdir())) == 1


def test_an_input_that_cannot_be_read_is_recorded_as_skipped(tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text(
        "Căn cứ Nghị định số 15/2020/NĐ-CP ngày 03/02/2020 của Chính phủ.", encoding="utf-8"
    )
    (tmp_path / "in" / "b.xyz").write_text("?")
    extract_facts([tmp_path / "in"], tmp_path / "f", jobs=1)
    items = list(read_facts_folder(tmp_path / "f"))
    assert [type(i) for i in items] == [SourceFacts, Skipped]
    assert read_skipped(tmp_path / "f")[0].path.endswith("b.xyz")


# --- loading from facts gives the store that loading the texts gives ---------------------


def _same_store_from_facts(texts: Path, tmp_path: Path) -> None:
    extract_facts([texts], tmp_path / "facts", jobs=2)
    from_texts, _ = load([texts], tmp_path / "texts.db", jobs=2)
    from_facts, _ = load([], tmp_path / "facts.db", facts=[tmp_path / "facts"])
    assert from_facts.new == from_texts.new > 0
    assert from_facts.edges == from_texts.edges
    assert store_tables(tmp_path / "facts.db") == store_tables(tmp_path / "texts.db")


def test_loading_facts_gives_the_store_of_the_sample_corpus(tmp_path: Path) -> None:
    _same_store_from_facts(EXAMPLES, tmp_path)


def test_loading_facts_gives_the_store_of_the_seeds(tmp_path: Path, seeds_dir: Path) -> None:
    _same_store_from_facts(seeds_dir, tmp_path)


def test_facts_packed_by_workers_or_by_the_load_itself_are_alike(tmp_path: Path) -> None:
    """With several jobs, worker processes pack the facts for the Source table while the
    load resolves; with one, the load packs them: the same store either way."""
    extract_facts([EXAMPLES], tmp_path / "facts", jobs=1)
    for jobs in (1, 3):
        load([], tmp_path / f"{jobs}.db", jobs, facts=[tmp_path / "facts"])
    assert store_tables(tmp_path / "1.db") == store_tables(tmp_path / "3.db")
    facts = read_table(tmp_path / "3.db", "Source").column("facts").to_pylist()
    assert all(facts) and len(facts) == len(_sources(EXAMPLES))


def test_facts_of_sources_already_stored_are_unchanged(tmp_path: Path) -> None:
    load([EXAMPLES], tmp_path / "s.db", jobs=1)
    before = store_tables(tmp_path / "s.db")
    extract_facts([EXAMPLES], tmp_path / "facts", jobs=1)
    report, _ = load([], tmp_path / "s.db", facts=[tmp_path / "facts"])
    assert report.unchanged == report.sources_read > 0 and report.new == 0
    assert store_tables(tmp_path / "s.db") == before


# --- the command line --------------------------------------------------------------------


def test_the_command_line_extracts_facts_and_loads_them(tmp_path: Path) -> None:
    runner = CliRunner()
    facts, db = tmp_path / "facts", tmp_path / "g.db"
    done = runner.invoke(main, ["extract", str(EXAMPLES), "--facts", str(facts), "--json"])
    assert done.exit_code == 0, done.output
    summary = json.loads(done.output)[0]
    assert summary["sources"] == len(_sources(EXAMPLES)) and summary["skipped"] == 0
    done = runner.invoke(main, ["load", "--facts", str(facts), "--db", str(db), "--json"])
    assert done.exit_code == 0, done.output
    assert json.loads(done.output)[0]["new"] == summary["sources"]


def test_the_command_line_says_what_is_wrong(tmp_path: Path) -> None:
    runner = CliRunner()
    done = runner.invoke(main, ["load", "--db", str(tmp_path / "g.db")])
    assert done.exit_code == 2 and "--facts DIR" in done.output
    done = runner.invoke(main, ["load", "--facts", str(tmp_path), "--db", str(tmp_path / "g.db")])
    assert done.exit_code == 1
    assert "not a facts folder" in done.output and "left as it was" in done.output
    assert not (tmp_path / "g.db").exists()
    done = runner.invoke(main, ["extract", str(EXAMPLES), "--scheduler", "local"])
    assert done.exit_code == 2 and "--facts" in done.output


# --- on a Dask cluster -------------------------------------------------------------------


def test_a_local_dask_cluster_writes_the_facts_one_process_writes(
    tmp_path: Path, seeds_dir: Path, tvpl_rows: list[dict]
) -> None:
    pytest.importorskip("distributed", reason="the `cluster` extra (dask[distributed])")
    from vanban.cluster import extract_on_cluster, work_groups

    lines = [json.dumps(row, ensure_ascii=False) for row in tvpl_rows[:12]]
    lines.insert(5, "{not json")  # a bad line is skipped by its line number, in its place
    big = tmp_path / "in" / "tvpl.jsonl"
    big.parent.mkdir()
    big.write_text("\n".join(lines) + "\n", encoding="utf-8")
    inputs = [seeds_dir, big, EXAMPLES]
    group_bytes = big.stat().st_size // 3
    groups, _ = work_groups(inputs, group_bytes)
    slices = [share for group in groups for share in group if share[0] == str(big)]
    assert len(slices) >= 3  # the .jsonl file is shared among tasks
    single = list(map_sources(inputs, facts_or_skipped, jobs=1))
    assert any(isinstance(x, Skipped) and x.path == f"{big}:6" for x in single)
    manifest = extract_on_cluster(
        inputs, tmp_path / "f", "local", workers=2, part_sources=3, group_bytes=group_bytes
    )
    assert len(manifest["parts"]) > len(groups)  # tasks wrote several parts each
    assert list(read_facts_folder(tmp_path / "f")) == single


def test_stored_facts_of_another_version_are_read_again(tmp_path: Path, monkeypatch) -> None:
    load([EXAMPLES], tmp_path / "s.db", jobs=1)
    import vanban.load

    monkeypatch.setattr(vanban.load, "FACTS_VERSION", FACTS_VERSION + 1)
    report, _ = load([EXAMPLES], tmp_path / "s.db", jobs=1)
    assert report.changed == report.sources_read > 0 and report.unchanged == 0


def _outdated_store(tmp_path: Path, monkeypatch) -> tuple[Path, Path, Path]:
    """A store of the example texts in two inputs (a folder, and a `.jsonl` of two of
    them), then a newer facts version: every stored source is outdated."""
    texts = sorted(EXAMPLES.glob("*.txt"))
    folder = tmp_path / "texts"
    folder.mkdir()
    for text in texts[2:]:
        (folder / text.name).write_text(text.read_text(encoding="utf-8"), encoding="utf-8")
    lines = tmp_path / "two.jsonl"
    records = [{"id": t.stem, "text": t.read_text(encoding="utf-8")} for t in texts[:2]]
    lines.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records))
    db = tmp_path / "s.db"
    load([folder, lines], db, jobs=1)
    import vanban.load

    monkeypatch.setattr(vanban.load, "FACTS_VERSION", FACTS_VERSION + 1)
    return db, folder, lines


def _stored_ids(db: Path) -> set[str]:
    return set(read_table(db, "Source").column("id").to_pylist())


def test_outdated_sources_not_given_are_read_again_from_their_inputs(
    tmp_path: Path, monkeypatch
) -> None:
    db, folder, lines = _outdated_store(tmp_path, monkeypatch)
    before = _stored_ids(db)
    report, _ = load([lines], db, jobs=1)  # only the .jsonl is given
    # the folder's sources were stored by the old version: read again, not dropped
    assert _stored_ids(db) == before
    assert report.changed == report.sources_read == len(before)


def test_outdated_sources_whose_inputs_are_gone_stop_the_load(tmp_path: Path, monkeypatch) -> None:
    from vanban.load import OutdatedSourcesError

    db, folder, lines = _outdated_store(tmp_path, monkeypatch)
    before = _stored_ids(db)
    gone = sorted(folder.iterdir())[0]
    gone.unlink()
    with pytest.raises(OutdatedSourcesError, match=f"1 source.*{gone.name}.*give them"):
        load([lines], db, jobs=1)
    assert _stored_ids(db) == before  # the store was left as it was
    result = CliRunner().invoke(main, ["load", str(lines), "--db", str(db)])
    assert result.exit_code == 1
    assert gone.name in result.output and "left as it was" in result.output


def test_a_part_missing_a_column_is_refused_by_name(tmp_path: Path) -> None:
    write_facts([read_facts(_sources(EXAMPLES)[0])], tmp_path / "f")
    part = next((tmp_path / "f" / "mentions").iterdir())
    pq.write_table(pq.read_table(part).drop_columns(["sentence_end"]), part)
    with pytest.raises(FactsError, match=f"{part.name} cannot be read as facts"):
        list(read_facts_folder(tmp_path / "f"))


def test_loading_facts_gives_the_store_of_news_reports(tmp_path: Path) -> None:
    # Pages whose orders assign bodies (extract/actors.py): their acts travel in the facts.
    news = Path(__file__).resolve().parents[1].parent / "shared" / "corpus" / "real" / "news.jsonl"
    if not news.exists():
        pytest.skip(f"the real news corpus is not at {news}")
    wanted = {74, 498, 615, 1003}  # report gold pages with assigned bodies
    lines = [line for i, line in enumerate(news.open(encoding="utf-8"), 1) if i in wanted]
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "news.jsonl").write_text("".join(lines), encoding="utf-8")
    items = [i for i in extract_facts_items(tmp_path / "in") if isinstance(i, SourceFacts)]
    assert sum(len(i.actors) for i in items) > 0, "the pages' orders assign bodies"
    _same_store_from_facts(tmp_path / "in", tmp_path)


def extract_facts_items(folder: Path) -> list[SourceFacts | Skipped]:
    extract_facts([folder], folder.parent / "probe", jobs=1)
    return list(read_facts_folder(folder.parent / "probe"))


# What a load from facts, and an update from them, needs no more than a query does: run in
# a process of its own, so that nothing a test imported before counts.
_READING = ("vanban.extract.pipeline", "vanban.extract.read_facts", "trafilatura", "pypdf", "docx")
_LOAD_AND_SAY = """
import json, sys
from pathlib import Path
from vanban.extract import cues
from vanban.load import load
report, _ = load([], Path(sys.argv[2]), 2, facts=[Path(sys.argv[1])])
made = cues._opening_with.cache_info().currsize + cues._cue_scans.cache_info().currsize
print(json.dumps({"imported": [m for m in sys.argv[3:] if m in sys.modules],
                  "cue_tables": made, "new": report.new}))
"""


def test_a_load_from_facts_reads_no_text_and_imports_nothing_that_does(tmp_path: Path) -> None:
    """A load from facts (a whole one, then an update) imports no reader of texts and makes
    no cue pattern: they were 1.5 s of its start (a load of texts makes them before its
    workers start, `batch.prepare_extraction`)."""
    extract_facts([EXAMPLES], tmp_path / "facts", jobs=1)
    text = tmp_path / "new" / "kh.txt"
    text.parent.mkdir()
    text.write_text("Kế hoạch số 12/KH-UBND thực hiện Chỉ thị số 33/CT-TTg.", encoding="utf-8")
    extract_facts([text.parent], tmp_path / "more", jobs=1)
    for facts in ("facts", "more"):  # a whole load, then an update of that store
        done = subprocess.run(
            [sys.executable, "-c", _LOAD_AND_SAY, str(tmp_path / facts), str(tmp_path / "s.db")]
            + list(_READING),
            capture_output=True,
            text=True,
            check=True,
        )
        said = json.loads(done.stdout.splitlines()[-1])
        assert said["imported"] == [] and said["cue_tables"] == 0, said
    assert said["new"] == 1  # an update by difference, of the new text's facts
