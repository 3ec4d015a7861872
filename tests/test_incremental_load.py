"""A load costs what changed, and gives the store a whole load gives.

For several splits of real and synthetic corpora, loading part A then part B (an update
by difference, `vanban.graph.incremental`) must give exactly the store that loading A and
B at once gives: every node table and every rel table, property by property, evidence
included. Changing a file, a corrections file, and an update interrupted midway are
checked the same way.
"""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path
from typing import Any

import pytest
from conftest import EXAMPLES, SHARED_CORPUS

from vanban.extract.read_facts import FACTS_VERSION
from vanban.graph.corrections import corrections_path
from vanban.graph.incremental import _fields_text, close_state, evidence_prints, read_state
from vanban.graph.model import Evidence
from vanban.graph.resolve import IMPOSSIBLE
from vanban.load import load, state_path
from vanban.queries.backend import EmbeddedBackend
from vanban.queries.evidence import ids_of, with_evidence
from vanban.store import open_store
from vanban.store.files import store_stamp
from vanban.store.graph_tables import (
    EDGE_COLUMNS,
    SCHEMA,
    document_dates_of,
    documents_of,
    edges_of_keys,
    evidence_by_id,
    unresolved_from_row,
    unresolved_of,
    unresolved_rows,
)
from vanban.store.read_graph import read_graph
from vanban.store.schema import quoted


def dump(db: Path) -> dict[str, list[dict[str, Any]]]:
    """Every table of the store as sorted rows: nodes by key, rels by ends and evidence.

    A source's `paths` and `path` are left out: two stores loaded from copies of the same
    texts in two folders name them differently (everything else must be equal)."""
    out: dict[str, list[dict[str, Any]]] = {}
    with open_store(db) as store:
        for name in SCHEMA.nodes:
            if name == "Evidence":  # compared on the edges, by content: ids may differ
                continue
            rows = store.read_table(name).to_pylist()
            if name == "Source":
                rows = [{k: v for k, v in r.items() if k not in ("path", "paths")} for r in rows]
            out[name] = rows
        props = ", ".join(f"r.{quoted(c)} AS {quoted(c)}" for c, _ in EDGE_COLUMNS)
        for rel in SCHEMA.rels:
            rows = store.query(
                f"MATCH (a)-[r:{quoted(rel)}]->(b) RETURN a.key AS `from`, b.key AS `to`, {props}"
            )
            rows = with_evidence(EmbeddedBackend(store), rows)
            for row in rows:  # an update numbers its new evidence after the store's
                del row["evidence"]
            out[rel] = sorted(rows, key=lambda r: json.dumps(r, sort_keys=True, default=str))
    return out


def assert_same_store(got: Path, want: Path) -> None:
    a, b = dump(got), dump(want)
    for table in b:
        assert len(a[table]) == len(b[table]), (
            f"{table}: {len(a[table])} rows, want {len(b[table])}"
        )
        for x, y in zip(a[table], b[table], strict=True):
            assert x == y, f"{table} differs:\n got  {x}\n want {y}"


def split(files: list[Path], into: Path, parts: int) -> list[Path]:
    """Copy `files` into `parts` folders, round robin (so each part mixes kinds)."""
    folders = [into / f"part{i}" for i in range(parts)]
    for folder in folders:
        folder.mkdir(parents=True)
    for i, f in enumerate(sorted(files)):
        shutil.copy(f, folders[i % parts] / f.name)
    return folders


def by_difference(report) -> bool:
    """Whether a load updated the store by difference (not a whole build)."""
    return "store_apply" in report.seconds


def assert_state_names_the_edges(db: Path) -> None:
    """The state beside the store names, for each source, exactly the stored edges (but
    ISSUED_BY) with evidence from it, each with the print of that evidence as stored: what
    an update compares to know which rels to read back."""
    state = read_state(state_path(db), FACTS_VERSION, store_stamp(db))
    assert state is not None
    try:
        edges = [e for e in read_graph(db).edges.values() if e.relation != "ISSUED_BY"]
        with open_store(db) as store:
            ids = [r["i"] for r in store.query("MATCH (s:Source) RETURN s.id AS i")]
        stored = evidence_prints(edges, set(ids))
        assert stored, "no edge in the store"
        for source in ids:
            assert state.edges_of.get(source, {}) == stored.get(source, {}), source
    finally:
        close_state(state)


def assert_reads_back_only_what_changes(report) -> None:
    """An update read back the stored rels (ISSUED_BY but) it sets or deletes, no other."""
    changed = sum(
        n
        for what, n in report.written.items()
        if what.split()[0] in ("set", "deleted")
        and what.split()[1] in SCHEMA.rels
        and what.split()[1] != "ISSUED_BY"
    )
    assert report.edges_read == changed, (report.edges_read, report.written)


