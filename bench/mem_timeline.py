"""Where a whole load from facts holds its memory, and when (issue 11: a million documents
in 8 GB).

    python -m bench.mem_timeline FACTS_DIR DB [--jobs 2] [--every 0.05] [--trace MARK,...]
        [--types] [--out result.json]

Runs `vanban.load.load([], DB, jobs, facts=[FACTS_DIR])` in this process with a thread
sampling the process's resident memory (VmRSS in /proc/self/status) and the bytes Arrow's
default pool holds, and a process of its own sampling the resident memory too (a thread
samples only while it holds the interpreter, which closing a LadybugDB database does not
give up), every `--every` seconds, each sample tagged with the step the load is
in. The steps are marked by wrapping the functions `vanban.load` calls (resolution, rows,
node tables, the build and each of its COPYs as `build_store` reports them, the rel
tables, the state's notes and writing) and restored afterwards; the load's own code is
not changed. It prints, step by step, the resident memory as the step began and at its
highest, the Arrow bytes at their highest, and the whole load's peak (VmHWM) with the
step it fell in.

With --trace, tracemalloc runs for the whole load (slow: use it at 10k or 30k documents)
and at each mark named (the start of a step, e.g. "build_store" or "copy rel CITES
Document->Document") a snapshot is summarised: Python's traced bytes by file and line and
by module. With --types, the objects the collector tracks are counted by type at those
marks too, with the strings and other leaves they refer to (each counted once).
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import subprocess
import sys
import threading
import time
import tracemalloc
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

import pyarrow as pa

_OUTSIDE = """
import sys, time
pid, every = sys.argv[1], float(sys.argv[2])
while True:
    try:
        with open(f"/proc/{pid}/status") as status:
            rss = next(int(l.split()[1]) for l in status if l.startswith("VmRSS:"))
    except (OSError, StopIteration):
        break
    print(time.monotonic(), rss, flush=True)
    time.sleep(every)
