"""Racing loads (issue 11): two `vanban load` processes on one store, many trials.

    python -m bench.race_bench [--trials 10] [--seed 1]

Each trial starts two real loads on one `--db`, a small one (3 texts) and a big one (120
texts), the second after a random delay (0 to 2 s, seeded), so that they meet at
different points of each other's work: reading the texts, resolving, building, swapping.
The trials go round four kinds: the big load first or the small one first, on an empty
store or on a store already holding a base load (two updates). The rule under test: a
load that exits 0 has every one of its sources in the store; a load that does not is
refused with a message naming the other build, and no traceback. A refused load is then
run again, as its user would, and the store must end with all three folders' sources. The
figure is the number of sources lost over all trials; nothing is asserted (the test suite
runs two such trials, `tests/test_hardening.py`).
"""

from __future__ import annotations

import argparse
import json
import random
import subprocess
import sys
import tempfile
import time
from dataclasses import asdict, dataclass
from pathlib import Path

from bench.load_bench import OUT
from vanban.store import read_table


def plan_text(number: int) -> str:
    """A short provincial plan carrying out Directive 33/CT-TTg, numbered `number`."""
    return (
        "ỦY BAN NHÂN DÂN TỈNH NGHỆ AN\n"
        f"Số: {number}/KH-UBND\n"
        "KẾ HOẠCH\n"
        f"Thực hiện Chỉ thị số 33/CT-TTg ngày 26/11/2021 của Thủ tướng Chính phủ. "
        f"{'Nội dung của kế hoạch. ' * 150}\n"
    )


def write_folder(folder: Path, first: int, count: int) -> set[str]:
    folder.mkdir(parents=True)
    for number in range(first, first + count):
        (folder / f"plan-{number}.txt").write_text(plan_text(number), "utf-8")
    return {str(path) for path in folder.iterdir()}


def load(folder: Path, db: Path) -> subprocess.Popen:
    command = [sys.executable, "-m", "vanban", "load", str(folder), "--db", str(db)]
    return subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def stored_paths(db: Path) -> set[str]:
    return {path for row in read_table(db, "Source").to_pylist() for path in row["paths"]}


@dataclass
class Trial:
    number: int
    on: str  # "empty store" or "loaded store"
    first: str  # the load started first: "big" or "small"
    delay: float
    exits: dict[str, int]
    refused_cleanly: bool
    lost: int
    lost_after_retry: int
    seconds: float


def race(number: int, work: Path, delay: float, base: Path | None, big_first: bool) -> Trial:
    """One trial: one load starts, the other `delay` seconds later."""
    started = time.perf_counter()
    db = work / f"race-{number}.db"
    folders = {
        "small": (work / f"small-{number}", 1000 + number * 1000, 3),
        "big": (work / f"big-{number}", 1500 + number * 1000, 120),
    }
    wanted = {
        name: write_folder(folder, first, count) for name, (folder, first, count) in folders.items()
    }
    everything = set().union(*wanted.values())
    if base is not None:
        subprocess.run(
            [sys.executable, "-m", "vanban", "load", str(base), "--db", str(db)],
            check=True,
            capture_output=True,
        )
        everything |= {str(path) for path in base.iterdir()}
    order = ("big", "small") if big_first else ("small", "big")
    processes = {order[0]: load(folders[order[0]][0], db)}
    time.sleep(delay)
    processes[order[1]] = load(folders[order[1]][0], db)
    outcomes = {name: (process, *process.communicate()) for name, process in processes.items()}
    stored = stored_paths(db)
    lost = sum(
        len(wanted[name] - stored) for name, (p, _o, _e) in outcomes.items() if p.returncode == 0
    )
    refused_cleanly = all(
        "another build" in err and "Traceback" not in err
        for process, _out, err in outcomes.values()
        if process.returncode != 0
    )
    for name, (process, _out, _err) in outcomes.items():
        if process.returncode != 0:  # the user runs the refused load again
            load(folders[name][0], db).communicate()
    return Trial(
        number=number,
        on="empty store" if base is None else "loaded store",
        first=order[0],
        delay=round(delay, 2),
        exits={name: process.returncode for name, (process, _o, _e) in outcomes.items()},
        refused_cleanly=refused_cleanly,
        lost=lost,
        lost_after_retry=len(everything - stored_paths(db)),
        seconds=round(time.perf_counter() - started, 1),
    )


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description="vanban racing-loads benchmark")
    parser.add_argument("--trials", type=int, default=10)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--out", default=str(OUT / "race.json"))
    args = parser.parse_args(argv)
    draw = random.Random(args.seed)
    trials = []
    with tempfile.TemporaryDirectory(prefix="vanban-race-") as tmp:
        work = Path(tmp)
        base = work / "base"
        write_folder(base, 1, 20)
        for number in range(1, args.trials + 1):
            on = None if number % 2 else base
            trial = race(number, work, draw.uniform(0, 2), on, big_first=number % 4 in (1, 2))
            trials.append(trial)
            print(
                f"trial {trial.number:2} on {trial.on:12}  {trial.first:5} first, "
                f"the other {trial.delay:4.2f} s later  "
                f"exits {trial.exits}  refused cleanly {trial.refused_cleanly}  "
                f"lost {trial.lost}, after retry {trial.lost_after_retry}  ({trial.seconds} s)"
            )
    summary = {
        "trials": len(trials),
        "both_succeeded": sum(all(code == 0 for code in t.exits.values()) for t in trials),
        "one_refused": sum(any(code != 0 for code in t.exits.values()) for t in trials),
        "lost": sum(t.lost for t in trials),
        "lost_after_retry": sum(t.lost_after_retry for t in trials),
        "refused_cleanly": all(t.refused_cleanly for t in trials),
    }
    print(
        f"{summary['trials']} trials: both loads succeeded in {summary['both_succeeded']}, one was "
        f"refused in {summary['one_refused']}; sources lost: {summary['lost']} "
        f"({summary['lost_after_retry']} once the refused load ran again)"
    )
    Path(args.out).parent.mkdir(parents=True, exist_ok=True)
    Path(args.out).write_text(
        json.dumps({"summary": summary, "trials": [asdict(t) for t in trials]}, indent=1)
    )
    print(f"written {args.out}")


if __name__ == "__main__":
    main()