def assert_same_families(got: Path, want: Path) -> None:
    """The two stores' states put every source in the same families, and every family
    holds the same sources (an update moves only the sources it adds, changes or drops)."""
    states = [read_state(state_path(db), FACTS_VERSION, store_stamp(db)) for db in (got, want)]
    a, b = states
    assert a is not None and b is not None
    try:
        with open_store(want) as store:
            ids = [r["i"] for r in store.query("MATCH (s:Source) RETURN s.id AS i")]
        families: set[str] = set()
        for source in ids:
            assert a.families_of.get(source) == b.families_of.get(source), source
            families |= b.families_of.get(source) or set()
        assert families
        for family in families:
            assert a.sources_of.get(family) == b.sources_of.get(family), family
    finally:
        for state in states:
            close_state(state)


def evidence_ids_by_edge(db: Path) -> tuple[dict[tuple[str, str, str], list[int]], set[int]]:
    """The ids of each stored edge's Evidence rows, and the ids of every Evidence row."""
    found = {}
    with open_store(db) as store:
        for rel in SCHEMA.rels:
            for r in store.query(
                f"MATCH (a)-[r:{quoted(rel)}]->(b) RETURN a.key AS a, b.key AS b, "
                "r.evidence AS evidence, r.evidence_count AS n"
            ):
                found[(r["a"], rel, r["b"])] = ids_of(r["evidence"], r["n"])
        stored = {r["i"] for r in store.query("MATCH (v:Evidence) RETURN v.id AS i")}
    return found, stored


def assert_evidence_rows_are_the_edges(db: Path) -> None:
    """Every Evidence row is one edge's, and every edge's rows are stored: an update
    deletes the rows of the edges it changes or deletes, and of those deleted with their
    documents."""
    by_edge, stored = evidence_ids_by_edge(db)
    flat = [i for ids in by_edge.values() for i in ids]
    assert len(flat) == len(set(flat)), "an Evidence row shared by two edges"
    assert set(flat) == stored, (sorted(set(flat) - stored), sorted(stored - set(flat)))


def check_incremental(tmp_path: Path, folders: list[Path]) -> None:
    """Loading `folders` one by one (each load adding one) gives the whole load's store."""
    step = tmp_path / "step.db"
    for i, folder in enumerate(folders):
        report, _ = load([folder], step, jobs=1)
        assert by_difference(report) == (i > 0), report.seconds
        with open_store(step) as store:  # an update counts the store's cases, not its own
            assert report.unresolved == store.counts()[0]["Unresolved"]
        assert_state_names_the_edges(step)
        assert_evidence_rows_are_the_edges(step)
        if i > 0:
            assert_reads_back_only_what_changes(report)
    whole = tmp_path / "whole.db"
    load(folders, whole, jobs=1)
    assert_same_store(step, whole)
    assert_same_families(step, whole)


def test_examples_in_two_and_three_parts(tmp_path: Path) -> None:
    files = sorted(EXAMPLES.glob("*.txt"))
    check_incremental(tmp_path / "two", split(files, tmp_path / "two", 2))
    check_incremental(tmp_path / "three", split(files, tmp_path / "three", 3))


def test_seeds_then_tvpl(tmp_path: Path) -> None:
    seeds = SHARED_CORPUS / "seeds"
    tvpl = SHARED_CORPUS / "real" / "tvpl.jsonl"
    if not seeds.exists() or not tvpl.exists():
        pytest.skip(f"shared corpus not found at {SHARED_CORPUS}")
    step, whole = tmp_path / "step.db", tmp_path / "whole.db"
    load([seeds], step, jobs=2)
    report, _ = load([tvpl], step, jobs=2)
    assert by_difference(report)
    load([seeds, tvpl], whole, jobs=2)
    assert_same_store(step, whole)
    # and the other way round, in parts of the seeds
    parts = split(sorted(p for p in seeds.rglob("*") if p.is_file()), tmp_path / "s", 3)
    check_incremental(tmp_path / "seeds", parts)


def test_synthetic_corpus(tmp_path: Path) -> None:
    from bench.facts_bench import write_new_documents

    write_new_documents(tmp_path / "all", 240, seed=5)
    files = sorted((tmp_path / "all").glob("*.txt"))
    check_incremental(tmp_path / "syn", split(files, tmp_path / "syn", 3))


