"""The resolver's state file beside a store: written in two steps (the state while the
store is built, its seal once the store is swapped in) and read back only when sealed
for that store; read a key at a time, and saved by the rows an update read, set or
removed."""

from __future__ import annotations

import pickle
from collections import Counter
from pathlib import Path

import pytest

from vanban.graph.incremental import (
    empty_state,
    read_state,
    save_state,
    seal_state,
    state_part,
    write_state,
    write_state_body,
)
from vanban.graph.resolve import Resolver
from vanban.graph.state_file import _changed, peek, peek_many


def learned_state():
    """A state with something in it: what a resolver learns of one source."""
    state = empty_state(facts_version=7)
    resolver = Resolver()
    resolver.anchors = state.anchors
    resolver.learn(
        {
            "source": {"id": "s1"},
            "document": {},
            "mentions": [
                {
                    "number": "33", "family": "state", "type_code": "CT",
                    "issuers": ["TTg"], "year": 2021, "canonical": "33/CT-TTg",
                },
            ],
        }
    )  # fmt: skip
    return state


def test_a_sealed_state_reads_back_for_its_store(tmp_path: Path) -> None:
    path = tmp_path / "graph.db.state"
    state = learned_state()
    write_state_body(state, path)
    assert not path.exists()  # nothing to read before the seal
    seal_state(path, (1, 2, 3), 4096)
    assert not state_part(path).exists()
    found = read_state(path, 7, (1, 2, 3))
    assert found is not None
    assert found.stamp == (1, 2, 3) and found.whole_size == 4096
    # the tables are read a key at a time: asked for, each key gives what was written
    assert state.anchors and {k: found.anchors[k] for k in state.anchors} == state.anchors
    assert "44/CT-TTg" not in found.anchors and found.anchors.get("44/CT-TTg") is None
    assert read_state(path, 7, (1, 2, 4)) is None  # another build of the store
    assert read_state(path, 8, (1, 2, 3)) is None  # another facts version


def test_a_state_without_its_seal_is_not_read(tmp_path: Path) -> None:
    path = tmp_path / "graph.db.state"
    state = learned_state()
    write_state_body(state, path)
    state_part(path).replace(path)  # as if the seal had never been written
    assert read_state(path, 7, state.stamp) is None


def test_write_state_writes_and_seals_at_once(tmp_path: Path) -> None:
    path = tmp_path / "graph.db.state"
    state = learned_state()
    state.stamp, state.whole_size = (5, 6), 10
    write_state(state, path)
    found = read_state(path, 7, (5, 6))
    assert found is not None and found.whole_size == 10


def test_an_update_saves_what_it_changed_and_keeps_the_rest(tmp_path: Path) -> None:
    path = tmp_path / "graph.db.state"
    state = learned_state()
    state.keys_of = {"a": {"a@1"}, "b": {"b@1"}, "c": {"c@1"}}
    state.organisation_counts["org:x"] = 2
    state.stamp, state.whole_size = (1, 1), 10
    write_state(state, path)
    found = read_state(path, 7, (1, 1))
    assert found is not None and found.file is not None
    assert found.keys_of.pop("a") == {"a@1"}  # removed
    found.keys_of["b"].add("b@2")  # changed in place, as the resolver does
    found.keys_of["d"] = {"d@1"}  # new
    found.organisation_counts["org:x"] -= 1
    found.organisation_counts["org:y"] += 1  # a missing count starts at 0, as a Counter's
    found.stats_total["dated"] += 3
    found.stamp = (2, 2)
    save_state(found, path)
    again = read_state(path, 7, (2, 2))
    assert again is not None
    assert "a" not in again.keys_of
    assert again.keys_of["b"] == {"b@1", "b@2"}
    assert again.keys_of["c"] == {"c@1"}  # never read by the update: kept as it was
    assert again.keys_of["d"] == {"d@1"}
    assert again.organisation_counts["org:x"] == 1 and again.organisation_counts["org:y"] == 1
    assert again.stats_total["dated"] == 3 and again.whole_size == 10
    assert read_state(path, 7, (1, 1)) is None  # sealed for the new store only


def test_an_update_that_fails_leaves_the_file_as_it_was(tmp_path: Path) -> None:
    path = tmp_path / "graph.db.state"
    state = learned_state()
    state.keys_of = {"a": {"a@1"}}
    state.stamp, state.whole_size = (1, 1), 10
    write_state(state, path)
    found = read_state(path, 7, (1, 1))
    assert found is not None
    del found.keys_of["a"]
    found.keys_of["b"] = {lambda: None}  # type: ignore[arg-type]  # a value that cannot be saved
    found.stamp = (2, 2)
    with pytest.raises((pickle.PicklingError, AttributeError)):
        save_state(found, path)
    again = read_state(path, 7, (1, 1))
    assert again is not None and again.keys_of["a"] == {"a@1"} and "b" not in again.keys_of


