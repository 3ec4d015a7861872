"""`vanban serve` in a real headless Chromium, network off, on the seeds + tvpl.jsonl store.

The app runs on 127.0.0.1 in this process (a real server on a free port); Chromium may
reach the loopback address and nothing else. Every page is checked for console errors
and for requests that leave the server. Screenshots go to out/screenshots/.
"""

from __future__ import annotations

import re
import socket
import subprocess
import sys
import threading
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import quote

import pytest
from browser import Chromium, Page, missing_reason
from conftest import vanban_cli
from test_viz_common import HOSTILE_TEXT, HOSTILE_TITLE, PWN, build_store

from vanban.extract.spelling import fold_words
from vanban.queries.backend import EmbeddedBackend
from vanban.queries.gaps import province_names
from vanban.queries.province_report import central_coverage
from vanban.serve import create_app, start_server
from vanban.serve.readonly import EXAMPLES, write_clause
from vanban.serve.search import RANK_EXAMPLES, rank
from vanban.viz.heatmap import LAG_BANDS, UNDATED, heatmap, lag_band

REASON = missing_reason()
browser_only = pytest.mark.skipif(REASON is not None, reason=REASON or "")
SCREENSHOTS = Path(__file__).resolve().parents[1] / "out" / "screenshots"
KEY_33 = "33/CT-TTg@2021"


class Served:
    """The app on a store, served on 127.0.0.1 from a thread until closed."""

    def __init__(self, db: Path) -> None:
        self.backend = EmbeddedBackend.open(db)
        self.app = create_app(self.backend)
        self.server = start_server(self.app, "127.0.0.1", 0)
        self.base = f"http://127.0.0.1:{self.server.port}"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def url(self, path: str) -> str:
        return self.base + quote(path, safe="/?=&:%")

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()
        self.backend.close()


@pytest.fixture(scope="module")
def served(seeds_tvpl_db: Path) -> Iterator[Served]:
    running = Served(seeds_tvpl_db)
    yield running
    running.close()


@pytest.fixture(scope="module")
def browser() -> Iterator[Chromium]:
    if REASON is not None:
        pytest.skip(REASON)
    with Chromium(loopback=True) as chromium:
        yield chromium


def open_page(browser: Chromium, served: Served, path: str) -> Page:
    page = browser.open(served.url(path))
    browser.pump(0.2)  # late console messages
    return page


def assert_clean(page: Page, served: Served, status: int = 200) -> None:
    # a page answered with an error status is logged as a failed load: the one expected
    expected = f"status of {status} " if status != 200 else None
    errors = [e for e in page.errors if expected is None or expected not in e]
    assert errors == [], page.errors
    assert page.dialogs == [], page.dialogs
    outside = [u for u in page.requests if not u.startswith((served.base + "/", "data:"))]
    assert outside == [], outside


def text_of(page: Page, selector: str) -> list[str]:
    return page.evaluate(
        f"Array.from(document.querySelectorAll({selector!r})).map(e => e.textContent.trim())"
    )


# -- without a browser -------------------------------------------------------------------


@pytest.mark.parametrize(("query", "clause"), EXAMPLES.items())
def test_write_clauses_are_found(query: str, clause: str | None) -> None:
    assert write_clause(query) == clause


@pytest.mark.parametrize(("words", "doc", "expected"), RANK_EXAMPLES)
def test_search_rank_examples(words: str, doc: dict, expected: int | None) -> None:
    assert rank(words, doc) == expected


def test_the_store_is_open_read_only_and_writes_are_refused(served: Served) -> None:
    client = served.app.test_client()
    before = served.backend.query("MATCH (d:Document) RETURN count(d) AS n")[0]["n"]
    refused = client.get("/cypher", query_string={"q": "CREATE (d:Document {key: 'x'})"})
    assert refused.status_code == 400
    assert "Refused" in refused.text and "CREATE clause" in refused.text
    with pytest.raises(Exception, match="(?i)read.only"):  # the engine refuses it too
        served.backend.query("CREATE (d:Document {key: 'x'})")
    after = served.backend.query("MATCH (d:Document) RETURN count(d) AS n")[0]["n"]
    assert before == after


def test_unknown_pages_say_what_to_do(served: Served) -> None:
    client = served.app.test_client()
    unknown = client.get("/province/Thanh Hoaa")
    assert unknown.status_code == 404
    assert "Did you mean" in unknown.text and "Thanh Hóa" in unknown.text
    assert client.get("/document/no-such-key").status_code == 404
    near = client.get("/number/33/2021/CT-TTX")
    assert near.status_code == 404 and "33/2021/CT-TTg" in near.text
    moved = client.get("/province/thanh hoa")
    assert moved.status_code == 302 and moved.location.endswith("/province/Thanh%20H%C3%B3a")
    failed = client.get("/cypher", query_string={"q": "MATCH (d:Nothing) RETURN d"})
    assert failed.status_code == 400 and "The query failed" in failed.text


