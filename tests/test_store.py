"""Tests for the embedded store (vanban.store), on a real LadybugDB (no mocks)."""

from __future__ import annotations

import datetime
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path
from typing import Any

import ladybug
import pyarrow as pa
import pytest

from vanban.store import (
    NotAStoreError,
    Schema,
    StoreBusyError,
    StoreError,
    StoreInputError,
    StoreNotFoundError,
    StoreQueryError,
    StoreVerificationError,
    build_store,
    open_store,
    read_table,
)
from vanban.store.build import _prepare, _verify
from vanban.store.files import build_lock

SCHEMA = Schema(
    nodes={
        "Doc": (
            [
                ("id", "STRING"),
                ("title", "STRING"),
                ("issued", "DATE"),
                ("number", "INT64"),
                ("tags", "STRING[]"),
                ("in_force", "BOOLEAN"),
            ],
            "id",
        ),
        "Org": ([("code", "STRING"), ("name", "STRING")], "code"),
    },
    rels={
        "Mentions": ([("kind", "STRING"), ("weight", "INT64")], [("Doc", "Doc"), ("Org", "Doc")])
    },
    version=7,
)

DOCS = pa.table(
    {
        "id": ["01/2024/NĐ-CP", "Nghị quyết 18-NQ/TW", "d'Arc\nline", "Luật số 5"],
        "title": [
            "Nghị định quy định chi tiết Luật Đất đai",
            "Về một số vấn đề tiếp tục đổi mới, sắp xếp tổ chức bộ máy",
            "tiêu đề có 'nháy đơn' và\nxuống dòng",
            None,
        ],
        "issued": [
            datetime.date(2024, 1, 5),
            datetime.date(2017, 10, 25),
            None,
            datetime.date(1945, 9, 2),
        ],
        "number": [1, 18, None, -5],
        "tags": [["đất đai", "nghị định"], [], None, ["luật"]],
        "in_force": [True, False, None, True],
    }
)
ORGS = pa.table({"code": ["BCT", "CP"], "name": ["Bộ Chính trị", "Chính phủ"]})
MENTIONS = pa.table(
    {
        "from": ["01/2024/NĐ-CP", "01/2024/NĐ-CP", "BCT", "CP", "Luật số 5"],
        "to": [
            "Luật số 5",
            "Nghị quyết 18-NQ/TW",
            "Nghị quyết 18-NQ/TW",
            "01/2024/NĐ-CP",
            "Luật số 5",
        ],
        "kind": ["implements", "cites", "issues", "issues", "self'\nloop"],
        "weight": [1, 2, 3, None, 5],
        "from_table": ["Doc", "Doc", "Org", "Org", "Doc"],
        "to_table": ["Doc", "Doc", "Doc", "Doc", "Doc"],
    }
)

REL_QUERY = (
    "MATCH (a)-[m:Mentions]->(b) RETURN label(a) AS from_table, "
    "coalesce(a.id, a.code) AS from, label(b) AS to_table, b.id AS to, m.kind AS kind, "
    "m.weight AS weight"
)


def build_small(path: Path, docs: pa.Table = DOCS, mentions: pa.Table = MENTIONS):
    return build_store(path, SCHEMA, {"Doc": docs, "Org": ORGS}, {"Mentions": mentions})


def rel_rows(path: Path) -> list[tuple]:
    with open_store(path) as store:
        rows = store.query(REL_QUERY)
    return sorted(
        (r["from_table"], r["from"], r["to_table"], r["to"], r["kind"], r["weight"]) for r in rows
    )


def expected_rel_rows(mentions: pa.Table) -> list[tuple]:
    return sorted(
        (r["from_table"], r["from"], r["to_table"], r["to"], r["kind"], r["weight"])
        for r in mentions.to_pylist()
    )


def assert_small_store(path: Path, docs: pa.Table = DOCS, mentions: pa.Table = MENTIONS) -> None:
    assert read_table(path, "Doc").equals(docs.sort_by("id"))
    assert read_table(path, "Org").equals(ORGS.sort_by("code"))
    assert rel_rows(path) == expected_rel_rows(mentions)


def building_leftovers(path: Path) -> list[str]:
    return sorted(p.name for p in path.parent.iterdir() if ".building-" in p.name)