def test_a_changed_file_and_a_reload(tmp_path: Path) -> None:
    folder = tmp_path / "texts"
    shutil.copytree(EXAMPLES, folder)
    db = tmp_path / "s.db"
    load([folder], db, jobs=1)
    before = dump(db)
    report, _ = load([folder], db, jobs=1)  # nothing changed: nothing written
    assert report.unchanged == report.sources_read and "store_total" not in report.seconds
    assert dump(db) == before
    changed = sorted(folder.glob("*.txt"))[1]
    text = changed.read_text("utf-8")
    changed.write_text(text.replace("2021", "2020", 1) + "\nCăn cứ Luật Đầu tư năm 2020;\n")
    report, _ = load([folder], db, jobs=1)
    assert report.changed == 1 and by_difference(report)
    fresh = tmp_path / "fresh.db"
    load([folder], fresh, jobs=1)
    assert_same_store(db, fresh)
    assert_same_families(db, fresh)


def test_corrections_change_resolves_everything(tmp_path: Path) -> None:
    db, fresh = tmp_path / "s.db", tmp_path / "fresh.db"
    load([EXAMPLES], db, jobs=1)
    with open_store(db) as store:
        key = store.query("MATCH (d:Document) WHERE d.number IS NOT NULL RETURN d.key AS k")[0]["k"]
    for store_file in (db, fresh):
        corrections_path(store_file).write_text(
            f'[[document]]\nkey = "{key}"\ntitle = "Tên do người đọc sửa"\n', encoding="utf-8"
        )
    report, _ = load([EXAMPLES], db, jobs=1)
    assert not by_difference(report) and not state_path(db).exists()
    load([EXAMPLES], fresh, jobs=1)
    assert_same_store(db, fresh)
    with open_store(db) as store:
        rows = store.query("MATCH (d:Document {key: $k}) RETURN d.title AS t", {"k": key})
    assert rows == [{"t": "Tên do người đọc sửa"}]


@pytest.mark.parametrize("by_log", [True, False])
def test_an_interrupted_update_leaves_the_store_whole(
    tmp_path: Path, monkeypatch, by_log: bool
) -> None:
    import vanban.store.build

    if not by_log:  # the update checkpoints, its new rows copied in
        monkeypatch.setattr(vanban.store.build, "LOG_LIMIT_BYTES", 0)
    a, b = split(sorted(EXAMPLES.glob("*.txt")), tmp_path, 2)
    db = tmp_path / "s.db"
    load([a], db, jobs=1)
    before = dump(db)

    def stop(step: str, _rows: int) -> None:
        if step.startswith("create rel" if by_log else "copy rel"):
            raise KeyboardInterrupt  # as a user's Ctrl-C in the middle of the update

    with pytest.raises(KeyboardInterrupt):
        load([b], db, jobs=1, on_step=stop)
    assert dump(db) == before
    assert not [p for p in tmp_path.iterdir() if ".building-" in p.name]
    report, _ = load([b], db, jobs=1)  # the state still fits the store: by difference again
    assert by_difference(report)
    whole = tmp_path / "whole.db"
    load([a, b], whole, jobs=1)
    assert_same_store(db, whole)


# Two reports state the same relation between two documents; the first also cites a third
# document without a date, which a later text cites dated. Adding that text re-resolves the
# first report (its undated mention shares a number's family with it) and not the second:
# the edge they both support must keep the second's evidence and take the first's again,
# in the order of source ids.
SHARED_EDGE = (
    "Nghị định số 15/2020/NĐ-CP ngày 01/3/2020 của Chính phủ quy định chi tiết "
    "Luật Đầu tư công số 39/2019/QH14.\n"
)
THIRD = (
    "Thực hiện Quyết định số 7/QĐ-TTg ngày 02/01/2021 của Thủ tướng Chính phủ, "
    "Ủy ban nhân dân tỉnh ban hành kế hoạch này.\n"
)
THIRD_UNDATED = (
    "Thực hiện Quyết định số 7/QĐ-TTg của Thủ tướng Chính phủ, "
    "Ủy ban nhân dân tỉnh ban hành kế hoạch này.\n"
)
TEXTS = {
    "first.txt": "ỦY BAN NHÂN DÂN TỈNH BẮC GIANG\n\nKẾ HOẠCH\nTriển khai đầu tư công\n\n"
    + SHARED_EDGE
    + "\n"
    + THIRD_UNDATED,
    "second.txt": "ỦY BAN NHÂN DÂN TỈNH THANH HÓA\n\nBÁO CÁO\nTình hình đầu tư công\n\n"
    + SHARED_EDGE
    + "\nCác sở, ngành tiếp tục triển khai.\n",
    "later.txt": "ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG\n\nKẾ HOẠCH\nThực hiện chỉ đạo\n\n" + THIRD,
}