def test_a_number_leads_to_its_document(served: Served) -> None:
    found = served.app.test_client().get("/number/33/2021/CT-TTg")
    assert found.status_code == 302 and found.location.endswith(f"/document/{KEY_33}")


def test_a_provincial_document_page_links_up_and_tells_no_gaps(served: Served) -> None:
    page = served.app.test_client().get("/document/1470-CV/TU@2020-2025@Thanh Hóa")
    assert page.status_code == 200
    assert f'href="/document/{KEY_33}"' in page.text  # what it implements
    assert "Gaps are told for central documents" in page.text


def test_lag_bands_cover_every_lag() -> None:
    bounds = [bound for bound, _label, _colour in LAG_BANDS]
    assert bounds[-1] is None and bounds[:-1] == sorted(bounds[:-1])
    for (bound, label, colour), following in zip(LAG_BANDS, LAG_BANDS[1:], strict=False):
        assert lag_band(bound) == (label, colour)
        assert lag_band(bound + 1) == following[1:]
    assert lag_band(None) == UNDATED
    assert len({colour for _b, _l, colour in LAG_BANDS} | {UNDATED[1]}) == len(LAG_BANDS) + 1


def test_heatmap_cells_fold_old_provinces_into_todays(served: Served) -> None:
    rows = central_coverage(served.backend)
    today = heatmap(rows, province_names())
    then = heatmap(rows, province_names(then=True), then=True)
    by_key = {r.key: r for r in today.rows}
    assert "Bắc Ninh" in by_key[KEY_33].cells and "Thanh Hóa" in by_key[KEY_33].cells
    assert "Bắc Giang" in {r.key: r for r in then.rows}[KEY_33].cells
    for row in today.rows:
        assert set(row.cells) <= set(province_names())
        for cell in row.cells.values():
            assert (cell.label, cell.colour) == lag_band(cell.lag_days)
    counts = [len(r.cells) for r in today.rows]
    assert counts == sorted(counts, reverse=True), "the most implemented first"


# -- in Chromium ---------------------------------------------------------------------------


PAGES = [
    "/",
    "/search?q=dân vận",
    f"/document/{KEY_33}",
    f"/lineage/{KEY_33}",
    "/heatmap",
    "/heatmap?then=1",
    "/provinces",
    "/province/Thanh Hóa",
    "/province/Bắc Giang?then=1",
    "/cypher?q=MATCH (d:Document) RETURN d.number AS number, d.date AS date LIMIT 20",
]


@browser_only
@pytest.mark.parametrize("path", PAGES)
def test_pages_render_offline_without_errors(browser: Chromium, served: Served, path: str) -> None:
    page = open_page(browser, served, path)
    assert_clean(page, served)
    assert page.evaluate("document.title")
    assert page.evaluate("document.body.innerText.length") > 100


@browser_only
def test_document_page_of_33_shows_1470_with_its_sentence(
    browser: Chromium, served: Served
) -> None:
    page = open_page(browser, served, f"/document/{KEY_33}")
    assert_clean(page, served)
    edges = page.evaluate(
        """Array.from(document.querySelectorAll('article.edge.in')).map(a => ({
            other: a.querySelector('h3 a') ? a.querySelector('h3 a').textContent.trim() : '',
            relation: a.querySelector('.rel').textContent.trim(),
            marks: Array.from(a.querySelectorAll('blockquote mark')).map(m => m.textContent),
            quotes: Array.from(a.querySelectorAll('blockquote')).map(q => q.textContent)
        }))"""
    )
    from_1470 = [e for e in edges if e["other"] == "1470-CV/TU"]
    assert from_1470, edges
    assert from_1470[0]["relation"] == "IMPLEMENTS"
    assert any("33" in mark and "CT-TTg" in mark for mark in from_1470[0]["marks"])
    assert all(len(q) > 60 for q in from_1470[0]["quotes"]), "the sentence, not just the number"
    # the lineage view inside the page drew its network, offline
    frame_ready = "document.querySelector('iframe.lineage').contentWindow.vanban"
    page.wait_for(f"{frame_ready} && {frame_ready}.ready")
    assert "1470-CV/TU" in page.evaluate(
        f"JSON.stringify({frame_ready}.nodes.get().map(n => n.label))"
    )
    gaps = text_of(page, "#gaps li.done a")
    assert "Thanh Hóa" in gaps and "Bắc Ninh" in gaps
    assert len(text_of(page, "#gaps li")) == 34
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(SCREENSHOTS / "document-33-2021-CT-TTg.png")


