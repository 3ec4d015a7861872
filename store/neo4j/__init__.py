"""vanban's graph on a Neo4j server (or another Bolt server): statements, connection, push.

`statements` builds the Cypher (pure), `connect` opens one driver and explains failures
in one line, `push` sends (bench/neo4j_twin.py runs the same statements on an embedded LadybugDB).
The import name is `vanban.store.neo4j`; inside it, `import neo4j` is the driver.
"""

from .connect import (
    DEFAULT_URI,
    Neo4jConnectError,
    Neo4jSettings,
    ServerInfo,
    explain,
    open_driver,
    safe_uri,
    server_info,
)
from .push import PushReport, push
from .statements import Statement, push_size, push_statements, schema_statements, statement_texts

__all__ = [
    "DEFAULT_URI",
    "Neo4jConnectError",
    "Neo4jSettings",
    "PushReport",
    "ServerInfo",
    "Statement",
    "explain",
    "open_driver",
    "push",
    "push_size",
    "push_statements",
    "safe_uri",
    "schema_statements",
    "server_info",
    "statement_texts",
]