def _early_and_later(tmp_path: Path) -> tuple[Path, Path]:
    """`TEXTS` written into two folders: the later text, and the rest loaded before it."""
    early, later = tmp_path / "early", tmp_path / "later"
    early.mkdir()
    later.mkdir()
    for name, text in TEXTS.items():
        (later if name == "later.txt" else early).joinpath(name).write_text(text, "utf-8")
    return early, later


def test_an_edge_two_sources_support_keeps_the_one_not_resolved_again(tmp_path: Path) -> None:
    early, later = _early_and_later(tmp_path)
    step, whole = tmp_path / "step.db", tmp_path / "whole.db"
    load([early], step, jobs=1)
    report, _ = load([later], step, jobs=1)
    # the later text and the first report (which shares a number with it), not the second
    assert by_difference(report) and report.resolved == 2
    # Only what differs is written: the first report, re-resolved, gives the Source row and
    # the shared edge it had (left alone); the decision it cited undated is now the dated
    # one the later text names (the undated node goes, with the first report's edge to it).
    written = report.written
    assert written["created Source"] == 1 and not written["deleted Source"], written
    assert not written["created GUIDES"] and not written["deleted GUIDES"], written
    assert written["deleted Document"] == 1, written
    # the first report's edges that did not change, the shared one among them, stay unread
    assert_reads_back_only_what_changes(report)
    load([early, later], whole, jobs=1)
    assert_same_store(step, whole)
    shared = [r for r in dump(whole)["GUIDES"] if len(set(r["sources"])) == 2]
    assert shared, "the corpus of this test no longer has an edge two sources support"


def test_an_update_keeps_the_evidence_of_untouched_edges_and_replaces_the_rest(
    tmp_path: Path,
) -> None:
    """An edge the update does not write keeps its Evidence rows (same ids, same
    evidence); an edge it sets gets new rows, the old ones deleted; the evidence of every
    edge is then the whole load's."""
    early, later = _early_and_later(tmp_path)
    step, whole = tmp_path / "step.db", tmp_path / "whole.db"
    load([early], step, jobs=1)
    ids_before, _ = evidence_ids_by_edge(step)
    before = read_graph(step).edges
    report, _ = load([later], step, jobs=1)
    assert by_difference(report)
    ids_after, _ = evidence_ids_by_edge(step)
    after = read_graph(step).edges
    both = [k for k in ids_before if k in ids_after]
    kept = [k for k in both if ids_after[k] == ids_before[k]]
    moved = [k for k in both if ids_after[k] != ids_before[k]]
    assert kept, "no edge left alone"
    assert all(after[k].evidence == before[k].evidence for k in kept)
    set_rels = sum(
        n
        for what, n in report.written.items()
        if what.startswith("set ") and what[4:] in SCHEMA.rels
    )
    assert len(moved) == set_rels, (moved, report.written)
    assert_evidence_rows_are_the_edges(step)
    load([early, later], whole, jobs=1)
    assert {k: e.evidence for k, e in after.items()} == {
        k: e.evidence for k, e in read_graph(whole).edges.items()
    }


def write_texts(folder: Path, texts: dict[str, str]) -> Path:
    folder.mkdir()
    for name, text in texts.items():
        (folder / name).write_text(text, "utf-8")
    return folder


def load_in_two(tmp_path: Path, early: dict[str, str], later: dict[str, str]):
    """Load the texts `early`, then `later` into one store by difference; the report of the
    second load, once its store is checked against a whole load of both."""
    first, second = write_texts(tmp_path / "early", early), write_texts(tmp_path / "later", later)
    step, whole = tmp_path / "step.db", tmp_path / "whole.db"
    load([first], step, jobs=1)
    report, _ = load([second], step, jobs=1)
    assert by_difference(report)
    assert_state_names_the_edges(step)
    assert_evidence_rows_are_the_edges(step)
    assert_reads_back_only_what_changes(report)
    load([first, second], whole, jobs=1)
    assert_same_store(step, whole)
    return report, dump(whole)


def test_a_stored_edge_a_new_text_supports_too_keeps_the_evidence_stored(tmp_path: Path) -> None:
    """The second report cites the documents of the new text's edge only with dated
    numbers: it is not resolved again, and the edge both state keeps its evidence."""
    later = {"later.txt": TEXTS["first.txt"].replace(THIRD_UNDATED, THIRD)}
    report, whole = load_in_two(tmp_path, {"second.txt": TEXTS["second.txt"]}, later)
    assert report.resolved == 1
    assert [r for r in whole["GUIDES"] if len(set(r["sources"])) == 2]


