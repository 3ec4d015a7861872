"""The pages in a real headless Chromium with the network off (skipped without chromium).

Every page is checked for requests that leave file:// and for console errors; nodes and
edges are read back from the page's own vis DataSets. Screenshots go to tests/artifacts/.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from browser import Chromium, Page, missing_reason
from click.testing import CliRunner
from test_viz_common import HOSTILE_TEXT, HOSTILE_TITLE, PWN, build_store, hostile_graph

from vanban.cli_viz import annotate, view
from vanban.extract.spelling import fold_number
from vanban.loaders import read_path
from vanban.viz import graph_page, lineage_filename

REASON = missing_reason()
pytestmark = pytest.mark.skipif(REASON is not None, reason=REASON or "")

ARTIFACTS = Path(__file__).parent / "artifacts"
SEED_000 = "000_2b933cd2035c9b2e.txt"
KEY_33 = "33/CT-TTg@2021"
KEY_1470 = "1470-CV/TU@2020-2025@Thanh Hóa"
READY = "window.vanban && vanban.ready"


@pytest.fixture(scope="module")
def browser() -> Iterator[Chromium]:
    with Chromium() as chromium:
        yield chromium


@pytest.fixture(scope="module")
def seeds_db(seeds_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_store([seeds_dir], tmp_path_factory.mktemp("seeds") / "seeds.db")


@pytest.fixture(scope="module")
def lineage_page(seeds_db: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("pages")
    out = folder / lineage_filename(KEY_33)
    result = CliRunner().invoke(view, ["33/2021/CT-TTg", "--db", str(seeds_db), "-o", str(out)])
    assert result.exit_code == 0, result.output
    return out


def open_clean(browser: Chromium, path: Path, ready: str = READY) -> Page:
    page = browser.open(path)
    page.wait_for(ready)
    return page


def assert_clean(page: Page) -> None:
    page.browser.pump(0.3)
    assert page.outside_requests() == []
    assert page.errors == []
    assert page.dialogs == []


def dom_position(page: Page, key: str) -> tuple[float, float]:
    x, y = page.evaluate(
        "(() => { const r = document.getElementById('network').getBoundingClientRect();"
        f" const p = vanban.network.getPositions([{json.dumps(key)}])[{json.dumps(key)}];"
        " const d = vanban.network.canvasToDOM(p); return [d.x + r.left, d.y + r.top]; })()"
    )
    return x, y


def test_lineage_of_33_shows_the_expected_graph(browser: Chromium, lineage_page: Path) -> None:
    page = open_clean(browser, lineage_page)
    nodes = page.evaluate("vanban.nodes.get().map(n => n.record)")
    edges = page.evaluate("vanban.edges.get().map(e => [e.from, e.record.relation, e.to])")
    by_number = {n.get("number"): n for n in nodes}
    assert set(by_number) == {"33/2021/CT-TTg", "1470-CV/TU", None}
    plan = by_number[None]
    assert plan["unnumbered"] and plan["province"] == "Bắc Giang" and plan["type"] == "KH"
    assert sorted(map(tuple, edges)) == sorted(
        [
            (KEY_1470, "IMPLEMENTS", KEY_33),
            (plan["id"], "IMPLEMENTS", KEY_33),
        ]
    )
    assert page.evaluate("vanban.visibleNodes().length") == 3
    # the hierarchy reads top-down: the central directive above the provincial documents
    y33, y1470 = dom_position(page, KEY_33)[1], dom_position(page, KEY_1470)[1]
    assert y33 < y1470
    assert_clean(page)
    shot = page.screenshot(ARTIFACTS / "lineage-33-2021-CT-TTg.png")
    assert shot.stat().st_size > 10_000


def test_hover_click_and_background(browser: Chromium, lineage_page: Path) -> None:
    page = open_clean(browser, lineage_page)
    x, y = dom_position(page, KEY_1470)
    page.mouse(x, y)
    page.wait_for("!document.getElementById('tooltip').hidden", timeout=10)
    tip = page.evaluate("document.getElementById('tooltip').textContent")
    assert "1470-CV/TU" in tip and "Thanh Hóa" in tip and "2024-02-22" in tip
    page.screenshot(ARTIFACTS / "lineage-33-hover.png")
    page.click(x, y)
    page.wait_for(f"vanban.state.focused === {json.dumps(KEY_1470)}", timeout=10)
    details = page.evaluate("document.getElementById('details').textContent")
    assert "implements 33/2021/CT-TTg" in details
    page.click(420, 860)  # empty canvas
    page.wait_for("vanban.state.focused === null", timeout=10)
    # edge hover text: relation, evidence sentence and its source
    edge = page.evaluate("vanban.edges.getIds()[0]")
    page.evaluate(f"vanban.showEdge({json.dumps(edge)})")
    tip = page.evaluate("document.getElementById('tooltip').textContent")
    assert "implements" in tip and "Source: " in tip and "seeds" in tip
    # the evidence shows the number it is evidence for, marked
    marked = page.evaluate(
        "Array.from(document.querySelectorAll('#tooltip blockquote mark'), m => m.textContent)"
    )
    assert marked and all(re.search(r"\d", m) for m in marked)
    assert_clean(page)


@pytest.mark.parametrize(
    "spelling",
    [
        "33/2021/CT-TTg",
        "33/CT-TTg",
        "33/2021/ct-ttg",
        " 33 / CT-TTg ",
        "33/CТ-ТТg",  # Cyrillic
    ],
)
def test_search_any_spelling(browser: Chromium, lineage_page: Path, spelling: str) -> None:
    page = open_clean(browser, lineage_page)
    assert page.evaluate(f"vanban.search({json.dumps(spelling)})")[0] == KEY_33
    assert page.evaluate("vanban.search('1470-cv/tu')") == [KEY_1470]
    page.evaluate(
        "(() => { const i = document.getElementById('search'); i.value = '33/ct-ttg';"
        " i.dispatchEvent(new Event('input'));"
        " i.dispatchEvent(new KeyboardEvent('keydown', {key: 'Enter'})); })()"
    )
    assert page.evaluate("vanban.state.focused") == KEY_33
    assert page.evaluate("document.querySelectorAll('#search-results li').length") == 1
    assert_clean(page)


def test_page_fold_is_vanban_fold(browser: Chromium, lineage_page: Path) -> None:
    page = open_clean(browser, lineage_page)
    samples = [
        "23-qđ/tw",
        "96/HÐNN",
        "40/2026/NĐ-СР",
        "16495/BТС-PTHT",
        " 1470 - CV/TU\n",
        "9086/BNV-CTTN&BĐG",
        "QĐi",
        "ĐA",
    ]
    folded = page.evaluate(f"{json.dumps(samples)}.map(vanban.fold)")
    assert folded == [fold_number(s) for s in samples]


def test_filters_say_what_they_leave_out(browser: Chromium, seeds_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "graph.html"
    result = CliRunner().invoke(view, ["--all", "--db", str(seeds_db), "-o", str(out)])
    assert result.exit_code == 0, result.output
    page = open_clean(browser, out)
    total = page.evaluate("vanban.data.nodes.length")
    page.evaluate(
        "(() => { const b = document.querySelector('input[data-relation=\"CITES\"]');"
        " b.click(); })()"
    )
    assert page.evaluate(
        "vanban.visibleEdges().every(id => vanban.edges.get(id).record.relation !== 'CITES')"
    )
    hidden = page.evaluate("vanban.setProvince('Bắc Giang')")
    assert hidden["hiddenNodes"] > 0
    visible = page.evaluate("vanban.visibleNodes()")
    assert len(visible) == total - hidden["hiddenNodes"]
    assert KEY_1470 not in visible and KEY_33 in visible  # 33 is linked from Bắc Giang
    note = page.evaluate("document.getElementById('filter-note').textContent")
    assert f"leave out {hidden['hiddenNodes']} of {total} nodes" in note
    page.screenshot(ARTIFACTS / "graph-seeds-bac-giang.png")
    page.evaluate("vanban.setProvince(''); vanban.setRelation('CITES', true)")
    assert page.evaluate("document.getElementById('filter-note').textContent") == ""
    assert_clean(page)


def assert_nothing_ran(page: Page) -> None:
    assert page.evaluate(f"typeof {PWN}") == "undefined"
    assert (
        page.evaluate(
            "document.querySelectorAll('img, b, [onmouseover], [onerror], [onload]').length"
        )
        == 0
    )
    assert_clean(page)


def test_hostile_sources_in_graph_pages(browser: Chromium, tmp_path: Path) -> None:
    source = tmp_path / "hostile.txt"
    source.write_text(HOSTILE_TEXT, "utf-8")
    db = build_store([source], tmp_path / "h.db")
    lineage_out = tmp_path / "lineage.html"
    result = CliRunner().invoke(view, ["33/2021/CT-TTg", "--db", str(db), "-o", str(lineage_out)])
    assert result.exit_code == 0, result.output
    synthetic = tmp_path / "synthetic.html"
    synthetic.write_text(
        graph_page(hostile_graph(), relations=["IMPLEMENTS", "ISSUED_BY"]), "utf-8"
    )
    for path in (lineage_out, synthetic):
        page = open_clean(browser, path)
        ids = page.evaluate("vanban.nodes.getIds()")
        for key in ids:  # hover every node with the real mouse, then click it
            x, y = dom_position(page, key)
            page.mouse(x, y)
            browser.pump(0.1)
            page.evaluate(f"vanban.showNode({json.dumps(key)})")
            page.evaluate(f"vanban.focus({json.dumps(key)})")
        page.evaluate("vanban.unfocus()")
        texts = []
        for edge in page.evaluate("vanban.edges.getIds()"):
            page.evaluate(f"vanban.showEdge({json.dumps(edge)})")
            texts.append(page.evaluate("document.getElementById('tooltip').textContent"))
        assert any(HOSTILE_TITLE in t for t in texts), texts  # shown, as text
        page.evaluate(f"vanban.showNode({json.dumps(ids[0])})")
        page.evaluate(
            "(() => { const i = document.getElementById('search'); i.value = 'script';"
            " i.dispatchEvent(new Event('input')); })()"
        )
        page.screenshot(ARTIFACTS / f"hostile-{path.stem}.png")
        assert_nothing_ran(page)


def test_annotated_seed_000(
    browser: Chromium, seeds_dir: Path, seeds_gold: dict, seeds_db: Path, lineage_page: Path
) -> None:
    out = lineage_page.parent / "annotated-000.html"
    result = CliRunner().invoke(
        annotate, [str(seeds_dir / SEED_000), "--db", str(seeds_db), "-o", str(out)]
    )
    assert result.exit_code == 0, result.output
    page = open_clean(browser, out, "document.readyState === 'complete'")
    marks = page.evaluate(
        "Array.from(document.querySelectorAll('pre.text a.ref')).map(a => "
        "[a.textContent, a.dataset.canonical, a.dataset.relation, a.getAttribute('href')])"
    )
    gold = next(s for s in seeds_gold["seeds"] if s["file"] == SEED_000)["references"]
    assert sorted((m[0], m[1]) for m in marks) == sorted(
        (g["surface"], g["canonical"]) for g in gold
    )
    hrefs = {m[1]: m[3] for m in marks}
    assert hrefs["33/2021/CT-TTg"] == lineage_page.name  # the lineage page beside it
    source = next(iter(read_path(seeds_dir / SEED_000)))
    assert page.evaluate("document.querySelector('pre.text').textContent") == source.text
    page.evaluate("document.getElementById('mark-0-3').scrollIntoView({block: 'center'})")
    page.screenshot(ARTIFACTS / "annotated-000.png")
    assert_clean(page)


def test_hostile_annotated_text(browser: Chromium, tmp_path: Path) -> None:
    source = tmp_path / "hostile.txt"
    source.write_text(HOSTILE_TEXT, "utf-8")
    out = tmp_path / "annotated.html"
    result = CliRunner().invoke(
        annotate, [str(source), "--db", str(tmp_path / "none.db"), "-o", str(out)]
    )
    assert result.exit_code == 0, result.output
    page = open_clean(browser, out, "document.readyState === 'complete'")
    text = next(iter(read_path(source))).text
    assert page.evaluate("document.querySelector('pre.text').textContent") == text
    assert page.evaluate("document.querySelectorAll('pre.text a.ref').length") >= 3
    for i in range(3):
        page.evaluate(
            f"document.getElementById('mark-0-{i}').dispatchEvent("
            "new MouseEvent('mouseover', {bubbles: true}))"
        )
    assert_nothing_ran(page)


def test_big_graph_lays_out_without_physics(browser: Chromium, tmp_path: Path) -> None:
    from bench.view_bench import synthetic_graph

    out = tmp_path / "big.html"
    out.write_text(graph_page(synthetic_graph(2500)), "utf-8")
    page = open_clean(browser, out)
    assert page.evaluate("vanban.data.big") is True
    assert page.evaluate("vanban.network.physics.options.enabled") is False
    before = page.evaluate("vanban.network.getPositions()")
    browser.pump(1.0)
    assert page.evaluate("vanban.network.getPositions()") == before  # nothing moves
    first = page.evaluate("vanban.data.nodes[0].id")
    assert page.evaluate(f"vanban.focus({json.dumps(first)})") is True
    page.screenshot(ARTIFACTS / "graph-2500.png")
    assert_clean(page)


def test_big_graph_opens_on_groups_that_open_in_place(browser: Chromium, tmp_path: Path) -> None:
    from bench.view_bench import synthetic_graph

    out = tmp_path / "overview.html"
    out.write_text(graph_page(synthetic_graph(2500)), "utf-8")
    page = open_clean(browser, out)
    groups = page.evaluate("vanban.data.groups.map(g => g.id)")
    assert len(groups) > 5
    assert sorted(page.evaluate("vanban.closedGroups()")) == sorted(groups)
    # what is drawn is one mark per group, not 2,500 documents
    assert page.evaluate("vanban.network.body.nodeIndices.length") == len(groups)
    page.screenshot(ARTIFACTS / "graph-overview.png")

    # a click opens a group: its documents appear where vanban laid them out
    group = "provincial|Thanh Hóa"
    assert page.evaluate(f"vanban.openGroup({json.dumps('group:' + group)}, true)") is True
    assert group not in page.evaluate("vanban.closedGroups()")
    members = page.evaluate(
        f"vanban.data.nodes.filter(n => n.group === {json.dumps(group)}).map(n => [n.id, n.x, n.y])"
    )
    drawn = page.evaluate(f"vanban.network.getPositions({json.dumps([m[0] for m in members])})")
    assert {k: (round(v["x"]), round(v["y"])) for k, v in drawn.items()} == {
        m[0]: (round(m[1]), round(m[2])) for m in members
    }

    # focusing a document of a closed group opens that group
    other = page.evaluate("vanban.data.nodes.find(n => n.group === 'central').id")
    assert page.evaluate(f"vanban.focus({json.dumps(other)})") is True
    assert "central" not in page.evaluate("vanban.closedGroups()")

    # filters act on documents: every group opens
    page.evaluate("vanban.setRelation('CITES', false)")
    assert page.evaluate("vanban.closedGroups()") == []
    assert_clean(page)
