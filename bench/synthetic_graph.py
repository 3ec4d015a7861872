"""A deterministic synthetic `Graph` of any size, for push benchmarks and smoke tests.

Documents of a few central issuers and many provincial ones, each implementing one to
three earlier documents and citing one, issued by an organisation, every edge with one
or two pieces of evidence. The text is plain Vietnamese without apostrophes or
backslashes (FalkorDB's Bolt layer pastes parameters into the query as text).
"""

from __future__ import annotations

import random

from vanban.graph.model import Document, Evidence, Graph, Organisation

PROVINCES = ("Thanh Hóa", "Lâm Đồng", "Bắc Giang", "Nghệ An", "Hà Tĩnh", "Sơn La")
TYPES = (("KH", "Kế hoạch"), ("QĐ", "Quyết định"), ("CT", "Chỉ thị"), ("NQ", "Nghị quyết"))
CUES = ("thực hiện", "triển khai", "quán triệt", "cụ thể hóa")


def _organisations(graph: Graph) -> list[str]:
    keys = []
    for name, code in (("Thủ tướng Chính phủ", "ttg"), ("Chính phủ", "cp")):
        key = f"org:{code}"
        graph.organisations[key] = Organisation(key, name, level="central", kind="state")
        keys.append(key)
    for province in PROVINCES:
        key = f"org:ubnd:{province.lower().replace(' ', '-')}"
        graph.organisations[key] = Organisation(
            key,
            f"Ủy ban nhân dân tỉnh {province}",
            level="provincial",
            province=province,
            province_today=province,
            kind="state",
        )
        keys.append(key)
    return keys


def _evidence(rng: random.Random, source: str, surface: str, relation: str) -> Evidence:
    start = rng.randrange(0, 20_000)
    cue = rng.choice(CUES) if relation != "CITES" else "theo"
    sentence = f"Ủy ban nhân dân tỉnh {cue} văn bản số {surface} về công tác dân vận năm nay."
    return Evidence(source, start, start + len(surface), surface, sentence, "vi", 0.9, "cue")


def synthetic_graph(documents: int, seed: int = 1) -> Graph:
    """About `documents` documents, a tenth of that in organisations' edges, three to
    five edges per document."""
    rng = random.Random(seed)
    graph = Graph()
    orgs = _organisations(graph)
    keys: list[str] = []
    for i in range(documents):
        central = i % 10 == 0
        code, name = TYPES[i % len(TYPES)]
        year = 2015 + i % 10
        province = None if central else PROVINCES[i % len(PROVINCES)]
        issuer = "TTg" if central else "UBND"
        number = f"{i + 1}/{code}-{issuer}"
        key = f"{number}@{year}" + (f"@{province}" if province else "")
        graph.documents[key] = Document(
            key=key,
            number=number,
            aliases=[number, f"{i + 1}/{year}/{code}-{issuer}"],
            lookup=[number.upper().replace("Đ", "D")],
            family="state",
            type_code=code,
            type_name=name,
            issuer_code=issuer,
            issuers=[issuer],
            year=year,
            period=str(year),
            date=f"{year}-{1 + i % 12:02d}-{1 + i % 28:02d}",
            level="central" if central else "provincial",
            province=province,
            province_today=province,
            title=f"{name} về tăng cường công tác dân vận số {i + 1}",
            has_text=True,
            mentions=rng.randrange(0, 5),
        )
        source = f"src{i:07d}"
        org = orgs[0] if central else orgs[2 + PROVINCES.index(province or PROVINCES[0])]
        graph.add_edge(key, "ISSUED_BY", org, _evidence(rng, source, number, "ISSUED_BY"))
        for target in rng.sample(keys[-200:], min(len(keys), rng.randint(1, 3))):
            surface = graph.documents[target].number or target
            for _ in range(rng.randint(1, 2)):
                graph.add_edge(key, "IMPLEMENTS", target, _evidence(rng, source, surface, "IMP"))
        if keys:
            target = rng.choice(keys)
            surface = graph.documents[target].number or target
            graph.add_edge(key, "CITES", target, _evidence(rng, source, surface, "CITES"))
        keys.append(key)
    return graph