@browser_only
def test_search_finds_dan_van_documents_first(browser: Chromium, served: Served) -> None:
    page = open_page(browser, served, "/search?q=dân vận")
    assert_clean(page, served)
    titles = text_of(page, "table.results tbody td:nth-child(2)")
    assert len(titles) >= 3
    holds = ["dân vận" in " ".join(t.lower().split()) for t in titles]
    assert holds[0] and holds[:3] == [True] * 3
    # once a title lacks the phrase as typed, no later one has it: that phrase ranks first
    first_without = holds.index(False) if False in holds else len(holds)
    assert not any(holds[first_without:])
    # without diacritics the same documents come first
    page = open_page(browser, served, "/search?q=dan van")
    folded = text_of(page, "table.results tbody td:nth-child(2)")
    assert all("dan van" in " ".join(fold_words(t).split()) for t in folded[:3])


@browser_only
def test_heatmap_and_province_pages(browser: Chromium, served: Served) -> None:
    page = open_page(browser, served, "/heatmap")
    assert_clean(page, served)
    columns = text_of(page, "table.heat th.col")
    assert len(columns) == 34
    rows = text_of(page, "table.heat th.rowhead")
    assert "33/2021/CT-TTg" in rows
    filled = page.evaluate("document.querySelectorAll('table.heat td.cell:not(.empty)').length")
    assert filled >= len(rows), "every row has at least one coloured cell"
    page.screenshot(SCREENSHOTS / "heatmap.png")
    page = open_page(browser, served, "/province/Thanh Hóa")
    assert_clean(page, served)
    assert "33/2021/CT-TTg" in text_of(page, "table.timeline a")
    page.screenshot(SCREENSHOTS / "province-thanh-hoa.png")


@browser_only
def test_cypher_box_refuses_writes_in_the_page(browser: Chromium, served: Served) -> None:
    page = open_page(browser, served, "/cypher?q=MATCH (d) DETACH DELETE d")
    assert_clean(page, served, status=400)
    assert "DETACH clause" in " ".join(text_of(page, ".error"))
    page = open_page(browser, served, "/cypher?q=MATCH (d:Document) RETURN count(d) AS n")
    assert int(text_of(page, "table.grid tbody td")[0]) > 1000


@browser_only
def test_markup_from_sources_is_shown_as_text(browser: Chromium, tmp_path: Path) -> None:
    hostile = tmp_path / "hostile.txt"
    hostile.write_text(HOSTILE_TEXT, "utf-8")
    running = Served(build_store([hostile], tmp_path / "hostile.db"))
    try:
        for path in [
            f"/document/{KEY_33}",
            "/search?q=33",
            f"/search?q={HOSTILE_TITLE}",
            "/heatmap",
            "/cypher?q=MATCH (d:Document) RETURN d.title AS title",
        ]:
            page = open_page(browser, running, path)
            assert page.evaluate(f"typeof {PWN}") == "undefined", path
            assert page.dialogs == [], path
            assert page.evaluate("document.querySelectorAll('main script, main img').length") == 0
        assert HOSTILE_TITLE in page.evaluate("document.body.innerText")
    finally:
        running.close()


def test_vanban_serve_listens_on_loopback_and_answers(seeds_tvpl_db: Path) -> None:
    """The command itself: it binds 127.0.0.1 by default, says where, and serves."""
    process = subprocess.Popen(
        [sys.executable, "-m", "vanban", "serve", "--db", str(seeds_tvpl_db), "--port", "0"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        line = process.stdout.readline() if process.stdout else ""
        found = re.search(r"http://127\.0\.0\.1:(\d+)/", line)
        assert found, line + (process.stderr.read() if process.poll() is not None else "")
        direct = urllib.request.build_opener(urllib.request.ProxyHandler({}))
        with direct.open(found.group(0) + "heatmap", timeout=30) as response:
            page = response.read().decode("utf-8")
            assert response.headers["Content-Security-Policy"].startswith("default-src 'none'")
        assert "33/2021/CT-TTg" in page
    finally:
        process.terminate()
        process.wait(timeout=10)


def test_vanban_serve_without_a_store_says_how_to_build_one(tmp_path: Path) -> None:
    result = vanban_cli("serve", "--db", str(tmp_path / "none.db"))
    assert result.returncode == 1
    assert "no store at" in result.stderr and "vanban load" in result.stderr


def test_vanban_serve_on_a_busy_port_says_what_to_do(seeds_tvpl_db: Path) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        result = vanban_cli("serve", "--db", str(seeds_tvpl_db), "--port", str(port))
    assert result.returncode == 1
    assert f"cannot listen on 127.0.0.1:{port}" in result.stderr and "--port" in result.stderr
