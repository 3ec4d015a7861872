"""The column names of a Cypher query as its RETURN clause writes them.

LadybugDB names an unaliased column by its rewritten expression (`RETURN label(r)` comes
back as `LABEL(r._ID,[,,,,,BASED_ON…])`); a reader wants the text they wrote, or its
alias. Neo4j already names columns so; renaming its rows changes nothing.
"""

from __future__ import annotations

import re
from typing import Any

_WORD = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
_CLAUSE_END = {"ORDER", "SKIP", "LIMIT", "UNION"}
_OPEN = {"(": ")", "[": "]", "{": "}"}
_DISTINCT = re.compile(r"^DISTINCT\s+", re.IGNORECASE)
_ALIAS = re.compile(r"\s+AS\s+(`[^`]+`|[A-Za-z_][A-Za-z0-9_]*)$", re.IGNORECASE)

EXAMPLES = {
    "MATCH (x)-[r]->(d) RETURN label(r)": ["label(r)"],
    "MATCH (d:Document) RETURN d.number AS n, count(*) ORDER BY n LIMIT 3": ["n", "count(*)"],
    "MATCH (d) RETURN DISTINCT d.key, [x IN d.aliases | upper(x)]  AS `all, upper`": [
        "d.key",
        "all, upper",
    ],
    "MATCH (d) WITH d RETURN 'a, b' AS text, {k: 1, j: 2} AS m;": ["text", "m"],
    "CALL { MATCH (n) RETURN n } RETURN n.key AS key": ["key"],
    "MATCH (n) // RETURN n\nRETURN n.number\n  SKIP 2": ["n.number"],
    "MATCH (n) RETURN n.path = 'http://x' AS web, // the page\n n.key": ["web", "n.key"],
    "MATCH (n) RETURN *": None,
    "MATCH (n) SET n.x = 1": None,
}
"""Queries and the names read from them (None: no names can be read); the tests run them."""


def _skip_string(text: str, i: int) -> int:
    """The index just after the quoted text that starts at `i`."""
    quote, end = text[i], i + 1
    while end < len(text) and text[end] != quote:
        end += 2 if text[end] == "\\" else 1
    return end + 1


def _top_level_words(text: str) -> list[tuple[int, int, str]]:
    """(start, end, WORD) of each word outside strings, brackets and comments."""
    words: list[tuple[int, int, str]] = []
    closers: list[str] = []
    i = 0
    while i < len(text):
        char = text[i]
        if char in "'\"`":
            i = _skip_string(text, i)
            continue
        if text.startswith("//", i):
            newline = text.find("\n", i)
            i = len(text) if newline < 0 else newline
            continue
        if char in _OPEN:
            closers.append(_OPEN[char])
        elif closers and char == closers[-1]:
            closers.pop()
        elif not closers and (match := _WORD.match(text, i)):
            words.append((i, match.end(), match.group().upper()))
            i = match.end()
            continue
        i += 1
    return words


def _split_items(text: str) -> list[str]:
    """The RETURN items: `text` split at commas outside strings and brackets."""
    items: list[str] = []
    depth = start = 0
    i = 0
    while i < len(text):
        char = text[i]
        if char in "'\"`":
            i = _skip_string(text, i)
            continue
        if text.startswith("//", i):  # a comment is no part of a name
            newline = text.find("\n", i)
            stop = len(text) if newline < 0 else newline
            text = text[:i] + " " * (stop - i) + text[stop:]
            continue
        if char in _OPEN:
            depth += 1
        elif char in ")]}":
            depth -= 1
        elif char == "," and depth == 0:
            items.append(text[start:i])
            start = i + 1
        i += 1
    items.append(text[start:])
    return [" ".join(item.split()) for item in items]


def return_names(cypher: str) -> list[str] | None:
    """The names of the columns the query's last top-level RETURN gives, in order."""
    words = _top_level_words(cypher)
    returns = [i for i, (_, _, word) in enumerate(words) if word == "RETURN"]
    if not returns:
        return None
    last = returns[-1]
    start = words[last][1]
    end = next((s for s, _, word in words[last + 1 :] if word in _CLAUSE_END), len(cypher))
    body = _DISTINCT.sub("", cypher[start:end].strip().rstrip(";").strip(), count=1)
    names = []
    for item in _split_items(body):
        alias = _ALIAS.search(item)
        names.append(alias.group(1).strip("`") if alias else item)
    if names == ["*"] or not all(names):
        return None
    return names


def rename_columns(rows: list[dict[str, Any]], cypher: str) -> list[dict[str, Any]]:
    """`rows` keyed by the names as the RETURN clause writes them, when they can be read,
    are distinct and are as many as the columns; else unchanged."""
    names = return_names(cypher)
    if not rows or names is None or len(set(names)) != len(names):
        return rows
    if any(len(row) != len(names) for row in rows):
        return rows
    return [dict(zip(names, row.values(), strict=True)) for row in rows]
