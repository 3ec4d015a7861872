"""The annotated-text page: each text as read, its references highlighted and explained.

No script: marks are links with a `title` (shown on hover) giving the canonical number
and the relation; a table below each text lists the references with their documents,
lineage pages and loaded texts. The text is written out piece by piece, escaped, so the
page's text content is exactly the source text (carriage returns as `&#13;`).
"""

from __future__ import annotations

from collections.abc import Iterable

from . import assets
from .style import RELATION_STYLES, SELF_STYLE
from .texts import SELF, AnnotatedText, Mark

esc = assets.escape


def annotated_page(texts: Iterable[AnnotatedText], heading: str) -> str:
    texts = list(texts)
    body = [f"<header><h1>{esc(heading)}</h1>{_legend(texts)}</header><main>"]
    for n, item in enumerate(texts):
        body.append(_section(n, item))
    body.append("</main>")
    return assets.page(heading, "\n".join(body), [_css()], [], None)


def _legend(texts: list[AnnotatedText]) -> str:
    used = {m.relation for t in texts for m in t.marks}
    items = [
        f'<li><span class="ref rel-{esc(rel)}">{esc(rel)}</span> {esc(s["text"])}</li>'
        for rel, s in RELATION_STYLES.items()
        if rel in used
    ]
    if SELF in used:
        items.append(f'<li><span class="ref rel-SELF">SELF</span> {esc(SELF_STYLE["text"])}</li>')
    return (
        '<ul class="legend">' + "".join(items) + "</ul>"
        '<p class="hint">Hover a highlighted number for its canonical spelling and relation; '
        "click it for its lineage page (when one lies beside this file) or its entry below.</p>"
    )


def _section(n: int, item: AnnotatedText) -> str:
    who = item.identity.number or (
        f"{item.identity.type_name or 'text'} without a number"
        if item.identity.type_name
        else "no number found"
    )
    return (
        f'<section class="source" id="source-{n}"><h2>{esc(item.path)}</h2>'
        f'<p class="meta">Language: {esc(item.language)} · own document: {esc(who)} · '
        f"{len(item.marks)} references</p>"
        f'<pre class="text" id="text-{n}" lang="{esc(item.language)}">{_marked(n, item)}</pre>'
        f"{_table(n, item)}</section>"
    )


def _marked(n: int, item: AnnotatedText) -> str:
    out: list[str] = []
    at = 0
    for i, mark in enumerate(item.marks):
        if mark.start < at:  # overlapping spans: never seen, but the text must stay whole
            continue
        out.append(_text(item.text[at : mark.start]))
        out.append(_mark(n, i, mark, item.text[mark.start : mark.end]))
        at = mark.end
    out.append(_text(item.text[at:]))
    return "".join(out)


def _text(chunk: str) -> str:
    return esc(chunk).replace("\r", "&#13;")


def _hover(mark: Mark) -> str:
    rel = mark.relation
    parts = [mark.canonical]
    if mark.short_form_of:
        parts.append(f"short form of {mark.short_form_of}")
    if rel == SELF:
        parts.append(SELF_STYLE["text"])
    else:
        said = RELATION_STYLES.get(rel, {}).get("text", rel.lower())
        conf = f", {mark.rule} {mark.confidence:.1f}" if mark.confidence is not None else ""
        parts.append(f"{rel}: this text {said} it{conf}")
    if mark.date:
        parts.append(f"dated {mark.date}")
    if mark.target:
        parts.append(f"document {mark.target.key}")
    elif mark.note:
        parts.append(mark.note)
    return " · ".join(parts)


def _mark(n: int, i: int, mark: Mark, surface: str) -> str:
    href = mark.target.lineage if mark.target and mark.target.lineage else f"#ref-{n}-{i}"
    return (
        f'<a class="ref rel-{esc(mark.relation)}" id="mark-{n}-{i}" href="{esc(href)}" '
        f'title="{esc(_hover(mark))}" data-canonical="{esc(mark.canonical)}" '
        f'data-relation="{esc(mark.relation)}" data-start="{mark.start}" data-end="{mark.end}"'
        f">{_text(surface)}</a>"
    )


def _table(n: int, item: AnnotatedText) -> str:
    if not item.marks:
        return '<p class="hint">No numbered reference was found in this text.</p>'
    rows = []
    for i, m in enumerate(item.marks):
        t = m.target
        doc = (
            esc(m.note or "no store given")
            if t is None
            else (
                f"<strong>{esc(t.number or t.key)}</strong>"
                + (f" · {esc(t.date)}" if t.date else "")
                + (f"<br>{esc(t.title)}" if t.title else "")
                + (f'<br><span class="hint">{esc(t.issuer)}</span>' if t.issuer else "")
            )
        )
        links = []
        if t and t.lineage:
            links.append(f'<a href="{esc(t.lineage)}">lineage page</a>')
        if t and t.source:
            links.append(f'<a href="{esc(t.source)}">its text</a>')
        rows.append(
            f'<tr id="ref-{n}-{i}"><td><a href="#mark-{n}-{i}">{i + 1}</a></td>'
            f'<td><span class="ref rel-{esc(m.relation)}">{esc(m.surface)}</span></td>'
            f"<td>{esc(m.canonical)}</td><td>{esc(m.relation)}</td><td>{doc}</td>"
            f"<td>{' · '.join(links)}</td></tr>"
        )
    return (
        '<table class="refs"><thead><tr><th>#</th><th>As written</th><th>Canonical</th>'
        "<th>Relation</th><th>Document</th><th>Links</th></tr></thead>"
        f"<tbody>{''.join(rows)}</tbody></table>"
    )


def _css() -> str:
    rules = [
        f".rel-{rel} {{ background: {s['color']}3d; border-bottom: 2px {_line(s)} {s['color']}; }}"
        for rel, s in RELATION_STYLES.items()
    ]
    rules.append(
        f".rel-SELF {{ background: #0000000f; border-bottom: 2px double {SELF_STYLE['color']}; }}"
    )
    return assets.static_text("annotate.css") + "\n" + "\n".join(rules)


def _line(style: dict) -> str:
    dashes = style["dashes"]
    if not dashes:
        return "solid"
    return "dotted" if dashes[0] <= 3 else "dashed"