def test_an_update_writes_back_only_the_rows_it_changed(tmp_path: Path) -> None:
    """Rows read and left as they were are not written again: a set read, taken out and put
    back equal, a Counter read; a Counter that only gained a zero count is another row."""
    path = tmp_path / "graph.db.state"
    state = learned_state()
    state.keys_of = {"a": {"a@1", "a@2", "a@3"}, "b": {"b@1"}}
    state.stats_of = {"s1": Counter({"dated": 2}), "s2": Counter({"dated": 1})}
    state.stamp, state.whole_size = (1, 1), 10
    write_state(state, path)
    found = read_state(path, 7, (1, 1))
    assert found is not None and found.file is not None
    found.keys_of["a"] = set(found.keys_of.pop("a"))  # out and back, equal
    found.keys_of["b"].add("b@2")  # changed in place
    assert found.stats_of["s1"] == Counter({"dated": 2})  # read only
    found.stats_of["s2"]["undated"] = 0  # equal as a Counter, not as a row
    written = {
        name: [key for key, _ in _changed(getattr(found, name))] for name in ("keys_of", "stats_of")
    }
    assert written == {"keys_of": ["b"], "stats_of": ["s2"]}
    found.stamp = (2, 2)
    save_state(found, path)
    again = read_state(path, 7, (2, 2))
    assert again is not None
    assert again.keys_of["a"] == {"a@1", "a@2", "a@3"} and again.keys_of["b"] == {"b@1", "b@2"}
    assert dict(again.stats_of["s2"]) == {"dated": 1, "undated": 0}
    assert again.stats_of["s1"] == Counter({"dated": 2})


def test_rows_only_peeked_at_are_read_in_one_go_and_not_saved(tmp_path: Path) -> None:
    """Rows a caller only reads (the resolver weighing co-citations reads the `cited` rows
    of every source citing a candidate) are read many in one query and kept apart from
    the rows saving compares; a row peeked at and then asked for to change is held, and
    saved, as any other. A plain dict (a whole load's state) answers the same."""
    path = tmp_path / "graph.db.state"
    state = learned_state()
    state.cited = {f"s{i}": {f"d{i}", "shared"} for i in range(1200)}
    state.stamp, state.whole_size = (1, 1), 10
    write_state(state, path)
    found = read_state(path, 7, (1, 1))
    assert found is not None and found.file is not None
    queries: list[str] = []
    found.file.conn.set_trace_callback(queries.append)
    keys = [f"s{i}" for i in range(1100)] + ["absent"]
    peek_many(found.cited, keys)
    assert len([q for q in queries if "FROM cited" in q]) == 3  # 500 keys a query
    queries.clear()
    assert [peek(found.cited, k, ()) for k in keys] == [state.cited.get(k, ()) for k in keys]
    assert peek(found.cited, "s1150") == {"d1150", "shared"}  # not read ahead: read then
    assert len(queries) == 1
    assert len(found.cited) == 0 and list(_changed(found.cited)) == []  # none held
    found.cited["s3"].add("new")  # asked for to change: held from then on
    changed = list(_changed(found.cited))
    assert [key for key, _ in changed] == ["s3"]
    assert pickle.loads(changed[0][1]) == {"d3", "shared", "new"}
    found.stamp = (2, 2)
    save_state(found, path)
    again = read_state(path, 7, (2, 2))
    assert again is not None
    assert again.cited["s3"] == {"d3", "shared", "new"} and again.cited["s4"] == {"d4", "shared"}
    assert peek(state.cited, "s5") == {"d5", "shared"} and peek(state.cited, "absent") is None


def test_the_parts_are_read_by_family_and_saved_by_source(tmp_path: Path) -> None:
    """A family's parts are read at once (one range of keys, no other family's), and an
    update writes back only the parts it set anew or removed, not the family's whole."""
    path = tmp_path / "graph.db.state"
    state = learned_state()
    state.parts["33/CT-TTg"] = {"s1": b"one", "s2": b"two", "s3": b"three"}
    state.parts["33/CT-TTg-x"] = {"s1": b"other"}  # a family whose name goes on
    state.parts["3"] = {"s9": b"nine"}  # a family whose name is the start of another's
    state.stamp, state.whole_size = (1, 1), 10
    write_state(state, path)
    found = read_state(path, 7, (1, 1))
    assert found is not None and found.file is not None
    assert found.parts.get("33/CT-TTg") == {"s1": b"one", "s2": b"two", "s3": b"three"}
    assert found.parts.get("3") == {"s9": b"nine"} and found.parts.get("4") == {}
    found.parts["33/CT-TTg"] = {"s1": b"one", "s2": b"two again", "s4": b"four"}
    deleted, written = found.parts.changes()
    assert [k.split("\x1f") for (k,) in deleted] == [["33/CT-TTg", "s3"]]
    assert sorted(k.split("\x1f")[1] for k, _ in written) == ["s2", "s4"]
    found.stamp = (2, 2)
    save_state(found, path)
    again = read_state(path, 7, (2, 2))
    assert again is not None
    assert again.parts.get("33/CT-TTg") == {"s1": b"one", "s2": b"two again", "s4": b"four"}
    assert again.parts.get("33/CT-TTg-x") == {"s1": b"other"}
