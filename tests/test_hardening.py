"""Every fault of issue 12 (a hostile trial of vanban), each as a test that failed before.

The numbers in the test names are the items of the issue. Items 8 (long lines) and 9
(secrets in Bolt URIs) belong to other modules and are tested there.
"""

from __future__ import annotations

import contextlib
import json
import os
import random
import re
import shutil
import signal
import subprocess
import sys
import time
import zipfile
from collections.abc import Iterator
from pathlib import Path

import docx
import pytest

from vanban.loaders import Skipped, Source, read_path
from vanban.queries.backend import EmbeddedBackend
from vanban.queries.reports import stats
from vanban.store import read_table
from vanban.store.graph_tables import unpack_facts

REPO = Path(__file__).resolve().parents[1]
EXAMPLES = REPO / "examples" / "corpus"
STAGE_FOLDERS = (
    "vanban",
    "loaders",
    "extract",
    "graph",
    "store",
    "queries",
    "export",
    "viz",
    "serve",
)


def run_vanban(*args: str | Path, env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "vanban", *map(str, args)],
        capture_output=True,
        text=True,
        env={**os.environ, **(env or {})},
    )


def start_vanban(*args: str | Path, **popen: object) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "vanban", *map(str, args)], **popen)


def plan_text(number: int, extra: str = "") -> str:
    """A short provincial plan implementing Directive 33/CT-TTg, numbered `number`."""
    return (
        "ỦY BAN NHÂN DÂN TỈNH THANH HÓA\n"
        f"Số: {number}/KH-UBND\n"
        "KẾ HOẠCH\n"
        f"Thực hiện Chỉ thị số 33/CT-TTg ngày 26/11/2021 của Thủ tướng Chính phủ. {extra}\n"
    )


def stored_paths(db: Path) -> set[str]:
    return {p for row in read_table(db, "Source").to_pylist() for p in row["paths"]}


def write_docx(path: Path, paragraphs: list[str]) -> None:
    document = docx.Document()
    for text in paragraphs:
        document.add_paragraph(text)
    document.save(str(path))


def write_docx_bomb(path: Path, mib: int) -> None:
    """A valid .docx whose document.xml unpacks to about `mib` MiB (it zips to little)."""
    small = path.with_name("small-for-bomb.docx")
    write_docx(small, [plan_text(1)])
    paragraph = b"<w:p><w:r><w:t>" + b"a" * 1000 + b"</w:t></w:r></w:p>"
    with zipfile.ZipFile(small) as source, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        for member in source.infolist():
            data = source.read(member)
            if member.filename != "word/document.xml":
                out.writestr(member, data)
                continue
            head, tail = data.split(b"<w:body>")
            with out.open("word/document.xml", "w", force_zip64=True) as part:
                part.write(head + b"<w:body>")
                for _ in range(mib * 1024):
                    part.write(paragraph)
                part.write(tail)
    small.unlink()


def deep_html(levels: int) -> str:
    return "<html><body>" + "<div>" * levels + plan_text(7) + "</body></html>"


def unclosed_blocks_html(blocks: int) -> str:
    body = "".join(f"<div><font>{plan_text(n)}\n" for n in range(1, blocks + 1))
    return f"<html><body>{body}</body></html>"


@contextlib.contextmanager
def small_disk(folder: Path, mib: int) -> Iterator[Path]:
    """A real tmpfs of `mib` MiB mounted at `folder` (needs root; skipped otherwise)."""
    folder.mkdir()
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={mib}m", "tmpfs", str(folder)],
        capture_output=True,
        text=True,
    )
    if mounted.returncode != 0:
        pytest.skip(f"cannot mount a small tmpfs here (needs root): {mounted.stderr.strip()}")
    try:
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], check=False)


def make_read_only(folder: Path) -> None:
    """Make `folder` unwritable even for root: a tmpfs remounted read-only, else chmod."""
    if os.geteuid() == 0:
        subprocess.run(["mount", "-o", "remount,ro", str(folder)], check=True)
    else:
        folder.chmod(0o555)


