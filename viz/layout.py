"""Positions computed once, in Python: the page never runs a physics simulation.

The page reads like the hierarchy it shows: one block of rows per level, central at the
top, then provincial, district, commune (and unknown levels last); inside a block,
documents run by date from left to right, wrapping onto further rows when a level holds
more documents than fit in one. Organisations sit in their level's block after the
documents. Undated documents come after the dated ones.
"""

from __future__ import annotations

import math
from collections import defaultdict
from typing import Any

from .model import ViewNode
from .style import LEVEL_NAMES, LEVELS

STEP_X = 180.0  # between neighbours in a row
STEP_Y = 120.0  # between wrapped rows of one level
GAP_Y = 200.0  # between level blocks
MIN_COLUMNS = 6


def columns_for(count: int) -> int:
    """Width of a row: a roughly 3:2 landscape drawing however many nodes there are."""
    return max(MIN_COLUMNS, math.ceil(math.sqrt(count * 1.2)))


def _order(node: ViewNode) -> tuple[Any, ...]:
    return (node.organisation, node.date is None, node.date or "", node.label, node.id)


def lay_out(nodes: list[ViewNode]) -> list[dict[str, Any]]:
    """Set `x`, `y` of every node; return the level bands [{level, name, top, bottom}]."""
    by_level: dict[str | None, list[ViewNode]] = defaultdict(list)
    for node in nodes:
        by_level[node.level if node.level in LEVELS else None].append(node)
    columns = columns_for(len(nodes))
    bands: list[dict[str, Any]] = []
    y = 0.0
    for level in (*LEVELS, None):
        members = sorted(by_level.get(level, []), key=_order)
        if not members:
            continue
        rows = math.ceil(len(members) / columns)
        for i, node in enumerate(members):
            row, col = divmod(i, columns)
            in_row = min(columns, len(members) - row * columns)
            stagger = STEP_X / 2 if row % 2 else 0.0
            node.x = (col - (in_row - 1) / 2) * STEP_X + stagger
            node.y = y + row * STEP_Y
        bottom = y + (rows - 1) * STEP_Y
        bands.append({"level": level, "name": LEVEL_NAMES[level], "top": y, "bottom": bottom})
        y = bottom + GAP_Y
    return bands