# A plan of May 2019 carries out a decree it cites by its number, with the year in it; the
# decree's own text, dated December 2019, comes later.
PLAN = (
    "ỦY BAN NHÂN DÂN TỈNH BẮC GIANG\nSố: 12/KH-UBND\nBắc Giang, ngày 02 tháng 5 năm 2019\n\n"
    "KẾ HOẠCH\nTriển khai thực hiện Nghị định số 15/2019/NĐ-CP\n\n"
    "Thực hiện Nghị định số 15/2019/NĐ-CP của Chính phủ quy định chi tiết một số điều của "
    "Luật Giáo dục nghề nghiệp, Ủy ban nhân dân tỉnh ban hành kế hoạch triển khai như sau.\n"
)
DECREE = (
    "CHÍNH PHỦ\nSố: 15/2019/NĐ-CP\nHà Nội, ngày 20 tháng 12 năm 2019\n\nNGHỊ ĐỊNH\n"
    "Quy định chi tiết một số điều của Luật Giáo dục nghề nghiệp\n\n"
    "Chính phủ ban hành Nghị định quy định chi tiết một số điều của Luật Giáo dục nghề nghiệp.\n"
)


def test_a_text_citing_the_change_only_by_dated_numbers_is_not_resolved_again(
    tmp_path: Path,
) -> None:
    """A second plan citing the decree shares its family with the first, whose mentions of
    it are dated (they name one key whatever else is known): only the new plan is resolved,
    and the store is a whole load's."""
    other = PLAN.replace("12/KH-UBND", "30/KH-UBND").replace("BẮC GIANG", "LẠNG SƠN")
    report, whole = load_in_two(tmp_path, {"plan.txt": PLAN}, {"other.txt": other})
    assert report.touched and report.resolved == 1
    assert len([r for r in whole["IMPLEMENTS"] if r["to"] == "15/NĐ-CP@2019"]) == 2


def facts_read(monkeypatch) -> list[str]:
    """The ids of the sources whose stored facts the loads read from now on."""
    import vanban.load

    read: list[str] = []
    packed_facts_of = vanban.load.packed_facts_of

    def reading(store, ids):
        read.extend(ids)
        return packed_facts_of(store, ids)

    monkeypatch.setattr(vanban.load, "packed_facts_of", reading)
    return read


def test_a_text_only_noted_is_not_read(tmp_path: Path, monkeypatch) -> None:
    """The first plan, which cites the decree dated, is only noted when a second plan
    citing it comes: its part of the decree's family is kept in the resolver's state
    (`parts`), so the update reads no stored facts, and gives the whole load's store."""
    read = facts_read(monkeypatch)
    other = PLAN.replace("12/KH-UBND", "30/KH-UBND").replace("BẮC GIANG", "LẠNG SƠN")
    report, _ = load_in_two(tmp_path, {"plan.txt": PLAN}, {"other.txt": other})
    assert report.resolved == 1
    assert read == []


def test_the_sentence_of_a_noted_issuer_evidence_is_read_back(tmp_path: Path, monkeypatch) -> None:
    """The same two plans loaded the other way round: the plan noted now sorts first, so
    its mention of the decree gives the decree's ISSUED_BY evidence, whose sentence its
    part does not keep; it is read back from that plan's facts alone."""
    read = facts_read(monkeypatch)
    other = PLAN.replace("12/KH-UBND", "30/KH-UBND").replace("BẮC GIANG", "LẠNG SƠN")
    report, whole = load_in_two(tmp_path, {"other.txt": other}, {"plan.txt": PLAN})
    assert report.resolved == 1
    (issued,) = [r for r in whole["ISSUED_BY"] if r["from"] == "15/NĐ-CP@2019"]
    assert read == issued["sources"] and issued["sentences"][0]


# Two plans cite Decision 7/QĐ-TTg of two years, each dated: the number collides, and
# nothing weighs between its documents, so the parts kept of the plans hold no topics.
SEVEN_OF_2021 = "ỦY BAN NHÂN DÂN TỈNH BẮC GIANG\n\nKẾ HOẠCH\nPhòng chống dịch bệnh\n\n" + THIRD
SEVEN_OF_2022 = (
    "ỦY BAN NHÂN DÂN TỈNH NAM ĐỊNH\n\nKẾ HOẠCH\nPhát triển du lịch\n\n"
    "Thực hiện Quyết định số 7/QĐ-TTg ngày 05/3/2022 của Thủ tướng Chính phủ về phát triển "
    "du lịch, Ủy ban nhân dân tỉnh ban hành kế hoạch này.\n"
)


