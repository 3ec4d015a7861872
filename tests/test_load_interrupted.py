"""A load killed halfway (SIGKILL) leaves the store exactly as it was before that load."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from vanban.store import open_store


def snapshot(db: Path) -> dict[str, list]:
    with open_store(db) as store:
        return {
            "documents": sorted(
                (r["k"], r["n"], r["d"])
                for r in store.query(
                    "MATCH (d:Document) RETURN d.key AS k, d.number AS n, d.date AS d"
                )
            ),
            "edges": sorted(
                (r["a"], r["t"], r["b"], r["s"])
                for r in store.query(
                    "MATCH (a)-[r]->(b) UNWIND range(r.evidence, r.evidence + r.evidence_count - 1)"
                    " AS i MATCH (v:Evidence {id: i}) "
                    "RETURN a.key AS a, label(r) AS t, b.key AS b, v.source AS s"
                )
            ),
            "sources": sorted(r["i"] for r in store.query("MATCH (s:Source) RETURN s.id AS i")),
        }


def start_load(path: Path, db: Path) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "vanban", "load", str(path), "--db", str(db), "--jobs", "1"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


def wait_for(condition, seconds: float) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.02)
    return False


@pytest.mark.parametrize("moment", ["while reading", "while writing the new store"])
def test_sigkill_leaves_the_store_as_it_was(tmp_path, seeds_dir, tvpl_rows, moment):
    tvpl = seeds_dir.parent / "real" / "tvpl.jsonl"
    db = tmp_path / "g.db"
    first = subprocess.run(
        [sys.executable, "-m", "vanban", "load", str(seeds_dir), "--db", str(db)],
        capture_output=True,
    )
    assert first.returncode == 0, first.stderr
    before = snapshot(db)
    process = start_load(tvpl, db)
    try:
        if moment == "while reading":
            time.sleep(1.5)
        else:
            building = lambda: any(p.name.startswith("g.db.building-") for p in tmp_path.iterdir())  # noqa: E731
            assert wait_for(building, 120), "the load never started writing"
        assert process.poll() is None, "the load finished before it could be killed"
        os.kill(process.pid, signal.SIGKILL)
        process.wait(30)
    finally:
        if process.poll() is None:
            process.kill()
    assert snapshot(db) == before
    # The next load cleans up what the killed one left and still sees the old sources.
    again = subprocess.run(
        [sys.executable, "-m", "vanban", "load", str(seeds_dir), "--db", str(db), "--json"],
        capture_output=True,
        text=True,
    )
    assert again.returncode == 0 and '"unchanged": 5' in again.stdout
    assert not [p for p in tmp_path.iterdir() if ".building-" in p.name]
    assert snapshot(db) == before
