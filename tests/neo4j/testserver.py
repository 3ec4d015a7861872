"""Build and start the Neo4j Community test server of this folder (pom.xml, Launcher.java).

Used by the session fixture of tests/conftest.py, by bench/push_bench.py and by
`make neo4j` (``python tests/neo4j/testserver.py``, which waits until Ctrl-C). `import_csv`
runs Neo4j's own ``neo4j-admin database import full`` (the same jars) on a folder written
by ``vanban export --format csv``, into a database folder the server then starts on. The folder
is named after the server, so it has no ``__init__.py`` (it would hide the ``neo4j``
driver); load this file by path.

Maven builds offline (``mvn -q -o``) when the local repository holds every artifact, and
online otherwise. The server listens on 127.0.0.1 only, on a free port, with
authentication on: user ``neo4j``, password `PASSWORD` (a test password, not a secret).
"""

from __future__ import annotations

import argparse
import os
import re
import shlex
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

import neo4j

HERE = Path(__file__).resolve().parent
TARGET = HERE / "target"
CLASSPATH = f"{TARGET / 'classes'}{os.pathsep}{TARGET / 'lib' / '*'}"
MAIN_CLASS = "vanban.testserver.Launcher"
ADMIN_MAIN_CLASS = "org.neo4j.cli.AdminTool"
"""neo4j-admin's own entry point (neo4j-command-line); it finds `database import` in
neo4j-import-tool through a service file, and its folders through NEO4J_HOME/NEO4J_CONF."""
IMPORT_COMMAND_FILE = "import.txt"
AFTER_IMPORT_FILE = "after-import.cypher"
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


class ImportFailed(Exception):
    """neo4j-admin refused the files or the command: a fault of the files, not of the
    machine. The message names the folder and the tool's own error line."""


@dataclass(frozen=True)
class Imported:
    """What ``neo4j-admin database import full`` reported, and where its output is."""

    nodes: int
    relationships: int
    properties: int
    log: Path


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
    if not marker.is_dir() or not any(marker.glob("neo4j-import-tool-*.jar")):
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


def import_command(folder: Path) -> list[str]:
    """The arguments after ``neo4j-admin`` of the command in ``folder``/import.txt."""
    path = folder / IMPORT_COMMAND_FILE
    try:
        lines = path.read_text("utf-8").splitlines()
    except OSError as error:
        raise ImportFailed(f"{path}: cannot read it ({error.strerror or error})") from error
    for number, line in enumerate(lines, 1):
        if line.startswith("neo4j-admin "):
            try:
                return shlex.split(line)[1:]
            except ValueError as error:
                raise ImportFailed(f"{path}:{number}: not a shell command ({error})") from error
    raise ImportFailed(f"{path}: no line starts with 'neo4j-admin '")


def _count(output: str, what: str) -> int:
    """A figure of the tool's closing summary ("Imported: / 2129 nodes / ...")."""
    found = re.search(rf"^\s*(\d+) {what}\s*$", output, flags=re.M)
    return int(found.group(1)) if found else -1


def import_csv(
    folder: Path,
    home: Path,
    *,
    java_options: tuple[str, ...] = JAVA_OPTIONS,
    online: bool = True,
) -> Imported:
    """Run the command of ``folder``/import.txt, as written there and in that folder, with
    Neo4j's own import tool, into the database folder ``home`` (``home``/data/databases/
    neo4j; `start` with ``data=home`` then serves it). `ServerUnavailable` when the tool
    cannot run on this machine, `ImportFailed` when it rejects the files."""
    arguments = import_command(folder)
    build(online=online)
    java = shutil.which("java")
    if java is None:
        raise ServerUnavailable("Java is not installed; `apt-get install openjdk-17-jdk`")
    (home / "conf").mkdir(parents=True, exist_ok=True)
    log = home / "neo4j-admin-import.log"
    # Only the two folders the tool asks for; the rest of the environment as it is.
    env = {**os.environ, "NEO4J_HOME": str(home), "NEO4J_CONF": str(home / "conf")}
    command = [java, *java_options, "-cp", CLASSPATH, ADMIN_MAIN_CLASS, *arguments]
    with log.open("wb") as out:
        done = subprocess.run(command, cwd=folder, env=env, stdout=out, stderr=out)
    output = log.read_text("utf-8", errors="replace")
    if done.returncode != 0:
        errors = [line for line in output.splitlines() if "Exception" in line or "rror" in line]
        why = (errors or output.strip().splitlines()[-1:] or ["no output"])[0].strip()
        raise ImportFailed(
            f"neo4j-admin import of {folder} exited with {done.returncode}: {why[:300]} (log {log})"
        )
    return Imported(
        _count(output, "nodes"), _count(output, "relationships"), _count(output, "properties"), log
    )


def cypher_statements(path: Path) -> list[str]:
    """The statements of a cypher-shell file: ``//`` lines are comments, ``;`` at the end
    of a line closes a statement."""
    statements, lines = [], []
    for line in path.read_text("utf-8").splitlines():
        if line.lstrip().startswith("//") or not line.strip():
            continue
        lines.append(line)
        if line.rstrip().endswith(";"):
            statements.append("\n".join(lines).rstrip()[:-1])
            lines = []
    if lines:
        raise ImportFailed(f"{path}: the last statement has no closing ';'")
    return statements


def run_after_import(server: Neo4jTestServer, folder: Path) -> int:
    """Run ``folder``/after-import.cypher on the server, as ``cypher-shell -f`` would (one
    auto-commit transaction a statement); the number of statements run."""
    path = folder / AFTER_IMPORT_FILE
    if not path.exists():
        return 0
    statements = cypher_statements(path)
    auth = (server.user, server.password)
    with neo4j.GraphDatabase.driver(server.uri, auth=auth) as driver, driver.session() as session:
        for statement in statements:
            session.run(statement).consume()
    return len(statements)


def main() -> None:
    parser = argparse.ArgumentParser(description="Start Neo4j Community for trying vanban's push.")
    parser.add_argument("--data", type=Path, help="keep the database in this folder")
    parser.add_argument(
        "--import",
        dest="csv",
        type=Path,
        help="first bulk-load this `vanban export --format csv` folder into --data (new)",
    )
    args = parser.parse_args()
    if args.csv is not None:
        if args.data is None:
            parser.error("--import needs --data, the new database folder to import into")
        if (args.data / "data" / "databases" / "neo4j").exists():
            parser.error(f"--data {args.data} already holds a database; give a new folder")
        print(f"importing {args.csv} with neo4j-admin ...", flush=True)
        try:
            done = import_csv(args.csv, args.data, java_options=BENCH_JAVA_OPTIONS)
        except (ServerUnavailable, ImportFailed) as error:
            sys.exit(f"Error: {error}")
        print(f"imported {done.nodes} nodes and {done.relationships} relationships", flush=True)
    print("building and starting Neo4j Community (Ctrl-C stops it) ...", flush=True)
    try:
        server = start(java_options=BENCH_JAVA_OPTIONS, data=args.data)
    except ServerUnavailable as error:
        sys.exit(f"Error: {error}")
    if args.csv is not None:
        print(f"ran {run_after_import(server, args.csv)} statements of {AFTER_IMPORT_FILE}")
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