def test_a_number_undated_anew_reads_the_topics_of_its_citers(tmp_path: Path, monkeypatch) -> None:
    """A report citing Decision 7 undated makes its two documents candidates to weigh,
    by the topics of the texts that cite them: the plans' parts, made while the number
    was dated everywhere, have none, so the plans are read again (and only noted), and
    the store is the whole load's."""
    read = facts_read(monkeypatch)
    report_text = TEXTS["first.txt"].replace(SHARED_EDGE, "phòng chống dịch bệnh\n")
    early = {"a.txt": SEVEN_OF_2021, "b.txt": SEVEN_OF_2022}
    report, _ = load_in_two(tmp_path, early, {"report.txt": report_text})
    assert report.resolved == 1
    assert len(read) == 2


def test_a_new_date_sets_aside_the_edge_of_a_text_citing_it_dated(tmp_path: Path) -> None:
    """The decree's own date, later than the plan's, makes the plan's IMPLEMENTS edge
    impossible: the plan, though it cites the decree only dated, is resolved again so that
    its edge is set aside, as a whole load does."""
    report, whole = load_in_two(tmp_path, {"plan.txt": PLAN}, {"decree.txt": DECREE})
    assert report.resolved == 2
    assert not [r for r in whole["IMPLEMENTS"] if r["to"] == "15/NĐ-CP@2019"]
    assert [r for r in whole["Unresolved"] if r["reason"].startswith(IMPOSSIBLE)]


def test_a_grown_store_is_built_whole_again(tmp_path: Path, monkeypatch) -> None:
    import vanban.load

    a, b, c = split(sorted(EXAMPLES.glob("*.txt")), tmp_path, 3)
    db = tmp_path / "s.db"
    load([a], db, jobs=1)
    report, _ = load([b], db, jobs=1)
    assert by_difference(report)
    # a file no bigger than its last whole build passes any factor of at least 1; below
    # 1 every store counts as grown
    monkeypatch.setattr(vanban.load, "COMPACT_FACTOR", 0.5)
    report, _ = load([c], db, jobs=1)
    assert not by_difference(report) and "store_copy" in report.seconds
    whole = tmp_path / "whole.db"
    load([a, b, c], whole, jobs=1)
    assert_same_store(db, whole)


def test_an_update_goes_by_log_until_the_log_is_full(tmp_path: Path, monkeypatch) -> None:
    """A small update leaves the store's file as it was and its change in the store's
    write-ahead log (one rename swaps it in); once the log would pass its limit, the next
    update checkpoints it into the file. Every step reads as the whole load's store."""
    import vanban.store.build

    a, b, c, d = split(sorted(EXAMPLES.glob("*.txt")), tmp_path, 4)
    db, wal = tmp_path / "s.db", tmp_path / "s.db.wal"
    load([a], db, jobs=1)
    built = db.read_bytes()
    assert not wal.exists()
    for i, folder in enumerate((b, c)):
        report, _ = load([folder], db, jobs=1)
        assert by_difference(report) and report.seconds["store_by_log"] == 1.0
        assert db.read_bytes() == built and wal.exists(), i
        assert_state_names_the_edges(db)  # the state is stamped with the log too
    logged = wal.stat().st_size
    monkeypatch.setattr(vanban.store.build, "LOG_LIMIT_BYTES", logged)
    report, _ = load([d], db, jobs=1)
    assert by_difference(report) and report.seconds["store_by_log"] == 0.0
    assert not wal.exists() and db.read_bytes() != built
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith("s.db")) == [
        "s.db",
        "s.db.state",
    ]
    whole = tmp_path / "whole.db"
    load([a, b, c, d], whole, jobs=1)
    assert_same_store(db, whole)


def test_a_whole_build_replaces_a_store_with_a_log(tmp_path: Path) -> None:
    """A whole build (corrections ask for one) over a store updated by log: the log is
    settled into the old file before the swap and does not meet the new one."""
    a, b = split(sorted(EXAMPLES.glob("*.txt")), tmp_path, 2)
    db = tmp_path / "s.db"
    load([a], db, jobs=1)
    load([b], db, jobs=1)
    assert (tmp_path / "s.db.wal").exists()
    with open_store(db) as store:
        key = store.query("MATCH (d:Document) WHERE d.number IS NOT NULL RETURN d.key AS k")[0]["k"]
    whole = tmp_path / "whole.db"
    for store_file in (db, whole):
        corrections_path(store_file).write_text(
            f'[[document]]\nkey = "{key}"\ntitle = "Tên do người đọc sửa"\n', encoding="utf-8"
        )
    report, _ = load([a, b], db, jobs=1)
    assert not by_difference(report)
    assert not (tmp_path / "s.db.wal").exists()
    load([a, b], whole, jobs=1)
    assert_same_store(db, whole)