# --- 1, 2: packaging --------------------------------------------------------------------


@pytest.fixture(scope="module")
def wheel_build(tmp_path_factory) -> tuple[Path, str]:
    """The wheel built from the checkout as `pip wheel` does (isolated build, verbose)."""
    out = tmp_path_factory.mktemp("wheel")
    tree = out / "tree"  # a copy: building in the checkout would leave build/ in it
    for name in ("pyproject.toml", "README.md"):
        tree.mkdir(exist_ok=True)
        shutil.copy2(REPO / name, tree / name)
    for folder in STAGE_FOLDERS:
        shutil.copytree(REPO / folder, tree / folder, ignore=shutil.ignore_patterns("__pycache__"))
    built = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "-v", "--no-deps", "--disable-pip-version-check"]
        + ["--wheel-dir", str(out), str(tree)],
        capture_output=True,
        text=True,
    )
    assert built.returncode == 0, built.stdout[-3000:] + built.stderr[-3000:]
    (wheel,) = out.glob("vanban-*.whl")
    return wheel, built.stdout + built.stderr


def test_1_wheel_holds_every_data_file(wheel_build) -> None:
    wheel, _log = wheel_build
    with zipfile.ZipFile(wheel) as archive:
        packed = set(archive.namelist())
    assert "vanban/extract/data/bodies.json" in packed
    expected = set()
    for folder in STAGE_FOLDERS:
        for path in (REPO / folder).rglob("*"):
            relative = path.relative_to(REPO / folder)
            hidden = any(part.startswith(".") or part == "__pycache__" for part in relative.parts)
            if path.is_file() and not hidden and path.suffix not in (".pyc", ".pyo"):
                prefix = "vanban" if folder == "vanban" else f"vanban/{folder}"
                expected.add(f"{prefix}/{relative.as_posix()}")
    assert sorted(expected - packed) == []


def test_2_building_the_package_warns_about_nothing(wheel_build) -> None:
    _wheel, log = wheel_build
    complaints = [
        line.strip()
        for line in log.splitlines()
        if "Deprecat" in line or "absent from the `packages`" in line or "!!" in line
    ]
    assert complaints == []


def test_2_load_without_a_terminal_prints_only_its_own_output(tmp_path: Path) -> None:
    result = run_vanban("load", EXAMPLES, "--db", tmp_path / "demo.db")
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""  # no stray "reading" line of the progress bar


# --- 3: racing loads --------------------------------------------------------------------


def test_3_racing_loads_never_lose_a_load(tmp_path: Path) -> None:
    """Two real `vanban load` processes on one --db: each one that says it succeeded has
    all its sources in the store; the other is refused by name."""
    folders = {}
    # A small load and a slow one: before the fix, the slow one read the stored sources
    # (none) at its start and, building after the small one, dropped it.
    for name, first, count in (("small", 100, 3), ("slow", 500, 150)):
        folder = tmp_path / name
        folder.mkdir()
        for n in range(first, first + count):
            (folder / f"plan-{n}.txt").write_text(plan_text(n, "Nội dung. " * 200), "utf-8")
        folders[name] = folder
    for round_number in range(2):
        db = tmp_path / f"race-{round_number}.db"
        pipes = {"stdout": subprocess.PIPE, "stderr": subprocess.PIPE, "text": True}
        processes = {
            name: start_vanban("load", folder, "--db", db, **pipes)
            for name, folder in folders.items()
        }
        outcomes = {name: (p, *p.communicate(timeout=600)) for name, p in processes.items()}
        assert any(p.returncode == 0 for p, _out, _err in outcomes.values())
        stored = stored_paths(db)
        for name, (process, _out, err) in outcomes.items():
            wanted = {str(path) for path in folders[name].iterdir()}
            if process.returncode == 0:
                assert wanted <= stored, f"load {name} exited 0 but lost its sources"
            else:
                assert "another build" in err and "Traceback" not in err, err


