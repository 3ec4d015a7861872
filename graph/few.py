"""Sets of texts that mostly hold one: kept as the bare text until a second one comes.

The resolver's state maps each family to its sources, its documents and the keys it
learned. Most families are one number cited by one source, so most of these sets held a
single text, and an empty Python set alone takes 216 bytes (at 10k documents, 40k such
sets of one in `sources_of`, `documents_of` and `keys_of`). A value of these tables is
the text itself while it is the only one, a set from the second on, and again the text
when a removal leaves one: one spelling for one content, so that two states compare
equal (`tests/test_incremental_load.py` compares a state updated by difference with one
built whole). Read them through `items`, never as a set: `"a" in "abc"` would be true.
"""

from __future__ import annotations

from collections.abc import Collection, MutableMapping

Few = str | set[str]


def items(held: Few | None) -> Collection[str]:
    """The texts of a value (none for a missing one)."""
    if held is None:
        return ()
    return (held,) if isinstance(held, str) else held


def add(table: MutableMapping[str, Few], key: str, item: str) -> None:
    """Add `item` to the value of `key` (made when missing). A set is changed in place: a
    table read back from the state file writes the rows it handed out (`StoredTable`)."""
    held = table.get(key)
    if held is None:
        table[key] = item
    elif isinstance(held, str):
        if held != item:
            table[key] = {held, item}
    else:
        held.add(item)


def discard(table: MutableMapping[str, Few], key: str, item: str) -> None:
    """Take `item` out of the value of `key`; the key goes with its last item."""
    held = table.get(key)
    if held is None:
        return
    if isinstance(held, str):
        if held == item:
            del table[key]
        return
    held.discard(item)
    if len(held) == 1:
        table[key] = next(iter(held))
    elif not held:
        del table[key]
