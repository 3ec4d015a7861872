"""Connecting to a Bolt server: settings, one driver, one-line errors, which server it is.

Errors are turned into `Neo4jConnectError` with a one-line message that names the
server by its address only: no user name, no password, no userinfo part of the URI,
whatever the driver's own message holds.

A URI may carry its credentials (``bolt://user:password@host:7687``, percent-encoded as
in any URL): they are taken out of the URI as the user and password where those are not
given otherwise, and the driver only ever sees the bare address. (The driver refuses
userinfo, quoting the whole URI in its error, which is how a password got printed.)
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, TypeVar
from urllib.parse import unquote

import neo4j
from neo4j import exceptions as nx

DEFAULT_URI = "bolt://localhost:7687"
SCHEMES = ("bolt", "bolt+s", "bolt+ssc", "neo4j", "neo4j+s", "neo4j+ssc")
"""Bolt URI schemes: direct (bolt), routed to a cluster (neo4j), +s TLS, +ssc self-signed."""
CONNECT_ATTEMPTS = 3
"""Tries to reach the server before giving up (ServiceUnavailable only)."""
CONNECT_WAIT = 1.0
"""Seconds before the second try; doubled after each."""

T = TypeVar("T")


class Neo4jConnectError(Exception):
    """A one-line, credential-free account of why the server cannot be used."""


@dataclass(frozen=True)
class Neo4jSettings:
    """Where and as whom to connect. `repr` shows neither the user nor the password."""

    uri: str = field(default=DEFAULT_URI, repr=False)
    user: str | None = field(default=None, repr=False)
    password: str | None = field(default=None, repr=False)
    database: str | None = None
    connection_timeout: float = 10.0
    retry_time: float = 15.0  # the driver's own retries of a transaction (transient errors)

    def __post_init__(self) -> None:
        bare, user, password = split_userinfo(self.uri)
        if bare != self.uri:
            object.__setattr__(self, "uri", bare)
            if not self.user and user:
                object.__setattr__(self, "user", user)
            if self.password is None and password is not None:
                object.__setattr__(self, "password", password)

    def __repr__(self) -> str:
        return f"Neo4jSettings(uri={self.address!r}, database={self.database!r})"

    def redact(self, text: str) -> str:
        """``text`` with the password, if any, replaced by ``***`` (a last guard: the
        driver never sees the password in a URI, but a message might still quote it)."""
        if self.password:
            text = text.replace(self.password, "***")
        return text

    @property
    def auth(self) -> tuple[str, str] | None:
        """Basic auth when a user is given; none (the "none" scheme) otherwise."""
        if not self.user:
            return None
        return (self.user, self.password or "")

    @property
    def address(self) -> str:
        """The URI without any userinfo: safe to print."""
        return safe_uri(self.uri)

    @property
    def where(self) -> str:
        db = f" (database {self.database})" if self.database else ""
        return f"{self.address}{db}"


@dataclass(frozen=True)
class ServerInfo:
    """The server as far as the push needs to know it."""

    agent: str  # what the server says in its Bolt greeting, e.g. "Neo4j/5.26.0"
    product: str  # "neo4j", "falkordb" or "other"
    version: str
    edition: str | None = None

    @property
    def dialect(self) -> str:
        """The schema dialect of `statements.schema_statements`."""
        return "falkordb" if self.product == "falkordb" else "neo4j"


def split_userinfo(uri: str) -> tuple[str, str | None, str | None]:
    """``(uri without userinfo, user, password)``: user and password percent-decoded,
    None when absent. The split is textual (the last ``@`` before the path ends the
    userinfo), so that even a URI the URL parser refuses loses its credentials."""
    scheme, sep, rest = uri.partition("://")
    if not sep:
        return uri, None, None
    end = len(rest)
    for mark in "/?#":
        found = rest.find(mark)
        if found != -1:
            end = min(end, found)
    netloc, tail = rest[:end], rest[end:]
    userinfo, at, hostport = netloc.rpartition("@")
    if not at:
        return uri, None, None
    user, colon, password = userinfo.partition(":")
    return (
        f"{scheme}://{hostport}{tail}",
        unquote(user) or None,
        unquote(password) if colon else None,
    )


def safe_uri(uri: str) -> str:
    """``scheme://host:port/path`` as written, less any ``user:password@``, query and
    fragment (a malformed port stays visible: it is what the user has to fix)."""
    bare = split_userinfo(uri)[0]
    for mark in "?#":
        bare = bare.partition(mark)[0]
    return bare


def explain(error: BaseException, settings: Neo4jSettings) -> str:
    """One line saying what went wrong and what to check; never a credential."""
    return settings.redact(_explain(error, settings))


def _explain(error: BaseException, settings: Neo4jSettings) -> str:
    where = settings.where
    code = getattr(error, "code", None) or ""
    if isinstance(error, nx.AuthError):
        return (
            f"the server at {settings.address} refused the user name or password "
            "(check --user/--password or VANBAN_NEO4J_USER/VANBAN_NEO4J_PASSWORD)"
        )
    if code == "Neo.ClientError.Database.DatabaseNotFound":
        return (
            f"the server at {settings.address} has no database {settings.database!r} "
            "(SHOW DATABASES lists them; leave --database out for the default one)"
        )
    if isinstance(error, nx.ServiceUnavailable | nx.SessionExpired):
        return (
            f"cannot reach a Bolt server at {settings.address} "
            "(is it running, and is the address right?)"
        )
    if isinstance(error, nx.ConfigurationError | ValueError):
        return f"cannot use {settings.address}: {_first_line(error)}"
    if isinstance(error, nx.Neo4jError):
        message = _first_line(getattr(error, "message", None) or error)
        return f"the server at {where} answered {code or 'an error'}: {message}"
    return f"{type(error).__name__} talking to {where}: {_first_line(error)}"


def _first_line(error: object) -> str:
    lines = str(error).strip().splitlines()
    return lines[0] if lines else ""


def _retrying(action: Callable[[], T], attempts: int, wait: float) -> T:
    """``action()``, tried again after a pause while the server is unavailable."""
    for attempt in range(1, attempts + 1):
        try:
            return action()
        except nx.ServiceUnavailable:
            if attempt == attempts:
                raise
            time.sleep(wait * 2 ** (attempt - 1))
    raise AssertionError("unreachable")


def open_driver(
    settings: Neo4jSettings, *, attempts: int = CONNECT_ATTEMPTS, wait: float = CONNECT_WAIT
) -> neo4j.Driver:
    """A driver whose server answered ``RETURN 1`` in the chosen database.

    Tries up to ``attempts`` times while the server is unavailable; raises
    `Neo4jConnectError` for an unreachable server, wrong credentials, a missing database
    or a malformed URI. The caller closes the driver.
    """
    scheme = settings.uri.partition("://")[0].lower()
    if scheme not in SCHEMES:
        raise Neo4jConnectError(
            f"cannot use {settings.address}: vanban speaks Bolt; "
            f"the URI must start with {', '.join(s + '://' for s in SCHEMES)}"
        )
    try:
        driver = neo4j.GraphDatabase.driver(
            settings.uri,
            auth=settings.auth,
            connection_timeout=settings.connection_timeout,
            max_transaction_retry_time=settings.retry_time,
            user_agent="vanban",
        )
    except (nx.ConfigurationError, ValueError) as error:
        raise Neo4jConnectError(explain(error, settings)) from None
    try:
        _retrying(lambda: _ping(driver, settings.database), attempts, wait)
    except (nx.Neo4jError, nx.DriverError, OSError, ValueError) as error:
        driver.close()  # ValueError: an address the driver cannot resolve (a bad port)
        raise Neo4jConnectError(explain(error, settings)) from None
    return driver


def _ping(driver: neo4j.Driver, database: str | None) -> None:
    with driver.session(database=database) as session:
        session.run("RETURN 1 AS ok").consume()


def server_info(driver: neo4j.Driver, database: str | None) -> ServerInfo:
    """Which server this is, from its Bolt agent string, confirmed by a query.

    Neo4j answers ``CALL dbms.components()``. Some other Bolt servers greet as
    "Neo4j/5.x" too (FalkorDB 4.x says "Neo4j/5.13.0"); one that cannot run
    ``dbms.components()`` but lists its indexes with FalkorDB's ``db.indexes()`` columns
    is taken for FalkorDB.
    """
    agent = driver.get_server_info().agent or ""
    name, _, version = agent.partition("/")
    if "falkordb" in agent.lower():
        return ServerInfo(agent, "falkordb", version)
    if name.lower() != "neo4j":
        return ServerInfo(agent, "other", version)
    try:
        rows = _read(
            driver,
            database,
            "CALL dbms.components() YIELD name, versions, edition RETURN name, versions, edition",
        )
    except nx.Neo4jError:
        rows = []
    kernel = next((r for r in rows if str(r.get("name", "")).startswith("Neo4j")), None)
    if kernel is not None:
        versions = kernel.get("versions") or [version]
        return ServerInfo(agent, "neo4j", str(versions[0]), kernel.get("edition"))
    try:
        indexes = _read(driver, database, "CALL db.indexes() YIELD label, properties RETURN *")
    except nx.Neo4jError:
        return ServerInfo(agent, "other", version)
    del indexes
    return ServerInfo(agent, "falkordb", version)


def _read(driver: neo4j.Driver, database: str | None, cypher: str) -> list[dict[str, Any]]:
    """An auto-commit read: procedures such as dbms.components() need no transaction."""
    with driver.session(database=database) as session:
        return session.run(cypher).data()