def test_build_and_read_back_exactly(tmp_path: Path) -> None:
    path = tmp_path / "vanban.db"
    steps: list[tuple[str, int]] = []
    report = build_store(
        path,
        SCHEMA,
        {"Doc": DOCS, "Org": ORGS},
        {"Mentions": MENTIONS},
        progress=lambda step, rows: steps.append((step, rows)),
    )
    assert report.node_counts == {"Doc": 4, "Org": 2}
    assert report.rel_counts == {"Mentions": 5}
    assert report.size_bytes == path.stat().st_size > 0
    assert ("copy node Doc", 4) in steps and ("copy rel Mentions Org->Doc", 2) in steps
    assert steps[-1] == ("swap", 0)
    # one file, no WAL or other sidecar, no leftovers
    assert sorted(p.name for p in tmp_path.iterdir()) == ["vanban.db"]

    assert_small_store(path)
    with open_store(path) as store:
        assert store.meta.schema_version == 7
        assert store.meta.schema.to_json() == SCHEMA.to_json()
        assert store.meta.built_at == report.built_at
        rows = store.query(
            "MATCH (d:Doc) WHERE d.id = $id RETURN d.title AS title, d.tags AS tags",
            {"id": "d'Arc\nline"},
        )
        assert rows == [{"title": "tiêu đề có 'nháy đơn' và\nxuống dòng", "tags": None}]
        counts = store.query_arrow(
            "MATCH (:Org)-[m:Mentions]->(:Doc) RETURN m.kind AS kind, count(*) AS n"
        )
        assert counts.to_pylist() == [{"kind": "issues", "n": 2}]
        # columns come back in schema order whatever order they were given in
        shuffled = store.read_table("Doc", sort_by_key=False)
        assert shuffled.column_names == [c for c, _ in SCHEMA.nodes["Doc"][0]]
        with pytest.raises(StoreQueryError):
            store.query("MATCH (d:Nope) RETURN d")
        with pytest.raises(StoreError, match="not a node table"):
            store.read_table("Mentions")


def test_columns_in_any_order_and_castable_types(tmp_path: Path) -> None:
    path = tmp_path / "v.db"
    docs = DOCS.select(["in_force", "tags", "id", "number", "issued", "title"])
    docs = docs.set_column(3, "number", docs.column("number").cast(pa.int32()))
    docs = docs.set_column(2, "id", docs.column("id").cast(pa.large_string()))
    single = Schema(nodes=SCHEMA.nodes, rels={"Cites": ([], [("Doc", "Doc")])})
    cites = pa.table({"to": ["Luật số 5"], "from": ["d'Arc\nline"]})
    build_store(path, single, {"Doc": docs, "Org": ORGS}, {"Cites": cites})
    assert read_table(path, "Doc").equals(DOCS.sort_by("id"))
    with open_store(path) as store:
        assert store.query("MATCH (a:Doc)-[:Cites]->(b:Doc) RETURN a.id AS a, b.id AS b") == [
            {"a": "d'Arc\nline", "b": "Luật số 5"}
        ]


def test_rebuild_replaces(tmp_path: Path) -> None:
    path = tmp_path / "vanban.db"
    build_small(path)
    docs2 = DOCS.slice(0, 2)
    mentions2 = MENTIONS.slice(1, 3)
    build_small(path, docs2, mentions2)
    assert_small_store(path, docs2, mentions2)
    assert building_leftovers(path) == []


def test_reader_keeps_its_snapshot_during_rebuild(tmp_path: Path) -> None:
    path = tmp_path / "vanban.db"
    build_small(path)
    with open_store(path) as old_reader:
        build_small(path, DOCS.slice(0, 1), MENTIONS.slice(0, 0))
        assert old_reader.query("MATCH (d:Doc) RETURN count(d) AS n") == [{"n": 4}]
    assert read_table(path, "Doc").num_rows == 1


def test_missing_endpoint_fails_and_keeps_old_store(tmp_path: Path) -> None:
    path = tmp_path / "vanban.db"
    build_small(path)
    before = path.read_bytes()
    bad = pa.concat_tables(
        [
            MENTIONS,
            pa.table(
                {
                    "from": ["BCT"],
                    "to": ["Nghị quyết 99-NQ/TW"],
                    "kind": ["cites"],
                    "weight": [1],
                    "from_table": ["Org"],
                    "to_table": ["Doc"],
                }
            ),
        ]
    )
    with pytest.raises(StoreVerificationError, match="Nghị quyết 99-NQ/TW") as caught:
        build_small(path, DOCS, bad)
    assert caught.value.table == "Mentions"
    assert caught.value.missing == ["Nghị quyết 99-NQ/TW"]
    assert path.read_bytes() == before
    assert_small_store(path)
    assert building_leftovers(path) == []


