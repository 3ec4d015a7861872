"""Peak memory of extracting one input, measured in a fresh process (run by `bench.run`).

    python -m bench.memprobe MODE PATH RESULT.json

MODE is one of:
- `import`: import the extractor and stop (the interpreter's own footprint);
- `batch`: `vanban.batch.extract_paths([PATH], jobs=1)`, every item consumed and dropped;
- `cli`: `vanban extract PATH --nl --jobs 1`, the real command, its output sent to /dev/null;
- `stream`: `read_path(PATH)` and `extract_source` one source at a time (what the readers
  allow; shows what the batch layer adds).

RESULT.json gets the process's peak resident set size, seconds, sources and references
counted, so that each size is measured in a process of its own.

Which peak: `ru_maxrss` of a process started with fork/vfork + exec is not its own on
Linux: exec keeps the high-water mark of the memory it replaces, so a child of a 500 MB
parent reports at least 500 MB. `VmHWM` in /proc/self/status is the peak of the process's
own address space since exec; it is reported as `hwm_kib` (None off Linux) beside the raw
`maxrss_kib`, and `bench.run` uses `hwm_kib` when there is one.
"""

from __future__ import annotations

import contextlib
import io
import json
import resource
import sys
import time


class _CountingSink(io.TextIOBase):
    """Stands in for stdout: counts the `--nl` records written, keeps nothing."""

    def __init__(self) -> None:
        self.documents = 0
        self.references = 0

    def writable(self) -> bool:
        return True

    def write(self, s: str) -> int:
        if s.startswith('{"kind": "document"'):
            self.documents += 1
        elif s.startswith('{"kind": "reference"'):
            self.references += 1
        return len(s)


def peak_kib() -> int | None:
    """VmHWM of this process (KiB), None where /proc is missing."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return None


def main(argv: list[str]) -> None:
    mode, path, result = argv
    started = time.perf_counter()
    sources = refs = 0
    if mode == "batch":
        from vanban.batch import extract_paths
        from vanban.loaders import Skipped

        for item in extract_paths([path], jobs=1):
            if not isinstance(item, Skipped):
                sources += 1
                refs += len(item.references)
    elif mode == "stream":
        from vanban.extract.pipeline import extract_source
        from vanban.loaders import Skipped, read_path

        for source in read_path(path):
            if not isinstance(source, Skipped):
                sources += 1
                refs += len(extract_source(source).references)
    elif mode == "cli":
        from vanban.cli import main as cli_main

        sink = _CountingSink()
        with contextlib.redirect_stdout(sink):
            try:
                cli_main(["extract", path, "--nl", "--jobs", "1"], standalone_mode=False)
            except SystemExit as stop:  # exit status 1 when something was skipped
                if stop.code not in (0, None):
                    raise
        sources, refs = sink.documents, sink.references
    elif mode == "import":
        import vanban.batch  # noqa: F401
        import vanban.cli  # noqa: F401
    else:
        raise SystemExit(f"unknown mode {mode}")
    usage = resource.getrusage(resource.RUSAGE_SELF)
    with open(result, "w", encoding="utf-8") as out:
        json.dump(
            {
                "mode": mode,
                "path": path,
                "maxrss_kib": usage.ru_maxrss,
                "hwm_kib": peak_kib(),
                "seconds": round(time.perf_counter() - started, 3),
                "sources": sources,
                "references": refs,
            },
            out,
        )


if __name__ == "__main__":
    main(sys.argv[1:])
