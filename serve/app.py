"""The pages of `vanban serve`: plain functions of the store rendered by Jinja templates.

Flask, because the app is small, read-only and local: a handful of GET routes, templates
with autoescaping (every value from a source is escaped; nothing is marked safe), and a
development server that is enough for one researcher on 127.0.0.1. Every page has a
stable address built from the document key, the province name or the query words, so a
page can be cited. No page loads anything from outside: the style is served from
`static/`, the lineage view inlines vis-network (`viz.lineage_page`), and a
Content-Security-Policy allows nothing else.
"""

from __future__ import annotations

import json
import socket
import threading
import time
from functools import cache
from typing import Any

from flask import Flask, abort, g, redirect, render_template, request, url_for
from werkzeug.serving import BaseWSGIServer, make_server

from ..extract.places import PROVINCES, PROVINCES_2025
from ..queries.backend import Backend
from ..queries.evidence import snippet_parts, with_evidence
from ..queries.gaps import gaps, province_names
from ..queries.library import run
from ..queries.lineage import DEFAULT_RELATIONS, lineage, lookup_spellings
from ..queries.lookup import find_documents, near_numbers
from ..queries.province_report import UnknownProvince, central_coverage, province_report
from ..queries.reports import implementers, stats
from ..viz.build import lineage_view
from ..viz.heatmap import LAG_BANDS, UNDATED, heatmap
from ..viz.page import render_view
from .readonly import write_clause
from .search import Entry, search_documents, search_index

CYPHER_ROWS = 500  # rows the Cypher box shows; the rest are counted
HEATMAP_ROWS = 300  # central documents the heatmap shows, most implemented first
EVIDENCE_WIDTH = 220  # characters of a sentence shown around the mention
EDGES_SHOWN = 200  # links a document page lists (a much-cited law has thousands)
PROVINCE_ROWS = 300  # rows of each table of a province page

# Pages are the app's own markup and style; the lineage view sets its own, stricter,
# policy (its scripts by hash), so this header is not put on it.
PAGE_POLICY = (
    "default-src 'none'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
    "frame-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'self'"
)


def create_app(backend: Backend) -> Flask:
    """The web app over `backend` (open read-only). One request at a time reaches it."""
    app = Flask(__name__)
    lock = threading.Lock()  # the store's connection is used by one request at a time

    app.add_template_filter(_cell, "cell")

    @cache
    def coverage_rows() -> list[dict[str, Any]]:
        # the store does not change under a read-only app: computed once
        return central_coverage(backend)

    @cache
    def documents() -> list[Entry]:
        return search_index(backend)

    @app.before_request
    def _hold() -> None:
        lock.acquire()
        g.holds_lock = True

    @app.teardown_request
    def _release(_error: BaseException | None) -> None:
        if g.pop("holds_lock", False):
            lock.release()

    @app.after_request
    def _secure(response: Any) -> Any:
        if request.endpoint != "lineage_view_page":
            response.headers["Content-Security-Policy"] = PAGE_POLICY
        response.headers["X-Content-Type-Options"] = "nosniff"
        response.headers["Referrer-Policy"] = "no-referrer"
        return response

    @app.get("/")
    def home() -> str:
        counts = {row["kind"]: row["count"] for row in stats(backend)}
        return render_template("home.html", counts=counts)

    @app.get("/search")
    def search() -> str:
        words = request.args.get("q", "").strip()
        found, total = search_documents(documents(), words) if words else ([], 0)
        return render_template("search.html", words=words, found=found, total=total)

    @app.get("/number/<path:number>")
    def by_number(number: str) -> Any:
        rows = find_documents(backend, number)
        if len(rows) == 1:
            return redirect(url_for("document", key=rows[0]["key"]))
        near = [] if rows else near_numbers(backend, number)
        status = 200 if rows else 404
        return render_template("number.html", number=number, rows=rows, near=near), status

    @app.get("/document/<path:key>")
    def document(key: str) -> str:
        found = run(backend, "nodes", keys=[key])
        if not found:
            abort(404, f"no document with the key {key} in the store")
        doc = found[0]
        edges = _evidence(backend, key)
        return render_template(
            "document.html",
            doc=doc,
            edges=edges[:EDGES_SHOWN],
            edges_total=len(edges),
            by_province=implementers(backend, key),
            # which provinces have not implemented it: a question about central documents
            gaps=gaps(backend, key) if doc["level"] == "central" else None,
        )

    @app.get("/lineage/<path:key>")
    def lineage_view_page(key: str) -> Any:
        if not run(backend, "nodes", keys=[key]):
            abort(404, f"no document with the key {key} in the store")
        root = lineage(backend, key)
        view = lineage_view(root, "both", 6, DEFAULT_RELATIONS, lookup_spellings(backend, root))
        return render_view(view), 200, {"Content-Type": "text/html; charset=utf-8"}

    @app.get("/heatmap")
    def heatmap_page() -> str:
        then = request.args.get("then") == "1"
        table = heatmap(coverage_rows(), province_names(then), then, HEATMAP_ROWS)
        undated = UNDATED
        bands = [(label, colour) for _bound, label, colour in LAG_BANDS]
        return render_template("heatmap.html", table=table, then=then, bands=[*bands, undated])

    @app.get("/provinces")
    def provinces() -> str:
        then = request.args.get("then") == "1"
        names = list(PROVINCES if then else PROVINCES_2025)
        counts: dict[str, set[str]] = {n: set() for n in names}
        table = heatmap(coverage_rows(), names, then)
        for row in table.rows:
            for where in row.cells:
                counts[where].add(row.key)
        listed = [(n, len(counts[n])) for n in names]
        return render_template("provinces.html", listed=listed, then=then)

    @app.get("/province/<name>")
    def province(name: str) -> Any:
        then = request.args.get("then") == "1"
        try:
            report = province_report(backend, name, then, coverage_rows())
        except UnknownProvince as error:
            return render_template("unknown_province.html", error=error, name=name), 404
        if report.province != name:  # one address per province, whatever was typed
            return redirect(url_for("province", name=report.province, then=1 if then else None))
        longest = max((r["lag_days"] or 0 for r in report.implemented), default=0)
        return render_template("province.html", report=report, longest=longest, shown=PROVINCE_ROWS)

    @app.get("/cypher")
    def cypher() -> Any:
        text = request.args.get("q", "").strip()
        result: dict[str, Any] = {"columns": [], "rows": [], "total": 0}
        refused = error = None
        seconds = None
        if text:
            refused = write_clause(text)
            if refused is None:
                started = time.perf_counter()
                try:
                    rows = backend.query(text)
                except Exception as failure:  # the engine's own message says what is wrong
                    error = str(failure).strip().splitlines()[0]
                else:
                    seconds = time.perf_counter() - started
                    columns = list(dict.fromkeys(k for r in rows[:CYPHER_ROWS] for k in r))
                    result = {"columns": columns, "rows": rows[:CYPHER_ROWS], "total": len(rows)}
        status = 400 if refused or error else 200
        page = render_template(
            "cypher.html",
            text=text,
            result=result,
            refused=refused,
            error=error,
            seconds=seconds,
            shown=CYPHER_ROWS,
        )
        return page, status

    @app.errorhandler(404)
    def not_found(error: Any) -> Any:
        return render_template("error.html", message=error.description), 404

    return app