def test_the_reads_of_an_update_give_the_stored_rows(tmp_path: Path) -> None:
    """The unresolved cases of some sources, picked by key from every case's source, are
    those stored for them; the documents read to date edges hold their stored dates."""
    db = tmp_path / "s.db"
    load([EXAMPLES], db, jobs=1)
    with open_store(db) as store:
        cases = unresolved_rows(store)
        assert cases
        some = {case.source for case in cases[::2]}
        want = {c.key: c for c in cases if c.source in some}
        got = unresolved_of(store, some)
        assert {k: unresolved_from_row(r) for k, r in got.items()} == want
        assert unresolved_of(store, ["no such source"]) == {}
        keys = [r["k"] for r in store.query("MATCH (d:Document) RETURN d.key AS k")]
        whole = documents_of(store, keys)
        dated = document_dates_of(store, [*keys, "no such document"])
        assert set(dated) == set(whole)
        for key, d in dated.items():
            w = whole[key]
            assert (d.key, d.number, d.date, d.year) == (w.key, w.number, w.date, w.year)


@pytest.mark.parametrize("one_by_one", [0, 10_000])
def test_the_edges_read_by_key_are_the_stored_ones(
    tmp_path: Path, monkeypatch, one_by_one: int
) -> None:
    """The rels read back by their keys, in one join a relation or one lookup an edge, are
    the stored ones with their evidence; a key not stored gives nothing."""
    import vanban.store.graph_tables

    monkeypatch.setattr(vanban.store.graph_tables, "ONE_BY_ONE", one_by_one)
    db = tmp_path / "s.db"
    load([EXAMPLES], db, jobs=1)
    stored = list(read_graph(db).edges.values())
    some = stored[::3]
    missing = (some[0].source, "CITES", "no such document")
    ids: dict[tuple[str, str, str], list[int]] = {}
    with open_store(db) as store:
        got = edges_of_keys(store, [e.key for e in some] + [missing], ids)
        # each edge's evidence fetched by the ids it notes is its evidence
        fetched = evidence_by_id(store, [i for found in ids.values() for i in found])
    assert sorted(got, key=lambda e: e.key) == sorted(some, key=lambda e: e.key)
    assert set(ids) == {e.key for e in some}
    assert all([fetched[i] for i in ids[e.key]] == e.evidence for e in got)


def _joins_over_rels(statement: str) -> bool:
    """Whether a Cypher statement matches rels from the rows of a LOAD FROM (a join over
    the rel table); creating rels between nodes it matched by key is not one."""
    matched = statement.split(" CREATE ")[0]
    return statement.startswith("LOAD FROM") and "-[r" in matched


@pytest.mark.parametrize("one_by_one", [0, 10_000])
def test_an_update_finds_the_few_rels_it_changes_by_their_ends(
    tmp_path: Path, monkeypatch, one_by_one: int
) -> None:
    """Fewer rels than `ONE_BY_ONE` to set or delete, and the ISSUED_BY rels of fewer
    documents to read, are found one statement each by their ends' keys: a LOAD FROM of
    them joined over the whole rel table (0.4 to 1.5 s a relation at 100k documents,
    however few the rows). Either way the update gives the whole load's store."""
    import ladybug

    import vanban.store.build
    import vanban.store.graph_tables
    from bench.facts_bench import write_new_documents

    for module in (vanban.store.build, vanban.store.graph_tables):
        monkeypatch.setattr(module, "ONE_BY_ONE", one_by_one)
    write_new_documents(tmp_path / "all", 120, seed=5)
    early, later = tmp_path / "early", tmp_path / "later"
    for i, path in enumerate(sorted((tmp_path / "all").glob("*.txt"))):
        (later if i % 6 == 0 else early).mkdir(exist_ok=True)
        shutil.copy(path, (later if i % 6 == 0 else early) / path.name)
    step, whole = tmp_path / "step.db", tmp_path / "whole.db"
    load([early], step, jobs=1)
    statements: list[str] = []
    execute = ladybug.Connection.execute

    def noted(self: ladybug.Connection, query: Any, *args: Any, **kwargs: Any) -> Any:
        statements.append(str(query))
        return execute(self, query, *args, **kwargs)

    monkeypatch.setattr(ladybug.Connection, "execute", noted)
    report, _ = load([later], step, jobs=1)
    monkeypatch.setattr(ladybug.Connection, "execute", execute)
    assert by_difference(report)
    written = report.written
    assert written["deleted IMPLEMENTS"] and written["set ISSUED_BY"], written
    joins = [s for s in statements if _joins_over_rels(s)]
    if one_by_one:
        assert not joins, joins
    else:
        assert any(" DELETE r" in s for s in joins) and any(" SET r." in s for s in joins)
    load([early, later], whole, jobs=1)
    assert_same_store(step, whole)
    assert_evidence_rows_are_the_edges(step)