# --- 4, 5, 14: records that cannot be stored --------------------------------------------


def test_4_a_lone_surrogate_line_costs_only_itself(tmp_path: Path) -> None:
    path = tmp_path / "docs.jsonl"
    lines = [
        json.dumps({"text": plan_text(1)}),
        '{"text": "bad \\ud800 text"}',
        json.dumps({"text": plan_text(3)}),
        json.dumps({"text": plan_text(4)}),
    ]
    path.write_text("\n".join(lines) + "\n", "utf-8")
    items = list(read_path(path))
    assert [type(item) for item in items] == [Source, Skipped, Source, Source]
    assert items[1].path == f"{path}:2"
    assert "lone surrogate U+D800" in items[1].reason
    assert [item.path for item in items if isinstance(item, Source)] == [
        f"{path}:1",
        f"{path}:3",
        f"{path}:4",
    ]


def test_5_bad_metadata_and_bad_file_names_are_skipped_and_the_rest_loads(tmp_path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good.txt").write_text(plan_text(10), "utf-8")
    (folder / "meta.jsonl").write_text(
        '{"text": "Kế hoạch số 11/KH-UBND", "title": "x\\udfff"}\n'
        + json.dumps({"text": plan_text(12), "tags": ["ok"]})
        + "\n",
        "utf-8",
    )
    with open(os.path.join(os.fsencode(folder), b"bad\xff.txt"), "wb") as handle:
        handle.write(plan_text(13).encode("utf-8"))
    db = tmp_path / "g.db"
    result = run_vanban("load", folder, "--db", db)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert f"{folder}/meta.jsonl:1: metadata field title holds a lone surrogate" in result.stderr
    assert f"{folder}/bad\\xff.txt: file name is not valid UTF-8" in result.stderr
    assert stored_paths(db) == {f"{folder}/good.txt", f"{folder}/meta.jsonl:2"}


def test_14_an_empty_jsonl_is_reported(tmp_path: Path) -> None:
    empty, blank = tmp_path / "empty.jsonl", tmp_path / "blank.jsonl"
    empty.write_bytes(b"")
    blank.write_text("\n  \n\n", "utf-8")
    for path in (empty, blank):
        (item,) = read_path(path)
        assert isinstance(item, Skipped) and item.path == str(path)
        assert item.reason.startswith("no records")


# --- 6, 7, 16: hostile files ------------------------------------------------------------


def test_6_deeply_nested_html_loses_no_text(tmp_path: Path) -> None:
    path = tmp_path / "blocks.html"
    path.write_text(unclosed_blocks_html(400), "utf-8")
    (item,) = read_path(path)
    assert isinstance(item, Source)
    assert [f"Số: {n}/KH-UBND" in item.text for n in range(1, 401)] == [True] * 400
    nested = tmp_path / "nested.html"
    nested.write_text(deep_html(300), "utf-8")
    (item,) = read_path(nested)
    assert isinstance(item, Source) and "Số: 7/KH-UBND" in item.text


def test_6_html_deeper_than_libxml2_reads_is_reported_as_such(tmp_path: Path) -> None:
    path = tmp_path / "abyss.html"
    path.write_text(deep_html(100_000), "utf-8")
    (item,) = read_path(path)
    assert isinstance(item, Skipped)
    assert item.reason.startswith("HTML nested deeper than 2048 levels")


def test_7_a_docx_zip_bomb_is_refused_before_it_is_unpacked(tmp_path: Path, monkeypatch) -> None:
    bomb = tmp_path / "bomb.docx"
    write_docx_bomb(bomb, 130)  # over the default limit of 128 MiB
    assert bomb.stat().st_size < 2 << 20
    (item,) = read_path(bomb)
    assert isinstance(item, Skipped)
    with zipfile.ZipFile(bomb) as archive:
        unpacked = sum(member.file_size for member in archive.infolist())
    assert unpacked > 130 << 20
    shown = f"docx unpacks to {unpacked / (1 << 20):,.0f} MiB, more than the 128 MiB allowed"
    assert shown in item.reason
    assert "VANBAN_DOCX_MAX_MB" in item.reason
    small_bomb = tmp_path / "small.docx"
    write_docx_bomb(small_bomb, 2)
    monkeypatch.setenv("VANBAN_DOCX_MAX_MB", "1")
    (item,) = read_path(small_bomb)
    assert isinstance(item, Skipped) and "more than the 1 MiB allowed" in item.reason
    monkeypatch.setenv("VANBAN_DOCX_MAX_MB", "4")  # the limit raised: it is read
    (item,) = read_path(small_bomb)
    assert isinstance(item, Source) and "Số: 1/KH-UBND" in item.text


def test_16_pypdf_warnings_go_into_the_skip_report(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "cut.pdf").write_bytes(b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog")
    (folder / "good.txt").write_text(plan_text(20), "utf-8")
    result = run_vanban("load", folder, "--db", tmp_path / "g.db")
    assert result.returncode == 1
    lines = result.stderr.splitlines()
    assert "EOF marker not found" not in lines  # pypdf's own line, printed raw
    assert lines[0] == "vanban: 1 input(s) skipped:"
    assert lines[1].startswith(f"  {folder}/cut.pdf: unreadable pdf (")
    assert "pypdf said: EOF marker not found" in lines[1]
    assert len(lines) == 2


def test_16_a_repaired_pdf_loads_and_keeps_pypdf_warnings(tmp_path: Path) -> None:
    from test_loaders import write_pdf

    path = tmp_path / "repaired.pdf"
    write_pdf(path, ["Thuc hien Chi thi so 33/CT-TTg ngay 26/11/2021"])
    path.write_bytes(re.sub(rb"startxref\n\d+", b"startxref\n9999", path.read_bytes()))
    result = run_vanban("load", path, "--db", tmp_path / "g.db")
    assert result.returncode == 0 and result.stderr == "", result.stderr
    (item,) = read_path(path)
    assert isinstance(item, Source) and "33/CT-TTg" in item.text
    assert "incorrect startxref pointer" in " ".join(item.metadata["reader_warnings"])


# --- 10, 11, 12, 19: the store's file -----------------------------------------------------


def test_10_a_full_disk_is_named_and_the_store_is_untouched(tmp_path: Path) -> None:
    small = tmp_path / "in"
    small.mkdir()
    (small / "plan.txt").write_text(plan_text(30), "utf-8")
    big = tmp_path / "big.jsonl"
    words = ["nội dung", "triển khai", "nhiệm vụ", "trọng tâm", "tỉnh", "huyện", "xã", "kế hoạch"]
    rng = random.Random(12)  # text that does not compress away: the store keeps it zipped
    big.write_text(
        "".join(
            json.dumps({"text": plan_text(n, " ".join(rng.choices(words, k=600)))}) + "\n"
            for n in range(1000, 3000)
        ),
        "utf-8",
    )
    with small_disk(tmp_path / "disk", 12) as disk:
        db = disk / "g.db"
        first = run_vanban("load", small, "--db", db)
        assert first.returncode == 0, first.stderr
        before = db.read_bytes()
        result = run_vanban("load", big, "--db", db)
        assert result.returncode == 1
        assert "Traceback" not in result.stderr and "terminate" not in result.stderr
        assert f"the disk holding {disk} is full" in result.stderr
        free, needed = map(int, re.findall(r"(\d+) MiB", result.stderr)[:2])
        assert needed > free
        assert "untouched" in result.stderr
        assert db.read_bytes() == before
        assert sorted(p.name for p in disk.iterdir()) == ["g.db", "g.db.state"]


FILL_THE_DISK_DURING_THE_BUILD = """
import os, shutil, sys
import vanban.store.build
from vanban.load import load
from vanban.store import StoreDiskFullError
db, corpus, filler, at = sys.argv[1:5]
if at == "copy node":  # the update checkpoints and copies its rows in, not by log
    vanban.store.build.LOG_LIMIT_BYTES = 0

def fill(step, rows):
    # Once the free space has been checked and the writing starts, fill the disk.
    if step.startswith(at) and not os.path.exists(filler):
        free = shutil.disk_usage(os.path.dirname(filler)).free
        with open(filler, "wb") as handle:
            handle.write(bytes(free - 64 * 1024))

try:
    load([corpus], db, jobs=1, on_step=fill)
except StoreDiskFullError as error:
    print(error)
    sys.exit(3)
"""


@pytest.mark.parametrize("at", ["copy node", "create node"])
def test_10_a_disk_that_fills_during_the_build_is_named(tmp_path: Path, at: str) -> None:
    with small_disk(tmp_path / "disk", 16) as disk:
        db = disk / "g.db"
        first = run_vanban("load", EXAMPLES / "01_qd-tw-23-2021.txt", "--db", db)
        assert first.returncode == 0, first.stderr
        before = db.read_bytes()
        script = [sys.executable, "-c", FILL_THE_DISK_DURING_THE_BUILD]
        result = subprocess.run(
            [*script, str(db), str(EXAMPLES), str(disk / "filler"), at],
            capture_output=True,
            text=True,
        )
        if at == "create node":
            # An update by log: LadybugDB 0.22 aborts the process (a C++ terminate) when
            # its write-ahead log cannot be written. The store, its file and log, is as it
            # was; the next load removes the copy left beside it.
            assert result.returncode in (3, -signal.SIGABRT), result.stderr
            assert db.read_bytes() == before and not (disk / "g.db.wal").exists()
            (disk / "filler").unlink()
            again = run_vanban("load", EXAMPLES / "01_qd-tw-23-2021.txt", "--db", db)
            assert again.returncode == 0, again.stderr
            assert sorted(p.name for p in disk.iterdir()) == ["g.db", "g.db.state"]
            return
        assert result.returncode == 3, result.stderr
        assert result.stdout.startswith(f"the disk holding {disk} is full")
        assert db.read_bytes() == before
        assert sorted(p.name for p in disk.iterdir()) == ["filler", "g.db", "g.db.state"]


def test_11_a_db_symlink_is_followed(tmp_path: Path) -> None:
    (tmp_path / "stores").mkdir()
    target = tmp_path / "stores" / "real.db"
    link = tmp_path / "vanban.db"
    link.symlink_to(target)
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "one.txt").write_text(plan_text(40), "utf-8")
    assert run_vanban("load", folder, "--db", link).returncode == 0
    (folder / "two.txt").write_text(plan_text(41), "utf-8")
    assert run_vanban("load", folder, "--db", link).returncode == 0
    assert link.is_symlink() and link.resolve() == target
    assert stored_paths(target) == {f"{folder}/one.txt", f"{folder}/two.txt"}
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in", "stores", "vanban.db"]
    # the second load was an update by log: its change is in the store's write-ahead log
    assert sorted(p.name for p in target.parent.iterdir()) == [
        "real.db",
        "real.db.state",
        "real.db.wal",
    ]


def test_12_a_store_in_a_read_only_folder_gives_a_clear_message(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "plan.txt").write_text(plan_text(50), "utf-8")
    with contextlib.ExitStack() as stack:
        if os.geteuid() == 0:
            place = stack.enter_context(small_disk(tmp_path / "ro", 32))
        else:
            place = tmp_path / "ro"
            place.mkdir()
            stack.callback(place.chmod, 0o755)
        make_read_only(place)
        result = run_vanban("load", folder, "--db", place / "vanban.db")
        assert result.returncode == 1
        assert "Traceback" not in result.stderr
        assert f"cannot write in {place}" in result.stderr
        assert "must be writable" in result.stderr


def test_19_no_lock_file_is_left_after_a_load(tmp_path: Path) -> None:
    result = run_vanban("load", EXAMPLES, "--db", tmp_path / "g.db")
    assert result.returncode == 0, result.stderr
    # the store and the resolver's state that the next load starts from (vanban.load)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["g.db", "g.db.state"]


# --- 13, 15, 18: queries ------------------------------------------------------------------


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory) -> Path:
    db = tmp_path_factory.mktemp("demo") / "demo.db"
    result = run_vanban("load", EXAMPLES, "--db", db)
    assert result.returncode == 0, result.stderr
    return db


