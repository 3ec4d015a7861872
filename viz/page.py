"""A graph page: header, side panel (search, filters, details, legend) and the network.

The markup is built here with every value from sources escaped; the nodes and edges go
in as JSON and the page's script (static/graph.js) only ever sets them as text.
"""

from __future__ import annotations

from collections import Counter

from ..extract.spelling import LOOKALIKES
from . import assets
from .build import BIG_GRAPH
from .heatmap import LAG_BANDS, UNDATED
from .model import View
from .style import LEVEL_COLOURS, LEVEL_NAMES, LEVELS, RELATION_STYLES, SHAPES, page_style

esc = assets.escape


def render_view(view: View) -> str:
    """The whole HTML page of `view`, with every script and style inside it."""
    data = {
        "kind": view.kind,
        "heading": view.heading,
        "nodes": [n.to_json() for n in view.nodes],
        "edges": [e.to_json() for e in view.edges],
        "bands": view.bands,
        "style": page_style(),
        "lookalikes": LOOKALIKES,
        "big": len(view.nodes) > BIG_GRAPH,
        "groups": view.groups,
        "left_out": view.left_out,
        "total": view.total,
    }
    scripts = [assets.static_text("vis-network.min.js"), assets.static_text("graph.js")]
    return assets.page(view.heading, _body(view), [assets.static_text("graph.css")], scripts, data)


def _body(view: View) -> str:
    notes = "".join(f"<li>{esc(n)}</li>" for n in view.notes)
    return f"""<header>
<h1>{esc(view.heading)}</h1>
<ul class="notes">{notes}</ul>
<p id="filter-note" class="filter-note" aria-live="polite"></p>
{_heatmap(view)}
</header>
<main>
<aside id="panel">
<section>
<label for="search">Find a number</label>
<input id="search" type="search" autocomplete="off" spellcheck="false"
 placeholder="33/2021/CT-TTg, 23-qd/tw, 1470 CV/TU">
<p id="search-status" class="hint">Any spelling: case, Đ or D, spaces and the year
 in the number do not matter. Enter focuses the first match.</p>
<ul id="search-results" class="results"></ul>
</section>
{_overview(view)}
{_relation_filter(view)}
{_province_filter(view)}
<section id="details"><h2>Details</h2>
<p class="hint">Hover a mark or a line for its facts; click a mark to focus on its
 neighbours (click the background to see everything again).</p></section>
{_legend(view)}
</aside>
<div id="network" role="img" aria-label="{esc(view.heading)}"></div>
</main>
<div id="tooltip" class="tooltip" role="tooltip" hidden></div>"""


def _heatmap(view: View) -> str:
    """The overview's coverage heatmap: central documents against today's provinces, each
    cell coloured by the lag of the province's first implementing document."""
    table = view.heatmap
    if table is None:
        return ""
    bands = [(label, colour) for _, label, colour in LAG_BANDS] + [UNDATED]
    legend = "".join(
        f'<li><span class="swatch" style="background:{esc(c)}"></span>{esc(label)}</li>'
        for label, c in bands
    )
    head = "".join(f'<th class="col"><span>{esc(p)}</span></th>' for p in table.provinces)
    rows = []
    for row in table.rows:
        cells = []
        for p in table.provinces:
            c = row.cells.get(p)
            if c is None:
                cells.append('<td class="cell"></td>')
                continue
            lag = f", {c.lag_days} days after" if c.lag_days is not None else ""
            tip = f"{p}: {c.first or 'undated'}{lag} ({c.implementing} implementing)"
            cells.append(
                f'<td class="cell" style="background:{esc(c.colour)}" title="{esc(tip)}"></td>'
            )
        rows.append(
            f'<tr><th class="rowhead">{esc(row.document)}</th>'
            f'<td class="date">{esc(row.date or "")}</td>{"".join(cells)}</tr>'
        )
    more = (
        f'<p class="hint">{table.left_out:,} more central documents, each implemented by '
        "fewer provinces, are left out.</p>"
        if table.left_out
        else ""
    )
    body = (
        '<div class="heat-wrap"><table class="heat"><thead><tr><th>document</th><th>date</th>'
        f"{head}</tr></thead><tbody>{''.join(rows)}</tbody></table></div>"
        if table.rows
        else "<p>No central document is implemented by any province in this store.</p>"
    )
    return (
        '<details id="heatmap" class="heatmap" open><summary>Coverage: central documents '
        "against today's provinces, coloured by the days to the first implementing "
        f'document</summary><ul class="heat-legend">{legend}</ul>{body}{more}</details>'
    )