def _evidence(backend: Backend, key: str) -> list[dict[str, Any]]:
    """Every edge of document `key`, both ways, with its sentences cut around the
    mention: [{direction, relation, other, other_key, evidence: [{path, before, mention,
    after}]}], incoming first."""
    edges = with_evidence(backend, run(backend, "mentions", key=key))
    ids = sorted({s for e in edges for s in e["sources"] or []})
    paths = {r["id"]: r["path"] for r in run(backend, "sources", ids=ids)} if ids else {}
    out = []
    for edge in edges:
        evidence = []
        for source, surface, sentence in zip(
            edge["sources"] or [], edge["surfaces"] or [], edge["sentences"] or [], strict=False
        ):
            before, mention, after = snippet_parts(sentence or "", surface, EVIDENCE_WIDTH)
            evidence.append(
                {
                    "path": paths.get(source, source),
                    "before": before,
                    "mention": mention,
                    "after": after,
                }
            )
        out.append({**edge, "evidence": evidence})
    order = {"in": 0, "out": 1}
    relation_first = ("IMPLEMENTS", "GUIDES", "CONTINUES", "BASED_ON")
    out.sort(
        key=lambda e: (
            order.get(e["direction"], 2),
            e["relation"] not in relation_first,
            e["relation"],
            e["other"] or "",
        )
    )
    return out


def _cell(value: Any) -> str:
    """A Cypher value as a table cell shows it: lists joined, maps as JSON, null empty."""
    if value is None:
        return ""
    if isinstance(value, list):
        return "; ".join(_cell(v) for v in value)
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False, default=str)
    return str(value)


def serve_until_interrupted(server: BaseWSGIServer) -> None:
    """Serve until Ctrl-C, then free the port."""
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()


def start_server(app: Flask, host: str = "127.0.0.1", port: int = 0) -> BaseWSGIServer:
    """A server for `app` listening on `host`:`port` (0: any free port; the one taken is
    `server.port`), not yet serving. Raises OSError when the address cannot be had (the
    socket is bound here: werkzeug would print its own message and exit instead)."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    listening = socket.create_server((host, port), family=family)
    try:
        return make_server(host, port, app, threaded=True, fd=listening.fileno())
    finally:
        listening.close()  # the server holds its own duplicate of the socket
