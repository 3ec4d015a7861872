"""Ranked full-text search (queries/search.py) on the seeds and the real tvpl corpus."""

from __future__ import annotations

import json

import pytest
from conftest import vanban_cli as vanban

from vanban.extract.spelling import fold_words
from vanban.queries import search as S
from vanban.queries.backend import EmbeddedBackend


def found(db, *words: str) -> list[dict]:
    result = vanban("search", *words, "--db", str(db), "--json", "--limit", "500")
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def test_the_fast_folding_is_fold_words_on_every_title_and_sentence(tvpl_db):
    with EmbeddedBackend.open(tvpl_db) as backend:
        texts = [r["title"] for r in S.run(backend, "search_documents") if r["title"]]
        texts += [r["sentence"] for r in S.run(backend, "evidence_sentences") if r["sentence"]]
    assert len(texts) > 1000
    for text in texts:
        assert S.tokens(text) == S._TOKEN.findall(fold_words(text)), text


def test_how_a_query_is_read():
    assert S.explain('Thanh Hoa "dan van" 33/CT-TTg ke hoach') == {
        "words": ["ke", "hoach"],
        "phrases": ["dan van", "thanh hoa"],
        "provinces": ["Thanh Hóa"],
        "numbers": ["33/CT-TTG"],
    }
    assert S.explain("tỉnh Bà Rịa - Vũng Tàu")["provinces"] == ["Bà Rịa - Vũng Tàu"]
    assert S.parse_query('" "').empty


def test_thanh_hoa_finds_thanh_hoa_and_nothing_that_only_has_both_syllables(tvpl_db):
    rows = found(tvpl_db, "Thanh", "Hoa")
    assert rows
    with EmbeddedBackend.open(tvpl_db) as backend:
        entries = {(e.row["kind"], e.row["number"], e.row["title"]): e for e in S._entries(backend)}
    for row in rows:
        entry = entries[(row["kind"], row["number"], row["title"])]
        assert "Thanh Hóa" in entry.provinces or entry.has_phrase(["thanh", "hoa"]), row
    # the first answers are of the province itself, not merely naming it
    assert all(r["province"] == "Thanh Hóa" for r in rows[:5])
    # the Hải Phòng decisions the old search returned (thành phố ..., văn hóa ...) are gone
    assert not [
        r
        for r in rows
        if r["province"] == "Hải Phòng" and "thanh hoa" not in fold_words(r["title"] or "")
    ]


def test_diacritics_are_optional(tvpl_db):
    assert found(tvpl_db, "Thanh Hoa") == found(tvpl_db, "Thanh Hóa")
    assert found(tvpl_db, "dan van") == found(tvpl_db, "dân vận")


def test_a_quoted_phrase_needs_its_words_together(tvpl_db):
    loose = found(tvpl_db, "cong", "tac", "dan", "van")
    together = found(tvpl_db, '"cong tac dan van"')
    assert together and len(together) <= len(loose)
    assert {r["number"] for r in together} <= {r["number"] for r in loose}


def test_a_number_in_any_spelling_finds_its_documents_first(tvpl_db):
    rows = found(tvpl_db, "33/ct-ttg")
    assert {r["number"] for r in rows[:2]} == {"33/2021/CT-TTg", "33/CT-TTg"}
    assert all(r["score"] < rows[1]["score"] for r in rows[2:])


def test_answers_come_best_first(tvpl_db):
    for query in S.EXAMPLES:
        rows = found(tvpl_db, query)
        assert rows, query
        scores = [r["score"] for r in rows]
        assert scores == sorted(scores, reverse=True), query


def test_an_unknown_word_finds_nothing_and_an_empty_query_is_an_error(seeds_db):
    assert found(seeds_db, "dan", "xyzzyq") == []
    result = vanban("search", '""', "--db", str(seeds_db))
    assert result.returncode == 2 and "nothing to search for" in result.stderr


@pytest.mark.parametrize("query", list(S.EXAMPLES))
def test_the_help_shows_each_example(query):
    result = vanban("search", "--help")
    assert query in result.stdout


def test_words_side_by_side_rank_above_words_apart(tvpl_db):
    rows = found(tvpl_db, "dan", "van")
    together = ["dan van" in fold_words(r["title"] or "") for r in rows]
    assert any(together) and not all(together)
    first_apart = together.index(False)
    assert all(together[:first_apart]) and not any(together[first_apart:]), together


def test_an_argument_the_shell_kept_whole_is_a_phrase(tvpl_db):
    # `vanban search Can Tho "thu tuc hanh chinh"`: the shell drops the quotes
    assert found(tvpl_db, "Can", "Tho", "thu tuc hanh chinh") == found(
        tvpl_db, 'Can Tho "thu tuc hanh chinh"'
    )
    assert S.explain('"Thanh Hoa"')["provinces"] == ["Thanh Hóa"]