def test_13_a_parameter_of_the_wrong_type_is_a_usage_error(demo_db: Path) -> None:
    result = run_vanban("cypher", "--name", "most_cited", "-p", "limit=abc", "--db", demo_db)
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert "limit='abc': limit is an INTEGER" in result.stderr
    good = run_vanban("cypher", "--name", "most_cited", "-p", "limit=2", "--db", demo_db, "--json")
    assert good.returncode == 0 and len(json.loads(good.stdout)) == 2


def test_15_stats_rows_always_come_in_the_same_order(demo_db: Path) -> None:
    """The order once changed in about 1 run in 40, between fresh opens of the store."""
    expected = ["Document", "Organisation", "Source", "Unresolved", "BASED_ON", "IMPLEMENTS"]
    expected += ["GUIDES", "AMENDS", "REPLACES", "REPEALS", "CONTINUES", "CITES", "ISSUED_BY"]
    orders = set()
    for _ in range(150):
        with EmbeddedBackend.open(demo_db) as backend:
            rows = stats(backend)
        orders.add(tuple(row["kind"] for row in rows))
    assert orders == {tuple(expected)}
    counts = {row["kind"]: row["count"] for row in rows}
    assert counts["Source"] == read_table(demo_db, "Source").num_rows > 0


def test_18_a_file_that_is_not_a_store_gets_its_own_message(tmp_path: Path) -> None:
    readme = tmp_path / "README.md"
    readme.write_text("# not a store\n", "utf-8")
    result = run_vanban("stats", "--db", readme)
    assert result.returncode == 1
    assert "is not a vanban store" in result.stderr
    assert "vanban load PATH --db" not in result.stderr  # load would refuse it too
    assert readme.read_text("utf-8") == "# not a store\n"