@pytest.mark.parametrize(
    ("docs", "mentions", "error", "text"),
    [
        (DOCS.drop_columns(["tags"]), MENTIONS, StoreInputError, "missing \\['tags'\\]"),
        (DOCS.append_column("extra", pa.array([1, 2, 3, 4])), MENTIONS, StoreInputError, "extra"),
        (pa.concat_tables([DOCS, DOCS.slice(1, 1)]), MENTIONS, StoreVerificationError, "18-NQ"),
        (DOCS, MENTIONS.drop_columns(["from_table"]), StoreInputError, "from_table"),
        (
            DOCS,
            MENTIONS.set_column(5, "to_table", pa.array(["Doc", "Doc", "Doc", "Org", "Doc"])),
            StoreVerificationError,
            "Org->Org",
        ),
        (
            DOCS.set_column(3, "number", pa.array(["1", "x", None, "4"])),
            MENTIONS,
            StoreInputError,
            "number",
        ),
    ],
)
def test_bad_input_raises_and_keeps_old_store(
    tmp_path: Path, docs: pa.Table, mentions: pa.Table, error: type[Exception], text: str
) -> None:
    path = tmp_path / "vanban.db"
    build_small(path)
    with pytest.raises(error, match=text):
        build_small(path, docs, mentions)
    assert_small_store(path)
    assert building_leftovers(path) == []


def test_verification_after_load_names_missing_keys(tmp_path: Path) -> None:
    """The post-load check itself, run against a real database lacking a key."""
    path = tmp_path / "vanban.db"
    build_small(path)
    more = pa.concat_tables([DOCS, DOCS.slice(0, 1).set_column(0, "id", pa.array(["ghost"]))])
    prepared = _prepare(SCHEMA, {"Doc": more, "Org": ORGS}, {"Mentions": MENTIONS})
    with open_store(path) as store:
        built_at = store.meta.built_at
    with pytest.raises(StoreVerificationError, match="ghost") as caught:
        _verify(path, SCHEMA, prepared, built_at, lambda _s, _n: None)
    assert caught.value.table == "Doc" and caught.value.missing == ["ghost"]


@pytest.mark.parametrize(
    "schema",
    [
        Schema(nodes={"Bad Name": ([("id", "STRING")], "id")}),
        Schema(nodes={"Meta": ([("id", "STRING")], "id")}),
        Schema(nodes={"A": ([("id", "STRING")], "key")}),
        Schema(nodes={"A": ([("id", "STRING); DROP TABLE x; //")], "id")}),
        Schema(nodes={"A": ([("id", "STRING")], "id")}, rels={"R": ([], [("A", "B")])}),
        Schema(
            nodes={"A": ([("id", "STRING")], "id")},
            rels={"R": ([("from", "STRING")], [("A", "A")])},
        ),
    ],
)
def test_bad_schema(tmp_path: Path, schema: Schema) -> None:
    with pytest.raises(StoreInputError):
        build_store(tmp_path / "v.db", schema, {}, {})
    assert not (tmp_path / "v.db").exists()


def test_open_non_store_paths(tmp_path: Path) -> None:
    with pytest.raises(StoreNotFoundError, match="no store"):
        open_store(tmp_path / "absent.db")
    with pytest.raises(NotAStoreError, match="directory"):
        open_store(tmp_path)
    text = tmp_path / "notes.db"
    text.write_text("không phải cơ sở dữ liệu")
    with pytest.raises(NotAStoreError, match="not a LadybugDB file"):
        read_table(text, "Doc")
    # build_store refuses to overwrite it
    with pytest.raises(NotAStoreError):
        build_small(text)
    assert text.read_text() == "không phải cơ sở dữ liệu"
    # a LadybugDB database that is not a vanban store
    other = tmp_path / "other.db"
    db = ladybug.Database(str(other))
    conn = ladybug.Connection(db)
    conn.execute("CREATE NODE TABLE T(id INT64, PRIMARY KEY(id))")
    conn.close()
    db.close()
    with pytest.raises(NotAStoreError, match="not a vanban store"):
        open_store(other)


