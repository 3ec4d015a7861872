"""The relations of the embedded store as compact adjacency lists, read once per open store.

A lineage walks ids first and fetches fields and evidence only for what it shows; on the
embedded store the walk runs here, in process. Only node offsets and keys are read (Arrow
columns, no evidence), every document and organisation gets a small integer in the order
of its key (so that comparing ids compares keys), and each node keeps its neighbours one
way and the other as sorted arrays: for each neighbour, a bit mask of the relations that
join the two, one bit per relation in the order of `RELATION_BITS` (implementing ones
first: the lowest bit set is the relation a lineage names first). Beside them, the path
of every source and the fields a lineage shows of every document (Arrow columns), which a
large tree's rows and evidence show; the evidence itself stays in the store.

The store is read-only while open, so the lists are cached for as long as it stays open.
"""

from __future__ import annotations

import re
import threading
import weakref
from array import array
from bisect import bisect_left
from collections.abc import Iterator
from itertools import accumulate

import pyarrow as pa
import pyarrow.compute as pc

from ..graph.schema import RELATIONS
from ..store import Store
from . import library
from .chain import IMPLEMENTING

RELATION_BITS = tuple(dict.fromkeys((*IMPLEMENTING, *RELATIONS)))
"""Relations in the order a lineage prefers them; relation i is bit 1 << i of a mask."""
_LOWEST = [0] + [(m & -m).bit_length() - 1 for m in range(1, 1 << len(RELATION_BITS))]
_NAMES = [
    [r for i, r in enumerate(RELATION_BITS) if m >> i & 1] for m in range(1 << len(RELATION_BITS))
]
SOURCE_TABLES = ("Document", "Organisation")  # a relation leads from either to a Document
# The fields a lineage shows of a document, read with the edges for every document: a large
# tree's nodes are then looked up in process, where asking the store for the 1,124 keys of
# one tree cost 12 of its 60 ms at 10k documents. The query is queries/nodes.cypher (the
# lookup by `$keys` a lineage makes otherwise) over every document, so that its columns are
# written once.
_LOOKUP_BY_KEYS = "UNWIND $keys AS k MATCH (d:Document {key: k})"
_NODES = library.get("nodes", "ladybug").text
_DOCUMENT_FIELDS_QUERY = (
    "MATCH (d:Document)" + _NODES[_NODES.index(_LOOKUP_BY_KEYS) + len(_LOOKUP_BY_KEYS) :]
)
DOCUMENT_FIELDS = tuple(re.findall(r"\bAS\s+(\w+)", _DOCUMENT_FIELDS_QUERY))


def relation_mask(relations: list[str] | tuple[str, ...]) -> int:
    """The bit mask of `relations`; ValueError naming any that is not a relation."""
    unknown = [r for r in relations if r not in RELATION_BITS]
    if unknown:
        raise ValueError(f"unknown relation {', '.join(unknown)}; use {', '.join(RELATIONS)}")
    mask = 0
    for r in relations:
        mask |= 1 << RELATION_BITS.index(r)
    return mask


def relation_names(mask: int) -> list[str]:
    """The relations of `mask`, preferred first."""
    return list(_NAMES[mask])


def lowest_relation(mask: int) -> int:
    """The preference of the first relation of `mask` (0: IMPLEMENTS)."""
    return _LOWEST[mask]


class _Side:
    """One direction of the graph in compressed rows: the neighbours of node i are
    `neighbours[starts[i]:starts[i + 1]]`, in id (key) order, with their masks."""

    def __init__(self, nodes: int, owner: pa.Array, other: pa.Array, masks: pa.Array) -> None:
        order = pc.sort_indices(
            pa.table({"a": owner, "b": other}), [("a", "ascending"), ("b", "ascending")]
        )
        owner, other, masks = owner.take(order), other.take(order), masks.take(order)
        self.neighbours = array("i", other.to_pylist())
        self.masks = array("B", masks.to_pylist())
        counts = [0] * (nodes + 1)
        grouped = pa.table({"a": owner}).group_by("a").aggregate([("a", "count")])
        for a, count in zip(grouped["a"].to_pylist(), grouped["a_count"].to_pylist(), strict=True):
            counts[a + 1] = count
        self.starts = array("q", accumulate(counts))


