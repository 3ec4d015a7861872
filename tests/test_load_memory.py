"""What a whole load lets go of as it goes, so that its memory follows the graph rather
than the corpus: each source's records once it is resolved, the C heap's free pages
before the store is built, and each table once the store holds it."""

from __future__ import annotations

import pickle
import sqlite3
import sys
from pathlib import Path

import pytest
from conftest import EXAMPLES

from vanban.extract.read_facts import FACTS_VERSION, source_facts
from vanban.graph import few
from vanban.graph.incremental import (
    RECORDS,
    RowsAhead,
    begin_state_ahead,
    close_state,
    empty_state,
    read_state,
    resolve_changes,
    seal_state,
    state_part,
)
from vanban.graph.model import Document, Edge, Evidence, Organisation, Unresolved
from vanban.heap import give_back_free_memory
from vanban.load import _write_whole_state
from vanban.loaders import Source, read_paths


def _facts(folder: Path) -> dict[str, dict]:
    return {s.id: source_facts(s) for s in read_paths([folder]) if isinstance(s, Source)}


def _resolved(facts: dict[str, dict], let_go: bool):
    return resolve_changes(
        empty_state(FACTS_VERSION), facts, set(), lambda _ids: {}, lambda _keys: {}, let_go=let_go
    )


@pytest.mark.parametrize("corpus", ["examples", "seeds"])
def test_letting_go_of_resolved_records_gives_the_same_graph(corpus: str, request) -> None:
    folder = EXAMPLES if corpus == "examples" else request.getfixturevalue("seeds_dir")
    kept, let_go = _facts(folder), _facts(folder)
    assert any(f["mentions"] for f in let_go.values())
    whole = _resolved(kept, let_go=False)
    lean = _resolved(let_go, let_go=True)
    assert lean.graph.documents == whole.graph.documents
    assert lean.graph.organisations == whole.graph.organisations
    assert lean.graph.edges == whole.graph.edges
    assert lean.graph.unresolved == whole.graph.unresolved
    assert lean.state.stats() == whole.state.stats()
    assert lean.state.families_of == whole.state.families_of
    # the records are gone from the facts let go; what a load still reads of them stays
    assert all(not f[name] for f in let_go.values() for name in RECORDS)
    assert all(f["source"] == kept[i]["source"] for i, f in let_go.items())
    assert any(f["mentions"] for f in kept.values())


def _resident_kib() -> int:
    with open("/proc/self/status", encoding="ascii") as status:
        return next(int(line.split()[1]) for line in status if line.startswith("VmRSS:"))


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="glibc's malloc_trim")
def test_free_pages_inside_the_heap_go_back_to_the_system() -> None:
    """Blocks freed between blocks still held stay in the process (the heap cannot shrink
    past what is held) until they are given back."""
    size, count = 48 * 1024, 2000  # 94 MiB, under glibc's threshold for a mapping of its own
    blocks = []
    for _ in range(count):
        blocks.append(bytearray(b"\1") * size)  # written: every page resident
        blocks.append(bytearray(1024))  # held, from the same heap: pins it around each block
    held = blocks[1::2]
    del blocks
    before = _resident_kib()
    assert give_back_free_memory()
    after = _resident_kib()
    assert before - after > 0.5 * size * count / 1024
    assert len(held) == count


@pytest.mark.parametrize(
    "record",
    [
        Document("k", "1/CT-TTg"),
        Edge("a", "CITES", "b"),
        Organisation("org:x", "X"),
        Unresolved("u", "1/CT", "s", 0, 1, "", "CITES", None, [], "why"),
        Evidence("s", 0, 1, "", "", "vi", 1.0, "rule"),
    ],
)
def test_the_graph_records_have_no_dict(record) -> None:
    """Slots, not a `__dict__` a record, on what a load makes by the hundred thousand: an
    attribute that is not a field is refused (a class without slots takes it)."""
    assert not hasattr(record, "__dict__")
    with pytest.raises(AttributeError):
        record.stray = 1


def test_a_whole_load_lets_go_of_the_state_once_written(tmp_path: Path) -> None:
    """The state's tables are emptied once written (a whole load reads only its seal
    after), and the file holds them as they were."""
    facts = _facts(EXAMPLES)
    change = _resolved(facts, let_go=True)
    state = change.state
    families_of = {i: set(f) for i, f in state.families_of.items()}
    sources_of = {f: set(few.items(i)) for f, i in state.sources_of.items()}
    stats = state.stats()
    assert families_of and sources_of and stats
    path = tmp_path / "store.db.state"
    _write_whole_state(state, change.graph, change.resolved, path)
    assert not state.families_of and not state.sources_of and not state.anchors
    assert not state.edges_of and not list(state.parts.rows())
    assert state.stats() == stats  # the header stays: the load reports it
    seal_state(path, (1, 2), 3)
    read = read_state(path, FACTS_VERSION, (1, 2))
    assert read is not None
    try:
        assert {i: read.families_of[i] for i in families_of} == families_of
        assert {f: set(few.items(read.sources_of[f])) for f in sources_of} == sources_of
        assert any(read.edges_of.get(i) for i in families_of)
    finally:
        close_state(read)