def test_concurrent_build_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "vanban.db"
    build_small(path)
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys\nfrom vanban.store import build_lock\n"
            f"with build_lock({str(path)!r}):\n    print('held', flush=True)\n    sys.stdin.read()",
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline() == "held\n"
        with pytest.raises(StoreBusyError, match=f"another build.*pid {holder.pid}"):
            build_small(path, DOCS.slice(0, 1), MENTIONS.slice(0, 0))
    finally:
        holder.communicate("")
    assert_small_store(path)
    # The holder deleted its lock file on release; a build now goes ahead.
    assert not (tmp_path / "vanban.db.build.lock").exists()
    build_small(path)


def test_build_lock_is_reentrant_in_one_process(tmp_path: Path) -> None:
    path = tmp_path / "vanban.db"
    with build_lock(path):
        build_small(path)  # takes the same lock inside
        assert (tmp_path / "vanban.db.build.lock").exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["vanban.db"]


def test_pending_wal_of_old_store_never_meets_new_file(tmp_path: Path) -> None:
    """A writer that died with committed data in the old store's WAL: the rebuild settles
    and replaces the old store, and the new file opens alone with only its own data."""
    path = tmp_path / "vanban.db"
    build_small(path)
    script = textwrap.dedent(
        f"""
        import os, ladybug
        db = ladybug.Database({str(path)!r})
        conn = ladybug.Connection(db)
        conn.execute("CREATE (:Org {{code: 'WAL', name: 'only in the wal'}})")
        os._exit(0)
        """
    )
    subprocess.run([sys.executable, "-c", script], check=True)
    assert (tmp_path / "vanban.db.wal").exists()
    build_small(path, DOCS, MENTIONS.slice(0, 2))
    assert not (tmp_path / "vanban.db.wal").exists()
    assert_small_store(path, DOCS, MENTIONS.slice(0, 2))


def test_foreign_wal_next_to_old_store_is_dropped(tmp_path: Path) -> None:
    """A WAL of another database lying next to the store (ladybug refuses to open the
    store with it) does not survive the swap."""
    path = tmp_path / "vanban.db"
    build_small(path)
    other = tmp_path / "other.db"
    script = textwrap.dedent(
        f"""
        import os, ladybug
        conn = ladybug.Connection(ladybug.Database({str(other)!r}))
        conn.execute("CREATE NODE TABLE T(id INT64, PRIMARY KEY(id))")
        os._exit(0)
        """
    )
    subprocess.run([sys.executable, "-c", script], check=True)
    (tmp_path / "vanban.db.wal").write_bytes((tmp_path / "other.db.wal").read_bytes())
    with pytest.raises(StoreError, match="Database ID"):
        open_store(path)
    build_small(path, DOCS.slice(0, 2), MENTIONS.slice(1, 2))
    assert not (tmp_path / "vanban.db.wal").exists()
    assert_small_store(path, DOCS.slice(0, 2), MENTIONS.slice(1, 2))


KILL_CHILD = textwrap.dedent(
    """
    import sys
    import pyarrow as pa
    from vanban.store import Schema, build_store

    n = 300_000
    ids = pa.array([f"VB-{i:07d}/NĐ-CP" for i in range(n)])
    schema = Schema(
        nodes={"Doc": ([("id", "STRING"), ("title", "STRING"), ("tags", "STRING[]")], "id"),
               "Org": ([("code", "STRING"), ("name", "STRING")], "code")},
        rels={"Mentions": ([("kind", "STRING"), ("weight", "INT64")],
                           [("Doc", "Doc"), ("Org", "Doc")])},
    )
    docs = pa.table({
        "id": ids,
        "title": pa.array([f"Nghị định số {i} về quản lý" for i in range(n)]),
        "tags": pa.array([["luật", "đất đai"]] * n),
    })
    rels = pa.table({
        "from": pa.concat_arrays([ids, ids, ids]),
        "to": pa.concat_arrays([ids.slice(1), ids.slice(0, 1), ids.slice(2), ids.slice(0, 2), ids]),
        "kind": pa.array(["cites"] * (3 * n)),
        "weight": pa.array(range(3 * n)),
        "from_table": pa.array(["Doc"] * (3 * n)),
        "to_table": pa.array(["Doc"] * (3 * n)),
    })
    orgs = pa.table({"code": pa.array([], pa.string()), "name": pa.array([], pa.string())})

    def progress(step, rows):
        print(step, rows, flush=True)

    build_store(sys.argv[1], schema, {"Doc": docs, "Org": orgs}, {"Mentions": rels}, progress)
    print("done", flush=True)
    """
)