class Adjacency:
    """Every relation edge of one store, by node id; see the module's docstring."""

    # How the evidence query names a link's child (see `child_keys`): its table and
    # offset, which LadybugDB gives without reading the node's key.
    child_columns = "offset(id(x)) AS child_offset, label(x) AS child_table"

    def __init__(
        self,
        keys: list[str],
        sources: pa.Array,
        targets: pa.Array,
        masks: pa.Array,
        ids: dict[str, pa.Array] | None = None,
    ):
        self.keys = keys  # sorted: a node's id is the place of its key
        self._key_array = pa.array(keys, pa.string())
        self._ids = ids or {}  # table -> the id of the node at each offset
        # every source's id and path (a lineage shows the path of each piece of evidence)
        self._source_ids = pa.array([], pa.string())
        self._source_paths = pa.array([], pa.string())
        self._path_of: dict[str, str | None] | None = None  # made at the first look-up
        # every document's `DOCUMENT_FIELDS`, and the row of each id (-1: none)
        self._fields = pa.table({name: pa.array([], pa.string()) for name in DOCUMENT_FIELDS})
        self._row_of_id = array("i")
        self.edges = len(sources)
        # down: who points at a node (its implementers); up: what a node points at
        self._sides = {
            "down": _Side(len(keys), targets, sources, masks),
            "up": _Side(len(keys), sources, targets, masks),
        }

    @classmethod
    def read(cls, store: Store) -> Adjacency:
        """Read the keys, the relation edges (offsets only, no evidence) and the source
        paths of `store`."""
        adjacency = cls._read_edges(store)
        sources = store.query_arrow("MATCH (s:Source) RETURN s.id AS id, s.path AS path")
        adjacency._source_ids = sources["id"].combine_chunks()
        adjacency._source_paths = sources["path"].combine_chunks()
        adjacency._index_fields(store.query_arrow(_DOCUMENT_FIELDS_QUERY).combine_chunks())
        return adjacency

    def _index_fields(self, fields: pa.Table) -> None:
        rows = array("i", [-1]) * len(self.keys)
        ids = pc.index_in(fields["key"], value_set=self._key_array).to_pylist()
        # a document of two issuers has two rows: the last is kept, as the lookup by key
        # (queries/nodes.cypher) that reads them in turn keeps it
        for row, node in enumerate(ids):
            if node is not None:
                rows[node] = row
        self._fields, self._row_of_id = fields, rows

    def document_fields(self, keys: list[str]) -> dict[str, list]:
        """`DOCUMENT_FIELDS` of the documents of `keys` as lists by field name (keys that
        name no document are left out)."""
        at = []
        for key in keys:
            node = bisect_left(self.keys, key)
            row = self._row_of_id[node] if node < len(self._row_of_id) else -1
            if row >= 0 and self.keys[node] == key:
                at.append(row)
        picked = self._fields.take(pa.array(at, pa.int32()))
        return {name: picked[name].to_pylist() for name in DOCUMENT_FIELDS}

    @classmethod
    def _read_edges(cls, store: Store) -> Adjacency:
        offsets: dict[str, pa.Array] = {}
        keys: list[pa.Array] = []
        for table in SOURCE_TABLES:
            rows = store.query_arrow(f"MATCH (n:{table}) RETURN offset(id(n)) AS o, n.key AS key")
            offsets[table] = rows["o"].combine_chunks().cast(pa.int64())
            keys.append(rows["key"].combine_chunks())
        every = pa.concat_arrays(keys)
        order = pc.sort_indices(every)
        sorted_keys = every.take(order).to_pylist()
        # the id of the row at position p of `every` is its rank: the inverse of `order`
        id_of_row = pc.inverse_permutation(order.cast(pa.int64()))
        lookup: dict[str, pa.Array] = {}
        start = 0
        for table in SOURCE_TABLES:
            count = len(offsets[table])
            # each offset's id (offsets are normally 0..count-1; a gap would stay 0, unused)
            at = pc.inverse_permutation(offsets[table], max_index=max(count, 1) - 1 if count else 0)
            ids = id_of_row.slice(start, count).take(at).fill_null(0)
            lookup[table] = ids.cast(pa.int32())
            start += count
        sources, targets, bits = [], [], []
        for i, relation in enumerate(RELATION_BITS):
            for table in SOURCE_TABLES:
                rows = store.query_arrow(
                    f"MATCH (x:{table})-[:{relation}]->(d:Document) "
                    "RETURN offset(id(x)) AS x, offset(id(d)) AS d"
                )
                if rows.num_rows == 0:
                    continue
                sources.append(lookup[table].take(rows["x"].combine_chunks()))
                targets.append(lookup["Document"].take(rows["d"].combine_chunks()))
                bits.append(pa.array([1 << i] * rows.num_rows, pa.int32()))
        if not sources:
            empty = pa.array([], pa.int32())
            return cls(sorted_keys, empty, empty, empty, lookup)
        edges = pa.table(
            {
                "x": pa.concat_arrays(sources),
                "d": pa.concat_arrays(targets),
                "bit": pa.concat_arrays(bits),
            }
        )
        # one row per joined pair: the sum of distinct bits is their union
        pairs = edges.group_by(["x", "d"]).aggregate([("bit", "sum")])
        masks = pairs["bit_sum"].combine_chunks().cast(pa.uint8())
        x, d = pairs["x"].combine_chunks(), pairs["d"].combine_chunks()
        return cls(sorted_keys, x, d, masks, lookup)

    def source_paths(self, ids: list[str]) -> dict[str, str | None]:
        """The path of each source of `ids` (None for an id no source has), from the
        columns read with the store, as a dict made at the first call and kept: a hash
        of every source id made again at each call (`pyarrow.compute.index_in`) cost
        milliseconds at 100k sources, so a lineage asked the store for fewer than a
        thousand, 8 CPU-ms for the 900 sources of a 1,193-node tree at 10k documents."""
        if self._path_of is None:
            ids = self._source_ids.to_pylist()
            self._path_of = dict(zip(ids, self._source_paths.to_pylist(), strict=True))
        path_of = self._path_of
        return {i: path_of.get(i) for i in ids}

    def child_keys(self, rows: pa.Table) -> list[str | None]:
        """The key of each row's child, named by `child_columns` (None where there is none)."""
        tables, offsets = rows["child_table"], rows["child_offset"]
        ids = pa.nulls(rows.num_rows, pa.int32())
        for table, of_offset in self._ids.items():
            if len(of_offset) == 0:
                continue
            here = pc.equal(tables, table)
            ids = pc.if_else(here, of_offset.take(pc.if_else(here, offsets, 0)), ids)
        return self._key_array.take(ids).to_pylist()

    def neighbours(self, node: int, way: str, mask: int) -> list[tuple[int, int, int]]:
        """(preference of the first relation, neighbour, relations as a mask) of `node` by
        the relations of `mask`, `way` "down" (pointing at it) or "up" (it points at), in
        the order a lineage lists them: preferred relation first, then by key."""
        side = self._sides[way]
        lo, hi = side.starts[node], side.starts[node + 1]
        found = [
            (_LOWEST[m], nb, m)
            for nb, m in zip(
                side.neighbours[lo:hi], [m & mask for m in side.masks[lo:hi]], strict=True
            )
            if m
        ]
        found.sort()
        return found

    def walk(
        self, key: str, way: str, depth: int, mask: int
    ) -> Iterator[tuple[str, str, int, int]]:
        """Breadth first from `key`, each node once at its smallest depth: (frontier key,
        reached key, relations mask, depth) in the order the lineage lays the tree out."""
        start = bisect_left(self.keys, key)
        if start == len(self.keys) or self.keys[start] != key:
            return
        seen, frontier, keys = {start}, [start], self.keys
        for level in range(1, depth + 1):
            following = []
            for node in frontier:
                for _, reached, relations in self.neighbours(node, way, mask):
                    if reached not in seen:
                        seen.add(reached)
                        following.append(reached)
                        yield keys[node], keys[reached], relations, level
            if not following:
                return
            frontier = following

    def reach(self, key: str, way: str, depth: int, mask: int) -> dict[str, int]:
        """Every key at most `depth` steps from `key` the `way` given, with its fewest steps
        (the walk's nodes, found without ordering each node's neighbours)."""
        start = bisect_left(self.keys, key)
        if start == len(self.keys) or self.keys[start] != key:
            return {}
        side = self._sides[way]
        starts, neighbours, masks = side.starts, side.neighbours, side.masks
        steps, frontier = {start: 0}, [start]
        for level in range(1, depth + 1):
            following = []
            for node in frontier:
                for at in range(starts[node], starts[node + 1]):
                    reached = neighbours[at]
                    if masks[at] & mask and reached not in steps:
                        steps[reached] = level
                        following.append(reached)
            if not following:
                break
            frontier = following
        del steps[start]
        return {self.keys[node]: level for node, level in steps.items()}


_CACHE: weakref.WeakKeyDictionary[Store, Adjacency] = weakref.WeakKeyDictionary()
_LOCK = threading.Lock()


def adjacency_of(store: Store) -> Adjacency:
    """The adjacency of an open store, read at the first call and kept while it is open."""
    with _LOCK:
        found = _CACHE.get(store)
        if found is None:
            found = _CACHE[store] = Adjacency.read(store)
        return found
