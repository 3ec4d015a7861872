"""Build and start the Neo4j Community test server of this folder (pom.xml, Launcher.java).

Used by the session fixture of tests/conftest.py, by bench/push_bench.py and by
`make neo4j` (``python tests/neo4j/testserver.py``, which waits until Ctrl-C). The folder
is named after the server, so it has no ``__init__.py`` (it would hide the ``neo4j``
driver); load this file by path.

Maven builds offline (``mvn -q -o``) when the local repository holds every artifact, and
online otherwise. The server listens on 127.0.0.1 only, on a free port, with
authentication on: user ``neo4j``, password `PASSWORD` (a test password, not a secret).
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
TARGET = HERE / "target"
CLASSPATH = f"{TARGET / 'classes'}{os.pathsep}{TARGET / 'lib' / '*'}"
MAIN_CLASS = "vanban.testserver.Launcher"
USER = "neo4j"
PASSWORD = "vanban-test-password"  # Neo4j 5 wants 8 characters or more
READY = "vanban-neo4j ready "
START_TIMEOUT = 240.0
"""Seconds to wait for the ready line: about 10 s on an idle machine, more under load."""
JAVA_OPTIONS = ("-Xmx1g", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1")
"""A small heap, and the quick compiler only: the tests send little, so start-up counts."""
BENCH_JAVA_OPTIONS = ("-Xmx1g", "-XX:+UseParallelGC")
"""For timing pushes: the full JIT compiler."""
LAUNCHER = HERE / "src" / "main" / "java" / "vanban" / "testserver" / "Launcher.java"
SOURCES = (HERE / "pom.xml", LAUNCHER)


class ServerUnavailable(Exception):
    """The server could not be built or started; the message says why, in one line."""


@dataclass
class Neo4jTestServer:
    """A running server: where it listens and how to log in."""

    process: subprocess.Popen[bytes]
    port: int
    log: Path
    user: str = USER
    password: str = field(default=PASSWORD, repr=False)

    @property
    def uri(self) -> str:
        return f"bolt://127.0.0.1:{self.port}"

    def env(self) -> dict[str, str]:
        """The VANBAN_NEO4J_* variables that point the command line at this server."""
        return {
            "VANBAN_NEO4J_URI": self.uri,
            "VANBAN_NEO4J_USER": self.user,
            "VANBAN_NEO4J_PASSWORD": self.password,
        }

    def stop(self, timeout: float = 60.0) -> None:
        """Close its standard input (the launcher then shuts Neo4j down and deletes its
        data); kill it if it has not gone within ``timeout`` seconds."""
        if self.process.poll() is not None:
            return
        if self.process.stdin:
            self.process.stdin.close()
        try:
            self.process.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait(timeout=30)


def _built() -> bool:
    marker = TARGET / "lib"
    if not (TARGET / "classes" / "vanban" / "testserver" / "Launcher.class").exists():
        return False
    if not marker.is_dir() or not any(marker.glob("neo4j-*.jar")):
        return False
    newest_source = max(p.stat().st_mtime for p in SOURCES)
    return marker.stat().st_mtime >= newest_source


def build(*, online: bool = True) -> None:
    """``mvn -q -o package`` (offline, from the local repository); if that lacks an
    artifact and ``online`` is true, the same online. `ServerUnavailable` on failure."""
    if _built():
        return
    mvn = shutil.which("mvn")
    if mvn is None:
        raise ServerUnavailable("Maven (mvn) is not installed; `apt-get install maven`")
    if shutil.which("java") is None:
        raise ServerUnavailable("Java is not installed; `apt-get install openjdk-17-jdk`")
    attempts = [["-o"], []] if online else [["-o"]]
    output = ""
    for extra in attempts:
        done = subprocess.run(
            [mvn, "-q", "-B", *extra, "-f", str(HERE / "pom.xml"), "package"],
            capture_output=True,
            text=True,
        )
        if done.returncode == 0:
            (TARGET / "lib").touch()  # marks the build as newer than its sources
            return
        output = (done.stdout + done.stderr).strip()
    last = [line for line in output.splitlines() if "ERROR" in line][:1] or output.splitlines()[-1:]
    raise ServerUnavailable(f"mvn package failed in {HERE}: {' '.join(last)[:300]}")


def start(
    *,
    java_options: tuple[str, ...] = JAVA_OPTIONS,
    log_dir: Path | None = None,
    data: Path | None = None,
    timeout: float = START_TIMEOUT,
    online: bool = True,
) -> Neo4jTestServer:
    """Build if needed, start, and wait until Bolt accepts connections."""
    build(online=online)
    java = shutil.which("java")
    if java is None:
        raise ServerUnavailable("Java is not installed; `apt-get install openjdk-17-jdk`")
    log_dir = log_dir or Path(tempfile.mkdtemp(prefix="vanban-neo4j-log-"))
    log = log_dir / "neo4j-launcher.log"
    command = [java, *java_options, "-cp", CLASSPATH, MAIN_CLASS, "--password", PASSWORD]
    command += ["--stop-on-eof"]
    if data is not None:
        command += ["--data", str(data)]
    with log.open("wb") as out:
        process = subprocess.Popen(command, stdin=subprocess.PIPE, stdout=out, stderr=out)
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        text = log.read_text("utf-8", errors="replace")
        for line in text.splitlines():
            if line.startswith(READY):
                port = int(line[len(READY) :].split()[0].rsplit(":", 1)[1])
                return Neo4jTestServer(process, port, log)
        if process.poll() is not None:
            tail = " | ".join(text.strip().splitlines()[-3:])[:400]
            raise ServerUnavailable(f"Neo4j exited with {process.returncode}: {tail} (log {log})")
        time.sleep(0.2)
    process.kill()
    process.wait(timeout=30)
    raise ServerUnavailable(f"Neo4j did not start within {timeout:.0f} s (log {log})")


def main() -> None:
    parser = argparse.ArgumentParser(description="Start Neo4j Community for trying vanban's push.")
    parser.add_argument("--data", type=Path, help="keep the database in this folder")
    args = parser.parse_args()
    print("building and starting Neo4j Community (Ctrl-C stops it) ...", flush=True)
    try:
        server = start(java_options=BENCH_JAVA_OPTIONS, data=args.data)
    except ServerUnavailable as error:
        sys.exit(f"Error: {error}")
    print(
        f"Neo4j {server.uri} is ready. In another shell:\n"
        f"  export VANBAN_NEO4J_URI={server.uri} VANBAN_NEO4J_USER={server.user} "
        f"VANBAN_NEO4J_PASSWORD={server.password}\n"
        "  vanban neo4j push --db out/demo.db\n"
        "  vanban lineage --neo4j 33/CT-TTg",
        flush=True,
    )
    try:
        server.process.wait()
    except KeyboardInterrupt:
        print("stopping Neo4j ...", flush=True)
    finally:
        server.stop()


if __name__ == "__main__":
    main()
