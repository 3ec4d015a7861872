"""The named queries of this folder: `name.cypher` for both engines, twins where they differ.

Each file starts with `//` header lines: `name:`, `description:` and one `param NAME: TYPE`
per parameter (TYPE as Neo4j's linter knows it: STRING, INTEGER, LIST<STRING>, ...).
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import Any

from ..extract.places import PROVINCES, normalise_name
from ..extract.spelling import fold_number, fold_words
from .backend import Backend

_HEADER = re.compile(r"^//\s*(name|description)\s*:\s*(.*)$")
_PARAM = re.compile(r"^//\s*param\s+(\w+)\s*:\s*(.+)$")
DIALECTS = ("ladybug", "neo4j")


@dataclass(frozen=True)
class NamedQuery:
    name: str
    description: str
    dialect: str | None  # None: the same text runs on both engines
    text: str
    params: dict[str, str] = field(default_factory=dict)
    filename: str = ""


def _parse(filename: str, text: str) -> NamedQuery:
    parts = filename.split(".")
    dialect = parts[1] if len(parts) == 3 and parts[1] in DIALECTS else None
    name, description, params = parts[0], "", {}
    for line in text.splitlines():
        line = line.strip()
        if not line.startswith("//"):
            break  # the header is the leading block of comments
        if m := _HEADER.match(line):
            if m.group(1) == "name":
                name = m.group(2).strip()
            else:
                description = m.group(2).strip()
        elif p := _PARAM.match(line):
            params[p.group(1)] = p.group(2).strip()
    return NamedQuery(name, description, dialect, text, params, filename)


@cache
def all_queries() -> tuple[NamedQuery, ...]:
    folder = resources.files(__package__)
    files = sorted(f for f in folder.iterdir() if f.name.endswith(".cypher"))
    return tuple(_parse(f.name, f.read_text("utf-8")) for f in files)


def names() -> list[str]:
    return sorted({q.name for q in all_queries()})


def get(name: str, dialect: str) -> NamedQuery:
    """The query `name` in the spelling `dialect` runs; KeyError if there is none."""
    found = [q for q in all_queries() if q.name == name and q.dialect in (None, dialect)]
    if not found:
        raise KeyError(name)
    return next((q for q in found if q.dialect == dialect), found[0])


class ParameterError(ValueError):
    """A query's parameters do not fit it: one is missing, unknown or names nothing."""


NUMBER_PARAMS = ("number", "from", "to")  # matched against Document.lookup: folded
PROVINCE_PARAMS = ("province", "province_today")  # matched against canonical names

_STRINGS_AND_COMMENTS = re.compile(r"'(?:[^'\\]|\\.)*'|\"(?:[^\"\\]|\\.)*\"|//[^\n]*|`[^`]*`")
_PARAMETER = re.compile(r"\$(\w+)")


def referenced_params(text: str) -> set[str]:
    """The `$names` a Cypher text uses (outside strings and comments)."""
    return set(_PARAMETER.findall(_STRINGS_AND_COMMENTS.sub(" ", text)))


def check_params(text: str, given: dict[str, Any], name: str | None = None) -> None:
    """ParameterError naming each parameter the text uses and `given` lacks, or (for a
    named query) each given one it does not use: either way the answer would be silently
    empty or wrong."""
    what = f"the query {name}" if name else "the query"
    used = referenced_params(text)
    missing = sorted(used - set(given))
    if missing:
        listed = ", ".join(missing)
        adds = " ".join(f"-p {m}=VALUE" for m in missing)
        raise ParameterError(f"{what} needs the parameter {listed}: add {adds}")
    unused = sorted(set(given) - used) if name else []
    if unused:
        takes = ", ".join(sorted(used)) or "no parameters"
        raise ParameterError(f"{what} has no parameter {', '.join(unused)}; it takes {takes}")


def canonical_province(typed: str) -> str:
    """The canonical name of the province `typed` names, in any spelling (Thanh Hoa, THANH
    HÓA, tỉnh Thanh Hóa, Тханьхоа); ParameterError with the nearest names when none."""
    name = normalise_name(typed)
    if name is not None:
        return name
    folded = {fold_words(p): p for p in PROVINCES}
    near = difflib.get_close_matches(fold_words(typed), list(folded), n=3, cutoff=0.6)
    hint = f"; did you mean {', '.join(folded[n] for n in near)}?" if near else "."
    raise ParameterError(f"no province {typed!r}{hint} Write a name such as Thanh Hóa or Ha Noi.")


def prepare_params(query: NamedQuery, given: dict[str, Any]) -> dict[str, Any]:
    """Fold number parameters (they are matched against folded spellings), read province
    names in any spelling, and type the rest."""
    params: dict[str, Any] = {}
    for key, value in given.items():
        kind = query.params.get(key, "STRING").upper()
        if kind == "INTEGER" and isinstance(value, str):
            value = int(value)
        elif key in NUMBER_PARAMS and isinstance(value, str):
            value = fold_number(value)
        elif key in PROVINCE_PARAMS and isinstance(value, str):
            value = canonical_province(value)
        params[key] = value
    return params


def run(backend: Backend, name: str, **params: Any) -> list[dict[str, Any]]:
    query = get(name, backend.dialect)
    check_params(query.text, params, name)
    return backend.query(query.text, prepare_params(query, params))