def _overview(view: View) -> str:
    if not view.groups:
        return ""
    return (
        '<section id="overview"><h2>Overview</h2>'
        f'<p class="hint">{len(view.nodes):,} marks are too many to read one by one: the '
        f"page opens on {len(view.groups):,} groups, one per province in each level, "
        "each with its count. Click a group to open it.</p>"
        '<button id="open-groups" type="button">Open every group</button></section>'
    )


def _relation_filter(view: View) -> str:
    counts = Counter(e.relation for e in view.edges)
    if not counts:
        return ""
    boxes = "".join(
        f'<label class="check"><input type="checkbox" data-relation="{esc(rel)}" checked> '
        f'{_line_svg(rel)} {esc(rel)} <span class="count">{counts[rel]}</span></label>'
        for rel in RELATION_STYLES
        if rel in counts
    )
    return f'<section id="relation-filter"><h2>Relations</h2>{boxes}</section>'


def _province_filter(view: View) -> str:
    counts = Counter(n.province for n in view.nodes if n.province and not n.organisation)
    if not counts:
        return ""
    options = "".join(
        f'<option value="{esc(p)}">{esc(p)} ({counts[p]})</option>' for p in sorted(counts)
    )
    return (
        '<section id="province-filter"><h2><label for="province">Province</label></h2>'
        f'<select id="province"><option value="">All provinces</option>{options}</select>'
        '<p class="hint">Its documents and those they link to.</p></section>'
    )


def _legend(view: View) -> str:
    levels = {n.level if n.level in LEVELS else None for n in view.nodes if not n.organisation}
    shapes = {n.shape for n in view.nodes}
    relations = {e.relation for e in view.edges}
    rows = [
        f"<li>{_mark_svg('dot', LEVEL_COLOURS[lv])} {esc(LEVEL_NAMES[lv])}</li>"
        for lv in (*LEVELS, None)
        if lv in levels
    ]
    rows += [
        f"<li>{_mark_svg(shape, '#555')} {esc(name)}</li>"
        for shape, name, _ in SHAPES
        if shape in shapes
    ]
    if "box" in shapes:
        rows.append(f"<li>{_mark_svg('box', '#8c8c8c')} Organisation</li>")
    rows += [
        f"<li>{_line_svg(rel)} {esc(RELATION_STYLES[rel]['text'])} ({esc(rel)})</li>"
        for rel in RELATION_STYLES
        if rel in relations
    ]
    if len(view.nodes) > BIG_GRAPH:
        rows.append(
            "<li>Over 2,000 nodes: lines are drawn solid (colour tells the relation) "
            "and a click selects a node and its lines without dimming the rest.</li>"
        )
    if any(n.context for n in view.nodes):
        rows.append(f"<li>{_mark_svg('dot', '#2166ac', 0.4)} outside the filters, linked</li>")
    return (
        '<section id="legend"><h2>Legend</h2>'
        '<p class="hint">Rows: central at the top, then provincial, district, commune; '
        "left to right by date. Arrows (mid-line) point from the acting document to the one "
        f'it acts on; bigger marks are acted on more.</p><ul class="legend">{"".join(rows)}</ul>'
        "</section>"
    )


_POINTS = {
    "triangle": "9,2 16,15 2,15",
    "triangleDown": "2,3 16,3 9,16",
    "diamond": "9,1 17,9 9,17 1,9",
    "hexagon": "5,2 13,2 17,9 13,16 5,16 1,9",
    "star": "9,1 11,7 17,7 12,11 14,17 9,13 4,17 6,11 1,7 7,7",
}


def _mark_svg(shape: str, colour: str, opacity: float = 1.0) -> str:
    if shape in _POINTS:
        mark = f'<polygon points="{_POINTS[shape]}"/>'
    elif shape == "square":
        mark = '<rect x="2" y="2" width="14" height="14"/>'
    elif shape == "box":
        mark = '<rect x="1" y="4" width="16" height="10" rx="2"/>'
    else:
        mark = '<circle cx="9" cy="9" r="7"/>'
    return (
        f'<svg class="mark" width="18" height="18" viewBox="0 0 18 18" aria-hidden="true" '
        f'fill="{colour}" fill-opacity="{opacity}">{mark}</svg>'
    )


def _line_svg(relation: str) -> str:
    style = RELATION_STYLES[relation]
    dashes = style["dashes"]
    dash = f' stroke-dasharray="{" ".join(str(d) for d in dashes)}"' if dashes else ""
    return (
        '<svg class="line" width="40" height="10" viewBox="0 0 40 10" aria-hidden="true">'
        f'<line x1="1" y1="5" x2="32" y2="5" stroke="{style["color"]}" '
        f'stroke-width="{style["width"]}"{dash}/>'
        f'<polygon points="32,1 39,5 32,9" fill="{style["color"]}"/></svg>'
    )
