"""Stores and texts shared by the view tests (a hostile source), and their own checks."""

from __future__ import annotations

from pathlib import Path

from vanban.graph.model import Document, Edge, Evidence, Graph, Organisation
from vanban.load import load

PWN = "window.__pwned"
HOSTILE_TITLE = f'<script>{PWN}=1</script><img src=x onerror="{PWN}=2">" onmouseover="{PWN}=3" x="'
HOSTILE_TEXT = f"""UỶ BAN NHÂN DÂN TỈNH THANH HÓA
Số: 77/KH-UBND
Thanh Hóa, ngày 05 tháng 3 năm 2024

KẾ HOẠCH
Thực hiện Chỉ thị số 33/2021/CT-TTg <script>{PWN} = 1</script>

Căn cứ Chỉ thị số 33/2021/CT-TTg ngày 26/11/2021 «{HOSTILE_TITLE}»;
Để triển khai thực hiện Chỉ thị số 33/2021/CT-TTg ngày 26/11/2021 của Thủ tướng Chính phủ về \
<b onmouseover="{PWN}=4">tiếp tục tăng cường</b> " onmouseover=alert(1) ", Ủy ban nhân dân \
tỉnh ban hành Kế hoạch thực hiện như sau.
"""
# Names from sources: organisation names and provinces reach the page too.
HOSTILE_NAME = f'"><svg onload="{PWN}=5">" onmouseover="{PWN}=6'


def build_store(sources: list[Path], db: Path) -> Path:
    load(sources, db, jobs=1)
    return db


def hostile_graph() -> Graph:
    """A graph whose every shown string carries markup."""
    g = Graph()
    g.documents["a"] = Document(
        key="a",
        number="1/QĐ-UBND",
        lookup=["1/QD-UBND"],
        type_code="QĐ",
        level="provincial",
        province=HOSTILE_NAME,
        title=HOSTILE_TITLE,
        date="2024-01-02",
    )
    g.documents["b"] = Document(
        key="b",
        number="33/2021/CT-TTg",
        lookup=["33/CT-TTG", "33/2021/CT-TTG"],
        type_code="CT",
        level="central",
        title=HOSTILE_TITLE,
        date="2021-11-26",
    )
    g.organisations["org:x"] = Organisation(key="org:x", name=HOSTILE_NAME, level="provincial")
    ev = Evidence("src1", 0, 5, "33/2021/CT-TTg", HOSTILE_TITLE, "vi", 0.9, "cue")
    g.edges[("a", "IMPLEMENTS", "b")] = Edge("a", "IMPLEMENTS", "b", [ev])
    g.edges[("a", "ISSUED_BY", "org:x")] = Edge("a", "ISSUED_BY", "org:x", [ev])
    return g


def test_hostile_title_reaches_the_store(tmp_path: Path) -> None:
    """The hostile text really puts markup into a stored title and evidence sentences."""
    from vanban.store.read_graph import read_graph

    file = tmp_path / "hostile.txt"
    file.write_text(HOSTILE_TEXT, "utf-8")
    graph = read_graph(build_store([file], tmp_path / "h.db"))
    assert graph.documents["33/CT-TTg@2021"].title == HOSTILE_TITLE
    sentences = [ev.sentence for e in graph.edges.values() for ev in e.evidence]
    assert any("<script>" in s and "onmouseover" in s for s in sentences)