def test_an_update_by_log_takes_the_copy_of_the_store_made_while_it_resolved(
    tmp_path: Path,
) -> None:
    """The copy of the store an update by log writes its log beside is made while the
    update resolves (`CopyAhead`), and taken: nothing of it is left beside the store, which
    is the whole load's."""
    early, later = _early_and_later(tmp_path)
    step, whole = tmp_path / "step.db", tmp_path / "whole.db"
    load([early], step, jobs=1)
    report, _ = load([later], step, jobs=1)
    assert report.seconds["store_by_log"] == 1.0, report.seconds
    assert report.seconds["store_copied_ahead"] == 1.0, report.seconds
    beside = sorted(p.name for p in tmp_path.iterdir() if p.name.startswith("step.db"))
    assert beside == ["step.db", "step.db.state", "step.db.wal"]
    load([early, later], whole, jobs=1)
    assert_same_store(step, whole)


def test_a_copy_made_ahead_of_a_store_changed_since_is_not_taken(
    tmp_path: Path, monkeypatch
) -> None:
    """A copy made ahead is given only while the store is the one copied, and what is not
    taken is removed; none is made of a store whose update would not go by log."""
    import vanban.store.build
    from vanban.store.build import copy_ahead

    step = tmp_path / "step.db"
    load([EXAMPLES], step, jobs=1)
    with monkeypatch.context() as patched:
        patched.setattr(vanban.store.build, "LOG_LIMIT_BYTES", 0)  # its log is full
        assert copy_ahead(step) is None
    with copy_ahead(step) as ahead:
        assert ahead is not None and ahead.take(step) == ahead.file
        assert ahead.file.read_bytes() == step.read_bytes()
        info = step.stat()
        os.utime(step, ns=(info.st_atime_ns, info.st_mtime_ns + 1))  # another build
        assert ahead.take(step) is None
    assert sorted(p.name for p in tmp_path.iterdir()) == ["step.db", "step.db.state"]


def test_an_evidence_print_reads_every_field_in_order() -> None:
    """The text an evidence's print is made of (`_fields_text`, written out field by field)
    holds every field of `Evidence`, in the order of its slots, as `str` gives it: a field
    added to the record and not to the print would let an update keep stale evidence."""
    values = {
        "source": "s1", "start": 12, "end": 40, "surface": "Nghị định 15/2020/NĐ-CP",
        "sentence": "Căn cứ Nghị định 15/2020/NĐ-CP;", "language": "vi",
        "confidence": 0.85, "rule": "cue: căn cứ",
    }  # fmt: skip
    evidence = Evidence(**values)
    assert list(values) == list(Evidence.__slots__)
    assert _fields_text(evidence).split("\x1f") == [str(v) for v in values.values()]


def test_few_texts_read_early_give_what_the_pool_reads(tmp_path: Path, monkeypatch) -> None:
    """A few texts are read by a process forked as the load begins (`_read_early`), not by
    the pool: the same store, the same counts, a text given again unchanged as unchanged,
    and each file told to `on_file`."""
    import vanban.load as loading

    a, b = split(sorted(EXAMPLES.glob("*.txt")), tmp_path / "texts", 2)
    told: list[Path] = []
    pool = loading.map_sources

    def no_pool(*args: Any, **kwargs: Any) -> Any:
        raise AssertionError("few texts read by the pool")

    monkeypatch.setattr(loading, "map_sources", no_pool)
    early = tmp_path / "early.db"
    load([a], early, jobs=2)
    got, _ = load([a, b], early, jobs=2, on_file=told.append)
    assert by_difference(got) and got.unchanged == len(list(a.iterdir())) and got.new > 0
    assert told == sorted(a.iterdir()) + sorted(b.iterdir())
    monkeypatch.setattr(loading, "map_sources", pool)
    monkeypatch.setattr(loading, "EARLY_BYTES", -1)  # every text read by the pool
    pooled = tmp_path / "pooled.db"
    load([a], pooled, jobs=2)
    want, _ = load([a, b], pooled, jobs=2)
    assert (got.unchanged, got.new, got.changed, got.documents, got.edges) == (
        want.unchanged,
        want.new,
        want.changed,
        want.documents,
        want.edges,
    )
    assert_same_store(early, pooled)