@pytest.mark.parametrize("kill_at", ["copy node Doc", "copy rel Mentions", "verify node Doc"])
def test_sigkill_during_big_build_keeps_old_store(tmp_path: Path, kill_at: str) -> None:
    path = tmp_path / "vanban.db"
    build_small(path)
    before = path.read_bytes()
    child = subprocess.Popen(
        [sys.executable, "-c", KILL_CHILD, str(path)], stdout=subprocess.PIPE, text=True
    )
    assert child.stdout is not None
    seen = []
    for line in child.stdout:
        seen.append(line.strip())
        if line.startswith(kill_at):
            time.sleep(0.05)  # well inside the step (each takes about a second)
            child.send_signal(signal.SIGKILL)
            break
    child.wait(timeout=60)
    assert child.returncode == -signal.SIGKILL, seen
    assert "done" not in seen and "swap 0" not in seen

    assert path.read_bytes() == before
    assert not (tmp_path / "vanban.db.wal").exists()
    assert_small_store(path)
    leftovers = building_leftovers(path)
    assert f"vanban.db.building-{child.pid}" in leftovers

    report = build_small(path, DOCS.slice(0, 2), MENTIONS.slice(1, 2))
    assert f"vanban.db.building-{child.pid}" in report.removed_leftovers
    assert building_leftovers(path) == []
    assert_small_store(path, DOCS.slice(0, 2), MENTIONS.slice(1, 2))


def test_empty_tables(tmp_path: Path) -> None:
    path = tmp_path / "empty.db"
    empty_docs = DOCS.slice(0, 0)
    build_store(
        path,
        SCHEMA,
        {"Doc": empty_docs, "Org": ORGS.slice(0, 0)},
        {"Mentions": MENTIONS.slice(0, 0)},
    )
    assert read_table(path, "Doc").equals(empty_docs)
    assert rel_rows(path) == []


def _build_small_store(path: Path, rels: Any, steps: list[str]) -> None:
    """The small store, its rels given as `rels`, each step of the build noted in `steps`."""
    report = build_store(
        path, SCHEMA, {"Doc": DOCS, "Org": ORGS}, rels, lambda step, _rows: steps.append(step)
    )
    assert_small_store(path)
    assert report.rel_counts == {"Mentions": MENTIONS.num_rows}


def test_rels_given_as_a_call_are_asked_for_once_the_nodes_are_in(tmp_path: Path) -> None:
    path = tmp_path / "later.db"
    steps: list[str] = []

    def rels() -> dict[str, pa.Table]:
        steps.append("rels asked for")
        return {"Mentions": MENTIONS}

    _build_small_store(path, rels, steps)
    asked = steps.index("rels asked for")
    assert asked > max(i for i, s in enumerate(steps) if s.startswith("copy node"))
    assert asked < min(i for i, s in enumerate(steps) if s.startswith("copy rel"))


def test_a_node_table_no_rel_ends_at_can_be_copied_after_the_rels(tmp_path: Path) -> None:
    """A whole load copies its largest node table (Source) after the rels, once the
    resolver's state is written and let go; a table a rel ends at cannot wait."""
    schema = Schema(
        nodes={**SCHEMA.nodes, "Note": ([("id", "STRING"), ("text", "STRING")], "id")},
        rels=SCHEMA.rels,
        version=SCHEMA.version,
    )
    notes = pa.table({"id": ["a", "b"], "text": ["x" * 100, "y"]})
    steps: list[str] = []
    path = tmp_path / "last.db"
    build_store(
        path, schema, {"Doc": DOCS, "Org": ORGS, "Note": notes}, lambda: {"Mentions": MENTIONS},
        lambda step, _rows: steps.append(step), copy_last=["Note"],
    )  # fmt: skip
    copies = [s for s in steps if s.startswith("copy")]
    assert copies[-1] == "copy node Note"
    assert copies.index("copy node Note") > max(
        i for i, s in enumerate(copies) if s.startswith("copy rel")
    )
    # on the database closed once the rels are in (what it held of them let go) and opened
    # again
    last_rel = max(i for i, s in enumerate(steps) if s.startswith("copy rel"))
    assert "close" in steps[last_rel : steps.index("copy node Note")]
    assert read_table(path, "Note").sort_by("id").equals(notes)
    assert_small_store(path)
    with pytest.raises(StoreInputError, match="cannot end one"):
        build_store(
            tmp_path / "refused.db", SCHEMA, {"Doc": DOCS, "Org": ORGS},
            {"Mentions": MENTIONS}, copy_last=["Org"],
        )  # fmt: skip
    assert not (tmp_path / "refused.db").exists()


