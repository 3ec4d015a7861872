"""Shared fixtures: the team corpus in ../shared/corpus, skipped with a reason when absent."""

from __future__ import annotations

import contextlib
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import NoReturn

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED_CORPUS = REPO.parent / "shared" / "corpus"
EXAMPLES = REPO / "examples" / "corpus"


def _need(path: Path) -> Path:
    if not path.exists():
        pytest.skip(f"shared corpus not found at {path} (CI places ../shared beside the checkout)")
    return path


# The fixtures that start Neo4j (once per test process). Under pytest-xdist (`make test`
# runs two workers) every test that asks for one goes to the same worker (`--dist
# loadgroup`), so a run starts one Neo4j server, not one per worker.
_NEO4J_FIXTURES = frozenset({"neo4j_server", "neo4j_on_import"})


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if _NEO4J_FIXTURES.intersection(getattr(item, "fixturenames", ())):
            item.add_marker(pytest.mark.xdist_group("neo4j"))


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    return _need(SHARED_CORPUS / "seeds")


@pytest.fixture(scope="session")
def seeds_gold() -> dict:
    return json.loads(_need(SHARED_CORPUS / "seeds.gold.json").read_text("utf-8"))


@pytest.fixture(scope="session")
def tvpl_rows() -> list[dict]:
    path = _need(SHARED_CORPUS / "real" / "tvpl.jsonl")
    return [json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip()]


def vanban_cli(*args: str) -> subprocess.CompletedProcess[str]:
    """Run the command line in a subprocess, as a user would."""
    return subprocess.run([sys.executable, "-m", "vanban", *args], capture_output=True, text=True)


@pytest.fixture(scope="session")
def seeds_db(tmp_path_factory, seeds_dir) -> Path:
    """A store loaded from the seeds, shared by the tests that only read it."""
    db = tmp_path_factory.mktemp("seeds") / "seeds.db"
    result = vanban_cli("load", str(seeds_dir), "--db", str(db), "--json")
    assert result.returncode == 0, result.stderr
    return db


@pytest.fixture(scope="session")
def seeds_tvpl_db(tmp_path_factory, seeds_dir) -> Path:
    """A store loaded from the seeds and the real texts of tvpl.jsonl, shared by the tests
    that only read it (reports and the web app)."""
    tvpl = _need(SHARED_CORPUS / "real" / "tvpl.jsonl")
    db = tmp_path_factory.mktemp("seeds-tvpl") / "seeds-tvpl.db"
    result = vanban_cli("load", str(seeds_dir), str(tvpl), "--db", str(db), "--json")
    assert result.returncode == 0, result.stderr
    return db


@pytest.fixture(scope="session")
def example_db(tmp_path_factory) -> Path:
    """A store loaded from the sample corpus that ships with the project."""
    db = tmp_path_factory.mktemp("examples") / "examples.db"
    result = vanban_cli("load", str(EXAMPLES), "--db", str(db), "--json")
    assert result.returncode == 0, result.stderr
    return db


def _neo4j_testserver():
    """tests/neo4j/testserver.py, loaded by path: a folder named neo4j cannot be a package
    here without hiding the neo4j driver."""
    import importlib.util

    name = "vanban_neo4j_testserver"
    if name not in sys.modules:
        spec = importlib.util.spec_from_file_location(name, REPO / "tests/neo4j/testserver.py")
        assert spec and spec.loader
        sys.modules[name] = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(sys.modules[name])
    return sys.modules[name]


@pytest.fixture(scope="session")
def neo4j_server(tmp_path_factory):
    """A real Neo4j Community server (tests/neo4j), started once per run and stopped at
    the end. Without Maven, Java or the artifacts it skips, saying why; under CI
    (CI=true) a Neo4j that cannot start fails the run instead."""
    testserver = _neo4j_testserver()
    try:
        server = testserver.start(log_dir=tmp_path_factory.mktemp("neo4j"))
    except testserver.ServerUnavailable as error:
        if os.environ.get("CI"):
            pytest.fail(f"Neo4j must start in CI: {error}")
        pytest.skip(f"no Neo4j test server: {error}")
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture(scope="session")
def neo4j_on_import(tmp_path_factory):
    """A function that bulk-loads a `vanban export --format csv` folder with Neo4j's own
    `neo4j-admin database import full` (the command of its import.txt) into a new database
    folder, and returns a context manager that serves it with the test server once its
    after-import.cypher has run (stopped on leaving). It skips or, with CI=true, fails as
    `neo4j_server` does when Neo4j cannot run here; an import the tool rejects always
    fails."""
    testserver = _neo4j_testserver()

    def unavailable(error: Exception) -> NoReturn:
        if os.environ.get("CI"):
            pytest.fail(f"Neo4j must start in CI: {error}")
        pytest.skip(f"no Neo4j test server: {error}")

    @contextlib.contextmanager
    def import_and_start(csv_folder: Path):
        home = tmp_path_factory.mktemp("neo4j-import")
        try:
            imported = testserver.import_csv(csv_folder, home)
        except testserver.ServerUnavailable as error:
            unavailable(error)
        try:
            server = testserver.start(log_dir=home, data=home)
        except testserver.ServerUnavailable as error:
            unavailable(error)
        try:
            testserver.run_after_import(server, csv_folder)
            yield server, imported
        finally:
            server.stop()

    return import_and_start


@pytest.fixture(scope="session")
def tvpl_db(tmp_path_factory, seeds_dir) -> Path:
    """A store loaded from the seeds and the real tvpl corpus (as the README's examples)."""
    tvpl = _need(SHARED_CORPUS / "real" / "tvpl.jsonl")
    db = tmp_path_factory.mktemp("tvpl") / "tvpl.db"
    result = vanban_cli("load", str(seeds_dir), str(tvpl), "--db", str(db), "--json")
    assert result.returncode == 0, result.stderr
    return db
