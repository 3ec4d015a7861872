"""Refuse Cypher that would change the store, before it reaches the engine.

The store is opened read-only, so the engine refuses writes anyway; its message, though,
talks of a read-only database. Checking first lets the Cypher box say plainly which
clause it does not run. Strings, quoted names and comments are blanked before looking,
so `RETURN 'CREATE'` or a property called `set` in backquotes is not refused.
"""

from __future__ import annotations

import re

WRITE_CLAUSES = (
    "CREATE",
    "MERGE",
    "DELETE",
    "DETACH",
    "SET",
    "REMOVE",
    "DROP",
    "ALTER",
    "COPY",
    "LOAD",
    "INSTALL",
    "ATTACH",
    "IMPORT",
    "EXPORT",
    "CHECKPOINT",
    "BEGIN",
    "COMMIT",
    "ROLLBACK",
    "USE",
    "CALL",
)
"""Clause words that write, change the schema, touch files or run procedures (CALL: a
procedure may write, and the box has no need of one)."""

EXAMPLES = {
    "MATCH (d:Document) RETURN d.number LIMIT 5": None,
    "MATCH (d:Document {number: 'CREATE'}) RETURN d": None,
    "MATCH (d) RETURN d.`set` AS x // delete nothing": None,
    "MATCH (d:Document) WHERE d.use IS NULL RETURN d.number": None,
    "CREATE (d:Document {key: 'x'})": "CREATE",
    "match (d:Document) set d.title = 'x'": "SET",
    "MATCH (d) DETACH DELETE d": "DETACH",
    "COPY Document FROM 'x.csv'": "COPY",
    "CALL show_tables() RETURN *": "CALL",
    "MATCH (d) /* harmless */ MERGE (d)-[:CITES]->(d)": "MERGE",
}
"""Queries and the clause each is refused for (None: allowed); tests read them."""

_BLANKED = re.compile(
    r"'(?:[^'\\]|\\.)*'"  # single-quoted string
    r'|"(?:[^"\\]|\\.)*"'  # double-quoted string
    r"|`[^`]*`"  # quoted name
    r"|//[^\n]*"  # line comment
    r"|/\*.*?\*/",  # block comment
    re.DOTALL,
)
# not a property (d.set), a label or type (:Copy) or a parameter ($load)
_WORD = re.compile(r"(?<![.:$\w])(" + "|".join(WRITE_CLAUSES) + r")\b", re.IGNORECASE)


def write_clause(cypher: str) -> str | None:
    """The first clause of `cypher` that would write (upper case), or None."""
    found = _WORD.search(_BLANKED.sub(" ", cypher))
    return found.group(1).upper() if found else None
