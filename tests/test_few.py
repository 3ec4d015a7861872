"""The resolver state's sets of one kept as their bare text (`vanban.graph.few`): one
spelling for one content, read as texts never as characters, and saved through the
state file like the sets they replace."""

from __future__ import annotations

from pathlib import Path

from vanban.graph import few
from vanban.graph.incremental import empty_state, read_state, save_state, write_state


def test_a_value_is_its_text_alone_and_a_set_from_the_second_on() -> None:
    table: dict[str, few.Few] = {}
    few.add(table, "f", "src-1")
    assert table == {"f": "src-1"}
    few.add(table, "f", "src-1")  # again: still one
    assert table == {"f": "src-1"}
    few.add(table, "f", "src-2")
    assert table == {"f": {"src-1", "src-2"}}
    few.add(table, "f", "src-3")
    few.discard(table, "f", "src-1")
    assert table == {"f": {"src-2", "src-3"}}
    few.discard(table, "f", "src-3")  # back to one: the text again, as a whole build has it
    assert table == {"f": "src-2"}
    few.discard(table, "f", "other")  # not held: nothing changes
    assert table == {"f": "src-2"}
    few.discard(table, "f", "src-2")
    assert table == {}
    few.discard(table, "gone", "src-2")  # a missing key is no error
    assert table == {}


def test_a_text_alone_is_read_as_one_item_not_as_its_characters() -> None:
    assert list(few.items("abc")) == ["abc"]
    assert "a" not in few.items("abc")
    assert sorted(few.items({"x", "y"})) == ["x", "y"]
    assert list(few.items(None)) == []


def test_values_changed_after_a_state_is_read_back_are_saved(tmp_path: Path) -> None:
    path = tmp_path / "graph.db.state"
    state = empty_state(facts_version=7)
    for family, source in [("a", "s1"), ("b", "s1"), ("b", "s2"), ("c", "s3")]:
        few.add(state.sources_of, family, source)
    state.stamp, state.whole_size = (1, 1), 10
    write_state(state, path)
    found = read_state(path, 7, (1, 1))
    assert found is not None
    few.add(found.sources_of, "a", "s4")  # one -> two: a new value set
    few.add(found.sources_of, "b", "s5")  # a set read back, changed in place
    few.discard(found.sources_of, "c", "s3")  # the last one: the row goes
    found.stamp = (2, 2)
    save_state(found, path)
    again = read_state(path, 7, (2, 2))
    assert again is not None
    assert again.sources_of.get("a") == {"s1", "s4"}
    assert again.sources_of.get("b") == {"s1", "s2", "s5"}
    assert again.sources_of.get("c") is None
