"""Which known documents a number can name: the one rule shared by the load and by lookups.

A mention read from a text (at load) and a number a user types (`vanban lineage 33/CT-TTg
--year 2021`, `show`, `view`, `export --number`, `annotate`) are matched to documents by
the same steps, so that a lookup never answers otherwise than the graph's edges:
- the number is read by the extractor (`find_references`): its base (number, type and
  issuers, without the year) and its numbering period (a year, or a Party term), from the
  year written in it or from the date or year that goes with it;
- a document key is `base@period[@province]` (see `resolve.document_key`); the documents
  a number can name are the known keys of its base whose scope it allows (a central number
  has none, a local one the province its text gives, or any when none is given) and, when
  its period is known, of that period;
- a dated number names its period's key; an undated one the only known document of its
  base (at load, unless the citing text is dated in another period and does not date that
  document itself: `Resolver._of_another_period`), or, when several are known, none: the
  candidates are listed (the load then weighs them with what the citing text says,
  `weigh.py`; a user chooses with --year or --date).
"""

from __future__ import annotations

import sys
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from ..extract.find import find_references

# How a mention's document was told apart, as its edges' evidence says it.
DATED = "date or year with the number"
ONLY_KNOWN = "the only known document of that number"
NONE_KNOWN = "no dated document of that number known"
SEVERAL = "several documents of that number"


@dataclass
class Identity:
    """The key a number names (None: several fit), the keys that fit, and which rule said."""

    key: str | None
    candidates: list[str] = field(default_factory=list)
    rule: str = DATED


def split_key(key: str) -> tuple[str, str | None, str]:
    """`base@period[@scope]` as (base, period or None when `?`, scope or '')."""
    parts = key.split("@")
    period = parts[1] if len(parts) > 1 and parts[1] != "?" else None
    return parts[0], period, parts[2] if len(parts) > 2 else ""


def fits_scope(wanted: str, scope: str) -> bool:
    """Whether a document of `scope` can be named by a number of scope `wanted`
    ('' central, '?' a local number whose province is not known, else a province)."""
    return wanted in ("?", scope)


def document_key(base: str, period: str | None, scope: str) -> str:
    # Shared (`sys.intern`): a key is made for every mention, and kept by the edges, the
    # documents and the resolver's tables it reaches; as a string of its own each time, a
    # document's key was one object per mention of it (at 10k documents, 63k held).
    return sys.intern("@".join([base, period or "?"] + ([scope] if scope else [])))


def identify(
    base: str, period: str | None, scope: str, known: Iterable[str], exact: bool = True
) -> Identity:
    """The document that a number of `base`, `period` and `scope` names among `known` keys.

    With `exact` (the load), a dated number always names its own key, known or not, for
    every dated mention makes its document known. Without it (a typed number looked up in a
    store), a dated number names the known keys of its period, in any scope it allows."""
    if period is not None and exact:  # first: the known keys are not read at all
        return Identity(document_key(base, period, scope), [], DATED)
    fitting = sorted(
        {k for k in known if split_key(k)[0] == base and fits_scope(scope, split_key(k)[2])}
    )
    if period is not None:
        same = [k for k in fitting if split_key(k)[1] == period]
        return Identity(same[0] if len(same) == 1 else None, same, DATED)
    if len(fitting) == 1:
        return Identity(fitting[0], [], ONLY_KNOWN)
    if not fitting:
        return Identity(document_key(base, None, scope if scope != "?" else ""), [], NONE_KNOWN)
    return Identity(None, fitting, SEVERAL)


def read_number(
    number: str, year: int | None = None, date: str | None = None
) -> dict[str, Any] | None:
    """A typed number read as the extractor reads a mention, with the year or date given
    beside it (a year written in the number wins); None when it is not one number."""
    found = find_references(number.strip())
    if len(found) != 1 or not found[0].number:
        return None
    m = found[0].to_dict()
    if date:
        m["date"] = date
    if year and not m.get("year"):
        m["year"] = year
    return m


def typed_identity(mention: dict[str, Any], known: Iterable[str]) -> Identity:
    """What a typed (or annotated) number names among the `known` keys of a store."""
    from .resolve import number_base, period_of, scope_of  # resolve.py imports this module

    return identify(number_base(mention), period_of(mention), scope_of(mention), known, exact=False)