def _rows(path: Path) -> dict[str, dict[str, object]]:
    """Every row of a state file but its seal, each value unpickled (sets compare as sets)."""
    conn = sqlite3.connect(path)
    try:
        names = [n for (n,) in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        return {
            name: {
                k: pickle.loads(v)
                for k, v in conn.execute(f"SELECT k, v FROM {name}")
                if (name, k) != ("meta", "seal")
            }
            for name in names
        }
    finally:
        conn.close()


def test_parts_written_ahead_make_the_same_state(tmp_path: Path) -> None:
    """A whole load hands each source's parts, and the resolver's tables once final, to a
    process that writes them (`RowsAhead`): the state file holds the same rows as one
    written at the end."""
    facts = _facts(EXAMPLES)
    kept = _resolved(facts, let_go=False)
    at_end = tmp_path / "end.db.state"
    _write_whole_state(kept.state, kept.graph, kept.resolved, at_end)
    ahead = RowsAhead().start()
    ahead_path = tmp_path / "ahead.db.state"
    try:
        begin_state_ahead(ahead, ahead_path)
        change = resolve_changes(
            empty_state(FACTS_VERSION),
            _facts(EXAMPLES),
            set(),
            lambda _ids: {},
            lambda _keys: {},
            ahead=ahead,
        )
        assert not list(change.state.parts.rows())  # handed over, not kept
        assert ahead.tables == {"anchors", "dates", "cited", "profiles"}
        _write_whole_state(change.state, change.graph, change.resolved, ahead_path, ahead)
    finally:
        ahead.close()
    expected = _rows(state_part(at_end))
    assert expected["parts"] and expected["anchors"]
    assert _rows(state_part(ahead_path)) == expected


def test_rows_ahead_left_unfinished_leave_no_file(tmp_path: Path) -> None:
    """A load that fails after the parts' process began its file ends the process and
    removes the file; one that never begins it leaves none."""
    path = tmp_path / "graph.db.state.part"
    ahead = RowsAhead().start()
    ahead.begin(path, ["meta", "parts"], "parts")
    ahead.add("s1", {"12/ND-CP": b"part"})
    ahead.close()
    assert not path.exists()
    assert not ahead._process.is_alive()
    idle = RowsAhead().start()
    idle.close()
    assert idle._process.exitcode == 0
    assert list(tmp_path.iterdir()) == []


def test_a_load_that_returns_no_graph_lets_it_go_and_builds_the_same_store(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The command line reads only the report, the cases and the warnings: the graph's
    # documents and edges go before the Source table's COPY, the whole load's peak.
    from vanban import load as load_module
    from vanban.store import open_store
    from vanban.store.build import build_store

    held: dict[str, int] = {}  # what the graph holds as the last COPY begins

    def build_watched(*args, before_last=None, **kwargs):
        def watched() -> None:
            before_last()
            held["documents"] = len(graph_seen[0].documents)
            held["edges"] = len(graph_seen[0].edges)

        return build_store(*args, before_last=watched if before_last else None, **kwargs)

    graph_seen: list = []  # the graph `_let_go_of_graph` is given
    kept_report, kept = load_module.load([EXAMPLES], tmp_path / "kept.db", jobs=1)
    monkeypatch.setattr(load_module, "build_store", build_watched)
    monkeypatch.setattr(
        load_module, "_let_go_of_graph", _seen(load_module._let_go_of_graph, graph_seen)
    )
    report, graph = load_module.load([EXAMPLES], tmp_path / "light.db", jobs=1, keep_graph=False)
    assert held == {"documents": 0, "edges": 0}  # gone before the last COPY
    assert not graph.documents and not graph.edges
    assert kept.documents and kept.edges
    assert (report.documents, report.organisations, report.edges, report.unresolved) == (
        kept_report.documents,
        kept_report.organisations,
        kept_report.edges,
        kept_report.unresolved,
    )
    assert [u.key for u in graph.unresolved] == [u.key for u in kept.unresolved]
    count = "MATCH (d:Document) RETURN count(d) AS n"
    with open_store(tmp_path / "kept.db") as a, open_store(tmp_path / "light.db") as b:
        assert a.query(count) == b.query(count)


def _seen(let_go, graph_seen: list):
    """`let_go` (`_let_go_of_graph`), noting the graph it is given."""

    def noted(graph, report) -> None:
        graph_seen.append(graph)
        let_go(graph, report)

    return noted