"""


def _status(field: str) -> int:
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith(field):
                return int(line.split()[1])
    return 0


class Timeline:
    """Marks and samples of one load."""

    def __init__(self, every: float, trace: set[str], types: bool) -> None:
        self.started = time.monotonic()
        self.every = every
        self.step = "start"
        self.beside = ""  # what the load's helper thread does meanwhile
        self.marks: list[tuple[float, str, int]] = []
        self.samples: list[tuple[float, str, int, int]] = []
        self.trace = trace
        self.types = types
        self.snapshots: dict[str, Any] = {}
        self._stop = threading.Event()
        self._lock = threading.Lock()
        self._thread = threading.Thread(target=self._sample, daemon=True)

    def now(self) -> float:
        return round(time.monotonic() - self.started, 3)

    def mark(self, step: str) -> None:
        with self._lock:
            if threading.current_thread() is threading.main_thread():
                self.step = step
            else:
                self.beside = "" if step.startswith("after ") else step
                step = f"[helper] {step}"
            rss = _status("VmRSS:")
            self.marks.append((self.now(), step, rss))
            self.samples.append((self.now(), self._tag(), rss, pa.total_allocated_bytes()))
        if step in self.trace or "*" in self.trace:
            self.snapshots[step] = _summary(self.types)

    def _tag(self) -> str:
        return f"{self.step} + {self.beside}" if self.beside else self.step

    def _sample(self) -> None:
        while not self._stop.wait(self.every):
            with self._lock:
                step = self._tag()
            self.samples.append((self.now(), step, _status("VmRSS:"), pa.total_allocated_bytes()))

    def __enter__(self) -> Timeline:
        self._thread.start()
        # a thread of this process samples only when it holds the interpreter, which
        # LadybugDB does not give up in every call (closing a database): a process of
        # its own samples the resident memory meanwhile, on the same clock
        self._outside = subprocess.Popen(
            [sys.executable, "-c", _OUTSIDE, str(os.getpid()), str(self.every / 2)],
            stdout=subprocess.PIPE,
            text=True,
        )
        return self

    def __exit__(self, *_exc: object) -> None:
        self._stop.set()
        self._thread.join()
        self._outside.terminate()
        out, _ = self._outside.communicate()
        for line in out.splitlines():
            if len(line.split()) != 2:  # the last line, cut by the end
                continue
            at, rss = line.split()
            moment = round(float(at) - self.started, 3)
            self.samples.append((moment, self._step_at(moment), int(rss), 0))
        self.samples.sort(key=lambda s: s[0])

    def _step_at(self, moment: float) -> str:
        step = "start"
        for at, name, _rss in self.marks:
            if at > moment:
                break
            if not name.startswith("[helper]"):
                step = name
        return step

    def by_step(self) -> list[dict[str, Any]]:
        """Each step in the order it began: RSS as it began and its highest sample, Arrow's
        highest bytes, seconds spent (a step marked twice is one row per mark)."""
        rows: list[dict[str, Any]] = []
        for n, (at, step, rss) in enumerate(self.marks):
            until = self.marks[n + 1][0] if n + 1 < len(self.marks) else float("inf")
            within = [s for s in self.samples if at <= s[0] < until]
            rows.append(
                {
                    "at_s": at,
                    "step": step,
                    "rss_start_mib": round(rss / 1024),
                    "rss_max_mib": round(max((s[2] for s in within), default=rss) / 1024),
                    "arrow_max_mib": round(max((s[3] for s in within), default=0) / 2**20),
                    "seconds": round(min(until, self.now()) - at, 2),
                }
            )
        return rows


def _summary(types: bool) -> dict[str, Any]:
    out: dict[str, Any] = {"rss_mib": round(_status("VmRSS:") / 1024)}
    out["arrow_mib"] = round(pa.total_allocated_bytes() / 2**20)
    if tracemalloc.is_tracing():
        snapshot = tracemalloc.take_snapshot()
        total = sum(s.size for s in snapshot.statistics("filename"))
        out["traced_mib"] = round(total / 2**20, 1)
        out["by_line"] = [
            (str(s.traceback[0]), round(s.size / 2**20, 1), s.count)
            for s in snapshot.statistics("lineno")[:40]
        ]
        modules: Counter[str] = Counter()
        for s in snapshot.statistics("filename"):
            name = s.traceback[0].filename
            for cut in ("/site-packages/", "/mem21/", "/lib/python3"):
                if cut in name:
                    name = name.split(cut, 1)[1]
                    break
            modules[name] += s.size
        out["by_module"] = [(m, round(b / 2**20, 1)) for m, b in modules.most_common(25)]
        del snapshot
    if types:
        out["by_type"] = _by_type()
    return out


def _by_type() -> list[tuple[str, float, int]]:
    """MiB and count of each type among the objects the collector tracks and the leaves
    (strings, numbers, bytes) they refer to, each object once."""
    sizes: dict[str, int] = defaultdict(int)
    counts: Counter[str] = Counter()
    seen: set[int] = set()
    tracked = gc.get_objects()
    for obj in tracked:
        seen.add(id(obj))
    for obj in tracked:
        name = type(obj).__name__
        sizes[name] += sys.getsizeof(obj)
        counts[name] += 1
        for leaf in gc.get_referents(obj):
            if id(leaf) in seen or gc.is_tracked(leaf):
                continue
            seen.add(id(leaf))
            leaf_name = type(leaf).__name__
            sizes[leaf_name] += sys.getsizeof(leaf)
            counts[leaf_name] += 1
    del tracked
    top = sorted(sizes.items(), key=lambda kv: -kv[1])[:25]
    return [(name, round(size / 2**20, 1), counts[name]) for name, size in top]


def _wrap(module: Any, name: str, timeline: Timeline, label: str | None = None) -> None:
    original = getattr(module, name)

    def wrapped(*args: Any, **kwargs: Any) -> Any:
        step = label or name
        if name == "rel_table":
            step = f"rel_table {args[0]}"
        timeline.mark(step)
        try:
            return original(*args, **kwargs)
        finally:
            timeline.mark(f"after {step}")

    setattr(module, name, wrapped)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("facts", type=Path)
    parser.add_argument("db", type=Path)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--every", type=float, default=0.05)
    parser.add_argument("--trace", default="", help="marks to snapshot at (comma separated)")
    parser.add_argument("--types", action="store_true")
    parser.add_argument("--out", type=Path)
    args = parser.parse_args()
    trace = {m for m in args.trace.split(",") if m}
    if trace:
        tracemalloc.start(1)
    import vanban.load as load_module
    import vanban.store.build as build_module

    timeline = Timeline(args.every, trace, args.types)
    for name in (
        "resolve_changes",
        "source_row",
        "node_tables",
        "give_back_free_memory",
        "build_store",
    ):
        if name != "source_row":
            _wrap(load_module, name, timeline)
    for name in (
        "edges_by_relation",
        "rel_table",
        "_write_whole_state",
        "note_edges",
        "write_state_body",
        "_keep_state",
    ):
        _wrap(load_module, name, timeline)
    _wrap(build_module, "_verify", timeline, "store verify")

    def on_step(step: str, _rows: int) -> None:
        timeline.mark(step)

    started_cpu = time.process_time()
    with timeline:
        timeline.mark("read")
        report, graph = load_module.load(
            [], args.db, args.jobs, facts=[args.facts], on_step=on_step
        )
        timeline.mark("end")
    del graph
    steps = timeline.by_step()
    peak = max(timeline.samples, key=lambda s: s[2])
    result = {
        "documents": report.documents,
        "edges": sum(report.edges.values()),
        "seconds": report.seconds,
        "cpu_seconds_own": round(time.process_time() - started_cpu, 1),
        "hwm_mib": round(_status("VmHWM:") / 1024),
        "peak_sample": {"at_s": peak[0], "step": peak[1], "rss_mib": round(peak[2] / 1024)},
        "steps": steps,
        "snapshots": timeline.snapshots,
    }
    for row in steps:
        print(
            f"{row['at_s']:8.2f}s {row['rss_start_mib']:6d} -> {row['rss_max_mib']:6d} MiB "
            f"(arrow {row['arrow_max_mib']:5d}) {row['seconds']:7.2f}s  {row['step']}"
        )
    print(f"peak VmHWM {result['hwm_mib']} MiB; highest sample {result['peak_sample']}")
    print(f"own CPU {result['cpu_seconds_own']} s")
    for mark, snap in timeline.snapshots.items():
        print(
            f"--- at {mark}: rss {snap['rss_mib']} MiB, arrow {snap['arrow_mib']} MiB, "
            f"traced {snap.get('traced_mib')} MiB"
        )
        for line in snap.get("by_module", [])[:15]:
            print("   module", line)
        for line in snap.get("by_line", [])[:25]:
            print("   line", line)
        for line in snap.get("by_type", []):
            print("   type", line)
    if args.out:
        args.out.write_text(json.dumps(result, indent=1))


if __name__ == "__main__":
    main()