# --- 17: a killed load --------------------------------------------------------------------


def children_of(pid: int) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            with contextlib.suppress(OSError, IndexError):
                stat = (entry / "stat").read_text()
                if int(stat.rsplit(")", 1)[1].split()[1]) == pid:
                    found.append(int(entry.name))
    return found


def cpu_ticks(pid: int) -> int:
    """User plus system CPU time of a process, in clock ticks (0 once it is gone)."""
    with contextlib.suppress(OSError, IndexError, ValueError):
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        return int(fields[11]) + int(fields[12])
    return 0


def alive(pid: int) -> bool:
    with contextlib.suppress(OSError):
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
        return state != "Z"
    return False


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads /proc (Linux)")
def test_17_workers_of_a_killed_load_end_without_tracebacks(tmp_path: Path) -> None:
    big = tmp_path / "big.jsonl"
    # Long texts, so that each worker's task lasts seconds and the kill finds it busy:
    # an idle worker used to end quietly, a busy one with a traceback.
    filler = "Nội dung triển khai Chỉ thị số 33/CT-TTg của các cơ quan trong tỉnh. " * 2500
    big.write_text(
        "".join(json.dumps({"text": plan_text(n, filler)}) + "\n" for n in range(300)), "utf-8"
    )
    process = start_vanban(
        "load", big, "--db", tmp_path / "g.db", "--jobs", "2",
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    workers: list[int] = []
    deadline = time.monotonic() + 120
    while len(workers) < 2 and time.monotonic() < deadline and process.poll() is None:
        time.sleep(0.05)
        workers = children_of(process.pid)
    assert len(workers) >= 2, "the load never started its workers"
    while not all(cpu_ticks(pid) >= 50 for pid in workers) and time.monotonic() < deadline:
        time.sleep(0.05)  # until both workers are well into a task
    os.kill(process.pid, signal.SIGKILL)
    process.wait()
    deadline = time.monotonic() + 60
    while any(alive(pid) for pid in workers) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not any(alive(pid) for pid in workers)
    assert process.stderr is not None
    errors = process.stderr.read()
    assert "Traceback" not in errors and "BrokenPipeError" not in errors, errors


# --- done when: one folder with every bad input ------------------------------------------


def test_a_folder_of_good_files_and_every_bad_input(tmp_path: Path) -> None:
    folder = tmp_path / "mixed"
    folder.mkdir()
    good: dict[str, str] = {}  # stored path -> what its text holds

    def keep(name: str, number: int) -> None:
        good[f"{folder}/{name}"] = f"{number}/KH-UBND"

    (folder / "plan.txt").write_text(plan_text(60), "utf-8")
    keep("plan.txt", 60)
    (folder / "plan.md").write_text("# Kế hoạch\n\n" + plan_text(61), "utf-8")
    keep("plan.md", 61)
    (folder / "blocks.html").write_text(unclosed_blocks_html(300), "utf-8")
    keep("blocks.html", 300)  # the last block: read whole
    write_docx(folder / "plan.docx", [plan_text(62)])
    keep("plan.docx", 62)
    lines = [
        json.dumps({"text": plan_text(63)}),
        '{"text": "bad \\ud800 text"}',
        '{"text": "Kế hoạch", "title": "x\\udfff"}',
        "{not json",
        json.dumps({"text": plan_text(64), "title": "Kế hoạch 64"}),
    ]
    (folder / "lines.jsonl").write_text("\n".join(lines) + "\n", "utf-8")
    keep("lines.jsonl:1", 63)
    keep("lines.jsonl:5", 64)
    bad = {
        "lines.jsonl:2": "text holds a lone surrogate U+D800",
        "lines.jsonl:3": "metadata field title holds a lone surrogate U+DFFF",
        "lines.jsonl:4": "invalid JSON",
        "empty.jsonl": "no records",
        "bad\\xff.txt": "file name is not valid UTF-8",
        "abyss.html": "HTML nested deeper than 2048 levels",
        "bomb.docx": "more than the 1 MiB allowed",
        "cut.pdf": "pypdf said: EOF marker not found",
        "blank.txt": "empty text",
        "latin1.txt": "not valid UTF-8 or UTF-16",
        "old.doc": "unsupported format .doc",
    }
    (folder / "empty.jsonl").write_bytes(b"")
    with open(os.path.join(os.fsencode(folder), b"bad\xff.txt"), "wb") as handle:
        handle.write(plan_text(65).encode("utf-8"))
    (folder / "abyss.html").write_text(deep_html(100_000), "utf-8")
    write_docx_bomb(folder / "bomb.docx", 2)
    (folder / "cut.pdf").write_bytes(b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog")
    (folder / "blank.txt").write_text("  \n", "utf-8")
    (folder / "latin1.txt").write_bytes(plan_text(66).encode("cp1258", "replace"))
    (folder / "old.doc").write_bytes(b"\xd0\xcf\x11\xe0")

    db = tmp_path / "g.db"
    result = run_vanban("load", folder, "--db", db, env={"VANBAN_DOCX_MAX_MB": "1"})
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    lines = result.stderr.splitlines()
    assert lines[0] == f"vanban: {len(bad)} input(s) skipped:"
    assert all(line.startswith(f"  {folder}/") for line in lines[1:]), lines  # nothing stray
    reported = dict(line.strip().split(": ", 1) for line in lines[1:])
    assert {path.removeprefix(f"{folder}/") for path in reported} == set(bad)
    for name, reason in bad.items():
        assert reason in reported[f"{folder}/{name}"], (name, reported[f"{folder}/{name}"])
    rows = read_table(db, "Source").to_pylist()
    assert {p for row in rows for p in row["paths"]} == set(good)
    facts = {p: json.dumps(unpack_facts(row["facts"])) for row in rows for p in row["paths"]}
    for path, number in good.items():
        assert number in facts[path], path
