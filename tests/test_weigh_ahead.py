"""Undated numbers weighed ahead by a second process (`graph.weigh_ahead`) give the store
and the resolver's state one process gives, whichever chunks the process sent in time."""

from __future__ import annotations

import pickle
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from test_incremental_load import assert_same_store

from vanban.graph import incremental, weigh_ahead
from vanban.graph.weigh_ahead import WeighedAhead, worth_weighing_ahead
from vanban.load import load, state_path


def state_rows(db: Path) -> dict[str, list[tuple[str, Any]]]:
    """Every row of every table of the store's state file (its seal but, which stamps the
    store's file), each value read back in a form that keeps the order of its dicts and
    lists (`plain`): two loads need not share the same string objects, which the pickled
    bytes tell apart."""
    conn = sqlite3.connect(state_path(db))
    try:
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        rows = {t: conn.execute(f"SELECT k, v FROM {t} ORDER BY k").fetchall() for t in tables}
    finally:
        conn.close()
    rows["meta"] = [(k, v) for k, v in rows["meta"] if k != "seal"]
    return {t: [(k, plain(pickle.loads(v))) for k, v in of] for t, of in rows.items()}


def plain(value: Any) -> Any:
    """`value` as nested lists: a dict's items in order, a set sorted, an object by what it
    pickles."""
    if isinstance(value, dict):
        return [type(value).__name__, [(plain(k), plain(v)) for k, v in value.items()]]
    if isinstance(value, (set, frozenset)):
        return sorted(map(repr, value))
    if isinstance(value, (list, tuple)):
        return [plain(v) for v in value]
    if isinstance(value, (str, int, float, bool, bytes, type(None))):
        return value
    return [type(value).__name__, plain(value.__reduce_ex__(5)[1:])]


@pytest.mark.parametrize("stops_after", [None, 0.5])
def test_weighing_ahead_gives_the_store_and_state_of_one_process(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, stops_after: float | None
) -> None:
    from bench import load_bench

    monkeypatch.setattr(load_bench, "OUT", tmp_path)
    texts = load_bench.write_documents(300, seed=3)  # some numbers given undated
    alone = tmp_path / "alone.db"
    load([texts], alone, jobs=1)
    with sqlite3.connect(state_path(alone)) as conn:
        profiles = [pickle.loads(v) for (v,) in conn.execute("SELECT v FROM profiles")]
    assert any(p.topic_texts.counted for p in profiles), "no candidate weighed"

    # Chunks of 4 sources, and the process done with its share before the load adds its
    # first source: all of them, or (`stops_after`) those past that share of the sources,
    # the load resolving the others itself as when it catches up with the process.
    monkeypatch.setattr(weigh_ahead, "CHUNK", 4)
    taken: list[tuple[int, int]] = []
    start, close, weigh = WeighedAhead.__init__, WeighedAhead.close, weigh_ahead._weigh_ahead

    def weigh_some(resolver, sources, reached, reader, sender) -> None:
        if stops_after is not None:  # as if the load had reached this chunk already
            reached.value = int(len(range(0, len(sources), 4)) * stops_after)
        weigh(resolver, sources, reached, reader, sender)

    def start_and_wait(self: WeighedAhead, resolver, sources) -> None:
        start(self, resolver, sources)
        self._process.join()
        self._receiver.join()

    def close_and_count(self: WeighedAhead) -> None:
        taken.append((self.chunks_taken, self._chunks))
        close(self)

    monkeypatch.setattr(incremental, "worth_weighing_ahead", lambda: True)  # one core too
    monkeypatch.setattr(weigh_ahead, "_weigh_ahead", weigh_some)
    monkeypatch.setattr(WeighedAhead, "__init__", start_and_wait)
    monkeypatch.setattr(WeighedAhead, "close", close_and_count)
    ahead = tmp_path / "ahead.db"
    load([texts], ahead, jobs=2)

    [(chunks_taken, chunks)] = taken
    want = chunks if stops_after is None else chunks - int(chunks * stops_after) - 1
    assert chunks_taken == want > 0
    assert_same_store(ahead, alone)
    assert state_rows(ahead) == state_rows(alone)


def test_one_core_weighs_nothing_ahead(monkeypatch: pytest.MonkeyPatch) -> None:
    """On one core a second process only adds work: the load weighs every number itself."""
    if not hasattr(weigh_ahead.os, "sched_getaffinity"):
        pytest.skip("this platform does not say which cores a process may use")
    monkeypatch.setattr(weigh_ahead.os, "sched_getaffinity", lambda pid: {0})
    assert not worth_weighing_ahead()
    monkeypatch.setattr(weigh_ahead.os, "sched_getaffinity", lambda pid: {0, 1})
    assert worth_weighing_ahead()
