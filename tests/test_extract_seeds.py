"""The seeds: exactly the numbered references of seeds.gold.json, none of its look-alikes."""

from __future__ import annotations

import pytest

from vanban.extract.pipeline import extract_text

FILES = [
    "000_2b933cd2035c9b2e.txt",
    "001_890c875f2b498e07.txt",
    "002_38580ef53a787c49.txt",
    "003_eb38eec008c21456.txt",
    "004_652fffe5363ece28.txt",
]


def _seed(seeds_gold: dict, name: str) -> dict:
    return next(s for s in seeds_gold["seeds"] if s["file"] == name)


@pytest.mark.parametrize("name", FILES)
def test_numbered_references_are_exactly_the_gold(seeds_dir, seeds_gold, name):
    gold = _seed(seeds_gold, name)
    text = (seeds_dir / name).read_text("utf-8")
    _, refs = extract_text(text)
    full = [r for r in refs if r.kind == "number"]  # not short forms, not laws cited by name
    got = [(r.surface, r.canonical, r.type_code, r.issuer_code) for r in full]
    want = [(g["surface"], g["canonical"], g["type"], g["issuer_code"]) for g in gold["references"]]
    assert got == want
    for r, g in zip(full, gold["references"], strict=True):
        assert text[r.start : r.end] == r.surface
        if "date" in g and g["date"]:
            assert r.date == g["date"], r.canonical
        if g.get("level"):
            assert r.level == g["level"], r.canonical


@pytest.mark.parametrize("name", FILES)
def test_no_look_alike_is_a_reference(seeds_dir, seeds_gold, name):
    gold = _seed(seeds_gold, name)
    text = (seeds_dir / name).read_text("utf-8")
    _, refs = extract_text(text)
    for bad in gold.get("must_not", []):
        assert bad in text, f"gold look-alike {bad!r} should occur in the text"
        at = text.index(bad)
        assert not any(r.start < at + len(bad) and at < r.end for r in refs), bad


def test_translations_read_the_same_subject(seeds_dir, seeds_gold):
    for name in ("000_2b933cd2035c9b2e.txt", "002_38580ef53a787c49.txt"):
        gold = _seed(seeds_gold, name)
        document, _ = extract_text((seeds_dir / name).read_text("utf-8"))
        assert document.number == gold["subject"]
        assert document.basis == "subject"
        assert document.date == "2024-02-22"


def test_reports_without_a_subject_borrow_no_number(seeds_dir, seeds_gold):
    for name in ("003_eb38eec008c21456.txt", "004_652fffe5363ece28.txt"):
        assert _seed(seeds_gold, name)["subject"] is None
        document, _ = extract_text((seeds_dir / name).read_text("utf-8"))
        assert document.number is None


def test_jurisdiction_of_each_seed(seeds_dir, seeds_gold):
    for gold in seeds_gold["seeds"]:
        document, _ = extract_text((seeds_dir / gold["file"]).read_text("utf-8"))
        assert document.province == gold["jurisdiction"], gold["file"]
