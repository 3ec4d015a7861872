"""The graph's vocabulary: the relations a text can have to a document, and the edge types.

Data only, imported by every stage that names a relation (the cue words in extract/, the
graph model, the store's tables, the queries, the views and the gold tools), so that the
list is written once. The meaning of each relation at one mention is in RELATIONS.md of
the shared domain notes.
"""

from __future__ import annotations

RELATIONS = (
    "BASED_ON",
    "IMPLEMENTS",
    "GUIDES",
    "AMENDS",
    "REPLACES",
    "REPEALS",
    "CONTINUES",
    "CITES",
)

# The relations a text can state about a document by acting on its text.
ACTS_ON_TEXT = ("AMENDS", "REPLACES", "REPEALS")

# Every relationship type in the store: the relations, and a document's issuer.
EDGE_TYPES = (*RELATIONS, "ISSUED_BY")
