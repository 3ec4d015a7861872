"""What a graph holds, as Neo4j Browser's `:schema` shows it: node labels and relationship
types, each with its count, its properties and (for a type) the labels it connects.

The embedded store declares its tables, so every property it can hold is listed, with its
type; Neo4j has no declared schema, so its properties are those its nodes and
relationships have (``db.schema.nodeTypeProperties``). Both are read through the one
`Backend` interface, so `vanban schema` and `vanban schema --neo4j` give the same rows.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from .backend import Backend

STORE_TABLES = frozenset({"Meta"})
"""Tables of the embedded store's own bookkeeping (no part of the graph)."""


@dataclass
class Kind:
    """One node label or relationship type."""

    kind: str  # "node" or "relationship"
    name: str
    count: int = 0
    properties: list[str] = field(default_factory=list)  # "name: TYPE"
    connects: list[str] = field(default_factory=list)  # "From→To (count)"

    def row(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "name": self.name,
            "count": self.count,
            "connects": self.connects,
            "properties": self.properties,
        }


def _quoted(name: str) -> str:
    return "`" + name.replace("`", "``") + "`"


def _ladybug_kinds(backend: Backend) -> list[Kind]:
    kinds = []
    for table in backend.query("CALL show_tables() RETURN name, type"):
        if table["name"] in STORE_TABLES or table["type"] not in ("NODE", "REL"):
            continue
        columns = backend.query(f"CALL table_info('{table['name']}') RETURN name, type")
        kinds.append(
            Kind(
                "node" if table["type"] == "NODE" else "relationship",
                table["name"],
                properties=[f"{c['name']}: {c['type']}" for c in columns],
            )
        )
    return kinds


def _neo4j_type(types: list[str] | None) -> str:
    return "|".join(types or []) or "?"


def _neo4j_kinds(backend: Backend) -> list[Kind]:
    kinds = {
        ("node", r["label"]): Kind("node", r["label"])
        for r in backend.query("CALL db.labels() YIELD label RETURN label")
    }
    for r in backend.query(
        "CALL db.relationshipTypes() YIELD relationshipType RETURN relationshipType AS type"
    ):
        kinds[("relationship", r["type"])] = Kind("relationship", r["type"])
    for r in backend.query(
        "CALL db.schema.nodeTypeProperties() YIELD nodeLabels, propertyName, propertyTypes "
        "RETURN nodeLabels, propertyName, propertyTypes"
    ):
        for label in r["nodeLabels"] or []:
            if r["propertyName"] and ("node", label) in kinds:
                kinds[("node", label)].properties.append(
                    f"{r['propertyName']}: {_neo4j_type(r['propertyTypes'])}"
                )
    for r in backend.query(
        "CALL db.schema.relTypeProperties() YIELD relType, propertyName, propertyTypes "
        "RETURN relType, propertyName, propertyTypes"
    ):
        name = r["relType"].removeprefix(":").strip("`")
        if r["propertyName"] and ("relationship", name) in kinds:
            kinds[("relationship", name)].properties.append(
                f"{r['propertyName']}: {_neo4j_type(r['propertyTypes'])}"
            )
    return list(kinds.values())


def _counted(backend: Backend, kind: Kind) -> None:
    """Fill in how many nodes or relationships `kind` has, and which labels a type joins."""
    name = _quoted(kind.name)
    if kind.kind == "node":
        kind.count = backend.query(f"MATCH (n:{name}) RETURN count(n) AS n")[0]["n"]
        return
    label = "label({})" if backend.dialect == "ladybug" else "head(labels({}))"
    pairs = backend.query(
        f"MATCH (a)-[r:{name}]->(b) RETURN {label.format('a')} AS source, "
        f"{label.format('b')} AS target, count(r) AS n"
    )
    kind.count = sum(p["n"] for p in pairs)
    kind.connects = [
        f"{p['source']}→{p['target']} ({p['n']})"
        for p in sorted(pairs, key=lambda p: (-p["n"], p["source"], p["target"]))
    ]


def schema(backend: Backend) -> list[dict[str, Any]]:
    """One row per node label, then one per relationship type, each in name order."""
    kinds = _ladybug_kinds(backend) if backend.dialect == "ladybug" else _neo4j_kinds(backend)
    for kind in kinds:
        _counted(backend, kind)
        if backend.dialect != "ladybug":  # the store lists its columns in declared order
            kind.properties.sort()
    kinds.sort(key=lambda k: (k.kind != "node", k.name))
    return [k.row() for k in kinds]