def test_each_rel_table_given_as_a_call_is_asked_for_just_before_its_copy(
    tmp_path: Path,
) -> None:
    path = tmp_path / "each.db"
    steps: list[str] = []

    def mentions() -> pa.Table:
        steps.append("Mentions asked for")
        return MENTIONS

    def rels() -> dict[str, Any]:
        steps.append("rels asked for")
        return {"Mentions": mentions}

    _build_small_store(path, rels, steps)
    asked = steps.index("Mentions asked for")
    assert steps.index("rels asked for") < asked
    assert asked < min(i for i, s in enumerate(steps) if s.startswith("copy rel Mentions"))

    def broken() -> pa.Table:
        raise RuntimeError("the Mentions table could not be made")

    with pytest.raises(RuntimeError, match="could not be made"):
        build_store(
            path, SCHEMA, {"Doc": DOCS.slice(0, 2), "Org": ORGS}, lambda: {"Mentions": broken}
        )
    assert_small_store(path)
    assert building_leftovers(path) == []


def test_a_failing_call_for_the_rels_leaves_the_store_as_it_was(tmp_path: Path) -> None:
    path = tmp_path / "later.db"
    build_small(path)

    def broken() -> dict[str, pa.Table]:
        raise RuntimeError("the rel tables could not be made")

    other = DOCS.slice(0, 2)
    with pytest.raises(RuntimeError, match="could not be made"):
        build_store(path, SCHEMA, {"Doc": other, "Org": ORGS}, broken)
    assert_small_store(path)
    assert building_leftovers(path) == []
    # a call that gives tables of another shape is refused as given tables are
    with pytest.raises(StoreInputError):
        build_store(path, SCHEMA, {"Doc": other, "Org": ORGS}, lambda: {})
    assert_small_store(path)


def test_tables_handed_over_are_freed_once_copied(tmp_path: Path) -> None:
    """With `hand_over`, the build keeps of a table once copied only what its check reads
    (a node table's keys, a rel table's row count), and no connection keeps its Arrow
    data: once the nodes are copied, and again at the close, the buffers left are the keys'."""
    count = 20_000
    ids = [f"{i}/2024/NĐ-CP" for i in range(count)]

    def docs() -> pa.Table:
        return pa.table(
            {
                "id": ids,
                "title": [f"Nghị định {i} quy định chi tiết " * 8 for i in range(count)],
                "issued": pa.array([None] * count, pa.date32()),
                "number": list(range(count)),
                "tags": [["đất đai", "nghị định"]] * count,
                "in_force": [True] * count,
            }
        )

    def mentions() -> pa.Table:
        return pa.table(
            {
                "from": ids[1:],
                "to": ids[:-1],
                "kind": ["cites because " * 20] * (count - 1),
                "weight": list(range(count - 1)),
                "from_table": ["Doc"] * (count - 1),
                "to_table": ["Doc"] * (count - 1),
            }
        )

    before = pa.total_allocated_bytes()
    nodes = {"Doc": docs(), "Org": ORGS}
    given = pa.total_allocated_bytes() - before
    left: dict[str, int] = {}

    def note(step: str, _rows: int) -> None:
        if step in ("wait for rels", "close"):
            left[step] = pa.total_allocated_bytes() - before

    path = tmp_path / "handed.db"
    report = build_store(path, SCHEMA, nodes, lambda: {"Mentions": mentions}, note, hand_over=True)
    assert nodes == {}
    assert left["wait for rels"] < 0.1 * given
    assert left["close"] < 0.1 * given
    assert report.node_counts == {"Doc": count, "Org": ORGS.num_rows}
    assert report.rel_counts == {"Mentions": count - 1}
    assert read_table(path, "Doc").equals(docs().sort_by("id"))
