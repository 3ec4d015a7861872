"""A password written in a Bolt URI is never printed, and is used as the password.

Issue 12, item 9: `--uri bolt://neo4j:s3cretXYZ@127.0.0.1:1` printed the driver's
message, which quotes the whole URI, through `neo4j push`, `cypher --neo4j`, `lineage
--neo4j` and VANBAN_NEO4J_URI (and now `implementers --neo4j`). Now the user and
password of a URI are taken out of it (they are the credentials unless --user/--password
or their variables say otherwise) and the driver only sees the bare address; every
message also has the password masked.

Each command is run in-process (click's runner) with every URI form, given as --uri and
as VANBAN_NEO4J_URI, against the real Neo4j server (wrong password: refused at once) and
a closed port; the driver's log is captured too.
"""

from __future__ import annotations

import logging
import socket
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from vanban.cli import main
from vanban.store.neo4j import Neo4jSettings, safe_uri
from vanban.store.neo4j.connect import split_userinfo

SECRET = "s3cretXYZ-not-this"
NO_NEO4J_ENV: dict[str, str | None] = {
    name: None
    for name in (
        "VANBAN_NEO4J_URI",
        "VANBAN_NEO4J_USER",
        "VANBAN_NEO4J_PASSWORD",
        "VANBAN_NEO4J_DATABASE",
    )
}
URI_FORMS = (
    "bolt://neo4j:{secret}@{host}",
    "neo4j://neo4j:{secret}@{host}",
    "bolt://neo4j:{secret}@{host}/",
    "bolt://neo4j:{secret}@{host}?policy=x",
    "bolt://neo4j:{quoted}@{host}",
    "bolt://{secret}@{host}",  # a lone userinfo is the user name (as in any URL)
    "bolt://:{secret}@{host}",
    "bolt://neo4j:{secret}@@{host}",
)
"""`{secret}` the password as written, `{quoted}` percent-encoded, `{host}` host:port."""


def commands(db: Path) -> dict[str, list[str]]:
    return {
        "push": ["neo4j", "push", "--db", str(db)],
        "cypher": ["cypher", "--neo4j", "--name", "stats"],
        "lineage": ["lineage", "--neo4j", "33/2021/CT-TTg"],
        "implementers": ["implementers", "--neo4j", "33/2021/CT-TTg"],
    }


def invoke(args: list[str], env: dict[str, str | None]) -> Any:
    return CliRunner().invoke(main, args, env={**NO_NEO4J_ENV, **env})


def assert_one_line_without_secret(
    result: Any, caplog: pytest.LogCaptureFixture, *, logged_user: bool = False
) -> str:
    """One `Error:` line, and the secret neither printed nor in the driver's log (at
    DEBUG the driver logs the user name, never the password: ``logged_user`` when the
    secret stands where the user name goes)."""
    assert result.exit_code == 1, result.output
    errors = [line for line in result.output.splitlines() if line.startswith("Error:")]
    assert len(errors) == 1, result.output
    assert "s3cretXYZ" not in result.output
    if not logged_user:
        assert "s3cretXYZ" not in caplog.text
    return errors[0]


def _closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_split_userinfo_takes_the_credentials_out_of_the_uri() -> None:
    assert split_userinfo("bolt://u:p%40ss@h:7687/x?y=1") == ("bolt://h:7687/x?y=1", "u", "p@ss")
    assert split_userinfo("bolt://token@h") == ("bolt://h", "token", None)
    assert split_userinfo("bolt://a:b@c@h:1") == ("bolt://h:1", "a", "b@c")
    assert split_userinfo("bolt://h:7687") == ("bolt://h:7687", None, None)
    assert safe_uri("bolt://u:p@h:abc?routing=1") == "bolt://h:abc"
    given = Neo4jSettings("bolt://u:" + SECRET + "@h:1", None, None)
    assert (given.uri, given.user, given.password) == ("bolt://h:1", "u", SECRET)
    explicit = Neo4jSettings("bolt://u:" + SECRET + "@h:1", "me", "mine")
    assert (explicit.user, explicit.password) == ("me", "mine")
    assert SECRET not in repr(given)


@pytest.mark.parametrize("name", ["push", "cypher", "lineage", "implementers"])
def test_a_closed_port_with_credentials_in_the_uri(
    name: str, example_db: Path, caplog: pytest.LogCaptureFixture
) -> None:
    host = f"127.0.0.1:{_closed_port()}"
    uri = f"bolt://neo4j:{SECRET}@{host}"
    with caplog.at_level(logging.DEBUG):
        line = assert_one_line_without_secret(
            invoke(commands(example_db)[name], {"VANBAN_NEO4J_URI": uri}), caplog
        )
    assert line.startswith(f"Error: cannot reach a Bolt server at bolt://{host} ")


@pytest.mark.parametrize("name", ["push", "cypher", "lineage", "implementers"])
def test_every_uri_form_and_command_keeps_a_wrong_password_quiet(
    name: str, example_db: Path, neo4j_server: Any, caplog: pytest.LogCaptureFixture
) -> None:
    host = f"127.0.0.1:{neo4j_server.port}"
    args = commands(example_db)[name]
    with caplog.at_level(logging.DEBUG):
        for form in URI_FORMS:
            uri = form.format(secret=SECRET, quoted=SECRET.replace("-", "%2D"), host=host)
            for how in ("option", "variable"):
                given = (
                    (args + ["--uri", uri], {})
                    if how == "option"
                    else (args, {"VANBAN_NEO4J_URI": uri})
                )
                caplog.clear()
                result = invoke(*given)
                lone = form.startswith("bolt://{secret}@")
                line = assert_one_line_without_secret(result, caplog, logged_user=lone)
                assert host in line, (form, how, line)


def test_credentials_in_the_uri_are_used(example_db: Path, neo4j_server: Any) -> None:
    host = f"127.0.0.1:{neo4j_server.port}"
    uri = f"bolt://{neo4j_server.user}:{neo4j_server.password}@{host}"
    pushed = invoke(
        ["neo4j", "push", "--db", str(example_db), "--wipe", "--json"], {"VANBAN_NEO4J_URI": uri}
    )
    assert pushed.exit_code == 0, pushed.output
    assert neo4j_server.password not in pushed.output
    stats = invoke(["cypher", "--neo4j", "--uri", uri, "--name", "stats", "--json"], {})
    assert stats.exit_code == 0, stats.output
    assert '"kind": "Document"' in stats.output
    tree = invoke(["lineage", "--neo4j", "--uri", uri, "33/2021/CT-TTg", "--json"], {})
    assert tree.exit_code == 0, tree.output
    # --password (or its variable) wins over the password in the URI
    wrong_in_uri = f"bolt://{neo4j_server.user}:{SECRET}@{host}"
    explicit = invoke(
        ["cypher", "--neo4j", "--uri", wrong_in_uri, "--name", "stats"],
        {"VANBAN_NEO4J_PASSWORD": neo4j_server.password},
    )
    assert explicit.exit_code == 0, explicit.output
