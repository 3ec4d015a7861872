"""Shared fixtures: the team corpus in ../shared/corpus, skipped with a reason when absent."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED_CORPUS = REPO.parent / "shared" / "corpus"
EXAMPLES = REPO / "examples" / "corpus"


def _need(path: Path) -> Path:
    if not path.exists():
        pytest.skip(f"shared corpus not found at {path} (CI places ../shared beside the checkout)")
    return path


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
