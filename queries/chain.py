"""The one definition of a chain of implementation, used by `lineage`, `implementers`,
`coverage` and the named queries that walk it.

A document or body implements a document when an IMPLEMENTS, GUIDES or CONTINUES edge
leads from it to the document, directly or through a chain of such edges of at most
`CHAIN_STEPS` steps. BASED_ON (a "Căn cứ" line), CITES, AMENDS, REPLACES and REPEALS are
other relations: a lineage shows them, none of them makes an implementer.
"""

from __future__ import annotations

IMPLEMENTING = ("IMPLEMENTS", "GUIDES", "CONTINUES")
CHAIN_STEPS = 6


def chain_note(depth: int = CHAIN_STEPS) -> str:
    """The definition in one sentence, as the commands print it under their answers."""
    named = ", ".join(IMPLEMENTING[:-1]) + f" or {IMPLEMENTING[-1]}"
    return (
        f"Implementers: joined to the document by {named}, directly or through a chain of "
        f"such links of at most {depth} steps; BASED_ON, CITES, AMENDS, REPLACES and REPEALS "
        "do not count."
    )
