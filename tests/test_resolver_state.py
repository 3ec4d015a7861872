"""The resolver's state file beside a store: written in two steps (the state while the
store is built, its seal once the store is swapped in) and read back only when sealed
for that store."""

from __future__ import annotations

from pathlib import Path

from vanban.graph.incremental import (
    empty_state,
    read_state,
    seal_state,
    state_part,
    write_state,
    write_state_body,
)
from vanban.graph.resolve import Resolver


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
    assert found.anchors == state.anchors and found.anchors
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
