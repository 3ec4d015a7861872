"""The HTML views without a browser: data, layout, escaping, offline, the CLI commands."""

from __future__ import annotations

import json
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
from click.testing import CliRunner
from test_viz_common import HOSTILE_TEXT, HOSTILE_TITLE, build_store, hostile_graph

from vanban.cli_viz import annotate, view
from vanban.extract.spelling import fold_number
from vanban.loaders import read_path
from vanban.queries.backend import EmbeddedBackend
from vanban.queries.lineage import lineage
from vanban.viz import annotated_page, graph_page, lineage_filename, lineage_page, slug
from vanban.viz.assets import script_json
from vanban.viz.build import graph_view, lineage_view
from vanban.viz.texts import read_marks

SEED_000 = "000_2b933cd2035c9b2e.txt"
KEY_33 = "33/CT-TTg@2021"


@pytest.fixture(scope="module")
def seeds_db(seeds_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_store([seeds_dir], tmp_path_factory.mktemp("seeds") / "seeds.db")


class Tags(HTMLParser):
    """Every start tag with its attributes, and the data inside <script> elements."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))


def tags_of(html: str) -> list[tuple[str, dict[str, str | None]]]:
    parser = Tags()
    parser.feed(html)
    return parser.tags


def page_data(html: str) -> dict:
    m = re.search(r'<script type="application/json" id="vanban-data">(.*?)</script>', html, re.S)
    assert m
    return json.loads(m.group(1))


def assert_offline(html: str) -> None:
    for tag, attrs in tags_of(html):
        for name in ("src", "href"):
            value = attrs.get(name) or ""
            assert not re.match(r"(?i)\s*(https?:)?//", value), (tag, name, value)
        assert not (tag == "link" and attrs.get("rel") == "stylesheet"), "external stylesheet"
        assert not (tag == "script" and attrs.get("src")), "external script"
    assert "sourceMappingURL" not in html
    csp = [
        a["content"]
        for t, a in tags_of(html)
        if t == "meta" and a.get("http-equiv") == "Content-Security-Policy"
    ]
    assert csp and csp[0].startswith("default-src 'none'; script-src ")


def test_script_json_cannot_close_the_script_element() -> None:
    text = script_json({"t": "</script><script>alert(1)</script><!-- \u2028 &"})
    assert "<" not in text and ">" not in text and "&" not in text and "\u2028" not in text
    assert json.loads(text)["t"].startswith("</script>")


def test_lineage_filename_convention() -> None:
    assert lineage_filename(KEY_33) == "lineage-33-CT-TTG_2021.html"
    assert slug("23-QĐ/TW@XIII") == "23-QD-TW_XIII"
    assert slug("1470-CV/TU@2020-2025@Thanh Hóa") == "1470-CV-TU_2020-2025_THANHHOA"
    assert slug("unnumbered:866b7c3f7c55f898") == "UNNUMBERED-866B7C3F7C55F898"


def test_lineage_view_of_33_on_the_seeds(seeds_db: Path) -> None:
    with EmbeddedBackend.open(seeds_db) as backend:
        root = lineage(backend, KEY_33)
    page = lineage_view(root, "both", 6, ["IMPLEMENTS"])
    nodes = {n.id: n for n in page.nodes}
    assert {n.number for n in page.nodes} == {"33/2021/CT-TTg", "1470-CV/TU", None}
    plan = next(n for n in page.nodes if n.number is None)
    assert plan.unnumbered and plan.province == "Bắc Giang"
    assert {(e.source, e.relation, e.target) for e in page.edges} == {
        ("1470-CV/TU@2020-2025@Thanh Hóa", "IMPLEMENTS", KEY_33),
        (plan.id, "IMPLEMENTS", KEY_33),
    }
    assert nodes[KEY_33].root
    # central above provincial
    assert nodes[KEY_33].y < nodes["1470-CV/TU@2020-2025@Thanh Hóa"].y
    assert all(e.evidence and e.evidence[0]["sentence"] for e in page.edges)


def test_graph_layout_levels_then_dates() -> None:
    from vanban.graph.model import Document, Graph

    g = Graph()
    for i, (level, date) in enumerate(
        [
            ("commune", "2020-01-01"),
            ("central", "2019-01-01"),
            ("provincial", "2021-05-01"),
            ("provincial", "2020-05-01"),
            ("district", None),
            ("central", "2018-01-01"),
        ]
    ):
        g.documents[f"k{i}"] = Document(key=f"k{i}", number=f"{i}/QĐ-X", level=level, date=date)
    page = graph_view(g)
    at = {n.id: (n.x, n.y) for n in page.nodes}
    ys = {
        lv: at[k][1]
        for k, lv in [("k1", "central"), ("k2", "prov"), ("k4", "dist"), ("k0", "commune")]
    }
    assert ys["central"] < ys["prov"] < ys["dist"] < ys["commune"]
    assert at["k5"][0] < at["k1"][0]  # 2018 left of 2019
    assert at["k3"][0] < at["k2"][0]  # 2020 left of 2021
    assert [b["level"] for b in page.bands] == ["central", "provincial", "district", "commune"]


def test_graph_filters_and_left_out_counts(seeds_db: Path) -> None:
    from vanban.store.read_graph import read_graph

    graph = read_graph(seeds_db)
    everything = graph_view(graph)
    assert everything.total == len(graph.documents) + len(graph.organisations)
    assert everything.left_out == everything.total - len(everything.nodes)
    sliced = graph_view(graph, provinces=["thanh hoa"])
    matching = {n.id for n in sliced.nodes if not n.context}
    assert matching == {k for k, d in graph.documents.items() if d.province == "Thanh Hóa"}
    context = {n.id for n in sliced.nodes if n.context}
    assert KEY_33 in context  # what Thanh Hóa implements comes along, faded
    assert sliced.left_out == sliced.total - len(sliced.nodes) > 0
    assert any("left out" in note for note in sliced.notes)
    since = graph_view(graph, since=2021)
    kept = {n.id for n in since.nodes if not n.context}
    assert "114-KL/TW@XI" not in kept  # 2015
    only = graph_view(graph, relations=["CITES"])
    assert {e.relation for e in only.edges} == {"CITES"}


def test_pages_are_offline_and_escape_sources() -> None:
    html = graph_page(hostile_graph(), relations=["IMPLEMENTS", "ISSUED_BY"])
    assert_offline(html)
    # no element or attribute from the sources: only our own tags
    assert not any(t in ("img", "b") for t, _ in tags_of(html))
    assert not any(k.startswith("on") for _, a in tags_of(html) for k in a)
    assert HOSTILE_TITLE not in html  # present only escaped
    data = page_data(html)
    assert any(n.get("title") == HOSTILE_TITLE for n in data["nodes"])
    assert data["edges"][0]["evidence"][0]["sentence"] == HOSTILE_TITLE


def test_annotated_page_of_seed_000_marks_exactly_the_gold(
    seeds_dir: Path, seeds_gold: dict
) -> None:
    source = next(iter(read_path(seeds_dir / SEED_000)))
    text = read_marks(source)
    html = annotated_page([text], "seed 000")
    assert_offline(html)
    marks = [a for t, a in tags_of(html) if t == "a" and "ref" in (a.get("class") or "")]
    gold = next(s for s in seeds_gold["seeds"] if s["file"] == SEED_000)["references"]
    found = sorted(
        (source.text[int(a["data-start"]) : int(a["data-end"])], a["data-canonical"]) for a in marks
    )
    assert found == sorted((g["surface"], g["canonical"]) for g in gold)
    relations = {a["data-canonical"]: a["data-relation"] for a in marks}
    assert relations["1470-CV/TU"] == "SELF"
    assert relations["33/2021/CT-TTg"] == "IMPLEMENTS"


def test_annotated_text_is_the_source_text(tmp_path: Path) -> None:
    file = tmp_path / "hostile.txt"
    file.write_bytes(HOSTILE_TEXT.replace("\n", "\r\n").encode("utf-8"))
    source = next(iter(read_path(file)))
    html = annotated_page([read_marks(source)], "hostile")
    assert "<script>window" not in html and "<b onmouseover" not in html
    body = re.search(r'<pre class="text"[^>]*>(.*?)</pre>', html, re.S).group(1)
    import html as htmllib

    plain = htmllib.unescape(re.sub(r"<[^>]+>", "", body))
    assert plain == source.text


def test_view_command_writes_lineage_page(seeds_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "lineage.html"
    result = CliRunner().invoke(view, ["33/CT-TTg", "--db", str(seeds_db), "-o", str(out)])
    assert result.exit_code == 0, result.output
    data = page_data(out.read_text("utf-8"))
    assert {n["id"] for n in data["nodes"]} >= {KEY_33, "1470-CV/TU@2020-2025@Thanh Hóa"}
    root = next(n for n in data["nodes"] if n.get("root"))
    assert fold_number("33/CT-TTg") in root["search"] and "33/2021/CT-TTG" in root["search"]


def test_view_command_default_name_and_errors(
    seeds_db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    runner = CliRunner()
    monkeypatch.chdir(tmp_path)
    ok = runner.invoke(view, ["33/2021/ct-ttg", "--db", str(seeds_db), "--down"])
    assert ok.exit_code == 0, ok.output
    assert (tmp_path / lineage_filename(KEY_33)).is_file()
    unknown = runner.invoke(view, ["33/2021/CT-TT", "--db", str(seeds_db)])
    assert unknown.exit_code == 1 and "Did you mean 33/2021/CT-TTg" in unknown.output
    neither = runner.invoke(view, ["--db", str(seeds_db)])
    assert neither.exit_code == 2 and "--all" in neither.output
    missing = runner.invoke(view, ["33/CT-TTg", "--db", str(tmp_path / "none.db")])
    assert missing.exit_code == 1 and "vanban load" in missing.output
    bad = runner.invoke(view, ["--all", "--relation", "LIKES", "--db", str(seeds_db)])
    assert bad.exit_code == 2 and "IMPLEMENTS" in bad.output


def test_view_command_several_documents_asks_for_year(tmp_path: Path) -> None:
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text("Căn cứ Chỉ thị số 33/CT-TTg ngày 26/11/2021 của Thủ tướng Chính phủ.", "utf-8")
    b.write_text("Thực hiện Chỉ thị số 33/CT-TTg ngày 06/11/2025 của Thủ tướng Chính phủ.", "utf-8")
    db = build_store([a, b], tmp_path / "two.db")
    result = CliRunner().invoke(view, ["33/CT-TTg", "--db", str(db)])
    assert result.exit_code == 1 and "--year" in result.output and "2025" in result.output
    out = tmp_path / "one.html"
    chosen = CliRunner().invoke(
        view, ["33/CT-TTg", "--year", "2025", "--db", str(db), "-o", str(out)]
    )
    assert chosen.exit_code == 0, chosen.output


def test_view_all_command(seeds_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "graph.html"
    result = CliRunner().invoke(
        view,
        [
            "--all",
            "--db",
            str(seeds_db),
            "-o",
            str(out),
            "--province",
            "Bắc Giang",
            "--since",
            "2020",
            "--relation",
            "IMPLEMENTS,CITES",
        ],
    )
    assert result.exit_code == 0, result.output
    assert "left out" in result.output
    data = page_data(out.read_text("utf-8"))
    assert data["left_out"] > 0 and data["left_out"] == data["total"] - len(data["nodes"])


def test_annotate_command_links_lineage_page(
    seeds_dir: Path, seeds_db: Path, tmp_path: Path
) -> None:
    runner = CliRunner()
    (tmp_path / lineage_filename(KEY_33)).write_text("<!DOCTYPE html>", "utf-8")
    out = tmp_path / "annotated.html"
    result = runner.invoke(
        annotate, [str(seeds_dir / SEED_000), "--db", str(seeds_db), "-o", str(out)]
    )
    assert result.exit_code == 0, result.output
    marks = {
        a["data-canonical"]: a
        for t, a in tags_of(out.read_text("utf-8"))
        if t == "a" and "data-canonical" in a
    }
    assert marks["33/2021/CT-TTg"]["href"] == lineage_filename(KEY_33)
    assert marks["23-QĐ/TW"]["href"].startswith("#ref-")
    assert "23-QĐ/TW@XIII" in marks["23-QĐ/TW"]["title"]


def test_annotate_without_store(seeds_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "a.html"
    result = CliRunner().invoke(
        annotate, [str(seeds_dir / SEED_000), "--db", str(tmp_path / "none.db"), "-o", str(out)]
    )
    assert result.exit_code == 0 and "not linked" in result.output
    assert out.read_text("utf-8").count('class="ref rel-') >= 6


def test_lineage_page_is_offline(seeds_db: Path) -> None:
    with EmbeddedBackend.open(seeds_db) as backend:
        html = lineage_page(lineage(backend, KEY_33))
    assert_offline(html)
    assert len(html) < 1_000_000


def test_big_graph_pages_open_on_groups() -> None:
    from bench.view_bench import synthetic_graph
    from vanban.viz.overview import OVERVIEW_NODES

    small = graph_view(synthetic_graph(OVERVIEW_NODES - 50))
    assert not small.groups and all(n.group is None for n in small.nodes)
    big = graph_view(synthetic_graph(2500))
    counts = {g["id"]: g["count"] for g in big.groups}
    assert sum(counts.values()) == len(big.nodes)
    # one group for the central level, one per province in the levels below it
    central = [n for n in big.nodes if n.level == "central" and not n.organisation]
    assert counts["central"] == len(central)
    thanh_hoa = [n for n in big.nodes if n.level == "provincial" and n.province == "Thanh Hóa"]
    assert counts["provincial|Thanh Hóa"] == len(thanh_hoa) > 0
    # each group is a block of its own: its documents lie in a box no other group enters
    for group in ("central", "provincial|Thanh Hóa"):
        inside = [n for n in big.nodes if n.group == group]
        x0, x1 = min(n.x for n in inside), max(n.x for n in inside)
        y0, y1 = min(n.y for n in inside), max(n.y for n in inside)
        assert not [
            n for n in big.nodes if n.group != group and x0 <= n.x <= x1 and y0 <= n.y <= y1
        ]


def test_whole_graph_overview_has_the_coverage_heatmap(seeds_tvpl_db: Path, tmp_path: Path) -> None:
    from vanban.queries.gaps import gaps

    out = tmp_path / "all.html"
    result = CliRunner().invoke(view, ["--all", "--db", str(seeds_tvpl_db), "-o", str(out)])
    assert result.exit_code == 0, result.output
    html = out.read_text("utf-8")
    data = json.loads(re.search(r'id="vanban-data"[^>]*>(.*?)</script>', html, re.S).group(1))
    assert data["groups"], "a store of over a thousand nodes opens on groups"
    assert '<details id="heatmap"' in html
    # the heatmap's cell for a province holds the same first date and lag as `vanban gaps`
    with EmbeddedBackend.open(seeds_tvpl_db) as backend:
        rows = {r["province"]: r for r in gaps(backend, "33/CT-TTg@2021")}
    first = rows["Thanh Hóa"]
    row = re.search(r'<tr><th class="rowhead">33/2021/CT-TTg</th>(.*?)</tr>', html, re.S)
    assert row is not None
    assert (
        f'title="Thanh Hóa: {first["first_date"]}, {first["lag_days_first"]} days after'
        in row.group(1)
    )
