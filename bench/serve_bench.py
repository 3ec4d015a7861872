"""`vanban serve` page times on a synthetic store (issue 13).

    python -m bench.serve_bench --docs 2000

Loads `--docs` synthetic documents (bench/synth.py's writer, as the load benchmark does;
10,000 at most on a shared machine) into a store, opens the app on it read-only and asks
for pages through Flask's test client (rendering included, no network): the median time
of the document page over the most implemented documents and a sample of others, the
heatmap (first request, which computes the coverage, and later ones, which reuse it),
a search and a province page. Figures are for this machine and run; nothing is asserted.
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import time
from pathlib import Path
from urllib.parse import quote

from bench.load_bench import OUT, texts_of, write_documents

MAX_DOCS = 10_000


def timed(client, url: str) -> float:
    started = time.perf_counter()
    response = client.get(url)
    seconds = time.perf_counter() - started
    if response.status_code != 200:
        raise RuntimeError(f"{url}: status {response.status_code}")
    return seconds


def build(count: int) -> Path:
    from vanban.load import load

    db = OUT / f"serve-store-{count}.db"
    if not db.exists():
        load(texts_of(write_documents(count)), db)
    return db


def measure(count: int, pages: int, seed: int = 3) -> dict:
    from vanban.queries.backend import EmbeddedBackend
    from vanban.queries.library import run
    from vanban.serve import create_app

    db = build(count)
    with EmbeddedBackend.open(db) as backend:
        client = create_app(backend).test_client()
        top = run(backend, "most_implemented", limit=pages // 2)
        keys = [
            backend.query(
                "MATCH (d:Document) WHERE d.number = $n RETURN d.key AS k LIMIT 1",
                {"n": row["document"]},
            )[0]["k"]
            for row in top
        ]
        every = [r["key"] for r in backend.query("MATCH (d:Document) RETURN d.key AS key")]
        keys += random.Random(seed).sample(every, min(len(every), pages - len(keys)))
        document_s = [timed(client, "/document/" + quote(k)) for k in keys]
        heat_first = timed(client, "/heatmap")
        heat_again = statistics.median(timed(client, "/heatmap") for _ in range(3))
        search_s = statistics.median(
            timed(client, "/search?q=" + quote("dân vận")) for _ in range(3)
        )
        province_s = statistics.median(
            timed(client, "/province/" + quote("Hà Nội")) for _ in range(3)
        )
        documents = backend.query("MATCH (d:Document) RETURN count(d) AS n")[0]["n"]
    return {
        "documents_in": count,
        "graph_documents": documents,
        "document_pages": len(document_s),
        "document_page_median_ms": round(statistics.median(document_s) * 1000, 1),
        "document_page_max_ms": round(max(document_s) * 1000, 1),
        "heatmap_first_ms": round(heat_first * 1000, 1),
        "heatmap_again_ms": round(heat_again * 1000, 1),
        "search_ms": round(search_s * 1000, 1),
        "province_page_ms": round(province_s * 1000, 1),
    }


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=2000, help=f"documents (at most {MAX_DOCS})")
    parser.add_argument("--pages", type=int, default=40, help="document pages to time")
    args = parser.parse_args(argv)
    if not 1 <= args.docs <= MAX_DOCS:
        parser.error(f"--docs must be between 1 and {MAX_DOCS} on this shared machine")
    result = measure(args.docs, args.pages)
    print(json.dumps(result, indent=1))
    (OUT / "serve.json").write_text(json.dumps(result, indent=1))
    print(f"written {OUT / 'serve.json'}")


if __name__ == "__main__":
    main()
