"""Writers that stream RDF blocks (see `triples.py`) to a file: N-Triples, Turtle, JSON-LD.

Each writes a block as soon as it gets it and keeps nothing, so memory does not grow with
the graph. Turtle declares its prefixes once at the top and uses them only for the fixed
vocabularies (whose local names are plain words); resources are written as full IRIs, so
nothing is ever looked up per resource. JSON-LD is a ``@context`` and a ``@graph`` array
of node objects, one per block (a subject may appear in more than one, which JSON-LD
allows: the node objects merge).
"""

from __future__ import annotations

import json
from typing import TextIO

from .triples import IRI, PREFIX_IRIS, RDF, XSD, Block, Lit

A = RDF + "type"
_STRING_ESCAPES = {ord("\\"): "\\\\", ord('"'): '\\"', ord("\n"): "\\n", ord("\r"): "\\r"}
_STRING_ESCAPES.update({c: f"\\u{c:04X}" for c in (*range(0x20), 0x7F) if c not in _STRING_ESCAPES})
# Characters IRIREF forbids (N-Triples and Turtle grammar), written as UCHAR escapes.
_IRI_ESCAPES = {c: f"\\u{c:04X}" for c in (*range(0x21), *map(ord, '<>"{}|^`\\'))}


def iri_text(iri: str) -> str:
    return "<" + iri.translate(_IRI_ESCAPES) + ">"


def string_text(text: str) -> str:
    return '"' + text.translate(_STRING_ESCAPES) + '"'


def _literal_text(lit: Lit, datatype: str) -> str:
    out = string_text(lit.lexical)
    if lit.language:
        return f"{out}@{lit.language}"
    return f"{out}^^{datatype}" if lit.datatype else out


class NTriplesWriter:
    def __init__(self, out: TextIO) -> None:
        self.out = out

    def write(self, block: Block) -> None:
        subject, pairs = block
        s = iri_text(subject)
        lines = []
        for predicate, obj in pairs:
            if isinstance(obj, IRI):
                o = iri_text(obj)
            else:
                o = _literal_text(obj, iri_text(obj.datatype) if obj.datatype else "")
            lines.append(f"{s} {iri_text(predicate)} {o} .\n")
        self.out.write("".join(lines))

    def close(self) -> None:
        pass


def _local_name(iri: str) -> str | None:
    """``prefix:local`` for an IRI of a declared vocabulary whose local name is a plain
    word (safe in Turtle without escapes), else None."""
    for prefix, namespace in PREFIX_IRIS.items():
        if iri.startswith(namespace):
            local = iri[len(namespace) :]
            if local.replace("_", "a").isalnum() and local.isascii() and local[:1].isalpha():
                return f"{prefix}:{local}"
    return None


class TurtleWriter:
    def __init__(self, out: TextIO) -> None:
        self.out = out
        self._names: dict[str, str] = {}  # vocabulary IRIs (a few dozen) -> their Turtle
        for prefix, namespace in PREFIX_IRIS.items():
            out.write(f"@prefix {prefix}: {iri_text(namespace)} .\n")
        out.write("\n")

    def _name(self, iri: str) -> str:
        known = self._names.get(iri)
        if known is None:
            known = self._names[iri] = _local_name(iri) or iri_text(iri)
        return known

    def _object(self, obj: IRI | Lit) -> str:
        if isinstance(obj, IRI):
            return self._name(obj) if obj.startswith(tuple(PREFIX_IRIS.values())) else iri_text(obj)
        return _literal_text(obj, self._name(obj.datatype) if obj.datatype else "")

    def write(self, block: Block) -> None:
        subject, pairs = block
        if not pairs:
            return
        parts = []
        for predicate, obj in pairs:
            verb = "a" if predicate == A else self._name(predicate)
            parts.append(f"{verb} {self._object(obj)}")
        self.out.write(iri_text(subject) + " " + " ;\n    ".join(parts) + " .\n\n")

    def close(self) -> None:
        pass


JSONLD_CONTEXT = {prefix: namespace for prefix, namespace in PREFIX_IRIS.items() if prefix}


class JsonLdWriter:
    def __init__(self, out: TextIO) -> None:
        self.out = out
        self._first = True
        self._names: dict[str, str] = {}
        out.write('{"@context": ' + json.dumps(JSONLD_CONTEXT) + ',\n "@graph": [')

    def _key(self, iri: str) -> str:
        known = self._names.get(iri)
        if known is None:
            known = self._names[iri] = _local_name(iri) or iri
        return known

    def _value(self, obj: IRI | Lit) -> dict[str, str]:
        if isinstance(obj, IRI):
            return {"@id": str(obj)}
        value = {"@value": obj.lexical}
        if obj.language:
            value["@language"] = obj.language
        elif obj.datatype and obj.datatype != XSD + "string":
            value["@type"] = self._key(obj.datatype)
        return value

    def write(self, block: Block) -> None:
        subject, pairs = block
        node: dict[str, object] = {"@id": str(subject)}
        types: list[str] = []
        for predicate, obj in pairs:
            if predicate == A and isinstance(obj, IRI):
                types.append(self._key(obj))
                continue
            values = node.setdefault(self._key(predicate), [])
            assert isinstance(values, list)
            values.append(self._value(obj))
        if types:
            node["@type"] = types
        self.out.write(("\n  " if self._first else ",\n  ") + json.dumps(node, ensure_ascii=False))
        self._first = False

    def close(self) -> None:
        self.out.write("\n ]}\n")


WRITERS = {"nt": NTriplesWriter, "ttl": TurtleWriter, "jsonld": JsonLdWriter}
